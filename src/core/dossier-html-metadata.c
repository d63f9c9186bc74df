/* dossier-html-metadata.c — page metadata from Open Graph, JSON-LD, meta
 * tags and headings
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dossier-html-metadata.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "dossier-text-cleaner.h"

/* Deeper than this the walk stops: libxml2 caps nesting well below it, and
 * the cap keeps recursion bounded whatever the parser does. */
#define MAX_DEPTH 1024

typedef struct
{
  char *og_title;
  char *title_tag;
  char *h1;
  char *site_name;
  char *canonical;
  char *og_url;
  char *published;      /* from a meta tag */
  char *ld_published;
  char *ld_headline;
  char *ld_publisher;
} Found;

static void
found_clear (Found *f)
{
  g_free (f->og_title);
  g_free (f->title_tag);
  g_free (f->h1);
  g_free (f->site_name);
  g_free (f->canonical);
  g_free (f->og_url);
  g_free (f->published);
  g_free (f->ld_published);
  g_free (f->ld_headline);
  g_free (f->ld_publisher);
}

/* Collapses white space as the text comes in, and stops once it holds
 * @limit characters. */
typedef struct
{
  GString *out;
  gboolean space;
  gsize    chars;
  gsize    limit;
} TextSink;

static gboolean
sink_full (const TextSink *sink)
{
  return sink->chars >= sink->limit;
}

static void
sink_append (TextSink   *sink,
             const char *raw)
{
  for (const char *p = raw; *p != '\0' && !sink_full (sink); )
    {
      const char *next;
      gunichar c;

      /* ASCII white space for g_unichar_isspace(): tab, LF, FF, CR, space. */
      if ((guchar) *p < 0x80)
        {
          if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
            sink->space = sink->out->len > 0;
          else
            {
              if (sink->space)
                g_string_append_c (sink->out, ' ');
              sink->space = FALSE;
              g_string_append_c (sink->out, *p);
              sink->chars++;
            }
          p++;
          continue;
        }
      c = g_utf8_get_char (p);
      next = g_utf8_next_char (p);
      if (g_unichar_isspace (c) || c == 0xA0)
        sink->space = sink->out->len > 0;
      else
        {
          if (sink->space)
            g_string_append_c (sink->out, ' ');
          sink->space = FALSE;
          g_string_append_len (sink->out, p, next - p);
          sink->chars++;
        }
      p = next;
    }
}

static void
append_text (xmlNode  *node,
             TextSink *sink,
             guint     depth)
{
  if (depth > MAX_DEPTH)
    return;
  for (xmlNode *child = node; child != NULL && !sink_full (sink); child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          if (child->content != NULL)
            sink_append (sink, (const char *) child->content);
        }
      else if (child->type == XML_ELEMENT_NODE)
        {
          if (g_ascii_strcasecmp ((const char *) child->name, "script") == 0 ||
              g_ascii_strcasecmp ((const char *) child->name, "style") == 0)
            continue;
          if (g_ascii_strcasecmp ((const char *) child->name, "br") == 0)
            sink_append (sink, " ");
          append_text (child->children, sink, depth + 1);
        }
    }
}

char *
dossier_html_node_text_prefix (xmlNode *node,
                               gsize    max_chars)
{
  TextSink sink = { g_string_new (NULL), FALSE, 0, max_chars };

  if (node->type == XML_ELEMENT_NODE)
    append_text (node->children, &sink, 0);
  else
    append_text (node, &sink, 0);
  return g_string_free (sink.out, FALSE);
}

char *
dossier_html_node_text (xmlNode *node)
{
  return dossier_html_node_text_prefix (node, G_MAXSIZE);
}

