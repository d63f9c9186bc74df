/* test-timeline-range.c — zoom, pan and clamp maths of the visible range
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "dossier-timeline-range.h"

#define assert_days(a, b) g_assert_cmpfloat_with_epsilon ((a), (b), 1e-6)

typedef struct
{
  const char *name;
  double      begin, end;          /* requested */
  double      want_begin, want_end;
} VisibleCase;

/* Bounds 1000–2000, min-span 10. */
static const VisibleCase visible_cases[] = {
  { "inside",            1100, 1200, 1100, 1200 },
  { "reversed",          1200, 1100, 1100, 1200 },
  { "sticks out before",  900, 1000, 1000, 1100 },
  { "sticks out after",  1950, 2050, 1900, 2000 },
  { "longer than all",    500, 2500, 1000, 2000 },
  { "shorter than min",  1500, 1502, 1496, 1506 },
  { "short at the edge", 1999, 2000, 1990, 2000 },
  { "exact bounds",      1000, 2000, 1000, 2000 },
};

static void
test_set_visible (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (visible_cases); i++)
    {
      const VisibleCase *c = &visible_cases[i];
      g_autoptr(DossierTimelineRange) range = dossier_timeline_range_new (1000, 2000);

      g_test_message ("case: %s", c->name);
      dossier_timeline_range_set_min_span (range, 10);
      dossier_timeline_range_set_visible (range, c->begin, c->end);
      assert_days (dossier_timeline_range_get_begin (range), c->want_begin);
      assert_days (dossier_timeline_range_get_end (range), c->want_end);
    }
}

typedef struct
{
  const char *name;
  double      begin, end;
  double      factor, anchor;
  gboolean    changed;
  double      want_begin, want_end;
} ZoomCase;

static const ZoomCase zoom_cases[] = {
  { "in around the centre",  1400, 1600, 2,    1500, TRUE,  1450, 1550 },
  { "in around the start",   1400, 1600, 2,    1400, TRUE,  1400, 1500 },
  { "in around a point",     1400, 1600, 4,    1580, TRUE,  1535, 1585 },
  { "out around the centre", 1400, 1600, 0.5,  1500, TRUE,  1300, 1700 },
  { "out hits the bounds",   1400, 1600, 0.1,  1500, TRUE,  1000, 2000 },
  { "out past the start",    1000, 1100, 0.5,  1050, TRUE,  1000, 1200 },
  { "in stops at min span",  1400, 1600, 100,  1500, TRUE,  1495, 1505 },
  { "at min span already",   1495, 1505, 2,    1500, FALSE, 1495, 1505 },
  { "everything already",    1000, 2000, 0.5,  1500, FALSE, 1000, 2000 },
};

static void
test_zoom (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (zoom_cases); i++)
    {
      const ZoomCase *c = &zoom_cases[i];
      g_autoptr(DossierTimelineRange) range = dossier_timeline_range_new (1000, 2000);
      double before;

      g_test_message ("case: %s", c->name);
      dossier_timeline_range_set_min_span (range, 10);
      dossier_timeline_range_set_visible (range, c->begin, c->end);
      before = dossier_timeline_range_day_to_fraction (range, c->anchor);
      g_assert_cmpint (dossier_timeline_range_zoom (range, c->factor, c->anchor), ==, c->changed);
      assert_days (dossier_timeline_range_get_begin (range), c->want_begin);
      assert_days (dossier_timeline_range_get_end (range), c->want_end);
      /* The anchor stays put unless the bounds pushed the range. */
      if (c->want_begin > 1000 && c->want_end < 2000)
        assert_days (dossier_timeline_range_day_to_fraction (range, c->anchor), before);
    }
}

typedef struct
{
  double   days;
  gboolean changed;
  double   want_begin;
} PanCase;

static const PanCase pan_cases[] = {
  { 50,    TRUE,  1450 },
  { -50,   TRUE,  1350 },
  { 0,     FALSE, 1400 },
  { 1000,  TRUE,  1800 },
  { -1000, TRUE,  1000 },
  { 0.25,  TRUE,  1400.25 },
};

