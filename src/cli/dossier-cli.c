/* dossier-cli.c — the command-line entry point and command table
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "dossier-cli.h"
#include "dossier-paths.h"

typedef struct
{
  const char            *name;
  DossierCliCommandFunc  run;
  const char            *summary;
} DossierCliCommand;

/* Commands in the order --help lists them. */
static const DossierCliCommand commands[] = {
  { "analyze", dossier_cli_analyze, N_("Find entities, figures and dates in a file, or in JSON lines on standard input") },
  { "article", dossier_cli_article, N_("Print the article extracted from a file as JSON, without storing it") },
  { "import", dossier_cli_import, N_("Import and analyse articles into the library") },
  { "list", dossier_cli_list, N_("List the library’s articles") },
  { "search", dossier_cli_search, N_("Search titles, bodies, notes and entity aliases") },
  { "export", dossier_cli_export, N_("Export the library (json)") },
  { "restore", dossier_cli_restore, N_("Restore a json export into an empty library") },
  { "timeline", dossier_cli_timeline, N_("Export the timeline of export-policy events") },
  { NULL, NULL, NULL },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream,
           _("Usage: dossier-cli [--library DIR] COMMAND [OPTIONS…] [ARGUMENTS…]\n"
             "\n"
             "Import, analyse, search and export a Dossier library.\n"
             "\n"
             "Commands:\n"));
  for (guint i = 0; commands[i].name != NULL; i++)
    fprintf (stream, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (stream,
           _("\n"
             "Options:\n"
             "  --library DIR  Use the library in DIR (default: $DOSSIER_LIBRARY,\n"
             "                 then $XDG_DATA_HOME/dossier)\n"
             "  --version      Print the version and exit\n"
             "  -h, --help     Show this help; COMMAND --help shows a command's options\n"));
}

const char *
dossier_cli_library_dir (DossierCliContext *ctx)
{
  if (ctx->library_dir == NULL)
    ctx->library_dir = dossier_paths_library_dir (ctx->library_option);
  return ctx->library_dir;
}

gboolean
dossier_cli_parse_options (DossierCliContext  *ctx,
                           const char         *command,
                           const char         *parameter_string,
                           const char         *summary,
                           GOptionEntry       *entries,
                           int                *argc,
                           char             ***argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *library = NULL;
  g_autofree char *title = g_strdup_printf ("%s %s", command, parameter_string ? parameter_string : "");
  const GOptionEntry common[] = {
    { "library", 0, 0, G_OPTION_ARG_FILENAME, &library, N_("Use the library in DIR"), N_("DIR") },
    { NULL }
  };

  context = g_option_context_new (title);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, common, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      fprintf (stderr, "dossier-cli %s: %s\n", command, error->message);
      fprintf (stderr, _("Run “dossier-cli %s --help” to see its options.\n"), command);
      return FALSE;
    }

  if (library != NULL)
    {
      g_free (ctx->library_option);
      ctx->library_option = g_steal_pointer (&library);
      g_clear_pointer (&ctx->library_dir, g_free);
    }
  return TRUE;
}

void
dossier_cli_print_error (const char *file,
                         const char *reason)
{
  fprintf (stderr, "error %s: %s\n", file, reason);
}

int
main (int    argc,
      char **argv)
{
  DossierCliContext ctx = { NULL, NULL };
  int first = 1;
  int status = DOSSIER_CLI_USAGE;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Global options come before the command. */
  while (first < argc && argv[first][0] == '-')
    {
      const char *arg = argv[first];

      if (strcmp (arg, "--version") == 0)
        {
          printf ("dossier-cli %s\n", PACKAGE_VERSION);
          return DOSSIER_CLI_OK;
        }
      else if (strcmp (arg, "--help") == 0 || strcmp (arg, "-h") == 0)
        {
          print_usage (stdout);
          return DOSSIER_CLI_OK;
        }
      else if (strcmp (arg, "--library") == 0 && first + 1 < argc)
        {
          g_free (ctx.library_option);
          ctx.library_option = g_strdup (argv[first + 1]);
          first += 2;
        }
      else if (g_str_has_prefix (arg, "--library="))
        {
          g_free (ctx.library_option);
          ctx.library_option = g_strdup (arg + strlen ("--library="));
          first += 1;
        }
      else
        {
          fprintf (stderr, _("dossier-cli: unknown option “%s”\n\n"), arg);
          print_usage (stderr);
          return DOSSIER_CLI_USAGE;
        }
    }

  if (first >= argc)
    {
      print_usage (stderr);
      return DOSSIER_CLI_USAGE;
    }

  for (guint i = 0; commands[i].name != NULL; i++)
    {
      if (strcmp (commands[i].name, argv[first]) == 0)
        {
          status = commands[i].run (&ctx, argc - first, argv + first);
          goto out;
        }
    }

  fprintf (stderr, _("dossier-cli: unknown command “%s”\n\n"), argv[first]);
  print_usage (stderr);

out:
  g_free (ctx.library_option);
  g_free (ctx.library_dir);
  return status;
}
