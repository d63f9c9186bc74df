/* test-normalize.c — text folding and its offset map
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>

#include "dossier-normalize.h"
#include "dossier-test-utils.h"

static const struct
{
  const char *input;
  const char *folded;
} fold_cases[] = {
  { "Sam Altman", "sam altman" },
  { "  Sam   Altman  ", "sam altman" },
  { "Sam\u00a0Altman", "sam altman" },                 /* no-break space */
  { "ＯｐｅｎＡＩ", "openai" },                             /* full-width forms */
  { "Émirats arabes unis", "emirats arabes unis" },      /* Latin diacritics */
  { "Abou Dhabi", "abou dhabi" },
  { "Pékin", "pekin" },
  { "Straße", "strasse" },
  { "ﬁnance", "finance" },                                /* ligature */
  { "山姆·奥特曼", "山姆·奥特曼" },
  { "山姆•奥特曼", "山姆·奥特曼" },                         /* bullet */
  { "山姆‧奥特曼", "山姆·奥特曼" },                         /* hyphenation point */
  { "山姆・奥特曼", "山姆·奥特曼" },                        /* katakana middle dot */
  { "Phillips‐Robins", "phillips-robins" },              /* U+2010 hyphen */
  { "Phillips–Robins", "phillips-robins" },              /* en dash */
  { "l’humain", "l'humain" },
  { "soft\u00adhyphen", "softhyphen" },
  { "ＵＳ", "us" },
  { "Ａｌ　Ｎａｈｙａｎ", "al nahyan" },                    /* ideographic space */
  { "", "" },
};

static void
test_fold (void)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (fold_cases); i++)
    {
      g_autofree char *folded = dossier_normalize_string (fold_cases[i].input);

      g_test_message ("fold “%s”", fold_cases[i].input);
      g_assert_cmpstr (folded, ==, fold_cases[i].folded);
    }
}

/* Every folded range must map back to the original text it came from. */
static const struct
{
  const char *input;
  guint       norm_start;
  guint       norm_end;
  const char *original;
} map_cases[] = {
  { "Visit Pékin today", 6, 11, "Pékin" },
  { "La Straße ist", 3, 10, "Straße" },             /* ß grows to "ss" */
  { "a  b", 2, 3, "b" },                           /* collapsed spaces */
  { "ＯｐｅｎＡＩ rocks", 0, 6, "ＯｐｅｎＡＩ" },
  { "e\u0301te\u0301", 0, 3, "e\u0301te\u0301" },  /* combining marks dropped */
  { "中文山姆·奥特曼说", 2, 8, "山姆·奥特曼" },
  { "x soft\u00adhyphen", 2, 12, "soft\u00adhyphen" },
};

static void
test_offset_map (void)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (map_cases); i++)
    {
      g_autoptr(DossierNormalized) n = dossier_normalized_new (map_cases[i].input);
      g_autofree char *text = NULL;
      guint start, end;

      g_test_message ("map “%s”", map_cases[i].input);
      g_assert_cmpuint (n->n_orig, ==, g_utf8_strlen (map_cases[i].input, -1));
      dossier_normalized_orig_range (n, map_cases[i].norm_start, map_cases[i].norm_end, &start, &end);
      text = dossier_normalized_orig_text (n, start, end);
      g_assert_cmpstr (text, ==, map_cases[i].original);
    }
}

static void
test_monotonic (void)
{
  g_autoptr(DossierNormalized) n =
    dossier_normalized_new ("Ｔｈｅ Straße — «ﬁnal» 山姆·奥特曼 e\u0301 \U0001F600 \U0002A6A5 end");
  guint i;

  for (i = 1; i < n->n_norm; i++)
    g_assert_cmpuint (n->orig_index[i], >=, n->orig_index[i - 1]);
  for (i = 0; i < n->n_norm; i++)
    g_assert_cmpuint (n->orig_index[i], <, n->n_orig);
}

static void
test_char_classes (void)
{
  g_assert_true (dossier_unichar_is_cjk (0x5C71));      /* 山 */
  g_assert_true (dossier_unichar_is_cjk (0x30AB));      /* カ */
  g_assert_false (dossier_unichar_is_cjk ('a'));
  g_assert_true (dossier_unichar_is_word ('a'));
  g_assert_true (dossier_unichar_is_word (0x00E9));     /* é */
  g_assert_true (dossier_unichar_is_word (0x0627));     /* Arabic alef */
  g_assert_false (dossier_unichar_is_word (0x5C71));
  g_assert_false (dossier_unichar_is_word ('-'));
}

