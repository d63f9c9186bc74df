/* dossier-cli-library.c
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "dossier-cli-library.h"
#include "dossier-error.h"

DossierLibrary *
dossier_cli_open_library (DossierCliContext *ctx)
{
  const char *dir = dossier_cli_library_dir (ctx);
  g_autoptr(GError) error = NULL;
  DossierLibrary *library = dossier_library_open (dir, &error);

  if (library != NULL)
    return library;

  fprintf (stderr, "dossier-cli: %s\n", error->message);
  if (g_error_matches (error, DOSSIER_ERROR, DOSSIER_ERROR_CORRUPT))
    {
      g_auto(GStrv) backups = dossier_library_list_backups (dir);

      if (backups != NULL && backups[0] != NULL)
        {
          fprintf (stderr, _("Backups, newest first (the app can open one in place of the damaged file):\n"));
          for (guint i = 0; backups[i] != NULL; i++)
            fprintf (stderr, "  %s\n", backups[i]);
        }
    }
  return NULL;
}

void
dossier_cli_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}
