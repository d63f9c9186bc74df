/* dossier-library-events.c — timeline events stored in the library
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dossier-library-events.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dossier-error.h"
#include "dossier-library-events-private.h"
#include "dossier-library-private.h"

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* Checks what the database cannot: a valid date and a title. */
static gboolean
check_event (DossierEvent  *event,
             GError       **error)
{
  g_autoptr(GError) date_error = NULL;
  DossierEdtf edtf;
  const char *title = dossier_event_get_title (event);

  const char *p = title;

  while (p != NULL && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (p == NULL || *p == '\0')
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                   _("An event needs a title."));
      return FALSE;
    }
  if (!dossier_edtf_parse (dossier_event_get_date (event), &edtf, &date_error))
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                   _("The event “%s” has no valid date: %s"), title, date_error->message);
      return FALSE;
    }
  return TRUE;
}

/* ---- Writing ---- */

static gboolean
insert_actors (DossierLibrary  *self,
               DossierEvent    *event,
               GError         **error)
{
  GPtrArray *actors = dossier_event_get_actors (event);

  for (guint i = 0; i < actors->len; i++)
    {
      sqlite3_stmt *stmt = _dossier_library_prepare (self,
        "INSERT OR IGNORE INTO event_actors (event_id, entity_id) VALUES (?, ?)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, dossier_event_get_id (event));
      _dossier_bind_text (stmt, 2, g_ptr_array_index (actors, i));
      if (!_dossier_library_step_done (self, stmt, _("Saving the actors of an event"), error))
        return FALSE;
    }
  return TRUE;
}

static gint64
insert_evidence (DossierLibrary   *self,
                 gint64            event_id,
                 DossierEvidence  *evidence,
                 GError          **error)
{
  sqlite3_stmt *stmt;

  if (evidence->quote == NULL || *evidence->quote == '\0' || evidence->end < evidence->start)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                   _("A passage used as evidence needs a quote and an end after its start."));
      return 0;
    }

  stmt = _dossier_library_prepare (self,
    "INSERT INTO event_evidence (event_id, article_id, annotation_id, quote, prefix, suffix,"
    " start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int64 (stmt, 2, evidence->article_id);
  if (evidence->annotation_id > 0)
    sqlite3_bind_int64 (stmt, 3, evidence->annotation_id);
  else
    sqlite3_bind_null (stmt, 3);
  _dossier_bind_text (stmt, 4, evidence->quote);
  _dossier_bind_text (stmt, 5, evidence->prefix);
  _dossier_bind_text (stmt, 6, evidence->suffix);
  sqlite3_bind_int64 (stmt, 7, evidence->start);
  sqlite3_bind_int64 (stmt, 8, evidence->end);
  if (!_dossier_library_step_done (self, stmt, _("Saving a passage as evidence (does its article still exist?)"), error))
    return 0;
  evidence->id = sqlite3_last_insert_rowid (_dossier_library_get_db (self));
  return evidence->id;
}

