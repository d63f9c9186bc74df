/* dossier-cli-timeline.c — dossier-cli timeline --format FORMAT [--candidates] [--output FILE]
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "dossier-cli-library.h"
#include "dossier-library-events.h"
#include "dossier-timeline-export.h"

/* The language of shipped event titles and descriptions: the first of
 * the user's languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). */
static const char *
export_language (void)
{
  const char * const *names = g_get_language_names ();

  return names[0] != NULL && strcmp (names[0], "C") != 0 ? names[0] : NULL;
}

int
dossier_cli_timeline (DossierCliContext *ctx,
                      int                argc,
                      char             **argv)
{
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *text = NULL;
  gboolean candidates = FALSE;
  DossierTimelineFormat format;
  DossierEventFilter filter = { .statuses = DOSSIER_EVENT_STATUSES_TIMELINE };
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output format: json, timelinejs, csv or ics"), N_("FORMAT") },
    { "candidates", 0, 0, G_OPTION_ARG_NONE, &candidates,
      N_("Also include candidate events found in the articles"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE instead of standard output"), N_("FILE") },
    { NULL }
  };

  if (!dossier_cli_parse_options (ctx, "timeline", NULL,
                                  _("Exports the timeline of export-policy events: json (the full "
                                    "model with EDTF dates and evidence), timelinejs (TimelineJS 3), "
                                    "csv, or ics (iCalendar). Rejected events are left out; "
                                    "candidates only with --candidates."),
                                  entries, &argc, &argv))
    return DOSSIER_CLI_USAGE;
  if (format_name == NULL || !dossier_timeline_format_from_string (format_name, &format) || argc > 1)
    {
      if (argc > 1)
        fprintf (stderr, _("dossier-cli timeline: unexpected argument “%s”.\n"), argv[1]);
      else if (format_name == NULL)
        fprintf (stderr, _("dossier-cli timeline: give --format json, timelinejs, csv or ics.\n"));
      else
        fprintf (stderr, _("dossier-cli timeline: unknown format “%s”; available: json, "
                           "timelinejs, csv, ics.\n"), format_name);
      return DOSSIER_CLI_USAGE;
    }

  library = dossier_cli_open_library (ctx);
  if (library == NULL)
    return DOSSIER_CLI_SOME_FAILED;

  /* A library that lacks the shipped events gets them; one that cannot be
   * written to is still exported as it is. */
  if (!dossier_library_load_reference_timeline (library, &error))
    {
      fprintf (stderr, _("dossier-cli timeline: could not add the reference events: %s\n"),
               error->message);
      g_clear_error (&error);
    }

  if (candidates)
    {
      filter.statuses |= 1u << DOSSIER_EVENT_STATUS_CANDIDATE;
      /* Candidates of articles imported since the last run. */
      if (dossier_library_find_all_candidates (library, &error) < 0)
        {
          fprintf (stderr, _("dossier-cli timeline: could not look for candidate events: %s\n"),
                   error->message);
          g_clear_error (&error);
        }
    }

  events = dossier_library_list_events (library, &filter, &error);
  if (events == NULL)
    {
      dossier_cli_print_error (dossier_library_get_path (library), error->message);
      return DOSSIER_CLI_SOME_FAILED;
    }
  text = dossier_timeline_export (events, format, export_language ());

  if (output != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      /* g_file_replace_contents writes a temporary file and renames it:
       * a failed export never leaves a truncated FILE behind. */
      if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                    G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error))
        {
          dossier_cli_print_error (output, error->message);
          return DOSSIER_CLI_SOME_FAILED;
        }
    }
  else if (fwrite (text, 1, strlen (text), stdout) != strlen (text) || fflush (stdout) != 0)
    {
      dossier_cli_print_error ("-", g_strerror (errno));
      return DOSSIER_CLI_SOME_FAILED;
    }
  return DOSSIER_CLI_OK;
}
