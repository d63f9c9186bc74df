/* test-library-json.c — export → restore → export gives the same document
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <json-glib/json-glib.h>

#include "dossier-annotation.h"
#include "dossier-error.h"
#include "dossier-library-private.h"
#include "dossier-span.h"
#include "dossier-test-utils.h"

static DossierLibrary *
open_new (void)
{
  g_autofree char *dir = dossier_test_make_tmpdir ();
  g_autoptr(GError) error = NULL;
  DossierLibrary *library = dossier_library_open (dir, &error);

  g_assert_no_error (error);
  return library;
}

/* A library using every table. */
static DossierLibrary *
populated (void)
{
  DossierLibrary *library = open_new ();
  g_autoptr(GError) error = NULL;
  const char *bodies[] = {
    "美国商务部对英伟达H20芯片实施出口管制。\n\n奥特曼表示关注。",
    "Le Sénat examine « les contrôles » à l'exportation.",
    "Sam Altman said \"compute\" is scarce; 0.1 + 0.2 ≠ 0.3.\tTabs too.",
  };
  gint64 ids[3];

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(DossierArticle) article = dossier_article_new ();
      g_autoptr(GPtrArray) spans = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
      DossierSpan *span = dossier_span_new (DOSSIER_SPAN_MONEY, 0, 3, "abc");

      dossier_span_set_value (span, 0.1 + 0.2);   /* not exactly representable in decimal */
      span->unit = g_strdup ("USD");
      span->confidence = 1.0 / 3.0;
      g_ptr_array_add (spans, span);
      span = dossier_span_new (DOSSIER_SPAN_QUANTITY, 4, 6, "de");
      dossier_span_set_range (span, 1e5, 1e6);
      g_ptr_array_add (spans, span);

      dossier_article_set_title (article, i == 0 ? "芯片" : "Titre « spécial »");
      dossier_article_set_body (article, bodies[i]);
      dossier_article_set_lang (article, i == 0 ? "zh" : i == 1 ? "fr" : "en");
      dossier_article_set_published (article, i == 0 ? "2025-04" : i == 1 ? "2024-12-01" : NULL);
      dossier_article_set_url (article, i == 2 ? "https://example.org/a?b=c&d=e" : NULL);
      g_assert_true (dossier_library_add_article (library, article, spans, NULL, NULL, &error));
      g_assert_no_error (error);
      ids[i] = dossier_article_get_id (article);
    }

  {
    g_autoptr(DossierAnnotation) a = dossier_annotation_new_for_body (ids[0], bodies[0], 6, 11);
    const char *tags[] = { "chips/H20", "policy", NULL };
    dossier_annotation_set_note (a, "第一条 \"note\"\nsecond line");
    dossier_annotation_set_colour (a, "#ff7800");
    dossier_annotation_set_tags (a, tags);
    g_assert_true (dossier_library_add_annotation (library, a, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (dossier_library_ensure_tag (library, "empty/leaf", "#00ff00", &error), >, 0);

  {
    g_autofree char *sql = g_strdup_printf (
      "INSERT INTO entities (id, kind, name, wikidata, roles, origin) VALUES"
      " ('sam-altman', 'person', 'Sam Altman', 'Q7407093', '[\"CEO of OpenAI\"]', 'pack'),"
      " ('sama', 'person', 'Sama', NULL, '[]', 'analyst');"
      "UPDATE entities SET merged_into = 'sam-altman' WHERE id = 'sama';"
      "INSERT INTO aliases (entity_id, alias, lang, origin) VALUES"
      " ('sam-altman', '奥特曼', 'zh', 'pack'), ('sam-altman', 'Altman', NULL, 'analyst');"
      "INSERT INTO entity_rules (rule, text, article_id, start_offset, end_offset, created) VALUES"
      " ('never-entity', 'Commerce', NULL, NULL, NULL, 1700000000),"
      " ('rejected-span', '商务部', %lld, 2, 5, 1700000001);"
      "INSERT INTO events (uid, title, description, date, kind, stance, topic, status, confidence,"
      " sources, created, modified) VALUES ('e1', 'H20 rule', NULL, '2025-04-15', 'rule', 'restrict',"
      " 'chips', 'accepted', 0.75, '[{\"name\":\"BIS\",\"date\":\"2025-04-15\",\"url\":null}]', 1, 2),"
      " ('e2', 'Candidate', 'd', '2025-04~', 'statement', 'neutral', 'chips', 'candidate', NULL, '[]', 3, 4);"
      "INSERT INTO event_actors VALUES (1, 'sam-altman'), (1, 'nvidia');"
      "INSERT INTO event_evidence (event_id, article_id, annotation_id, quote, prefix, suffix,"
      " start_offset, end_offset) VALUES (1, %lld, 1, 'H20', '英伟达', '芯片', 8, 11);",
      (long long) ids[0], (long long) ids[0]);
    g_assert_cmpint (sqlite3_exec (_dossier_library_get_db (library), sql, NULL, NULL, NULL), ==, SQLITE_OK);
  }
  return library;
}

static char *
export_to_string (DossierLibrary *library)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (dossier_library_export_json (library, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (stream, "", 1, NULL, NULL, &error));
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
}

static gboolean
restore_string (DossierLibrary  *library,
                const char      *text,
                GError         **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (g_strdup (text), -1, g_free);
  return dossier_library_restore_json (library, stream, "backup.json", NULL, error);
}

/* The document without its "exported_at" line. */
static char *
without_stamp (const char *text)
{
  g_autoptr(GRegex) regex = g_regex_new ("\"exported_at\": \"[^\"]*\"", 0, 0, NULL);
  return g_regex_replace_literal (regex, text, -1, 0, "", 0, NULL);
}

static void
test_round_trip (void)
{
  g_autoptr(DossierLibrary) source = populated ();
  g_autoptr(DossierLibrary) target = open_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *first = export_to_string (source);
  g_autofree char *second = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(JsonNode) root = json_from_string (first, &error);
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  const char *tables[] = { "articles", "entities", "aliases", "entity_rules", "mentions", "tags",
                           "annotations", "annotation_tags", "events", "event_actors", "event_evidence" };

  /* Valid JSON holding every table, none empty. */
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      JsonArray *array = json_object_get_array_member (json_node_get_object (root), tables[i]);
      g_test_message ("table %s", tables[i]);
      g_assert_nonnull (array);
      g_assert_cmpuint (json_array_get_length (array), >, 0);
    }

  /* Deterministic: two exports differ only in exported_at. */
  second = export_to_string (source);
  a = without_stamp (first);
  b = without_stamp (second);
  g_assert_cmpstr (a, ==, b);
  g_clear_pointer (&second, g_free);
  g_clear_pointer (&b, g_free);

  g_assert_true (restore_string (target, first, &error));
  g_assert_no_error (error);
  second = export_to_string (target);
  b = without_stamp (second);
  g_assert_cmpstr (a, ==, b);

  /* The restored library works: search index rebuilt, annotations with tags. */
  hits = dossier_library_search (target, "芯片", "", "", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = dossier_library_search (target, "second line", "", "", 0, &error);
  g_assert_cmpuint (hits->len, ==, 1);
  annotations = dossier_library_list_annotations (target, 0, &error);
  g_assert_cmpuint (annotations->len, ==, 1);
  g_assert_cmpstr (dossier_annotation_get_tags (annotations->pdata[0])[0], ==, "chips/H20");
  g_assert_true (dossier_library_check_integrity (target, &error));
}

static void
test_restore_needs_empty_library (void)
{
  g_autoptr(DossierLibrary) source = populated ();
  g_autofree char *text = export_to_string (source);
  g_autofree char *before = export_to_string (source);
  g_autofree char *after = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (restore_string (source, text, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "not empty"));
  after = export_to_string (source);
  a = without_stamp (before);
  b = without_stamp (after);
  g_assert_cmpstr (a, ==, b);
}

static void
test_restore_rejects_bad_files (void)
{
  g_autoptr(DossierLibrary) source = populated ();
  g_autofree char *good = export_to_string (source);
  g_autofree char *truncated = g_strndup (good, strlen (good) / 2);
  /* input, expected error code */
  const struct { const char *text; int code; } cases[] = {
    { "", DOSSIER_ERROR_CORRUPT },
    { "not json", DOSSIER_ERROR_CORRUPT },
    { "[1, 2]", DOSSIER_ERROR_CORRUPT },
    { "{\"format\": \"something-else\", \"version\": 1}", DOSSIER_ERROR_CORRUPT },
    { "{\"format\": \"dossier-library\", \"version\": 999}", DOSSIER_ERROR_NEWER_VERSION },
    { "{\"format\": \"dossier-library\", \"version\": 1, \"articles\": {}}", DOSSIER_ERROR_CORRUPT },
    { "{\"format\": \"dossier-library\", \"version\": 1, \"articles\": [{\"id\": 1, \"evil\": 2}]}", DOSSIER_ERROR_CORRUPT },
    { "{\"format\": \"dossier-library\", \"version\": 1, \"articles\": [{\"id\": 1, \"title\": [1]}]}", DOSSIER_ERROR_CORRUPT },
    /* Missing NOT NULL body. */
    { "{\"format\": \"dossier-library\", \"version\": 1, \"articles\": [{\"id\": 1, \"title\": \"x\"}]}", DOSSIER_ERROR_CORRUPT },
    /* A mention of an article that is not there. */
    { "{\"format\": \"dossier-library\", \"version\": 1, \"mentions\": [{\"id\": 1, \"article_id\": 5,"
      " \"start_offset\": 0, \"end_offset\": 1, \"kind\": \"date\", \"text\": \"x\"}]}", DOSSIER_ERROR_CORRUPT },
    { NULL, DOSSIER_ERROR_CORRUPT },   /* truncated, below */
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(DossierLibrary) target = open_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *empty = NULL;
      g_autofree char *stripped = NULL;

      g_test_message ("case %u", c);
      g_assert_false (restore_string (target, cases[c].text ? cases[c].text : truncated, &error));
      g_assert_error (error, DOSSIER_ERROR, cases[c].code);
      g_assert_nonnull (strstr (error->message, "backup.json"));
      /* Nothing written. */
      g_assert_cmpint (dossier_library_count_articles (target), ==, 0);
      empty = export_to_string (target);
      stripped = without_stamp (empty);
      g_assert_null (strstr (stripped, "{\"id\""));
    }
}

/* Adds an article whose original file holds @bytes; returns its path
 * under the library folder. */
static char *
add_with_original (DossierLibrary *library,
                   const char     *body,
                   const char     *file_name,
                   const char     *bytes,
                   gsize           length)
{
  g_autofree char *tmp = dossier_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, file_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DossierArticle) article = dossier_article_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, bytes, length, NULL));
  dossier_article_set_title (article, file_name);
  dossier_article_set_body (article, body);
  g_assert_true (dossier_library_add_article (library, article, NULL, file, NULL, &error));
  g_assert_no_error (error);
  return g_strdup (dossier_article_get_original_path (article));
}

