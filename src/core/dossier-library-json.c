/* dossier-library-json.c — lossless JSON export and restore
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document holds every table that carries the analyst's work, row by
 * row with the columns' own names, in primary-key order:
 *
 *   {"format": "dossier-library", "version": 1, "exported_at": "…",
 *    "articles": [{"id": 1, "title": "…", …}], "entities": […], …}
 *
 * then the imported originals (below). Full-text
 * indexes are not exported: they are rebuilt on restore. Only
 * "exported_at" changes between two exports of the same library.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dossier-error.h"
#include "dossier-library-private.h"

#define FORMAT_NAME "dossier-library"

/* In restore order (parents first); ORDER BY gives a stable export. */
static const struct
{
  const char *table;
  const char *order;
} tables[] = {
  { "articles",        "id" },
  { "entities",        "id" },
  { "aliases",         "id" },
  { "entity_rules",    "id" },
  { "mentions",        "id" },
  { "tags",            "id" },
  { "annotations",     "id" },
  { "annotation_tags", "annotation_id, tag_id" },
  { "events",          "id" },
  { "event_actors",    "event_id, entity_id" },
  { "event_evidence",  "id" },
};

static gboolean
write_string (GOutputStream  *stream,
              const char     *text,
              GCancellable   *cancellable,
              GError        **error)
{
  return g_output_stream_write_all (stream, text, strlen (text), NULL, cancellable, error);
}

static JsonNode *
row_to_node (sqlite3_stmt *stmt)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  int n = sqlite3_column_count (stmt);

  for (int i = 0; i < n; i++)
    {
      const char *name = sqlite3_column_name (stmt, i);

      switch (sqlite3_column_type (stmt, i))
        {
        case SQLITE_INTEGER:
          json_object_set_int_member (object, name, sqlite3_column_int64 (stmt, i));
          break;
        case SQLITE_FLOAT:
          json_object_set_double_member (object, name, sqlite3_column_double (stmt, i));
          break;
        case SQLITE_NULL:
          json_object_set_null_member (object, name);
          break;
        case SQLITE_TEXT:
        case SQLITE_BLOB:
        default:
          json_object_set_string_member (object, name, (const char *) sqlite3_column_text (stmt, i));
          break;
        }
    }
  json_node_take_object (node, object);
  return node;
}

static gboolean
export_table (DossierLibrary  *self,
              GOutputStream   *stream,
              const char      *table,
              const char      *order,
              GCancellable    *cancellable,
              GError         **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY %s", table, order);
  g_autofree char *head = g_strdup_printf (",\n\"%s\": [", table);
  sqlite3_stmt *stmt = NULL;
  gboolean first = TRUE;
  gboolean ok = TRUE;
  int rc;

  rc = sqlite3_prepare_v2 (_dossier_library_get_db (self), sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _dossier_library_set_error (self, error, rc, _("Exporting the library"));
      return FALSE;
    }
  ok = write_string (stream, head, cancellable, error);
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(JsonNode) node = row_to_node (stmt);
      g_autofree char *text = json_to_string (node, FALSE);

      ok = write_string (stream, first ? "\n" : ",\n", cancellable, error) &&
           write_string (stream, text, cancellable, error);
      first = FALSE;
    }
  if (ok && rc != SQLITE_DONE)
    {
      _dossier_library_set_error (self, error, rc, _("Exporting the library"));
      ok = FALSE;
    }
  sqlite3_finalize (stmt);
  return ok && write_string (stream, first ? "]" : "\n]", cancellable, error);
}

/* ---- Imported originals ----
 *
 * The files kept under originals/ at import are part of what a backup
 * must bring back: they are the analyst's record of what was read, and
 * often the only copy. The export carries them in an optional top-level
 * member, after the tables, in article order:
 *
 *   "originals": [{"path": "originals/12-page.html", "size": 5120,
 *                  "sha256": "…", "base64": "…"}, …]
 *
 * A restore writes them back under originals/, after checking that each
 * path names a file directly in that folder and that size and checksum
 * match. Documents without the member restore as before.
 */

#define ORIGINALS_DIR "originals"