static char *
attr (xmlNode    *node,
      const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strstrip (g_strdup ((const char *) value));
  xmlFree (value);
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

static void
set_once (char       **field,
          char        *value)
{
  if (*field == NULL && value != NULL && *value != '\0')
    *field = value;
  else
    g_free (value);
}

static void
read_json_ld_object (JsonObject *object,
                     Found      *f,
                     guint       depth);

static void
read_json_ld_node (JsonNode *node,
                   Found    *f,
                   guint     depth)
{
  if (node == NULL || depth > 16)
    return;
  if (JSON_NODE_HOLDS_OBJECT (node))
    read_json_ld_object (json_node_get_object (node), f, depth + 1);
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        read_json_ld_node (json_array_get_element (array, i), f, depth + 1);
    }
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

static void
read_json_ld_object (JsonObject *object,
                     Found      *f,
                     guint       depth)
{
  const char *type = member_string (object, "@type");
  gboolean article_like = type == NULL || g_strrstr (type, "Article") != NULL ||
                          g_strrstr (type, "Posting") != NULL || g_strcmp0 (type, "Report") == 0 ||
                          g_strcmp0 (type, "WebPage") == 0;

  if (article_like)
    {
      const char *published = member_string (object, "datePublished");
      const char *headline = member_string (object, "headline");

      if (published != NULL)
        set_once (&f->ld_published, dossier_html_metadata_parse_date (published));
      if (headline != NULL && g_strcmp0 (type, "WebPage") != 0)
        set_once (&f->ld_headline, g_strdup (headline));
      if (json_object_has_member (object, "publisher"))
        {
          JsonNode *publisher = json_object_get_member (object, "publisher");

          if (JSON_NODE_HOLDS_OBJECT (publisher))
            {
              const char *name = member_string (json_node_get_object (publisher), "name");

              if (name != NULL)
                set_once (&f->ld_publisher, g_strdup (name));
            }
        }
    }
  if (json_object_has_member (object, "@graph"))
    read_json_ld_node (json_object_get_member (object, "@graph"), f, depth);
  if (json_object_has_member (object, "mainEntity"))
    read_json_ld_node (json_object_get_member (object, "mainEntity"), f, depth);
}

static void
read_json_ld (const char *text,
              Found      *f)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (!json_parser_load_from_data (parser, text, -1, NULL))
    return;
  read_json_ld_node (json_parser_get_root (parser), f, 0);
}

static void
walk (xmlNode *node,
      Found   *f,
      guint    depth)
{
  if (depth > MAX_DEPTH)
    return;
  for (; node != NULL; node = node->next)
    {
      const char *name;

      if (node->type != XML_ELEMENT_NODE)
        continue;
      name = (const char *) node->name;
      if (g_ascii_strcasecmp (name, "meta") == 0)
        {
          g_autofree char *key = attr (node, "property");
          g_autofree char *content = attr (node, "content");

          if (key == NULL)
            key = attr (node, "name");
          if (key == NULL)
            key = attr (node, "itemprop");
          if (key != NULL && content != NULL)
            {
              g_autofree char *lower = g_ascii_strdown (key, -1);

              if (strcmp (lower, "og:title") == 0 || strcmp (lower, "twitter:title") == 0)
                set_once (&f->og_title, g_strdup (content));
              else if (strcmp (lower, "og:site_name") == 0 || strcmp (lower, "application-name") == 0)
                set_once (&f->site_name, g_strdup (content));
              else if (strcmp (lower, "og:url") == 0)
                set_once (&f->og_url, g_strdup (content));
              else if (strcmp (lower, "article:published_time") == 0 || strcmp (lower, "datepublished") == 0 ||
                       strcmp (lower, "og:published_time") == 0 || strcmp (lower, "pubdate") == 0 ||
                       strcmp (lower, "publishdate") == 0 || strcmp (lower, "publish-date") == 0 ||
                       strcmp (lower, "dc.date.issued") == 0 || strcmp (lower, "dcterms.created") == 0 ||
                       strcmp (lower, "sailthru.date") == 0 || strcmp (lower, "parsely-pub-date") == 0 ||
                       strcmp (lower, "publication_date") == 0 || strcmp (lower, "citation_publication_date") == 0 ||
                       strcmp (lower, "date") == 0 || strcmp (lower, "dc.date") == 0)
                set_once (&f->published, dossier_html_metadata_parse_date (content));
            }
        }
      else if (g_ascii_strcasecmp (name, "link") == 0)
        {
          g_autofree char *rel = attr (node, "rel");

          if (rel != NULL && g_ascii_strcasecmp (rel, "canonical") == 0)
            set_once (&f->canonical, attr (node, "href"));
        }
      else if (g_ascii_strcasecmp (name, "title") == 0 && f->title_tag == NULL)
        set_once (&f->title_tag, dossier_html_node_text (node));
      else if (g_ascii_strcasecmp (name, "h1") == 0 && f->h1 == NULL)
        set_once (&f->h1, dossier_html_node_text (node));
      else if (g_ascii_strcasecmp (name, "script") == 0)
        {
          g_autofree char *type = attr (node, "type");

          if (type != NULL && g_ascii_strcasecmp (type, "application/ld+json") == 0)
            {
              xmlChar *content = xmlNodeGetContent (node);

              if (content != NULL)
                {
                  read_json_ld ((const char *) content, f);
                  xmlFree (content);
                }
            }
          continue;
        }
      walk (node->children, f, depth + 1);
    }
}

static const char * const title_separators[] = { " | ", " - ", " – ", " — ", " :: ", " · ", "_", "｜", " » ", NULL };

