/* dossier-figures.h — money, percentages, quantities and large numbers
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dossier-lexicon.h"
#include "dossier-span.h"
#include "dossier-tokens.h"

G_BEGIN_DECLS

/* Appends money, percent, quantity and number spans found in @tokens to
 * @spans (DossierSpan*, not sorted, may overlap dates). */
void       dossier_figures_scan (const DossierTokens  *tokens,
                                 const DossierLexicon *lexicon,
                                 const char           *lang,
                                 GPtrArray            *spans);

/* Convenience for tests: the figures of valid UTF-8 @text, sorted. */
GPtrArray *dossier_figures_find (const char           *text,
                                 const char           *lang);

G_END_DECLS