/* Whether @path is "originals/NAME" with NAME a plain file name. */
static gboolean
is_original_path (const char *path)
{
  const char *name;

  if (path == NULL || !g_str_has_prefix (path, ORIGINALS_DIR "/"))
    return FALSE;
  name = path + strlen (ORIGINALS_DIR "/");
  return *name != '\0' && strchr (name, '/') == NULL && strchr (name, '\\') == NULL &&
         strcmp (name, ".") != 0 && strcmp (name, "..") != 0 && g_utf8_validate (name, -1, NULL);
}

static gboolean
export_one (DossierLibrary  *self,
            GOutputStream   *stream,
            const char      *path,
            gboolean         first,
            GCancellable    *cancellable,
            GError         **error)
{
  g_autofree char *full = g_build_filename (dossier_library_get_dir (self), path, NULL);
  g_autofree char *contents = NULL;
  g_autofree char *encoded = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *head = NULL;
  g_autoptr(JsonNode) path_node = json_node_init_string (json_node_alloc (), path);
  g_autofree char *path_json = json_to_string (path_node, FALSE);
  gsize length = 0;

  /* A file the analyst removed by hand is not an error: the article
   * keeps its path, the backup has nothing to bring back for it. */
  if (!g_file_get_contents (full, &contents, &length, NULL))
    return TRUE;
  sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
  encoded = g_base64_encode ((const guchar *) contents, length);
  head = g_strdup_printf ("%s{\"path\": %s, \"size\": %" G_GSIZE_FORMAT ", \"sha256\": \"%s\", \"base64\": \"",
                          first ? "\n" : ",\n", path_json, length, sha256);
  return write_string (stream, head, cancellable, error) &&
         write_string (stream, encoded, cancellable, error) &&
         write_string (stream, "\"}", cancellable, error);
}

static gboolean
export_originals (DossierLibrary  *self,
                  GOutputStream   *stream,
                  GCancellable    *cancellable,
                  GError         **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean first = TRUE;
  gboolean ok;
  int rc;

  rc = sqlite3_prepare_v2 (_dossier_library_get_db (self),
                           "SELECT original_path FROM articles WHERE original_path IS NOT NULL ORDER BY id",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _dossier_library_set_error (self, error, rc, _("Exporting the library"));
      return FALSE;
    }
  ok = write_string (stream, ",\n\"originals\": [", cancellable, error);
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *path = (const char *) sqlite3_column_text (stmt, 0);

      if (!is_original_path (path) || !g_hash_table_add (seen, g_strdup (path)))
        continue;
      ok = export_one (self, stream, path, first, cancellable, error);
      first = FALSE;
    }
  if (ok && rc != SQLITE_DONE)
    {
      _dossier_library_set_error (self, error, rc, _("Exporting the library"));
      ok = FALSE;
    }
  sqlite3_finalize (stmt);
  return ok && write_string (stream, first ? "]" : "\n]", cancellable, error);
}

static gboolean
export_json (DossierLibrary  *self,
             GOutputStream   *stream,
             gboolean         with_originals,
             GCancellable    *cancellable,
             GError         **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *head = NULL;
  gboolean ok;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  /* One read transaction: a consistent snapshot even while a worker
   * connection imports. */
  if (!_dossier_library_exec (self, "BEGIN", _("Exporting the library"), error))
    return FALSE;
  head = g_strdup_printf ("{\"format\": \"" FORMAT_NAME "\", \"version\": %d, \"exported_at\": \"%s\"",
                          DOSSIER_LIBRARY_SCHEMA_VERSION, stamp);
  ok = write_string (stream, head, cancellable, error);
  for (guint i = 0; ok && i < G_N_ELEMENTS (tables); i++)
    ok = export_table (self, stream, tables[i].table, tables[i].order, cancellable, error);
  if (ok && with_originals)
    ok = export_originals (self, stream, cancellable, error);
  ok = ok && write_string (stream, "\n}\n", cancellable, error);
  sqlite3_exec (_dossier_library_get_db (self), "COMMIT", NULL, NULL, NULL);
  return ok;
}

gboolean
dossier_library_export_json (DossierLibrary  *self,
                             GOutputStream   *stream,
                             GCancellable    *cancellable,
                             GError         **error)
{
  return export_json (self, stream, TRUE, cancellable, error);
}

gboolean
dossier_library_export_json_without_originals (DossierLibrary  *self,
                                               GOutputStream   *stream,
                                               GCancellable    *cancellable,
                                               GError         **error)
{
  return export_json (self, stream, FALSE, cancellable, error);
}

/* ---- Restore ---- */

