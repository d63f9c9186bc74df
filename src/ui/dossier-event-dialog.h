/* dossier-event-dialog.h — putting a passage on the timeline
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dossier-article.h"
#include "dossier-event.h"
#include "dossier-library.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_EVENT_DIALOG (dossier_event_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DossierEventDialog, dossier_event_dialog, DOSSIER, EVENT_DIALOG, AdwWindow)

/* Makes a passage of an article evidence on the timeline: either a new
 * event, its fields filled in with the event finder's guesses for the
 * analyst to correct, or one more passage for an existing event, the
 * likeliest one offered first. Saving is the "dialog.save" action.
 * Signal:
 *   saved (gint64 event_id, gboolean created): the passage is stored;
 *     the dialog closes itself afterwards. */
typedef enum
{
  DOSSIER_EVENT_DIALOG_NEW,
  DOSSIER_EVENT_DIALOG_EXISTING,
} DossierEventDialogMode;

/* @spans are the article's analyzer spans (sorted, code-point offsets);
 * @start and @end the passage, in code points of the body. NULL when the
 * passage is blank or outside the body. */
DossierEventDialog    *dossier_event_dialog_new           (DossierLibrary     *library,
                                                           DossierArticle     *article,
                                                           GPtrArray          *spans,
                                                           guint               start,
                                                           guint               end);

DossierEventDialogMode dossier_event_dialog_get_mode      (DossierEventDialog *self);
void                   dossier_event_dialog_set_mode      (DossierEventDialog *self,
                                                           DossierEventDialogMode mode);
/* The event being drafted (title, date… as last saved into it). */
DossierEvent          *dossier_event_dialog_get_draft     (DossierEventDialog *self);
/* The existing event that most likely reports the passage, or NULL. */
DossierEvent          *dossier_event_dialog_get_match     (DossierEventDialog *self);
/* Selects an existing event in the list; FALSE when it is not listed. */
gboolean               dossier_event_dialog_select_event  (DossierEventDialog *self,
                                                           gint64              event_id);

G_END_DECLS
