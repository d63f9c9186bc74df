/* dossier-dates-calendar.c — days, months and years: validity, ISO values,
 * shifts from the reference date, and what the text left out
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-dates-private.h"

#include <stdio.h>
#include <string.h>

gboolean
_dossier_dates_valid_day (int y, int m, int d)
{
  if (m < 1 || m > 12 || d < 1 || y < 1 || y > 9999)
    return FALSE;
  return d <= g_date_get_days_in_month (m, y);
}

gboolean
dossier_date_parse_iso (const char *text,
                        GDate      *date)
{
  int y, m, d;
  char tail;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  if (sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || strlen (text) != 10)
    return FALSE;
  if (!_dossier_dates_valid_day (y, m, d))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

static inline char *
put_digits (char *p, int v, int width)
{
  for (int k = width - 1; k >= 0; k--)
    {
      p[k] = (char) ('0' + v % 10);
      v /= 10;
    }
  return p + width;
}

void
_dossier_dates_format_iso (char *iso, gsize size, DatePrecision prec, int y, int m, int d)
{
  if (size >= 11 && y >= 0 && y <= 9999 && m >= 0 && m <= 99 && d >= 0 && d <= 99)
    {
      char *p = put_digits (iso, y, 4);
      if (prec == DATE_PREC_MONTH || prec == DATE_PREC_DAY)
        {
          *p++ = '-';
          p = put_digits (p, m, 2);
        }
      if (prec == DATE_PREC_DAY)
        {
          *p++ = '-';
          p = put_digits (p, d, 2);
        }
      *p = '\0';
      return;
    }
  /* numbers wider than the format: as printf writes them */
  switch (prec)
    {
    case DATE_PREC_YEAR: g_snprintf (iso, size, "%04d", y); break;
    case DATE_PREC_MONTH: g_snprintf (iso, size, "%04d-%02d", y, m); break;
    default: g_snprintf (iso, size, "%04d-%02d-%02d", y, m, d); break;
    }
}

void
_dossier_dates_format_iso_days (char *iso, gsize size, int y1, int m1, int d1, int y2, int m2, int d2)
{
  if (size >= 22 && y1 >= 0 && y1 <= 9999 && m1 >= 0 && m1 <= 99 && d1 >= 0 && d1 <= 99 &&
      y2 >= 0 && y2 <= 9999 && m2 >= 0 && m2 <= 99 && d2 >= 0 && d2 <= 99)
    {
      _dossier_dates_format_iso (iso, 11, DATE_PREC_DAY, y1, m1, d1);
      iso[10] = '/';
      _dossier_dates_format_iso (iso + 11, 11, DATE_PREC_DAY, y2, m2, d2);
      return;
    }
  g_snprintf (iso, size, "%04d-%02d-%02d/%04d-%02d-%02d", y1, m1, d1, y2, m2, d2);
}

void
_dossier_dates_set_day (DateHit *hit, int y, int m, int d)
{
  hit->y = y;
  hit->m = m;
  hit->d = d;
  hit->prec = DATE_PREC_DAY;
  _dossier_dates_format_iso (hit->iso, sizeof hit->iso, DATE_PREC_DAY, y, m, d);
}

