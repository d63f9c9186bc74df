/* dossier-importer-private.h — what the format-specific extractors return
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char      *title;
  char      *source;
  char      *url;
  char      *published;    /* YYYY-MM-DD, YYYY-MM, YYYY or NULL */
  GPtrArray *paragraphs;   /* char*, UTF-8, one per paragraph, no empty ones */
  GPtrArray *warnings;     /* char*, translated */
} DossierExtracted;

DossierExtracted *_dossier_extracted_new  (void);
void              _dossier_extracted_free (DossierExtracted *extracted);

/* Appends @text as a paragraph after collapsing its white space; ignores it
 * when nothing is left. */
void              _dossier_extracted_add_paragraph (DossierExtracted *extracted,
                                                    const char       *text,
                                                    gssize            length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierExtracted, _dossier_extracted_free)

G_END_DECLS
