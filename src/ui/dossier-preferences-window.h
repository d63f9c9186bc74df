/* dossier-preferences-window.h
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DOSSIER_TYPE_PREFERENCES_WINDOW (dossier_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (DossierPreferencesWindow, dossier_preferences_window, DOSSIER, PREFERENCES_WINDOW, AdwPreferencesWindow)

DossierPreferencesWindow *dossier_preferences_window_new (GSettings *settings);

G_END_DECLS
