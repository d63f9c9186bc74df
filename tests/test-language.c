/* test-language.c — language identification
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-language.h"

typedef struct
{
  const char *text;
  const char *lang;
} LanguageCase;

static const LanguageCase paragraph_cases[] = {
  { "The administration is weighing a deal that would let the company buy hundreds of thousands of chips.", "en" },
  { "Le gouvernement a annoncé mardi de nouvelles règles pour l'exportation des puces les plus avancées.", "fr" },
  { "Die Regierung hat am Mittwoch neue Regeln für den Export von Halbleitern vorgestellt.", "de" },
  { "El Gobierno anunció el martes que revisará las licencias de exportación de chips avanzados.", "es" },
  { "O governo começou nesta segunda-feira a discutir novas regras para a exportação de chips.", "pt" },
  { "特朗普政府正在考虑一项交易，拟向阿联酋人工智能企业出售数十万颗芯片。", "zh" },
  { "美國政府正在考慮一項交易，擬向阿聯酋人工智能企業出售數十萬顆晶片。", "zh" },
  { "米政府は水曜日、先端半導体の輸出に関する新しいルールを発表した。", "ja" },
  { "미국 정부는 수요일 첨단 반도체 수출에 관한 새로운 규정을 발표했다.", "ko" },
  { "أعلنت الحكومة الأمريكية يوم الأربعاء عن قواعد جديدة لتصدير الرقائق المتقدمة.", "ar" },
  { "Правительство США в среду объявило о новых правилах экспорта микросхем.", "ru" },
  { "12345 67.89 — %%% ###", "und" },
  { "", "und" },
};

static void
test_paragraphs (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (paragraph_cases); i++)
    {
      const char *lang = dossier_language_detect_paragraph (paragraph_cases[i].text, -1);

      g_test_message ("%s → %s", paragraph_cases[i].text, lang);
      g_assert_cmpstr (lang, ==, paragraph_cases[i].lang);
    }
}

static const LanguageCase document_cases[] = {
  /* A Chinese report quoting an English sentence stays Chinese. */
  { "据三位知情人士透露，特朗普政府正在考虑一项交易，拟向阿联酋人工智能企业出售数十万颗美国设计的人工智能芯片。\n\n"
    "\"We are reviewing the request,\" a spokesperson said.\n\n"
    "这场仍在进行中的谈判，标志着美国科技政策正发生重大转变。与此同时，该交易在政府内部也引发了明显分歧。", "zh" },
  /* A French article with a short English title line stays French. */
  { "Export Controls Update\n\n"
    "Les négociations sur les exportations de puces se sont poursuivies mardi, alors que plusieurs pays cherchent "
    "à obtenir un accès plus large aux processeurs les plus avancés.\n\n"
    "Selon des responsables proches du dossier, un accord pourrait être annoncé dans les prochains jours.", "fr" },
  { "Semiconductor companies are preparing for a new round of export restrictions.\n\n"
    "Officials declined to comment on the timing of the rules.", "en" },
  { "\n\n\n", "und" },
};

static void
test_documents (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (document_cases); i++)
    g_assert_cmpstr (dossier_language_detect (document_cases[i].text), ==, document_cases[i].lang);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/language/paragraphs", test_paragraphs);
  g_test_add_func ("/language/documents", test_documents);
  return g_test_run ();
}
