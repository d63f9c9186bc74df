/* test-timeline-view.c — the timeline widgets under a real display
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <time.h>

#include "dossier-compare-view.h"
#include "dossier-library-events.h"
#include "dossier-test-utils.h"
#include "dossier-timeline-details.h"
#include "dossier-timeline-page.h"
#include "dossier-timeline-view.h"

static void
iterate (void)
{
  for (guint i = 0; i < 200 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static DossierEvent *
make_event (const char         *uid,
            const char         *date,
            const char         *title,
            DossierEventTopic   topic,
            DossierEventStance  stance)
{
  DossierEvent *event = dossier_event_new ();

  dossier_event_set_uid (event, uid);
  dossier_event_set_date (event, date);
  dossier_event_set_title (event, title);
  dossier_event_set_topic (event, topic);
  dossier_event_set_stance (event, stance);
  dossier_event_set_kind (event, DOSSIER_EVENT_KIND_RULE_ISSUED);
  dossier_event_set_status (event, DOSSIER_EVENT_STATUS_REFERENCE);
  dossier_event_add_source (event, "Test source", NULL, NULL);
  return event;
}

/* Dates in both administrations, some fuzzy, one interval. */
static const struct {
  const char *date;
  DossierEventTopic topic;
  DossierEventStance stance;
} fixture[] = {
  { "2019-05-16", DOSSIER_EVENT_TOPIC_CHINA_CONTROLS, DOSSIER_EVENT_STANCE_TIGHTENS },
  { "2022-10-07", DOSSIER_EVENT_TOPIC_CHINA_CONTROLS, DOSSIER_EVENT_STANCE_TIGHTENS },
  { "2023?", DOSSIER_EVENT_TOPIC_GLOBAL_CAPS, DOSSIER_EVENT_STANCE_NEUTRAL },
  { "2024-04~", DOSSIER_EVENT_TOPIC_GULF_EXPORTS, DOSSIER_EVENT_STANCE_LOOSENS },
  { "2025-01-13/2025-05-13", DOSSIER_EVENT_TOPIC_GLOBAL_CAPS, DOSSIER_EVENT_STANCE_TIGHTENS },
  { "2025-05-13", DOSSIER_EVENT_TOPIC_COMPANY_DEALS, DOSSIER_EVENT_STANCE_LOOSENS },
  { "2025-05-22", DOSSIER_EVENT_TOPIC_GULF_EXPORTS, DOSSIER_EVENT_STANCE_LOOSENS },
};

static GPtrArray *
fixture_events (void)
{
  GPtrArray *events = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (fixture); i++)
    {
      g_autofree char *uid = g_strdup_printf ("event-%u", i);
      g_autofree char *title = g_strdup_printf ("Event %u", i);

      g_ptr_array_add (events, make_event (uid, fixture[i].date, title, fixture[i].topic, fixture[i].stance));
    }
  return events;
}

typedef struct
{
  GtkWindow            *window;
  DossierTimelineView  *view;
  DossierTimelineRange *range;
  GPtrArray            *events;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->window = GTK_WINDOW (gtk_window_new ());
  f->view = DOSSIER_TIMELINE_VIEW (dossier_timeline_view_new ());
  f->range = dossier_timeline_range_new (dossier_test_julian (2015, 1, 1), dossier_test_julian (2031, 1, 1));
  f->events = fixture_events ();
  dossier_timeline_view_set_range (f->view, f->range);
  dossier_timeline_view_set_events (f->view, f->events);
  dossier_timeline_view_show_all (f->view);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  gtk_window_set_default_size (f->window, 1000, 500);
  gtk_window_present (f->window);
  iterate ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  iterate ();
  g_clear_object (&f->range);
  g_clear_pointer (&f->events, g_ptr_array_unref);
}

