/* test-importer-fast-paths.c — the importer's fast paths give the same
 * answers as the general code they stand in for
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-charset.h"
#include "dossier-html-metadata.h"
#include "dossier-html-private.h"
#include "dossier-importer.h"
#include "dossier-language.h"
#include "dossier-nfc.h"
#include "dossier-test-utils.h"
#include "dossier-text-cleaner.h"
#include "dossier-text-fold.h"
#include "dossier-text-markers.h"

#include <string.h>

/* Random text from @pieces: @n pieces, each drawn uniformly. */
static char *
random_text (GRand              *rand,
             const char * const *pieces,
             guint               n_pieces,
             guint               n)
{
  GString *text = g_string_new (NULL);

  for (guint k = 0; k < n; k++)
    g_string_append (text, pieces[g_rand_int_range (rand, 0, n_pieces)]);
  return g_string_free (text, FALSE);
}

static char *
unichar_to_string (gunichar c)
{
  char buffer[8] = { 0 };

  g_unichar_to_utf8 (c, buffer);
  return g_strdup (buffer);
}

/* Pieces of news text with the characters the fast paths treat apart:
 * ASCII and non-ASCII spaces, invisible characters, upper-case letters of
 * several scripts, combining marks, compatibility characters, CJK and
 * fullwidth forms, digits of other scripts. */
static const char * const text_pieces[] = {
  "The ", "export ", "rules", ", ", ". ", "; ", "Chips", "ÉTATS", "État ", "straße", "STRASSE", "İstanbul",
  "ΣΟΦΙΑ", "σοφία", "Москва", "вчера", "Вчера", "芯片", "出口管制", "。", "，", "、", "「", "」", "（", "）", "(",
  ")", "12", "2025", "２０２５", "٢٠٢٥", "年", "月", "日", "Ａ", "ａ", "Ｚ", "\xE2\x84\xAA", "\xC5\xBF", "\xC2\xB5",
  "e\xCC\x81", "\xCC\x81", "\xE1\x84\x80\xE1\x85\xA1", "\xEA\xB0\x80\xE1\x86\xA8", "\xEF\xA4\x80",
  "\xE2\x84\xA6", "\xE2\x80\x80", "\xE3\x81\x8B\xE3\x82\x99", "\xE3\x82\xAB", " ", "  ", "\t", "\n", "\r\n",
  "\x0B", "\x0C", "\xC2\xA0", "\xE2\x80\x83", "\xE3\x80\x80", "\xE2\x80\x8B", "\xEF\xBB\xBF", "\xC2\xAD",
  "\xE2\x80\xA8", "…", "»", "›", ":", "：", "》", "→", "-", "|", "\xF0\x9F\x98\x80", "\xF0\xA0\x80\x80",
};

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

/* ---- Case folding ---- */

static void
test_casefold_identity_table (void)
{
  guint n = 0;

  for (gunichar c = 1; c < 0x110000; c++)
    {
      g_autofree char *one = NULL;
      g_autofree char *folded = NULL;

      if (!_dossier_text_casefold_is_identity (c))
        continue;
      g_assert_true (g_unichar_validate (c));
      one = unichar_to_string (c);
      folded = g_utf8_casefold (one, -1);
      if (strcmp (one, folded) != 0)
        g_test_message ("U+%04X folds to %s", c, folded);
      g_assert_cmpstr (one, ==, folded);
      n++;
    }
  g_test_message ("%u characters fold to themselves", n);
}

static void
test_casefold_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);

  for (guint round = 0; round < 5000; round++)
    {
      g_autofree char *text = random_text (rand, text_pieces, G_N_ELEMENTS (text_pieces), g_rand_int_range (rand, 0, 12));
      g_autofree char *fast = dossier_text_casefold (text);
      g_autofree char *slow = g_utf8_casefold (text, -1);

      g_assert_cmpstr (fast, ==, slow);
    }
}

/* ---- NFC ---- */

