/* dossier-library-articles.c — articles and their mentions
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "dossier-error.h"
#include "dossier-library-private.h"
#include "dossier-span.h"

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

DossierArticle *
_dossier_article_from_stmt (sqlite3_stmt *stmt)
{
  DossierArticle *article = dossier_article_new ();

  dossier_article_set_id (article, sqlite3_column_int64 (stmt, 0));
  dossier_article_set_title (article, column_text (stmt, 1));
  dossier_article_set_source (article, column_text (stmt, 2));
  dossier_article_set_url (article, column_text (stmt, 3));
  dossier_article_set_published (article, column_text (stmt, 4));
  dossier_article_set_lang (article, column_text (stmt, 5));
  dossier_article_set_original_path (article, column_text (stmt, 6));
  dossier_article_set_imported (article, sqlite3_column_int64 (stmt, 7));
  return article;
}

gint64
dossier_library_find_by_hash (DossierLibrary *self,
                              const char     *content_hash)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), 0);
  g_return_val_if_fail (content_hash != NULL, 0);

  stmt = _dossier_library_prepare (self, "SELECT id FROM articles WHERE content_hash = ?", NULL);
  if (stmt == NULL)
    return 0;
  _dossier_bind_text (stmt, 1, content_hash);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

static gboolean
insert_mentions (DossierLibrary  *self,
                 gint64           article_id,
                 GPtrArray       *spans,
                 GError         **error)
{
  sqlite3_stmt *stmt;

  if (spans == NULL || spans->len == 0)
    return TRUE;
  stmt = _dossier_library_prepare (self,
    "INSERT INTO mentions (article_id, start_offset, end_offset, kind, text, entity_id,"
    " value, value_min, value_max, unit, item, iso, confidence)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < spans->len; i++)
    {
      const DossierSpan *span = g_ptr_array_index (spans, i);

      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      sqlite3_bind_int64 (stmt, 1, article_id);
      sqlite3_bind_int64 (stmt, 2, span->start);
      sqlite3_bind_int64 (stmt, 3, span->end);
      _dossier_bind_text (stmt, 4, dossier_span_kind_to_string (span->kind));
      _dossier_bind_text (stmt, 5, span->text != NULL ? span->text : "");
      _dossier_bind_text (stmt, 6, span->entity_id);
      if (span->flags & DOSSIER_SPAN_HAS_VALUE)
        sqlite3_bind_double (stmt, 7, span->value);
      if (span->flags & DOSSIER_SPAN_HAS_RANGE)
        {
          sqlite3_bind_double (stmt, 8, span->value_min);
          sqlite3_bind_double (stmt, 9, span->value_max);
        }
      _dossier_bind_text (stmt, 10, span->unit);
      _dossier_bind_text (stmt, 11, span->item);
      _dossier_bind_text (stmt, 12, span->iso);
      sqlite3_bind_double (stmt, 13, span->confidence);
      if (!_dossier_library_step_done (self, stmt, _("Saving the article’s highlights"), error))
        return FALSE;
    }
  return TRUE;
}

/* Copies @original to originals/<id>-<name>, never replacing a file. */
static char *
keep_original (DossierLibrary  *self,
               GFile           *original,
               gint64           id,
               GError         **error)
{
  g_autofree char *base = g_file_get_basename (original);
  g_autofree char *safe = g_strdelimit (g_strdup (base != NULL ? base : "original"), "/\\", '_');

  for (guint n = 0; n < 1000; n++)
    {
      g_autofree char *name = n == 0
        ? g_strdup_printf ("%" G_GINT64_FORMAT "-%s", id, safe)
        : g_strdup_printf ("%" G_GINT64_FORMAT "-%u-%s", id, n, safe);
      g_autofree char *relative = g_build_filename ("originals", name, NULL);
      g_autofree char *path = g_build_filename (dossier_library_get_dir (self), relative, NULL);
      g_autoptr(GFile) target = g_file_new_for_path (path);
      g_autoptr(GError) local = NULL;

      if (g_file_copy (original, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &local))
        return g_steal_pointer (&relative);
      if (!g_error_matches (local, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_autofree char *src = g_file_get_parse_name (original);
          g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_IO,
                       _("Could not keep a copy of %s in the library: %s"),
                       src, local->message);
          return NULL;
        }
    }
  g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_IO,
               _("Could not keep a copy of %s in the library: too many files with that name."),
               base);
  return NULL;
}