static void
test_zoom_pan_change_range (Fixture       *f,
                            gconstpointer  data)
{
  double span = dossier_timeline_range_get_span (f->range);
  double begin;

  g_assert_cmpuint (dossier_timeline_view_get_n_markers (f->view), ==, G_N_ELEMENTS (fixture));
  /* show_all covers every event. */
  g_assert_cmpfloat (dossier_timeline_range_get_begin (f->range), <=, dossier_test_julian (2019, 5, 16));
  g_assert_cmpfloat (dossier_timeline_range_get_end (f->range), >=, dossier_test_julian (2025, 5, 22));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-in", NULL));
  g_assert_cmpfloat (dossier_timeline_range_get_span (f->range), <, span * 0.9);
  span = dossier_timeline_range_get_span (f->range);

  begin = dossier_timeline_range_get_begin (f->range);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.pan-later", NULL);
  g_assert_cmpfloat (dossier_timeline_range_get_begin (f->range), >, begin);
  g_assert_cmpfloat_with_epsilon (dossier_timeline_range_get_span (f->range), span, 1e-6);

  begin = dossier_timeline_range_get_begin (f->range);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.pan-earlier", NULL);
  g_assert_cmpfloat (dossier_timeline_range_get_begin (f->range), <, begin);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-out", NULL);
  g_assert_cmpfloat (dossier_timeline_range_get_span (f->range), >, span * 1.1);

  /* The page's buttons and the view share one range object: a range
   * change made elsewhere redraws the view without errors. */
  dossier_timeline_range_set_visible (f->range, dossier_test_julian (2025, 1, 1), dossier_test_julian (2025, 2, 1));
  iterate ();
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-fit", NULL);
  g_assert_cmpfloat (dossier_timeline_range_get_span (f->range), >, 365 * 5);
}

static void
test_keyboard_moves_between_markers (Fixture       *f,
                                     gconstpointer  data)
{
  DossierEvent *first, *second;

  /* Tabbing into the view focuses the first marker on screen. */
  gtk_window_set_focus (f->window, NULL);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (f->view)));
  first = dossier_timeline_view_get_focused (f->view);
  g_assert_true (first == g_ptr_array_index (f->events, 0));

  /* Right goes forward in time, Left back. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.move-right", NULL);
  second = dossier_timeline_view_get_focused (f->view);
  g_assert_true (second == g_ptr_array_index (f->events, 1));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.move-left", NULL);
  g_assert_true (dossier_timeline_view_get_focused (f->view) == first);

  /* Tab walks the markers too, then leaves the view after the last one. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->view), GTK_DIR_TAB_FORWARD));
  g_assert_true (dossier_timeline_view_get_focused (f->view) == second);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.last", NULL);
  g_assert_true (dossier_timeline_view_get_focused (f->view) == g_ptr_array_index (f->events, f->events->len - 1));
  g_assert_false (gtk_widget_child_focus (GTK_WIDGET (f->view), GTK_DIR_TAB_FORWARD));

  /* Enter selects the focused marker. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.first", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.select", NULL);
  g_assert_true (dossier_timeline_view_get_selected (f->view) == first);

  /* Down goes to the nearest marker of the next lane that has one. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.move-down", NULL);
  g_assert_cmpint (dossier_event_get_topic (dossier_timeline_view_get_focused (f->view)), ==,
                   DOSSIER_EVENT_TOPIC_GULF_EXPORTS);

  /* In right-to-left locales time runs leftwards: Left goes forward. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.first", NULL);
  gtk_widget_set_direction (GTK_WIDGET (f->view), GTK_TEXT_DIR_RTL);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.move-left", NULL);
  g_assert_true (dossier_timeline_view_get_focused (f->view) == second);
  iterate ();
}

static void
test_focus_follows_into_view (Fixture       *f,
                              gconstpointer  data)
{
  DossierEvent *last = g_ptr_array_index (f->events, f->events->len - 1);

  /* Zoomed in on 2019, moving to the last event pans the range to it. */
  dossier_timeline_range_set_visible (f->range, dossier_test_julian (2019, 1, 1), dossier_test_julian (2019, 12, 31));
  g_assert_true (dossier_timeline_view_focus_event (f->view, last));
  g_assert_cmpfloat (dossier_timeline_range_get_begin (f->range), <=, dossier_test_julian (2025, 5, 22));
  g_assert_cmpfloat (dossier_timeline_range_get_end (f->range), >=, dossier_test_julian (2025, 5, 22));

  /* The description a screen reader gets names the event and its era. */
  {
    g_autofree char *text = dossier_timeline_view_describe_event (f->view, last);

    g_assert_nonnull (strstr (text, "Event 6"));
    g_assert_nonnull (strstr (text, dossier_era_get_label (DOSSIER_ERA_TRUMP_2)));
  }
}

