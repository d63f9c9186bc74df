/* test-library-rank.c — search ranks and highlights as FTS5's own rank
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * dossier_library_search() computes bm25 itself (see
 * dossier-library-rank.c); these tests compare its hits, scores and
 * snippets with FTS5's "ORDER BY rank" and snippet() on the same
 * expression, over a generated corpus, before and after changes made
 * through this connection and through another one.
 */
#include <math.h>
#include <string.h>

#include "dossier-error.h"
#include "dossier-library-entities.h"
#include "dossier-library-private.h"
#include "dossier-test-utils.h"

#define N_ARTICLES 400
#define LIMIT 20

static const char * const words[] = {
  /* frequent */ "export", "controls", "chips", "the", "of", "Commerce",
  /* rarer */ "licence", "Gulf", "investment", "Nvidia", "Sénat",
  /* Chinese runs, written without spaces */ "芯片", "出口管制", "英伟达", "人工智能", "数据中心", "芯",
};

static DossierArticle *
random_article (GRand *rand,
                guint  n)
{
  DossierArticle *article = dossier_article_new ();
  GString *title = g_string_new (NULL);
  GString *body = g_string_new (NULL);
  guint length = g_rand_int_range (rand, 5, 120);
  /* Rarer words get rarer as the index grows. */
  guint spread = g_rand_int_range (rand, 4, G_N_ELEMENTS (words));

  g_string_append_printf (body, "Article %u. ", n);
  /* In few rows: their lengths are looked up one by one. */
  if (n % 50 == 0)
    g_string_append (body, "smuggling ");
  for (guint w = 0; w < length; w++)
    {
      g_string_append (body, words[g_rand_int_range (rand, 0, spread)]);
      g_string_append_c (body, g_rand_int_range (rand, 0, 15) == 0 ? '\n' : ' ');
    }
  for (guint w = 0; w < 3; w++)
    g_string_append_printf (title, "%s%s", w > 0 ? " " : "", words[g_rand_int_range (rand, 0, spread)]);
  dossier_article_set_title (article, title->str);
  dossier_article_set_body (article, body->str);
  dossier_article_set_lang (article, "en");
  g_string_free (title, TRUE);
  g_string_free (body, TRUE);
  return article;
}

