/* dossier-dates-periods.c — next 3 days, Q3 2016, the weekend, this summer,
 * the first Monday of next month, the 20th of next month
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-dates-private.h"

#include <string.h>

/* A count: 3, three, a couple (of), few, quelques. */
static gboolean
read_count (const DateScan *s, guint i, guint *last)
{
  if (IS_DIGITS (i) && DTOK (s, i)->ch <= 3)
    {
      *last = i;
      /* 3year */
      return TRUE;
    }
  if (IS_WORD (i) && ((LEXE (i)->num_kind == 1 && LEXE (i)->num >= 1) || (LEXE (i)->flags & DOSSIER_LEX_FEW)))
    {
      guint k = SKIP (i + 1);
      *last = i;
      if (WORD_IS (i, COUPLE) && IS_WORD (k) && (LEXE (k)->flags & DOSSIER_LEX_OF))
        *last = k;
      return TRUE;
    }
  return FALSE;
}

/* next 3 days, the past few days, previous 4 business days, 5 upcoming
 * years, derniere 3 semaines, last 3year */
static gboolean
read_rel_period (const DateScan *s, guint i, DateHit *hit)
{
  guint k = i, c, u;

  if (_dossier_dates_is_rel (s, k) && LEXE (k)->rel != 0)
    {
      c = SKIP (k + 1);
      if (c == k + 1 || !read_count (s, c, &c))
        return FALSE;
      u = c + 1;
      if (!(IS_DIGITS (c) && IS_WORD (u) && DTOK (s, u)->b0 == DTOK (s, c)->b1))
        u = SKIP (c + 1);
    }
  else if (read_count (s, k, &c))
    {
      guint r = SKIP (c + 1);
      if (r == c + 1 || !_dossier_dates_is_rel (s, r) || LEXE (r)->rel == 0)
        return FALSE;
      u = SKIP (r + 1);
      /* "2 next days" counts; "23 next month" is a day of next month */
      if (!IS_WORD (u) || !LEXE (u)->dunit_plural)
        return FALSE;
    }
  else
    return FALSE;
  if (IS_WORD (u) && (LEXE (u)->flags & DOSSIER_LEX_WORKDAY))
    u = SKIP (u + 1);
  if (!IS_WORD (u) || LEXE (u)->dunit == DOSSIER_DUNIT_NONE)
    return FALSE;
  hit->first = i;
  hit->last = u;
  hit->no_iso = TRUE;
  /* the last 3 months and 2 weeks, the next 5 years 1 month 12 days */
  if (_dossier_dates_is_rel (s, k))
    {
      int ys, ms, ds;
      guint sl;
      if (_dossier_dates_read_span_of_time (s, SKIP (k + 1), &ys, &ms, &ds, &sl) && sl > u)
        hit->last = sl;
    }
  return TRUE;
}

/* rest of the week, rest of my week, the remainder of the month;
 * within 10 months, within 2 weeks from today */
