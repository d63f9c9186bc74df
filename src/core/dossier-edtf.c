/* dossier-edtf.c
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dossier-edtf.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dossier-error.h"

static gboolean
parse_digits (const char **p,
              int          n,
              int         *value)
{
  int v = 0;

  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + ((*p)[i] - '0');
    }
  *p += n;
  *value = v;
  return TRUE;
}

/* Parses one date from [start, end) of @text, which errors quote. */
static gboolean
parse_point (const char        *text,
             const char        *start,
             const char        *end,
             DossierEdtfPoint  *point,
             GError           **error)
{
  const char *p = start;

  memset (point, 0, sizeof *point);

  if (end == start)
    {
      point->kind = DOSSIER_EDTF_POINT_UNKNOWN;
      return TRUE;
    }
  if (end - start == 2 && strncmp (start, "..", 2) == 0)
    {
      point->kind = DOSSIER_EDTF_POINT_OPEN;
      return TRUE;
    }

  point->kind = DOSSIER_EDTF_POINT_DATE;
  if (!parse_digits (&p, 4, &point->year) || point->year < 1)
    goto bad;
  point->precision = DOSSIER_EDTF_PRECISION_YEAR;

  if (p < end && *p == '-')
    {
      p++;
      if (end - p < 2 || !parse_digits (&p, 2, &point->month))
        goto bad;
      if (point->month < 1 || point->month > 12)
        {
          g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                       _("“%s” is not a valid date: month %d does not exist"),
                       text, point->month);
          return FALSE;
        }
      point->precision = DOSSIER_EDTF_PRECISION_MONTH;

      if (p < end && *p == '-')
        {
          p++;
          if (end - p < 2 || !parse_digits (&p, 2, &point->day))
            goto bad;
          if (!g_date_valid_dmy (point->day, point->month, point->year))
            {
              g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                           _("“%s” is not a valid date: day %d does not exist in that month"),
                           text, point->day);
              return FALSE;
            }
          point->precision = DOSSIER_EDTF_PRECISION_DAY;
        }
    }

  if (p < end)
    {
      switch (*p)
        {
        case '?':
          point->uncertain = TRUE;
          break;
        case '~':
          point->approximate = TRUE;
          break;
        case '%':
          point->uncertain = point->approximate = TRUE;
          break;
        default:
          goto bad;
        }
      p++;
    }

  if (p != end)
    goto bad;
  return TRUE;

bad:
  g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
               _("“%s” is not a date Dossier understands; write it as YYYY, YYYY-MM or "
                 "YYYY-MM-DD, optionally followed by ? (uncertain) or ~ (approximate), "
                 "or an interval A/B"),
               text);
  return FALSE;
}

gboolean
dossier_edtf_parse (const char   *text,
                    DossierEdtf  *edtf,
                    GError      **error)
{
  DossierEdtf result = { 0 };
  const char *slash;
  const char *text_end;

  g_return_val_if_fail (edtf != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text == NULL || *text == '\0')
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                   _("The date is empty"));
      return FALSE;
    }

  text_end = text + strlen (text);
  slash = strchr (text, '/');

  if (slash == NULL)
    {
      if (!parse_point (text, text, text_end, &result.start, error))
        return FALSE;
      if (result.start.kind != DOSSIER_EDTF_POINT_DATE)
        {
          g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                       _("“%s” is not a date: “..” is only allowed as an end of an interval"),
                       text);
          return FALSE;
        }
    }
  else
    {
      result.is_interval = TRUE;
      if (strchr (slash + 1, '/') != NULL)
        {
          g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                       _("“%s” is not a date: an interval has exactly one “/”"), text);
          return FALSE;
        }
      if (!parse_point (text, text, slash, &result.start, error) ||
          !parse_point (text, slash + 1, text_end, &result.end, error))
        return FALSE;

      if (result.start.kind != DOSSIER_EDTF_POINT_DATE &&
          result.end.kind != DOSSIER_EDTF_POINT_DATE)
        {
          g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                       _("“%s” is not a date: at least one end of an interval must be a date"),
                       text);
          return FALSE;
        }

      if (result.start.kind == DOSSIER_EDTF_POINT_DATE &&
          result.end.kind == DOSSIER_EDTF_POINT_DATE &&
          dossier_edtf_point_get_earliest (&result.start) >
          dossier_edtf_point_get_latest (&result.end))
        {
          g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                       _("“%s” is not a valid interval: it ends before it starts"), text);
          return FALSE;
        }
    }

  *edtf = result;
  return TRUE;
}

gboolean
dossier_edtf_is_valid (const char *text)
{
  DossierEdtf edtf;

  return dossier_edtf_parse (text, &edtf, NULL);
}

static void
format_point (GString                *out,
              const DossierEdtfPoint *point)
{
  switch (point->kind)
    {
    case DOSSIER_EDTF_POINT_OPEN:
      g_string_append (out, "..");
      return;
    case DOSSIER_EDTF_POINT_UNKNOWN:
      return;
    case DOSSIER_EDTF_POINT_DATE:
    default:
      break;
    }

  g_string_append_printf (out, "%04d", point->year);
  if (point->precision >= DOSSIER_EDTF_PRECISION_MONTH)
    g_string_append_printf (out, "-%02d", point->month);
  if (point->precision >= DOSSIER_EDTF_PRECISION_DAY)
    g_string_append_printf (out, "-%02d", point->day);
  if (point->uncertain && point->approximate)
    g_string_append_c (out, '%');
  else if (point->uncertain)
    g_string_append_c (out, '?');
  else if (point->approximate)
    g_string_append_c (out, '~');
}

