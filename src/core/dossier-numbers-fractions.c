/* dossier-numbers-fractions.c — fractions in words and Chinese numerals
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fractions continue a number the other readers have already read: "two"
 * becomes "two thirds", "five billion" becomes "five billion and three
 * quarters", 三 becomes 三分之一. Each reader only looks at the few tokens
 * after the end of that number, so the scan stays linear.
 */
#include "dossier-numbers-private.h"

#include <math.h>
#include <string.h>

static gboolean
is_word (const DossierTokens *tokens, guint i)
{
  return is_type (tokens, i, DOSSIER_TOKEN_WORD);
}

/* A singular denominator (third, fifth, quart, tiers, cinquième) agrees with
 * one; a plural (thirds, quarts) with any count. */
static gboolean
denom_is_plural (const DossierTokens *tokens, guint i)
{
  const DossierToken *t = TOK (i);
  return tokens->text[t->b1 - 1] == 's' || tokens->text[t->b1 - 1] == 'S';
}

/* The token after @last that a fraction word may start at: after blanks,
 * or right after a hyphen (two-thirds). G_MAXUINT when none. */
static guint
after_number (const DossierTokens *tokens, guint last)
{
  guint k = last + 1;

  if (is_punct (tokens, k, '-') && adjacent (tokens, last, k) && k + 1 < tokens->n && adjacent (tokens, k, k + 1))
    return k + 1;
  if (!inline_space (tokens, k))
    return G_MAXUINT;
  return _dossier_number_skip_space (tokens, k);
}

/* A scale word (thousand, million, milliard) at @k worth multiplying a
 * fraction by: "three quarters billion", "two and a half million". */
static double
scale_at (const DossierTokens *tokens, const DossierLexicon *lexicon, guint k)
{
  if (k < tokens->n && is_word (tokens, k) && LEX (k)->num_kind == 3 && LEX (k)->num > 12)
    return LEX (k)->num;
  return 0;
}

/* "quarter" is also three months: in English it is a fraction only in a
 * mixed number or before "of" or a scale word (three quarters of the
 * chips, five billion and three quarters, three quarters billion). */
static gboolean
quarter_is_fraction (const DossierTokens *tokens, const DossierLexicon *lexicon, guint d, gboolean french,
                     gboolean mixed)
{
  guint k;

  if (french || mixed || !(LEX (d)->dunit == DOSSIER_DUNIT_QUARTER))
    return TRUE;
  k = after_number (tokens, d);
  return k < tokens->n && is_word (tokens, k) && (scale_at (tokens, lexicon, k) > 0 || (LEX (k)->flags & DOSSIER_LEX_OF));
}

/* A fraction after "and", "et": "a half", "half", "demi", "a quarter",
 * "two thirds", "trois quarts". Its value in *f, its last token in *last. */
static gboolean
read_and_fraction (const DossierTokens *tokens, const DossierLexicon *lexicon, guint k, gboolean french,
                   double *f, guint *last)
{
  guint d;
  double count;

  if (!is_word (tokens, k))
    return FALSE;
  if (LEX (k)->flags & DOSSIER_LEX_HALF)
    {
      *f = 0.5;
      *last = k;
      return TRUE;
    }
  if (LEX (k)->num_kind == 1 && LEX (k)->num >= 1 && LEX (k)->num < 100)
    count = LEX (k)->num;
  else if (LEX (k)->flags & DOSSIER_LEX_A)
    count = 1;   /* a quarter, a third */
  else
    return FALSE;
  d = after_number (tokens, k);
  if (d >= tokens->n || !is_word (tokens, d) || LEX (d)->denom == 0)
    return FALSE;
  if (count != 1 && !denom_is_plural (tokens, d))
    return FALSE;
  if (count >= LEX (d)->denom)
    return FALSE;
  if (!quarter_is_fraction (tokens, lexicon, d, french, TRUE))
    return FALSE;
  *f = count / LEX (d)->denom;
  *last = d;
  return TRUE;
}