static void
test_nfc_stable_table (void)
{
  g_autofree guint8 *second = g_new0 (guint8, 0x110000);
  guint n = 0;

  /* Characters that end a canonical pair can combine with what precedes
   * them; none may be called stable. */
  for (gunichar c = 1; c < 0x110000; c++)
    {
      gunichar a, b;

      if (g_unichar_decompose (c, &a, &b) && b != 0)
        second[b] = 1;
    }
  for (gunichar c = 1; c < 0x110000; c++)
    {
      g_autofree char *one = NULL;
      g_autofree char *composed = NULL;

      if (!dossier_nfc_char_is_stable (c))
        continue;
      one = unichar_to_string (c);
      composed = g_utf8_normalize (one, -1, G_NORMALIZE_NFC);
      if (g_unichar_combining_class (c) != 0 || second[c] != 0 || strcmp (composed, one) != 0)
        g_test_message ("U+%04X is not stable", c);
      g_assert_cmpint (g_unichar_combining_class (c), ==, 0);
      g_assert_cmpint (second[c], ==, 0);
      g_assert_cmpstr (composed, ==, one);
      n++;
    }
  g_test_message ("%u stable characters", n);
}

static void
test_nfc_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (12);

  for (guint round = 0; round < 5000; round++)
    {
      g_autofree char *text = random_text (rand, text_pieces, G_N_ELEMENTS (text_pieces), g_rand_int_range (rand, 1, 12));
      g_autoptr(GString) fast = g_string_new (NULL);
      g_autofree char *slow = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);

      dossier_nfc_append (fast, text, -1);
      g_assert_cmpstr (fast->str, ==, slow);
    }
}

/* dossier_nfc() answers as g_utf8_normalize() does, damaged text
 * included. */
static void
test_nfc_whole_text (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (17);

  for (guint round = 0; round < 5000; round++)
    {
      g_autofree char *text = random_text (rand, text_pieces, G_N_ELEMENTS (text_pieces), g_rand_int_range (rand, 1, 12));
      g_autofree char *fast = NULL;
      g_autofree char *slow = NULL;
      gsize length = strlen (text);

      if (round % 4 == 0)
        text[g_rand_int_range (rand, 0, length)] = (char) g_rand_int_range (rand, 1, 256);
      fast = dossier_nfc (text, -1);
      slow = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
      g_assert_cmpstr (fast, ==, slow);
    }
}

/* NUL bytes that iconv passes through become U+FFFD, each counted. */
static void
test_charset_nul_bytes (void)
{
  static const guint8 gb18030[] = { 0xD0, 0xBE, 0x00, 0xC6, 0xAC, 0x00, 0x00, 'x' };   /* 芯 NUL 片 NUL NUL x */
  guint replaced = 0;
  g_autofree char *text = dossier_charset_convert (gb18030, sizeof gb18030, "GB18030", &replaced);

  g_assert_cmpstr (text, ==, "芯\xEF\xBF\xBD片\xEF\xBF\xBD\xEF\xBF\xBDx");
  g_assert_cmpuint (replaced, ==, 3);
}

/* ---- Paragraph white space ---- */

/* The straightforward version: one character at a time. */
static char *
reference_paragraph (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0xA0 || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR)
        {
          space = out->len > 0;
          continue;
        }
      if (c == 0x200B || c == 0xFEFF || c == 0xAD)
        continue;
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
test_paragraph_spaces_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (13);

  for (guint round = 0; round < 5000; round++)
    {
      g_autofree char *text = random_text (rand, text_pieces, G_N_ELEMENTS (text_pieces), g_rand_int_range (rand, 0, 12));
      g_autofree char *expected = reference_paragraph (text);
      g_autoptr(DossierExtracted) extracted = _dossier_extracted_new ();

      _dossier_extracted_add_paragraph (extracted, text, -1);
      if (*expected == '\0')
        g_assert_cmpuint (extracted->paragraphs->len, ==, 0);
      else
        {
          g_assert_cmpuint (extracted->paragraphs->len, ==, 1);
          g_assert_cmpstr (g_ptr_array_index (extracted->paragraphs, 0), ==, expected);
        }
    }
}

/* ---- Marker lines ---- */

