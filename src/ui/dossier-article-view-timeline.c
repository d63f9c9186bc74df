/* dossier-article-view-timeline.c — passages of the open article as timeline evidence
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-article-view-private.h"

static void
on_event_saved (DossierEventDialog *dialog,
                gint64              event_id,
                gboolean            created,
                gpointer            user_data)
{
  DossierArticleView *self = user_data;

  _dossier_article_view_toast (self, created ? _("Event added to the timeline")
                                             : _("Passage added to the event"), FALSE);
  g_signal_emit_by_name (self, "event-saved", event_id, created);
}

DossierEventDialog *
dossier_article_view_add_to_timeline (DossierArticleView *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter s, e;
  DossierAnnotation *annotation = NULL;
  DossierEventDialog *dialog;
  guint start, end;
  GtkRoot *root;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE_VIEW (self), NULL);

  if (self->article == NULL || self->library == NULL)
    return NULL;
  buffer = gtk_text_view_get_buffer (self->text_view);
  if (gtk_text_buffer_get_selection_bounds (buffer, &s, &e))
    {
      start = gtk_text_iter_get_offset (&s);
      end = gtk_text_iter_get_offset (&e);
    }
  else if ((annotation = _dossier_article_view_annotation_at_cursor (self)) != NULL)
    {
      start = dossier_annotation_get_start (annotation);
      end = dossier_annotation_get_end (annotation);
    }
  else
    {
      _dossier_article_view_toast (self, _("Select the passage to add to the timeline first"), FALSE);
      return NULL;
    }

  dialog = dossier_event_dialog_new (self->library, self->article,
                                     dossier_highlighter_get_spans (self->highlighter),
                                     start, end);
  if (dialog == NULL)
    {
      _dossier_article_view_toast (self, _("Select the passage to add to the timeline first"), FALSE);
      return NULL;
    }

  /* An annotation that is exactly the passage stays linked to it, so
   * that its note travels with the evidence. */
  if (annotation == NULL && self->annotations != NULL)
    for (guint i = 0; i < self->annotations->len; i++)
      {
        DossierAnnotation *candidate = g_ptr_array_index (self->annotations, i);

        if (dossier_annotation_get_start (candidate) == start &&
            dossier_annotation_get_end (candidate) == end)
          annotation = candidate;
      }
  if (annotation != NULL)
    {
      DossierEvidence *evidence = g_ptr_array_index (dossier_event_get_evidence (dossier_event_dialog_get_draft (dialog)), 0);

      evidence->annotation_id = dossier_annotation_get_id (annotation);
    }

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_event_saved), self, 0);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
