/* test-importer.c — the import pipeline over fixtures, the seed articles
 * and bad input
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-error.h"
#include "dossier-importer.h"
#include "dossier-test-utils.h"
#include "dossier-text-cleaner.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

typedef struct
{
  const char *file;
  const char *lang;
  const char *title;
  const char *source;
  const char *published;     /* NULL: must be NULL */
  const char *first_words;   /* the body starts with these */
  const char *last_words;    /* and ends with these */
  const char *absent[4];     /* boilerplate that must be gone */
} FixtureCase;

static const FixtureCase fixture_cases[] = {
  { "en-news.html", "en", "Chip makers brace for new export rules", "Harbor Ledger", "2025-03-04",
    "Semiconductor companies are preparing", "“nearly complete.”",
    { "Tweet", "Markets slip", "All rights reserved", "By Dana Reyes" } },
  { "fr-article.html", "fr", "Les exportations de puces au cœur des négociations", "Le Quotidien du Port", "2025-05-14",
    "Les négociations sur les exportations", "la semaine prochaine.",
    { "Lire aussi", "Accueil", "Les plus lus", "rentrée scolaire" } },
  { "de-bericht.html", "de", "Neue Regeln für Chipexporte", "Rheinblatt", NULL,
    "Die Bundesregierung hat am Mittwoch", "in Kraft treten sollen.",
    { "Mehr zum Thema", "Kommentare", "Startseite", "Anmelden" } },
  { "es-noticia.html", "es", "El Gobierno revisa la venta de chips", "Diario del Sur", NULL,
    "El Gobierno anunció el martes", "previstas para este año.",
    { "Noticias relacionadas", "inflación", NULL, NULL } },
  { "pt-noticia.html", "pt", "Governo discute exportação de chips", "Jornal da Baía", NULL,
    "O governo começou nesta segunda-feira", "representantes da indústria.",
    { "Leia também", "Bolsa fecha", "direitos reservados", "Início" } },
  { "ru-novosti.html", "ru", "Новые правила экспорта микросхем", "Северный вестник", NULL,
    "Правительство США в среду", "облачных провайдеров.",
    { "Читайте также", "Цены на нефть", "Комментарии", "Главная" } },
  { "ar-khabar.html", "ar", "قواعد جديدة لتصدير الرقائق", "صحيفة الخليج اليوم", NULL,
    "أعلنت الحكومة الأمريكية", "خلال الأشهر المقبلة.",
    { "اقرأ أيضا", "الذهب", "جميع الحقوق", NULL } },
  { "ja-kiji.html", "ja", "半導体輸出の新ルール", "港町新聞", NULL,
    "米政府は水曜日", "大きな影響を与えるとみている。",
    { "アクセスランキング", "株価", "ホーム", NULL } },
  { "ko-gisa.html", "ko", "반도체 수출 새 규정 발표", "바다일보", NULL,
    "미국 정부는 수요일", "것으로 보고 있다.",
    { "많이 본 뉴스", "주가", NULL, NULL } },
  { "zh-pasted.txt", "zh", "芯片出口新规即将出台", "海港日报", "2025-03-04",
    "据知情人士透露", "给予更长的过渡期。",
    { "延伸阅读", "相关推荐", "2025-12-15", "分享" } },
  { "en-notes.md", "en", "Notes on the chip export rules", "Analyst notes", "2025-06-02",
    "The new rules cover advanced processors", "How long the transition period lasts.",
    { "**", "](", "---", "# " } },
};

static void
test_fixtures (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixture_cases); i++)
    {
      const FixtureCase *c = &fixture_cases[i];
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "import", c->file, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(DossierArticle) article = NULL;
      const char *body;

      g_test_message ("fixture %s", c->file);
      article = dossier_importer_import_file (file, NULL, NULL, &error);
      g_assert_no_error (error);
      body = dossier_article_get_body (article);
      g_assert_cmpstr (dossier_article_get_lang (article), ==, c->lang);
      g_assert_cmpstr (dossier_article_get_title (article), ==, c->title);
      g_assert_cmpstr (dossier_article_get_source (article), ==, c->source);
      g_assert_cmpstr (dossier_article_get_published (article), ==, c->published);
      g_assert_true (g_str_has_prefix (body, c->first_words));
      g_assert_true (g_str_has_suffix (body, c->last_words));
      for (guint j = 0; j < G_N_ELEMENTS (c->absent) && c->absent[j] != NULL; j++)
        if (strstr (body, c->absent[j]) != NULL)
          g_error ("%s: “%s” left in the body", c->file, c->absent[j]);
      /* Paragraphs are separated by exactly one blank line. */
      g_assert_null (strstr (body, "\n\n\n"));
      g_assert_cmpstr (dossier_article_get_original_path (article), ==, path);
    }
}

