/* test-dates.c — absolute, partial and relative dates with fixed reference dates
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-dates.h"
#include "dossier-dates-private.h"
#include "dossier-lexicon.h"
#include "dossier-tokens.h"

#include <string.h>

#include "dossier-test-utils.h"

static const DossierTestDateCase cases[] = {
  /* Chinese */
  { "zh", "2025-05-14", "2025年1月13日，特朗普宣布", "2025年1月13日", "2025-01-13" },
  { "zh", "2025-05-14", "5月13日消息，据知情人士透露", "5月13日", "2025-05-13" },
  { "zh", "2025-05-14", "在2024年同意出售芯片", "2024年", "2024" },
  { "zh", "2025-05-14", "上周日，他发布了一张照片", "上周日", "2025-05-11" },
  { "zh", "2025-05-14", "还计划本周宣布另一项协议", "本周", "2025-05-12/2025-05-18" },
  { "zh", "2025-05-14", "去年营收增长", "去年", "2024" },
  { "zh", "2017-03-22", "明年四月", "明年四月", "2018-04" },
  { "zh", "2017-03-22", "大前天", "大前天", "2017-03-19" },
  { "zh", "2018-08-30", "5年前，这里的情况要糟糕的多", "5年前", "2013-08-30" },
  { "zh", "2017-03-22", "两千年八月十五", "两千年八月十五", "2000-08-15" },
  { "zh", "2017-03-22", "自2018年以来", "自2018年以来", NULL },
  { "zh", "2017-03-22", "九十年代", "九十年代", NULL },
  /* what may follow a small number that starts a date */
  { "en", "2025-05-14", "Signed 13 / 05 / 2025 in Paris.", "13 / 05 / 2025", "2025-05-13" },
  { "en", "2025-05-14", "Filed 02 04 2009 by the clerk.", "02 04 2009", "2009-02-04" },
  { "fr", "2025-05-14", "Le rapport du 13.05.2025 le dit.", "13.05.2025", "2025-05-13" },
  { "en", "2025-05-14", "It rose 3 weeks ago, by 20 % and 1,5 million.", "3 weeks ago", "2025-04-23" },
  { "en", "2025-05-14", "Meet on the 22nd or 3days later.", "3days later", "2025-05-17" },
  /* dates that start with an article */
  { "en", "2025-05-14", "Prices doubled in the '70s and the 1980s.", "the '70s", NULL },
  { "en", "2025-05-14", "Prices doubled in the '70s and the 1980s.", "the 1980s", NULL },
  { "en", "2025-05-14", "We will see you the weekend and the week after next.", "the week after next", NULL },
  { "en", "2025-05-14", "Payment is due on the 22nd.", "the 22nd", "2025-05-22" },
  { "fr", "2025-05-14", "Il revient le mois prochain.", "le mois prochain", "2025-06" },
  /* French */
  { "fr", "2025-05-14", "Le 15 janvier 2025, la Maison Blanche", "15 janvier 2025", "2025-01-15" },
  { "fr", "2025-05-14", "Je vais rentrer le 1er janvier 2019.", "1er janvier 2019", "2019-01-01" },
  { "fr", "2025-05-14", "l'année dernière, les ventes", "l'année dernière", "2024" },
  { "fr", "2016-11-07", "Je reviendrai dimanche dernier", "dimanche dernier", "2016-11-06" },
  { "fr", "2016-11-07", "Je suis revenu il y a deux ans", "il y a deux ans", "2014-11-07" },
  { "fr", "2016-11-07", "Je reviendrai aujourd'hui", "aujourd'hui", "2016-11-07" },
  { "fr", "2016-11-07", "Je reviendrai 21/04/2016", "21/04/2016", "2016-04-21" },
  { "fr", "2019-07-29", "jusqu'à la semaine prochaine", "la semaine prochaine", "2019-08-05/2019-08-11" },
  /* English */
  { "en", "2025-05-14", "On May 13, 2025, the White House said", "May 13, 2025", "2025-05-13" },
  { "en", "2025-05-14", "approved last Tuesday by Commerce", "last Tuesday", "2025-05-06" },
  { "en", "2025-05-14", "announced on Tuesday", "Tuesday", "2025-05-13" },
  { "en", "2016-11-07", "I'll go back the day after tomorrow", "the day after tomorrow", "2016-11-09" },
  { "en", "2016-11-07", "I went back two years ago", "two years ago", "2014-11-07" },
  { "en", "2016-11-07", "I'll go back 2015/08/12", "2015/08/12", "2015-08-12" },
  { "en", "2016-11-07", "The range is between 2014 through 2018.", "between 2014 through 2018", NULL },
  { "en", "2016-11-07", "The union suspended strike action in 2014.", "2014", "2014" },
  { "en", "2018-07-02", "in the mid-November frost", "mid-November", NULL },
  { "en", "2016-11-07", "I'll be back Q1 2016", "Q1 2016", NULL },
  { "en", NULL, "Eli Lilly sold IVAC on Dec31 , 1994", "Dec31 , 1994", "1994-12-31" },
};

