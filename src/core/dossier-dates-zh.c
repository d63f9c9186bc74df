/* dossier-dates-zh.c — Chinese dates: 2025年1月13日, 5月13日, 上周日, 去年, 5年前
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-dates-zh-private.h"

#include <string.h>

gboolean
is_hou (const DateScan *s, guint i)
{
  return IS_CJK (i, C_HOU) || IS_CJK (i, C_HOU_T);
}

guint
skip_blank (const DateScan *s, guint i)
{
  while (IS_TYPE (i, DOSSIER_TOKEN_SPACE) && !(DTOK (s, i)->flags & DOSSIER_TOKEN_FLAG_NEWLINE) &&
         DTOK (s, i)->c1 - DTOK (s, i)->c0 <= 2)
    i++;
  return i;
}

/* A number at @i (digits or Chinese numerals); *last its last token. */
gboolean
read_num (const DateScan *s, guint i, int *v, int *ndig, gboolean *sequence, guint *last)
{
  DossierTokens view;
  DossierNumber n;

  if (!(IS_DIGITS (i) || (IS_TYPE (i, DOSSIER_TOKEN_CJK) && dossier_number_can_start (s->tokens, s->lexicon, i))))
    return FALSE;
  if (IS_DIGITS (i))
    {
      *v = (int) MIN (DTOK (s, i)->num, 99999);
      *ndig = (int) DTOK (s, i)->ch;
      *sequence = FALSE;
      *last = i;
      return TRUE;
    }
  if (s->num_memo != NULL && s->num_memo->i == i)
    {
      const DateNumMemo *m = s->num_memo;
      if (!m->ok)
        return FALSE;
      *v = m->v;
      *ndig = m->ndig;
      *sequence = m->sequence;
      *last = m->last;
      return TRUE;
    }
  /* a date's numbers are short: parsing a window keeps hostile runs of
   * numerals (十十十…) linear */
  view = *s->tokens;
  view.n = MIN (view.n, i + 24);
  if (!dossier_number_parse (&view, s->lexicon, i, "zh", &n) ||
      (n.flags & (DOSSIER_NUMBER_APPROX | DOSSIER_NUMBER_NEGATIVE | DOSSIER_NUMBER_DECIMAL)) ||
      n.value < 0 || n.value > 9999)
    {
      if (s->num_memo != NULL)
        *s->num_memo = (DateNumMemo) { i, FALSE, 0, 0, FALSE, 0 };
      return FALSE;
    }
  *v = (int) n.value;
  *sequence = (n.flags & DOSSIER_NUMBER_SEQUENCE) != 0;
  *ndig = *sequence ? (int) (n.last - n.first + 1) : 0;
  *last = n.last;
  if (s->num_memo != NULL)
    *s->num_memo = (DateNumMemo) { i, TRUE, *v, *ndig, *sequence, *last };
  return TRUE;
}

/* 上, 下, 上上, 下下, 本, 这, 这个, 上个, 下个 before a week: the offset. */
gboolean
read_shift_prefix (const DateScan *s, guint i, int *off, guint *next)
{
  guint k = i;
  int o = 0;

  if (IS_CJK (k, C_SHANG) || IS_CJK (k, C_XIA))
    {
      o = IS_CJK (k, C_SHANG) ? -1 : 1;
      k++;
      if (IS_CJK (k, DTOK (s, k - 1)->ch))
        {
          o *= 2;
          k++;
        }
    }
  else if (IS_CJK (k, C_BEN) || IS_CJK (k, C_ZHE) || IS_CJK (k, C_ZHE_T))
    k++;
  else
    return FALSE;
  if (IS_CJK (k, C_GE) || IS_CJK (k, C_GE_T))
    k++;
  *off = o;
  *next = k;
  return TRUE;
}

