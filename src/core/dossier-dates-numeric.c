/* dossier-dates-numeric.c — dates written with digits: 2025-05-13, 13/05/2025, 5/13
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-dates-private.h"

#include <string.h>

/* ---- dates written with numbers ------------------------------------- */

typedef struct
{
  int      v[3];
  int      ndig[3];     /* digits of each part; 0 for a month name */
  int      month[3];    /* month of a month-name part */
  gunichar sep[2];
  guint    n;
  guint    first, last;
} NumParts;

static gboolean
is_date_sep (const DateScan *s, guint i, gunichar *sep)
{
  if (IS_PUNCT (i, '-') || IS_PUNCT (i, '/') || IS_PUNCT (i, '.'))
    {
      *sep = DTOK (s, i)->ch;
      return TRUE;
    }
  return FALSE;
}

/* Reads up to three parts joined by - / . (blanks allowed around - and /). */
static gboolean
read_parts (const DateScan *s, guint i, NumParts *p)
{
  guint k = i;

  memset (p, 0, sizeof *p);
  p->first = i;
  while (p->n < 3)
    {
      if (IS_DIGITS (k))
        {
          if (DTOK (s, k)->ch > 4)
            return FALSE;
          p->v[p->n] = (int) DTOK (s, k)->num;
          p->ndig[p->n] = (int) DTOK (s, k)->ch;
        }
      else if (IS_WORD (k) && DLEX (s, k)->month != 0 && p->n > 0 + 0)
        {
          p->month[p->n] = DLEX (s, k)->month;
          p->v[p->n] = DLEX (s, k)->month;
        }
      else if (IS_WORD (k) && DLEX (s, k)->month != 0 && p->n == 0 && (IS_PUNCT (k + 1, '-') || IS_PUNCT (k + 1, '/')))
        {
          p->month[0] = DLEX (s, k)->month;
          p->v[0] = p->month[0];
        }
      else
        break;
      p->last = k;
      p->n++;
      if (p->n == 3)
        break;
      {
        guint a = k + 1, b;
        gunichar sep;
        gboolean spaced = FALSE;

        if (IS_TYPE (a, DOSSIER_TOKEN_SPACE) && DTOK (s, a)->c1 - DTOK (s, a)->c0 <= 2 &&
            !(DTOK (s, a)->flags & DOSSIER_TOKEN_FLAG_NEWLINE))
          {
            a++;
            spaced = TRUE;
          }
        if (!is_date_sep (s, a, &sep))
          {
            /* 12/08,2015 */
            if (!spaced && p->n == 2 && IS_PUNCT (a, ',') && IS_DIGITS (a + 1) &&
                (DTOK (s, a + 1)->ch == 4 || DTOK (s, a + 1)->ch == 2))
              {
                p->sep[1] = ',';
                k = a + 1;
                continue;
              }
            break;
          }
        if (spaced && sep == '.')
          break;
        if (p->n == 2 && sep != p->sep[0])
          break;
        b = a + 1;
        if (IS_TYPE (b, DOSSIER_TOKEN_SPACE) && DTOK (s, b)->c1 - DTOK (s, b)->c0 <= 2 && sep != '.')
          b++;
        if (!(IS_DIGITS (b) || (IS_WORD (b) && DLEX (s, b)->month != 0)))
          break;
        p->sep[p->n - 1] = sep;
        k = b;
      }
    }
  return p->n >= 2;
}

static int
year_of (int v, int ndig)
{
  if (ndig == 4)
    return v;
  if (ndig == 2)
    return _dossier_dates_two_digit_year (v);
  return 0;
}

/* Digits right before or after that make the parts a phone number, a code
 * or a version: 888-000-9999, ABC-12345-A1B2C3, 133-03-03-2020. */
