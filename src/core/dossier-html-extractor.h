/* dossier-html-extractor.h — main content and metadata of an HTML page
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-importer-private.h"

G_BEGIN_DECLS

/* Parses UTF-8 @html with libxml2 and extracts the article: body paragraphs
 * (headings inside the body kept), title, site name, canonical URL and
 * published date. @base_url (nullable) resolves relative URLs. Returns NULL
 * only when libxml2 cannot build any tree. */
DossierExtracted *dossier_html_extract      (const char *html,
                                             gsize       length,
                                             const char *base_url);

/* The same, taking @html over and freeing it once parsed, before the
 * extraction builds its own copies of the text. */
DossierExtracted *dossier_html_extract_take (char       *html,
                                             gsize       length,
                                             const char *base_url);

G_END_DECLS
