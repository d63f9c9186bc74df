/* dossier-library.h — the library: one SQLite database plus originals/
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "dossier-article.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_LIBRARY (dossier_library_get_type ())

G_DECLARE_FINAL_TYPE (DossierLibrary, dossier_library, DOSSIER, LIBRARY, GObject)

/* The schema version this build writes. */
#define DOSSIER_LIBRARY_SCHEMA_VERSION 1

/* Opens (creating when missing) dir/library.sqlite3 and dir/originals/.
 * Errors: DOSSIER_ERROR_CORRUPT, _NEWER_VERSION, _READ_ONLY, _LOCKED, _IO. */
DossierLibrary *dossier_library_open             (const char      *dir,
                                                  GError         **error);
const char     *dossier_library_get_dir          (DossierLibrary  *self);
/* The database file: dir/library.sqlite3. */
const char     *dossier_library_get_path         (DossierLibrary  *self);

/* Full check of the database file (slow on big libraries). */
gboolean        dossier_library_check_integrity  (DossierLibrary  *self,
                                                  GError         **error);

/* ---- Batches ----
 *
 * Many changes in a row (an import of many files) commit in groups:
 * between dossier_library_begin_batch() and dossier_library_end_batch(),
 * each change is a savepoint of a transaction that
 * dossier_library_commit_batch() commits. A change of a batch is saved
 * only once the batch is committed: tell the user only then. When a
 * commit fails, none of the changes since the last one are saved. */
void            dossier_library_begin_batch      (DossierLibrary  *self);
/* Whether the changes held are enough, or old enough, to commit now. */
gboolean        dossier_library_batch_is_due     (DossierLibrary  *self);
gboolean        dossier_library_commit_batch     (DossierLibrary  *self,
                                                  GError         **error);
/* Commits what is held and leaves batch mode. */
gboolean        dossier_library_end_batch        (DossierLibrary  *self,
                                                  GError         **error);

/* ---- Articles ---- */

/* Adds @article with its analysis @spans (DossierSpan*, may be NULL) as
 * mentions, in one transaction. @original (nullable) is copied to
 * originals/. When an article with the same content hash exists, nothing
 * is written, *@duplicate_of is set to its id and TRUE is returned.
 * On success the article's id, imported time and original path are set. */
gboolean        dossier_library_add_article      (DossierLibrary  *self,
                                                  DossierArticle  *article,
                                                  GPtrArray       *spans,
                                                  GFile           *original,
                                                  gint64          *duplicate_of,
                                                  GError         **error);
/* Full article including the body; NULL with DOSSIER_ERROR_NOT_FOUND. */
DossierArticle *dossier_library_get_article      (DossierLibrary  *self,
                                                  gint64           id,
                                                  GError         **error);
/* Just the body, for views that already hold the metadata. */
char           *dossier_library_get_body         (DossierLibrary  *self,
                                                  gint64           id,
                                                  GError         **error);
gint64          dossier_library_find_by_hash     (DossierLibrary  *self,
                                                  const char      *content_hash);
gboolean        dossier_library_delete_article   (DossierLibrary  *self,
                                                  gint64           id,
                                                  GError         **error);
/* Replaces the mentions of an article (re-analysis), one transaction. */
gboolean        dossier_library_set_mentions     (DossierLibrary  *self,
                                                  gint64           article_id,
                                                  GPtrArray       *spans,
                                                  GError         **error);
/* DossierSpan* sorted by start; entity_name filled from entities. */
GPtrArray      *dossier_library_get_mentions     (DossierLibrary  *self,
                                                  gint64           article_id,
                                                  GError         **error);
gint64          dossier_library_count_articles   (DossierLibrary  *self);

/* ---- Search ---- */

typedef struct
{
  gint64  article_id;
  char   *title;
  char   *snippet;   /* matches wrapped in the caller's markers */
  double  score;     /* higher is better */
} DossierSearchHit;

void            dossier_search_hit_free          (DossierSearchHit *hit);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierSearchHit, dossier_search_hit_free)

/* Searches titles, bodies, annotation notes and entity aliases. Words are
 * ANDed, "double quotes" make a phrase, a word that is an entity alias
 * also matches the entity's other aliases and its mentions.
 * Returns DossierSearchHit*, best first. */
GPtrArray      *dossier_library_search           (DossierLibrary  *self,
                                                  const char      *query,
                                                  const char      *mark_open,
                                                  const char      *mark_close,
                                                  guint            limit,
                                                  GError         **error);

/* ---- Import in a worker thread ---- */

typedef void (*DossierImportProgress) (guint           done,
                                       guint           total,
                                       const char     *file_name,
                                       gint64          article_id,
                                       gboolean        duplicate,
                                       const GError   *error,
                                       gpointer        user_data);

/* Imports @files (GFile*) on a worker thread with its own connection:
 * import, analysis, one transaction per article. @progress runs in the
 * caller's main context after each file. */
void            dossier_library_import_files_async  (DossierLibrary        *self,
                                                     GPtrArray             *files,
                                                     DossierImportProgress  progress,
                                                     gpointer               progress_data,
                                                     GDestroyNotify         progress_destroy,
                                                     GCancellable          *cancellable,
                                                     GAsyncReadyCallback    callback,
                                                     gpointer               user_data);
/* Returns the number of files that failed, or -1 with @error when the
 * whole operation failed (cancelled, library unusable). */
int             dossier_library_import_files_finish (DossierLibrary        *self,
                                                     GAsyncResult          *result,
                                                     GError               **error);

/* Imports one file synchronously (import + analysis + store): returns the
 * new or duplicate id, 0 with @error on failure. */
gint64          dossier_library_import_file      (DossierLibrary  *self,
                                                  GFile           *file,
                                                  const char      *charset,
                                                  const char      *url,
                                                  gboolean        *duplicate,
                                                  DossierArticle **out_article,
                                                  GError         **error);

/* ---- Backups ---- */

/* Backup copies next to the database (library.sqlite3.bak-*), newest
 * first, as absolute paths. Works on a library that does not open. */
GStrv           dossier_library_list_backups     (const char      *dir);
/* Copies the live database to a new backup file and returns its path. */
char           *dossier_library_backup           (DossierLibrary  *self,
                                                  GError         **error);
/* Puts @backup_path in place of the (damaged) database: the current file is
 * renamed to library.sqlite3.damaged-<time>, never deleted. Then opens. */
DossierLibrary *dossier_library_open_backup      (const char      *dir,
                                                  const char      *backup_path,
                                                  GError         **error);

/* ---- JSON backup ---- */

/* The whole library as a deterministic JSON document, the imported
 * originals included (base64, in "originals"). */
gboolean        dossier_library_export_json      (DossierLibrary  *self,
                                                  GOutputStream   *stream,
                                                  GCancellable    *cancellable,
                                                  GError         **error);
/* The same without the originals: a smaller file that restores every
 * table, leaving originals/ empty. */
gboolean        dossier_library_export_json_without_originals (DossierLibrary  *self,
                                                               GOutputStream   *stream,
                                                               GCancellable    *cancellable,
                                                               GError         **error);
/* Restores a document written by export_json into an empty library, in
 * one transaction, the originals it carries written back under
 * originals/; nothing is written when it fails. */
gboolean        dossier_library_restore_json     (DossierLibrary  *self,
                                                  GInputStream    *stream,
                                                  const char      *name_for_errors,
                                                  GCancellable    *cancellable,
                                                  GError         **error);

G_END_DECLS