static gboolean
touch_event (DossierLibrary  *self,
             gint64           event_id,
             GError         **error)
{
  sqlite3_stmt *stmt = _dossier_library_prepare (self,
    "UPDATE events SET modified = ? WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, now_seconds ());
  sqlite3_bind_int64 (stmt, 2, event_id);
  return _dossier_library_step_done (self, stmt, _("Saving an event"), error);
}

gboolean
_dossier_library_insert_event (DossierLibrary  *self,
              DossierEvent    *event,
              GError         **error)
{
  g_autofree char *sources = NULL;
  GPtrArray *evidence = dossier_event_get_evidence (event);
  sqlite3_stmt *stmt;
  gint64 now = now_seconds ();
  gint64 created = dossier_event_get_created (event) > 0 ? dossier_event_get_created (event) : now;

  if (!check_event (event, error))
    return FALSE;
  if (dossier_event_get_uid (event) == NULL)
    dossier_event_generate_uid (event);

  stmt = _dossier_library_prepare (self,
    "INSERT INTO events (uid, title, description, date, kind, stance, topic, status, confidence,"
    " sources, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sources = dossier_event_sources_to_json (event);
  _dossier_bind_text (stmt, 1, dossier_event_get_uid (event));
  _dossier_bind_text (stmt, 2, dossier_event_get_title (event));
  _dossier_bind_text (stmt, 3, dossier_event_get_description (event));
  _dossier_bind_text (stmt, 4, dossier_event_get_date (event));
  _dossier_bind_text (stmt, 5, dossier_event_kind_to_string (dossier_event_get_kind (event)));
  _dossier_bind_text (stmt, 6, dossier_event_stance_to_string (dossier_event_get_stance (event)));
  _dossier_bind_text (stmt, 7, dossier_event_topic_to_string (dossier_event_get_topic (event)));
  _dossier_bind_text (stmt, 8, dossier_event_status_to_string (dossier_event_get_status (event)));
  sqlite3_bind_double (stmt, 9, dossier_event_get_confidence (event));
  _dossier_bind_text (stmt, 10, sources);
  sqlite3_bind_int64 (stmt, 11, created);
  sqlite3_bind_int64 (stmt, 12, now);
  if (!_dossier_library_step_done (self, stmt, _("Saving an event (is its uid already used?)"), error))
    return FALSE;

  dossier_event_set_id (event, sqlite3_last_insert_rowid (_dossier_library_get_db (self)));
  dossier_event_set_times (event, created, now);
  if (!insert_actors (self, event, error))
    return FALSE;
  for (guint i = 0; i < evidence->len; i++)
    if (insert_evidence (self, dossier_event_get_id (event), g_ptr_array_index (evidence, i), error) == 0)
      return FALSE;
  return TRUE;
}


gboolean
dossier_library_add_event (DossierLibrary  *library,
                           DossierEvent    *event,
                           GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (DOSSIER_IS_EVENT (event), FALSE);

  if (!_dossier_library_begin (library, error))
    return FALSE;
  if (!_dossier_library_insert_event (library, event, error))
    {
      _dossier_library_rollback (library);
      dossier_event_set_id (event, 0);
      return FALSE;
    }
  return _dossier_library_commit (library, error);
}

static gboolean
update_event (DossierLibrary  *self,
              DossierEvent    *event,
              GError         **error)
{
  g_autofree char *sources = NULL;
  sqlite3_stmt *stmt;
  gint64 now = now_seconds ();

  if (!check_event (event, error))
    return FALSE;

  stmt = _dossier_library_prepare (self,
    "UPDATE events SET title = ?, description = ?, date = ?, kind = ?, stance = ?, topic = ?,"
    " status = ?, confidence = ?, sources = ?, modified = ? WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sources = dossier_event_sources_to_json (event);
  _dossier_bind_text (stmt, 1, dossier_event_get_title (event));
  _dossier_bind_text (stmt, 2, dossier_event_get_description (event));
  _dossier_bind_text (stmt, 3, dossier_event_get_date (event));
  _dossier_bind_text (stmt, 4, dossier_event_kind_to_string (dossier_event_get_kind (event)));
  _dossier_bind_text (stmt, 5, dossier_event_stance_to_string (dossier_event_get_stance (event)));
  _dossier_bind_text (stmt, 6, dossier_event_topic_to_string (dossier_event_get_topic (event)));
  _dossier_bind_text (stmt, 7, dossier_event_status_to_string (dossier_event_get_status (event)));
  sqlite3_bind_double (stmt, 8, dossier_event_get_confidence (event));
  _dossier_bind_text (stmt, 9, sources);
  sqlite3_bind_int64 (stmt, 10, now);
  sqlite3_bind_int64 (stmt, 11, dossier_event_get_id (event));
  if (!_dossier_library_step_done (self, stmt, _("Saving an event"), error))
    return FALSE;
  if (sqlite3_changes (_dossier_library_get_db (self)) == 0)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                   _("There is no event %lld in the library."),
                   (long long) dossier_event_get_id (event));
      return FALSE;
    }

  stmt = _dossier_library_prepare (self, "DELETE FROM event_actors WHERE event_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, dossier_event_get_id (event));
  if (!_dossier_library_step_done (self, stmt, _("Saving the actors of an event"), error))
    return FALSE;
  if (!insert_actors (self, event, error))
    return FALSE;
  dossier_event_set_times (event, dossier_event_get_created (event), now);
  return TRUE;
}

gboolean
dossier_library_update_event (DossierLibrary  *library,
                              DossierEvent    *event,
                              GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (DOSSIER_IS_EVENT (event), FALSE);
  g_return_val_if_fail (dossier_event_get_id (event) > 0, FALSE);

  IN_TRANSACTION (library, error, update_event (library, event, error));
}

/* The status of event @id, or -1 with @error. */
static int
get_status (DossierLibrary  *self,
            gint64           id,
            GError         **error)
{
  sqlite3_stmt *stmt = _dossier_library_prepare (self, "SELECT status FROM events WHERE id = ?", error);
  DossierEventStatus status = DOSSIER_EVENT_STATUS_ACCEPTED;
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    dossier_event_status_from_string ((const char *) sqlite3_column_text (stmt, 0), &status);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                   _("There is no event %lld in the library."), (long long) id);
      return -1;
    }
  if (rc != SQLITE_ROW)
    {
      _dossier_library_set_error (self, error, rc, _("Reading an event"));
      return -1;
    }
  return status;
}