/* 星期一, 礼拜天, 周日, 週三: the weekday and the last token. */
gboolean
read_weekday (const DateScan *s, guint i, int *wd, guint *last)
{
  guint k;
  gunichar c;

  if (IS_CJK (i, C_XING) && IS_CJK (i + 1, C_QI))
    k = i + 2;
  else if ((IS_CJK (i, C_LI) || IS_CJK (i, C_LI_T)) && IS_CJK (i + 1, C_BAI))
    k = i + 2;
  else if (IS_CJK (i, C_ZHOU) || IS_CJK (i, C_ZHOU_T))
    k = i + 1;
  else
    return FALSE;
  if (!IS_TYPE (k, DOSSIER_TOKEN_CJK))
    return FALSE;
  c = DTOK (s, k)->ch;
  if (c == C_DAY || c == C_TIAN)
    *wd = 7;
  else
    {
      int d = dossier_cjk_digit (c);
      if (d < 1 || d > 6 || c == 0x4E24)
        return FALSE;
      /* 周一至周五 are fine; 周一百 is not a weekday */
      if (IS_TYPE (k + 1, DOSSIER_TOKEN_CJK) && dossier_cjk_unit (DTOK (s, k + 1)->ch) > 0)
        return FALSE;
      *wd = d;
    }
  *last = k;
  return TRUE;
}

static gboolean
is_week_word (const DateScan *s, guint i, guint *last)
{
  if (IS_CJK (i, C_ZHOU) || IS_CJK (i, C_ZHOU_T))
    {
      *last = i;
      return TRUE;
    }
  if ((IS_CJK (i, C_XING) && IS_CJK (i + 1, C_QI)) || ((IS_CJK (i, C_LI) || IS_CJK (i, C_LI_T)) && IS_CJK (i + 1, C_BAI)))
    {
      *last = i + 1;
      return TRUE;
    }
  return FALSE;
}

/* 今天 明天 昨天 前天 后天 大前天 大后天 今日 明日 昨日 */
static gboolean
read_day_word (const DateScan *s, guint i, DateHit *hit)
{
  guint k = i;
  int off;
  gboolean big = FALSE;

  if (IS_CJK (k, C_DA) && (IS_CJK (k + 1, C_QIAN) || is_hou (s, k + 1)))
    {
      big = TRUE;
      k++;
    }
  if (!(IS_CJK (k + 1, C_TIAN) || IS_CJK (k + 1, C_DAY)))
    return FALSE;
  if (IS_CJK (k, C_JIN) && !big)
    off = 0;
  else if (IS_CJK (k, C_MING) && !big)
    off = 1;
  else if (IS_CJK (k, C_ZUO) && !big)
    off = -1;
  else if (IS_CJK (k, C_QIAN) && IS_CJK (k + 1, C_TIAN))
    off = big ? -3 : -2;
  else if (is_hou (s, k) && IS_CJK (k + 1, C_TIAN))
    off = big ? 3 : 2;
  else
    return FALSE;
  hit->first = i;
  hit->last = k + 1;
  hit->prec = DATE_PREC_DAY;
  _dossier_dates_from_ref (s, hit, off, 0, 0, DATE_PREC_DAY);
  return TRUE;
}

/* 上周一, 这个星期一, 上周, 本周, 下周末, 星期三 */
static gboolean
read_week (const DateScan *s, guint i, DateHit *hit)
{
  int off = 0, wd;
  guint k = i, last;
  gboolean prefixed = read_shift_prefix (s, i, &off, &k);

  if (!prefixed)
    k = i;
  if (read_weekday (s, k, &wd, &last))
    {
      hit->first = i;
      hit->last = last;
      hit->prec = DATE_PREC_DAY;
      if (prefixed)
        _dossier_dates_weekday (s, hit, wd, off);
      else
        {
          hit->weekday_only = TRUE;
          hit->weekday = wd;
        }
      return TRUE;
    }
  if (prefixed && is_week_word (s, k, &last))
    {
      hit->first = i;
      hit->last = last;
      hit->prec = DATE_PREC_WEEK;
      if (IS_CJK (last + 1, C_MO))
        {
          hit->last = last + 1;
          hit->no_iso = TRUE;   /* a weekend */
          return TRUE;
        }
      _dossier_dates_from_ref (s, hit, 7 * off, 0, 0, DATE_PREC_WEEK);
      return TRUE;
    }
  if (!prefixed && is_week_word (s, k, &last) && IS_CJK (last + 1, C_MO) && last == i)
    {
      hit->first = i;
      hit->last = last + 1;
      hit->no_iso = TRUE;
      return TRUE;
    }
  return FALSE;
}

