/* dossier-normalize.c — text folding for entity matching
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-normalize.h"

#include <string.h>

/* Folding a code point goes through a table for the Basic Multilingual
 * Plane, built once: an entry is the single folded code point, FOLD_DROP for
 * code points that vanish (combining marks, soft hyphen), or FOLD_SLOW when
 * the folding yields several code points. Everything above the BMP takes
 * the slow path, which is rare in news text. */
#define FOLD_DROP 0xFFFFFFFEu
#define FOLD_SLOW 0xFFFFFFFFu
#define MAX_FOLD  18

static guint32 *fold_table;
/* Whether the CJK Unified Ideographs (U+4E00–U+9FFF) fold to themselves,
 * as they do: they are then not looked up, which keeps most of the table
 * out of the cache in Chinese text. Set with the table. */
static gboolean cjk_folds_to_itself;

static gunichar
unify (gunichar c)
{
  switch (c)
    {
    case 0x00B7: case 0x2022: case 0x2027: case 0x30FB: case 0xFF65:
    case 0x2219: case 0x22C5: case 0x0387: case 0x2E31: case 0x16EB:
      return 0x00B7;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
    case 0x2E3A: case 0x2E3B:
      return '-';
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x02BB:
    case 0xFF07: case 0x0060: case 0x00B4: case 0x2032:
      return '\'';
    default:
      if (c != ' ' && g_unichar_isspace (c))
        return ' ';
      if (c == 0x00A0 || c == 0x202F || c == 0x2007 || c == 0x3000)
        return ' ';
      return c;
    }
}

static guint
fold_slow (gunichar  c,
           gunichar *out)
{
  gunichar decomposed[MAX_FOLD];
  gsize n, i;
  guint n_out = 0;

  c = unify (c);
  if (c < 0x80)
    {
      out[0] = g_ascii_tolower (c);
      return 1;
    }
  if (c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF)
    return 0;   /* soft hyphen and zero-width characters */
  if (c == 0x00DF)
    {
      out[0] = 's';
      out[1] = 's';
      return 2;
    }

  n = g_unichar_fully_decompose (c, TRUE, decomposed, MAX_FOLD);
  for (i = 0; i < n; i++)
    {
      gunichar d = decomposed[i];
      GUnicodeType type = g_unichar_type (d);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK)
        continue;
      d = unify (d);
      out[n_out++] = g_unichar_tolower (d);
    }
  return n_out;
}

static gpointer
build_fold_table (gpointer data)
{
  guint32 *table = g_new (guint32, 0x10000);
  gunichar c;

  for (c = 0; c < 0x10000; c++)
    {
      gunichar out[MAX_FOLD];
      guint n;

      if (c >= 0xD800 && c < 0xE000)
        {
          table[c] = FOLD_DROP;
          continue;
        }
      n = fold_slow (c, out);
      table[c] = n == 0 ? FOLD_DROP : n == 1 ? out[0] : FOLD_SLOW;
    }
  cjk_folds_to_itself = TRUE;
  for (c = 0x4E00; c <= 0x9FFF; c++)
    if (table[c] != c)
      cjk_folds_to_itself = FALSE;
  return table;
}

static inline const guint32 *
get_fold_table (void)
{
  static GOnce once = G_ONCE_INIT;

  if (G_UNLIKELY (fold_table == NULL))
    fold_table = g_once (&once, build_fold_table, NULL);
  return fold_table;
}

guint
dossier_normalize_char (gunichar  c,
                        gunichar *out)
{
  const guint32 *table = get_fold_table ();

  if (c < 0x10000)
    {
      guint32 f = table[c];

      if (f == FOLD_DROP)
        return 0;
      if (f != FOLD_SLOW)
        {
          out[0] = f;
          return 1;
        }
    }
  return fold_slow (c, out);
}

gboolean
(dossier_unichar_is_cjk) (gunichar c)
{
  return dossier_unichar_is_cjk (c);
}

gboolean
(dossier_unichar_is_word) (gunichar c)
{
  return dossier_unichar_is_word (c);
}

static void
grow_folded (DossierNormalized *self,
             gsize             *cap,
             gsize              need)
{
  *cap = MAX (*cap * 2, need);
  self->norm = g_renew (gunichar, self->norm, *cap);
  self->orig_index = g_renew (guint, self->orig_index, *cap);
}

