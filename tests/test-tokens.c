/* test-tokens.c — the token array the figure and date scanners read
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

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

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/tokens/blanks", test_blanks);
  g_test_add_func ("/tokens/punctuation", test_punctuation);
  return g_test_run ();
}
