/* dossier-charset.c — BOM, declarations and detection, then iconv
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dossier-charset.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>

#include "dossier-error.h"

/* How many bytes detection looks at: enough for a page's head and a few
 * paragraphs, cheap even for GB18030 trial conversions. */
#define SNIFF_LENGTH 65536

/* Frequent Chinese characters, simplified and traditional forms. Text decoded
 * with the right legacy charset is full of them; with the wrong one it is a
 * scatter of rare characters. */
static const char common_hanzi[] =
  "的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對"
  "生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學"
  "如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实"
  "實日月政府市民新闻聞报報记記者公司济濟美元将將与與长長把机機十第此已工使情明性知全三";

static const char *
canonical_name (const char *charset)
{
  static const struct { const char *alias; const char *name; } aliases[] = {
    /* Browsers decode these labels with the superset, and so do we. */
    { "gb2312", "GB18030" }, { "gbk", "GB18030" }, { "x-gbk", "GB18030" },
    { "gb18030", "GB18030" }, { "cp936", "GB18030" }, { "euc-cn", "GB18030" },
    { "big5", "BIG5-HKSCS" }, { "big5-hkscs", "BIG5-HKSCS" }, { "x-x-big5", "BIG5-HKSCS" },
    { "iso-8859-1", "WINDOWS-1252" }, { "latin1", "WINDOWS-1252" }, { "iso8859-1", "WINDOWS-1252" },
    { "us-ascii", "WINDOWS-1252" }, { "ascii", "WINDOWS-1252" }, { "windows-1252", "WINDOWS-1252" },
    { "cp1252", "WINDOWS-1252" }, { "utf-8", "UTF-8" }, { "utf8", "UTF-8" },
    { "utf-16", "UTF-16LE" }, { "utf-16le", "UTF-16LE" }, { "utf-16be", "UTF-16BE" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_ascii_strcasecmp (aliases[i].alias, charset) == 0)
      return aliases[i].name;
  return NULL;
}

static char *
normalise_name (const char *charset)
{
  g_autofree char *stripped = g_strstrip (g_strdup (charset));
  const char *known = canonical_name (stripped);

  return known != NULL ? g_strdup (known) : g_ascii_strup (stripped, -1);
}

static gboolean
charset_exists (const char *charset)
{
  GIConv cd = g_iconv_open ("UTF-8", charset);

  if (cd == (GIConv) -1)
    return FALSE;
  g_iconv_close (cd);
  return TRUE;
}

#define ONES G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

/* Well-formed sequences are those of the Unicode standard's table 3-7:
 * no overlong forms, no surrogates, nothing above U+10FFFF. */
gsize
dossier_charset_utf8_valid_length (const guint8 *data,
                                   gsize         length)
{
  gsize i = 0;

  while (i < length)
    {
      guint8 b;
      guint8 low = 0x80, high = 0xBF;
      guint more;

      /* Runs of ASCII without NUL, a word at a time. */
      while (i + 8 <= length)
        {
          guint64 word;

          memcpy (&word, data + i, sizeof word);
          if (((word | ((word - ONES) & ~word)) & HIGHS) != 0)
            break;
          i += 8;
        }
      if (i >= length)
        break;
      b = data[i];
      if (b < 0x80)
        {
          if (b == 0)
            return i;
          i++;
          continue;
        }
      if (b >= 0xC2 && b <= 0xDF)
        more = 1;
      else if (b >= 0xE0 && b <= 0xEF)
        {
          more = 2;
          if (b == 0xE0)
            low = 0xA0;
          else if (b == 0xED)
            high = 0x9F;
        }
      else if (b >= 0xF0 && b <= 0xF4)
        {
          more = 3;
          if (b == 0xF0)
            low = 0x90;
          else if (b == 0xF4)
            high = 0x8F;
        }
      else
        return i;
      if (length - i <= more)
        return i;
      /* Only the second byte has a narrower range. */
      if (data[i + 1] < low || data[i + 1] > high)
        return i;
      for (guint k = 2; k <= more; k++)
        if (data[i + k] < 0x80 || data[i + k] > 0xBF)
          return i;
      i += more + 1;
    }
  return length;
}

/* The string of @string, its buffer cut to size: GString rounds it up to a
 * power of two, up to twice a page's size. */
static char *
string_free_exact (GString *string)
{
  gsize size = string->len + 1;

  return g_realloc (g_string_free (string, FALSE), size);
}

/* Copies valid UTF-8 and replaces every invalid byte (and NUL) by U+FFFD. */
static char *
utf8_make_valid_counting (const guint8 *data,
                          gsize         length,
                          guint        *n_replaced)
{
  GString *out = g_string_sized_new (length + 16);
  const char *p = (const char *) data;
  const char *end = p + length;

  while (p < end)
    {
      const char *valid_end = p + dossier_charset_utf8_valid_length ((const guint8 *) p, end - p);

      g_string_append_len (out, p, valid_end - p);
      p = valid_end;
      if (p < end)
        {
          g_string_append (out, "\xEF\xBF\xBD");
          (*n_replaced)++;
          p++;
        }
    }
  return string_free_exact (out);
}

char *
dossier_charset_convert (const guint8 *data,
                         gsize         length,
                         const char   *from_charset,
                         guint        *n_replaced)
{
  GIConv cd;
  GString *out;
  char buffer[8192];
  char *in = (char *) data;
  gsize in_left = length;
  guint replaced = 0;

  if (g_ascii_strcasecmp (from_charset, "UTF-8") == 0)
    {
      char *result = utf8_make_valid_counting (data, length, &replaced);

      if (n_replaced != NULL)
        *n_replaced = replaced;
      return result;
    }

  cd = g_iconv_open ("UTF-8", from_charset);
  if (cd == (GIConv) -1)
    return NULL;

  out = g_string_sized_new (length + length / 2 + 16);
  while (in_left > 0)
    {
      char *outp = buffer;
      gsize out_left = sizeof buffer;
      gsize rc = g_iconv (cd, &in, &in_left, &outp, &out_left);

      g_string_append_len (out, buffer, outp - buffer);
      if (rc == (gsize) -1)
        {
          if (errno == E2BIG)
            continue;
          /* EILSEQ or a truncated sequence at the end: replace one byte and
           * go on, so a damaged page keeps the rest of its text. */
          g_string_append (out, "\xEF\xBF\xBD");
          replaced++;
          in++;
          in_left--;
          g_iconv (cd, NULL, NULL, NULL, NULL);
        }
    }
  g_iconv_close (cd);

  /* iconv passes NUL through; a C string cannot hold it. One pass, not an
   * erase and insert (a copy of the rest) per NUL. */
  if (memchr (out->str, '\0', out->len) != NULL)
    {
      GString *copy = g_string_sized_new (out->len + 16);

      for (gsize i = 0; i < out->len; i++)
        if (out->str[i] == '\0')
          {
            g_string_append (copy, "\xEF\xBF\xBD");
            replaced++;
          }
        else
          g_string_append_c (copy, out->str[i]);
      g_string_free (out, TRUE);
      out = copy;
    }

  if (n_replaced != NULL)
    *n_replaced = replaced;
  return string_free_exact (out);
}

char *
dossier_charset_sniff_meta (const guint8 *data,
                            gsize         length)
{
  g_autofree char *head = g_ascii_strdown ((const char *) data, MIN (length, 8192));
  const char *p = head;
  gsize head_length = strlen (head);

  /* g_ascii_strdown stops at NUL bytes, which is fine for ASCII-compatible
   * pages; UTF-16 pages are caught by the BOM or the NUL pattern. */
  while ((p = strstr (p, "<meta")) != NULL)
    {
      const char *tag_end = strchr (p, '>');
      const char *cs;

      if (tag_end == NULL)
        tag_end = head + head_length;
      cs = g_strstr_len (p, tag_end - p, "charset");
      if (cs != NULL)
        {
          const char *v = cs + strlen ("charset");
          const char *v_end;

          while (v < tag_end && *v == ' ')
            v++;
          if (v >= tag_end || *v != '=')
            {
              p = cs + strlen ("charset");
              continue;
            }
          v++;
          while (v < tag_end && *v == ' ')
            v++;
          while (v < tag_end && (*v == '"' || *v == '\''))
            v++;
          v_end = v;
          while (v_end < tag_end && (g_ascii_isalnum (*v_end) || *v_end == '-' || *v_end == '_' || *v_end == '.' || *v_end == ':'))
            v_end++;
          if (v_end > v)
            return g_strndup (v, v_end - v);
        }
      p = tag_end;
    }
  return NULL;
}

static int
score_chinese (const guint8 *data,
               gsize         length,
               const char   *charset)
{
  guint replaced = 0;
  g_autofree char *text = dossier_charset_convert (data, length, charset, &replaced);
  int hits = 0, han = 0;

  if (text == NULL)
    return G_MININT / 2;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x3400)
        continue;
      if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN)
        {
          han++;
          /* One-character needle: strstr on the UTF-8 encoding. */
          {
            char needle[8] = { 0 };

            g_unichar_to_utf8 (c, needle);
            if (strstr (common_hanzi, needle) != NULL)
              hits++;
          }
        }
    }
  return hits * 4 - han - (int) replaced * 8;
}

