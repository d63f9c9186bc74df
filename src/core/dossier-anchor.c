/* dossier-anchor.c — find an annotated passage again in a changed text
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Matching works on code points with runs of white space folded to one
 * space, so that re-wrapped paragraphs do not lose their annotations; each
 * folded position remembers its offset in the real body.
 */
#include "config.h"

#include <string.h>

#include "dossier-anchor.h"

/* Context characters compared when looking for the prefix / suffix of an
 * edited passage. */
#define CONTEXT_PROBE 16
/* A quote found once, this long, is trusted even when its context changed. */
#define LONG_QUOTE 24
/* Edited passages must stay this similar to the stored quote. */
#define MIN_SIMILARITY 0.6
/* Beyond this, the edit distance would cost too much: orphan instead. */
#define MAX_FUZZY_CHARS 4000

typedef struct
{
  gunichar *chars;
  guint    *map;      /* folded index → code-point offset in the original */
  guint     len;
  guint     orig_len;
} Folded;

static void
folded_clear (Folded *f)
{
  g_clear_pointer (&f->chars, g_free);
  g_clear_pointer (&f->map, g_free);
}

static void
fold (const char *text,
      Folded     *out)
{
  glong n = 0;
  g_autofree gunichar *ucs = NULL;
  gboolean in_space = FALSE;

  memset (out, 0, sizeof *out);
  if (text == NULL)
    text = "";
  ucs = g_utf8_to_ucs4_fast (text, -1, &n);
  out->chars = g_new (gunichar, n + 1);
  out->map = g_new (guint, n + 1);
  out->orig_len = n;
  for (glong i = 0; i < n; i++)
    {
      if (g_unichar_isspace (ucs[i]))
        {
          if (in_space)
            continue;
          in_space = TRUE;
          out->chars[out->len] = ' ';
        }
      else
        {
          in_space = FALSE;
          out->chars[out->len] = ucs[i];
        }
      out->map[out->len++] = i;
    }
}

/* Offset in the original text of the folded position @i (may be len). */
static guint
unfold_start (const Folded *f,
              guint         i)
{
  return i < f->len ? f->map[i] : f->orig_len;
}

/* Exclusive end in the original text of a folded range ending at @i. */
static guint
unfold_end (const Folded *f,
            guint         i)
{
  return i == 0 ? 0 : f->map[i - 1] + 1;
}

static gboolean
matches_at (const Folded *hay,
            guint         pos,
            const gunichar *needle,
            guint         len)
{
  return pos + len <= hay->len &&
         memcmp (hay->chars + pos, needle, len * sizeof (gunichar)) == 0;
}

/* Every position of @needle in @hay. */
static GArray *
find_all (const Folded   *hay,
          const gunichar *needle,
          guint           len)
{
  GArray *hits = g_array_new (FALSE, FALSE, sizeof (guint));

  if (len == 0 || len > hay->len)
    return hits;
  for (guint i = 0; i + len <= hay->len; i++)
    if (hay->chars[i] == needle[0] && matches_at (hay, i, needle, len))
      g_array_append_val (hits, i);
  return hits;
}

/* How many characters of the prefix end right before @pos, plus how many
 * of the suffix start at @end. */
static guint
context_score (const Folded *body,
               guint         pos,
               guint         end,
               const Folded *prefix,
               const Folded *suffix)
{
  guint score = 0;

  for (guint k = 0; k < prefix->len && k < pos; k++)
    {
      if (body->chars[pos - 1 - k] != prefix->chars[prefix->len - 1 - k])
        break;
      score++;
    }
  for (guint k = 0; k < suffix->len && end + k < body->len; k++)
    {
      if (body->chars[end + k] != suffix->chars[k])
        break;
      score++;
    }
  return score;
}

static guint
edit_distance (const gunichar *a,
               guint           alen,
               const gunichar *b,
               guint           blen)
{
  g_autofree guint *prev = g_new (guint, blen + 1);
  g_autofree guint *cur = g_new (guint, blen + 1);

  for (guint j = 0; j <= blen; j++)
    prev[j] = j;
  for (guint i = 1; i <= alen; i++)
    {
      guint *tmp;

      cur[0] = i;
      for (guint j = 1; j <= blen; j++)
        {
          guint sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
          guint del = prev[j] + 1;
          guint ins = cur[j - 1] + 1;

          cur[j] = MIN (sub, MIN (del, ins));
        }
      tmp = prev;
      prev = cur;
      cur = tmp;
    }
  return prev[blen];
}

static double
similarity (const gunichar *a,
            guint           alen,
            const gunichar *b,
            guint           blen)
{
  guint longest = MAX (alen, blen);

  if (longest == 0)
    return 1.0;
  return 1.0 - (double) edit_distance (a, alen, b, blen) / longest;
}

/* The quote is gone: look for its prefix and suffix with an edited passage
 * between them. Returns TRUE with the folded range in @out_pos/@out_end. */
