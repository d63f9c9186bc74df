/* test-entities.c — people, organizations and places, per language
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <string.h>

#include "dossier-catalog.h"
#include "dossier-entities.h"
#include "dossier-test-utils.h"

static DossierCatalog *builtin;

typedef struct
{
  const char     *text;
  const char     *span;       /* the covered text */
  DossierSpanKind kind;
  const char     *entity_id;  /* NULL: must not be linked */
  gboolean        suggestion; /* linked with a confidence below 1 */
} EntityCase;

/* Known aliases (countries and places packs) and unknown names. */
static const EntityCase en_cases[] = {
  { "Talks in Abu Dhabi resumed.", "Abu Dhabi", DOSSIER_SPAN_PLACE, "abu-dhabi", FALSE },
  { "Exports to the United Arab Emirates rose.", "United Arab Emirates", DOSSIER_SPAN_PLACE, "united-arab-emirates", FALSE },
  { "The talks, said Kori Schulman, were long.", "Kori Schulman", DOSSIER_SPAN_PERSON, NULL, FALSE },
  { "He met Senator Maria Cantwell on Monday.", "Maria Cantwell", DOSSIER_SPAN_PERSON, NULL, FALSE },
  { "Shares of Acme Robotics Inc. fell.", "Acme Robotics Inc", DOSSIER_SPAN_ORGANIZATION, NULL, FALSE },
  { "The deal with Faisal bin Nasser was signed.", "Faisal bin Nasser", DOSSIER_SPAN_PERSON, NULL, FALSE },
  { "The meeting took place in Riyadh.", "Riyadh", DOSSIER_SPAN_PLACE, "riyadh", FALSE },
};

static const EntityCase fr_cases[] = {
  { "La délégation est arrivée à Pékin hier.", "Pékin", DOSSIER_SPAN_PLACE, "beijing", FALSE },
  { "Les Émirats arabes unis ont signé.", "Émirats arabes unis", DOSSIER_SPAN_PLACE, "united-arab-emirates", FALSE },
  { "Selon Jean Dupont, le projet avance.", "Jean Dupont", DOSSIER_SPAN_PERSON, NULL, FALSE },
  { "Le PDG Marc Lefèvre a démissionné.", "Marc Lefèvre", DOSSIER_SPAN_PERSON, NULL, FALSE },
  { "La société Vexor Systems a levé des fonds.", "Vexor Systems", DOSSIER_SPAN_ORGANIZATION, NULL, FALSE },
  { "Une forge fut créée à Saint-Dizier.", "Saint-Dizier", DOSSIER_SPAN_PLACE, NULL, FALSE },
  { "Les États du Golfe investissent.", "Golfe", DOSSIER_SPAN_PLACE, "persian-gulf", FALSE },
};

static const EntityCase zh_cases[] = {
  { "阿联酋将获得芯片。", "阿联酋", DOSSIER_SPAN_PLACE, "united-arab-emirates", FALSE },
  { "代表团抵达利雅得。", "利雅得", DOSSIER_SPAN_PLACE, "riyadh", FALSE },
  { "特别助理科瑞·舒尔曼在博客中写道。", "科瑞·舒尔曼", DOSSIER_SPAN_PERSON, NULL, FALSE },
  { "总统马克龙表示支持。", "马克龙", DOSSIER_SPAN_PERSON, NULL, FALSE },
  { "卡维尔基金会发布报告。", "卡维尔基金会", DOSSIER_SPAN_ORGANIZATION, NULL, FALSE },
  { "许多法国人认为如此。", NULL, DOSSIER_SPAN_PLACE, NULL, FALSE },
  { "中东地区的数据中心", "中东地区", DOSSIER_SPAN_PLACE, "middle-east", FALSE },
};