static gboolean
parts_in_code (const DateScan *s, const NumParts *p)
{
  guint f = p->first, l = p->last;

  if (f > 0 && (IS_WORD (f - 1) || IS_DIGITS (f - 1)) && DTOK (s, f - 1)->b1 == DTOK (s, f)->b0)
    return TRUE;
  if (f > 1 && (IS_PUNCT (f - 1, '-') || IS_PUNCT (f - 1, '/') || IS_PUNCT (f - 1, '.') || IS_PUNCT (f - 1, ':')) &&
      (IS_DIGITS (f - 2) || IS_WORD (f - 2)) && DTOK (s, f - 2)->b1 == DTOK (s, f - 1)->b0 &&
      !(IS_WORD (f - 2) && DLEX (s, f - 2)->month) && !(IS_PUNCT (f - 1, '-') && IS_WORD (f - 2)))
    {
      /* the second date of a range: 10/1/2018-10/7/2018, 28/2-1/3 */
      if (IS_PUNCT (f - 1, '-') && f > 2 && IS_DIGITS (f - 2) && DTOK (s, f - 2)->ch != 3 &&
          DTOK (s, f - 2)->ch <= 4 && (IS_PUNCT (f - 3, '/') || IS_PUNCT (f - 3, '-') || IS_PUNCT (f - 3, '.')) &&
          /* but not in a code: 133-03-03-2020 */
          !(f > 3 && IS_DIGITS (f - 4) && (DTOK (s, f - 4)->ch == 3 || DTOK (s, f - 4)->ch > 4)))
        return FALSE;
      return TRUE;
    }
  if (f > 0 && (IS_PUNCT (f - 1, '$') || IS_PUNCT (f - 1, '#')))
    return TRUE;
  if (IS_WORD (l + 1) && DTOK (s, l + 1)->b0 == DTOK (s, l)->b1 && !(DLEX (s, l + 1)->flags & DOSSIER_LEX_SUFFIX_ORD))
    return TRUE;
  if ((IS_PUNCT (l + 1, '-') || IS_PUNCT (l + 1, '/') || IS_PUNCT (l + 1, ':') || IS_PUNCT (l + 1, '.') ||
       IS_PUNCT (l + 1, ',')) &&
      (IS_DIGITS (l + 2) || IS_WORD (l + 2)) && DTOK (s, l + 2)->b0 == DTOK (s, l + 1)->b1)
    {
      /* a range to another date is fine: 10/1-11/7, 10/1/2018-10/7/2018 */
      if (IS_PUNCT (l + 1, '-') && IS_DIGITS (l + 2) &&
          (IS_PUNCT (l + 3, '/') || IS_PUNCT (l + 3, '-') || IS_PUNCT (l + 3, '.')) && IS_DIGITS (l + 4))
        return FALSE;
      return TRUE;
    }
  if (IS_PUNCT (l + 1, '%'))
    return TRUE;
  return FALSE;
}