/* The straightforward version of dossier_text_markers_normalise(). */
static char *
reference_normalise (const char *line)
{
  g_autofree char *folded = g_utf8_casefold (line, -1);
  GString *out = g_string_new (NULL);
  gsize len;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '(' || c == 0xFF08)
        {
          const char *q = g_utf8_next_char (p);
          gboolean digits = TRUE;

          while (*q != '\0' && *q != ')' && strncmp (q, "）", 3) != 0)
            {
              if (!g_ascii_isdigit (*q) && *q != ' ')
                digits = FALSE;
              q = g_utf8_next_char (q);
            }
          if (digits && *q != '\0')
            {
              p = *q == ')' ? q : q + 2;
              continue;
            }
        }
      g_string_append_unichar (out, c == 0xA0 ? ' ' : c);
    }
  len = out->len;
  while (len > 0 && strchr (" :>»›-|.…\t", out->str[len - 1]) != NULL)
    len--;
  g_string_truncate (out, len);
  while (g_str_has_suffix (out->str, "：") || g_str_has_suffix (out->str, "》") || g_str_has_suffix (out->str, "→"))
    g_string_truncate (out, out->len - 3);
  return g_strstrip (g_string_free (out, FALSE));
}

/* Lines made of marker words, dates, counts and prose, so that the marker
 * questions have both answers. */
static const char * const line_pieces[] = {
  "Related", "related articles", "Read more", "Lire aussi", " : ", "：", " - ", "延伸阅读", "相关新闻", "责任编辑：",
  "Comments", " (12)", "（3）", "(0 )", "Share", "Tweet", "Advertisement", "广告", "0", "1.2k", " ", "By ", "Par ",
  "作者：", "记者 ", "来源：", "Source: ", "新华网", "AFP", "2025-05-13", " 10:20", "10:20:01", "2025年5月13日",
  "5月13日", "3 hours ago", "il y a 2 heures", "vor 3 Stunden", "hace 2 horas", "há 2 horas", "2 часа назад",
  "昨天 10:20", "Yesterday", "HIER", "вчера", "Вчера", "２０２５", "May 13, 2025", "13 mai 2025", "le 1er juillet 2024",
  "Published ", "更新", " am", "。", ".", "Chip makers brace for new export rules", "美国商务部周二宣布新的芯片出口管制措施",
  "Semiconductor companies are preparing for another round of controls on shipments to China, officials said",
  "\xE2\x84\xAA", "\xC2\xA0", "\t", "Click here for more information", "点击查看", "...", "»", "→",
};

static void
test_markers_shortcuts (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (14);
  guint positives[7] = { 0 };

  g_assert_cmpuint (_dossier_text_markers_longest (), <, 128);
  for (guint round = 0; round < 20000; round++)
    {
      /* Long lines too: the shortcuts are for them. */
      g_autofree char *line = random_text (rand, line_pieces, G_N_ELEMENTS (line_pieces),
                                           round % 10 == 0 ? g_rand_int_range (rand, 20, 60) : g_rand_int_range (rand, 1, 6));
      g_autofree char *normalised = dossier_text_markers_normalise (line);
      g_autofree char *expected_normalised = reference_normalise (line);
      gboolean fast[5], slow[5];
      g_autofree char *fast_date = NULL;
      g_autofree char *slow_date = NULL;

      g_assert_cmpstr (normalised, ==, expected_normalised);
      _dossier_text_markers_set_shortcuts (TRUE);
      fast[0] = dossier_text_markers_is_end (line);
      fast[1] = dossier_text_markers_is_inline_ad (line);
      fast[2] = dossier_text_markers_is_timestamp (line);
      fast[3] = dossier_text_markers_is_furniture (line);
      fast[4] = dossier_text_markers_is_byline (line);
      fast_date = dossier_text_find_date (line);
      _dossier_text_markers_set_shortcuts (FALSE);
      slow[0] = dossier_text_markers_is_end (line);
      slow[1] = dossier_text_markers_is_inline_ad (line);
      slow[2] = dossier_text_markers_is_timestamp (line);
      slow[3] = dossier_text_markers_is_furniture (line);
      slow[4] = dossier_text_markers_is_byline (line);
      slow_date = dossier_text_find_date (line);
      _dossier_text_markers_set_shortcuts (TRUE);
      for (guint q = 0; q < G_N_ELEMENTS (fast); q++)
        {
          if (fast[q] != slow[q])
            g_test_message ("question %u on \"%s\": %d with shortcuts, %d without", q, line, fast[q], slow[q]);
          g_assert_cmpint (fast[q], ==, slow[q]);
          positives[q] += fast[q];
        }
      g_assert_cmpstr (fast_date, ==, slow_date);
      positives[5] += fast_date != NULL;
      positives[6] += strlen (line) > 400;
    }
  g_test_message ("end %u, inline ad %u, timestamp %u, furniture %u, byline %u, date %u, long lines %u",
                  positives[0], positives[1], positives[2], positives[3], positives[4], positives[5], positives[6]);
  /* The generated lines exercise every answer. */
  for (guint q = 0; q < G_N_ELEMENTS (positives); q++)
    g_assert_cmpuint (positives[q], >, 50);
}