static void
set_bad_file (GError     **error,
              const char  *name,
              const char  *reason)
{
  g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_CORRUPT,
               _("%s is not a usable Dossier JSON export: %s. Nothing was restored."),
               name, reason);
}

static void
set_bad_item (GError     **error,
              const char  *name,
              guint        item,
              const char  *field)
{
  g_autofree char *reason = g_strdup_printf (_("item %u of \"%s\" has an unknown or invalid field \"%s\""),
                                             item, "originals", field);
  set_bad_file (error, name, reason);
}

static gboolean
validate_originals (JsonNode    *member,
                    const char  *name,
                    GError     **error)
{
  JsonArray *items;

  if (member == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (member))
    {
      g_autofree char *reason = g_strdup_printf (_("\"%s\" is not an array"), "originals");
      set_bad_file (error, name, reason);
      return FALSE;
    }
  items = json_node_get_array (member);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);
      JsonObject *item;
      const char *fields[] = { "path", "sha256", "base64" };

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          set_bad_item (error, name, i + 1, "path");
          return FALSE;
        }
      item = json_node_get_object (node);
      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        {
          JsonNode *value = json_object_get_member (item, fields[f]);

          if (value == NULL || !JSON_NODE_HOLDS_VALUE (value) ||
              json_node_get_value_type (value) != G_TYPE_STRING)
            {
              set_bad_item (error, name, i + 1, fields[f]);
              return FALSE;
            }
        }
      if (!is_original_path (json_object_get_string_member (item, "path")))
        {
          set_bad_item (error, name, i + 1, "path");
          return FALSE;
        }
      if (json_object_has_member (item, "size") &&
          (!JSON_NODE_HOLDS_VALUE (json_object_get_member (item, "size")) ||
           json_node_get_value_type (json_object_get_member (item, "size")) != G_TYPE_INT64))
        {
          set_bad_item (error, name, i + 1, "size");
          return FALSE;
        }
    }
  return TRUE;
}

/* Writes @path unless a file with the same bytes is already there;
 * @written receives the files created. */
static gboolean
write_original (DossierLibrary  *self,
                const char      *path,
                GBytes          *bytes,
                GPtrArray       *written,
                GError         **error)
{
  g_autofree char *full = g_build_filename (dossier_library_get_dir (self), path, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (full);
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GError) local = NULL;
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autofree char *present = NULL;
  gsize present_length = 0;

  out = g_file_create (file, G_FILE_CREATE_PRIVATE, NULL, &local);
  if (out == NULL && g_error_matches (local, G_IO_ERROR, G_IO_ERROR_EXISTS) &&
      g_file_get_contents (full, &present, &present_length, NULL) &&
      present_length == length && memcmp (present, data, length) == 0)
    return TRUE;
  if (out == NULL)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_IO,
                   _("Could not keep a copy of %s in the library: %s"), full,
                   local != NULL ? local->message : g_strerror (EEXIST));
      return FALSE;
    }
  g_ptr_array_add (written, g_strdup (full));
  if (!g_output_stream_write_all (G_OUTPUT_STREAM (out), data, length, NULL, NULL, &local) ||
      !g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &local))
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_IO,
                   _("Could not keep a copy of %s in the library: %s"), full, local->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
restore_originals (DossierLibrary  *self,
                   JsonNode        *member,
                   const char      *name,
                   GPtrArray       *written,
                   GCancellable    *cancellable,
                   GError         **error)
{
  JsonArray *items;

  if (member == NULL)
    return TRUE;
  items = json_node_get_array (member);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      const char *path = json_object_get_string_member (item, "path");
      const char *encoded = json_object_get_string_member (item, "base64");
      const char *sha256 = json_object_get_string_member (item, "sha256");
      g_autofree guchar *decoded = NULL;
      g_autofree char *actual = NULL;
      g_autoptr(GBytes) bytes = NULL;
      gsize length = 0;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      decoded = g_base64_decode (encoded, &length);
      actual = g_compute_checksum_for_data (G_CHECKSUM_SHA256, decoded, length);
      if (g_ascii_strcasecmp (actual, sha256) != 0 ||
          (json_object_has_member (item, "size") &&
           json_object_get_int_member (item, "size") != (gint64) length))
        {
          set_bad_item (error, name, i + 1, "base64");
          return FALSE;
        }
      bytes = g_bytes_new_take (g_steal_pointer (&decoded), length);
      if (!write_original (self, path, bytes, written, error))
        return FALSE;
    }
  return TRUE;
}