static void
check_sorted (const char *text,
              GPtrArray  *spans)
{
  guint i, n = g_utf8_strlen (text, -1);

  for (i = 0; i < spans->len; i++)
    {
      const DossierSpan *s = g_ptr_array_index (spans, i);
      g_autofree char *covered = NULL;
      const char *a = g_utf8_offset_to_pointer (text, s->start);
      const char *b = g_utf8_offset_to_pointer (text, s->end);

      g_assert_cmpuint (s->start, <, s->end);
      g_assert_cmpuint (s->end, <=, n);
      g_assert_true (dossier_span_kind_is_entity (s->kind));
      covered = g_strndup (a, b - a);
      g_assert_cmpstr (covered, ==, s->text);
      if (i > 0)
        g_assert_cmpuint (((DossierSpan *) g_ptr_array_index (spans, i - 1))->end, <=, s->start);
    }
}

static void
run_cases (const EntityCase *cases,
           guint             n,
           const char       *lang)
{
  guint i;

  for (i = 0; i < n; i++)
    {
      const EntityCase *c = &cases[i];
      g_autoptr(GPtrArray) spans = dossier_entities_find (builtin, c->text, lang);
      const DossierSpan *s;

      g_test_message ("[%s] %s", lang, c->text);
      check_sorted (c->text, spans);
      if (c->span == NULL)
        {
          g_assert_cmpuint (spans->len, ==, 0);
          continue;
        }
      s = dossier_test_find_span (spans, c->span);
      g_assert_nonnull (s);
      g_assert_cmpint (s->kind, ==, c->kind);
      g_assert_cmpstr (s->entity_id, ==, c->entity_id);
      if (c->entity_id != NULL && !c->suggestion)
        g_assert_cmpfloat (s->confidence, ==, 1.0);
    }
}

static void
test_en (void)
{
  run_cases (en_cases, G_N_ELEMENTS (en_cases), "en");
}

static void
test_fr (void)
{
  run_cases (fr_cases, G_N_ELEMENTS (fr_cases), "fr");
}

static void
test_zh (void)
{
  run_cases (zh_cases, G_N_ELEMENTS (zh_cases), "zh");
}

/* Words that open a sentence or name a nationality are no entities. */
static void
test_no_false_names (void)
{
  static const char * const texts[] = {
    "However, the talks went on.",
    "The Americans and the French agreed.",
    "Yesterday AI chips were sold.",
    "Cependant, les discussions continuent.",
    "Les Français ont voté.",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) spans = dossier_entities_find (builtin, texts[i], NULL);

      g_test_message ("%s", texts[i]);
      g_assert_cmpuint (spans->len, ==, 0);
    }
}

static void
test_pathological (void)
{
  GString *big = g_string_new (NULL);
  g_autoptr(GPtrArray) spans = NULL;
  guint i;

  /* 100 KB without spaces */
  for (i = 0; i < 100 * 1024 / 8; i++)
    g_string_append (big, "AbcDefGh");
  spans = dossier_entities_find (builtin, big->str, NULL);
  check_sorted (big->str, spans);
  g_clear_pointer (&spans, g_ptr_array_unref);

  /* 100 KB of Chinese transliteration characters without punctuation */
  g_string_truncate (big, 0);
  for (i = 0; i < 100 * 1024 / 9; i++)
    g_string_append (big, "阿拉斯");
  spans = dossier_entities_find (builtin, big->str, "zh");
  check_sorted (big->str, spans);
  g_clear_pointer (&spans, g_ptr_array_unref);

  /* 1 MB of digits */
  g_string_truncate (big, 0);
  for (i = 0; i < 1024 * 1024; i++)
    g_string_append_c (big, '0' + i % 10);
  spans = dossier_entities_find (builtin, big->str, NULL);
  g_assert_cmpuint (spans->len, ==, 0);
  g_clear_pointer (&spans, g_ptr_array_unref);

  /* Invalid UTF-8 (a lone surrogate encoded) is rejected, not analysed. */
  spans = dossier_entities_find (builtin, "Abu Dhabi \xed\xa0\x80 Riyadh", NULL);
  g_assert_cmpuint (spans->len, ==, 0);
  g_clear_pointer (&spans, g_ptr_array_unref);
  spans = dossier_entities_find (builtin, "", NULL);
  g_assert_cmpuint (spans->len, ==, 0);
  g_string_free (big, TRUE);
}