static void
test_pan (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (pan_cases); i++)
    {
      const PanCase *c = &pan_cases[i];
      g_autoptr(DossierTimelineRange) range = dossier_timeline_range_new (1000, 2000);

      dossier_timeline_range_set_visible (range, 1400, 1600);
      g_assert_cmpint (dossier_timeline_range_pan (range, c->days), ==, c->changed);
      assert_days (dossier_timeline_range_get_begin (range), c->want_begin);
      /* Panning never changes the length. */
      assert_days (dossier_timeline_range_get_span (range), 200);
    }
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
changed_cb (DossierTimelineRange *range,
            guint                *count)
{
  (*count)++;
}

static void
test_notify (void)
{
  g_autoptr(DossierTimelineRange) range = dossier_timeline_range_new (1000, 2000);
  guint begin_notes = 0, end_notes = 0, changes = 0;

  g_signal_connect (range, "notify::begin", G_CALLBACK (count_cb), &begin_notes);
  g_signal_connect (range, "notify::end", G_CALLBACK (count_cb), &end_notes);
  g_signal_connect (range, "changed", G_CALLBACK (changed_cb), &changes);

  dossier_timeline_range_set_visible (range, 1000, 1500);
  g_assert_cmpuint (begin_notes, ==, 0);
  g_assert_cmpuint (end_notes, ==, 1);
  g_assert_cmpuint (changes, ==, 1);

  /* Same range: no notification at all. */
  dossier_timeline_range_set_visible (range, 1000, 1500);
  g_assert_cmpuint (changes, ==, 1);

  dossier_timeline_range_pan (range, 10);
  g_assert_cmpuint (begin_notes, ==, 1);
  g_assert_cmpuint (end_notes, ==, 2);
  g_assert_cmpuint (changes, ==, 2);

  /* Narrowing the bounds clamps the visible range. */
  dossier_timeline_range_set_bounds (range, 1200, 1400);
  assert_days (dossier_timeline_range_get_begin (range), 1200);
  assert_days (dossier_timeline_range_get_end (range), 1400);
  g_assert_cmpuint (changes, ==, 3);

  /* Properties read the same values. */
  {
    double begin, end;

    g_object_get (range, "begin", &begin, "end", &end, NULL);
    assert_days (begin, 1200);
    assert_days (end, 1400);
  }
}

typedef struct
{
  const char *name;
  double      first, last, margin;
  gboolean    changed;
  double      want_begin;
} EnsureCase;

/* Visible 1400–1600 within 1000–2000. */
static const EnsureCase ensure_cases[] = {
  { "already visible",  1450, 1460, 5,  FALSE, 1400 },
  { "before",           1300, 1300, 10, TRUE,  1290 },
  { "after",            1700, 1710, 10, TRUE,  1520 },
  { "margin too close", 1598, 1598, 10, TRUE,  1408 },
  { "too long, start in view", 1500, 1900, 10, FALSE, 1400 },
  { "too long, start out",     1100, 1900, 10, TRUE,  1090 },
};

static void
test_ensure_visible (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (ensure_cases); i++)
    {
      const EnsureCase *c = &ensure_cases[i];
      g_autoptr(DossierTimelineRange) range = dossier_timeline_range_new (1000, 2000);

      g_test_message ("case: %s", c->name);
      dossier_timeline_range_set_visible (range, 1400, 1600);
      g_assert_cmpint (dossier_timeline_range_ensure_visible (range, c->first, c->last, c->margin), ==, c->changed);
      assert_days (dossier_timeline_range_get_begin (range), c->want_begin);
      assert_days (dossier_timeline_range_get_span (range), 200);
    }
}

static void
test_fractions (void)
{
  g_autoptr(DossierTimelineRange) range = dossier_timeline_range_new (0, 1000);

  dossier_timeline_range_set_visible (range, 200, 600);
  assert_days (dossier_timeline_range_day_to_fraction (range, 200), 0);
  assert_days (dossier_timeline_range_day_to_fraction (range, 600), 1);
  assert_days (dossier_timeline_range_day_to_fraction (range, 300), 0.25);
  assert_days (dossier_timeline_range_fraction_to_day (range, 0.5), 400);
  assert_days (dossier_timeline_range_fraction_to_day (range, -0.5), 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-range/set-visible", test_set_visible);
  g_test_add_func ("/timeline-range/zoom", test_zoom);
  g_test_add_func ("/timeline-range/pan", test_pan);
  g_test_add_func ("/timeline-range/notify", test_notify);
  g_test_add_func ("/timeline-range/ensure-visible", test_ensure_visible);
  g_test_add_func ("/timeline-range/fractions", test_fractions);

  return g_test_run ();
}
