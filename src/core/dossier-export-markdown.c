/* dossier-export-markdown.c — annotations as a Markdown brief grouped by tag
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One section per tag, nested like the tag tree ("chips/H20" is a level-3
 * heading under "chips"), untagged annotations last. Each annotation is a
 * blockquote citing its article, with the note below. An annotation with
 * several tags appears under each of them.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dossier-annotation-export.h"

#define MAX_HEADING_LEVEL 6

/* Backslash-escapes what CommonMark could read as markup, so that quotes
 * and notes come out as the plain text they are. */
static void
append_escaped_line (GString    *out,
                     const char *line,
                     gsize       length)
{
  const char *end = line + length;
  const char *p = line;

  /* Block markers only matter at the start of a line. */
  while (p < end && *p == ' ')
    g_string_append_c (out, *p++);
  if (p < end && strchr ("-+=", *p) != NULL)
    {
      g_string_append_c (out, '\\');
      g_string_append_c (out, *p++);
    }
  else if (p < end && g_ascii_isdigit (*p))
    {
      const char *q = p;

      while (q < end && g_ascii_isdigit (*q))
        q++;
      if (q < end && (*q == '.' || *q == ')'))
        {
          g_string_append_len (out, p, q - p);
          g_string_append_c (out, '\\');
          p = q;
        }
    }
  for (; p < end; p++)
    {
      if (strchr ("\\`*_[]<>#|~", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

/* Appends @text line by line, each line after @line_prefix (a blank line
 * gets the prefix without its trailing space). */
static void
append_block (GString    *out,
              const char *text,
              const char *line_prefix)
{
  const char *line = text;

  for (;;)
    {
      const char *newline = strchr (line, '\n');
      gsize length = newline != NULL ? (gsize) (newline - line) : strlen (line);

      if (length > 0 && line[length - 1] == '\r')
        length--;
      if (length == 0 && *line_prefix != '\0')
        g_string_append_len (out, line_prefix, strlen (line_prefix) - (g_str_has_suffix (line_prefix, " ") ? 1 : 0));
      else
        {
          g_string_append (out, line_prefix);
          append_escaped_line (out, line, length);
        }
      g_string_append_c (out, '\n');
      if (newline == NULL)
        break;
      line = newline + 1;
    }
}

/* A link destination in angle brackets may hold anything but line
 * breaks and unescaped angle brackets. */
static void
append_url (GString    *out,
            const char *url)
{
  g_string_append_c (out, '<');
  for (const char *p = url; *p != '\0'; p++)
    {
      if (*p == '<' || *p == '>' || *p == ' ' || *p == '\n' || *p == '\r')
        g_string_append_printf (out, "%%%02X", (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '>');
}

static void
append_citation (GString        *out,
                 DossierArticle *article)
{
  const char *source = dossier_article_get_source (article);
  const char *title = dossier_article_get_title (article);
  const char *url = dossier_article_get_url (article);
  const char *published = dossier_article_get_published (article);
  g_autoptr(GString) line = g_string_new ("> — ");
  gboolean need_comma = FALSE;

  if (title == NULL || *title == '\0')
    title = _("Untitled article");
  if (source != NULL && *source != '\0')
    {
      append_escaped_line (line, source, strlen (source));
      need_comma = TRUE;
    }
  if (need_comma)
    g_string_append (line, ", ");
  if (url != NULL && *url != '\0')
    {
      g_string_append_c (line, '[');
      append_escaped_line (line, title, strlen (title));
      g_string_append (line, "](");
      append_url (line, url);
      g_string_append_c (line, ')');
    }
  else
    {
      g_string_append_c (line, '*');
      append_escaped_line (line, title, strlen (title));
      g_string_append_c (line, '*');
    }
  if (published != NULL && *published != '\0')
    g_string_append_printf (line, ", %s", published);

  /* Titles are one line; a stray line break must not end the quote. */
  g_strdelimit (line->str, "\r\n", ' ');
  g_string_append (out, line->str);
  g_string_append_c (out, '\n');
}

static void
append_entry (GString                       *out,
              const DossierAnnotationRecord *record)
{
  const char *note = dossier_annotation_get_note (record->annotation);

  append_block (out, dossier_annotation_get_quote (record->annotation), "> ");
  g_string_append (out, ">\n");
  append_citation (out, record->article);
  g_string_append_c (out, '\n');
  if (note != NULL && *note != '\0')
    {
      append_block (out, note, "");
      g_string_append_c (out, '\n');
    }
}

static void
append_heading (GString    *out,
                guint       level,
                const char *text)
{
  for (guint i = 0; i < MIN (level, MAX_HEADING_LEVEL); i++)
    g_string_append_c (out, '#');
  g_string_append_c (out, ' ');
  append_escaped_line (out, text, strlen (text));
  g_string_append (out, "\n\n");
}

/* Tag paths in tree order: compared name by name, so that "a/b" follows
 * "a" directly even when a sibling such as "a-c" sorts between them as a
 * plain string. */
static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  const char *pa = *(const char * const *) a;
  const char *pb = *(const char * const *) b;

  for (;;)
    {
      gsize la = strcspn (pa, "/");
      gsize lb = strcspn (pb, "/");
      int cmp = strncmp (pa, pb, MIN (la, lb));

      if (cmp != 0)
        return cmp;
      if (la != lb)
        return la < lb ? -1 : 1;
      pa += la;
      pb += lb;
      if (*pa == '\0' || *pb == '\0')
        return (*pa != '\0') - (*pb != '\0');
      pa++;
      pb++;
    }
}

/* Within a section: chronological by publication (undated last), then
 * article, then position. */
static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const DossierAnnotationRecord *ra = *(DossierAnnotationRecord * const *) a;
  const DossierAnnotationRecord *rb = *(DossierAnnotationRecord * const *) b;
  const char *da = dossier_article_get_published (ra->article);
  const char *db = dossier_article_get_published (rb->article);
  gint64 ia, ib;
  guint sa, sb;

  if ((da == NULL) != (db == NULL))
    return da == NULL ? 1 : -1;
  if (da != NULL && strcmp (da, db) != 0)
    return strcmp (da, db);
  ia = dossier_annotation_get_article_id (ra->annotation);
  ib = dossier_annotation_get_article_id (rb->annotation);
  if (ia != ib)
    return ia < ib ? -1 : 1;
  sa = dossier_annotation_get_start (ra->annotation);
  sb = dossier_annotation_get_start (rb->annotation);
  if (sa != sb)
    return sa < sb ? -1 : 1;
  ia = dossier_annotation_get_id (ra->annotation);
  ib = dossier_annotation_get_id (rb->annotation);
  return ia < ib ? -1 : ia > ib;
}

static void
add_to_section (GHashTable                    *sections,
                const char                    *path,
                const DossierAnnotationRecord *record)
{
  GPtrArray *entries = g_hash_table_lookup (sections, path);

  if (entries == NULL)
    {
      entries = g_ptr_array_new ();
      g_hash_table_insert (sections, g_strdup (path), entries);
    }
  if (record != NULL)
    g_ptr_array_add (entries, (gpointer) record);
}

char *
dossier_annotation_export_markdown (GPtrArray *records)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GHashTable) sections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) untagged = g_ptr_array_new ();
  g_autofree const char **paths = NULL;
  guint n_paths;

  g_return_val_if_fail (records != NULL, NULL);

  for (guint i = 0; i < records->len; i++)
    {
      const DossierAnnotationRecord *record = g_ptr_array_index (records, i);
      const char * const *tags = dossier_annotation_get_tags (record->annotation);

      if (tags == NULL || tags[0] == NULL)
        {
          g_ptr_array_add (untagged, (gpointer) record);
          continue;
        }
      for (guint t = 0; tags[t] != NULL; t++)
        {
          g_autofree char *ancestor = g_strdup (tags[t]);
          char *slash;

          add_to_section (sections, tags[t], record);
          /* Every ancestor gets a (possibly empty) heading of its own. */
          while ((slash = strrchr (ancestor, '/')) != NULL)
            {
              *slash = '\0';
              add_to_section (sections, ancestor, NULL);
            }
        }
    }

  /* Translators: the title of the Markdown brief of annotations. */
  append_heading (out, 1, _("Annotations"));

  paths = (const char **) g_hash_table_get_keys_as_array (sections, &n_paths);
  qsort (paths, n_paths, sizeof (char *), compare_paths);
  for (guint i = 0; i < n_paths; i++)
    {
      GPtrArray *entries = g_hash_table_lookup (sections, paths[i]);
      const char *name = strrchr (paths[i], '/');
      guint depth = 1;

      for (const char *p = paths[i]; *p != '\0'; p++)
        depth += *p == '/';
      append_heading (out, 1 + depth, name != NULL ? name + 1 : paths[i]);
      g_ptr_array_sort (entries, compare_entries);
      for (guint e = 0; e < entries->len; e++)
        append_entry (out, g_ptr_array_index (entries, e));
    }

  if (untagged->len > 0)
    {
      /* Translators: the heading of annotations without tags in the Markdown brief. */
      append_heading (out, 2, _("Untagged"));
      g_ptr_array_sort (untagged, compare_entries);
      for (guint e = 0; e < untagged->len; e++)
        append_entry (out, g_ptr_array_index (untagged, e));
    }

  /* One trailing newline, not the blank line left by the last block. */
  while (out->len > 1 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);
  return g_string_free (g_steal_pointer (&out), FALSE);
}
