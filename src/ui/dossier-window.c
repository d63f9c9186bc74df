/* dossier-window.c — the main window
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-error.h"
#include "dossier-library-reanchor.h"
#include "dossier-library-samples.h"
#include "dossier-span-format.h"
#include "dossier-timeline-page.h"
#include "dossier-window-private.h"

G_DEFINE_FINAL_TYPE (DossierWindow, dossier_window, ADW_TYPE_APPLICATION_WINDOW)

static void
dossier_window_save_state (DossierWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_int (self->settings, "library-pane-position",
                      gtk_paned_get_position (self->library_paned));
}

static void
dossier_window_restore_state (DossierWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  gtk_paned_set_position (self->library_paned,
                          g_settings_get_int (self->settings, "library-pane-position"));
}

void
_dossier_window_toast (DossierWindow *self,
                       const char    *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
apply_kind_settings (DossierWindow *self)
{
  g_auto(GStrv) kinds = g_settings_get_strv (self->settings, "highlight-kinds");

  for (guint kind = 0; kind < DOSSIER_N_SPAN_KINDS; kind++)
    dossier_article_view_set_kind_visible (self->article_view, kind,
                                           g_strv_contains ((const char * const *) kinds,
                                                            dossier_span_kind_to_string (kind)));
}

static void
refresh_annotations_view (DossierWindow *self)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GHashTable) titles = NULL;

  if (self->library == NULL)
    return;
  all = dossier_library_list_annotations (self->library, 0, NULL);
  tags = dossier_library_list_tags (self->library, NULL);
  titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      gint64 id = dossier_annotation_get_article_id (g_ptr_array_index (all, i));
      g_autoptr(DossierArticle) article = NULL;

      if (g_hash_table_contains (titles, &id))
        continue;
      article = dossier_library_get_article (self->library, id, NULL);
      g_hash_table_insert (titles, g_memdup2 (&id, sizeof id),
                           g_strdup (article ? dossier_article_get_title (article) : NULL));
    }
  dossier_annotations_pane_set_tags (DOSSIER_ANNOTATIONS_PANE (self->annotations_view), tags);
  dossier_annotations_pane_set_annotations (DOSSIER_ANNOTATIONS_PANE (self->annotations_view),
                                            all, NULL, titles);
}

void
_dossier_window_refresh (DossierWindow *self)
{
  gint64 count;
  DossierArticle *open = dossier_article_view_get_article (self->article_view);

  /* Without a library the error page stays up. */
  if (self->library == NULL)
    return;
  count = dossier_library_count_articles (self->library);
  gtk_stack_set_visible_child_name (self->main_stack, count > 0 ? "library" : "empty");
  dossier_library_view_reload (self->library_view);
  if (open != NULL)
    dossier_library_view_select_article (self->library_view, dossier_article_get_id (open));
  refresh_annotations_view (self);
}

void
_dossier_window_open_article (DossierWindow *self,
                              gint64         article_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  DossierArticle *open = dossier_article_view_get_article (self->article_view);

  if (self->library == NULL)
    return;
  if (open != NULL && dossier_article_get_id (open) == article_id)
    {
      gtk_stack_set_visible_child_name (self->article_stack, "article");
      return;
    }
  if (!dossier_article_view_load (self->article_view, article_id, &error))
    {
      _dossier_window_toast (self, error->message);
      return;
    }
  orphans = dossier_library_list_orphans (self->library,
                                          dossier_article_view_get_article (self->article_view), NULL);
  dossier_article_view_set_orphans (self->article_view, orphans);
  gtk_stack_set_visible_child_name (self->article_stack, "article");
}

