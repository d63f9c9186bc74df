/* dossier-importer.c — the import pipeline: size, binary check, charset,
 * format, extraction, cleaning, normalisation, language
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dossier-importer.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dossier-charset.h"
#include "dossier-error.h"
#include "dossier-html-extractor.h"
#include "dossier-importer-private.h"
#include "dossier-language.h"
#include "dossier-markdown.h"
#include "dossier-nfc.h"
#include "dossier-text-cleaner.h"

/* A title made from the first sentence is cut at about this many
 * characters. */
#define FALLBACK_TITLE_LENGTH 80

DossierExtracted *
_dossier_extracted_new (void)
{
  DossierExtracted *extracted = g_new0 (DossierExtracted, 1);

  extracted->paragraphs = g_ptr_array_new_with_free_func (g_free);
  extracted->warnings = g_ptr_array_new_with_free_func (g_free);
  return extracted;
}

void
_dossier_extracted_free (DossierExtracted *extracted)
{
  if (extracted == NULL)
    return;
  g_free (extracted->title);
  g_free (extracted->source);
  g_free (extracted->url);
  g_free (extracted->published);
  g_ptr_array_unref (extracted->paragraphs);
  g_ptr_array_unref (extracted->warnings);
  g_free (extracted);
}

void
_dossier_extracted_add_paragraph (DossierExtracted *extracted,
                                  const char       *text,
                                  gssize            length)
{
  const char *end = length < 0 ? text + strlen (text) : text + length;
  GString *out = g_string_sized_new (end - text);
  gboolean space = FALSE;

  for (const char *p = text; p < end; )
    {
      const char *next;
      gunichar c;

      /* ASCII: the white space of g_unichar_isspace() is these five. */
      if ((guchar) *p < 0x80)
        {
          if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
            space = out->len > 0;
          else
            {
              if (space)
                g_string_append_c (out, ' ');
              space = FALSE;
              g_string_append_c (out, *p);
            }
          p++;
          continue;
        }
      c = g_utf8_get_char (p);
      next = g_utf8_next_char (p);
      /* NBSP and the other Unicode spaces collapse like ASCII ones. */
      if (g_unichar_isspace (c) || c == 0xA0 || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR)
        space = out->len > 0;
      else if (c != 0x200B && c != 0xFEFF && c != 0xAD)   /* invisible */
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_len (out, p, next - p);
        }
      p = next;
    }
  if (out->len > 0)
    {
      gsize size = out->len + 1;

      /* GString rounds its buffer up to a power of two: give back the
       * rest, a big page has tens of thousands of paragraphs. */
      g_ptr_array_add (extracted->paragraphs, g_realloc (g_string_free (out, FALSE), size));
    }
  else
    g_string_free (out, TRUE);
}

typedef struct
{
  const char *magic;
  gsize       length;
  gsize       offset;
  const char *what;
} Magic;

