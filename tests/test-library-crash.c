/* test-library-crash.c — SIGKILL during imports loses no committed article
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A child process imports articles and writes each id to a pipe once its
 * transaction has committed; the parent kills it at a random moment, then
 * reopens the library. The same with commits grouped as dossier-cli
 * import groups them: ids are written once their batch is committed. A
 * few trials run by default; set DOSSIER_LONG_TESTS=1 for 60.
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dossier-error.h"
#include "dossier-library-private.h"
#include "dossier-span.h"
#include "dossier-test-utils.h"

static const char * const words[] = {
  "export", "controls", "chips", "Nvidia", "Commerce", "licence", "Gulf", "data", "centre",
  "出口", "管制", "芯片", "英伟达", "商务部", "人工智能", "数据中心",
  "contrôles", "puces", "exportation", "Sénat", "règles",
};

static DossierArticle *
random_article (GRand *rand,
                guint  n)
{
  DossierArticle *article = dossier_article_new ();
  GString *body = g_string_new (NULL);
  guint length = g_rand_int_range (rand, 500, 6000);
  g_autofree char *title = g_strdup_printf ("Crash test %u", n);

  g_string_append_printf (body, "Article %u %u. ", n, g_rand_int (rand));
  while (body->len < length)
    {
      g_string_append (body, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      g_string_append_c (body, g_rand_int_range (rand, 0, 12) == 0 ? '\n' : ' ');
    }
  dossier_article_set_title (article, title);
  dossier_article_set_body (article, body->str);
  dossier_article_set_lang (article, "en");
  g_string_free (body, TRUE);
  return article;
}

static void
child_import (const char *dir,
              int         out,
              guint32     seed,
              gboolean    batch)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierLibrary) library = dossier_library_open (dir, &error);
  g_autoptr(GArray) pending = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (library == NULL)
    _exit (3);
  if (batch)
    dossier_library_begin_batch (library);
  for (guint n = 0; ; n++)
    {
      g_autoptr(DossierArticle) article = random_article (rand, n);
      g_autoptr(GPtrArray) spans = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
      gint64 id;

      for (guint s = 0; s < 20; s++)
        g_ptr_array_add (spans, dossier_span_new (DOSSIER_SPAN_ORGANIZATION, s * 10, s * 10 + 5, "x"));
      if (!dossier_library_add_article (library, article, spans, NULL, NULL, &error))
        _exit (4);
      id = dossier_article_get_id (article);
      g_array_append_val (pending, id);
      if (batch && !dossier_library_batch_is_due (library))
        continue;
      if (batch && !dossier_library_commit_batch (library, &error))
        _exit (6);
      /* Reported only after the commit returned. */
      for (guint i = 0; i < pending->len; i++)
        if (write (out, &g_array_index (pending, gint64, i), sizeof id) != sizeof id)
          _exit (5);
      g_array_set_size (pending, 0);
    }
}

static void
run_trial (const char *dir,
           GRand      *rand,
           GArray     *reported,
           gboolean    batch)
{
  int fds[2];
  pid_t pid;
  int status;
  gint64 delay_ms = g_rand_int_range (rand, 0, 400);
  gint64 deadline;
  gint64 id;
  guint32 seed = g_rand_int (rand);

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (fds[0]);
      child_import (dir, fds[1], seed, batch);
      _exit (0);
    }
  close (fds[1]);

  /* Wait for the first commit (slow under sanitizers), then kill at a
   * random moment among the following ones. */
  {
    struct pollfd p = { fds[0], POLLIN, 0 };

    g_assert_cmpint (poll (&p, 1, 60000), ==, 1);
    g_assert_cmpint (read (fds[0], &id, sizeof id), ==, sizeof id);
    g_array_append_val (reported, id);
  }
  deadline = g_get_monotonic_time () + delay_ms * 1000;
  while (g_get_monotonic_time () < deadline)
    {
      struct pollfd p = { fds[0], POLLIN, 0 };
      int left = (int) ((deadline - g_get_monotonic_time ()) / 1000);

      if (poll (&p, 1, MAX (left, 0)) > 0 && read (fds[0], &id, sizeof id) == sizeof id)
        g_array_append_val (reported, id);
    }
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));   /* it was still importing */

  /* Ids already in the pipe were committed before the kill. */
  while (read (fds[0], &id, sizeof id) == sizeof id)
    g_array_append_val (reported, id);
  close (fds[0]);
}

static void
test_kill_during_import (gconstpointer data)
{
  gboolean batch = GPOINTER_TO_INT (data);
  g_autofree char *dir = dossier_test_make_tmpdir ();
  g_autoptr(GRand) rand = g_rand_new ();
  g_autoptr(GArray) reported = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint trials = g_strcmp0 (g_getenv ("DOSSIER_LONG_TESTS"), "1") == 0 ? 60 : 4;

  g_test_message ("seed for this run: %u", g_rand_int (rand));
  for (guint t = 0; t < trials; t++)
    {
      g_autoptr(DossierLibrary) library = NULL;
      g_autoptr(GError) error = NULL;
      guint before = reported->len;

      run_trial (dir, rand, reported, batch);
      g_test_message ("trial %u: %u articles reported", t, reported->len - before);

      library = dossier_library_open (dir, &error);
      g_assert_no_error (error);
      g_assert_true (dossier_library_check_integrity (library, &error));
      g_assert_no_error (error);
      for (guint i = 0; i < reported->len; i++)
        {
          gint64 id = g_array_index (reported, gint64, i);
          g_autoptr(DossierArticle) article = dossier_library_get_article (library, id, &error);
          g_autoptr(GPtrArray) spans = NULL;

          g_assert_no_error (error);
          g_assert_nonnull (article);
          /* The article and its mentions were one transaction. */
          spans = dossier_library_get_mentions (library, id, &error);
          g_assert_cmpuint (spans->len, ==, 20);
        }
      /* The full-text index agrees with the table. */
      {
        sqlite3_stmt *stmt = NULL;
        sqlite3_prepare_v2 (_dossier_library_get_db (library),
                            "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')", -1, &stmt, NULL);
        g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
        sqlite3_finalize (stmt);
      }
    }
  g_assert_cmpuint (reported->len, >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/library-crash/kill-during-import", GINT_TO_POINTER (FALSE), test_kill_during_import);
  g_test_add_data_func ("/library-crash/kill-during-batch-import", GINT_TO_POINTER (TRUE), test_kill_during_import);

  return g_test_run ();
}
