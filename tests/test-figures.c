/* test-figures.c — money, percentages, quantities and numbers per language
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-figures.h"
#include "dossier-figures-private.h"

#include <math.h>
#include <string.h>

typedef struct
{
  const char      *lang;
  const char      *text;
  DossierSpanKind  kind;
  const char      *span;     /* expected covered text */
  double           min;
  double           max;      /* == min when exact */
  const char      *unit;     /* ISO currency or unit name, or NULL */
  const char      *item;
} FigureCase;

#define MONEY DOSSIER_SPAN_MONEY
#define PCT DOSSIER_SPAN_PERCENT
#define QTY DOSSIER_SPAN_QUANTITY
#define NUM DOSSIER_SPAN_NUMBER

static const FigureCase cases[] = {
  /* Chinese */
  { "zh", "向该初创公司注资66亿美元的投资者", MONEY, "66亿美元", 6.6e9, 6.6e9, "USD", NULL },
  { "zh", "拟出售数十万颗美国设计的人工智能芯片", QTY, "数十万颗", 1e5, 1e6, NULL, "chip" },
  { "zh", "采购约20万颗AI芯片", QTY, "20万颗", 2e5, 2e5, NULL, "chip" },
  { "zh", "装机容量5吉瓦的数据中心", QTY, "5吉瓦", 5, 5, "gigawatt", NULL },
  { "zh", "带动全省养殖小龙虾387万亩。", QTY, "387万亩", 3870000, 3870000, "mu", NULL },
  { "zh", "营收增长百分之二十", PCT, "百分之二十", 20, 20, NULL, NULL },
  { "zh", "下降了三成", PCT, "三成", 30, 30, NULL, NULL },
  { "zh", "涨了十成", PCT, "十成", 100, 100, NULL, NULL },
  { "zh", "这个手机壳花费我三块。", MONEY, "三块", 3, 3, "CNY", NULL },
  { "zh", "50元6角三分", MONEY, "50元6角三分", 50.63, 50.63, "CNY", NULL },
  { "zh", "增长了12个百分点", PCT, "12个百分点", 12, 12, NULL, NULL },
  { "zh", "跌幅为负3.9%", PCT, "负3.9%", -3.9, -3.9, NULL, NULL },
  { "zh", "奖池金额攀升至36.57亿元。", MONEY, "36.57亿元", 3.657e9, 3.657e9, "CNY", NULL },
  { "zh", "超11万人爆仓", QTY, "11万人", 110000, 110000, NULL, "person" },
  { "zh", "总数四千五百万", NUM, "四千五百万", 4.5e7, 4.5e7, NULL, NULL },
  { "zh", "价格是￥300", MONEY, "￥300", 300, 300, "CNY", NULL },
  /* French */
  { "fr", "la vente de 500 000 puces à G42", QTY, "500 000 puces", 500000, 500000, NULL, "chip" },
  { "fr", "un investissement de 6,6 milliards de dollars", MONEY, "6,6 milliards de dollars", 6.6e9, 6.6e9, "USD", NULL },
  { "fr", "des centaines de milliers de puces", QTY, "centaines de milliers de puces", 1e5, 1e6, NULL, "chip" },
  { "fr", "une hausse de 20 pour cent", PCT, "20 pour cent", 20, 20, NULL, NULL },
  { "fr", "un écran de 3 pouces", QTY, "3 pouces", 3, 3, "inch", NULL },
  { "fr", "à 10,05 milliards de $ hk.", MONEY, "10,05 milliards de $ hk", 1.005e10, 1.005e10, "HKD", NULL },
  { "fr", "Je veux un crédit de 1000 EUR sur 3 ans", MONEY, "1000 EUR", 1000, 1000, "EUR", NULL },
  { "fr", "un fonds de 100 millions de dirhams", MONEY, "100 millions de dirhams", 1e8, 1e8, "AED", NULL },
  /* English */
  { "en", "an investment of USD 6.6 billion", MONEY, "USD 6.6 billion", 6.6e9, 6.6e9, "USD", NULL },
  { "en", "it paid US$2 billion", MONEY, "US$2 billion", 2e9, 2e9, "USD", NULL },
  { "en", "worth 323 million euros", MONEY, "323 million euros", 3.23e8, 3.23e8, "EUR", NULL },
  { "en", "a fine of £ 60,000 .", MONEY, "£ 60,000", 60000, 60000, "GBP", NULL },
  { "en", "sales of 18,000 chips", QTY, "18,000 chips", 18000, 18000, NULL, "chip" },
  { "en", "hundreds of thousands of chips", QTY, "hundreds of thousands of chips", 1e5, 1e6, NULL, "chip" },
  { "en", "rose 15 percent", PCT, "15 percent", 15, 15, NULL, NULL },
  { "en", "a 5 GW campus", QTY, "5 GW", 5, 5, "gigawatt", NULL },
  { "en", "about 190,000 square meters of property", QTY, "190,000 square meters", 190000, 190000, "metre", NULL },
  { "en", "two million people", QTY, "two million people", 2e6, 2e6, NULL, "person" },
  { "en", "the 2.5 million figure", NUM, "2.5 million", 2.5e6, 2.5e6, NULL, NULL },
  { "en", "an 8 % stake", PCT, "8 %", 8, 8, NULL, NULL },
  /* minor units in words, currency codes in millions, fractions in words */
  { "fr", "il a payé sept euros et trente-deux cents", MONEY, "sept euros et trente-deux cents", 7.32, 7.32, "EUR", NULL },
  { "en", "a budget of MEUR 45 was approved", MONEY, "MEUR 45", 4.5e7, 4.5e7, "EUR", NULL },
  { "en", "revenue of 120 MUSD last year", MONEY, "120 MUSD", 1.2e8, 1.2e8, "USD", NULL },
  { "en", "net debt of 40 EUR million at year end", MONEY, "40 EUR million", 4e7, 4e7, "EUR", NULL },
  { "en", "a fund of two and a half billion dollars", MONEY, "two and a half billion dollars", 2.5e9, 2.5e9, "USD", NULL },
  { "en", "two thirds of the licences", NUM, "two thirds", 2.0 / 3, 2.0 / 3, NULL, NULL },
  { "zh", "约三分之一的芯片", NUM, "三分之一", 1.0 / 3, 1.0 / 3, NULL, NULL },
  /* compound lengths and weights, rates, vulgar fractions */
  { "en", "the guard is 5 ft 11 in tall", QTY, "5 ft 11 in", 5 + 11.0 / 12, 5 + 11.0 / 12, "foot", NULL },
  { "en", "a rack 6 feet and 1 inch high", QTY, "6 feet and 1 inch", 6 + 1.0 / 12, 6 + 1.0 / 12, "foot", NULL },
  { "en", "the parcel weighs 7 lb 3 oz", QTY, "7 lb 3 oz", 7.1875, 7.1875, "pound", NULL },
  { "en", "trucks limited to 60 km/h", QTY, "60 km/h", 60, 60, "kilometre per hour", NULL },
  { "en", "air moving at 30 metres per second", QTY, "30 metres per second", 30, 30, "metre per second", NULL },
  { "fr", "un train lancé à 320 km à l'heure", QTY, "320 km à l'heure", 320, 320, "kilometre per hour", NULL },
  { "en", "a walk of ¾ mile", QTY, "¾ mile", 0.75, 0.75, "mile", NULL },
  { "en", "about 2½ miles away", QTY, "2½ miles", 2.5, 2.5, "mile", NULL },
  /* "au moins" is at least; "moins" alone is a sign */
  { "fr", "au moins quinze salariés ont été licenciés", QTY, "quinze salariés", 15, 15, NULL, "employee" },
  { "fr", "il fait moins 5 degrés dehors", QTY, "moins 5 degrés", -5, -5, "degree", NULL },
};

