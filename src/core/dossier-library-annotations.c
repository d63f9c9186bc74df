/* dossier-library-annotations.c — annotations, the tag tree and their links
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "dossier-annotation.h"
#include "dossier-error.h"
#include "dossier-library-private.h"

#define TAG_PATHS_SQL \
  "WITH RECURSIVE t (id, parent_id, name, colour, path) AS (" \
  "  SELECT id, parent_id, name, colour, name FROM tags WHERE parent_id IS NULL" \
  "  UNION ALL SELECT c.id, c.parent_id, c.name, c.colour, t.path || '/' || c.name" \
  "  FROM tags c JOIN t ON c.parent_id = t.id) "

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* ---- Tags ---- */

static gint64
find_tag (DossierLibrary *self,
          gint64          parent_id,
          const char     *name,
          GError        **error)
{
  sqlite3_stmt *stmt = _dossier_library_prepare (self,
    "SELECT id FROM tags WHERE ifnull (parent_id, 0) = ? AND name = ?", error);
  gint64 id = 0;
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, parent_id);
  _dossier_bind_text (stmt, 2, name);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _dossier_library_set_error (self, error, rc, _("Reading tags"));
      return -1;
    }
  return id;
}

/* Inside a transaction. */
static gint64
ensure_tag_locked (DossierLibrary  *self,
                   const char      *path,
                   const char      *colour,
                   GError         **error)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  gint64 parent = 0;

  if (parts[0] == NULL)
    goto invalid;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (parts[i]));
      gint64 id;

      if (*name == '\0')
        goto invalid;
      id = find_tag (self, parent, name, error);
      if (id < 0)
        return 0;
      if (id == 0)
        {
          sqlite3_stmt *stmt = _dossier_library_prepare (self,
            "INSERT INTO tags (parent_id, name) VALUES (nullif (?, 0), ?)", error);
          if (stmt == NULL)
            return 0;
          sqlite3_bind_int64 (stmt, 1, parent);
          _dossier_bind_text (stmt, 2, name);
          if (!_dossier_library_step_done (self, stmt, _("Saving the annotation"), error))
            return 0;
          id = sqlite3_last_insert_rowid (_dossier_library_get_db (self));
        }
      parent = id;
    }
  if (colour != NULL)
    {
      sqlite3_stmt *stmt = _dossier_library_prepare (self, "UPDATE tags SET colour = ? WHERE id = ?", error);
      if (stmt == NULL)
        return 0;
      _dossier_bind_text (stmt, 1, colour);
      sqlite3_bind_int64 (stmt, 2, parent);
      if (!_dossier_library_step_done (self, stmt, _("Saving the annotation"), error))
        return 0;
    }
  return parent;

invalid:
  g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
               _("“%s” is not a tag name: use names separated by “/”, none of them empty."),
               path);
  return 0;
}

gint64
dossier_library_ensure_tag (DossierLibrary  *library,
                            const char      *path,
                            const char      *colour,
                            GError         **error)
{
  gint64 id;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), 0);
  g_return_val_if_fail (path != NULL, 0);

  if (!_dossier_library_begin (library, error))
    return 0;
  id = ensure_tag_locked (library, path, colour, error);
  if (id == 0 || !_dossier_library_commit (library, error))
    {
      _dossier_library_rollback (library);
      return 0;
    }
  return id;
}

static gboolean
run_tag_update (DossierLibrary  *library,
                const char      *sql,
                gint64           tag_id,
                const char      *text,
                gint64           number,
                GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!_dossier_library_begin (library, error))
    return FALSE;
  stmt = _dossier_library_prepare (library, sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, tag_id);
  if (text != NULL)
    _dossier_bind_text (stmt, 2, text);
  else
    sqlite3_bind_int64 (stmt, 2, number);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_CONSTRAINT || (rc & 0xff) == SQLITE_CONSTRAINT)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_DUPLICATE,
                   _("A tag with that name already exists there."));
      goto fail;
    }
  if (rc != SQLITE_DONE)
    {
      _dossier_library_set_error (library, error, rc, _("Saving the tag"));
      goto fail;
    }
  if (sqlite3_changes (_dossier_library_get_db (library)) == 0)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                   _("There is no tag %lld in the library."), (long long) tag_id);
      goto fail;
    }
  return _dossier_library_commit (library, error);

