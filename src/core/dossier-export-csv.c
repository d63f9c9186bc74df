/* dossier-export-csv.c — annotations as RFC 4180 CSV, one row per annotation
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dossier-annotation-export.h"
#include "dossier-csv.h"

/* Column names are a stable interface (see README): machine keys, never
 * translated. */
static const char * const columns[] = {
  "article_id", "article_title", "source", "published", "quote", "tags",
  "note", "colour", "start", "end", "created", "modified",
};

static void
append_row (GString           *out,
            const char * const *fields,
            guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    dossier_csv_append_field (out, fields[i], i == 0, FALSE);
  g_string_append (out, "\r\n");
}

char *
dossier_annotation_export_csv (GPtrArray *records)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) sorted = NULL;

  g_return_val_if_fail (records != NULL, NULL);

  sorted = _dossier_annotation_export_sorted (records);
  append_row (out, columns, G_N_ELEMENTS (columns));

  for (guint i = 0; i < sorted->len; i++)
    {
      const DossierAnnotationRecord *record = g_ptr_array_index (sorted, i);
      DossierAnnotation *annotation = record->annotation;
      DossierArticle *article = record->article;
      const char * const *tags = dossier_annotation_get_tags (annotation);
      g_autofree char *article_id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                     dossier_annotation_get_article_id (annotation));
      g_autofree char *joined_tags = tags != NULL ? g_strjoinv ("; ", (GStrv) tags) : NULL;
      g_autofree char *start = g_strdup_printf ("%u", dossier_annotation_get_start (annotation));
      g_autofree char *end = g_strdup_printf ("%u", dossier_annotation_get_end (annotation));
      g_autofree char *created = _dossier_annotation_export_iso_time (dossier_annotation_get_created (annotation));
      g_autofree char *modified = _dossier_annotation_export_iso_time (dossier_annotation_get_modified (annotation));
      const char *fields[G_N_ELEMENTS (columns)] = {
        article_id,
        dossier_article_get_title (article),
        dossier_article_get_source (article),
        dossier_article_get_published (article),
        dossier_annotation_get_quote (annotation),
        joined_tags,
        dossier_annotation_get_note (annotation),
        dossier_annotation_get_colour (annotation),
        start,
        end,
        created,
        modified,
      };

      append_row (out, fields, G_N_ELEMENTS (fields));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