gboolean
_dossier_dates_read_numeric (const DateScan *s, guint i, DateHit *hit)
{
  NumParts p;
  int y = 0, m = 0, d = 0;

  if (!read_parts (s, i, &p))
    return FALSE;
  if ((p.month[0] != 0) + (p.month[1] != 0) + (p.month[2] != 0) > 1)
    return FALSE;
  if (parts_in_code (s, &p))
    {
      /* "-2020-07-01-" and "archive-2018-09-23-page" still hold a date */
      if (!(p.n == 3 && p.ndig[0] == 4 && p.sep[0] == '-' && p.sep[1] == '-'))
        return FALSE;
    }

  if (p.n == 3)
    {
      int month_part = p.month[0] ? 0 : p.month[1] ? 1 : p.month[2] ? 2 : -1;

      if (p.ndig[0] == 4)
        {
          y = p.v[0];
          if (month_part == 2)
            {
              m = p.v[2];
              d = p.v[1];
            }
          else
            {
              m = p.v[1];
              d = p.v[2];
            }
        }
      else if (p.ndig[2] == 4 || p.ndig[2] == 2)
        {
          y = year_of (p.v[2], p.ndig[2]);
          if (month_part == 0)
            {
              m = p.v[0];
              d = p.v[1];
            }
          else if (month_part == 1)
            {
              d = p.v[0];
              m = p.v[1];
            }
          else if (s->lang != NULL && strcmp (s->lang, "zh") == 0 && p.sep[0] == '-' && p.ndig[0] == 2 &&
                   p.ndig[2] <= 2 && p.ndig[1] <= 2)
            {
              /* 12-11-10 reads year first in Chinese text */
              y = _dossier_dates_two_digit_year (p.v[0]);
              m = p.v[1];
              d = p.v[2];
              if (!_dossier_dates_valid_day (y, m, d))
                return FALSE;
            }
          else if (s->english)
            {
              m = p.v[0];
              d = p.v[1];
              if (m > 12)
                {
                  d = p.v[0];
                  m = p.v[1];
                }
            }
          else
            {
              d = p.v[0];
              m = p.v[1];
              if (m > 12)
                {
                  m = p.v[0];
                  d = p.v[1];
                }
            }
        }
      else if (p.ndig[0] == 2 && p.ndig[2] == 1 && p.sep[0] == '-')
        {
          /* 27-7-3 */
          y = _dossier_dates_two_digit_year (p.v[0]);
          m = p.v[1];
          d = p.v[2];
        }
      else
        return FALSE;
      if (p.ndig[1] > 2 || !_dossier_dates_valid_day (y, m, d))
        {
          /* still a date span, impossible value: 29/2/2019 */
          if (m >= 1 && m <= 12 && d >= 1 && d <= 31 && y > 0)
            {
              hit->first = p.first;
              hit->last = p.last;
              hit->no_iso = TRUE;
              hit->prec = DATE_PREC_DAY;
              return TRUE;
            }
          return FALSE;
        }
      hit->first = p.first;
      hit->last = p.last;
      _dossier_dates_set_day (hit, y, m, d);
      return TRUE;
    }

  /* two parts */
  if (p.sep[0] == ',')
    return FALSE;
  if (p.ndig[0] == 4 && p.ndig[1] == 4)
    {
      /* 2014-2018: a range of years */
      if (p.sep[0] != '-' || p.v[0] >= p.v[1] || p.v[0] < 1000 || p.v[1] > 2999)
        return FALSE;
      hit->first = p.first;
      hit->last = p.last;
      if (_dossier_dates_is_cjk (s, p.last + 1, 0x5E74))   /* 1995 - 1997年 */
        hit->last = p.last + 1;
      hit->no_iso = TRUE;
      return TRUE;
    }
  if (p.ndig[0] == 4 && p.ndig[1] <= 2 && p.ndig[1] > 0)
    {
      y = p.v[0];
      m = p.v[1];
      if (y < 1000 || m < 1 || m > 12 || (p.sep[0] == '.' && p.ndig[1] == 2 && m < 10 && FALSE))
        return FALSE;
      if (p.sep[0] == '.' && p.v[1] == 0)
        return FALSE;
      hit->first = p.first;
      hit->last = p.last;
      hit->y = y;
      hit->m = m;
      hit->prec = DATE_PREC_MONTH;
      return TRUE;
    }
  if (p.ndig[1] == 4 && p.ndig[0] <= 2)
    {
      if (p.month[0])
        m = p.month[0];
      else
        m = p.v[0];
      y = p.v[1];
      if (m < 1 || m > 12 || y < 1000 || p.sep[0] == '.')
        return FALSE;
      hit->first = p.first;
      hit->last = p.last;
      hit->y = y;
      hit->m = m;
      hit->prec = DATE_PREC_MONTH;
      return TRUE;
    }
  if (p.ndig[0] <= 2 && p.ndig[1] <= 2)
    {
      gboolean month_first;

      if (p.month[0])
        {
          m = p.month[0];
          d = p.v[1];
        }
      else if (p.month[1])
        {
          d = p.v[0];
          m = p.month[1];
        }
      else
        {
          /* bare d/m: only with a slash, or after "on", "le", "sur"; 7.6 after a weekday */
          if (p.sep[0] == '.')
            {
              guint b = i;
              while (b > 0 && IS_TYPE (b - 1, DOSSIER_TOKEN_SPACE))
                b--;
              if (!(b > 0 && b < i && IS_WORD (b - 1) && DLEX (s, b - 1)->weekday))
                return FALSE;
            }
          if (p.sep[0] == '-')
            {
              guint b = i;
              while (b > 0 && IS_TYPE (b - 1, DOSSIER_TOKEN_SPACE))
                b--;
              if (!(b > 0 && IS_WORD (b - 1) && (DLEX (s, b - 1)->flags & (DOSSIER_LEX_ON | DOSSIER_LEX_THE))))
                return FALSE;
            }
          month_first = s->english || (s->lang != NULL && strcmp (s->lang, "zh") == 0);
          m = month_first ? p.v[0] : p.v[1];
          d = month_first ? p.v[1] : p.v[0];
          if (m > 12)
            {
              int t = m;
              m = d;
              d = t;
            }
          /* fractions and scores: 1/2, 3/4 */
          if (p.ndig[0] == 1 && p.ndig[1] == 1 && p.v[0] < p.v[1] && p.v[1] <= 8 && p.sep[0] == '/' &&
              !(i > 0 && IS_WORD (SKIP (i) > i ? i : i) && FALSE))
            {
              guint b = i;
              while (b > 0 && IS_TYPE (b - 1, DOSSIER_TOKEN_SPACE))
                b--;
              if (!(b > 0 && IS_WORD (b - 1) && (DLEX (s, b - 1)->flags & (DOSSIER_LEX_ON | DOSSIER_LEX_THE) ||
                                                 DLEX (s, b - 1)->weekday)) &&
                  !(b == i && i > 1 && IS_PUNCT (i - 1, '-') && IS_DIGITS (i - 2)))   /* 28/2-1/3 */
                return FALSE;
            }
        }
      if (m < 1 || m > 12 || d < 1 || d > 31)
        return FALSE;
      hit->first = p.first;
      hit->last = p.last;
      hit->m = m;
      hit->d = d;
      hit->prec = DATE_PREC_DAY;
      if (!_dossier_dates_valid_day (2000, m, d))
        hit->no_iso = TRUE;
      return TRUE;
    }
  return FALSE;
}

