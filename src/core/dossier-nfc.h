/* dossier-nfc.h — Unicode NFC that copies text already in NFC
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* g_utf8_normalize (@text, @length, G_NORMALIZE_NFC), with the same result
 * for any input, without decomposing and recomposing valid UTF-8 made only
 * of characters stable under NFC (nearly all news text). */
char     *dossier_nfc                (const char *text,
                                      gssize      length);

/* The same, keeping the text as it is where g_utf8_normalize() gives
 * NULL. */
char     *dossier_nfc_or_copy        (const char *text);

/* Appends the NFC form of the valid UTF-8 @text to @out. Nothing composes
 * across a line break, so a long text can go paragraph by paragraph. */
void      dossier_nfc_append         (GString    *out,
                                      const char *text,
                                      gssize      length);

/* Whether @c never changes, never combines with what precedes it and has
 * combining class 0 (NFC_Quick_Check = Yes, and no reordering). */
gboolean  dossier_nfc_char_is_stable (gunichar    c);

G_END_DECLS
