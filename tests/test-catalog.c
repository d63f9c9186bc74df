/* test-catalog.c — entity packs, the automaton and alias matching
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <time.h>

#include "dossier-catalog.h"
#include "dossier-entities.h"
#include "dossier-error.h"
#include "dossier-test-utils.h"

static void
test_load_pack (void)
{
  g_autoptr(DossierCatalog) catalog = dossier_test_load_entity_pack ();
  const DossierEntity *e;

  g_assert_cmpuint (dossier_catalog_get_n_entities (catalog), ==, 16);
  e = dossier_catalog_lookup (catalog, "andrew-feldman");
  g_assert_nonnull (e);
  g_assert_cmpint (e->kind, ==, DOSSIER_SPAN_PERSON);
  g_assert_cmpstr (e->name, ==, "Andrew Feldman");
  g_assert_cmpstr (e->roles[0], ==, "CEO of Cerebras Systems");
  g_assert_null (dossier_catalog_lookup (catalog, "nobody"));
  g_assert_cmpuint (dossier_catalog_get_n_aliases (catalog), >, 16);
}

static const struct
{
  const char *file;
  int code;
  const char *fragment;
} bad_packs[] = {
  { "bad-id.json", DOSSIER_ERROR_CORRUPT, "“id”" },
  { "bad-kind.json", DOSSIER_ERROR_CORRUPT, "“kind”" },
  { "bad-json.json", DOSSIER_ERROR_CORRUPT, "not valid JSON" },
  { "bad-aliases.json", DOSSIER_ERROR_CORRUPT, "“aliases”" },
  { "missing.json", DOSSIER_ERROR_NOT_FOUND, "Could not read" },
};

static void
test_bad_packs (void)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (bad_packs); i++)
    {
      g_autofree char *path = g_build_filename (dossier_test_source_dir (), "tests", "fixtures",
                                                "entities", bad_packs[i].file, NULL);
      const char *paths[] = { path, NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(DossierCatalog) catalog = dossier_catalog_new_from_files (paths, &error);

      g_test_message ("%s: %s", bad_packs[i].file, error ? error->message : "(no error)");
      g_assert_null (catalog);
      g_assert_error (error, DOSSIER_ERROR, bad_packs[i].code);
      g_assert_nonnull (strstr (error->message, path));
      g_assert_nonnull (strstr (error->message, bad_packs[i].fragment));
    }
}

static void
test_builtin (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierCatalog) catalog = NULL;
  clock_t start = clock ();
  double ms;

  catalog = dossier_catalog_new_builtin (&error);
  /* CPU time: wall time on a loaded machine measures the neighbours. */
  ms = (clock () - start) * 1000.0 / CLOCKS_PER_SEC;
  g_assert_no_error (error);
  g_test_message ("builtin packs: %u entities, %u aliases, %.1f ms, automaton %zu bytes",
                  dossier_catalog_get_n_entities (catalog), dossier_catalog_get_n_aliases (catalog),
                  ms, dossier_catalog_get_automaton_size (catalog));
  /* Every country, from the generated pack. */
  g_assert_cmpuint (dossier_catalog_get_n_entities (catalog), >=, 249);
  g_assert_cmpint (dossier_catalog_lookup (catalog, "united-states")->kind, ==, DOSSIER_SPAN_PLACE);
  g_assert_cmpint (dossier_catalog_lookup (catalog, "china")->kind, ==, DOSSIER_SPAN_PLACE);
  g_assert_nonnull (dossier_catalog_lookup (catalog, "abu-dhabi"));
  /* Generous bound: sanitizer builds are several times slower than the
   * 50 ms the release build must meet (see bench/README.md). */
  g_assert_cmpfloat (ms, <, 2000.0);
}

typedef struct
{
  const char *text;
  const char *span;       /* expected covered text, NULL for no entity span */
  const char *entity_id;
} MatchCase;