fail:
  _dossier_library_rollback (library);
  return FALSE;
}

gboolean
dossier_library_set_tag_colour (DossierLibrary  *library,
                                gint64           tag_id,
                                const char      *colour,
                                GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), FALSE);
  return run_tag_update (library, "UPDATE tags SET colour = nullif (?2, '') WHERE id = ?1",
                         tag_id, colour != NULL ? colour : "", 0, error);
}

gboolean
dossier_library_rename_tag (DossierLibrary  *library,
                            gint64           tag_id,
                            const char      *name,
                            GError         **error)
{
  g_autofree char *clean = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  clean = g_strstrip (g_strdup (name));
  if (*clean == '\0' || strchr (clean, '/') != NULL)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                   _("“%s” is not a tag name: it must not be empty or contain “/”."), name);
      return FALSE;
    }
  return run_tag_update (library, "UPDATE tags SET name = ?2 WHERE id = ?1", tag_id, clean, 0, error);
}

gboolean
dossier_library_move_tag (DossierLibrary  *library,
                          gint64           tag_id,
                          gint64           parent_id,
                          GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), FALSE);

  /* Refuse cycles: the new parent must not be the tag or below it. */
  return run_tag_update (library,
    "UPDATE tags SET parent_id = nullif (?2, 0) WHERE id = ?1 AND NOT EXISTS ("
    " WITH RECURSIVE below (id) AS (SELECT ?1 UNION SELECT c.id FROM tags c JOIN below ON c.parent_id = below.id)"
    " SELECT 1 FROM below WHERE id = ?2)", tag_id, NULL, parent_id, error);
}

gboolean
dossier_library_delete_tag (DossierLibrary  *library,
                            gint64           tag_id,
                            GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), FALSE);
  return run_tag_update (library, "DELETE FROM tags WHERE id = ?1 AND ?2 = 0", tag_id, NULL, 0, error);
}

GPtrArray *
dossier_library_list_tags (DossierLibrary  *library,
                           GError         **error)
{
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_tag_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);

  stmt = _dossier_library_prepare (library,
    TAG_PATHS_SQL "SELECT id, ifnull (parent_id, 0), name, colour, path FROM t ORDER BY path", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DossierTag *tag = g_new0 (DossierTag, 1);

      tag->id = sqlite3_column_int64 (stmt, 0);
      tag->parent_id = sqlite3_column_int64 (stmt, 1);
      tag->name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      tag->colour = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      tag->path = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      g_ptr_array_add (tags, tag);
    }
  if (!_dossier_library_end_rows (library, stmt, rc, _("Reading tags"), error))
    return NULL;
  return g_steal_pointer (&tags);
}

/* ---- Annotations ---- */

static gboolean
check_anchor (DossierLibrary     *self,
              DossierAnnotation  *annotation,
              GError            **error)
{
  sqlite3_stmt *stmt = _dossier_library_prepare (self, "SELECT length (body) FROM articles WHERE id = ?", error);
  gint64 length = -1;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, dossier_annotation_get_article_id (annotation));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    length = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _dossier_library_set_error (self, error, rc, _("Reading an article"));
      return FALSE;
    }
  if (length < 0)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                   _("There is no article %lld in the library."),
                   (long long) dossier_annotation_get_article_id (annotation));
      return FALSE;
    }
  if (dossier_annotation_get_end (annotation) > length)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                   _("The annotation ends at character %u but the article has only %lld."),
                   dossier_annotation_get_end (annotation), (long long) length);
      return FALSE;
    }
  return TRUE;
}

