/* dossier-html-metadata.h — title, site, canonical URL and date of a page
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/HTMLtree.h>

#include "dossier-importer-private.h"

G_BEGIN_DECLS

/* Fills title, source, url and published of @extracted from the page's head
 * (Open Graph, JSON-LD, meta tags, <title>) and its first <h1>. Fields
 * already set are kept. */
void  dossier_html_metadata_read        (xmlDoc           *doc,
                                         DossierExtracted *extracted);

/* The text of @node and its descendants, white space collapsed. */
char *dossier_html_node_text            (xmlNode          *node);
/* The same, stopping once it holds @max_chars characters: the opening of a
 * long block without collecting all of it. */
char *dossier_html_node_text_prefix     (xmlNode          *node,
                                         gsize             max_chars);

/* A date ("2025-05-13T10:00:00+08:00", "May 13, 2025") as YYYY-MM-DD, or
 * NULL. */
char *dossier_html_metadata_parse_date  (const char       *value);

G_END_DECLS
