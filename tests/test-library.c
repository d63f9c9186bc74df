/* test-library.c — the library store: schema, articles, annotations, tags, lists
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "dossier-annotation.h"
#include "dossier-article-list.h"
#include "dossier-error.h"
#include "dossier-library-private.h"
#include "dossier-span.h"
#include "dossier-test-utils.h"

static DossierLibrary *
open_fresh (char **out_dir)
{
  g_autofree char *dir = dossier_test_make_tmpdir ();
  g_autoptr(GError) error = NULL;
  DossierLibrary *library = dossier_library_open (dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (library);
  if (out_dir != NULL)
    *out_dir = g_steal_pointer (&dir);
  return library;
}

static DossierArticle *
make_article (const char *title,
              const char *body,
              const char *lang,
              const char *published)
{
  DossierArticle *article = dossier_article_new ();

  dossier_article_set_title (article, title);
  dossier_article_set_body (article, body);
  dossier_article_set_lang (article, lang);
  dossier_article_set_published (article, published);
  dossier_article_set_source (article, "Test Wire");
  return article;
}

static gint64
add (DossierLibrary *library,
     const char     *title,
     const char     *body,
     const char     *lang,
     const char     *published)
{
  g_autoptr(DossierArticle) article = make_article (title, body, lang, published);
  g_autoptr(GError) error = NULL;
  gint64 duplicate = -1;

  g_assert_true (dossier_library_add_article (library, article, NULL, NULL, &duplicate, &error));
  g_assert_no_error (error);
  g_assert_cmpint (duplicate, ==, 0);
  return dossier_article_get_id (article);
}

static char *
query_text (DossierLibrary *library,
            const char     *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_dossier_library_get_db (library), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return result;
}

static void
test_open_creates_layout (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DossierLibrary) library = open_fresh (&dir);
  g_autofree char *db = g_build_filename (dir, "library.sqlite3", NULL);
  g_autofree char *originals = g_build_filename (dir, "originals", NULL);
  g_autofree char *mode = query_text (library, "PRAGMA journal_mode");
  g_autofree char *fk = query_text (library, "PRAGMA foreign_keys");
  g_autofree char *version = query_text (library, "PRAGMA user_version");
  g_autofree char *canonical = g_canonicalize_filename (dir, NULL);

  g_assert_true (g_file_test (db, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (originals, G_FILE_TEST_IS_DIR));
  g_assert_cmpstr (dossier_library_get_dir (library), ==, canonical);
  g_assert_cmpstr (mode, ==, "wal");
  g_assert_cmpstr (fk, ==, "1");
  g_assert_cmpint (atoi (version), ==, DOSSIER_LIBRARY_SCHEMA_VERSION);
  /* A fresh library needs no backup. */
  {
    g_auto(GStrv) backups = dossier_library_list_backups (dir);
    g_assert_null (backups[0]);
  }
}

/* The columns other parts of Dossier rely on, by table. */
static const struct
{
  const char *table;
  const char *columns;
} contract[] = {
  { "entities", "id,kind,name,wikidata,roles,origin,merged_into" },
  { "aliases", "id,entity_id,alias,lang,origin" },
  { "entity_rules", "id,rule,text,article_id,start_offset,end_offset,created" },
  { "mentions", "id,article_id,start_offset,end_offset,kind,text,entity_id,value,value_min,value_max,unit,item,iso,confidence" },
  { "events", "id,uid,title,description,date,kind,stance,topic,status,confidence,sources,created,modified" },
  { "event_actors", "event_id,entity_id" },
  { "event_evidence", "id,event_id,article_id,annotation_id,quote,prefix,suffix,start_offset,end_offset" },
};

static void
test_schema_contract (void)
{
  g_autoptr(DossierLibrary) library = open_fresh (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (contract); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT group_concat (name, ',') FROM pragma_table_info ('%s')",
                                              contract[i].table);
      g_autofree char *columns = query_text (library, sql);
      g_assert_cmpstr (columns, ==, contract[i].columns);
    }
  /* articles: at least these. */
  {
    g_autofree char *columns = query_text (library,
      "SELECT group_concat (name, ',') FROM pragma_table_info ('articles')");
    const char *needed[] = { "id", "title", "source", "url", "published", "lang", "body",
                             "content_hash", "original_path", "imported" };
    g_auto(GStrv) have = g_strsplit (columns, ",", -1);
    for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
      g_assert_true (g_strv_contains ((const char * const *) have, needed[i]));
  }
}