static const DossierTestNoDate negatives[] = {
  { "zh", "12号" },
  { "zh", "我的电话号码是888-000-9999。" },
  { "en", "The ssn is 123-12-1234" },
  { "en", "There are 10 stars." },
  { "en", "you may not!" },
  { "en", "deliver 2000 pieces of toys." },
  { "fr", "Je veux le numéro 17" },
  { "fr", "Il a été élu." },
  { "zh", "涉及金额1200亿美元" },
};

static void
test_cases (void)
{
  dossier_test_check_dates (cases, G_N_ELEMENTS (cases));
}

static void
test_negatives (void)
{
  dossier_test_check_no_dates (negatives, G_N_ELEMENTS (negatives), "2019-01-06");
}

static void
test_no_reference (void)
{
  /* relative dates are still found, but get no value without a reference */
  g_autoptr(GPtrArray) spans = dossier_dates_find ("上周日，他说", "zh", NULL);

  g_assert_cmpuint (spans->len, ==, 1);
  g_assert_null (((DossierSpan *) g_ptr_array_index (spans, 0))->iso);
}

static void
test_parse_iso (void)
{
  GDate d;

  g_assert_true (dossier_date_parse_iso ("2024-02-29", &d));
  g_assert_false (dossier_date_parse_iso ("2023-02-29", &d));
  g_assert_false (dossier_date_parse_iso ("2023-2-1", &d));
  g_assert_false (dossier_date_parse_iso ("yesterday", &d));
}

/* ISO values are written by hand: exactly as printf would, numbers wider
 * than their field and short buffers included. */
static void
test_format_iso (void)
{
  static const struct { int y, m, d; } values[] = {
    { 2025, 5, 13 }, { 1, 1, 1 }, { 0, 0, 0 }, { 999, 12, 31 }, { 9999, 99, 99 }, { 10000, 1, 1 },
    { 65535, 12, 31 }, { -1, 5, 5 }, { 2024, 100, 7 }, { 2024, 7, 100 }, { 2024, -3, 1 }, { G_MININT, G_MAXINT, 0 },
  };
  static const struct { DatePrecision prec; const char *format; } forms[] = {
    { DATE_PREC_YEAR, "%04d" }, { DATE_PREC_MONTH, "%04d-%02d" }, { DATE_PREC_DAY, "%04d-%02d-%02d" },
  };
  static const gsize sizes[] = { 32, 22, 21, 11, 10, 6, 1 };

  for (gsize v = 0; v < G_N_ELEMENTS (values); v++)
    for (gsize f = 0; f < G_N_ELEMENTS (forms); f++)
      for (gsize z = 0; z < G_N_ELEMENTS (sizes); z++)
        {
          char expected[32], got[32];

          memset (expected, 'x', sizeof expected);
          memset (got, 'x', sizeof got);
          /* the format is one of the three above */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
          g_snprintf (expected, sizes[z], forms[f].format, values[v].y, values[v].m, values[v].d);
#pragma GCC diagnostic pop
          _dossier_dates_format_iso (got, sizes[z], forms[f].prec, values[v].y, values[v].m, values[v].d);
          g_test_message ("%d %d %d, %s, %" G_GSIZE_FORMAT " bytes: %s", values[v].y, values[v].m, values[v].d,
                          forms[f].format, sizes[z], expected);
          g_assert_cmpmem (got, sizeof got, expected, sizeof expected);
        }
  /* two days, for weeks and ranges */
  for (gsize v = 0; v < G_N_ELEMENTS (values); v++)
    for (gsize w = 0; w < G_N_ELEMENTS (values); w++)
      for (gsize z = 0; z < G_N_ELEMENTS (sizes); z++)
        {
          char expected[32], got[32];

          memset (expected, 'x', sizeof expected);
          memset (got, 'x', sizeof got);
          g_snprintf (expected, sizes[z], "%04d-%02d-%02d/%04d-%02d-%02d", values[v].y, values[v].m, values[v].d,
                      values[w].y, values[w].m, values[w].d);
          _dossier_dates_format_iso_days (got, sizes[z], values[v].y, values[v].m, values[v].d, values[w].y,
                                          values[w].m, values[w].d);
          g_assert_cmpmem (got, sizeof got, expected, sizeof expected);
        }
}

