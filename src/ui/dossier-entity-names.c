/* dossier-entity-names.c — entity names in the user's language
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dossier-catalog.h"
#include "dossier-entity-names.h"

/* Language → (entity id → Names). Filled from the main thread only. */
static GHashTable *names_by_language;

typedef struct
{
  char *canonical;
  char *localized;
} Names;

static void
names_free (Names *names)
{
  g_free (names->canonical);
  g_free (names->localized);
  g_free (names);
}

char *
dossier_ui_language (void)
{
  g_autofree char *lang = g_strdup (g_get_language_names ()[0]);
  char *cut;

  if ((cut = strpbrk (lang, ".@_")))
    *cut = '\0';
  /* The C locale reads English. */
  if (g_str_equal (lang, "C") || g_str_equal (lang, "POSIX"))
    return g_strdup ("en");
  return g_steal_pointer (&lang);
}

static GHashTable *
load_names (const char *lang)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierCatalog) catalog = dossier_catalog_new_builtin (&error);
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) names_free);

  if (catalog == NULL)
    {
      g_warning ("Entity names unavailable: %s", error->message);
      return names;
    }
  for (guint i = 0; i < dossier_catalog_get_n_entities (catalog); i++)
    {
      const DossierEntity *entity = dossier_catalog_get_entity (catalog, i);
      Names *pair = g_new0 (Names, 1);

      pair->canonical = g_strdup (entity->name);
      pair->localized = g_strdup (dossier_entity_get_name_for_language (entity, lang));
      g_hash_table_insert (names, g_strdup (entity->id), pair);
    }
  return names;
}

/* Entity id → Names for @lang, read from the packs the first time. */
static GHashTable *
names_for_language (const char *lang)
{
  GHashTable *names;

  if (names_by_language == NULL)
    names_by_language = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               (GDestroyNotify) g_hash_table_unref);
  names = g_hash_table_lookup (names_by_language, lang);
  if (names == NULL)
    {
      names = load_names (lang);
      g_hash_table_insert (names_by_language, g_strdup (lang), names);
    }
  return names;
}

static Names *
lookup_names (const char *lang,
              const char *entity_id)
{
  if (lang == NULL || entity_id == NULL)
    return NULL;
  return g_hash_table_lookup (names_for_language (lang), entity_id);
}

const char *
dossier_entity_names_lookup (const char *lang,
                             const char *entity_id)
{
  Names *names = lookup_names (lang, entity_id);

  return names != NULL ? names->localized : NULL;
}

const char *
dossier_entity_display_name (const char *entity_id,
                             const char *fallback)
{
  static char *lang;
  Names *names;

  if (lang == NULL)
    lang = dossier_ui_language ();
  names = lookup_names (lang, entity_id);
  /* A name the analyst gave the entity wins over the pack's. */
  if (names == NULL || (fallback != NULL && g_strcmp0 (fallback, names->canonical) != 0))
    return fallback;
  return names->localized;
}

GHashTable *
dossier_entity_names_new_table (void)
{
  g_autofree char *lang = dossier_ui_language ();
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer id, names;

  g_hash_table_iter_init (&iter, names_for_language (lang));
  while (g_hash_table_iter_next (&iter, &id, &names))
    g_hash_table_insert (table, g_strdup (id), g_strdup (((Names *) names)->localized));
  return table;
}
