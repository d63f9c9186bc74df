/* dossier-dates-zh-periods.c — Chinese periods: 第一季度, 上季度, 今年第一季度,
 * 明年第九个月, 去年的最后一个月
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-dates-zh-private.h"

/* A unit of time at @k after a count: 月, 个月, 季度, 周, 週, 星期, 天, 日.
 * Returns the unit, *last its last token. */
static int
read_zh_unit (const DateScan *s, guint k, guint *last)
{
  k = skip_blank (s, k);
  if (IS_CJK (k, C_GE) || IS_CJK (k, C_GE_T))
    k++;
  if (IS_CJK (k, C_MONTH))
    return *last = k, DOSSIER_DUNIT_MONTH;
  if (IS_CJK (k, C_JI4) && IS_CJK (k + 1, C_DU))
    return *last = k + 1, DOSSIER_DUNIT_QUARTER;
  if (IS_CJK (k, C_ZHOU) || IS_CJK (k, C_ZHOU_T))
    return *last = k, DOSSIER_DUNIT_WEEK;
  if (IS_CJK (k, C_XING) && IS_CJK (k + 1, C_QI))
    return *last = k + 1, DOSSIER_DUNIT_WEEK;
  if (IS_CJK (k, C_TIAN))
    return *last = k, DOSSIER_DUNIT_DAY;
  return DOSSIER_DUNIT_NONE;
}

/* Quarters: 第一季度, 三季度, 上季度, 本季度, 下个季度. */
gboolean
_dossier_dates_read_zh_quarter (const DateScan *s, guint i, DateHit *hit)
{
  guint k = i, last;
  int v = 0, nd, off;
  gboolean seq;

  if (IS_CJK (k, C_DI))
    k++;
  if (read_num (s, k, &v, &nd, &seq, &last))
    {
      if (v < 1 || v > 4 || read_zh_unit (s, last + 1, &last) != DOSSIER_DUNIT_QUARTER ||
          IS_CJK (last - 2, C_GE) || IS_CJK (last - 2, C_GE_T))
        return FALSE;   /* 三个季度 is a duration */
    }
  else if (k == i && read_shift_prefix (s, i, &off, &k) && IS_CJK (k, C_JI4) && IS_CJK (k + 1, C_DU))
    last = k + 1;
  else
    return FALSE;
  hit->first = i;
  hit->last = last;
  hit->no_iso = TRUE;
  return TRUE;
}

/* A part of the year read in @hit: 今年第一季度, 明年第九个月, 2021年的第二周,
 * 去年的最后一个月, 今年的最後 3 週, 去年的前10天. */
void
_dossier_dates_zh_part_of_year (const DateScan *s, DateHit *hit)
{
  guint k = hit->last + 1, last;
  int v = 1, nd, unit;
  gboolean seq, is_last = FALSE, ordinal = FALSE;

  if (IS_CJK (k, C_DE))
    k++;
  k = skip_blank (s, k);
  if (IS_CJK (k, C_DI))
    {
      ordinal = TRUE;
      if (!read_num (s, k + 1, &v, &nd, &seq, &last) || seq)
        return;
    }
  else if (IS_CJK (k, C_ZUI) && is_hou (s, k + 1))
    {
      is_last = TRUE;
      last = k + 1;
      if (read_num (s, skip_blank (s, k + 2), &v, &nd, &seq, &last) && seq)
        return;
    }
  else if (IS_CJK (k, C_QIAN))
    {
      if (!read_num (s, skip_blank (s, k + 1), &v, &nd, &seq, &last) || seq)
        return;
    }
  else if (read_num (s, k, &v, &nd, &seq, &last) && !seq && v >= 1 && v <= 4)
    ordinal = TRUE;   /* 一季度 */
  else
    return;
  unit = read_zh_unit (s, last + 1, &last);
  if (unit == DOSSIER_DUNIT_NONE || v < 1 || (ordinal && unit == DOSSIER_DUNIT_QUARTER && v > 4) ||
      (!IS_CJK (k, C_DI) && ordinal && unit != DOSSIER_DUNIT_QUARTER))
    return;
  hit->last = last;
  hit->iso[0] = '\0';
  hit->no_iso = TRUE;
  /* a month of a known year has its date */
  if (unit == DOSSIER_DUNIT_MONTH && hit->y > 0 && ((ordinal && v <= 12) || (is_last && v == 1)))
    {
      hit->m = is_last ? 12 : v;
      hit->prec = DATE_PREC_MONTH;
      hit->no_iso = FALSE;
      _dossier_dates_format_iso (hit->iso, sizeof hit->iso, DATE_PREC_MONTH, hit->y, hit->m, 0);
    }
}

