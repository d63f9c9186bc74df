/* dossier-text-cleaner.c — pasted web text to an article body
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dossier-text-cleaner.h"

#include <string.h>

#include "dossier-text-markers.h"

typedef enum
{
  LINE_OTHER,
  LINE_SENTENCE,     /* reads like body text */
  LINE_BREADCRUMB,
  LINE_FURNITURE,    /* share counters, "Advertisement", bare numbers */
  LINE_TIMESTAMP,    /* a date or time and nothing else */
  LINE_INLINE_AD,    /* "Lire aussi : …" */
  LINE_END_MARKER,   /* "Related", "延伸阅读", "Responses (0)" */
} LineKind;

typedef struct
{
  char     *text;
  LineKind  kind;
  glong     chars;
} Line;

static void
line_clear (gpointer data)
{
  Line *line = data;

  g_free (line->text);
}

static gboolean
is_terminal (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x3002 || c == 0xFF01 || c == 0xFF1F ||
         c == 0x2026 || c == 0x061F || c == 0xFF0E || c == ';' || c == 0xFF1B;
}

static gboolean
is_closing (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0x00BB || c == 0x300D ||
         c == 0x300F || c == ')' || c == 0xFF09 || c == ']';
}

static gboolean
ends_like_sentence (const char *text)
{
  const char *p = text + strlen (text);

  while (p > text)
    {
      gunichar c;

      p = g_utf8_prev_char (p);
      c = g_utf8_get_char (p);
      if (is_closing (c) || g_unichar_isspace (c))
        continue;
      return is_terminal (c);
    }
  return FALSE;
}

static guint
cjk_count (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x2E80 && (g_unichar_iswide (c) || g_unichar_get_script (c) == G_UNICODE_SCRIPT_HANGUL))
        n++;
    }
  return n;
}

/* "Width" of a line in Latin-letter equivalents: one CJK character carries
 * about as much as two and a half Latin letters. */
static glong
text_weight (const char *text,
             glong       chars)
{
  guint cjk = cjk_count (text);

  return chars - cjk + (cjk * 5) / 2;
}

static gboolean
is_breadcrumb (const char *text,
               glong       chars)
{
  static const char * const separators[] = { " > ", ">", "›", "»", " / ", " | ", "|", "＞", NULL };

  if (chars > 120 || ends_like_sentence (text))
    return FALSE;
  for (guint i = 0; separators[i] != NULL; i++)
    {
      g_auto(GStrv) parts = NULL;
      const char *first = strstr (text, separators[i]);
      guint n;
      gboolean short_parts = TRUE;

      /* Three parts need two separators. */
      if (first == NULL || strstr (first + strlen (separators[i]), separators[i]) == NULL)
        continue;
      parts = g_strsplit (text, separators[i], -1);
      n = g_strv_length (parts);
      if (n < 3)
        continue;
      for (guint j = 0; j < n; j++)
        if (g_utf8_strlen (g_strstrip (parts[j]), -1) > 30)
          short_parts = FALSE;
      if (short_parts)
        return TRUE;
    }
  return FALSE;
}

static LineKind
classify (const char *text,
          glong       chars)
{
  glong weight = text_weight (text, chars);
  g_autofree char *normalised = dossier_text_markers_normalise (text);

  if (dossier_text_markers_is_end_normalised (normalised))
    return LINE_END_MARKER;
  if (dossier_text_markers_is_inline_ad (text))
    return LINE_INLINE_AD;
  if (dossier_text_markers_is_timestamp (text))
    return LINE_TIMESTAMP;
  if (dossier_text_markers_is_furniture_normalised (normalised))
    return LINE_FURNITURE;
  if (chars <= 40 && !ends_like_sentence (text))
    {
      g_autofree char *source = dossier_text_markers_source_line (text);

      if (source != NULL)
        return LINE_FURNITURE;
    }
  if (is_breadcrumb (text, chars))
    return LINE_BREADCRUMB;
  if ((ends_like_sentence (text) && weight >= 40) || weight >= 200)
    return LINE_SENTENCE;
  return LINE_OTHER;
}

/* Joins hard-wrapped lines: inside a block of lines between blank lines,
 * long lines that do not end a sentence continue on the next line. */