static GHashTable *
table_columns (DossierLibrary *self,
               const char     *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_table_info ('%s')", table);
  GHashTable *columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (_dossier_library_get_db (self), sql, -1, &stmt, NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_hash_table_add (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  return columns;
}

/* Checks the whole document before anything is written. */
static gboolean
validate (DossierLibrary  *self,
          JsonNode        *root,
          const char      *name,
          GError         **error)
{
  JsonObject *object;
  gint64 version;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      set_bad_file (error, name, _("the top level is not an object"));
      return FALSE;
    }
  object = json_node_get_object (root);
  if (g_strcmp0 (json_object_get_string_member_with_default (object, "format", ""), FORMAT_NAME) != 0)
    {
      set_bad_file (error, name, _("it has no \"format\": \"dossier-library\" member"));
      return FALSE;
    }
  version = json_object_get_int_member_with_default (object, "version", 0);
  if (version < 1 || version > DOSSIER_LIBRARY_SCHEMA_VERSION)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NEWER_VERSION,
                   _("%s was exported by a newer version of Dossier (format %d). Update "
                     "Dossier to restore it. Nothing was restored."), name, (int) version);
      return FALSE;
    }

  if (!validate_originals (json_object_get_member (object, "originals"), name, error))
    return FALSE;
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autoptr(GHashTable) columns = NULL;
      JsonNode *member = json_object_get_member (object, tables[t].table);
      JsonArray *rows;

      if (member == NULL)
        continue;
      if (!JSON_NODE_HOLDS_ARRAY (member))
        {
          g_autofree char *reason = g_strdup_printf (_("\"%s\" is not an array"), tables[t].table);
          set_bad_file (error, name, reason);
          return FALSE;
        }
      columns = table_columns (self, tables[t].table);
      rows = json_node_get_array (member);
      for (guint r = 0; r < json_array_get_length (rows); r++)
        {
          JsonNode *row = json_array_get_element (rows, r);
          g_autoptr(GList) keys = NULL;

          if (!JSON_NODE_HOLDS_OBJECT (row))
            {
              g_autofree char *reason = g_strdup_printf (_("item %u of \"%s\" is not an object"),
                                                         r + 1, tables[t].table);
              set_bad_file (error, name, reason);
              return FALSE;
            }
          keys = json_object_get_members (json_node_get_object (row));
          for (GList *k = keys; k != NULL; k = k->next)
            {
              JsonNode *value = json_object_get_member (json_node_get_object (row), k->data);

              if (!g_hash_table_contains (columns, k->data) ||
                  !(JSON_NODE_HOLDS_VALUE (value) || JSON_NODE_HOLDS_NULL (value)))
                {
                  g_autofree char *reason = g_strdup_printf (_("item %u of \"%s\" has an unknown or invalid field \"%s\""),
                                                             r + 1, tables[t].table, (char *) k->data);
                  set_bad_file (error, name, reason);
                  return FALSE;
                }
            }
        }
    }
  return TRUE;
}

static gboolean
library_is_empty (DossierLibrary  *self,
                  GError         **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 used = 1;
  int rc;

  /* Entities and aliases that came with the built-in packs do not count:
   * the export carries its own copy. */
  rc = sqlite3_prepare_v2 (_dossier_library_get_db (self),
    "SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM annotations)"
    " + (SELECT count(*) FROM tags) + (SELECT count(*) FROM events)"
    " + (SELECT count(*) FROM entity_rules)"
    " + (SELECT count(*) FROM entities WHERE origin <> 'pack')"
    " + (SELECT count(*) FROM aliases WHERE origin <> 'pack')", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      used = sqlite3_column_int64 (stmt, 0);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    {
      _dossier_library_set_error (self, error, rc, _("Restoring the library"));
      return FALSE;
    }
  if (used > 0)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_FAILED,
                   _("The library %s is not empty; a restore only goes into an empty library. "
                     "Choose a new folder with --library (or DOSSIER_LIBRARY) and restore there."),
                   dossier_library_get_dir (self));
      return FALSE;
    }
  return TRUE;
}

