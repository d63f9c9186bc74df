/* dossier-library-entities.c — the analyst's corrections to entities,
 * kept in the library and applied to every article
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dossier-library-entities.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "dossier-catalog-private.h"
#include "dossier-error.h"
#include "dossier-library-private.h"
#include "dossier-normalize.h"

#define ENTITY_KINDS "('person','organization','place')"

static char *
roles_to_json (char **roles)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  guint i;

  json_builder_begin_array (builder);
  for (i = 0; roles && roles[i]; i++)
    json_builder_add_string_value (builder, roles[i]);
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static GPtrArray *
roles_from_json (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  GPtrArray *roles = g_ptr_array_new ();
  JsonNode *root;

  if (json != NULL && json_parser_load_from_data (parser, json, -1, NULL) &&
      (root = json_parser_get_root (parser)) != NULL && JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);
      guint i;

      for (i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
            g_ptr_array_add (roles, g_strdup (json_node_get_string (node)));
        }
    }
  g_ptr_array_add (roles, NULL);
  return roles;
}

/* Inserts the builtin entities the library does not have, with their
 * aliases; entities already there keep the analyst's changes. */
static gboolean
insert_builtin (DossierLibrary *self,
                GError        **error)
{
  DossierCatalogBuilder *b = _dossier_catalog_builder_new ();
  sqlite3 *db = _dossier_library_get_db (self);
  GPtrArray *entities;
  gboolean ok = FALSE;
  guint i, j;

  /* The packs are read, not compiled: no automaton is needed here. */
  if (!_dossier_catalog_builder_add_builtin (b, error))
    goto out;
  entities = _dossier_catalog_builder_get_entities (b);
  for (i = 0; i < entities->len; i++)
    {
      const DossierEntity *e = g_ptr_array_index (entities, i);
      g_autofree char *roles = roles_to_json (e->roles);
      sqlite3_stmt *stmt;

      stmt = _dossier_library_prepare (self,
                                       "INSERT OR IGNORE INTO entities (id, kind, name, wikidata, roles, origin) "
                                       "VALUES (?, ?, ?, ?, ?, 'pack')", error);
      if (stmt == NULL)
        goto out;
      _dossier_bind_text (stmt, 1, e->id);
      _dossier_bind_text (stmt, 2, dossier_span_kind_to_string (e->kind));
      _dossier_bind_text (stmt, 3, e->name);
      _dossier_bind_text (stmt, 4, e->wikidata);
      _dossier_bind_text (stmt, 5, roles);
      if (!_dossier_library_step_done (self, stmt, _("Adding the builtin entities"), error))
        goto out;
      if (sqlite3_changes (db) == 0)
        continue;
      for (j = 0; j < e->aliases->len; j++)
        {
          const DossierAlias *a = g_ptr_array_index (e->aliases, j);

          stmt = _dossier_library_prepare (self,
                                           "INSERT OR IGNORE INTO aliases (entity_id, alias, lang, origin) "
                                           "VALUES (?, ?, ?, 'pack')", error);
          if (stmt == NULL)
            goto out;
          _dossier_bind_text (stmt, 1, e->id);
          _dossier_bind_text (stmt, 2, a->text);
          _dossier_bind_text (stmt, 3, a->lang);
          if (!_dossier_library_step_done (self, stmt, _("Adding the builtin entities"), error))
            goto out;
        }
    }
  ok = TRUE;

out:
  _dossier_catalog_builder_free (b);
  return ok;
}

static gboolean
has_pack_entities (DossierLibrary *self)
{
  sqlite3_stmt *stmt = _dossier_library_prepare (self,
                                                 "SELECT 1 FROM entities WHERE origin = 'pack' LIMIT 1", NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  found = sqlite3_step (stmt) == SQLITE_ROW;
  /* A cached statement left mid-step would keep its read snapshot open. */
  sqlite3_reset (stmt);
  return found;
}

/* Starts the transaction of one correction, with the packs in place. */
static gboolean
begin (DossierLibrary *self,
       GError        **error)
{
  if (!_dossier_library_begin (self, error))
    return FALSE;
  if (!has_pack_entities (self) && !insert_builtin (self, error))
    {
      _dossier_library_rollback (self);
      return FALSE;
    }
  return TRUE;
}

static gboolean
finish (DossierLibrary *self,
        gboolean        ok,
        GError        **error)
{
  if (!ok)
    {
      _dossier_library_rollback (self);
      return FALSE;
    }
  return _dossier_library_commit (self, error);
}

static gboolean
get_entity (DossierLibrary  *self,
            const char      *id,
            DossierSpanKind *kind,
            GError         **error)
{
  sqlite3_stmt *stmt = _dossier_library_prepare (self, "SELECT kind FROM entities WHERE id = ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _dossier_bind_text (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (kind && !dossier_span_kind_from_string ((const char *) sqlite3_column_text (stmt, 0), kind))
        *kind = DOSSIER_SPAN_PERSON;
      return TRUE;
    }
  if (rc == SQLITE_DONE)
    g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                 _("There is no entity “%s” in the library %s"), id,
                 dossier_library_get_path (self));
  else
    _dossier_library_set_error (self, error, rc, _("Reading an entity"));
  return FALSE;
}