/* Text folds as its characters do one by one, around and across the CJK
 * Unified Ideographs, which the folding of texts reads without its table,
 * and the compatibility ideographs, which fold to them. */
static void
test_text_as_chars (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (gunichar));
  g_autoptr(DossierNormalized) n = NULL;

  for (gunichar c = 0x4D00; c < 0xFB00; c = c == 0xA0FF ? 0xF800 : c + 1)
    {
      gunichar out[32];
      guint k = dossier_normalize_char (c, out);

      g_string_append_unichar (text, c);
      if (k == 1 && out[0] == ' ' && expected->len > 0 && g_array_index (expected, gunichar, expected->len - 1) == ' ')
        continue;   /* runs of blanks fold to one */
      g_array_append_vals (expected, out, k);
    }
  n = dossier_normalized_new (text->str);
  g_assert_cmpuint (n->n_norm, ==, expected->len);
  g_assert_cmpmem (n->norm, n->n_norm * sizeof (gunichar), expected->data, expected->len * sizeof (gunichar));
}

/* Random texts of ASCII runs of every length (blanks, capitals, control
 * characters) between other characters: the runs, read eight bytes at a
 * time where they can be, fold and map as the characters do one by one. */
static void
test_ascii_runs (void)
{
  static const char * const others[] = { "é", "中", "Ａ", "ß", "\u00A0", "\U0001F600", "e\u0301", "—" };
  static const char ascii[] = "aB zZ\t\n\r\f\v.-'`0 ";
  g_autoptr(GRand) rand = g_rand_new_with_seed (17);

  for (guint round = 0; round < 500; round++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GArray) norm = g_array_new (FALSE, FALSE, sizeof (gunichar));
      g_autoptr(GArray) index = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(DossierNormalized) n = NULL;
      guint n_parts = g_rand_int_range (rand, 0, 8), i = 0;
      const char *p;

      for (guint k = 0; k < n_parts; k++)
        {
          guint run = g_rand_int_range (rand, 0, 30);

          for (guint r = 0; r < run; r++)
            g_string_append_c (text, ascii[g_rand_int_range (rand, 0, sizeof ascii - 1)]);
          if (g_rand_boolean (rand))
            g_string_append (text, others[g_rand_int_range (rand, 0, G_N_ELEMENTS (others))]);
        }
      for (p = text->str; *p != '\0'; p = g_utf8_next_char (p), i++)
        {
          gunichar out[32];
          guint k = dossier_normalize_char (g_utf8_get_char (p), out);

          if (k == 1 && out[0] == ' ' &&
              (norm->len == 0 || g_array_index (norm, gunichar, norm->len - 1) == ' '))
            continue;
          for (guint j = 0; j < k; j++)
            {
              g_array_append_val (norm, out[j]);
              g_array_append_val (index, i);
            }
        }

      n = dossier_normalized_new_len (text->str, text->len);
      g_assert_cmpuint (n->n_orig, ==, i);
      for (i = 0, p = text->str; i < n->n_orig; i++, p = g_utf8_next_char (p))
        {
          g_assert_cmpuint (n->orig[i], ==, g_utf8_get_char (p));
          g_assert_cmpuint (n->orig_byte[i], ==, p - text->str);
        }
      g_assert_cmpuint (n->orig_byte[n->n_orig], ==, text->len);
      g_assert_cmpmem (n->norm, n->n_norm * sizeof (gunichar), norm->data, norm->len * sizeof (gunichar));
      g_assert_cmpmem (n->orig_index, n->n_norm * sizeof (guint), index->data, index->len * sizeof (guint));
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/normalize/fold", test_fold);
  g_test_add_func ("/normalize/offset-map", test_offset_map);
  g_test_add_func ("/normalize/monotonic", test_monotonic);
  g_test_add_func ("/normalize/char-classes", test_char_classes);
  g_test_add_func ("/normalize/text-as-chars", test_text_as_chars);
  g_test_add_func ("/normalize/ascii-runs", test_ascii_runs);
  return g_test_run ();
}
