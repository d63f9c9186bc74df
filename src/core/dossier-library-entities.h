/* dossier-library-entities.h — the analyst's corrections to entities,
 * kept in the library and applied to every article
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-catalog.h"
#include "dossier-library.h"

G_BEGIN_DECLS

/* Copies the builtin entity packs into the library: entities it does not
 * have yet, with their aliases. Every correction below does this first,
 * so corrections to pack entities are kept. */
gboolean  dossier_library_load_builtin_entities (DossierLibrary  *self,
                                                 GError         **error);

/* A new entity named after a selection, with the selection as its first
 * alias (lang may be NULL). Returns its id. */
char     *dossier_library_add_entity      (DossierLibrary   *self,
                                           const char       *name,
                                           DossierSpanKind   kind,
                                           const char       *lang,
                                           GError          **error);
/* Another name for an entity. confirmed is TRUE when the analyst accepts a
 * suggested link ("Elon Mask" → Elon Musk). */
gboolean  dossier_library_add_alias       (DossierLibrary   *self,
                                           const char       *entity_id,
                                           const char       *alias,
                                           const char       *lang,
                                           gboolean          confirmed,
                                           GError          **error);
/* from becomes a name of into: its aliases and mentions go to into. */
gboolean  dossier_library_merge_entities  (DossierLibrary   *self,
                                           const char       *from_id,
                                           const char       *into_id,
                                           GError          **error);
/* Moves a wrong alias off an entity: to target_id, or to a new entity of
 * the same kind named after the alias when target_id is NULL. Returns the
 * id of the entity that now has the alias. */
char     *dossier_library_split_alias     (DossierLibrary   *self,
                                           const char       *entity_id,
                                           const char       *alias,
                                           const char       *target_id,
                                           GError          **error);
gboolean  dossier_library_rename_entity   (DossierLibrary   *self,
                                           const char       *entity_id,
                                           const char       *name,
                                           GError          **error);
gboolean  dossier_library_set_entity_kind (DossierLibrary   *self,
                                           const char       *entity_id,
                                           DossierSpanKind   kind,
                                           GError          **error);
/* "Not an entity here": [start, end) of one article. */
gboolean  dossier_library_reject_span     (DossierLibrary   *self,
                                           gint64            article_id,
                                           guint             start,
                                           guint             end,
                                           const char       *text,
                                           GError          **error);
/* "Never an entity": this text, in every article. */
gboolean  dossier_library_reject_text     (DossierLibrary   *self,
                                           const char       *text,
                                           GError          **error);

G_END_DECLS
