/* dossier-entity-names.h — entity names in the user's language
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The language of the user interface, as the entity packs name it:
 * "zh", "fr", "en"… */
char       *dossier_ui_language             (void);
/* The name the built-in packs give entity @entity_id in @lang, or NULL
 * when no pack has the entity. The packs are read once per language. */
const char *dossier_entity_names_lookup     (const char *lang,
                                             const char *entity_id);
/* The name to show for @entity_id in the user interface's language.
 * @fallback is the library's name for it, shown when the packs do not
 * know the entity or when the analyst renamed it. */
const char *dossier_entity_display_name     (const char *entity_id,
                                             const char *fallback);

/* Entity id → name in the user interface's language, for every entity of
 * the built-in packs; a new table that the caller owns. */
GHashTable *dossier_entity_names_new_table  (void);

G_END_DECLS
