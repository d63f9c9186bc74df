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

int
dossier_cli_import (DossierCliContext *ctx,
                    int                argc,
                    char             **argv)
{
  g_autoptr(DossierLibrary) library = NULL;
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
          continue;
        }
      if (duplicate)
        {
          /* Show the title under which the library already holds it. */
          g_autoptr(DossierArticle) stored = dossier_library_get_article (library, id, NULL);
          g_autofree char *title = one_line (dossier_article_get_title (stored != NULL ? stored : article));
          printf ("duplicate %" G_GINT64_FORMAT " %s\n", id, title);
        }
      else
        {
          g_autofree char *title = one_line (dossier_article_get_title (article));
          printf ("imported %" G_GINT64_FORMAT " %s\n", id, title);
        }
      fflush (stdout);
    }
  return status;
}
