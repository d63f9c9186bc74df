/* dossier-language.h — language identification of article text
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The main language of @text as a BCP 47 primary tag (zh, en, fr, de, es,
 * ar, ru, ja, ko, pt), or "und" when it cannot be told. Paragraphs (split on
 * blank lines) are identified one by one and the language covering most
 * letters wins, so a Chinese article quoting English stays "zh". The returned
 * string is static. */
const char *dossier_language_detect           (const char *text);

/* Same for one paragraph, without the per-paragraph vote. */
const char *dossier_language_detect_paragraph (const char *text,
                                               gssize      length);

/* For the tests: turns off the ASCII fast paths (the answers must not
 * change). */
void        _dossier_language_set_shortcuts   (gboolean    enabled);

G_END_DECLS