static void
test_actor_lanes (Fixture       *f,
                  gconstpointer  data)
{
  dossier_event_add_actor (g_ptr_array_index (f->events, 0), "huawei");
  dossier_event_add_actor (g_ptr_array_index (f->events, 0), "us-department-of-commerce");
  dossier_event_add_actor (g_ptr_array_index (f->events, 1), "us-department-of-commerce");

  dossier_timeline_view_set_lanes (f->view, DOSSIER_TIMELINE_LANES_BY_ACTOR);
  dossier_timeline_view_set_events (f->view, f->events);
  /* One marker per actor, one for each event without actors. */
  g_assert_cmpuint (dossier_timeline_view_get_n_markers (f->view), ==, 2 + 1 + (G_N_ELEMENTS (fixture) - 2));
  iterate ();
  dossier_timeline_view_set_lanes (f->view, DOSSIER_TIMELINE_LANES_BY_TOPIC);
  g_assert_cmpuint (dossier_timeline_view_get_n_markers (f->view), ==, G_N_ELEMENTS (fixture));
}

static double
thread_cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* CPU time of this thread, so that a busy machine does not fail the test. */
static GskRenderNode *
snapshot_view (DossierTimelineView *view,
               double              *seconds)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  double start = thread_cpu_seconds ();
  GskRenderNode *node;

  GTK_WIDGET_GET_CLASS (view)->snapshot (GTK_WIDGET (view), snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  *seconds = thread_cpu_seconds () - start;
  return node;
}

static void
test_ten_thousand_events (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_object_unref);
  GskRenderNode *node;
  double seconds, set_seconds;
  gint64 start;
  static const char *suffixes[] = { "", "", "", "~", "?" };

  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *uid = g_strdup_printf ("many-%05u", i);
      g_autofree char *title = g_strdup_printf ("Generated event %u", i);
      GDate date;
      char iso[32];
      DossierEvent *event;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, dossier_test_julian (2017, 1, 1) + (i * 7919u) % 3650);
      g_snprintf (iso, sizeof iso, "%04d-%02d-%02d%s", g_date_get_year (&date), g_date_get_month (&date),
                  g_date_get_day (&date), suffixes[i % G_N_ELEMENTS (suffixes)]);
      event = make_event (uid, iso, title, i % DOSSIER_N_EVENT_TOPICS, i % DOSSIER_N_EVENT_STANCES);
      dossier_event_set_kind (event, i % DOSSIER_N_EVENT_KINDS);
      g_ptr_array_add (many, event);
    }

  start = g_get_monotonic_time ();
  dossier_timeline_view_set_events (f->view, many);
  set_seconds = (g_get_monotonic_time () - start) / 1e6;
  g_assert_cmpuint (dossier_timeline_view_get_n_markers (f->view), ==, 10000);
  dossier_timeline_view_show_all (f->view);
  iterate ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->view)), >, 0);

  /* Everything on screen; the first snapshot also loads fonts. */
  node = snapshot_view (f->view, &seconds);
  g_test_message ("10,000 events: first snapshot %.1f ms", seconds * 1000);
  gsk_render_node_unref (node);
  node = snapshot_view (f->view, &seconds);
  g_assert_nonnull (node);
  g_test_message ("10,000 events: set_events %.1f ms, snapshot of all %.1f ms", set_seconds * 1000, seconds * 1000);
  g_assert_cmpfloat (seconds, <, 2.0);
  gsk_render_node_unref (node);

  /* One month: only what is visible is drawn. */
  dossier_timeline_range_set_visible (f->range, dossier_test_julian (2021, 3, 1), dossier_test_julian (2021, 4, 1));
  node = snapshot_view (f->view, &seconds);
  g_assert_nonnull (node);
  g_test_message ("10,000 events: snapshot of one month %.1f ms", seconds * 1000);
  g_assert_cmpfloat (seconds, <, 0.5);
  gsk_render_node_unref (node);

  /* Keyboard navigation stays usable. */
  gtk_widget_grab_focus (GTK_WIDGET (f->view));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.move-right", NULL);
  g_assert_nonnull (dossier_timeline_view_get_focused (f->view));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.last", NULL);
  g_assert_cmpfloat (dossier_timeline_range_get_end (f->range), >=, dossier_test_julian (2026, 12, 1) - 400);
}

