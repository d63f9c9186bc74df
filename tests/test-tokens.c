/* test-tokens.c — the token array the figure and date scanners read
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "dossier-char-bits.h"
#include "dossier-lexicon.h"
#include "dossier-tokens.h"

/* Blanks: one token per run, with its flags, whatever comes after it. */
static void
test_blanks (void)
{
  static const struct
  {
    const char *text;
    guint       n_tokens;
    guint       blank;       /* index of the blank token */
    const char *covered;     /* its text */
    guint8      flags;
  } cases[] = {
    { "a b", 3, 1, " ", DOSSIER_TOKEN_FLAG_ONE_SPACE },
    { "a  b", 3, 1, "  ", 0 },
    { "a \tb", 3, 1, " \t", 0 },
    { "a \nb", 3, 1, " \n", DOSSIER_TOKEN_FLAG_NEWLINE },
    { "a \xc2\xa0" "b", 3, 1, " \xc2\xa0", 0 },
    { "a\xc2\xa0" "b", 3, 1, "\xc2\xa0", DOSSIER_TOKEN_FLAG_ONE_SPACE | DOSSIER_TOKEN_FLAG_NBSP },
    { "a ,", 3, 1, " ", DOSSIER_TOKEN_FLAG_ONE_SPACE },
    { "a \xe4\xb8\xad", 3, 1, " ", DOSSIER_TOKEN_FLAG_ONE_SPACE },
    { "a \xe3\x80\x80" "b", 3, 1, " \xe3\x80\x80", 0 },
    { "a ", 2, 1, " ", DOSSIER_TOKEN_FLAG_ONE_SPACE },
    { " 1", 2, 0, " ", DOSSIER_TOKEN_FLAG_ONE_SPACE },
  };

  for (gsize k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      DossierTokens tokens;
      const DossierToken *t;

      g_test_message ("%s", cases[k].text);
      dossier_tokens_init (&tokens, cases[k].text, strlen (cases[k].text), NULL, NULL);
      g_assert_cmpuint (tokens.n, ==, cases[k].n_tokens);
      t = &tokens.tok[cases[k].blank];
      g_assert_cmpint (t->type, ==, DOSSIER_TOKEN_SPACE);
      g_assert_cmpuint (t->flags, ==, cases[k].flags);
      g_assert_cmpuint (t->b1 - t->b0, ==, strlen (cases[k].covered));
      g_assert_cmpmem (cases[k].text + t->b0, t->b1 - t->b0, cases[k].covered, strlen (cases[k].covered));
      g_assert_cmpuint (t->c1 - t->c0, ==, g_utf8_strlen (cases[k].covered, -1));
      dossier_tokens_clear (&tokens);
    }
}

/* Punctuation keeps its character, full-width forms folded to ASCII. */
static void
test_punctuation (void)
{
  static const struct { const char *text; gunichar ch; } cases[] = {
    { ",", ',' }, { "%", '%' }, { "$", '$' }, { "\xef\xbc\x8c", ',' }, { "\xe2\x80\x93", '-' },
    { "\xe2\x80\x99", '\'' }, { "\xe3\x80\x82", 0x3002 }, { "\xe2\x82\xac", 0x20AC },
  };

  for (gsize k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      DossierTokens tokens;

      dossier_tokens_init (&tokens, cases[k].text, strlen (cases[k].text), NULL, NULL);
      g_assert_cmpuint (tokens.n, ==, 1);
      g_assert_cmpint (tokens.tok[0].type, ==, DOSSIER_TOKEN_PUNCT);
      g_assert_cmpuint (tokens.tok[0].ch, ==, cases[k].ch);
      dossier_tokens_clear (&tokens);
    }
}

/* The letter run against a byte-by-byte count: every byte value at every
 * position of a 20-byte window, and ends that cut a run short. */
