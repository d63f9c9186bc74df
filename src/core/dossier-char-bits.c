/* dossier-char-bits.c
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-char-bits.h"

void
dossier_char_bits_build (DossierCharBits *set)
{
  if (g_once_init_enter (&set->ready))
    {
      guint64 *bits = g_new0 (guint64, (set->end - set->first + 63) / 64);

      for (gunichar c = set->first; c < set->end; c++)
        if (set->test (c))
          bits[(c - set->first) / 64] |= G_GUINT64_CONSTANT (1) << ((c - set->first) % 64);
      /* kept for the life of the process, like the tables it replaces */
      set->bits = bits;
      g_once_init_leave (&set->ready, 1);
    }
}
