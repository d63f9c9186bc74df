/* test-figures.c — money, percentages, quantities and numbers per language
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-figures.h"

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
  { "fr", "un investissement de 6,6 milliards de dollars", MONEY, "6,6 milliards de dollars", 6.6e9, 6.6e9, NULL, NULL },
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
  { "en", "a fund of two and a half billion dollars", MONEY, "two and a half billion dollars", 2.5e9, 2.5e9, NULL, NULL },
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
test_cases (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const FigureCase *c = &cases[i];
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

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/figures/cases", test_cases);
  g_test_add_func ("/figures/negatives", test_negatives);
  return g_test_run ();
}
