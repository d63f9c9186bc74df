/* dossier-library-events-read.c — reading timeline events from the library
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dossier-error.h"
#include "dossier-library-events.h"
#include "dossier-library-private.h"
#include "dossier-timeline-pack.h"

#define EVENT_COLUMNS \
  "id, uid, title, description, date, kind, stance, topic, status, confidence, sources, created, modified"

static gboolean
load_actors (DossierLibrary  *self,
             DossierEvent    *event,
             GError         **error)
{
  sqlite3_stmt *stmt = _dossier_library_prepare (self,
    "SELECT entity_id FROM event_actors WHERE event_id = ? ORDER BY rowid", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, dossier_event_get_id (event));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    dossier_event_add_actor (event, (const char *) sqlite3_column_text (stmt, 0));
  return _dossier_library_end_rows (self, stmt, rc, _("Reading the actors of an event"), error);
}

#define EVIDENCE_COLUMNS \
  "id, article_id, ifnull (annotation_id, 0), quote, prefix, suffix, start_offset, end_offset"

/* Evidence from the current row, whose columns from @first are EVIDENCE_COLUMNS. */
static DossierEvidence *
evidence_from_row (sqlite3_stmt *stmt,
                   int           first)
{
  DossierEvidence *evidence;
  const char *quote = (const char *) sqlite3_column_text (stmt, first + 3);
  int start = sqlite3_column_int (stmt, first + 6);

  evidence = dossier_evidence_new (sqlite3_column_int64 (stmt, first + 1), start,
                                   MAX (start, sqlite3_column_int (stmt, first + 7)),
                                   quote ? quote : "");
  evidence->id = sqlite3_column_int64 (stmt, first);
  evidence->annotation_id = sqlite3_column_int64 (stmt, first + 2);
  evidence->prefix = g_strdup ((const char *) sqlite3_column_text (stmt, first + 4));
  evidence->suffix = g_strdup ((const char *) sqlite3_column_text (stmt, first + 5));
  return evidence;
}

static gboolean
load_evidence (DossierLibrary  *self,
               DossierEvent    *event,
               GError         **error)
{
  sqlite3_stmt *stmt = _dossier_library_prepare (self,
    "SELECT " EVIDENCE_COLUMNS " FROM event_evidence WHERE event_id = ?"
    " ORDER BY article_id, start_offset, id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, dossier_event_get_id (event));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(DossierEvidence) evidence = evidence_from_row (stmt, 0);
      dossier_event_add_evidence (event, evidence);
    }
  return _dossier_library_end_rows (self, stmt, rc, _("Reading the evidence of an event"), error);
}

/* Actors and evidence of many events with two queries instead of two per
 * event: listing 10,000 events stays well under a second. */
static gboolean
complete_events (DossierLibrary  *self,
                 GPtrArray       *events,
                 GError         **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree gint64 *ids = g_new (gint64, MAX (events->len, 1));
  sqlite3_stmt *stmt;
  int rc;

  for (guint i = 0; i < events->len; i++)
    {
      ids[i] = dossier_event_get_id (g_ptr_array_index (events, i));
      g_hash_table_insert (by_id, &ids[i], g_ptr_array_index (events, i));
    }

  stmt = _dossier_library_prepare (self,
    "SELECT event_id, entity_id FROM event_actors ORDER BY event_id, rowid", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      DossierEvent *event = g_hash_table_lookup (by_id, &id);

      if (event != NULL)
        dossier_event_add_actor (event, (const char *) sqlite3_column_text (stmt, 1));
    }
  if (!_dossier_library_end_rows (self, stmt, rc, _("Reading the actors of an event"), error))
    return FALSE;

  stmt = _dossier_library_prepare (self,
    "SELECT event_id, " EVIDENCE_COLUMNS " FROM event_evidence"
    " ORDER BY event_id, article_id, start_offset, id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      DossierEvent *event = g_hash_table_lookup (by_id, &id);

      if (event != NULL)
        {
          g_autoptr(DossierEvidence) evidence = evidence_from_row (stmt, 1);
          dossier_event_add_evidence (event, evidence);
        }
    }
  return _dossier_library_end_rows (self, stmt, rc, _("Reading the evidence of an event"), error);
}