/* 今年 去年 明年 前年 后年: the year offset. */
static gboolean
read_rel_year (const DateScan *s, guint i, int *off)
{
  if (!IS_CJK (i + 1, C_YEAR))
    return FALSE;
  if (IS_CJK (i, C_JIN))
    *off = 0;
  else if (IS_CJK (i, C_QU))
    *off = -1;
  else if (IS_CJK (i, C_MING))
    *off = 1;
  else if (IS_CJK (i, C_QIAN))
    *off = -2;
  else if (is_hou (s, i))
    *off = 2;
  else
    return FALSE;
  return TRUE;
}

/* 本月 这个月 上个月 下个月 上月 下月 */
static gboolean
read_rel_month (const DateScan *s, guint i, int *off, guint *last)
{
  guint k;

  if (!read_shift_prefix (s, i, off, &k))
    return FALSE;
  if (*off < -1 || *off > 1 || !IS_CJK (k, C_MONTH))
    return FALSE;
  *last = k;
  return TRUE;
}

/* [year 年][month 月][day 日|号], with relative years and months. */
static gboolean
read_ymd (const DateScan *s, guint i, DateHit *hit)
{
  int y = 0, m = 0, d = 0, yoff = 0, moff = 0;
  gboolean have_y = FALSE, rel_y = FALSE, have_m = FALSE, rel_m = FALSE, have_d = FALSE;
  guint k = i, last = i, era_first = i;
  int v, nd;
  gboolean seq;
  guint nl;

  /* year */
  if (read_rel_year (s, k, &yoff))
    {
      have_y = rel_y = TRUE;
      last = k + 1;
      k = k + 2;
    }
  else if (read_num (s, k, &v, &nd, &seq, &nl) && IS_CJK (skip_blank (s, nl + 1), C_YEAR))
    {
      guint yk = skip_blank (s, nl + 1);
      gboolean ok = FALSE;
      int era;

      if (k == i && !seq && v >= 1 && v < 100 && _dossier_dates_zh_era_before (s, i, &era))
        {
          /* 康熙三年, 民国38年: years of an era */
          v = era + v - 1;
          era_first = i - 2;
          ok = TRUE;
        }
      else if (IS_DIGITS (k) && nd == 4)
        ok = TRUE;
      else if (IS_DIGITS (k) && nd == 2 && (DTOK (s, k)->b0 + 1 < DTOK (s, k)->b1) &&
               (s->tokens->text[DTOK (s, k)->b0] == '0' || IS_DIGITS (skip_blank (s, yk + 1))))
        {
          v = _dossier_dates_two_digit_year (v);
          ok = TRUE;
        }
      else if (!IS_DIGITS (k) && seq && nd >= 2)
        ok = TRUE;   /* 二零一六年, 三六七年 */
      else if (!IS_DIGITS (k) && !seq && v >= 1000 && (v % 1000 == 0))
        ok = TRUE;   /* 两千年 */
      else if (IS_DIGITS (k) && nd == 3 && v >= 100)
        ok = TRUE;   /* 789年 */
      if (ok)
        {
          /* 5年前, 30年来 are spans of time, not years; 2018年以来 is */
          guint a = yk + 1;
          if (IS_CJK (a, C_DAI))
            {
              hit->first = i;
              hit->last = a;
              hit->no_iso = TRUE;   /* 九十年代 */
              return TRUE;
            }
          y = v;
          have_y = TRUE;
          last = yk;
          k = yk + 1;
        }
      else if (IS_CJK (yk + 1, C_DAI) && (v % 10 == 0))
        {
          hit->first = i;
          hit->last = yk + 1;
          hit->no_iso = TRUE;   /* 50年代 */
          return TRUE;
        }
    }

  /* month */
  {
    guint mk = have_y ? skip_blank (s, k) : k;
    int o;
    guint ml;

    if (read_rel_month (s, mk, &o, &ml))
      {
        have_m = rel_m = TRUE;
        moff = o;
        last = ml;
        k = ml + 1;
      }
    else if (IS_CJK (mk, C_ZHENG) && IS_CJK (mk + 1, C_MONTH))
      {
        m = 1;
        have_m = TRUE;
        last = mk + 1;
        k = mk + 2;
      }
    else if (read_num (s, mk, &v, &nd, &seq, &nl) && IS_CJK (skip_blank (s, nl + 1), C_MONTH) && v >= 1 && v <= 12 &&
             !(IS_TYPE (nl + 1, DOSSIER_TOKEN_CJK) && (DTOK (s, nl + 1)->ch == C_GE || DTOK (s, nl + 1)->ch == C_GE_T)))
      {
        guint mm = skip_blank (s, nl + 1);
        /* 3个月 is a duration; 一月份 is fine */
        m = v;
        have_m = TRUE;
        last = mm;
        k = mm + 1;
      }
  }

  /* day */
  {
    guint dk = (have_y || have_m) ? skip_blank (s, k) : k;

    if (have_m && IS_CJK (dk, C_CHU) && read_num (s, dk + 1, &v, &nd, &seq, &nl) && v >= 1 && v <= 10)
      {
        d = v;   /* lunar 初一: kept as the day number */
        have_d = TRUE;
        last = nl;
      }
    else if (read_num (s, dk, &v, &nd, &seq, &nl) && v >= 1 && v <= 31 && nd <= 2)
      {
        guint dd = skip_blank (s, nl + 1);
        if (IS_CJK (dd, C_DAY) || ((IS_CJK (dd, C_HAO) || IS_CJK (dd, C_HAO_T)) && (have_m || have_y)))
          {
            d = v;
            have_d = TRUE;
            last = dd;
          }
        else if (have_m && !IS_DIGITS (dk) &&
                 !(IS_TYPE (dd, DOSSIER_TOKEN_CJK) && (dossier_cjk_unit (DTOK (s, dd)->ch) > 0 ||
                                                       DTOK (s, dd)->ch == C_GE || DTOK (s, dd)->ch == C_TIAN)))
          {
            /* 八月十五, 一月二十三 */
            d = v;
            have_d = TRUE;
            last = nl;
          }
      }
  }

  if (!have_y && !have_m && !have_d)
    return FALSE;
  if (have_d && !have_m && !have_y && !(IS_CJK (last, C_DAY)))
    return FALSE;   /* 12号 alone is a number */
  hit->first = era_first;
  hit->last = last;

  if (rel_y || rel_m)
    {
      if (s->ref == NULL)
        {
          hit->prec = have_d ? DATE_PREC_DAY : have_m ? DATE_PREC_MONTH : DATE_PREC_YEAR;
          return TRUE;
        }
      y = g_date_get_year (s->ref) + (rel_y ? yoff : 0);
      if (rel_m)
        {
          GDate dm = *s->ref;
          g_date_set_day (&dm, 1);
          if (moff > 0)
            g_date_add_months (&dm, moff);
          else if (moff < 0)
            g_date_subtract_months (&dm, -moff);
          m = g_date_get_month (&dm);
          if (!rel_y)
            y = g_date_get_year (&dm);
        }
    }
  hit->y = have_y || rel_m ? y : 0;
  hit->m = have_m ? m : 0;
  hit->d = have_d ? d : 0;
  if (have_d)
    {
      hit->prec = DATE_PREC_DAY;
      if (!have_m)
        hit->bare_day = TRUE;
      if (have_y && have_m && !_dossier_dates_valid_day (hit->y, hit->m, hit->d))
        hit->no_iso = TRUE;
    }
  else if (have_m)
    hit->prec = DATE_PREC_MONTH;
  else
    hit->prec = DATE_PREC_YEAR;
  return TRUE;
}

