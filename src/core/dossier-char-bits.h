/* dossier-char-bits.h — a set of code points kept as bits
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scans ask at every character of a text whether something (a figure,
 * a date) can start there. A set answers for a range of code points from
 * one bit, computed once by a slower test; outside the range it answers
 * no, and callers that need more ask their test there.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef gboolean (*DossierCharTest) (gunichar c);

typedef struct
{
  gunichar         first;
  gunichar         end;     /* exclusive */
  DossierCharTest  test;
  gsize            ready;
  guint64         *bits;
} DossierCharBits;

#define DOSSIER_CHAR_BITS_INIT(first, end, test) { (first), (end), (test), 0, NULL }

/* Fills the bits, once, whatever the thread. */
void dossier_char_bits_build (DossierCharBits *set);

static inline gboolean
dossier_char_bits_has (DossierCharBits *set,
                       gunichar         c)
{
  guint k = c - set->first;

  if (k >= set->end - set->first)
    return FALSE;
  if (G_UNLIKELY (!g_atomic_pointer_get (&set->ready)))
    dossier_char_bits_build (set);
  return (set->bits[k / 64] >> (k % 64)) & 1;
}

G_END_DECLS
