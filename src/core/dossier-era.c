/* dossier-era.c
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dossier-era.h"

#include <string.h>

#include <glib/gi18n.h>

typedef struct
{
  const char *id;
  const char *label;
  int         year;   /* inauguration day: the era's first day */
  int         month;
  int         day;
} EraInfo;

/* In time order; each era ends where the next one starts. */
static const EraInfo eras[DOSSIER_N_ERAS] = {
  [DOSSIER_ERA_NONE]    = { NULL, NULL, 0, 0, 0 },
  [DOSSIER_ERA_TRUMP_1] = { "trump-1", N_("First Trump administration"), 2017, 1, 20 },
  [DOSSIER_ERA_BIDEN]   = { "biden", N_("Biden administration"), 2021, 1, 20 },
  [DOSSIER_ERA_TRUMP_2] = { "trump-2", N_("Second Trump administration"), 2025, 1, 20 },
};

static guint32
era_first_day (DossierEra era)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, eras[era].day, eras[era].month, eras[era].year);
  return g_date_get_julian (&date);
}

DossierEra
dossier_era_for_julian (guint32 julian_day)
{
  if (julian_day == DOSSIER_EDTF_UNBOUNDED_START || julian_day == DOSSIER_EDTF_UNBOUNDED_END)
    return DOSSIER_ERA_NONE;

  for (int era = DOSSIER_N_ERAS - 1; era > DOSSIER_ERA_NONE; era--)
    if (julian_day >= era_first_day (era))
      return era;
  return DOSSIER_ERA_NONE;
}

DossierEra
dossier_era_for_day (int year,
                     int month,
                     int day)
{
  GDate date;

  g_return_val_if_fail (g_date_valid_dmy (day, month, year), DOSSIER_ERA_NONE);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return dossier_era_for_julian (g_date_get_julian (&date));
}

static DossierEra
era_of_point (const DossierEdtfPoint *point)
{
  DossierEra first, last;

  if (point->kind != DOSSIER_EDTF_POINT_DATE)
    return DOSSIER_ERA_NONE;

  first = dossier_era_for_julian (dossier_edtf_point_get_earliest (point));
  last = dossier_era_for_julian (dossier_edtf_point_get_latest (point));
  return first == last ? first : DOSSIER_ERA_NONE;
}

DossierEra
dossier_era_for_edtf (const DossierEdtf *edtf)
{
  g_return_val_if_fail (edtf != NULL, DOSSIER_ERA_NONE);

  return era_of_point (&edtf->start);
}

DossierEra
dossier_era_for_date (const char *edtf_text)
{
  DossierEdtf edtf;

  if (edtf_text == NULL || !dossier_edtf_parse (edtf_text, &edtf, NULL))
    return DOSSIER_ERA_NONE;
  return dossier_era_for_edtf (&edtf);
}

const char *
dossier_era_to_string (DossierEra era)
{
  g_return_val_if_fail (era < DOSSIER_N_ERAS, NULL);

  return eras[era].id;
}

gboolean
dossier_era_from_string (const char *id,
                         DossierEra *era)
{
  g_return_val_if_fail (era != NULL, FALSE);

  if (id == NULL)
    return FALSE;
  for (int i = DOSSIER_ERA_NONE + 1; i < DOSSIER_N_ERAS; i++)
    if (strcmp (eras[i].id, id) == 0)
      {
        *era = i;
        return TRUE;
      }
  return FALSE;
}

const char *
dossier_era_get_label (DossierEra era)
{
  g_return_val_if_fail (era < DOSSIER_N_ERAS, NULL);

  if (era == DOSSIER_ERA_NONE)
    return _("No administration");
  return _(eras[era].label);
}

void
dossier_era_get_range (DossierEra  era,
                       guint32    *first_day,
                       guint32    *end_day)
{
  g_return_if_fail (era > DOSSIER_ERA_NONE && era < DOSSIER_N_ERAS);

  if (first_day != NULL)
    *first_day = era_first_day (era);
  if (end_day != NULL)
    *end_day = era + 1 < DOSSIER_N_ERAS ? era_first_day (era + 1) : DOSSIER_EDTF_UNBOUNDED_END;
}
