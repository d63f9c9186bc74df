/* dossier-numbers-private.h — shared by the number readers
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-numbers.h"

G_BEGIN_DECLS

#define TOK(i) (&tokens->tok[(i)])
#define LEX(i) dossier_lexicon_entry (lexicon, tokens->tok[(i)].kw)

static inline gboolean
is_punct (const DossierTokens *tokens, guint i, gunichar ch)
{
  return i < tokens->n && tokens->tok[i].type == DOSSIER_TOKEN_PUNCT && tokens->tok[i].ch == ch;
}

static inline gboolean
is_type (const DossierTokens *tokens, guint i, DossierTokenType type)
{
  return i < tokens->n && tokens->tok[i].type == type;
}

static inline gboolean
inline_space (const DossierTokens *tokens, guint i)
{
  return i < tokens->n && tokens->tok[i].type == DOSSIER_TOKEN_SPACE &&
         !(tokens->tok[i].flags & DOSSIER_TOKEN_FLAG_NEWLINE);
}

static inline gboolean
adjacent (const DossierTokens *tokens, guint a, guint b)
{
  return tokens->tok[a].b1 == tokens->tok[b].b0;
}

double   _dossier_number_digits_value   (const DossierTokens *tokens, guint i);
/* Digits with local separators: 18,000 / 500 000 / 1,5 (French). */
double   _dossier_number_read_digits    (const DossierTokens *tokens, guint i, gboolean french, guint *last,
                                         DossierNumberFlags *flags);
gboolean _dossier_number_is_cjk_numeral (const DossierTokens *tokens, guint i);
guint    _dossier_number_skip_space     (const DossierTokens *tokens, guint j);
gboolean _dossier_number_starts_word    (const DossierTokens *tokens, const DossierLexicon *lexicon, guint j);
/* Chinese numerals, possibly mixed with digits: 一百零一万, 1.8万, 数十万. */
gboolean _dossier_number_read_cjk       (const DossierTokens *tokens, guint i, gboolean french, DossierNumber *out);

/* Where the word reader stopped, for a fraction that may follow. */
typedef struct
{
  double total, cur;       /* the value read: scaled groups, and the group below the last scale */
  int    last_kind;        /* 1 small, 2 hundred, 3 scale, 4 digits */
  double last_scale;
  guint  last;             /* last token read */
  guint  and_at;           /* "and" that joined the last group (two million and three), or 0 */
  double and_base;         /* the value before it */
  double and_scale;        /* the scale word right before it, or 0 */
  guint  small_first;      /* first token of the last small compound (thirty, thirty-two) */
  double small_value;
  gboolean digits;         /* the count holds digits: 3 million, 1.5 million */
} DossierWordsEnd;

/* two thirds, one hundred and three and two thirds, five billion and three
 * quarters, un million et demi, two and a half million: sets *value, *last. */
gboolean _dossier_number_word_fraction  (const DossierTokens *tokens, const DossierLexicon *lexicon, gboolean french,
                                         const DossierWordsEnd *w, double *value, guint *last,
                                         DossierNumberFlags *flags);
/* 三分之一, 十一又十四分之一 after the number @n. */
gboolean _dossier_number_cjk_fraction   (const DossierTokens *tokens, gboolean french, DossierNumber *n);

/* English and French number words, possibly after digits. */
gboolean _dossier_number_read_words     (const DossierTokens *tokens, const DossierLexicon *lexicon, guint i,
                                         gboolean french, DossierNumber *out);

G_END_DECLS
