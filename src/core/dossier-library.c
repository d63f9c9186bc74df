/* dossier-library.c — connection, errors, transactions, backups
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "dossier-error.h"
#include "dossier-library-private.h"


/* Below this size the open runs a quick check, so damage is reported
 * right away; bigger libraries are checked on demand. */
#define QUICK_CHECK_MAX_PAGES 4096

/* A batch is worth committing after this many changes or this long:
 * fewer, bigger commits write much less (see bench/README.md), and what
 * a crash can lose is never more than this, none of it reported saved. */
#define BATCH_MAX_CHANGES 100
#define BATCH_MAX_USEC    (250 * 1000)

/* A batch that brought at least this many articles, and a quarter of the
 * library, ends by merging the full-text index into one segment. */
#define OPTIMIZE_MIN_ARTICLES 1000

struct _DossierLibrary
{
  GObject     parent_instance;

  char       *dir;
  char       *path;
  sqlite3    *db;
  GHashTable *statements;   /* SQL text → sqlite3_stmt* */
  gboolean    in_transaction;
  gboolean    opened;         /* fully opened: safe to write on close */

  /* dossier_library_begin_batch(): changes are savepoints of one
   * transaction, committed by dossier_library_commit_batch(). */
  gboolean    batch;
  gboolean    batch_open;       /* its transaction is started */
  guint       batch_changes;    /* changes released into it */
  gint64      batch_started;    /* monotonic time its transaction began */
  int         batch_lost_rc;    /* SQLite rolled it all back after this error */
  gint64      batch_first_count;  /* articles when the batch began */
  GPtrArray  *batch_files;      /* files written for its changes */
};

G_DEFINE_FINAL_TYPE (DossierLibrary, dossier_library, G_TYPE_OBJECT)

static guint busy_timeout_ms = 5000;

static void
dossier_library_finalize (GObject *object)
{
  DossierLibrary *self = (DossierLibrary *) object;

  /* Changes of a batch nobody committed are still the user's changes. */
  if (self->batch_open && !self->in_transaction)
    dossier_library_commit_batch (self, NULL);
  g_clear_pointer (&self->batch_files, g_ptr_array_unref);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      /* Cheap, and keeps query plans good as the library grows. Never
       * on a file that failed to open: it must stay untouched. */
      if (self->opened)
        sqlite3_exec (self->db, "PRAGMA optimize", NULL, NULL, NULL);
      sqlite3_close_v2 (self->db);
    }
  g_clear_pointer (&self->dir, g_free);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (dossier_library_parent_class)->finalize (object);
}

static void
dossier_library_class_init (DossierLibraryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dossier_library_finalize;
}

static void
dossier_library_init (DossierLibrary *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
}

void
_dossier_library_set_busy_timeout (guint milliseconds)
{
  busy_timeout_ms = milliseconds;
}

void
_dossier_library_set_error_for_path (GError     **error,
                                     const char  *path,
                                     sqlite3     *db,
                                     int          rc,
                                     const char  *what)
{
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_CORRUPT,
                   _("The library database %s is damaged (%s: %s). Open its last backup "
                     "or restore a JSON export; the damaged file is kept as it is."),
                   path, what, detail);
      break;
    case SQLITE_FULL:
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_IO,
                   _("%s failed: the disk holding %s is full. Free some space and try "
                     "again; nothing was changed."), what, path);
      break;
    case SQLITE_IOERR:
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_IO,
                   _("%s failed: input/output error on %s (%s). Check the disk and free "
                     "space, then try again; nothing was changed."), what, path, detail);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_READ_ONLY,
                   _("%s failed: the library %s cannot be written (%s). Check the "
                     "permissions of its folder, or use another folder with --library."),
                   what, path, detail);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_LOCKED,
                   _("%s failed: the library %s is in use by another program. Close the "
                     "other Dossier window or dossier-cli command and try again."),
                   what, path);
      break;
    case SQLITE_INTERRUPT:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                   _("%s was cancelled."), what);
      break;
    default:
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_FAILED,
                   _("%s failed on %s: %s"), what, path, detail);
      break;
    }
}

