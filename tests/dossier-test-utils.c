/* dossier-test-utils.c
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-dates.h"
#include "dossier-test-utils.h"

#include <glib/gstdio.h>
#include <stdlib.h>

static GPtrArray *tmpdirs;

const char *
dossier_test_source_dir (void)
{
  const char *dir = g_getenv ("DOSSIER_SOURCE_DIR");

  g_assert_nonnull (dir);
  return dir;
}

const char *
dossier_test_shared_dir (void)
{
  static char *shared;
  const char *override = g_getenv ("DOSSIER_SHARED_DIR");

  if (shared == NULL)
    {
      if (override != NULL && *override != '\0')
        shared = g_canonicalize_filename (override, NULL);
      else
        shared = g_canonicalize_filename ("../shared", dossier_test_source_dir ());
    }

  if (g_file_test (shared, G_FILE_TEST_IS_DIR))
    return shared;

  if (g_strcmp0 (g_getenv ("DOSSIER_REQUIRE_SHARED"), "1") == 0)
    {
      g_test_fail_printf ("%s is missing but DOSSIER_REQUIRE_SHARED=1", shared);
      return NULL;
    }

  g_test_skip_printf ("%s is absent: seed articles and benchmark data are not available", shared);
  return NULL;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) &&
              !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            remove_tree (child);
          else
            g_unlink (child);
        }
    }
  g_rmdir (path);
}

static void
remove_tmpdirs (void)
{
  for (guint i = 0; tmpdirs != NULL && i < tmpdirs->len; i++)
    {
      const char *path = g_ptr_array_index (tmpdirs, i);

      /* Make read-only test folders removable again. */
      g_chmod (path, 0700);
      remove_tree (path);
    }
  g_clear_pointer (&tmpdirs, g_ptr_array_unref);
}

char *
dossier_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *path = g_dir_make_tmp ("dossier-test-XXXXXX", &error);

  g_assert_no_error (error);
  if (tmpdirs == NULL)
    {
      tmpdirs = g_ptr_array_new_with_free_func (g_free);
      atexit (remove_tmpdirs);
    }
  g_ptr_array_add (tmpdirs, g_strdup (path));
  return path;
}

DossierCatalog *
dossier_test_load_entity_pack (void)
{
  g_autofree char *path = g_build_filename (dossier_test_source_dir (), "tests", "fixtures",
                                            "entities", "test-pack.json", NULL);
  const char *paths[] = { path, NULL };
  g_autoptr(GError) error = NULL;
  DossierCatalog *catalog = dossier_catalog_new_from_files (paths, &error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  return catalog;
}

const DossierSpan *
dossier_test_find_span (GPtrArray  *spans,
                        const char *text)
{
  for (guint i = 0; i < spans->len; i++)
    {
      const DossierSpan *s = g_ptr_array_index (spans, i);

      if (g_strcmp0 (s->text, text) == 0)
        return s;
    }
  return NULL;
}

guint32
dossier_test_julian (int year,
                     int month,
                     int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

void
dossier_test_check_dates (const DossierTestDateCase *cases,
                          gsize                      n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      const DossierTestDateCase *c = &cases[i];
      g_autoptr(GPtrArray) spans = dossier_dates_find (c->text, c->lang, c->ref);
      const DossierSpan *found = NULL;

      g_test_message ("%s %s: %s", c->lang, c->ref ? c->ref : "-", c->text);
      for (guint k = 0; k < spans->len; k++)
        {
          const DossierSpan *s = g_ptr_array_index (spans, k);

          g_test_message ("  found “%s” %s", s->text, s->iso ? s->iso : "-");
          if (g_strcmp0 (s->text, c->span) == 0)
            found = s;
        }
      g_assert_nonnull (found);
      g_assert_true (found->kind == DOSSIER_SPAN_DATE);
      g_assert_cmpstr (found->iso, ==, c->iso);
    }
}

void
dossier_test_check_no_dates (const DossierTestNoDate *texts,
                             gsize                    n_texts,
                             const char              *ref)
{
  for (gsize i = 0; i < n_texts; i++)
    {
      g_autoptr(GPtrArray) spans = dossier_dates_find (texts[i].text, texts[i].lang, ref);

      g_test_message ("%s: %s", texts[i].lang, texts[i].text);
      for (guint k = 0; k < spans->len; k++)
        g_test_message ("  unexpected “%s”", ((DossierSpan *) g_ptr_array_index (spans, k))->text);
      g_assert_cmpuint (spans->len, ==, 0);
    }
}
