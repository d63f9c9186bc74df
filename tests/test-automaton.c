/* test-automaton.c — the Aho–Corasick automaton against a naive search
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "dossier-automaton.h"
#include "dossier-normalize.h"

typedef struct
{
  guint start;
  guint end;
  guint value;
} Hit;

static void
collect (guint    start,
         guint    end,
         guint    value,
         gpointer user_data)
{
  Hit hit = { start, end, value };

  g_array_append_val (user_data, hit);
}

static int
hit_cmp (gconstpointer a,
         gconstpointer b)
{
  const Hit *x = a, *y = b;

  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->value < y->value ? -1 : x->value > y->value;
}

/* The same hits in both arrays, whatever their order (both are sorted). */
static void
assert_same_hits (GArray *found,
                  GArray *expected)
{
  g_array_sort (found, hit_cmp);
  g_array_sort (expected, hit_cmp);
  g_assert_cmpuint (found->len, ==, expected->len);
  for (guint k = 0; k < found->len; k++)
    {
      const Hit *a = &g_array_index (found, Hit, k), *b = &g_array_index (expected, Hit, k);

      g_assert_cmpuint (a->start, ==, b->start);
      g_assert_cmpuint (a->end, ==, b->end);
      g_assert_cmpuint (a->value, ==, b->value);
    }
}

/* Adds @n_patterns random patterns over @alphabet to an automaton, scans
 * a random text and checks that every occurrence is reported once, with
 * the value of its pattern. */
static void
check_random (GRand          *rand,
              const gunichar *alphabet,
              guint           alphabet_size,
              guint           n_patterns,
              guint           max_len,
              guint           text_len)
{
  g_autoptr(DossierAutomaton) automaton = dossier_automaton_new ();
  g_autoptr(GPtrArray) patterns = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) lengths = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (Hit));
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (Hit));
  g_autofree gunichar *text = g_new (gunichar, text_len + 1);

  for (guint p = 0; p < n_patterns; p++)
    {
      guint len = g_rand_int_range (rand, 1, max_len + 1);
      gunichar *pattern = g_new (gunichar, len);
      guint value;

      for (guint k = 0; k < len; k++)
        pattern[k] = alphabet[g_rand_int_range (rand, 0, alphabet_size)];
      value = dossier_automaton_add (automaton, pattern, len, p);
      g_ptr_array_add (patterns, pattern);
      g_array_append_val (lengths, len);
      g_array_append_val (values, value);
    }
  dossier_automaton_compile (automaton);
  for (guint i = 0; i < text_len; i++)
    text[i] = alphabet[g_rand_int_range (rand, 0, alphabet_size)];

  dossier_automaton_scan (automaton, text, text_len, collect, found);

  /* naive: every distinct pattern at every position */
  for (guint p = 0; p < n_patterns; p++)
    {
      const gunichar *pattern = g_ptr_array_index (patterns, p);
      guint len = g_array_index (lengths, guint, p);

      if (g_array_index (values, guint, p) != p)
        continue;   /* a repeated pattern keeps the first value */
      for (guint i = 0; i + len <= text_len; i++)
        if (memcmp (text + i, pattern, len * sizeof (gunichar)) == 0)
          {
            Hit hit = { i, i + len, p };

            g_array_append_val (expected, hit);
          }
    }
  assert_same_hits (found, expected);
}

/* Patterns and texts over a small alphabet, so that patterns share
 * prefixes and overlap a lot: ASCII letters (direct rows for states with
 * many edges), CJK (the root table), a character beyond the Basic
 * Multilingual Plane (searched edges) and a space. */
static void
test_against_naive (void)
{
  static const gunichar alphabet[] = { 'a', 'b', 'c', 'd', 'e', 'n', 's', ' ', 0x4E2D, 0x56FD, 0x1F600 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);

  for (guint round = 0; round < 300; round++)
    check_random (rand, alphabet, g_rand_int_range (rand, 2, G_N_ELEMENTS (alphabet) + 1),
                  g_rand_int_range (rand, 1, 60), 6, g_rand_int_range (rand, 0, 400));
}

