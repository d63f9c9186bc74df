/* test-analyzer.c — the whole analyzer: overlaps, bad input, pathological
 * input, the seed articles
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-analyzer.h"
#include "dossier-analyzer-private.h"
#include "dossier-error.h"
#include "dossier-test-utils.h"

#include <math.h>
#include <string.h>

static void
assert_sorted_disjoint (GPtrArray *spans)
{
  for (guint i = 1; i < spans->len; i++)
    {
      const DossierSpan *a = g_ptr_array_index (spans, i - 1);
      const DossierSpan *b = g_ptr_array_index (spans, i);
      g_assert_cmpuint (a->end, <=, b->start);
    }
}

static const DossierSpan *
expect_span (GPtrArray *spans, const char *text)
{
  const DossierSpan *s = dossier_test_find_span (spans, text);

  if (s == NULL)
    g_error ("no span “%s”", text);
  return s;
}

typedef struct
{
  const char      *lang;
  const char      *text;
  const char      *span;
  DossierSpanKind  kind;
} KindCase;

/* Overlaps: the longest, most specific reading wins. */
static const KindCase kinds[] = {
  { "en", "They paid 2025 dollars.", "2025 dollars", DOSSIER_SPAN_MONEY },      /* a year inside money */
  { "zh", "共有2024万元资金", "2024万元", DOSSIER_SPAN_MONEY },
  { "en", "In 2024, sales rose 18,000 units.", "2024", DOSSIER_SPAN_DATE },
  { "fr", "Le 13 mai 2025, 500 000 puces", "13 mai 2025", DOSSIER_SPAN_DATE },
  { "fr", "Le 13 mai 2025, 500 000 puces", "500 000 puces", DOSSIER_SPAN_QUANTITY },
  { "zh", "5月13日消息，66亿美元", "66亿美元", DOSSIER_SPAN_MONEY },
};

static void
test_overlaps (void)
{
  g_autoptr(DossierAnalyzer) analyzer = dossier_analyzer_new (NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(GPtrArray) spans = dossier_analyzer_analyze (analyzer, kinds[i].text, kinds[i].lang, "2025-05-14");
      const DossierSpan *s;

      g_test_message ("%s: %s", kinds[i].lang, kinds[i].text);
      assert_sorted_disjoint (spans);
      s = expect_span (spans, kinds[i].span);
      g_assert_cmpint (s->kind, ==, kinds[i].kind);
    }
}

static void
test_resolve (void)
{
  g_autoptr(GPtrArray) in = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
  g_autoptr(GPtrArray) out = NULL;

  g_ptr_array_add (in, dossier_span_new (DOSSIER_SPAN_NUMBER, 0, 4, "2025"));
  g_ptr_array_add (in, dossier_span_new (DOSSIER_SPAN_MONEY, 0, 12, "2025 dollars"));
  g_ptr_array_add (in, dossier_span_new (DOSSIER_SPAN_DATE, 20, 24, "2024"));
  g_ptr_array_add (in, dossier_span_new (DOSSIER_SPAN_NUMBER, 20, 24, "2024"));
  g_ptr_array_add (in, dossier_span_new (DOSSIER_SPAN_PERSON, 10, 22, "overlapping"));
  out = dossier_analyzer_resolve (g_steal_pointer (&in));
  g_assert_cmpuint (out->len, ==, 2);
  g_assert_cmpint (((DossierSpan *) out->pdata[0])->kind, ==, DOSSIER_SPAN_MONEY);
  g_assert_cmpint (((DossierSpan *) out->pdata[1])->kind, ==, DOSSIER_SPAN_DATE);
}

static void
test_invalid_utf8 (void)
{
  static const char * const bad[] = {
    "abc\xff" "def",
    "\xed\xa0\x80 lone surrogate",     /* UTF-8 encoded U+D800 */
    "\xc3",                            /* truncated */
    "\xe4\xb8",                        /* truncated CJK */
  };
  g_autoptr(DossierAnalyzer) analyzer = dossier_analyzer_new (NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) spans = dossier_analyzer_analyze_full (analyzer, bad[i], -1, "en", NULL, &error);

      g_assert_null (spans);
      g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_ENCODING);
    }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) spans = dossier_analyzer_analyze_full (analyzer, "in 2024", -1, "en", "2024-13-01", &error);
    g_assert_null (spans);
    g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) spans = dossier_analyzer_analyze_full (analyzer, "a\0b", 3, "en", NULL, &error);
    g_assert_null (spans);
    g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT);
  }
}