static gboolean
check_text (const char *text,
            const char *what,
            GError    **error)
{
  g_autofree char *folded = NULL;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT, _("The %s is not valid text"), what);
      return FALSE;
    }
  folded = dossier_normalize_string (text);
  if (*folded == '\0')
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT, _("The %s is empty"), what);
      return FALSE;
    }
  return TRUE;
}

/* A readable id that is not taken: "jane-doe", "jane-doe-2"; names without
 * Latin letters give "entity", "entity-2"… */
static char *
new_entity_id (DossierLibrary *self,
               const char     *name)
{
  g_autofree char *folded = dossier_normalize_string (name);
  GString *slug = g_string_new (NULL);
  const char *p;
  guint n;

  for (p = folded; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
      if (slug->len >= 48)
        break;
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_assign (slug, "entity");

  for (n = 1;; n++)
    {
      g_autofree char *id = n == 1 ? g_strdup (slug->str) : g_strdup_printf ("%s-%u", slug->str, n);
      sqlite3_stmt *stmt = _dossier_library_prepare (self, "SELECT 1 FROM entities WHERE id = ?", NULL);

      if (stmt == NULL)
        return g_string_free (slug, TRUE), NULL;
      _dossier_bind_text (stmt, 1, id);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          g_string_free (slug, TRUE);
          return g_steal_pointer (&id);
        }
    }
}

static gboolean
insert_alias (DossierLibrary *self,
              const char     *entity_id,
              const char     *alias,
              const char     *lang,
              const char     *origin,
              GError        **error)
{
  sqlite3_stmt *stmt = _dossier_library_prepare (self,
                                                 "INSERT OR IGNORE INTO aliases (entity_id, alias, lang, origin) "
                                                 "VALUES (?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  _dossier_bind_text (stmt, 1, entity_id);
  _dossier_bind_text (stmt, 2, alias);
  _dossier_bind_text (stmt, 3, lang);
  _dossier_bind_text (stmt, 4, origin);
  return _dossier_library_step_done (self, stmt, _("Adding an alias"), error);
}

static char *
insert_entity (DossierLibrary  *self,
               const char      *name,
               DossierSpanKind  kind,
               GError         **error)
{
  g_autofree char *id = new_entity_id (self, name);
  sqlite3_stmt *stmt;

  if (id == NULL)
    {
      _dossier_library_set_error (self, error, SQLITE_ERROR, _("Choosing an entity id"));
      return NULL;
    }
  stmt = _dossier_library_prepare (self,
                                   "INSERT INTO entities (id, kind, name, origin) VALUES (?, ?, ?, 'analyst')",
                                   error);
  if (stmt == NULL)
    return NULL;
  _dossier_bind_text (stmt, 1, id);
  _dossier_bind_text (stmt, 2, dossier_span_kind_to_string (kind));
  _dossier_bind_text (stmt, 3, name);
  if (!_dossier_library_step_done (self, stmt, _("Adding an entity"), error))
    return NULL;
  return g_steal_pointer (&id);
}

gboolean
dossier_library_load_builtin_entities (DossierLibrary  *self,
                                       GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);

  if (!_dossier_library_begin (self, error))
    return FALSE;
  return finish (self, insert_builtin (self, error), error);
}

char *
dossier_library_add_entity (DossierLibrary   *self,
                            const char       *name,
                            DossierSpanKind   kind,
                            const char       *lang,
                            GError          **error)
{
  g_autofree char *id = NULL;
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (dossier_span_kind_is_entity (kind), NULL);

  if (!check_text (name, _("entity name"), error))
    return NULL;
  trimmed = g_strstrip (g_strdup (name));
  if (!begin (self, error))
    return NULL;
  id = insert_entity (self, trimmed, kind, error);
  if (!finish (self, id != NULL && insert_alias (self, id, trimmed, lang, "analyst", error), error))
    return NULL;
  return g_steal_pointer (&id);
}

