/* test-article.c — DossierArticle and DossierSpan basics
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-article.h"
#include "dossier-span.h"
#include "dossier-span-private.h"

#include <string.h>

static void
test_content_hash_ignores_wrapping (void)
{
  g_autoptr(DossierArticle) a = dossier_article_new ();
  g_autoptr(DossierArticle) b = dossier_article_new ();
  g_autoptr(DossierArticle) c = dossier_article_new ();

  dossier_article_set_body (a, "Export controls\n\nwere tightened  in 2022.");
  dossier_article_set_body (b, "  Export controls were\ntightened in 2022.\n");
  dossier_article_set_body (c, "Export controls were loosened in 2025.");

  g_assert_cmpstr (dossier_article_get_content_hash (a), ==, dossier_article_get_content_hash (b));
  g_assert_cmpstr (dossier_article_get_content_hash (a), !=, dossier_article_get_content_hash (c));
  g_assert_cmpuint (strlen (dossier_article_get_content_hash (a)), ==, 64);
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_setters_notify_only_on_change (void)
{
  g_autoptr(DossierArticle) article = dossier_article_new ();
  guint count = 0;

  g_signal_connect (article, "notify::title", G_CALLBACK (on_notify), &count);
  dossier_article_set_title (article, "美国芯片出口");
  dossier_article_set_title (article, "美国芯片出口");
  g_assert_cmpuint (count, ==, 1);
  dossier_article_set_title (article, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_null (dossier_article_get_title (article));
}

static void
test_span_kinds_round_trip (void)
{
  for (guint i = 0; i < DOSSIER_N_SPAN_KINDS; i++)
    {
      DossierSpanKind kind;

      g_assert_true (dossier_span_kind_from_string (dossier_span_kind_to_string (i), &kind));
      g_assert_cmpint (kind, ==, i);
    }
  g_assert_false (dossier_span_kind_from_string ("currency", NULL));
  g_assert_true (dossier_span_kind_is_entity (DOSSIER_SPAN_PLACE));
  g_assert_false (dossier_span_kind_is_entity (DOSSIER_SPAN_MONEY));
}

static void
test_span_copy_and_sort (void)
{
  g_autoptr(GPtrArray) spans = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
  g_autoptr(DossierSpan) money = dossier_span_new (DOSSIER_SPAN_MONEY, 10, 16, "66亿美元");
  g_autoptr(DossierSpan) copy = NULL;

  dossier_span_set_value (money, 6.6e9);
  money->unit = g_strdup ("USD");
  copy = dossier_span_copy (money);
  g_assert_cmpstr (copy->unit, ==, "USD");
  g_assert_cmpfloat (copy->value, ==, 6.6e9);
  g_assert_true (copy->flags & DOSSIER_SPAN_HAS_VALUE);

  dossier_span_set_range (copy, 1e5, 1e6);
  g_assert_false (copy->flags & DOSSIER_SPAN_HAS_VALUE);
  g_assert_true (copy->flags & DOSSIER_SPAN_HAS_RANGE);

  g_ptr_array_add (spans, dossier_span_new (DOSSIER_SPAN_DATE, 20, 25, "5月13日"));
  g_ptr_array_add (spans, dossier_span_new (DOSSIER_SPAN_PERSON, 3, 5, "萨克"));
  g_ptr_array_add (spans, dossier_span_new (DOSSIER_SPAN_PERSON, 3, 8, "萨克斯先生"));
  g_ptr_array_sort (spans, dossier_span_compare);
  g_assert_cmpuint (((DossierSpan *) spans->pdata[0])->end, ==, 8);
  g_assert_cmpuint (((DossierSpan *) spans->pdata[1])->end, ==, 5);
  g_assert_cmpuint (((DossierSpan *) spans->pdata[2])->start, ==, 20);
}

/* Packed spans keep their strings in their own memory; replacing one, copying
 * and freeing must work as with any span (ASan checks the frees). */
static void
test_span_packed (void)
{
  const char *text = "66亿美元 and more";
  g_autoptr(DossierSpan) span = NULL;
  g_autoptr(DossierSpan) copy = NULL;
  g_autoptr(DossierSpan) empty = NULL;

  span = _dossier_span_new_packed (DOSSIER_SPAN_MONEY, 0, 6, text, strlen ("66亿美元"),
                                   "USD", NULL, NULL, "org:g42", "G42");
  g_assert_cmpstr (span->text, ==, "66亿美元");
  g_assert_cmpstr (span->unit, ==, "USD");
  g_assert_null (span->item);
  g_assert_null (span->iso);
  g_assert_cmpstr (span->entity_id, ==, "org:g42");
  g_assert_cmpstr (span->entity_name, ==, "G42");
  g_assert_cmpfloat (span->confidence, ==, 1.0);
  g_assert_false (span->flags & (DOSSIER_SPAN_HAS_VALUE | DOSSIER_SPAN_HAS_RANGE));

  /* the new id is the old one: it must be read before the old is dropped */
  dossier_span_set_entity (span, span->entity_id, "Group 42");
  g_assert_cmpstr (span->entity_id, ==, "org:g42");
  g_assert_cmpstr (span->entity_name, ==, "Group 42");
  dossier_span_set_entity (span, "org:mgx", span->entity_name);
  g_assert_cmpstr (span->entity_name, ==, "Group 42");
  /* a caller's own string replaces a packed one and is freed with the span */
  span->item = g_strdup ("chip");
  span->iso = g_strdup ("2025");
  dossier_span_set_value (span, 6.6e9);
  g_assert_true (span->flags & DOSSIER_SPAN_HAS_VALUE);

  copy = dossier_span_copy (span);
  g_clear_pointer (&span, dossier_span_free);
  g_assert_false (copy->flags & DOSSIER_SPAN_PACKED);
  g_assert_cmpstr (copy->text, ==, "66亿美元");
  g_assert_cmpstr (copy->unit, ==, "USD");
  g_assert_cmpstr (copy->item, ==, "chip");
  g_assert_cmpstr (copy->entity_id, ==, "org:mgx");
  g_assert_cmpfloat (copy->value, ==, 6.6e9);

  empty = _dossier_span_new_packed (DOSSIER_SPAN_DATE, 4, 4, NULL, 0, NULL, NULL, "2025-05-13", NULL, NULL);
  g_assert_cmpstr (empty->text, ==, "");
  g_assert_cmpstr (empty->iso, ==, "2025-05-13");
  g_assert_null (empty->entity_id);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/article/content-hash", test_content_hash_ignores_wrapping);
  g_test_add_func ("/article/notify", test_setters_notify_only_on_change);
  g_test_add_func ("/span/kinds", test_span_kinds_round_trip);
  g_test_add_func ("/span/copy-sort", test_span_copy_and_sort);
  g_test_add_func ("/span/packed", test_span_packed);

  return g_test_run ();
}
