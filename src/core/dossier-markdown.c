/* dossier-markdown.c — Markdown documents to plain paragraphs
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dossier-markdown.h"

#include <string.h>

#include "dossier-text-cleaner.h"

static GRegex *
regex (guint which)
{
  static gsize once = 0;
  static GRegex *regexes[4];

  if (g_once_init_enter (&once))
    {
      /* 0: images; 1: links and reference links; 2: emphasis and code
       * markers; 3: autolinks. */
      regexes[0] = g_regex_new ("!\\[[^\\]]*\\]\\([^)]*\\)", 0, 0, NULL);
      regexes[1] = g_regex_new ("\\[([^\\]]+)\\](?:\\([^)]*\\)|\\[[^\\]]*\\])", 0, 0, NULL);
      regexes[2] = g_regex_new ("(?<![\\w*_`\\\\])(\\*\\*|__|\\*|_|`)(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*_`])", 0, 0, NULL);
      regexes[3] = g_regex_new ("<(https?://[^>]+)>", 0, 0, NULL);
      g_once_init_leave (&once, 1);
    }
  return regexes[which];
}

gboolean
dossier_markdown_detect (const char *text,
                         gsize       length)
{
  g_autofree char *sample = g_strndup (text, MIN (length, 65536));
  g_auto(GStrv) lines = g_strsplit (sample, "\n", 2000);
  guint headings = 0, links = 0, lists = 0, emphasis = 0, fences = 0;

  if (g_str_has_prefix (sample, "---\n") && strstr (sample + 4, "\n---") != NULL && strstr (sample, ": ") != NULL)
    return TRUE;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *l = lines[i];

      if (g_regex_match_simple ("^#{1,6} \\S", l, 0, 0))
        headings++;
      if (g_str_has_prefix (l, "```"))
        fences++;
      if (g_regex_match_simple ("^\\s*(?:[-*+]|\\d+\\.) \\S", l, 0, 0))
        lists++;
      if (g_regex_match (regex (1), l, 0, NULL) || g_regex_match (regex (0), l, 0, NULL))
        links++;
      if (g_regex_match_simple ("\\*\\*\\S.*?\\S\\*\\*", l, 0, 0))
        emphasis++;
    }
  return headings >= 1 || fences >= 2 || links >= 2 || (emphasis >= 2 && lists >= 1);
}

static char *
strip_inline (const char *line)
{
  g_autofree char *a = g_regex_replace_literal (regex (0), line, -1, 0, "", 0, NULL);
  g_autofree char *b = g_regex_replace (regex (1), a, -1, 0, "\\1", 0, NULL);
  g_autofree char *c = g_regex_replace (regex (3), b, -1, 0, "\\1", 0, NULL);
  char *d = g_regex_replace (regex (2), c, -1, 0, "\\2", 0, NULL);

  return d;
}

static void
read_front_matter (const char       *block,
                   DossierExtracted *extracted)
{
  g_auto(GStrv) lines = g_strsplit (block, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *colon = strchr (lines[i], ':');
      g_autofree char *key = NULL;
      g_autofree char *value = NULL;

      if (colon == NULL)
        continue;
      {
        g_autofree char *raw_key = g_strndup (lines[i], colon - lines[i]);

        key = g_ascii_strdown (g_strstrip (raw_key), -1);
      }
      value = g_strstrip (g_strdup (colon + 1));
      if (value[0] == '"' || value[0] == '\'')
        {
          gsize len = strlen (value);

          if (len >= 2 && value[len - 1] == value[0])
            {
              memmove (value, value + 1, len - 2);
              value[len - 2] = '\0';
            }
        }
      if (*value == '\0')
        continue;
      if (strcmp (key, "title") == 0 && extracted->title == NULL)
        extracted->title = g_strdup (value);
      else if ((strcmp (key, "date") == 0 || strcmp (key, "published") == 0) && extracted->published == NULL)
        extracted->published = dossier_text_find_date (value);
      else if ((strcmp (key, "source") == 0 || strcmp (key, "site") == 0 || strcmp (key, "publisher") == 0) && extracted->source == NULL)
        extracted->source = g_strdup (value);
      else if ((strcmp (key, "url") == 0 || strcmp (key, "link") == 0 || strcmp (key, "source_url") == 0) && extracted->url == NULL)
        extracted->url = g_strdup (value);
    }
}

