/* dossier-preferences-window.c
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-preferences-window.h"
#include "dossier-span-format.h"

struct _DossierPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *color_scheme_row;
  GtkSpinButton        *font_size_button;
  AdwPreferencesGroup  *kinds_group;
};

G_DEFINE_FINAL_TYPE (DossierPreferencesWindow, dossier_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Row positions, in the order of the .ui's string list and of the schema's
 * enum nicks. */
static const char * const color_scheme_nicks[] = { "follow", "light", "dark" };

static gboolean
color_scheme_get_mapping (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (color_scheme_nicks); i++)
    {
      if (g_strcmp0 (nick, color_scheme_nicks[i]) == 0)
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }
  return FALSE;
}

static GVariant *
color_scheme_set_mapping (const GValue       *value,
                          const GVariantType *expected_type,
                          gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  if (position >= G_N_ELEMENTS (color_scheme_nicks))
    return NULL;
  return g_variant_new_string (color_scheme_nicks[position]);
}

static void
on_kind_switched (GtkSwitch                *sw,
                  GParamSpec               *pspec,
                  DossierPreferencesWindow *self)
{
  const char *kind = g_object_get_data (G_OBJECT (sw), "kind");
  g_auto(GStrv) kinds = g_settings_get_strv (self->settings, "highlight-kinds");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;

  for (guint i = 0; kinds[i] != NULL; i++)
    if (g_strcmp0 (kinds[i], kind) != 0)
      g_strv_builder_add (builder, kinds[i]);
  if (gtk_switch_get_active (sw))
    g_strv_builder_add (builder, kind);
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "highlight-kinds", (const char * const *) updated);
}

static void
add_kind_rows (DossierPreferencesWindow *self)
{
  g_auto(GStrv) kinds = g_settings_get_strv (self->settings, "highlight-kinds");

  for (guint kind = 0; kind < DOSSIER_N_SPAN_KINDS; kind++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *sw = gtk_switch_new ();
      const char *name = dossier_span_kind_to_string (kind);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), dossier_span_kind_plural_label (kind));
      gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
      gtk_switch_set_active (GTK_SWITCH (sw), g_strv_contains ((const char * const *) kinds, name));
      gtk_accessible_update_property (GTK_ACCESSIBLE (sw), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      dossier_span_kind_plural_label (kind), -1);
      g_object_set_data (G_OBJECT (sw), "kind", (gpointer) name);
      g_signal_connect (sw, "notify::active", G_CALLBACK (on_kind_switched), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
      adw_preferences_group_add (self->kinds_group, row);
    }
}

static void
dossier_preferences_window_constructed (GObject *object)
{
  DossierPreferencesWindow *self = DOSSIER_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (dossier_preferences_window_parent_class)->constructed (object);

  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                self->color_scheme_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                color_scheme_get_mapping,
                                color_scheme_set_mapping,
                                NULL, NULL);
  g_settings_bind (self->settings, "font-size",
                   gtk_spin_button_get_adjustment (self->font_size_button), "value",
                   G_SETTINGS_BIND_DEFAULT);
  add_kind_rows (self);
}

static void
dossier_preferences_window_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  DossierPreferencesWindow *self = DOSSIER_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_set_object (&self->settings, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_preferences_window_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  DossierPreferencesWindow *self = DOSSIER_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_preferences_window_dispose (GObject *object)
{
  DossierPreferencesWindow *self = DOSSIER_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dossier_preferences_window_parent_class)->dispose (object);
}

static void
dossier_preferences_window_class_init (DossierPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dossier_preferences_window_constructed;
  object_class->dispose = dossier_preferences_window_dispose;
  object_class->get_property = dossier_preferences_window_get_property;
  object_class->set_property = dossier_preferences_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dossier-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierPreferencesWindow, color_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, DossierPreferencesWindow, font_size_button);
  gtk_widget_class_bind_template_child (widget_class, DossierPreferencesWindow, kinds_group);
}

static void
dossier_preferences_window_init (DossierPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

DossierPreferencesWindow *
dossier_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (DOSSIER_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       NULL);
}
