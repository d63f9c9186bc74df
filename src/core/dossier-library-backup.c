/* dossier-library-backup.c — copies of the database made before risky changes,
 * and opening the newest one when the library is damaged
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

#define BACKUP_INFIX ".bak-"

static int
compare_backup_names (gconstpointer a,
                      gconstpointer b)
{
  const char *na = *(const char * const *) a;
  const char *nb = *(const char * const *) b;
  /* The timestamp follows the last "-v<N>-"; compare from there. */
  const char *ta = strrchr (na, 'v');
  const char *tb = strrchr (nb, 'v');
  const char *da = ta ? strchr (ta, '-') : NULL;
  const char *db = tb ? strchr (tb, '-') : NULL;
  int c = g_strcmp0 (db ? db : nb, da ? da : na);

  return c != 0 ? c : g_strcmp0 (nb, na);
}

GStrv
dossier_library_list_backups (const char *dir)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_return_val_if_fail (dir != NULL, NULL);

  d = g_dir_open (dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      if (g_str_has_prefix (name, DOSSIER_LIBRARY_DB_NAME BACKUP_INFIX) &&
          !g_str_has_suffix (name, "-wal") && !g_str_has_suffix (name, "-shm"))
        g_ptr_array_add (names, g_build_filename (dir, name, NULL));
    }
  g_ptr_array_sort (names, compare_backup_names);
  g_ptr_array_add (names, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

static char *
new_backup_path (const char *dir,
                 gint64      version)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%SZ");

  for (guint n = 1; ; n++)
    {
      g_autofree char *name = n == 1
        ? g_strdup_printf (DOSSIER_LIBRARY_DB_NAME BACKUP_INFIX "v%d-%s", (int) version, stamp)
        : g_strdup_printf (DOSSIER_LIBRARY_DB_NAME BACKUP_INFIX "v%d-%s.%u", (int) version, stamp, n);
      char *path = g_build_filename (dir, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return path;
      g_free (path);
    }
}

/* Used by migrations too: a consistent copy through VACUUM INTO. */
static char *
backup_db (sqlite3     *db,
           const char  *path,
           const char  *dir,
           gint64       version,
           GError     **error)
{
  g_autofree char *target = new_backup_path (dir, version);
  g_autofree char *sql = sqlite3_mprintf ("VACUUM INTO %Q", target);
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  /* sqlite3_mprintf memory must go back to sqlite3_free. */
  sqlite3_free (g_steal_pointer (&sql));
  if (rc != SQLITE_OK)
    {
      _dossier_library_set_error_for_path (error, path, db, rc, _("Making a backup copy"));
      g_unlink (target);
      return NULL;
    }
  return g_steal_pointer (&target);
}

char *
_dossier_library_backup_db (sqlite3     *db,
                            const char  *path,
                            gint64       version,
                            GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  return backup_db (db, path, dir, version, error);
}


static gboolean
move_aside (const char  *from,
            const char  *to,
            GError     **error)
{
  if (!g_file_test (from, G_FILE_TEST_EXISTS))
    return TRUE;
  if (g_file_test (to, G_FILE_TEST_EXISTS) || g_rename (from, to) != 0)
    {
      int saved = errno;
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_IO,
                   _("Could not move %s aside to %s: %s. Nothing was replaced."),
                   from, to, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

DossierLibrary *
dossier_library_open_backup (const char  *dir,
                             const char  *backup_path,
                             GError     **error)
{
  g_autofree char *path = g_build_filename (dir, DOSSIER_LIBRARY_DB_NAME, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%SZ");
  g_autofree char *aside = g_strdup_printf ("%s.damaged-%s", path, stamp);
  g_autoptr(GFile) src = NULL;
  g_autoptr(GFile) dst = NULL;
  const char *suffixes[] = { "", "-wal", "-shm" };

  g_return_val_if_fail (dir != NULL && backup_path != NULL, NULL);

  if (!g_file_test (backup_path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND,
                   _("The backup %s does not exist."), backup_path);
      return NULL;
    }
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (aside, suffixes[i], NULL);
      if (!move_aside (from, to, error))
        return NULL;
    }

  src = g_file_new_for_path (backup_path);
  dst = g_file_new_for_path (path);
  if (!g_file_copy (src, dst, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
    return NULL;
  return dossier_library_open (dir, error);
}
