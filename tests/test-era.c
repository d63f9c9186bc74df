/* test-era.c — administrations around both inauguration days
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-era.h"
#include "dossier-test-utils.h"

typedef struct
{
  const char *date;
  const char *era;   /* NULL: no era */
} EraCase;

static const EraCase cases[] = {
  /* Before the first modelled administration. */
  { "2016-12-31", NULL },
  { "2017-01-19", NULL },
  /* Inauguration days belong to the incoming administration. */
  { "2017-01-20", "trump-1" },
  { "2019-05-16", "trump-1" },
  { "2021-01-19", "trump-1" },
  { "2021-01-20", "biden" },
  { "2021-01-21", "biden" },
  { "2025-01-19", "biden" },
  { "2025-01-20", "trump-2" },
  { "2025-05-13", "trump-2" },
  { "2031-01-01", "trump-2" },
  /* Coarse dates: an era only when every day they cover shares it. */
  { "2021-01", NULL },
  { "2021-02", "biden" },
  { "2025-01", NULL },
  { "2024", "biden" },
  { "2025", NULL },
  { "2026", "trump-2" },
  { "2017", NULL },
  /* Qualifiers do not move a date across a boundary. */
  { "2025-01-20?", "trump-2" },
  { "2025-01-19~", "biden" },
  { "2023?", "biden" },
  /* Intervals take the era of their start. */
  { "2024-12-01/2025-02-01", "biden" },
  { "2025-01-20/2025-02-01", "trump-2" },
  { "2020-12/2021-03", "trump-1" },
  { "2021-01/2021-03", NULL },
  { "2025-01-20/..", "trump-2" },
  { "../2025-05-13", NULL },
  { "/2025-05-13", NULL },
  /* Not a date. */
  { "someday", NULL },
};

static void
test_era_dates (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      DossierEra era = dossier_era_for_date (cases[i].date);

      g_test_message ("era of %s", cases[i].date);
      g_assert_cmpstr (dossier_era_to_string (era), ==, cases[i].era);
    }
}

static void
test_era_days_and_ranges (void)
{
  guint32 first, end;
  DossierEra era;

  g_assert_cmpint (dossier_era_for_day (2021, 1, 20), ==, DOSSIER_ERA_BIDEN);
  g_assert_cmpint (dossier_era_for_day (2021, 1, 19), ==, DOSSIER_ERA_TRUMP_1);

  dossier_era_get_range (DOSSIER_ERA_BIDEN, &first, &end);
  g_assert_cmpint (dossier_era_for_julian (first), ==, DOSSIER_ERA_BIDEN);
  g_assert_cmpint (dossier_era_for_julian (first - 1), ==, DOSSIER_ERA_TRUMP_1);
  g_assert_cmpint (dossier_era_for_julian (end - 1), ==, DOSSIER_ERA_BIDEN);
  g_assert_cmpint (dossier_era_for_julian (end), ==, DOSSIER_ERA_TRUMP_2);
  g_assert_cmpuint (end - first, ==, 1461);   /* four years, one leap day */

  dossier_era_get_range (DOSSIER_ERA_TRUMP_2, &first, &end);
  g_assert_cmpuint (end, ==, DOSSIER_EDTF_UNBOUNDED_END);

  for (era = DOSSIER_ERA_TRUMP_1; era < DOSSIER_N_ERAS; era++)
    {
      DossierEra parsed;

      g_assert_true (dossier_era_from_string (dossier_era_to_string (era), &parsed));
      g_assert_cmpint (parsed, ==, era);
      g_assert_nonnull (dossier_era_get_label (era));
    }
  g_assert_false (dossier_era_from_string ("obama", &era));
  g_assert_false (dossier_era_from_string (NULL, &era));
  g_assert_null (dossier_era_to_string (DOSSIER_ERA_NONE));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/era/dates", test_era_dates);
  g_test_add_func ("/era/days-and-ranges", test_era_days_and_ranges);

  return g_test_run ();
}