static void
test_ascii_letter_run (void)
{
  static const struct { const char *text; gsize run; } cases[] = {
    { "", 0 }, { "a", 1 }, { "abc def", 3 }, { "abcdefgh", 8 }, { "abcdefghi,", 9 },
    { "ExportControls2025", 14 }, { "@[`{", 0 }, { "Z@", 1 }, { "z{", 1 }, { "caf\xc3\xa9", 3 },
    { "\xc3\x81" "bc", 0 }, { "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!", 52 },
  };
  char window[20];

  for (gsize k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      gsize len = strlen (cases[k].text);
      char *copy = g_memdup2 (cases[k].text, len);   /* exactly @len readable bytes */

      g_assert_cmpuint (_dossier_tokens_ascii_letter_run (copy, copy + len), ==, cases[k].run);
      g_free (copy);
    }

  for (guint pos = 0; pos < sizeof window; pos++)
    for (guint b = 0; b < 256; b++)
      {
        gsize expected = 0;

        memset (window, 'q', sizeof window);
        window[pos] = (char) b;
        while (expected < sizeof window && g_ascii_isalpha (window[expected]))
          expected++;
        g_assert_cmpuint (_dossier_tokens_ascii_letter_run (window, window + sizeof window), ==, expected);
        /* an end before the window's end stops the run there */
        g_assert_cmpuint (_dossier_tokens_ascii_letter_run (window, window + pos), ==, MIN (expected, pos));
      }
}

/* The tokenizer as it was first written, one decoded character at a time:
 * the fast paths of dossier_tokens_init() must give the same tokens. */
static gboolean
ref_is_cjk (gunichar c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3040 && c <= 0x30FF) ||
         (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF) ||
         c == 0x3007;
}

static gboolean
ref_is_space (gunichar c)
{
  return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x3000 ||
         c == 0x2007 || c == 0x200B || c == 0x2028 || c == 0x2029;
}

