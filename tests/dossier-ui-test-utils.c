/* dossier-ui-test-utils.c — helpers for tests that drive real windows
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dossier-ui-test-utils.h"

void
dossier_ui_test_iterate (void)
{
  for (guint i = 0; i < 100 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

void
dossier_ui_test_init (int    *argc,
                      char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

DossierApplication *
dossier_ui_test_application_new (const char *library_dir)
{
  DossierApplication *app = dossier_application_new ();
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  /* --library, through the application's own option handling. */
  g_variant_dict_insert (options, "library", "^ay", library_dir);
  G_APPLICATION_GET_CLASS (app)->handle_local_options (G_APPLICATION (app), options);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  return app;
}

DossierWindow *
dossier_ui_test_main_window (DossierApplication *app)
{
  DossierWindow *window;

  g_application_activate (G_APPLICATION (app));
  dossier_ui_test_iterate ();
  window = DOSSIER_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  return window;
}

static gboolean
on_timeout (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

void
dossier_ui_test_wait_for_import (DossierWindow *window)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (60, on_timeout, &timed_out);

  while (dossier_window_is_importing (window) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
  dossier_ui_test_iterate ();
}

void
dossier_ui_test_import_paths (DossierWindow      *window,
                              const char * const *paths)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_path (paths[i]));
  dossier_window_import_files (window, (GFile **) files->pdata, files->len);
  g_assert_true (dossier_window_is_importing (window));
  dossier_ui_test_wait_for_import (window);
}

GtkWidget *
dossier_ui_test_find_widget (GtkWidget  *root,
                             GType       type,
                             const char *label)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (label == NULL || (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)) &&
      gtk_widget_get_mapped (root))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = dossier_ui_test_find_widget (c, type, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}
