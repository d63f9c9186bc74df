/* dossier-text-cleaner.h — article body out of text copied from a web page
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-importer-private.h"

G_BEGIN_DECLS

/* Splits UTF-8 @text into paragraphs and removes what a copy of a web page
 * drags along: breadcrumbs and share counters before the article, inline
 * "Read also: …" lines, and trailing related/trending/comment blocks. Finds
 * the title, source and published date in what precedes the body. */
DossierExtracted *dossier_text_clean (const char *text);

/* Removes boilerplate paragraphs from an already extracted body in place
 * (inline "Read also" lines, trailing lists and furniture, and leading
 * datelines, bylines and a repeat of @title, nullable). Used on HTML output
 * as a last pass. */
void              dossier_text_clean_paragraphs (GPtrArray  *paragraphs,
                                                 const char *title);

/* A date written in @text ("2025-05-13", "13 mai 2025", "2025年5月13日",
 * "May 13, 2025"…) as YYYY-MM-DD / YYYY-MM, or NULL. Day-month dates without
 * a year give NULL: they are never completed with a guess. */
char             *dossier_text_find_date (const char *text);

G_END_DECLS