/* 5年前, 3天后, 两个月前 */
static gboolean
read_offset (const DateScan *s, guint i, DateHit *hit)
{
  int v, nd;
  gboolean seq;
  guint nl, u;
  int unit;

  if (!read_num (s, i, &v, &nd, &seq, &nl) || seq || v >= 1000)
    return FALSE;
  u = skip_blank (s, nl + 1);
  if (IS_CJK (u, C_GE) || IS_CJK (u, C_GE_T))
    u++;
  if (IS_CJK (u, C_TIAN) || IS_CJK (u, C_DAY))
    unit = DOSSIER_DUNIT_DAY;
  else if (IS_CJK (u, C_YEAR))
    unit = DOSSIER_DUNIT_YEAR;
  else if (IS_CJK (u, C_MONTH))
    unit = DOSSIER_DUNIT_MONTH;
  else if (IS_CJK (u, C_ZHOU) || IS_CJK (u, C_ZHOU_T))
    unit = DOSSIER_DUNIT_WEEK;
  else if (IS_CJK (u, C_XING) && IS_CJK (u + 1, C_QI))
    {
      unit = DOSSIER_DUNIT_WEEK;
      u++;
    }
  else
    return FALSE;
  if (IS_CJK (u + 1, C_YI) && (IS_CJK (u + 2, C_QIAN) || is_hou (s, u + 2)))
    u++;
  if (!(IS_CJK (u + 1, C_QIAN) || is_hou (s, u + 1)))
    return FALSE;
  {
    int sign = IS_CJK (u + 1, C_QIAN) ? -1 : 1;
    hit->first = i;
    hit->last = u + 1;
    hit->prec = DATE_PREC_DAY;
    switch (unit)
      {
      case DOSSIER_DUNIT_DAY: _dossier_dates_from_ref (s, hit, sign * v, 0, 0, DATE_PREC_DAY); break;
      case DOSSIER_DUNIT_WEEK: _dossier_dates_from_ref (s, hit, sign * 7 * v, 0, 0, DATE_PREC_DAY); break;
      case DOSSIER_DUNIT_MONTH: _dossier_dates_from_ref (s, hit, 0, sign * v, 0, DATE_PREC_DAY); break;
      default: _dossier_dates_from_ref (s, hit, 0, 0, sign * v, DATE_PREC_DAY); break;
      }
  }
  return TRUE;
}

