/* dossier-charset.h — find the encoding of imported bytes and convert them
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Converts @data to UTF-8. The encoding is, in order: a byte-order mark,
 * @charset (nullable; like an HTTP Content-Type charset), an HTML
 * <meta charset> or http-equiv declaration in the first bytes, then
 * detection (valid UTF-8, UTF-16 without BOM, GB18030, Big5,
 * windows-1252). Bytes that cannot be decoded become U+FFFD and are counted
 * in @n_replaced. @used_charset (nullable) receives the encoding used.
 * Fails only for an unknown @charset name. */
char *dossier_charset_to_utf8 (const guint8  *data,
                               gsize          length,
                               const char    *charset,
                               char         **used_charset,
                               guint         *n_replaced,
                               GError       **error);

/* The charset declared by an HTML <meta> in the first bytes of @data, or
 * NULL. */
char *dossier_charset_sniff_meta (const guint8 *data,
                                  gsize         length);

/* Converts with iconv, replacing undecodable bytes by U+FFFD. Returns NULL
 * when @from_charset is unknown. */
char *dossier_charset_convert (const guint8 *data,
                               gsize         length,
                               const char   *from_charset,
                               guint        *n_replaced);

/* The length of the longest valid UTF-8 prefix of @data, as
 * g_utf8_validate (@data, @length, &end) gives it (a NUL byte ends it too),
 * with ASCII checked eight bytes at a time. */
gsize dossier_charset_utf8_valid_length (const guint8 *data,
                                         gsize         length);

G_END_DECLS
