/* test-library-entities.c — analyst corrections round-trip through the store
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>

#include "dossier-entities.h"
#include "dossier-error.h"
#include "dossier-library-entities.h"
#include "dossier-test-utils.h"

static const char *body =
  "Elon Musk met officials in Abu Dhabi. Later Elon Mask spoke to Zorvex Labs. "
  "Acme said the Gulf was calm.";

typedef struct
{
  char           *dir;
  DossierLibrary *library;
  gint64          article_id;
} Fixture;

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierArticle) article = dossier_article_new ();
  g_autoptr(DossierCatalog) catalog = NULL;
  g_autoptr(GPtrArray) spans = NULL;
  gint64 duplicate = 0;

  f->dir = dossier_test_make_tmpdir ();
  f->library = dossier_library_open (f->dir, &error);
  g_assert_no_error (error);

  catalog = dossier_catalog_new_for_library (f->library, &error);
  g_assert_no_error (error);
  spans = dossier_entities_find (catalog, body, "en");
  dossier_article_set_title (article, "Test");
  dossier_article_set_lang (article, "en");
  dossier_article_set_body (article, body);
  g_assert_true (dossier_library_add_article (f->library, article, spans, NULL, &duplicate, &error));
  g_assert_no_error (error);
  f->article_id = dossier_article_get_id (article);
  g_assert_cmpint (f->article_id, >, 0);
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  g_clear_object (&f->library);
  g_free (f->dir);
}

/* The spans of body with a catalog freshly read from the library, as after
 * a restart: corrections must persist. */
static GPtrArray *
analyse (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierLibrary) reopened = NULL;
  g_autoptr(DossierCatalog) catalog = NULL;

  g_clear_object (&f->library);
  reopened = dossier_library_open (f->dir, &error);
  g_assert_no_error (error);
  f->library = g_object_ref (reopened);
  catalog = dossier_catalog_new_for_library (f->library, &error);
  g_assert_no_error (error);
  return dossier_entities_find_in_article (catalog, body, "en", f->article_id);
}

static void
test_add_entity (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *id2 = NULL;
  g_autoptr(GPtrArray) spans = NULL;
  const DossierSpan *s;

  id = dossier_library_add_entity (f->library, "Zorvex Labs", DOSSIER_SPAN_ORGANIZATION, "en", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, "zorvex-labs");
  /* Ids stay unique. */
  id2 = dossier_library_add_entity (f->library, "Zorvex  Labs", DOSSIER_SPAN_ORGANIZATION, "en", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (id2, ==, "zorvex-labs-2");

  spans = analyse (f);
  s = dossier_test_find_span (spans, "Zorvex Labs");
  g_assert_nonnull (s);
  g_assert_cmpint (s->kind, ==, DOSSIER_SPAN_ORGANIZATION);
  g_assert_nonnull (s->entity_id);
  g_assert_true (g_str_has_prefix (s->entity_id, "zorvex-labs"));
  g_assert_cmpfloat (s->confidence, ==, 1.0);

  /* Bad input is a clear error, nothing is written. */
  g_clear_pointer (&id2, g_free);
  id2 = dossier_library_add_entity (f->library, "   ", DOSSIER_SPAN_PERSON, NULL, &error);
  g_assert_null (id2);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT);
}

