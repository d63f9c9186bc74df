/* test-charset.c — encodings: BOM, declarations, detection, broken bytes
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-charset.h"
#include "dossier-error.h"
#include "dossier-importer.h"

#include <string.h>

static const char chinese_simplified[] =
  "据三位知情人士透露，特朗普政府正在考虑一项交易，拟向阿联酋人工智能企业出售数十万颗美国设计的人工智能芯片。"
  "这场仍在进行中的谈判，标志着在总统本周访问海湾国家前夕，美国科技政策正发生重大转变。";
static const char chinese_traditional[] =
  "據三位知情人士透露，美國政府正在考慮一項交易，擬向阿聯酋人工智能企業出售數十萬顆美國設計的人工智能晶片。"
  "這場仍在進行中的談判，標誌著在總統本週訪問海灣國家前夕，美國科技政策正發生重大轉變。";
static const char french[] =
  "Les négociations sur les exportations de puces d'intelligence artificielle se sont poursuivies mardi, "
  "alors que plusieurs pays du Golfe cherchent à obtenir un accès élargi aux processeurs les plus avancés. "
  "Selon des responsables proches du dossier, un accord pourrait être annoncé à la fin de la semaine.";

typedef struct
{
  const char *name;
  const char *text;
  const char *encoding;      /* what g_convert writes */
  const char *meta;          /* declared in the page, or NULL */
  const char *expected;      /* the charset detection must settle on */
} EncodedCase;

static const EncodedCase encoded_cases[] = {
  { "gb18030 detected", chinese_simplified, "GB18030", NULL, "GB18030" },
  { "gbk declared as gb2312", chinese_simplified, "GBK", "gb2312", "GB18030" },
  { "big5 detected", chinese_traditional, "BIG5", NULL, "BIG5-HKSCS" },
  { "big5 declared", chinese_traditional, "BIG5", "big5", "BIG5-HKSCS" },
  { "windows-1252 detected", french, "WINDOWS-1252", NULL, "WINDOWS-1252" },
  { "latin-1 declared", french, "ISO-8859-1", "iso-8859-1", "WINDOWS-1252" },
  { "utf-8 detected", french, "UTF-8", NULL, "UTF-8" },
};

