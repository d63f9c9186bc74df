/* dossier-dates-relative.c — yesterday, last Tuesday, la semaine prochaine,
 * il y a deux ans, three weeks from tomorrow
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-dates-private.h"

#include <string.h>

/* "the", "la", "le", "l'" before @i: returns the first token of the article. */
static guint
article_before (const DateScan *s, guint i)
{
  guint b = i;

  if (b >= 2 && IS_PUNCT (b - 1, '\'') && IS_WORD (b - 2) && (LEXE (b - 2)->flags & DOSSIER_LEX_THE))
    return b - 2;
  if (b >= 2 && IS_TYPE (b - 1, DOSSIER_TOKEN_SPACE) && IS_WORD (b - 2) && (LEXE (b - 2)->flags & DOSSIER_LEX_THE))
    return b - 2;
  return i;
}

/* A weekday name; ambiguous short forms need a capital. */
static int
weekday_at (const DateScan *s, guint i)
{
  const DossierToken *t;

  if (!IS_WORD (i) || LEXE (i)->weekday == 0)
    return 0;
  t = DTOK (s, i);
  if (t->c1 - t->c0 <= 3 && !(t->flags & DOSSIER_TOKEN_FLAG_UPPER))
    return 0;
  if (WORD_IS (i, MER) || WORD_IS (i, SUN) || WORD_IS (i, SAT) || WORD_IS (i, WED))
    {
      /* "Mer, 22 Janv" only next to a day */
      guint k = i + 1;
      if (IS_PUNCT (k, ','))
        k++;
      k = SKIP (k);
      if (!IS_DIGITS (k) && !(IS_WORD (k) && LEXE (k)->month))
        return 0;
    }
  return LEXE (i)->weekday;
}

/* The week offset named at @i: "last week", "la semaine prochaine",
 * "this week", "next week". Sets *last. */
