/* test-numbers.c — numbers in digits, Chinese numerals and French/English words
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-numbers.h"

#include <math.h>
#include <string.h>

typedef struct
{
  const char *lang;
  const char *text;
  double      min;
  double      max;   /* == min for exact values */
} NumberCase;

static const NumberCase valid[] = {
  /* Arabic digits with local separators */
  { "en", "18,000", 18000, 18000 },
  { "en", "1,234,567.5", 1234567.5, 1234567.5 },
  { "fr", "500 000", 500000, 500000 },
  { "fr", "500\xc2\xa0" "000", 500000, 500000 },          /* no-break space */
  { "fr", "500\xe2\x80\xaf" "000", 500000, 500000 },      /* narrow no-break space */
  { "fr", "1,5", 1.5, 1.5 },
  { "fr", "1.458.000,00", 1458000, 1458000 },
  { "en", "1.8M", 1.8e6, 1.8e6 },
  { "en", "3.2k", 3200, 3200 },
  { "en", "-22.2", -22.2, -22.2 },
  /* Chinese numerals and scale words */
  { "zh", "一百零一万", 1010000, 1010000 },
  { "zh", "一百零一万一千", 1011000, 1011000 },
  { "zh", "1.8万", 18000, 18000 },
  { "zh", "4.78万亿", 4.78e12, 4.78e12 },
  { "zh", "66亿", 6.6e9, 6.6e9 },
  { "zh", "五亿零六", 500000006, 500000006 },
  { "zh", "九万四", 94000, 94000 },
  { "zh", "四万万", 4e8, 4e8 },
  { "zh", "十万柒仟捌佰伍拾肆", 107854, 107854 },
  { "zh", "负四十五亿零四百零四万", -4504040000, -4504040000 },
  { "zh", "5万4千6百", 54600, 54600 },
  { "zh", "两千万点五五四四", 20000000.5544, 20000000.5544 },
  { "zh", "三千 八百 九十六 万 四千 九百 六十五", 38964965, 38964965 },
  /* approximate amounts */
  { "zh", "数十万", 1e5, 1e6 },
  { "zh", "数万", 1e4, 1e5 },
  { "zh", "上百万", 1e6, 1e7 },
  { "zh", "二十几万", 200000, 290000 },
  { "zh", "十多万", 100000, 200000 },
  { "zh", "五百余万", 5e6, 6e6 },
  { "zh", "二三十", 20, 30 },
  { "en", "hundreds of thousands", 1e5, 1e6 },
  { "fr", "centaines de milliers", 1e5, 1e6 },
  { "fr", "dizaines de milliers", 1e4, 1e5 },
  /* French and English words */
  { "fr", "deux cent deux mille", 202000, 202000 },
  { "fr", "quatre-vingt-dix-sept", 97, 97 },
  { "fr", "soixante et onze", 71, 71 },
  { "fr", "vingt et un", 21, 21 },
  { "fr", "trois milliards", 3e9, 3e9 },
  { "fr", "1,5 million", 1.5e6, 1.5e6 },
  { "fr", "un million et demi", 1.5e6, 1.5e6 },
  { "fr", "2 millions", 2e6, 2e6 },
  { "en", "two hundred and two thousand", 202000, 202000 },
  { "en", "twenty-one trillion", 2.1e13, 2.1e13 },
  { "en", "4 thousand 3 hundred and 21", 4321, 4321 },
  { "en", "a hundred thousand", 1e5, 1e5 },
  { "en", "three dozens", 36, 36 },
  { "en", "quarter million", 250000, 250000 },
  { "en", "6.6 billion", 6.6e9, 6.6e9 },
  { "en", "two hundred point seventy-one", 200.71, 200.71 },
  /* a plural scale word after a count is a scale word, as in French;
   * alone it stays a range */
  { "en", "40 millions", 4e7, 4e7 },
  { "en", "three millions", 3e6, 3e6 },
  { "en", "millions", 1e6, 1e7 },
  { "en", "tens of millions", 1e7, 1e8 },
  { "en", "10 milliards", 1e10, 1e10 },
  /* "billion" is 10^12 in French, 10^9 in English and in Chinese text */
  { "fr", "2 billions", 2e12, 2e12 },
  { "zh", "5 billion", 5e9, 5e9 },
  { "zh", "2.5 billions", 2.5e9, 2.5e9 },
  { "und", "6.6 billion", 6.6e9, 6.6e9 },
};