static void
test_confirm_suggestion (Fixture      *f,
                         gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = analyse (f);
  g_autoptr(GPtrArray) after = NULL;
  const DossierSpan *s;

  s = dossier_test_find_span (before, "Elon Mask");
  g_assert_nonnull (s);
  g_assert_cmpstr (s->entity_id, ==, "elon-musk");
  g_assert_cmpfloat (s->confidence, <, 1.0);

  g_assert_true (dossier_library_add_alias (f->library, "elon-musk", "Elon Mask", "en", TRUE, &error));
  g_assert_no_error (error);
  after = analyse (f);
  s = dossier_test_find_span (after, "Elon Mask");
  g_assert_nonnull (s);
  g_assert_cmpstr (s->entity_id, ==, "elon-musk");
  g_assert_cmpfloat (s->confidence, ==, 1.0);

  g_assert_false (dossier_library_add_alias (f->library, "no-such-entity", "X", NULL, FALSE, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
}

static void
test_merge (Fixture      *f,
            gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GPtrArray) spans = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  const DossierSpan *s;
  guint i;

  id = dossier_library_add_entity (f->library, "Acme", DOSSIER_SPAN_ORGANIZATION, "en", &error);
  g_assert_no_error (error);
  g_assert_true (dossier_library_merge_entities (f->library, id, "g42", &error));
  g_assert_no_error (error);
  spans = analyse (f);
  s = dossier_test_find_span (spans, "Acme");
  g_assert_nonnull (s);
  g_assert_cmpstr (s->entity_id, ==, "g42");

  g_assert_false (dossier_library_merge_entities (f->library, "g42", "g42", &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  /* Stored mentions follow a merge. */
  g_assert_true (dossier_library_merge_entities (f->library, "abu-dhabi", "united-arab-emirates", &error));
  g_assert_no_error (error);
  mentions = dossier_library_get_mentions (f->library, f->article_id, &error);
  g_assert_no_error (error);
  for (i = 0; i < mentions->len; i++)
    g_assert_cmpstr (((DossierSpan *) g_ptr_array_index (mentions, i))->entity_id, !=, "abu-dhabi");
}

static void
test_split_rename_kind (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *new_id = NULL;
  g_autoptr(GPtrArray) spans = NULL;
  const DossierSpan *s;

  /* "Gulf" is wrongly an alias of the Gulf region here: split it off. */
  new_id = dossier_library_split_alias (f->library, "persian-gulf", "Gulf", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (new_id);
  g_assert_cmpstr (new_id, !=, "persian-gulf");
  g_assert_true (dossier_library_rename_entity (f->library, new_id, "Gulf Cooperation", &error));
  g_assert_no_error (error);
  g_assert_true (dossier_library_set_entity_kind (f->library, new_id, DOSSIER_SPAN_ORGANIZATION, &error));
  g_assert_no_error (error);

  spans = analyse (f);
  s = dossier_test_find_span (spans, "Gulf");
  g_assert_nonnull (s);
  g_assert_cmpstr (s->entity_id, ==, new_id);
  g_assert_cmpstr (s->entity_name, ==, "Gulf Cooperation");
  g_assert_cmpint (s->kind, ==, DOSSIER_SPAN_ORGANIZATION);

  g_clear_pointer (&new_id, g_free);
  new_id = dossier_library_split_alias (f->library, "persian-gulf", "Not an alias", NULL, &error);
  g_assert_null (new_id);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
}

static void
test_reject (Fixture      *f,
             gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = analyse (f);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  const DossierSpan *gulf = dossier_test_find_span (before, "Gulf");
  guint i;

  g_assert_nonnull (gulf);
  g_assert_nonnull (dossier_test_find_span (before, "Abu Dhabi"));

  /* Not an entity here: only this span of this article. */
  g_assert_true (dossier_library_reject_span (f->library, f->article_id, gulf->start, gulf->end, "Gulf", &error));
  g_assert_no_error (error);
  /* Never an entity: everywhere. */
  g_assert_true (dossier_library_reject_text (f->library, "abu dhabi", &error));
  g_assert_no_error (error);

  after = analyse (f);
  g_assert_null (dossier_test_find_span (after, "Gulf"));
  g_assert_null (dossier_test_find_span (after, "Abu Dhabi"));
  g_assert_nonnull (dossier_test_find_span (after, "Elon Musk"));

  mentions = dossier_library_get_mentions (f->library, f->article_id, &error);
  g_assert_no_error (error);
  for (i = 0; i < mentions->len; i++)
    {
      const DossierSpan *m = g_ptr_array_index (mentions, i);

      g_assert_cmpstr (m->text, !=, "Gulf");
      g_assert_cmpstr (m->text, !=, "Abu Dhabi");
    }
}

static void
test_load_builtin (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) spans = NULL;

  g_assert_true (dossier_library_load_builtin_entities (f->library, &error));
  g_assert_no_error (error);
  /* Twice is harmless. */
  g_assert_true (dossier_library_load_builtin_entities (f->library, &error));
  g_assert_no_error (error);
  spans = analyse (f);
  g_assert_cmpstr (dossier_test_find_span (spans, "Elon Musk")->entity_id, ==, "elon-musk");
  g_assert_cmpstr (dossier_test_find_span (spans, "Abu Dhabi")->entity_id, ==, "abu-dhabi");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/library-entities/add-entity", test_add_entity);
  ADD ("/library-entities/confirm-suggestion", test_confirm_suggestion);
  ADD ("/library-entities/merge", test_merge);
  ADD ("/library-entities/split-rename-kind", test_split_rename_kind);
  ADD ("/library-entities/reject", test_reject);
  ADD ("/library-entities/load-builtin", test_load_builtin);
#undef ADD
  return g_test_run ();
}