/* A weekday of the month read in @hit: 五月的最后一个星期五, 六月的第一个星期一,
 * 9月第二个周三. */
void
_dossier_dates_zh_part_of_month (const DateScan *s, DateHit *hit)
{
  guint k = hit->last + 1, last;
  int nth = 0, nd, wd, y, dd;
  gboolean seq;
  GDate d;

  if (IS_CJK (k, C_DE))
    k++;
  if (IS_CJK (k, C_DI))
    {
      if (!read_num (s, k + 1, &nth, &nd, &seq, &last) || seq || nth < 1 || nth > 5)
        return;
      k = last + 1;
    }
  else if (IS_CJK (k, C_ZUI) && is_hou (s, k + 1))
    {
      nth = -1;
      k += 2;
      if (IS_TYPE (k, DOSSIER_TOKEN_CJK) && dossier_cjk_digit (DTOK (s, k)->ch) == 1)
        k++;
    }
  else
    return;
  if (IS_CJK (k, C_GE) || IS_CJK (k, C_GE_T))
    k++;
  if (!read_weekday (s, k, &wd, &last))
    return;
  hit->last = last;
  hit->iso[0] = '\0';
  y = hit->y > 0 ? hit->y : s->ref != NULL ? (int) g_date_get_year (s->ref) : 0;
  if (y == 0)
    {
      hit->no_iso = TRUE;
      return;
    }
  g_date_clear (&d, 1);
  if (nth > 0)
    {
      g_date_set_dmy (&d, 1, hit->m, y);
      dd = 1 + (wd - (int) g_date_get_weekday (&d) + 7) % 7 + 7 * (nth - 1);
    }
  else
    {
      dd = g_date_get_days_in_month (hit->m, y);
      g_date_set_dmy (&d, dd, hit->m, y);
      dd -= ((int) g_date_get_weekday (&d) - wd + 7) % 7;
    }
  if (_dossier_dates_valid_day (y, hit->m, dd))
    _dossier_dates_set_day (hit, y, hit->m, dd);
  else
    hit->no_iso = TRUE;
}

/* Centuries and their decades: 本世纪20年代, 上世纪90年代, 20世纪80年代,
 * 二十一世纪, 上个世纪. */
gboolean
_dossier_dates_read_zh_century (const DateScan *s, guint i, DateHit *hit)
{
  guint k = i, last;
  int v, nd, off;
  gboolean seq;

  if (read_num (s, k, &v, &nd, &seq, &last) && !seq && v >= 1 && v <= 30)
    k = last + 1;
  else if (read_shift_prefix (s, k, &off, &k) && off >= -1 && off <= 1)
    ;
  else
    return FALSE;
  if (!(IS_CJK (k, C_SHI) && IS_CJK (k + 1, C_JI_CENTURY)))
    return FALSE;
  hit->first = i;
  hit->last = k + 1;
  hit->no_iso = TRUE;
  /* the decade: 90年代, 八十年代 */
  if (read_num (s, k + 2, &v, &nd, &seq, &last) && v % 10 == 0 && v < 100 && IS_CJK (last + 1, C_YEAR) &&
      IS_CJK (last + 2, C_DAI))
    hit->last = last + 2;
  return TRUE;
}