/* Fractions: a count and a denominator, mixed numbers, fractions of a
 * scale word, Chinese 分之. */
static const NumberCase fractions[] = {
  { "en", "two thirds", 2.0 / 3, 2.0 / 3 },
  { "en", "two-thirds", 2.0 / 3, 2.0 / 3 },
  { "en", "one fifth", 0.2, 0.2 },
  { "en", "seven tenths", 0.7, 0.7 },
  { "en", "three hundredths", 0.03, 0.03 },
  { "en", "a thousand millionths", 1e-3, 1e-3 },
  { "en", "forty-two sevenths", 6, 6 },
  { "en", "one hundred forty sixths", 100.0 / 46, 100.0 / 46 },   /* "forty sixth" is one ordinal */
  { "en", "four hundred and seventy-five thousandths", 400.075, 400.075 },
  { "en", "nine and three quarters", 9.75, 9.75 },
  { "en", "twelve and a half", 12.5, 12.5 },
  { "en", "three quarters billion", 7.5e8, 7.5e8 },
  { "en", "two and a half million", 2.5e6, 2.5e6 },
  { "en", "five billion and three quarters", 5.75e9, 5.75e9 },
  { "en", "seven million and two fifths", 7.4e6, 7.4e6 },
  { "en", "four billion and a half million", 4000500000, 4000500000 },
  { "en", "8 million and a half", 8.5e6, 8.5e6 },
  { "fr", "deux tiers", 2.0 / 3, 2.0 / 3 },
  { "fr", "un tiers", 1.0 / 3, 1.0 / 3 },
  { "fr", "trois quarts", 0.75, 0.75 },
  { "fr", "sept centièmes", 0.07, 0.07 },
  { "fr", "un cinquième", 0.2, 0.2 },
  { "fr", "quatre millions et trois quarts", 4.75e6, 4.75e6 },
  { "fr", "cinq milliards et deux tiers", 5e9 + 2e9 / 3, 5e9 + 2e9 / 3 },
  { "fr", "deux milliards et demi million", 2000500000, 2000500000 },
  { "fr", "trois millions et demi", 3.5e6, 3.5e6 },
  { "zh", "三分之一", 1.0 / 3, 1.0 / 3 },
  { "zh", "四分之三", 0.75, 0.75 },
  { "zh", "一千分之七", 0.007, 0.007 },
  { "zh", "二又三分之二", 2 + 2.0 / 3, 2 + 2.0 / 3 },
  { "zh", "5分之2", 0.4, 0.4 },
  { "en", "¾", 0.75, 0.75 },
  { "en", "3½", 3.5, 3.5 },
  { "zh", "三百万又二十万分之五十", 3e6 + 50 / 2e5, 3e6 + 50 / 2e5 },
  /* digits with a scale word take a fraction of it after "and" */
  { "en", "3 million and three quarters", 3.75e6, 3.75e6 },
  { "en", "5 billion and one third", 5e9 + 1e9 / 3, 5e9 + 1e9 / 3 },
};

/* Ordinals and time words that must not be read as fractions: the whole
 * text is then not one number. */
static const struct { const char *lang; const char *text; } not_fractions[] = {
  { "en", "twenty fifth" },       /* an ordinal, the 25th */
  { "en", "thirty-first" },
  { "en", "three quarters" },     /* nine months, not 0.75, without "of" or a scale */
  { "en", "one second" },
  { "en", "two third" },          /* no agreement */
  { "fr", "une troisième" },      /* a third one */
  { "fr", "une cinquième" },
  { "zh", "三分钟" },
  { "zh", "十分之" },
};

