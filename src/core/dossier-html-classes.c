/* dossier-html-classes.c — the class/id word patterns of the extractor
 *
 * Each pattern is written once, as a regular expression of plain words
 * ("\bshare|sidebar|most-?read|\btags?\b"). Nearly every class or id
 * attribute is ASCII; for those the words are matched directly (a few
 * thousand instructions where PCRE needs tens of thousands for a long
 * class list, and a page has hundreds of them). Anything else (non-ASCII
 * text, where Unicode case folding and word boundaries come into play) goes
 * to GRegex with the same expression, so both paths give the same answers.
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dossier-html-private.h"

static const char * const class_pattern_sources[DOSSIER_HTML_N_CLASS_PATTERNS] = {
  [DOSSIER_HTML_CLASS_UNLIKELY] =
    "\\bad\\b|\\bads\\b|\\badvert|ad-break|agegate|banner|breadcrumb|combx|comment|community|"
    "cover-wrap|disqus|\\bextra\\b|footer|gdpr|\\bheader\\b|legends|\\bmenu|related|remark|"
    "replies|\\brss\\b|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|"
    "pagination|\\bpager\\b|popup|yom-remote|\\bshare|sharing|newsletter|subscribe|"
    "promo|recommend|trending|outbrain|taboola|cookie|signup|toolbar|\\bwidget|"
    "most-?read|most-?popular|read-?more|more-?stories|\\btags?\\b|\\bnav|masthead|"
    "copyright|\\bhot\\b|\\brank|tuijian|xiangguan|\\bprint\\b|\\blogin|\\bmodal",
  [DOSSIER_HTML_CLASS_MAYBE] =
    "and|article|body|column|content|main|shadow|story|entry|post|text",
  [DOSSIER_HTML_CLASS_NEGATIVE] =
    "\\bad\\b|\\bhidden\\b|\\bhid\\b|banner|combx|comment|\\bcom-|contact|\\bfoot|gdpr|"
    "masthead|\\bmedia\\b|\\bmeta\\b|outbrain|promo|related|scroll|\\bshare|shoutbox|sidebar|"
    "skyscraper|sponsor|shopping|\\btags?\\b|\\btool|\\bwidget|byline|author|dateline|"
    "caption|credit|recommend|\\bnav|\\bmenu",
  [DOSSIER_HTML_CLASS_POSITIVE] =
    "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|"
    "detail|zhengwen",
};

/* One spelling of one alternative: "most-?read" gives "mostread" and
 * "most-read". */
typedef struct
{
  char     word[32];
  guint8   length;
  gboolean boundary_before;
  gboolean boundary_after;
} Word;

typedef struct
{
  GArray *words;          /* Word, NULL when the source is not plain words */
  GArray *by_first[128];  /* guint indices into words, by lower-case first byte */
  GRegex *regex;          /* compiled on first use */
} ClassPattern;

static ClassPattern class_patterns[DOSSIER_HTML_N_CLASS_PATTERNS];

static gboolean
is_word_byte (char c)
{
  return g_ascii_isalnum (c) || c == '_';
}

/* Adds every spelling of @alternative (letters, digits and dashes, each
 * optionally followed by "?", between optional \b), or returns FALSE for
 * anything else. */
static gboolean
add_alternative (GArray     *words,
                 const char *alternative,
                 gsize       length)
{
  const char *p = alternative, *end = alternative + length;
  gboolean before = FALSE, after = FALSE;
  char chars[32];
  gboolean optional[32];
  guint n = 0, n_optional = 0;

  if (length >= 2 && strncmp (p, "\\b", 2) == 0)
    {
      before = TRUE;
      p += 2;
    }
  if (end - p >= 2 && strncmp (end - 2, "\\b", 2) == 0)
    {
      after = TRUE;
      end -= 2;
    }
  for (; p < end; p++)
    {
      if (!(g_ascii_isalnum (*p) || *p == '-') || n >= G_N_ELEMENTS (chars) - 1)
        return FALSE;
      chars[n] = g_ascii_tolower (*p);
      optional[n] = p + 1 < end && p[1] == '?';
      if (optional[n])
        {
          n_optional++;
          p++;
        }
      n++;
    }
  if (n == 0 || n_optional > 4)
    return FALSE;
  for (guint mask = 0; mask < (1u << n_optional); mask++)
    {
      Word word = { .boundary_before = before, .boundary_after = after };
      guint bit = 0;

      for (guint i = 0; i < n; i++)
        {
          if (optional[i] && !(mask & (1u << bit++)))
            continue;
          word.word[word.length++] = chars[i];
        }
      if (word.length > 0)
        g_array_append_val (words, word);
    }
  return TRUE;
}