/* The analyzer accepts @text exactly when GLib finds it valid UTF-8, and
 * otherwise names the offset of the first bad byte as GLib does. */
static void
assert_checked_like_glib (DossierAnalyzer *analyzer,
                          GString         *text,
                          const char      *lang)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) spans = NULL;
  const char *end;
  gboolean valid;

  valid = g_utf8_validate_len (text->str, text->len, &end);
  spans = dossier_analyzer_analyze_full (analyzer, text->str, text->len, lang, NULL, &error);
  if (valid)
    {
      g_assert_no_error (error);
      g_assert_nonnull (spans);
    }
  else
    {
      g_autofree char *offset = g_strdup_printf ("offset %lu)", (unsigned long) (end - text->str));

      g_assert_null (spans);
      g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_ENCODING);
      g_assert_nonnull (strstr (error->message, offset));
    }
}

/* The analyzer checks UTF-8 itself, runs of Chinese characters in a
 * tight loop: it must answer as g_utf8_validate_len() does, and give the
 * same offset, on text with bad bytes in those runs. */
static void
test_utf8_against_glib (void)
{
  static const char * const pieces[] = {
    "\xe4\xb8\xad", "\xe6\x96\x87", "\xec\x95\x88", "\xee\x80\x80", "\xef\xbc\x8c", "\xe0\xa4\x95",
    "\xed\x9f\xbf", "a", " ", "\xc3\xa9", "\xf0\x9f\x98\x80",
    /* bad: a surrogate, an overlong form, a lone continuation, a truncated
     * sequence, a byte never in UTF-8 */
    "\xed\xa0\x80", "\xe0\x80\xaf", "\x80", "\xe4\xb8", "\xe4", "\xff",
  };
  g_autoptr(DossierAnalyzer) analyzer = dossier_analyzer_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (17);

  for (guint round = 0; round < 2000; round++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 1, 40);

      for (guint k = 0; k < n; k++)
        {
          /* mostly valid Chinese, a bad piece now and then */
          guint p = g_rand_int_range (rand, 0, 100) < 90 ? g_rand_int_range (rand, 0, 11)
                                                          : g_rand_int_range (rand, 11, G_N_ELEMENTS (pieces));
          g_string_append (text, pieces[p]);
        }
      assert_checked_like_glib (analyzer, text, "zh");
    }
}

/* Resolving merges the sorted runs it is given (figures, dates,
 * entities); the result must be that of a stable sort, equal spans kept
 * in their order, whatever the number of runs. */
static void
test_resolve_runs (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);

  for (guint round = 0; round < 500; round++)
    {
      g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
      g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
      g_autoptr(GPtrArray) a = NULL;
      g_autoptr(GPtrArray) b = NULL;
      guint n_runs = g_rand_int_range (rand, 1, 14), serial = 0;

      for (guint r = 0; r < n_runs; r++)
        {
          g_autoptr(GPtrArray) run = g_ptr_array_new ();
          guint n = g_rand_int_range (rand, 0, 30);

          for (guint k = 0; k < n; k++)
            {
              guint start = g_rand_int_range (rand, 0, 60);
              DossierSpan *span = dossier_span_new (g_rand_int_range (rand, 0, DOSSIER_N_SPAN_KINDS), start,
                                                    start + g_rand_int_range (rand, 0, 6), NULL);

              /* a serial number tells equal spans apart */
              span->text = g_strdup_printf ("%u", serial++);
              span->confidence = g_rand_boolean (rand) ? 1.0 : 0.5;
              g_ptr_array_add (run, span);
            }
          g_ptr_array_sort (run, dossier_span_compare);
          for (guint k = 0; k < run->len; k++)
            {
              g_ptr_array_add (runs, run->pdata[k]);
              g_ptr_array_add (sorted, dossier_span_copy (run->pdata[k]));
            }
        }
      g_ptr_array_sort (sorted, dossier_span_compare);
      a = dossier_analyzer_resolve (g_steal_pointer (&runs));
      b = dossier_analyzer_resolve (g_steal_pointer (&sorted));
      g_assert_cmpuint (a->len, ==, b->len);
      for (guint k = 0; k < a->len; k++)
        g_assert_cmpstr (((DossierSpan *) a->pdata[k])->text, ==, ((DossierSpan *) b->pdata[k])->text);
    }
}

