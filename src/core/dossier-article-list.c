/* dossier-article-list.c — GListModel paging article rows from SQLite
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only the ids of the matching rows are held (8 bytes each); metadata is
 * read PAGE_SIZE rows at a time when the view asks for an item, and a few
 * pages are cached. Bodies are never read here.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dossier-article-list.h"
#include "dossier-era.h"
#include "dossier-library-private.h"

#define PAGE_SIZE 64
#define MAX_CACHED_PAGES 32

struct _DossierArticleList
{
  GObject             parent_instance;

  DossierLibrary     *library;
  DossierArticleSort  sort;
  char               *lang;
  char               *date_from;
  char               *date_to;
  char               *entity_id;
  gint64              tag_id;

  GArray             *ids;      /* gint64 */
  GHashTable         *pages;    /* page index → GPtrArray of DossierArticle */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DossierArticleList, dossier_article_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
dossier_article_list_finalize (GObject *object)
{
  DossierArticleList *self = (DossierArticleList *) object;

  g_clear_object (&self->library);
  g_clear_pointer (&self->lang, g_free);
  g_clear_pointer (&self->date_from, g_free);
  g_clear_pointer (&self->date_to, g_free);
  g_clear_pointer (&self->entity_id, g_free);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->pages, g_hash_table_unref);

  G_OBJECT_CLASS (dossier_article_list_parent_class)->finalize (object);
}

static void
dossier_article_list_class_init (DossierArticleListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dossier_article_list_finalize;
}

static void
dossier_article_list_init (DossierArticleList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pages = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                       (GDestroyNotify) g_ptr_array_unref);
}

DossierArticleList *
dossier_article_list_new (DossierLibrary *library)
{
  DossierArticleList *self;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);

  self = g_object_new (DOSSIER_TYPE_ARTICLE_LIST, NULL);
  self->library = g_object_ref (library);
  return self;
}

static GType
list_get_item_type (GListModel *model)
{
  return DOSSIER_TYPE_ARTICLE;
}

static guint
list_get_n_items (GListModel *model)
{
  return DOSSIER_ARTICLE_LIST (model)->ids->len;
}

static GPtrArray *
load_page (DossierArticleList *self,
           guint               page)
{
  static char *sql = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  GPtrArray *ordered;
  guint first = page * PAGE_SIZE;
  guint n = MIN (PAGE_SIZE, self->ids->len - first);
  sqlite3_stmt *stmt;

  if (g_once_init_enter (&sql))
    {
      GString *s = g_string_new ("SELECT " DOSSIER_ARTICLE_COLUMNS " FROM articles WHERE id IN (?");
      for (guint i = 1; i < PAGE_SIZE; i++)
        g_string_append (s, ",?");
      g_string_append_c (s, ')');
      g_once_init_leave (&sql, g_string_free (s, FALSE));
    }

  stmt = _dossier_library_prepare (self->library, sql, NULL);
  if (stmt != NULL)
    {
      for (guint i = 0; i < n; i++)
        sqlite3_bind_int64 (stmt, i + 1, g_array_index (self->ids, gint64, first + i));
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          DossierArticle *article = _dossier_article_from_stmt (stmt);
          gint64 *key = g_new (gint64, 1);

          *key = dossier_article_get_id (article);
          g_hash_table_insert (by_id, key, article);
        }
      sqlite3_reset (stmt);
    }

  /* In the list's order; a row deleted since the reload becomes an empty
   * placeholder so positions stay stable until the next reload. */
  ordered = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      gint64 id = g_array_index (self->ids, gint64, first + i);
      DossierArticle *article = g_hash_table_lookup (by_id, &id);

      if (article != NULL)
        g_ptr_array_add (ordered, g_object_ref (article));
      else
        {
          DossierArticle *gone = dossier_article_new ();
          dossier_article_set_id (gone, id);
          g_ptr_array_add (ordered, gone);
        }
    }
  return ordered;
}

static gpointer
list_get_item (GListModel *model,
               guint       position)
{
  DossierArticleList *self = DOSSIER_ARTICLE_LIST (model);
  guint page = position / PAGE_SIZE;
  GPtrArray *items;

  if (position >= self->ids->len)
    return NULL;

  items = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (items == NULL)
    {
      if (g_hash_table_size (self->pages) >= MAX_CACHED_PAGES)
        g_hash_table_remove_all (self->pages);
      items = load_page (self, page);
      g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), items);
    }
  return g_object_ref (g_ptr_array_index (items, position % PAGE_SIZE));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_get_item_type;
  iface->get_n_items = list_get_n_items;
  iface->get_item = list_get_item;
}

static void
replace (char       **field,
         const char  *value)
{
  g_free (*field);
  *field = value != NULL && *value != '\0' ? g_strdup (value) : NULL;
}

