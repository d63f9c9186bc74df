/* dossier-importer.h — bytes (HTML, text, Markdown) to a DossierArticle
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "dossier-article.h"

G_BEGIN_DECLS

/* Inputs larger than this are refused with DOSSIER_ERROR_TOO_LARGE: a news
 * page is rarely above a few megabytes and parsing keeps the whole tree in
 * memory. */
#define DOSSIER_IMPORTER_MAX_SIZE ((gsize) 64 * 1024 * 1024)

typedef enum
{
  DOSSIER_IMPORT_FORMAT_TEXT,
  DOSSIER_IMPORT_FORMAT_HTML,
  DOSSIER_IMPORT_FORMAT_MARKDOWN,
} DossierImportFormat;

/* Guesses the format of UTF-8 @text from its content; @filename_hint
 * (nullable) only breaks ties. */
DossierImportFormat dossier_importer_detect_format (const char *text,
                                                    gsize       length,
                                                    const char *filename_hint);

/* Runs the whole import pipeline (charset, format, extraction, cleaning,
 * language) without storing anything. @filename_hint names the input in
 * error messages and helps format detection; @charset acts like an HTTP
 * Content-Type charset and wins over the page's own declaration; @url is the
 * address the page came from (a canonical URL found in the page replaces it
 * only when @url is NULL). Errors are in the DOSSIER_ERROR domain. */
DossierArticle *dossier_importer_import_bytes (GBytes      *bytes,
                                               const char  *filename_hint,
                                               const char  *charset,
                                               const char  *url,
                                               GError     **error);

DossierArticle *dossier_importer_import_file  (GFile       *file,
                                               const char  *charset,
                                               const char  *url,
                                               GError     **error);

G_END_DECLS