static const char *
detect (const guint8 *data,
        gsize         length)
{
  gsize n = MIN (length, SNIFF_LENGTH);
  gsize zero_even = 0, zero_odd = 0, high = 0, high_pairs = 0;
  int gb, big5;

  for (gsize i = 0; i < n; i++)
    {
      if (data[i] == 0)
        {
          if (i % 2 == 0)
            zero_even++;
          else
            zero_odd++;
        }
      else if (data[i] >= 0x80)
        {
          high++;
          if (i + 1 < n && data[i + 1] >= 0x80)
            {
              high += 1;
              high_pairs += 2;
              i++;
            }
        }
    }

  /* UTF-16 without BOM: ASCII characters give a NUL in every other byte. */
  if (n >= 4 && zero_odd > n / 8 && zero_even < zero_odd / 8)
    return "UTF-16LE";
  if (n >= 4 && zero_even > n / 8 && zero_odd < zero_even / 8)
    return "UTF-16BE";
  if (dossier_charset_utf8_valid_length (data, length) == length)
    return "UTF-8";
  if (high == 0)
    return "UTF-8";
  {
    /* Mostly valid UTF-8 with a few damaged bytes is still UTF-8: a legacy
     * encoding almost never forms valid multi-byte sequences by chance. */
    const char *p = (const char *) data;
    const char *end = p + n;
    gsize bad = 0, multibyte = 0;

    while (p < end)
      {
        const char *valid_end = p + dossier_charset_utf8_valid_length ((const guint8 *) p, end - p);

        for (; p < valid_end; p++)
          if ((guchar) *p >= 0xC0)
            multibyte++;
        if (p < end)
          {
            bad++;
            p++;
          }
      }
    /* The last sequence may be cut by the sample boundary. Legacy text
     * forms valid sequences only by chance, far fewer than its invalid
     * bytes. */
    if (multibyte >= 3 && multibyte >= bad * 2)
      return "UTF-8";
    if (bad * 8 <= high)
      return "UTF-8";
  }
  /* Western text has isolated accented letters; Chinese comes in byte
   * pairs. */
  if (high_pairs * 4 < high)
    return "WINDOWS-1252";

  gb = score_chinese (data, n, "GB18030");
  big5 = score_chinese (data, n, "BIG5-HKSCS");
  if (gb <= 0 && big5 <= 0)
    return "WINDOWS-1252";
  return big5 > gb ? "BIG5-HKSCS" : "GB18030";
}

