/* dossier-window.h
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dossier-application.h"
#include "dossier-library.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_WINDOW (dossier_window_get_type ())

G_DECLARE_FINAL_TYPE (DossierWindow, dossier_window, DOSSIER, WINDOW, AdwApplicationWindow)

DossierWindow  *dossier_window_new          (DossierApplication *application);
/* Imports files on a worker thread, with progress in the window. */
void            dossier_window_import_files (DossierWindow      *self,
                                             GFile             **files,
                                             int                 n_files);
DossierLibrary *dossier_window_get_library  (DossierWindow      *self);
/* TRUE while an import runs (tests wait on it). */
gboolean        dossier_window_is_importing (DossierWindow      *self);
/* Opens an article of the library in the reading view. */
void            dossier_window_open_article (DossierWindow      *self,
                                             gint64              article_id);

G_END_DECLS
