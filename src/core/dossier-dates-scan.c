/* dossier-dates-scan.c — one walk over the tokens, then ranges
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-dates-private.h"

#include <string.h>

/* Whether a date can start at token @i: cheap filter before the readers. */
static gboolean
can_start (const DateScan *s, guint i)
{
  const DossierToken *t = DTOK (s, i);

  switch (t->type)
    {
    case DOSSIER_TOKEN_DIGITS:
      return t->ch <= 4;
    case DOSSIER_TOKEN_WORD:
      {
        const DossierLexEntry *e;
        if (t->kw == 0)
          return FALSE;
        e = DLEX (s, i);
        return e->month || e->weekday || e->day_offset != DOSSIER_LEX_DAY_NONE || e->rel != DOSSIER_LEX_REL_NONE ||
               e->dunit || e->ordinal || e->num_kind || e->season ||
               (e->flags & (DOSSIER_LEX_THE | DOSSIER_LEX_EDGE | DOSSIER_LEX_PART | DOSSIER_LEX_OPEN | DOSSIER_LEX_FEW |
                            DOSSIER_LEX_IL | DOSSIER_LEX_IN | DOSSIER_LEX_A | DOSSIER_LEX_FROM | DOSSIER_LEX_BEFORE |
                            DOSSIER_LEX_HOLIDAY)) ||
               (e->flags == 0 && e->denom == 0 && e->decade == 0);
      }
    case DOSSIER_TOKEN_CJK:
      switch (t->ch)
        {
        case 0x4ECA: case 0x660E: case 0x6628: case 0x524D: case 0x540E: case 0x5F8C: /* 今明昨前后後 */
        case 0x5927: case 0x4E0A: case 0x4E0B: case 0x672C: case 0x8FD9: case 0x9019: /* 大上下本这這 */
        case 0x661F: case 0x793C: case 0x79AE: case 0x5468: case 0x9031: case 0x53BB: /* 星礼禮周週去 */
        case 0x6B63: case 0x521D: case 0x4ECE: case 0x81EA: case 0x622A:             /* 正初从自截 */
        case 0x519C: case 0x9634: case 0x7B2C:                                      /* 农阴第 */
          return TRUE;
        default:
          return dossier_cjk_digit (t->ch) >= 0 || t->ch == 0x5341 || t->ch == 0x62FE;
        }
    default:
      return FALSE;
    }
}

/* A range connector at @i: "to", "-", "au", "jusqu'à", 到, 至, "and"
 * (with between). Returns the token after it, or 0. */
static guint connector_word (const DateScan *s, guint i, gboolean between);

/* The connector, then "the" in English: "to the end of 2008". */
static guint
connector (const DateScan *s, guint i, gboolean between)
{
  guint n = connector_word (s, i, between);

  if (n != 0 && s->english && IS_WORD (n) && (DLEX (s, n)->flags & DOSSIER_LEX_THE) &&
      IS_WORD (SKIP (n + 1)) && (DLEX (s, SKIP (n + 1))->flags & DOSSIER_LEX_PART))
    return SKIP (n + 1);
  return n;
}

static guint
connector_word (const DateScan *s, guint i, gboolean between)
{
  guint k = SKIP (i);

  if (IS_PUNCT (k, '-') || IS_PUNCT (k, '~'))
    return SKIP (k + 1);
  if (IS_CJK (k, 0x5230) || IS_CJK (k, 0x81F3))   /* 到 至 */
    return SKIP (k + 1);
  if (IS_WORD (k) && (DLEX (s, k)->flags & DOSSIER_LEX_RANGE_TO))
    {
      guint n = k + 1;
      /* jusqu'à, jusqu'a */
      if (_dossier_dates_word_is (s, k, "jusqu") && IS_PUNCT (n, '\''))
        {
          n++;
          if (_dossier_dates_word_is (s, n, "a"))
            n++;
        }
      if (k == SKIP (i) && n > k)
        return SKIP (n);
    }
  if (s->french && _dossier_dates_word_is (s, k, "a") && k > i)
    return SKIP (k + 1);
  if (between && IS_WORD (k) && (DLEX (s, k)->flags & DOSSIER_LEX_AND))
    return SKIP (k + 1);
  if (IS_CJK (k, 0x548C) || IS_CJK (k, 0x4E0E) || IS_CJK (k, 0x8DDF))   /* 和 与 跟 */
    return SKIP (k + 1);
  return 0;
}

static gboolean
is_from_word (const DateScan *s, guint i, gboolean *between)
{
  *between = FALSE;
  if (IS_WORD (i) && (DLEX (s, i)->flags & DOSSIER_LEX_FROM) && !_dossier_dates_word_is (s, i, "depuis"))
    {
      *between = _dossier_dates_word_is (s, i, "between") || _dossier_dates_word_is (s, i, "entre");
      return TRUE;
    }
  if (IS_CJK (i, 0x4ECE) || IS_CJK (i, 0x81EA))   /* 从 自 */
    return TRUE;
  return FALSE;
}

