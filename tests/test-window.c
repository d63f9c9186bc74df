/* test-window.c — the application shell under a real display
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include <glib/gstdio.h>

#include "dossier-application.h"
#include "dossier-library.h"
#include "dossier-library-samples.h"
#include "dossier-preferences-window.h"
#include "dossier-window.h"
#include "dossier-window-private.h"
#include "dossier-test-utils.h"

static DossierApplication *app;

static void
iterate_until_idle (void)
{
  /* Let windows map and actions run. */
  for (guint i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static GtkWindow *
find_window_of_type (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static DossierWindow *
open_main_window (void)
{
  DossierWindow *window;

  g_application_activate (G_APPLICATION (app));
  iterate_until_idle ();
  window = DOSSIER_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  return window;
}

static DossierWindow *
open_window_on (const char *dir)
{
  DossierWindow *window;

  dossier_application_set_library_dir (app, dir);
  window = dossier_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until_idle ();
  return window;
}

static const char *
visible_page (DossierWindow *window)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), DOSSIER_TYPE_WINDOW,
                                                              "main_stack"));

  return gtk_stack_get_visible_child_name (stack);
}

static gint64
count_articles (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierLibrary) library = dossier_library_open (dir, &error);

  g_assert_no_error (error);
  return dossier_library_count_articles (library);
}

static void
test_window_first_run_samples (void)
{
  g_autofree char *dir = dossier_test_make_tmpdir ();
  DossierWindow *window = open_window_on (dir);

  /* A library created by the app starts with the sample articles. */
  g_assert_cmpstr (visible_page (window), ==, "library");
  g_assert_cmpint (count_articles (dir), ==, 5);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_shows_empty_state (void)
{
  g_autofree char *dir = dossier_test_make_tmpdir ();
  DossierWindow *window;

  /* An existing library that is empty shows the empty state, no samples. */
  g_assert_cmpint (count_articles (dir), ==, 0);
  window = open_window_on (dir);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (visible_page (window), ==, "empty");
  g_assert_cmpint (count_articles (dir), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_damaged_library_offers_backup (void)
{
  g_autofree char *dir = dossier_test_make_tmpdir ();
  g_autofree char *database = g_build_filename (dir, "library.sqlite3", NULL);
  g_autofree char *backup = NULL;
  g_autofree char *garbage = g_malloc (16384);
  g_autoptr(GError) error = NULL;
  DossierWindow *window;
  GtkWidget *button;
  FILE *file;

  /* A library with the samples and a backup of it, closed (and so
   * checkpointed) before it is damaged. */
  {
    g_autoptr(DossierLibrary) library = dossier_library_open (dir, &error);

    g_assert_no_error (error);
    g_assert_cmpint (dossier_library_add_samples (library, &error), ==, 5);
    backup = dossier_library_backup (library, &error);
    g_assert_no_error (error);
  }

  /* Garbage in the middle of the database. */
  for (guint i = 0; i < 16384; i++)
    garbage[i] = (char) (i * 7 + 13);
  file = g_fopen (database, "r+b");
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, 0, SEEK_END), ==, 0);
  g_assert_cmpint (ftell (file), >, 3 * 16384);
  g_assert_cmpint (fseek (file, ftell (file) / 2, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (garbage, 1, 16384, file), ==, 16384);
  fclose (file);

  window = open_window_on (dir);
  g_assert_cmpstr (visible_page (window), ==, "error");
  button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), DOSSIER_TYPE_WINDOW,
                                                     "open_backup_button"));
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "import"));

  g_action_group_activate_action (G_ACTION_GROUP (window), "open-backup", NULL);
  iterate_until_idle ();
  g_assert_cmpstr (visible_page (window), ==, "library");
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "import"));
  g_assert_cmpint (count_articles (dir), ==, 5);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_exported (DossierWindow *window,
             gboolean       ok,
             int           *result)
{
  *result = ok ? 1 : 0;
}