static gboolean
read_week_ref (const DateScan *s, guint i, int *offset, guint *last)
{
  guint k = i;

  if (IS_WORD (k) && (LEXE (k)->flags & DOSSIER_LEX_THE))
    {
      k++;
      if (IS_PUNCT (k, '\''))
        k++;
      k = SKIP (k);
    }
  if (_dossier_dates_is_rel (s, k))
    {
      guint u = SKIP (k + 1);
      if (IS_WORD (u) && LEXE (u)->dunit == DOSSIER_DUNIT_WEEK && !LEXE (u)->dunit_plural)
        {
          *offset = LEXE (k)->rel;
          *last = u;
          return TRUE;
        }
    }
  if (IS_WORD (k) && LEXE (k)->dunit == DOSSIER_DUNIT_WEEK && !LEXE (k)->dunit_plural)
    {
      guint r = SKIP (k + 1);
      if (_dossier_dates_is_rel (s, r))
        {
          *offset = LEXE (r)->rel;
          *last = r;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean read_duration (const DateScan *s, guint i, int *count, int *unit, guint *last);

/* "2 years 1 month 21 days", "1 month and 21 days": years, months and days. */
gboolean
_dossier_dates_read_span_of_time (const DateScan *s, guint i, int *years, int *months, int *days, guint *last)
{
  int count, unit;
  guint l, k = i;
  gboolean any = FALSE;

  *years = *months = *days = 0;
  while (read_duration (s, k, &count, &unit, &l))
    {
      switch (unit)
        {
        case DOSSIER_DUNIT_DAY: *days += count; break;
        case DOSSIER_DUNIT_WEEK: *days += 7 * count; break;
        case DOSSIER_DUNIT_MONTH: *months += count; break;
        case DOSSIER_DUNIT_YEAR: *years += count; break;
        case DOSSIER_DUNIT_DECADE: *years += 10 * count; break;
        default: return any;
        }
      any = TRUE;
      *last = l;
      k = SKIP (l + 1);
      if (k == l + 1)
        break;
      if (IS_WORD (k) && (LEXE (k)->flags & DOSSIER_LEX_AND))
        k = SKIP (k + 1);
    }
  return any;
}

/* An amount of time: "two years", "3 weeks", "a fortnight", "few months". */
static gboolean
read_duration (const DateScan *s, guint i, int *count, int *unit, guint *last)
{
  guint k = i;
  int n = 0;

  if (IS_DIGITS (k) && DTOK (s, k)->ch <= 3)
    {
      n = (int) DTOK (s, k)->num;
      k = SKIP (k + 1);
    }
  else if (IS_WORD (k) && LEXE (k)->num_kind == 1 && LEXE (k)->num >= 1)
    {
      n = (int) LEXE (k)->num;
      k = SKIP (k + 1);
    }
  else if (IS_WORD (k) && (LEXE (k)->flags & DOSSIER_LEX_A))
    {
      n = 1;
      k = SKIP (k + 1);
    }
  else if (WORD_IS (k, FEW) || WORD_IS (k, QUELQUES))
    {
      n = 3;
      k = SKIP (k + 1);
    }
  else
    return FALSE;
  if (!IS_WORD (k) || LEXE (k)->dunit == DOSSIER_DUNIT_NONE)
    return FALSE;
  *unit = LEXE (k)->dunit;
  if (*unit == DOSSIER_DUNIT_FORTNIGHT)
    {
      *unit = DOSSIER_DUNIT_WEEK;
      n *= 2;
    }
  *count = n;
  *last = k;
  return TRUE;
}

static gboolean
shift (const DateScan *s, DateHit *hit, int count, int unit)
{
  switch (unit)
    {
    case DOSSIER_DUNIT_DAY: return _dossier_dates_from_ref (s, hit, count, 0, 0, DATE_PREC_DAY);
    case DOSSIER_DUNIT_WEEK: return _dossier_dates_from_ref (s, hit, 7 * count, 0, 0, DATE_PREC_DAY);
    case DOSSIER_DUNIT_MONTH: return _dossier_dates_from_ref (s, hit, 0, count, 0, DATE_PREC_DAY);
    case DOSSIER_DUNIT_YEAR: return _dossier_dates_from_ref (s, hit, 0, 0, count, DATE_PREC_DAY);
    default: return FALSE;
    }
}

/* today, yesterday, aujourd'hui, avant-hier, the day after tomorrow */
static gboolean
read_day_word (const DateScan *s, guint i, DateHit *hit)
{
  guint k = i;
  int extra = 0;

  /* the day after / before */
  if (IS_WORD (k) && (LEXE (k)->flags & DOSSIER_LEX_THE))
    {
      guint d = SKIP (k + 1);
      if (IS_WORD (d) && LEXE (d)->dunit == DOSSIER_DUNIT_DAY && !LEXE (d)->dunit_plural)
        {
          guint w = SKIP (d + 1);
          if (IS_WORD (w) && (LEXE (w)->flags & (DOSSIER_LEX_LATER | DOSSIER_LEX_BEFORE)))
            {
              int sign = (LEXE (w)->flags & DOSSIER_LEX_BEFORE) ? -1 : 1;
              guint r = SKIP (w + 1);
              if (IS_WORD (r) && LEXE (r)->day_offset != DOSSIER_LEX_DAY_NONE && r > w + 1)
                {
                  hit->first = i;
                  hit->last = r;
                  _dossier_dates_from_ref (s, hit, LEXE (r)->day_offset + sign, 0, 0, DATE_PREC_DAY);
                  return TRUE;
                }
              /* "the day before": relative to the reference day */
              hit->first = i;
              hit->last = w;
              _dossier_dates_from_ref (s, hit, sign, 0, 0, DATE_PREC_DAY);
              return TRUE;
            }
        }
    }
  if (WORD_IS (k, AUJOURD) && IS_PUNCT (k + 1, '\'') && WORD_IS (k + 2, HUI))
    {
      hit->first = i;
      hit->last = k + 2;
      _dossier_dates_from_ref (s, hit, 0, 0, 0, DATE_PREC_DAY);
      return TRUE;
    }
  if ((WORD_IS (k, AVANT) || WORD_IS (k, APRES)) && (IS_PUNCT (k + 1, '-') || IS_TYPE (k + 1, DOSSIER_TOKEN_SPACE)))
    {
      guint r = k + 2;
      if (IS_WORD (r) && (WORD_IS (r, HIER) || WORD_IS (r, DEMAIN)))
        {
          extra = WORD_IS (k, AVANT) ? -1 : 1;
          k = r;
        }
    }
  if (IS_WORD (k) && LEXE (k)->day_offset != DOSSIER_LEX_DAY_NONE && !WORD_IS (k, LENDEMAIN) &&
      !WORD_IS (k, VEILLE))
    {
      hit->first = i;
      hit->last = k;
      if (!_dossier_dates_from_ref (s, hit, LEXE (k)->day_offset + extra, 0, 0, DATE_PREC_DAY) && s->ref == NULL)
        hit->prec = DATE_PREC_DAY;
      return TRUE;
    }
  return FALSE;
}

/* last sept, next May, this December: a month in the year before, after or now */
static gboolean
read_rel_month_name (const DateScan *s, guint i, DateHit *hit)
{
  guint m;
  int rel;

  if (!_dossier_dates_is_rel (s, i) || WORD_IS (i, PAST) || WORD_IS (i, CURRENT) || WORD_IS (i, COMING) ||
      WORD_IS (i, UPCOMING) || WORD_IS (i, FOLLOWING))
    return FALSE;
  rel = LEXE (i)->rel;
  m = SKIP (i + 1);
  if (m == i + 1 || !IS_WORD (m) || LEXE (m)->month == 0 || LEXE (m)->num_kind != 0)
    return FALSE;
  /* "this may or may not", "next march on" */
  if (!(DTOK (s, m)->flags & DOSSIER_TOKEN_FLAG_UPPER) &&
      (WORD_IS (m, MAY) || WORD_IS (m, MARCH) || WORD_IS (m, MAR)))
    return FALSE;
  /* "next May 5" is read as a day */
  if (IS_DIGITS (SKIP (m + 1)) && SKIP (m + 1) > m + 1)
    return FALSE;
  hit->first = i;
  hit->last = m;
  hit->m = LEXE (m)->month;
  hit->prec = DATE_PREC_MONTH;
  if (s->ref != NULL)
    hit->y = g_date_get_year (s->ref) + rel;
  return TRUE;
}

/* last/next/this + week, month, year…; la semaine prochaine; cette année */
static gboolean
read_rel_unit (const DateScan *s, guint i, DateHit *hit)
{
  guint k = i, first = i;
  int rel;
  guint u;

  if (IS_WORD (k) && (LEXE (k)->flags & DOSSIER_LEX_THE))
    {
      /* "la semaine prochaine" keeps its article; "the next quarter" does not,
       * "the next decade" and "the last day" do */
      if (s->english)
        {
          guint r = SKIP (k + 1), u2 = SKIP (r + 1);
          if (!(_dossier_dates_is_rel (s, r) && IS_WORD (u2) && (LEXE (u2)->dunit == DOSSIER_DUNIT_DECADE ||
                                                  LEXE (u2)->dunit == DOSSIER_DUNIT_CENTURY ||
                                                  LEXE (u2)->dunit == DOSSIER_DUNIT_DAY)))
            return FALSE;
        }
      k++;
      if (IS_PUNCT (k, '\''))
        k++;
      k = SKIP (k);
    }
  if (_dossier_dates_is_rel (s, k))
    {
      rel = LEXE (k)->rel;
      u = SKIP (k + 1);
      /* this working week, next business week: Monday to Friday */
      if (IS_WORD (u) && (LEXE (u)->flags & DOSSIER_LEX_WORKDAY) && IS_WORD (SKIP (u + 1)) &&
          LEXE (SKIP (u + 1))->dunit == DOSSIER_DUNIT_WEEK && !LEXE (SKIP (u + 1))->dunit_plural)
        {
          hit->first = first;
          hit->last = SKIP (u + 1);
          hit->no_iso = TRUE;
          return TRUE;
        }
      if (!IS_WORD (u) || LEXE (u)->dunit == DOSSIER_DUNIT_NONE || LEXE (u)->dunit_plural)
        return FALSE;
      if (WORD_IS (k, PAST) || WORD_IS (k, CURRENT) || WORD_IS (k, PASSE))
        return FALSE;
    }
  else if (IS_WORD (k) && LEXE (k)->dunit != DOSSIER_DUNIT_NONE && !LEXE (k)->dunit_plural && (k > i || s->french))
    {
      guint r = SKIP (k + 1);
      if (!_dossier_dates_is_rel (s, r) || r == k + 1 || LEXE (r)->rel == 0)
        return FALSE;
      rel = LEXE (r)->rel;
      u = k;
      k = r;
    }
  else
    return FALSE;
  hit->first = first;
  hit->last = MAX (k, u);
  switch (LEXE (u)->dunit)
    {
    case DOSSIER_DUNIT_DAY:
      _dossier_dates_from_ref (s, hit, rel, 0, 0, DATE_PREC_DAY);
      break;
    case DOSSIER_DUNIT_WEEK:
      _dossier_dates_from_ref (s, hit, 7 * rel, 0, 0, DATE_PREC_WEEK);
      hit->prec = DATE_PREC_WEEK;
      break;
    case DOSSIER_DUNIT_MONTH:
      _dossier_dates_from_ref (s, hit, 0, rel, 0, DATE_PREC_MONTH);
      hit->prec = DATE_PREC_MONTH;
      break;
    case DOSSIER_DUNIT_YEAR:
      _dossier_dates_from_ref (s, hit, 0, 0, rel, DATE_PREC_YEAR);
      hit->prec = DATE_PREC_YEAR;
      break;
    default:
      hit->no_iso = TRUE;
      break;
    }
  /* "june next year" is read by the caller through the month */
  return TRUE;
}

/* last Tuesday, next Sunday, this friday, dimanche dernier, Friday next week,
 * this week Friday, tuesday of last week */
static gboolean
read_rel_weekday (const DateScan *s, guint i, DateHit *hit)
{
  guint k = i;
  int wd, off;
  guint last;

  if (IS_WORD (k) && (LEXE (k)->flags & DOSSIER_LEX_ON) && FALSE)
    k = SKIP (k + 1);
  /* rel + weekday, rel + week + weekday */
  if (_dossier_dates_is_rel (s, k))
    {
      int rel = LEXE (k)->rel;
      guint w = SKIP (k + 1);
      gboolean past = WORD_IS (k, PAST), upcoming = FALSE;

      /* this past Wednesday, this upcoming Friday */
      if (rel == 0 && _dossier_dates_is_rel (s, w) && w > k + 1)
        {
          past = WORD_IS (w, PAST);
          upcoming = WORD_IS (w, UPCOMING) || WORD_IS (w, COMING);
          w = SKIP (w + 1);
        }
      if ((wd = weekday_at (s, w)) != 0 && w > k + 1)
        {
          hit->first = i;
          hit->last = w;
          if (past)
            {
              hit->weekday_only = TRUE;
              hit->weekday = wd;
            }
          else if (upcoming)
            _dossier_dates_weekday (s, hit, wd, 0);
          else
            _dossier_dates_weekday (s, hit, wd, rel);
          hit->prec = DATE_PREC_DAY;
          return TRUE;
        }
      if (read_week_ref (s, k, &off, &last))
        {
          guint w2 = SKIP (last + 1);
          if (IS_WORD (w2) && (LEXE (w2)->flags & DOSSIER_LEX_ON))
            w2 = SKIP (w2 + 1);
          if ((wd = weekday_at (s, w2)) != 0 && w2 > last + 1)
            {
              hit->first = i;
              hit->last = w2;
              _dossier_dates_weekday (s, hit, wd, off);
              hit->prec = DATE_PREC_DAY;
              return TRUE;
            }
        }
      return FALSE;
    }
  if ((wd = weekday_at (s, k)) != 0)
    {
      guint r = SKIP (k + 1);

      /* dimanche dernier, vendredi prochain */
      if (_dossier_dates_is_rel (s, r) && r > k + 1 && LEXE (r)->rel != 0 && !(IS_WORD (SKIP (r + 1)) && LEXE (SKIP (r + 1))->dunit))
        {
          int rel = LEXE (r)->rel;
          hit->first = i;
          hit->last = r;
          if (rel < 0)
            {
              hit->weekday_only = TRUE;
              hit->weekday = wd;
            }
          else
            _dossier_dates_weekday (s, hit, wd, rel);
          hit->prec = DATE_PREC_DAY;
          return TRUE;
        }
      /* Friday next week, tuesday of last week, vendredi la semaine prochaine */
      if (IS_WORD (r) && (LEXE (r)->flags & DOSSIER_LEX_OF))
        r = SKIP (r + 1);
      if (read_week_ref (s, r, &off, &last) && r > k)
        {
          hit->first = i;
          hit->last = last;
          _dossier_dates_weekday (s, hit, wd, off);
          hit->prec = DATE_PREC_DAY;
          return TRUE;
        }
    }
  return FALSE;
}

/* two years ago, 3 weeks later, il y a deux ans, in 2 weeks, three weeks from tomorrow */
static gboolean
read_offset (const DateScan *s, guint i, DateHit *hit)
{
  int count, unit;
  guint last, k;

  if (WORD_IS (i, IL) && (IS_TYPE (i + 1, DOSSIER_TOKEN_SPACE)))
    {
      guint y = i + 2;
      if (WORD_IS (y, YA))
        k = SKIP (y + 1);
      else if (WORD_IS (y, Y) && IS_TYPE (y + 1, DOSSIER_TOKEN_SPACE) && WORD_IS (y + 2, A))
        k = SKIP (y + 3);
      else
        return FALSE;
      if (!read_duration (s, k, &count, &unit, &last))
        return FALSE;
      hit->first = i;
      hit->last = last;
      if (!shift (s, hit, -count, unit))
        hit->prec = DATE_PREC_DAY;
      return TRUE;
    }
  if (s->english && IS_WORD (i) && (LEXE (i)->flags & DOSSIER_LEX_IN))
    {
      k = SKIP (i + 1);
      if (k > i + 1 && read_duration (s, k, &count, &unit, &last) && LEXE (last)->dunit_plural + 1 &&
          !(IS_WORD (SKIP (last + 1)) && !(DTOK (s, SKIP (last + 1))->flags & DOSSIER_TOKEN_FLAG_UPPER) &&
            LEXE (SKIP (last + 1))->flags == 0 && SKIP (last + 1) > last + 1))
        {
          hit->first = i;
          hit->last = last;
          if (!shift (s, hit, count, unit))
            hit->prec = DATE_PREC_DAY;
          return TRUE;
        }
      return FALSE;
    }
  if (!read_duration (s, i, &count, &unit, &last))
    return FALSE;
  {
    int ys, ms, ds;
    guint cl;
    if (_dossier_dates_read_span_of_time (s, i, &ys, &ms, &ds, &cl) && cl > last)
      {
        guint a = SKIP (cl + 1);
        if (a > cl + 1 && IS_WORD (a) && ((LEXE (a)->flags & DOSSIER_LEX_AGO) ||
                                          ((LEXE (a)->flags & DOSSIER_LEX_LATER) && !WORD_IS (a, AFTER))))
          {
            int sign = (LEXE (a)->flags & DOSSIER_LEX_AGO) ? -1 : 1;
            hit->first = i;
            hit->last = a;
            hit->prec = DATE_PREC_DAY;
            _dossier_dates_from_ref (s, hit, sign * ds, sign * ms, sign * ys, DATE_PREC_DAY);
            return TRUE;
          }
      }
  }
  k = SKIP (last + 1);
  if (k == last + 1 || !IS_WORD (k))
    return FALSE;
  /* "4 weeks in the future", "2 years in the past" */
  if (s->english && (LEXE (k)->flags & DOSSIER_LEX_IN) && IS_WORD (SKIP (k + 1)) && (LEXE (SKIP (k + 1))->flags & DOSSIER_LEX_THE))
    {
      guint f = SKIP (SKIP (k + 1) + 1);
      gboolean future = IS_WORD (f) && DTOK (s, f)->b1 - DTOK (s, f)->b0 == 6 &&
                        g_ascii_strncasecmp (s->tokens->text + DTOK (s, f)->b0, "future", 6) == 0;
      if (future || WORD_IS (f, PAST))
        {
          hit->first = i;
          hit->last = f;
          if (!shift (s, hit, future ? count : -count, unit))
            hit->prec = DATE_PREC_DAY;
          return TRUE;
        }
    }
  if (LEXE (k)->flags & DOSSIER_LEX_AGO)
    {
      hit->first = i;
      hit->last = k;
      if (!shift (s, hit, -count, unit))
        hit->prec = DATE_PREC_DAY;
      return TRUE;
    }
  if ((LEXE (k)->flags & DOSSIER_LEX_LATER) && !WORD_IS (k, AFTER))
    {
      if (WORD_IS (k, PLUS))
        {
          guint t = SKIP (k + 1);
          if (!WORD_IS (t, TARD))
            return FALSE;
          k = t;
        }
      hit->first = i;
      hit->last = k;
      if (!shift (s, hit, count, unit))
        hit->prec = DATE_PREC_DAY;
      return TRUE;
    }
  /* from now, from today, from tomorrow, before yesterday */
  if (WORD_IS (k, FROM) || (LEXE (k)->flags & DOSSIER_LEX_BEFORE) || WORD_IS (k, AFTER))
    {
      int sign = (LEXE (k)->flags & DOSSIER_LEX_BEFORE) ? -1 : 1;
      guint r = SKIP (k + 1);
      int base = 0;
      if (WORD_IS (r, NOW))
        base = 0;
      else if (IS_WORD (r) && LEXE (r)->day_offset != DOSSIER_LEX_DAY_NONE)
        base = LEXE (r)->day_offset;
      else
        return FALSE;
      hit->first = i;
      hit->last = r;
      if (s->ref != NULL)
        {
          GDate d = *s->ref;
          DateScan shifted = *s;
          if (base > 0)
            g_date_add_days (&d, base);
          else if (base < 0)
            g_date_subtract_days (&d, -base);
          shifted.ref = &d;
          shift (&shifted, hit, sign * count, unit);
        }
      hit->prec = DATE_PREC_DAY;
      return TRUE;
    }
  return FALSE;
}

/* A weekday alone: the last one before the reference date. */
static gboolean
read_weekday_alone (const DateScan *s, guint i, DateHit *hit)
{
  int wd = weekday_at (s, i);

  if (wd == 0)
    return FALSE;
  /* "Sunday Times", "Monday's meeting" stay dates; "Friday" at the start too */
  hit->first = i;
  hit->last = i;
  hit->weekday_only = TRUE;
  hit->weekday = wd;
  hit->prec = DATE_PREC_DAY;
  return TRUE;
}

/* "the 27", "the 22nd", "the twenty second": a day of the current month */
static gboolean
read_the_day (const DateScan *s, guint i, DateHit *hit)
{
  guint k;
  int d = 0;
  guint last;

  if (!s->english || !IS_WORD (i) || !(LEXE (i)->flags & DOSSIER_LEX_THE))
    return FALSE;
  k = SKIP (i + 1);
  if (k == i + 1)
    return FALSE;
  if (IS_DIGITS (k) && DTOK (s, k)->ch <= 2 && DTOK (s, k)->num >= 1 && DTOK (s, k)->num <= 31)
    {
      guint a;
      d = (int) DTOK (s, k)->num;
      last = k;
      if (IS_WORD (k + 1) && (LEXE (k + 1)->flags & DOSSIER_LEX_SUFFIX_ORD) && DTOK (s, k + 1)->b0 == DTOK (s, k)->b1)
        last = k + 1;
      else
        {
          /* "the 27 people" is a count, "the 16-bit chip" a size */
          a = SKIP (k + 1);
          if (a < s->tokens->n && (IS_WORD (a) || IS_DIGITS (a)))
            return FALSE;
          if (IS_PUNCT (k + 1, '-') && IS_WORD (k + 2))
            return FALSE;
        }
    }
  else if (IS_WORD (k) && LEXE (k)->ordinal)
    {
      d = LEXE (k)->ordinal;
      last = k;
      if (IS_WORD (SKIP (k + 1)) && LEXE (SKIP (k + 1))->ordinal && LEXE (k)->ordinal == 0)
        return FALSE;
      /* the first quarter, the second week */
      if (IS_WORD (SKIP (k + 1)) && (LEXE (SKIP (k + 1))->dunit || LEXE (SKIP (k + 1))->weekday ||
                                      LEXE (SKIP (k + 1))->unit || LEXE (SKIP (k + 1))->item))
        return FALSE;
      if (IS_WORD (SKIP (k + 1)) && !(LEXE (SKIP (k + 1))->flags & (DOSSIER_LEX_AND | DOSSIER_LEX_RANGE_TO)) &&
          SKIP (k + 1) > k + 1)
        return FALSE;
    }
  else if (IS_WORD (k) && LEXE (k)->num_kind == 1 && (LEXE (k)->num == 20 || LEXE (k)->num == 30))
    {
      guint o = SKIP (k + 1);
      if (IS_PUNCT (k + 1, '-'))
        o = k + 2;
      if (!(IS_WORD (o) && LEXE (o)->ordinal && LEXE (o)->ordinal < 10))
        return FALSE;
      d = (int) LEXE (k)->num + LEXE (o)->ordinal;
      last = o;
    }
  else
    return FALSE;
  hit->first = i;
  hit->last = last;
  hit->d = d;
  hit->bare_day = TRUE;
  hit->prec = DATE_PREC_DAY;
  return TRUE;
}

gboolean
_dossier_dates_read_relative (const DateScan *s, guint i, guint roles, DateHit *hit)
{
  DateHit h;
  gboolean found = FALSE;

  /* each reader with the roles of the tokens it can start at */
  static const struct
  {
    gboolean (*read) (const DateScan *, guint, DateHit *);
    guint      roles;
  } readers[] = {
    { read_day_word, DATE_ROLE_THE | DATE_ROLE_DAY_WORD | DATE_ROLE_NAMED },
    { read_rel_weekday, DATE_ROLE_REL | DATE_ROLE_WEEKDAY },
    { read_rel_unit, DATE_ROLE_THE | DATE_ROLE_REL | DATE_ROLE_UNIT },
    { read_offset, DATE_ROLE_NAMED | DATE_ROLE_IN | DATE_ROLE_DIGITS_2 | DATE_ROLE_DIGITS_3 | DATE_ROLE_COUNT |
                   DATE_ROLE_A | DATE_ROLE_FEW },
    { read_weekday_alone, DATE_ROLE_WEEKDAY },
    { read_the_day, DATE_ROLE_THE },
    { read_rel_month_name, DATE_ROLE_REL },
  };

  for (gsize r = 0; r < G_N_ELEMENTS (readers); r++)
    {
      if (!(roles & readers[r].roles))
        continue;
      memset (&h, 0, sizeof h);
      if (readers[r].read (s, i, &h) && (!found || h.last > hit->last))
        {
          *hit = h;
          found = TRUE;
        }
    }
  if (found)
    {
      /* "la semaine prochaine", "l'année dernière": keep the article */
      guint a = article_before (s, hit->first);
      if (a < hit->first && !(s->english) && IS_WORD (hit->first) && LEXE (hit->first)->dunit != DOSSIER_DUNIT_NONE)
        hit->first = a;
    }
  return found;
}