static int
kind_order (DossierSpanKind kind)
{
  static const DossierSpanKind order[] = {
    DOSSIER_SPAN_MONEY, DOSSIER_SPAN_PERCENT, DOSSIER_SPAN_DATE, DOSSIER_SPAN_QUANTITY,
    DOSSIER_SPAN_PERSON, DOSSIER_SPAN_ORGANIZATION, DOSSIER_SPAN_PLACE, DOSSIER_SPAN_NUMBER,
  };

  for (guint k = 0; k < G_N_ELEMENTS (order); k++)
    if (order[k] == kind)
      return k;
  return G_N_ELEMENTS (order);
}

/* dossier_analyzer_resolve() as first written: a stable sort, then the
 * spans kept pushed on a second array. */
static GPtrArray *
reference_resolve (GPtrArray *spans)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);

  g_ptr_array_sort (spans, dossier_span_compare);
  g_ptr_array_set_free_func (spans, NULL);
  for (guint i = 0; i < spans->len; i++)
    {
      DossierSpan *s = g_ptr_array_index (spans, i);
      DossierSpan *last = out->len ? g_ptr_array_index (out, out->len - 1) : NULL;
      guint la, ls;

      if (s->end <= s->start)
        {
          dossier_span_free (s);
          continue;
        }
      if (last == NULL || s->start >= last->end)
        {
          g_ptr_array_add (out, s);
          continue;
        }
      /* the rule of better(): a confidence 0.3 higher wins, then length,
       * then confidence, then the kind (money, percent, date, quantity,
       * person, organization, place, number) */
      la = s->end - s->start;
      ls = last->end - last->start;
      if ((fabs (s->confidence - last->confidence) >= 0.3 && s->confidence > last->confidence) ||
          (fabs (s->confidence - last->confidence) < 0.3 &&
           (la > ls || (la == ls && (s->confidence > last->confidence ||
                                     (s->confidence == last->confidence && kind_order (s->kind) < kind_order (last->kind)))))))
        {
          g_ptr_array_index (out, out->len - 1) = s;
          dossier_span_free (last);
          while (out->len >= 2)
            {
              DossierSpan *prev = g_ptr_array_index (out, out->len - 2);
              guint lp = prev->end - prev->start;

              if (prev->end <= s->start)
                break;
              if ((fabs (prev->confidence - s->confidence) >= 0.3 && prev->confidence > s->confidence) ||
                  (fabs (prev->confidence - s->confidence) < 0.3 &&
                   (lp > la || (lp == la && (prev->confidence > s->confidence ||
                                             (prev->confidence == s->confidence &&
                                              kind_order (prev->kind) < kind_order (s->kind)))))))
                {
                  g_ptr_array_remove_index (out, out->len - 1);
                  break;
                }
              g_ptr_array_remove_index (out, out->len - 2);
            }
        }
      else
        dossier_span_free (s);
    }
  g_ptr_array_unref (spans);
  return out;
}

/* The spans kept in place of the array are those of the reference, on
 * random overlapping spans of mixed confidence. */
static void
test_resolve_reference (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (23);

  for (guint round = 0; round < 2000; round++)
    {
      g_autoptr(GPtrArray) in = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
      g_autoptr(GPtrArray) copy = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
      g_autoptr(GPtrArray) a = NULL;
      g_autoptr(GPtrArray) b = NULL;
      guint n = g_rand_int_range (rand, 0, 40);
      static const double confidences[] = { 1.0, 0.9, 0.8, 0.6, 0.5 };

      for (guint k = 0; k < n; k++)
        {
          guint start = g_rand_int_range (rand, 0, 50);
          DossierSpan *span = dossier_span_new (g_rand_int_range (rand, 0, DOSSIER_N_SPAN_KINDS), start,
                                                start + g_rand_int_range (rand, 0, 12), NULL);

          span->text = g_strdup_printf ("%u", k);
          span->confidence = confidences[g_rand_int_range (rand, 0, G_N_ELEMENTS (confidences))];
          g_ptr_array_add (in, span);
          g_ptr_array_add (copy, dossier_span_copy (span));
        }
      a = dossier_analyzer_resolve (g_steal_pointer (&in));
      b = reference_resolve (g_steal_pointer (&copy));
      g_assert_cmpuint (a->len, ==, b->len);
      for (guint k = 0; k < a->len; k++)
        g_assert_cmpstr (((DossierSpan *) a->pdata[k])->text, ==, ((DossierSpan *) b->pdata[k])->text);
    }
}

