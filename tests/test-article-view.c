/* test-article-view.c — the reading window: highlights, annotations, undo,
 * imports and re-anchoring, on a real window and a temporary library
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "dossier-annotation.h"
#include "dossier-application.h"
#include "dossier-article-view.h"
#include "dossier-highlighter.h"
#include "dossier-library-entities.h"
#include "dossier-library-view.h"
#include "dossier-span-format.h"
#include "dossier-window.h"
#include "dossier-test-utils.h"
#include "dossier-ui-test-utils.h"

static DossierApplication *app;
static char *library_dir;

static gpointer
child (DossierWindow *window,
       const char    *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (window), DOSSIER_TYPE_WINDOW, name);
}

static char *
write_fixture (const char *name,
               const char *contents)
{
  char *path = g_build_filename (library_dir, "..", name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

/* Every span is covered by its kind's tag, exactly. */
static void
assert_tags_cover (GtkTextBuffer      *buffer,
                   DossierHighlighter *highlighter,
                   GPtrArray          *spans)
{
  for (guint i = 0; i < spans->len; i++)
    {
      const DossierSpan *span = g_ptr_array_index (spans, i);
      GtkTextTag *tag = dossier_highlighter_get_tag (highlighter, span->kind);
      GtkTextIter start, end;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, span->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, span->end);
      g_assert_true (gtk_text_iter_starts_tag (&start, tag) || gtk_text_iter_has_tag (&start, tag));
      for (GtkTextIter it = start; gtk_text_iter_compare (&it, &end) < 0; gtk_text_iter_forward_char (&it))
        if (!gtk_text_iter_has_tag (&it, tag))
          g_error ("span %u [%u, %u) %s: no tag at %d", i, span->start, span->end,
                   dossier_span_kind_to_string (span->kind), gtk_text_iter_get_offset (&it));
      g_assert_true (dossier_highlighter_span_at (highlighter, span->start) != NULL);
    }
}

/* ---- Widgets without a library ---- */

static GPtrArray *
make_spans (void)
{
  GPtrArray *spans = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
  DossierSpan *span;

  span = dossier_span_new (DOSSIER_SPAN_ORGANIZATION, 0, 6, "Nvidia");
  dossier_span_set_entity (span, "nvidia", "Nvidia");
  g_ptr_array_add (spans, span);
  span = dossier_span_new (DOSSIER_SPAN_QUANTITY, 13, 26, "200,000 chips");
  dossier_span_set_value (span, 200000);
  span->item = g_strdup ("chip");
  g_ptr_array_add (spans, span);
  span = dossier_span_new (DOSSIER_SPAN_PLACE, 30, 33, "阿联酋");
  g_ptr_array_add (spans, span);
  span = dossier_span_new (DOSSIER_SPAN_MONEY, 38, 52, "US$6.6 billion");
  dossier_span_set_value (span, 6.6e9);
  span->unit = g_strdup ("USD");
  g_ptr_array_add (spans, span);
  span = dossier_span_new (DOSSIER_SPAN_DATE, 59, 70, "11 May 2025");
  span->iso = g_strdup ("2025-05-11");
  g_ptr_array_add (spans, span);
  span = dossier_span_new (DOSSIER_SPAN_ORGANIZATION, 76, 82, "NVIDIA");
  dossier_span_set_entity (span, "nvidia", "Nvidia");
  g_ptr_array_add (spans, span);
  return spans;
}

/* Offsets in code points: Nvidia 0–6, quantity 13–26, place 30–33, money 38–52, date 59–70, NVIDIA 76–82. */
static const char body[] = "Nvidia sells 200,000 chips to 阿联酋 for US$6.6 billion... on 11 May 2025. And NVIDIA again.";