/* Files people mistake for articles (or rename to .html). */
static const Magic magics[] = {
  { "\x89PNG\r\n\x1a\n", 8, 0, N_("a PNG image") },
  { "\xFF\xD8\xFF", 3, 0, N_("a JPEG image") },
  { "GIF87a", 6, 0, N_("a GIF image") },
  { "GIF89a", 6, 0, N_("a GIF image") },
  { "RIFF", 4, 0, N_("a RIFF (WebP, WAV or AVI) file") },
  { "%PDF-", 5, 0, N_("a PDF document; save it as text or HTML first") },
  { "PK\x03\x04", 4, 0, N_("a ZIP archive (or a DOCX/ODT/EPUB document); save it as text or HTML first") },
  { "\x1F\x8B", 2, 0, N_("a gzip-compressed file; decompress it first") },
  { "BZh", 3, 0, N_("a bzip2-compressed file; decompress it first") },
  { "\xFD" "7zXZ\x00", 6, 0, N_("an xz-compressed file; decompress it first") },
  { "7z\xBC\xAF\x27\x1C", 6, 0, N_("a 7-Zip archive") },
  { "\x7F" "ELF", 4, 0, N_("a program") },
  { "MZ", 2, 0, N_("a Windows program") },
  { "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, 0, N_("an old Microsoft Office document; save it as text or HTML first") },
  { "SQLite format 3", 16, 0, N_("an SQLite database") },
  { "OggS", 4, 0, N_("an Ogg media file") },
  { "ID3", 3, 0, N_("an MP3 audio file") },
  { "ftyp", 4, 4, N_("an MP4 or QuickTime media file") },
  { "\x1A\x45\xDF\xA3", 4, 0, N_("a Matroska or WebM media file") },
  { "wOFF", 4, 0, N_("a web font") },
};

static const char *
binary_kind (const guint8 *data,
             gsize         length)
{
  for (guint i = 0; i < G_N_ELEMENTS (magics); i++)
    if (length >= magics[i].offset + magics[i].length &&
        memcmp (data + magics[i].offset, magics[i].magic, magics[i].length) == 0)
      return _(magics[i].what);
  return NULL;
}

/* After decoding: text has few control characters and few replaced bytes.
 * Counts characters by their first byte (the text is valid UTF-8), and
 * printable ASCII eight bytes at a time. */
static gboolean
looks_like_text (const char *text,
                 gsize       length)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  const guchar *p = (const guchar *) text, *end = p + length;
  gsize controls = 0, replaced = 0, total = 0;

  while (p < end && total < 65536)
    {
      if (end - p >= 8 && total + 8 <= 65536)
        {
          guint64 word;

          memcpy (&word, p, sizeof word);
          /* No byte at or above 0x80, none below 0x20. */
          if ((((word - ones * 0x20) | word) & highs) == 0)
            {
              p += 8;
              total += 8;
              continue;
            }
        }
      if ((*p & 0xC0) != 0x80)   /* not a continuation byte */
        {
          total++;
          if (*p == 0xEF && p + 2 < end && p[1] == 0xBF && p[2] == 0xBD)   /* U+FFFD */
            replaced++;
          else if (*p < 0x20 && *p != '\n' && *p != '\r' && *p != '\t' && *p != '\f')
            controls++;
        }
      p++;
    }
  return controls * 20 <= total && replaced * 4 <= total;
}

static gboolean
has_extension (const char *filename,
               const char * const *extensions)
{
  g_autofree char *lower = NULL;

  if (filename == NULL)
    return FALSE;
  lower = g_ascii_strdown (filename, -1);
  for (guint i = 0; extensions[i] != NULL; i++)
    if (g_str_has_suffix (lower, extensions[i]))
      return TRUE;
  return FALSE;
}

static guint
count_occurrences (const char *haystack,
                   gsize       length,
                   const char *needle)
{
  gsize needle_length = strlen (needle);
  const char *end = haystack + length;
  guint n = 0;

  for (const char *p = haystack; p + needle_length <= end; )
    {
      const char *hit = g_strstr_len (p, end - p, needle);

      if (hit == NULL)
        break;
      n++;
      p = hit + needle_length;
    }
  return n;
}

