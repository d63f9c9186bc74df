/* dossier-dates-years.c — years and decades: in 2014, two thousand and
 * fifteen, the 1970s, the nineteen seventies, fiscal year 2024, FY24,
 * year to date, for the day
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

/* Whether word token @i is @ascii (lower case), for frequent words kept
 * out of the lexicon so that they do not start a date. */
static gboolean
text_is (const DateScan *s, guint i, const char *ascii)
{
  gsize len = strlen (ascii);

  return IS_WORD (i) && DTOK (s, i)->b1 - DTOK (s, i)->b0 == len &&
         g_ascii_strncasecmp (s->tokens->text + DTOK (s, i)->b0, ascii, len) == 0;
}

/* Decades in words after "the": the seventies, the nineteen seventies,
 * the twenty-tens, the noughties. */
static gboolean
read_decade_words (const DateScan *s, guint i, DateHit *hit)
{
  guint k;
  gboolean century = FALSE;

  if (!s->english || !IS_WORD (i) || !(LEXE (i)->flags & DOSSIER_LEX_THE))
    return FALSE;
  k = SKIP (i + 1);
  if (k == i + 1 || !IS_WORD (k))
    return FALSE;
  if (LEXE (k)->num_kind == 1 && LEXE (k)->num >= 10 && LEXE (k)->num <= 29 &&
      (IS_PUNCT (k + 1, '-') || IS_TYPE (k + 1, DOSSIER_TOKEN_SPACE)) && IS_WORD (k + 2))
    {
      century = TRUE;   /* nineteen seventies, twenty-tens */
      k += 2;
    }
  /* "tens" is a decade only after its century; "the noughties" has none */
  if (LEXE (k)->decade == 0 || (LEXE (k)->decade == 2 && !century) || (LEXE (k)->decade == 1 && century))
    return FALSE;
  hit->first = i;
  hit->last = k;
  hit->no_iso = TRUE;
  return TRUE;
}

/* Years that are not calendar years, and calendar years named as such:
 * fiscal year 2024, fiscal 2024, FY2024, FY24, this fiscal year, the 2024
 * fiscal year, school year, calendar year 2019, CY18, année calendaire 2008,
 * l'exercice 2024. Only calendar years get a value. */
