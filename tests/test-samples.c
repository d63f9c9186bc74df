/* test-samples.c — the bundled sample library through the whole pipeline
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "dossier-article.h"
#include "dossier-library.h"
#include "dossier-library-samples.h"
#include "dossier-span.h"
#include "dossier-test-utils.h"

static DossierLibrary *
open_tmp_library (void)
{
  g_autofree char *dir = dossier_test_make_tmpdir ();
  g_autoptr(GError) error = NULL;
  DossierLibrary *library = dossier_library_open (dir, &error);

  g_assert_no_error (error);
  return library;
}

static void
test_samples_import_once (void)
{
  g_autoptr(DossierLibrary) library = open_tmp_library ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (dossier_library_add_samples (library, &error), ==, 5);
  g_assert_no_error (error);
  g_assert_cmpint (dossier_library_count_articles (library), ==, 5);

  /* A second run finds them all as duplicates. */
  g_assert_cmpint (dossier_library_add_samples (library, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpint (dossier_library_count_articles (library), ==, 5);
}

static void
test_samples_are_clean_and_analysed (void)
{
  g_autoptr(DossierLibrary) library = open_tmp_library ();
  g_autoptr(GError) error = NULL;
  gboolean seen_lang[3] = { FALSE, FALSE, FALSE };
  const char *langs[] = { "en", "fr", "zh" };

  g_assert_cmpint (dossier_library_add_samples (library, &error), ==, 5);

  for (gint64 id = 1; id <= 5; id++)
    {
      g_autoptr(DossierArticle) article = dossier_library_get_article (library, id, &error);
      g_autofree char *body = NULL;
      g_autoptr(GPtrArray) mentions = NULL;
      guint entities = 0, figures = 0;

      g_assert_no_error (error);
      g_assert_nonnull (article);
      body = dossier_library_get_body (library, id, &error);
      g_assert_no_error (error);

      for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
        if (g_strcmp0 (dossier_article_get_lang (article), langs[i]) == 0)
          seen_lang[i] = TRUE;

      /* Page furniture of the sample pages is gone. */
      g_assert_null (strstr (body, "Five charts on chip exports"));
      g_assert_null (strstr (body, "Lire aussi"));
      g_assert_null (strstr (body, "延伸阅读"));
      g_assert_null (strstr (body, "Share · Email"));
      g_assert_nonnull (dossier_article_get_title (article));

      mentions = dossier_library_get_mentions (library, id, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < mentions->len; i++)
        {
          DossierSpan *span = g_ptr_array_index (mentions, i);

          if (dossier_span_kind_is_entity (span->kind))
            entities++;
          else
            figures++;
        }
      g_test_message ("sample %" G_GINT64_FORMAT " (%s): %u entity and %u figure mentions",
                      id, dossier_article_get_lang (article), entities, figures);
      g_assert_cmpuint (entities, >=, 3);
      g_assert_cmpuint (figures, >=, 2);
    }

  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    g_assert_true (seen_lang[i]);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/samples/import-once", test_samples_import_once);
  g_test_add_func ("/samples/clean-and-analysed", test_samples_are_clean_and_analysed);

  return g_test_run ();
}
