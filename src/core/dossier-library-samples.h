/* dossier-library-samples.h — the bundled sample articles
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-library.h"

G_BEGIN_DECLS

/* Imports the bundled sample articles (English, French, Chinese) through
 * the importer and the analyzer. Samples already present are skipped as
 * duplicates. Returns the number of articles added, or -1 on error. */
int      dossier_library_add_samples (DossierLibrary  *library,
                                      GError         **error);

G_END_DECLS
