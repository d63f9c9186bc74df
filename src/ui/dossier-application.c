/* dossier-application.c — application actions, settings and windows
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-application.h"
#include "dossier-paths.h"
#include "dossier-preferences-window.h"
#include "dossier-window.h"

struct _DossierApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  char           *library_option;
  char           *library_dir;
};

G_DEFINE_FINAL_TYPE (DossierApplication, dossier_application, ADW_TYPE_APPLICATION)

/* Accelerators live here, in one place; gtk/help-overlay.ui lists them. */
static const struct {
  const char *action;
  const char *accels[3];
} accelerators[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.import", { "<Control>o", NULL } },
  { "win.find", { "<Control>f", NULL } },
  { "win.annotate", { "<Control>e", NULL } },
  { "win.add-to-timeline", { "<Control>t", NULL } },
  { "win.show-view::library", { "<Alt>1", NULL } },
  { "win.show-view::timeline", { "<Alt>2", NULL } },
  { "win.zoom-in", { "<Control>plus", "<Control>equal", NULL } },
  { "win.zoom-out", { "<Control>minus", NULL } },
  { "win.zoom-reset", { "<Control>0", NULL } },
  { "win.side-pane-visible", { "F9", NULL } },
};

static AdwColorScheme
color_scheme_from_settings (GSettings *settings)
{
  switch (g_settings_get_enum (settings, "color-scheme"))
    {
    case 1:
      return ADW_COLOR_SCHEME_FORCE_LIGHT;
    case 2:
      return ADW_COLOR_SCHEME_FORCE_DARK;
    default:
      return ADW_COLOR_SCHEME_DEFAULT;
    }
}

static void
on_color_scheme_changed (GSettings  *settings,
                         const char *key,
                         gpointer    user_data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      color_scheme_from_settings (settings));
}

static DossierWindow *
get_or_create_window (DossierApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (dossier_window_new (self));
  return DOSSIER_WINDOW (window);
}

static void
dossier_application_quit_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  GApplication *app = G_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Closing the windows lets each save its state before we quit. */
  for (GList *l = windows; l != NULL;)
    {
      GList *next = l->next;

      gtk_window_close (GTK_WINDOW (l->data));
      l = next;
    }
  g_application_quit (app);
}

static void
dossier_application_about_action (GSimpleAction *action,
                                  GVariant      *parameter,
                                  gpointer       user_data)
{
  DossierApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { _("The Dossier authors"), NULL };
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  adw_about_window_set_application_name (about, _("Dossier"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Dossier authors"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_copyright (about, _("© 2026 The Dossier authors"));
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_comments (about,
                                 _("Read, annotate and connect news articles on export policy, "
                                   "in English, French, Chinese and more."));
  /* Translators: Replace "translator-credits" with your name and email. */
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  gtk_window_set_modal (GTK_WINDOW (about), TRUE);
  gtk_window_present (GTK_WINDOW (about));
}

static void
dossier_application_preferences_action (GSimpleAction *action,
                                        GVariant      *parameter,
                                        gpointer       user_data)
{
  DossierApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  DossierPreferencesWindow *preferences = dossier_preferences_window_new (self->settings);

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static const GActionEntry app_actions[] = {
  { "quit", dossier_application_quit_action },
  { "about", dossier_application_about_action },
  { "preferences", dossier_application_preferences_action },
};

static gint
dossier_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  DossierApplication *self = DOSSIER_APPLICATION (app);
  const char *library = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("dossier %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "library", "^&ay", &library))
    {
      g_free (self->library_option);
      self->library_option = g_strdup (library);
    }

  return -1;
}

static void
dossier_application_startup (GApplication *app)
{
  DossierApplication *self = DOSSIER_APPLICATION (app);

  G_APPLICATION_CLASS (dossier_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accelerators[i].action,
                                           accelerators[i].accels);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect (self->settings, "changed::color-scheme",
                    G_CALLBACK (on_color_scheme_changed), self);
  on_color_scheme_changed (self->settings, "color-scheme", self);
}

static void
dossier_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (get_or_create_window (DOSSIER_APPLICATION (app))));
}

static void
dossier_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  DossierWindow *window = get_or_create_window (DOSSIER_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
  dossier_window_import_files (window, files, n_files);
}

static void
dossier_application_dispose (GObject *object)
{
  DossierApplication *self = DOSSIER_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dossier_application_parent_class)->dispose (object);
}

static void
dossier_application_finalize (GObject *object)
{
  DossierApplication *self = DOSSIER_APPLICATION (object);

  g_clear_pointer (&self->library_option, g_free);
  g_clear_pointer (&self->library_dir, g_free);

  G_OBJECT_CLASS (dossier_application_parent_class)->finalize (object);
}

static void
dossier_application_class_init (DossierApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = dossier_application_dispose;
  object_class->finalize = dossier_application_finalize;

  app_class->handle_local_options = dossier_application_handle_local_options;
  app_class->startup = dossier_application_startup;
  app_class->activate = dossier_application_activate;
  app_class->open = dossier_application_open;
}

static void
dossier_application_init (DossierApplication *self)
{
  const GOptionEntry options[] = {
    { "library", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Open the library in DIR instead of the default one"), N_("DIR") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Print the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Open the files given as new articles of the library."));
}

DossierApplication *
dossier_application_new (void)
{
  return g_object_new (DOSSIER_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

GSettings *
dossier_application_get_settings (DossierApplication *self)
{
  g_return_val_if_fail (DOSSIER_IS_APPLICATION (self), NULL);
  return self->settings;
}

const char *
dossier_application_get_library_dir (DossierApplication *self)
{
  g_return_val_if_fail (DOSSIER_IS_APPLICATION (self), NULL);

  if (self->library_dir == NULL)
    self->library_dir = dossier_paths_library_dir (self->library_option);
  return self->library_dir;
}

/* The library that windows opened from now on use; NULL goes back to
 * --library, $DOSSIER_LIBRARY or the default. */
void
dossier_application_set_library_dir (DossierApplication *self,
                                     const char         *dir)
{
  g_return_if_fail (DOSSIER_IS_APPLICATION (self));

  g_clear_pointer (&self->library_dir, g_free);
  if (dir != NULL)
    self->library_dir = g_canonicalize_filename (dir, NULL);
}
