/* dossier-window-export.c — the Export menu: annotations and timeline
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dossier-annotation-export.h"
#include "dossier-library-events.h"
#include "dossier-timeline-export.h"
#include "dossier-window-private.h"

typedef struct
{
  DossierWindow *window;
  char          *kind;     /* "annotations" or "timeline" */
  char          *format;
} ExportRequest;

static void
export_request_free (ExportRequest *request)
{
  g_object_unref (request->window);
  g_free (request->kind);
  g_free (request->format);
  g_free (request);
}

static void
report_result (DossierWindow *self,
               GFile         *file,
               const GError  *error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *message = NULL;

  if (error != NULL)
    message = g_strdup_printf (_("Could not export to “%s”: %s"), name, error->message);
  else
    message = g_strdup_printf (_("Exported to “%s”"), name);
  _dossier_window_toast (self, message);
  g_signal_emit_by_name (self, "exported", error == NULL);
}

typedef struct
{
  DossierWindow *window;
  GFile         *file;
} ExportTarget;

static void
annotations_written_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  ExportTarget *target = user_data;
  g_autoptr(GError) error = NULL;

  dossier_library_export_annotations_to_file_finish (result, &error);
  report_result (target->window, target->file, error);
  g_object_unref (target->window);
  g_object_unref (target->file);
  g_free (target);
}

static void
timeline_written_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(DossierWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  g_file_replace_contents_finish (G_FILE (source), result, NULL, &error);
  report_result (self, G_FILE (source), error);
}

/* Writes the export in the background; the result is reported in a toast
 * and by the window's "exported" signal. */
void
_dossier_window_export_to_file (DossierWindow *self,
                                const char    *kind,
                                const char    *format_name,
                                GFile         *file)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (self->library != NULL);

  if (g_strcmp0 (kind, "annotations") == 0)
    {
      DossierAnnotationFormat format;
      ExportTarget *target;

      if (!dossier_annotation_format_from_string (format_name, &format))
        g_return_if_reached ();
      target = g_new0 (ExportTarget, 1);
      target->window = g_object_ref (self);
      target->file = g_object_ref (file);
      dossier_library_export_annotations_to_file_async (dossier_library_get_dir (self->library),
                                                        format, file, NULL,
                                                        annotations_written_cb, target);
    }
  else
    {
      DossierTimelineFormat format;
      DossierEventFilter filter = { .statuses = DOSSIER_EVENT_STATUSES_TIMELINE };
      g_autoptr(GPtrArray) events = NULL;
      g_autoptr(GBytes) bytes = NULL;
      char *text;

      if (!dossier_timeline_format_from_string (format_name, &format))
        g_return_if_reached ();
      events = dossier_library_list_events (self->library, &filter, &error);
      if (events == NULL)
        {
          report_result (self, file, error);
          return;
        }
      text = dossier_timeline_export (events, format, g_get_language_names ()[0]);
      bytes = g_bytes_new_take (text, strlen (text));
      g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                           NULL, timeline_written_cb, g_object_ref (self));
    }
}

static const char *
extension_for (const char *kind,
               const char *format_name)
{
  DossierAnnotationFormat format;

  if (g_strcmp0 (kind, "annotations") == 0 && dossier_annotation_format_from_string (format_name, &format))
    return dossier_annotation_format_extension (format);
  if (g_strcmp0 (format_name, "timelinejs") == 0)
    return "json";
  return format_name;
}

static void
on_save_response (GtkNativeDialog *dialog,
                  int              response,
                  ExportRequest   *request)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      _dossier_window_export_to_file (request->window, request->kind, request->format, file);
    }
  export_request_free (request);
  g_object_unref (dialog);
}

static void
export_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  DossierWindow *self = user_data;
  gboolean annotations = g_str_equal (g_action_get_name (G_ACTION (action)), "export-annotations");
  ExportRequest *request = g_new0 (ExportRequest, 1);
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;

  if (self->library == NULL)
    {
      g_free (request);
      return;
    }
  request->window = g_object_ref (self);
  request->kind = g_strdup (annotations ? "annotations" : "timeline");
  request->format = g_variant_dup_string (parameter, NULL);

  dialog = gtk_file_chooser_native_new (annotations ? _("Export Annotations") : _("Export Timeline"),
                                        GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  /* Translators: default file names of exports, without extension. */
  name = g_strdup_printf ("%s.%s", annotations ? _("annotations") : _("timeline"),
                          extension_for (request->kind, request->format));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (on_save_response), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static const GActionEntry export_actions[] = {
  { "export-annotations", export_action, "s" },
  { "export-timeline", export_action, "s" },
};

void
_dossier_window_setup_export (DossierWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), export_actions,
                                   G_N_ELEMENTS (export_actions), self);
}
