/* dossier-window-import.c — importing files, drops and pasted text
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "dossier-library-reanchor.h"
#include "dossier-window-private.h"

/* A new version of an article takes the annotations that can still be
 * placed; the others are listed as orphans of the new version. */
static void
carry_annotations (DossierWindow *self,
                   gint64         article_id)
{
  g_autoptr(DossierArticle) article = dossier_library_get_article (self->library, article_id, NULL);
  g_autoptr(GArray) versions = NULL;

  if (article == NULL)
    return;
  versions = dossier_library_find_earlier_versions (self->library, article, NULL);
  for (guint i = 0; versions != NULL && i < versions->len; i++)
    {
      g_autoptr(GPtrArray) orphans = NULL;
      g_autoptr(GError) error = NULL;
      guint moved = 0;

      if (!dossier_library_reanchor_annotations (self->library, g_array_index (versions, gint64, i),
                                                 article_id, &moved, &orphans, &error))
        {
          g_ptr_array_add (self->import_errors, g_strdup (error->message));
          continue;
        }
      self->import_moved += moved;
      self->import_orphans += orphans ? orphans->len : 0;
    }
}

static void
on_import_progress (guint         done,
                    guint         total,
                    const char   *file_name,
                    gint64        article_id,
                    gboolean      duplicate,
                    const GError *error,
                    gpointer      user_data)
{
  DossierWindow *self = user_data;
  g_autofree char *text = NULL;

  if (error != NULL)
    g_ptr_array_add (self->import_errors,
                     /* Translators: a file name and why it could not be imported. */
                     g_strdup_printf (_("%s: %s"), file_name ? file_name : "", error->message));
  else if (duplicate)
    self->import_duplicates++;
  else if (article_id > 0)
    {
      self->import_new++;
      self->import_last_id = article_id;
      carry_annotations (self, article_id);
    }

  if (total > 0)
    gtk_progress_bar_set_fraction (self->import_progress, (double) done / total);
  /* Translators: import progress, e.g. "Imported 3 of 10 files". */
  text = g_strdup_printf (ngettext ("Imported %u of %u file", "Imported %u of %u files", total), done, total);
  gtk_progress_bar_set_text (self->import_progress, text);
}

static void
show_import_errors (DossierWindow *self)
{
  g_autofree char *list = NULL;
  AdwMessageDialog *dialog;
  g_autofree char *heading = NULL;

  g_ptr_array_add (self->import_errors, NULL);
  list = g_strjoinv ("\n", (char **) self->import_errors->pdata);
  g_ptr_array_remove_index (self->import_errors, self->import_errors->len - 1);
  heading = g_strdup_printf (ngettext ("%u File Could Not Be Imported",
                                       "%u Files Could Not Be Imported", self->import_errors->len),
                             self->import_errors->len);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, list));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_temp_files (DossierWindow *self)
{
  for (guint i = 0; self->import_temp_files && i < self->import_temp_files->len; i++)
    g_file_delete (g_ptr_array_index (self->import_temp_files, i), NULL, NULL);
  if (self->import_temp_files)
    g_ptr_array_set_size (self->import_temp_files, 0);
}

static void
on_import_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(DossierWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) summary = g_string_new (NULL);
  int failed;

  failed = dossier_library_import_files_finish (DOSSIER_LIBRARY (object), result, &error);
  g_clear_object (&self->import_cancellable);
  delete_temp_files (self);
  gtk_revealer_set_reveal_child (self->import_revealer, FALSE);
  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  if (failed < 0 && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_ptr_array_add (self->import_errors, g_strdup (error->message));

  g_string_append_printf (summary, ngettext ("%u article imported", "%u articles imported", self->import_new),
                          self->import_new);
  if (self->import_duplicates > 0)
    {
      g_string_append (summary, _(", "));
      g_string_append_printf (summary, ngettext ("%u was already in the library",
                                                 "%u were already in the library", self->import_duplicates),
                              self->import_duplicates);
    }
  if (self->import_moved + self->import_orphans > 0)
    {
      g_string_append (summary, _(", "));
      g_string_append_printf (summary, ngettext ("%u annotation moved to the new version",
                                                 "%u annotations moved to the new version", self->import_moved),
                              self->import_moved);
      if (self->import_orphans > 0)
        {
          g_string_append (summary, _(", "));
          g_string_append_printf (summary, ngettext ("%u orphaned", "%u orphaned", self->import_orphans),
                                  self->import_orphans);
        }
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_string_prepend (summary, _("Import cancelled: "));
  _dossier_window_toast (self, summary->str);

  _dossier_window_refresh (self);
  if (self->import_new > 0 && self->import_last_id > 0)
    dossier_window_open_article (self, self->import_last_id);
  if (self->import_errors->len > 0)
    show_import_errors (self);
}

void
_dossier_window_import_gfiles (DossierWindow *self,
                               GPtrArray     *files)
{
  if (files->len == 0 || self->library == NULL)
    return;
  if (self->import_cancellable != NULL)
    {
      _dossier_window_toast (self, _("Wait for the current import to finish"));
      return;
    }

  self->import_cancellable = g_cancellable_new ();
  g_clear_pointer (&self->import_errors, g_ptr_array_unref);
  self->import_errors = g_ptr_array_new_with_free_func (g_free);
  self->import_new = self->import_duplicates = self->import_moved = self->import_orphans = 0;
  self->import_last_id = 0;
  gtk_progress_bar_set_fraction (self->import_progress, 0);
  gtk_progress_bar_set_text (self->import_progress, _("Importing…"));
  gtk_revealer_set_reveal_child (self->import_revealer, TRUE);

  dossier_library_import_files_async (self->library, files,
                                      on_import_progress, g_object_ref (self), g_object_unref,
                                      self->import_cancellable,
                                      on_import_done, g_object_ref (self));
}

void
_dossier_window_cancel_import (DossierWindow *self)
{
  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
}

/* ---- File chooser ---- */

static void
on_chooser_response (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  DossierWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) chosen = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (chosen); i++)
        g_ptr_array_add (files, g_list_model_get_item (chosen, i));
      _dossier_window_import_gfiles (self, files);
    }
  g_object_unref (dialog);
}

