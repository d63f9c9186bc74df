/* dossier-text-fold.h — case folding that copies what does not change
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* g_utf8_casefold (@text, -1), copying the characters that fold to
 * themselves instead of looking each one up. */
char    *dossier_text_casefold              (const char *text);

/* Whether @c folds to itself by the fast path's tables (for the tests). */
gboolean _dossier_text_casefold_is_identity (gunichar    c);

G_END_DECLS
