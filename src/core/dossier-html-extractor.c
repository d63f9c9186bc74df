/* dossier-html-extractor.c — main-content extraction over libxml2's tree
 *
 * Blocks are scored by the text they hold, its link density and
 * punctuation (CJK punctuation included); scores flow up to ancestors, the
 * best container wins and its siblings that read like the same article join
 * it. Navigation, sharing, comment and related-content blocks are removed by
 * tag, ARIA role and class/id words before scoring, and again by link
 * density inside the chosen container.
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dossier-html-extractor.h"

#include <string.h>

#include <libxml/HTMLparser.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "dossier-html-metadata.h"
#include "dossier-html-private.h"
#include "dossier-text-cleaner.h"

/* Pages at least this long give their freed tree back to the system. */
#define TRIM_AFTER_LENGTH ((gsize) 4 * 1024 * 1024)

typedef struct
{
  xmlDoc    *doc;
  Info      *infos;
  guint      n_infos;
  GPtrArray *candidates;   /* xmlNode* */
  guint      total_text;
} Extractor;

/* Whether @name equals @lower (a lower-case tag name) ignoring ASCII case,
 * as g_ascii_strcasecmp() would say. */
static inline gboolean
name_is (const xmlChar *name,
         const char    *lower)
{
  for (;; name++, lower++)
    {
      guchar c = *name;

      if (c >= 'A' && c <= 'Z')
        c += 'a' - 'A';
      if (c != (guchar) *lower)
        return FALSE;
      if (c == '\0')
        return TRUE;
    }
}

gboolean
_dossier_html_is (xmlNode    *node,
                  const char *name)
{
  return node->type == XML_ELEMENT_NODE && name_is (node->name, name);
}

gboolean
_dossier_html_is_any (xmlNode            *node,
                      const char * const *names)
{
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  for (guint i = 0; names[i] != NULL; i++)
    if (name_is (node->name, names[i]))
      return TRUE;
  return FALSE;
}