/* Shipped events get the pack's translations of their title and of their
 * description, each only while the analyst has not edited that text: an
 * edited English text must not hide behind the pack's translation of the
 * original. */
static void
add_translations (DossierEvent *event)
{
  DossierEvent *shipped;

  if ((shipped = dossier_timeline_pack_lookup_builtin (dossier_event_get_uid (event))) == NULL)
    return;

  if (g_strcmp0 (dossier_event_get_title (shipped), dossier_event_get_title (event)) == 0)
    {
      g_auto(GStrv) langs = dossier_event_list_title_languages (shipped);

      for (guint i = 0; langs[i] != NULL; i++)
        dossier_event_set_title_translation (event, langs[i],
                                             dossier_event_get_title_translation (shipped, langs[i]));
    }

  if (g_strcmp0 (dossier_event_get_description (shipped), dossier_event_get_description (event)) == 0)
    {
      g_auto(GStrv) langs = dossier_event_list_description_languages (shipped);

      for (guint i = 0; langs[i] != NULL; i++)
        dossier_event_set_description_translation (event, langs[i],
                                                   dossier_event_get_description_translation (shipped, langs[i]));
    }
}

/* An event from the current row (EVENT_COLUMNS), without actors/evidence. */
static DossierEvent *
event_from_row (sqlite3_stmt  *stmt)
{
  DossierEvent *event = dossier_event_new ();
  DossierEventKind kind;
  DossierEventStance stance;
  DossierEventTopic topic;
  DossierEventStatus status;
  const char *sources = (const char *) sqlite3_column_text (stmt, 10);

  dossier_event_set_id (event, sqlite3_column_int64 (stmt, 0));
  dossier_event_set_uid (event, (const char *) sqlite3_column_text (stmt, 1));
  dossier_event_set_title (event, (const char *) sqlite3_column_text (stmt, 2));
  dossier_event_set_description (event, (const char *) sqlite3_column_text (stmt, 3));
  dossier_event_set_date (event, (const char *) sqlite3_column_text (stmt, 4));
  /* Unknown names (a newer Dossier's) fall back to the defaults. */
  if (dossier_event_kind_from_string ((const char *) sqlite3_column_text (stmt, 5), &kind))
    dossier_event_set_kind (event, kind);
  if (dossier_event_stance_from_string ((const char *) sqlite3_column_text (stmt, 6), &stance))
    dossier_event_set_stance (event, stance);
  if (dossier_event_topic_from_string ((const char *) sqlite3_column_text (stmt, 7), &topic))
    dossier_event_set_topic (event, topic);
  if (dossier_event_status_from_string ((const char *) sqlite3_column_text (stmt, 8), &status))
    dossier_event_set_status (event, status);
  if (sqlite3_column_type (stmt, 9) != SQLITE_NULL)
    dossier_event_set_confidence (event, sqlite3_column_double (stmt, 9));
  if (sources != NULL)
    dossier_event_sources_from_json (event, sources, NULL);
  dossier_event_set_times (event, sqlite3_column_int64 (stmt, 11), sqlite3_column_int64 (stmt, 12));
  add_translations (event);
  return event;
}

static gboolean
complete_event (DossierLibrary  *self,
                DossierEvent    *event,
                GError         **error)
{
  return load_actors (self, event, error) && load_evidence (self, event, error);
}

