/* dossier-article-view-annotations.c — annotating the open article, with undo
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-article-view-private.h"

typedef enum
{
  UNDO_CREATED,   /* undo deletes it */
  UNDO_DELETED,   /* undo adds it back */
  UNDO_EDITED,    /* undo restores the earlier state */
} UndoKind;

typedef struct
{
  UndoKind           kind;
  DossierAnnotation *annotation;  /* created one, deleted copy, or state before the edit */
} UndoStep;

static void
undo_step_free (UndoStep *step)
{
  g_clear_object (&step->annotation);
  g_free (step);
}

static DossierAnnotation *
annotation_copy (DossierAnnotation *annotation)
{
  DossierAnnotation *copy = dossier_annotation_new (dossier_annotation_get_article_id (annotation),
                                                    dossier_annotation_get_start (annotation),
                                                    dossier_annotation_get_end (annotation),
                                                    dossier_annotation_get_quote (annotation),
                                                    dossier_annotation_get_prefix (annotation),
                                                    dossier_annotation_get_suffix (annotation));

  dossier_annotation_set_id (copy, dossier_annotation_get_id (annotation));
  dossier_annotation_set_note (copy, dossier_annotation_get_note (annotation));
  dossier_annotation_set_colour (copy, dossier_annotation_get_colour (annotation));
  dossier_annotation_set_tags (copy, dossier_annotation_get_tags (annotation));
  dossier_annotation_set_times (copy, dossier_annotation_get_created (annotation),
                                dossier_annotation_get_modified (annotation));
  return copy;
}

static void
push_undo (DossierArticleView *self,
           UndoKind            kind,
           DossierAnnotation  *annotation)
{
  UndoStep *step = g_new0 (UndoStep, 1);

  step->kind = kind;
  step->annotation = g_object_ref (annotation);
  g_ptr_array_add (self->undo_stack, step);
}

static void
report_error (DossierArticleView *self,
              const GError       *error)
{
  _dossier_article_view_toast (self, error->message, FALSE);
}

static void
remove_annotation_tags (DossierArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);

  for (guint i = 0; i < self->annotation_tags->len; i++)
    gtk_text_tag_table_remove (table, g_ptr_array_index (self->annotation_tags, i));
  g_ptr_array_set_size (self->annotation_tags, 0);
}

void
_dossier_article_view_reload_annotations (DossierArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  guint n_chars = gtk_text_buffer_get_char_count (buffer);
  g_autoptr(GError) error = NULL;

  if (self->annotation_tags == NULL)
    return;

  remove_annotation_tags (self);
  dossier_annotation_gutter_clear (DOSSIER_ANNOTATION_GUTTER (self->gutter));
  g_clear_pointer (&self->annotations, g_ptr_array_unref);

  if (self->library != NULL && self->article != NULL && dossier_article_get_id (self->article) > 0)
    {
      self->annotations = dossier_library_list_annotations (self->library,
                                                            dossier_article_get_id (self->article),
                                                            &error);
      if (self->annotations == NULL)
        g_warning ("Could not read the annotations: %s", error->message);
    }
  if (self->annotations == NULL)
    self->annotations = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->annotations->len; i++)
    {
      DossierAnnotation *annotation = g_ptr_array_index (self->annotations, i);
      guint start = dossier_annotation_get_start (annotation);
      guint end = dossier_annotation_get_end (annotation);
      GtkTextIter s, e;
      GtkTextTag *tag;
      GdkRGBA rgba;

      if (end <= start || end > n_chars)
        continue;
      dossier_annotation_colour_parse (dossier_annotation_get_colour (annotation), dark, &rgba);
      dossier_annotation_gutter_add (DOSSIER_ANNOTATION_GUTTER (self->gutter), start, end, &rgba);
      /* A light tint under the entity highlights; the gutter bar carries
       * the colour so that overlapping annotations stay apart. */
      rgba.alpha = dark ? 0.22 : 0.18;
      tag = gtk_text_buffer_create_tag (buffer, NULL, "background-rgba", &rgba, NULL);
      gtk_text_tag_set_priority (tag, 0);
      g_ptr_array_add (self->annotation_tags, tag);
      gtk_text_buffer_get_iter_at_offset (buffer, &s, start);
      gtk_text_buffer_get_iter_at_offset (buffer, &e, end);
      gtk_text_buffer_apply_tag (buffer, tag, &s, &e);
    }

  dossier_annotations_pane_set_annotations (DOSSIER_ANNOTATIONS_PANE (self->annotations_pane),
                                            self->annotations, self->orphans, NULL);
}

DossierAnnotation *
_dossier_article_view_annotation_at_cursor (DossierArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter iter;
  guint offset;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  offset = gtk_text_iter_get_offset (&iter);
  for (guint i = self->annotations ? self->annotations->len : 0; i > 0; i--)
    {
      DossierAnnotation *annotation = g_ptr_array_index (self->annotations, i - 1);

      if (dossier_annotation_get_start (annotation) <= offset &&
          offset < dossier_annotation_get_end (annotation))
        return annotation;
    }
  return NULL;
}