static void
open_evidence_cb (GtkWidget *widget,
                  gint64     article_id,
                  guint      start,
                  guint      end,
                  gint64    *out)
{
  out[0] = article_id;
  out[1] = start;
  out[2] = end;
}

static void
test_details_evidence_click (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  DossierTimelineDetails *details = DOSSIER_TIMELINE_DETAILS (dossier_timeline_details_new ());
  g_autoptr(DossierEvent) event = make_event ("e", "2025-05~", "Approximate event",
                                              DOSSIER_EVENT_TOPIC_GULF_EXPORTS, DOSSIER_EVENT_STANCE_LOOSENS);
  g_autoptr(DossierEvidence) one = dossier_evidence_new (7, 10, 42, "the first passage");
  g_autoptr(DossierEvidence) two = dossier_evidence_new (9, 100, 130, "另一段引文");
  GtkListBox *list;
  GtkListBoxRow *row;
  gint64 got[3] = { 0, 0, 0 };

  dossier_event_add_evidence (event, one);
  dossier_event_add_evidence (event, two);
  gtk_window_set_child (window, GTK_WIDGET (details));
  g_signal_connect (details, "open-evidence", G_CALLBACK (open_evidence_cb), got);
  dossier_timeline_details_set_event (details, event);
  gtk_window_present (window);
  iterate ();

  list = GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (details), DOSSIER_TYPE_TIMELINE_DETAILS, "evidence_list"));
  row = gtk_list_box_get_row_at_index (list, 1);
  g_assert_nonnull (row);
  g_assert_null (gtk_list_box_get_row_at_index (list, 2));
  g_signal_emit_by_name (row, "activate");
  g_assert_cmpint (got[0], ==, 9);
  g_assert_cmpint (got[1], ==, 100);
  g_assert_cmpint (got[2], ==, 130);

  gtk_window_destroy (window);
  iterate ();
}

/* LANGUAGE as a user might set it → the title and description shown. */
static const struct
{
  const char *language;
  const char *title;
  const char *description;
} language_cases[] = {
  { "fr_FR", "Annonce de Stargate UAE", "Six entreprises annoncent un vaste cluster." },
  { "zh_CN.UTF-8:en", "宣布星际之门阿联酋项目", "六家公司宣布建设大型算力集群。" },
  { "zh", "宣布星际之门阿联酋项目", "六家公司宣布建设大型算力集群。" },
  { "de_DE", "Stargate UAE announced", "Six companies announce a large cluster." },
  { "C", "Stargate UAE announced", "Six companies announce a large cluster." },
};

static const char *
label_text (DossierTimelineDetails *details,
            const char             *name)
{
  GObject *label = gtk_widget_get_template_child (GTK_WIDGET (details), DOSSIER_TYPE_TIMELINE_DETAILS, name);

  return gtk_label_get_text (GTK_LABEL (label));
}

static void
test_details_language (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  DossierTimelineDetails *details = DOSSIER_TIMELINE_DETAILS (dossier_timeline_details_new ());
  g_autoptr(DossierEvent) event = make_event ("stargate", "2025-05-22", "Stargate UAE announced",
                                              DOSSIER_EVENT_TOPIC_GULF_EXPORTS, DOSSIER_EVENT_STANCE_LOOSENS);
  g_autoptr(DossierEvent) plain = make_event ("plain", "2025-05-23", "No description",
                                              DOSSIER_EVENT_TOPIC_GULF_EXPORTS, DOSSIER_EVENT_STANCE_LOOSENS);
  g_autofree char *saved = g_strdup (g_getenv ("LANGUAGE"));
  GObject *description_label = gtk_widget_get_template_child (GTK_WIDGET (details), DOSSIER_TYPE_TIMELINE_DETAILS,
                                                              "description_label");

  dossier_event_set_description (event, "Six companies announce a large cluster.");
  dossier_event_set_title_translation (event, "fr", "Annonce de Stargate UAE");
  dossier_event_set_title_translation (event, "zh", "宣布星际之门阿联酋项目");
  dossier_event_set_description_translation (event, "en", "Six companies announce a large cluster.");
  dossier_event_set_description_translation (event, "fr", "Six entreprises annoncent un vaste cluster.");
  dossier_event_set_description_translation (event, "zh", "六家公司宣布建设大型算力集群。");
  gtk_window_set_child (window, GTK_WIDGET (details));
  gtk_window_present (window);

  for (guint i = 0; i < G_N_ELEMENTS (language_cases); i++)
    {
      g_test_message ("LANGUAGE=%s", language_cases[i].language);
      g_setenv ("LANGUAGE", language_cases[i].language, TRUE);
      dossier_timeline_details_set_event (details, NULL);
      dossier_timeline_details_set_event (details, event);
      iterate ();
      g_assert_cmpstr (label_text (details, "title_label"), ==, language_cases[i].title);
      g_assert_cmpstr (label_text (details, "description_label"), ==, language_cases[i].description);
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (description_label)));
      g_assert_cmpstr (dossier_timeline_event_description (event), ==, language_cases[i].description);

      /* An event without a description hides the label in every language. */
      dossier_timeline_details_set_event (details, plain);
      iterate ();
      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (description_label)));
      g_assert_null (dossier_timeline_event_description (plain));
    }

  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  gtk_window_destroy (window);
  iterate ();
}

