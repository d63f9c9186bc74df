/* test-event-dialog.c — passages of an article put on the timeline, as a
 * new event or as evidence for an existing one, and evidence opened back
 * in the article, on a real window and a temporary library
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "dossier-article-view.h"
#include "dossier-event-dialog.h"
#include "dossier-library-events.h"
#include "dossier-timeline-page.h"
#include "dossier-test-utils.h"
#include "dossier-ui-test-utils.h"

static DossierApplication *app;
static char *library_dir;

static const char article_text[] =
  "Licences for the Gulf\n\n"
  "On 2 March 2026, Nvidia said the Commerce Department had approved licences "
  "for shipments of accelerators to G42 in Abu Dhabi.\n\n"
  "Officials confirmed on 3 March 2026 that the licences for G42 cover "
  "35,000 Nvidia chips.\n\n"
  "The weather in the capital was mild all week.\n";

static gpointer
window_child (DossierWindow *window,
              const char    *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (window), DOSSIER_TYPE_WINDOW, name);
}

static gpointer
dialog_child (DossierEventDialog *dialog,
              const char         *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (dialog), DOSSIER_TYPE_EVENT_DIALOG, name);
}

/* Imports the fixture article once and opens it. */
static DossierArticleView *
open_fixture_article (DossierWindow *window)
{
  static gint64 article_id;
  DossierArticleView *view = window_child (window, "article_view");

  if (article_id == 0)
    {
      g_autofree char *path = g_build_filename (library_dir, "..", "gulf-licences.txt", NULL);

      g_assert_true (g_file_set_contents (path, article_text, -1, NULL));
      dossier_ui_test_import_paths (window, (const char *[]) { path, NULL });
      /* A new import opens in the reading view. */
      g_assert_nonnull (dossier_article_view_get_article (view));
      article_id = dossier_article_get_id (dossier_article_view_get_article (view));
      g_assert_cmpint (article_id, >, 0);
    }
  dossier_window_open_article (window, article_id);
  dossier_ui_test_iterate ();
  g_assert_nonnull (dossier_article_view_get_article (view));
  g_assert_cmpint (dossier_article_get_id (dossier_article_view_get_article (view)), ==, article_id);
  return view;
}

static void
select_text (DossierArticleView *view,
             const char         *needle,
             guint              *start,
             guint              *end)
{
  const char *text = dossier_article_get_body (dossier_article_view_get_article (view));
  const char *at = strstr (text, needle);

  g_assert_nonnull (at);
  *start = g_utf8_pointer_to_offset (text, at);
  *end = *start + g_utf8_strlen (needle, -1);
  dossier_article_view_select_range (view, *start, *end);
}

static void
on_saved (DossierEventDialog *dialog,
          gint64              event_id,
          gboolean            created,
          gpointer            user_data)
{
  *(gint64 *) user_data = event_id;
}

static DossierEvent *
stored_event (DossierLibrary *library,
              gint64          id)
{
  g_autoptr(GError) error = NULL;
  DossierEvent *event = dossier_library_get_event (library, id, &error);

  g_assert_no_error (error);
  return event;
}