static guint
space_before (const DateScan *s, guint i)
{
  while (i > 0 && IS_TYPE (i - 1, DOSSIER_TOKEN_SPACE) && !(DTOK (s, i - 1)->flags & DOSSIER_TOKEN_FLAG_NEWLINE))
    i--;
  return i;
}

/* 和, 与, 跟 at @i: they join two dates only before 之间 or 间. */
static gboolean
is_cjk_and (const DateScan *s, guint i)
{
  i = SKIP (i);
  return IS_CJK (i, 0x548C) || IS_CJK (i, 0x4E0E) || IS_CJK (i, 0x8DDF);
}

static gboolean
cjk_between_after (const DateScan *s, guint i)
{
  return (IS_CJK (i, 0x4E4B) && IS_CJK (i + 1, 0x95F4)) || IS_CJK (i, 0x95F4);
}

/* The prefix word before token @first, or @first. */
static guint
prefix_before (const DateScan *s, guint first, gboolean *between)
{
  guint b = first;

  *between = FALSE;
  while (b > 0 && IS_TYPE (b - 1, DOSSIER_TOKEN_SPACE) && !(DTOK (s, b - 1)->flags & DOSSIER_TOKEN_FLAG_NEWLINE))
    b--;
  /* "between the end of 2007", "from the 2nd of March" */
  if (s->english && b > 1 && IS_WORD (b - 1) && (DLEX (s, b - 1)->flags & DOSSIER_LEX_THE))
    {
      guint t = space_before (s, b - 1);
      if (t > 0 && is_from_word (s, t - 1, between))
        return t - 1;
    }
  if (b > 0 && is_from_word (s, b - 1, between))
    return b - 1;
  return first;
}

/* A bare day (1–31) or year at @i that a range can end or start with. */
static gboolean
bare_side (const DateScan *s, guint i, guint *last)
{
  if (_dossier_dates_word_is (s, i, "now") || (IS_WORD (i) && DLEX (s, i)->day_offset != DOSSIER_LEX_DAY_NONE))
    {
      *last = i;   /* "between now and November 15th" */
      return TRUE;
    }
  if (IS_WORD (i) && DLEX (s, i)->ordinal)
    {
      *last = i;   /* "april 9th through seventeenth" */
      return TRUE;
    }
  if (!IS_DIGITS (i) || DTOK (s, i)->ch > 4 || DTOK (s, i)->ch == 3)
    return FALSE;
  if (DTOK (s, i)->ch <= 2 && (DTOK (s, i)->num < 1 || DTOK (s, i)->num > 31))
    return FALSE;
  *last = i;
  if (IS_WORD (i + 1) && DTOK (s, i + 1)->b0 == DTOK (s, i)->b1 && (DLEX (s, i + 1)->flags & DOSSIER_LEX_SUFFIX_ORD))
    *last = i + 1;
  /* 到十二日 is read as a date already; a trailing 日 or 年 belongs to the side */
  if (IS_CJK (*last + 1, 0x65E5) || IS_CJK (*last + 1, 0x5E74))
    (*last)++;
  return TRUE;
}

static void
open_hit (DateHit *hit)
{
  hit->no_iso = TRUE;
  hit->iso[0] = '\0';
}

/* Words around a date that make it a part or an open range: the end of
 * 2008, mid-May, early next year, after 2018, since late July, 1/1/2016
 * and later, year 2012 or later, 2018年以前, 2017年上半年. */