static void
test_highlights_cover_spans (void)
{
  GtkWidget *view = dossier_article_view_new ();
  g_autoptr(DossierArticle) article = dossier_article_new ();
  g_autoptr(GPtrArray) spans = make_spans ();
  GtkTextBuffer *buffer;
  DossierHighlighter *highlighter;
  GtkTextIter iter;

  g_object_ref_sink (view);
  dossier_article_set_title (article, "Test");
  dossier_article_set_body (article, body);
  dossier_article_view_set_article (DOSSIER_ARTICLE_VIEW (view), article, spans);
  buffer = gtk_text_view_get_buffer (dossier_article_view_get_text_view (DOSSIER_ARTICLE_VIEW (view)));
  highlighter = dossier_article_view_get_highlighter (DOSSIER_ARTICLE_VIEW (view));

  assert_tags_cover (buffer, highlighter, spans);
  /* Text between spans carries no highlight. */
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, 8);
  g_assert_null (dossier_highlighter_span_at (highlighter, 8));
  for (guint kind = 0; kind < DOSSIER_N_SPAN_KINDS; kind++)
    g_assert_false (gtk_text_iter_has_tag (&iter, dossier_highlighter_get_tag (highlighter, kind)));

  /* Next mention goes to the other spelling of the same entity, then wraps. */
  g_assert_cmpint (dossier_highlighter_next_mention (highlighter, g_ptr_array_index (spans, 0), 0), ==, 5);
  g_assert_cmpint (dossier_highlighter_next_mention (highlighter, g_ptr_array_index (spans, 5), 76), ==, 0);

  /* Hiding a kind from the legend clears its look and its hover. */
  dossier_article_view_set_kind_visible (DOSSIER_ARTICLE_VIEW (view), DOSSIER_SPAN_MONEY, FALSE);
  {
    gboolean background_set = TRUE;

    g_object_get (dossier_highlighter_get_tag (highlighter, DOSSIER_SPAN_MONEY),
                  "background-set", &background_set, NULL);
    g_assert_false (background_set);
    g_assert_null (dossier_highlighter_span_at (highlighter, 40));
  }
  dossier_article_view_set_kind_visible (DOSSIER_ARTICLE_VIEW (view), DOSSIER_SPAN_MONEY, TRUE);
  g_assert_nonnull (dossier_highlighter_span_at (highlighter, 40));

  g_assert_finalize_object (g_steal_pointer (&view));
}

static void
collect_tag (GtkTextTag *tag,
             gpointer    data)
{
  g_ptr_array_add (data, tag);
}

/* GTK < 4.10 crashes when an assistive technology reads the attributes of
 * text under a tag with a foreground colour. */
static void
test_no_foreground_tags (void)
{
  GtkWidget *view = dossier_article_view_new ();
  g_autoptr(DossierArticle) article = dossier_article_new ();
  g_autoptr(GPtrArray) spans = make_spans ();
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  GtkTextBuffer *buffer;

  g_object_ref_sink (view);
  dossier_article_set_body (article, body);
  dossier_article_view_set_article (DOSSIER_ARTICLE_VIEW (view), article, spans);
  dossier_article_view_find_text (DOSSIER_ARTICLE_VIEW (view), "nvidia");
  buffer = gtk_text_view_get_buffer (dossier_article_view_get_text_view (DOSSIER_ARTICLE_VIEW (view)));
  gtk_text_tag_table_foreach (gtk_text_buffer_get_tag_table (buffer), collect_tag, tags);
  g_assert_cmpuint (tags->len, >=, DOSSIER_N_SPAN_KINDS);
  for (guint i = 0; i < tags->len; i++)
    {
      gboolean foreground_set = TRUE;

      g_object_get (g_ptr_array_index (tags, i), "foreground-set", &foreground_set, NULL);
      g_assert_false (foreground_set);
    }
  g_assert_finalize_object (g_steal_pointer (&view));
}