static void
test_headings_kept (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "import", "en-news.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DossierArticle) article = dossier_importer_import_file (file, NULL, "https://given.example/a", NULL);

  g_assert_nonnull (strstr (dossier_article_get_body (article), "\n\nWhat changes for buyers\n\n"));
  /* The caller's URL wins over the canonical link. */
  g_assert_cmpstr (dossier_article_get_url (article), ==, "https://given.example/a");
}

static char *
seed_body (const char      *name,
           DossierArticle **out)
{
  const char *shared = dossier_test_shared_dir ();
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (shared == NULL)
    return NULL;
  path = g_build_filename (shared, "seeds", name, NULL);
  file = g_file_new_for_path (path);
  *out = dossier_importer_import_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  return g_strdup (dossier_article_get_body (*out));
}

/* Checks that run on any body: no paragraph is a breadcrumb, a counter, a
 * timestamp or an inline advertisement. */
static void
assert_no_furniture (const char *body)
{
  g_auto(GStrv) paragraphs = g_strsplit (body, "\n\n", -1);
  g_autoptr(GRegex) timestamp = g_regex_new ("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}", 0, 0, NULL);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      const char *p = paragraphs[i];
      char *end = NULL;

      g_assert_null (strstr (p, " > "));
      g_ascii_strtoll (p, &end, 10);
      g_assert_false (end != p && *end == '\0');   /* a bare number: share counter */
      g_assert_false (g_regex_match (timestamp, p, 0, NULL));
      g_assert_false (g_str_has_prefix (p, "Lire aussi"));
      g_assert_false (g_str_has_prefix (p, "Lire également"));
      g_assert_false (g_str_has_prefix (p, "Responses"));
      g_assert_cmpuint (g_utf8_strlen (p, -1), >=, 5);
    }
}

static void
test_seed_chinese (void)
{
  g_autoptr(DossierArticle) article = NULL;
  g_autofree char *body = seed_body ("000_c85749e8ee7b4a5c.txt", &article);
  g_auto(GStrv) paragraphs = NULL;
  guint n;

  if (body == NULL)
    return;
  paragraphs = g_strsplit (body, "\n\n", -1);
  n = g_strv_length (paragraphs);
  assert_no_furniture (body);

  /* The body starts with the dateline sentence and ends with the
   * article's last paragraph (which closes with the editor's initials),
   * not with a headline of the trending list. */
  g_assert_true (g_str_has_prefix (paragraphs[0], "5月13日"));
  g_assert_true (g_str_has_suffix (paragraphs[0], "。"));
  g_assert_true (g_str_has_suffix (paragraphs[n - 1], "。") || g_str_has_suffix (paragraphs[n - 1], "）") ||
                 g_str_has_suffix (paragraphs[n - 1], ")"));
  g_assert_cmpuint (n, >=, 15);
  for (guint i = 0; i < n; i++)
    {
      g_assert_null (strstr (paragraphs[i], "分享至"));
      g_assert_null (strstr (paragraphs[i], "延伸阅读"));
      g_assert_null (strstr (paragraphs[i], "相关推荐"));
      g_assert_null (strstr (paragraphs[i], "热点推荐"));
      g_assert_null (strstr (paragraphs[i], "网易首页"));
      /* Every paragraph reads as prose. */
      g_assert_cmpuint (g_utf8_strlen (paragraphs[i], -1), >=, 10);
    }
  /* No paragraph is repeated, as headlines of the trending list are. */
  for (guint i = 1; i < n; i++)
    g_assert_cmpstr (paragraphs[i], !=, paragraphs[i - 1]);

  g_assert_cmpstr (dossier_article_get_lang (article), ==, "zh");
  g_assert_nonnull (dossier_article_get_title (article));
  g_assert_nonnull (strstr (dossier_article_get_title (article), "AI芯片"));
  g_assert_cmpstr (dossier_article_get_source (article), ==, "网易科技");
  /* 5月13日 has no year: the date stays unknown rather than guessed, and
   * is never one of the trending list's 2025-12 timestamps. */
  g_assert_false (g_str_has_prefix (dossier_article_get_published (article) ? dossier_article_get_published (article) : "",
                                    "2025-12"));
  g_assert_null (dossier_article_get_published (article));
}

