/* dossier-article-list.h — a GListModel of library articles, paged
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "dossier-library.h"

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_ARTICLE_SORT_PUBLISHED_DESC,   /* newest first, undated last */
  DOSSIER_ARTICLE_SORT_PUBLISHED_ASC,
  DOSSIER_ARTICLE_SORT_IMPORTED_DESC,
  DOSSIER_ARTICLE_SORT_TITLE,
  DOSSIER_ARTICLE_SORT_ID,               /* import order */
} DossierArticleSort;

#define DOSSIER_TYPE_ARTICLE_LIST (dossier_article_list_get_type ())

G_DECLARE_FINAL_TYPE (DossierArticleList, dossier_article_list, DOSSIER, ARTICLE_LIST, GObject)

/* Items are DossierArticle with metadata only: get the body with
 * dossier_library_get_body(). Rows are read a page at a time. The list is
 * empty until the first dossier_article_list_reload(). */
DossierArticleList *dossier_article_list_new        (DossierLibrary     *library);

void     dossier_article_list_set_sort      (DossierArticleList *self,
                                             DossierArticleSort  sort);
/* Each filter is NULL / 0 for "any". Dates are YYYY, YYYY-MM or
 * YYYY-MM-DD, inclusive; undated articles are left out when a date or era
 * filter is set. */
void     dossier_article_list_set_lang      (DossierArticleList *self,
                                             const char         *lang);
void     dossier_article_list_set_dates     (DossierArticleList *self,
                                             const char         *from,
                                             const char         *to);
/* "trump-1", "biden" or "trump-2" (see dossier-era.h), NULL for any;
 * FALSE for an unknown name. */
gboolean dossier_article_list_set_era       (DossierArticleList *self,
                                             const char         *era);
/* Articles mentioning the entity. */
void     dossier_article_list_set_entity    (DossierArticleList *self,
                                             const char         *entity_id);
/* Articles with an annotation carrying the tag or one below it. */
void     dossier_article_list_set_tag       (DossierArticleList *self,
                                             gint64              tag_id);
/* Re-reads the matching ids (after filter changes or imports) and emits
 * items-changed. */
gboolean dossier_article_list_reload        (DossierArticleList *self,
                                             GError            **error);
/* Position of an article in the list, or -1. */
int      dossier_article_list_find          (DossierArticleList *self,
                                             gint64              article_id);

G_END_DECLS
