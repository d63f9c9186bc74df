/* dossier-timeline-export.c — format names and helpers shared by the exporters
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-timeline-export.h"

#include <string.h>

static const char * const format_names[] = {
  [DOSSIER_TIMELINE_FORMAT_JSON] = "json",
  [DOSSIER_TIMELINE_FORMAT_TIMELINEJS] = "timelinejs",
  [DOSSIER_TIMELINE_FORMAT_CSV] = "csv",
  [DOSSIER_TIMELINE_FORMAT_ICS] = "ics",
};

gboolean
dossier_timeline_format_from_string (const char            *name,
                                     DossierTimelineFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (format_names); i++)
    if (strcmp (format_names[i], name) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

const char *
dossier_timeline_format_to_string (DossierTimelineFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (format_names), NULL);
  return format_names[format];
}

char *
dossier_timeline_export (GPtrArray             *events,
                         DossierTimelineFormat  format,
                         const char            *lang)
{
  g_return_val_if_fail (events != NULL, NULL);

  switch (format)
    {
    case DOSSIER_TIMELINE_FORMAT_JSON:
      return dossier_export_timeline_json (events);
    case DOSSIER_TIMELINE_FORMAT_TIMELINEJS:
      return dossier_export_timelinejs (events, lang);
    case DOSSIER_TIMELINE_FORMAT_CSV:
      return dossier_export_timeline_csv (events, lang);
    case DOSSIER_TIMELINE_FORMAT_ICS:
      return dossier_export_ics (events, lang);
    default:
      g_return_val_if_reached (NULL);
    }
}

GPtrArray *
_dossier_timeline_sorted (GPtrArray *events)
{
  GPtrArray *sorted = g_ptr_array_new_full (events->len, g_object_unref);

  for (guint i = 0; i < events->len; i++)
    g_ptr_array_add (sorted, g_object_ref (g_ptr_array_index (events, i)));
  g_ptr_array_sort (sorted, dossier_event_compare);
  return sorted;
}

char *
_dossier_timeline_julian_to_iso (guint32 julian)
{
  GDate date;

  if (julian == DOSSIER_EDTF_UNBOUNDED_START || julian == DOSSIER_EDTF_UNBOUNDED_END)
    return NULL;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
}