static GBytes *
make_page (const EncodedCase *c)
{
  g_autofree char *page = NULL;
  g_autoptr(GError) error = NULL;
  char *converted;
  gsize length = 0;

  if (c->meta != NULL)
    page = g_strdup_printf ("<html><head><meta charset=\"%s\"><title>t</title></head><body><p>%s</p></body></html>",
                            c->meta, c->text);
  else
    page = g_strdup_printf ("<html><head><title>t</title></head><body><p>%s</p></body></html>", c->text);
  converted = g_convert (page, -1, c->encoding, "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (converted, length);
}

static void
test_encoded_pages (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (encoded_cases); i++)
    {
      const EncodedCase *c = &encoded_cases[i];
      g_autoptr(GBytes) bytes = make_page (c);
      g_autoptr(GError) error = NULL;
      g_autofree char *used = NULL;
      g_autofree char *text = NULL;
      gsize length;
      const guint8 *data = g_bytes_get_data (bytes, &length);
      guint replaced = 99;

      g_test_message ("%s", c->name);
      text = dossier_charset_to_utf8 (data, length, NULL, &used, &replaced, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (used, ==, c->expected);
      g_assert_cmpuint (replaced, ==, 0);
      g_assert_nonnull (strstr (text, c->text));
    }
}

static void
test_encoded_import (void)
{
  /* The whole pipeline: the body comes out in UTF-8 and in the right
   * language. */
  for (guint i = 0; i < G_N_ELEMENTS (encoded_cases); i++)
    {
      g_autoptr(GBytes) bytes = make_page (&encoded_cases[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(DossierArticle) article = dossier_importer_import_bytes (bytes, "page.html", NULL, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (dossier_article_get_body (article), ==, encoded_cases[i].text);
      g_assert_cmpstr (dossier_article_get_lang (article), ==, encoded_cases[i].text == french ? "fr" : "zh");
      g_assert_cmpuint (dossier_article_get_warnings (article)->len, ==, 0);
    }
}

static void
test_caller_charset_wins (void)
{
  /* GB18030 bytes in a page that wrongly declares UTF-8: the caller knows
   * better, like an HTTP header. */
  EncodedCase c = { "lying meta", chinese_simplified, "GB18030", "utf-8", NULL };
  g_autoptr(GBytes) bytes = make_page (&c);
  g_autoptr(GError) error = NULL;
  g_autofree char *used = NULL;
  g_autofree char *text = NULL;
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  guint replaced = 0;

  text = dossier_charset_to_utf8 (data, length, "gbk", &used, &replaced, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (used, ==, "GB18030");
  g_assert_nonnull (strstr (text, chinese_simplified));

  g_clear_pointer (&text, g_free);
  text = dossier_charset_to_utf8 (data, length, "no-such-charset", NULL, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "no-such-charset"));
}

static void
test_utf16 (void)
{
  const char *encodings[] = { "UTF-16LE", "UTF-16BE" };

  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    for (guint bom = 0; bom < 2; bom++)
      {
        g_autofree char *source = g_strdup_printf ("%s<html><body><p>%s</p></body></html>", bom ? "\xEF\xBB\xBF" : "", french);
        g_autoptr(GError) error = NULL;
        g_autofree char *used = NULL;
        g_autofree char *text = NULL;
        gsize length = 0;
        g_autofree char *converted = g_convert (source, -1, encodings[i], "UTF-8", NULL, &length, &error);

        g_assert_no_error (error);
        text = dossier_charset_to_utf8 ((const guint8 *) converted, length, NULL, &used, NULL, &error);
        g_assert_no_error (error);
        g_assert_cmpstr (used, ==, encodings[i]);
        g_assert_nonnull (strstr (text, french));
      }
}

static void
test_broken_bytes_are_counted (void)
{
  /* UTF-8 with three stray bytes and a truncated sequence at the end. */
  static const char broken[] = "Les n\xC3\xA9gociations \xFF\xFE continuent \x80 mardi \xC3\xA0 Gen\xC3\xA8ve : "
                               "l'\xC3\xA9t\xC3\xA9, les d\xC3\xA9l\xC3\xA9gu\xC3\xA9s \xC3\xA9trangers "
                               "ont r\xC3\xA9p\xC3\xA9t\xC3\xA9 leurs priorit\xC3\xA9s \xE4\xB8";
  g_autofree char *text = NULL;
  g_autofree char *used = NULL;
  guint replaced = 0;

  text = dossier_charset_to_utf8 ((const guint8 *) broken, strlen (broken), NULL, &used, &replaced, NULL);
  g_assert_cmpstr (used, ==, "UTF-8");
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_cmpuint (replaced, ==, 5);
  g_assert_nonnull (strstr (text, "négociations \xEF\xBF\xBD\xEF\xBF\xBD continuent"));

  /* GB18030 with a byte that starts no character. */
  g_clear_pointer (&text, g_free);
  text = dossier_charset_convert ((const guint8 *) "\xD6\xD0\xFF\xCE\xC4", 5, "GB18030", &replaced);
  g_assert_cmpstr (text, ==, "中\xEF\xBF\xBD文");
  g_assert_cmpuint (replaced, ==, 1);
}

static void
test_sniff_meta (void)
{
  static const struct { const char *html; const char *charset; } cases[] = {
    { "<meta charset=\"gbk\">", "gbk" },
    { "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=GB2312\">", "gb2312" },
    { "<meta content='text/html; charset=big5' http-equiv='Content-Type'>", "big5" },
    { "<meta name=\"description\" content=\"charset-free\">", NULL },
    { "<p>charset=utf-8 in text</p>", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *found = dossier_charset_sniff_meta ((const guint8 *) cases[i].html, strlen (cases[i].html));

      g_assert_cmpstr (found, ==, cases[i].charset);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/charset/encoded-pages", test_encoded_pages);
  g_test_add_func ("/charset/encoded-import", test_encoded_import);
  g_test_add_func ("/charset/caller-charset-wins", test_caller_charset_wins);
  g_test_add_func ("/charset/utf16", test_utf16);
  g_test_add_func ("/charset/broken-bytes", test_broken_bytes_are_counted);
  g_test_add_func ("/charset/sniff-meta", test_sniff_meta);
  return g_test_run ();
}
