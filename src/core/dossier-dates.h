/* dossier-dates.h — absolute, partial and relative dates
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

/* Appends date spans found in @tokens to @spans. @ref: the date relative
 * expressions resolve against (NULL or invalid: they are found but get no
 * iso). iso is YYYY, YYYY-MM, YYYY-MM-DD, or A/B for a week or a range. */
void       dossier_dates_scan (const DossierTokens  *tokens,
                               const DossierLexicon *lexicon,
                               const char           *lang,
                               const GDate          *ref,
                               GPtrArray            *spans);

/* Convenience for tests: the dates of valid UTF-8 @text, sorted. */
GPtrArray *dossier_dates_find (const char           *text,
                               const char           *lang,
                               const char           *ref_date);

/* Parses YYYY-MM-DD into @date. */
gboolean   dossier_date_parse_iso (const char       *text,
                                   GDate            *date);

G_END_DECLS