static void
test_find_in_article (void)
{
  GtkWidget *view = dossier_article_view_new ();
  g_autoptr(DossierArticle) article = dossier_article_new ();
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_object_ref_sink (view);
  dossier_article_set_body (article, body);
  dossier_article_view_set_article (DOSSIER_ARTICLE_VIEW (view), article, NULL);
  buffer = gtk_text_view_get_buffer (dossier_article_view_get_text_view (DOSSIER_ARTICLE_VIEW (view)));

  g_assert_cmpuint (dossier_article_view_find_text (DOSSIER_ARTICLE_VIEW (view), "nvidia"), ==, 2);
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  g_assert_cmpint (gtk_text_iter_get_offset (&start), ==, 0);
  dossier_article_view_find_next (DOSSIER_ARTICLE_VIEW (view), FALSE);
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  g_assert_cmpint (gtk_text_iter_get_offset (&start), ==, 76);
  dossier_article_view_find_next (DOSSIER_ARTICLE_VIEW (view), FALSE);
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  g_assert_cmpint (gtk_text_iter_get_offset (&start), ==, 0);
  g_assert_cmpuint (dossier_article_view_find_text (DOSSIER_ARTICLE_VIEW (view), "阿联酋"), ==, 1);
  g_assert_cmpuint (dossier_article_view_find_text (DOSSIER_ARTICLE_VIEW (view), "absent"), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&view));
}

typedef struct
{
  DossierSpanKind kind;
  double          value;
  const char     *unit;
  const char     *item;
  const char     *iso;
  const char     *expected;
} FormatCase;

static void
test_value_format (void)
{
  const FormatCase cases[] = {
    { DOSSIER_SPAN_QUANTITY, 200000, NULL, "chip", NULL, "200,000 chips" },
    { DOSSIER_SPAN_QUANTITY, 1, NULL, "chip", NULL, "1 chip" },
    { DOSSIER_SPAN_QUANTITY, 50000, NULL, "芯片", NULL, "50,000 芯片" },
    { DOSSIER_SPAN_MONEY, 6.6e9, "USD", NULL, NULL, "USD 6.6 billion" },
    { DOSSIER_SPAN_MONEY, 300e6, "EUR", NULL, NULL, "EUR 300 million" },
    { DOSSIER_SPAN_MONEY, 1500, "CNY", NULL, NULL, "CNY 1,500" },
    { DOSSIER_SPAN_PERCENT, 15, NULL, NULL, NULL, "15%" },
    { DOSSIER_SPAN_PERCENT, 2.5, NULL, NULL, NULL, "2.5%" },
    { DOSSIER_SPAN_DATE, 0, NULL, NULL, "2025-05-11", "2025-05-11" },
    { DOSSIER_SPAN_PERSON, 0, NULL, NULL, NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DossierSpan) span = dossier_span_new (cases[i].kind, 0, 1, "x");
      g_autofree char *got = NULL;

      if (cases[i].kind != DOSSIER_SPAN_DATE && cases[i].kind != DOSSIER_SPAN_PERSON)
        dossier_span_set_value (span, cases[i].value);
      span->unit = g_strdup (cases[i].unit);
      span->item = g_strdup (cases[i].item);
      span->iso = g_strdup (cases[i].iso);
      got = dossier_span_format_value (span);
      g_assert_cmpstr (got, ==, cases[i].expected);
    }
}

/* Chinese reads large amounts in 万 and 亿; the words come from the
 * translation, English here. */
static void
test_amount_scales (void)
{
  const struct { double value; gboolean myriads; const char *expected; } cases[] = {
    { 6.6e9, FALSE, "6.6 billion" },
    { 6.6e9, TRUE, "66 hundred million" },
    { 1.5e9, TRUE, "15 hundred million" },
    { 200000, TRUE, "20 ten thousand" },
    { 200000, FALSE, "200,000" },
    { 4.78e12, TRUE, "47,800 hundred million" },
    { 9999, TRUE, "9,999" },
    { 12345, TRUE, "1.23 ten thousand" },
  };

  /* The untranslated build counts in thousands. */
  g_assert_false (dossier_span_format_uses_myriads ());
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = dossier_span_format_amount (cases[i].value, cases[i].myriads);

      g_assert_cmpstr (got, ==, cases[i].expected);
    }
}

/* ---- The real window on a temporary library ---- */