void
dossier_window_open_article (DossierWindow *self,
                             gint64         article_id)
{
  g_return_if_fail (DOSSIER_IS_WINDOW (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "library");
  _dossier_window_open_article (self, article_id);
  dossier_library_view_select_article (self->library_view, article_id);
}

/* ---- Signal handlers ---- */

static void
on_article_selected (DossierLibraryView *view,
                     gint64              article_id,
                     DossierWindow      *self)
{
  _dossier_window_open_article (self, article_id);
}

static void
on_article_toast (DossierArticleView *view,
                  const char         *message,
                  gboolean            undoable,
                  DossierWindow      *self)
{
  AdwToast *toast;

  if (message == NULL)
    return;
  toast = adw_toast_new (message);
  if (undoable)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The passage backing a timeline event, shown where it is read. */
static void
on_timeline_open_evidence (DossierTimelinePage *page,
                           gint64               article_id,
                           guint                start,
                           guint                end,
                           DossierWindow       *self)
{
  DossierArticle *article;

  dossier_window_open_article (self, article_id);
  article = dossier_article_view_get_article (self->article_view);
  if (article == NULL || dossier_article_get_id (article) != article_id)
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, "library");
  dossier_article_view_select_range (self->article_view, start, end);
}

static void
on_event_saved (DossierArticleView *view,
                gint64              event_id,
                gboolean            created,
                DossierWindow      *self)
{
  AdwToast *toast;

  if (self->timeline_page != NULL)
    dossier_timeline_page_reload (DOSSIER_TIMELINE_PAGE (self->timeline_page));
  toast = adw_toast_new (created ? _("Event added to the timeline")
                                 : _("Passage added to the event"));
  adw_toast_set_button_label (toast, _("_Show"));
  adw_toast_set_action_name (toast, "win.show-event");
  adw_toast_set_action_target_value (toast, g_variant_new_int64 (event_id));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Imports add candidate events: the timeline is read afresh each time it
 * is shown rather than after every change. */
static void
on_view_changed (DossierWindow *self)
{
  if (self->timeline_page != NULL &&
      g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "timeline") == 0)
    dossier_timeline_page_reload (DOSSIER_TIMELINE_PAGE (self->timeline_page));
}

static void
on_annotations_changed (DossierArticleView *view,
                        DossierWindow      *self)
{
  _dossier_window_refresh (self);
}

static void
on_show_entity (DossierArticleView *view,
                const char         *entity_id,
                const char         *name,
                DossierWindow      *self)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "library");
  dossier_library_view_set_entity (self->library_view, entity_id, name);
}

static void
on_library_annotation_activated (DossierAnnotationsPane *pane,
                                 DossierAnnotation      *annotation,
                                 DossierWindow          *self)
{
  dossier_window_open_article (self, dossier_annotation_get_article_id (annotation));
  dossier_article_view_select_range (self->article_view,
                                     dossier_annotation_get_start (annotation),
                                     dossier_annotation_get_end (annotation));
}

static void
on_library_annotation_delete (DossierAnnotationsPane *pane,
                              DossierAnnotation      *annotation,
                              DossierWindow          *self)
{
  g_autoptr(DossierAnnotation) keep = g_object_ref (annotation);

  /* Through the article view so that undo works the same everywhere. */
  dossier_window_open_article (self, dossier_annotation_get_article_id (keep));
  dossier_article_view_delete_annotation (self->article_view, keep);
  adw_view_stack_set_visible_child_name (self->view_stack, "annotations");
}

static void
on_settings_changed (GSettings     *settings,
                     const char    *key,
                     DossierWindow *self)
{
  if (g_str_equal (key, "font-size"))
    dossier_article_view_set_font_size (self->article_view, g_settings_get_int (settings, key));
  else if (g_str_equal (key, "highlight-kinds"))
    apply_kind_settings (self);
  else if (g_str_equal (key, "side-pane-visible"))
    dossier_article_view_set_side_visible (self->article_view, g_settings_get_boolean (settings, key));
}

/* Ctrl+V and Ctrl+Z act on articles only when no text field has the
 * focus, so they stay paste and undo inside entries. */
