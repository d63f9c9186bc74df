/* test-importer-fast-paths.c — the importer's fast paths give the same
 * answers as the general code they stand in for
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-html-private.h"

#include <string.h>

/* ---- Class/id word patterns: direct matching against GRegex ---- */

static void
test_class_patterns_parse (void)
{
  /* Every pattern is plain words, so ASCII attributes never need PCRE. */
  g_assert_true (_dossier_html_class_patterns_are_words ());
}

static void
test_class_patterns_table (void)
{
  static const struct
  {
    DossierHtmlClassPattern pattern;
    const char             *class_and_id;
    gboolean                matches;
  } cases[] = {
    { DOSSIER_HTML_CLASS_UNLIKELY, "ad", TRUE },
    { DOSSIER_HTML_CLASS_UNLIKELY, "head", FALSE },
    { DOSSIER_HTML_CLASS_UNLIKELY, "top-ad-slot", TRUE },
    { DOSSIER_HTML_CLASS_UNLIKELY, "ad_slot", FALSE },           /* _ is a word character */
    { DOSSIER_HTML_CLASS_UNLIKELY, "page-row ", FALSE },
    { DOSSIER_HTML_CLASS_UNLIKELY, "pager", TRUE },
    { DOSSIER_HTML_CLASS_UNLIKELY, "pagers", FALSE },
    { DOSSIER_HTML_CLASS_UNLIKELY, "mostread", TRUE },
    { DOSSIER_HTML_CLASS_UNLIKELY, "most-read", TRUE },
    { DOSSIER_HTML_CLASS_UNLIKELY, "most--read", FALSE },
    { DOSSIER_HTML_CLASS_UNLIKELY, "tag", TRUE },
    { DOSSIER_HTML_CLASS_UNLIKELY, "tags", TRUE },
    { DOSSIER_HTML_CLASS_UNLIKELY, "tagsx", FALSE },
    { DOSSIER_HTML_CLASS_UNLIKELY, "xtag", FALSE },
    { DOSSIER_HTML_CLASS_UNLIKELY, "SIDEBAR", TRUE },
    { DOSSIER_HTML_CLASS_UNLIKELY, "story-body main", FALSE },
    { DOSSIER_HTML_CLASS_UNLIKELY, "\xC3\xA9" "ad", FALSE },       /* é is a letter for PCRE's \b */
    { DOSSIER_HTML_CLASS_UNLIKELY, "\xE6\x96\x87 ad", TRUE },
    { DOSSIER_HTML_CLASS_UNLIKELY, "", FALSE },
    { DOSSIER_HTML_CLASS_MAYBE, "brand", TRUE },
    { DOSSIER_HTML_CLASS_MAYBE, "sidebar", FALSE },
    { DOSSIER_HTML_CLASS_NEGATIVE, "com-list", TRUE },
    { DOSSIER_HTML_CLASS_NEGATIVE, "recom-list", FALSE },
    { DOSSIER_HTML_CLASS_NEGATIVE, "\xE2\x84\xAA" "icker-footer", TRUE },   /* KELVIN SIGN: through GRegex */
    { DOSSIER_HTML_CLASS_POSITIVE, "h-entry", TRUE },
    { DOSSIER_HTML_CLASS_POSITIVE, "zhengwen", TRUE },
    { DOSSIER_HTML_CLASS_POSITIVE, "nav", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%u \"%s\"", cases[i].pattern, cases[i].class_and_id);
      g_assert_cmpint (_dossier_html_class_matches (cases[i].pattern, cases[i].class_and_id), ==, cases[i].matches);
      g_assert_cmpint (_dossier_html_class_matches_regex (cases[i].pattern, cases[i].class_and_id), ==,
                       cases[i].matches);
    }
}

/* Random attributes built from the patterns' own words, pieces of them,
 * separators, digits and a few non-ASCII letters: both paths agree. */
static void
test_class_patterns_random (void)
{
  static const char * const pieces[] = {
    "ad", "ads", "advert", "ad-break", "banner", "comment", "extra", "header", "menu", "rss", "pager",
    "share", "sharing", "most", "read", "-", "_", " ", "--", "more", "stories", "tag", "tags", "nav",
    "hot", "rank", "print", "login", "modal", "and", "article", "body", "main", "text", "hid", "hidden",
    "com-", "foot", "media", "meta", "tool", "widget", "h-entry", "page", "detail", "zhengwen", "x", "s",
    "1", "2024", "A", "B", "Row", "\xC3\xA9", "\xE6\x96\x87", "\xE2\x84\xAA", "\xC5\xBF", "post", "entry",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);
  guint checked = 0;

  for (guint round = 0; round < 20000; round++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 1, 7);

      for (guint k = 0; k < n; k++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      for (guint p = 0; p < DOSSIER_HTML_N_CLASS_PATTERNS; p++)
        {
          gboolean fast = _dossier_html_class_matches (p, text->str);
          gboolean slow = _dossier_html_class_matches_regex (p, text->str);

          if (fast != slow)
            g_test_message ("pattern %u, \"%s\": direct %d, GRegex %d", p, text->str, fast, slow);
          g_assert_cmpint (fast, ==, slow);
          checked++;
        }
    }
  g_test_message ("%u attribute/pattern pairs agree", checked);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer-fast-paths/class-patterns/parse", test_class_patterns_parse);
  g_test_add_func ("/importer-fast-paths/class-patterns/table", test_class_patterns_table);
  g_test_add_func ("/importer-fast-paths/class-patterns/random", test_class_patterns_random);
  return g_test_run ();
}
