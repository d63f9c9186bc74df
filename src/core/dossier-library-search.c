/* dossier-library-search.c — full-text search with alias expansion
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dossier-error.h"
#include "dossier-library-private.h"
#include "dossier-span.h"

/* Characters of context on each side of a match in mention snippets, and
 * tokens in FTS snippets. */
#define SNIPPET_CONTEXT 40
#define SNIPPET_TOKENS  16

void
dossier_search_hit_free (DossierSearchHit *hit)
{
  if (hit == NULL)
    return;
  g_free (hit->title);
  g_free (hit->snippet);
  g_free (hit);
}

/* Splits a query into words and "quoted phrases". */
static GPtrArray *
split_query (const char *query)
{
  GPtrArray *terms = g_ptr_array_new_with_free_func (g_free);
  const char *p = query;

  while (*p)
    {
      const char *start;

      while (*p && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (!*p)
        break;
      if (*p == '"')
        {
          start = ++p;
          while (*p && *p != '"')
            p++;
          g_ptr_array_add (terms, g_strndup (start, p - start));
          if (*p == '"')
            p++;
        }
      else
        {
          start = p;
          while (*p && !g_unichar_isspace (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          g_ptr_array_add (terms, g_strndup (start, p - start));
        }
    }

  /* Terms without a letter or digit would be empty phrases. */
  for (guint i = terms->len; i > 0; i--)
    {
      const char *t = g_ptr_array_index (terms, i - 1);
      gboolean useful = FALSE;

      for (const char *q = t; *q && !useful; q = g_utf8_next_char (q))
        useful = g_unichar_isalnum (g_utf8_get_char (q));
      if (!useful)
        g_ptr_array_remove_index (terms, i - 1);
    }
  return terms;
}

static void
append_phrase (GString    *out,
               const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

typedef struct
{
  gint64      generation;
  GHashTable *by_key;   /* folded alias or name → GPtrArray of entity ids */
} AliasIndex;

static void
alias_index_free (AliasIndex *index)
{
  g_hash_table_unref (index->by_key);
  g_free (index);
}

static void
index_add (GHashTable *by_key,
           const char *text,
           const char *entity_id)
{
  g_autofree char *key = _dossier_fold (text);
  GPtrArray *ids = g_hash_table_lookup (by_key, key);

  if (ids == NULL)
    {
      ids = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (by_key, g_steal_pointer (&key), ids);
    }
  if (!g_ptr_array_find_with_equal_func (ids, entity_id, g_str_equal, NULL))
    g_ptr_array_add (ids, g_strdup (entity_id));
}

/* Folding every alias per query would cost a scan of the table; the
 * index is rebuilt only when aliases or entities change. */
static AliasIndex *
get_alias_index (DossierLibrary  *self,
                 GError         **error)
{
  AliasIndex *index = g_object_get_data (G_OBJECT (self), "dossier-alias-index");
  sqlite3_stmt *stmt;
  gint64 generation = -1;
  int rc;

  stmt = _dossier_library_prepare (self, "SELECT value FROM library_state WHERE key = 'aliases'", error);
  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    generation = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _dossier_library_set_error (self, error, rc, _("Searching the library"));
      return NULL;
    }
  if (index != NULL && index->generation == generation)
    return index;

  index = g_new0 (AliasIndex, 1);
  index->generation = generation;
  index->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  stmt = _dossier_library_prepare (self,
    "SELECT entity_id, alias FROM aliases UNION ALL SELECT id, name FROM entities", error);
  if (stmt == NULL)
    {
      alias_index_free (index);
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    index_add (index->by_key, (const char *) sqlite3_column_text (stmt, 1),
               (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _dossier_library_set_error (self, error, rc, _("Searching the library"));
      alias_index_free (index);
      return NULL;
    }
  g_object_set_data_full (G_OBJECT (self), "dossier-alias-index", index, (GDestroyNotify) alias_index_free);
  return index;
}

/* Adds to @aliases every alias and name of the entities that @text names
 * (and of those merged with them), and their ids to @entities. Returns
 * whether it named any. */
static gboolean
expand_alias (DossierLibrary  *self,
              const char      *text,
              GPtrArray       *aliases,
              GHashTable      *entities,
              GError         **error)
{
  g_autofree char *key = _dossier_fold (text);
  AliasIndex *index = get_alias_index (self, error);
  GPtrArray *ids;
  sqlite3_stmt *stmt;
  int rc = SQLITE_DONE;

  if (index == NULL)
    return FALSE;
  ids = g_hash_table_lookup (index->by_key, key);
  if (ids == NULL)
    return FALSE;

  stmt = _dossier_library_prepare (self,
    "WITH target (eid) AS ("
    "  SELECT ?1 UNION SELECT merged_into FROM entities WHERE id = ?1 AND merged_into IS NOT NULL"
    "  UNION SELECT id FROM entities WHERE merged_into = ?1)"
    " SELECT entity_id, alias FROM aliases WHERE entity_id IN target"
    " UNION SELECT id, name FROM entities WHERE id IN target", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len && rc == SQLITE_DONE; i++)
    {
      sqlite3_reset (stmt);
      _dossier_bind_text (stmt, 1, g_ptr_array_index (ids, i));
      g_hash_table_add (entities, g_strdup (g_ptr_array_index (ids, i)));
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *eid = (const char *) sqlite3_column_text (stmt, 0);
          const char *alias = (const char *) sqlite3_column_text (stmt, 1);

          g_hash_table_add (entities, g_strdup (eid));
          if (alias != NULL && !g_ptr_array_find_with_equal_func (aliases, alias, g_str_equal, NULL))
            g_ptr_array_add (aliases, g_strdup (alias));
        }
    }
  return _dossier_library_end_rows (self, stmt, rc, _("Searching the library"), error);
}

static void
append_group (GString    *out,
              const char *term,
              GPtrArray  *aliases)
{
  if (out->len > 0)
    g_string_append (out, " AND ");
  g_string_append_c (out, '(');
  append_phrase (out, term);
  for (guint i = 0; i < aliases->len; i++)
    {
      g_string_append (out, " OR ");
      append_phrase (out, g_ptr_array_index (aliases, i));
    }
  g_string_append_c (out, ')');
}

/* Builds the FTS5 expression. @entities receives the entities the query
 * names as a whole, for matching their mentions too. */
static char *
build_match (DossierLibrary  *self,
             const char      *query,
             GHashTable      *entities,
             GError         **error)
{
  g_autoptr(GPtrArray) terms = split_query (query);
  g_autoptr(GPtrArray) aliases = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) scratch = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) local = NULL;
  g_autoptr(GString) joined = g_string_new (NULL);
  const char *whole;
  GString *out;

  if (terms->len == 0)
    return NULL;

  for (guint i = 0; i < terms->len; i++)
    g_string_append_printf (joined, "%s%s", i > 0 ? " " : "", (char *) g_ptr_array_index (terms, i));
  whole = joined->str;

  out = g_string_new (NULL);
  if (expand_alias (self, whole, aliases, entities, &local))
    {
      append_group (out, whole, aliases);
      return g_string_free (out, FALSE);
    }
  if (local != NULL)
    goto fail;

  for (guint i = 0; i < terms->len; i++)
    {
      const char *term = g_ptr_array_index (terms, i);

      g_ptr_array_set_size (aliases, 0);
      expand_alias (self, term, aliases, scratch, &local);
      if (local != NULL)
        goto fail;
      append_group (out, term, aliases);
    }
  return g_string_free (out, FALSE);

fail:
  g_propagate_error (error, g_steal_pointer (&local));
  g_string_free (out, TRUE);
  return NULL;
}

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const DossierSearchHit *ha = *(const DossierSearchHit * const *) a;
  const DossierSearchHit *hb = *(const DossierSearchHit * const *) b;

  if (ha->score != hb->score)
    return ha->score > hb->score ? -1 : 1;
  return ha->article_id < hb->article_id ? -1 : ha->article_id > hb->article_id;
}

/* Collects the best @limit rows of one FTS table into @hits with their
 * snippets, keeping the better score per article. FTS5 sorts by rank
 * before computing snippets, so only the returned rows pay for them. */
static gboolean
collect (DossierLibrary  *self,
         const char      *sql,
         const char      *match,
         const char      *mark_open,
         const char      *mark_close,
         guint            limit,
         GHashTable      *hits,
         GError         **error)
{
  sqlite3_stmt *stmt = _dossier_library_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _dossier_bind_text (stmt, 1, match);
  sqlite3_bind_int (stmt, 2, limit);
  _dossier_bind_text (stmt, 3, mark_open);
  _dossier_bind_text (stmt, 4, mark_close);
  sqlite3_bind_int (stmt, 5, SNIPPET_TOKENS);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      double score = -sqlite3_column_double (stmt, 1);
      const char *snippet = (const char *) sqlite3_column_text (stmt, 2);
      DossierSearchHit *hit = g_hash_table_lookup (hits, &id);

      if (hit == NULL)
        {
          hit = g_new0 (DossierSearchHit, 1);
          hit->article_id = id;
          hit->score = score;
          hit->snippet = g_strdup (snippet != NULL ? snippet : "");
          g_hash_table_insert (hits, &hit->article_id, hit);
        }
      else if (score > hit->score)
        {
          hit->score = score;
          g_free (hit->snippet);
          hit->snippet = g_strdup (snippet != NULL ? snippet : "");
        }
    }
  return _dossier_library_end_rows (self, stmt, rc, _("Searching the library"), error);
}