typedef struct
{
  const char *edtf;
  const char *want;
} DateCase;

static void
test_format_date (void)
{
  static const DateCase cases[] = {
    { "2025-05-13", "13 May 2025" },
    { "2025-05", "May 2025" },
    { "2023", "2023" },
    { "2025-05~", "about May 2025" },
    { "2023?", "2023 (uncertain)" },
    { "2025-01-13/2025-05-15", "13 January 2025 – 15 May 2025" },
    { "2025-03/..", "since March 2025" },
    { "not a date", "not a date" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = dossier_timeline_format_date (cases[i].edtf);

      g_assert_cmpstr (got, ==, cases[i].want);
    }
}

static void
test_compare_counts (void)
{
  g_autoptr(GPtrArray) events = fixture_events ();
  GtkWidget *compare = dossier_compare_view_new ();

  g_object_ref_sink (compare);
  dossier_compare_view_set_events (DOSSIER_COMPARE_VIEW (compare), events);
  /* 2019 (Trump I) and 2022 (Biden) China controls. */
  g_assert_cmpuint (dossier_compare_view_count (DOSSIER_COMPARE_VIEW (compare), DOSSIER_EVENT_TOPIC_CHINA_CONTROLS, DOSSIER_ERA_BIDEN), ==, 1);
  g_assert_cmpuint (dossier_compare_view_count (DOSSIER_COMPARE_VIEW (compare), DOSSIER_EVENT_TOPIC_CHINA_CONTROLS, DOSSIER_ERA_TRUMP_1), ==, 1);
  /* "2023?" and the interval that starts a week before the 2025
   * inauguration: both Biden's. */
  g_assert_cmpuint (dossier_compare_view_count (DOSSIER_COMPARE_VIEW (compare), DOSSIER_EVENT_TOPIC_GLOBAL_CAPS, DOSSIER_ERA_BIDEN), ==, 2);
  g_assert_cmpuint (dossier_compare_view_count (DOSSIER_COMPARE_VIEW (compare), DOSSIER_EVENT_TOPIC_GLOBAL_CAPS, DOSSIER_ERA_TRUMP_2), ==, 0);
  g_assert_cmpuint (dossier_compare_view_count (DOSSIER_COMPARE_VIEW (compare), DOSSIER_EVENT_TOPIC_GULF_EXPORTS, DOSSIER_ERA_TRUMP_2), ==, 1);
  g_assert_cmpuint (dossier_compare_view_count (DOSSIER_COMPARE_VIEW (compare), DOSSIER_EVENT_TOPIC_GULF_EXPORTS, DOSSIER_ERA_BIDEN), ==, 1);
  g_object_unref (compare);
}

static void
test_page_opens_evidence (void)
{
  g_autofree char *dir = dossier_test_make_tmpdir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierLibrary) library = dossier_library_open (dir, &error);
  g_autoptr(DossierArticle) article = dossier_article_new ();
  g_autoptr(DossierEvent) event = make_event ("test-page-event", "2025-05-13", "Page test event",
                                              DOSSIER_EVENT_TOPIC_GLOBAL_CAPS, DOSSIER_EVENT_STANCE_LOOSENS);
  g_autoptr(DossierEvidence) evidence = NULL;
  GtkWindow *window;
  GtkWidget *page, *details;
  gint64 got[3] = { 0, 0, 0 };
  gint64 duplicate = 0;

  g_assert_no_error (error);
  dossier_article_set_title (article, "An article");
  dossier_article_set_body (article, "Officials said the rule would be rescinded next week.");
  dossier_article_set_lang (article, "en");
  g_assert_true (dossier_library_add_article (library, article, NULL, NULL, &duplicate, &error));
  g_assert_no_error (error);

  evidence = dossier_evidence_new (dossier_article_get_id (article), 14, 42, "the rule would be rescinded");
  dossier_event_add_evidence (event, evidence);
  dossier_event_set_status (event, DOSSIER_EVENT_STATUS_ACCEPTED);
  g_assert_true (dossier_library_add_event (library, event, &error));
  g_assert_no_error (error);

  window = GTK_WINDOW (gtk_window_new ());
  page = dossier_timeline_page_new (library);
  g_signal_connect (page, "open-evidence", G_CALLBACK (open_evidence_cb), got);
  gtk_window_set_child (window, page);
  gtk_window_set_default_size (window, 1200, 700);
  gtk_window_present (window);
  iterate ();

  g_assert_true (dossier_timeline_page_select_event (DOSSIER_TIMELINE_PAGE (page), dossier_event_get_id (event)));
  details = GTK_WIDGET (gtk_widget_get_template_child (page, DOSSIER_TYPE_TIMELINE_PAGE, "details"));
  g_assert_true (dossier_timeline_details_activate_evidence (DOSSIER_TIMELINE_DETAILS (details), 0));
  g_assert_cmpint (got[0], ==, dossier_article_get_id (article));
  g_assert_cmpint (got[1], ==, 14);
  g_assert_cmpint (got[2], ==, 42);

  /* The toolbar toggles switch lanes and between timeline and table. */
  {
    GObject *actor_lanes = gtk_widget_get_template_child (page, DOSSIER_TYPE_TIMELINE_PAGE, "actor_lanes_button");
    GObject *compare = gtk_widget_get_template_child (page, DOSSIER_TYPE_TIMELINE_PAGE, "compare_button");
    GObject *view = gtk_widget_get_template_child (page, DOSSIER_TYPE_TIMELINE_PAGE, "view");
    GObject *stack = gtk_widget_get_template_child (page, DOSSIER_TYPE_TIMELINE_PAGE, "stack");

    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (actor_lanes), TRUE);
    g_assert_cmpint (dossier_timeline_view_get_lanes (DOSSIER_TIMELINE_VIEW (view)), ==, DOSSIER_TIMELINE_LANES_BY_ACTOR);
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (compare), TRUE);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "compare");
    iterate ();
  }

  gtk_window_destroy (window);
  iterate ();
}

