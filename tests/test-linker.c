/* test-linker.c — misspellings and transliteration variants
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>

#include "dossier-catalog.h"
#include "dossier-linker.h"
#include "dossier-test-utils.h"

typedef struct
{
  const char     *name;
  DossierSpanKind kind;
  const char     *context;     /* an entity id named in the same text, or NULL */
  const char     *expected;    /* entity id, or NULL for no link */
} LinkCase;

static const LinkCase link_cases[] = {
  /* one letter off in the surname, same first name */
  { "Elon Mask", DOSSIER_SPAN_PERSON, NULL, "elon-musk" },
  { "David Sachs", DOSSIER_SPAN_PERSON, NULL, "david-sacks" },
  { "Jensen Huong", DOSSIER_SPAN_PERSON, NULL, "jensen-huang" },
  /* a first name that grew a syllable in translation */
  { "Wissam Altman", DOSSIER_SPAN_PERSON, NULL, "sam-altman" },
  /* a garbled surname, saved by the role context */
  { "Andrew Valddman", DOSSIER_SPAN_PERSON, "cerebras", "andrew-feldman" },
  /* the kind must agree */
  { "Elon Mask", DOSSIER_SPAN_ORGANIZATION, NULL, NULL },
  /* another person with the same surname is not linked */
  { "Kimbal Musk", DOSSIER_SPAN_PERSON, NULL, NULL },
  { "Hunter Sacks", DOSSIER_SPAN_PERSON, NULL, NULL },
  /* too far */
  { "Ellen Mosk", DOSSIER_SPAN_PERSON, NULL, NULL },
  { "Andrew Valddman", DOSSIER_SPAN_PERSON, NULL, NULL },
  { "Sam Wilson", DOSSIER_SPAN_PERSON, NULL, NULL },
  /* organizations */
  { "Cerebas Systems", DOSSIER_SPAN_ORGANIZATION, NULL, "cerebras" },
  { "Nvidea", DOSSIER_SPAN_ORGANIZATION, NULL, "nvidia" },
  { "Tesco", DOSSIER_SPAN_ORGANIZATION, NULL, NULL },
  /* transliterations in Chinese */
  { "山姆·奥尔特曼", DOSSIER_SPAN_PERSON, NULL, "sam-altman" },
  { "埃隆·马期克", DOSSIER_SPAN_PERSON, NULL, "elon-musk" },
};

static void
test_links (void)
{
  g_autoptr(DossierCatalog) catalog = dossier_test_load_entity_pack ();
  guint i;

  for (i = 0; i < G_N_ELEMENTS (link_cases); i++)
    {
      const LinkCase *c = &link_cases[i];
      const char *context[] = { c->context, NULL };
      double confidence = -1.0;
      const DossierEntity *e;

      e = dossier_linker_suggest (catalog, c->name, c->kind, context, &confidence);
      g_test_message ("%s → %s (%.2f)", c->name, e ? e->id : "none", confidence);
      if (c->expected == NULL)
        {
          g_assert_null (e);
          continue;
        }
      g_assert_nonnull (e);
      g_assert_cmpstr (e->id, ==, c->expected);
      /* A suggestion, never a certainty. */
      g_assert_cmpfloat (confidence, >, 0.0);
      g_assert_cmpfloat (confidence, <, 1.0);
    }
}

static void
test_edit_distance (void)
{
  static const struct { const char *a, *b; guint d; } cases[] = {
    { "musk", "mask", 1 }, { "feldman", "valddman", 3 }, { "", "abc", 3 },
    { "sacks", "sachs", 1 }, { "same", "same", 0 }, { "奥特曼", "奥尔特曼", 1 },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      glong la, lb;
      g_autofree gunichar *a = g_utf8_to_ucs4_fast (cases[i].a, -1, &la);
      g_autofree gunichar *b = g_utf8_to_ucs4_fast (cases[i].b, -1, &lb);

      g_assert_cmpuint (dossier_edit_distance (a, la, b, lb), ==, cases[i].d);
    }
}

static void
test_phonetic_key (void)
{
  static const struct { const char *a, *b; gboolean same; } cases[] = {
    { "musk", "mask", TRUE }, { "feldman", "valddman", TRUE }, { "sacks", "sachs", TRUE },
    { "altman", "altmann", TRUE }, { "musk", "mosk", TRUE }, { "sacks", "smith", FALSE },
    { "huang", "huong", TRUE }, { "altman", "feldman", FALSE },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      glong la, lb;
      g_autofree gunichar *a = g_utf8_to_ucs4_fast (cases[i].a, -1, &la);
      g_autofree gunichar *b = g_utf8_to_ucs4_fast (cases[i].b, -1, &lb);
      g_autofree char *ka = dossier_phonetic_key (a, la);
      g_autofree char *kb = dossier_phonetic_key (b, lb);

      g_test_message ("%s → %s, %s → %s", cases[i].a, ka, cases[i].b, kb);
      g_assert_cmpint (g_str_equal (ka, kb), ==, cases[i].same);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/linker/links", test_links);
  g_test_add_func ("/linker/edit-distance", test_edit_distance);
  g_test_add_func ("/linker/phonetic-key", test_phonetic_key);
  return g_test_run ();
}