static void
add_random_articles (DossierLibrary *library,
                     GRand          *rand,
                     guint           first,
                     guint           n)
{
  for (guint i = first; i < first + n; i++)
    {
      g_autoptr(DossierArticle) article = random_article (rand, i);
      g_autoptr(GError) error = NULL;

      g_assert_true (dossier_library_add_article (library, article, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
    }
}

static void
add_entities (DossierLibrary *library)
{
  g_assert_cmpint (sqlite3_exec (_dossier_library_get_db (library),
    "INSERT INTO entities (id, kind, name) VALUES ('nvidia', 'organization', 'Nvidia');"
    "INSERT INTO aliases (entity_id, alias, lang, origin) VALUES"
    " ('nvidia', 'Nvidia', NULL, 'pack'), ('nvidia', 'NVIDIA', 'en', 'pack'),"
    " ('nvidia', '英伟达', 'zh', 'pack'), ('nvidia', 'Nvidia Corporation', 'en', 'pack');",
    NULL, NULL, NULL), ==, SQLITE_OK);
}

/* A query, and the FTS5 expression it must rank like: its phrases, each
 * alias once. */
static const struct
{
  const char *query;
  const char *expression;
} cases[] = {
  /* First, and first after each change: few rows, lengths looked up one
   * by one; then most rows, all lengths read at once. */
  { "smuggling", "(\"smuggling\")" },
  { "export", "(\"export\")" },
  { "export controls", "(\"export\") AND (\"controls\")" },
  { "\"export controls\"", "(\"export controls\")" },
  { "senat licence", "(\"senat\") AND (\"licence\")" },
  { "芯", "(\"芯\")" },
  { "芯片", "(\"芯片\")" },
  { "出口管制", "(\"出口管制\")" },
  { "人工智能 Gulf", "(\"人工智能\") AND (\"Gulf\")" },
  { "Nvidia", "(\"Nvidia\" OR \"Nvidia Corporation\" OR \"英伟达\")" },
  { "英伟达", "(\"英伟达\" OR \"NVIDIA\" OR \"Nvidia Corporation\")" },
  { "Nvidia chips", "(\"Nvidia\" OR \"Nvidia Corporation\" OR \"英伟达\") AND (\"chips\")" },
  { "zzzz", "(\"zzzz\")" },
};

static void
check_case (DossierLibrary *library,
            guint           c)
{
  sqlite3 *db = _dossier_library_get_db (library);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = dossier_library_search (library, cases[c].query, "[", "]", LIMIT, &error);
  sqlite3_stmt *stmt = NULL;
  sqlite3_stmt *snippet = NULL;
  guint i = 0;

  g_test_message ("query %s", cases[c].query);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
    "SELECT rowid, -rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank, rowid LIMIT ?",
    -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
    "SELECT snippet (articles_fts, -1, '[', ']', '…', 16) FROM articles_fts"
    " WHERE articles_fts MATCH ? AND rowid = ?", -1, &snippet, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, cases[c].expression, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, LIMIT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const DossierSearchHit *hit;
      double expected = sqlite3_column_double (stmt, 1);

      g_assert_cmpuint (i, <, hits->len);
      hit = g_ptr_array_index (hits, i);
      g_assert_cmpint (hit->article_id, ==, sqlite3_column_int64 (stmt, 0));
      g_assert_cmpfloat_with_epsilon (hit->score, expected, 1e-12 * fabs (expected));

      sqlite3_bind_text (snippet, 1, cases[c].expression, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (snippet, 2, hit->article_id);
      g_assert_cmpint (sqlite3_step (snippet), ==, SQLITE_ROW);
      g_assert_cmpstr (hit->snippet, ==, (const char *) sqlite3_column_text (snippet, 0));
      sqlite3_reset (snippet);
      i++;
    }
  g_assert_cmpuint (i, ==, hits->len);
  sqlite3_finalize (stmt);
  sqlite3_finalize (snippet);
}

static void
check_all (DossierLibrary *library)
{
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    check_case (library, c);
}

static void
test_same_as_fts5 (void)
{
  g_autofree char *dir = dossier_test_make_tmpdir ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierLibrary) library = dossier_library_open (dir, &error);
  g_autoptr(DossierLibrary) other = NULL;
  g_autoptr(DossierArticle) shortest = dossier_article_new ();

  g_assert_no_error (error);
  add_random_articles (library, rand, 0, N_ARTICLES);
  add_entities (library);
  check_all (library);

  /* Changes made here: a new row must be ranked with its own length, a
   * deleted one must be gone. */
  dossier_article_set_title (shortest, "export");
  dossier_article_set_body (shortest, "export smuggling");
  g_assert_true (dossier_library_add_article (library, shortest, NULL, NULL, NULL, &error));
  g_assert_true (dossier_library_delete_article (library, 7, &error));
  g_assert_no_error (error);
  check_all (library);

  /* Changes made by another connection (the import worker's). */
  other = dossier_library_open (dir, &error);
  g_assert_no_error (error);
  add_random_articles (other, rand, N_ARTICLES, 50);
  g_assert_true (dossier_library_delete_article (other, dossier_article_get_id (shortest), &error));
  g_assert_no_error (error);
  check_all (library);
}

/* An alias that the index reads as the same words as the query or as
 * another alias finds nothing more, and must not weigh twice. */
static void
test_redundant_alias (void)
{
  g_autofree char *dir = dossier_test_make_tmpdir ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierLibrary) library = dossier_library_open (dir, &error);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;

  g_assert_no_error (error);
  add_random_articles (library, rand, 0, 100);
  add_entities (library);
  before = dossier_library_search (library, "Nvidia", "", "", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (before->len, >, 0);

  g_assert_true (dossier_library_add_alias (library, "nvidia", "nvidia", NULL, FALSE, &error));
  g_assert_true (dossier_library_add_alias (library, "nvidia", "Nvidia  Corporation", "fr", FALSE, &error));
  g_assert_no_error (error);
  after = dossier_library_search (library, "Nvidia", "", "", 0, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < before->len; i++)
    {
      const DossierSearchHit *a = g_ptr_array_index (before, i);
      const DossierSearchHit *b = g_ptr_array_index (after, i);

      g_assert_cmpint (a->article_id, ==, b->article_id);
      g_assert_cmpfloat (a->score, ==, b->score);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/library-rank/same-as-fts5", test_same_as_fts5);
  g_test_add_func ("/library-rank/redundant-alias", test_redundant_alias);

  return g_test_run ();
}
