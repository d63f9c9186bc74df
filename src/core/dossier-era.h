/* dossier-era.h — US administrations as eras of the timeline
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dossier-edtf.h"

G_BEGIN_DECLS

/* Eras start on an inauguration day and end the day before the next one:
 *
 *   trump-1  2017-01-20 … 2021-01-19
 *   biden    2021-01-20 … 2025-01-19
 *   trump-2  2025-01-20 …
 *
 * An inauguration day belongs to the incoming administration: the oath is
 * taken at noon, and what is dated that day (executive orders, rescissions)
 * is the new administration's doing. Days before 2017-01-20 have no era.
 *
 * A date's era is the era of every day it may cover: "2021-01" covers both
 * Trump's last days and Biden's first, so it has no era. An interval takes
 * the era of its start (the administration that acted first), under the
 * same rule for the start; an interval whose start is open or unknown has
 * no era. Uncertain and approximate qualifiers do not change the era. */
typedef enum
{
  DOSSIER_ERA_NONE,
  DOSSIER_ERA_TRUMP_1,
  DOSSIER_ERA_BIDEN,
  DOSSIER_ERA_TRUMP_2,
  DOSSIER_N_ERAS
} DossierEra;

DossierEra   dossier_era_for_julian     (guint32            julian_day);
DossierEra   dossier_era_for_day        (int                year,
                                         int                month,
                                         int                day);
DossierEra   dossier_era_for_edtf       (const DossierEdtf *edtf);
/* NONE for text that is not a valid EDTF date. */
DossierEra   dossier_era_for_date       (const char        *edtf_text);

/* "trump-1", "biden", "trump-2", or NULL for DOSSIER_ERA_NONE. */
const char  *dossier_era_to_string      (DossierEra         era);
gboolean     dossier_era_from_string    (const char        *id,
                                         DossierEra        *era);
/* A translated label, e.g. "Biden administration". */
const char  *dossier_era_get_label      (DossierEra         era);
/* First day (inclusive) and the day after the last one (exclusive) as
 * Julian day numbers; the running era ends at DOSSIER_EDTF_UNBOUNDED_END. */
void         dossier_era_get_range      (DossierEra         era,
                                         guint32           *first_day,
                                         guint32           *end_day);

G_END_DECLS
