/* dossier-name-finder-tokens.c — the tokens of text written with spaces,
 * for the name finder: words, runs of CJK characters, punctuation
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-name-finder-private.h"

#include <string.h>

#include "dossier-name-lexicon.h"

typedef NameTok Tok;

static gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

static gboolean
ends_sentence (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == ':' || c == ';' ||
         c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1A;
}

/* Quotes, brackets and dashes keep a sentence start pending. */
static gboolean
is_opening (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x2018 ||
         c == 0x2019 || c == '(' || c == '[' || c == 0x2014 || c == 0x2013 || c == '-' ||
         c == 0x2022 || c == '*' || c == 0x00BB || c == 0x300C || c == 0x201E;
}

/* ASCII fast paths with exactly GLib's answers: most text is ASCII, and
 * the g_unichar_* calls dominate tokenising otherwise. */
static inline gboolean
char_isspace (gunichar c)
{
  if (c < 0x80)
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  return g_unichar_isspace (c);
}

static inline gboolean
char_isupper (gunichar c)
{
  return c < 0x80 ? g_ascii_isupper (c) : g_unichar_isupper (c);
}

static inline gboolean
char_isalpha (gunichar c)
{
  return c < 0x80 ? g_ascii_isalpha (c) : g_unichar_isalpha (c);
}

static inline gboolean
char_isdigit (gunichar c)
{
  return c < 0x80 ? g_ascii_isdigit (c) : g_unichar_isdigit (c);
}

static inline gboolean
char_is_word (gunichar c)
{
  return c < 0x80 ? g_ascii_isalnum (c) : dossier_unichar_is_word (c);
}

/* ASCII letters and digits in lower case, 0 for the other characters */
static const char ascii_folded[128] = {
  ['0'] = '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
  ['A'] = 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm',
  'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z',
  ['a'] = 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm',
  'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z',
};

/* Folds one code point other than an ASCII letter or digit into out,
 * without going past end, and hashes what it wrote: the slow path of
 * _dossier_name_tok_fold(), kept out of its loop. */
static G_GNUC_NO_INLINE char *
fold_other (gunichar    c,
            char       *out,
            const char *end,
            guint32    *h)
{
  gunichar f[18];
  guint n = dossier_normalize_char (c, f), k;
  char *from = out;

  for (k = 0; k < n && out < end; k++)
    if (f[k] != '.')
      out += g_unichar_to_utf8 (f[k], out);
  for (; from < out; from++)
    *h = dossier_lexicon_hash_step (*h, *from);
  return out;
}

/* Where the next folded form goes: NAME_TOK_FOLDED_SIZE bytes at least,
 * in blocks that never move (the forms are kept by pointer). */
static char *
fold_room (NameToks *toks)
{
  enum { BLOCK = 8192 };

  if (toks->fold_end - toks->fold_next < NAME_TOK_FOLDED_SIZE)
    {
      char *block = g_malloc (BLOCK);

      g_ptr_array_add (toks->fold_blocks, block);
      toks->fold_next = block;
      toks->fold_end = block + BLOCK;
    }
  return toks->fold_next;
}

/* Folding and the word-list lookup happen on demand: only words next to
 * capitalised ones are ever looked up. The hash of the folded word, for
 * the word lists and the set of words below, is computed on the way. */
void
_dossier_name_tok_fold (NameToks       *toks,
                        const gunichar *s,
                        Tok            *t)
{
  char *folded = fold_room (toks);
  char *out = folded, *end = folded + NAME_TOK_FOLDED_SIZE - 7;
  guint32 h = DOSSIER_LEXICON_HASH_INIT;
  /* in locals: the stores through out could alias *t for the compiler */
  guint i = t->start, stop = t->end;

  while (i < stop && out < end)
    {
      gunichar c = s[i++];

      /* Letters and digits fold to themselves in lower case. */
      if (c < 0x80 && ascii_folded[c] != 0)
        {
          *out = ascii_folded[c];
          h = dossier_lexicon_hash_step (h, *out++);
        }
      else
        out = fold_other (c, out, end, &h);
    }
  *out = '\0';
  toks->fold_next = out + 1;
  t->folded = folded;
  t->hash = h;
  t->lex = dossier_lexicon_latin_hashed (folded, out - folded, h);
  t->folded_done = TRUE;
}