static gboolean
read_rest (const DateScan *s, guint i, DateHit *hit)
{
  guint k;

  if (WORD_IS (i, WITHIN))
    {
      int ys, ms, ds;
      guint last;
      k = SKIP (i + 1);
      if (_dossier_dates_is_rel (s, k) && LEXE (k)->rel > 0)
        k = SKIP (k + 1);
      if (k == i + 1 || !_dossier_dates_read_span_of_time (s, k, &ys, &ms, &ds, &last))
        return FALSE;
      hit->first = i;
      hit->last = last;
      k = SKIP (last + 1);
      if (WORD_IS (k, FROM) && IS_WORD (SKIP (k + 1)) && LEXE (SKIP (k + 1))->day_offset != DOSSIER_LEX_DAY_NONE)
        hit->last = SKIP (k + 1);
      hit->no_iso = TRUE;
      return TRUE;
    }
  /* the week after next, the month after the next */
  if (s->english && IS_WORD (i) && (LEXE (i)->flags & DOSSIER_LEX_THE))
    {
      guint u = SKIP (i + 1), a, n;
      if (IS_WORD (u) && LEXE (u)->dunit != DOSSIER_DUNIT_NONE && !LEXE (u)->dunit_plural &&
          WORD_IS ((a = SKIP (u + 1)), AFTER))
        {
          n = SKIP (a + 1);
          if (IS_WORD (n) && (LEXE (n)->flags & DOSSIER_LEX_THE))
            n = SKIP (n + 1);
          if (WORD_IS (n, NEXT) && !(IS_WORD (SKIP (n + 1)) && LEXE (SKIP (n + 1))->dunit != DOSSIER_DUNIT_NONE))
            {
              hit->first = i;
              hit->last = n;
              if (LEXE (u)->dunit == DOSSIER_DUNIT_MONTH)
                {
                  if (!_dossier_dates_from_ref (s, hit, 0, 2, 0, DATE_PREC_MONTH))
                    hit->no_iso = TRUE;
                }
              else
                hit->no_iso = TRUE;
              return TRUE;
            }
        }
    }
  if (!IS_WORD (i) || !(LEXE (i)->flags & DOSSIER_LEX_PART))
    return FALSE;
  /* end of month, the end of the year (when no date follows) */
  if (!(WORD_IS (i, REST) || WORD_IS (i, REMAINING) || WORD_IS (i, REMAINDER)))
    {
      k = SKIP (i + 1);
      if (!(IS_WORD (k) && (LEXE (k)->flags & DOSSIER_LEX_OF)))
        return FALSE;
      k = SKIP (k + 1);
      if (IS_WORD (k) && (LEXE (k)->flags & DOSSIER_LEX_THE))
        k = SKIP (k + 1);
      if (!IS_WORD (k) || LEXE (k)->dunit == DOSSIER_DUNIT_NONE || LEXE (k)->dunit_plural)
        return FALSE;
      hit->first = i;
      hit->last = k;
      hit->no_iso = TRUE;
      return TRUE;
    }
  k = SKIP (i + 1);
  if (IS_WORD (k) && (LEXE (k)->flags & DOSSIER_LEX_OF))
    k = SKIP (k + 1);
  if (IS_WORD (k) && ((LEXE (k)->flags & DOSSIER_LEX_THE) || WORD_IS (k, MY) || WORD_IS (k, THIS)))
    k = SKIP (k + 1);
  if (!IS_WORD (k) || LEXE (k)->dunit == DOSSIER_DUNIT_NONE || LEXE (k)->dunit_plural || k == i + 1)
    return FALSE;
  hit->first = i;
  hit->last = k;
  hit->no_iso = TRUE;
  return TRUE;
}

/* Q3, Q1 2016, 2017 q1, 2019-Q1, q1-2019, H1 2016, 2019-H2 (H alone is not) */
static gboolean
read_quarter (const DateScan *s, guint i, DateHit *hit)
{
  guint q = i, first = i, last;
  gboolean half;
  int y;

  if (_dossier_dates_read_year4 (s, i, &y) || (IS_DIGITS (i) && DTOK (s, i)->ch == 4))
    {
      guint k = i + 1;
      if (IS_PUNCT (k, '-'))
        k++;
      else
        k = SKIP (k);
      if (k == i + 1 && !IS_PUNCT (i + 1, '-'))
        return FALSE;
      q = k;
    }
  if (!(WORD_IS (q, Q) || WORD_IS (q, H)) || !IS_DIGITS (q + 1) ||
      DTOK (s, q + 1)->b0 != DTOK (s, q)->b1 || DTOK (s, q + 1)->ch != 1)
    return FALSE;
  half = WORD_IS (q, H);
  if (DTOK (s, q + 1)->num < 1 || DTOK (s, q + 1)->num > (half ? 2u : 4u))
    return FALSE;
  if (IS_WORD (q + 2) && DTOK (s, q + 2)->b0 == DTOK (s, q + 1)->b1)
    return FALSE;
  last = q + 1;
  if (q == i)
    {
      guint k = q + 2;
      if (IS_PUNCT (k, '-'))
        k++;
      else
        k = SKIP (k);
      if (_dossier_dates_read_year4 (s, k, &y))
        last = k;
      else if (_dossier_dates_is_rel (s, k) && IS_WORD (SKIP (k + 1)) && LEXE (SKIP (k + 1))->dunit == DOSSIER_DUNIT_YEAR)
        last = SKIP (k + 1);
      else if (half)
        return FALSE;
    }
  hit->first = first;
  hit->last = last;
  hit->no_iso = TRUE;
  return TRUE;
}