/* Many patterns over a few ASCII letters: deep states get many edges,
 * hence direct rows, and their fail links lead to other deep states. The
 * rows are completed along those links when the automaton is compiled. */
static void
test_deep_rows (void)
{
  static const gunichar alphabet[] = { 'a', 'b', 'c', 'd', 'e', ' ' };
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);

  for (guint round = 0; round < 100; round++)
    check_random (rand, alphabet, g_rand_int_range (rand, 4, G_N_ELEMENTS (alphabet) + 1),
                  g_rand_int_range (rand, 100, 400), 7, g_rand_int_range (rand, 100, 600));
}

/* scan_word_starts() reports what scan() reports, less the occurrences
 * that start inside a word, ordered by start and then by end. */
static void
check_word_starts (GRand          *rand,
                   const gunichar *alphabet,
                   guint           alphabet_size,
                   guint           n_patterns,
                   guint           max_len,
                   guint           text_len)
{
  g_autoptr(DossierAutomaton) automaton = dossier_automaton_new ();
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (Hit));
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (Hit));
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (Hit));
  g_autofree gunichar *text = g_new (gunichar, text_len + 1);

  for (guint p = 0; p < n_patterns; p++)
    {
      guint len = g_rand_int_range (rand, 1, max_len + 1);
      g_autofree gunichar *pattern = g_new (gunichar, len);

      for (guint k = 0; k < len; k++)
        pattern[k] = alphabet[g_rand_int_range (rand, 0, alphabet_size)];
      dossier_automaton_add (automaton, pattern, len, p);
    }
  dossier_automaton_compile (automaton);
  for (guint i = 0; i < text_len; i++)
    text[i] = alphabet[g_rand_int_range (rand, 0, alphabet_size)];

  dossier_automaton_scan (automaton, text, text_len, collect, all);
  for (guint k = 0; k < all->len; k++)
    {
      const Hit *h = &g_array_index (all, Hit, k);

      if (!(h->start > 0 && dossier_unichar_is_word (text[h->start]) &&
            dossier_unichar_is_word (text[h->start - 1])))
        g_array_append_val (expected, *h);
    }
  dossier_automaton_scan_word_starts (automaton, text, text_len, collect, found);

  g_assert_cmpuint (found->len, ==, expected->len);
  for (guint k = 1; k < found->len; k++)
    {
      const Hit *a = &g_array_index (found, Hit, k - 1), *b = &g_array_index (found, Hit, k);

      g_assert_true (a->start < b->start || (a->start == b->start && a->end < b->end));
    }
  assert_same_hits (found, expected);
}

/* Words of several letters (ASCII, accented, Cyrillic, digits) between
 * spaces and punctuation, CJK without spaces, a character beyond the
 * Basic Multilingual Plane: few patterns for the rows of shallow states,
 * many for rows of deep ones whose fail transitions must not be taken
 * for edges of the trie. */
static void
test_word_starts (void)
{
  static const gunichar alphabet[] = { 'a', 'b', 'c', '1', ' ', '-', '.', 0x00E9, 0x0434,
                                       0x4E2D, 0x56FD, 0x3002, 0x1F600 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);

  for (guint round = 0; round < 300; round++)
    check_word_starts (rand, alphabet, g_rand_int_range (rand, 2, G_N_ELEMENTS (alphabet) + 1),
                       g_rand_int_range (rand, 1, 60), 6, g_rand_int_range (rand, 0, 400));
  for (guint round = 0; round < 100; round++)
    check_word_starts (rand, alphabet, g_rand_int_range (rand, 3, 6),
                       g_rand_int_range (rand, 100, 400), 7, g_rand_int_range (rand, 100, 600));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/automaton/against-naive", test_against_naive);
  g_test_add_func ("/automaton/deep-rows", test_deep_rows);
  g_test_add_func ("/automaton/word-starts", test_word_starts);
  return g_test_run ();
}
