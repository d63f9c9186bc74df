/* dossier-library-events.h — timeline events stored in the library
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-event.h"
#include "dossier-library.h"

G_BEGIN_DECLS

/* Each function that writes is one transaction: on error nothing is
 * written. Errors name the database file (see _dossier_library_set_error)
 * or, for bad input, say what to fix. */

/* Adds the shipped reference events whose uid the library does not hold
 * yet; running it again adds nothing. Reference events are never deleted
 * (reject them instead), so a missing uid means a new pack entry. */
gboolean      dossier_library_load_reference_timeline (DossierLibrary        *library,
                                                       GError               **error);

/* Stores a new event with its actors and evidence. A missing uid is
 * generated. Sets the event's id and times. */
gboolean      dossier_library_add_event          (DossierLibrary         *library,
                                                  DossierEvent           *event,
                                                  GError                **error);
/* Saves an edited event: every field, its actors and sources; evidence is
 * changed through attach/remove_evidence. */
gboolean      dossier_library_update_event       (DossierLibrary         *library,
                                                  DossierEvent           *event,
                                                  GError                **error);
/* Deletes an analyst event or candidate; reference events are rejected
 * instead (DOSSIER_ERROR_READ_ONLY). */
gboolean      dossier_library_delete_event       (DossierLibrary         *library,
                                                  gint64                  event_id,
                                                  GError                **error);
/* NULL with DOSSIER_ERROR_NOT_FOUND when there is no such event. */
DossierEvent *dossier_library_get_event          (DossierLibrary         *library,
                                                  gint64                  event_id,
                                                  GError                **error);
DossierEvent *dossier_library_get_event_by_uid   (DossierLibrary         *library,
                                                  const char             *uid,
                                                  GError                **error);

/* Accepts a candidate. With @merge_into 0 the candidate becomes an
 * accepted event; otherwise its evidence and actors are added to event
 * @merge_into (a passage it already has is not repeated) and the
 * candidate is removed. */
gboolean      dossier_library_accept_candidate   (DossierLibrary         *library,
                                                  gint64                  candidate_id,
                                                  gint64                  merge_into,
                                                  GError                **error);
/* Marks an event rejected; it stays so that the same candidate is not
 * offered again, and leaves exports and the default views. */
gboolean      dossier_library_reject_event       (DossierLibrary         *library,
                                                  gint64                  event_id,
                                                  GError                **error);
/* Attaches a passage; returns the evidence id (also set in @evidence), or
 * 0 with @error. */
gint64        dossier_library_attach_evidence    (DossierLibrary         *library,
                                                  gint64                  event_id,
                                                  DossierEvidence        *evidence,
                                                  GError                **error);
gboolean      dossier_library_remove_evidence    (DossierLibrary         *library,
                                                  gint64                  evidence_id,
                                                  GError                **error);

/* Stores candidates found in one article (see dossier-event-finder.h),
 * skipping those whose passage already backs an event, including a
 * rejected one. Returns how many were stored, or -1 with @error. */
int           dossier_library_add_candidates     (DossierLibrary         *library,
                                                  GPtrArray              *candidates,
                                                  GError                **error);
/* Runs the event finder over an article's body and stored mentions and
 * stores the new candidates (one transaction). Returns how many were
 * stored, or -1 with @error. */
int           dossier_library_find_candidates    (DossierLibrary         *library,
                                                  gint64                  article_id,
                                                  GError                **error);
/* The same for every article; returns the total, or -1 with @error. */
int           dossier_library_find_all_candidates (DossierLibrary        *library,
                                                   GError               **error);
/* The reference or accepted event a candidate most likely describes, or
 * NULL when none matches (see dossier_event_finder_match()). */
DossierEvent *dossier_library_find_matching_event (DossierLibrary        *library,
                                                   DossierEvent          *candidate,
                                                   GError               **error);

/* Filters of dossier_library_list_events(): each mask has bit (1 << value)
 * set for each value wanted; 0 means any. */
typedef struct
{
  guint       topics;     /* DossierEventTopic bits */
  guint       stances;    /* DossierEventStance bits */
  guint       statuses;   /* DossierEventStatus bits */
  const char *actor;      /* entity id, or NULL */
  const char *text;       /* case-insensitive, in titles (all languages),
                           * descriptions and evidence quotes; or NULL */
} DossierEventFilter;

#define DOSSIER_EVENT_STATUSES_TIMELINE \
  ((1u << DOSSIER_EVENT_STATUS_REFERENCE) | (1u << DOSSIER_EVENT_STATUS_ACCEPTED))

/* DossierEvent*, with actors, evidence, sources and the translations of
 * shipped titles, in timeline order. @filter may be NULL (everything). */
GPtrArray    *dossier_library_list_events        (DossierLibrary         *library,
                                                  const DossierEventFilter *filter,
                                                  GError                **error);

G_END_DECLS
