/* dossier-linker-private.h — the linker on folded text
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-catalog.h"

G_BEGIN_DECLS

/* context: indices of the entities the same text names. */
const DossierEntity *_dossier_linker_suggest_folded (DossierCatalog  *catalog,
                                                     const gunichar  *folded,
                                                     guint            len,
                                                     DossierSpanKind  kind,
                                                     const guint     *context,
                                                     guint            n_context,
                                                     double          *confidence);

G_END_DECLS