/* 前1周, 后1年, 上2个月, 上半年, 下半年: periods without one value */
static gboolean
read_period (const DateScan *s, guint i, DateHit *hit)
{
  guint k = i + 1, u;
  int v, nd;
  gboolean seq;
  guint nl;

  /* 从2016到2018 */
  if ((IS_CJK (i, C_CONG) || IS_CJK (i, C_ZI)) && IS_DIGITS (k) && DTOK (s, k)->ch == 4 &&
      (IS_CJK (k + 1, 0x5230) || IS_CJK (k + 1, 0x81F3)) && IS_DIGITS (k + 2) && DTOK (s, k + 2)->ch == 4 &&
      DTOK (s, k + 2)->num > DTOK (s, k)->num)
    {
      hit->first = i;
      hit->last = k + 2;
      if (IS_CJK (k + 3, C_YEAR))
        hit->last = k + 3;
      hit->no_iso = TRUE;
      return TRUE;
    }
  /* 大年初一: the first days of the lunar year */
  if (IS_CJK (i, C_DA) && IS_CJK (k, C_YEAR) && IS_CJK (k + 1, C_CHU) && read_num (s, k + 2, &v, &nd, &seq, &nl) &&
      v >= 1 && v <= 15)
    {
      hit->first = i;
      hit->last = nl;
      hit->m = 1;
      hit->d = v;
      hit->prec = DATE_PREC_DAY;
      return TRUE;
    }

  if (!(IS_CJK (i, C_QIAN) || is_hou (s, i) || IS_CJK (i, C_SHANG) || IS_CJK (i, C_XIA)))
    return FALSE;
  /* 最后一个月 is the last month of something, not the month after */
  if (is_hou (s, i) && i > 0 && IS_CJK (i - 1, C_ZUI))
    return FALSE;
  if (IS_CJK (k, C_GE))
    k++;
  if (IS_CJK (k, C_BAN) && (IS_CJK (k + 1, C_YEAR) || IS_CJK (k + 1, C_MONTH)))
    {
      hit->first = i;
      hit->last = k + 1;
      hit->no_iso = TRUE;
      return TRUE;
    }
  if (!read_num (s, k, &v, &nd, &seq, &nl) || v > 99 || seq)
    return FALSE;
  /* 一下2009年: 下 is part of the word before */
  if (i > 0 && IS_TYPE (i - 1, DOSSIER_TOKEN_CJK) && IS_DIGITS (k))
    return FALSE;
  u = nl + 1;
  if (IS_CJK (u, C_GE) || IS_CJK (u, C_GE_T))
    u++;
  if (!(IS_CJK (u, C_YEAR) || IS_CJK (u, C_MONTH) || IS_CJK (u, C_ZHOU) || IS_CJK (u, C_TIAN)))
    return FALSE;
  hit->first = i;
  hit->last = u;
  hit->no_iso = TRUE;
  return TRUE;
}