DossierExtracted *
dossier_markdown_extract (const char *text)
{
  g_autoptr(DossierExtracted) front = _dossier_extracted_new ();
  g_autoptr(GString) plain = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  g_autofree char *title = NULL;
  const char *body = text;
  gboolean in_fence = FALSE;
  DossierExtracted *extracted;

  g_return_val_if_fail (text != NULL, NULL);

  if (g_str_has_prefix (text, "---\n"))
    {
      const char *close = strstr (text + 4, "\n---");

      if (close != NULL)
        {
          g_autofree char *block = g_strndup (text + 4, close - (text + 4));

          read_front_matter (block, front);
          body = close + 4;
          while (*body != '\0' && *body != '\n')
            body++;
        }
    }

  /* Rewrite to plain text with blank lines between blocks, then let the
   * text cleaner drop what a web clipper kept around the article. */
  lines = g_strsplit (body, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *l = lines[i];
      g_autofree char *stripped = NULL;

      if (g_str_has_prefix (g_strchug (l), "```") || g_str_has_prefix (l, "~~~"))
        {
          in_fence = !in_fence;
          g_string_append (plain, "\n");
          continue;
        }
      if (in_fence)
        {
          g_string_append_printf (plain, "%s\n", l);
          continue;
        }
      if (g_regex_match_simple ("^\\s*(?:[-*_]\\s*){3,}$", l, 0, 0))
        {
          g_string_append (plain, "\n");
          continue;
        }
      while (*l == '>')
        l = g_strchug (l + 1);
      if (*l == '#')
        {
          guint level = 0;

          while (*l == '#')
            {
              l++;
              level++;
            }
          stripped = strip_inline (g_strstrip (l));
          /* Trailing #s close ATX headings. */
          g_strchomp (stripped);
          while (*stripped != '\0' && stripped[strlen (stripped) - 1] == '#')
            stripped[strlen (stripped) - 1] = '\0';
          g_strstrip (stripped);
          if (level == 1 && title == NULL && front->title == NULL)
            {
              title = g_strdup (stripped);
              continue;
            }
          g_string_append_printf (plain, "\n\n%s\n\n", stripped);
          continue;
        }
      if (g_regex_match_simple ("^\\s*(?:[-*+]|\\d+\\.) ", l, 0, 0))
        {
          l = g_strchug (l);
          while (*l != ' ')
            l++;
          stripped = strip_inline (g_strstrip (l));
          g_string_append_printf (plain, "\n%s\n", stripped);
          continue;
        }
      stripped = strip_inline (g_strstrip (l));
      if (*stripped == '\0')
        {
          g_string_append (plain, "\n\n");
          continue;
        }
      /* Lines of one paragraph join into one line, as the cleaner wants
       * one line per paragraph. */
      if (plain->len > 0 && plain->str[plain->len - 1] != '\n')
        g_string_append_c (plain, ' ');
      g_string_append (plain, stripped);
    }

  extracted = dossier_text_clean (plain->str);
  if (front->title != NULL || title != NULL)
    {
      g_free (extracted->title);
      extracted->title = g_strdup (front->title != NULL ? front->title : title);
    }
  if (front->published != NULL)
    {
      g_free (extracted->published);
      extracted->published = g_strdup (front->published);
    }
  if (front->source != NULL)
    {
      g_free (extracted->source);
      extracted->source = g_strdup (front->source);
    }
  if (front->url != NULL)
    {
      g_free (extracted->url);
      extracted->url = g_strdup (front->url);
    }
  return extracted;
}