static const struct { const char *lang; const char *text; } invalid[] = {
  { "zh", "万" },          /* a scale word alone */
  { "zh", "千万" },        /* "by all means" */
  { "en", "dozens" },
  { "en", "the" },
  { "en", "G42" },         /* parses, but not as the whole text */
  { "fr", "" },
};

static void
test_valid (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      const NumberCase *c = &valid[i];
      DossierNumber n;

      g_test_message ("%s: %s", c->lang, c->text);
      g_assert_true (dossier_number_parse_string (c->text, c->lang, &n));
      g_assert_cmpfloat_with_epsilon (n.min, c->min, fabs (c->min) * 1e-12 + 1e-9);
      g_assert_cmpfloat_with_epsilon (n.max, c->max, fabs (c->max) * 1e-12 + 1e-9);
      g_assert_cmpint (!!(n.flags & DOSSIER_NUMBER_APPROX), ==, c->min != c->max);
    }
}

static void
test_invalid (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      DossierNumber n;

      g_test_message ("%s: %s", invalid[i].lang, invalid[i].text);
      g_assert_false (dossier_number_parse_string (invalid[i].text, invalid[i].lang, &n));
    }
}

static void
test_fractions (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (fractions); i++)
    {
      const NumberCase *c = &fractions[i];
      DossierNumber n;

      g_test_message ("%s: %s", c->lang, c->text);
      g_assert_true (dossier_number_parse_string (c->text, c->lang, &n));
      g_assert_cmpfloat_with_epsilon (n.value, c->min, fabs (c->min) * 1e-12 + 1e-12);
      g_assert_false (n.flags & DOSSIER_NUMBER_APPROX);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (not_fractions); i++)
    {
      DossierNumber n;

      g_test_message ("%s: %s", not_fractions[i].lang, not_fractions[i].text);
      g_assert_false (dossier_number_parse_string (not_fractions[i].text, not_fractions[i].lang, &n));
    }
}

static void
test_glued_codes (void)
{
  DossierTokens tokens;
  const DossierLexicon *lexicon = dossier_lexicon_get ("en");
  const char *text = "G42 and B200";
  DossierNumber n;

  dossier_tokens_init (&tokens, text, strlen (text), dossier_lexicon_token_lookup, lexicon);
  g_assert_true (dossier_number_parse (&tokens, lexicon, 1, "en", &n));
  g_assert_true (n.flags & DOSSIER_NUMBER_GLUED);
  dossier_tokens_clear (&tokens);
}

static void
test_many_digits (void)
{
  /* a megabyte of digits is one number, read in linear time */
  gsize len = 1024 * 1024;
  g_autofree char *text = g_malloc (len + 1);
  DossierNumber n;

  memset (text, '7', len);
  text[len] = '\0';
  g_assert_true (dossier_number_parse_string (text, "en", &n));
  g_assert_true (n.value > 1e300 || isinf (n.value));
}

/* Chinese digits and units, and the bit tests that stand for them. */
static void
test_cjk_numerals (void)
{
  static const struct { const char *chars; int digit; double unit; } numerals[] = {
    { "零〇", 0, 0 }, { "一壹幺", 1, 0 }, { "二贰貳两兩", 2, 0 }, { "三叁參", 3, 0 }, { "四肆", 4, 0 },
    { "五伍", 5, 0 }, { "六陸陆", 6, 0 }, { "七柒", 7, 0 }, { "八捌", 8, 0 }, { "九玖", 9, 0 },
    { "十拾", -1, 10 }, { "百佰", -1, 100 }, { "千仟", -1, 1000 }, { "万萬", -1, 1e4 }, { "亿億", -1, 1e8 },
    { "兆", -1, 1e12 }, { "年月日人的个a9０", -1, 0 },
  };
  guint n_numerals = 0;

  for (gsize k = 0; k < G_N_ELEMENTS (numerals); k++)
    for (const char *p = numerals[k].chars; *p; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        g_assert_cmpint (dossier_cjk_digit (c), ==, numerals[k].digit);
        g_assert_cmpfloat (dossier_cjk_unit (c), ==, numerals[k].unit);
      }
  for (gunichar c = 0; c < 0x30000; c++)
    {
      gboolean digit = dossier_cjk_digit (c) >= 0, unit = dossier_cjk_unit (c) > 0;

      g_assert_cmpint (dossier_cjk_is_digit (c), ==, digit);
      g_assert_cmpint (dossier_cjk_is_numeral (c), ==, digit || unit);
      n_numerals += digit || unit;
    }
  g_assert_cmpuint (n_numerals, ==, 37);
}