/* The seed articles, line by line, also get the same answers. */
static void
test_markers_shortcuts_seeds (void)
{
  const char *shared = dossier_test_shared_dir ();
  g_autofree char *seeds = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (shared == NULL)
    return;
  seeds = g_build_filename (shared, "seeds", NULL);
  dir = g_dir_open (seeds, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (seeds, name, NULL);
      g_autofree char *contents = NULL;
      g_auto(GStrv) lines = NULL;

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      lines = g_strsplit (contents, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          gboolean fast, slow;
          g_autofree char *fast_date = NULL;
          g_autofree char *slow_date = NULL;

          _dossier_text_markers_set_shortcuts (TRUE);
          fast = dossier_text_markers_is_timestamp (lines[i]) * 1 + dossier_text_markers_is_inline_ad (lines[i]) * 2 +
                 dossier_text_markers_is_byline (lines[i]) * 4 + dossier_text_markers_is_end (lines[i]) * 8;
          fast_date = dossier_text_find_date (lines[i]);
          _dossier_text_markers_set_shortcuts (FALSE);
          slow = dossier_text_markers_is_timestamp (lines[i]) * 1 + dossier_text_markers_is_inline_ad (lines[i]) * 2 +
                 dossier_text_markers_is_byline (lines[i]) * 4 + dossier_text_markers_is_end (lines[i]) * 8;
          slow_date = dossier_text_find_date (lines[i]);
          _dossier_text_markers_set_shortcuts (TRUE);
          g_assert_cmpint (fast, ==, slow);
          g_assert_cmpstr (fast_date, ==, slow_date);
        }
    }
}

/* ---- UTF-8 validation ---- */

static gsize
reference_valid_length (const guint8 *data,
                        gsize         length)
{
  const char *end;

  g_utf8_validate ((const char *) data, length, &end);
  return end - (const char *) data;
}