/* The seed articles: the export-policy cast is found and linked, including
 * names garbled by machine translation (as suggestions). */
typedef struct
{
  const char *file;
  const char *lang;
  const char *entity_id;
  const char *text;        /* NULL: any text */
  gboolean    suggestion;
} SeedCase;

static const SeedCase seed_cases[] = {
  { "000_c85749e8ee7b4a5c.txt", "zh", "sam-altman", NULL, FALSE },
  { "000_c85749e8ee7b4a5c.txt", "zh", "david-sacks", NULL, FALSE },
  { "000_c85749e8ee7b4a5c.txt", "zh", "donald-trump", NULL, FALSE },
  { "000_c85749e8ee7b4a5c.txt", "zh", "joe-biden", NULL, FALSE },
  { "000_c85749e8ee7b4a5c.txt", "zh", "g42", NULL, FALSE },
  { "000_c85749e8ee7b4a5c.txt", "zh", "openai", NULL, FALSE },
  { "000_c85749e8ee7b4a5c.txt", "zh", "nvidia", NULL, FALSE },
  { "000_c85749e8ee7b4a5c.txt", "zh", "microsoft", NULL, FALSE },
  { "000_c85749e8ee7b4a5c.txt", "zh", "mgx", NULL, FALSE },
  { "000_c85749e8ee7b4a5c.txt", "zh", "tahnoon-bin-zayed", NULL, FALSE },
  { "000_c85749e8ee7b4a5c.txt", "zh", "alasdair-phillips-robins", NULL, FALSE },
  { "000_c85749e8ee7b4a5c.txt", "zh", "united-arab-emirates", NULL, FALSE },
  { "000_c85749e8ee7b4a5c.txt", "zh", "saudi-arabia", NULL, FALSE },
  { "000_c85749e8ee7b4a5c.txt", "zh", "middle-east", NULL, FALSE },
  { "000_c85749e8ee7b4a5c.txt", "zh", "white-house", NULL, FALSE },
  { "000_c85749e8ee7b4a5c.txt", "zh", "humain", NULL, FALSE },
  /* the family name alone, after the full name */
  { "000_c85749e8ee7b4a5c.txt", "zh", "tahnoon-bin-zayed", "阿勒纳哈扬", TRUE },
  { "004_275b791ead191f93.txt", "fr", "sam-altman", "Wissam Altman", TRUE },
  { "004_275b791ead191f93.txt", "fr", "elon-musk", "Elon Mask", TRUE },
  { "004_275b791ead191f93.txt", "fr", "david-sacks", "David Sachs", TRUE },
  { "004_275b791ead191f93.txt", "fr", "andrew-feldman", "Andrew Valddman", TRUE },
  { "004_275b791ead191f93.txt", "fr", "cerebras", NULL, FALSE },
  { "004_275b791ead191f93.txt", "fr", "openai", NULL, FALSE },
  { "004_275b791ead191f93.txt", "fr", "g42", NULL, FALSE },
  { "004_275b791ead191f93.txt", "fr", "donald-trump", NULL, FALSE },
  { "004_275b791ead191f93.txt", "fr", "white-house", NULL, FALSE },
  { "004_275b791ead191f93.txt", "fr", "united-arab-emirates", NULL, FALSE },
  { "004_275b791ead191f93.txt", "fr", "china", NULL, FALSE },
  { "004_275b791ead191f93.txt", "fr", "persian-gulf", NULL, FALSE },
};

