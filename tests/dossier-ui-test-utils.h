/* dossier-ui-test-utils.h — helpers for tests that drive real windows
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dossier-application.h"
#include "dossier-window.h"

G_BEGIN_DECLS

/* Runs what is pending in the main context, without blocking. */
void                dossier_ui_test_iterate          (void);
/* Initialises GTK and libadwaita for a test program. */
void                dossier_ui_test_init             (int          *argc,
                                                      char       ***argv);
/* A non-unique application on the library in @library_dir, registered,
 * as `dossier --library DIR` makes it. */
DossierApplication *dossier_ui_test_application_new  (const char    *library_dir);
/* The application's window, activating it first. */
DossierWindow      *dossier_ui_test_main_window      (DossierApplication *app);
/* Imports @paths through the window and waits (at most a minute) until
 * the import is over. */
void                dossier_ui_test_import_paths     (DossierWindow      *window,
                                                      const char * const *paths);
void                dossier_ui_test_wait_for_import  (DossierWindow      *window);
/* The first mapped widget of @type under @root whose button label is
 * @label (any widget of the type when @label is NULL). */
GtkWidget          *dossier_ui_test_find_widget      (GtkWidget          *root,
                                                      GType               type,
                                                      const char         *label);

G_END_DECLS
