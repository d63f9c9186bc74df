/* dossier-html-output.c — paragraphs out of the chosen blocks, the
 * siblings that join them, and the date next to the headline
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dossier-html-metadata.h"
#include "dossier-html-private.h"
#include "dossier-text-cleaner.h"

void
_dossier_html_flush (Output *out)
{
  if (out->current->len > 0)
    {
      _dossier_extracted_add_paragraph (out->extracted, out->current->str, out->current->len);
      g_string_truncate (out->current, 0);
    }
}

/* Inside the chosen container: blocks that are mostly links, or marked as
 * furniture by class and short, are lists of other articles. */
static gboolean
is_boilerplate_block (xmlNode *node)
{
  static const char * const containers[] = { "div", "section", "ul", "ol", "table", "dl", "figure", "span", "p", "li", NULL };
  Info *info = INFO (node);
  double density;
  int weight;

  if (!_dossier_html_is_any (node, containers))
    return FALSE;
  if (info->text == 0)
    return FALSE;
  density = _dossier_html_link_density (node);
  weight = _dossier_html_class_weight (node);
  if (density > 0.5 && !_dossier_html_is (node, "p"))
    return TRUE;
  /* A paragraph that is nothing but a link is a teaser for another
   * article. */
  if (density > 0.9 && info->text < 150)
    return TRUE;
  if (weight < 0 && info->commas < 10 && info->text < 500)
    return TRUE;
  if (density > 0.25 && weight <= 0 && info->commas < 3 && info->text < 200 && !_dossier_html_is (node, "p"))
    return TRUE;
  return FALSE;
}

void
_dossier_html_emit (Output  *out,
      xmlNode *parent,
      guint    depth)
{
  if (depth > MAX_DEPTH)
    return;
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
        {
          if (node->content == NULL)
            continue;
          if (out->pre)
            {
              g_auto(GStrv) lines = g_strsplit ((const char *) node->content, "\n", -1);

              for (guint i = 0; lines[i] != NULL; i++)
                {
                  if (i > 0)
                    _dossier_html_flush (out);
                  g_string_append (out->current, lines[i]);
                }
            }
          else
            g_string_append (out->current, (const char *) node->content);
          continue;
        }
      if (node->type != XML_ELEMENT_NODE || INFO (node)->removed)
        continue;
      if (_dossier_html_is (node, "br"))
        {
          _dossier_html_flush (out);
          continue;
        }
      if (is_boilerplate_block (node))
        continue;
      if (_dossier_html_is_any (node, _dossier_html_heading_tags))
        {
          g_autofree char *text = dossier_html_node_text (node);

          _dossier_html_flush (out);
          /* The headline is the title, not body text; so are headings made
           * only of a link (teasers). */
          if (g_strcmp0 (text, out->title) == 0 || _dossier_html_link_density (node) > 0.5)
            continue;
        }
      if (_dossier_html_is_any (node, _dossier_html_block_tags))
        {
          gboolean was_pre = out->pre;

          _dossier_html_flush (out);
          out->pre = was_pre || _dossier_html_is (node, "pre");
          _dossier_html_emit (out, node, depth + 1);
          _dossier_html_flush (out);
          out->pre = was_pre;
        }
      else
        {
          if (_dossier_html_is (node, "img"))
            continue;
          _dossier_html_emit (out, node, depth + 1);
        }
    }
}

static gboolean
ends_sentence (xmlNode *node)
{
  g_autofree char *text = dossier_html_node_text (node);
  const char *end = text + strlen (text);
  gunichar c;

  if (end == text)
    return FALSE;
  c = g_utf8_get_char (g_utf8_prev_char (end));
  return c == '.' || c == 0x3002 || c == '!' || c == '?' || c == 0xFF01 || c == 0xFF1F || c == '"' || c == 0x201D;
}

/* Siblings of the best container that belong to the same article: scored
 * containers close to the best, and plain paragraphs of prose. */
GPtrArray *
_dossier_html_gather_siblings (xmlNode *top)
{
  GPtrArray *nodes = g_ptr_array_new ();
  Info *top_info = INFO (top);
  double threshold = MAX (10.0, top_info->score * 0.2);
  g_autofree char *top_class = _dossier_html_attr (top, "class");

  if (top->parent == NULL || top->parent->type != XML_ELEMENT_NODE || _dossier_html_is (top, "body"))
    {
      g_ptr_array_add (nodes, top);
      return nodes;
    }
  for (xmlNode *sibling = top->parent->children; sibling != NULL; sibling = sibling->next)
    {
      Info *info;
      gboolean append = FALSE;

      if (sibling == top)
        {
          g_ptr_array_add (nodes, sibling);
          continue;
        }
      if (sibling->type != XML_ELEMENT_NODE)
        continue;
      info = INFO (sibling);
      if (info->removed)
        continue;
      if (info->candidate)
        {
          double bonus = 0;
          g_autofree char *klass = _dossier_html_attr (sibling, "class");

          if (top_class != NULL && g_strcmp0 (klass, top_class) == 0)
            bonus = top_info->score * 0.2;
          append = info->score + bonus >= threshold && _dossier_html_link_density (sibling) < 0.3;
        }
      else if (_dossier_html_is (sibling, "p"))
        {
          double density = _dossier_html_link_density (sibling);

          if (info->text > 80 && density < 0.25)
            append = TRUE;
          else if (info->text > 0 && density == 0 && ends_sentence (sibling))
            append = TRUE;
        }
      if (append)
        g_ptr_array_add (nodes, sibling);
    }
  return nodes;
}

/* The date written near the headline or in the byline: the first
 * <time datetime> or date text between the <h1> and the first body
 * paragraph, never in lists further down. */
char *
_dossier_html_date_near_headline (xmlNode *top)
{
  xmlNode *scope = top;

  for (guint up = 0; up < 3 && scope->parent != NULL && scope->parent->type == XML_ELEMENT_NODE; up++)
    scope = scope->parent;
  for (xmlNode *node = scope; node != NULL; )
    {
      if (node->type == XML_ELEMENT_NODE)
        {
          if (_dossier_html_is (node, "time"))
            {
              g_autofree char *datetime = _dossier_html_attr (node, "datetime");
              g_autofree char *text = dossier_html_node_text (node);
              char *date = dossier_html_metadata_parse_date (datetime != NULL ? datetime : text);

              if (date != NULL)
                return date;
            }
          if (node == top)
            {
              /* Stop at the body; only look at its opening. */
              g_autofree char *text = dossier_html_node_text_prefix (node, 80);
              g_autofree char *opening = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), 80));

              return dossier_text_find_date (opening);
            }
          if ((_dossier_html_is (node, "p") || _dossier_html_is_any (node, _dossier_html_heading_tags) || _dossier_html_is (node, "span") || _dossier_html_is (node, "div")) &&
              INFO (node)->text < 120 && node->children != NULL && node->children->type == XML_TEXT_NODE)
            {
              g_autofree char *text = dossier_html_node_text (node);
              char *date = INFO (node)->text < 120 ? dossier_text_find_date (text) : NULL;

              if (date != NULL)
                return date;
            }
          if (node->children != NULL && !INFO (node)->removed)
            {
              node = node->children;
              continue;
            }
        }
      while (node != NULL && node->next == NULL && node != scope)
        node = node->parent;
      if (node == NULL || node == scope)
        break;
      node = node->next;
    }
  return NULL;
}