static char *
export_and_read (DossierWindow *window,
                 const char    *dir,
                 const char    *kind,
                 const char    *format)
{
  g_autofree char *path = g_build_filename (dir, format, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  char *contents = NULL;
  int result = -1;
  gulong handler = g_signal_connect (window, "exported", G_CALLBACK (on_exported), &result);

  _dossier_window_export_to_file (window, kind, format, file);
  while (result < 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (window, handler);
  g_assert_cmpint (result, ==, 1);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
test_window_export_menu (void)
{
  g_autofree char *dir = dossier_test_make_tmpdir ();
  g_autofree char *out = dossier_test_make_tmpdir ();
  DossierWindow *window = open_window_on (dir);
  g_autofree char *ics = NULL;
  g_autofree char *timelinejs = NULL;
  g_autofree char *w3c = NULL;
  g_autofree char *csv = NULL;

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "export-annotations"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "export-timeline"));

  /* The reference timeline of a new library, as a calendar and for TimelineJS. */
  ics = export_and_read (window, out, "timeline", "ics");
  g_assert_true (g_str_has_prefix (ics, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (ics, "DTSTART;VALUE=DATE:20221007"));
  timelinejs = export_and_read (window, out, "timeline", "timelinejs");
  g_assert_nonnull (strstr (timelinejs, "\"events\""));
  g_assert_nonnull (strstr (timelinejs, "\"eras\""));

  /* Annotations: none yet, still a valid, empty collection and a CSV header. */
  w3c = export_and_read (window, out, "annotations", "w3c");
  g_assert_nonnull (strstr (w3c, "AnnotationCollection"));
  csv = export_and_read (window, out, "annotations", "csv");
  g_assert_true (g_str_has_prefix (csv, "article_id,"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_size_saved (void)
{
  DossierWindow *window = open_main_window ();
  GSettings *settings = dossier_application_get_settings (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 650);
  gtk_window_close (GTK_WINDOW (window));
  iterate_until_idle ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 650);

  /* A new window comes back at the saved size. */
  window = open_main_window ();
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 900);
    g_assert_cmpint (height, ==, 650);
  }
}

static void
test_about_action (void)
{
  GtkWindow *about;

  open_main_window ();
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  iterate_until_idle ();
  about = find_window_of_type (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==, GTK_LICENSE_GPL_3_0);
  gtk_window_destroy (about);
}

static void
test_preferences_bind_color_scheme (void)
{
  GtkWindow *preferences;
  AdwComboRow *row;
  GSettings *settings = dossier_application_get_settings (app);

  open_main_window ();
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  iterate_until_idle ();
  preferences = find_window_of_type (DOSSIER_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);

  row = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (preferences),
                                                      DOSSIER_TYPE_PREFERENCES_WINDOW,
                                                      "color_scheme_row"));
  adw_combo_row_set_selected (row, 2);
  g_assert_cmpstr (g_settings_get_string (settings, "color-scheme"), ==, "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()),
                   ==, ADW_COLOR_SCHEME_FORCE_DARK);

  g_settings_set_string (settings, "color-scheme", "light");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 1);
  g_assert_cmpint (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()),
                   ==, ADW_COLOR_SCHEME_FORCE_LIGHT);

  g_settings_reset (settings, "color-scheme");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  gtk_window_destroy (preferences);
}

static void
test_shortcuts_window (void)
{
  DossierWindow *window = open_main_window ();
  GtkWindow *overlay;

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
  iterate_until_idle ();
  overlay = find_window_of_type (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (overlay);
  gtk_window_close (overlay);
}

/* Alt+1 and Alt+2 switch between the library and the timeline. */
static void
test_show_view (void)
{
  DossierWindow *window = open_main_window ();
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), DOSSIER_TYPE_WINDOW,
                                                                       "view_stack"));
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                "win.show-view::timeline");

  g_assert_cmpstr (accels[0], ==, "<Alt>2");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "timeline");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "timeline");
  /* A view that does not exist changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "nowhere");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "timeline");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "library");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "library");
}

static void
test_accelerators_documented (void)
{
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) actions = NULL;

  open_main_window ();
  bytes = g_resources_lookup_data (RESOURCE_BASE "/gtk/help-overlay.ui", 0, NULL);
  g_assert_nonnull (bytes);
  contents = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  /* Every action with an accelerator is listed in the shortcuts window. */
  actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  g_assert_cmpuint (g_strv_length (actions), >, 0);
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_autofree char *needle = g_strdup_printf (">%s<", actions[i]);

      if (strstr (contents, needle) == NULL)
        g_test_fail_printf ("%s has an accelerator but is not in help-overlay.ui", actions[i]);
    }
}

int
main (int    argc,
      char **argv)
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = dossier_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  /* Never the user's own library. */
  {
    g_autofree char *dir = dossier_test_make_tmpdir ();

    dossier_application_set_library_dir (app, dir);
  }

  g_test_add_func ("/window/first-run-samples", test_window_first_run_samples);
  g_test_add_func ("/window/empty-state", test_window_shows_empty_state);
  g_test_add_func ("/window/damaged-library-offers-backup", test_window_damaged_library_offers_backup);
  g_test_add_func ("/window/export-menu", test_window_export_menu);
  g_test_add_func ("/window/size-saved", test_window_size_saved);
  g_test_add_func ("/window/about", test_about_action);
  g_test_add_func ("/window/preferences", test_preferences_bind_color_scheme);
  g_test_add_func ("/window/shortcuts", test_shortcuts_window);
  g_test_add_func ("/window/accelerators-documented", test_accelerators_documented);
  g_test_add_func ("/window/show-view", test_show_view);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