void
_dossier_window_import_dialog (DossierWindow *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) articles = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import Articles"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_filter_set_name (articles, _("Web pages, text and Markdown"));
  gtk_file_filter_add_mime_type (articles, "text/html");
  gtk_file_filter_add_mime_type (articles, "text/plain");
  gtk_file_filter_add_mime_type (articles, "text/markdown");
  gtk_file_filter_add_suffix (articles, "md");
  gtk_file_filter_add_suffix (articles, "htm");
  gtk_file_filter_add_suffix (articles, "html");
  gtk_file_filter_add_suffix (articles, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), articles);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- Drag and drop ---- */

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         gpointer       user_data)
{
  DossierWindow *self = user_data;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  for (GSList *l = g_value_get_boxed (value); l != NULL; l = l->next)
    g_ptr_array_add (files, g_object_ref (l->data));
  _dossier_window_import_gfiles (self, files);
  return files->len > 0;
}

void
_dossier_window_setup_drop (DossierWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

/* ---- Paste ---- */

static void
import_pasted_bytes (DossierWindow *self,
                     GBytes        *bytes,
                     const char    *suffix)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileIOStream) stream = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autofree char *template = g_strconcat ("pasted-article-XXXXXX", suffix, NULL);
  gsize written = 0;

  if (g_bytes_get_size (bytes) == 0)
    {
      _dossier_window_toast (self, _("The clipboard holds no text"));
      return;
    }
  /* The worker imports files; a pasted article becomes a temporary one. */
  file = g_file_new_tmp (template, &stream, &error);
  if (file == NULL ||
      !g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (stream)),
                                  g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  &written, NULL, &error) ||
      !g_io_stream_close (G_IO_STREAM (stream), NULL, &error))
    {
      _dossier_window_toast (self, error->message);
      return;
    }
  if (self->import_temp_files == NULL)
    self->import_temp_files = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->import_temp_files, g_object_ref (file));
  files = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (files, g_steal_pointer (&file));
  _dossier_window_import_gfiles (self, files);
  if (self->import_cancellable == NULL)
    delete_temp_files (self);
}

static void
on_clipboard_read (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(DossierWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  const char *mime = NULL;
  g_autoptr(GInputStream) stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (object), result, &mime, &error);
  g_autoptr(GOutputStream) memory = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (stream == NULL)
    {
      _dossier_window_toast (self, _("The clipboard holds no text"));
      return;
    }
  memory = g_memory_output_stream_new_resizable ();
  if (g_output_stream_splice (memory, stream,
                              G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                              NULL, &error) < 0)
    {
      _dossier_window_toast (self, error->message);
      return;
    }
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
  import_pasted_bytes (self, bytes, g_str_has_prefix (mime, "text/html") ? ".html" : ".txt");
}

void
_dossier_window_paste_article (DossierWindow *self)
{
  static const char *mime_types[] = { "text/html", "text/plain;charset=utf-8", "text/plain", NULL };
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));

  gdk_clipboard_read_async (clipboard, mime_types, G_PRIORITY_DEFAULT, NULL,
                            on_clipboard_read, g_object_ref (self));
}

void
_dossier_window_import_dispose (DossierWindow *self)
{
  _dossier_window_cancel_import (self);
  g_clear_object (&self->import_cancellable);
  delete_temp_files (self);
  g_clear_pointer (&self->import_temp_files, g_ptr_array_unref);
  g_clear_pointer (&self->import_errors, g_ptr_array_unref);
}