static void
test_new_event_from_selection (void)
{
  DossierWindow *window = dossier_ui_test_main_window (app);
  DossierLibrary *library = dossier_window_get_library (window);
  DossierArticleView *view = open_fixture_article (window);
  g_autoptr(DossierEventDialog) dialog = NULL;
  g_autoptr(DossierEvent) event = NULL;
  DossierEvidence *evidence;
  AdwViewStack *view_stack = window_child (window, "view_stack");
  DossierTimelinePage *page;
  gint64 saved_id = 0;
  guint start, end;

  /* Nothing selected, no annotation under the cursor: no dialog. */
  dossier_article_view_select_range (view, 0, 0);
  g_assert_null (dossier_article_view_add_to_timeline (view));

  select_text (view, "On 2 March 2026, Nvidia said", &start, &end);
  end = start + g_utf8_strlen ("On 2 March 2026, Nvidia said the Commerce Department had approved "
                               "licences for shipments of accelerators to G42 in Abu Dhabi.", -1);
  dossier_article_view_select_range (view, start, end);
  dialog = g_object_ref (dossier_article_view_add_to_timeline (view));
  g_signal_connect (dialog, "saved", G_CALLBACK (on_saved), &saved_id);
  dossier_ui_test_iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* No event of the timeline is near March 2026: a new one is offered,
   * filled in with what the passage says. */
  g_assert_null (dossier_event_dialog_get_match (dialog));
  g_assert_cmpint (dossier_event_dialog_get_mode (dialog), ==, DOSSIER_EVENT_DIALOG_NEW);
  g_assert_cmpstr (gtk_editable_get_text (dialog_child (dialog, "date_row")), ==, "2026-03-02");
  g_assert_true (g_str_has_prefix (gtk_editable_get_text (dialog_child (dialog, "title_row")),
                                   "On 2 March 2026, Nvidia"));
  g_assert_cmpuint (adw_combo_row_get_selected (dialog_child (dialog, "kind_row")), ==,
                    DOSSIER_EVENT_KIND_LICENCE_DECISION);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (dialog_child (dialog, "actors_row")), "G42"));

  /* A date that is not EDTF is refused, and nothing is stored. */
  gtk_editable_set_text (dialog_child (dialog, "date_row"), "March the second");
  dossier_ui_test_iterate ();
  g_assert_true (gtk_widget_has_css_class (dialog_child (dialog, "date_row"), "error"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  dossier_ui_test_iterate ();
  g_assert_cmpint (saved_id, ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  gtk_editable_set_text (dialog_child (dialog, "date_row"), "2026-03-02");
  gtk_editable_set_text (dialog_child (dialog, "title_row"), "Licences for G42 approved");
  adw_combo_row_set_selected (dialog_child (dialog, "stance_row"), DOSSIER_EVENT_STANCE_LOOSENS);
  /* Enter in a field saves. */
  g_signal_emit_by_name (dossier_ui_test_find_widget (dialog_child (dialog, "title_row"), GTK_TYPE_TEXT, NULL),
                         "activate");
  dossier_ui_test_iterate ();
  g_assert_cmpint (saved_id, >, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  event = stored_event (library, saved_id);
  g_assert_cmpstr (dossier_event_get_title (event), ==, "Licences for G42 approved");
  g_assert_cmpstr (dossier_event_get_date (event), ==, "2026-03-02");
  g_assert_cmpint (dossier_event_get_status (event), ==, DOSSIER_EVENT_STATUS_ACCEPTED);
  g_assert_cmpint (dossier_event_get_stance (event), ==, DOSSIER_EVENT_STANCE_LOOSENS);
  g_assert_cmpint (dossier_event_get_era (event), ==, DOSSIER_ERA_TRUMP_2);
  g_assert_true (dossier_event_has_actor (event, "g42"));
  g_assert_cmpuint (dossier_event_get_evidence (event)->len, ==, 1);
  evidence = g_ptr_array_index (dossier_event_get_evidence (event), 0);
  g_assert_cmpuint (evidence->start, ==, start);
  g_assert_cmpuint (evidence->end, ==, end);
  g_assert_true (g_str_has_suffix (evidence->quote, "G42 in Abu Dhabi."));

  /* The toast's "Show" goes to the event on the timeline. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-event", "x", saved_id);
  dossier_ui_test_iterate ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack), ==, "timeline");
  page = DOSSIER_TIMELINE_PAGE (adw_view_stack_get_child_by_name (view_stack, "timeline"));
  g_assert_true (dossier_timeline_page_select_event (page, saved_id));
  adw_view_stack_set_visible_child_name (view_stack, "library");
}

static void
test_attach_to_existing_event (void)
{
  DossierWindow *window = dossier_ui_test_main_window (app);
  DossierLibrary *library = dossier_window_get_library (window);
  DossierArticleView *view = open_fixture_article (window);
  g_autoptr(DossierEventDialog) dialog = NULL;
  g_autoptr(DossierEventDialog) again = NULL;
  g_autoptr(DossierEvent) before = NULL;
  g_autoptr(DossierEvent) after = NULL;
  DossierEvent *match;
  gint64 saved_id = 0;
  guint start, end;

  /* The first test made the event this passage reports. */
  select_text (view, "Officials confirmed on 3 March 2026 that the licences for G42 cover 35,000 Nvidia chips.",
               &start, &end);
  dialog = g_object_ref (dossier_article_view_add_to_timeline (view));
  g_signal_connect (dialog, "saved", G_CALLBACK (on_saved), &saved_id);
  match = dossier_event_dialog_get_match (dialog);
  g_assert_nonnull (match);
  g_assert_cmpstr (dossier_event_get_title (match), ==, "Licences for G42 approved");
  g_assert_cmpint (dossier_event_dialog_get_mode (dialog), ==, DOSSIER_EVENT_DIALOG_EXISTING);
  before = stored_event (library, dossier_event_get_id (match));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  dossier_ui_test_iterate ();
  g_assert_cmpint (saved_id, ==, dossier_event_get_id (match));
  after = stored_event (library, saved_id);
  g_assert_cmpuint (dossier_event_get_evidence (after)->len, ==,
                    dossier_event_get_evidence (before)->len + 1);

  /* The same passage twice is refused: it backs the event already. */
  saved_id = 0;
  dossier_article_view_select_range (view, start, end);
  again = g_object_ref (dossier_article_view_add_to_timeline (view));
  g_signal_connect (again, "saved", G_CALLBACK (on_saved), &saved_id);
  g_assert_true (dossier_event_dialog_select_event (again, dossier_event_get_id (after)));
  dossier_event_dialog_set_mode (again, DOSSIER_EVENT_DIALOG_EXISTING);
  gtk_widget_activate_action (GTK_WIDGET (again), "dialog.save", NULL);
  dossier_ui_test_iterate ();
  g_assert_cmpint (saved_id, ==, 0);
  g_clear_object (&after);
  after = stored_event (library, dossier_event_get_id (match));
  g_assert_cmpuint (dossier_event_get_evidence (after)->len, ==,
                    dossier_event_get_evidence (before)->len + 1);
  gtk_window_close (GTK_WINDOW (again));
  dossier_ui_test_iterate ();
}

/* A passage clicked on the timeline opens its article, selected. */
static void
test_evidence_opens_article (void)
{
  DossierWindow *window = dossier_ui_test_main_window (app);
  DossierArticleView *view = open_fixture_article (window);
  AdwViewStack *view_stack = window_child (window, "view_stack");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (dossier_article_view_get_text_view (view));
  gint64 article_id = dossier_article_get_id (dossier_article_view_get_article (view));
  GtkWidget *page = adw_view_stack_get_child_by_name (view_stack, "timeline");
  GtkTextIter s, e;
  guint start, end;

  select_text (view, "The weather in the capital", &start, &end);
  dossier_article_view_select_range (view, 0, 0);
  adw_view_stack_set_visible_child_name (view_stack, "timeline");
  dossier_window_open_article (window, article_id);
  g_signal_emit_by_name (page, "open-evidence", article_id, start, end);
  dossier_ui_test_iterate ();

  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack), ==, "library");
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &s, &e));
  g_assert_cmpuint (gtk_text_iter_get_offset (&s), ==, start);
  g_assert_cmpuint (gtk_text_iter_get_offset (&e), ==, end);
}