/* The analyzer checks UTF-8 with its own loop (eight ASCII bytes at a
 * time); it must accept and refuse exactly what GLib does, and report the
 * same offset. Texts are runs of ASCII, well-formed sequences of every
 * length and bytes that break them. */
static void
test_utf8_offsets (void)
{
  static const char * const pieces[] = {
    "a", "plain ASCII run ", "0123456789abcdef", "é", "中", "😀", "\xef\xbf\xbf", "\xf4\x8f\xbf\xbf",
    "\xff", "\x80", "\xc0\xaf", "\xc1\xbf", "\xe0\x9f\xbf", "\xed\xa0\x80", "\xf0\x8f\xbf\xbf",
    "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xc3", "\xe4\xb8", "\xf0\x9f\x98",
  };
  g_autoptr(DossierAnalyzer) analyzer = dossier_analyzer_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);

  for (guint round = 0; round < 2000; round++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 1, 12);

      for (guint k = 0; k < n; k++)
        {
          /* mostly valid pieces, so that bad bytes land at every offset */
          guint i = g_rand_int_range (rand, 0, g_rand_int_range (rand, 0, 4) ? 8 : G_N_ELEMENTS (pieces));
          g_string_append (text, pieces[i]);
        }
      assert_checked_like_glib (analyzer, text, "en");
    }
}

static void
test_pathological (void)
{
  g_autoptr(DossierAnalyzer) analyzer = dossier_analyzer_new (NULL);
  static const char * const units[] = { "a", "7", "万", "5月", "1,", "-", "de 3 ", "十", "一", "twenty ", "1 000 ", "12/" };
  gint64 start = g_get_monotonic_time ();

  for (gsize u = 0; u < G_N_ELEMENTS (units); u++)
    {
      gsize size = strchr ("7", units[u][0]) && units[u][1] == '\0' ? 1024 * 1024 : 100 * 1024;
      GString *text = g_string_sized_new (size + 8);
      g_autoptr(GPtrArray) spans = NULL;

      while (text->len < size)
        g_string_append (text, units[u]);
      spans = dossier_analyzer_analyze (analyzer, text->str, NULL, "2025-05-14");
      g_assert_nonnull (spans);
      assert_sorted_disjoint (spans);
      g_string_free (text, TRUE);
    }
  /* linear time: a few MB of hostile text in well under the suite's limit */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 20 * G_USEC_PER_SEC);
}

static void
test_seed_articles (void)
{
  const char *shared;
  g_autofree char *zh_path = NULL, *fr_path = NULL;
  g_autofree char *zh = NULL, *fr = NULL;
  g_autoptr(DossierAnalyzer) analyzer = dossier_analyzer_new (NULL);
  g_autoptr(GPtrArray) zh_spans = NULL, fr_spans = NULL;
  const DossierSpan *s;

  if (!(shared = dossier_test_shared_dir ()))
    return;
  zh_path = g_build_filename (shared, "seeds", "000_c85749e8ee7b4a5c.txt", NULL);
  fr_path = g_build_filename (shared, "seeds", "004_275b791ead191f93.txt", NULL);
  g_assert_true (g_file_get_contents (zh_path, &zh, NULL, NULL));
  g_assert_true (g_file_get_contents (fr_path, &fr, NULL, NULL));

  zh_spans = dossier_analyzer_analyze (analyzer, zh, "zh", "2025-05-13");
  assert_sorted_disjoint (zh_spans);
  s = expect_span (zh_spans, "数十万颗");
  g_assert_cmpint (s->kind, ==, DOSSIER_SPAN_QUANTITY);
  g_assert_cmpfloat (s->value_min, ==, 100000);
  g_assert_cmpfloat (s->value_max, ==, 1000000);
  g_assert_cmpstr (s->item, ==, "chip");
  s = expect_span (zh_spans, "20万颗");
  g_assert_cmpfloat (s->value, ==, 200000);
  s = expect_span (zh_spans, "66亿美元");
  g_assert_cmpint (s->kind, ==, DOSSIER_SPAN_MONEY);
  g_assert_cmpfloat (s->value, ==, 6.6e9);
  g_assert_cmpstr (s->unit, ==, "USD");
  s = expect_span (zh_spans, "5月13日");
  g_assert_cmpstr (s->iso, ==, "2025-05-13");
  s = expect_span (zh_spans, "上周日");
  g_assert_cmpstr (s->iso, ==, "2025-05-11");
  s = expect_span (zh_spans, "本周");
  /* G42 is a name, never a number */
  g_assert_null (dossier_test_find_span (zh_spans, "42"));

  fr_spans = dossier_analyzer_analyze (analyzer, fr, "fr", "2025-05-13");
  assert_sorted_disjoint (fr_spans);
  s = expect_span (fr_spans, "centaines de milliers de puces");
  g_assert_cmpstr (s->item, ==, "chip");
  s = expect_span (fr_spans, "9 milliards de dollars");
  g_assert_cmpfloat (s->value, ==, 9e9);
}

