/* dossier-timeline-export.h — the timeline in JSON, TimelineJS, CSV and iCalendar
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dossier-event.h"

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_TIMELINE_FORMAT_JSON,         /* the full model, see contracts.md */
  DOSSIER_TIMELINE_FORMAT_TIMELINEJS,   /* TimelineJS 3 JSON */
  DOSSIER_TIMELINE_FORMAT_CSV,          /* RFC 4180, one row per event */
  DOSSIER_TIMELINE_FORMAT_ICS,          /* RFC 5545 iCalendar */
} DossierTimelineFormat;

/* "json", "timelinejs", "csv", "ics". */
gboolean     dossier_timeline_format_from_string (const char            *name,
                                                  DossierTimelineFormat *format);
const char  *dossier_timeline_format_to_string   (DossierTimelineFormat  format);

/* Every exporter takes DossierEvent* in any order and writes them in
 * timeline order (dossier_event_compare()), so the output only depends
 * on the events. @lang (nullable, e.g. "fr" or "zh_CN.UTF-8") picks the
 * translation of shipped titles and descriptions where the format has one
 * of each per event; the JSON export carries all of them. */
char        *dossier_export_timeline_json        (GPtrArray             *events);
char        *dossier_export_timelinejs           (GPtrArray             *events,
                                                  const char            *lang);
char        *dossier_export_timeline_csv         (GPtrArray             *events,
                                                  const char            *lang);
char        *dossier_export_ics                  (GPtrArray             *events,
                                                  const char            *lang);
char        *dossier_timeline_export             (GPtrArray             *events,
                                                  DossierTimelineFormat  format,
                                                  const char            *lang);

/* Helpers shared by the exporters. */

/* A new array holding the same events in timeline order. */
GPtrArray   *_dossier_timeline_sorted            (GPtrArray             *events);
/* "YYYY-MM-DD" of a Julian day, or NULL for an unbounded end. */
char        *_dossier_timeline_julian_to_iso     (guint32                julian);

G_END_DECLS