static gboolean
save_tags (DossierLibrary     *self,
           DossierAnnotation  *annotation,
           GError            **error)
{
  const char * const *paths = dossier_annotation_get_tags (annotation);
  gint64 id = dossier_annotation_get_id (annotation);
  sqlite3_stmt *stmt;

  stmt = _dossier_library_prepare (self, "DELETE FROM annotation_tags WHERE annotation_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!_dossier_library_step_done (self, stmt, _("Saving the annotation"), error))
    return FALSE;

  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    {
      gint64 tag = ensure_tag_locked (self, paths[i], NULL, error);

      if (tag == 0)
        return FALSE;
      stmt = _dossier_library_prepare (self,
        "INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, tag);
      if (!_dossier_library_step_done (self, stmt, _("Saving the annotation"), error))
        return FALSE;
    }
  return TRUE;
}

static void
bind_annotation (sqlite3_stmt      *stmt,
                 DossierAnnotation *annotation)
{
  _dossier_bind_text (stmt, 1, dossier_annotation_get_quote (annotation));
  _dossier_bind_text (stmt, 2, dossier_annotation_get_prefix (annotation));
  _dossier_bind_text (stmt, 3, dossier_annotation_get_suffix (annotation));
  sqlite3_bind_int64 (stmt, 4, dossier_annotation_get_start (annotation));
  sqlite3_bind_int64 (stmt, 5, dossier_annotation_get_end (annotation));
  _dossier_bind_text (stmt, 6, dossier_annotation_get_note (annotation));
  _dossier_bind_text (stmt, 7, dossier_annotation_get_colour (annotation));
}

gboolean
dossier_library_add_annotation (DossierLibrary     *library,
                                DossierAnnotation  *annotation,
                                GError            **error)
{
  sqlite3_stmt *stmt;
  gint64 now = now_seconds ();
  gint64 id;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (annotation), FALSE);

  if (!_dossier_library_begin (library, error))
    return FALSE;
  if (!check_anchor (library, annotation, error))
    goto fail;
  stmt = _dossier_library_prepare (library,
    "INSERT INTO annotations (quote, prefix, suffix, start_offset, end_offset, note, colour,"
    " article_id, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    goto fail;
  bind_annotation (stmt, annotation);
  sqlite3_bind_int64 (stmt, 8, dossier_annotation_get_article_id (annotation));
  sqlite3_bind_int64 (stmt, 9, now);
  sqlite3_bind_int64 (stmt, 10, now);
  if (!_dossier_library_step_done (library, stmt, _("Saving the annotation"), error))
    goto fail;
  id = sqlite3_last_insert_rowid (_dossier_library_get_db (library));
  dossier_annotation_set_id (annotation, id);
  if (!save_tags (library, annotation, error) || !_dossier_library_commit (library, error))
    {
      dossier_annotation_set_id (annotation, 0);
      goto fail;
    }
  dossier_annotation_set_times (annotation, now, now);
  return TRUE;

fail:
  _dossier_library_rollback (library);
  return FALSE;
}

gboolean
dossier_library_update_annotation (DossierLibrary     *library,
                                   DossierAnnotation  *annotation,
                                   GError            **error)
{
  sqlite3_stmt *stmt;
  gint64 now = now_seconds ();

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (annotation), FALSE);

  if (!_dossier_library_begin (library, error))
    return FALSE;
  if (!check_anchor (library, annotation, error))
    goto fail;
  stmt = _dossier_library_prepare (library,
    "UPDATE annotations SET quote = ?, prefix = ?, suffix = ?, start_offset = ?, end_offset = ?,"
    " note = ?, colour = ?, modified = ? WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  bind_annotation (stmt, annotation);
  sqlite3_bind_int64 (stmt, 8, now);
  sqlite3_bind_int64 (stmt, 9, dossier_annotation_get_id (annotation));
  if (!_dossier_library_step_done (library, stmt, _("Saving the annotation"), error))
    goto fail;
  if (sqlite3_changes (_dossier_library_get_db (library)) == 0)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                   _("The annotation was deleted meanwhile."));
      goto fail;
    }
  if (!save_tags (library, annotation, error) || !_dossier_library_commit (library, error))
    goto fail;
  dossier_annotation_set_times (annotation, dossier_annotation_get_created (annotation), now);
  return TRUE;

fail:
  _dossier_library_rollback (library);
  return FALSE;
}

