/* dossier-cli-search.c — dossier-cli search [--json] QUERY
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "dossier-cli-library.h"

/* Matches in snippets are shown between these. */
#define MARK_OPEN  "["
#define MARK_CLOSE "]"

int
dossier_cli_search (DossierCliContext *ctx,
                    int                argc,
                    char             **argv)
{
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *query = NULL;
  gboolean json = FALSE;
  int limit = 50;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON array"), NULL },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, N_("Show at most N results (default 50, 0: all)"), N_("N") },
    { NULL }
  };

  if (!dossier_cli_parse_options (ctx, "search", _("QUERY"),
                                  _("Searches titles, bodies, notes and entity aliases; best matches first. "
                                    "Words must all match; \"double quotes\" make a phrase."),
                                  entries, &argc, &argv))
    return DOSSIER_CLI_USAGE;
  if (argc < 2 || limit < 0)
    {
      fprintf (stderr, _("dossier-cli search: give a QUERY.\n"));
      return DOSSIER_CLI_USAGE;
    }
  query = g_strjoinv (" ", argv + 1);

  library = dossier_cli_open_library (ctx);
  if (library == NULL)
    return DOSSIER_CLI_SOME_FAILED;
  hits = dossier_library_search (library, query, MARK_OPEN, MARK_CLOSE, limit, &error);
  if (hits == NULL)
    {
      fprintf (stderr, "dossier-cli: %s\n", error->message);
      return DOSSIER_CLI_SOME_FAILED;
    }

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < hits->len; i++)
        {
          const DossierSearchHit *hit = g_ptr_array_index (hits, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, hit->article_id);
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, hit->title);
          json_builder_set_member_name (builder, "snippet");
          json_builder_add_string_value (builder, hit->snippet);
          json_builder_set_member_name (builder, "score");
          json_builder_add_double_value (builder, hit->score);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      dossier_cli_print_json (root);
      return DOSSIER_CLI_OK;
    }

  for (guint i = 0; i < hits->len; i++)
    {
      const DossierSearchHit *hit = g_ptr_array_index (hits, i);
      g_autofree char *snippet = g_strdelimit (g_strdup (hit->snippet), "\n", ' ');

      printf ("%" G_GINT64_FORMAT "\t%.4g\t%s\n\t%s\n", hit->article_id, hit->score, hit->title, snippet);
    }
  return DOSSIER_CLI_OK;
}
