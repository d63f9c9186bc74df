/* test-library-search.c — full-text search in Chinese, French and English
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "dossier-annotation.h"
#include "dossier-error.h"
#include "dossier-library-private.h"
#include "dossier-span.h"
#include "dossier-test-utils.h"

static const struct
{
  const char *title;
  const char *lang;
  const char *body;
} corpus[] = {
  /* 1 */ { "美国收紧芯片出口", "zh",
            "美国商务部周二宣布，对英伟达H20芯片实施新的出口管制。\n\n奥特曼在旧金山表示，这将影响数据中心建设。" },
  /* 2 */ { "Le Sénat et les puces", "fr",
            "Le Sénat américain examine les contrôles à l'exportation des puces d'IA.\n\nLes élus veulent des règles plus strictes." },
  /* 3 */ { "Export controls tighten", "en",
            "The Commerce Department tightened export controls on advanced chips.\n\nNvidia said sales in China would fall." },
  /* 4 */ { "OpenAI chief on compute", "en",
            "Sam Altman told investors that compute is the bottleneck.\n\nHe visited the Gulf in May." },
  /* 5 */ { "Data centres", "en",
            "A new data centre in Abu Dhabi will use American accelerators." },
  /* 6 */ { "人工智能政策", "zh",
            "中国加快发展人工智能产业。芯" },
  /* 7 */ { "Misspelled", "en",
            "Sam Altmann spoke at the summit about energy." },
};

static DossierLibrary *
build_library (gint64 *ids)
{
  g_autofree char *dir = dossier_test_make_tmpdir ();
  g_autoptr(GError) error = NULL;
  DossierLibrary *library = dossier_library_open (dir, &error);
  sqlite3 *db;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (corpus); i++)
    {
      g_autoptr(DossierArticle) article = dossier_article_new ();
      g_autoptr(GPtrArray) spans = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);

      dossier_article_set_title (article, corpus[i].title);
      dossier_article_set_lang (article, corpus[i].lang);
      dossier_article_set_body (article, corpus[i].body);
      /* The misspelling was linked to the entity by the analyzer. */
      if (i == 6)
        {
          DossierSpan *span = dossier_span_new (DOSSIER_SPAN_PERSON, 0, 11, "Sam Altmann");
          dossier_span_set_entity (span, "sam-altman", "Sam Altman");
          span->confidence = 0.8;
          g_ptr_array_add (spans, span);
        }
      g_assert_true (dossier_library_add_article (library, article, spans, NULL, NULL, &error));
      g_assert_no_error (error);
      ids[i + 1] = dossier_article_get_id (article);
    }

  /* What an entity pack would hold. */
  db = _dossier_library_get_db (library);
  g_assert_cmpint (sqlite3_exec (db,
    "INSERT INTO entities (id, kind, name) VALUES ('sam-altman', 'person', 'Sam Altman'),"
    " ('nvidia', 'organization', 'Nvidia');"
    "INSERT INTO aliases (entity_id, alias, lang, origin) VALUES"
    " ('sam-altman', 'Sam Altman', 'en', 'pack'), ('sam-altman', 'Altman', 'en', 'pack'),"
    " ('sam-altman', '山姆·奥特曼', 'zh', 'pack'), ('sam-altman', '奥特曼', 'zh', 'pack'),"
    " ('nvidia', 'Nvidia', NULL, 'pack'), ('nvidia', '英伟达', 'zh', 'pack');",
    NULL, NULL, NULL), ==, SQLITE_OK);

  {
    g_autoptr(DossierAnnotation) annotation = dossier_annotation_new (ids[5], 0, 5, "A new", NULL, NULL);
    dossier_annotation_set_note (annotation, "Compare with the Stargate campus");
    g_assert_true (dossier_library_add_annotation (library, annotation, &error));
    g_assert_no_error (error);
  }
  return library;
}

static gboolean
hits_contain (GPtrArray *hits,
              gint64     id)
{
  for (guint i = 0; i < hits->len; i++)
    if (((DossierSearchHit *) hits->pdata[i])->article_id == id)
      return TRUE;
  return FALSE;
}