static gboolean
delete_event (DossierLibrary  *self,
              gint64           id,
              GError         **error)
{
  int status = get_status (self, id, error);
  sqlite3_stmt *stmt;

  if (status < 0)
    return FALSE;
  if (status == DOSSIER_EVENT_STATUS_REFERENCE)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_READ_ONLY,
                   _("Event %lld comes with Dossier and cannot be deleted; "
                     "reject it to hide it."), (long long) id);
      return FALSE;
    }
  stmt = _dossier_library_prepare (self, "DELETE FROM events WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return _dossier_library_step_done (self, stmt, _("Deleting an event"), error);
}

gboolean
dossier_library_delete_event (DossierLibrary  *library,
                              gint64           event_id,
                              GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), FALSE);

  IN_TRANSACTION (library, error, delete_event (library, event_id, error));
}

static gboolean
set_status (DossierLibrary     *self,
            gint64              id,
            DossierEventStatus  status,
            gboolean            confident,
            GError            **error)
{
  sqlite3_stmt *stmt = _dossier_library_prepare (self,
    "UPDATE events SET status = ?, confidence = CASE WHEN ? THEN 1.0 ELSE confidence END,"
    " modified = ? WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  _dossier_bind_text (stmt, 1, dossier_event_status_to_string (status));
  sqlite3_bind_int (stmt, 2, confident);
  sqlite3_bind_int64 (stmt, 3, now_seconds ());
  sqlite3_bind_int64 (stmt, 4, id);
  return _dossier_library_step_done (self, stmt, _("Saving an event"), error);
}

static gboolean
merge_candidate (DossierLibrary  *self,
                 gint64           candidate_id,
                 gint64           target_id,
                 GError         **error)
{
  sqlite3_stmt *stmt;
  int target_status = get_status (self, target_id, error);

  if (target_status < 0)
    return FALSE;
  if (target_id == candidate_id || target_status == DOSSIER_EVENT_STATUS_CANDIDATE ||
      target_status == DOSSIER_EVENT_STATUS_REJECTED)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                   _("A candidate can only be merged into an accepted or reference event."));
      return FALSE;
    }

  /* Passages the target already has are dropped with the candidate. */
  stmt = _dossier_library_prepare (self,
    "UPDATE event_evidence SET event_id = ?1 WHERE event_id = ?2 AND NOT EXISTS ("
    " SELECT 1 FROM event_evidence t WHERE t.event_id = ?1 AND t.article_id = event_evidence.article_id"
    " AND t.start_offset = event_evidence.start_offset AND t.end_offset = event_evidence.end_offset)",
    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, target_id);
  sqlite3_bind_int64 (stmt, 2, candidate_id);
  if (!_dossier_library_step_done (self, stmt, _("Moving evidence to the event"), error))
    return FALSE;

  stmt = _dossier_library_prepare (self,
    "INSERT OR IGNORE INTO event_actors (event_id, entity_id)"
    " SELECT ?1, entity_id FROM event_actors WHERE event_id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, target_id);
  sqlite3_bind_int64 (stmt, 2, candidate_id);
  if (!_dossier_library_step_done (self, stmt, _("Saving the actors of an event"), error))
    return FALSE;

  stmt = _dossier_library_prepare (self, "DELETE FROM events WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, candidate_id);
  if (!_dossier_library_step_done (self, stmt, _("Removing the merged candidate"), error))
    return FALSE;
  return touch_event (self, target_id, error);
}

static gboolean
accept_candidate (DossierLibrary  *self,
                  gint64           candidate_id,
                  gint64           merge_into,
                  GError         **error)
{
  int status = get_status (self, candidate_id, error);

  if (status < 0)
    return FALSE;
  if (status != DOSSIER_EVENT_STATUS_CANDIDATE)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                   _("Event %lld is not a candidate."), (long long) candidate_id);
      return FALSE;
    }
  if (merge_into > 0)
    return merge_candidate (self, candidate_id, merge_into, error);
  return set_status (self, candidate_id, DOSSIER_EVENT_STATUS_ACCEPTED, TRUE, error);
}

