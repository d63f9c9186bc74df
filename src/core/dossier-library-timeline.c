/* dossier-library-timeline.c — the reference pack and candidate events in the library
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-event-finder.h"
#include "dossier-library-events.h"
#include "dossier-library-events-private.h"
#include "dossier-library-private.h"
#include "dossier-timeline-pack.h"

/* 1 when an event has uid @uid, 0 when not, -1 on error. */
static int
uid_exists (DossierLibrary  *self,
            const char      *uid,
            GError         **error)
{
  sqlite3_stmt *stmt = _dossier_library_prepare (self, "SELECT 1 FROM events WHERE uid = ?", error);
  int rc;

  if (stmt == NULL)
    return -1;
  _dossier_bind_text (stmt, 1, uid);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _dossier_library_set_error (self, error, rc, _("Reading the timeline"));
      return -1;
    }
  return rc == SQLITE_ROW;
}

static gboolean
load_reference (DossierLibrary  *self,
                GPtrArray       *events,
                GError         **error)
{
  for (guint i = 0; i < events->len; i++)
    {
      DossierEvent *event = g_ptr_array_index (events, i);
      int exists = uid_exists (self, dossier_event_get_uid (event), error);

      if (exists < 0 || (exists == 0 && !_dossier_library_insert_event (self, event, error)))
        return FALSE;
    }
  return TRUE;
}

gboolean
dossier_library_load_reference_timeline (DossierLibrary  *library,
                                         GError         **error)
{
  g_autoptr(GPtrArray) events = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), FALSE);

  if ((events = dossier_timeline_pack_load_builtin (error)) == NULL)
    return FALSE;
  IN_TRANSACTION (library, error, load_reference (library, events, error));
}

static char *
passage_key (gint64 article_id,
             guint  start,
             guint  end)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%u:%u", article_id, start, end);
}

/* Adds to @known the passages of @article_id that already back an event;
 * one indexed query per article rather than one per candidate. */
static gboolean
load_known_passages (DossierLibrary  *self,
                     gint64           article_id,
                     GHashTable      *known,
                     GError         **error)
{
  sqlite3_stmt *stmt = _dossier_library_prepare (self,
    "SELECT start_offset, end_offset FROM event_evidence WHERE article_id = ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, article_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (known, passage_key (article_id, sqlite3_column_int (stmt, 0),
                                          sqlite3_column_int (stmt, 1)));
  return _dossier_library_end_rows (self, stmt, rc, _("Reading the timeline"), error);
}

static gboolean
add_candidates (DossierLibrary  *self,
                GPtrArray       *candidates,
                int             *added,
                GError         **error)
{
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) articles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < candidates->len; i++)
    {
      DossierEvent *candidate = g_ptr_array_index (candidates, i);
      GPtrArray *evidence = dossier_event_get_evidence (candidate);
      gboolean seen = FALSE;

      for (guint e = 0; e < evidence->len && !seen; e++)
        {
          DossierEvidence *item = g_ptr_array_index (evidence, e);
          g_autofree char *key = NULL;

          if (!g_hash_table_contains (articles, &item->article_id))
            {
              if (!load_known_passages (self, item->article_id, known, error))
                return FALSE;
              g_hash_table_add (articles, g_memdup2 (&item->article_id, sizeof (gint64)));
            }
          key = passage_key (item->article_id, item->start, item->end);
          seen = g_hash_table_contains (known, key);
        }
      if (!seen)
        {
          int exists = uid_exists (self, dossier_event_get_uid (candidate), error);

          if (exists < 0)
            return FALSE;
          seen = exists > 0;
        }
      if (seen)
        continue;

      dossier_event_set_status (candidate, DOSSIER_EVENT_STATUS_CANDIDATE);
      if (!_dossier_library_insert_event (self, candidate, error))
        return FALSE;
      for (guint e = 0; e < evidence->len; e++)
        {
          DossierEvidence *item = g_ptr_array_index (evidence, e);
          g_hash_table_add (known, passage_key (item->article_id, item->start, item->end));
        }
      (*added)++;
    }
  return TRUE;
}

int
dossier_library_add_candidates (DossierLibrary  *library,
                                GPtrArray       *candidates,
                                GError         **error)
{
  int added = 0;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), -1);
  g_return_val_if_fail (candidates != NULL, -1);

  if (!_dossier_library_begin (library, error))
    return -1;
  if (!add_candidates (library, candidates, &added, error))
    {
      _dossier_library_rollback (library);
      for (guint i = 0; i < candidates->len; i++)
        dossier_event_set_id (g_ptr_array_index (candidates, i), 0);
      return -1;
    }
  if (!_dossier_library_commit (library, error))
    return -1;
  return added;
}

int
dossier_library_find_candidates (DossierLibrary  *library,
                                 gint64           article_id,
                                 GError         **error)
{
  g_autoptr(DossierArticle) article = NULL;
  g_autoptr(GPtrArray) spans = NULL;
  g_autoptr(GPtrArray) candidates = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), -1);

  if ((article = dossier_library_get_article (library, article_id, error)) == NULL ||
      (spans = dossier_library_get_mentions (library, article_id, error)) == NULL)
    return -1;
  candidates = dossier_event_finder_find (dossier_article_get_body (article), spans,
                                          dossier_article_get_published (article), article_id);
  if (candidates->len == 0)
    return 0;
  return dossier_library_add_candidates (library, candidates, error);
}

int
dossier_library_find_all_candidates (DossierLibrary  *library,
                                     GError         **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int total = 0;
  int rc;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), -1);

  /* Ids first: each article is then its own transaction. */
  if ((stmt = _dossier_library_prepare (library, "SELECT id FROM articles ORDER BY id", error)) == NULL)
    return -1;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (!_dossier_library_end_rows (library, stmt, rc, _("Reading the articles"), error))
    return -1;

  for (guint i = 0; i < ids->len; i++)
    {
      int added = dossier_library_find_candidates (library, g_array_index (ids, gint64, i), error);

      if (added < 0)
        return -1;
      total += added;
    }
  return total;
}

DossierEvent *
dossier_library_find_matching_event (DossierLibrary  *library,
                                     DossierEvent    *candidate,
                                     GError         **error)
{
  DossierEventFilter filter = { .statuses = DOSSIER_EVENT_STATUSES_TIMELINE };
  g_autoptr(GPtrArray) events = NULL;
  DossierEvent *match;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (DOSSIER_IS_EVENT (candidate), NULL);

  if ((events = dossier_library_list_events (library, &filter, error)) == NULL)
    return NULL;
  match = dossier_event_finder_match (candidate, events);
  return match ? g_object_ref (match) : NULL;
}