static void
test_queries (void)
{
  gint64 ids[G_N_ELEMENTS (corpus) + 1] = { 0 };
  g_autoptr(DossierLibrary) library = build_library (ids);
  /* query, articles that must match (0-terminated), articles that must not,
   * the best hit (0: any), text the best snippet must highlight */
  const struct
  {
    const char *query;
    int         match[4];
    int         no_match[4];
    int         best;
    const char *highlighted;
  } cases[] = {
    { "芯片",        { 1, 0 },       { 3, 6, 0 }, 1, "[芯片]" },
    { "芯",          { 1, 6, 0 },    { 3, 0 },    0, NULL },
    { "出口管制",    { 1, 0 },       { 3, 0 },    1, "[出口管制]" },
    { "H20芯片",     { 1, 0 },       { 0 },       1, NULL },
    { "人工智能",    { 6, 0 },       { 1, 0 },    6, NULL },
    { "智能",        { 6, 0 },       { 0 },       6, NULL },
    { "管制 奥特曼", { 1, 0 },       { 4, 0 },    1, NULL },
    { "senat",       { 2, 0 },       { 0 },       2, "[Sénat]" },
    { "exportation", { 2, 0 },       { 3, 0 },    2, NULL },
    { "\"règles plus strictes\"", { 2, 0 }, { 0 }, 2, "[règles plus strictes]" },
    { "\"plus règles\"", { 0 },      { 2, 0 },    0, NULL },
    { "export controls", { 3, 0 },   { 2, 0 },    3, NULL },
    { "EXPORT",      { 3, 0 },       { 0 },       3, NULL },
    { "Nvidia",      { 1, 3, 0 },    { 4, 0 },    0, NULL },     /* 英伟达 through the alias */
    { "Altman",      { 1, 4, 7 },    { 3, 0 },    0, NULL },     /* 奥特曼, Sam Altman, linked misspelling */
    { "奥特曼",      { 1, 4, 0 },    { 3, 0 },    0, NULL },
    { "Stargate",    { 5, 0 },       { 0 },       5, "[Stargate]" },  /* annotation note */
    { "compute",     { 4, 0 },       { 0 },       4, NULL },
    { "zzzz",        { 0 },          { 1, 2, 3, 0 }, 0, NULL },
    { "\"\"  ",      { 0 },          { 1, 0 },    0, NULL },
    { "AND OR NOT (", { 0 },         { 1, 0 },    0, NULL },     /* FTS syntax is taken literally */
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) hits = dossier_library_search (library, cases[c].query, "[", "]", 20, &error);

      g_test_message ("query %s", cases[c].query);
      g_assert_no_error (error);
      g_assert_nonnull (hits);
      for (guint m = 0; cases[c].match[m] != 0; m++)
        g_assert_true (hits_contain (hits, ids[cases[c].match[m]]));
      for (guint m = 0; cases[c].no_match[m] != 0; m++)
        g_assert_false (hits_contain (hits, ids[cases[c].no_match[m]]));
      if (cases[c].best != 0)
        g_assert_cmpint (((DossierSearchHit *) hits->pdata[0])->article_id, ==, ids[cases[c].best]);
      if (cases[c].highlighted != NULL)
        g_assert_nonnull (strstr (((DossierSearchHit *) hits->pdata[0])->snippet, cases[c].highlighted));
      for (guint i = 1; i < hits->len; i++)
        g_assert_cmpfloat (((DossierSearchHit *) hits->pdata[i - 1])->score, >=,
                           ((DossierSearchHit *) hits->pdata[i])->score);
      for (guint i = 0; i < hits->len; i++)
        g_assert_nonnull (((DossierSearchHit *) hits->pdata[i])->title);
    }
}

static void
test_title_ranks_first (void)
{
  gint64 ids[G_N_ELEMENTS (corpus) + 1] = { 0 };
  g_autoptr(DossierLibrary) library = build_library (ids);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = NULL;

  /* "centre" is in the title of 5 and the body of none other; "data" in
   * the bodies of 1 (none), 5 (title+body). */
  hits = dossier_library_search (library, "data", "", "", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, >=, 1);
  g_assert_cmpint (((DossierSearchHit *) hits->pdata[0])->article_id, ==, ids[5]);
}

static void
test_limit_and_updates (void)
{
  gint64 ids[G_N_ELEMENTS (corpus) + 1] = { 0 };
  g_autoptr(DossierLibrary) library = build_library (ids);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = NULL;

  hits = dossier_library_search (library, "Altman", "", "", 1, &error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* A new alias takes effect at once: "Sama" names nobody until the
   * analyst adds it. */
  hits = dossier_library_search (library, "Sama", "", "", 0, &error);
  g_assert_false (hits_contain (hits, ids[1]));
  g_clear_pointer (&hits, g_ptr_array_unref);
  g_assert_cmpint (sqlite3_exec (_dossier_library_get_db (library),
    "INSERT INTO aliases (entity_id, alias, lang, origin) VALUES ('sam-altman', 'Sama', NULL, 'analyst')",
    NULL, NULL, NULL), ==, SQLITE_OK);
  hits = dossier_library_search (library, "sama", "", "", 0, &error);
  g_assert_no_error (error);
  g_assert_true (hits_contain (hits, ids[1]));
  g_assert_true (hits_contain (hits, ids[4]));
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Deleted articles leave the index. */
  g_assert_true (dossier_library_delete_article (library, ids[2], &error));
  hits = dossier_library_search (library, "senat", "", "", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/library-search/queries", test_queries);
  g_test_add_func ("/library-search/title-ranks-first", test_title_ranks_first);
  g_test_add_func ("/library-search/limit-and-updates", test_limit_and_updates);

  return g_test_run ();
}