static void
bind_value (sqlite3_stmt *stmt,
            int           index,
            JsonNode     *value)
{
  if (JSON_NODE_HOLDS_NULL (value))
    {
      sqlite3_bind_null (stmt, index);
      return;
    }
  switch (json_node_get_value_type (value))
    {
    case G_TYPE_INT64:
      sqlite3_bind_int64 (stmt, index, json_node_get_int (value));
      break;
    case G_TYPE_DOUBLE:
      sqlite3_bind_double (stmt, index, json_node_get_double (value));
      break;
    case G_TYPE_BOOLEAN:
      sqlite3_bind_int (stmt, index, json_node_get_boolean (value));
      break;
    default:
      sqlite3_bind_text (stmt, index, json_node_get_string (value), -1, SQLITE_TRANSIENT);
      break;
    }
}

static gboolean
restore_table (DossierLibrary  *self,
               const char      *table,
               JsonArray       *rows,
               const char      *name,
               GError         **error)
{
  for (guint r = 0; r < json_array_get_length (rows); r++)
    {
      JsonObject *row = json_array_get_object_element (rows, r);
      g_autoptr(GList) keys = json_object_get_members (row);
      g_autoptr(GString) sql = g_string_new (NULL);
      g_autoptr(GString) marks = g_string_new (NULL);
      sqlite3_stmt *stmt = NULL;
      int i = 1;
      int rc;

      g_string_printf (sql, "INSERT INTO %s (", table);
      for (GList *k = keys; k != NULL; k = k->next)
        {
          g_string_append_printf (sql, "%s\"%s\"", k == keys ? "" : ", ", (char *) k->data);
          g_string_append (marks, k == keys ? "?" : ", ?");
        }
      g_string_append_printf (sql, ") VALUES (%s)", marks->str);

      rc = sqlite3_prepare_v2 (_dossier_library_get_db (self), sql->str, -1, &stmt, NULL);
      if (rc == SQLITE_OK)
        {
          for (GList *k = keys; k != NULL; k = k->next)
            bind_value (stmt, i++, json_object_get_member (row, k->data));
          rc = sqlite3_step (stmt);
        }
      sqlite3_finalize (stmt);
      if ((rc & 0xff) == SQLITE_CONSTRAINT)
        {
          g_autofree char *reason = g_strdup_printf (_("item %u of \"%s\" does not fit the library (%s)"),
                                                     r + 1, table, sqlite3_errmsg (_dossier_library_get_db (self)));
          set_bad_file (error, name, reason);
          return FALSE;
        }
      if (rc != SQLITE_DONE)
        {
          _dossier_library_set_error (self, error, rc, _("Restoring the library"));
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
dossier_library_restore_json (DossierLibrary  *self,
                              GInputStream    *stream,
                              const char      *name_for_errors,
                              GCancellable    *cancellable,
                              GError         **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local = NULL;
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);   /* originals */
  const char *name = name_for_errors != NULL ? name_for_errors : "JSON";
  JsonObject *root;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);

  if (!json_parser_load_from_stream (parser, stream, cancellable, &local))
    {
      if (local->domain == JSON_PARSER_ERROR)
        set_bad_file (error, name, local->message);
      else
        g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (!validate (self, json_parser_get_root (parser), name, error) ||
      !library_is_empty (self, error))
    return FALSE;
  root = json_node_get_object (json_parser_get_root (parser));

  if (!_dossier_library_begin (self, error))
    return FALSE;
  /* Rows refer to each other in both directions (merged entities, tag
   * parents): check foreign keys at commit. */
  if (!_dossier_library_exec (self, "PRAGMA defer_foreign_keys = ON; DELETE FROM entities",
                              _("Restoring the library"), error))
    goto fail;
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      JsonNode *member = json_object_get_member (root, tables[t].table);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto fail;
      if (member != NULL &&
          !restore_table (self, tables[t].table, json_node_get_array (member), name, error))
        goto fail;
    }
  if (!restore_originals (self, json_object_get_member (root, "originals"), name,
                          written, cancellable, error))
    goto fail;
  if (!_dossier_library_commit (self, &local))
    {
      if (local->code == DOSSIER_ERROR_FAILED)
        set_bad_file (error, name, _("its items refer to items that are not in the file"));
      else
        g_propagate_error (error, g_steal_pointer (&local));
      goto remove_files;
    }
  return TRUE;

fail:
  _dossier_library_rollback (self);
remove_files:
  for (guint i = 0; i < written->len; i++)
    g_unlink (g_ptr_array_index (written, i));
  return FALSE;
}
