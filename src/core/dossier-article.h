/* dossier-article.h — an imported article: body and metadata
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DOSSIER_TYPE_ARTICLE (dossier_article_get_type ())

G_DECLARE_FINAL_TYPE (DossierArticle, dossier_article, DOSSIER, ARTICLE, GObject)

DossierArticle *dossier_article_new              (void);

gint64          dossier_article_get_id           (DossierArticle *self);
void            dossier_article_set_id           (DossierArticle *self,
                                                  gint64          id);
const char     *dossier_article_get_title        (DossierArticle *self);
void            dossier_article_set_title        (DossierArticle *self,
                                                  const char     *title);
const char     *dossier_article_get_source       (DossierArticle *self);
void            dossier_article_set_source       (DossierArticle *self,
                                                  const char     *source);
const char     *dossier_article_get_url          (DossierArticle *self);
void            dossier_article_set_url          (DossierArticle *self,
                                                  const char     *url);
/* "YYYY-MM-DD", "YYYY-MM", "YYYY", or NULL when unknown. */
const char     *dossier_article_get_published    (DossierArticle *self);
void            dossier_article_set_published    (DossierArticle *self,
                                                  const char     *published);
const char     *dossier_article_get_lang         (DossierArticle *self);
void            dossier_article_set_lang         (DossierArticle *self,
                                                  const char     *lang);
/* NFC-normalised UTF-8, paragraphs separated by "\n\n". */
const char     *dossier_article_get_body         (DossierArticle *self);
void            dossier_article_set_body         (DossierArticle *self,
                                                  const char     *body);
/* Hex SHA-256 of the whitespace-normalised body; used to spot duplicates. */
const char     *dossier_article_get_content_hash (DossierArticle *self);
const char     *dossier_article_get_original_path (DossierArticle *self);
void            dossier_article_set_original_path (DossierArticle *self,
                                                   const char    *path);
gint64          dossier_article_get_imported     (DossierArticle *self);
void            dossier_article_set_imported     (DossierArticle *self,
                                                  gint64          unix_time);
/* Non-fatal notes from the importer ("12 undecodable bytes replaced"). */
GPtrArray      *dossier_article_get_warnings     (DossierArticle *self);
void            dossier_article_add_warning      (DossierArticle *self,
                                                  const char     *warning);

char           *dossier_compute_content_hash     (const char     *body);

G_END_DECLS
