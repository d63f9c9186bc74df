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
_dossier_library_search_error (DossierLibrary  *self,
                               GError         **error,
                               int              sqlite_rc)
{
  _dossier_library_set_error (self, error, sqlite_rc, _("Searching the library"));
}

gboolean
_dossier_library_search_end_rows (DossierLibrary  *self,
                                  sqlite3_stmt    *stmt,
                                  int              rc,
                                  GError         **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _dossier_library_search_error (self, error, rc);
      return FALSE;
    }
  return TRUE;
}

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

/* An FTS5 expression: groups of phrases ORed together, the groups ANDed.
 * Phrases are numbered by FTS5 in the order they are written. */
typedef struct
{
  GPtrArray *phrases;   /* text of each phrase */
  GArray    *groups;    /* guint: the group of each phrase */
  GString   *match;
  guint      n_groups;
  gboolean   empty;     /* a group has no phrase: nothing can match */
} Query;

static void
query_clear (Query *query)
{
  g_clear_pointer (&query->phrases, g_ptr_array_unref);
  g_clear_pointer (&query->groups, g_array_unref);
  if (query->match != NULL)
    g_string_free (query->match, TRUE);
  query->match = NULL;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Query, query_clear)

static DossierFtsQueryTokenizer *
get_query_tokenizer (DossierLibrary *self)
{
  DossierFtsQueryTokenizer *tokenizer = g_object_get_data (G_OBJECT (self), "dossier-query-tokenizer");

  if (tokenizer == NULL)
    {
      tokenizer = _dossier_fts_query_tokenizer_new (_dossier_library_get_db (self));
      if (tokenizer != NULL)
        g_object_set_data_full (G_OBJECT (self), "dossier-query-tokenizer", tokenizer,
                                (GDestroyNotify) _dossier_fts_query_tokenizer_free);
    }
  return tokenizer;
}

/* Adds "(term OR alias OR …)". Aliases that the index reads as the same
 * tokens as an earlier phrase of the group ("NVIDIA" after "Nvidia")
 * would find the same rows and count twice in the ranking: they are left
 * out, as are phrases without any token. */
static void
append_group (DossierLibrary *self,
              Query          *query,
              const char     *term,
              GPtrArray      *aliases)
{
  DossierFtsQueryTokenizer *tokenizer = get_query_tokenizer (self);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_phrases = 0;

  if (query->match->len > 0)
    g_string_append (query->match, " AND ");
  g_string_append_c (query->match, '(');
  for (guint i = 0; i <= aliases->len; i++)
    {
      const char *text = i == 0 ? term : g_ptr_array_index (aliases, i - 1);

      if (tokenizer != NULL)
        {
          g_autofree char *tokens = _dossier_fts_query_tokens (tokenizer, text);

          if (*tokens == '\0' || !g_hash_table_add (seen, g_steal_pointer (&tokens)))
            continue;
        }
      if (n_phrases++ > 0)
        g_string_append (query->match, " OR ");
      _dossier_fts_append_phrase (query->match, text);
      g_ptr_array_add (query->phrases, g_strdup (text));
      g_array_append_val (query->groups, query->n_groups);
    }
  g_string_append_c (query->match, ')');
  if (n_phrases == 0)
    query->empty = TRUE;
  query->n_groups++;
}

/* Builds the FTS5 expression into @query (left empty, match NULL, when
 * the query has no words). @entities receives the entities the query
 * names as a whole, for matching their mentions too. */
static gboolean
build_match (DossierLibrary  *self,
             const char      *query_text,
             Query           *query,
             GHashTable      *entities,
             GError         **error)
{
  g_autoptr(GPtrArray) terms = split_query (query_text);
  g_autoptr(GPtrArray) aliases = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) scratch = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) local = NULL;
  g_autoptr(GString) joined = g_string_new (NULL);

  if (terms->len == 0)
    return TRUE;

  for (guint i = 0; i < terms->len; i++)
    g_string_append_printf (joined, "%s%s", i > 0 ? " " : "", (char *) g_ptr_array_index (terms, i));

  query->phrases = g_ptr_array_new_with_free_func (g_free);
  query->groups = g_array_new (FALSE, FALSE, sizeof (guint));
  query->match = g_string_new (NULL);
  if (expand_alias (self, joined->str, aliases, entities, &local))
    {
      append_group (self, query, joined->str, aliases);
      return TRUE;
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
      append_group (self, query, term, aliases);
    }
  return TRUE;

fail:
  g_propagate_error (error, g_steal_pointer (&local));
  query_clear (query);
  return FALSE;
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

/* Collects the best @limit annotation notes into @hits with their
 * snippets, keeping the better score per article. Notes are few: FTS5's
 * own ranking and snippets are cheap enough here. */