/* The token @count, from @start to @end, with no flags: the array is
 * grown by hand (appending each token through g_array_append_val() costs
 * as much as the tokenising), and a token is written field by field into
 * it. Built in a local Tok and copied, its flags were narrow stores to the
 * stack read back at once by a wider copy, which stalls the store
 * forwarding. */
static inline Tok *
new_token (NameToks *toks,
           guint     count,
           guint     start,
           guint     end)
{
  Tok *t;

  if (count == toks->alloc)
    {
      toks->alloc = toks->alloc * 2 + 16;
      toks->v = g_renew (Tok, toks->v, toks->alloc);
    }
  t = &toks->v[count];
  t->start = start;
  t->end = end;
  t->is_word = t->cap = t->all_caps = t->initial = FALSE;
  t->has_digit = t->abbrev = t->plural_acronym = t->folded_done = FALSE;
  t->lex = 0;
  t->hash = 0;
  t->folded = "";
  return t;
}

/* The end of the word at @i, which starts with an ASCII lower-case
 * letter: the loop of _dossier_name_tokenize() for such a word, where
 * the rules for capitals (O'Brien, initials) cannot apply and the
 * letters need no counting. */
static inline guint
lower_word_end (const gunichar *s,
                guint           i,
                guint           n,
                gboolean       *has_digit)
{
  const guint start = i;

  while (i < n)
    {
      gunichar d = s[i];

      if (d < 0x80)
        {
          if (g_ascii_isalpha (d))
            {
              i++;
              continue;
            }
          if (g_ascii_isdigit (d))
            {
              *has_digit = TRUE;
              i++;
              continue;
            }
        }
      else if (dossier_unichar_is_word (d))
        {
          if (!g_unichar_isalpha (d) && g_unichar_isdigit (d))
            *has_digit = TRUE;
          i++;
          continue;
        }
      if (is_hyphen (d) && i + 1 < n && char_is_word (s[i + 1]))
        i++;
      else if (is_apostrophe (d) && i - start >= 3 && is_hyphen (s[i - 2]) &&
               (s[i - 1] == 'l' || s[i - 1] == 'd') && i + 1 < n && char_isupper (s[i + 1]))
        i++;   /* Chavannes-sur-l'Etang, Villeneuve-d'Ascq */
      else
        break;
    }
  return i;
}

void
_dossier_name_toks_free (NameToks *toks)
{
  g_free (toks->v);
  g_ptr_array_unref (toks->fold_blocks);
  g_free (toks);
}