/* the weekend, this weekend, my weekend, le weekend, the fortnight */
static gboolean
read_weekend (const DateScan *s, guint i, DateHit *hit)
{
  guint k = SKIP (i + 1);

  if (IS_WORD (i) && LEXE (i)->dunit == DOSSIER_DUNIT_WEEKEND)
    {
      hit->first = hit->last = i;
      hit->no_iso = TRUE;
      return TRUE;
    }
  if (k > i + 1 && IS_WORD (k) && (LEXE (k)->dunit == DOSSIER_DUNIT_WEEKEND || LEXE (k)->dunit == DOSSIER_DUNIT_FORTNIGHT) &&
      ((LEXE (i)->flags & DOSSIER_LEX_THE) || WORD_IS (i, MY) || WORD_IS (i, THAT)))
    {
      hit->first = i;
      hit->last = k;
      hit->no_iso = TRUE;
      return TRUE;
    }
  return FALSE;
}

/* seasons: this summer, next spring, summer of 2016, l'été 2016 */
static gboolean
read_season (const DateScan *s, guint i, DateHit *hit)
{
  guint k = i, first = i, last;
  int y;

  if (_dossier_dates_is_rel (s, k))
    {
      k = SKIP (k + 1);
      if (k == i + 1)
        return FALSE;
    }
  if (!IS_WORD (k) || LEXE (k)->season == 0)
    return FALSE;
  if (s->french && k == i)
    {
      /* "été" is also a past participle: only after l', d', cet, en */
      gboolean ok = i >= 2 && IS_PUNCT (i - 1, '\'') && IS_WORD (i - 2) &&
                    (LEXE (i - 2)->flags & (DOSSIER_LEX_THE | DOSSIER_LEX_OF));
      if (!ok && i >= 2 && IS_TYPE (i - 1, DOSSIER_TOKEN_SPACE))
        ok = WORD_IS (i - 2, CET) || WORD_IS (i - 2, EN) || WORD_IS (i - 2, CETTE);
      if (!ok)
        return FALSE;
    }
  if (s->french && k > i)
    first = k;   /* "cet été" is written as the season alone */
  last = k;
  {
    guint a = SKIP (k + 1);
    if (IS_WORD (a) && (LEXE (a)->flags & DOSSIER_LEX_OF))
      a = SKIP (a + 1);
    if (a > k + 1 && _dossier_dates_read_year4 (s, a, &y))
      last = a;
  }
  hit->first = first;
  hit->last = last;
  hit->no_iso = TRUE;
  return TRUE;
}

static gboolean
is_month_ref (const DateScan *s, guint k, int *m, int *y, guint *last)
{
  /* this month, next month, le mois prochain, July, juillet 2016 */
  *y = 0;
  *m = 0;
  if (_dossier_dates_is_rel (s, k) && IS_WORD (SKIP (k + 1)) && LEXE (SKIP (k + 1))->dunit == DOSSIER_DUNIT_MONTH &&
      !LEXE (SKIP (k + 1))->dunit_plural)
    {
      if (s->ref != NULL)
        {
          GDate d = *s->ref;
          int rel = LEXE (k)->rel;
          g_date_set_day (&d, 1);
          if (rel > 0)
            g_date_add_months (&d, rel);
          else if (rel < 0)
            g_date_subtract_months (&d, -rel);
          *m = g_date_get_month (&d);
          *y = g_date_get_year (&d);
        }
      *last = SKIP (k + 1);
      return TRUE;
    }
  if (IS_WORD (k) && LEXE (k)->month)
    {
      guint a;
      *m = LEXE (k)->month;
      *last = k;
      a = SKIP (k + 1);
      if (a > k + 1 && IS_DIGITS (a) && DTOK (s, a)->ch == 4)
        {
          *y = (int) DTOK (s, a)->num;
          *last = a;
        }
      else if (s->ref != NULL)
        *y = g_date_get_year (s->ref);
      return TRUE;
    }
  return FALSE;
}

