/* dossier-library-schema.c — schema versions and forward-only migrations
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-error.h"
#include "dossier-library-private.h"

/* Version 1. Full-text search uses external-content FTS5 tables kept in
 * step by triggers, so bodies are stored once. */
static const char schema_v1[] =
  "CREATE TABLE articles ("
  "  id INTEGER PRIMARY KEY,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  source TEXT,"
  "  url TEXT,"
  "  published TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]'"
  "    OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'"
  "    OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
  "  lang TEXT,"
  "  content_hash TEXT NOT NULL UNIQUE,"
  "  original_path TEXT,"
  "  imported INTEGER NOT NULL,"
  /* Last: reading the columns before it never walks its overflow pages. */
  "  body TEXT NOT NULL);"
  "CREATE INDEX articles_published ON articles (published, id);"
  "CREATE INDEX articles_imported ON articles (imported, id);"
  "CREATE INDEX articles_title ON articles (title COLLATE NOCASE, id);"
  "CREATE INDEX articles_lang ON articles (lang, published);"

  "CREATE TABLE entities (id TEXT PRIMARY KEY,"
  "  kind TEXT NOT NULL CHECK (kind IN ('person','organization','place')),"
  "  name TEXT NOT NULL, wikidata TEXT, roles TEXT NOT NULL DEFAULT '[]',"
  "  origin TEXT NOT NULL DEFAULT 'pack' CHECK (origin IN ('pack','analyst')),"
  "  merged_into TEXT REFERENCES entities(id) ON DELETE SET NULL);"
  "CREATE TABLE aliases (id INTEGER PRIMARY KEY,"
  "  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
  "  alias TEXT NOT NULL, lang TEXT,"
  "  origin TEXT NOT NULL CHECK (origin IN ('pack','analyst','suggestion-confirmed')),"
  "  UNIQUE (entity_id, alias, lang));"
  "CREATE TABLE entity_rules (id INTEGER PRIMARY KEY,"
  "  rule TEXT NOT NULL CHECK (rule IN ('never-entity','rejected-span')),"
  "  text TEXT NOT NULL, article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,"
  "  start_offset INTEGER, end_offset INTEGER, created INTEGER NOT NULL);"
  "CREATE INDEX entity_rules_article ON entity_rules (article_id);"
  "CREATE TABLE mentions (id INTEGER PRIMARY KEY,"
  "  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
  "  start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, kind TEXT NOT NULL,"
  "  text TEXT NOT NULL, entity_id TEXT,"
  "  value REAL, value_min REAL, value_max REAL, unit TEXT, item TEXT, iso TEXT,"
  "  confidence REAL);"
  "CREATE INDEX mentions_article ON mentions (article_id, start_offset);"
  "CREATE INDEX mentions_entity ON mentions (entity_id, article_id) WHERE entity_id IS NOT NULL;"

  "CREATE TABLE annotations (id INTEGER PRIMARY KEY,"
  "  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
  "  quote TEXT NOT NULL, prefix TEXT, suffix TEXT,"
  "  start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,"
  "  note TEXT NOT NULL DEFAULT '', colour TEXT,"
  "  created INTEGER NOT NULL, modified INTEGER NOT NULL,"
  "  CHECK (start_offset >= 0 AND end_offset >= start_offset));"
  "CREATE INDEX annotations_article ON annotations (article_id, start_offset);"
  "CREATE TABLE tags (id INTEGER PRIMARY KEY,"
  "  parent_id INTEGER REFERENCES tags(id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL CHECK (name <> '' AND instr(name, '/') = 0),"
  "  colour TEXT);"
  "CREATE UNIQUE INDEX tags_name ON tags (ifnull(parent_id, 0), name);"
  "CREATE TABLE annotation_tags ("
  "  annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,"
  "  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
  "  PRIMARY KEY (annotation_id, tag_id)) WITHOUT ROWID;"
  "CREATE INDEX annotation_tags_tag ON annotation_tags (tag_id);"

  "CREATE TABLE events (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, title TEXT NOT NULL,"
  "  description TEXT, date TEXT NOT NULL, kind TEXT NOT NULL, stance TEXT NOT NULL,"
  "  topic TEXT NOT NULL,"
  "  status TEXT NOT NULL CHECK (status IN ('reference','accepted','candidate','rejected')),"
  "  confidence REAL, sources TEXT NOT NULL DEFAULT '[]',"
  "  created INTEGER NOT NULL, modified INTEGER NOT NULL);"
  "CREATE TABLE event_actors ("
  "  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
  "  entity_id TEXT NOT NULL, PRIMARY KEY (event_id, entity_id));"
  "CREATE TABLE event_evidence (id INTEGER PRIMARY KEY,"
  "  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
  "  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
  "  annotation_id INTEGER REFERENCES annotations(id) ON DELETE SET NULL,"
  "  quote TEXT NOT NULL, prefix TEXT, suffix TEXT,"
  "  start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL);"
  "CREATE INDEX event_evidence_event ON event_evidence (event_id);"
  "CREATE INDEX event_evidence_article ON event_evidence (article_id);"
  "CREATE INDEX event_evidence_annotation ON event_evidence (annotation_id);"

  /* Counters that caches compare against: search keeps an index of
   * folded aliases and rebuilds it when "aliases" changes. */
  "CREATE TABLE library_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;"
  "INSERT INTO library_state VALUES ('aliases', 0);"
  "CREATE TRIGGER aliases_state_insert AFTER INSERT ON aliases BEGIN"
  "  UPDATE library_state SET value = value + 1 WHERE key = 'aliases'; END;"
  "CREATE TRIGGER aliases_state_update AFTER UPDATE ON aliases BEGIN"
  "  UPDATE library_state SET value = value + 1 WHERE key = 'aliases'; END;"
  "CREATE TRIGGER aliases_state_delete AFTER DELETE ON aliases BEGIN"
  "  UPDATE library_state SET value = value + 1 WHERE key = 'aliases'; END;"
  "CREATE TRIGGER entities_state_insert AFTER INSERT ON entities BEGIN"
  "  UPDATE library_state SET value = value + 1 WHERE key = 'aliases'; END;"
  "CREATE TRIGGER entities_state_update AFTER UPDATE ON entities BEGIN"
  "  UPDATE library_state SET value = value + 1 WHERE key = 'aliases'; END;"
  "CREATE TRIGGER entities_state_delete AFTER DELETE ON entities BEGIN"
  "  UPDATE library_state SET value = value + 1 WHERE key = 'aliases'; END;"

  /* Full text: see dossier-fts-tokenizer.c for why our own tokenizer. */
  "CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body,"
  "  content='articles', content_rowid='id', tokenize='dossier');"
  /* Title words weigh more than body words. */
  "INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(8.0, 1.0)');"
  "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN"
  "  INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);"
  " END;"
  "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
  "  INSERT INTO articles_fts (articles_fts, rowid, title, body)"
  "    VALUES ('delete', old.id, old.title, old.body);"
  " END;"
  "CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN"
  "  INSERT INTO articles_fts (articles_fts, rowid, title, body)"
  "    VALUES ('delete', old.id, old.title, old.body);"
  "  INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);"
  " END;"
  "CREATE VIRTUAL TABLE annotations_fts USING fts5 (note,"
  "  content='annotations', content_rowid='id', tokenize='dossier');"
  "CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN"
  "  INSERT INTO annotations_fts (rowid, note) VALUES (new.id, new.note);"
  " END;"
  "CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN"
  "  INSERT INTO annotations_fts (annotations_fts, rowid, note) VALUES ('delete', old.id, old.note);"
  " END;"
  "CREATE TRIGGER annotations_fts_update AFTER UPDATE OF note ON annotations BEGIN"
  "  INSERT INTO annotations_fts (annotations_fts, rowid, note) VALUES ('delete', old.id, old.note);"
  "  INSERT INTO annotations_fts (rowid, note) VALUES (new.id, new.note);"
  " END;";