gboolean
dossier_library_add_alias (DossierLibrary   *self,
                           const char       *entity_id,
                           const char       *alias,
                           const char       *lang,
                           gboolean          confirmed,
                           GError          **error)
{
  g_autofree char *trimmed = NULL;
  gboolean ok;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (entity_id != NULL, FALSE);

  if (!check_text (alias, _("alias"), error))
    return FALSE;
  trimmed = g_strstrip (g_strdup (alias));
  if (!begin (self, error))
    return FALSE;
  ok = get_entity (self, entity_id, NULL, error) &&
       insert_alias (self, entity_id, trimmed, lang,
                     confirmed ? "suggestion-confirmed" : "analyst", error);
  return finish (self, ok, error);
}

static gboolean
run_with_two_ids (DossierLibrary *self,
                  const char     *sql,
                  const char     *a,
                  const char     *b,
                  const char     *what,
                  GError        **error)
{
  sqlite3_stmt *stmt = _dossier_library_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  _dossier_bind_text (stmt, 1, a);
  _dossier_bind_text (stmt, 2, b);
  return _dossier_library_step_done (self, stmt, what, error);
}

gboolean
dossier_library_merge_entities (DossierLibrary   *self,
                                const char       *from_id,
                                const char       *into_id,
                                GError          **error)
{
  gboolean ok;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (from_id != NULL && into_id != NULL, FALSE);

  if (g_str_equal (from_id, into_id))
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                   _("An entity cannot be merged into itself (%s)"), from_id);
      return FALSE;
    }
  if (!begin (self, error))
    return FALSE;
  ok = get_entity (self, from_id, NULL, error) && get_entity (self, into_id, NULL, error) &&
       /* Entities merged into from earlier now point to into. */
       run_with_two_ids (self, "UPDATE entities SET merged_into = ?2 WHERE merged_into = ?1",
                         from_id, into_id, _("Merging entities"), error) &&
       run_with_two_ids (self, "UPDATE entities SET merged_into = ?2 WHERE id = ?1",
                         from_id, into_id, _("Merging entities"), error) &&
       run_with_two_ids (self, "UPDATE mentions SET entity_id = ?2 WHERE entity_id = ?1",
                         from_id, into_id, _("Merging entities"), error);
  return finish (self, ok, error);
}

/* Mentions of entity_id whose text folds to alias move to target. */
static gboolean
move_mentions (DossierLibrary *self,
               const char     *entity_id,
               const char     *alias,
               const char     *target,
               GError        **error)
{
  g_autofree char *key = dossier_normalize_string (alias);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  guint i;
  int rc;

  stmt = _dossier_library_prepare (self, "SELECT id, text FROM mentions WHERE entity_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  _dossier_bind_text (stmt, 1, entity_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *folded = dossier_normalize_string ((const char *) sqlite3_column_text (stmt, 1));

      if (g_str_equal (folded, key))
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);

          g_array_append_val (ids, id);
        }
    }
  if (rc != SQLITE_DONE)
    {
      _dossier_library_set_error (self, error, rc, _("Reading mentions"));
      return FALSE;
    }
  for (i = 0; i < ids->len; i++)
    {
      stmt = _dossier_library_prepare (self, "UPDATE mentions SET entity_id = ? WHERE id = ?", error);
      if (stmt == NULL)
        return FALSE;
      _dossier_bind_text (stmt, 1, target);
      sqlite3_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
      if (!_dossier_library_step_done (self, stmt, _("Moving mentions"), error))
        return FALSE;
    }
  return TRUE;
}

char *
dossier_library_split_alias (DossierLibrary   *self,
                             const char       *entity_id,
                             const char       *alias,
                             const char       *target_id,
                             GError          **error)
{
  g_autofree char *target = NULL;
  DossierSpanKind kind;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (entity_id != NULL, NULL);

  if (!check_text (alias, _("alias"), error))
    return NULL;
  if (!begin (self, error))
    return NULL;
  if (!get_entity (self, entity_id, &kind, error))
    goto fail;
  stmt = _dossier_library_prepare (self, "DELETE FROM aliases WHERE entity_id = ? AND alias = ?", error);
  if (stmt == NULL)
    goto fail;
  _dossier_bind_text (stmt, 1, entity_id);
  _dossier_bind_text (stmt, 2, alias);
  if (!_dossier_library_step_done (self, stmt, _("Removing an alias"), error))
    goto fail;
  if (sqlite3_changes (_dossier_library_get_db (self)) == 0)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                   _("“%s” is not an alias of the entity “%s”"), alias, entity_id);
      goto fail;
    }
  if (target_id != NULL)
    {
      if (!get_entity (self, target_id, NULL, error))
        goto fail;
      target = g_strdup (target_id);
    }
  else if ((target = insert_entity (self, alias, kind, error)) == NULL)
    goto fail;
  ok = insert_alias (self, target, alias, NULL, "analyst", error) &&
       move_mentions (self, entity_id, alias, target, error);
  if (!finish (self, ok, error))
    return NULL;
  return g_steal_pointer (&target);