void
dossier_article_list_set_sort (DossierArticleList *self,
                               DossierArticleSort  sort)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_LIST (self));
  self->sort = sort;
}

void
dossier_article_list_set_lang (DossierArticleList *self,
                               const char         *lang)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_LIST (self));
  replace (&self->lang, lang);
}

void
dossier_article_list_set_dates (DossierArticleList *self,
                                const char         *from,
                                const char         *to)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_LIST (self));
  replace (&self->date_from, from);
  replace (&self->date_to, to);
}

static char *
julian_to_iso (guint32 julian)
{
  GDate date;
  char buffer[16];

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", &date);
  return g_strdup (buffer);
}

gboolean
dossier_article_list_set_era (DossierArticleList *self,
                              const char         *era_id)
{
  DossierEra era;
  guint32 first, end;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE_LIST (self), FALSE);

  if (era_id == NULL)
    {
      dossier_article_list_set_dates (self, NULL, NULL);
      return TRUE;
    }
  if (!dossier_era_from_string (era_id, &era) || era == DOSSIER_ERA_NONE)
    return FALSE;
  dossier_era_get_range (era, &first, &end);
  from = julian_to_iso (first);
  if (end != DOSSIER_EDTF_UNBOUNDED_END)
    to = julian_to_iso (end - 1);
  dossier_article_list_set_dates (self, from, to);
  return TRUE;
}

void
dossier_article_list_set_entity (DossierArticleList *self,
                                 const char         *entity_id)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_LIST (self));
  replace (&self->entity_id, entity_id);
}

void
dossier_article_list_set_tag (DossierArticleList *self,
                              gint64              tag_id)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_LIST (self));
  self->tag_id = tag_id;
}

gboolean
dossier_article_list_reload (DossierArticleList  *self,
                             GError             **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  guint old_len;
  int rc;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE_LIST (self), FALSE);

  if (self->tag_id > 0)
    g_string_append (sql,
      "WITH RECURSIVE below (id) AS (SELECT ?5 UNION"
      " SELECT c.id FROM tags c JOIN below ON c.parent_id = below.id) ");
  g_string_append (sql, "SELECT id FROM articles WHERE 1");
  if (self->lang != NULL)
    g_string_append (sql, " AND lang = ?1");
  if (self->date_from != NULL)
    g_string_append (sql, " AND published >= ?2");
  if (self->date_to != NULL)
    g_string_append (sql, " AND substr (published, 1, length (?3)) <= ?3");
  if (self->entity_id != NULL)
    g_string_append (sql, " AND id IN (SELECT article_id FROM mentions WHERE entity_id = ?4)");
  if (self->tag_id > 0)
    g_string_append (sql,
      " AND id IN (SELECT a.article_id FROM annotations a JOIN annotation_tags x"
      " ON x.annotation_id = a.id WHERE x.tag_id IN below)");
  switch (self->sort)
    {
    case DOSSIER_ARTICLE_SORT_PUBLISHED_ASC:
      g_string_append (sql, " ORDER BY published IS NULL, published, id");
      break;
    case DOSSIER_ARTICLE_SORT_IMPORTED_DESC:
      g_string_append (sql, " ORDER BY imported DESC, id DESC");
      break;
    case DOSSIER_ARTICLE_SORT_ID:
      g_string_append (sql, " ORDER BY id");
      break;
    case DOSSIER_ARTICLE_SORT_TITLE:
      g_string_append (sql, " ORDER BY title COLLATE NOCASE, id");
      break;
    case DOSSIER_ARTICLE_SORT_PUBLISHED_DESC:
    default:
      /* NULL sorts lowest, so undated articles come last. */
      g_string_append (sql, " ORDER BY published DESC, id DESC");
      break;
    }

  stmt = _dossier_library_prepare (self->library, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  _dossier_bind_text (stmt, 1, self->lang);
  _dossier_bind_text (stmt, 2, self->date_from);
  _dossier_bind_text (stmt, 3, self->date_to);
  _dossier_bind_text (stmt, 4, self->entity_id);
  sqlite3_bind_int64 (stmt, 5, self->tag_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _dossier_library_set_error (self->library, error, rc, _("Listing articles"));
      return FALSE;
    }

  old_len = self->ids->len;
  g_array_unref (self->ids);
  self->ids = g_steal_pointer (&ids);
  g_hash_table_remove_all (self->pages);
  if (old_len != 0 || self->ids->len != 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, self->ids->len);
  return TRUE;
}

int
dossier_article_list_find (DossierArticleList *self,
                           gint64              article_id)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE_LIST (self), -1);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == article_id)
      return i;
  return -1;
}