static void
test_utf8_valid_length_table (void)
{
  static const struct { const char *bytes; gsize length; } cases[] = {
    { "plain ASCII text, longer than one word", 38 },
    { "nul\0inside", 11 },
    { "\xC3\xA9t\xC3\xA9", 5 },
    { "\xC0\xAF", 2 },                       /* overlong / */
    { "\xE0\x80\xAF", 3 },                   /* overlong */
    { "\xED\xA0\x80", 3 },                   /* surrogate */
    { "\xEF\xBF\xBE\xEF\xB7\x90", 6 },       /* noncharacters */
    { "\xF4\x8F\xBF\xBF", 4 },               /* U+10FFFF */
    { "\xF4\x90\x80\x80", 4 },               /* above U+10FFFF */
    { "\xF8\x88\x80\x80\x80", 5 },           /* five bytes */
    { "abcdefg\xE8\x8A", 9 },                 /* cut at the end */
    { "abcdefgh\x80" "abcdefgh", 17 },
    { "\xE8\x8A\xAF\xE7\x89\x87 chips", 12 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpuint (dossier_charset_utf8_valid_length ((const guint8 *) cases[i].bytes, cases[i].length), ==,
                      reference_valid_length ((const guint8 *) cases[i].bytes, cases[i].length));
}

/* Valid text with random damage: bytes replaced, cut or inserted. */
static void
test_utf8_valid_length_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (15);

  for (guint round = 0; round < 20000; round++)
    {
      g_autofree char *text = random_text (rand, text_pieces, G_N_ELEMENTS (text_pieces), g_rand_int_range (rand, 0, 16));
      gsize length = strlen (text);
      guint damage = g_rand_int_range (rand, 0, 3);

      for (guint d = 0; d < damage && length > 0; d++)
        text[g_rand_int_range (rand, 0, length)] = (char) g_rand_int_range (rand, 0, 256);
      if (length > 0 && g_rand_boolean (rand))
        length = g_rand_int_range (rand, 0, length + 1);
      g_assert_cmpuint (dossier_charset_utf8_valid_length ((const guint8 *) text, length), ==,
                        reference_valid_length ((const guint8 *) text, length));
    }
}

/* ---- Language ---- */

static void
test_language_shortcuts (void)
{
  static const char * const words[] = {
    "the ", "of ", "and ", "said ", "le ", "la ", "des ", "est ", "der ", "und ", "ist ", "el ", "los ", "que ",
    "não ", "são ", "Nvidia ", "chips ", "contrôles ", "exportações ", "Größe ", "año ", "芯片", "出口", "管制",
    "です", "칩", "رقائق ", "чипы ", "2025 ", ", ", ". ", "L'", "d’", "\n", "\xC2\xA0", "ÉTAT ", "THE ", "Straße ",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (16);
  GHashTable *seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint round = 0; round < 5000; round++)
    {
      g_autofree char *text = random_text (rand, words, G_N_ELEMENTS (words), g_rand_int_range (rand, 1, 30));
      const char *fast, *slow;

      _dossier_language_set_shortcuts (TRUE);
      fast = dossier_language_detect_paragraph (text, -1);
      _dossier_language_set_shortcuts (FALSE);
      slow = dossier_language_detect_paragraph (text, -1);
      _dossier_language_set_shortcuts (TRUE);
      g_assert_cmpstr (fast, ==, slow);
      g_hash_table_add (seen, (gpointer) fast);
    }
  /* The mixes were varied enough to give many answers. */
  g_assert_cmpuint (g_hash_table_size (seen), >=, 8);
  g_hash_table_unref (seen);
}

/* ---- Text of a node ---- */

static void
test_node_text_prefix (void)
{
  static const char html[] =
    "<html><body><div id='a'>  First <b>bold</b>\xC2\xA0words<br>after\tthe break<script>no()</script>"
    "<p>第一段。</p><style>p{}</style>  <span>\xE2\x80\x83last   words </span></div></body></html>";
  htmlDocPtr doc = htmlReadMemory (html, sizeof html - 1, NULL, "UTF-8", HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                   HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  xmlNode *div = xmlDocGetRootElement (doc)->children->children;
  g_autofree char *full = dossier_html_node_text (div);

  g_assert_cmpstr (full, ==, "First bold words after the break第一段。 last words");
  for (gsize limit = 0; limit <= 60; limit++)
    {
      g_autofree char *prefix = dossier_html_node_text_prefix (div, limit);
      g_autofree char *expected = g_utf8_substring (full, 0, MIN ((glong) limit, g_utf8_strlen (full, -1)));
      g_autofree char *cut = g_utf8_substring (prefix, 0, MIN ((glong) limit, g_utf8_strlen (prefix, -1)));

      g_assert_cmpstr (cut, ==, expected);
    }
  xmlFreeDoc (doc);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer-fast-paths/class-patterns/parse", test_class_patterns_parse);
  g_test_add_func ("/importer-fast-paths/class-patterns/table", test_class_patterns_table);
  g_test_add_func ("/importer-fast-paths/class-patterns/random", test_class_patterns_random);
  g_test_add_func ("/importer-fast-paths/casefold/identity-table", test_casefold_identity_table);
  g_test_add_func ("/importer-fast-paths/casefold/random", test_casefold_random);
  g_test_add_func ("/importer-fast-paths/nfc/stable-table", test_nfc_stable_table);
  g_test_add_func ("/importer-fast-paths/nfc/random", test_nfc_random);
  g_test_add_func ("/importer-fast-paths/nfc/whole-text", test_nfc_whole_text);
  g_test_add_func ("/importer-fast-paths/charset/nul-bytes", test_charset_nul_bytes);
  g_test_add_func ("/importer-fast-paths/paragraph-spaces/random", test_paragraph_spaces_random);
  g_test_add_func ("/importer-fast-paths/markers/shortcuts", test_markers_shortcuts);
  g_test_add_func ("/importer-fast-paths/markers/shortcuts-seeds", test_markers_shortcuts_seeds);
  g_test_add_func ("/importer-fast-paths/utf8/table", test_utf8_valid_length_table);
  g_test_add_func ("/importer-fast-paths/utf8/random", test_utf8_valid_length_random);
  g_test_add_func ("/importer-fast-paths/language/shortcuts", test_language_shortcuts);
  g_test_add_func ("/importer-fast-paths/node-text/prefix", test_node_text_prefix);
  return g_test_run ();
}
