/* test-library-failures.c — damaged, newer, read-only, locked and full libraries
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "dossier-error.h"
#include "dossier-library-private.h"
#include "dossier-test-utils.h"

static char *
body_for (guint i,
          gsize length)
{
  GString *s = g_string_new (NULL);
  guint32 x = i * 2654435761u + 1;

  g_string_append_printf (s, "Article %u. ", i);
  while (s->len < length)
    {
      x = x * 1103515245u + 12345u;
      g_string_append (s, (x >> 16) % 3 == 0 ? "出口管制与芯片。" : (x >> 16) % 3 == 1 ? "contrôles des puces " : "export controls ");
    }
  return g_string_free (s, FALSE);
}

static gboolean
add_numbered (DossierLibrary  *library,
              guint            i,
              gsize            length,
              GError         **error)
{
  g_autoptr(DossierArticle) article = dossier_article_new ();
  g_autofree char *body = body_for (i, length);

  dossier_article_set_title (article, "Numbered");
  dossier_article_set_body (article, body);
  return dossier_library_add_article (library, article, NULL, NULL, NULL, error);
}

/* A closed library with @n articles; returns its folder. */
static char *
make_library (guint n,
              gsize length)
{
  char *dir = dossier_test_make_tmpdir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierLibrary) library = dossier_library_open (dir, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (add_numbered (library, i, length, &error));
      g_assert_no_error (error);
    }
  return dir;
}

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
test_corrupt (void)
{
  g_autofree char *dir = make_library (40, 3000);
  g_autofree char *db = g_build_filename (dir, "library.sqlite3", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  FILE *f;
  long size;
  char garbage[8192];

  f = fopen (db, "r+b");
  g_assert_nonnull (f);
  fseek (f, 0, SEEK_END);
  size = ftell (f);
  g_assert_cmpint (size, >, 3 * sizeof garbage);
  for (guint i = 0; i < sizeof garbage; i++)
    garbage[i] = (char) (i * 7 + 13);
  fseek (f, size / 2, SEEK_SET);
  fwrite (garbage, 1, sizeof garbage, f);
  fclose (f);
  before = file_checksum (db);

  library = dossier_library_open (dir, &error);
  g_assert_null (library);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, db));
  g_assert_nonnull (strstr (error->message, "backup"));

  /* Nothing was overwritten. */
  after = file_checksum (db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_newer_version (void)
{
  g_autofree char *dir = make_library (2, 100);
  g_autofree char *db_path = g_build_filename (dir, "library.sqlite3", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = file_checksum (db_path);

  library = dossier_library_open (dir, &error);
  g_assert_null (library);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, db_path));
  g_assert_nonnull (strstr (error->message, "newer version"));
  after = file_checksum (db_path);
  g_assert_cmpstr (before, ==, after);
  /* No backup either: nothing was migrated. */
  {
    g_auto(GStrv) backups = dossier_library_list_backups (dir);
    g_assert_null (backups[0]);
  }
}

/* Runs @func in a child process and returns its exit status; the child
 * drops root first so that permissions apply. */
static int
run_unprivileged (int (*func) (const char *dir),
                  const char *dir)
{
  pid_t pid = fork ();
  int status = 0;

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      if (geteuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
        _exit (90);
      _exit (func (dir));
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static int
child_open_read_only (const char *dir)
{
  g_autoptr(GError) error = NULL;
  DossierLibrary *library = dossier_library_open (dir, &error);

  if (library != NULL)
    return 10;
  if (!g_error_matches (error, DOSSIER_ERROR, DOSSIER_ERROR_READ_ONLY))
    return 11;
  if (strstr (error->message, dir) == NULL)
    return 12;
  return 0;
}

static void
test_read_only (void)
{
  g_autofree char *dir = make_library (3, 200);
  g_autofree char *db = g_build_filename (dir, "library.sqlite3", NULL);
  g_autofree char *parent = dossier_test_make_tmpdir ();
  g_autofree char *inside = g_build_filename (parent, "new-library", NULL);
  g_autofree char *before = file_checksum (db);
  g_autofree char *after = NULL;

  /* An existing library in a folder nobody may write. */
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  g_assert_cmpint (g_chmod (db, 0444), ==, 0);
  g_assert_cmpint (run_unprivileged (child_open_read_only, dir), ==, 0);
  after = file_checksum (db);
  g_assert_cmpstr (before, ==, after);
  g_chmod (db, 0644);
  g_chmod (dir, 0755);

  /* A new library below a read-only folder. */
  g_assert_cmpint (g_chmod (parent, 0555), ==, 0);
  g_assert_cmpint (run_unprivileged (child_open_read_only, inside), ==, 0);
  g_chmod (parent, 0755);
}

static void
test_locked (void)
{
  g_autofree char *dir = make_library (3, 200);
  g_autofree char *db_path = g_build_filename (dir, "library.sqlite3", NULL);
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  int ready[2];
  char byte;
  pid_t pid;
  int status;

  g_assert_cmpint (pipe (ready), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      /* Another program holding the database exclusively. */
      sqlite3 *db = NULL;

      close (ready[0]);
      if (sqlite3_open (db_path, &db) != SQLITE_OK ||
          sqlite3_exec (db, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;"
                            " INSERT INTO tags (name) VALUES ('held')", NULL, NULL, NULL) != SQLITE_OK)
        _exit (1);
      if (write (ready[1], "x", 1) != 1)
        _exit (2);
      pause ();
      _exit (0);
    }
  close (ready[1]);
  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
  close (ready[0]);

  _dossier_library_set_busy_timeout (200);
  library = dossier_library_open (dir, &error);
  g_assert_null (library);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, db_path));
  g_assert_nonnull (strstr (error->message, "another program"));
  g_clear_error (&error);

  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  _dossier_library_set_busy_timeout (5000);

  /* The other program's change was never committed; the library opens. */
  library = dossier_library_open (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dossier_library_count_articles (library), ==, 3);
  g_assert_true (dossier_library_check_integrity (library, &error));
}