/* "2010 01 29", "02 04 2009", "18 08 78": parts separated by single blanks. */
gboolean
_dossier_dates_read_spaced (const DateScan *s, guint i, DateHit *hit)
{
  guint k[3];
  int v[3], nd[3];
  int y, m, d;

  k[0] = i;
  for (int n = 0; n < 3; n++)
    {
      if (n > 0)
        {
          guint sp = k[n - 1] + 1;
          if (!IS_TYPE (sp, DOSSIER_TOKEN_SPACE) || !(DTOK (s, sp)->flags & DOSSIER_TOKEN_FLAG_ONE_SPACE))
            return FALSE;
          k[n] = sp + 1;
        }
      if (!IS_DIGITS (k[n]))
        return FALSE;
      v[n] = (int) DTOK (s, k[n])->num;
      nd[n] = (int) DTOK (s, k[n])->ch;
      if (nd[n] != 2 && nd[n] != 4)
        return FALSE;
    }
  if (nd[1] != 2)
    return FALSE;
  if (nd[0] == 4 && nd[2] == 2)
    {
      y = v[0];
      m = v[1];
      d = v[2];
    }
  else if (nd[0] == 2)
    {
      y = year_of (v[2], nd[2]);
      d = v[0];
      m = v[1];
      if (s->english && !s->french)
        {
          m = v[0];
          d = v[1];
          if (m > 12)
            {
              d = v[0];
              m = v[1];
            }
        }
    }
  else
    return FALSE;
  if (!_dossier_dates_valid_day (y, m, d) || y < 1000)
    return FALSE;
  if (IS_TYPE (k[2] + 1, DOSSIER_TOKEN_SPACE) && IS_DIGITS (k[2] + 2))
    return FALSE;
  hit->first = i;
  hit->last = k[2];
  _dossier_dates_set_day (hit, y, m, d);
  return TRUE;
}