void
_dossier_library_set_error (DossierLibrary *self,
                            GError        **error,
                            int             sqlite_rc,
                            const char     *what)
{
  _dossier_library_set_error_for_path (error, self->path, self->db, sqlite_rc, what);
}

sqlite3 *
_dossier_library_get_db (DossierLibrary *self)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  return self->db;
}

sqlite3_stmt *
_dossier_library_prepare (DossierLibrary *self,
                          const char     *sql,
                          GError        **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _dossier_library_set_error (self, error, rc, _("Reading the library"));
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
_dossier_library_exec (DossierLibrary *self,
                       const char     *sql,
                       const char     *what,
                       GError        **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _dossier_library_set_error (self, error, rc, what);
      return FALSE;
    }
  return TRUE;
}

gboolean
_dossier_library_step_done (DossierLibrary *self,
                            sqlite3_stmt   *stmt,
                            const char     *what,
                            GError        **error)
{
  int rc = sqlite3_step (stmt);

  return _dossier_library_end_rows (self, stmt, rc, what, error);
}

gboolean
_dossier_library_end_rows (DossierLibrary *self,
                           sqlite3_stmt   *stmt,
                           int             rc,
                           const char     *what,
                           GError        **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _dossier_library_set_error (self, error, rc, what);
      return FALSE;
    }
  return TRUE;
}

void
_dossier_bind_text (sqlite3_stmt *stmt,
                    int           index,
                    const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

gboolean
_dossier_library_in_transaction (DossierLibrary *self)
{
  return self->in_transaction;
}

gboolean
_dossier_library_begin (DossierLibrary *self,
                        GError        **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);

  if (self->in_transaction)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_FAILED,
                   _("Internal error: a change to %s started while another was in progress."),
                   self->path);
      return FALSE;
    }
  if (self->batch)
    {
      if (!self->batch_open)
        {
          if (!_dossier_library_exec (self, "BEGIN IMMEDIATE", _("Starting a change"), error))
            return FALSE;
          self->batch_open = TRUE;
          self->batch_started = g_get_monotonic_time ();
        }
      if (!_dossier_library_exec (self, "SAVEPOINT change", _("Starting a change"), error))
        return FALSE;
      self->in_transaction = TRUE;
      return TRUE;
    }
  if (!_dossier_library_exec (self, "BEGIN IMMEDIATE", _("Starting a change"), error))
    return FALSE;
  self->in_transaction = TRUE;
  return TRUE;
}

gboolean
_dossier_library_commit (DossierLibrary *self,
                         GError        **error)
{
  int rc;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (self->in_transaction, FALSE);

  rc = sqlite3_exec (self->db, self->batch ? "RELEASE change" : "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      _dossier_library_set_error (self, error, rc, _("Saving the change"));
      _dossier_library_rollback (self);
      return FALSE;
    }
  self->in_transaction = FALSE;
  if (self->batch)
    self->batch_changes++;
  return TRUE;
}

void
_dossier_library_rollback (DossierLibrary *self)
{
  g_return_if_fail (DOSSIER_IS_LIBRARY (self));

  /* Search keeps row lengths until the database changes; a rollback
   * changes it back without counting as a change. */
  g_object_set_data (G_OBJECT (self), "dossier-docsize-cache", NULL);

  if (self->batch && self->batch_open && self->in_transaction)
    {
      int rc = sqlite3_exec (self->db, "ROLLBACK TO change; RELEASE change", NULL, NULL, NULL);

      /* After some errors (disk full, I/O) SQLite rolls the whole
       * transaction back: the batch's earlier changes are gone too. */
      if (sqlite3_get_autocommit (self->db))
        {
          self->batch_open = FALSE;
          self->batch_lost_rc = rc != SQLITE_OK ? rc : SQLITE_ABORT;
        }
      self->in_transaction = FALSE;
      return;
    }
  if (!sqlite3_get_autocommit (self->db) && !self->batch_open)
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->in_transaction = FALSE;
}

void
_dossier_library_batch_add_file (DossierLibrary *self,
                                 const char     *path)
{
  if (!self->batch)
    return;
  if (self->batch_files == NULL)
    self->batch_files = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->batch_files, g_strdup (path));
}

