/* dossier-numbers.h — numbers written with digits, words or Chinese numerals
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dossier-lexicon.h"
#include "dossier-tokens.h"

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_NUMBER_APPROX    = 1 << 0,  /* min/max hold a range: 数十万, hundreds of thousands */
  DOSSIER_NUMBER_SCALE     = 1 << 1,  /* holds a scale word: 万, million, milliards… */
  DOSSIER_NUMBER_WORDS     = 1 << 2,  /* holds English or French number words */
  DOSSIER_NUMBER_CJK       = 1 << 3,  /* holds Chinese numerals */
  DOSSIER_NUMBER_DIGITS    = 1 << 4,  /* holds Arabic digits */
  DOSSIER_NUMBER_GROUPED   = 1 << 5,  /* digits with thousands separators: 18,000 / 500 000 */
  DOSSIER_NUMBER_DECIMAL   = 1 << 6,  /* has a decimal part */
  DOSSIER_NUMBER_NEGATIVE  = 1 << 7,
  DOSSIER_NUMBER_PLAIN     = 1 << 8,  /* exactly one run of digits, nothing else */
  DOSSIER_NUMBER_SEQUENCE  = 1 << 9,  /* Chinese digits read one by one: 二零一六 */
  DOSSIER_NUMBER_GLUED     = 1 << 10, /* digits touching letters: G42, A320 */
} DossierNumberFlags;

typedef struct
{
  guint              first;   /* first token */
  guint              last;    /* last token, inclusive */
  double             value;   /* exact value, or the lower bound when APPROX */
  double             min;
  double             max;
  DossierNumberFlags flags;
  guint              digits;  /* PLAIN: number of digits */
} DossierNumber;

/* Reads the longest number starting at token @i. Returns FALSE when no
 * number starts there. */
gboolean dossier_number_parse        (const DossierTokens   *tokens,
                                      const DossierLexicon  *lexicon,
                                      guint                  i,
                                      const char            *lang,
                                      DossierNumber         *number);

/* Whether token @i can start a number (cheap test before parsing). */
gboolean dossier_number_can_start    (const DossierTokens   *tokens,
                                      const DossierLexicon  *lexicon,
                                      guint                  i);

/* Parses all of @text as one number ("1,5 million", "4.78万亿"). Returns
 * FALSE unless the whole text (trimmed) is one number. */
gboolean dossier_number_parse_string (const char            *text,
                                      const char            *lang,
                                      DossierNumber         *number);

/* The value of Chinese numeral digit @c (零〇一…九, 两, 壹…玖), or −1. */
int      dossier_cjk_digit           (gunichar               c);

/* The multiplier of Chinese unit @c (十 10, 百 100, 千 1000, 万 1e4,
 * 亿 1e8, with traditional and financial forms), or 0. */
double   dossier_cjk_unit            (gunichar               c);

/* Whether @c is a Chinese digit (dossier_cjk_digit() ≥ 0) or a unit
 * (dossier_cjk_unit() > 0): a bit test, for scanners that ask at every
 * character. */
gboolean dossier_cjk_is_digit        (gunichar               c);
gboolean dossier_cjk_is_numeral      (gunichar               c);

/* Whether a number may start at a word, by keyword id of @lexicon (what
 * dossier_number_can_start() says of a word), computed once per lexicon
 * for scanners that ask at every word; *n_ids is the number of ids. */
const guint8 *_dossier_number_word_starts (const DossierLexicon *lexicon,
                                           guint                *n_ids);

/* Keyword lookup for dossier_tokens_init() with a DossierLexicon (the
 * word zero-padded, as dossier_tokens_init() passes it). */
guint16  dossier_lexicon_token_lookup (gconstpointer         lexicon,
                                       const char           *folded,
                                       gsize                 length);

G_END_DECLS