gboolean
dossier_library_add_article (DossierLibrary  *self,
                             DossierArticle  *article,
                             GPtrArray       *spans,
                             GFile           *original,
                             gint64          *duplicate_of,
                             GError         **error)
{
  const char *body;
  const char *hash;
  g_autofree char *relative = NULL;
  g_autofree char *copied = NULL;
  sqlite3_stmt *stmt;
  gint64 existing;
  gint64 id;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (article), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (duplicate_of != NULL)
    *duplicate_of = 0;
  body = dossier_article_get_body (article);
  hash = dossier_article_get_content_hash (article);
  if (body == NULL || *body == '\0' || hash == NULL)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                   _("The article “%s” has no text to store."),
                   dossier_article_get_title (article) ? dossier_article_get_title (article) : "");
      return FALSE;
    }

  if (!_dossier_library_begin (self, error))
    return FALSE;

  existing = dossier_library_find_by_hash (self, hash);
  if (existing != 0)
    {
      _dossier_library_rollback (self);
      if (duplicate_of != NULL)
        *duplicate_of = existing;
      return TRUE;
    }

  stmt = _dossier_library_prepare (self,
    "INSERT INTO articles (title, source, url, published, lang, body, content_hash, imported)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    goto fail;
  _dossier_bind_text (stmt, 1, dossier_article_get_title (article) ? dossier_article_get_title (article) : "");
  _dossier_bind_text (stmt, 2, dossier_article_get_source (article));
  _dossier_bind_text (stmt, 3, dossier_article_get_url (article));
  _dossier_bind_text (stmt, 4, dossier_article_get_published (article));
  _dossier_bind_text (stmt, 5, dossier_article_get_lang (article));
  _dossier_bind_text (stmt, 6, body);
  _dossier_bind_text (stmt, 7, hash);
  sqlite3_bind_int64 (stmt, 8, now);
  if (!_dossier_library_step_done (self, stmt, _("Saving the article"), error))
    goto fail;
  id = sqlite3_last_insert_rowid (_dossier_library_get_db (self));

  if (!insert_mentions (self, id, spans, error))
    goto fail;

  if (original != NULL)
    {
      relative = keep_original (self, original, id, error);
      if (relative == NULL)
        goto fail;
      copied = g_build_filename (dossier_library_get_dir (self), relative, NULL);
      stmt = _dossier_library_prepare (self, "UPDATE articles SET original_path = ? WHERE id = ?", error);
      if (stmt == NULL)
        goto fail;
      _dossier_bind_text (stmt, 1, relative);
      sqlite3_bind_int64 (stmt, 2, id);
      if (!_dossier_library_step_done (self, stmt, _("Saving the article"), error))
        goto fail;
    }

  if (!_dossier_library_commit (self, error))
    goto fail;
  if (copied != NULL)
    _dossier_library_batch_add_file (self, copied);

  dossier_article_set_id (article, id);
  dossier_article_set_imported (article, now);
  if (relative != NULL)
    dossier_article_set_original_path (article, relative);
  return TRUE;

fail:
  _dossier_library_rollback (self);
  if (copied != NULL)
    g_unlink (copied);
  return FALSE;
}

static void
set_not_found (GError **error,
               gint64   id)
{
  g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
               _("There is no article %lld in the library."), (long long) id);
}

DossierArticle *
dossier_library_get_article (DossierLibrary  *self,
                             gint64           id,
                             GError         **error)
{
  sqlite3_stmt *stmt;
  g_autoptr(DossierArticle) article = NULL;
  int rc;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);

  stmt = _dossier_library_prepare (self,
    "SELECT " DOSSIER_ARTICLE_COLUMNS ", body FROM articles WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      article = _dossier_article_from_stmt (stmt);
      dossier_article_set_body (article, column_text (stmt, DOSSIER_ARTICLE_N_COLUMNS));
    }
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    set_not_found (error, id);
  else if (rc != SQLITE_ROW)
    _dossier_library_set_error (self, error, rc, _("Reading an article"));
  return g_steal_pointer (&article);
}