fail:
  _dossier_library_rollback (self);
  return NULL;
}

gboolean
dossier_library_rename_entity (DossierLibrary   *self,
                               const char       *entity_id,
                               const char       *name,
                               GError          **error)
{
  g_autofree char *trimmed = NULL;
  gboolean ok;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (entity_id != NULL, FALSE);

  if (!check_text (name, _("entity name"), error))
    return FALSE;
  trimmed = g_strstrip (g_strdup (name));
  if (!begin (self, error))
    return FALSE;
  /* The new name is also an alias, so that it is found in texts. */
  ok = get_entity (self, entity_id, NULL, error) &&
       run_with_two_ids (self, "UPDATE entities SET name = ?2 WHERE id = ?1",
                         entity_id, trimmed, _("Renaming an entity"), error) &&
       insert_alias (self, entity_id, trimmed, NULL, "analyst", error);
  return finish (self, ok, error);
}

gboolean
dossier_library_set_entity_kind (DossierLibrary   *self,
                                 const char       *entity_id,
                                 DossierSpanKind   kind,
                                 GError          **error)
{
  gboolean ok;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (entity_id != NULL, FALSE);
  g_return_val_if_fail (dossier_span_kind_is_entity (kind), FALSE);

  if (!begin (self, error))
    return FALSE;
  ok = get_entity (self, entity_id, NULL, error) &&
       run_with_two_ids (self, "UPDATE entities SET kind = ?2 WHERE id = ?1",
                         entity_id, dossier_span_kind_to_string (kind), _("Changing an entity’s kind"), error) &&
       run_with_two_ids (self, "UPDATE mentions SET kind = ?2 WHERE entity_id = ?1",
                         entity_id, dossier_span_kind_to_string (kind), _("Changing an entity’s kind"), error);
  return finish (self, ok, error);
}

static gboolean
insert_rule (DossierLibrary *self,
             const char     *rule,
             const char     *text,
             gint64          article_id,
             guint           start,
             guint           end,
             GError        **error)
{
  sqlite3_stmt *stmt = _dossier_library_prepare (self,
                                                 "INSERT INTO entity_rules (rule, text, article_id, start_offset, end_offset, created) "
                                                 "VALUES (?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  _dossier_bind_text (stmt, 1, rule);
  _dossier_bind_text (stmt, 2, text);
  if (article_id > 0)
    {
      sqlite3_bind_int64 (stmt, 3, article_id);
      sqlite3_bind_int64 (stmt, 4, start);
      sqlite3_bind_int64 (stmt, 5, end);
    }
  sqlite3_bind_int64 (stmt, 6, g_get_real_time () / G_USEC_PER_SEC);
  return _dossier_library_step_done (self, stmt, _("Saving a rejection"), error);
}

gboolean
dossier_library_reject_span (DossierLibrary   *self,
                             gint64            article_id,
                             guint             start,
                             guint             end,
                             const char       *text,
                             GError          **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (article_id > 0 && start < end, FALSE);

  if (!check_text (text, _("rejected text"), error))
    return FALSE;
  if (!begin (self, error))
    return FALSE;
  ok = insert_rule (self, "rejected-span", text, article_id, start, end, error);
  if (ok)
    {
      stmt = _dossier_library_prepare (self,
                                       "DELETE FROM mentions WHERE article_id = ? AND start_offset < ? "
                                       "AND end_offset > ? AND kind IN " ENTITY_KINDS, error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, article_id);
          sqlite3_bind_int64 (stmt, 2, end);
          sqlite3_bind_int64 (stmt, 3, start);
          ok = _dossier_library_step_done (self, stmt, _("Removing a mention"), error);
        }
    }
  return finish (self, ok, error);
}

