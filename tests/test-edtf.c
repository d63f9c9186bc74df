/* test-edtf.c — EDTF parsing, formatting and day bounds
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "dossier-edtf.h"
#include "dossier-error.h"
#include "dossier-test-utils.h"

static guint32
jd (int year, int month, int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

typedef struct
{
  const char           *text;
  const char           *formatted;   /* NULL: same as text */
  gboolean              interval;
  DossierEdtfPrecision  precision;
  gboolean              uncertain;
  gboolean              approximate;
  int                   first[3];    /* earliest day, {0} when unbounded */
  int                   last[3];     /* latest day, {0} when unbounded */
} ValidCase;

static const ValidCase valid_cases[] = {
  { "2025-05-13", NULL, FALSE, DOSSIER_EDTF_PRECISION_DAY, FALSE, FALSE, { 2025, 5, 13 }, { 2025, 5, 13 } },
  { "2025-05", NULL, FALSE, DOSSIER_EDTF_PRECISION_MONTH, FALSE, FALSE, { 2025, 5, 1 }, { 2025, 5, 31 } },
  { "2024-02", NULL, FALSE, DOSSIER_EDTF_PRECISION_MONTH, FALSE, FALSE, { 2024, 2, 1 }, { 2024, 2, 29 } },
  { "2025", NULL, FALSE, DOSSIER_EDTF_PRECISION_YEAR, FALSE, FALSE, { 2025, 1, 1 }, { 2025, 12, 31 } },
  { "2025-05~", NULL, FALSE, DOSSIER_EDTF_PRECISION_MONTH, FALSE, TRUE, { 2025, 5, 1 }, { 2025, 5, 31 } },
  { "2023?", NULL, FALSE, DOSSIER_EDTF_PRECISION_YEAR, TRUE, FALSE, { 2023, 1, 1 }, { 2023, 12, 31 } },
  { "2023-10-17%", NULL, FALSE, DOSSIER_EDTF_PRECISION_DAY, TRUE, TRUE, { 2023, 10, 17 }, { 2023, 10, 17 } },
  { "2025-05-13/2025-05-15", NULL, TRUE, DOSSIER_EDTF_PRECISION_DAY, FALSE, FALSE, { 2025, 5, 13 }, { 2025, 5, 15 } },
  { "2025-01/2025-05", NULL, TRUE, DOSSIER_EDTF_PRECISION_MONTH, FALSE, FALSE, { 2025, 1, 1 }, { 2025, 5, 31 } },
  { "2025-01-20/..", NULL, TRUE, DOSSIER_EDTF_PRECISION_DAY, FALSE, FALSE, { 2025, 1, 20 }, { 0 } },
  { "../2021-01-19", NULL, TRUE, DOSSIER_EDTF_PRECISION_DAY, FALSE, FALSE, { 0 }, { 2021, 1, 19 } },
  { "2019-05-16/", NULL, TRUE, DOSSIER_EDTF_PRECISION_DAY, FALSE, FALSE, { 2019, 5, 16 }, { 0 } },
  { "/2019", NULL, TRUE, DOSSIER_EDTF_PRECISION_YEAR, FALSE, FALSE, { 0 }, { 2019, 12, 31 } },
  { "2024~/2025-05-13?", NULL, TRUE, DOSSIER_EDTF_PRECISION_YEAR, TRUE, TRUE, { 2024, 1, 1 }, { 2025, 5, 13 } },
  { "2025-05-13/2025-05-13", NULL, TRUE, DOSSIER_EDTF_PRECISION_DAY, FALSE, FALSE, { 2025, 5, 13 }, { 2025, 5, 13 } },
};

static void
test_edtf_valid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (valid_cases); i++)
    {
      const ValidCase *c = &valid_cases[i];
      g_autoptr(GError) error = NULL;
      g_autofree char *formatted = NULL;
      DossierEdtf edtf;

      g_test_message ("parsing “%s”", c->text);
      g_assert_true (dossier_edtf_parse (c->text, &edtf, &error));
      g_assert_no_error (error);
      g_assert_cmpint (edtf.is_interval, ==, c->interval);
      g_assert_cmpint (dossier_edtf_get_precision (&edtf), ==, c->precision);
      g_assert_cmpint (dossier_edtf_is_uncertain (&edtf), ==, c->uncertain);
      g_assert_cmpint (dossier_edtf_is_approximate (&edtf), ==, c->approximate);
      g_assert_cmpuint (dossier_edtf_get_earliest (&edtf), ==,
                        c->first[0] ? jd (c->first[0], c->first[1], c->first[2])
                                    : DOSSIER_EDTF_UNBOUNDED_START);
      g_assert_cmpuint (dossier_edtf_get_latest (&edtf), ==,
                        c->last[0] ? jd (c->last[0], c->last[1], c->last[2])
                                   : DOSSIER_EDTF_UNBOUNDED_END);

      formatted = dossier_edtf_format (&edtf);
      g_assert_cmpstr (formatted, ==, c->formatted ? c->formatted : c->text);
      g_assert_true (dossier_edtf_is_valid (formatted));
    }
}

static const char * const invalid_cases[] = {
  "", "2025-13", "2025-02-30", "2023-02-29", "25-05-13", "2025-5-13", "2025/05/13",
  "2025-05-13T10:00", "2025-05-13??", "2025-05-15/2025-05-13", "/", "../..", "..",
  "2025-05-13/2025-05-15/2025-05-20", "201X", "2025-21", "0000", "2025-00", "abcd",
  " 2025", "2025 ", "2025-05-1", "2025-05-13~?",
};

static void
test_edtf_invalid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      DossierEdtf edtf;

      g_test_message ("rejecting “%s”", invalid_cases[i]);
      g_assert_false (dossier_edtf_parse (invalid_cases[i], &edtf, &error));
      g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT);
      /* The message quotes the text so the analyst sees what was wrong. */
      if (*invalid_cases[i] != '\0')
        g_assert_nonnull (strstr (error->message, invalid_cases[i]));
    }
  g_assert_false (dossier_edtf_parse (NULL, &(DossierEdtf) { 0 }, NULL));
}

static void
test_edtf_from_iso (void)
{
  static const struct { const char *iso; const char *edtf; } cases[] = {
    { "2025-05-13", "2025-05-13" },
    { "2025-05", "2025-05" },
    { "2025", "2025" },
    { "2025-05-13/2025-05-15", "2025-05-13/2025-05-15" },
    { "2025-05~", NULL },
    { "2025/..", NULL },
    { "May 2025", NULL },
    { NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *edtf = dossier_edtf_from_iso (cases[i].iso);
      g_assert_cmpstr (edtf, ==, cases[i].edtf);
    }
}

static void
test_edtf_init_day (void)
{
  DossierEdtf edtf;
  g_autofree char *text = NULL;

  dossier_edtf_init_day (&edtf, 2021, 1, 20);
  text = dossier_edtf_format (&edtf);
  g_assert_cmpstr (text, ==, "2021-01-20");
  g_assert_cmpuint (dossier_edtf_get_earliest (&edtf), ==, jd (2021, 1, 20));
  g_assert_cmpstr (dossier_edtf_precision_to_string (DOSSIER_EDTF_PRECISION_MONTH), ==, "month");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/edtf/valid", test_edtf_valid);
  g_test_add_func ("/edtf/invalid", test_edtf_invalid);
  g_test_add_func ("/edtf/from-iso", test_edtf_from_iso);
  g_test_add_func ("/edtf/init-day", test_edtf_init_day);

  return g_test_run ();
}
