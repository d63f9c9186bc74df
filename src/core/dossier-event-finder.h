/* dossier-event-finder.h — candidate timeline events from analysed articles
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-event.h"

G_BEGIN_DECLS

/* Finds sentences of @body that combine a policy action (export, licence,
 * rule, ban, deal, rescind, cap… in English, French or Chinese) with at
 * least one actor (a person, organization or place span) and a date (a
 * date span in the sentence, else @published for reported news). Each
 * becomes a DossierEvent with status "candidate", a confidence, kind,
 * stance and topic guessed from its words and actors, and the sentence as
 * evidence (article @article_id, code-point offsets, prefix and suffix).
 *
 * Action words of all three languages are looked for in every article,
 * since news in one language quotes terms of others. @spans are the analyzer's DossierSpan* for
 * @body (sorted, code-point offsets); @published is
 * YYYY, YYYY-MM or YYYY-MM-DD or NULL. Returns DossierEvent*, in text
 * order. */
GPtrArray    *dossier_event_finder_find       (const char   *body,
                                               GPtrArray    *spans,
                                               const char   *published,
                                               gint64        article_id);

/* An event for a passage the analyst chose (code points @start to @end
 * of @body, blanks at either end left out), with the guesses a candidate
 * gets: kind, stance and topic from its words, actors from the entity
 * spans inside it, the first date in it or else @published. None of them
 * is required: the date is NULL when neither gives one. Status
 * "accepted", confidence 1, no uid yet, the passage as evidence, and the
 * passage, shortened, as title. NULL when the range is empty or outside
 * @body. */
DossierEvent *dossier_event_finder_draft      (const char   *body,
                                               GPtrArray    *spans,
                                               const char   *published,
                                               gint64        article_id,
                                               guint         start,
                                               guint         end);

/* Two events are within this many days when their date ranges are. */
#define DOSSIER_EVENT_FINDER_MATCH_DAYS 7

/* How likely @candidate reports @event (0–1): shared actors, dates within
 * DOSSIER_EVENT_FINDER_MATCH_DAYS (a coarse candidate date counts less),
 * and a compatible action (same kind, or same topic and stance). Without
 * a shared actor it is at most 0.5, reached only by the same kind of
 * action on the same topic on the same day. 0 when the dates are further
 * apart. */
double        dossier_event_finder_similarity (DossierEvent *candidate,
                                               DossierEvent *event);
/* The event of @events (DossierEvent*) @candidate most likely reports,
 * or NULL when none scores at least 0.5. Within @events an actor shared
 * by n events weighs 1/n, so a country alone rarely makes a match. The
 * candidate itself is never returned. */
DossierEvent *dossier_event_finder_match      (DossierEvent *candidate,
                                               GPtrArray    *events);

G_END_DECLS