/* The scan's first filter over words: a role, or a kind of year. */
static void
test_word_starts (void)
{
  static const char *const langs[] = { "en", "fr", NULL };
  static const struct { const char *word; gboolean starts; } words[] = {
    { "may", TRUE }, { "fiscal", TRUE }, { "yesterday", TRUE }, { "the", TRUE }, { "dollars", FALSE },
    { "or", FALSE },
  };

  for (gsize l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      const DossierLexicon *lexicon = dossier_lexicon_get (langs[l]);
      guint n_roles, n_starts;
      const guint32 *roles = _dossier_dates_word_roles (lexicon, &n_roles);
      const guint8 *starts = _dossier_dates_word_starts (lexicon, &n_starts);

      g_assert_cmpuint (n_roles, ==, n_starts);
      g_assert_false (starts[0]);
      for (guint kw = 1; kw < n_starts; kw++)
        g_assert_cmpint (starts[kw], ==,
                         roles[kw] != 0 || dossier_lexicon_entry (lexicon, (guint16) kw)->year_kind != DOSSIER_YEAR_NONE);
      if (langs[l] != NULL && strcmp (langs[l], "en") != 0)
        continue;
      for (gsize w = 0; w < G_N_ELEMENTS (words); w++)
        {
          guint16 kw = dossier_lexicon_lookup (lexicon, words[w].word, strlen (words[w].word));

          g_assert_cmpuint (kw, <, n_starts);
          g_assert_cmpint (kw != 0 && starts[kw], ==, words[w].starts);
        }
    }
}

/* Words, numbers and signs of dates and of what surrounds them, for
 * random texts. */
static const char * const soup[] = {
  "the", "The", "a", "an", "in", "In", "few", "couple", "of", "last", "next", "this", "past", "coming",
  "previous", "week", "weeks", "day", "days", "month", "months", "year", "years", "fortnight", "ago",
  "later", "earlier", "after", "before", "since", "until", "than", "more", "less", "from", "to", "and",
  "or", "through", "between", "quarter", "Q3", "fiscal", "FY", "calendar", "today", "yesterday",
  "tomorrow", "Monday", "Friday", "weekend", "May", "March", "June", "Dec", "spring", "winter",
  "Christmas", "Easter", "New", "Year's", "early", "mid", "late", "end", "beginning", "rest", "first",
  "second", "21st", "th", "st", "on", "at", "within", "during", "billion", "million", "thousand",
  "hundred", "one", "two", "three", "ten", "twenty", "thirty", "nineteen", "ninety", "six",
  "seventies", "nineties", "1970s", "90s", "s", "'", "2025", "2024", "1999", "2018", "13", "5", "31",
  "000", "90", "100", "250", "12", "1", "future", "century", "business", "le", "la", "l'", "les",
  "un", "une", "en", "dans", "depuis", "il", "y", "a", "ya", "quelques", "dernier", "dernière",
  "prochain", "prochaine", "semaine", "semaines", "jour", "jours", "mois", "an", "ans", "année",
  "années", "janvier", "mai", "mars", "sept", "lundi", "hier", "demain", "aujourd'hui", "début",
  "fin", "mi", "milliards", "millions", "de", "du", "d'", "à", "avant", "après", "plus", "tard",
  "siècle", "er", "chips", "puces", "percent", "%", "$", "dollars", "Nvidia", "said", "sources",
  "sale", "h", "-", "/", ".", ",", "(", ":", "5月", "13日", "2025年", "上周日", "去年",
  /* whole dates, so that their starts meet every kind of neighbour */
  "100 next days", "250 derniers jours", "in a week", "in two weeks", "a week ago", "in nineteen ninety",
  "en deux mille", "il y a trois ans", "in few days", "in 3 months", "13 May 2025", "the 1990s", "21 of March",
  "3 weeks ago", "12 juillet",
};

static char *
soup_text (GRand *rand)
{
  static const char * const counts[] = { "one", "two", "twenty", "thirty", "nineteen", "un", "une", "trois",
                                         "vingt" };
  static const char * const blanks[] = { " ", " ", " ", " ", "", "  ", "\n", ", ", "      " };
  GString *text = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 1, 24);

  for (guint k = 0; k < n; k++)
    {
      /* numbers and number words before any word, so that each word follows
       * one now and then */
      if (g_rand_int_range (rand, 0, 5) == 0)
        g_string_append_printf (text, "%d ", g_rand_int_range (rand, 0, 3) ? g_rand_int_range (rand, 1, 32)
                                                                            : g_rand_int_range (rand, 100, 1000));
      else if (g_rand_int_range (rand, 0, 8) == 0)
        g_string_append_printf (text, "%s ", counts[g_rand_int_range (rand, 0, G_N_ELEMENTS (counts))]);
      g_string_append (text, soup[g_rand_int_range (rand, 0, G_N_ELEMENTS (soup))]);
      g_string_append (text, blanks[g_rand_int_range (rand, 0, G_N_ELEMENTS (blanks))]);
    }
  return g_string_free (text, FALSE);
}