gboolean
dossier_library_delete_annotation (DossierLibrary  *library,
                                   gint64           id,
                                   GError         **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), FALSE);

  if (!_dossier_library_begin (library, error))
    return FALSE;
  stmt = _dossier_library_prepare (library, "DELETE FROM annotations WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!_dossier_library_step_done (library, stmt, _("Saving the annotation"), error))
    goto fail;
  if (sqlite3_changes (_dossier_library_get_db (library)) == 0)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                   _("There is no annotation %lld in the library."), (long long) id);
      goto fail;
    }
  return _dossier_library_commit (library, error);

fail:
  _dossier_library_rollback (library);
  return FALSE;
}

static GPtrArray *
query_annotations (DossierLibrary  *library,
                   const char      *where,
                   gint64           value,
                   GError         **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql = g_strdup_printf (
    TAG_PATHS_SQL
    "SELECT a.id, a.article_id, a.quote, a.prefix, a.suffix, a.start_offset, a.end_offset,"
    " a.note, a.colour, a.created, a.modified,"
    " (SELECT json_group_array (path) FROM (SELECT t.path FROM annotation_tags x"
    "   JOIN t ON t.id = x.tag_id WHERE x.annotation_id = a.id ORDER BY t.path))"
    " FROM annotations a WHERE %s ORDER BY a.article_id, a.start_offset, a.id", where);
  sqlite3_stmt *stmt = _dossier_library_prepare (library, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, value);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DossierAnnotation *annotation =
        dossier_annotation_new (sqlite3_column_int64 (stmt, 1),
                                sqlite3_column_int (stmt, 5), sqlite3_column_int (stmt, 6),
                                (const char *) sqlite3_column_text (stmt, 2),
                                (const char *) sqlite3_column_text (stmt, 3),
                                (const char *) sqlite3_column_text (stmt, 4));
      g_auto(GStrv) tags = NULL;
      const char *json = (const char *) sqlite3_column_text (stmt, 11);
      g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

      dossier_annotation_set_id (annotation, sqlite3_column_int64 (stmt, 0));
      dossier_annotation_set_note (annotation, (const char *) sqlite3_column_text (stmt, 7));
      dossier_annotation_set_colour (annotation, (const char *) sqlite3_column_text (stmt, 8));
      dossier_annotation_set_times (annotation, sqlite3_column_int64 (stmt, 9), sqlite3_column_int64 (stmt, 10));
      /* Paths come as a JSON array; tag names cannot hold '/' but may
       * hold quotes, so unescape through JSON rather than splitting. */
      if (json != NULL && json[0] == '[' && json[1] != ']')
        {
          g_autoptr(JsonNode) node = json_from_string (json, NULL);
          if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
            {
              JsonArray *array = json_node_get_array (node);
              for (guint i = 0; i < json_array_get_length (array); i++)
                g_ptr_array_add (paths, g_strdup (json_array_get_string_element (array, i)));
            }
        }
      g_ptr_array_add (paths, NULL);
      tags = (GStrv) g_ptr_array_free (g_steal_pointer (&paths), FALSE);
      dossier_annotation_set_tags (annotation, (const char * const *) tags);
      g_ptr_array_add (result, annotation);
    }
  if (!_dossier_library_end_rows (library, stmt, rc, _("Reading annotations"), error))
    return NULL;
  return g_steal_pointer (&result);
}

GPtrArray *
dossier_library_list_annotations (DossierLibrary  *library,
                                  gint64           article_id,
                                  GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);
  return query_annotations (library, article_id > 0 ? "a.article_id = ?1" : "?1 = 0",
                            article_id > 0 ? article_id : 0, error);
}

DossierAnnotation *
dossier_library_get_annotation (DossierLibrary  *library,
                                gint64           id,
                                GError         **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);

  found = query_annotations (library, "a.id = ?1", id, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                   _("There is no annotation %lld in the library."), (long long) id);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (found, 0));
}
