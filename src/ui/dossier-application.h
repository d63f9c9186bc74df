/* dossier-application.h
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DOSSIER_TYPE_APPLICATION (dossier_application_get_type ())

G_DECLARE_FINAL_TYPE (DossierApplication, dossier_application, DOSSIER, APPLICATION, AdwApplication)

DossierApplication *dossier_application_new          (void);
GSettings          *dossier_application_get_settings (DossierApplication *self);
const char         *dossier_application_get_library_dir (DossierApplication *self);
void                dossier_application_set_library_dir (DossierApplication *self,
                                                         const char         *dir);

G_END_DECLS