static void
test_disk_full_max_page_count (void)
{
  g_autofree char *dir = make_library (1, 100);
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierLibrary) library = dossier_library_open (dir, &error);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 pages = 0;
  guint added = 1;
  guint i;

  g_assert_no_error (error);
  sqlite3_prepare_v2 (_dossier_library_get_db (library), "PRAGMA page_count", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  pages = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sql = g_strdup_printf ("PRAGMA max_page_count = %d", (int) pages + 8);
  g_assert_cmpint (sqlite3_exec (_dossier_library_get_db (library), sql, NULL, NULL, NULL), ==, SQLITE_OK);

  for (i = 1; i < 200; i++)
    {
      if (!add_numbered (library, i, 4000, &error))
        break;
      added++;
    }
  g_assert_cmpuint (i, <, 200);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "full"));
  g_assert_nonnull (strstr (error->message, dossier_library_get_path (library)));
  g_clear_error (&error);

  /* The failed article left nothing behind; the library still works. */
  g_assert_cmpint (dossier_library_count_articles (library), ==, added);
  g_assert_true (dossier_library_check_integrity (library, &error));
  g_assert_no_error (error);
}

static void
test_file_size_limit (void)
{
  g_autofree char *dir = make_library (2, 1000);
  int report[2];
  pid_t pid;
  int status;
  guint32 added = 0;
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (pipe (report), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      /* Writes past 512 KiB fail with EFBIG instead of killing us. */
      struct rlimit limit = { 512 * 1024, 512 * 1024 };
      g_autoptr(DossierLibrary) child_library = NULL;
      g_autoptr(GError) child_error = NULL;
      guint32 ok = 0;

      close (report[0]);
      signal (SIGXFSZ, SIG_IGN);
      if (setrlimit (RLIMIT_FSIZE, &limit) != 0)
        _exit (20);
      child_library = dossier_library_open (dir, &child_error);
      if (child_library == NULL)
        _exit (21);
      for (guint i = 100; i < 1000; i++)
        {
          if (!add_numbered (child_library, i, 20000, &child_error))
            break;
          ok++;
        }
      if (write (report[1], &ok, sizeof ok) != sizeof ok)
        _exit (22);
      if (child_error == NULL)
        _exit (23);
      _exit (child_error->domain == DOSSIER_ERROR && child_error->code == DOSSIER_ERROR_IO ? 0 : 24);
    }
  close (report[1]);
  g_assert_cmpint (read (report[0], &added, sizeof added), ==, sizeof added);
  close (report[0]);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));   /* an error, not a crash */
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);

  library = dossier_library_open (dir, &error);
  g_assert_no_error (error);
  g_assert_true (dossier_library_check_integrity (library, &error));
  g_assert_cmpint (dossier_library_count_articles (library), ==, 2 + added);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/library-failures/corrupt", test_corrupt);
  g_test_add_func ("/library-failures/newer-version", test_newer_version);
  g_test_add_func ("/library-failures/read-only", test_read_only);
  g_test_add_func ("/library-failures/locked", test_locked);
  g_test_add_func ("/library-failures/disk-full", test_disk_full_max_page_count);
  g_test_add_func ("/library-failures/file-size-limit", test_file_size_limit);

  return g_test_run ();
}