DossierImportFormat
dossier_importer_detect_format (const char *text,
                                gsize       length,
                                const char *filename_hint)
{
  static const char * const html_extensions[] = { ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", NULL };
  static const char * const markdown_extensions[] = { ".md", ".markdown", ".mdown", ".mkd", NULL };
  static const char * const html_starts[] = { "<!doctype html", "<html", "<head", "<body", "<?xml", "<!--", "<meta", "<div", "<p>", "<p ", "<article", "<title", "<section", "<h1", "<span", "<table", NULL };
  gsize sample_length = MIN (length, 65536);
  g_autofree char *sample = NULL;
  const char *p = text;
  guint tags;

  g_return_val_if_fail (text != NULL, DOSSIER_IMPORT_FORMAT_TEXT);

  /* Most pages say what they are in their first bytes: look there before
   * lowering the whole sample. */
  while (p < text + sample_length && g_ascii_isspace (*p))
    p++;
  {
    g_autofree char *opening = g_ascii_strdown (p, MIN (16, sample_length - (p - text)));

    for (guint i = 0; html_starts[i] != NULL; i++)
      if (g_str_has_prefix (opening, html_starts[i]))
        return DOSSIER_IMPORT_FORMAT_HTML;
  }

  sample = g_ascii_strdown (text, sample_length);
  p = sample;
  while (g_ascii_isspace (*p))
    p++;

  sample_length = strlen (sample);
  tags = count_occurrences (sample, sample_length, "</p>") + count_occurrences (sample, sample_length, "</div>") +
         count_occurrences (sample, sample_length, "<br") + count_occurrences (sample, sample_length, "</a>") +
         count_occurrences (sample, sample_length, "</span>") + count_occurrences (sample, sample_length, "</h");
  if (tags >= 3 && (*p == '<' || tags >= 8 || has_extension (filename_hint, html_extensions)))
    return DOSSIER_IMPORT_FORMAT_HTML;

  if (dossier_markdown_detect (text, length))
    return DOSSIER_IMPORT_FORMAT_MARKDOWN;
  if (has_extension (filename_hint, markdown_extensions) && tags == 0)
    return DOSSIER_IMPORT_FORMAT_MARKDOWN;
  if (has_extension (filename_hint, html_extensions) && *p == '<')
    return DOSSIER_IMPORT_FORMAT_HTML;
  return DOSSIER_IMPORT_FORMAT_TEXT;
}

/* The first sentence of the body, shortened on a word boundary. */
static char *
fallback_title (const char *body)
{
  const char *end = body;
  glong n = 0;
  GString *out;

  while (*end != '\0' && *end != '\n' && n < FALLBACK_TITLE_LENGTH)
    {
      gunichar c = g_utf8_get_char (end);

      end = g_utf8_next_char (end);
      n++;
      if (c == '.' || c == '!' || c == '?' || c == 0x3002 || c == 0xFF01 || c == 0xFF1F)
        {
          if (c == '.' && *end != ' ' && *end != '\0' && *end != '\n')
            continue;
          return g_strstrip (g_strndup (body, end - body));
        }
    }
  out = g_string_new_len (body, end - body);
  if (*end != '\0' && *end != '\n')
    {
      /* Back up to the last space when the text has spaces. */
      const char *space = g_strrstr_len (out->str, out->len, " ");

      if (space != NULL && space - out->str > (gssize) out->len / 2)
        g_string_truncate (out, space - out->str);
      g_string_append (out, "…");
    }
  return g_strstrip (g_string_free (out, FALSE));
}

/* Takes @owned_bytes over, so that the raw bytes are released as soon as
 * they are decoded (a 50 MB page then never exists in three copies). */
static DossierArticle *
import_owned_bytes (GBytes      *owned_bytes,
                    const char  *filename_hint,
                    const char  *charset,
                    const char  *url,
                    GError     **error)
{
  g_autoptr(GBytes) bytes = owned_bytes;
  g_autoptr(DossierExtracted) extracted = NULL;
  g_autoptr(DossierArticle) article = NULL;
  g_autofree char *text = NULL;
  g_autofree char *used_charset = NULL;
  g_autofree char *body = NULL;
  gsize body_length = 0;
  gsize text_length;
  const char *name = filename_hint != NULL ? filename_hint : _("the input");
  const guint8 *data;
  const char *kind;
  GString *joined;
  gsize length;
  guint replaced = 0;

  data = g_bytes_get_data (bytes, &length);
  if (length > DOSSIER_IMPORTER_MAX_SIZE)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_TOO_LARGE,
                   _("“%s” is too large to be an article (%lu MB; the limit is %lu MB)"),
                   name, (unsigned long) (length / (1024 * 1024)),
                   (unsigned long) (DOSSIER_IMPORTER_MAX_SIZE / (1024 * 1024)));
      return NULL;
    }
  if (length == 0)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT, _("“%s” is empty"), name);
      return NULL;
    }
  if ((kind = binary_kind (data, length)) != NULL)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                   _("“%s” is not an article: it is %s"), name, kind);
      return NULL;
    }

  text = dossier_charset_to_utf8 (data, length, charset, &used_charset, &replaced, error);
  data = NULL;
  g_clear_pointer (&bytes, g_bytes_unref);
  if (text == NULL)
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }
  text_length = strlen (text);
  if (!looks_like_text (text, text_length))
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                   _("“%s” is not an article: it holds binary data, not text"), name);
      return NULL;
    }

  switch (dossier_importer_detect_format (text, text_length, filename_hint))
    {
    case DOSSIER_IMPORT_FORMAT_HTML:
      /* The extractor frees the text as soon as it is parsed. */
      extracted = dossier_html_extract_take (g_steal_pointer (&text), text_length, url);
      break;
    case DOSSIER_IMPORT_FORMAT_MARKDOWN:
      extracted = dossier_markdown_extract (text);
      break;
    case DOSSIER_IMPORT_FORMAT_TEXT:
    default:
      extracted = dossier_text_clean (text);
      break;
    }
  if (extracted == NULL)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                   _("“%s” could not be read as a web page"), name);
      return NULL;
    }

  /* Big inputs: drop each copy as soon as the next one exists. The body
   * is put into NFC paragraph by paragraph (nothing composes across a line
   * break), each one freed once it is in. */
  g_clear_pointer (&text, g_free);
  for (guint i = 0; i < extracted->paragraphs->len; i++)
    body_length += strlen (g_ptr_array_index (extracted->paragraphs, i)) + 2;
  joined = g_string_sized_new (body_length);
  for (guint i = 0; i < extracted->paragraphs->len; i++)
    {
      if (joined->len > 0)
        g_string_append (joined, "\n\n");
      dossier_nfc_append (joined, g_ptr_array_index (extracted->paragraphs, i), -1);
      g_clear_pointer (&g_ptr_array_index (extracted->paragraphs, i), g_free);
    }
  g_ptr_array_set_size (extracted->paragraphs, 0);
  body = g_string_free (joined, FALSE);
  if (*body == '\0')
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                   _("“%s” contains no article text"), name);
      return NULL;
    }

  article = dossier_article_new ();
  dossier_article_set_body (article, body);
  g_clear_pointer (&body, g_free);
  if (extracted->title != NULL && *extracted->title != '\0')
    {
      g_autofree char *title = dossier_nfc_or_copy (extracted->title);
      dossier_article_set_title (article, title);
    }
  else
    {
      g_autofree char *title = fallback_title (dossier_article_get_body (article));
      dossier_article_set_title (article, title);
    }
  if (extracted->source != NULL)
    {
      g_autofree char *source = dossier_nfc_or_copy (extracted->source);
      dossier_article_set_source (article, source);
    }
  dossier_article_set_url (article, url != NULL ? url : extracted->url);
  dossier_article_set_published (article, extracted->published);
  dossier_article_set_lang (article, dossier_language_detect (dossier_article_get_body (article)));
  dossier_article_set_imported (article, g_get_real_time () / G_USEC_PER_SEC);

  if (replaced > 0)
    {
      g_autofree char *warning =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u byte could not be decoded as %s and was replaced by “�”",
                                      "%u bytes could not be decoded as %s and were replaced by “�”",
                                      replaced),
                         replaced, used_charset);
      dossier_article_add_warning (article, warning);
    }
  for (guint i = 0; i < extracted->warnings->len; i++)
    dossier_article_add_warning (article, g_ptr_array_index (extracted->warnings, i));

  return g_steal_pointer (&article);
}