static void
test_seeds (void)
{
  const char *shared;
  guint i;

  if (!(shared = dossier_test_shared_dir ()))
    return;
  for (i = 0; i < G_N_ELEMENTS (seed_cases); i++)
    {
      const SeedCase *c = &seed_cases[i];
      g_autofree char *path = g_build_filename (shared, "seeds", c->file, NULL);
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) spans = NULL;
      gboolean found = FALSE;
      guint k;

      g_assert_true (g_file_get_contents (path, &text, NULL, &error));
      g_assert_no_error (error);
      spans = dossier_entities_find (builtin, text, c->lang);
      check_sorted (text, spans);
      for (k = 0; k < spans->len && !found; k++)
        {
          const DossierSpan *s = g_ptr_array_index (spans, k);

          if (g_strcmp0 (s->entity_id, c->entity_id) != 0)
            continue;
          if (c->text != NULL && !g_str_equal (s->text, c->text))
            continue;
          if (c->suggestion)
            {
              g_test_message ("%s → %s (%.2f)", s->text, s->entity_id, s->confidence);
              g_assert_cmpfloat (s->confidence, <, 1.0);
              g_assert_cmpfloat (s->confidence, >, 0.5);
            }
          found = TRUE;
        }
      if (!found)
        g_test_message ("%s: %s not found", c->file, c->text ? c->text : c->entity_id);
      g_assert_true (found);
    }
}

/* What the seed articles must not show as names, or show as another
 * kind: descriptions (美国公司, "US companies"), and companies introduced
 * by a common noun ("une société … appelée « X »"). */
typedef struct
{
  const char     *file;
  const char     *lang;
  const char     *text;
  DossierSpanKind kind;  /* the only kind allowed for a span of that text */
  gboolean        absent;
} SeedKindCase;

static const SeedKindCase seed_kind_cases[] = {
  { "000_c85749e8ee7b4a5c.txt", "zh", "美国公司", DOSSIER_SPAN_ORGANIZATION, TRUE },
  { "000_c85749e8ee7b4a5c.txt", "zh", "阿联酋投资公司", DOSSIER_SPAN_ORGANIZATION, TRUE },
  { "004_275b791ead191f93.txt", "fr", "Borkhhan World", DOSSIER_SPAN_ORGANIZATION, FALSE },
  { "004_275b791ead191f93.txt", "fr", "Grand Maying Maying", DOSSIER_SPAN_ORGANIZATION, FALSE },
};

static void
test_seed_kinds (void)
{
  const char *shared;
  guint i, k;

  if (!(shared = dossier_test_shared_dir ()))
    return;
  for (i = 0; i < G_N_ELEMENTS (seed_kind_cases); i++)
    {
      const SeedKindCase *c = &seed_kind_cases[i];
      g_autofree char *path = g_build_filename (shared, "seeds", c->file, NULL);
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) spans = NULL;
      guint found = 0;

      g_assert_true (g_file_get_contents (path, &text, NULL, &error));
      g_assert_no_error (error);
      g_assert_nonnull (strstr (text, c->text));
      spans = dossier_entities_find (builtin, text, c->lang);
      for (k = 0; k < spans->len; k++)
        {
          const DossierSpan *s = g_ptr_array_index (spans, k);

          if (!g_str_equal (s->text, c->text))
            continue;
          g_test_message ("%s: %s (%d)", c->file, s->text, s->kind);
          g_assert_false (c->absent);
          g_assert_cmpint (s->kind, ==, c->kind);
          found++;
        }
      if (!c->absent)
        g_assert_cmpuint (found, >, 0);
    }
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);
  builtin = dossier_catalog_new_builtin (&error);
  g_assert_no_error (error);
  g_test_add_func ("/entities/en", test_en);
  g_test_add_func ("/entities/fr", test_fr);
  g_test_add_func ("/entities/zh", test_zh);
  g_test_add_func ("/entities/no-false-names", test_no_false_names);
  g_test_add_func ("/entities/pathological", test_pathological);
  g_test_add_func ("/entities/seeds", test_seeds);
  g_test_add_func ("/entities/seed-kinds", test_seed_kinds);
  ret = g_test_run ();
  g_clear_object (&builtin);
  return ret;
}
