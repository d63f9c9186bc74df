/* annotation-export-fixture.c — a small annotated library for the export tests
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "annotation-export-fixture.h"
#include "dossier-test-utils.h"

const ArticleSpec articles[N_TEST_ARTICLES] = {
  { "zh", "芯片出口许可", "测试通讯社", NULL, "2025-04-15",
    "美国商务部周二表示，向中国出口H20芯片需要许可证。\n\n"
    "分析人士认为，这将影响数十万颗芯片的交付，价值约55亿美元。" },
  { "fr", "Les puces sous licence", "Le Fil, Paris", "https://example.org/fr/puces", "2025-04",
    "Le département du Commerce a annoncé de nouvelles règles, mardi.\n\n"
    "Selon les analystes, « les restrictions sur les puces » pèseront sur les ventes." },
  { "en", "Diffusion rule rescinded", "Test Wire", "https://example.com/news?id=7&x=(1)", "2025-05-13",
    "The Commerce Department rescinded the AI diffusion rule on Tuesday.\n\n"
    "Officials said *new guidance* would follow within weeks." },
};

const AnnotationSpec annotations[N_TEST_ANNOTATIONS] = {
  { 0, "数十万颗芯片", { "chips/H20", NULL }, "Scale, per \"analysts\",\nnot confirmed", "#ffcc00" },
  { 1, "« les restrictions sur les puces »", { "chips", "policy/export-controls", NULL }, "Tone: critical", NULL },
  { 2, "*new guidance*", { "policy", NULL }, "", NULL },
  { 2, "rescinded the AI diffusion rule", { NULL }, "Key date,\t\"rescinded\" \\ back", NULL },
};






guint
code_point_offset (const char *body,
                   const char *needle)
{
  const char *found = strstr (body, needle);

  g_assert_nonnull (found);
  return g_utf8_pointer_to_offset (body, found);
}

void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = dossier_test_make_tmpdir ();
  fixture->library = dossier_library_open (fixture->dir, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    {
      g_autoptr(DossierArticle) article = dossier_article_new ();
      gint64 duplicate = -1;

      dossier_article_set_title (article, articles[i].title);
      dossier_article_set_source (article, articles[i].source);
      dossier_article_set_url (article, articles[i].url);
      dossier_article_set_published (article, articles[i].published);
      dossier_article_set_lang (article, articles[i].lang);
      dossier_article_set_body (article, articles[i].body);
      g_assert_true (dossier_library_add_article (fixture->library, article, NULL, NULL, &duplicate, &error));
      g_assert_no_error (error);
      g_assert_cmpint (duplicate, ==, 0);
      fixture->article_ids[i] = dossier_article_get_id (article);
      fixture->hashes[i] = g_strdup (dossier_article_get_content_hash (article));
    }

  for (guint i = 0; data != NULL && i < G_N_ELEMENTS (annotations); i++)
    {
      const AnnotationSpec *spec = &annotations[i];
      const char *body = articles[spec->article].body;
      guint start = code_point_offset (body, spec->quote);
      g_autoptr(DossierAnnotation) annotation =
        dossier_annotation_new_for_body (fixture->article_ids[spec->article], body,
                                         start, start + g_utf8_strlen (spec->quote, -1));

      g_assert_nonnull (annotation);
      dossier_annotation_set_tags (annotation, spec->tags);
      dossier_annotation_set_note (annotation, spec->note);
      dossier_annotation_set_colour (annotation, spec->colour);
      g_assert_true (dossier_library_add_annotation (fixture->library, annotation, &error));
      g_assert_no_error (error);
      fixture->annotation_ids[i] = dossier_annotation_get_id (annotation);
    }
}

void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->library);
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    g_free (fixture->hashes[i]);
  g_free (fixture->dir);
}

char *
export_library (DossierLibrary          *library,
                DossierAnnotationFormat  format)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (dossier_library_export_annotations (library, format, stream, NULL, &error));
  g_assert_no_error (error);
  /* Terminated so that the bytes read as a C string. */
  g_assert_true (g_output_stream_write_all (stream, "", 1, NULL, NULL, &error));
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
}

const AnnotationSpec *
spec_for_quote (const char *quote)
{
  for (guint i = 0; i < G_N_ELEMENTS (annotations); i++)
    if (g_strcmp0 (annotations[i].quote, quote) == 0)
      return &annotations[i];
  g_assert_not_reached ();
  return NULL;
}