DossierNormalized *
dossier_normalized_new_len (const char *text,
                            gsize       len)
{
  DossierNormalized *self;
  const guint32 *table = get_fold_table ();
  const guchar *p = (const guchar *) text, *end = p + len;
  gunichar *orig, *norm;
  guint *orig_index, *orig_byte;
  gsize cap;
  guint i = 0, n = 0;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_new0 (DossierNormalized, 1);
  /* A code point is at least one byte, so len bounds the arrays; folding
   * rarely grows text, and the slow path grows the folded arrays when it
   * does. */
  orig = self->orig = g_new (gunichar, len + 1);
  orig_byte = self->orig_byte = g_new (guint, len + 1);
  cap = len + 16;
  norm = self->norm = g_new (gunichar, cap);
  orig_index = self->orig_index = g_new (guint, cap);

  while (p < end)
    {
      gunichar c;
      guint32 f;

      if (p[0] < 0x80)
        {
          /* A run of ASCII: each byte folds to one code point, never to
           * none or several, so room for the rest of the text is room for
           * the run. */
          guint32 *restrict o = orig, *restrict ob = orig_byte;
          guint32 *restrict nm = norm, *restrict oi = orig_index;
          const guint32 *restrict ascii = table;
          guint32 prev = n > 0 ? nm[n - 1] : ' ';

          if (G_UNLIKELY (n + (gsize) (end - p) + 1 >= cap))
            {
              grow_folded (self, &cap, n + (end - p) + 16);
              nm = norm = self->norm;
              oi = orig_index = self->orig_index;
            }
          /* eight bytes at a time while they are all ASCII */
          while (end - p >= 8)
            {
              guint64 word;
              guint base = (guint) (p - (const guchar *) text), k;

              memcpy (&word, p, 8);
              if (word & G_GUINT64_CONSTANT (0x8080808080808080))
                break;
              for (k = 0; k < 8; k++)
                {
                  c = p[k];
                  ob[i] = base + k;
                  o[i] = c;
                  f = ascii[c];
                  /* written always, kept unless a space follows a space:
                   * spaces come too irregularly for a branch */
                  nm[n] = f;
                  oi[n] = i;
                  n += (f != ' ') | (prev != ' ');
                  prev = f;
                  i++;
                }
              p += 8;
            }
          if (p == end || *p >= 0x80)
            continue;
          do
            {
              c = *p;
              ob[i] = p - (const guchar *) text;
              o[i] = c;
              f = ascii[c];
              if (f != ' ' || prev != ' ')
                {
                  nm[n] = f;
                  oi[n++] = i;
                }
              prev = f;   /* a space skipped follows a space */
              i++;
              p++;
            }
          while (p < end && *p < 0x80);
          continue;
        }
      orig_byte[i] = p - (const guchar *) text;
      if (p[0] >= 0xC2 && p[0] < 0xE0 && p + 1 < end && (p[1] & 0xC0) == 0x80)
        {
          /* Well-formed two- and three-byte sequences decoded inline;
           * anything else goes through GLib's validating decoder. */
          c = ((gunichar) (p[0] & 0x1F) << 6) | (p[1] & 0x3F);
          p += 2;
        }
      else if ((p[0] & 0xF0) == 0xE0 && p + 2 < end && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 &&
               (c = ((gunichar) (p[0] & 0x0F) << 12) | ((gunichar) (p[1] & 0x3F) << 6) | (p[2] & 0x3F),
                c >= 0x800 && (c < 0xD800 || c > 0xDFFF)))
        {
          p += 3;
        }
      else
        {
          c = g_utf8_get_char_validated ((const char *) p, end - p);
          if (c == (gunichar) -1 || c == (gunichar) -2)
            {
              /* Callers validate; stay safe on bad bytes anyway. */
              c = 0xFFFD;
              p++;
            }
          else
            p = (const guchar *) g_utf8_next_char (p);
        }
      orig[i] = c;

      if (c >= 0x4E00 && c <= 0x9FFF && cjk_folds_to_itself)
        f = c;
      else
        f = c < 0x10000 ? table[c] : FOLD_SLOW;
      if (f == FOLD_DROP)
        {
          i++;
          continue;
        }
      if (f != FOLD_SLOW)
        {
          if (!(f == ' ' && (n == 0 || norm[n - 1] == ' ')))
            {
              norm[n] = f;
              orig_index[n++] = i;
            }
        }
      else
        {
          gunichar out[MAX_FOLD];
          guint k, count = fold_slow (c, out);

          if (n + count + 1 > cap)
            {
              grow_folded (self, &cap, n + count + 1);
              norm = self->norm;
              orig_index = self->orig_index;
            }
          for (k = 0; k < count; k++)
            {
              norm[n] = out[k];
              orig_index[n++] = i;
            }
        }
      i++;
      /* Keep room for the next ASCII fast-path write. */
      if (n + 1 >= cap)
        {
          grow_folded (self, &cap, cap * 2);
          norm = self->norm;
          orig_index = self->orig_index;
        }
    }
  self->n_norm = n;
  self->n_orig = i;
  orig[i] = 0;
  orig_byte[i] = len;
  return self;
}

DossierNormalized *
dossier_normalized_new (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return dossier_normalized_new_len (text, strlen (text));
}

void
dossier_normalized_free (DossierNormalized *self)
{
  if (self == NULL)
    return;
  g_free (self->orig);
  g_free (self->orig_byte);
  g_free (self->norm);
  g_free (self->orig_index);
  g_free (self);
}

void
dossier_normalized_orig_range (const DossierNormalized *self,
                               guint                    start,
                               guint                    end,
                               guint                   *orig_start,
                               guint                   *orig_end)
{
  g_return_if_fail (start < end && end <= self->n_norm);

  *orig_start = self->orig_index[start];
  *orig_end = self->orig_index[end - 1] + 1;
  /* Combining marks folded away still belong to the letter before them. */
  while (*orig_end < self->n_orig && g_unichar_ismark (self->orig[*orig_end]))
    (*orig_end)++;
}

char *
dossier_normalized_orig_text (const DossierNormalized *self,
                              guint                    orig_start,
                              guint                    orig_end)
{
  char *text;

  g_return_val_if_fail (orig_start <= orig_end && orig_end <= self->n_orig, NULL);

  text = g_ucs4_to_utf8 (self->orig + orig_start, orig_end - orig_start, NULL, NULL, NULL);
  return text ? text : g_strdup ("");
}

char *
dossier_normalize_string (const char *text)
{
  g_autoptr(DossierNormalized) n = NULL;
  GString *s;
  guint start = 0, end, i;

  g_return_val_if_fail (text != NULL, NULL);

  n = dossier_normalized_new (text);
  end = n->n_norm;
  while (start < end && n->norm[start] == ' ')
    start++;
  while (end > start && n->norm[end - 1] == ' ')
    end--;
  s = g_string_sized_new (end - start + 1);
  for (i = start; i < end; i++)
    g_string_append_unichar (s, n->norm[i]);
  return g_string_free (s, FALSE);
}