/* The period a part is taken of, after "of", "de": 2024, two thousand and
 * twenty, next year, l'année prochaine, the year (the current one), July
 * 2016, next month, the month. *y is 0 when unknown, *m 0 for a year. */
static gboolean
read_period_ref (const DateScan *s, guint k, int *y, int *m, guint *last)
{
  gboolean article = FALSE;
  guint u;

  *y = *m = 0;
  if (IS_WORD (k) && (LEXE (k)->flags & DOSSIER_LEX_THE))
    {
      article = TRUE;
      k = IS_PUNCT (k + 1, '\'') ? SKIP (k + 2) : SKIP (k + 1);
    }
  if (is_month_ref (s, k, m, y, last))
    return TRUE;
  if (_dossier_dates_read_year4 (s, k, y))
    {
      *last = k;
      return TRUE;
    }
  if (_dossier_dates_read_year_words (s, k, y, last))
    return TRUE;
  /* next year, this year */
  if (_dossier_dates_is_rel (s, k) && IS_WORD (u = SKIP (k + 1)) && LEXE (u)->dunit == DOSSIER_DUNIT_YEAR &&
      !LEXE (u)->dunit_plural)
    {
      if (s->ref != NULL)
        *y = g_date_get_year (s->ref) + LEXE (k)->rel;
      *last = u;
      return TRUE;
    }
  if (!IS_WORD (k) || LEXE (k)->dunit_plural ||
      (LEXE (k)->dunit != DOSSIER_DUNIT_YEAR && LEXE (k)->dunit != DOSSIER_DUNIT_MONTH))
    return FALSE;
  u = SKIP (k + 1);
  /* l'année prochaine, le mois dernier, the year 2020 */
  if (_dossier_dates_is_rel (s, u) && u > k + 1)
    {
      if (LEXE (k)->dunit == DOSSIER_DUNIT_MONTH)
        return is_month_ref (s, u, m, y, last) && (*last = u, TRUE);
      if (s->ref != NULL)
        *y = g_date_get_year (s->ref) + LEXE (u)->rel;
      *last = u;
      return TRUE;
    }
  if (LEXE (k)->dunit == DOSSIER_DUNIT_YEAR && u > k + 1 && _dossier_dates_read_year4 (s, u, y))
    {
      *last = u;
      return TRUE;
    }
  /* the year, the month: the current one */
  if (!article)
    return FALSE;
  if (s->ref != NULL)
    {
      *y = g_date_get_year (s->ref);
      if (LEXE (k)->dunit == DOSSIER_DUNIT_MONTH)
        *m = g_date_get_month (s->ref);
    }
  *last = k;
  return TRUE;
}

/* A part of a period after its unit: "(week) of 2019", "(month) of next
 * year", "(days) of the month". Fills the hit; a month of a year and a
 * day of a month get their date. */
static gboolean
read_part_of (const DateScan *s, guint i, guint unit_tok, int nth, gboolean is_last, DateHit *hit)
{
  guint a = SKIP (unit_tok + 1), last;
  int unit = LEXE (unit_tok)->dunit, y, m;

  if (a == unit_tok + 1 || !IS_WORD (a) || !(LEXE (a)->flags & (DOSSIER_LEX_OF | DOSSIER_LEX_IN)))
    return FALSE;
  a = SKIP (a + 1);
  /* "the 4th day of July 1995" is a date, read with its day */
  if (unit == DOSSIER_DUNIT_DAY && IS_WORD (a) && LEXE (a)->month)
    return FALSE;
  if (!read_period_ref (s, a, &y, &m, &last))
    return FALSE;
  hit->first = i;
  hit->last = last;
  hit->no_iso = TRUE;
  if (unit == DOSSIER_DUNIT_MONTH && !LEXE (unit_tok)->dunit_plural && m == 0 && y > 0 &&
      ((nth >= 1 && nth <= 12) || is_last))
    {
      /* the 9th month of next year, the last month of 2024 */
      hit->no_iso = FALSE;
      hit->y = y;
      hit->m = is_last ? 12 : nth;
      hit->prec = DATE_PREC_MONTH;
      _dossier_dates_format_iso (hit->iso, sizeof hit->iso, DATE_PREC_MONTH, y, hit->m, 0);
    }
  else if (unit == DOSSIER_DUNIT_DAY && !LEXE (unit_tok)->dunit_plural && m > 0 && y > 0 && nth >= 1 &&
           _dossier_dates_valid_day (y, m, nth))
    {
      hit->no_iso = FALSE;
      _dossier_dates_set_day (hit, y, m, nth);
    }
  return TRUE;
}

