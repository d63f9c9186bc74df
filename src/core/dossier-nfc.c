/* dossier-nfc.c — Unicode NFC that copies text already in NFC
 *
 * g_utf8_normalize() converts the whole text to UCS-4, decomposes,
 * reorders and recomposes it: for a 50 MB page that is four times its size
 * in memory and most of the time spent on it. Text made only of characters
 * that NFC leaves alone is its own NFC form and is copied instead.
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dossier-nfc.h"

#include <string.h>

#include "dossier-charset.h"

/* Latin up to the combining marks, Cyrillic letters, general punctuation,
 * CJK, kana and Hangul syllables. tests/test-importer-fast-paths.c checks
 * every one of them against GLib's normalisation data. */
gboolean
dossier_nfc_char_is_stable (gunichar c)
{
  return c < 0x300 || (c >= 0x400 && c < 0x483) || (c >= 0x2010 && c < 0x2070) ||
         (c >= 0x3000 && c < 0x302A) || (c >= 0x3030 && c < 0x3099) || (c >= 0x309B && c < 0x3100) ||
         (c >= 0x3400 && c < 0x4DC0) || (c >= 0x4E00 && c < 0xA000) || (c >= 0xAC00 && c < 0xD7A4) ||
         (c >= 0xFF01 && c < 0xFFEF);
}

/* Whether the valid UTF-8 @text is made only of stable characters. */
static gboolean
is_stable_text (const char *text,
                const char *end)
{
  for (const char *p = text; p < end; )
    {
      if ((guchar) *p < 0x80)
        {
          p++;
          continue;
        }
      if (!dossier_nfc_char_is_stable (g_utf8_get_char (p)))
        return FALSE;
      p = g_utf8_next_char (p);
    }
  return TRUE;
}

char *
dossier_nfc (const char *text,
             gssize      length)
{
  gsize bytes;

  g_return_val_if_fail (text != NULL, NULL);

  bytes = length < 0 ? strlen (text) : strnlen (text, length);
  /* Only valid UTF-8 is scanned (which also keeps the scan inside the
   * text); anything else gets whatever g_utf8_normalize() makes of it. */
  if (dossier_charset_utf8_valid_length ((const guint8 *) text, bytes) == bytes &&
      is_stable_text (text, text + bytes))
    return g_strndup (text, bytes);
  return g_utf8_normalize (text, bytes, G_NORMALIZE_NFC);
}

char *
dossier_nfc_or_copy (const char *text)
{
  char *normalised = dossier_nfc (text, -1);

  return normalised != NULL ? normalised : g_strdup (text);
}

void
dossier_nfc_append (GString    *out,
                    const char *text,
                    gssize      length)
{
  const char *end = length < 0 ? text + strlen (text) : text + length;

  if (!is_stable_text (text, end))
    {
      g_autofree char *normalised = g_utf8_normalize (text, end - text, G_NORMALIZE_NFC);

      /* NULL only for invalid UTF-8, which is then kept as it is. */
      if (normalised != NULL)
        {
          g_string_append (out, normalised);
          return;
        }
    }
  g_string_append_len (out, text, end - text);
}