static void
test_import_seeds_and_highlight (void)
{
  const char *shared;
  DossierWindow *window;
  DossierLibraryView *list;
  DossierLibrary *library;
  g_autofree char *seed_zh = NULL;
  g_autofree char *seed_fr = NULL;
  g_autofree char *broken = NULL;
  guint n;

  if (!(shared = dossier_test_shared_dir ()))
    return;
  window = dossier_ui_test_main_window (app);
  list = child (window, "library_view");
  library = dossier_window_get_library (window);
  n = dossier_library_view_get_n_articles (list);

  seed_zh = g_build_filename (shared, "seeds", "000_c85749e8ee7b4a5c.txt", NULL);
  seed_fr = g_build_filename (shared, "seeds", "004_275b791ead191f93.txt", NULL);
  broken = write_fixture ("binary.txt", "\x01\x02\x03\x04");
  dossier_ui_test_import_paths (window, (const char *[]) { seed_zh, seed_fr, broken, NULL });
  g_assert_cmpuint (dossier_library_view_get_n_articles (list), ==, n + 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (window, "main_stack")), ==, "library");

  /* The same files again are duplicates: nothing new. */
  dossier_ui_test_import_paths (window, (const char *[]) { seed_zh, NULL });
  g_assert_cmpuint (dossier_library_view_get_n_articles (list), ==, n + 2);

  for (guint i = 0; i < 2; i++)
    {
      gint64 id = dossier_library_view_get_article_id (list, i);
      g_autoptr(GPtrArray) mentions = dossier_library_get_mentions (library, id, NULL);
      DossierArticleView *view = child (window, "article_view");
      GtkTextBuffer *buffer;

      dossier_window_open_article (window, id);
      dossier_ui_test_iterate ();
      g_assert_nonnull (mentions);
      g_assert_cmpuint (mentions->len, >, 0);
      buffer = gtk_text_view_get_buffer (dossier_article_view_get_text_view (view));
      assert_tags_cover (buffer, dossier_article_view_get_highlighter (view), mentions);
    }
}

static void
select_text (DossierArticleView *view,
             const char         *needle,
             guint              *start,
             guint              *end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (dossier_article_view_get_text_view (view));
  const char *text = dossier_article_get_body (dossier_article_view_get_article (view));
  const char *at = strstr (text, needle);

  g_assert_nonnull (at);
  *start = g_utf8_pointer_to_offset (text, at);
  *end = *start + g_utf8_strlen (needle, -1);
  dossier_article_view_select_range (view, *start, *end);
  g_assert_true (gtk_text_buffer_get_has_selection (buffer));
}

static DossierAnnotation *
only_annotation (DossierLibrary *library,
                 gint64          article_id)
{
  g_autoptr(GPtrArray) all = dossier_library_list_annotations (library, article_id, NULL);

  g_assert_nonnull (all);
  g_assert_cmpuint (all->len, ==, 1);
  return g_object_ref (g_ptr_array_index (all, 0));
}

static guint
count_annotations (DossierLibrary *library,
                   gint64          article_id)
{
  g_autoptr(GPtrArray) all = dossier_library_list_annotations (library, article_id, NULL);

  return all ? all->len : 0;
}