static gboolean
ref_is_digit (gunichar c)
{
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

static gboolean
ref_is_letter (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalpha (c);
  if (c == 0xD7 || c == 0xF7)
    return FALSE;
  if (c < 0x250)
    return c >= 0xC0;
  if (ref_is_cjk (c))
    return FALSE;
  if (c >= 0xFF21 && c <= 0xFF5A)
    return g_unichar_isalpha (c);
  return c < 0x2000 && g_unichar_isalpha (c);
}

static gboolean
ref_is_newline (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
}

/* A keyword lookup that records the words it is given: a hash of the word
 * as the id, and a check of the zero padding that lookups may rely on. */
static guint16
record_lookup (gconstpointer data, const char *folded, gsize length)
{
  GPtrArray *seen = (GPtrArray *) data;

  for (gsize i = length; i < 16; i++)
    g_assert_cmpint (folded[i], ==, 0);
  g_assert_cmpuint (strlen (folded), ==, length);
  if (seen != NULL)
    g_ptr_array_add (seen, g_strndup (folded, length));
  return (guint16) (g_str_hash (folded) % 65000 + 1);
}

static void
ref_tokens (const char *text, gsize length, GArray *out, GPtrArray *keys)
{
  const char *p = text, *end = text + length;
  guint32 cp = 0;

  while (p < end)
    {
      const char *start = p;
      DossierToken t = { 0 };
      gunichar c = g_utf8_get_char (p);

      t.b0 = start - text;
      t.c0 = cp;
      p = g_utf8_next_char (p);
      cp++;
      if (ref_is_cjk (c))
        {
          t.type = DOSSIER_TOKEN_CJK;
          t.ch = c;
        }
      else if (ref_is_digit (c))
        {
          guint nd = 0;
          guint64 v = 0;

          for (;;)
            {
              if (nd < 18)
                v = v * 10 + (c >= 0xFF10 ? c - 0xFF10 : c - '0');
              nd++;
              if (p >= end || !ref_is_digit (g_utf8_get_char (p)))
                break;
              c = g_utf8_get_char (p);
              p = g_utf8_next_char (p);
              cp++;
            }
          t.type = DOSSIER_TOKEN_DIGITS;
          t.ch = nd;
          t.num = v;
        }
      else if (ref_is_space (c))
        {
          guint count = 1;

          t.flags = ref_is_newline (c) ? DOSSIER_TOKEN_FLAG_NEWLINE : 0;
          while (p < end && ref_is_space (g_utf8_get_char (p)))
            {
              if (ref_is_newline (g_utf8_get_char (p)))
                t.flags |= DOSSIER_TOKEN_FLAG_NEWLINE;
              p = g_utf8_next_char (p);
              cp++;
              count++;
            }
          if (count == 1)
            t.flags |= DOSSIER_TOKEN_FLAG_ONE_SPACE | ((c == 0xA0 || c == 0x202F) ? DOSSIER_TOKEN_FLAG_NBSP : 0);
          t.type = DOSSIER_TOKEN_SPACE;
          t.ch = ' ';
        }
      else if (ref_is_letter (c))
        {
          g_autoptr(GString) key = g_string_new (NULL);
          DossierTokens one;

          t.type = DOSSIER_TOKEN_WORD;
          t.flags = g_unichar_isupper (c) ? DOSSIER_TOKEN_FLAG_UPPER : 0;
          while (p < end && ref_is_letter (g_utf8_get_char (p)))
            {
              p = g_utf8_next_char (p);
              cp++;
            }
          /* the folded key through dossier_tokens_fold(), looked up when it
           * fits a 32-byte buffer as the tokenizer fills it: at most 30
           * bytes, a folded character of two or more bytes starting
           * within the first 25 */
          one.text = text;
          one.tok = &t;
          one.n = 1;
          t.b1 = p - text;
          {
            char buf[64] = { 0 };
            gsize n = dossier_tokens_fold (&one, 0, buf, sizeof buf);
            gboolean fits = n > 0 && n <= 30;

            for (gsize o = 0; o < n; o++)
              if ((guchar) buf[o] >= 0xC0 && o > 24)
                fits = FALSE;
            if (fits)
              {
                g_ptr_array_add (keys, g_strdup (buf));
                t.kw = record_lookup (NULL, buf, n);
              }
          }
        }
      else
        {
          t.type = DOSSIER_TOKEN_PUNCT;
          t.ch = dossier_tokens_unichar_fold_width (c);
        }
      t.b1 = p - text;
      t.c1 = cp;
      g_array_append_val (out, t);
    }
}

static void
test_reference (void)
{
  static const char *const pieces[] = {
    "a", "B", "word", "Export", "controls", "abcdefghijklmnop", "abcdefghijklmnopq", "Supercalifragilistic",
    "caf\xc3\xa9", "\xc3\x89t\xc3\xa9", "M\xc3\xbcller", "\xc3\x9f", "\xce\xb1\xce\xb2", "\xd0\x9c\xd0\xb8\xd1\x80",
    "\xef\xbc\xa1\xef\xbd\x82", "\xc3\x97", "\xc3\xb7", "0", "42", "2025", "12345678901234567890123",
    "\xef\xbc\x91\xef\xbc\x92", " ", "  ", "\t", "\n", "\r\n", "\xc2\xa0", "\xe2\x80\xaf", "\xe3\x80\x80",
    "\xe2\x80\xa8", "\xe2\x80\x8b", ",", ".", "%", "$", "-", "'", "\xe2\x80\x93", "\xe2\x80\x99", "\xef\xbc\x8c",
    "\xe3\x80\x82", "\xe2\x82\xac", "\xe4\xb8\xad", "\xe5\x9b\xbd", "\xe3\x80\x87", "\xe3\x81\x82", "\xea\xb0\x80",
    "\xf0\xa0\x80\x80", "\xf0\x9f\x98\x80", "\xc2\xbd", "@", "[", "`", "{", "Z", "z",
  };
  GRand *rand = g_rand_new_with_seed (20261123);

  for (guint round = 0; round < 3000; round++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (DossierToken));
      g_autoptr(GPtrArray) expected_keys = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
      guint n_pieces = g_rand_int_range (rand, 0, 40);
      DossierTokens tokens;
      char *copy;

      for (guint i = 0; i < n_pieces; i++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      ref_tokens (text->str, text->len, expected, expected_keys);
      /* exactly the text's bytes, so that reading past them is caught */
      copy = g_memdup2 (text->str, text->len);
      dossier_tokens_init (&tokens, copy, text->len, record_lookup, keys);
      g_assert_cmpuint (tokens.n, ==, expected->len);
      for (guint i = 0; i < tokens.n; i++)
        {
          const DossierToken *a = &tokens.tok[i], *b = &g_array_index (expected, DossierToken, i);

          g_assert_cmpint (a->type, ==, b->type);
          g_assert_cmpuint (a->flags, ==, b->flags);
          g_assert_cmpuint (a->kw, ==, b->kw);
          g_assert_cmpuint (a->b0, ==, b->b0);
          g_assert_cmpuint (a->b1, ==, b->b1);
          g_assert_cmpuint (a->c0, ==, b->c0);
          g_assert_cmpuint (a->c1, ==, b->c1);
          g_assert_cmpuint (a->ch, ==, b->ch);
          g_assert_cmpuint (a->num, ==, b->num);
        }
      g_assert_cmpuint (keys->len, ==, expected_keys->len);
      for (guint i = 0; i < keys->len; i++)
        g_assert_cmpstr (g_ptr_array_index (keys, i), ==, g_ptr_array_index (expected_keys, i));
      dossier_tokens_clear (&tokens);
      g_free (copy);
    }
  g_rand_free (rand);
}

/* The lookup of zero-padded words answers as the plain lookup. */
static void
test_lexicon_padded (void)
{
  static const char *const langs[] = { "en", "fr", NULL };
  static const char *const others[] = {
    "", "a", "may", "milliards", "thirteenths", "septembre", "seventeenths", "quatrevingt", "x", "zz",
    "abcdefghijklmnop", "abcdefghijklmnopq", "caf\xc3\xa9",
  };

  for (gsize l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      const DossierLexicon *lexicon = dossier_lexicon_get (langs[l]);
      guint known = 0;

      for (guint w = 0; w < DOSSIER_N_WORDS + G_N_ELEMENTS (others); w++)
        {
          const char *word = w < DOSSIER_N_WORDS ? dossier_word_name (w) : others[w - DOSSIER_N_WORDS];
          char buf[32] = { 0 };
          guint16 id = dossier_lexicon_lookup (lexicon, word, strlen (word));

          g_assert_cmpuint (strlen (word), <, sizeof buf);
          memcpy (buf, word, strlen (word));
          g_assert_cmpuint (dossier_lexicon_lookup_padded (lexicon, buf, strlen (word)), ==, id);
          known += id != 0;
        }
      g_assert_cmpuint (known, >, 40);
    }
}

/* An irregular test for the set: every seventh code point, and the
 * upper-case letters. */
static gboolean
seventh_or_upper (gunichar c)
{
  return c % 7 == 0 || g_unichar_isupper (c);
}

static DossierCharBits shared_set = DOSSIER_CHAR_BITS_INIT (0x30, 0x2A0, seventh_or_upper);

static gpointer
count_in_shared_set (gpointer data)
{
  guint n = 0;

  for (gunichar c = 0; c < 0x400; c++)
    n += dossier_char_bits_has (&shared_set, c);
  return GUINT_TO_POINTER (n);
}

/* The bits answer as the test does inside the range (edges included),
 * and no below and above it; threads asking first all see the same set. */
static void
test_char_bits (void)
{
  DossierCharBits set = DOSSIER_CHAR_BITS_INIT (0x41, 0x1F3, seventh_or_upper);
  GThread *threads[4];
  guint expected = 0;

  for (gunichar c = 0; c < 0x400; c++)
    g_assert_cmpint (dossier_char_bits_has (&set, c), ==, c >= 0x41 && c < 0x1F3 && seventh_or_upper (c));
  for (gunichar c = 0x30; c < 0x2A0; c++)
    expected += seventh_or_upper (c);
  for (guint k = 0; k < G_N_ELEMENTS (threads); k++)
    threads[k] = g_thread_new ("char-bits", count_in_shared_set, NULL);
  for (guint k = 0; k < G_N_ELEMENTS (threads); k++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[k])), ==, expected);
  g_free (set.bits);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/tokens/blanks", test_blanks);
  g_test_add_func ("/tokens/punctuation", test_punctuation);
  g_test_add_func ("/tokens/ascii-letter-run", test_ascii_letter_run);
  g_test_add_func ("/tokens/reference", test_reference);
  g_test_add_func ("/tokens/lexicon-padded", test_lexicon_padded);
  g_test_add_func ("/tokens/char-bits", test_char_bits);
  return g_test_run ();
}
