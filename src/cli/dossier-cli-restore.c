/* dossier-cli-restore.c — dossier-cli restore FILE
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "dossier-cli-library.h"

int
dossier_cli_restore (DossierCliContext *ctx,
                     int                argc,
                     char             **argv)
{
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;

  if (!dossier_cli_parse_options (ctx, "restore", _("FILE"),
                                  _("Restores a “dossier-cli export --format json” file into an empty library."),
                                  NULL, &argc, &argv))
    return DOSSIER_CLI_USAGE;
  if (argc != 2)
    {
      fprintf (stderr, _("dossier-cli restore: give one FILE.\n"));
      return DOSSIER_CLI_USAGE;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  stream = g_file_read (file, NULL, &error);
  if (stream == NULL)
    {
      dossier_cli_print_error (argv[1], error->message);
      return DOSSIER_CLI_SOME_FAILED;
    }
  library = dossier_cli_open_library (ctx);
  if (library == NULL)
    return DOSSIER_CLI_SOME_FAILED;
  if (!dossier_library_restore_json (library, G_INPUT_STREAM (stream), argv[1], NULL, &error))
    {
      dossier_cli_print_error (argv[1], error->message);
      return DOSSIER_CLI_SOME_FAILED;
    }
  printf (_("restored %lld articles from %s\n"),
          (long long) dossier_library_count_articles (library), argv[1]);
  return DOSSIER_CLI_OK;
}