static void
extend_hit (const DateScan *s, DateHit *hit, guint limit)
{
  guint b;

  if (hit->weekday_only)
    return;
  /* the week of March 3, the week of the 18th, la semaine du 16 septembre */
  b = space_before (s, hit->first);
  if (hit->prec == DATE_PREC_DAY && hit->d > 0 && b > limit + 1 && b < hit->first && IS_WORD (b - 1) &&
      (DLEX (s, b - 1)->flags & DOSSIER_LEX_OF))
    {
      guint w = space_before (s, b - 1);
      if (w > limit && w < b - 1 && IS_WORD (w - 1) && DLEX (s, w - 1)->dunit == DOSSIER_DUNIT_WEEK &&
          !DLEX (s, w - 1)->dunit_plural)
        {
          guint t = space_before (s, w - 1);
          hit->first = w - 1;
          if (t > limit && t < w - 1 && IS_WORD (t - 1) && (DLEX (s, t - 1)->flags & DOSSIER_LEX_THE))
            hit->first = t - 1;
          open_hit (hit);
          return;
        }
    }
  /* parts: the end of, the beginning of, rest of the, mid-, early, late */
  if (IS_PUNCT (b - 1, '-') && b >= 2 && IS_WORD (b - 2) && (DLEX (s, b - 2)->flags & DOSSIER_LEX_EDGE) && b - 2 >= limit)
    {
      hit->first = b - 2;
      open_hit (hit);
      b = space_before (s, hit->first);
    }
  else if (b > limit && b < hit->first && IS_WORD (b - 1) &&
           ((DLEX (s, b - 1)->flags & DOSSIER_LEX_EDGE) || (s->french && (DLEX (s, b - 1)->flags & DOSSIER_LEX_PART))) &&
           !(DLEX (s, b - 1)->flags & DOSSIER_LEX_OPEN))
    {
      hit->first = b - 1;
      open_hit (hit);
      b = space_before (s, hit->first);
    }
  else
    {
      guint k = b;
      if (k > limit + 1 && IS_WORD (k - 1) && (DLEX (s, k - 1)->flags & DOSSIER_LEX_THE) && k < hit->first)
        k = space_before (s, k - 1);
      if (k > limit + 1 && IS_WORD (k - 1) && (DLEX (s, k - 1)->flags & DOSSIER_LEX_OF))
        {
          guint p = space_before (s, k - 1);
          if (p > limit && IS_WORD (p - 1) && (DLEX (s, p - 1)->flags & DOSSIER_LEX_PART))
            {
              guint f = p - 1;
              hit->first = f;
              open_hit (hit);
              b = space_before (s, hit->first);
            }
        }
      else if (k > limit && k < hit->first && IS_WORD (k - 1) && (DLEX (s, k - 1)->flags & DOSSIER_LEX_PART) &&
               s->english && _dossier_dates_word_is (s, k - 1, "rest"))
        {
          hit->first = k - 1;   /* rest the week */
          open_hit (hit);
          b = space_before (s, hit->first);
        }
    }
  /* "2 weeks before May 13 1999", "3 days after tomorrow", "2 semaines avant le 13 mai 1999" */
  {
    guint w = b, art = hit->first;
    if (s->french && w > limit && w < hit->first && IS_WORD (w - 1) && (DLEX (s, w - 1)->flags & DOSSIER_LEX_THE))
      {
        art = w - 1;
        w = space_before (s, w - 1);
      }
    if (w > limit && w < art && IS_WORD (w - 1) &&
        (_dossier_dates_word_is (s, w - 1, "before") || _dossier_dates_word_is (s, w - 1, "after") || _dossier_dates_word_is (s, w - 1, "from") ||
         _dossier_dates_word_is (s, w - 1, "avant") || _dossier_dates_word_is (s, w - 1, "apres")))
      {
        guint e = space_before (s, w - 1);
        int sign = (_dossier_dates_word_is (s, w - 1, "before") || _dossier_dates_word_is (s, w - 1, "avant")) ? -1 : 1;
        for (guint st = e > 12 ? e - 12 : 0; e > 0 && e < w - 1 && st < e; st++)
          {
            int ys, ms, ds;
            guint last;
            if (st < limit)
              continue;
            if (_dossier_dates_read_span_of_time (s, st, &ys, &ms, &ds, &last) && last == e - 1)
              {
                GDate d;
                hit->first = st;
                hit->qualified = TRUE;
                {
                  /* "more than 2 weeks before today" is a range */
                  guint m = space_before (s, st);
                  if (m > limit + 1 && m < st && _dossier_dates_word_is (s, m - 1, "than"))
                    {
                      guint q = space_before (s, m - 1);
                      if (q > limit && q < m - 1 && (_dossier_dates_word_is (s, q - 1, "more") || _dossier_dates_word_is (s, q - 1, "less")))
                        {
                          hit->first = q - 1;
                          open_hit (hit);
                          return;
                        }
                    }
                }
                if (strlen (hit->iso) == 10 && dossier_date_parse_iso (hit->iso, &d))
                  {
                    DateScan shifted = *s;
                    shifted.ref = &d;
                    hit->iso[0] = '\0';
                    _dossier_dates_from_ref (&shifted, hit, sign * ds, sign * ms, sign * ys, DATE_PREC_DAY);
                  }
                else
                  open_hit (hit);
                return;
              }
          }
      }
  }
  /* "after the beginning of March" */
  if (s->english && b > limit + 1 && b < hit->first && IS_WORD (b - 1) && (DLEX (s, b - 1)->flags & DOSSIER_LEX_THE) &&
      IS_WORD (hit->first) && (DLEX (s, hit->first)->flags & DOSSIER_LEX_PART))
    {
      guint t = space_before (s, b - 1);
      if (t > limit && t < b - 1 && IS_WORD (t - 1) && (DLEX (s, t - 1)->flags & DOSSIER_LEX_OPEN))
        b = t;
    }
  /* open ranges in English: after, before, since, until, later than */
  if (s->english && b > limit && b < hit->first && IS_WORD (b - 1))
    {
      if ((DLEX (s, b - 1)->flags & DOSSIER_LEX_OPEN) && !_dossier_dates_word_is (s, b - 1, "until"))
        {
          hit->first = b - 1;
          open_hit (hit);
          hit->qualified = TRUE;
        }
      else if (_dossier_dates_word_is (s, b - 1, "than") && b >= 3)
        {
          guint w = space_before (s, b - 1);
          if (w > limit && (_dossier_dates_word_is (s, w - 1, "later") || _dossier_dates_word_is (s, w - 1, "earlier")))
            {
              guint f = w - 1, n = space_before (s, f);
              if (n > limit && _dossier_dates_word_is (s, n - 1, "no"))
                f = n - 1;
              hit->first = f;
              open_hit (hit);
              hit->qualified = TRUE;
            }
        }
      else if ((_dossier_dates_word_is (s, b - 1, "starting") || _dossier_dates_word_is (s, b - 1, "beginning")) ||
               ((DLEX (s, b - 1)->flags & DOSSIER_LEX_ON) && b >= 3 &&
                (_dossier_dates_word_is (s, space_before (s, b - 1) - 1, "starting") || _dossier_dates_word_is (s, space_before (s, b - 1) - 1, "beginning"))))
        {
          guint f = (DLEX (s, b - 1)->flags & DOSSIER_LEX_ON) ? space_before (s, b - 1) - 1 : b - 1;
          if (f >= limit)
            {
              guint w = space_before (s, f);
              hit->first = f;
              open_hit (hit);
              hit->qualified = TRUE;
              /* the week starting on February 4, 2 weeks starting May 20th */
              if (w > limit && w < f && IS_WORD (w - 1) && DLEX (s, w - 1)->dunit != DOSSIER_DUNIT_NONE)
                {
                  guint q = space_before (s, w - 1);
                  if (q > limit && q < w - 1 && (IS_DIGITS (q - 1) || (IS_WORD (q - 1) &&
                      (DLEX (s, q - 1)->num_kind == 1 || (DLEX (s, q - 1)->flags & (DOSSIER_LEX_THE | DOSSIER_LEX_A))))))
                    hit->first = q - 1;
                }
            }
        }
    }
  /* "more than 2 weeks before today", "less than 3 days after tomorrow" */
  if (s->english && (IS_DIGITS (hit->first) || (IS_WORD (hit->first) && DLEX (s, hit->first)->num_kind == 1)))
    {
      guint m = space_before (s, hit->first);
      if (m > limit + 1 && m < hit->first && _dossier_dates_word_is (s, m - 1, "than"))
        {
          guint q = space_before (s, m - 1);
          if (q > limit && q < m - 1 && (_dossier_dates_word_is (s, q - 1, "more") || _dossier_dates_word_is (s, q - 1, "less")))
            {
              hit->first = q - 1;
              open_hit (hit);
              hit->qualified = TRUE;
            }
        }
    }
  /* "year 2012", "l'année 2008" before a bare year */
  if (hit->prec == DATE_PREC_YEAR && hit->last == hit->first)
    {
      guint y = space_before (s, hit->first);
      if (y > limit && y < hit->first && IS_WORD (y - 1) && DLEX (s, y - 1)->dunit == DOSSIER_DUNIT_YEAR &&
          !DLEX (s, y - 1)->dunit_plural && !(DLEX (s, y - 1)->flags & DOSSIER_LEX_A))
        {
          guint t = space_before (s, y - 1);
          hit->first = y - 1;
          if (t > limit && t < y - 1 && IS_WORD (t - 1) && (DLEX (s, t - 1)->flags & DOSSIER_LEX_THE) && s->english)
            hit->first = t - 1;
          if (IS_PUNCT (y - 2, '\'') && y >= 3 && IS_WORD (y - 3) && (DLEX (s, y - 3)->flags & DOSSIER_LEX_THE))
            hit->first = y - 3;
          b = space_before (s, hit->first);
          if (s->english && b > limit && b < hit->first && IS_WORD (b - 1) && (DLEX (s, b - 1)->flags & DOSSIER_LEX_OPEN))
            {
              hit->first = b - 1;
              open_hit (hit);
              hit->qualified = TRUE;
            }
        }
    }

  /* after: or later, and later, or earlier, onwards */
  {
    guint a = SKIP (hit->last + 1);
    if (a > hit->last + 1 && IS_WORD (a) && (_dossier_dates_word_is (s, a, "or") || (DLEX (s, a)->flags & DOSSIER_LEX_AND)))
      {
        guint w = SKIP (a + 1);
        if (w > a + 1 && (_dossier_dates_word_is (s, w, "later") || _dossier_dates_word_is (s, w, "earlier") || _dossier_dates_word_is (s, w, "after") ||
                          _dossier_dates_word_is (s, w, "before")) &&
            !(IS_WORD (SKIP (w + 1)) && SKIP (w + 1) > w + 1 && !(DTOK (s, SKIP (w + 1))->flags & DOSSIER_TOKEN_FLAG_UPPER) &&
              DLEX (s, SKIP (w + 1))->flags == 0 && _dossier_dates_word_is (s, w, "after")) &&
            /* "after 2010 and before 2018": two open ranges */
            !(SKIP (w + 1) > w + 1 && (IS_DIGITS (SKIP (w + 1)) || (IS_WORD (SKIP (w + 1)) && DLEX (s, SKIP (w + 1))->month))))
          {
            hit->last = w;
            open_hit (hit);
            hit->qualified = TRUE;
          }
      }
    else if (a > hit->last + 1 && (_dossier_dates_word_is (s, a, "onwards") || _dossier_dates_word_is (s, a, "onward")))
      {
        hit->last = a;
        open_hit (hit);
        hit->qualified = TRUE;
      }
  }

  /* Chinese: 2018年以前, 2012-01-01及以前, 2015年1月1日或之后, 2014年6月14日起,
   * 2017年上半年, 自2018年以来 */
  {
    guint k = hit->last + 1, q = 0;
    gboolean relative_day = FALSE;

    if (IS_CJK (hit->last, 0x5929) || (IS_CJK (hit->last, 0x65E5) && hit->first + 1 == hit->last &&
                                        !IS_DIGITS (hit->first) && dossier_cjk_digit (DTOK (s, hit->first)->ch) < 0))
      relative_day = TRUE;   /* 明日之后 is a title more often than a range */
    if (IS_CJK (k, 0x6216) || IS_CJK (k, 0x53CA))   /* 或 及 */
      k++;
    if ((IS_CJK (k, 0x4EE5) || IS_CJK (k, 0x4E4B)) &&
        (IS_CJK (k + 1, 0x524D) || IS_CJK (k + 1, 0x540E) || IS_CJK (k + 1, 0x5F8C) || IS_CJK (k + 1, 0x6765)))
      q = k + 1;
    else if (k == hit->last + 1 && IS_CJK (k, 0x8D77))   /* 起 */
      q = k;
    else if (k == hit->last + 1 && IS_CJK (k, 0x5F00) && IS_CJK (k + 1, 0x59CB))   /* 开始 */
      q = k + 1;
    if (q > 0 && !relative_day)
      {
        hit->last = q;
        open_hit (hit);
        hit->qualified = TRUE;
        /* 自2018年以来 keeps 自 */
        if (IS_CJK (q, 0x6765) && hit->first > limit && (IS_CJK (hit->first - 1, 0x81EA) || IS_CJK (hit->first - 1, 0x4ECE)))
          hit->first--;
        if (hit->first >= limit + 3 && IS_CJK (hit->first - 1, 0x5230) && IS_CJK (hit->first - 2, 0x6B62) &&
            IS_CJK (hit->first - 3, 0x622A))   /* 截止到 */
          hit->first -= 3;
      }
    else if (hit->prec == DATE_PREC_YEAR && !hit->no_iso &&
             (IS_CJK (k, 0x4E0A) || IS_CJK (k, 0x4E0B) || IS_CJK (k, 0x524D) || IS_CJK (k, 0x540E) || IS_CJK (k, 0x5F8C)) &&
             IS_CJK (k + 1, 0x534A) && IS_CJK (k + 2, 0x5E74))
      {
        hit->last = k + 2;   /* 2017年上半年 */
        open_hit (hit);
      }
    /* 农历2015年十月初一 */
    if (hit->first >= limit + 2 && IS_CJK (hit->first - 1, 0x5386) &&
        (IS_CJK (hit->first - 2, 0x519C) || IS_CJK (hit->first - 2, 0x9634)))
      hit->first -= 2;
    /* 截止到2018年 */
    if (q == 0 && hit->first >= limit + 3 && IS_CJK (hit->first - 1, 0x5230) && IS_CJK (hit->first - 2, 0x6B62) &&
        IS_CJK (hit->first - 3, 0x622A))
      {
        hit->first -= 3;
        open_hit (hit);
        hit->qualified = TRUE;
      }
  }
}