/* The table of words that start a number says what
 * dossier_number_can_start() says of them. */
static void
test_word_starts (void)
{
  const char *langs[] = { "en", "fr", NULL };
  const char *text = "a an one twenty million milliards half quarter moins minus thousands dozen "
                     "the of de chips puces may percent un une quatre hundred cent dollars zero";

  for (gsize l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      const DossierLexicon *lexicon = dossier_lexicon_get (langs[l]);
      DossierTokens tokens;
      const guint8 *starts;
      guint n_ids, n_start = 0;

      starts = _dossier_number_word_starts (lexicon, &n_ids);
      dossier_tokens_init (&tokens, text, strlen (text), dossier_lexicon_token_lookup, lexicon);
      for (guint i = 0; i < tokens.n; i++)
        if (tokens.tok[i].type == DOSSIER_TOKEN_WORD)
          {
            gboolean can = dossier_number_can_start (&tokens, lexicon, i);

            g_assert_cmpuint (tokens.tok[i].kw, <, n_ids);
            g_assert_cmpint (starts[tokens.tok[i].kw], ==, can);
            n_start += can;
          }
      g_assert_cmpuint (n_start, >, 5);
      dossier_tokens_clear (&tokens);
    }
}

/* Word ids are looked up once per lexicon: they must be what a lookup of
 * the word gives, and every word a reader compares by name must be known
 * to the lexicon that merges both languages (but the holiday words that
 * are compared as text). */
static void
test_lexicon_words (void)
{
  const char *langs[] = { "en", "fr", NULL };
  const DossierLexicon *merged = dossier_lexicon_get (NULL);

  for (gsize l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      const DossierLexicon *lexicon = dossier_lexicon_get (langs[l]);

      for (guint w = 0; w < DOSSIER_N_WORDS; w++)
        {
          const char *name = dossier_word_name (w);

          g_assert_cmpuint (dossier_lexicon_word (lexicon, w), ==,
                            dossier_lexicon_lookup (lexicon, name, strlen (name)));
        }
    }
  for (guint w = 0; w < DOSSIER_N_WORDS; w++)
    {
      const char *name = dossier_word_name (w);
      gboolean text_only = strcmp (name, "s") == 0 || strcmp (name, "patrick") == 0 || strcmp (name, "terre") == 0;

      g_test_message ("%s", name);
      g_assert_cmpint (dossier_lexicon_word (merged, w) == 0, ==, text_only);
    }
  /* a word is its entry: "may" is a month in English only */
  {
    const DossierLexicon *en = dossier_lexicon_get ("en");

    g_assert_cmpuint (dossier_lexicon_entry (en, dossier_lexicon_word (en, DOSSIER_WORD_MAY))->month, ==, 5);
  }
  g_assert_cmpuint (dossier_lexicon_word (dossier_lexicon_get ("fr"), DOSSIER_WORD_MAY), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/numbers/valid", test_valid);
  g_test_add_func ("/numbers/invalid", test_invalid);
  g_test_add_func ("/numbers/fractions", test_fractions);
  g_test_add_func ("/numbers/glued-codes", test_glued_codes);
  g_test_add_func ("/numbers/many-digits", test_many_digits);
  g_test_add_func ("/numbers/lexicon-words", test_lexicon_words);
  g_test_add_func ("/numbers/cjk-numerals", test_cjk_numerals);
  g_test_add_func ("/numbers/word-starts", test_word_starts);
  return g_test_run ();
}