NameToks *
_dossier_name_tokenize (const DossierNormalized *doc,
                        GArray                  *caps)
{
  const gunichar *s = doc->orig;
  guint n = doc->n_orig, i = 0, count = 0, n_caps = 0;
  NameToks *toks = g_new0 (NameToks, 1);
  gboolean pending = TRUE;

  toks->alloc = n / 4 + 16;
  toks->v = g_new (Tok, toks->alloc);
  toks->fold_blocks = g_ptr_array_new_with_free_func (g_free);
  while (i < n)
    {
      gunichar c = s[i];
      guint start = i;

      /* Most words: their first letter is not a capital, so they are
       * no capitals, acronyms or initials, and only the hyphens and
       * apostrophes that join words can extend them. */
      if (c < 0x80 && g_ascii_islower (c))
        {
          gboolean has_digit = FALSE;
          Tok *t;

          i = lower_word_end (s, i, n, &has_digit);
          t = new_token (toks, count++, start, i);
          t->is_word = TRUE;
          t->initial = pending;
          t->has_digit = has_digit;
          pending = FALSE;
          continue;
        }
      if (c == ' ')
        {
          i++;
          continue;
        }
      if (c == '\n' || c == '\r' || c == 0x2029)
        {
          pending = TRUE;
          i++;
          continue;
        }
      if (char_isspace (c) || c == 0x00A0)
        {
          i++;
          continue;
        }
      if (char_is_word (c))
        {
          guint n_letters = 0, n_upper = 0;
          gboolean has_digit = FALSE, abbrev = FALSE, cap;
          Tok *t;

          while (i < n)
            {
              gunichar d = s[i];

              if (char_is_word (d))
                {
                  if (char_isalpha (d))
                    {
                      n_letters++;
                      if (char_isupper (d))
                        n_upper++;
                    }
                  else if (char_isdigit (d))
                    has_digit = TRUE;
                  i++;
                }
              else if (is_hyphen (d) && i + 1 < n && char_is_word (s[i + 1]))
                i++;
              else if (is_apostrophe (d) && i - start == 1 && (s[start] == 'O' || s[start] == 'D') &&
                       i + 1 < n && char_isupper (s[i + 1]))
                i++;   /* O'Brien */
              else if (is_apostrophe (d) && i - start >= 3 && is_hyphen (s[i - 2]) &&
                       (s[i - 1] == 'l' || s[i - 1] == 'd') && i + 1 < n && char_isupper (s[i + 1]))
                i++;   /* Chavannes-sur-l'Etang, Villeneuve-d'Ascq */
              else if (d == '.' && i > start && n_letters == n_upper && char_isupper (s[i - 1]) &&
                       (i - start == 1 || (i - start >= 3 && (s[i - 2] == '.' || is_hyphen (s[i - 2])))))
                {
                  /* An initial ("J."), initials ("J.-P.") or a dotted
                   * acronym ("U.S."). */
                  i++;
                  abbrev = TRUE;
                  if (i + 2 < n && is_hyphen (s[i]) && char_isupper (s[i + 1]) && s[i + 2] == '.')
                    {
                      i++;
                      continue;
                    }
                  if (!(i + 1 < n && char_isupper (s[i]) && s[i + 1] == '.'))
                    break;
                }
              else
                break;
            }
          cap = char_isupper (s[start]) || (s[start] >= 0x80 && g_unichar_istitle (s[start]));
          t = new_token (toks, count, start, i);
          t->is_word = TRUE;
          t->cap = cap;
          t->all_caps = n_letters >= 2 && n_letters == n_upper;
          t->initial = pending;
          t->has_digit = has_digit;
          t->abbrev = abbrev;
          t->plural_acronym = n_upper >= 2 && n_letters == n_upper + 1 && s[i - 1] == 's';
          pending = FALSE;
          if (cap)
            {
              /* grown by hand too, for the same reason */
              if (n_caps == caps->len)
                g_array_set_size (caps, caps->len * 2 + 16);
              g_array_index (caps, guint, n_caps++) = count;
              _dossier_name_tok_fold (toks, s, t);
            }
          count++;
          continue;
        }

      /* A run of CJK characters is one token: it separates names. */
      if (dossier_unichar_is_cjk (c))
        {
          while (i < n && dossier_unichar_is_cjk (s[i]))
            i++;
          new_token (toks, count++, start, i);
          pending = FALSE;
          continue;
        }

      /* Punctuation: one token each. */
      i++;
      if (ends_sentence (c))
        {
          /* "Mr." and "M." are abbreviations, not sentence ends. */
          Tok *prev = count ? &toks->v[count - 1] : NULL;

          if (!(c == '.' && prev && prev->end == start &&
                ((prev->lex & LEX_TITLE) || (prev->end - prev->start == 1 && prev->cap))))
            pending = TRUE;
        }
      else if (!is_opening (c))
        pending = FALSE;
      new_token (toks, count++, start, i);
    }
  toks->len = count;
  g_array_set_size (caps, n_caps);
  return toks;
}