/* Which dollar: a dollar with no country named is the US dollar (Dossier
 * follows US policy); named ones keep their own code. */
static const FigureCase dollars[] = {
  /* Chinese */
  { "zh", "英伟达与该公司签下价值50亿美元的订单", MONEY, "50亿美元", 5e9, 5e9, "USD", NULL },
  { "zh", "港府拨款40亿港元支持芯片研发", MONEY, "40亿港元", 4e9, 4e9, "HKD", NULL },
  { "zh", "淡马锡以3亿新加坡元入股", MONEY, "3亿新加坡元", 3e8, 3e8, "SGD", NULL },
  { "zh", "该基金规模为2亿加拿大元", MONEY, "2亿加拿大元", 2e8, 2e8, "CAD", NULL },
  { "zh", "补贴8000万加币", MONEY, "8000万加币", 8e7, 8e7, "CAD", NULL },
  { "zh", "约1亿澳大利亚元的合同", MONEY, "1亿澳大利亚元", 1e8, 1e8, "AUD", NULL },
  { "zh", "台积电季度营收达6000亿新台币", MONEY, "6000亿新台币", 6e11, 6e11, "TWD", NULL },
  { "zh", "融资5000万新西兰元", MONEY, "5000万新西兰元", 5e7, 5e7, "NZD", NULL },
  /* English amounts in Chinese text read "billion" the English way */
  { "zh", "报道称交易额为 5 billion dollars。", MONEY, "5 billion dollars", 5e9, 5e9, "USD", NULL },
  /* French */
  { "fr", "Humain a conclu un accord évalué à 10 milliards de dollars.", MONEY, "10 milliards de dollars", 1e10, 1e10, "USD", NULL },
  { "fr", "un contrat de 40 millions de dollars américains", MONEY, "40 millions de dollars américains", 4e7, 4e7, "USD", NULL },
  { "fr", "une aide de 4 millions de dollars US", MONEY, "4 millions de dollars US", 4e6, 4e6, "USD", NULL },
  { "fr", "3 millions de dollars des États-Unis", MONEY, "3 millions de dollars des États-Unis", 3e6, 3e6, "USD", NULL },
  { "fr", "une levée de 3 milliards d'euros", MONEY, "3 milliards d'euros", 3e9, 3e9, "EUR", NULL },
  { "fr", "une levée de 2 milliards d’euros", MONEY, "2 milliards d’euros", 2e9, 2e9, "EUR", NULL },
  { "fr", "un prêt de 500 millions de yuans", MONEY, "500 millions de yuans", 5e8, 5e8, "CNY", NULL },
  { "fr", "un fonds de 10 millions de dirhams", MONEY, "10 millions de dirhams", 1e7, 1e7, "AED", NULL },
  { "fr", "un chantier de 1 milliard de riyals", MONEY, "1 milliard de riyals", 1e9, 1e9, "SAR", NULL },
  { "fr", "7 millions de dollars canadiens", MONEY, "7 millions de dollars canadiens", 7e6, 7e6, "CAD", NULL },
  { "fr", "l'action vaut 1 dollar canadien", MONEY, "1 dollar canadien", 1, 1, "CAD", NULL },
  { "fr", "1 milliard de dollars australiens", MONEY, "1 milliard de dollars australiens", 1e9, 1e9, "AUD", NULL },
  { "fr", "8 millions de dollars de Hong Kong", MONEY, "8 millions de dollars de Hong Kong", 8e6, 8e6, "HKD", NULL },
  { "fr", "9 millions de dollars de Singapour", MONEY, "9 millions de dollars de Singapour", 9e6, 9e6, "SGD", NULL },
  { "fr", "20 millions de dollars néo-zélandais", MONEY, "20 millions de dollars néo-zélandais", 2e7, 2e7, "NZD", NULL },
  { "fr", "5 milliards de dollars taïwanais", MONEY, "5 milliards de dollars taïwanais", 5e9, 5e9, "TWD", NULL },
  { "fr", "2 millions de dollars zimbabwéens", MONEY, "2 millions de dollars zimbabwéens", 2e6, 2e6, "ZWL", NULL },
  /* "du Canada" says where the money comes from, not which dollar */
  { "fr", "des ventes de 2 milliards de dollars du Canada", MONEY, "2 milliards de dollars", 2e9, 2e9, "USD", NULL },
  { "fr", "50 cents canadiens", MONEY, "50 cents canadiens", 0.5, 0.5, "CAD", NULL },
  /* English */
  { "en", "It paid 10 billion dollars for the chips.", MONEY, "10 billion dollars", 1e10, 1e10, "USD", NULL },
  { "en", "a billion dollar investment", MONEY, "a billion dollar", 1e9, 1e9, "USD", NULL },
  { "en", "fees of 12 Hong Kong dollars", MONEY, "12 Hong Kong dollars", 12, 12, "HKD", NULL },
  { "en", "a grant of 13 million Canadian dollars", MONEY, "13 million Canadian dollars", 1.3e7, 1.3e7, "CAD", NULL },
  { "en", "14 billion Singapore dollars", MONEY, "14 billion Singapore dollars", 1.4e10, 1.4e10, "SGD", NULL },
  { "en", "revenue of 15 billion New Taiwan dollars", MONEY, "15 billion New Taiwan dollars", 1.5e10, 1.5e10, "TWD", NULL },
  { "en", "5 million NZ dollars", MONEY, "5 million NZ dollars", 5e6, 5e6, "NZD", NULL },
  { "en", "18 Australian dollars", MONEY, "18 Australian dollars", 18, 18, "AUD", NULL },
  { "en", "16 US dollars", MONEY, "16 US dollars", 16, 16, "USD", NULL },
  { "en", "2 billion U.S. dollars", MONEY, "2 billion U.S. dollars", 2e9, 2e9, "USD", NULL },
  { "en", "50 Jamaican dollars", MONEY, "50 Jamaican dollars", 50, 50, "JMD", NULL },
  { "en", "a stamp of 50 US cents", MONEY, "50 US cents", 0.5, 0.5, "USD", NULL },
  { "en", "a stamp of 50 cents", MONEY, "50 cents", 50, 50, NULL, NULL },
  /* French amounts quoted in English notes */
  { "en", "The fund holds 40 millions de dollars américains.", MONEY, "40 millions de dollars américains", 4e7, 4e7, "USD", NULL },
  { "en", "Humain signed for 10 milliards de dollars.", MONEY, "10 milliards de dollars", 1e10, 1e10, "USD", NULL },
  { "en", "and 2 milliards d’euros", MONEY, "2 milliards d’euros", 2e9, 2e9, "EUR", NULL },
};