gboolean
_dossier_dates_read_zh (const DateScan *s, guint i, DateHit *hit)
{
  typedef gboolean (*Reader) (const DateScan *, guint, DateHit *);
  static const Reader readers[] = { read_ymd, read_day_word, read_week, read_offset, read_period };
  /* quarters, centuries and fiscal years end in 度, 纪, 财年: read only when
   * one of them is close ahead */
  static const Reader marked[] = { _dossier_dates_read_zh_quarter, _dossier_dates_read_zh_century,
                                   _dossier_dates_read_zh_fiscal_year };
  gboolean found = FALSE, marker = FALSE;

  for (gsize r = 0; r < G_N_ELEMENTS (readers); r++)
    {
      DateHit h = { 0 };
      if (readers[r] (s, i, &h) && (!found || h.last > hit->last))
        {
          *hit = h;
          found = TRUE;
        }
    }
  for (guint k = i + 1; k < i + 7 && k < s->tokens->n && !marker; k++)
    marker = IS_CJK (k, C_DU) || IS_CJK (k, C_JI_CENTURY) || IS_CJK (k, C_CAI);
  for (gsize r = 0; marker && r < G_N_ELEMENTS (marked); r++)
    {
      DateHit h = { 0 };
      if (marked[r] (s, i, &h) && (!found || h.last > hit->last))
        {
          *hit = h;
          found = TRUE;
        }
    }
  if (!found)
    return FALSE;
  if (hit->prec == DATE_PREC_YEAR && hit->m == 0 && !hit->no_iso)
    _dossier_dates_zh_part_of_year (s, hit);
  else if (hit->prec == DATE_PREC_MONTH && hit->m > 0 && hit->d == 0 && !hit->no_iso)
    _dossier_dates_zh_part_of_month (s, hit);

  /* 10月12号，星期一 */
  if (hit->prec == DATE_PREC_DAY && !hit->weekday_only && !hit->bare_day)
    {
      guint k = hit->last + 1, last;
      int wd;
      if (IS_TYPE (k, DOSSIER_TOKEN_PUNCT) && (DTOK (s, k)->ch == ',' || DTOK (s, k)->ch == '('))
        k++;
      if (read_weekday (s, k, &wd, &last))
        hit->last = (IS_TYPE (last + 1, DOSSIER_TOKEN_PUNCT) && DTOK (s, last + 1)->ch == ')' &&
                     DTOK (s, hit->last + 1)->ch == '(') ? last + 1 : last;
    }
  return TRUE;
}