static DossierEvent *
add_candidate (DossierLibrary *library,
               gint64          article_id,
               const char     *uid,
               guint           start)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierEvidence) evidence = dossier_evidence_new (article_id, start, start + 10, "a passage");
  DossierEvent *event = make_event (uid, "2024-04-16", uid, DOSSIER_EVENT_TOPIC_COMPANY_DEALS,
                                    DOSSIER_EVENT_STANCE_LOOSENS);

  dossier_event_set_status (event, DOSSIER_EVENT_STATUS_CANDIDATE);
  dossier_event_set_confidence (event, 0.7);
  dossier_event_add_evidence (event, evidence);
  g_assert_true (dossier_library_add_event (library, event, &error));
  g_assert_no_error (error);
  return event;
}

static void
test_page_accept_reject (void)
{
  g_autofree char *dir = dossier_test_make_tmpdir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierLibrary) library = dossier_library_open (dir, &error);
  g_autoptr(DossierArticle) article = dossier_article_new ();
  g_autoptr(DossierEvent) keep = NULL;
  g_autoptr(DossierEvent) drop = NULL;
  g_autoptr(DossierEvent) stored = NULL;
  GtkWindow *window;
  GtkWidget *page;
  GObject *details, *status, *view;
  gint64 duplicate = 0;

  g_assert_no_error (error);
  dossier_article_set_title (article, "Deal news");
  dossier_article_set_body (article, "The company agreed a deal to buy chips, officials said on Tuesday.");
  dossier_article_set_lang (article, "en");
  g_assert_true (dossier_library_add_article (library, article, NULL, NULL, &duplicate, &error));
  g_assert_no_error (error);
  keep = add_candidate (library, dossier_article_get_id (article), "candidate-keep", 0);
  drop = add_candidate (library, dossier_article_get_id (article), "candidate-drop", 20);

  window = GTK_WINDOW (gtk_window_new ());
  page = dossier_timeline_page_new (library);
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  iterate ();

  details = gtk_widget_get_template_child (page, DOSSIER_TYPE_TIMELINE_PAGE, "details");
  status = gtk_widget_get_template_child (page, DOSSIER_TYPE_TIMELINE_PAGE, "status_dropdown");
  view = gtk_widget_get_template_child (page, DOSSIER_TYPE_TIMELINE_PAGE, "view");

  /* Candidates are hidden until asked for. */
  g_assert_false (dossier_timeline_page_select_event (DOSSIER_TIMELINE_PAGE (page), dossier_event_get_id (keep)));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), 1);
  g_assert_true (dossier_timeline_page_select_event (DOSSIER_TIMELINE_PAGE (page), dossier_event_get_id (keep)));
  g_assert_cmpstr (dossier_event_get_uid (dossier_timeline_details_get_event (DOSSIER_TIMELINE_DETAILS (details))), ==, "candidate-keep");

  /* Accepting as a new event stores it as accepted. */
  g_signal_emit_by_name (details, "accept", dossier_timeline_details_get_event (DOSSIER_TIMELINE_DETAILS (details)), NULL);
  stored = dossier_library_get_event (library, dossier_event_get_id (keep), &error);
  g_assert_no_error (error);
  g_assert_cmpint (dossier_event_get_status (stored), ==, DOSSIER_EVENT_STATUS_ACCEPTED);
  g_clear_object (&stored);

  /* Rejecting marks it rejected and takes it off the timeline. */
  g_assert_true (dossier_timeline_page_select_event (DOSSIER_TIMELINE_PAGE (page), dossier_event_get_id (drop)));
  g_signal_emit_by_name (details, "reject", dossier_timeline_details_get_event (DOSSIER_TIMELINE_DETAILS (details)));
  stored = dossier_library_get_event (library, dossier_event_get_id (drop), &error);
  g_assert_no_error (error);
  g_assert_cmpint (dossier_event_get_status (stored), ==, DOSSIER_EVENT_STATUS_REJECTED);
  g_assert_false (dossier_timeline_page_select_event (DOSSIER_TIMELINE_PAGE (page), dossier_event_get_id (drop)));
  g_assert_null (dossier_timeline_view_get_selected (DOSSIER_TIMELINE_VIEW (view)));

  gtk_window_destroy (window);
  iterate ();
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/timeline-view/zoom-pan", Fixture, NULL, fixture_set_up, test_zoom_pan_change_range, fixture_tear_down);
  g_test_add ("/timeline-view/keyboard", Fixture, NULL, fixture_set_up, test_keyboard_moves_between_markers, fixture_tear_down);
  g_test_add ("/timeline-view/focus-pans", Fixture, NULL, fixture_set_up, test_focus_follows_into_view, fixture_tear_down);
  g_test_add ("/timeline-view/actor-lanes", Fixture, NULL, fixture_set_up, test_actor_lanes, fixture_tear_down);
  g_test_add ("/timeline-view/ten-thousand", Fixture, NULL, fixture_set_up, test_ten_thousand_events, fixture_tear_down);
  g_test_add_func ("/timeline-details/evidence-click", test_details_evidence_click);
  g_test_add_func ("/timeline-details/format-date", test_format_date);
  g_test_add_func ("/timeline-details/language", test_details_language);
  g_test_add_func ("/compare-view/counts", test_compare_counts);
  g_test_add_func ("/timeline-page/open-evidence", test_page_opens_evidence);
  g_test_add_func ("/timeline-page/accept-reject", test_page_accept_reject);

  return g_test_run ();
}