static void
test_annotate_edit_delete_undo (void)
{
  DossierWindow *window;
  DossierArticleView *view;
  DossierLibrary *library;
  DossierAnnotationEditor *editor;
  g_autofree char *path = NULL;
  g_autoptr(DossierAnnotation) annotation = NULL;
  gint64 id;
  guint start, end;

  window = dossier_ui_test_main_window (app);
  library = dossier_window_get_library (window);
  path = write_fixture ("annotate.txt",
                        "Export rules for AI chips\n\n"
                        "The Commerce Department said on Tuesday that licences are now required "
                        "for shipments of advanced accelerators to the Gulf.\n\n"
                        "Analysts expect the rule to slow the data-centre projects announced in May.\n");
  dossier_ui_test_import_paths (window, (const char *[]) { path, NULL });
  view = child (window, "article_view");
  id = dossier_article_get_id (dossier_article_view_get_article (view));
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (count_annotations (library, id), ==, 0);

  /* Create: select, Ctrl+E (win.annotate), fill the editor, save. */
  select_text (view, "licences are now required", &start, &end);
  g_action_group_activate_action (G_ACTION_GROUP (window), "annotate", NULL);
  dossier_ui_test_iterate ();
  editor = dossier_article_view_get_editor (view);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  dossier_annotation_editor_add_tag (editor, "policy/licences");
  dossier_annotation_editor_add_tag (editor, " chips / accelerators ");
  dossier_annotation_editor_set_note (editor, "First licence rule");
  dossier_annotation_editor_set_colour (editor, "green");
  g_signal_emit_by_name (editor, "save");
  dossier_ui_test_iterate ();

  annotation = only_annotation (library, id);
  g_assert_cmpstr (dossier_annotation_get_quote (annotation), ==, "licences are now required");
  g_assert_cmpuint (dossier_annotation_get_start (annotation), ==, start);
  g_assert_cmpuint (dossier_annotation_get_end (annotation), ==, end);
  g_assert_cmpstr (dossier_annotation_get_note (annotation), ==, "First licence rule");
  g_assert_cmpstr (dossier_annotation_get_colour (annotation), ==, "green");
  g_assert_cmpuint (g_strv_length ((char **) dossier_annotation_get_tags (annotation)), ==, 2);
  g_assert_true (g_strv_contains (dossier_annotation_get_tags (annotation), "chips/accelerators"));
  g_assert_cmpuint (dossier_article_view_get_annotations (view)->len, ==, 1);
  g_clear_object (&annotation);

  /* Edit: cursor inside the passage, Ctrl+E opens the existing one. */
  dossier_article_view_select_range (view, start + 2, start + 2);
  g_action_group_activate_action (G_ACTION_GROUP (window), "annotate", NULL);
  dossier_ui_test_iterate ();
  dossier_annotation_editor_set_note (editor, "Edited note");
  g_signal_emit_by_name (editor, "save");
  dossier_ui_test_iterate ();
  annotation = only_annotation (library, id);
  g_assert_cmpstr (dossier_annotation_get_note (annotation), ==, "Edited note");
  g_clear_object (&annotation);

  /* Undo the edit (Ctrl+Z is win.undo). */
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  dossier_ui_test_iterate ();
  annotation = only_annotation (library, id);
  g_assert_cmpstr (dossier_annotation_get_note (annotation), ==, "First licence rule");

  /* Delete, then undo brings it back with its tags. */
  g_assert_true (dossier_article_view_delete_annotation (view, annotation));
  g_clear_object (&annotation);
  g_assert_cmpuint (count_annotations (library, id), ==, 0);
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  dossier_ui_test_iterate ();
  annotation = only_annotation (library, id);
  g_assert_cmpstr (dossier_annotation_get_quote (annotation), ==, "licences are now required");
  g_assert_true (g_strv_contains (dossier_annotation_get_tags (annotation), "policy/licences"));
  g_clear_object (&annotation);

  /* Undo the creation itself. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  dossier_ui_test_iterate ();
  g_assert_cmpuint (count_annotations (library, id), ==, 0);
  g_assert_false (dossier_article_view_can_undo (view));
}

static void
annotate_range (DossierWindow      *window,
                DossierArticleView *view,
                const char         *needle,
                const char         *tag)
{
  guint start, end;
  DossierAnnotationEditor *editor = dossier_article_view_get_editor (view);

  select_text (view, needle, &start, &end);
  g_action_group_activate_action (G_ACTION_GROUP (window), "annotate", NULL);
  dossier_ui_test_iterate ();
  dossier_annotation_editor_add_tag (editor, tag);
  g_signal_emit_by_name (editor, "save");
  dossier_ui_test_iterate ();
}

static void
test_reanchor_after_reimport (void)
{
  DossierWindow *window = dossier_ui_test_main_window (app);
  DossierLibrary *library = dossier_window_get_library (window);
  DossierArticleView *view = child (window, "article_view");
  g_autofree char *v1 = NULL;
  g_autofree char *v2 = NULL;
  g_autoptr(GPtrArray) moved = NULL;
  gint64 old_id, new_id;
  DossierAnnotation *annotation;

  v1 = write_fixture ("reanchor-v1.txt",
                      "Gulf chip deal under review\n\n"
                      "Officials said the agreement would allow the export of 500,000 accelerators a year "
                      "to the region from 2025 onwards.\n\n"
                      "A second paragraph noted that the deal was worth about six billion dollars in total.\n");
  dossier_ui_test_import_paths (window, (const char *[]) { v1, NULL });
  old_id = dossier_article_get_id (dossier_article_view_get_article (view));
  annotate_range (window, view, "export of 500,000 accelerators a year", "deal/volume");
  annotate_range (window, view, "worth about six billion dollars", "deal/value");
  g_assert_cmpuint (count_annotations (library, old_id), ==, 2);

  /* The new version adds a sentence before the first passage and drops the second. */
  v2 = write_fixture ("reanchor-v2.txt",
                      "Gulf chip deal under review\n\n"
                      "Updated on Friday. Officials said the agreement would allow the export of "
                      "500,000 accelerators a year to the region from 2025 onwards.\n\n"
                      "The figures were not confirmed by the companies involved.\n");
  dossier_ui_test_import_paths (window, (const char *[]) { v2, NULL });
  new_id = dossier_article_get_id (dossier_article_view_get_article (view));
  g_assert_cmpint (new_id, !=, old_id);

  /* The first passage moved with the new text; the second is an orphan
   * left on the old version, never attached elsewhere. */
  moved = dossier_library_list_annotations (library, new_id, NULL);
  g_assert_cmpuint (moved->len, ==, 1);
  annotation = g_ptr_array_index (moved, 0);
  g_assert_cmpstr (dossier_annotation_get_quote (annotation), ==, "export of 500,000 accelerators a year");
  {
    g_autofree char *at = g_utf8_substring (dossier_article_get_body (dossier_article_view_get_article (view)),
                                            dossier_annotation_get_start (annotation),
                                            dossier_annotation_get_end (annotation));
    g_assert_cmpstr (at, ==, "export of 500,000 accelerators a year");
  }
  g_assert_cmpuint (count_annotations (library, old_id), ==, 1);

  g_assert_cmpuint (dossier_article_view_get_annotations (view)->len, ==, 1);
  /* The annotations pane lists the orphan. */
  g_assert_cmpuint (dossier_article_view_get_n_orphans (view), ==, 1);
}

