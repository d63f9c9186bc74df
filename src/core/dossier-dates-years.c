/* dossier-dates-years.c — years and decades: in 2014, two thousand and
 * fifteen, the 1970s, the nineteen seventies
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-dates-private.h"

#include <string.h>

gboolean
_dossier_dates_read_year_words (const DateScan *s, guint i, int *y, guint *last)
{
  DossierNumber n;
  DossierTokens view;

  if (!IS_WORD (i) || DLEX (s, i)->num_kind == 0)
    return FALSE;
  view = *s->tokens;
  view.n = MIN (view.n, i + 16);
  /* two thousand and fifteen, one thousand seven hundred and eighty nine */
  if (dossier_number_parse (&view, s->lexicon, i, s->lang, &n) && (n.flags & DOSSIER_NUMBER_WORDS) &&
      !(n.flags & (DOSSIER_NUMBER_DIGITS | DOSSIER_NUMBER_APPROX | DOSSIER_NUMBER_DECIMAL)) &&
      n.value >= 1000 && n.value <= 2999 && n.value == (int) n.value)
    {
      *y = (int) n.value;
      *last = n.last;
      return TRUE;
    }
  /* nineteen ninety six: a hundreds pair */
  {
    double hi = DLEX (s, i)->num;
    guint k, l;
    if (DLEX (s, i)->num_kind == 1 && hi > 10 && hi <= 29)
      {
        k = SKIP (i + 1);
        if (k > i + 1 && IS_WORD (k) && DLEX (s, k)->num_kind == 1 && DLEX (s, k)->num >= 10)
          {
            if (dossier_number_parse (&view, s->lexicon, k, s->lang, &n) && n.value >= 10 && n.value <= 99 &&
                !(n.flags & DOSSIER_NUMBER_SCALE))
              {
                l = n.last;
                *y = (int) (hi * 100 + n.value);
                *last = l;
                return TRUE;
              }
          }
      }
    /* dix-neuf soixante-douze */
    if (s->french && hi == 10)
      {
        k = i + 1;
        if (IS_PUNCT (k, '-') || IS_TYPE (k, DOSSIER_TOKEN_SPACE))
          {
            guint u = SKIP (k + (IS_PUNCT (k, '-') ? 1 : 0));
            if (IS_WORD (u) && DLEX (s, u)->num_kind == 1 && DLEX (s, u)->num == 9)
              {
                guint t = SKIP (u + 1);
                if (t > u + 1 && dossier_number_parse (&view, s->lexicon, t, s->lang, &n) && n.value >= 10 &&
                    n.value <= 99 && !(n.flags & (DOSSIER_NUMBER_SCALE | DOSSIER_NUMBER_DIGITS)))
                  {
                    *y = (int) (1900 + n.value);
                    *last = n.last;
                    return TRUE;
                  }
              }
          }
      }
  }
  return FALSE;
}

/* the 1970s, the 70's, the '40s, 1990s */
static gboolean
read_decade (const DateScan *s, guint i, DateHit *hit)
{
  guint k = i, d;
  gboolean the = FALSE;

  if (s->english && IS_WORD (k) && (DLEX (s, k)->flags & DOSSIER_LEX_THE))
    {
      k = SKIP (k + 1);
      the = TRUE;
    }
  if (IS_PUNCT (k, '\'') && the)
    k++;
  if (!IS_DIGITS (k) || (DTOK (s, k)->ch != 4 && DTOK (s, k)->ch != 2) || DTOK (s, k)->num % 10 != 0)
    return FALSE;
  d = k + 1;
  if (IS_PUNCT (d, '\''))
    d++;
  else if (IS_TYPE (d, DOSSIER_TOKEN_SPACE) && (DTOK (s, d)->flags & DOSSIER_TOKEN_FLAG_ONE_SPACE) && DTOK (s, k)->ch == 4)
    d++;
  if (!(IS_WORD (d) && DTOK (s, d)->c1 - DTOK (s, d)->c0 == 1 && (s->tokens->text[DTOK (s, d)->b0] | 0x20) == 's'))
    return FALSE;
  if (IS_WORD (d + 1) || IS_DIGITS (d + 1))
    return FALSE;
  if (DTOK (s, k)->ch == 2 && !the)
    return FALSE;
  hit->first = the ? i : k;
  hit->last = d;
  hit->no_iso = TRUE;
  return TRUE;
}

/* A year after "in", "en", "since", "from"…: "in 2014", "en 1996", and
 * decades: "the 1970s", "1990 s". */
gboolean
_dossier_dates_read_bare_year (const DateScan *s, guint i, DateHit *hit)
{
  int y;
  guint b;

  if (read_decade (s, i, hit))
    return TRUE;

  if (IS_WORD (i))
    {
      guint last;
      b = i;
      while (b > 0 && IS_TYPE (b - 1, DOSSIER_TOKEN_SPACE))
        b--;
      if (b < i && b > 0 && IS_WORD (b - 1) && (DLEX (s, b - 1)->flags & DOSSIER_LEX_YEAR_PREP) &&
          _dossier_dates_read_year_words (s, i, &y, &last))
        {
          hit->first = i;
          hit->last = last;
          hit->y = y;
          hit->prec = DATE_PREC_YEAR;
          return TRUE;
        }
      return FALSE;
    }
  if (!_dossier_dates_read_year4 (s, i, &y))
    return FALSE;
  /* decades: 1990s, 1990 s, 1970's */
  {
    guint d = i + 1;
    if (IS_PUNCT (d, '\''))
      d++;
    else if (IS_TYPE (d, DOSSIER_TOKEN_SPACE) && (DTOK (s, d)->flags & DOSSIER_TOKEN_FLAG_ONE_SPACE))
      d++;
    if (IS_WORD (d) && DTOK (s, d)->c1 - DTOK (s, d)->c0 == 1 && (s->tokens->text[DTOK (s, d)->b0] | 0x20) == 's' &&
        y % 10 == 0 && !(IS_WORD (d + 1) || IS_DIGITS (d + 1)))
      {
        hit->first = i;
        hit->last = d;
        hit->no_iso = TRUE;
        return TRUE;
      }
  }
  if (y > 2199)
    return FALSE;
  b = i;
  while (b > 0 && IS_TYPE (b - 1, DOSSIER_TOKEN_SPACE))
    b--;
  if (b == i || b == 0)
    return FALSE;
  if (!(IS_WORD (b - 1) && (DLEX (s, b - 1)->flags & DOSSIER_LEX_YEAR_PREP)))
    {
      /* "later than 2020", and the first year of "2014 to 2018" */
      guint c = SKIP (i + 1);
      gboolean ok = IS_WORD (b - 1) && DTOK (s, b - 1)->kw == dossier_lexicon_lookup (s->lexicon, "than", 4);
      if (!ok && (IS_PUNCT (c, '-') || (IS_WORD (c) && (DLEX (s, c)->flags & DOSSIER_LEX_RANGE_TO))))
        {
          int y2;
          guint e = SKIP (c + 1);
          ok = _dossier_dates_read_year4 (s, e, &y2) && y2 > y &&
               !((IS_PUNCT (e + 1, '-') || IS_PUNCT (e + 1, '/')) && IS_DIGITS (e + 2));   /* +86 2010-2015-86 */
        }
      if (!ok)
        return FALSE;
    }
  /* "in 2000 pieces", "en 2019 euros" belong to figures; they win by length */
  hit->first = i;
  hit->last = i;
  hit->y = y;
  hit->prec = DATE_PREC_YEAR;
  return TRUE;
}