static void
test_seed_french (void)
{
  g_autoptr(DossierArticle) article = NULL;
  g_autofree char *body = seed_body ("004_275b791ead191f93.txt", &article);
  g_auto(GStrv) paragraphs = NULL;
  guint n;

  if (body == NULL)
    return;
  paragraphs = g_strsplit (body, "\n\n", -1);
  n = g_strv_length (paragraphs);
  assert_no_furniture (body);

  g_assert_true (g_str_has_prefix (paragraphs[0], "L'administration Trump"));
  g_assert_true (g_str_has_suffix (paragraphs[n - 1], "."));
  g_assert_null (strstr (body, "Lire aussi"));
  g_assert_null (strstr (body, "Lire également"));
  g_assert_null (strstr (body, "Responses"));
  g_assert_cmpuint (n, >=, 12);
  g_assert_cmpstr (dossier_article_get_lang (article), ==, "fr");
  g_assert_nonnull (dossier_article_get_title (article));
  g_assert_true (g_str_has_prefix (dossier_article_get_title (article), "L'administration Trump"));
  g_assert_cmpstr (dossier_article_get_source (article), ==, "The Washington Post");
  g_assert_null (dossier_article_get_published (article));
}

/* Bad input. */

typedef struct
{
  const char *name;
  const char *filename;
  const char *data;
  gsize       length;
  int         code;
  const char *message_part;
} BadCase;

static const BadCase bad_cases[] = {
  { "empty", "empty.html", "", 0, DOSSIER_ERROR_INVALID_INPUT, "empty" },
  { "png renamed", "photo.html", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, DOSSIER_ERROR_INVALID_INPUT, "PNG" },
  { "pdf renamed", "report.html", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", 24, DOSSIER_ERROR_INVALID_INPUT, "PDF" },
  { "zip renamed", "page.html", "PK\x03\x04\x14\0\0\0\x08\0", 10, DOSSIER_ERROR_INVALID_INPUT, "ZIP" },
  { "binary noise", "noise.txt", "\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15", 16, DOSSIER_ERROR_INVALID_INPUT, "binary" },
  { "no text", "blank.html", "<html><head><title></title></head><body><div><img src=a.png></div></body></html>", 80,
    DOSSIER_ERROR_INVALID_INPUT, "no article text" },
  { "only white space", "blank.txt", " \n\n\t \n", 6, DOSSIER_ERROR_INVALID_INPUT, "no article text" },
};

static void
test_bad_input (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      const BadCase *c = &bad_cases[i];
      g_autoptr(GBytes) bytes = g_bytes_new_static (c->data, c->length);
      g_autoptr(GError) error = NULL;
      g_autoptr(DossierArticle) article = NULL;

      g_test_message ("bad input: %s", c->name);
      article = dossier_importer_import_bytes (bytes, c->filename, NULL, NULL, &error);
      g_assert_null (article);
      g_assert_error (error, DOSSIER_ERROR, c->code);
      /* The message names the file and says what is wrong. */
      g_assert_nonnull (strstr (error->message, c->filename));
      g_assert_nonnull (strstr (error->message, c->message_part));
    }
}

static void
test_invalid_utf8_is_replaced_and_counted (void)
{
  static const char text[] = "Les n\xC3\xA9gociations se sont poursuivies mardi \xFF\xFE \xC3\xA0 Gen\xC3\xA8ve entre les "
                             "d\xC3\xA9l\xC3\xA9gations, selon les responsables qui ont parl\xC3\xA9 \x80 sous "
                             "couvert d'anonymat apr\xC3\xA8s la r\xC3\xA9union.";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierArticle) article = dossier_importer_import_bytes (bytes, "broken.txt", NULL, NULL, &error);
  GPtrArray *warnings;

  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (dossier_article_get_body (article), -1, NULL));
  g_assert_nonnull (strstr (dossier_article_get_body (article), "\xEF\xBF\xBD"));
  warnings = dossier_article_get_warnings (article);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "3 bytes"));
}

static void
test_too_large (void)
{
  g_autofree char *dir = dossier_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "huge.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierArticle) article = NULL;
  int fd = g_open (path, O_CREAT | O_WRONLY | O_TRUNC, 0644);

  /* A sparse 200 MB file: refused from its size, never read. */
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 200 * 1024 * 1024), ==, 0);
  close (fd);

  article = dossier_importer_import_file (file, NULL, NULL, &error);
  g_assert_null (article);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "huge.html"));
  g_assert_nonnull (strstr (error->message, "200 MB"));
  g_unlink (path);
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/dossier/article.html");
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierArticle) article = dossier_importer_import_file (file, NULL, NULL, &error);

  g_assert_null (article);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "article.html"));
}