static char *
mention_snippet (DossierLibrary *self,
                 gint64          article_id,
                 GHashTable     *entities,
                 const char     *mark_open,
                 const char     *mark_close)
{
  g_autofree char *body = dossier_library_get_body (self, article_id, NULL);
  g_autoptr(GPtrArray) spans = dossier_library_get_mentions (self, article_id, NULL);
  glong n_chars;

  if (body == NULL || spans == NULL)
    return g_strdup ("");
  n_chars = g_utf8_strlen (body, -1);
  for (guint i = 0; i < spans->len; i++)
    {
      const DossierSpan *span = g_ptr_array_index (spans, i);
      glong from, to;
      g_autofree char *before = NULL;
      g_autofree char *inside = NULL;
      g_autofree char *after = NULL;

      if (span->entity_id == NULL || !g_hash_table_contains (entities, span->entity_id) ||
          span->end > n_chars)
        continue;
      from = MAX (0, (glong) span->start - SNIPPET_CONTEXT);
      to = MIN (n_chars, (glong) span->end + SNIPPET_CONTEXT);
      before = g_utf8_substring (body, from, span->start);
      inside = g_utf8_substring (body, span->start, span->end);
      after = g_utf8_substring (body, span->end, to);
      return g_strconcat (from > 0 ? "…" : "", before, mark_open, inside, mark_close,
                          after, to < n_chars ? "…" : "", NULL);
    }
  return g_strdup ("");
}

