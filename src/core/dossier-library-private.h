/* dossier-library-private.h — for core files adding table operations
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "dossier-library.h"

G_BEGIN_DECLS

/* The database file inside the library folder. */
#define DOSSIER_LIBRARY_DB_NAME "library.sqlite3"

sqlite3  *_dossier_library_get_db    (DossierLibrary *self);
/* BEGIN IMMEDIATE; nesting not allowed. */
gboolean  _dossier_library_begin     (DossierLibrary *self,
                                      GError        **error);
gboolean  _dossier_library_commit    (DossierLibrary *self,
                                      GError        **error);
void      _dossier_library_rollback  (DossierLibrary *self);
/* Sets a DOSSIER_ERROR with a message naming the database file and what
 * failed; the code follows @sqlite_rc (corrupt, full, read-only, busy…). */
void      _dossier_library_set_error (DossierLibrary *self,
                                      GError        **error,
                                      int             sqlite_rc,
                                      const char     *what);

/* A cached prepared statement, reset and with bindings cleared. */
sqlite3_stmt *_dossier_library_prepare (DossierLibrary *self,
                                        const char     *sql,
                                        GError        **error);
/* Runs SQL without results; errors name @what. */
gboolean  _dossier_library_exec      (DossierLibrary *self,
                                      const char     *sql,
                                      const char     *what,
                                      GError        **error);
/* Steps a statement that returns no rows and resets it; errors name @what. */
gboolean  _dossier_library_step_done (DossierLibrary *self,
                                      sqlite3_stmt   *stmt,
                                      const char     *what,
                                      GError        **error);
/* Resets @stmt after its rows were read, @rc being the last step's
 * result; errors name @what. */
gboolean  _dossier_library_end_rows  (DossierLibrary *self,
                                      sqlite3_stmt   *stmt,
                                      int             rc,
                                      const char     *what,
                                      GError        **error);
gboolean  _dossier_library_in_transaction (DossierLibrary *self);
/* A file written for the current change: removed if its batch is not
 * saved after all. */
void      _dossier_library_batch_add_file (DossierLibrary *self,
                                           const char     *path);

/* Tests only: busy timeout applied to libraries opened afterwards. */
void      _dossier_library_set_busy_timeout (guint milliseconds);

/* dossier-library-schema.c */
gboolean  _dossier_library_migrate   (DossierLibrary *self,
                                      sqlite3        *db,
                                      const char     *path,
                                      gboolean        existed,
                                      GError        **error);
/* Copies the database to library.sqlite3.bak-v<version>-<time>; returns the path. */
/* Sets @error for an SQLite failure on the database at @path: what the
 * user can do about it, then SQLite's own words. */
void      _dossier_library_set_error_for_path (GError     **error,
                                               const char  *path,
                                               sqlite3     *db,
                                               int          rc,
                                               const char  *what);
char     *_dossier_library_backup_db (sqlite3        *db,
                                      const char     *path,
                                      gint64          version,
                                      GError        **error);
/* dossier-fts-tokenizer.c: registers the "dossier" FTS5 tokenizer and
 * the ranking function of dossier-library-rank.c. */
int       _dossier_fts_register      (sqlite3        *db);

/* Appends @text as an FTS5 "phrase", quotes doubled. */
void      _dossier_fts_append_phrase (GString        *out,
                                      const char     *text);

/* The tokens FTS5 looks up for a "phrase" of a query, to tell phrases
 * that find the same thing ("NVIDIA", "Nvidia") apart from others. */
typedef struct _DossierFtsQueryTokenizer DossierFtsQueryTokenizer;
DossierFtsQueryTokenizer *_dossier_fts_query_tokenizer_new  (sqlite3                  *db);
void                      _dossier_fts_query_tokenizer_free (DossierFtsQueryTokenizer *self);
/* The tokens of @text read as a phrase, separated by U+001F; "" when
 * there are none. */
char                     *_dossier_fts_query_tokens         (DossierFtsQueryTokenizer *self,
                                                             const char               *text);

/* dossier-library-search.c: the error of a failed search. */
void      _dossier_library_search_error (DossierLibrary  *self,
                                         GError         **error,
                                         int              sqlite_rc);
/* _dossier_library_end_rows() with the search's error message. */
gboolean  _dossier_library_search_end_rows (DossierLibrary  *self,
                                            sqlite3_stmt    *stmt,
                                            int              rc,
                                            GError         **error);

/* dossier-library-docsize.c: sets @lengths to the length in tokens of
 * each of the @n rows of articles_fts in @rowids (in rowid order), the
 * table having @n_rows rows. */
gboolean  _dossier_library_row_lengths  (DossierLibrary  *self,
                                         const gint64    *rowids,
                                         guint            n,
                                         gint64           n_rows,
                                         guint32         *lengths,
                                         GError         **error);

/* dossier-library-rank.c */
typedef struct
{
  gint64  rowid;
  double  score;     /* -bm25(8.0, 1.0): higher is better */
  guint64 phrases;   /* bit i: phrase i of the expression is in the row (all bits past 64 phrases) */
} DossierRankedRow;

int       _dossier_fts_register_rank (sqlite3        *db,
                                      fts5_api       *api);
/* The @limit best articles_fts rows for the FTS5 expression @match:
 * @phrases (texts of FTS5 phrases, in the expression's order) ORed
 * within a group and the groups ANDed, @groups giving each phrase's
 * group. Best first, with the scores of FTS5's "rank". */
GArray   *_dossier_library_rank_articles (DossierLibrary  *self,
                                          GPtrArray       *phrases,
                                          const guint     *groups,
                                          const char      *match,
                                          guint            limit,
                                          GError         **error);
/* Case-, width- and accent-insensitive key for alias matching. */
char     *_dossier_fold              (const char     *text);

/* Metadata columns read by _dossier_article_from_stmt(), in this order. */
#define DOSSIER_ARTICLE_COLUMNS "id, title, source, url, published, lang, original_path, imported"
#define DOSSIER_ARTICLE_N_COLUMNS 8
/* A DossierArticle without its body from the current row of @stmt,
 * whose first columns are DOSSIER_ARTICLE_COLUMNS. */
DossierArticle *_dossier_article_from_stmt (sqlite3_stmt *stmt);

/* Binds a UTF-8 string or NULL. */
void      _dossier_bind_text         (sqlite3_stmt   *stmt,
                                      int             index,
                                      const char     *text);

G_END_DECLS
