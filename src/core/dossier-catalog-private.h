/* dossier-catalog-private.h — catalog internals shared by the matcher,
 * the name finder, the linker and the library code
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-automaton.h"
#include "dossier-catalog.h"

G_BEGIN_DECLS

typedef struct _DossierLinkerIndex DossierLinkerIndex;

enum
{
  TARGET_CAPITALIZED = 1 << 0,  /* the alias starts with an upper-case letter: so must the text */
  TARGET_ALL_CAPS    = 1 << 1,  /* an acronym: every letter must be upper case */
  TARGET_BLOCKER     = 1 << 2,  /* a "never an entity" text: suppresses matches inside it */
};

typedef struct
{
  guint32 entity;  /* index into entities; unused for blockers */
  guint32 flags;
} DossierTarget;

typedef struct
{
  guint32 first_target;
  guint32 n_targets;
  guint32 len;
} DossierPattern;

typedef struct
{
  gint64 article_id;
  guint  start;
  guint  end;
} DossierRejectedSpan;

struct _DossierCatalog
{
  GObject             parent_instance;

  GPtrArray          *entities;    /* DossierEntity* */
  GHashTable         *by_id;       /* id → DossierEntity* */
  GHashTable         *index_of;    /* DossierEntity* → index + 1 */
  DossierAutomaton   *automaton;
  GArray             *patterns;    /* DossierPattern */
  GArray             *targets;     /* DossierTarget */
  GHashTable         *never;       /* folded text set */
  GArray             *rejected;    /* DossierRejectedSpan */
  DossierLinkerIndex *linker;
  guint               n_aliases;
};

typedef struct _DossierCatalogBuilder DossierCatalogBuilder;

DossierCatalogBuilder *_dossier_catalog_builder_new        (void);
void                   _dossier_catalog_builder_free       (DossierCatalogBuilder *b);
gboolean               _dossier_catalog_builder_add_pack   (DossierCatalogBuilder *b,
                                                            const char            *data,
                                                            gsize                  len,
                                                            const char            *source,
                                                            GError               **error);
gboolean               _dossier_catalog_builder_add_builtin (DossierCatalogBuilder *b,
                                                            GError               **error);
/* Adds an entity, or returns the existing one with that id (replacing its
 * name, kind, Wikidata id and roles when replace is TRUE). */
DossierEntity         *_dossier_catalog_builder_entity     (DossierCatalogBuilder *b,
                                                            const char            *id,
                                                            DossierSpanKind        kind,
                                                            const char            *name,
                                                            const char            *wikidata,
                                                            const char * const    *roles,
                                                            const char            *origin,
                                                            gboolean               replace);
DossierEntity         *_dossier_catalog_builder_lookup     (DossierCatalogBuilder *b,
                                                            const char            *id);
void                   _dossier_catalog_builder_alias      (DossierCatalogBuilder *b,
                                                            DossierEntity         *entity,
                                                            const char            *text,
                                                            const char            *lang,
                                                            const char            *origin);
void                   _dossier_catalog_builder_remove     (DossierCatalogBuilder *b,
                                                            const char            *id);
void                   _dossier_catalog_builder_never      (DossierCatalogBuilder *b,
                                                            const char            *text);
void                   _dossier_catalog_builder_rejected   (DossierCatalogBuilder *b,
                                                            gint64                 article_id,
                                                            guint                  start,
                                                            guint                  end);
guint                  _dossier_catalog_builder_n_entities (DossierCatalogBuilder *b);
/* DossierEntity*, owned by the builder. */
GPtrArray             *_dossier_catalog_builder_get_entities (DossierCatalogBuilder *b);
/* Consumes the builder. */
DossierCatalog        *_dossier_catalog_builder_finish     (DossierCatalogBuilder *b);

/* Folds a string to code points (no spaces at the ends); returns the length. */
guint                  _dossier_fold_to_array              (const char            *text,
                                                            gunichar             **out);

DossierLinkerIndex    *_dossier_linker_index_new           (DossierCatalog        *catalog);
void                   _dossier_linker_index_free          (DossierLinkerIndex    *index);

G_END_DECLS
