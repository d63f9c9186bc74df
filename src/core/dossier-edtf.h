/* dossier-edtf.h — Extended Date/Time Format (ISO 8601-2, level 0 and 1 subset)
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What an event's date can say: a day, a month or a year, optionally
 * uncertain ("2023?"), approximate ("2025-05~") or both ("2025%"), or an
 * interval of two such dates whose ends may be open ("..") or unknown ("").
 * Seasons, unspecified digits ("201X") and times are not supported. */

typedef enum
{
  DOSSIER_EDTF_PRECISION_YEAR,
  DOSSIER_EDTF_PRECISION_MONTH,
  DOSSIER_EDTF_PRECISION_DAY,
} DossierEdtfPrecision;

typedef enum
{
  DOSSIER_EDTF_POINT_DATE,      /* a date */
  DOSSIER_EDTF_POINT_OPEN,      /* ".." : the interval goes on */
  DOSSIER_EDTF_POINT_UNKNOWN,   /* ""   : the end exists but is not known */
} DossierEdtfPointKind;

typedef struct
{
  DossierEdtfPointKind kind;
  DossierEdtfPrecision precision;
  int                  year;          /* 1–9999 */
  int                  month;         /* 1–12, 0 below month precision */
  int                  day;           /* 1–31, 0 below day precision */
  gboolean             uncertain;     /* "?" */
  gboolean             approximate;   /* "~" */
} DossierEdtfPoint;

typedef struct
{
  gboolean         is_interval;
  DossierEdtfPoint start;             /* the date itself when not an interval */
  DossierEdtfPoint end;               /* intervals only */
} DossierEdtf;

/* Day bounds use Julian day numbers as GDate counts them (day 1 is
 * 0001-01-01). Open or unknown ends give these sentinels. */
#define DOSSIER_EDTF_UNBOUNDED_START ((guint32) 0)
#define DOSSIER_EDTF_UNBOUNDED_END   ((guint32) G_MAXUINT32)

gboolean  dossier_edtf_parse          (const char        *text,
                                       DossierEdtf       *edtf,
                                       GError           **error);
gboolean  dossier_edtf_is_valid       (const char        *text);
char     *dossier_edtf_format         (const DossierEdtf *edtf);
void      dossier_edtf_init_day       (DossierEdtf       *edtf,
                                       int                year,
                                       int                month,
                                       int                day);

/* The precision of the start (or of the only date). */
DossierEdtfPrecision dossier_edtf_get_precision (const DossierEdtf *edtf);
const char *dossier_edtf_precision_to_string (DossierEdtfPrecision precision);

gboolean  dossier_edtf_is_uncertain   (const DossierEdtf *edtf);
gboolean  dossier_edtf_is_approximate (const DossierEdtf *edtf);

/* The first and last day the date may cover (inclusive). Qualifiers do not
 * widen the bounds: "2025-05~" still covers May. */
guint32   dossier_edtf_get_earliest   (const DossierEdtf *edtf);
guint32   dossier_edtf_get_latest     (const DossierEdtf *edtf);

/* Bounds of one point, for callers that look at interval ends separately. */
guint32   dossier_edtf_point_get_earliest (const DossierEdtfPoint *point);
guint32   dossier_edtf_point_get_latest   (const DossierEdtfPoint *point);

/* Converts an analyzer date ("YYYY", "YYYY-MM", "YYYY-MM-DD" or "A/B") or
 * an article's published date to EDTF; NULL when it is not one of these. */
char     *dossier_edtf_from_iso       (const char        *iso);

G_END_DECLS