/* "Headline - Site Name" → headline and site name. */
static char *
split_title (const char  *title,
             char       **site)
{
  for (guint i = 0; title_separators[i] != NULL; i++)
    {
      const char *last = g_strrstr (title, title_separators[i]);

      if (last != NULL && last != title)
        {
          const char *suffix = last + strlen (title_separators[i]);
          glong head_length = g_utf8_strlen (title, last - title);
          glong suffix_length = g_utf8_strlen (suffix, -1);

          /* "Site » Headline": the site name comes first. */
          if (suffix_length > 0 && head_length > 0 && head_length * 2 < suffix_length && head_length <= 20 &&
              strcmp (title_separators[i], "_") != 0 && g_strrstr_len (title, last - title, title_separators[i]) == NULL)
            {
              if (site != NULL)
                *site = g_strstrip (g_strndup (title, last - title));
              return g_strstrip (g_strdup (suffix));
            }
          /* The site name is the shorter side. */
          if (suffix_length > 0 && suffix_length < head_length)
            {
              char *head = g_strndup (title, last - title);
              /* A title with several separators "Headline - Section - Site":
               * cut at the first one that leaves a long head. */
              const char *first = strstr (head, title_separators[i]);

              if (site != NULL)
                *site = g_strstrip (g_strdup (suffix));
              if (first != NULL && g_utf8_strlen (head, first - head) >= 15)
                {
                  char *shorter = g_strndup (head, first - head);

                  g_free (head);
                  head = shorter;
                }
              return g_strstrip (head);
            }
        }
    }
  return NULL;
}

char *
dossier_html_metadata_parse_date (const char *value)
{
  int y, m, d;

  if (value == NULL)
    return NULL;
  while (g_ascii_isspace (*value))
    value++;
  if (sscanf (value, "%4d-%2d-%2d", &y, &m, &d) == 3 && g_date_valid_dmy (d, m, y) && y >= 1990 && y <= 2100)
    return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
  if (strlen (value) == 8 && sscanf (value, "%4d%2d%2d", &y, &m, &d) == 3 && g_date_valid_dmy (d, m, y) && y >= 1990)
    return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
  return dossier_text_find_date (value);
}

void
dossier_html_metadata_read (xmlDoc           *doc,
                            DossierExtracted *extracted)
{
  Found f = { 0 };
  g_autofree char *title_site = NULL;
  g_autofree char *title_head = NULL;
  xmlNode *root = xmlDocGetRootElement (doc);

  if (root == NULL)
    return;
  walk (root, &f, 0);

  if (f.title_tag != NULL)
    title_head = split_title (f.title_tag, &title_site);

  if (extracted->title == NULL)
    {
      /* og:title and JSON-LD headline are written for sharing, without the
       * site name; an <h1> that the <title> contains is the headline too. */
      g_autofree char *og_head = f.og_title != NULL ? split_title (f.og_title, NULL) : NULL;

      if (og_head != NULL && f.h1 != NULL && strstr (f.og_title, f.h1) != NULL)
        extracted->title = g_strdup (f.h1);
      else if (f.og_title != NULL)
        extracted->title = g_strdup (f.og_title);
      else if (f.ld_headline != NULL)
        extracted->title = g_strdup (f.ld_headline);
      else if (f.h1 != NULL && f.title_tag != NULL && strstr (f.title_tag, f.h1) != NULL)
        extracted->title = g_strdup (f.h1);
      else if (title_head != NULL)
        extracted->title = g_strdup (title_head);
      else if (f.title_tag != NULL)
        extracted->title = g_strdup (f.title_tag);
      else if (f.h1 != NULL)
        extracted->title = g_strdup (f.h1);
    }
  if (extracted->source == NULL)
    {
      if (f.site_name != NULL)
        extracted->source = g_strdup (f.site_name);
      else if (f.ld_publisher != NULL)
        extracted->source = g_strdup (f.ld_publisher);
      else if (title_site != NULL && g_utf8_strlen (title_site, -1) <= 40)
        extracted->source = g_strdup (title_site);
    }
  if (extracted->url == NULL)
    {
      const char *url = f.canonical != NULL ? f.canonical : f.og_url;

      if (url != NULL && (g_str_has_prefix (url, "http://") || g_str_has_prefix (url, "https://")))
        extracted->url = g_strdup (url);
    }
  if (extracted->published == NULL)
    extracted->published = g_strdup (f.ld_published != NULL ? f.ld_published : f.published);

  if (extracted->source == NULL && extracted->url != NULL)
    {
      g_autoptr(GUri) uri = g_uri_parse (extracted->url, G_URI_FLAGS_NONE, NULL);
      const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;

      if (host != NULL)
        extracted->source = g_strdup (g_str_has_prefix (host, "www.") ? host + 4 : host);
    }
  found_clear (&f);
}
