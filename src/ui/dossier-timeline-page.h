/* dossier-timeline-page.h — the timeline page of the main window
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dossier-library.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_TIMELINE_PAGE (dossier_timeline_page_get_type ())

G_DECLARE_FINAL_TYPE (DossierTimelinePage, dossier_timeline_page, DOSSIER, TIMELINE_PAGE, AdwBin)

/* The timeline of the library's events with filters (topic, actor, stance,
 * status, text), lanes by topic or by actor, zoom buttons, the details of
 * the selected event (where candidates are accepted or rejected) and the
 * "compare administrations" table.
 *
 * Signal open-evidence (gint64 article_id, guint start, guint end): the
 * analyst clicked a passage; the window opens the article scrolled to the
 * passage (offsets in code points of the body, end exclusive). */
GtkWidget *dossier_timeline_page_new       (DossierLibrary      *library);

DossierLibrary *dossier_timeline_page_get_library (DossierTimelinePage *self);
/* Reads the events again, e.g. after an import found new candidates. */
void       dossier_timeline_page_reload    (DossierTimelinePage *self);
/* Shows and selects the event with this library id; FALSE when the
 * current filters hide it. */
gboolean   dossier_timeline_page_select_event (DossierTimelinePage *self,
                                               gint64               event_id);

G_END_DECLS