static void
assert_file_bytes (DossierLibrary *library,
                   const char     *relative,
                   const char     *bytes,
                   gsize           length)
{
  g_autofree char *path = g_build_filename (dossier_library_get_dir (library), relative, NULL);
  g_autofree char *contents = NULL;
  gsize contents_length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &contents_length, NULL));
  g_assert_cmpmem (contents, contents_length, bytes, length);
}

static gboolean
originals_empty (DossierLibrary *library)
{
  g_autofree char *dir = g_build_filename (dossier_library_get_dir (library), "originals", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);

  return d == NULL || g_dir_read_name (d) == NULL;
}

/* The imported originals go into the export and come back with a restore,
 * byte for byte; without them, the rest restores as before. */
static void
test_originals (void)
{
  g_autoptr(DossierLibrary) source = open_new ();
  g_autoptr(DossierLibrary) target = open_new ();
  g_autoptr(DossierLibrary) bare = open_new ();
  g_autoptr(GError) error = NULL;
  static const char binary[] = "<html>\0\xff\xfe 芯片 \"quoted\"</html>\n";
  static const char text[] = "Plain text original.\n";
  g_autofree char *first = add_with_original (source, "A page kept as it was.", "page \"one\".html",
                                              binary, sizeof binary - 1);
  g_autofree char *second = add_with_original (source, "A text kept as it was.", "notes.txt", text, strlen (text));
  g_autofree char *exported = export_to_string (source);
  g_autofree char *again = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(JsonNode) root = json_from_string (exported, &error);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autofree char *without = NULL;
  JsonArray *originals;

  g_assert_no_error (error);
  originals = json_object_get_array_member (json_node_get_object (root), "originals");
  g_assert_nonnull (originals);
  g_assert_cmpuint (json_array_get_length (originals), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (originals, 0), "path"),
                   ==, first);

  g_assert_true (restore_string (target, exported, &error));
  g_assert_no_error (error);
  assert_file_bytes (target, first, binary, sizeof binary - 1);
  assert_file_bytes (target, second, text, strlen (text));
  again = export_to_string (target);
  a = without_stamp (exported);
  b = without_stamp (again);
  g_assert_cmpstr (a, ==, b);

  /* Left out on request: the tables alone, which restore as before. */
  g_assert_true (dossier_library_export_json_without_originals (source, stream, NULL, &error));
  g_assert_true (g_output_stream_write_all (stream, "", 1, NULL, NULL, &error));
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  without = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
  g_assert_null (strstr (without, "\"originals\""));
  g_assert_true (restore_string (bare, without, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dossier_library_count_articles (bare), ==, 2);
  g_assert_true (originals_empty (bare));
}