/* "X and Y" after a currency and a scale word: two amounts when Y has its
 * own scale word or currency, one number otherwise. */
typedef struct
{
  const char      *lang;
  const char      *text;
  struct
  {
    const char      *span;
    DossierSpanKind  kind;
    double           value;
    const char      *unit;
  } spans[3];
} SplitCase;

static const SplitCase splits[] = {
  { "en", "It paid $5 billion and 3 million euros.",
    { { "$5 billion", MONEY, 5e9, "USD" }, { "3 million euros", MONEY, 3e6, "EUR" } } },
  { "en", "It paid $5 billion and $3 million.",
    { { "$5 billion", MONEY, 5e9, "USD" }, { "$3 million", MONEY, 3e6, "USD" } } },
  { "en", "It paid $5 billion and 30 euros.",
    { { "$5 billion", MONEY, 5e9, "USD" }, { "30 euros", MONEY, 30, "EUR" } } },
  { "en", "It raised €2 billion and 400 million in loans.",
    { { "€2 billion", MONEY, 2e9, "EUR" }, { "400 million", NUM, 4e8, NULL } } },
  { "en", "It paid $5 billion and 3 million users joined.",
    { { "$5 billion", MONEY, 5e9, "USD" }, { "3 million", NUM, 3e6, NULL } } },
  { "fr", "Il a levé USD 2 milliards et 40 millions d'euros.",
    { { "USD 2 milliards", MONEY, 2e9, "USD" }, { "40 millions d'euros", MONEY, 4e7, "EUR" } } },
  { "en", "It paid $5 billion and 3 firms bid.", { { "$5 billion", MONEY, 5e9, "USD" } } },
  /* one amount */
  { "en", "It paid $5 billion and three quarters.", { { "$5 billion and three quarters", MONEY, 5.75e9, "USD" } } },
  { "en", "It paid $3 million and a half.", { { "$3 million and a half", MONEY, 3.5e6, "USD" } } },
  { "en", "It paid two hundred and five dollars.", { { "two hundred and five dollars", MONEY, 205, "USD" } } },
  { "en", "It paid five billion and three quarters dollars.",
    { { "five billion and three quarters dollars", MONEY, 5.75e9, "USD" } } },
  { "en", "It paid $200 and 5 cents.", { { "$200", MONEY, 200, "USD" }, { "5 cents", MONEY, 5, NULL } } },
  { "fr", "Il a payé un milliard et demi de dollars.", { { "un milliard et demi de dollars", MONEY, 1.5e9, "USD" } } },
};