static DossierEvent *
get_event_where (DossierLibrary  *self,
                 const char      *sql,
                 gint64           id,
                 const char      *uid,
                 GError         **error)
{
  sqlite3_stmt *stmt = _dossier_library_prepare (self, sql, error);
  g_autoptr(DossierEvent) event = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  if (uid != NULL)
    _dossier_bind_text (stmt, 1, uid);
  else
    sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    event = event_from_row (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      if (uid != NULL)
        g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                     _("There is no event “%s” in the library."), uid);
      else
        g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                     _("There is no event %lld in the library."), (long long) id);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _dossier_library_set_error (self, error, rc, _("Reading an event"));
      return NULL;
    }
  if (!complete_event (self, event, error))
    return NULL;
  return g_steal_pointer (&event);
}

DossierEvent *
dossier_library_get_event (DossierLibrary  *library,
                           gint64           event_id,
                           GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);

  return get_event_where (library, "SELECT " EVENT_COLUMNS " FROM events WHERE id = ?",
                          event_id, NULL, error);
}

DossierEvent *
dossier_library_get_event_by_uid (DossierLibrary  *library,
                                  const char      *uid,
                                  GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (uid != NULL, NULL);

  return get_event_where (library, "SELECT " EVENT_COLUMNS " FROM events WHERE uid = ?",
                          0, uid, error);
}

static gboolean
contains_folded (const char *haystack,
                 const char *needle_folded)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle_folded) != NULL;
}

static gboolean
matches_text (DossierEvent *event,
              const char   *needle_folded)
{
  GPtrArray *evidence = dossier_event_get_evidence (event);
  g_auto(GStrv) title_langs = dossier_event_list_title_languages (event);
  g_auto(GStrv) description_langs = dossier_event_list_description_languages (event);

  if (contains_folded (dossier_event_get_title (event), needle_folded) ||
      contains_folded (dossier_event_get_description (event), needle_folded))
    return TRUE;
  for (guint i = 0; title_langs[i] != NULL; i++)
    if (contains_folded (dossier_event_get_title_translation (event, title_langs[i]), needle_folded))
      return TRUE;
  for (guint i = 0; description_langs[i] != NULL; i++)
    if (contains_folded (dossier_event_get_description_translation (event, description_langs[i]),
                         needle_folded))
      return TRUE;
  for (guint i = 0; i < evidence->len; i++)
    if (contains_folded (((DossierEvidence *) g_ptr_array_index (evidence, i))->quote, needle_folded))
      return TRUE;
  return FALSE;
}

GPtrArray *
dossier_library_list_events (DossierLibrary            *library,
                             const DossierEventFilter  *filter,
                             GError                   **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *needle = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);

  stmt = _dossier_library_prepare (library,
    "SELECT " EVENT_COLUMNS " FROM events e"
    " WHERE (?1 IS NULL OR EXISTS (SELECT 1 FROM event_actors a"
    "                              WHERE a.event_id = e.id AND a.entity_id = ?1))"
    " ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  _dossier_bind_text (stmt, 1, filter ? filter->actor : NULL);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(DossierEvent) event = event_from_row (stmt);

      /* Enum filters here rather than in SQL: names are checked once. */
      if (filter != NULL &&
          ((filter->topics && !(filter->topics & (1u << dossier_event_get_topic (event)))) ||
           (filter->stances && !(filter->stances & (1u << dossier_event_get_stance (event)))) ||
           (filter->statuses && !(filter->statuses & (1u << dossier_event_get_status (event))))))
        continue;
      g_ptr_array_add (events, g_steal_pointer (&event));
    }
  if (!_dossier_library_end_rows (library, stmt, rc, _("Reading the timeline"), error))
    return NULL;

  if (filter != NULL && filter->text != NULL && *filter->text != '\0')
    needle = g_utf8_casefold (filter->text, -1);

  if (!complete_events (library, events, error))
    return NULL;
  for (guint i = 0; i < events->len;)
    {
      DossierEvent *event = g_ptr_array_index (events, i);

      if (needle != NULL && !matches_text (event, needle))
        g_ptr_array_remove_index (events, i);
      else
        i++;
    }

  g_ptr_array_sort (events, dossier_event_compare);
  return g_steal_pointer (&events);
}