static void
load_known_tags (DossierArticleView *self)
{
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) paths = NULL;

  if (self->library != NULL)
    tags = dossier_library_list_tags (self->library, NULL);
  for (guint i = 0; tags != NULL && i < tags->len; i++)
    g_strv_builder_add (builder, ((DossierTag *) g_ptr_array_index (tags, i))->path);
  paths = g_strv_builder_end (builder);
  dossier_annotation_editor_set_known_tags (DOSSIER_ANNOTATION_EDITOR (self->editor),
                                            (const char * const *) paths);
}

static void
popup_editor_at (DossierArticleView *self,
                 guint               start,
                 guint               end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter s, e;
  GdkRectangle rs, re;

  gtk_text_buffer_get_iter_at_offset (buffer, &s, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &e, end);
  gtk_text_view_get_iter_location (self->text_view, &s, &rs);
  gtk_text_view_get_iter_location (self->text_view, &e, &re);
  /* Point below the end of the passage when its start is off screen. */
  if (re.y > rs.y)
    rs = re;
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         rs.x, rs.y, &rs.x, &rs.y);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->editor), &rs);
  gtk_popover_popup (GTK_POPOVER (self->editor));
}

static void
open_editor_for (DossierArticleView *self,
                 DossierAnnotation  *annotation)
{
  g_set_object (&self->editing, annotation);
  load_known_tags (self);
  dossier_annotation_editor_load (DOSSIER_ANNOTATION_EDITOR (self->editor),
                                  dossier_annotation_get_quote (annotation),
                                  dossier_annotation_get_tags (annotation),
                                  dossier_annotation_get_note (annotation),
                                  dossier_annotation_get_colour (annotation),
                                  TRUE);
  popup_editor_at (self, dossier_annotation_get_start (annotation),
                   dossier_annotation_get_end (annotation));
}

gboolean
dossier_article_view_annotate (DossierArticleView *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter s, e;
  DossierAnnotation *existing;
  g_autofree char *quote = NULL;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE_VIEW (self), FALSE);

  if (self->article == NULL || self->library == NULL)
    return FALSE;
  buffer = gtk_text_view_get_buffer (self->text_view);
  if (!gtk_text_buffer_get_selection_bounds (buffer, &s, &e))
    {
      existing = _dossier_article_view_annotation_at_cursor (self);
      if (existing == NULL)
        {
          _dossier_article_view_toast (self, _("Select the passage to annotate first"), FALSE);
          return FALSE;
        }
      open_editor_for (self, existing);
      return TRUE;
    }

  g_clear_object (&self->editing);
  self->new_start = gtk_text_iter_get_offset (&s);
  self->new_end = gtk_text_iter_get_offset (&e);
  quote = gtk_text_buffer_get_text (buffer, &s, &e, FALSE);
  load_known_tags (self);
  dossier_annotation_editor_load (DOSSIER_ANNOTATION_EDITOR (self->editor), quote,
                                  NULL, NULL, NULL, FALSE);
  popup_editor_at (self, self->new_start, self->new_end);
  return TRUE;
}

static void
on_editor_save (DossierAnnotationEditor *editor,
                gpointer                 user_data)
{
  DossierArticleView *self = user_data;
  g_auto(GStrv) tags = dossier_annotation_editor_get_tags (editor);
  g_autofree char *note = dossier_annotation_editor_get_note (editor);
  const char *colour = dossier_annotation_editor_get_colour (editor);
  g_autoptr(GError) error = NULL;

  if (self->library == NULL || self->article == NULL)
    return;

  if (self->editing != NULL)
    {
      g_autoptr(DossierAnnotation) before = annotation_copy (self->editing);

      dossier_annotation_set_tags (self->editing, (const char * const *) tags);
      dossier_annotation_set_note (self->editing, note);
      dossier_annotation_set_colour (self->editing, colour);
      if (!dossier_library_update_annotation (self->library, self->editing, &error))
        {
          report_error (self, error);
          _dossier_article_view_reload_annotations (self);
          return;
        }
      push_undo (self, UNDO_EDITED, before);
      g_clear_object (&self->editing);
      _dossier_article_view_reload_annotations (self);
      _dossier_article_view_toast (self, _("Annotation saved"), TRUE);
    }
  else
    {
      g_autoptr(DossierAnnotation) annotation =
        dossier_annotation_new_for_body (dossier_article_get_id (self->article),
                                         dossier_article_get_body (self->article),
                                         self->new_start, self->new_end);

      if (annotation == NULL)
        return;
      dossier_annotation_set_tags (annotation, (const char * const *) tags);
      dossier_annotation_set_note (annotation, note);
      dossier_annotation_set_colour (annotation, colour);
      if (!dossier_library_add_annotation (self->library, annotation, &error))
        {
          report_error (self, error);
          return;
        }
      push_undo (self, UNDO_CREATED, annotation);
      _dossier_article_view_reload_annotations (self);
      gtk_stack_set_visible_child_name (self->side_stack, "annotations");
      _dossier_article_view_toast (self, _("Annotation added"), TRUE);
    }
}