char *
dossier_charset_to_utf8 (const guint8  *data,
                         gsize          length,
                         const char    *charset,
                         char         **used_charset,
                         guint         *n_replaced,
                         GError       **error)
{
  g_autofree char *chosen = NULL;
  g_autofree char *declared = NULL;
  char *result;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  /* A byte-order mark beats everything, as in browsers. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
      chosen = g_strdup ("UTF-8");
    }
  else if (length >= 2 && memcmp (data, "\xFF\xFE", 2) == 0)
    {
      data += 2;
      length -= 2;
      chosen = g_strdup ("UTF-16LE");
    }
  else if (length >= 2 && memcmp (data, "\xFE\xFF", 2) == 0)
    {
      data += 2;
      length -= 2;
      chosen = g_strdup ("UTF-16BE");
    }
  else if (charset != NULL && *charset != '\0')
    {
      chosen = normalise_name (charset);
      if (!charset_exists (chosen))
        {
          g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_ENCODING,
                       _("Unknown character encoding “%s”"), charset);
          return NULL;
        }
    }
  else if ((declared = dossier_charset_sniff_meta (data, length)) != NULL)
    {
      g_autofree char *name = normalise_name (declared);

      /* A page that declares UTF-16 in ASCII bytes is not UTF-16; a page
       * labelled Latin-1 that is valid UTF-8 was mislabelled. */
      if (g_str_has_prefix (name, "UTF-16") || !charset_exists (name))
        chosen = NULL;
      else if (g_str_equal (name, "WINDOWS-1252") && dossier_charset_utf8_valid_length (data, length) == length)
        chosen = g_strdup ("UTF-8");
      else
        chosen = g_steal_pointer (&name);
    }

  if (chosen == NULL)
    chosen = g_strdup (detect (data, length));

  result = dossier_charset_convert (data, length, chosen, n_replaced);
  if (result == NULL)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_ENCODING,
                   _("Unknown character encoding “%s”"), chosen);
      return NULL;
    }
  if (used_charset != NULL)
    *used_charset = g_steal_pointer (&chosen);
  return result;
}
