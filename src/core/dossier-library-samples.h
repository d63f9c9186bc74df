/* dossier-library-setup.h — what a library holds before the analyst adds anything
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-library.h"

G_BEGIN_DECLS

/* Loads the built-in entity packs and the reference timeline into a
 * library that does not hold them yet; cheap when it does. */
gboolean dossier_library_prepare     (DossierLibrary  *library,
                                      GError         **error);

/* Imports the bundled sample articles (English, French, Chinese) through
 * the importer and the analyzer. Samples already present are skipped as
 * duplicates. Returns the number of articles added, or -1 on error. */
int      dossier_library_add_samples (DossierLibrary  *library,
                                      GError         **error);

G_END_DECLS