static void
remove_batch_files (DossierLibrary *self)
{
  for (guint i = 0; self->batch_files != NULL && i < self->batch_files->len; i++)
    g_unlink (g_ptr_array_index (self->batch_files, i));
  g_clear_pointer (&self->batch_files, g_ptr_array_unref);
}

void
dossier_library_begin_batch (DossierLibrary *self)
{
  g_return_if_fail (DOSSIER_IS_LIBRARY (self));
  g_return_if_fail (!self->batch && !self->in_transaction);

  self->batch = TRUE;
  self->batch_open = FALSE;
  self->batch_changes = 0;
  self->batch_lost_rc = SQLITE_OK;
  self->batch_first_count = dossier_library_count_articles (self);
}

gboolean
dossier_library_batch_is_due (DossierLibrary *self)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);

  return self->batch_open &&
         (self->batch_changes >= BATCH_MAX_CHANGES ||
          g_get_monotonic_time () - self->batch_started >= BATCH_MAX_USEC);
}

gboolean
dossier_library_commit_batch (DossierLibrary  *self,
                              GError         **error)
{
  int rc;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (!self->in_transaction, FALSE);

  if (self->batch_lost_rc != SQLITE_OK)
    {
      _dossier_library_set_error (self, error, self->batch_lost_rc, _("Saving the change"));
      self->batch_lost_rc = SQLITE_OK;
      remove_batch_files (self);
      return FALSE;
    }
  if (!self->batch_open)
    return TRUE;

  rc = sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
  self->batch_open = FALSE;
  self->batch_changes = 0;
  if (rc != SQLITE_OK)
    {
      _dossier_library_set_error (self, error, rc, _("Saving the change"));
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      g_object_set_data (G_OBJECT (self), "dossier-docsize-cache", NULL);
      remove_batch_files (self);
      return FALSE;
    }
  g_clear_pointer (&self->batch_files, g_ptr_array_unref);
  return TRUE;
}

gboolean
dossier_library_end_batch (DossierLibrary  *self,
                           GError         **error)
{
  gboolean ok;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (self->batch, FALSE);

  ok = dossier_library_commit_batch (self, error);
  self->batch = FALSE;
  if (ok)
    {
      gint64 total = dossier_library_count_articles (self);
      gint64 added = total - self->batch_first_count;

      /* Imported one article at a time, the index is a stack of
       * segments that every term lookup visits; after a large import
       * (an archive brought in) one merged segment makes searches
       * cheaper. Cost: one rewrite of the index (about 10 s for 100,000
       * articles); a failure leaves the index as it was. */
      if (added >= OPTIMIZE_MIN_ARTICLES && added * 4 >= total)
        sqlite3_exec (self->db, "INSERT INTO articles_fts (articles_fts) VALUES ('optimize')", NULL, NULL, NULL);
    }
  return ok;
}

static gboolean
pragma_int (sqlite3     *db,
            const char  *sql,
            gint64      *value,
            int         *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  *rc_out = rc;
  return rc == SQLITE_OK;
}

static gboolean
quick_check (sqlite3     *db,
             const char  *path,
             const char  *pragma,
             GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, pragma, -1, &stmt, NULL);
  g_autofree char *problem = NULL;

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          const char *result = (const char *) sqlite3_column_text (stmt, 0);
          if (g_strcmp0 (result, "ok") != 0)
            problem = g_strdup (result != NULL ? result : "?");
          rc = SQLITE_OK;
        }
    }
  if (rc != SQLITE_OK)
    _dossier_library_set_error_for_path (error, path, db, rc, _("Checking the library"));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    return FALSE;

  if (problem != NULL)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_CORRUPT,
                   _("The library database %s is damaged (%s). Open its last backup "
                     "or restore a JSON export; the damaged file is kept as it is."),
                   path, problem);
      return FALSE;
    }
  return TRUE;
}

gboolean
dossier_library_check_integrity (DossierLibrary  *self,
                                 GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), FALSE);
  return quick_check (self->db, self->path, "PRAGMA integrity_check(1)", error);
}

static void
fold_func (sqlite3_context *context,
           int              argc,
           sqlite3_value  **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  char *folded;

  if (text == NULL)
    {
      sqlite3_result_null (context);
      return;
    }
  folded = _dossier_fold (text);
  sqlite3_result_text (context, folded, -1, g_free);
}