/* Whether a four-digit year is written between tokens @first and @last. */
static gboolean
year_written (const DateScan *s, guint first, guint last)
{
  for (guint k = first; k <= last; k++)
    if (IS_DIGITS (k) && DTOK (s, k)->ch == 4)
      return TRUE;
  return FALSE;
}

static void
set_range (DateHit *a, const DateHit *b)
{
  if (a->iso[0] && b->iso[0] && strchr (a->iso, '/') == NULL && strchr (b->iso, '/') == NULL &&
      strlen (a->iso) == strlen (b->iso))
    {
      char buf[32];
      g_snprintf (buf, sizeof buf, "%s/%s", a->iso, b->iso);
      memcpy (a->iso, buf, sizeof buf);
      a->prec = DATE_PREC_NONE;
    }
  else
    a->iso[0] = '\0';
  a->no_iso = TRUE;
  a->last = b->last;
}

/* Joins dates linked by a connector; reads bare days and years on either
 * side; adds "from", "between", 从 before and 之间 after. */
static void
join_ranges (const DateScan *s, GArray *hits)
{
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (DateHit), hits->len);

  for (guint h = 0; h < hits->len; h++)
    {
      DateHit a = g_array_index (hits, DateHit, h);
      gboolean between;
      guint pre = prefix_before (s, a.first, &between);
      guint next, bl;

      /* 2010年之后2018年之前: two open ends make one range */
      if (a.qualified && h + 1 < hits->len && g_array_index (hits, DateHit, h + 1).first == a.last + 1 &&
          g_array_index (hits, DateHit, h + 1).qualified && IS_TYPE (a.last, DOSSIER_TOKEN_CJK))
        {
          a.last = g_array_index (hits, DateHit, h + 1).last;
          h++;
          g_array_append_val (out, a);
          continue;
        }
      /* "next friday 5/12": the weekday and the date it names */
      if (h + 1 < hits->len && IS_WORD (a.last) && DLEX (s, a.last)->weekday &&
          ((g_array_index (hits, DateHit, h + 1).first == SKIP (a.last + 1) &&
            g_array_index (hits, DateHit, h + 1).first > a.last + 1 &&
            IS_DIGITS (g_array_index (hits, DateHit, h + 1).first)) ||
           /* "this friday (jun-15)" */
           (IS_PUNCT (SKIP (a.last + 1), '(') && g_array_index (hits, DateHit, h + 1).first == SKIP (a.last + 1) + 1 &&
            IS_PUNCT (g_array_index (hits, DateHit, h + 1).last + 1, ')'))) &&
          g_array_index (hits, DateHit, h + 1).d > 0)
        {
          DateHit b = g_array_index (hits, DateHit, h + 1);
          a.last = IS_PUNCT (b.last + 1, ')') && IS_PUNCT (b.first - 1, '(') ? b.last + 1 : b.last;
          memcpy (a.iso, b.iso, sizeof a.iso);
          a.no_iso = b.no_iso;
          h++;
          g_array_append_val (out, a);
          continue;
        }
      /* "in 3 days on Friday", "two months from today on Tuesday": that
       * weekday nearest the day reached */
      if (h + 1 < hits->len && strlen (a.iso) == 10 && g_array_index (hits, DateHit, h + 1).weekday_only &&
          IS_WORD (SKIP (a.last + 1)) && (DLEX (s, SKIP (a.last + 1))->flags & DOSSIER_LEX_ON) &&
          g_array_index (hits, DateHit, h + 1).first == SKIP (SKIP (a.last + 1) + 1))
        {
          DateHit b = g_array_index (hits, DateHit, h + 1);
          GDate d;
          if (dossier_date_parse_iso (a.iso, &d))
            {
              int diff = (b.weekday - (int) g_date_get_weekday (&d) + 7) % 7;
              if (diff > 3)
                g_date_subtract_days (&d, 7 - diff);
              else
                g_date_add_days (&d, diff);
              _dossier_dates_set_day (&a, g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d));
            }
          a.last = b.last;
          h++;
          g_array_append_val (out, a);
          continue;
        }
      next = a.qualified ? 0 : connector (s, a.last + 1, between);
      if (next != 0)
        {
          guint bf = h + 1 < hits->len ? g_array_index (hits, DateHit, h + 1).first : 0;

          /* "to the 28th of June": the article of the second date */
          if (s->english && bf > next && IS_WORD (next) && (DLEX (s, next)->flags & DOSSIER_LEX_THE) && bf == SKIP (next + 1))
            next = bf;
          if (h + 1 < hits->len && bf == next &&
              !g_array_index (hits, DateHit, h + 1).qualified &&
              (!is_cjk_and (s, a.last + 1) || cjk_between_after (s, g_array_index (hits, DateHit, h + 1).last + 1)))
            {
              DateHit b = g_array_index (hits, DateHit, h + 1);
              guint yk;
              int yy;
              set_range (&a, &b);
              h++;
              /* "5/1-5/7, 2020" */
              yk = a.last + 1;
              if (IS_PUNCT (yk, ','))
                yk++;
              yk = SKIP (yk);
              if (yk > a.last + 1 && _dossier_dates_read_year4 (s, yk, &yy) && !year_written (s, a.first, a.last) &&
                  a.m > 0 && a.d > 0 && b.m > 0 && b.d > 0 && _dossier_dates_valid_day (yy, a.m, a.d) &&
                  _dossier_dates_valid_day (yy, b.m, b.d))
                {
                  /* the year written once after both days */
                  a.last = yk;
                  g_snprintf (a.iso, sizeof a.iso, "%04d-%02d-%02d/%04d-%02d-%02d", yy, a.m, a.d, yy, b.m, b.d);
                }
              /* 和…之间, 与…间 */
              if (IS_CJK (a.last + 1, 0x4E4B) && IS_CJK (a.last + 2, 0x95F4))
                a.last += 2;
              else if (IS_CJK (a.last + 1, 0x95F4))
                a.last += 1;
              a.first = pre;
              g_array_append_val (out, a);
              continue;
            }
          if (bare_side (s, next, &bl) && (a.d > 0 || a.y > 0 || a.prec == DATE_PREC_YEAR) &&
              !(IS_PUNCT (bl + 1, '/') || IS_PUNCT (bl + 1, ':') || (IS_PUNCT (bl + 1, '.') && IS_DIGITS (bl + 2))) &&
              !(IS_WORD (SKIP (bl + 1)) && SKIP (bl + 1) > bl + 1 &&
                (DLEX (s, SKIP (bl + 1))->unit || DLEX (s, SKIP (bl + 1))->currency || DLEX (s, SKIP (bl + 1))->item)))
            {
              /* "November 19-20", "2014 to 2018" */
              gboolean year_side = IS_DIGITS (next) && DTOK (s, next)->ch == 4;
              gboolean now_side = IS_WORD (next) && !LEXE (next)->ordinal;   /* now, today, yesterday */
              if ((year_side && (a.prec == DATE_PREC_YEAR || a.y > 0)) || (!year_side && a.d > 0) || now_side)
                {
                  a.no_iso = TRUE;
                  a.iso[0] = '\0';
                  a.last = bl;
                  a.first = pre;
                  g_array_append_val (out, a);
                  continue;
                }
            }
        }
      /* two bare days before a month: "4 au 22 cette mois", "4 to 23 next month" */
      if ((a.prec == DATE_PREC_MONTH || a.m > 0) && a.d == 0)
        {
          guint b = space_before (s, a.first), d2, c, d1;
          if (b > 0 && IS_WORD (b - 1) && (DLEX (s, b - 1)->flags & DOSSIER_LEX_OF))
            b = space_before (s, b - 1);
          d2 = b > 0 ? b - 1 : 0;
          if (b > 0 && b < a.first && IS_DIGITS (d2) && DTOK (s, d2)->ch <= 2 && DTOK (s, d2)->num >= 1 &&
              DTOK (s, d2)->num <= 31 && (out->len == 0 || g_array_index (out, DateHit, out->len - 1).last < d2))
            {
              guint cb = space_before (s, d2);
              gboolean conn = FALSE;
              c = cb > 0 ? cb - 1 : 0;
              if (cb > 0 && (IS_PUNCT (c, '-') || (IS_WORD (c) && (DLEX (s, c)->flags & (DOSSIER_LEX_RANGE_TO | DOSSIER_LEX_AND)))))
                conn = TRUE;
              else if (cb > 2 && IS_WORD (c) && _dossier_dates_word_is (s, c, "a") && IS_PUNCT (c - 1, '\'') && _dossier_dates_word_is (s, c - 2, "jusqu"))
                {
                  conn = TRUE;
                  c -= 2;
                }
              if (conn)
                {
                  guint db = space_before (s, c);
                  d1 = db > 0 ? db - 1 : 0;
                  if (db > 0 && IS_DIGITS (d1) && DTOK (s, d1)->ch <= 2 && DTOK (s, d1)->num >= 1 &&
                      DTOK (s, d1)->num <= 31 && (out->len == 0 || g_array_index (out, DateHit, out->len - 1).last < d1))
                    {
                      gboolean bw;
                      a.first = s->french ? d1 : prefix_before (s, d1, &bw);
                      open_hit (&a);
                      g_array_append_val (out, a);
                      continue;
                    }
                }
            }
        }
      /* bare left side: "from 4 to 22 this month", "1995 - 1997年" */
      {
        guint b = a.first;
        while (b > 0 && IS_TYPE (b - 1, DOSSIER_TOKEN_SPACE))
          b--;
        if (b > 1)
          {
            guint c = b - 1, d;
            gboolean conn = IS_PUNCT (c, '-') || IS_CJK (c, 0x5230) || IS_CJK (c, 0x81F3) ||
                            (IS_WORD (c) && (DLEX (s, c)->flags & (DOSSIER_LEX_RANGE_TO | DOSSIER_LEX_AND))) ||
                            (s->french && _dossier_dates_word_is (s, c, "a"));
            d = c;
            if (conn && _dossier_dates_word_is (s, c, "a") && c > 1 && IS_PUNCT (c - 1, '\'') && _dossier_dates_word_is (s, c - 2, "jusqu"))
              d = c - 2;
            while (conn && d > 0 && IS_TYPE (d - 1, DOSSIER_TOKEN_SPACE))
              d--;
            if (conn && d > 0)
              {
                guint e = d - 1, start = e, lb;
                if (IS_WORD (e) && (DLEX (s, e)->flags & DOSSIER_LEX_SUFFIX_ORD) && e > 0 && IS_DIGITS (e - 1))
                  start = e - 1;
                if ((out->len == 0 || g_array_index (out, DateHit, out->len - 1).last < start) &&
                    bare_side (s, start, &lb) && lb >= e &&
                    ((DTOK (s, start)->ch == 4 && (a.y > 0 || a.prec == DATE_PREC_YEAR)) ||
                     (DTOK (s, start)->ch <= 2 && (a.d > 0 || a.m > 0 || a.prec == DATE_PREC_MONTH))) &&
                    !(start > 0 && (IS_PUNCT (start - 1, '/') || IS_PUNCT (start - 1, '-') || IS_PUNCT (start - 1, '.') ||
                                    IS_PUNCT (start - 1, ':'))))
                  {
                    gboolean bw;
                    guint p = prefix_before (s, start, &bw);
                    if (!(IS_WORD (c) && (DLEX (s, c)->flags & DOSSIER_LEX_AND)) || bw || s->french)
                      {
                        a.first = p;
                        a.no_iso = TRUE;
                        a.iso[0] = '\0';
                        g_array_append_val (out, a);
                        continue;
                      }
                  }
              }
          }
      }
      /* since August, after 2018, before 2018, later than 2020 */
      if (s->english)
        {
          guint b = a.first;
          while (b > 0 && IS_TYPE (b - 1, DOSSIER_TOKEN_SPACE))
            b--;
          if (b > 0 && b < a.first && (_dossier_dates_word_is (s, b - 1, "since") || _dossier_dates_word_is (s, b - 1, "after") ||
                                       _dossier_dates_word_is (s, b - 1, "before")))
            {
              a.first = b - 1;
              a.no_iso = TRUE;
              a.iso[0] = '\0';
            }
          else if (b > 2 && b < a.first && _dossier_dates_word_is (s, b - 1, "than") &&
                   (_dossier_dates_word_is (s, b - 3, "later") || _dossier_dates_word_is (s, b - 3, "earlier")))
            {
              guint f = b - 3;
              if (f > 2 && _dossier_dates_word_is (s, f - 2, "no"))
                f -= 2;
              a.first = f;
              a.no_iso = TRUE;
              a.iso[0] = '\0';
            }
        }
      g_array_append_val (out, a);
    }
  /* "this week from Tue to Thur", "next week between Wednesday and Friday":
   * days of the week just named */
  for (guint h = 0; h + 1 < out->len; h++)
    {
      DateHit *a = &g_array_index (out, DateHit, h);
      const DateHit *b = &g_array_index (out, DateHit, h + 1);
      gboolean between;

      if (a->prec == DATE_PREC_WEEK && IS_WORD (a->last) && DLEX (s, a->last)->dunit == DOSSIER_DUNIT_WEEK &&
          b->first == SKIP (a->last + 1) && b->first > a->last + 1 && is_from_word (s, b->first, &between) &&
          b->no_iso && IS_WORD (b->last) && DLEX (s, b->last)->weekday)
        {
          a->last = b->last;
          open_hit (a);
          g_array_remove_index (out, h + 1);
        }
    }
  g_array_set_size (hits, 0);
  g_array_append_vals (hits, out->data, out->len);
  g_array_unref (out);
}