gboolean
dossier_library_accept_candidate (DossierLibrary  *library,
                                  gint64           candidate_id,
                                  gint64           merge_into,
                                  GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), FALSE);

  IN_TRANSACTION (library, error, accept_candidate (library, candidate_id, merge_into, error));
}

static gboolean
reject_event (DossierLibrary  *self,
              gint64           id,
              GError         **error)
{
  return get_status (self, id, error) >= 0 &&
         set_status (self, id, DOSSIER_EVENT_STATUS_REJECTED, FALSE, error);
}

gboolean
dossier_library_reject_event (DossierLibrary  *library,
                              gint64           event_id,
                              GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), FALSE);

  IN_TRANSACTION (library, error, reject_event (library, event_id, error));
}

gint64
dossier_library_attach_evidence (DossierLibrary   *library,
                                 gint64            event_id,
                                 DossierEvidence  *evidence,
                                 GError          **error)
{
  gint64 id;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), 0);
  g_return_val_if_fail (evidence != NULL, 0);

  if (!_dossier_library_begin (library, error))
    return 0;
  if (get_status (library, event_id, error) < 0 ||
      (id = insert_evidence (library, event_id, evidence, error)) == 0 ||
      !touch_event (library, event_id, error))
    {
      _dossier_library_rollback (library);
      evidence->id = 0;
      return 0;
    }
  if (!_dossier_library_commit (library, error))
    {
      evidence->id = 0;
      return 0;
    }
  return id;
}

static gboolean
remove_evidence (DossierLibrary  *self,
                 gint64           evidence_id,
                 GError         **error)
{
  sqlite3_stmt *stmt = _dossier_library_prepare (self,
    "DELETE FROM event_evidence WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, evidence_id);
  if (!_dossier_library_step_done (self, stmt, _("Removing evidence"), error))
    return FALSE;
  if (sqlite3_changes (_dossier_library_get_db (self)) == 0)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                   _("There is no evidence %lld in the library."), (long long) evidence_id);
      return FALSE;
    }
  return TRUE;
}

gboolean
dossier_library_remove_evidence (DossierLibrary  *library,
                                 gint64           evidence_id,
                                 GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), FALSE);

  IN_TRANSACTION (library, error, remove_evidence (library, evidence_id, error));
}