static GArray *
split_lines (const char *text)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (Line));
  g_auto(GStrv) raw = NULL;
  GString *pending = NULL;
  g_autofree char *unix_text = NULL;

  g_array_set_clear_func (lines, line_clear);
  unix_text = g_strdup (text);
  for (char *p = unix_text; *p != '\0'; p++)
    if (*p == '\r')
      *p = p[1] == '\n' ? ' ' : '\n';
  raw = g_strsplit (unix_text, "\n", -1);

  for (guint i = 0; raw[i] != NULL; i++)
    {
      char *line = g_strstrip (raw[i]);
      glong chars = g_utf8_strlen (line, -1);
      gboolean next_nonblank = raw[i + 1] != NULL && *g_strstrip (raw[i + 1]) != '\0';
      gboolean wrapped = chars >= 60 && chars <= 100 && !ends_like_sentence (line) && next_nonblank && cjk_count (line) == 0;

      if (*line == '\0')
        {
          if (pending != NULL)
            {
              Line l = { g_string_free (pending, FALSE), LINE_OTHER, 0 };
              g_array_append_val (lines, l);
              pending = NULL;
            }
          continue;
        }
      if (pending != NULL)
        {
          g_string_append_c (pending, ' ');
          g_string_append (pending, line);
        }
      else if (wrapped)
        pending = g_string_new (line);
      else
        {
          Line l = { g_strdup (line), LINE_OTHER, 0 };
          g_array_append_val (lines, l);
          continue;
        }
      if (!wrapped)
        {
          Line l = { g_string_free (pending, FALSE), LINE_OTHER, 0 };
          g_array_append_val (lines, l);
          pending = NULL;
        }
    }
  if (pending != NULL)
    {
      Line l = { g_string_free (pending, FALSE), LINE_OTHER, 0 };
      g_array_append_val (lines, l);
    }

  for (guint i = 0; i < lines->len; i++)
    {
      Line *l = &g_array_index (lines, Line, i);

      l->chars = g_utf8_strlen (l->text, -1);
      l->kind = classify (l->text, l->chars);
    }
  return lines;
}

/* A list of linked headlines (each with its own timestamp, often each shown
 * twice) starts at @i when the next lines hold several timestamps or
 * repeated lines and little body text. */
static gboolean
list_starts_at (GArray *lines,
                guint   i)
{
  guint timestamps = 0, repeats = 0;
  guint window = MIN (lines->len, i + 12);
  Line *first = &g_array_index (lines, Line, i);

  if (first->kind == LINE_SENTENCE || first->kind == LINE_INLINE_AD)
    return FALSE;
  /* Headlines, each followed by its outlet and timestamp, with no body
   * sentence in between: the list must show its shape before any prose. */
  for (guint j = i; j < window; j++)
    {
      Line *l = &g_array_index (lines, Line, j);

      if (l->kind == LINE_TIMESTAMP)
        timestamps++;
      else if (l->kind == LINE_SENTENCE && strcmp (l->text, g_array_index (lines, Line, j - 1).text) != 0 &&
               (j + 1 >= lines->len || strcmp (l->text, g_array_index (lines, Line, j + 1).text) != 0))
        return FALSE;
      if (j > i && strcmp (l->text, g_array_index (lines, Line, j - 1).text) == 0)
        repeats++;
      if (timestamps >= 2 || repeats >= 2)
        return TRUE;
    }
  return FALSE;
}

/* Drops everything from the first end marker or headline list on, inline
 * ads anywhere, and furniture at either end. Works on paragraphs that are
 * already the body (HTML output) as well as on pasted text. */
static void
trim_body (GArray *lines,
           guint  *start,
           guint  *end)
{
  guint sentences = 0;

  for (guint i = *start; i < *end; i++)
    {
      Line *l = &g_array_index (lines, Line, i);

      /* An end marker or a headline list only counts once some body text
       * has been seen, so a "Related" line at the top cannot empty the
       * article. */
      /* A headline followed by its own dateline starts the next entry of
       * a blog or news list. */
      gboolean next_entry = sentences >= 3 && l->kind == LINE_OTHER && i + 1 < *end &&
                            g_array_index (lines, Line, i + 1).kind == LINE_TIMESTAMP &&
                            l->chars <= 60 && !ends_like_sentence (l->text);

      if (i > *start && (l->kind == LINE_END_MARKER || next_entry || list_starts_at (lines, i)))
        {
          *end = i;
          break;
        }
      if (l->kind == LINE_SENTENCE)
        sentences++;
    }
  while (*end > *start)
    {
      Line *l = &g_array_index (lines, Line, *end - 1);

      if (l->kind == LINE_SENTENCE || l->kind == LINE_OTHER)
        {
          /* Short trailing lines without a sentence end are bylines or
           * captions of the next block only when followed by nothing. */
          break;
        }
      (*end)--;
    }
}

static void
keep_lines (GArray    *lines,
            guint      start,
            guint      end,
            GPtrArray *out,
            gboolean   strings_only,
            DossierExtracted *extracted)
{
  for (guint i = start; i < end; i++)
    {
      Line *l = &g_array_index (lines, Line, i);

      if (l->kind == LINE_INLINE_AD || l->kind == LINE_FURNITURE || l->kind == LINE_END_MARKER)
        continue;
      if (strings_only)
        g_ptr_array_add (out, g_steal_pointer (&l->text));   /* moved, not copied: bodies can be big */
      else
        _dossier_extracted_add_paragraph (extracted, l->text, -1);
    }
}