void
dossier_dates_scan (const DossierTokens  *tokens,
                    const DossierLexicon *lexicon,
                    const char           *lang,
                    const GDate          *ref,
                    GPtrArray            *spans)
{
  DateScan scan = { tokens, lexicon, lang, ref, FALSE, FALSE };
  const DateScan *s = &scan;
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (DateHit));
  guint i = 0;

  g_return_if_fail (tokens != NULL);
  g_return_if_fail (spans != NULL);

  scan.french = lang != NULL && strcmp (lang, "fr") == 0;
  scan.english = lang == NULL || strcmp (lang, "en") == 0;

  while (i < tokens->n)
    {
      DateHit hit;
      gboolean found = FALSE;

      if (!can_start (s, i))
        {
          i++;
          continue;
        }
      memset (&hit, 0, sizeof hit);
      if (tokens->tok[i].type == DOSSIER_TOKEN_CJK || (tokens->tok[i].type == DOSSIER_TOKEN_DIGITS &&
                                                       i + 1 < tokens->n && IS_TYPE (SKIP (i + 1), DOSSIER_TOKEN_CJK)))
        found = _dossier_dates_read_zh (s, i, &hit);
      if (!found && tokens->tok[i].type != DOSSIER_TOKEN_CJK)
        found = _dossier_dates_read_latin (s, i, &hit);
      if (!found)
        {
          i++;
          continue;
        }
      /* a reader that looks back ("to date") must not reach into the last hit */
      if (hits->len > 0 && hit.first <= g_array_index (hits, DateHit, hits->len - 1).last)
        {
          i++;
          continue;
        }
      _dossier_dates_resolve (s, &hit);
      extend_hit (s, &hit, hits->len > 0 ? g_array_index (hits, DateHit, hits->len - 1).last + 1 : 0);
      g_array_append_val (hits, hit);
      i = hit.last + 1;
    }

  join_ranges (s, hits);

  for (guint h = 0; h < hits->len; h++)
    {
      DateHit *hit = &g_array_index (hits, DateHit, h);
      g_autofree char *text = dossier_tokens_dup (tokens, hit->first, hit->last);
      DossierSpan *span = dossier_span_new (DOSSIER_SPAN_DATE, tokens->tok[hit->first].c0,
                                            tokens->tok[hit->last].c1, text);

      if (hit->iso[0] != '\0')
        span->iso = g_strdup (hit->iso);
      g_ptr_array_add (spans, span);
    }
}

GPtrArray *
dossier_dates_find (const char *text,
                    const char *lang,
                    const char *ref_date)
{
  const DossierLexicon *lexicon;
  DossierTokens tokens;
  GPtrArray *spans;
  GDate ref;
  gboolean have_ref;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  have_ref = ref_date != NULL && dossier_date_parse_iso (ref_date, &ref);
  lexicon = dossier_lexicon_get (lang);
  spans = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
  dossier_tokens_init (&tokens, text, strlen (text), dossier_lexicon_token_lookup, lexicon);
  dossier_dates_scan (&tokens, lexicon, lang, have_ref ? &ref : NULL, spans);
  dossier_tokens_clear (&tokens);
  g_ptr_array_sort (spans, dossier_span_compare);
  return spans;
}