gboolean
_dossier_number_word_fraction (const DossierTokens   *tokens,
                               const DossierLexicon  *lexicon,
                               gboolean               french,
                               const DossierWordsEnd *w,
                               double                *value,
                               guint                 *last,
                               DossierNumberFlags    *flags)
{
  guint k = after_number (tokens, w->last);
  double f, s2;
  guint end;

  if (k >= tokens->n || !is_word (tokens, k))
    return FALSE;
  /* digits take only a fraction of their scale word: 3 million and a
   * half, $5 billion and three quarters */
  if (w->digits && !((LEX (k)->flags & DOSSIER_LEX_AND) && w->last_kind == 3) &&
      !(LEX (k)->denom > 0 && w->and_at > 0 && w->and_scale > 0))
    return FALSE;

  /* a denominator right after the count: two thirds, a hundred thousand
   * trillionths, two hundred and fifty-four hundredths (200.54), one
   * hundred thirty fifths (100 / 35: "thirty fifth" is one ordinal) */
  if (LEX (k)->denom > 0)
    {
      double denom = LEX (k)->denom;
      double count = w->total + w->cur, base = 0, of_scale = 1;

      if (w->small_first == w->last && w->small_value >= 20 && w->small_value <= 90 &&
          fmod (w->small_value, 10) == 0 && denom < 10)
        {
          denom += w->small_value;
          count -= w->small_value;
          if (count <= 0)
            return FALSE;   /* twenty fifth: an ordinal */
        }
      else if (w->and_at > 0)
        {
          base = w->and_base;
          count -= base;
          if (w->and_scale > 0)
            of_scale = w->and_scale;
        }
      if (count != 1 && !denom_is_plural (tokens, k) && !(french && LEX (k)->denom == 3))
        return FALSE;
      /* "une troisième" is a third one; "un cinquième" a fifth */
      if (french && !denom_is_plural (tokens, k) && LEX (k)->denom != 3 &&
          TOK (w->last)->kw != dossier_lexicon_word (lexicon, DOSSIER_WORD_UN))
        return FALSE;
      if (!quarter_is_fraction (tokens, lexicon, k, french, base > 0))
        return FALSE;
      f = count / denom;
      end = k;
      s2 = scale_at (tokens, lexicon, after_number (tokens, k));
      if (s2 > 0 && (base == 0 || of_scale > 1))
        {
          of_scale = s2;
          end = after_number (tokens, k);
          *flags |= DOSSIER_NUMBER_SCALE;
        }
      *value = base + f * of_scale;
      *last = end;
      *flags |= DOSSIER_NUMBER_DECIMAL;
      return TRUE;
    }

  /* a mixed number: one hundred and three and two thirds, five billion and
   * three quarters, un milliard et demi million, two and a half million */
  if (LEX (k)->flags & DOSSIER_LEX_AND)
    {
      guint a = _dossier_number_skip_space (tokens, k + 1);
      double whole = w->total + w->cur;

      if (a == k + 1 || !read_and_fraction (tokens, lexicon, a, french, &f, &end))
        return FALSE;
      s2 = scale_at (tokens, lexicon, after_number (tokens, end));
      if (s2 > 0 && w->last_kind == 3 && s2 < w->last_scale)
        {
          *value = whole + f * s2;   /* one billion and a half million */
          end = after_number (tokens, end);
        }
      else if (s2 > 0 && w->last_kind != 3 && w->total == 0)
        {
          *value = (whole + f) * s2;   /* two and a half million */
          end = after_number (tokens, end);
          *flags |= DOSSIER_NUMBER_SCALE;
        }
      else if (w->last_kind == 3)
        *value = whole + f * w->last_scale;   /* un million et demi */
      else
        *value = whole + f;
      *last = end;
      *flags |= DOSSIER_NUMBER_DECIMAL;
      return TRUE;
    }
  return FALSE;
}

/* Chinese fractions after the number read at @n: 三分之一, 二十五分之一百四十四,
 * 十一又十四分之一, 壹百萬又五十萬分之二十五. Digits work too: 3分之1. */
gboolean
_dossier_number_cjk_fraction (const DossierTokens *tokens,
                              gboolean             french,
                              DossierNumber       *n)
{
  guint k = n->last + 1;
  double whole = 0, denom;
  DossierNumber over, num;

  if (n->flags & DOSSIER_NUMBER_APPROX)
    return FALSE;
  if (is_type (tokens, k, DOSSIER_TOKEN_CJK) && TOK (k)->ch == 0x53C8)   /* 又 */
    {
      /* a whole part, then the fraction */
      memset (&over, 0, sizeof over);
      if (!(_dossier_number_is_cjk_numeral (tokens, k + 1) || is_type (tokens, k + 1, DOSSIER_TOKEN_DIGITS)) ||
          !_dossier_number_read_cjk (tokens, k + 1, french, &over) || (over.flags & DOSSIER_NUMBER_APPROX))
        return FALSE;
      whole = n->value;
      denom = over.value;
      k = over.last + 1;
    }
  else
    denom = n->value;
  /* 分之 */
  if (!(is_type (tokens, k, DOSSIER_TOKEN_CJK) && TOK (k)->ch == 0x5206 && is_type (tokens, k + 1, DOSSIER_TOKEN_CJK) &&
        TOK (k + 1)->ch == 0x4E4B))
    return FALSE;
  k += 2;
  memset (&num, 0, sizeof num);
  if (!(_dossier_number_is_cjk_numeral (tokens, k) || is_type (tokens, k, DOSSIER_TOKEN_DIGITS)) ||
      !_dossier_number_read_cjk (tokens, k, french, &num) || (num.flags & DOSSIER_NUMBER_APPROX) || denom == 0)
    return FALSE;
  n->value = n->min = n->max = whole + num.value / denom;
  n->last = num.last;
  n->flags = (n->flags | num.flags | DOSSIER_NUMBER_DECIMAL) & ~(DOSSIER_NUMBER_SEQUENCE | DOSSIER_NUMBER_PLAIN);
  return TRUE;
}
