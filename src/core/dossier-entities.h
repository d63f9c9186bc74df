/* dossier-entities.h — people, organizations and places in a text
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-catalog.h"
#include "dossier-span.h"

G_BEGIN_DECLS

/* Finds the person, organization and place spans of text (valid UTF-8;
 * anything else gives an empty array): aliases of the catalog's entities
 * (linked, confidence 1), and names that no entity has, found from their
 * shape and context; those close to a known alias are linked as
 * suggestions with a confidence below 1. catalog may be NULL (unknown
 * names only). lang is a BCP 47 primary tag or NULL. Returns sorted,
 * non-overlapping DossierSpan*, offsets in code points. */
GPtrArray *dossier_entities_find            (DossierCatalog *catalog,
                                             const char     *text,
                                             const char     *lang);
/* The same, without the spans the analyst rejected in this article. */
GPtrArray *dossier_entities_find_in_article (DossierCatalog *catalog,
                                             const char     *text,
                                             const char     *lang,
                                             gint64          article_id);

G_END_DECLS