char *
dossier_library_get_body (DossierLibrary  *self,
                          gint64           id,
                          GError         **error)
{
  sqlite3_stmt *stmt;
  char *body = NULL;
  int rc;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);

  stmt = _dossier_library_prepare (self, "SELECT body FROM articles WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    body = g_strdup (column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    set_not_found (error, id);
  else if (rc != SQLITE_ROW)
    _dossier_library_set_error (self, error, rc, _("Reading an article"));
  return body;
}

gboolean
dossier_library_delete_article (DossierLibrary  *self,
                                gint64           id,
                                GError         **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);

  if (!_dossier_library_begin (self, error))
    return FALSE;
  stmt = _dossier_library_prepare (self, "DELETE FROM articles WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!_dossier_library_step_done (self, stmt, _("Deleting the article"), error))
    goto fail;
  if (sqlite3_changes (_dossier_library_get_db (self)) == 0)
    {
      set_not_found (error, id);
      goto fail;
    }
  /* The original file stays: it may be the analyst's only copy. */
  return _dossier_library_commit (self, error);

fail:
  _dossier_library_rollback (self);
  return FALSE;
}

gboolean
dossier_library_set_mentions (DossierLibrary  *self,
                              gint64           article_id,
                              GPtrArray       *spans,
                              GError         **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);

  if (!_dossier_library_begin (self, error))
    return FALSE;
  stmt = _dossier_library_prepare (self, "SELECT 1 FROM articles WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, article_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      set_not_found (error, article_id);
      goto fail;
    }
  sqlite3_reset (stmt);
  stmt = _dossier_library_prepare (self, "DELETE FROM mentions WHERE article_id = ?", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, article_id);
  if (!_dossier_library_step_done (self, stmt, _("Saving the article’s highlights"), error) ||
      !insert_mentions (self, article_id, spans, error))
    goto fail;
  return _dossier_library_commit (self, error);

fail:
  _dossier_library_rollback (self);
  return FALSE;
}

GPtrArray *
dossier_library_get_mentions (DossierLibrary  *self,
                              gint64           article_id,
                              GError         **error)
{
  g_autoptr(GPtrArray) spans = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);

  stmt = _dossier_library_prepare (self,
    "SELECT m.start_offset, m.end_offset, m.kind, m.text, m.entity_id, e.name,"
    " m.value, m.value_min, m.value_max, m.unit, m.item, m.iso, m.confidence"
    " FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id"
    " WHERE m.article_id = ? ORDER BY m.start_offset, m.end_offset, m.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DossierSpanKind kind;
      DossierSpan *span;

      if (!dossier_span_kind_from_string (column_text (stmt, 2), &kind))
        continue;   /* a kind this version does not know */
      span = dossier_span_new (kind, sqlite3_column_int (stmt, 0), sqlite3_column_int (stmt, 1),
                               column_text (stmt, 3));
      if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
        dossier_span_set_entity (span, column_text (stmt, 4), column_text (stmt, 5));
      if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
        dossier_span_set_value (span, sqlite3_column_double (stmt, 6));
      if (sqlite3_column_type (stmt, 7) != SQLITE_NULL)
        dossier_span_set_range (span, sqlite3_column_double (stmt, 7), sqlite3_column_double (stmt, 8));
      span->unit = g_strdup (column_text (stmt, 9));
      span->item = g_strdup (column_text (stmt, 10));
      span->iso = g_strdup (column_text (stmt, 11));
      span->confidence = sqlite3_column_type (stmt, 12) != SQLITE_NULL ? sqlite3_column_double (stmt, 12) : 1.0;
      g_ptr_array_add (spans, span);
    }
  if (!_dossier_library_end_rows (self, stmt, rc, _("Reading the article’s highlights"), error))
    return NULL;
  return g_steal_pointer (&spans);
}

gint64
dossier_library_count_articles (DossierLibrary *self)
{
  sqlite3_stmt *stmt;
  gint64 n = 0;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), 0);

  stmt = _dossier_library_prepare (self, "SELECT count(*) FROM articles", NULL);
  if (stmt == NULL)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}