/* The entry point for text known to be valid (the command's lines) gives
 * what the checking one gives, errors included. */
static void
test_valid_entry (void)
{
  static const char * const pieces[] = {
    "Nvidia", " ", "sold", "5", "000", ",", ".", "chips", "on", "May", "13", "2025", "last", "week",
    "$", "1.5", "billion", "in", "a", "year", "ago", "le", "13", "mai", "à", "l'année", "dernière",
    "2025年", "5月", "13日", "出售", "数十万颗", "芯片", "上周日", "%", "\n", "é", "😀", "-", "/",
  };
  static const char * const langs[] = { NULL, "en", "fr", "zh", "" };
  static const char * const refs[] = { NULL, "2025-05-14", "2025-13-40" };
  g_autoptr(DossierAnalyzer) analyzer = dossier_analyzer_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (31);
  guint with_spans = 0;

  for (guint round = 0; round < 600; round++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GError) error_full = NULL;
      g_autoptr(GError) error_valid = NULL;
      g_autoptr(GPtrArray) full = NULL;
      g_autoptr(GPtrArray) valid = NULL;
      const char *lang = langs[g_rand_int_range (rand, 0, G_N_ELEMENTS (langs))];
      const char *ref = refs[g_rand_int_range (rand, 0, G_N_ELEMENTS (refs))];
      guint n = g_rand_int_range (rand, 0, 60);

      for (guint k = 0; k < n; k++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      full = dossier_analyzer_analyze_full (analyzer, text->str, text->len, lang, ref, &error_full);
      valid = _dossier_analyzer_analyze_valid (analyzer, text->str, text->len, lang, ref, &error_valid);
      if (full == NULL)
        {
          g_assert_null (valid);
          g_assert_nonnull (error_full);
          g_assert_error (error_valid, error_full->domain, error_full->code);
          g_assert_cmpstr (error_valid->message, ==, error_full->message);
          continue;
        }
      g_assert_no_error (error_valid);
      g_assert_nonnull (valid);
      g_assert_cmpuint (valid->len, ==, full->len);
      with_spans += full->len > 0;
      for (guint i = 0; i < full->len; i++)
        {
          const DossierSpan *a = g_ptr_array_index (full, i), *b = g_ptr_array_index (valid, i);

          g_assert_cmpuint (a->start, ==, b->start);
          g_assert_cmpuint (a->end, ==, b->end);
          g_assert_cmpint (a->kind, ==, b->kind);
          g_assert_cmpstr (a->text, ==, b->text);
          g_assert_cmpstr (a->iso, ==, b->iso);
        }
    }
  g_assert_cmpuint (with_spans, >, 100);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/analyzer/overlaps", test_overlaps);
  g_test_add_func ("/analyzer/resolve", test_resolve);
  g_test_add_func ("/analyzer/resolve-reference", test_resolve_reference);
  g_test_add_func ("/analyzer/resolve-runs", test_resolve_runs);
  g_test_add_func ("/analyzer/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/analyzer/utf8-offsets", test_utf8_offsets);
  g_test_add_func ("/analyzer/utf8-against-glib", test_utf8_against_glib);
  g_test_add_func ("/analyzer/valid-entry", test_valid_entry);
  g_test_add_func ("/analyzer/pathological", test_pathological);
  g_test_add_func ("/analyzer/seed-articles", test_seed_articles);
  return g_test_run ();
}