/* The Latin readers at every token of @text give the same answers with
 * and without the filters in front of them; counts the dates found and the
 * tokens tried. */
static void
check_filters (const char  *text,
               const char  *lang,
               const GDate *ref,
               guint       *found,
               guint       *calls)
{
  const DossierLexicon *lexicon = dossier_lexicon_get (lang);
  DateNumMemo memo = { G_MAXUINT, FALSE, 0, 0, FALSE, 0 };
  DateScan scan = { NULL, lexicon, lang, ref, FALSE, FALSE, &memo, NULL, 0 };
  DossierTokens tokens;

  dossier_tokens_init (&tokens, text, strlen (text), dossier_lexicon_token_lookup, lexicon);
  scan.tokens = &tokens;
  scan.word_roles = _dossier_dates_word_roles (lexicon, &scan.n_word_roles);
  scan.french = lang != NULL && strcmp (lang, "fr") == 0;
  scan.english = lang == NULL || strcmp (lang, "en") == 0;
  for (guint i = 0; i < tokens.n; i++)
    {
      DateHit with, without;
      gboolean found_with, found_without;

      if (tokens.tok[i].type == DOSSIER_TOKEN_CJK)
        continue;
      memset (&with, 0, sizeof with);
      memset (&without, 0, sizeof without);
      found_with = _dossier_dates_read_latin (&scan, i, &with);
      _dossier_dates_set_filters (FALSE);
      found_without = _dossier_dates_read_latin (&scan, i, &without);
      _dossier_dates_set_filters (TRUE);
      (*calls)++;
      if (found_with != found_without)
        g_error ("filters change the date at token %u of “%s” (%s): %d without, %d with", i, text,
                 lang ? lang : "any", found_without, found_with);
      if (found_with)
        {
          (*found)++;
          g_assert_cmpuint (with.first, ==, without.first);
          g_assert_cmpuint (with.last, ==, without.last);
          g_assert_cmpstr (with.iso, ==, without.iso);
        }
    }
  dossier_tokens_clear (&tokens);
}

/* The filters in front of the Latin readers only turn away tokens at
 * which no reader finds a date: at every token of random texts, and of
 * dates that start at the kinds of tokens the filters look at, the
 * readers give the same answer with and without them. */
static void
test_latin_filters (void)
{
  static const char * const langs[] = { "en", "fr", NULL };
  static const struct { const char *lang, *text; } edges[] = {
    { "en", "on twenty first May 2025" }, { "en", "on twenty one May 2025" }, { "en", "one of May 2025" },
    { "fr", "le trois de mai 2025" }, { "en", "one the May" }, { "en", "thirty first of May" },
    { "en", "twenty  first of May" }, { "en", "two weeks ago" }, { "en", "two next days" },
    { "en", "in nineteen ninety" }, { "en", "13 of May" }, { "en", "13 May" }, { "en", "4 the May" },
    { "en", "100 days ago" }, { "en", "3 next weeks" }, { "en", "in a week" }, { "en", "in 3 days" },
    { "en", "a year ago" }, { "fr", "il y a un an" }, { "fr", "dans trois jours" }, { "en", "in few days" },
    { NULL, "en deux mille" }, { "fr", "à un mois près" },
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (37);
  guint found = 0, calls = 0, edge_found = 0, edge_calls = 0;
  GDate ref;

  g_date_clear (&ref, 1);
  g_date_set_dmy (&ref, 14, 5, 2025);
  for (gsize e = 0; e < G_N_ELEMENTS (edges); e++)
    check_filters (edges[e].text, edges[e].lang, &ref, &edge_found, &edge_calls);
  g_assert_cmpuint (edge_found, >=, G_N_ELEMENTS (edges) - 3);
  for (guint round = 0; round < 6000; round++)
    {
      g_autofree char *text = soup_text (rand);

      check_filters (text, langs[round % G_N_ELEMENTS (langs)], round % 4 ? &ref : NULL, &found, &calls);
    }
  g_test_message ("%u dates at %u tokens", found, calls);
  /* the texts hold dates, and many tokens that start none */
  g_assert_cmpuint (found, >, 2000);
  g_assert_cmpuint (calls, >, 10 * found);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dates/cases", test_cases);
  g_test_add_func ("/dates/negatives", test_negatives);
  g_test_add_func ("/dates/no-reference", test_no_reference);
  g_test_add_func ("/dates/parse-iso", test_parse_iso);
  g_test_add_func ("/dates/format-iso", test_format_iso);
  g_test_add_func ("/dates/word-starts", test_word_starts);
  g_test_add_func ("/dates/latin-filters", test_latin_filters);
  return g_test_run ();
}