static gboolean
collect_notes (DossierLibrary  *self,
               const char      *match,
               const char      *mark_open,
               const char      *mark_close,
               guint            limit,
               GHashTable      *hits,
               GError         **error)
{
  sqlite3_stmt *stmt = _dossier_library_prepare (self,
    "SELECT a.article_id, f.rank, f.snippet FROM"
    " (SELECT rowid, rank, snippet (annotations_fts, 0, ?3, ?4, '…', ?5) AS snippet"
    "  FROM annotations_fts WHERE annotations_fts MATCH ?1 ORDER BY rank LIMIT ?2) f"
    " JOIN annotations a ON a.id = f.rowid", error);
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

/* Adds the best @limit articles by their title and body. @phrases
 * receives, per article, the phrases of @query that it holds. */
static gboolean
collect_articles (DossierLibrary  *self,
                  Query           *query,
                  guint            limit,
                  GHashTable      *hits,
                  GHashTable      *phrases,
                  GError         **error)
{
  g_autoptr(GArray) best = _dossier_library_rank_articles (self, query->phrases,
                                                           (const guint *) (void *) query->groups->data,
                                                           query->match->str, limit, error);

  if (best == NULL)
    return FALSE;
  for (guint i = 0; i < best->len; i++)
    {
      const DossierRankedRow *row = &g_array_index (best, DossierRankedRow, i);
      DossierSearchHit *hit = g_new0 (DossierSearchHit, 1);

      hit->article_id = row->rowid;
      hit->score = row->score;
      hit->snippet = NULL;   /* made once the hit is kept */
      g_hash_table_insert (hits, &hit->article_id, hit);
      g_hash_table_insert (phrases, g_memdup2 (&row->rowid, sizeof row->rowid),
                           g_memdup2 (&row->phrases, sizeof row->phrases));
    }
  return TRUE;
}

/* FTS5's snippet for one article. Asking for the phrases the article
 * holds, and for its row alone, gives the same snippet as the whole
 * expression (absent phrases have no instances) at the cost of a few
 * index lookups. */
static char *
fts_snippet (DossierLibrary  *self,
             Query           *query,
             guint64          held,
             gint64           article_id,
             const char      *mark_open,
             const char      *mark_close,
             GError         **error)
{
  g_autoptr(GString) match = g_string_new (NULL);
  sqlite3_stmt *stmt;
  char *snippet = NULL;
  int rc;

  for (guint i = 0; i < query->phrases->len; i++)
    if (held == G_MAXUINT64 || (i < 64 && (held & (G_GUINT64_CONSTANT (1) << i))))
      {
        if (match->len > 0)
          g_string_append (match, " OR ");
        _dossier_fts_append_phrase (match, g_ptr_array_index (query->phrases, i));
      }

  stmt = _dossier_library_prepare (self,
    "SELECT snippet (articles_fts, -1, ?3, ?4, '…', ?5) FROM articles_fts"
    " WHERE articles_fts MATCH ?1 AND rowid = ?2", error);
  if (stmt == NULL)
    return NULL;
  _dossier_bind_text (stmt, 1, match->str);
  sqlite3_bind_int64 (stmt, 2, article_id);
  _dossier_bind_text (stmt, 3, mark_open);
  _dossier_bind_text (stmt, 4, mark_close);
  sqlite3_bind_int (stmt, 5, SNIPPET_TOKENS);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);
      snippet = g_strdup (text != NULL ? text : "");
      rc = SQLITE_DONE;
    }
  if (!_dossier_library_end_rows (self, stmt, rc, _("Searching the library"), error))
    {
      g_free (snippet);
      return NULL;
    }
  return snippet != NULL ? snippet : g_strdup ("");
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
          Query            *query,
          GHashTable       *phrases,
          GHashTable       *entities,
          const char       *mark_open,
          const char       *mark_close,
          GError          **error)
{
  const guint64 *held = g_hash_table_lookup (phrases, &hit->article_id);
  sqlite3_stmt *stmt;
  int rc;

  if (hit->snippet == NULL && held != NULL)
    {
      hit->snippet = fts_snippet (self, query, *held, hit->article_id, mark_open, mark_close, error);
      if (hit->snippet == NULL)
        return FALSE;
    }
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

static GPtrArray *
search (DossierLibrary  *self,
        const char      *query,
        const char      *mark_open,
        const char      *mark_close,
        guint            limit,
        GError         **error)
{
  g_autoptr(GHashTable) entities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) hits = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                      (GDestroyNotify) dossier_search_hit_free);
  g_autoptr(GHashTable) phrases = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_search_hit_free);
  g_auto(Query) parsed = { 0 };
  GHashTableIter iter;
  DossierSearchHit *hit;

  if (!build_match (self, query, &parsed, entities, error))
    return NULL;
  if (parsed.match == NULL)
    return g_steal_pointer (&result);

  if (!parsed.empty &&
      (!collect_articles (self, &parsed, limit, hits, phrases, error) ||
       !collect_notes (self, parsed.match->str, mark_open, mark_close, limit, hits, error)))
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
    if (!fill_hit (self, g_ptr_array_index (result, i), &parsed, phrases, entities, mark_open, mark_close, error))
      return NULL;
  return g_steal_pointer (&result);
}

GPtrArray *
dossier_library_search (DossierLibrary  *self,
                        const char      *query,
                        const char      *mark_open,
                        const char      *mark_close,
                        guint            limit,
                        GError         **error)
{
  sqlite3 *db;
  gboolean own_transaction;
  GPtrArray *result;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (mark_open == NULL)
    mark_open = "";
  if (mark_close == NULL)
    mark_close = "";
  if (limit == 0)
    limit = G_MAXINT;

  /* One read transaction for the dozens of statements of a search: one
   * snapshot, and the database is not locked and checked again for each. */
  db = _dossier_library_get_db (self);
  own_transaction = sqlite3_get_autocommit (db);
  if (own_transaction && !_dossier_library_exec (self, "BEGIN", _("Searching the library"), error))
    return NULL;
  result = search (self, query, mark_open, mark_close, limit, error);
  if (own_transaction)
    sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  return result;
}