static void
test_zoom_and_settings (void)
{
  DossierWindow *window = dossier_ui_test_main_window (app);
  GSettings *settings = dossier_application_get_settings (app);
  int size = g_settings_get_int (settings, "font-size");

  g_action_group_activate_action (G_ACTION_GROUP (window), "zoom-in", NULL);
  g_assert_cmpint (g_settings_get_int (settings, "font-size"), ==, size + 1);
  g_action_group_activate_action (G_ACTION_GROUP (window), "zoom-out", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "zoom-out", NULL);
  g_assert_cmpint (g_settings_get_int (settings, "font-size"), ==, size - 1);
  g_action_group_activate_action (G_ACTION_GROUP (window), "zoom-reset", NULL);
  g_assert_cmpint (g_settings_get_int (settings, "font-size"), ==, 13);

  g_settings_set_boolean (settings, "side-pane-visible", FALSE);
  g_assert_false (dossier_article_view_get_side_visible (child (window, "article_view")));
  g_settings_reset (settings, "side-pane-visible");
  g_assert_true (dossier_article_view_get_side_visible (child (window, "article_view")));
}

/* ---- Entity corrections from the highlight popover ---- */

static const DossierSpan *
span_with_text (DossierArticleView *view,
                const char         *text,
                guint               nth)
{
  GPtrArray *spans = dossier_highlighter_get_spans (dossier_article_view_get_highlighter (view));

  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      const DossierSpan *span = g_ptr_array_index (spans, i);

      if (g_strcmp0 (span->text, text) == 0 && nth-- == 0)
        return span;
    }
  return NULL;
}