static GArray *
parse_words (const char *source)
{
  g_autoptr(GArray) words = g_array_new (FALSE, TRUE, sizeof (Word));
  const char *start = source;

  for (const char *p = source;; p++)
    if (*p == '|' || *p == '\0')
      {
        if (!add_alternative (words, start, p - start))
          return NULL;
        if (*p == '\0')
          break;
        start = p + 1;
      }
  return g_steal_pointer (&words);
}

static void
init_class_patterns (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      for (guint i = 0; i < DOSSIER_HTML_N_CLASS_PATTERNS; i++)
        {
          ClassPattern *pattern = &class_patterns[i];

          pattern->words = parse_words (class_pattern_sources[i]);
          if (pattern->words == NULL)
            continue;
          for (guint w = 0; w < pattern->words->len; w++)
            {
              guchar first = g_array_index (pattern->words, Word, w).word[0];

              if (pattern->by_first[first] == NULL)
                pattern->by_first[first] = g_array_new (FALSE, FALSE, sizeof (guint));
              g_array_append_val (pattern->by_first[first], w);
            }
        }
      g_once_init_leave (&once, 1);
    }
}

static GRegex *
class_pattern_regex (ClassPattern *pattern,
                     guint         index)
{
  static GMutex lock;
  GRegex *regex;

  g_mutex_lock (&lock);
  if (pattern->regex == NULL)
    pattern->regex = g_regex_new (class_pattern_sources[index], G_REGEX_CASELESS, 0, NULL);
  regex = pattern->regex;
  g_mutex_unlock (&lock);
  return regex;
}

/* \b at @position of @text (of @length bytes), as PCRE sees it in ASCII. */
static gboolean
at_boundary (const char *text,
             gsize       length,
             gsize       position)
{
  gboolean word_before = position > 0 && is_word_byte (text[position - 1]);
  gboolean word_after = position < length && is_word_byte (text[position]);

  return word_before != word_after;
}

static gboolean
match_words (const ClassPattern *pattern,
             const char         *text,
             gsize               length)
{
  for (gsize i = 0; i < length; i++)
    {
      GArray *candidates = pattern->by_first[(guchar) g_ascii_tolower (text[i])];

      if (candidates == NULL)
        continue;
      for (guint c = 0; c < candidates->len; c++)
        {
          const Word *word = &g_array_index (pattern->words, Word, g_array_index (candidates, guint, c));
          guint k;

          if (word->length > length - i)
            continue;
          for (k = 1; k < word->length; k++)
            if (g_ascii_tolower (text[i + k]) != word->word[k])
              break;
          if (k < word->length)
            continue;
          if (word->boundary_before && !at_boundary (text, length, i))
            continue;
          if (word->boundary_after && !at_boundary (text, length, i + word->length))
            continue;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
_dossier_html_class_matches (DossierHtmlClassPattern  which,
                             const char              *class_and_id)
{
  ClassPattern *pattern;
  gsize length;
  gboolean ascii = TRUE;

  g_return_val_if_fail (which < DOSSIER_HTML_N_CLASS_PATTERNS, FALSE);
  g_return_val_if_fail (class_and_id != NULL, FALSE);

  init_class_patterns ();
  pattern = &class_patterns[which];
  for (length = 0; class_and_id[length] != '\0'; length++)
    if ((guchar) class_and_id[length] >= 0x80)
      ascii = FALSE;
  if (ascii && pattern->words != NULL)
    return match_words (pattern, class_and_id, length);
  return g_regex_match (class_pattern_regex (pattern, which), class_and_id, 0, NULL);
}

/* For the tests: the same question asked of GRegex alone. */
gboolean
_dossier_html_class_matches_regex (DossierHtmlClassPattern  which,
                                   const char              *class_and_id)
{
  g_return_val_if_fail (which < DOSSIER_HTML_N_CLASS_PATTERNS, FALSE);

  init_class_patterns ();
  return g_regex_match (class_pattern_regex (&class_patterns[which], which), class_and_id, 0, NULL);
}

gboolean
_dossier_html_class_patterns_are_words (void)
{
  init_class_patterns ();
  for (guint i = 0; i < DOSSIER_HTML_N_CLASS_PATTERNS; i++)
    if (class_patterns[i].words == NULL)
      return FALSE;
  return TRUE;
}