char *
_dossier_html_attr (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

/* "class id" of @node for the word patterns, with camelCase and
 * underscores turned into dashes so that \b finds the words
 * ("pageRow" is not "pager", "post_body" has "body"). */
char *
_dossier_html_class_and_id (xmlNode *node)
{
  g_autofree char *klass = _dossier_html_attr (node, "class");
  g_autofree char *id = _dossier_html_attr (node, "id");
  g_autofree char *joined = NULL;
  GString *out;

  if (klass == NULL && id == NULL)
    return NULL;
  joined = g_strdup_printf ("%s %s", klass ? klass : "", id ? id : "");
  out = g_string_sized_new (strlen (joined) + 8);
  for (const char *p = joined; *p != '\0'; p++)
    {
      if (g_ascii_isupper (*p) && p > joined && g_ascii_islower (p[-1]))
        g_string_append_c (out, '-');
      g_string_append_c (out, *p == '_' ? '-' : g_ascii_tolower (*p));
    }
  return g_string_free (out, FALSE);
}

int
_dossier_html_class_weight (xmlNode *node)
{
  g_autofree char *ci = _dossier_html_class_and_id (node);
  int weight = 0;

  if (ci == NULL)
    return 0;
  if (_dossier_html_class_matches (DOSSIER_HTML_CLASS_NEGATIVE, ci))
    weight -= 25;
  if (_dossier_html_class_matches (DOSSIER_HTML_CLASS_POSITIVE, ci))
    weight += 25;
  return weight;
}

static const char * const dropped_tags[] = {
  "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "nav",
  "aside", "footer", "button", "input", "select", "textarea", "option", "menu", "dialog", "head",
  "title", "link", "meta", "figcaption", "form", "video", "audio", "map", "header", "label", NULL
};

/* Never visible, whatever else happens. */
static const char * const invisible_tags[] = { "script", "style", "noscript", "template", "head", "title", NULL };

const char * const _dossier_html_block_tags[] = {
  "p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd",
  "table", "tbody", "thead", "tfoot", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "figure",
  "center", "address", "hr", "body", "caption", "details", "summary", "fieldset", NULL
};

const char * const _dossier_html_heading_tags[] = { "h1", "h2", "h3", "h4", "h5", "h6", NULL };

static gboolean
is_hidden (xmlNode *node)
{
  g_autofree char *style = _dossier_html_attr (node, "style");
  g_autofree char *aria = _dossier_html_attr (node, "aria-hidden");
  xmlAttr *hidden = xmlHasProp (node, (const xmlChar *) "hidden");

  if (hidden != NULL)
    return TRUE;
  if (aria != NULL && g_ascii_strcasecmp (aria, "true") == 0)
    return TRUE;
  if (style != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (style, -1);

      if (strstr (lower, "display:none") != NULL || strstr (lower, "display: none") != NULL ||
          strstr (lower, "visibility:hidden") != NULL || strstr (lower, "visibility: hidden") != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_role (xmlNode            *node,
          const char * const *roles)
{
  g_autofree char *role = _dossier_html_attr (node, "role");

  if (role == NULL)
    return FALSE;
  for (guint i = 0; roles[i] != NULL; i++)
    if (g_ascii_strcasecmp (role, roles[i]) == 0)
      return TRUE;
  return FALSE;
}

static guint
count_elements (xmlNode *node,
                guint    depth)
{
  guint n = 0;

  if (depth > MAX_DEPTH)
    return 0;
  for (; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      n += 1 + count_elements (node->children, depth + 1);
  return n;
}

static void
attach_infos (Extractor *self,
              xmlNode   *node,
              guint     *next,
              guint      depth)
{
  if (depth > MAX_DEPTH)
    return;
  for (; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      {
        node->_private = &self->infos[(*next)++];
        attach_infos (self, node->children, next, depth + 1);
      }
}

static gboolean
is_comma (gunichar c)
{
  return c == ',' || c == 0xFF0C || c == 0x3001 || c == 0x3002 || c == 0xFF1B || c == ';' || c == 0x060C;
}

/* g_unichar_isspace() for ASCII: tab, line feed, form feed, carriage
 * return and space (not vertical tab). */
static inline gboolean
ascii_is_space (guchar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Weighted length of a text node: a CJK character carries about as much as
 * two Latin letters; runs of white space count once. */
static void
measure_text (const char *text,
              guint      *weight,
              guint      *commas)
{
  gboolean space = TRUE;

  for (const char *p = text; *p != '\0'; )
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        {
          if (ascii_is_space (*p))
            {
              if (!space)
                (*weight)++;
              space = TRUE;
            }
          else
            {
              space = FALSE;
              (*weight)++;
              if (*p == ',' || *p == ';')
                (*commas)++;
            }
          p++;
          continue;
        }
      c = g_utf8_get_char (p);
      p = g_utf8_next_char (p);
      if (g_unichar_isspace (c) || c == 0xA0)
        {
          if (!space)
            (*weight)++;
          space = TRUE;
          continue;
        }
      space = FALSE;
      *weight += (c >= 0x2E80 && g_unichar_iswide (c)) ? 2 : 1;
      if (is_comma (c))
        (*commas)++;
    }
}

/* The weights of @parent's own text nodes and CDATA sections, measured on
 * the first call only. */
static Info *
measure_own_text (xmlNode *parent)
{
  Info *pi = INFO (parent);

  if (pi->measured)
    return pi;
  pi->own_text = pi->own_text_commas = pi->own_cdata = pi->own_cdata_commas = 0;
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    if (node->content != NULL)
      {
        if (node->type == XML_TEXT_NODE)
          measure_text ((const char *) node->content, &pi->own_text, &pi->own_text_commas);
        else if (node->type == XML_CDATA_SECTION_NODE)
          measure_text ((const char *) node->content, &pi->own_cdata, &pi->own_cdata_commas);
      }
  pi->measured = TRUE;
  return pi;
}

/* Post-order: text, link text, commas and <p> counts of every element,
 * ignoring removed subtrees. */
static void
measure (xmlNode  *parent,
         gboolean  in_link,
         guint     depth)
{
  Info *pi = INFO (parent);

  pi->text = pi->link_text = pi->commas = pi->paragraphs = 0;
  if (depth > MAX_DEPTH)
    return;
  measure_own_text (parent);
  pi->text = pi->own_text + pi->own_cdata;
  pi->commas = pi->own_text_commas + pi->own_cdata_commas;
  if (in_link)
    pi->link_text = pi->text;
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      if (node->type == XML_ELEMENT_NODE)
        {
          Info *ni = INFO (node);
          gboolean link = in_link || _dossier_html_is (node, "a");

          if (ni->removed || _dossier_html_is_any (node, invisible_tags))
            continue;
          measure (node, link, depth + 1);
          pi->text += ni->text;
          pi->link_text += ni->link_text;
          pi->commas += ni->commas;
          pi->paragraphs += ni->paragraphs + (_dossier_html_is (node, "p") ? 1 : 0);
        }
    }
}

double
_dossier_html_link_density (xmlNode *node)
{
  Info *info = INFO (node);

  return info->text == 0 ? 0.0 : (double) info->link_text / info->text;
}

/* Pre-order: mark what is never article text. */
static void
remove_furniture (Extractor *self,
                  xmlNode   *parent,
                  guint      depth)
{
  static const char * const furniture_roles[] = { "navigation", "complementary", "contentinfo", "banner",
                                                  "menu", "menubar", "search", "dialog", "alert", NULL };

  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      Info *info;

      if (node->type != XML_ELEMENT_NODE)
        continue;
      info = INFO (node);
      if (depth > MAX_DEPTH)
        {
          info->removed = TRUE;
          continue;
        }
      if (_dossier_html_is_any (node, dropped_tags) || is_hidden (node) || has_role (node, furniture_roles))
        {
          /* A <header> or <form> that wraps the whole article is a layout
           * wrapper, not furniture. */
          if ((_dossier_html_is (node, "header") || _dossier_html_is (node, "form")) && info->paragraphs >= 3 &&
              info->text * 2 > self->total_text)
            goto keep;
          info->removed = TRUE;
          continue;
        }
      if (!_dossier_html_is (node, "body") && !_dossier_html_is (node, "article") && !_dossier_html_is (node, "main") && !_dossier_html_is (node, "a"))
        {
          g_autofree char *ci = _dossier_html_class_and_id (node);

          /* A wrapper that holds a third of the page, or many paragraphs of
           * prose, is not a sidebar whatever its class says. */
          if (ci != NULL && _dossier_html_class_matches (DOSSIER_HTML_CLASS_UNLIKELY, ci) &&
              !_dossier_html_class_matches (DOSSIER_HTML_CLASS_MAYBE, ci) &&
              info->text * 3 < self->total_text &&
              !(info->paragraphs >= 5 && _dossier_html_link_density (node) < 0.3))
            {
              info->removed = TRUE;
              continue;
            }
        }
keep:
      remove_furniture (self, node, depth + 1);
    }
}

static double
initial_score (xmlNode *node)
{
  static const char * const plus5[] = { "div", "article", "section", "main", NULL };
  static const char * const plus3[] = { "pre", "td", "blockquote", NULL };
  static const char * const minus3[] = { "address", "ol", "ul", "dl", "dd", "dt", "li", "form", NULL };
  static const char * const minus5[] = { "h1", "h2", "h3", "h4", "h5", "h6", "th", NULL };
  double score = _dossier_html_class_weight (node);

  if (_dossier_html_is_any (node, plus5))
    score += 5;
  else if (_dossier_html_is_any (node, plus3))
    score += 3;
  else if (_dossier_html_is_any (node, minus3))
    score -= 3;
  else if (_dossier_html_is_any (node, minus5))
    score -= 5;
  if (_dossier_html_is (node, "article") || has_role (node, (const char * const[]) { "main", "article", NULL }))
    score += 10;
  return score;
}

static void
add_score (Extractor *self,
           xmlNode   *node,
           double     score)
{
  Info *info = INFO (node);

  if (!info->candidate)
    {
      info->candidate = TRUE;
      info->initial = initial_score (node);
      g_ptr_array_add (self->candidates, node);
    }
  info->score += score;
}

/* Direct text of @node outside child blocks, weighted. */
static guint
direct_text (xmlNode *node)
{
  guint weight = measure_own_text (node)->own_text;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && !INFO (child)->removed && !_dossier_html_is_any (child, _dossier_html_block_tags))
      weight += INFO (child)->text;
  return weight;
}

/* Pre-order: every paragraph-like element gives its score to its
 * ancestors. */
static void
score_paragraphs (Extractor *self,
                  xmlNode   *parent,
                  guint      depth)
{
  static const char * const paragraph_tags[] = { "p", "pre", "td", "blockquote", "li", "dd", "h2", "h3", "h4", NULL };

  if (depth > MAX_DEPTH)
    return;
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      Info *info;
      gboolean paragraph;

      if (node->type != XML_ELEMENT_NODE)
        continue;
      info = INFO (node);
      if (info->removed)
        continue;
      /* A <div> with text of its own acts as a paragraph (many Chinese
       * pages separate paragraphs with <br> inside one <div>). */
      paragraph = _dossier_html_is_any (node, paragraph_tags) ||
                  ((_dossier_html_is (node, "div") || _dossier_html_is (node, "section") || _dossier_html_is (node, "span") || _dossier_html_is (node, "font")) &&
                   direct_text (node) >= 25);
      if (paragraph && info->text >= 25)
        {
          double score = 1.0 + info->commas + MIN (info->text / 100, 3);
          xmlNode *ancestor = node->parent;
          guint level = 0;

          score *= 1.0 - _dossier_html_link_density (node);
          if (_dossier_html_is (node, "li") || _dossier_html_is (node, "td"))
            score *= 0.5;
          while (ancestor != NULL && ancestor->type == XML_ELEMENT_NODE && level < 5)
            {
              double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;

              add_score (self, ancestor, score / divider);
              ancestor = ancestor->parent;
              level++;
            }
          if (_dossier_html_is (node, "p") || _dossier_html_is (node, "pre") || _dossier_html_is (node, "blockquote"))
            continue;
        }
      score_paragraphs (self, node, depth + 1);
    }
}

static xmlNode *
find_article_body (xmlNode *node,
                   guint    depth)
{
  if (depth > MAX_DEPTH)
    return NULL;
  for (; node != NULL; node = node->next)
    {
      g_autofree char *itemprop = NULL;
      xmlNode *found;

      if (node->type != XML_ELEMENT_NODE || INFO (node)->removed)
        continue;
      itemprop = _dossier_html_attr (node, "itemprop");
      if (itemprop != NULL && strstr (itemprop, "articleBody") != NULL)
        return node;
      if ((found = find_article_body (node->children, depth + 1)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_ancestor (xmlNode *ancestor,
             xmlNode *node)
{
  for (xmlNode *a = node->parent; a != NULL; a = a->parent)
    if (a == ancestor)
      return TRUE;
  return FALSE;
}

/* An article split into several blocks (sections between figures, a lead
 * and the rest) scores as its biggest block. When other blocks score almost
 * as well, the closest ancestor holding three of them is the article, as
 * long as it holds prose rather than links. */
static xmlNode *
promote_split_article (Extractor *self,
                       xmlNode   *top)
{
  g_autoptr(GPtrArray) close = g_ptr_array_new ();
  g_autofree char *top_class = _dossier_html_attr (top, "class");
  double top_score = INFO (top)->score;
  guint needed = 2;

  for (guint i = 0; i < self->candidates->len; i++)
    {
      xmlNode *node = g_ptr_array_index (self->candidates, i);
      double score = INFO (node)->score;

      if (node == top || is_ancestor (node, top) || is_ancestor (top, node))
        continue;
      if (score >= 0.75 * top_score)
        g_ptr_array_add (close, node);
      else if (top_class != NULL && score >= 0.3 * top_score)
        {
          /* Sections of one article share the template's class. */
          g_autofree char *klass = _dossier_html_attr (node, "class");

          if (g_strcmp0 (klass, top_class) == 0)
            {
              g_ptr_array_add (close, node);
              needed = 1;
            }
        }
    }
  if (close->len < needed)
    return top;
  for (xmlNode *a = top->parent; a != NULL && a->type == XML_ELEMENT_NODE && !_dossier_html_is (a, "body"); a = a->parent)
    {
      guint inside = 0;

      for (guint i = 0; i < close->len; i++)
        if (is_ancestor (a, g_ptr_array_index (close, i)))
          inside++;
      if (inside >= needed)
        {
          if (_dossier_html_link_density (a) < 0.35)
            {
              g_debug ("extractor: promoted <%s> to the ancestor of %u similar blocks", top->name, inside);
              return a;
            }
          break;
        }
    }
  return top;
}

static DossierExtracted *
extract (const char *html,
         char       *owned_html,
         gsize       length,
         const char *base_url)
{
  g_autoptr(DossierExtracted) extracted = NULL;
  g_autoptr(GPtrArray) chosen = NULL;
  Extractor self = { 0 };
  xmlNode *root, *body = NULL, *top = NULL, *article_body;
  guint next = 0;
  Output out = { 0 };

  if (length > G_MAXINT)
    {
      g_free (owned_html);
      return NULL;
    }
  /* Naming UTF-8 makes libxml2 copy the page through a UTF-8 converter,
   * but without it the default encoding is up to the libxml2 version. */
  self.doc = htmlReadMemory (html, (int) length, base_url, "UTF-8",
                             HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                             HTML_PARSE_NONET | HTML_PARSE_COMPACT);
  g_free (owned_html);
  html = owned_html = NULL;
  if (self.doc == NULL)
    return NULL;
  extracted = _dossier_extracted_new ();
  root = xmlDocGetRootElement (self.doc);
  if (root == NULL)
    {
      xmlFreeDoc (self.doc);
      return g_steal_pointer (&extracted);
    }

  dossier_html_metadata_read (self.doc, extracted);

  self.n_infos = count_elements (root, 0);
  self.infos = g_new0 (Info, self.n_infos + 1);
  self.candidates = g_ptr_array_new ();
  attach_infos (&self, root, &next, 0);

  for (xmlNode *n = root->children; n != NULL; n = n->next)
    if (_dossier_html_is (n, "body"))
      body = n;
  if (body == NULL)
    body = root;

  measure (body, FALSE, 0);
  self.total_text = INFO (body)->text;
  g_debug ("extractor: %u elements, %u text before removal", self.n_infos, self.total_text);
  remove_furniture (&self, body, 0);
  measure (body, FALSE, 0);

  score_paragraphs (&self, body, 0);
  for (guint i = 0; i < self.candidates->len; i++)
    {
      xmlNode *node = g_ptr_array_index (self.candidates, i);
      Info *info = INFO (node);

      /* Class words and tags only tip the balance between blocks that hold
       * text: a tiny "content" div must not beat the article. */
      info->score = (info->score + info->initial * MIN (1.0, info->score / 20.0)) * (1.0 - _dossier_html_link_density (node));
      if (top == NULL || info->score > INFO (top)->score)
        top = node;
    }

  if (top != NULL)
    top = promote_split_article (&self, top);

  /* schema.org markup names the body outright when it holds the text. */
  article_body = find_article_body (body, 0);
  if (article_body != NULL && (top == NULL || INFO (article_body)->text * 2 >= INFO (top)->text))
    top = article_body;
  if (top == NULL)
    top = body;
  {
    g_autofree char *ci = _dossier_html_class_and_id (top);

    g_debug ("extractor: top <%s class/id=\"%s\"> score %.1f text %u links %u; %u candidates",
             top->name, ci ? ci : "", INFO (top)->score, INFO (top)->text, INFO (top)->link_text,
             self.candidates->len);
  }

  /* Siblings that read like the same article join the best block; a
   * schema.org articleBody stands alone. */
  chosen = (top == article_body) ? g_ptr_array_new () : _dossier_html_gather_siblings (top);
  if (chosen->len == 0)
    g_ptr_array_add (chosen, top);

  out.extracted = extracted;
  out.current = g_string_new (NULL);
  out.title = extracted->title;
  for (guint i = 0; i < chosen->len; i++)
    {
      xmlNode *node = g_ptr_array_index (chosen, i);

      if (_dossier_html_is (node, "p") || _dossier_html_is_any (node, _dossier_html_heading_tags))
        {
          g_autofree char *text = dossier_html_node_text (node);

          _dossier_html_flush (&out);
          if (g_strcmp0 (text, out.title) != 0)
            g_string_append (out.current, text);
          _dossier_html_flush (&out);
        }
      else
        {
          _dossier_html_emit (&out, node, 0);
          _dossier_html_flush (&out);
        }
    }
  g_string_free (out.current, TRUE);

  dossier_text_clean_paragraphs (extracted->paragraphs, extracted->title);

  if (extracted->published == NULL)
    extracted->published = _dossier_html_date_near_headline (top);

  g_ptr_array_unref (self.candidates);
  xmlFreeDoc (self.doc);
  g_free (self.infos);
#ifdef __GLIBC__
  /* The tree of a big page is hundreds of thousands of small blocks that
   * malloc keeps after they are freed; hand their pages back before the
   * body is assembled, so that they do not add to the peak. */
  if (length >= TRIM_AFTER_LENGTH)
    malloc_trim (0);
#endif
  return g_steal_pointer (&extracted);
}

DossierExtracted *
dossier_html_extract (const char *html,
                      gsize       length,
                      const char *base_url)
{
  g_return_val_if_fail (html != NULL, NULL);

  return extract (html, NULL, length, base_url);
}

DossierExtracted *
dossier_html_extract_take (char       *html,
                           gsize       length,
                           const char *base_url)
{
  g_return_val_if_fail (html != NULL, NULL);

  return extract (html, html, length, base_url);
}