/* the first Monday of next month, premier vendredi de juillet, first Sunday;
 * the 20th of next month, 31st of this month, the 15th day of next month;
 * the first week of Oct, last week of 2019, the third quarter of 2020 */
static gboolean
read_nth (const DateScan *s, guint i, DateHit *hit)
{
  guint k = i, n, of, last;
  int nth = 0, wd = 0, day = 0, m, y;
  gboolean is_last = FALSE;

  if (IS_WORD (k) && (LEXE (k)->flags & DOSSIER_LEX_THE))
    k = SKIP (k + 1);
  n = k;
  if (IS_WORD (n) && LEXE (n)->num_kind == 1 && (LEXE (n)->num == 20 || LEXE (n)->num == 30) &&
      (IS_PUNCT (n + 1, '-') || IS_TYPE (n + 1, DOSSIER_TOKEN_SPACE)) && IS_WORD (n + 2) && LEXE (n + 2)->ordinal &&
      LEXE (n + 2)->ordinal < 10)
    {
      /* twenty-sixth, thirty first */
      nth = (int) LEXE (n)->num + LEXE (n + 2)->ordinal;
      n += 2;
    }
  else if (IS_WORD (n) && LEXE (n)->ordinal)
    nth = LEXE (n)->ordinal;
  else if (IS_WORD (n) && LEXE (n)->rel == -1 && (WORD_IS (n, LAST) || WORD_IS (n, DERNIER) || WORD_IS (n, DERNIERE)))
    is_last = TRUE;
  else if (IS_DIGITS (n) && DTOK (s, n)->ch <= 2 && IS_WORD (n + 1) && (LEXE (n + 1)->flags & DOSSIER_LEX_SUFFIX_ORD) &&
           DTOK (s, n + 1)->b0 == DTOK (s, n)->b1)
    {
      nth = (int) DTOK (s, n)->num;
      n++;
    }
  else
    return FALSE;
  k = SKIP (n + 1);
  if (k == n + 1)
    return FALSE;

  if (IS_WORD (k) && LEXE (k)->weekday)
    {
      wd = LEXE (k)->weekday;
      of = SKIP (k + 1);
      if (IS_WORD (of) && (LEXE (of)->flags & (DOSSIER_LEX_OF | DOSSIER_LEX_IN)) && is_month_ref (s, SKIP (of + 1), &m, &y, &last))
        {
          /* the last Friday of May, le dernier vendredi de mai */
          if (is_last && y > 0 && m > 0)
            {
              int dd = g_date_get_days_in_month (m, y);
              GDate d;
              g_date_clear (&d, 1);
              g_date_set_dmy (&d, dd, m, y);
              dd -= ((int) g_date_get_weekday (&d) - wd + 7) % 7;
              hit->first = i;
              hit->last = last;
              _dossier_dates_set_day (hit, y, m, dd);
              return TRUE;
            }
        }
      else if (is_last)
        return FALSE;   /* last Friday: read as a relative day */
      else if (nth >= 1 && nth <= 5 && s->ref != NULL)
        {
          m = g_date_get_month (s->ref);
          y = g_date_get_year (s->ref);
          last = k;
        }
      else
        return FALSE;
      hit->first = i;
      hit->last = last;
      hit->prec = DATE_PREC_DAY;
      if (y > 0 && m > 0 && nth >= 1 && nth <= 5)
        {
          GDate d;
          int first_wd, dd;
          g_date_clear (&d, 1);
          g_date_set_dmy (&d, 1, m, y);
          first_wd = g_date_get_weekday (&d);
          dd = 1 + (wd - first_wd + 7) % 7 + 7 * (nth - 1);
          if (_dossier_dates_valid_day (y, m, dd))
            _dossier_dates_set_day (hit, y, m, dd);
          else
            hit->no_iso = TRUE;
        }
      else
        hit->no_iso = TRUE;
      return TRUE;
    }
  /* the first ten days of last year, the last 3 weeks of this year,
   * les trois premiers mois de 2024 (read from the count, below) */
  if ((nth == 1 || is_last) && (IS_DIGITS (k) || (IS_WORD (k) && LEXE (k)->num_kind == 1)))
    {
      guint u = SKIP (k + 1);
      if (u > k + 1 && IS_WORD (u) && LEXE (u)->dunit_plural && read_part_of (s, i, u, 0, FALSE, hit))
        return TRUE;
    }
  if (IS_WORD (k) && (LEXE (k)->dunit == DOSSIER_DUNIT_WEEK || LEXE (k)->dunit == DOSSIER_DUNIT_QUARTER ||
                      LEXE (k)->dunit == DOSSIER_DUNIT_MONTH || LEXE (k)->dunit == DOSSIER_DUNIT_DAY) &&
      !LEXE (k)->dunit_plural && read_part_of (s, i, k, nth, is_last, hit))
    return TRUE;
  if (IS_WORD (k) && (LEXE (k)->dunit == DOSSIER_DUNIT_WEEK || LEXE (k)->dunit == DOSSIER_DUNIT_QUARTER ||
                      LEXE (k)->dunit == DOSSIER_DUNIT_MONTH || LEXE (k)->dunit == DOSSIER_DUNIT_DAY) &&
      !LEXE (k)->dunit_plural)
    {
      /* the third week next year, the 15th day of next month */
      guint a = SKIP (k + 1);
      gboolean dayword = LEXE (k)->dunit == DOSSIER_DUNIT_DAY;
      if (IS_WORD (a) && (LEXE (a)->flags & (DOSSIER_LEX_OF | DOSSIER_LEX_IN)))
        a = SKIP (a + 1);
      if (IS_WORD (a) && (LEXE (a)->flags & DOSSIER_LEX_THE))
        a = SKIP (a + 1);
      if (dayword && nth >= 1 && nth <= 31 && _dossier_dates_is_rel (s, a) && is_month_ref (s, a, &m, &y, &last))
        {
          hit->first = i;
          hit->last = last;
          hit->d = nth;
          hit->m = m;
          hit->y = y;
          hit->prec = DATE_PREC_DAY;
          if (m == 0)
            hit->no_iso = TRUE;
          return TRUE;
        }
      if (dayword)
        return FALSE;
      if (is_month_ref (s, a, &m, &y, &last) || _dossier_dates_read_year4 (s, a, &y) ||
          (_dossier_dates_is_rel (s, a) && IS_WORD (SKIP (a + 1)) && LEXE (SKIP (a + 1))->dunit))
        {
          if (_dossier_dates_read_year4 (s, a, &y))
            last = a;
          else if (_dossier_dates_is_rel (s, a))
            last = SKIP (a + 1);
          hit->first = i;
          hit->last = last;
          hit->no_iso = TRUE;
          return TRUE;
        }
      return FALSE;
    }
  /* the 20th of next month, 31st of this month */
  if (nth >= 1 && nth <= 31 && IS_WORD (k) && (LEXE (k)->flags & DOSSIER_LEX_OF))
    {
      guint a = SKIP (k + 1);
      if (_dossier_dates_is_rel (s, a) && is_month_ref (s, a, &m, &y, &last))
        {
          day = nth;
          hit->first = i;
          hit->last = last;
          hit->prec = DATE_PREC_DAY;
          if (m > 0 && _dossier_dates_valid_day (y, m, day))
            _dossier_dates_set_day (hit, y, m, day);
          else
            hit->no_iso = TRUE;
          return TRUE;
        }
    }
  return FALSE;
}