static void
on_editor_delete (DossierAnnotationEditor *editor,
                  gpointer                 user_data)
{
  DossierArticleView *self = user_data;
  g_autoptr(DossierAnnotation) annotation = g_steal_pointer (&self->editing);

  if (annotation != NULL)
    dossier_article_view_delete_annotation (self, annotation);
}

gboolean
dossier_article_view_delete_annotation (DossierArticleView *self,
                                        DossierAnnotation  *annotation)
{
  g_autoptr(DossierAnnotation) copy = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE_VIEW (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (annotation), FALSE);

  if (self->library == NULL)
    return FALSE;
  copy = annotation_copy (annotation);
  if (!dossier_library_delete_annotation (self->library, dossier_annotation_get_id (annotation), &error))
    {
      report_error (self, error);
      return FALSE;
    }
  if (self->orphans != NULL)
    g_ptr_array_remove (self->orphans, annotation);
  push_undo (self, UNDO_DELETED, copy);
  _dossier_article_view_reload_annotations (self);
  _dossier_article_view_toast (self, _("Annotation deleted"), TRUE);
  return TRUE;
}

gboolean
dossier_article_view_can_undo (DossierArticleView *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE_VIEW (self), FALSE);
  return self->undo_stack->len > 0;
}

gboolean
dossier_article_view_undo (DossierArticleView *self)
{
  UndoStep *step;
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE_VIEW (self), FALSE);

  if (self->undo_stack->len == 0 || self->library == NULL)
    return FALSE;
  step = g_ptr_array_steal_index (self->undo_stack, self->undo_stack->len - 1);
  switch (step->kind)
    {
    case UNDO_CREATED:
      ok = dossier_library_delete_annotation (self->library,
                                              dossier_annotation_get_id (step->annotation), &error);
      break;
    case UNDO_DELETED:
      dossier_annotation_set_id (step->annotation, 0);
      ok = dossier_library_add_annotation (self->library, step->annotation, &error);
      break;
    case UNDO_EDITED:
      ok = dossier_library_update_annotation (self->library, step->annotation, &error);
      break;
    default:
      g_assert_not_reached ();
    }
  undo_step_free (step);
  if (!ok)
    report_error (self, error);
  _dossier_article_view_reload_annotations (self);
  g_signal_emit_by_name (self, "annotations-changed");
  return ok;
}

DossierAnnotationEditor *
dossier_article_view_get_editor (DossierArticleView *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE_VIEW (self), NULL);
  return DOSSIER_ANNOTATION_EDITOR (self->editor);
}

GPtrArray *
dossier_article_view_get_annotations (DossierArticleView *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE_VIEW (self), NULL);
  return self->annotations;
}

static void
on_pane_activated (DossierAnnotationsPane *pane,
                   DossierAnnotation      *annotation,
                   gpointer                user_data)
{
  dossier_article_view_select_range (DOSSIER_ARTICLE_VIEW (user_data),
                                     dossier_annotation_get_start (annotation),
                                     dossier_annotation_get_end (annotation));
}

static void
on_pane_edit (DossierAnnotationsPane *pane,
              DossierAnnotation      *annotation,
              gpointer                user_data)
{
  open_editor_for (DOSSIER_ARTICLE_VIEW (user_data), annotation);
}

static void
on_pane_delete (DossierAnnotationsPane *pane,
                DossierAnnotation      *annotation,
                gpointer                user_data)
{
  g_autoptr(DossierAnnotation) keep = g_object_ref (annotation);

  dossier_article_view_delete_annotation (DOSSIER_ARTICLE_VIEW (user_data), keep);
}

void
_dossier_article_view_init_annotations (DossierArticleView *self)
{
  self->undo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) undo_step_free);
  self->annotation_tags = g_ptr_array_new ();
  self->editor = dossier_annotation_editor_new ();
  gtk_widget_set_parent (self->editor, GTK_WIDGET (self->text_view));
  g_signal_connect (self->editor, "save", G_CALLBACK (on_editor_save), self);
  g_signal_connect (self->editor, "delete", G_CALLBACK (on_editor_delete), self);
  g_signal_connect (self->annotations_pane, "activated", G_CALLBACK (on_pane_activated), self);
  g_signal_connect (self->annotations_pane, "edit", G_CALLBACK (on_pane_edit), self);
  g_signal_connect (self->annotations_pane, "delete", G_CALLBACK (on_pane_delete), self);
}

void
_dossier_article_view_finalize_annotations (DossierArticleView *self)
{
  g_clear_pointer (&self->editor, gtk_widget_unparent);
  g_clear_object (&self->editing);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->annotation_tags, g_ptr_array_unref);
  g_clear_pointer (&self->annotations, g_ptr_array_unref);
  g_clear_pointer (&self->orphans, g_ptr_array_unref);
}