/* The window's action (Ctrl+T, the text menu) opens the dialog. */
static void
test_window_action (void)
{
  DossierWindow *window = dossier_ui_test_main_window (app);
  DossierArticleView *view = open_fixture_article (window);
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;
  guint start, end;

  select_text (view, "The weather in the capital was mild", &start, &end);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-timeline", NULL);
  dossier_ui_test_iterate ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (DOSSIER_IS_EVENT_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        found = toplevel;
    }
  g_assert_nonnull (found);
  g_assert_true (gtk_window_get_transient_for (found) == GTK_WINDOW (window));
  /* Undated and without actors: a new event, the date left to the analyst. */
  g_assert_cmpint (dossier_event_dialog_get_mode (DOSSIER_EVENT_DIALOG (found)), ==,
                   DOSSIER_EVENT_DIALOG_NEW);
  gtk_window_close (found);
  dossier_ui_test_iterate ();
}

int
main (int    argc,
      char **argv)
{
  int status;
  g_autofree char *tmp = NULL;

  dossier_ui_test_init (&argc, &argv);
  tmp = dossier_test_make_tmpdir ();
  library_dir = g_build_filename (tmp, "library", NULL);
  app = dossier_ui_test_application_new (library_dir);

  g_test_add_func ("/event-dialog/new-event-from-selection", test_new_event_from_selection);
  g_test_add_func ("/event-dialog/attach-to-existing-event", test_attach_to_existing_event);
  g_test_add_func ("/event-dialog/evidence-opens-article", test_evidence_opens_article);
  g_test_add_func ("/event-dialog/window-action", test_window_action);

  status = g_test_run ();
  g_clear_object (&app);
  g_free (library_dir);
  return status;
}