static gboolean
on_capture_key (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                DossierWindow         *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean in_text = focus != NULL &&
                     (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT (focus) ||
                      (GTK_IS_TEXT_VIEW (focus) && gtk_text_view_get_editable (GTK_TEXT_VIEW (focus))));

  if ((state & GDK_MODIFIER_MASK & ~GDK_LOCK_MASK) != GDK_CONTROL_MASK || in_text)
    return FALSE;
  if (keyval == GDK_KEY_v || keyval == GDK_KEY_V)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.paste-article", NULL);
      return TRUE;
    }
  if (keyval == GDK_KEY_z || keyval == GDK_KEY_Z)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.undo", NULL);
      return TRUE;
    }
  return FALSE;
}

/* ---- Actions ---- */

static void
import_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  _dossier_window_import_dialog (DOSSIER_WINDOW (user_data));
}

static void
paste_article_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  _dossier_window_paste_article (DOSSIER_WINDOW (user_data));
}

static void
cancel_import_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  _dossier_window_cancel_import (DOSSIER_WINDOW (user_data));
}

static gboolean
article_is_open (DossierWindow *self)
{
  return dossier_article_view_get_article (self->article_view) != NULL &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->article_stack), "article") == 0;
}

static void
find_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  DossierWindow *self = user_data;

  if (article_is_open (self) &&
      g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "library") == 0)
    dossier_article_view_find (self->article_view);
  else
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "library");
      dossier_library_view_focus_search (self->library_view);
    }
}

static void
annotate_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  DossierWindow *self = user_data;

  if (article_is_open (self))
    dossier_article_view_annotate (self->article_view);
}

static void
add_to_timeline_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  DossierWindow *self = user_data;

  if (article_is_open (self))
    dossier_article_view_add_to_timeline (self->article_view);
}

static void
show_event_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  DossierWindow *self = user_data;

  if (self->timeline_page == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, "timeline");
  dossier_timeline_page_select_event (DOSSIER_TIMELINE_PAGE (self->timeline_page),
                                      g_variant_get_int64 (param));
}

static void
show_view_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  DossierWindow *self = user_data;
  const char *name = g_variant_get_string (param, NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

static void
zoom_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  DossierWindow *self = user_data;
  const char *name = g_action_get_name (G_ACTION (action));
  int size = g_settings_get_int (self->settings, "font-size");

  if (g_str_equal (name, "zoom-in"))
    g_settings_set_int (self->settings, "font-size", MIN (size + 1, 48));
  else if (g_str_equal (name, "zoom-out"))
    g_settings_set_int (self->settings, "font-size", MAX (size - 1, 8));
  else
    g_settings_reset (self->settings, "font-size");
}

static void
undo_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  DossierWindow *self = user_data;

  if (!dossier_article_view_undo (self->article_view))
    _dossier_window_toast (self, _("Nothing to undo"));
}

static void open_backup_action (GSimpleAction *action,
                                GVariant      *param,
                                gpointer       user_data);

static const GActionEntry win_actions[] = {
  { "import", import_action },
  { "paste-article", paste_article_action },
  { "cancel-import", cancel_import_action },
  { "find", find_action },
  { "annotate", annotate_action },
  { "add-to-timeline", add_to_timeline_action },
  { "show-event", show_event_action, "x" },
  { "show-view", show_view_action, "s" },
  { "zoom-in", zoom_action },
  { "zoom-out", zoom_action },
  { "zoom-reset", zoom_action },
  { "undo", undo_action },
  { "open-backup", open_backup_action },
};

/* ---- GObject ---- */

static gboolean
dossier_window_close_request (GtkWindow *window)
{
  DossierWindow *self = DOSSIER_WINDOW (window);

  _dossier_window_cancel_import (self);
  dossier_window_save_state (self);

  return GTK_WINDOW_CLASS (dossier_window_parent_class)->close_request (window);
}