char *
dossier_edtf_format (const DossierEdtf *edtf)
{
  GString *out;

  g_return_val_if_fail (edtf != NULL, NULL);

  out = g_string_new (NULL);
  format_point (out, &edtf->start);
  if (edtf->is_interval)
    {
      g_string_append_c (out, '/');
      format_point (out, &edtf->end);
    }
  return g_string_free (out, FALSE);
}

void
dossier_edtf_init_day (DossierEdtf *edtf,
                       int          year,
                       int          month,
                       int          day)
{
  g_return_if_fail (edtf != NULL);
  g_return_if_fail (g_date_valid_dmy (day, month, year));

  memset (edtf, 0, sizeof *edtf);
  edtf->start.kind = DOSSIER_EDTF_POINT_DATE;
  edtf->start.precision = DOSSIER_EDTF_PRECISION_DAY;
  edtf->start.year = year;
  edtf->start.month = month;
  edtf->start.day = day;
}

DossierEdtfPrecision
dossier_edtf_get_precision (const DossierEdtf *edtf)
{
  g_return_val_if_fail (edtf != NULL, DOSSIER_EDTF_PRECISION_YEAR);

  if (edtf->start.kind == DOSSIER_EDTF_POINT_DATE)
    return edtf->start.precision;
  return edtf->end.precision;
}

const char *
dossier_edtf_precision_to_string (DossierEdtfPrecision precision)
{
  switch (precision)
    {
    case DOSSIER_EDTF_PRECISION_YEAR:
      return "year";
    case DOSSIER_EDTF_PRECISION_MONTH:
      return "month";
    case DOSSIER_EDTF_PRECISION_DAY:
    default:
      return "day";
    }
}

gboolean
dossier_edtf_is_uncertain (const DossierEdtf *edtf)
{
  g_return_val_if_fail (edtf != NULL, FALSE);

  return edtf->start.uncertain || (edtf->is_interval && edtf->end.uncertain);
}

gboolean
dossier_edtf_is_approximate (const DossierEdtf *edtf)
{
  g_return_val_if_fail (edtf != NULL, FALSE);

  return edtf->start.approximate || (edtf->is_interval && edtf->end.approximate);
}

static guint32
julian_of (int year,
           int month,
           int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

guint32
dossier_edtf_point_get_earliest (const DossierEdtfPoint *point)
{
  g_return_val_if_fail (point != NULL, DOSSIER_EDTF_UNBOUNDED_START);

  if (point->kind != DOSSIER_EDTF_POINT_DATE)
    return DOSSIER_EDTF_UNBOUNDED_START;

  switch (point->precision)
    {
    case DOSSIER_EDTF_PRECISION_YEAR:
      return julian_of (point->year, 1, 1);
    case DOSSIER_EDTF_PRECISION_MONTH:
      return julian_of (point->year, point->month, 1);
    case DOSSIER_EDTF_PRECISION_DAY:
    default:
      return julian_of (point->year, point->month, point->day);
    }
}

guint32
dossier_edtf_point_get_latest (const DossierEdtfPoint *point)
{
  g_return_val_if_fail (point != NULL, DOSSIER_EDTF_UNBOUNDED_END);

  if (point->kind != DOSSIER_EDTF_POINT_DATE)
    return DOSSIER_EDTF_UNBOUNDED_END;

  switch (point->precision)
    {
    case DOSSIER_EDTF_PRECISION_YEAR:
      return julian_of (point->year, 12, 31);
    case DOSSIER_EDTF_PRECISION_MONTH:
      return julian_of (point->year, point->month,
                        g_date_get_days_in_month (point->month, point->year));
    case DOSSIER_EDTF_PRECISION_DAY:
    default:
      return julian_of (point->year, point->month, point->day);
    }
}

guint32
dossier_edtf_get_earliest (const DossierEdtf *edtf)
{
  g_return_val_if_fail (edtf != NULL, DOSSIER_EDTF_UNBOUNDED_START);

  return dossier_edtf_point_get_earliest (&edtf->start);
}

guint32
dossier_edtf_get_latest (const DossierEdtf *edtf)
{
  g_return_val_if_fail (edtf != NULL, DOSSIER_EDTF_UNBOUNDED_END);

  return dossier_edtf_point_get_latest (edtf->is_interval ? &edtf->end : &edtf->start);
}

char *
dossier_edtf_from_iso (const char *iso)
{
  DossierEdtf edtf;

  if (iso == NULL || !dossier_edtf_parse (iso, &edtf, NULL))
    return NULL;
  /* Plain ISO dates have no qualifiers and no open ends. */
  if (dossier_edtf_is_uncertain (&edtf) || dossier_edtf_is_approximate (&edtf))
    return NULL;
  if (edtf.is_interval &&
      (edtf.start.kind != DOSSIER_EDTF_POINT_DATE || edtf.end.kind != DOSSIER_EDTF_POINT_DATE))
    return NULL;
  return dossier_edtf_format (&edtf);
}