gboolean
_dossier_dates_read_named_year (const DateScan *s, guint i, DateHit *hit)
{
  guint k = i, w, last;
  int rel = DOSSIER_LEX_REL_NONE, y = 0, kind;

  /* FY2024, FY 24, CY18 */
  if (IS_WORD (k) && (LEXE (k)->year_kind == DOSSIER_YEAR_FY || LEXE (k)->year_kind == DOSSIER_YEAR_CY))
    {
      guint d = IS_DIGITS (k + 1) ? k + 1 : SKIP (k + 1);
      if (!IS_DIGITS (d) || (DTOK (s, d)->ch != 2 && DTOK (s, d)->ch != 4) || IS_WORD (d + 1) ||
          (DTOK (s, d)->ch == 4 && !_dossier_dates_read_year4 (s, d, &y)))
        return FALSE;
      if (DTOK (s, d)->ch == 2)
        y = _dossier_dates_two_digit_year ((int) DTOK (s, d)->num);
      hit->first = i;
      hit->last = d;
      if (LEXE (k)->year_kind == DOSSIER_YEAR_CY)
        {
          hit->y = y;
          hit->prec = DATE_PREC_YEAR;
        }
      else
        hit->no_iso = TRUE;
      return TRUE;
    }
  /* the 2024 fiscal year */
  if (IS_DIGITS (k))
    {
      w = SKIP (k + 1);
      if (w > k + 1 && IS_WORD (w) && LEXE (w)->year_kind == DOSSIER_YEAR_NOT_CALENDAR &&
          _dossier_dates_read_year4 (s, k, &y) && IS_WORD (SKIP (w + 1)) &&
          LEXE (SKIP (w + 1))->dunit == DOSSIER_DUNIT_YEAR && !LEXE (SKIP (w + 1))->dunit_plural)
        {
          hit->first = i;
          hit->last = SKIP (w + 1);
          hit->no_iso = TRUE;
          return TRUE;
        }
      return FALSE;
    }
  if (!IS_WORD (k))
    return FALSE;
  if (_dossier_dates_is_rel (s, k))
    {
      rel = LEXE (k)->rel;
      k = SKIP (k + 1);
      if (k == i + 1 || !IS_WORD (k))
        return FALSE;
    }
  w = k;
  /* année calendaire, exercice fiscal: the unit first in French */
  if (s->french && LEXE (w)->dunit == DOSSIER_DUNIT_YEAR && !LEXE (w)->dunit_plural)
    w = SKIP (w + 1);
  if (!IS_WORD (w))
    return FALSE;
  kind = LEXE (w)->year_kind;
  if (kind != DOSSIER_YEAR_NOT_CALENDAR && kind != DOSSIER_YEAR_CALENDAR)
    return FALSE;
  last = w;
  if (w == k && !WORD_IS (w, EXERCICE))
    {
      /* fiscal year, calendar year; "fiscal 2024" */
      guint u = SKIP (w + 1);
      if (IS_WORD (u) && LEXE (u)->dunit == DOSSIER_DUNIT_YEAR && !LEXE (u)->dunit_plural)
        last = u;
      else if (!(s->english && WORD_IS (w, FISCAL) && _dossier_dates_read_year4 (s, u, &y)))
        return FALSE;
    }
  {
    guint a = SKIP (last + 1);
    if (a > last + 1 && _dossier_dates_read_year4 (s, a, &y))
      last = a;
    else if (y == 0 && rel != DOSSIER_LEX_REL_NONE && s->ref != NULL)
      y = g_date_get_year (s->ref) + rel;
    else if (s->french && rel == DOSSIER_LEX_REL_NONE && _dossier_dates_is_rel (s, a) && a > last + 1 &&
             s->ref != NULL)
      {
        y = g_date_get_year (s->ref) + LEXE (a)->rel;   /* l'exercice précédent */
        last = a;
      }
  }
  hit->first = i;
  hit->last = last;
  if (kind == DOSSIER_YEAR_CALENDAR && y > 0)
    {
      hit->y = y;
      hit->prec = DATE_PREC_YEAR;
    }
  else
    hit->no_iso = TRUE;
  return TRUE;
}

/* year to date, year-to-date, YTD; "to date" (up to now), but not "up to
 * date" nor the verb ("to date the samples"). Read from "date", looking
 * back, since "to" is too frequent a word to start a date. */
gboolean
_dossier_dates_read_to_date (const DateScan *s, guint i, DateHit *hit)
{
  guint k, b;

  if (!s->english)
    return FALSE;
  if (!IS_WORD (i) || (LEXE (i)->year_kind != DOSSIER_YEAR_YTD && LEXE (i)->year_kind != DOSSIER_YEAR_DATE))
    return FALSE;
  if (LEXE (i)->year_kind == DOSSIER_YEAR_YTD)
    {
      hit->first = hit->last = i;
      hit->no_iso = TRUE;
      return TRUE;
    }
  if (i < 2)
    return FALSE;
  /* the word before, across one blank or hyphen */
  k = i - 1;
  if (!(IS_PUNCT (k, '-') || (IS_TYPE (k, DOSSIER_TOKEN_SPACE) && (DTOK (s, k)->flags & DOSSIER_TOKEN_FLAG_ONE_SPACE))))
    return FALSE;
  if (!text_is (s, --k, "to"))
    return FALSE;
  hit->first = k;
  hit->last = i;
  hit->no_iso = TRUE;
  b = k;
  if (b >= 2 && (IS_PUNCT (b - 1, '-') || IS_TYPE (b - 1, DOSSIER_TOKEN_SPACE)) && IS_WORD (b - 2) &&
      LEXE (b - 2)->dunit == DOSSIER_DUNIT_YEAR && !LEXE (b - 2)->dunit_plural)
    {
      hit->first = b - 2;   /* year to date */
      return TRUE;
    }
  if (b >= 2 && (IS_PUNCT (b - 1, '-') || IS_TYPE (b - 1, DOSSIER_TOKEN_SPACE)) && text_is (s, b - 2, "up"))
    return FALSE;
  /* "to date the samples": a verb */
  {
    guint a = SKIP (i + 1);
    if (a > i + 1 && IS_WORD (a) && ((LEXE (a)->flags & (DOSSIER_LEX_THE | DOSSIER_LEX_A)) || DTOK (s, a)->kw == 0))
      return FALSE;
  }
  return TRUE;
}