/* Fiscal years: 2024财年, 2024财政年度, 本财年, 上一财年, 下个财年. */
gboolean
_dossier_dates_read_zh_fiscal_year (const DateScan *s, guint i, DateHit *hit)
{
  guint k = i, last;
  int v, nd, off;
  gboolean seq;

  if (read_num (s, k, &v, &nd, &seq, &last) && ((IS_DIGITS (k) && (nd == 4 || nd == 2)) || (seq && nd >= 2)))
    k = last + 1;
  else if (read_shift_prefix (s, k, &off, &k))
    {
      if (IS_TYPE (k, DOSSIER_TOKEN_CJK) && dossier_cjk_digit (DTOK (s, k)->ch) == 1 && off != 0)
        k++;   /* 上一财年 */
    }
  else if (IS_CJK (k, C_JIN) || IS_CJK (k, C_QU) || IS_CJK (k, C_MING))
    k++;
  else
    return FALSE;
  if (!IS_CJK (k, C_CAI))
    return FALSE;
  if (IS_CJK (k + 1, C_YEAR))
    last = k + 1;
  else if (IS_CJK (k + 1, C_ZHENG2) && IS_CJK (k + 2, C_YEAR) && IS_CJK (k + 3, C_DU))
    last = k + 3;
  else
    return FALSE;
  hit->first = i;
  hit->last = last;
  hit->no_iso = TRUE;
  return TRUE;
}

/* Reign and republic eras whose years count from their first year: the Ming
 * and Qing reigns, the Republic of China (民国), Japan since Meiji. Simplified
 * and traditional forms. */
static const struct { const char *name; int first_year; } eras[] = {
  { "洪武", 1368 }, { "建文", 1399 }, { "永乐", 1403 }, { "永樂", 1403 }, { "洪熙", 1425 }, { "宣德", 1426 },
  { "正统", 1436 }, { "正統", 1436 }, { "景泰", 1450 }, { "天顺", 1457 }, { "天順", 1457 }, { "成化", 1465 },
  { "弘治", 1488 }, { "正德", 1506 }, { "嘉靖", 1522 }, { "隆庆", 1567 }, { "隆慶", 1567 }, { "万历", 1573 },
  { "萬曆", 1573 }, { "泰昌", 1620 }, { "天启", 1621 }, { "天啟", 1621 }, { "崇祯", 1628 }, { "崇禎", 1628 },
  { "顺治", 1644 }, { "順治", 1644 }, { "康熙", 1662 }, { "雍正", 1723 }, { "乾隆", 1736 }, { "嘉庆", 1796 },
  { "嘉慶", 1796 }, { "道光", 1821 }, { "咸丰", 1851 }, { "咸豐", 1851 }, { "同治", 1862 }, { "光绪", 1875 },
  { "光緒", 1875 }, { "宣统", 1909 }, { "宣統", 1909 }, { "民国", 1912 }, { "民國", 1912 },
  { "明治", 1868 }, { "大正", 1912 }, { "昭和", 1926 }, { "平成", 1989 }, { "令和", 2019 },
};

gboolean
_dossier_dates_zh_era_before (const DateScan *s, guint i, int *first_year)
{
  if (i < 2 || !IS_TYPE (i - 2, DOSSIER_TOKEN_CJK) || !IS_TYPE (i - 1, DOSSIER_TOKEN_CJK))
    return FALSE;
  for (gsize e = 0; e < G_N_ELEMENTS (eras); e++)
    if (g_utf8_get_char (eras[e].name) == DTOK (s, i - 2)->ch &&
        g_utf8_get_char (g_utf8_next_char (eras[e].name)) == DTOK (s, i - 1)->ch)
      {
        *first_year = eras[e].first_year;
        return TRUE;
      }
  return FALSE;
}
