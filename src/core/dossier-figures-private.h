/* dossier-figures-private.h — shared by the figure readers
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "dossier-figures.h"
#include "dossier-numbers.h"

G_BEGIN_DECLS

#define TOK(i) (&tokens->tok[(i)])
#define LEX(i) dossier_lexicon_entry (lexicon, tokens->tok[(i)].kw)

typedef enum
{
  SUF_CURRENCY,
  SUF_UNIT,
  SUF_CLASSIFIER,   /* 颗, 枚: counts things; the noun may follow */
  SUF_NOUN,         /* a counted noun right after the number: 人 */
  SUF_PERCENT_POINT,
  SUF_CHENG,        /* 成: tenths */
  SUF_ZHE,          /* 折: discount, tenths paid */
  SUF_NOT_FIGURE,   /* 年, 月, 岁…: dates and ages, handled elsewhere or left alone */
} SuffixKind;

typedef struct
{
  const char *text;
  SuffixKind  kind;
  const char *code;   /* ISO currency, unit name or item */
} CjkWord;

static inline gboolean
is_type (const DossierTokens *tokens, guint i, DossierTokenType type)
{
  return i < tokens->n && tokens->tok[i].type == type;
}

static inline gboolean
is_punct (const DossierTokens *tokens, guint i, gunichar ch)
{
  return i < tokens->n && tokens->tok[i].type == DOSSIER_TOKEN_PUNCT && tokens->tok[i].ch == ch;
}

static inline gboolean
inline_space (const DossierTokens *tokens, guint i)
{
  return i < tokens->n && tokens->tok[i].type == DOSSIER_TOKEN_SPACE &&
         !(tokens->tok[i].flags & DOSSIER_TOKEN_FLAG_NEWLINE) && tokens->tok[i].c1 - tokens->tok[i].c0 <= 3;
}

static inline guint
skip_space (const DossierTokens *tokens, guint j)
{
  while (inline_space (tokens, j))
    j++;
  return j;
}

/* Whether word token @i folds to @folded (ASCII). */
static inline gboolean
word_is (const DossierTokens *tokens, guint i, const char *folded)
{
  char buf[32];
  guchar c;

  if (!is_type (tokens, i, DOSSIER_TOKEN_WORD))
    return FALSE;
  /* each letter folds to one letter, and an ASCII one to its lower case:
   * the length and an ASCII first letter settle most words unfolded */
  if (tokens->tok[i].c1 - tokens->tok[i].c0 != strlen (folded))
    return FALSE;
  c = (guchar) tokens->text[tokens->tok[i].b0];
  if (c < 0x80 && (c | 0x20) != (guchar) folded[0])
    return FALSE;
  if (dossier_tokens_fold (tokens, i, buf, sizeof buf) == 0)
    return FALSE;
  return strcmp (buf, folded) == 0;
}

static inline gboolean
adjacent_tokens (const DossierTokens *tokens, guint a, guint b)
{
  return tokens->tok[a].b1 == tokens->tok[b].b0;
}

/* What follows a number: the token after it, the first one past the
 * blanks, and the Chinese suffix that starts there (美元, 年, 颗…), looked
 * up once for all the readers of what follows. */
typedef struct
{
  guint          after;
  guint          j;             /* skip_space (after) */
  const CjkWord *suffix;        /* or NULL */
  int            suffix_last;   /* its last token */
} FigureNext;

extern const CjkWord _dossier_figures_cjk_suffixes[];
extern const gsize   _dossier_figures_n_cjk_suffixes;

int             _dossier_figures_match_cjk        (const DossierTokens *tokens, guint i, const char *s);
const CjkWord  *_dossier_figures_suffix_at        (const DossierTokens *tokens, guint i, int *last);
void            _dossier_figures_next             (const DossierTokens *tokens, guint after, FigureNext *next);
gboolean        _dossier_figures_currency_sign    (const DossierTokens *tokens, guint i, const char **iso);
gboolean        _dossier_figures_currency_before  (const DossierTokens *tokens, const DossierLexicon *lexicon,
                                                   guint first, guint *start, const char **iso);
int             _dossier_figures_currency_after   (const DossierTokens *tokens, const DossierLexicon *lexicon,
                                                   const FigureNext *next, const char **iso, double *factor,
                                                   gboolean *is_unit_too);
int             _dossier_figures_unit_after       (const DossierTokens *tokens, const DossierLexicon *lexicon,
                                                   const FigureNext *next, const char **unit);
int             _dossier_figures_item_after       (const DossierTokens *tokens, const DossierLexicon *lexicon,
                                                   const FigureNext *next, const char **item);
int             _dossier_figures_percent_after    (const DossierTokens *tokens, const DossierLexicon *lexicon,
                                                   const FigureNext *next);
int             _dossier_figures_per_unit_after   (const DossierTokens *tokens, const DossierLexicon *lexicon,
                                                   guint after, const char **per);
gboolean        _dossier_figures_followed_by_date_word (const DossierTokens *tokens, const DossierLexicon *lexicon,
                                                        const FigureNext *next);
/* Whether a figure can start at Chinese character @c: what
 * dossier_number_can_start() says of it, and 对 半 (对折, 半成). */
gboolean        _dossier_figures_cjk_may_start    (gunichar c);

G_END_DECLS