static char *
source_from_breadcrumb (const char *text)
{
  static const char * const separators[] = { ">", "›", "»", "/", "|", "＞", NULL };

  for (guint i = 0; separators[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (text, separators[i], -1);

      if (g_strv_length (parts) < 2)
        continue;
      for (guint j = 0; parts[j] != NULL; j++)
        {
          char *part = g_strstrip (parts[j]);

          /* The home link names the portal; the next segment the section
           * that published the article ("Home > Tech > Article"). */
          if (*part == '\0' || dossier_text_markers_is_generic_crumb (part))
            continue;
          if (j == 0 && parts[1] != NULL && dossier_text_markers_is_home_crumb (part))
            continue;
          return g_strdup (part);
        }
    }
  return NULL;
}

DossierExtracted *
dossier_text_clean (const char *text)
{
  g_autoptr(GArray) lines = NULL;
  DossierExtracted *extracted = _dossier_extracted_new ();
  g_autofree char *crumb_source = NULL;
  guint start = 0, end;
  int title_index = -1;

  g_return_val_if_fail (text != NULL, extracted);

  lines = split_lines (text);
  end = lines->len;

  /* The body starts at the first line that reads like a sentence. */
  while (start < lines->len && g_array_index (lines, Line, start).kind != LINE_SENTENCE)
    start++;
  if (start == lines->len)
    start = 0;

  /* The header: breadcrumb, title, byline, date, share counters. */
  for (guint i = 0; i < start; i++)
    {
      Line *l = &g_array_index (lines, Line, i);

      if (l->kind == LINE_BREADCRUMB)
        {
          if (crumb_source == NULL)
            crumb_source = source_from_breadcrumb (l->text);
          continue;
        }
      if (extracted->published == NULL)
        extracted->published = dossier_text_find_date (l->text);
      if (extracted->source == NULL)
        extracted->source = dossier_text_markers_source_line (l->text);
      if (l->kind == LINE_OTHER && title_index < 0 && l->chars >= 4 &&
          !dossier_text_markers_is_byline (l->text))
        title_index = i;
    }
  if (title_index >= 0)
    extracted->title = g_strdup (g_array_index (lines, Line, title_index).text);
  /* "来源：…" names the source; a breadcrumb only the site's section. */
  if (extracted->source == NULL)
    extracted->source = g_steal_pointer (&crumb_source);

  trim_body (lines, &start, &end);
  keep_lines (lines, start, end, NULL, FALSE, extracted);

  /* A date in the opening words of the body ("WASHINGTON, May 13, 2025 —")
   * is the article's; dates further down are about other things. */
  if (extracted->published == NULL && extracted->paragraphs->len > 0)
    {
      g_autofree char *opening = g_utf8_substring (g_ptr_array_index (extracted->paragraphs, 0), 0,
                                                   MIN (60, g_utf8_strlen (g_ptr_array_index (extracted->paragraphs, 0), -1)));
      extracted->published = dossier_text_find_date (opening);
    }
  if (extracted->source == NULL)
    extracted->source = dossier_text_markers_attributed_outlet (extracted->paragraphs);
  return extracted;
}

static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0xA0 && c != 0x3000)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_title_repeat (const Line *line,
                 const char *squeezed_title)
{
  g_autofree char *squeezed = NULL;

  if (squeezed_title == NULL || *squeezed_title == '\0' || line->chars > 200)
    return FALSE;
  squeezed = squeeze (line->text);
  return strcmp (squeezed, squeezed_title) == 0 ||
         (g_utf8_strlen (squeezed, -1) >= 6 && strstr (squeezed_title, squeezed) != NULL && line->kind != LINE_SENTENCE);
}

void
dossier_text_clean_paragraphs (GPtrArray  *paragraphs,
                               const char *title)
{
  g_autofree char *squeezed_title = title != NULL ? squeeze (title) : NULL;
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (Line));
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);
  guint start = 0, end;

  g_return_if_fail (paragraphs != NULL);

  g_array_set_clear_func (lines, line_clear);
  for (guint i = 0; i < paragraphs->len; i++)
    {
      /* The lines take the strings over; @paragraphs is refilled below. */
      Line l = { g_steal_pointer (&g_ptr_array_index (paragraphs, i)), LINE_OTHER, 0 };

      l.chars = g_utf8_strlen (l.text, -1);
      l.kind = classify (l.text, l.chars);
      g_array_append_val (lines, l);
    }
  end = lines->len;
  /* Leading furniture goes (a repeat of the headline, datelines, bylines,
   * counters); the body itself was chosen by the extractor. */
  while (start < end)
    {
      Line *l = &g_array_index (lines, Line, start);

      if (l->kind == LINE_FURNITURE || l->kind == LINE_BREADCRUMB || l->kind == LINE_TIMESTAMP ||
          l->kind == LINE_END_MARKER || l->kind == LINE_INLINE_AD || is_title_repeat (l, squeezed_title) ||
          (l->kind != LINE_SENTENCE && dossier_text_markers_is_byline (l->text)))
        start++;
      else
        break;
    }
  trim_body (lines, &start, &end);
  keep_lines (lines, start, end, kept, TRUE, NULL);

  g_ptr_array_set_size (paragraphs, 0);
  for (guint i = 0; i < kept->len; i++)
    g_ptr_array_add (paragraphs, g_steal_pointer (&g_ptr_array_index (kept, i)));
}