static const MatchCase match_cases[] = {
  /* longest match wins */
  { "Shares of Cerebras Systems rose.", "Cerebras Systems", "cerebras" },
  { "Cerebras filed for an IPO.", "Cerebras", "cerebras" },
  /* word boundaries in alphabetic scripts */
  { "Herr Altmann kam.", NULL, NULL },
  { "Nvidia's chips", "Nvidia", "nvidia" },
  { "the gulf between them", NULL, NULL },          /* proper nouns keep their capital */
  { "tell us more", NULL, NULL },                   /* acronyms keep their case */
  { "exports from the U.S. grew", "U.S.", "united-states" },
  { "G420 is not G42", "G42", "g42" },
  /* folding */
  { "la Maison-Blanche a dit", "Maison-Blanche", "white-house" },
  { "ＯｐｅｎＡＩ said", "ＯｐｅｎＡＩ", "openai" },
  { "Les Etats-Unis", "Etats-Unis", "united-states" },  /* diacritics folded */
  { "aux États-Unis", "États-Unis", "united-states" },
  /* CJK: no boundary needed, longer known words win */
  { "在美国的芯片", "美国", "united-states" },
  { "来自印度尼西亚的", "印度尼西亚", "indonesia" },
  { "山姆•奥特曼表示", "山姆•奥特曼", "sam-altman" },
  { "英伟达公司", "英伟达", "nvidia" },
  /* a nationality is not the country */
  { "许多美国人认为", NULL, NULL },
  { "美国人工智能企业", "美国", "united-states" },
};

static void
test_matching (void)
{
  g_autoptr(DossierCatalog) catalog = dossier_test_load_entity_pack ();
  guint i;

  for (i = 0; i < G_N_ELEMENTS (match_cases); i++)
    {
      const MatchCase *c = &match_cases[i];
      g_autoptr(GPtrArray) spans = dossier_entities_find (catalog, c->text, NULL);
      const DossierSpan *found = NULL;
      guint k;

      g_test_message ("match “%s”", c->text);
      for (k = 0; k < spans->len; k++)
        {
          const DossierSpan *s = g_ptr_array_index (spans, k);

          if (s->entity_id != NULL && s->confidence >= 1.0)
            found = s;
        }
      if (c->span == NULL)
        {
          g_assert_null (found);
          continue;
        }
      g_assert_nonnull (found);
      g_assert_cmpstr (found->text, ==, c->span);
      g_assert_cmpstr (found->entity_id, ==, c->entity_id);
      {
        g_autofree char *expected_prefix = g_strndup (c->text, g_strrstr (c->text, c->span) - c->text);

        g_assert_cmpuint (found->start, ==, g_utf8_strlen (expected_prefix, -1));
        g_assert_cmpuint (found->end, ==, found->start + g_utf8_strlen (c->span, -1));
      }
    }
}

/* 10,000 entities with 5 aliases each: the automaton must stay small. */
static void
test_large_catalog (void)
{
  static const char * const syllables[] = {
    "ka", "lo", "mi", "ren", "sa", "tor", "vi", "zen", "bra", "dus", "fel", "gor",
    "hal", "jin", "kor", "lum", "mor", "nel", "pra", "qui", "ros", "sil", "tam", "wen",
  };
  g_autofree char *dir = dossier_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "large.json", NULL);
  GString *json = g_string_new ("{\"pack\": \"large\", \"entities\": [\n");
  const char *paths[] = { path, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierCatalog) catalog = NULL;
  GRand *rand = g_rand_new_with_seed (42);
  gsize size;
  guint i, a, k;

  for (i = 0; i < 10000; i++)
    {
      g_string_append_printf (json, "%s{\"id\": \"e%u\", \"kind\": \"person\", \"name\": \"N%u\", \"aliases\": {\"en\": [",
                              i ? ",\n" : "", i, i);
      for (a = 0; a < 5; a++)
        {
          g_string_append_printf (json, "%s\"", a ? ", " : "");
          for (k = 0; k < 5; k++)
            {
              g_string_append (json, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
              if (k == 1)
                g_string_append_c (json, ' ');
            }
          g_string_append_printf (json, " %u\"", i);
        }
      g_string_append (json, "]}}");
    }
  g_string_append (json, "]}\n");
  g_rand_free (rand);
  g_assert_true (g_file_set_contents (path, json->str, json->len, NULL));
  g_string_free (json, TRUE);

  catalog = dossier_catalog_new_from_files (paths, &error);
  g_assert_no_error (error);
  size = dossier_catalog_get_automaton_size (catalog);
  g_test_message ("10,000 × 5 aliases: automaton %.1f MB", size / 1048576.0);
  g_assert_cmpuint (dossier_catalog_get_n_aliases (catalog), >=, 50000);
  g_assert_cmpuint (size, <, 50 * 1024 * 1024);
  g_unlink (path);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/catalog/load-pack", test_load_pack);
  g_test_add_func ("/catalog/bad-packs", test_bad_packs);
  g_test_add_func ("/catalog/builtin", test_builtin);
  g_test_add_func ("/catalog/matching", test_matching);
  g_test_add_func ("/catalog/large", test_large_catalog);
  return g_test_run ();
}
