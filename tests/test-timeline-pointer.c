/* test-timeline-pointer.c — dragging and scrolling the timeline with a
 * real pointer: xdotool sends X input events (XTEST) to the test's own
 * window under Xvfb, and the range model must follow. Pinch needs a
 * touchscreen and is not covered here.
 *
 * Skips when the display is not X11 or xdotool is missing, unless
 * DOSSIER_REQUIRE_TOOLS=1.
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "dossier-timeline-range.h"
#include "dossier-timeline-view.h"
#include "dossier-test-utils.h"
#include "dossier-ui-test-utils.h"

typedef struct
{
  GtkWindow            *window;
  DossierTimelineView  *view;
  DossierTimelineRange *range;
  gulong                xid;
} Fixture;

/* Runs the main loop for @ms milliseconds, so that the X events the
 * server sends are read and dispatched. */
static void
run_for (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
skip_or_fail (const char *reason)
{
  if (g_strcmp0 (g_getenv ("DOSSIER_REQUIRE_TOOLS"), "1") == 0)
    g_error ("%s (DOSSIER_REQUIRE_TOOLS=1)", reason);
  g_test_skip (reason);
  return FALSE;
}

static gboolean
fixture_set_up (Fixture *f)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  if (xdotool == NULL)
    return skip_or_fail ("xdotool is not installed");
#ifdef GDK_WINDOWING_X11
  if (!GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    return skip_or_fail ("the display is not X11");

  f->window = GTK_WINDOW (gtk_window_new ());
  /* No window decorations: the view starts at the surface's origin. */
  gtk_window_set_decorated (f->window, FALSE);
  f->view = DOSSIER_TIMELINE_VIEW (dossier_timeline_view_new ());
  f->range = dossier_timeline_range_new (dossier_test_julian (2015, 1, 1), dossier_test_julian (2031, 1, 1));
  dossier_timeline_range_set_visible (f->range, dossier_test_julian (2020, 1, 1), dossier_test_julian (2024, 1, 1));
  dossier_timeline_view_set_range (f->view, f->range);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  gtk_window_set_default_size (f->window, 800, 400);
  gtk_window_present (f->window);
  run_for (300);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->view)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->view)), >, 400);
  f->xid = gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (f->window)));
  return TRUE;
#else
  return skip_or_fail ("built without X11 support");
#endif
}

static void
fixture_tear_down (Fixture *f)
{
  g_clear_pointer (&f->window, gtk_window_destroy);
  run_for (50);
  g_clear_object (&f->range);
}

/* Moves the pointer to (@x, @y) in the window, runs xdotool with @args
 * there, and lets GTK handle what it sent. */
static void
xdotool (Fixture    *f,
         int         x,
         int         y,
         const char *args)
{
  g_autofree char *command = g_strdup_printf ("xdotool mousemove --window %lu %d %d %s",
                                              f->xid, x, y, args);
  g_auto(GStrv) argv = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_shell_parse_argv (command, NULL, &argv, NULL));
  process = g_subprocess_newv ((const char * const *) argv, G_SUBPROCESS_FLAGS_NONE, &error);
  g_assert_no_error (error);
  /* The server queues the events for our window while we wait. */
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (process));
  run_for (200);
}

static void
test_drag_pans (void)
{
  Fixture f = { 0 };
  double begin, span, days_per_pixel;

  if (!fixture_set_up (&f))
    return;
  begin = dossier_timeline_range_get_begin (f.range);
  span = dossier_timeline_range_get_span (f.range);
  days_per_pixel = span / gtk_widget_get_width (GTK_WIDGET (f.view));

  /* Grabbing the axis and moving it 300 pixels left shows later days. */
  xdotool (&f, 500, 30, "mousedown 1 mousemove_relative --sync -- -150 0 "
                        "mousemove_relative --sync -- -150 0 mouseup 1");
  g_assert_cmpfloat_with_epsilon (dossier_timeline_range_get_begin (f.range),
                                  begin + 300 * days_per_pixel, 4 * days_per_pixel);
  g_assert_cmpfloat_with_epsilon (dossier_timeline_range_get_span (f.range), span, 1e-6);
  fixture_tear_down (&f);
}

static void
test_scroll_pans_and_control_scroll_zooms (void)
{
  Fixture f = { 0 };
  double begin, span;

  if (!fixture_set_up (&f))
    return;
  begin = dossier_timeline_range_get_begin (f.range);
  span = dossier_timeline_range_get_span (f.range);

  /* The wheel pans (button 5 is "down": later). */
  xdotool (&f, 400, 200, "click 5");
  g_assert_cmpfloat (dossier_timeline_range_get_begin (f.range), >, begin);
  g_assert_cmpfloat_with_epsilon (dossier_timeline_range_get_span (f.range), span, 1e-6);

  /* Ctrl+wheel up zooms in around the pointer: the day under it stays. */
  xdotool (&f, 400, 200, "keydown ctrl click 4 keyup ctrl");
  g_assert_cmpfloat (dossier_timeline_range_get_span (f.range), <, span * 0.9);

  span = dossier_timeline_range_get_span (f.range);
  xdotool (&f, 400, 200, "keydown ctrl click 5 click 5 keyup ctrl");
  g_assert_cmpfloat (dossier_timeline_range_get_span (f.range), >, span * 1.2);
  fixture_tear_down (&f);
}

int
main (int    argc,
      char **argv)
{
  dossier_ui_test_init (&argc, &argv);

  g_test_add_func ("/timeline-pointer/drag-pans", test_drag_pans);
  g_test_add_func ("/timeline-pointer/scroll-pans-and-control-scroll-zooms",
                   test_scroll_pans_and_control_scroll_zooms);
  return g_test_run ();
}