/* 15th century, the 21st century, 二十世纪 is read elsewhere */
static gboolean
read_century (const DateScan *s, guint i, DateHit *hit)
{
  guint k = i, c;

  if (IS_DIGITS (k) && DTOK (s, k)->ch <= 2 && IS_WORD (k + 1) && (LEXE (k + 1)->flags & DOSSIER_LEX_SUFFIX_ORD) &&
      DTOK (s, k + 1)->b0 == DTOK (s, k)->b1)
    k++;
  else if (!(IS_WORD (k) && LEXE (k)->ordinal))
    return FALSE;
  c = SKIP (k + 1);
  if (c == k + 1 || !IS_WORD (c) || LEXE (c)->dunit != DOSSIER_DUNIT_CENTURY)
    return FALSE;
  hit->first = i;
  hit->last = c;
  hit->no_iso = TRUE;
  return TRUE;
}

/* week 23, Week 31, week 3 of 2027 */
static gboolean
read_week_number (const DateScan *s, guint i, DateHit *hit)
{
  guint k;
  int y;

  if (!IS_WORD (i) || LEXE (i)->dunit != DOSSIER_DUNIT_WEEK || LEXE (i)->dunit_plural)
    return FALSE;
  k = SKIP (i + 1);
  if (k == i + 1 || !IS_DIGITS (k) || DTOK (s, k)->ch > 2 || DTOK (s, k)->num < 1 || DTOK (s, k)->num > 53)
    return FALSE;
  hit->first = i;
  hit->last = k;
  hit->no_iso = TRUE;
  {
    guint o = SKIP (k + 1);
    if (IS_WORD (o) && (LEXE (o)->flags & DOSSIER_LEX_OF) && _dossier_dates_read_year4 (s, SKIP (o + 1), &y))
      hit->last = SKIP (o + 1);
  }
  return TRUE;
}

