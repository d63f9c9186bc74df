/* test-annotation-export-cli.c — annotation exports through dossier-cli and to files
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "annotation-export-fixture.h"
#include "dossier-test-utils.h"

/* ---- To a file on a worker thread ---- */

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static gboolean
export_file_and_wait (const char               *library_dir,
                      DossierAnnotationFormat   format,
                      GFile                    *file,
                      GError                  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  dossier_library_export_annotations_to_file_async (library_dir, format, file, NULL, on_exported, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return dossier_library_export_annotations_to_file_finish (result, error);
}

static void
test_to_file_async (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *expected = export_library (fixture->library, DOSSIER_ANNOTATION_FORMAT_MARKDOWN);
  g_autofree char *path = g_build_filename (fixture->dir, "brief.md", NULL);
  g_autofree char *bad_path = g_build_filename (fixture->dir, "missing", "brief.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;

  g_assert_true (export_file_and_wait (fixture->dir, DOSSIER_ANNOTATION_FORMAT_MARKDOWN, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, NULL, &error));
  g_assert_cmpstr (written, ==, expected);

  g_assert_false (export_file_and_wait (fixture->dir, DOSSIER_ANNOTATION_FORMAT_CSV, bad_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
}

/* ---- The real dossier-cli ---- */

static char *
cli_path (void)
{
  const char *build_dir = g_getenv ("DOSSIER_BUILD_DIR");
  char *path;

  if (build_dir == NULL)
    {
      g_test_skip ("DOSSIER_BUILD_DIR is not set: run through meson test");
      return NULL;
    }
  path = g_build_filename (build_dir, "src", "cli", "dossier-cli", NULL);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_EXECUTABLE));
  return path;
}

static int
run_cli (const char * const  *argv,
         char               **out_stdout,
         char               **out_stderr)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, out_stdout, out_stderr, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  return g_subprocess_get_exit_status (process);
}

static void
test_cli (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *cli = cli_path ();
  const char *names[] = { "w3c", "csv", "markdown" };
  char *expected[G_N_ELEMENTS (names)] = { NULL };

  if (cli == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      DossierAnnotationFormat format;

      g_assert_true (dossier_annotation_format_from_string (names[i], &format));
      expected[i] = export_library (fixture->library, format);
    }
  /* The command opens the library on its own. */
  g_clear_object (&fixture->library);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *output = g_build_filename (fixture->dir, names[i], NULL);
      const char *argv[] = { cli, "--library", fixture->dir, "export", "--format", names[i],
                             "--output", output, NULL };
      const char *stdout_argv[] = { cli, "--library", fixture->dir, "export", "--format", names[i], NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *written = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (run_cli (argv, &out, &err), ==, 0);
      g_assert_cmpstr (out, ==, "");
      g_assert_true (g_file_get_contents (output, &written, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (written, ==, expected[i]);
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);

      g_assert_cmpint (run_cli (stdout_argv, &out, &err), ==, 0);
      g_assert_cmpstr (out, ==, expected[i]);
    }

  {
    const char *argv[] = { cli, "--library", fixture->dir, "export", "--format", "docx", NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (run_cli (argv, &out, &err), ==, 2);
    g_assert_nonnull (strstr (err, "docx"));
  }
  {
    /* A folder that cannot be written names the file and fails with 1. */
    g_autofree char *output = g_build_filename (fixture->dir, "missing", "out.csv", NULL);
    const char *argv[] = { cli, "--library", fixture->dir, "export", "--format", "csv", "--output", output, NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (run_cli (argv, &out, &err), ==, 1);
    g_assert_nonnull (strstr (err, output));
  }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_free (expected[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/annotation-export-cli/to-file-async", Fixture, GINT_TO_POINTER (1), fixture_set_up,
              test_to_file_async, fixture_tear_down);
  g_test_add ("/annotation-export-cli/dossier-cli", Fixture, GINT_TO_POINTER (1), fixture_set_up, test_cli,
              fixture_tear_down);

  return g_test_run ();
}
