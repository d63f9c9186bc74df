/* dossier-catalog.h — the known people, organizations and places
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "dossier-span.h"

G_BEGIN_DECLS

typedef struct _DossierLibrary DossierLibrary;

typedef struct
{
  char *text;
  char *lang;     /* BCP 47 primary tag, or NULL for any language */
  char *origin;   /* "pack", "analyst" or "suggestion-confirmed" */
} DossierAlias;

typedef struct
{
  char            *id;
  DossierSpanKind  kind;       /* person, organization or place */
  char            *name;
  char            *wikidata;   /* or NULL */
  char           **roles;      /* never NULL */
  char            *origin;     /* "pack" or "analyst" */
  GPtrArray       *aliases;    /* DossierAlias* */
} DossierEntity;

#define DOSSIER_TYPE_CATALOG (dossier_catalog_get_type ())

G_DECLARE_FINAL_TYPE (DossierCatalog, dossier_catalog, DOSSIER, CATALOG, GObject)

/* The packs compiled into the program. */
DossierCatalog      *dossier_catalog_new_builtin       (GError         **error);
/* The builtin packs with the library's entities, aliases, merges and
 * rules applied (implemented in dossier-library-entities.c). */
DossierCatalog      *dossier_catalog_new_for_library   (DossierLibrary  *library,
                                                        GError         **error);
/* Pack files on disk (JSON, format of data/entities). */
DossierCatalog      *dossier_catalog_new_from_files    (const char * const *paths,
                                                        GError         **error);

guint                dossier_catalog_get_n_entities    (DossierCatalog  *self);
const DossierEntity *dossier_catalog_get_entity        (DossierCatalog  *self,
                                                        guint            index);
const DossierEntity *dossier_catalog_lookup            (DossierCatalog  *self,
                                                        const char      *id);
guint                dossier_catalog_get_n_aliases     (DossierCatalog  *self);
/* Bytes held by the matching automaton. */
gsize                dossier_catalog_get_automaton_size (DossierCatalog *self);
/* Whether the analyst marked [start, end) of this article as no entity. */
gboolean             dossier_catalog_is_rejected_span  (DossierCatalog  *self,
                                                        gint64           article_id,
                                                        guint            start,
                                                        guint            end);
/* Whether the analyst marked this text as never an entity. */
gboolean             dossier_catalog_is_never_entity   (DossierCatalog  *self,
                                                        const char      *text);

gboolean             dossier_entity_id_is_valid        (const char      *id);
/* The name to show readers of @lang ("zh", "fr"…): the entity's first
 * alias in that language, else its canonical name. Canonical names are
 * English, so "en" always gets the canonical name. */
const char          *dossier_entity_get_name_for_language (const DossierEntity *entity,
                                                           const char          *lang);

G_END_DECLS