static void
test_migration_backs_up_existing (void)
{
  g_autofree char *dir = dossier_test_make_tmpdir ();
  g_autofree char *db_path = g_build_filename (dir, "library.sqlite3", NULL);
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) backups = NULL;
  sqlite3 *db = NULL;

  /* A version-0 database holding something. */
  g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE keepsake (x); INSERT INTO keepsake VALUES (42)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  library = dossier_library_open (dir, &error);
  g_assert_no_error (error);
  backups = dossier_library_list_backups (dir);
  g_assert_nonnull (backups[0]);
  g_assert_null (backups[1]);
  g_assert_true (strstr (backups[0], "library.sqlite3.bak-v0-") != NULL);

  g_assert_cmpint (sqlite3_open (backups[0], &db), ==, SQLITE_OK);
  {
    sqlite3_stmt *stmt = NULL;
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT x FROM keepsake", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 42);
    sqlite3_finalize (stmt);
  }
  sqlite3_close (db);

  /* Opening again migrates nothing and backs up nothing. */
  g_clear_object (&library);
  library = dossier_library_open (dir, &error);
  g_assert_no_error (error);
  g_strfreev (backups);
  backups = dossier_library_list_backups (dir);
  g_assert_null (backups[1]);
}

static void
test_transactions_do_not_nest (void)
{
  g_autoptr(DossierLibrary) library = open_fresh (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (_dossier_library_begin (library, &error));
  g_assert_false (_dossier_library_begin (library, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_FAILED);
  _dossier_library_rollback (library);
  g_clear_error (&error);
  g_assert_true (_dossier_library_begin (library, &error));
  g_assert_true (_dossier_library_commit (library, &error));
  g_assert_no_error (error);
}

static void
test_add_article_with_mentions (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DossierLibrary) library = open_fresh (&dir);
  g_autoptr(DossierArticle) article = make_article ("Chips", "Nvidia sold 100,000 H20 chips for $2 billion.", "en", "2025-04-15");
  g_autoptr(DossierArticle) again = make_article ("Other title", "Nvidia sold 100,000 H20 chips\n\nfor $2 billion.", "en", NULL);
  g_autoptr(GPtrArray) spans = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(DossierArticle) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *source_file = g_build_filename (dir, "page.html", NULL);
  g_autoptr(GFile) original = g_file_new_for_path (source_file);
  g_autofree char *kept = NULL;
  g_autofree char *body = NULL;
  g_autofree char *kept_contents = NULL;
  DossierSpan *span;
  gint64 duplicate = -1;

  g_assert_true (g_file_set_contents (source_file, "<p>original bytes</p>", -1, NULL));

  span = dossier_span_new (DOSSIER_SPAN_ORGANIZATION, 0, 6, "Nvidia");
  dossier_span_set_entity (span, "nvidia", "Nvidia");
  g_ptr_array_add (spans, span);
  span = dossier_span_new (DOSSIER_SPAN_MONEY, 33, 43, "$2 billion");
  dossier_span_set_value (span, 2e9);
  span->unit = g_strdup ("USD");
  g_ptr_array_add (spans, span);
  span = dossier_span_new (DOSSIER_SPAN_QUANTITY, 12, 29, "100,000 H20 chips");
  dossier_span_set_range (span, 1e5, 1e5);
  span->item = g_strdup ("chip");
  span->confidence = 0.5;
  g_ptr_array_add (spans, span);

  g_assert_true (dossier_library_add_article (library, article, spans, original, &duplicate, &error));
  g_assert_no_error (error);
  g_assert_cmpint (duplicate, ==, 0);
  g_assert_cmpint (dossier_article_get_id (article), >, 0);
  g_assert_cmpint (dossier_article_get_imported (article), >, 0);

  /* The original is kept under originals/, byte for byte. */
  g_assert_nonnull (dossier_article_get_original_path (article));
  g_assert_true (g_str_has_prefix (dossier_article_get_original_path (article), "originals/"));
  kept = g_build_filename (dir, dossier_article_get_original_path (article), NULL);
  g_assert_true (g_file_get_contents (kept, &kept_contents, NULL, NULL));
  g_assert_cmpstr (kept_contents, ==, "<p>original bytes</p>");

  /* Same text, other wrapping: a duplicate, nothing written. */
  g_assert_true (dossier_library_add_article (library, again, NULL, NULL, &duplicate, &error));
  g_assert_cmpint (duplicate, ==, dossier_article_get_id (article));
  g_assert_cmpint (dossier_article_get_id (again), ==, 0);
  g_assert_cmpint (dossier_library_count_articles (library), ==, 1);

  loaded = dossier_library_get_article (library, dossier_article_get_id (article), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dossier_article_get_title (loaded), ==, "Chips");
  g_assert_cmpstr (dossier_article_get_body (loaded), ==, dossier_article_get_body (article));
  g_assert_cmpstr (dossier_article_get_published (loaded), ==, "2025-04-15");
  g_assert_cmpstr (dossier_article_get_lang (loaded), ==, "en");
  g_assert_cmpstr (dossier_article_get_source (loaded), ==, "Test Wire");
  body = dossier_library_get_body (library, dossier_article_get_id (article), &error);
  g_assert_cmpstr (body, ==, dossier_article_get_body (article));

  /* Mentions come back sorted, with every field. */
  stored = dossier_library_get_mentions (library, dossier_article_get_id (article), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 3);
  span = g_ptr_array_index (stored, 0);
  g_assert_cmpint (span->kind, ==, DOSSIER_SPAN_ORGANIZATION);
  g_assert_cmpstr (span->entity_id, ==, "nvidia");
  span = g_ptr_array_index (stored, 1);
  g_assert_cmpint (span->kind, ==, DOSSIER_SPAN_QUANTITY);
  g_assert_cmpuint (span->flags, ==, DOSSIER_SPAN_HAS_RANGE);
  g_assert_cmpfloat (span->value_min, ==, 1e5);
  g_assert_cmpstr (span->item, ==, "chip");
  g_assert_cmpfloat (span->confidence, ==, 0.5);
  span = g_ptr_array_index (stored, 2);
  g_assert_cmpuint (span->flags, ==, DOSSIER_SPAN_HAS_VALUE);
  g_assert_cmpfloat (span->value, ==, 2e9);
  g_assert_cmpstr (span->unit, ==, "USD");

  /* Re-analysis replaces the mentions. */
  g_ptr_array_set_size (spans, 1);
  g_assert_true (dossier_library_set_mentions (library, dossier_article_get_id (article), spans, &error));
  g_clear_pointer (&stored, g_ptr_array_unref);
  stored = dossier_library_get_mentions (library, dossier_article_get_id (article), &error);
  g_assert_cmpuint (stored->len, ==, 1);

  /* Deleting removes mentions too; the original file stays. */
  g_assert_true (dossier_library_delete_article (library, dossier_article_get_id (article), &error));
  g_assert_no_error (error);
  g_assert_null (dossier_library_get_article (library, dossier_article_get_id (article), &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_autofree char *left = query_text (library, "SELECT count(*) FROM mentions");
  g_assert_cmpstr (left, ==, "0");
  g_assert_true (g_file_test (kept, G_FILE_TEST_EXISTS));
  g_assert_false (dossier_library_delete_article (library, dossier_article_get_id (article), &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
}

static void
test_add_rejects_empty_body (void)
{
  g_autoptr(DossierLibrary) library = open_fresh (NULL);
  g_autoptr(DossierArticle) article = make_article ("Empty", "", "en", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (dossier_library_add_article (library, article, NULL, NULL, NULL, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT);
  g_assert_cmpint (dossier_library_count_articles (library), ==, 0);
}

static void
test_annotations_and_tags (void)
{
  g_autoptr(DossierLibrary) library = open_fresh (NULL);
  const char *body = "美国商务部宣布对H20芯片实施新的出口管制。Nvidia said it would comply.";
  gint64 article = add (library, "管制", body, "zh", "2025-04-15");
  g_autoptr(DossierAnnotation) annotation = dossier_annotation_new_for_body (article, body, 8, 12);
  g_autoptr(DossierAnnotation) loaded = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GError) error = NULL;
  const char *paths[] = { "policy/export controls", "chips/H20", NULL };
  const char *fewer[] = { "chips/H20", NULL };
  gint64 chips, h20, policy;

  g_assert_cmpstr (dossier_annotation_get_quote (annotation), ==, "H20芯");
  g_assert_cmpstr (dossier_annotation_get_prefix (annotation), ==, "美国商务部宣布对");
  g_assert_null (dossier_annotation_new_for_body (article, body, 10, 500));

  dossier_annotation_set_note (annotation, "第一次提到H20");
  dossier_annotation_set_colour (annotation, "#f6d32d");
  dossier_annotation_set_tags (annotation, paths);
  g_assert_true (dossier_library_add_annotation (library, annotation, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dossier_annotation_get_id (annotation), >, 0);
  g_assert_cmpint (dossier_annotation_get_created (annotation), >, 0);

  loaded = dossier_library_get_annotation (library, dossier_annotation_get_id (annotation), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dossier_annotation_get_quote (loaded), ==, "H20芯");
  g_assert_cmpstr (dossier_annotation_get_note (loaded), ==, "第一次提到H20");
  g_assert_cmpstr (dossier_annotation_get_colour (loaded), ==, "#f6d32d");
  g_assert_cmpuint (dossier_annotation_get_start (loaded), ==, 8);
  g_assert_cmpuint (dossier_annotation_get_end (loaded), ==, 12);
  g_assert_cmpuint (g_strv_length ((GStrv) dossier_annotation_get_tags (loaded)), ==, 2);
  g_assert_cmpstr (dossier_annotation_get_tags (loaded)[0], ==, "chips/H20");
  g_assert_cmpstr (dossier_annotation_get_tags (loaded)[1], ==, "policy/export controls");

  /* The tag tree: parents before children, paths built from names. */
  tags = dossier_library_list_tags (library, &error);
  g_assert_cmpuint (tags->len, ==, 4);
  g_assert_cmpstr (((DossierTag *) tags->pdata[0])->path, ==, "chips");
  g_assert_cmpstr (((DossierTag *) tags->pdata[1])->path, ==, "chips/H20");
  chips = ((DossierTag *) tags->pdata[0])->id;
  h20 = ((DossierTag *) tags->pdata[1])->id;
  policy = ((DossierTag *) tags->pdata[2])->id;
  g_assert_cmpint (((DossierTag *) tags->pdata[1])->parent_id, ==, chips);
  g_assert_cmpint (dossier_library_ensure_tag (library, "chips/H20", "#3584e4", &error), ==, h20);
  g_assert_cmpint (dossier_library_ensure_tag (library, "chips//x", NULL, &error), ==, 0);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  /* A tag cannot move below itself. */
  g_assert_false (dossier_library_move_tag (library, chips, h20, &error));
  g_clear_error (&error);
  g_assert_true (dossier_library_rename_tag (library, chips, "semiconductors", &error));
  g_assert_false (dossier_library_rename_tag (library, chips, "policy", &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_clear_object (&loaded);
  loaded = dossier_library_get_annotation (library, dossier_annotation_get_id (annotation), &error);
  g_assert_cmpstr (dossier_annotation_get_tags (loaded)[0], ==, "policy/export controls");
  g_assert_cmpstr (dossier_annotation_get_tags (loaded)[1], ==, "semiconductors/H20");

  /* Update: note and tags. */
  dossier_annotation_set_note (annotation, "updated");
  dossier_annotation_set_tags (annotation, fewer);
  g_assert_true (dossier_library_update_annotation (library, annotation, &error));
  g_assert_no_error (error);
  list = dossier_library_list_annotations (library, article, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (dossier_annotation_get_note (list->pdata[0]), ==, "updated");
  g_assert_cmpuint (g_strv_length ((GStrv) dossier_annotation_get_tags (list->pdata[0])), ==, 1);
  /* "chips/H20" was recreated: the renamed tree kept its own. */
  g_assert_cmpstr (dossier_annotation_get_tags (list->pdata[0])[0], ==, "chips/H20");

  /* Anchors past the end of the body are refused. */
  dossier_annotation_set_anchor (annotation, 10, 9999, "x", NULL, NULL);
  g_assert_false (dossier_library_update_annotation (library, annotation, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  /* Deleting a tag removes its children and links, not annotations. */
  g_assert_true (dossier_library_delete_tag (library, policy, &error));
  g_clear_pointer (&tags, g_ptr_array_unref);
  tags = dossier_library_list_tags (library, &error);
  for (guint i = 0; i < tags->len; i++)
    g_assert_false (g_str_has_prefix (((DossierTag *) tags->pdata[i])->path, "policy"));

  g_assert_true (dossier_library_delete_annotation (library, dossier_annotation_get_id (annotation), &error));
  g_assert_false (dossier_library_delete_annotation (library, dossier_annotation_get_id (annotation), &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
}

static GArray *
list_ids (DossierArticleList *list)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DossierArticle) article = g_list_model_get_item (G_LIST_MODEL (list), i);
      gint64 id = dossier_article_get_id (article);

      g_assert_null (dossier_article_get_body (article));   /* metadata only */
      g_array_append_val (ids, id);
    }
  return ids;
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *calls)
{
  (*calls)++;
}

static void
test_article_list (void)
{
  g_autoptr(DossierLibrary) library = open_fresh (NULL);
  g_autoptr(DossierArticleList) list = dossier_article_list_new (library);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) spans = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
  gint64 ids[200];
  guint calls = 0;
  gint64 tag;

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &calls);

  /* 200 articles: more than a few pages. */
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *title = g_strdup_printf ("Article %03u", i);
      g_autofree char *body = g_strdup_printf ("Body number %u about export controls.", i);
      g_autofree char *date = g_strdup_printf ("%04u-%02u-15", 2016 + i % 10, 1 + i % 12);
      ids[i] = add (library, title, body, i % 3 == 0 ? "zh" : i % 3 == 1 ? "fr" : "en",
                    i % 50 == 7 ? NULL : date);
    }

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_true (dossier_article_list_reload (list, &error));
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 200);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == DOSSIER_TYPE_ARTICLE);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 200));

  /* Default order: newest first, undated last. */
  {
    g_autoptr(GArray) order = list_ids (list);
    g_autoptr(DossierArticle) first = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_autoptr(DossierArticle) last = g_list_model_get_item (G_LIST_MODEL (list), 199);
    g_assert_cmpstr (dossier_article_get_published (first), ==, "2025-12-15");
    g_assert_null (dossier_article_get_published (last));
    for (guint i = 1; i < 196; i++)
      {
        g_autoptr(DossierArticle) a = g_list_model_get_item (G_LIST_MODEL (list), i - 1);
        g_autoptr(DossierArticle) b = g_list_model_get_item (G_LIST_MODEL (list), i);
        g_assert_cmpstr (dossier_article_get_published (a), >=, dossier_article_get_published (b));
      }
  }

  dossier_article_list_set_sort (list, DOSSIER_ARTICLE_SORT_TITLE);
  g_assert_true (dossier_article_list_reload (list, &error));
  {
    g_autoptr(DossierArticle) a = g_list_model_get_item (G_LIST_MODEL (list), 123);
    g_assert_cmpstr (dossier_article_get_title (a), ==, "Article 123");
    g_assert_cmpint (dossier_article_list_find (list, ids[123]), ==, 123);
  }

  /* Filters, table-driven. */
  {
    const struct { const char *lang, *from, *to, *era; guint expected; } cases[] = {
      { "zh", NULL, NULL, NULL, 67 },
      { NULL, "2025", NULL, NULL, 20 },
      { NULL, "2017-01-01", "2017-12", NULL, 20 },
      { "fr", "2017-01-01", "2017-12-31", NULL, 7 },
      { NULL, NULL, NULL, "biden", 76 },
    };
    for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
      {
        guint expected = 0;

        dossier_article_list_set_lang (list, cases[c].lang);
        if (cases[c].era != NULL)
          g_assert_true (dossier_article_list_set_era (list, cases[c].era));
        else
          dossier_article_list_set_dates (list, cases[c].from, cases[c].to);
        g_assert_true (dossier_article_list_reload (list, &error));

        /* Count the same thing by hand. */
        for (guint i = 0; i < 200; i++)
          {
            g_autofree char *date = i % 50 == 7 ? NULL : g_strdup_printf ("%04u-%02u-15", 2016 + i % 10, 1 + i % 12);
            const char *lang = i % 3 == 0 ? "zh" : i % 3 == 1 ? "fr" : "en";
            const char *from = cases[c].from, *to = cases[c].to;

            if (cases[c].era != NULL)
              from = "2021-01-20", to = "2025-01-19";
            if (cases[c].lang != NULL && strcmp (lang, cases[c].lang) != 0)
              continue;
            if ((from != NULL || to != NULL) && date == NULL)
              continue;
            if (from != NULL && strcmp (date, from) < 0)
              continue;
            if (to != NULL && strncmp (date, to, strlen (to)) > 0)
              continue;
            expected++;
          }
        g_assert_cmpuint (expected, ==, cases[c].expected);
        g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, expected);
      }
    g_assert_false (dossier_article_list_set_era (list, "obama"));
  }

  /* By entity and by tag. */
  dossier_article_list_set_lang (list, NULL);
  dossier_article_list_set_dates (list, NULL, NULL);
  g_ptr_array_add (spans, dossier_span_new (DOSSIER_SPAN_ORGANIZATION, 0, 4, "Body"));
  dossier_span_set_entity (g_ptr_array_index (spans, 0), "body-corp", "Body Corp");
  g_assert_true (dossier_library_set_mentions (library, ids[5], spans, &error));
  g_assert_true (dossier_library_set_mentions (library, ids[9], spans, &error));
  dossier_article_list_set_entity (list, "body-corp");
  g_assert_true (dossier_article_list_reload (list, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);

  dossier_article_list_set_entity (list, NULL);
  {
    g_autoptr(DossierAnnotation) a = dossier_annotation_new (ids[3], 0, 4, "Body", NULL, NULL);
    const char *t[] = { "topics/export/US", NULL };
    dossier_annotation_set_tags (a, t);
    g_assert_true (dossier_library_add_annotation (library, a, &error));
  }
  tag = dossier_library_ensure_tag (library, "topics", NULL, &error);
  dossier_article_list_set_tag (list, tag);
  g_assert_true (dossier_article_list_reload (list, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_cmpint (dossier_article_list_find (list, ids[3]), ==, 0);

  /* A row deleted after the reload stays as a placeholder until reload. */
  dossier_article_list_set_tag (list, 0);
  dossier_article_list_set_sort (list, DOSSIER_ARTICLE_SORT_ID);
  g_assert_true (dossier_article_list_reload (list, &error));
  g_assert_true (dossier_library_delete_article (library, ids[199], &error));
  {
    g_autoptr(DossierArticle) gone = g_list_model_get_item (G_LIST_MODEL (list), 199);
    g_assert_cmpint (dossier_article_get_id (gone), ==, ids[199]);
  }
  g_assert_true (dossier_article_list_reload (list, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 199);
  g_assert_no_error (error);
}

static void
test_backup_and_open_backup (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DossierLibrary) library = open_fresh (&dir);
  g_autoptr(DossierLibrary) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_auto(GStrv) backups = NULL;
  g_auto(GStrv) damaged = NULL;
  g_autoptr(GDir) d = NULL;
  const char *name;
  gboolean found_damaged = FALSE;

  add (library, "One", "First article body.", "en", NULL);
  first = dossier_library_backup (library, &error);
  g_assert_no_error (error);
  add (library, "Two", "Second article body.", "en", NULL);
  g_usleep (1100 * 1000);   /* a later timestamp */
  second = dossier_library_backup (library, &error);
  g_assert_no_error (error);

  backups = dossier_library_list_backups (dir);
  g_assert_cmpstr (backups[0], ==, second);
  g_assert_cmpstr (backups[1], ==, first);
  g_assert_null (backups[2]);

  g_clear_object (&library);
  reopened = dossier_library_open_backup (dir, first, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dossier_library_count_articles (reopened), ==, 1);

  /* The replaced file was moved aside, not deleted. */
  d = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, "library.sqlite3.damaged-") && !g_str_has_suffix (name, "-wal") &&
        !g_str_has_suffix (name, "-shm"))
      found_damaged = TRUE;
  g_assert_true (found_damaged);
}

typedef struct
{
  GMainLoop      *loop;
  DossierLibrary *library;   /* the main connection */
  guint      reports;
  guint      failures_seen;
  guint      last_done;
  int        failed;
  GError    *error;
} ImportRun;

static void
on_import_progress (guint         done,
                    guint         total,
                    const char   *file_name,
                    gint64        article_id,
                    gboolean      duplicate,
                    const GError *error,
                    gpointer      user_data)
{
  ImportRun *run = user_data;

  g_assert_cmpuint (total, ==, 4);
  g_assert_cmpuint (done, ==, run->last_done + 1);
  g_assert_nonnull (file_name);
  run->last_done = done;
  run->reports++;
  if (error != NULL)
    {
      g_assert_cmpint (article_id, ==, 0);
      run->failures_seen++;
    }
  else
    {
      g_autoptr(DossierArticle) article = NULL;

      g_assert_cmpint (article_id, >, 0);
      /* Reported only once committed: the main connection sees it. */
      article = dossier_library_get_article (run->library, article_id, NULL);
      g_assert_nonnull (article);
    }
}

static void
on_import_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ImportRun *run = user_data;

  run->failed = dossier_library_import_files_finish (DOSSIER_LIBRARY (source), result, &run->error);
  g_main_loop_quit (run->loop);
}

/* Changes in a batch: saved together at the commit; a change that fails
 * is undone alone. */
static void
test_batch (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DossierLibrary) library = open_fresh (&dir);
  g_autoptr(DossierLibrary) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierArticle) failing = make_article ("Lost", "A body whose original cannot be copied.", "en", NULL);
  g_autoptr(GFile) missing = NULL;
  g_autofree char *missing_path = g_build_filename (dir, "no-such-file.html", NULL);
  g_autofree char *originals = g_build_filename (dir, "originals", NULL);
  g_autoptr(GDir) d = NULL;
  gint64 first, second;

  other = dossier_library_open (dir, &error);
  g_assert_no_error (error);

  dossier_library_begin_batch (library);
  g_assert_false (dossier_library_batch_is_due (library));
  first = add (library, "First", "The first article of the batch.", "en", NULL);
  /* Not saved yet: another connection does not see it. */
  g_assert_cmpint (dossier_library_count_articles (other), ==, 0);

  missing = g_file_new_for_path (missing_path);
  g_assert_false (dossier_library_add_article (library, failing, NULL, missing, NULL, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_IO);
  g_clear_error (&error);

  second = add (library, "Second", "The second article of the batch.", "en", NULL);
  g_assert_true (dossier_library_commit_batch (library, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dossier_library_count_articles (other), ==, 2);
  g_assert_cmpint (dossier_library_find_by_hash (other, dossier_article_get_content_hash (failing)), ==, 0);
  {
    g_autofree char *ids = query_text (other, "SELECT group_concat (id, ',') FROM (SELECT id FROM articles ORDER BY id)");
    g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT, first, second);

    g_assert_cmpstr (ids, ==, expected);
  }

  /* After a commit the batch goes on; ending it commits the rest. */
  add (library, "Third", "The third article, committed by the end of the batch.", "en", NULL);
  g_assert_true (dossier_library_end_batch (library, &error));
  g_assert_cmpint (dossier_library_count_articles (other), ==, 3);

  /* Outside a batch, every change commits at once again. */
  add (library, "Fourth", "The fourth article, on its own.", "en", NULL);
  g_assert_cmpint (dossier_library_count_articles (other), ==, 4);

  d = g_dir_open (originals, 0, NULL);
  g_assert_null (g_dir_read_name (d));
}

/* A large import ends with the full-text index in one segment. */
static void
test_batch_merges_index (void)
{
  g_autoptr(DossierLibrary) library = open_fresh (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *segments = NULL;

  dossier_library_begin_batch (library);
  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *body = g_strdup_printf ("Article %u about export controls on chips.", i);
      add (library, "Batch", body, "en", NULL);
      if (dossier_library_batch_is_due (library))
        g_assert_true (dossier_library_commit_batch (library, &error));
    }
  segments = query_text (library, "SELECT count (DISTINCT segid) FROM articles_fts_idx");
  g_assert_cmpint (atoi (segments), >, 1);
  g_clear_pointer (&segments, g_free);

  g_assert_true (dossier_library_end_batch (library, &error));
  g_assert_no_error (error);
  segments = query_text (library, "SELECT count (DISTINCT segid) FROM articles_fts_idx");
  g_assert_cmpstr (segments, ==, "1");
}

static void
test_import_files_async (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DossierLibrary) library = open_fresh (&dir);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  const char *contents[] = {
    "Chips to the Gulf\n\nThe Commerce Department approved exports of advanced chips to the Gulf on Tuesday.\n",
    "芯片出口\n\n美国商务部周二批准向海湾地区出口先进芯片，英伟达表示欢迎。\n",
    "Chips to the Gulf\n\nThe Commerce Department approved exports of advanced chips to the Gulf on Tuesday.\n",
    "",
  };
  ImportRun run = { loop, library, 0, 0, 0, -1, NULL };
  ImportRun cancelled = { loop, library, 0, 0, 0, -1, NULL };

  for (guint i = 0; i < G_N_ELEMENTS (contents); i++)
    {
      g_autofree char *name = g_strdup_printf ("in-%u.txt", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_assert_true (g_file_set_contents (path, contents[i], -1, NULL));
      g_ptr_array_add (files, g_file_new_for_path (path));
    }

  dossier_library_import_files_async (library, files, on_import_progress, &run, NULL,
                                      NULL, on_import_done, &run);
  g_main_loop_run (loop);
  g_assert_no_error (run.error);
  g_assert_cmpint (run.failed, ==, 1);            /* the empty file */
  g_assert_cmpuint (run.failures_seen, ==, 1);
  g_assert_cmpuint (run.reports, ==, 4);
  /* The main connection sees the worker's commits: two articles, the third
   * file being a duplicate of the first. */
  g_assert_cmpint (dossier_library_count_articles (library), ==, 2);

  g_cancellable_cancel (cancellable);
  dossier_library_import_files_async (library, files, NULL, NULL, NULL, cancellable,
                                      on_import_done, &cancelled);
  g_main_loop_run (loop);
  g_assert_error (cancelled.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (cancelled.failed, ==, -1);
  g_clear_error (&cancelled.error);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/library/open-creates-layout", test_open_creates_layout);
  g_test_add_func ("/library/schema-contract", test_schema_contract);
  g_test_add_func ("/library/migration-backs-up-existing", test_migration_backs_up_existing);
  g_test_add_func ("/library/transactions-do-not-nest", test_transactions_do_not_nest);
  g_test_add_func ("/library/add-article-with-mentions", test_add_article_with_mentions);
  g_test_add_func ("/library/add-rejects-empty-body", test_add_rejects_empty_body);
  g_test_add_func ("/library/annotations-and-tags", test_annotations_and_tags);
  g_test_add_func ("/library/article-list", test_article_list);
  g_test_add_func ("/library/backup-and-open-backup", test_backup_and_open_backup);
  g_test_add_func ("/library/batch", test_batch);
  g_test_add_func ("/library/batch-merges-index", test_batch_merges_index);
  g_test_add_func ("/library/import-files-async", test_import_files_async);

  return g_test_run ();
}