/* Opens the popover of the nth highlight of text, as a click would. */
static void
open_highlight (DossierArticleView *view,
                const char         *text,
                guint               nth)
{
  const DossierSpan *span = span_with_text (view, text, nth);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (dossier_article_view_get_text_view (view));
  GtkTextIter iter;

  if (span == NULL)
    g_error ("no highlight “%s” #%u", text, nth);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, span->start + 1);
  gtk_text_buffer_place_cursor (buffer, &iter);
  g_assert_true (dossier_article_view_show_highlight (view));
  dossier_ui_test_iterate ();
}

static gboolean
entity_has_alias (DossierCatalog *catalog,
                  const char     *id,
                  const char     *alias,
                  const char     *origin)
{
  const DossierEntity *entity = dossier_catalog_lookup (catalog, id);

  for (guint i = 0; entity != NULL && i < entity->aliases->len; i++)
    {
      const DossierAlias *a = g_ptr_array_index (entity->aliases, i);

      if (g_strcmp0 (a->text, alias) == 0 && g_strcmp0 (a->origin, origin) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_entity_corrections (void)
{
  DossierWindow *window = dossier_ui_test_main_window (app);
  DossierLibrary *library = dossier_window_get_library (window);
  DossierArticleView *view = child (window, "article_view");
  g_autofree char *path = NULL;
  g_autoptr(DossierCatalog) catalog = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  const DossierSpan *span;
  GtkWidget *popover, *button, *dropdown;
  guint paris_start;
  gint64 id;

  path = write_fixture ("corrections.txt",
                        "Export talks in Paris\n\n"
                        "Elon Mask met Gina Raimondo and Marco Rubio in Paris on Monday to discuss chip exports. "
                        "Howard Lutnick joined them later.\n\n"
                        "On Tuesday Marco Rubio and Howard Lutnick spoke again in Paris with Gina Raimondo.\n");
  dossier_ui_test_import_paths (window, (const char *[]) { path, NULL });
  id = dossier_article_get_id (dossier_article_view_get_article (view));
  g_assert_cmpint (id, >, 0);
  g_assert_nonnull (span_with_text (view, "Howard Lutnick", 1));
  g_assert_nonnull (span_with_text (view, "Marco Rubio", 0));

  /* Not an entity here: that one highlight goes, the others stay. */
  g_assert_nonnull (span_with_text (view, "Paris", 1));
  span = span_with_text (view, "Paris", 0);
  paris_start = span->start;
  open_highlight (view, "Paris", 0);
  popover = dossier_ui_test_find_widget (GTK_WIDGET (dossier_article_view_get_text_view (view)), GTK_TYPE_POPOVER, NULL);
  g_assert_nonnull (popover);
  button = dossier_ui_test_find_widget (popover, GTK_TYPE_BUTTON, "Not an Entity _Here");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  dossier_ui_test_iterate ();
  g_assert_false (gtk_widget_get_visible (popover));
  catalog = dossier_catalog_new_for_library (library, NULL);
  g_assert_true (dossier_catalog_is_rejected_span (catalog, id, paris_start, paris_start + 5));
  g_clear_object (&catalog);
  g_assert_null (dossier_highlighter_span_at (dossier_article_view_get_highlighter (view), paris_start));
  g_assert_nonnull (span_with_text (view, "Paris", 0));
  g_assert_null (span_with_text (view, "Paris", 1));

  /* Never an entity: every highlight of the text goes, here and in the library. */
  open_highlight (view, "Howard Lutnick", 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "article.reject-text", NULL));
  dossier_ui_test_iterate ();
  catalog = dossier_catalog_new_for_library (library, NULL);
  g_assert_true (dossier_catalog_is_never_entity (catalog, "Howard Lutnick"));
  g_clear_object (&catalog);
  g_assert_null (span_with_text (view, "Howard Lutnick", 0));
  stored = dossier_library_get_mentions (library, id, NULL);
  for (guint i = 0; i < stored->len; i++)
    g_assert_cmpstr (((DossierSpan *) g_ptr_array_index (stored, i))->text, !=, "Howard Lutnick");
  g_clear_pointer (&stored, g_ptr_array_unref);

  /* Add Alias on a suggestion confirms it: the highlight becomes an exact match. */
  span = span_with_text (view, "Elon Mask", 0);
  g_assert_nonnull (span);
  g_assert_cmpstr (span->entity_id, ==, "elon-musk");
  g_assert_cmpfloat (span->confidence, <, 1);
  open_highlight (view, "Elon Mask", 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "article.add-alias", "s", "elon-musk"));
  dossier_ui_test_iterate ();
  catalog = dossier_catalog_new_for_library (library, NULL);
  g_assert_true (entity_has_alias (catalog, "elon-musk", "Elon Mask", "suggestion-confirmed"));
  g_clear_object (&catalog);
  span = span_with_text (view, "Elon Mask", 0);
  g_assert_nonnull (span);
  g_assert_cmpstr (span->entity_id, ==, "elon-musk");
  g_assert_cmpfloat (span->confidence, ==, 1);

  /* Merge Into: the entity is gone and its highlights link to the other one. */
  open_highlight (view, "Marco Rubio", 0);
  button = dossier_ui_test_find_widget (popover, GTK_TYPE_BUTTON, "Mer_ge Into…");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  dossier_ui_test_iterate ();
  dropdown = dossier_ui_test_find_widget (popover, GTK_TYPE_DROP_DOWN, NULL);
  g_assert_nonnull (dropdown);
  {
    GListModel *names = gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown));
    guint n = g_list_model_get_n_items (names), i;

    for (i = 0; i < n; i++)
      if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Marco Rubio") == 0)
        g_error ("an entity is offered as a merge target of itself");
    for (i = 0; i < n; i++)
      if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Gina Raimondo") == 0)
        break;
    g_assert_cmpuint (i, <, n);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);
  }
  button = dossier_ui_test_find_widget (popover, GTK_TYPE_BUTTON, "_Merge");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  dossier_ui_test_iterate ();
  catalog = dossier_catalog_new_for_library (library, NULL);
  g_assert_null (dossier_catalog_lookup (catalog, "marco-rubio"));
  g_assert_true (entity_has_alias (catalog, "gina-raimondo", "Marco Rubio", "pack"));
  g_clear_object (&catalog);
  for (guint nth = 0; nth < 2; nth++)
    {
      span = span_with_text (view, "Marco Rubio", nth);
      g_assert_nonnull (span);
      g_assert_cmpstr (span->entity_id, ==, "gina-raimondo");
    }
  stored = dossier_library_get_mentions (library, id, NULL);
  for (guint i = 0; i < stored->len; i++)
    g_assert_cmpstr (((DossierSpan *) g_ptr_array_index (stored, i))->entity_id, !=, "marco-rubio");
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

  g_test_add_func ("/article-view/highlights-cover-spans", test_highlights_cover_spans);
  g_test_add_func ("/article-view/no-foreground-tags", test_no_foreground_tags);
  g_test_add_func ("/article-view/find", test_find_in_article);
  g_test_add_func ("/article-view/value-format", test_value_format);
  g_test_add_func ("/article-view/amount-scales", test_amount_scales);
  g_test_add_func ("/window/import-seeds-and-highlight", test_import_seeds_and_highlight);
  g_test_add_func ("/window/annotate-edit-delete-undo", test_annotate_edit_delete_undo);
  g_test_add_func ("/window/reanchor-after-reimport", test_reanchor_after_reimport);
  g_test_add_func ("/window/zoom-and-settings", test_zoom_and_settings);
  g_test_add_func ("/window/entity-corrections", test_entity_corrections);

  status = g_test_run ();
  g_clear_object (&app);
  g_free (library_dir);
  return status;
}