static void
set_iso_gdate (DateHit *hit, const GDate *date)
{
  _dossier_dates_set_day (hit, g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

gboolean
_dossier_dates_from_ref (const DateScan *s, DateHit *hit, int days, int months, int years, DatePrecision prec)
{
  GDate d;

  if (s->ref == NULL)
    return FALSE;
  d = *s->ref;
  if (years > 9000 || years < -((int) g_date_get_year (&d) - 1) || months > 12 * 9000 || months < -12 * 1000 ||
      days > 365 * 9000 || days < -365 * 1000)
    return FALSE;
  if (years > 0)
    g_date_add_years (&d, years);
  else if (years < 0)
    g_date_subtract_years (&d, -years);
  if (months > 0)
    g_date_add_months (&d, months);
  else if (months < 0)
    g_date_subtract_months (&d, -months);
  if (days > 0)
    g_date_add_days (&d, days);
  else if (days < 0)
    g_date_subtract_days (&d, -days);
  if (!g_date_valid (&d))
    return FALSE;
  switch (prec)
    {
    case DATE_PREC_YEAR:
      _dossier_dates_format_iso (hit->iso, sizeof hit->iso, DATE_PREC_YEAR, g_date_get_year (&d), 0, 0);
      break;
    case DATE_PREC_MONTH:
      _dossier_dates_format_iso (hit->iso, sizeof hit->iso, DATE_PREC_MONTH, g_date_get_year (&d),
                                 g_date_get_month (&d), 0);
      break;
    case DATE_PREC_WEEK:
      {
        GDate mon = d, sun;
        g_date_subtract_days (&mon, g_date_get_weekday (&d) - 1);
        sun = mon;
        g_date_add_days (&sun, 6);
        _dossier_dates_format_iso_days (hit->iso, sizeof hit->iso, g_date_get_year (&mon), g_date_get_month (&mon),
                                        g_date_get_day (&mon), g_date_get_year (&sun), g_date_get_month (&sun),
                                        g_date_get_day (&sun));
      }
      break;
    case DATE_PREC_DAY:
    case DATE_PREC_NONE:
    default:
      set_iso_gdate (hit, &d);
      break;
    }
  hit->prec = prec;
  return TRUE;
}

gboolean
_dossier_dates_weekday (const DateScan *s, DateHit *hit, int weekday, int week_offset)
{
  GDate d;

  if (s->ref == NULL)
    return FALSE;
  d = *s->ref;
  g_date_subtract_days (&d, g_date_get_weekday (&d) - 1);   /* Monday of the reference week */
  if (week_offset > 0)
    g_date_add_days (&d, 7 * week_offset);
  else if (week_offset < 0)
    g_date_subtract_days (&d, 7 * -week_offset);
  g_date_add_days (&d, weekday - 1);
  set_iso_gdate (hit, &d);
  return TRUE;
}

/* Fills in what the text left out from the reference date. */
void
_dossier_dates_resolve (const DateScan *s, DateHit *hit)
{
  if (hit->iso[0] != '\0' || hit->no_iso)
    return;
  if (hit->weekday_only)
    {
      GDate d;
      int back;
      if (s->ref == NULL)
        return;
      d = *s->ref;
      back = ((int) g_date_get_weekday (&d) - hit->weekday + 7) % 7;
      if (back == 0)
        back = 7;
      g_date_subtract_days (&d, back);
      set_iso_gdate (hit, &d);
      return;
    }
  switch (hit->prec)
    {
    case DATE_PREC_DAY:
      {
        int y = hit->y, m = hit->m;
        if (m == 0)
          {
            if (s->ref == NULL)
              return;
            y = g_date_get_year (s->ref);
            m = g_date_get_month (s->ref);
            if (!_dossier_dates_valid_day (y, m, hit->d))
              {
                if (--m == 0)
                  {
                    m = 12;
                    y--;
                  }
              }
          }
        else if (y == 0)
          {
            if (s->ref == NULL)
              return;
            y = g_date_get_year (s->ref);
            /* 2月29日 outside a leap year: the last one before */
            while (!_dossier_dates_valid_day (y, m, hit->d) && y > g_date_get_year (s->ref) - 8)
              y--;
          }
        if (_dossier_dates_valid_day (y, m, hit->d))
          _dossier_dates_set_day (hit, y, m, hit->d);
        break;
      }
    case DATE_PREC_MONTH:
      {
        int y = hit->y;
        if (y == 0)
          {
            if (s->ref == NULL)
              return;
            y = g_date_get_year (s->ref);
          }
        if (hit->m >= 1 && hit->m <= 12 && y > 0)
          _dossier_dates_format_iso (hit->iso, sizeof hit->iso, DATE_PREC_MONTH, y, hit->m, 0);
        break;
      }
    case DATE_PREC_YEAR:
      if (hit->y > 0)
        _dossier_dates_format_iso (hit->iso, sizeof hit->iso, DATE_PREC_YEAR, hit->y, 0, 0);
      break;
    case DATE_PREC_WEEK:
    case DATE_PREC_NONE:
    default:
      break;
    }
}

int
_dossier_dates_two_digit_year (int yy)
{
  return yy <= 35 ? 2000 + yy : 1900 + yy;
}