DossierArticle *
dossier_importer_import_bytes (GBytes      *bytes,
                               const char  *filename_hint,
                               const char  *charset,
                               const char  *url,
                               GError     **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return import_owned_bytes (g_bytes_ref (bytes), filename_hint, charset, url, error);
}

DossierArticle *
dossier_importer_import_file (GFile       *file,
                              const char  *charset,
                              const char  *url,
                              GError     **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  DossierArticle *article;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_parse_name (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      g_set_error (error, DOSSIER_ERROR,
                   g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ? DOSSIER_ERROR_NOT_FOUND : DOSSIER_ERROR_IO,
                   _("Cannot read “%s”: %s"), name, local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                   _("“%s” is a folder, not an article"), name);
      return NULL;
    }
  /* Refuse before reading: a 200 MB file is not loaded at all. */
  if ((guint64) g_file_info_get_size (info) > DOSSIER_IMPORTER_MAX_SIZE)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_TOO_LARGE,
                   _("“%s” is too large to be an article (%lu MB; the limit is %lu MB)"),
                   name, (unsigned long) ((guint64) g_file_info_get_size (info) / (1024 * 1024)),
                   (unsigned long) (DOSSIER_IMPORTER_MAX_SIZE / (1024 * 1024)));
      return NULL;
    }

  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_IO,
                   _("Cannot read “%s”: %s"), name, local_error->message);
      return NULL;
    }

  article = import_owned_bytes (g_steal_pointer (&bytes), name, charset, url, error);
  path = g_file_get_path (file);
  if (article != NULL && path != NULL)
    dossier_article_set_original_path (article, path);
  return article;
}
