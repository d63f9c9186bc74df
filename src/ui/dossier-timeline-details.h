/* dossier-timeline-details.h — what is known about the selected event
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dossier-event.h"
#include "dossier-library.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_TIMELINE_DETAILS (dossier_timeline_details_get_type ())

G_DECLARE_FINAL_TYPE (DossierTimelineDetails, dossier_timeline_details, DOSSIER, TIMELINE_DETAILS, AdwBin)

/* Shows the date with its precision, the administration, actors, sources
 * and the evidence passages of one event. Signals:
 *   open-evidence (gint64 article_id, guint start, guint end): a passage
 *     was clicked; offsets count code points of the article body.
 *   accept (DossierEvent *candidate, DossierEvent *merge_into or NULL)
 *   reject (DossierEvent *event) */
GtkWidget    *dossier_timeline_details_new            (void);

DossierEvent *dossier_timeline_details_get_event      (DossierTimelineDetails *self);
void          dossier_timeline_details_set_event      (DossierTimelineDetails *self,
                                                       DossierEvent           *event);
/* For a candidate: the existing event it most likely describes, offered
 * as the one to add its passage to. */
void          dossier_timeline_details_set_match      (DossierTimelineDetails *self,
                                                       DossierEvent           *match);
/* Used to show the titles of the articles that passages come from. */
void          dossier_timeline_details_set_library    (DossierTimelineDetails *self,
                                                       DossierLibrary         *library);
/* Entity id → display name. */
void          dossier_timeline_details_set_actor_names (DossierTimelineDetails *self,
                                                        GHashTable             *names);
/* Opens the passage at @index as if it had been clicked. */
gboolean      dossier_timeline_details_activate_evidence (DossierTimelineDetails *self,
                                                          guint                   index);

/* An EDTF date for people: "13 May 2025", "about May 2025", "2023
 * (uncertain)", "3 June 2021 – February 2022", "since March 2025". */
char         *dossier_timeline_format_date            (const char *edtf);
/* The event's title in the user's language where it has one. */
const char   *dossier_timeline_event_title            (DossierEvent *event);
/* The event's description in the user's language where it has one; NULL
 * when the event has no description. */
const char   *dossier_timeline_event_description      (DossierEvent *event);
/* "Day", "Month" or "Year", with "approximate" / "uncertain". */
char         *dossier_timeline_format_precision       (const char *edtf);

G_END_DECLS
