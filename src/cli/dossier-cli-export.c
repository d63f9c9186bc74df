/* dossier-cli-export.c — dossier-cli export --format FORMAT [--output FILE]
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>

#include "dossier-annotation-export.h"
#include "dossier-cli-library.h"

typedef gboolean (*ExportFunc) (DossierLibrary *library,
                                GOutputStream  *stream,
                                GCancellable   *cancellable,
                                GError        **error);

/* One row per format; each exporter lives in its own core file. */
static const struct
{
  const char *name;
  ExportFunc  run;
} formats[] = {
  { "json", dossier_library_export_json },
  { "w3c", dossier_library_export_w3c },
  { "csv", dossier_library_export_csv },
  { "markdown", dossier_library_export_markdown },
};

int
dossier_cli_export (DossierCliContext *ctx,
                    int                argc,
                    char             **argv)
{
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(GOutputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  gboolean no_originals = FALSE;
  ExportFunc run = NULL;
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("Output format: json, w3c, csv or markdown"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of standard output"), N_("FILE") },
    { "no-originals", 0, 0, G_OPTION_ARG_NONE, &no_originals,
      N_("With --format json, leave out the imported original files"), NULL },
    { NULL }
  };

  if (!dossier_cli_parse_options (ctx, "export", NULL,
                                  _("Exports the whole library. The json format is a lossless backup "
                                    "that “dossier-cli restore” reads back; w3c (W3C Web Annotation "
                                    "JSON-LD), csv and markdown (a brief grouped by tag) export the "
                                    "annotations."),
                                  entries, &argc, &argv))
    return DOSSIER_CLI_USAGE;
  for (guint i = 0; format != NULL && i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (format, formats[i].name) == 0)
      run = formats[i].run;
  if (run == NULL || argc > 1)
    {
      fprintf (stderr, format == NULL
               ? _("dossier-cli export: give --format json, w3c, csv or markdown.\n")
               : _("dossier-cli export: unknown format “%s”; available: json, w3c, csv, markdown.\n"), format);
      return DOSSIER_CLI_USAGE;
    }
  if (no_originals)
    {
      if (run != dossier_library_export_json)
        {
          fprintf (stderr, _("dossier-cli export: --no-originals goes with --format json.\n"));
          return DOSSIER_CLI_USAGE;
        }
      run = dossier_library_export_json_without_originals;
    }

  library = dossier_cli_open_library (ctx);
  if (library == NULL)
    return DOSSIER_CLI_SOME_FAILED;

  if (output != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
      /* Written to a temporary file and renamed at the end: a failed
       * export never leaves a truncated FILE behind. */
      stream = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                                NULL, &error));
    }
  else
    stream = g_unix_output_stream_new (STDOUT_FILENO, FALSE);

  if (stream == NULL ||
      !run (library, stream, NULL, &error) ||
      !g_output_stream_close (stream, NULL, &error))
    {
      dossier_cli_print_error (output != NULL ? output : "-", error->message);
      if (stream != NULL && !g_output_stream_is_closed (stream))
        {
          g_autoptr(GCancellable) abandon = g_cancellable_new ();

          /* Closing a replace stream that is cancelled drops the temporary
           * file and keeps whatever FILE held before. */
          g_cancellable_cancel (abandon);
          g_output_stream_close (stream, abandon, NULL);
        }
      return DOSSIER_CLI_SOME_FAILED;
    }
  return DOSSIER_CLI_OK;
}