static void
test_originals_rejected (void)
{
  /* An "originals" item each, with the expected reason. */
  const char *items[] = {
    "{\"path\": \"originals/../escape.txt\", \"sha256\": \"x\", \"base64\": \"\"}",
    "{\"path\": \"../escape.txt\", \"sha256\": \"x\", \"base64\": \"\"}",
    "{\"path\": \"originals/a/b.txt\", \"sha256\": \"x\", \"base64\": \"\"}",
    "{\"path\": \"originals/ok.txt\", \"base64\": \"aGk=\"}",
    /* "hi", with the checksum of something else */
    "{\"path\": \"originals/ok.txt\", \"sha256\": \"0000\", \"base64\": \"aGk=\"}",
    "{\"path\": \"originals/ok.txt\", \"size\": 3, \"sha256\":"
    " \"8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4\", \"base64\": \"aGk=\"}",
    "[]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(DossierLibrary) target = open_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *text = g_strdup_printf (
        "{\"format\": \"dossier-library\", \"version\": 1, \"articles\": [{\"id\": 1, \"title\": \"t\","
        " \"body\": \"b\", \"content_hash\": \"h\", \"imported\": 1, \"original_path\": \"originals/ok.txt\"}],"
        " \"originals\": [{\"path\": \"originals/first.txt\", \"sha256\":"
        " \"8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4\", \"base64\": \"aGk=\"}, %s]}",
        items[i]);

      g_test_message ("item %u", i);
      g_assert_false (restore_string (target, text, &error));
      g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_CORRUPT);
      /* Nothing written, not even the first, valid file. */
      g_assert_cmpint (dossier_library_count_articles (target), ==, 0);
      g_assert_true (originals_empty (target));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/library-json/round-trip", test_round_trip);
  g_test_add_func ("/library-json/restore-needs-empty-library", test_restore_needs_empty_library);
  g_test_add_func ("/library-json/restore-rejects-bad-files", test_restore_rejects_bad_files);
  g_test_add_func ("/library-json/originals", test_originals);
  g_test_add_func ("/library-json/originals-rejected", test_originals_rejected);

  return g_test_run ();
}