/* Texts with nothing of the given kind. */
static const struct { const char *lang; const char *text; } negatives[] = {
  { "zh", "G42董事长" },
  { "zh", "五角大楼宣布了作战计划" },
  { "zh", "千万不要这样做" },
  { "en", "All seventeen tests were succesful." },
  { "en", "He has lost his pen 7 times since Monday." },
  { "en", "The A320 and the B200 landed." },
  { "fr", "M. Kersaudy veut porter plainte." },
  { "fr", "Une troisième source le confirme." },
  { "en", "Each of the three quarters was weak." },
};

static void
check_cases (const FigureCase *table, gsize n)
{
  for (gsize i = 0; i < n; i++)
    {
      const FigureCase *c = &table[i];
      g_autoptr(GPtrArray) spans = dossier_figures_find (c->text, c->lang);
      const DossierSpan *found = NULL;

      g_test_message ("%s: %s", c->lang, c->text);
      for (guint k = 0; k < spans->len; k++)
        {
          const DossierSpan *s = g_ptr_array_index (spans, k);
          if (g_strcmp0 (s->text, c->span) == 0)
            found = s;
        }
      g_assert_nonnull (found);
      g_assert_cmpstr (dossier_span_kind_to_string (found->kind), ==, dossier_span_kind_to_string (c->kind));
      if (c->min == c->max)
        {
          g_assert_true (found->flags & DOSSIER_SPAN_HAS_VALUE);
          g_assert_cmpfloat_with_epsilon (found->value, c->min, fabs (c->min) * 1e-12 + 1e-9);
        }
      else
        {
          g_assert_true (found->flags & DOSSIER_SPAN_HAS_RANGE);
          g_assert_cmpfloat_with_epsilon (found->value_min, c->min, fabs (c->min) * 1e-12);
          g_assert_cmpfloat_with_epsilon (found->value_max, c->max, fabs (c->max) * 1e-12);
        }
      g_assert_cmpstr (found->unit, ==, c->unit);
      g_assert_cmpstr (found->item, ==, c->item);
      /* offsets are code points */
      {
        glong start = g_utf8_pointer_to_offset (c->text, strstr (c->text, c->span));
        g_assert_cmpuint (found->start, ==, (guint) start);
        g_assert_cmpuint (found->end, ==, (guint) (start + g_utf8_strlen (c->span, -1)));
      }
    }
}

