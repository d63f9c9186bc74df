/* dossier-markdown.h — article out of a Markdown document
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-importer-private.h"

G_BEGIN_DECLS

/* TRUE when UTF-8 @text looks like Markdown (headings, links, emphasis,
 * lists, front matter) rather than plain text. */
gboolean          dossier_markdown_detect  (const char *text,
                                            gsize       length);

/* Strips Markdown syntax: front matter gives title/date/source, the first
 * level-1 heading the title, links keep their text, images are dropped. */
DossierExtracted *dossier_markdown_extract (const char *text);

G_END_DECLS