static gboolean
locate_edited (const Folded *body,
               const Folded *quote,
               const Folded *prefix,
               const Folded *suffix,
               guint         old_start,
               guint        *out_pos,
               guint        *out_end)
{
  g_autoptr(GArray) starts = NULL;
  g_autoptr(GArray) ends = NULL;
  double best = MIN_SIMILARITY;
  gboolean found = FALSE;

  if (quote->len > MAX_FUZZY_CHARS)
    return FALSE;

  /* Where the passage may start: right after the prefix's last characters
   * (or at the very beginning when the passage had no prefix). */
  if (prefix->len == 0)
    {
      guint zero = 0;

      starts = g_array_new (FALSE, FALSE, sizeof (guint));
      if (old_start == 0)
        g_array_append_val (starts, zero);
    }
  else
    {
      guint n = MIN (prefix->len, CONTEXT_PROBE);

      starts = find_all (body, prefix->chars + prefix->len - n, n);
      for (guint i = 0; i < starts->len; i++)
        g_array_index (starts, guint, i) += n;
    }

  if (suffix->len == 0)
    {
      ends = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (ends, body->len);
    }
  else
    ends = find_all (body, suffix->chars, MIN (suffix->len, CONTEXT_PROBE));

  for (guint i = 0; i < starts->len; i++)
    {
      guint pos = g_array_index (starts, guint, i);

      for (guint j = 0; j < ends->len; j++)
        {
          guint end = g_array_index (ends, guint, j);
          guint len;
          double sim;

          if (end <= pos)
            continue;
          len = end - pos;
          if (len * 2 < quote->len || len > quote->len * 2 + CONTEXT_PROBE ||
              len > MAX_FUZZY_CHARS)
            continue;
          sim = similarity (body->chars + pos, len, quote->chars, quote->len);
          if (sim > best)
            {
              best = sim;
              *out_pos = pos;
              *out_end = end;
              found = TRUE;
            }
        }
    }

  if (found)
    {
      /* The folded space next to the context belongs to neither side. */
      while (*out_pos < *out_end && body->chars[*out_pos] == ' ')
        (*out_pos)++;
      while (*out_end > *out_pos && body->chars[*out_end - 1] == ' ')
        (*out_end)--;
      found = *out_end > *out_pos;
    }
  return found;
}

static gboolean
quote_is_at (const char *body,
             const char *quote,
             guint       start,
             guint       end)
{
  glong n = g_utf8_strlen (body, -1);
  const char *a, *b;

  if (end < start || end > n)
    return FALSE;
  a = g_utf8_offset_to_pointer (body, start);
  b = g_utf8_offset_to_pointer (a, end - start);
  return strlen (quote) == (gsize) (b - a) && memcmp (a, quote, b - a) == 0;
}

DossierAnchorStatus
dossier_anchor_locate (const DossierAnchor *anchor,
                       const char          *body,
                       guint               *out_start,
                       guint               *out_end)
{
  Folded fbody, fquote, fprefix, fsuffix;
  g_autoptr(GArray) hits = NULL;
  DossierAnchorStatus status = DOSSIER_ANCHOR_ORPHANED;
  guint best_pos = 0, best_score = 0, best_distance = G_MAXUINT;
  guint available;
  gboolean have_best = FALSE;

  g_return_val_if_fail (anchor != NULL, DOSSIER_ANCHOR_ORPHANED);
  g_return_val_if_fail (anchor->quote != NULL, DOSSIER_ANCHOR_ORPHANED);
  g_return_val_if_fail (body != NULL, DOSSIER_ANCHOR_ORPHANED);

  if (anchor->quote[0] == '\0')
    return DOSSIER_ANCHOR_ORPHANED;

  if (quote_is_at (body, anchor->quote, anchor->start, anchor->end))
    {
      if (out_start)
        *out_start = anchor->start;
      if (out_end)
        *out_end = anchor->end;
      return DOSSIER_ANCHOR_UNCHANGED;
    }

  fold (body, &fbody);
  fold (anchor->quote, &fquote);
  fold (anchor->prefix, &fprefix);
  fold (anchor->suffix, &fsuffix);
  available = fprefix.len + fsuffix.len;

  hits = find_all (&fbody, fquote.chars, fquote.len);
  for (guint i = 0; i < hits->len; i++)
    {
      guint pos = g_array_index (hits, guint, i);
      guint score = context_score (&fbody, pos, pos + fquote.len, &fprefix, &fsuffix);
      guint at = unfold_start (&fbody, pos);
      guint distance = at > anchor->start ? at - anchor->start : anchor->start - at;

      if (!have_best || score > best_score ||
          (score == best_score && distance < best_distance))
        {
          have_best = TRUE;
          best_pos = pos;
          best_score = score;
          best_distance = distance;
        }
    }

  /* Trust an occurrence when its surroundings agree (a quarter of the
   * stored context is enough to survive nearby edits), or when the quote
   * is long and unique. */
  if (have_best &&
      (available == 0 || best_score * 4 >= available ||
       (hits->len == 1 && fquote.len >= LONG_QUOTE)))
    {
      guint s = unfold_start (&fbody, best_pos);
      guint e = unfold_end (&fbody, best_pos + fquote.len);

      status = quote_is_at (body, anchor->quote, s, e) ? DOSSIER_ANCHOR_MOVED
                                                        : DOSSIER_ANCHOR_EDITED;
      if (out_start)
        *out_start = s;
      if (out_end)
        *out_end = e;
    }
  else
    {
      guint pos = 0, end = 0;

      if (locate_edited (&fbody, &fquote, &fprefix, &fsuffix, anchor->start, &pos, &end))
        {
          status = DOSSIER_ANCHOR_EDITED;
          if (out_start)
            *out_start = unfold_start (&fbody, pos);
          if (out_end)
            *out_end = unfold_end (&fbody, end);
        }
    }

  folded_clear (&fbody);
  folded_clear (&fquote);
  folded_clear (&fprefix);
  folded_clear (&fsuffix);
  return status;
}

const char *
dossier_anchor_status_to_string (DossierAnchorStatus status)
{
  switch (status)
    {
    case DOSSIER_ANCHOR_UNCHANGED:
      return "unchanged";
    case DOSSIER_ANCHOR_MOVED:
      return "moved";
    case DOSSIER_ANCHOR_EDITED:
      return "edited";
    case DOSSIER_ANCHOR_ORPHANED:
    default:
      return "orphaned";
    }
}