static void
dossier_window_dispose (GObject *object)
{
  DossierWindow *self = DOSSIER_WINDOW (object);

  _dossier_window_import_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (dossier_window_parent_class)->dispose (object);
}

enum {
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
dossier_window_class_init (DossierWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dossier_window_dispose;
  window_class->close_request = dossier_window_close_request;

  g_type_ensure (DOSSIER_TYPE_LIBRARY_VIEW);
  g_type_ensure (DOSSIER_TYPE_ARTICLE_VIEW);

  /* Emitted when an export from the Export menu has finished. */
  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dossier-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, side_button);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, import_revealer);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, import_progress);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, open_backup_button);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, library_paned);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, library_view);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, article_stack);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, article_view);
}

static void
dossier_window_init (DossierWindow *self)
{
  GtkEventController *keys;
  AdwViewStackPage *page;

  gtk_widget_init_template (GTK_WIDGET (self));

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions), self);

  self->annotations_view = dossier_annotations_pane_new (TRUE);
  page = adw_view_stack_add_titled (self->view_stack, self->annotations_view, "annotations",
                                    _("Annotations"));
  adw_view_stack_page_set_icon_name (page, "document-edit-symbolic");
  g_signal_connect (self->annotations_view, "activated", G_CALLBACK (on_library_annotation_activated), self);
  g_signal_connect (self->annotations_view, "edit", G_CALLBACK (on_library_annotation_activated), self);
  g_signal_connect (self->annotations_view, "delete", G_CALLBACK (on_library_annotation_delete), self);

  g_signal_connect (self->library_view, "article-selected", G_CALLBACK (on_article_selected), self);
  g_signal_connect (self->article_view, "toast", G_CALLBACK (on_article_toast), self);
  g_signal_connect (self->article_view, "annotations-changed", G_CALLBACK (on_annotations_changed), self);
  g_signal_connect (self->article_view, "show-entity", G_CALLBACK (on_show_entity), self);
  g_signal_connect (self->article_view, "event-saved", G_CALLBACK (on_event_saved), self);
  g_signal_connect_swapped (self->view_stack, "notify::visible-child-name", G_CALLBACK (on_view_changed), self);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_capture_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  _dossier_window_setup_drop (self);
  _dossier_window_setup_export (self);
}

static void
set_library_actions_enabled (DossierWindow *self,
                             gboolean       enabled)
{
  const char * const names[] = { "import", "paste-article" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), names[i])),
                                 enabled);
}

static void
attach_library (DossierWindow  *self,
                DossierLibrary *library)
{
  AdwViewStackPage *page;

  self->library = library;
  set_library_actions_enabled (self, TRUE);
  dossier_library_view_set_library (self->library_view, self->library);
  dossier_article_view_set_library (self->article_view, self->library);
  self->timeline_page = dossier_timeline_page_new (self->library);
  g_signal_connect (self->timeline_page, "open-evidence", G_CALLBACK (on_timeline_open_evidence), self);
  page = adw_view_stack_add_titled (self->view_stack, self->timeline_page, "timeline", _("Timeline"));
  adw_view_stack_page_set_icon_name (page, "document-open-recent-symbolic");
  _dossier_window_refresh (self);
}

/* Nothing is written to a library that does not open: the error page
 * names the file and the reason, and offers the newest backup when the
 * database is damaged. */