/* migrations[i] brings the schema from version i to i + 1. New versions
 * are appended; existing entries never change. */
static const char * const migrations[] = {
  schema_v1,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == DOSSIER_LIBRARY_SCHEMA_VERSION);

static gint64
read_version (sqlite3 *db,
              int     *rc)
{
  sqlite3_stmt *stmt = NULL;
  gint64 version = -1;

  *rc = sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
  if (*rc == SQLITE_OK && (*rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      version = sqlite3_column_int64 (stmt, 0);
      *rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  return version;
}

gboolean
_dossier_library_migrate (DossierLibrary *self,
                          sqlite3        *db,
                          const char     *path,
                          gboolean        existed,
                          GError        **error)
{
  gint64 version;
  int rc;

  version = read_version (db, &rc);
  if (rc != SQLITE_OK)
    {
      _dossier_library_set_error (self, error, rc, _("Reading the library version"));
      return FALSE;
    }
  if (version >= DOSSIER_LIBRARY_SCHEMA_VERSION)
    return TRUE;

  if (existed)
    {
      g_autofree char *backup = _dossier_library_backup_db (db, path, version, error);
      if (backup == NULL)
        return FALSE;
      g_info ("Backed up %s to %s before upgrading it", path, backup);
    }

  while (TRUE)
    {
      g_autofree char *set_version = NULL;

      if (!_dossier_library_begin (self, error))
        return FALSE;
      /* Another process may have migrated while we waited for the lock. */
      version = read_version (db, &rc);
      if (rc != SQLITE_OK)
        {
          _dossier_library_set_error (self, error, rc, _("Reading the library version"));
          _dossier_library_rollback (self);
          return FALSE;
        }
      if (version >= DOSSIER_LIBRARY_SCHEMA_VERSION)
        {
          _dossier_library_rollback (self);
          return TRUE;
        }

      set_version = g_strdup_printf ("PRAGMA user_version = %d", (int) version + 1);
      if (!_dossier_library_exec (self, migrations[version], _("Upgrading the library"), error) ||
          !_dossier_library_exec (self, set_version, _("Upgrading the library"), error))
        {
          _dossier_library_rollback (self);
          return FALSE;
        }
      if (!_dossier_library_commit (self, error))
        return FALSE;
    }
}
