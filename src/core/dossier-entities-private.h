/* dossier-entities-private.h
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-entities.h"

G_BEGIN_DECLS

/* dossier_entities_find() for @len bytes of @text that the caller has
 * already checked: valid UTF-8 without NUL. */
GPtrArray *_dossier_entities_find_valid (DossierCatalog *catalog,
                                         const char     *text,
                                         gsize           len,
                                         const char     *lang);

G_END_DECLS