static gboolean
fill_hit (DossierLibrary   *self,
          DossierSearchHit *hit,
          GHashTable       *entities,
          const char       *mark_open,
          const char       *mark_close,
          GError          **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (hit->snippet == NULL)
    hit->snippet = mention_snippet (self, hit->article_id, entities, mark_open, mark_close);

  stmt = _dossier_library_prepare (self, "SELECT title FROM articles WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, hit->article_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    hit->title = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _dossier_library_set_error (self, error, rc, _("Searching the library"));
      return FALSE;
    }
  if (hit->title == NULL)
    hit->title = g_strdup ("");
  return TRUE;
}

static gboolean
collect_mentions (DossierLibrary  *self,
                  GHashTable      *entities,
                  guint            limit,
                  GHashTable      *hits,
                  GError         **error)
{
  GHashTableIter iter;
  const char *eid;
  sqlite3_stmt *stmt;

  g_hash_table_iter_init (&iter, entities);
  while (g_hash_table_iter_next (&iter, (gpointer *) &eid, NULL))
    {
      int rc;

      stmt = _dossier_library_prepare (self,
        "SELECT DISTINCT article_id FROM mentions WHERE entity_id = ? ORDER BY article_id DESC LIMIT ?",
        error);
      if (stmt == NULL)
        return FALSE;
      _dossier_bind_text (stmt, 1, eid);
      sqlite3_bind_int (stmt, 2, limit);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          DossierSearchHit *hit;

          if (g_hash_table_contains (hits, &id))
            continue;
          /* Below every text match: the article names the entity in a
           * form the query does not spell (a misspelling, say). */
          hit = g_new0 (DossierSearchHit, 1);
          hit->article_id = id;
          hit->score = 0.0;
          hit->snippet = NULL;   /* made from the mention, once kept */
          g_hash_table_insert (hits, &hit->article_id, hit);
        }
      if (!_dossier_library_end_rows (self, stmt, rc, _("Searching the library"), error))
        return FALSE;
    }
  return TRUE;
}

GPtrArray *
dossier_library_search (DossierLibrary  *self,
                        const char      *query,
                        const char      *mark_open,
                        const char      *mark_close,
                        guint            limit,
                        GError         **error)
{
  g_autoptr(GHashTable) entities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) hits = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                      (GDestroyNotify) dossier_search_hit_free);
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_search_hit_free);
  g_autofree char *match = NULL;
  GHashTableIter iter;
  DossierSearchHit *hit;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (mark_open == NULL)
    mark_open = "";
  if (mark_close == NULL)
    mark_close = "";
  if (limit == 0)
    limit = G_MAXINT;

  match = build_match (self, query, entities, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  if (match == NULL)
    return g_steal_pointer (&result);

  if (!collect (self,
                "SELECT rowid, rank, snippet (articles_fts, -1, ?3, ?4, '…', ?5)"
                " FROM articles_fts WHERE articles_fts MATCH ?1 ORDER BY rank LIMIT ?2",
                match, mark_open, mark_close, limit, hits, error) ||
      !collect (self,
                "SELECT a.article_id, f.rank, f.snippet FROM"
                " (SELECT rowid, rank, snippet (annotations_fts, 0, ?3, ?4, '…', ?5) AS snippet"
                "  FROM annotations_fts WHERE annotations_fts MATCH ?1 ORDER BY rank LIMIT ?2) f"
                " JOIN annotations a ON a.id = f.rowid",
                match, mark_open, mark_close, limit, hits, error))
    return NULL;
  if (g_hash_table_size (hits) < limit &&
      !collect_mentions (self, entities, limit, hits, error))
    return NULL;

  g_hash_table_iter_init (&iter, hits);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &hit))
    {
      g_hash_table_iter_steal (&iter);
      g_ptr_array_add (result, hit);
    }
  g_ptr_array_sort (result, compare_hits);
  if (result->len > limit)
    g_ptr_array_set_size (result, limit);

  for (guint i = 0; i < result->len; i++)
    if (!fill_hit (self, g_ptr_array_index (result, i), entities, mark_open, mark_close, error))
      return NULL;
  return g_steal_pointer (&result);
}
