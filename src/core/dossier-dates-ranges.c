/* dossier-dates-ranges.c — two dates joined into one range: "from 4 to 22
 * this month", "between 2014 and 2018", 2010年至2015年, "this week from Tue
 * to Thur"
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-dates-private.h"

#include <string.h>

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
      if (WORD_IS (k, JUSQU) && IS_PUNCT (n, '\''))
        {
          n++;
          if (WORD_IS (n, A))
            n++;
        }
      if (k == SKIP (i) && n > k)
        return SKIP (n);
    }
  if (s->french && WORD_IS (k, A) && k > i)
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
  if (IS_WORD (i) && (DLEX (s, i)->flags & DOSSIER_LEX_FROM) && !WORD_IS (i, DEPUIS))
    {
      *between = WORD_IS (i, BETWEEN) || WORD_IS (i, ENTRE);
      return TRUE;
    }
  if (IS_CJK (i, 0x4ECE) || IS_CJK (i, 0x81EA))   /* 从 自 */
    return TRUE;
  return FALSE;
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
  if (WORD_IS (i, NOW) || (IS_WORD (i) && DLEX (s, i)->day_offset != DOSSIER_LEX_DAY_NONE))
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
void
_dossier_dates_join_ranges (const DateScan *s, GArray *hits)
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
                  _dossier_dates_format_iso_days (a.iso, sizeof a.iso, yy, a.m, a.d, yy, b.m, b.d);
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
              else if (cb > 2 && IS_WORD (c) && WORD_IS (c, A) && IS_PUNCT (c - 1, '\'') && WORD_IS (c - 2, JUSQU))
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
                            (s->french && WORD_IS (c, A));
            d = c;
            if (conn && WORD_IS (c, A) && c > 1 && IS_PUNCT (c - 1, '\'') && WORD_IS (c - 2, JUSQU))
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
          if (b > 0 && b < a.first && (WORD_IS (b - 1, SINCE) || WORD_IS (b - 1, AFTER) ||
                                       WORD_IS (b - 1, BEFORE)))
            {
              a.first = b - 1;
              a.no_iso = TRUE;
              a.iso[0] = '\0';
            }
          else if (b > 2 && b < a.first && WORD_IS (b - 1, THAN) &&
                   (WORD_IS (b - 3, LATER) || WORD_IS (b - 3, EARLIER)))
            {
              guint f = b - 3;
              if (f > 2 && WORD_IS (f - 2, NO))
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
