/* test-dates-periods.c — parts of periods, months after prepositions and
 * other period forms, in Chinese, French and English
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-dates.h"

#include <string.h>

#include "dossier-test-utils.h"

static const DossierTestDateCase cases[] = {
  /* month names that are also words, after a word of time */
  { "en", "2025-05-14", "Exports resumed in May after the review.", "May", "2025-05" },
  { "en", "2025-05-14", "The order was signed in early March by the agency.", "early March", NULL },
  { "en", "2025-05-14", "Talks stalled until mid May, officials said.", "mid May", NULL },
  { "en", "2025-05-14", "Licences have been frozen since March.", "since March", NULL },
  { "fr", "2025-05-14", "Les livraisons reprendront en mars selon le ministère.", "mars", "2025-03" },
  { "fr", "2025-05-14", "Le texte sera publié fin mars.", "fin mars", NULL },
  /* parts of a year or a month */
  { "en", "2025-05-14", "Revenue fell in the second quarter of the year.", "the second quarter of the year", NULL },
  { "en", "2025-05-14", "The plant opens in the third quarter of next year.", "the third quarter of next year", NULL },
  { "en", "2025-05-14", "It was delivered in the fourth month of last year.", "the fourth month of last year", "2024-04" },
  { "en", "2025-05-14", "Prices rose in the last month of 2023.", "the last month of 2023", "2023-12" },
  { "en", "2025-05-14", "Shipments slowed in the first two weeks of the month.", "the first two weeks of the month", NULL },
  { "en", "2025-05-14", "Output dropped in the last five days of last year.", "the last five days of last year", NULL },
  { "en", "2025-05-14", "It happened in the first quarter of two thousand and nine.",
    "the first quarter of two thousand and nine", NULL },
  { "en", "2025-05-14", "Ships leave on the 4th day of July 2026.", "4th day of July 2026", "2026-07-04" },
  { "en", "2025-05-14", "The rule was drafted on the 3rd of June last year.", "3rd of June last year", "2024-06-03" },
  { "en", "2025-05-14", "It expires on March 9 next year.", "March 9 next year", "2026-03-09" },
  { "en", "2025-05-14", "Payment is due on the thirty-first day of this month.", "the thirty-first day of this month",
    "2025-05-31" },
  { "en", "2025-05-14", "Prices doubled over the last 2 years and 6 months.", "last 2 years and 6 months", NULL },
  /* weekdays of a month, weeks of a day */
  { "en", "2025-05-14", "Votes are held on the last Thursday of June.", "the last Thursday of June", "2025-06-26" },
  { "fr", "2025-05-14", "La réunion a eu lieu le dernier lundi de mars.", "le dernier lundi de mars", "2025-03-31" },
  { "zh", "2025-05-14", "七月的最后一个星期四召开会议", "七月的最后一个星期四", "2025-07-31" },
  { "zh", "2025-05-14", "八月的第二个周一发布", "八月的第二个周一", "2025-08-11" },
  { "en", "2025-05-14", "Shipments resume the week of June 9.", "the week of June 9", NULL },
  { "fr", "2025-05-14", "Les livraisons reprennent la semaine du 9 juin.", "la semaine du 9 juin", NULL },
  /* eras: reign years, the Republic of China, Japan */
  { "zh", "2025-05-14", "民国38年10月1日成立", "民国38年10月1日", "1949-10-01" },
  { "zh", "2025-05-14", "乾隆六十年禅位", "乾隆六十年", "1795" },
  { "zh", "2025-05-14", "光緒三十四年十月", "光緒三十四年十月", "1908-10" },
  { "zh", "2025-05-14", "日本令和5年的预算", "令和5年", "2023" },
  /* Chinese centuries, decades and fiscal years */
  { "zh", "2025-05-14", "上世纪80年代的芯片", "上世纪80年代", NULL },
  { "zh", "2025-05-14", "二十一世纪的挑战", "二十一世纪", NULL },
  { "zh", "2025-05-14", "公司2025财年营收增长", "2025财年", NULL },
  { "zh", "2025-05-14", "上一财年利润下降", "上一财年", NULL },
  /* ranges, weeks, holidays */
  { "en", "2025-05-14", "Talks run from the 2nd of March 2026 to the 5th of March 2026.",
    "from the 2nd of March 2026 to the 5th of March 2026", "2026-03-02/2026-03-05" },
  { "en", "2025-05-14", "Booths open from 6/2-6/9, 2026 in Taipei.", "from 6/2-6/9, 2026", "2026-06-02/2026-06-09" },
  { "en", "2025-05-14", "Staff are away this week from Monday to Wednesday.", "this week from Monday to Wednesday", NULL },
  { "en", "2025-05-14", "The panel meets Friday (May 16) in Geneva.", "Friday (May 16)", "2025-05-16" },
  { "en", "2025-05-14", "Call me in 4 days on Monday.", "in 4 days on Monday", "2025-05-19" },
  { "en", "2025-05-14", "That was 3 years in the past.", "3 years in the past", "2022-05-14" },
  { "en", "2025-05-14", "It ships 6 weeks in the future.", "6 weeks in the future", "2025-06-25" },
  { "en", "2025-05-14", "Licences issued between March 2024 and now were reviewed.", "between March 2024 and now", NULL },
  { "en", "2025-05-14", "Expect a reply this working week.", "this working week", NULL },
  { "en", "2025-05-14", "Offices close on Workers' Day.", "Workers' Day", "2025-05-01" },
  { "en", "2025-05-14", "Offices close on New Year's Day.", "New Year's Day", "2025-01-01" },
  { "en", "2025-05-14", "Cards sold out on Valentine's Day.", "Valentine's Day", "2025-02-14" },
  { "en", "2025-05-14", "We met last Easter in Rome.", "last Easter", "2025-04-20" },
  { "en", "2025-05-14", "The parade on Saint Patrick drew crowds.", "Saint Patrick", "2025-03-17" },
  { "en", "2025-05-14", "Next Thanksgiving falls late.", "Next Thanksgiving", "2025-11-27" },
  { "en", "2025-05-14", "Rallies on international workers day grew.", "international workers day", "2025-05-01" },
  { "en", "2025-05-14", "Shops open on Labour Day.", "Labour Day", "2025-09-01" },
  { "en", "2025-05-14", "Plans for independence day of next year.", "independence day of next year", "2026-07-04" },
  { "fr", "2025-05-14", "Le jour de la Terre tombe un mardi.", "jour de la Terre", "2025-04-22" },
  { "fr", "2025-05-14", "Les ventes de Noël 2024 ont baissé.", "Noël 2024", "2024-12-25" },
  { "en", "2025-05-14", "The hearing moved to next 3/2 at the latest.", "next 3/2", "2026-03-02" },
  { "en", "2025-05-14", "Filed on tuesday, jan twenty one, 2025.", "tuesday, jan twenty one, 2025", "2025-01-21" },
  /* decades, named years, year to date, the current day or year */
  { "en", "2025-05-14", "Chip exports boomed in the nineties.", "the nineties", NULL },
  { "en", "2025-05-14", "Rules written in the nineteen eighties still apply.", "the nineteen eighties", NULL },
  { "en", "2025-05-14", "Demand will peak in the twenty-thirties.", "the twenty-thirties", NULL },
  { "en", "2025-05-14", "Orders grew in fiscal year 2024.", "fiscal year 2024", NULL },
  { "en", "2025-05-14", "Guidance for FY26 was cut.", "FY26", NULL },
  { "en", "2025-05-14", "Results for the 2023 fiscal year were restated.", "2023 fiscal year", NULL },
  { "en", "2025-05-14", "Sales so far this calendar year are flat.", "this calendar year", "2025" },
  { "en", "2025-05-14", "The CY2024 budget was approved.", "CY2024", "2024" },
  { "en", "2025-05-14", "Shares are up 12% year to date.", "year to date", NULL },
  { "en", "2025-05-14", "It is the largest order to date.", "to date", NULL },
  { "en", "2025-05-14", "He was unavailable for the day.", "the day", "2025-05-14" },
  { "en", "2025-05-14", "Shipments should pick up later in the year.", "later in the year", NULL },
  { "fr", "2025-05-14", "Le bénéfice de l'exercice 2024 a doublé.", "exercice 2024", NULL },
  { "fr", "2025-05-14", "Les ventes de l'année civile 2023 ont baissé.", "année civile 2023", "2023" },
  { "fr", "2025-05-14", "Les ventes reculent au deuxième trimestre de l'année prochaine.",
    "deuxième trimestre de l'année prochaine", NULL },
  { "fr", "2025-05-14", "Au premier trimestre de 2024, la demande a bondi.", "premier trimestre de 2024", NULL },
  { "zh", "2025-05-14", "今年第三季度营收增长", "今年第三季度", NULL },
  { "zh", "2025-05-14", "公司计划在明年第二个月发布新品", "明年第二个月", "2026-02" },
  { "zh", "2025-05-14", "去年的最后一个月出货量下滑", "去年的最后一个月", "2024-12" },
  { "zh", "2025-05-14", "2023年的前两周没有发货", "2023年的前两周", NULL },
  { "zh", "2025-05-14", "明年的最后 2 週将进行审查", "明年的最后 2 週", NULL },
  { "zh", "2025-05-14", "三季度利润下降", "三季度", NULL },
  { "zh", "2025-05-14", "上季度出口增长", "上季度", NULL },
};

/* Texts with no date at all. */
static const DossierTestNoDate negatives[] = {
  { "en", "May we come in?" },
  { "en", "He said March would be long." },
  { "zh", "三个季度的努力" },
  { "zh", "最后一个人离开了" },
  { "zh", "这是一个世纪工程" },
  { "fr", "La référence 208-11-04-2021 est invalide." },
  { "en", "They chose the 32-bit design." },
  { "zh", "我们讨论财政问题" },
  { "zh", "康熙帝在位多年" },
  { "fr", "Ils sont partis en mer." },
  { "en", "She is in her thirties." },
  { "en", "They shipped tens of thousands of chips." },
  { "en", "Keep the software up to date." },
  { "en", "Labs use isotopes to date the samples." },
  { "en", "He remembered the year his company failed." },
};

static void
test_cases (void)
{
  dossier_test_check_dates (cases, G_N_ELEMENTS (cases));
}

static void
test_negatives (void)
{
  dossier_test_check_no_dates (negatives, G_N_ELEMENTS (negatives), "2025-05-14");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dates-periods/cases", test_cases);
  g_test_add_func ("/dates-periods/negatives", test_negatives);
  return g_test_run ();
}