static void
test_cases (void)
{
  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_dollars (void)
{
  check_cases (dollars, G_N_ELEMENTS (dollars));
}

static void
test_splits (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (splits); i++)
    {
      const SplitCase *c = &splits[i];
      g_autoptr(GPtrArray) spans = dossier_figures_find (c->text, c->lang);
      guint expected = 0;

      g_test_message ("%s: %s", c->lang, c->text);
      for (guint k = 0; k < spans->len; k++)
        g_test_message ("  found: %s", ((DossierSpan *) g_ptr_array_index (spans, k))->text);
      while (expected < G_N_ELEMENTS (c->spans) && c->spans[expected].span != NULL)
        expected++;
      g_assert_cmpuint (spans->len, ==, expected);
      for (guint k = 0; k < expected; k++)
        {
          const DossierSpan *s = g_ptr_array_index (spans, k);

          g_assert_cmpstr (s->text, ==, c->spans[k].span);
          g_assert_cmpstr (dossier_span_kind_to_string (s->kind), ==, dossier_span_kind_to_string (c->spans[k].kind));
          g_assert_true (s->flags & DOSSIER_SPAN_HAS_VALUE);
          g_assert_cmpfloat_with_epsilon (s->value, c->spans[k].value, fabs (c->spans[k].value) * 1e-12);
          g_assert_cmpstr (s->unit, ==, c->spans[k].unit);
        }
    }
}

static void
test_negatives (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (negatives); i++)
    {
      g_autoptr(GPtrArray) spans = dossier_figures_find (negatives[i].text, negatives[i].lang);

      g_test_message ("%s: %s", negatives[i].lang, negatives[i].text);
      for (guint k = 0; k < spans->len; k++)
        g_test_message ("  unexpected: %s", ((DossierSpan *) g_ptr_array_index (spans, k))->text);
      g_assert_cmpuint (spans->len, ==, 0);
    }
}

/* The bits that pass Chinese characters over say yes exactly where a
 * number can start, and at 对 and 半. */
static void
test_cjk_may_start (void)
{
  const DossierLexicon *lexicon = dossier_lexicon_get ("zh");
  guint yes = 0;

  for (gunichar c = 0x2F00; c < 0xA100; c++)
    {
      char text[8] = { 0 };
      DossierTokens tokens;
      gboolean expected;

      g_unichar_to_utf8 (c, text);
      dossier_tokens_init (&tokens, text, strlen (text), dossier_lexicon_token_lookup, lexicon);
      expected = tokens.n == 1 && tokens.tok[0].type == DOSSIER_TOKEN_CJK &&
                 (dossier_number_can_start (&tokens, lexicon, 0) || c == 0x5BF9 || c == 0x534A);
      if (tokens.tok[0].type == DOSSIER_TOKEN_CJK)
        g_assert_cmpint (_dossier_figures_cjk_may_start (c), ==, expected);
      yes += expected;
      dossier_tokens_clear (&tokens);
    }
  g_assert_cmpuint (yes, >, 40);
  g_assert_false (_dossier_figures_cjk_may_start (0x20000));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/figures/cases", test_cases);
  g_test_add_func ("/figures/dollars", test_dollars);
  g_test_add_func ("/figures/splits", test_splits);
  g_test_add_func ("/figures/negatives", test_negatives);
  g_test_add_func ("/figures/cjk-may-start", test_cjk_may_start);
  return g_test_run ();
}
