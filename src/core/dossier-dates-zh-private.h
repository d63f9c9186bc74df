/* dossier-dates-zh-private.h — shared by the Chinese date readers
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-dates-private.h"

G_BEGIN_DECLS

/* Characters used below, by code point. */
enum
{
  C_YEAR = 0x5E74,     /* 年 */
  C_MONTH = 0x6708,    /* 月 */
  C_DAY = 0x65E5,      /* 日 */
  C_HAO = 0x53F7,      /* 号 */
  C_HAO_T = 0x865F,    /* 號 */
  C_ZHOU = 0x5468,     /* 周 */
  C_ZHOU_T = 0x9031,   /* 週 */
  C_XING = 0x661F,     /* 星 */
  C_QI = 0x671F,       /* 期 */
  C_LI = 0x793C,       /* 礼 */
  C_LI_T = 0x79AE,     /* 禮 */
  C_BAI = 0x62DC,      /* 拜 */
  C_TIAN = 0x5929,     /* 天 */
  C_SHANG = 0x4E0A,    /* 上 */
  C_XIA = 0x4E0B,      /* 下 */
  C_BEN = 0x672C,      /* 本 */
  C_ZHE = 0x8FD9,      /* 这 */
  C_ZHE_T = 0x9019,    /* 這 */
  C_GE = 0x4E2A,       /* 个 */
  C_GE_T = 0x500B,     /* 個 */
  C_QIAN = 0x524D,     /* 前 */
  C_HOU = 0x540E,      /* 后 */
  C_HOU_T = 0x5F8C,    /* 後 */
  C_JIN = 0x4ECA,      /* 今 */
  C_MING = 0x660E,     /* 明 */
  C_ZUO = 0x6628,      /* 昨 */
  C_QU = 0x53BB,       /* 去 */
  C_DA = 0x5927,       /* 大 */
  C_MO = 0x672B,       /* 末 */
  C_CHU = 0x521D,      /* 初 */
  C_ZHENG = 0x6B63,    /* 正 */
  C_DAI = 0x4EE3,      /* 代 */
  C_BAN = 0x534A,      /* 半 */
  C_YI = 0x4EE5,       /* 以 */
  C_ZHI = 0x4E4B,      /* 之 */
  C_LAI = 0x6765,      /* 来 */
  C_QI2 = 0x8D77,      /* 起 */
  C_HUO = 0x6216,      /* 或 */
  C_JI = 0x53CA,       /* 及 */
  C_ZI = 0x81EA,       /* 自 */
  C_CONG = 0x4ECE,     /* 从 */
  C_DI = 0x7B2C,       /* 第 */
  C_DE = 0x7684,       /* 的 */
  C_ZUI = 0x6700,      /* 最 */
  C_JI4 = 0x5B63,      /* 季 */
  C_DU = 0x5EA6,       /* 度 */
  C_SHI = 0x4E16,      /* 世 */
  C_JI_CENTURY = 0x7EAA, /* 纪 */
  C_CAI = 0x8D22,      /* 财 */
  C_ZHENG2 = 0x653F,   /* 政 */
};

/* The helpers go by short names inside the Chinese readers. */
#define is_hou            _dossier_dates_zh_is_hou
#define skip_blank        _dossier_dates_zh_skip_blank
#define read_num          _dossier_dates_zh_read_num
#define read_shift_prefix _dossier_dates_zh_read_shift_prefix
#define read_weekday      _dossier_dates_zh_read_weekday

/* 后 or 後 at @i. */
gboolean _dossier_dates_zh_is_hou             (const DateScan *s, guint i);
/* The token after blanks of at most two characters from @i. */
guint    _dossier_dates_zh_skip_blank         (const DateScan *s, guint i);
/* A number at @i (digits or Chinese numerals); *last its last token. */
gboolean _dossier_dates_zh_read_num           (const DateScan *s, guint i, int *v, int *ndig, gboolean *sequence,
                                               guint *last);
/* 上, 下, 上上, 下下, 本, 这, 这个, 上个, 下个: the offset, *next the token after. */
gboolean _dossier_dates_zh_read_shift_prefix  (const DateScan *s, guint i, int *off, guint *next);
/* 星期一, 礼拜天, 周日, 週三: the weekday and the last token. */
gboolean _dossier_dates_zh_read_weekday       (const DateScan *s, guint i, int *wd, guint *last);

/* Quarters: 第一季度, 三季度, 上季度. */
gboolean _dossier_dates_read_zh_quarter       (const DateScan *s, guint i, DateHit *hit);
/* A part of the year read in @hit: 今年第一季度, 去年的最后一个月. */
void     _dossier_dates_zh_part_of_year       (const DateScan *s, DateHit *hit);
/* A weekday of the month read in @hit: 五月的最后一个星期五. */
void     _dossier_dates_zh_part_of_month      (const DateScan *s, DateHit *hit);
/* 本世纪20年代, 上世纪90年代, 二十一世纪 */
gboolean _dossier_dates_read_zh_century       (const DateScan *s, guint i, DateHit *hit);
/* Whether an era name (康熙, 民国, 令和…) stands right before token @i: its first year. */
gboolean _dossier_dates_zh_era_before         (const DateScan *s, guint i, int *first_year);
/* 2024财年, 本财年, 2024财政年度 */
gboolean _dossier_dates_read_zh_fiscal_year   (const DateScan *s, guint i, DateHit *hit);

G_END_DECLS