static void
show_open_error (DossierWindow *self,
                 const GError  *error)
{
  const char *dir = dossier_application_get_library_dir (DOSSIER_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  g_auto(GStrv) backups = dossier_library_list_backups (dir);
  gboolean offer = g_error_matches (error, DOSSIER_ERROR, DOSSIER_ERROR_CORRUPT) &&
                   backups != NULL && backups[0] != NULL;

  adw_status_page_set_description (self->error_page, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->open_backup_button), offer);
  set_library_actions_enabled (self, FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

static void
open_backup_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  DossierWindow *self = user_data;
  const char *dir = dossier_application_get_library_dir (DOSSIER_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  g_auto(GStrv) backups = dossier_library_list_backups (dir);
  g_autoptr(GError) error = NULL;
  DossierLibrary *library;

  if (self->library != NULL || backups == NULL || backups[0] == NULL)
    return;
  library = dossier_library_open_backup (dir, backups[0], &error);
  if (library == NULL)
    {
      show_open_error (self, error);
      return;
    }
  attach_library (self, library);
  _dossier_window_toast (self, _("The last backup was opened; the damaged file was kept beside it"));
}

/* The first sample written in the user's language, else the first one. */
static gint64
find_sample_for_user (DossierLibrary *library)
{
  const char * const *languages = g_get_language_names ();
  gint64 count = dossier_library_count_articles (library);

  for (guint i = 0; languages[i] != NULL; i++)
    for (gint64 id = 1; id <= count; id++)
      {
        g_autoptr(DossierArticle) article = dossier_library_get_article (library, id, NULL);
        const char *lang = article != NULL ? dossier_article_get_lang (article) : NULL;

        if (lang != NULL && g_str_has_prefix (languages[i], lang))
          return id;
      }
  return count > 0 ? 1 : 0;
}

static void
open_library (DossierWindow      *self,
              DossierApplication *application)
{
  const char *dir = dossier_application_get_library_dir (application);
  g_autofree char *database = g_build_filename (dir, "library.sqlite3", NULL);
  gboolean first_run = !g_file_test (database, G_FILE_TEST_EXISTS);
  g_autoptr(GError) error = NULL;
  DossierLibrary *library;

  library = dossier_library_open (dir, &error);
  if (library == NULL)
    {
      show_open_error (self, error);
      return;
    }

  /* A new library starts with the bundled sample articles, so that a new
   * user sees highlights and a timeline at once. */
  if (first_run && dossier_library_add_samples (library, &error) < 0)
    {
      g_autofree char *message = g_strdup_printf (_("The sample articles could not be added: %s"),
                                                  error->message);

      _dossier_window_toast (self, message);
      first_run = FALSE;
    }
  attach_library (self, library);

  if (first_run)
    {
      gint64 sample = find_sample_for_user (library);

      if (sample > 0)
        {
          dossier_library_view_select_article (self->library_view, sample);
          _dossier_window_open_article (self, sample);
        }
    }
}

DossierWindow *
dossier_window_new (DossierApplication *application)
{
  DossierWindow *self;
  g_autoptr(GAction) side_action = NULL;

  g_return_val_if_fail (DOSSIER_IS_APPLICATION (application), NULL);

  self = g_object_new (DOSSIER_TYPE_WINDOW,
                       "application", application,
                       NULL);
  self->settings = g_object_ref (dossier_application_get_settings (application));
  dossier_window_restore_state (self);

  side_action = g_settings_create_action (self->settings, "side-pane-visible");
  g_action_map_add_action (G_ACTION_MAP (self), side_action);
  dossier_article_view_bind_settings (self->article_view, self->settings);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed), self, 0);
  on_settings_changed (self->settings, "font-size", self);
  on_settings_changed (self->settings, "side-pane-visible", self);
  apply_kind_settings (self);

  open_library (self, application);
  _dossier_window_refresh (self);
  return self;
}

DossierLibrary *
dossier_window_get_library (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);
  return self->library;
}

gboolean
dossier_window_is_importing (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), FALSE);
  return self->import_cancellable != NULL;
}

void
dossier_window_import_files (DossierWindow  *self,
                             GFile         **files,
                             int             n_files)
{
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (DOSSIER_IS_WINDOW (self));
  g_return_if_fail (files != NULL || n_files == 0);

  for (int i = 0; i < n_files; i++)
    g_ptr_array_add (array, g_object_ref (files[i]));
  _dossier_window_import_gfiles (self, array);
}