gboolean
_dossier_dates_read_period (const DateScan *s, guint i, guint roles, DateHit *hit)
{
  /* each reader with the roles of the tokens it can start at */
  static const struct
  {
    gboolean (*read) (const DateScan *, guint, DateHit *);
    guint      roles;
  } readers[] = {
    { read_rel_period, DATE_ROLE_REL | DATE_ROLE_DIGITS_2 | DATE_ROLE_DIGITS_3 | DATE_ROLE_COUNT | DATE_ROLE_FEW },
    { read_quarter, DATE_ROLE_DIGITS_4 | DATE_ROLE_NAMED },
    { read_weekend, DATE_ROLE_UNIT | DATE_ROLE_THE | DATE_ROLE_NAMED },
    { read_season, DATE_ROLE_REL | DATE_ROLE_SEASON },
    { read_nth, DATE_ROLE_THE | DATE_ROLE_COUNT | DATE_ROLE_ORDINAL | DATE_ROLE_REL | DATE_ROLE_DIGITS_2 },
    { read_week_number, DATE_ROLE_UNIT },
    { _dossier_dates_read_holiday, DATE_ROLE_REL | DATE_ROLE_HOLIDAY },
    { read_century, DATE_ROLE_DIGITS_2 | DATE_ROLE_ORDINAL },
    { read_rest, DATE_ROLE_NAMED | DATE_ROLE_THE | DATE_ROLE_PART },
    /* named years start at a year, a relative word or année (fiscal, FY
     * and date go to their readers earlier) */
    { _dossier_dates_read_named_year, DATE_ROLE_DIGITS_4 | DATE_ROLE_REL | DATE_ROLE_YEAR_UNIT },
    /* "the day" at the or an edge */
    { _dossier_dates_read_the_unit, DATE_ROLE_THE | DATE_ROLE_EDGE },
  };
  gboolean found = FALSE;

  for (gsize r = 0; r < G_N_ELEMENTS (readers); r++)
    {
      DateHit h;
      if (!(roles & readers[r].roles))
        continue;
      memset (&h, 0, sizeof h);
      if (readers[r].read (s, i, &h) && (!found || h.last > hit->last))
        {
          *hit = h;
          found = TRUE;
        }
    }
  return found;
}