static void
test_deep_nesting (void)
{
  /* 100,000 nested elements, then text: no crash, no hang, and a clear
   * answer either way. */
  const guint depth = 100000;
  GString *html = g_string_new ("<html><body>");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierArticle) article = NULL;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < depth; i++)
    g_string_append (html, i % 2 ? "<div>" : "<span>");
  g_string_append (html, "<p>Deeply nested text that says nothing about export controls at all.</p>");
  g_string_append (html, "</body></html>");
  bytes = g_string_free_to_bytes (html);

  article = dossier_importer_import_bytes (bytes, "deep.html", NULL, NULL, &error);
  if (article == NULL)
    {
      g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT);
      g_assert_nonnull (strstr (error->message, "deep.html"));
    }
  g_assert_cmpint (g_get_monotonic_time () - start, <, 20 * G_USEC_PER_SEC);
}

static void
test_format_detection (void)
{
  static const struct { const char *text; const char *hint; DossierImportFormat format; } cases[] = {
    { "<!DOCTYPE html><html><body><p>x</p></body></html>", NULL, DOSSIER_IMPORT_FORMAT_HTML },
    { "  \n<div class=\"a\"><p>Fragment</p><p>more</p></div>", "clip.txt", DOSSIER_IMPORT_FORMAT_HTML },
    { "Plain pasted text.\n\nAnother paragraph with 3 < 4 and a > b.", NULL, DOSSIER_IMPORT_FORMAT_TEXT },
    { "# Title\n\nSome *emphasis* and a [link](https://example.org).", NULL, DOSSIER_IMPORT_FORMAT_MARKDOWN },
    { "---\ntitle: Notes\n---\n\nBody.", NULL, DOSSIER_IMPORT_FORMAT_MARKDOWN },
    { "Just a line of notes.", "notes.md", DOSSIER_IMPORT_FORMAT_MARKDOWN },
    { "Just a line of text.", "notes.html", DOSSIER_IMPORT_FORMAT_TEXT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (dossier_importer_detect_format (cases[i].text, strlen (cases[i].text), cases[i].hint), ==,
                     cases[i].format);
}

static void
test_nfc (void)
{
  /* "é" as e + combining acute in the input comes out composed. */
  static const char text[] = "Le ministe\xCC\x80re a publie\xCC\x81 les nouvelles re\xCC\x80gles mardi matin.";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(DossierArticle) article = dossier_importer_import_bytes (bytes, NULL, NULL, NULL, NULL);

  g_assert_cmpstr (dossier_article_get_body (article), ==, "Le ministère a publié les nouvelles règles mardi matin.");
}

static void
test_find_date (void)
{
  static const struct { const char *text; const char *date; } cases[] = {
    { "2025-05-13 10:20", "2025-05-13" },
    { "发布时间：2025年5月13日 10:20", "2025-05-13" },
    { "2025年5月", "2025-05" },
    { "5月13日消息", NULL },
    { "Published May 13, 2025", "2025-05-13" },
    { "mardi 13 mai 2025", "2025-05-13" },
    { "le 1er juillet 2024", "2024-07-01" },
    { "13. März 2025", "2025-03-13" },
    { "13 de mayo de 2025", "2025-05-13" },
    { "13 de maio de 2025", "2025-05-13" },
    { "13 мая 2025", "2025-05-13" },
    { "2025/02/30", NULL },
    { "call 2025-1234", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *date = dossier_text_find_date (cases[i].text);

      g_test_message ("%s → %s", cases[i].text, date);
      g_assert_cmpstr (date, ==, cases[i].date);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/fixtures", test_fixtures);
  g_test_add_func ("/importer/headings-kept", test_headings_kept);
  g_test_add_func ("/importer/seed-chinese", test_seed_chinese);
  g_test_add_func ("/importer/seed-french", test_seed_french);
  g_test_add_func ("/importer/bad-input", test_bad_input);
  g_test_add_func ("/importer/invalid-utf8", test_invalid_utf8_is_replaced_and_counted);
  g_test_add_func ("/importer/too-large", test_too_large);
  g_test_add_func ("/importer/missing-file", test_missing_file);
  g_test_add_func ("/importer/deep-nesting", test_deep_nesting);
  g_test_add_func ("/importer/format-detection", test_format_detection);
  g_test_add_func ("/importer/nfc", test_nfc);
  g_test_add_func ("/importer/find-date", test_find_date);
  return g_test_run ();
}