/* "for the day", "of the month", "in the year" at the end of a clause: the
 * current one. "later in the year", "early in the month" are parts of it. */
gboolean
_dossier_dates_read_the_unit (const DateScan *s, guint i, DateHit *hit)
{
  guint k = i, u, a, b;
  gboolean edge = FALSE;

  if (!s->english)
    return FALSE;
  if (IS_WORD (k) && (LEXE (k)->flags & DOSSIER_LEX_EDGE) && IS_WORD (SKIP (k + 1)) &&
      (LEXE (SKIP (k + 1))->flags & DOSSIER_LEX_IN))
    {
      edge = TRUE;
      k = SKIP (SKIP (k + 1) + 1);
    }
  if (!IS_WORD (k) || !(LEXE (k)->flags & DOSSIER_LEX_THE))
    return FALSE;
  u = SKIP (k + 1);
  if (u == k + 1 || !IS_WORD (u) || LEXE (u)->dunit_plural ||
      (LEXE (u)->dunit != DOSSIER_DUNIT_DAY && LEXE (u)->dunit != DOSSIER_DUNIT_MONTH &&
       LEXE (u)->dunit != DOSSIER_DUNIT_YEAR))
    return FALSE;
  /* the end of the clause: nothing may qualify the unit */
  a = u + 1;
  if (!(a >= s->tokens->n || (IS_TYPE (a, DOSSIER_TOKEN_PUNCT) && DTOK (s, a)->ch != '\'' && DTOK (s, a)->ch != '-') ||
        (IS_TYPE (a, DOSSIER_TOKEN_SPACE) && (DTOK (s, a)->flags & DOSSIER_TOKEN_FLAG_NEWLINE))))
    return FALSE;
  hit->first = i;
  hit->last = u;
  if (edge)
    {
      hit->no_iso = TRUE;
      return TRUE;
    }
  b = i;
  while (b > 0 && IS_TYPE (b - 1, DOSSIER_TOKEN_SPACE))
    b--;
  if (b == i || b == 0 || !(text_is (s, b - 1, "for") || WORD_IS (b - 1, OF) ||
                            WORD_IS (b - 1, IN) || WORD_IS (b - 1, DURING)))
    return FALSE;
  switch (LEXE (u)->dunit)
    {
    case DOSSIER_DUNIT_DAY: _dossier_dates_from_ref (s, hit, 0, 0, 0, DATE_PREC_DAY); break;
    case DOSSIER_DUNIT_MONTH: _dossier_dates_from_ref (s, hit, 0, 0, 0, DATE_PREC_MONTH); break;
    default: _dossier_dates_from_ref (s, hit, 0, 0, 0, DATE_PREC_YEAR); break;
    }
  if (hit->iso[0] == '\0')
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

  if (read_decade (s, i, hit) || read_decade_words (s, i, hit))
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
      gboolean ok = IS_WORD (b - 1) && DTOK (s, b - 1)->kw == dossier_lexicon_word (s->lexicon, DOSSIER_WORD_THAN);
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
