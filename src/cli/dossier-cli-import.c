/* dossier-cli-import.c — dossier-cli import FILE…
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "dossier-cli-library.h"

/* One output line per file, whatever the title holds. */
static char *
one_line (const char *title)
{
  return g_strdelimit (g_strdup (title != NULL ? title : ""), "\r\n\t", ' ');
}

/* Commits the batch, then prints the lines of its articles; when the
 * commit fails, each of their files gets an error line instead. */
static gboolean
print_committed (DossierLibrary *library,
                 GPtrArray      *lines,
                 GPtrArray      *names)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = dossier_library_commit_batch (library, &error);

  for (guint i = 0; i < lines->len; i++)
    {
      if (ok)
        fputs (g_ptr_array_index (lines, i), stdout);
      else
        dossier_cli_print_error (g_ptr_array_index (names, i), error->message);
    }
  fflush (stdout);
  g_ptr_array_set_size (lines, 0);
  g_ptr_array_set_size (names, 0);
  return ok;
}

int
dossier_cli_import (DossierCliContext *ctx,
                    int                argc,
                    char             **argv)
{
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(GPtrArray) lines = NULL;   /* to print once committed */
  g_autoptr(GPtrArray) names = NULL;   /* their files */
  g_autofree char *charset = NULL;
  GOptionEntry entries[] = {
    { "charset", 0, 0, G_OPTION_ARG_STRING, &charset,
      N_("Read the files in this character set, whatever they declare"), N_("NAME") },
    { NULL }
  };
  int status = DOSSIER_CLI_OK;

  if (!dossier_cli_parse_options (ctx, "import", _("FILE…"),
                                  _("Imports and analyses articles into the library, one line per file."),
                                  entries, &argc, &argv))
    return DOSSIER_CLI_USAGE;
  if (argc < 2)
    {
      fprintf (stderr, _("dossier-cli import: give at least one FILE.\n"));
      return DOSSIER_CLI_USAGE;
    }

  library = dossier_cli_open_library (ctx);
  if (library == NULL)
    return DOSSIER_CLI_SOME_FAILED;

  /* Articles are committed in groups; each line is printed once its
   * article is committed, so a line never claims more than is saved. */
  dossier_library_begin_batch (library);
  lines = g_ptr_array_new_with_free_func (g_free);
  names = g_ptr_array_new_with_free_func (g_free);
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(DossierArticle) article = NULL;
      g_autoptr(GError) error = NULL;
      gboolean duplicate = FALSE;
      gint64 id;

      id = dossier_library_import_file (library, file, charset, NULL, &duplicate, &article, &error);
      if (id == 0)
        {
          dossier_cli_print_error (argv[i], error->message);
          status = DOSSIER_CLI_SOME_FAILED;
        }
      else if (duplicate)
        {
          /* Show the title under which the library already holds it. */
          g_autoptr(DossierArticle) stored = dossier_library_get_article (library, id, NULL);
          g_autofree char *title = one_line (dossier_article_get_title (stored != NULL ? stored : article));
          g_ptr_array_add (lines, g_strdup_printf ("duplicate %" G_GINT64_FORMAT " %s\n", id, title));
          g_ptr_array_add (names, g_strdup (argv[i]));
        }
      else
        {
          g_autofree char *title = one_line (dossier_article_get_title (article));
          g_ptr_array_add (lines, g_strdup_printf ("imported %" G_GINT64_FORMAT " %s\n", id, title));
          g_ptr_array_add (names, g_strdup (argv[i]));
        }
      if (dossier_library_batch_is_due (library) && !print_committed (library, lines, names))
        status = DOSSIER_CLI_SOME_FAILED;
    }
  if (!print_committed (library, lines, names))
    status = DOSSIER_CLI_SOME_FAILED;
  dossier_library_end_batch (library, NULL);
  return status;
}