static gboolean
ensure_dir (const char  *dir,
            GError     **error)
{
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, DOSSIER_ERROR,
                   saved == EACCES || saved == EROFS || saved == EPERM
                   ? DOSSIER_ERROR_READ_ONLY : DOSSIER_ERROR_IO,
                   _("Could not create the library folder %s: %s. Check its permissions "
                     "or choose another folder with --library."),
                   dir, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

DossierLibrary *
dossier_library_open (const char  *dir,
                      GError     **error)
{
  g_autoptr(DossierLibrary) self = NULL;
  g_autofree char *originals = NULL;
  gboolean existed;
  gint64 version = 0;
  gint64 pages = 0;
  int rc;

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!ensure_dir (dir, error))
    return NULL;

  self = g_object_new (DOSSIER_TYPE_LIBRARY, NULL);
  self->dir = g_canonicalize_filename (dir, NULL);
  self->path = g_build_filename (self->dir, DOSSIER_LIBRARY_DB_NAME, NULL);
  existed = g_file_test (self->path, G_FILE_TEST_EXISTS);

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      _dossier_library_set_error_for_path (error, self->path, self->db, rc, _("Opening the library"));
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, busy_timeout_ms);
  _dossier_fts_register (self->db);
  sqlite3_create_function (self->db, "dossier_fold", 1,
                           SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                           NULL, fold_func, NULL, NULL);

  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      _dossier_library_set_error_for_path (error, self->path, self->db, SQLITE_READONLY, _("Opening the library"));
      return NULL;
    }

  /* Read the version before anything writes: a newer or damaged file must
   * stay exactly as it is. */
  if (!pragma_int (self->db, "PRAGMA user_version", &version, &rc))
    {
      _dossier_library_set_error_for_path (error, self->path, self->db, rc, _("Opening the library"));
      return NULL;
    }
  if (version > DOSSIER_LIBRARY_SCHEMA_VERSION)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NEWER_VERSION,
                   _("The library %s was written by a newer version of Dossier (library "
                     "format %d; this version knows up to %d). Update Dossier to open it; "
                     "the file was not changed."),
                   self->path, (int) version, DOSSIER_LIBRARY_SCHEMA_VERSION);
      return NULL;
    }

  if (!pragma_int (self->db, "PRAGMA page_count", &pages, &rc))
    {
      _dossier_library_set_error_for_path (error, self->path, self->db, rc, _("Opening the library"));
      return NULL;
    }
  if (existed && pages > 0 && pages <= QUICK_CHECK_MAX_PAGES &&
      !quick_check (self->db, self->path, "PRAGMA quick_check(1)", error))
    return NULL;

  if (!_dossier_library_exec (self, "PRAGMA journal_mode=WAL", _("Opening the library"), error) ||
      /* synchronous=NORMAL: with WAL, a commit survives the process being
       * killed; only a power cut can lose the last commits, never
       * consistency. Memory-mapped reads spare a system call per page,
       * which full-text queries read many of; the map is capped so that
       * the resident size stays small. Temporary tables of a query (a
       * UNION, a sort) stay in memory instead of opening a file. */
      !_dossier_library_exec (self, "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;"
                              " PRAGMA cache_size=-16000; PRAGMA mmap_size=67108864;"
                              " PRAGMA temp_store=MEMORY",
                              _("Opening the library"), error))
    return NULL;

  if (!_dossier_library_migrate (self, self->db, self->path, existed && pages > 0, error))
    return NULL;

  originals = g_build_filename (self->dir, "originals", NULL);
  if (!ensure_dir (originals, error))
    return NULL;

  self->opened = TRUE;
  return g_steal_pointer (&self);
}

const char *
dossier_library_get_dir (DossierLibrary *self)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  return self->dir;
}

const char *
dossier_library_get_path (DossierLibrary *self)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  return self->path;
}

char *
dossier_library_backup (DossierLibrary  *self,
                        GError         **error)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (!self->in_transaction, NULL);

  return _dossier_library_backup_db (self->db, self->path, DOSSIER_LIBRARY_SCHEMA_VERSION, error);
}