gboolean
dossier_library_reject_text (DossierLibrary   *self,
                             const char       *text,
                             GError          **error)
{
  g_autofree char *key = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  gboolean ok;
  guint i;
  int rc;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);

  if (!check_text (text, _("rejected text"), error))
    return FALSE;
  key = dossier_normalize_string (text);
  if (!begin (self, error))
    return FALSE;
  ok = insert_rule (self, "never-entity", text, 0, 0, 0, error);
  if (ok && (stmt = _dossier_library_prepare (self, "SELECT id, text FROM mentions WHERE kind IN " ENTITY_KINDS, error)) != NULL)
    {
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          g_autofree char *folded = dossier_normalize_string ((const char *) sqlite3_column_text (stmt, 1));

          if (g_str_equal (folded, key))
            {
              gint64 id = sqlite3_column_int64 (stmt, 0);

              g_array_append_val (ids, id);
            }
        }
      if (rc != SQLITE_DONE)
        {
          _dossier_library_set_error (self, error, rc, _("Reading mentions"));
          ok = FALSE;
        }
    }
  else
    ok = FALSE;
  for (i = 0; ok && i < ids->len; i++)
    {
      stmt = _dossier_library_prepare (self, "DELETE FROM mentions WHERE id = ?", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
          ok = _dossier_library_step_done (self, stmt, _("Removing a mention"), error);
        }
    }
  return finish (self, ok, error);
}

/* The catalog of a library */

static gboolean
read_library (DossierLibrary        *self,
              DossierCatalogBuilder *b,
              GError               **error)
{
  g_autoptr(GHashTable) merged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  GHashTableIter iter;
  gpointer key, value;
  int rc;

  stmt = _dossier_library_prepare (self, "SELECT id, kind, name, wikidata, roles, origin, merged_into FROM entities", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      DossierSpanKind kind;
      g_autoptr(GPtrArray) roles = roles_from_json ((const char *) sqlite3_column_text (stmt, 4));
      DossierEntity *e;

      if (!dossier_span_kind_from_string ((const char *) sqlite3_column_text (stmt, 1), &kind) ||
          !dossier_span_kind_is_entity (kind))
        kind = DOSSIER_SPAN_PERSON;
      e = _dossier_catalog_builder_entity (b, id, kind, (const char *) sqlite3_column_text (stmt, 2),
                                           (const char *) sqlite3_column_text (stmt, 3),
                                           (const char * const *) roles->pdata,
                                           (const char *) sqlite3_column_text (stmt, 5), TRUE);
      /* The library's aliases replace the pack's. */
      g_ptr_array_set_size (e->aliases, 0);
      if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
        g_hash_table_insert (merged, g_strdup (id), g_strdup ((const char *) sqlite3_column_text (stmt, 6)));
      g_ptr_array_foreach (roles, (GFunc) g_free, NULL);
    }
  if (rc != SQLITE_DONE)
    {
      _dossier_library_set_error (self, error, rc, _("Reading entities"));
      return FALSE;
    }

  stmt = _dossier_library_prepare (self, "SELECT entity_id, alias, lang, origin FROM aliases ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      const char *target;
      DossierEntity *e;
      guint hops = 0;

      /* Follow merges to the entity that absorbed this one. */
      while ((target = g_hash_table_lookup (merged, id)) != NULL && hops++ < 32)
        id = target;
      e = _dossier_catalog_builder_lookup (b, id);
      if (e != NULL)
        _dossier_catalog_builder_alias (b, e, (const char *) sqlite3_column_text (stmt, 1),
                                        (const char *) sqlite3_column_text (stmt, 2),
                                        (const char *) sqlite3_column_text (stmt, 3));
    }
  if (rc != SQLITE_DONE)
    {
      _dossier_library_set_error (self, error, rc, _("Reading aliases"));
      return FALSE;
    }
  g_hash_table_iter_init (&iter, merged);
  while (g_hash_table_iter_next (&iter, &key, &value))
    _dossier_catalog_builder_remove (b, key);

  stmt = _dossier_library_prepare (self, "SELECT rule, text, article_id, start_offset, end_offset FROM entity_rules", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *rule = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (rule, "never-entity") == 0)
        _dossier_catalog_builder_never (b, (const char *) sqlite3_column_text (stmt, 1));
      else if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        _dossier_catalog_builder_rejected (b, sqlite3_column_int64 (stmt, 2),
                                           sqlite3_column_int (stmt, 3), sqlite3_column_int (stmt, 4));
    }
  if (rc != SQLITE_DONE)
    {
      _dossier_library_set_error (self, error, rc, _("Reading entity rules"));
      return FALSE;
    }
  return TRUE;
}

DossierCatalog *
dossier_catalog_new_for_library (DossierLibrary  *library,
                                 GError         **error)
{
  DossierCatalogBuilder *b;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);

  b = _dossier_catalog_builder_new ();
  /* Builtin entities the library does not have yet (all of them for a
   * library where nothing was corrected) come from the program. */
  if (!_dossier_catalog_builder_add_builtin (b, error) || !read_library (library, b, error))
    {
      _dossier_catalog_builder_free (b);
      return NULL;
    }
  return _dossier_catalog_builder_finish (b);
}
