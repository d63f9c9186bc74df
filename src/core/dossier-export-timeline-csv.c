/* dossier-export-timeline-csv.c — the timeline as CSV (RFC 4180)
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-timeline-export.h"

#include "dossier-csv.h"

#include <string.h>

static const char * const columns[] = {
  "id", "date", "earliest", "latest", "precision", "uncertain", "approximate", "era",
  "title", "kind", "stance", "topic", "status", "confidence", "actors", "sources",
  "evidence_count", "evidence",
};

static char *
join_sources (GPtrArray *sources)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < sources->len; i++)
    {
      DossierEventSource *source = g_ptr_array_index (sources, i);

      if (i > 0)
        g_string_append (out, "; ");
      g_string_append (out, source->name);
      if (source->date != NULL)
        g_string_append_printf (out, " (%s)", source->date);
      if (source->url != NULL)
        g_string_append_printf (out, " %s", source->url);
    }
  return g_string_free (out, FALSE);
}

static char *
join_evidence (GPtrArray *evidence)
{
  GString *out = g_string_new (NULL);

  /* One quote per line inside the cell, with where it comes from. */
  for (guint i = 0; i < evidence->len; i++)
    {
      DossierEvidence *item = g_ptr_array_index (evidence, i);

      if (i > 0)
        g_string_append (out, "\n");
      g_string_append_printf (out, "[article %" G_GINT64_FORMAT " %u-%u] %s",
                              item->article_id, item->start, item->end, item->quote);
    }
  return g_string_free (out, FALSE);
}

char *
dossier_export_timeline_csv (GPtrArray  *events,
                             const char *lang)
{
  g_autoptr(GPtrArray) sorted = NULL;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (events != NULL, NULL);

  sorted = _dossier_timeline_sorted (events);

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    dossier_csv_append_field (out, columns[c], c == 0, TRUE);
  g_string_append (out, "\r\n");

  for (guint i = 0; i < sorted->len; i++)
    {
      DossierEvent *event = g_ptr_array_index (sorted, i);
      DossierEdtf edtf;
      gboolean valid = dossier_event_get_edtf (event, &edtf);
      g_autofree char *earliest = valid ? _dossier_timeline_julian_to_iso (dossier_edtf_get_earliest (&edtf)) : NULL;
      g_autofree char *latest = valid ? _dossier_timeline_julian_to_iso (dossier_edtf_get_latest (&edtf)) : NULL;
      g_autofree char *confidence = NULL;
      g_autofree char *actors = NULL;
      g_autofree char *sources = join_sources (dossier_event_get_sources (event));
      g_autofree char *evidence = join_evidence (dossier_event_get_evidence (event));
      g_autofree char *count = g_strdup_printf ("%u", dossier_event_get_evidence (event)->len);
      GPtrArray *actor_ids = dossier_event_get_actors (event);
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      g_ptr_array_add (actor_ids, NULL);
      actors = g_strjoinv (";", (char **) actor_ids->pdata);
      g_ptr_array_remove_index (actor_ids, actor_ids->len - 1);
      confidence = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f",
                                              dossier_event_get_confidence (event)));

      dossier_csv_append_field (out, dossier_event_get_uid (event), TRUE, TRUE);
      dossier_csv_append_field (out, dossier_event_get_date (event), FALSE, TRUE);
      dossier_csv_append_field (out, earliest, FALSE, TRUE);
      dossier_csv_append_field (out, latest, FALSE, TRUE);
      dossier_csv_append_field (out, valid ? dossier_edtf_precision_to_string (dossier_edtf_get_precision (&edtf)) : NULL, FALSE, TRUE);
      dossier_csv_append_field (out, valid ? (dossier_edtf_is_uncertain (&edtf) ? "true" : "false") : NULL, FALSE, TRUE);
      dossier_csv_append_field (out, valid ? (dossier_edtf_is_approximate (&edtf) ? "true" : "false") : NULL, FALSE, TRUE);
      dossier_csv_append_field (out, dossier_era_to_string (dossier_event_get_era (event)), FALSE, TRUE);
      dossier_csv_append_field (out, dossier_event_get_title_for_language (event, lang), FALSE, TRUE);
      dossier_csv_append_field (out, dossier_event_kind_to_string (dossier_event_get_kind (event)), FALSE, TRUE);
      dossier_csv_append_field (out, dossier_event_stance_to_string (dossier_event_get_stance (event)), FALSE, TRUE);
      dossier_csv_append_field (out, dossier_event_topic_to_string (dossier_event_get_topic (event)), FALSE, TRUE);
      dossier_csv_append_field (out, dossier_event_status_to_string (dossier_event_get_status (event)), FALSE, TRUE);
      dossier_csv_append_field (out, confidence, FALSE, TRUE);
      dossier_csv_append_field (out, actors, FALSE, TRUE);
      dossier_csv_append_field (out, sources, FALSE, TRUE);
      dossier_csv_append_field (out, count, FALSE, TRUE);
      dossier_csv_append_field (out, evidence, FALSE, TRUE);
      g_string_append (out, "\r\n");
    }

  return g_string_free (out, FALSE);
}
