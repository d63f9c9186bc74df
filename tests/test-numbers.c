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

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/numbers/valid", test_valid);
  g_test_add_func ("/numbers/invalid", test_invalid);
  g_test_add_func ("/numbers/glued-codes", test_glued_codes);
  g_test_add_func ("/numbers/many-digits", test_many_digits);
  return g_test_run ();
}
