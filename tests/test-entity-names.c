/* test-entity-names.c — entity names shown in the user's language
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <locale.h>

#include "dossier-catalog.h"
#include "dossier-entity-names.h"

static void
test_name_for_language (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierCatalog) catalog = dossier_catalog_new_builtin (&error);
  const DossierEntity *uae;

  g_assert_no_error (error);
  uae = dossier_catalog_lookup (catalog, "united-arab-emirates");
  g_assert_nonnull (uae);
  g_assert_cmpstr (dossier_entity_get_name_for_language (uae, "en"), ==, "United Arab Emirates");
  g_assert_cmpstr (dossier_entity_get_name_for_language (uae, NULL), ==, "United Arab Emirates");
  g_assert_cmpstr (dossier_entity_get_name_for_language (uae, "zh"), ==, "阿联酋");
  g_assert_cmpstr (dossier_entity_get_name_for_language (uae, "fr"), ==, "Émirats arabes unis");
  /* A language without an alias falls back to the canonical name. */
  g_assert_cmpstr (dossier_entity_get_name_for_language (uae, "xx"), ==, "United Arab Emirates");
}

static void
test_lookup (void)
{
  g_assert_cmpstr (dossier_entity_names_lookup ("zh", "united-arab-emirates"), ==, "阿联酋");
  g_assert_cmpstr (dossier_entity_names_lookup ("fr", "united-arab-emirates"), ==, "Émirats arabes unis");
  g_assert_null (dossier_entity_names_lookup ("zh", "no-such-entity"));
  g_assert_null (dossier_entity_names_lookup ("zh", NULL));
}

/* Run with LANGUAGE=zh_CN (set in main): the pack's Chinese name, unless
 * the analyst renamed the entity in the library. */
static void
test_display_name (void)
{
  g_autofree char *lang = dossier_ui_language ();
  g_autoptr(GHashTable) table = dossier_entity_names_new_table ();

  g_assert_cmpstr (lang, ==, "zh");
  g_assert_cmpstr (dossier_entity_display_name ("united-arab-emirates", "United Arab Emirates"), ==, "阿联酋");
  g_assert_cmpstr (dossier_entity_display_name ("united-arab-emirates", "The Emirates (renamed)"), ==,
                   "The Emirates (renamed)");
  g_assert_cmpstr (dossier_entity_display_name ("analyst-entity", "Someone New"), ==, "Someone New");
  g_assert_cmpstr (g_hash_table_lookup (table, "united-arab-emirates"), ==, "阿联酋");
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entity-names/name-for-language", test_name_for_language);
  g_test_add_func ("/entity-names/lookup", test_lookup);
  g_test_add_func ("/entity-names/display-name", test_display_name);
  return g_test_run ();
}
