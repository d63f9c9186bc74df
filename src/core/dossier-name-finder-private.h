/* dossier-name-finder-private.h
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-name-finder.h"

G_BEGIN_DECLS

/* Appends the Chinese candidates (DossierNameCandidate) to out. */
void _dossier_name_finder_find_zh (const DossierNormalized *doc,
                                   GArray                  *out);

G_END_DECLS
