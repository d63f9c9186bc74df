/* dossier-window.c — the main window
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-window.h"

struct _DossierWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwHeaderBar         *header_bar;
  GtkMenuButton        *primary_menu_button;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *empty_page;
};

G_DEFINE_FINAL_TYPE (DossierWindow, dossier_window, ADW_TYPE_APPLICATION_WINDOW)

static void
dossier_window_save_state (DossierWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static void
dossier_window_restore_state (DossierWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
dossier_window_close_request (GtkWindow *window)
{
  dossier_window_save_state (DOSSIER_WINDOW (window));

  return GTK_WINDOW_CLASS (dossier_window_parent_class)->close_request (window);
}

static void
dossier_window_dispose (GObject *object)
{
  DossierWindow *self = DOSSIER_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dossier_window_parent_class)->dispose (object);
}

static void
dossier_window_class_init (DossierWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dossier_window_dispose;
  window_class->close_request = dossier_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dossier-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, empty_page);
}

static void
dossier_window_init (DossierWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

DossierWindow *
dossier_window_new (DossierApplication *application)
{
  DossierWindow *self;

  g_return_val_if_fail (DOSSIER_IS_APPLICATION (application), NULL);

  self = g_object_new (DOSSIER_TYPE_WINDOW,
                       "application", application,
                       NULL);
  self->settings = g_object_ref (dossier_application_get_settings (application));
  dossier_window_restore_state (self);
  return self;
}

void
dossier_window_import_files (DossierWindow  *self,
                             GFile         **files,
                             int             n_files)
{
  g_return_if_fail (DOSSIER_IS_WINDOW (self));
  g_return_if_fail (files != NULL || n_files == 0);
}
