/* dossier-text-fold.c — case folding that copies what does not change
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dossier-text-fold.h"

#include <string.h>

/* Characters whose case folding is themselves: most of what news text is
 * made of outside ASCII (CJK, kana, Hangul, punctuation, lower-case
 * accented Latin and Cyrillic). tests/test-importer-fast-paths.c checks
 * every one of them against g_utf8_casefold(). */
gboolean
_dossier_text_casefold_is_identity (gunichar c)
{
  if (c < 0x80)
    return !g_ascii_isupper (c);
  return (c < 0xB5) || (c > 0xB5 && c < 0xC0) || (c >= 0xE0 && c < 0x100) ||
         (c >= 0x430 && c < 0x460) || (c >= 0x600 && c < 0x700) ||
         (c >= 0x2000 && c < 0x2070) || (c >= 0x2E80 && c < 0xA000) || (c >= 0xAC00 && c < 0xD7A4) ||
         (c >= 0xF900 && c < 0xFB00) || (c >= 0xFF00 && c < 0xFF21) || (c >= 0xFF3B && c < 0xFF41) ||
         (c >= 0xFF5B && c < 0xFFF0);
}

char *
dossier_text_casefold (const char *text)
{
  char *folded;
  char *p;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  /* In place while every character keeps its length. */
  folded = g_strdup (text);
  for (p = folded; *p != '\0'; )
    {
      if ((guchar) *p < 0x80)
        {
          *p = g_ascii_tolower (*p);
          p++;
        }
      else if (_dossier_text_casefold_is_identity (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      else
        break;
    }
  if (*p == '\0')
    return folded;

  out = g_string_new_len (folded, p - folded);
  for (const char *q = text + (p - folded); *q != '\0'; )
    {
      const char *next = g_utf8_next_char (q);

      if ((guchar) *q < 0x80)
        g_string_append_c (out, g_ascii_tolower (*q));
      else if (_dossier_text_casefold_is_identity (g_utf8_get_char (q)))
        g_string_append_len (out, q, next - q);
      else
        {
          /* Case folding maps each character on its own. */
          g_autofree char *one = g_utf8_casefold (q, next - q);

          g_string_append (out, one);
        }
      q = next;
    }
  g_free (folded);
  return g_string_free (out, FALSE);
}
