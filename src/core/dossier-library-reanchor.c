/* dossier-library-reanchor.c — carry annotations over to a new version of
 * an article
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dossier-anchor.h"
#include "dossier-annotation.h"
#include "dossier-article-list.h"
#include "dossier-library-reanchor.h"

static gboolean
nonempty (const char *s)
{
  return s != NULL && s[0] != '\0';
}

static gboolean
same_article (DossierArticle *a,
              DossierArticle *b)
{
  const char *url_a = dossier_article_get_url (a);
  const char *url_b = dossier_article_get_url (b);

  if (nonempty (url_a) || nonempty (url_b))
    return g_strcmp0 (url_a, url_b) == 0;
  return nonempty (dossier_article_get_title (a)) &&
         g_strcmp0 (dossier_article_get_title (a), dossier_article_get_title (b)) == 0 &&
         g_strcmp0 (dossier_article_get_source (a), dossier_article_get_source (b)) == 0;
}

GArray *
dossier_library_find_earlier_versions (DossierLibrary  *library,
                                       DossierArticle  *article,
                                       GError         **error)
{
  g_autoptr(DossierArticleList) list = NULL;
  GArray *ids;
  gint64 id;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (article), NULL);

  list = dossier_article_list_new (library);
  dossier_article_list_set_sort (list, DOSSIER_ARTICLE_SORT_IMPORTED_DESC);
  if (!dossier_article_list_reload (list, error))
    return NULL;
  id = dossier_article_get_id (article);
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(DossierArticle) other = g_list_model_get_item (G_LIST_MODEL (list), i);
      gint64 other_id = dossier_article_get_id (other);

      if (other_id > 0 && other_id < id && same_article (article, other))
        g_array_append_val (ids, other_id);
    }
  return ids;
}

gboolean
dossier_library_reanchor_annotations (DossierLibrary  *library,
                                      gint64           old_id,
                                      gint64           new_id,
                                      guint           *n_moved,
                                      GPtrArray      **orphans,
                                      GError         **error)
{
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GPtrArray) left = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *body = NULL;
  guint moved = 0;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), FALSE);

  body = dossier_library_get_body (library, new_id, error);
  if (body == NULL)
    return FALSE;
  annotations = dossier_library_list_annotations (library, old_id, error);
  if (annotations == NULL)
    return FALSE;

  for (guint i = 0; i < annotations->len; i++)
    {
      DossierAnnotation *annotation = g_ptr_array_index (annotations, i);
      DossierAnchor anchor = {
        dossier_annotation_get_quote (annotation),
        dossier_annotation_get_prefix (annotation),
        dossier_annotation_get_suffix (annotation),
        dossier_annotation_get_start (annotation),
        dossier_annotation_get_end (annotation),
      };
      guint start, end;
      g_autoptr(DossierAnnotation) moved_copy = NULL;

      if (dossier_anchor_locate (&anchor, body, &start, &end) == DOSSIER_ANCHOR_ORPHANED)
        {
          g_ptr_array_add (left, g_object_ref (annotation));
          continue;
        }
      moved_copy = dossier_annotation_new_for_body (new_id, body, start, end);
      if (moved_copy == NULL)
        {
          g_ptr_array_add (left, g_object_ref (annotation));
          continue;
        }
      dossier_annotation_set_note (moved_copy, dossier_annotation_get_note (annotation));
      dossier_annotation_set_colour (moved_copy, dossier_annotation_get_colour (annotation));
      dossier_annotation_set_tags (moved_copy, dossier_annotation_get_tags (annotation));
      /* Add before deleting: a failure never loses the annotation. */
      if (!dossier_library_add_annotation (library, moved_copy, error) ||
          !dossier_library_delete_annotation (library, dossier_annotation_get_id (annotation), error))
        return FALSE;
      moved++;
    }

  if (n_moved != NULL)
    *n_moved = moved;
  if (orphans != NULL)
    *orphans = g_steal_pointer (&left);
  return TRUE;
}

GPtrArray *
dossier_library_list_orphans (DossierLibrary  *library,
                              DossierArticle  *article,
                              GError         **error)
{
  g_autoptr(GArray) versions = NULL;
  GPtrArray *orphans;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (article), NULL);

  versions = dossier_library_find_earlier_versions (library, article, error);
  if (versions == NULL)
    return NULL;
  orphans = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < versions->len; i++)
    {
      g_autoptr(GPtrArray) annotations =
        dossier_library_list_annotations (library, g_array_index (versions, gint64, i), error);

      if (annotations == NULL)
        {
          g_ptr_array_unref (orphans);
          return NULL;
        }
      for (guint j = 0; j < annotations->len; j++)
        g_ptr_array_add (orphans, g_object_ref (g_ptr_array_index (annotations, j)));
    }
  return orphans;
}
