/* dossier-cli-list.c — dossier-cli list [--json]
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "dossier-article-list.h"
#include "dossier-cli-library.h"
#include "dossier-json-string.h"

int
dossier_cli_list (DossierCliContext *ctx,
                  int                argc,
                  char             **argv)
{
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(DossierArticleList) list = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON array"), NULL },
    { NULL }
  };
  guint n;

  if (!dossier_cli_parse_options (ctx, "list", NULL, _("Lists the library’s articles in import order."),
                                  entries, &argc, &argv))
    return DOSSIER_CLI_USAGE;
  if (argc > 1)
    {
      fprintf (stderr, _("dossier-cli list: unexpected argument “%s”.\n"), argv[1]);
      return DOSSIER_CLI_USAGE;
    }

  library = dossier_cli_open_library (ctx);
  if (library == NULL)
    return DOSSIER_CLI_SOME_FAILED;
  list = dossier_article_list_new (library);
  dossier_article_list_set_sort (list, DOSSIER_ARTICLE_SORT_ID);
  if (!dossier_article_list_reload (list, &error))
    {
      fprintf (stderr, "dossier-cli: %s\n", error->message);
      return DOSSIER_CLI_SOME_FAILED;
    }

  builder = json_builder_new ();
  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DossierArticle) article = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (!json)
        {
          printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\n", dossier_article_get_id (article),
                  dossier_article_get_published (article) ? dossier_article_get_published (article) : "-",
                  dossier_article_get_lang (article) ? dossier_article_get_lang (article) : "-",
                  dossier_article_get_title (article) ? dossier_article_get_title (article) : "");
          continue;
        }
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, dossier_article_get_id (article));
      dossier_json_add_nullable_string (builder, "title", dossier_article_get_title (article));
      dossier_json_add_nullable_string (builder, "source", dossier_article_get_source (article));
      dossier_json_add_nullable_string (builder, "published", dossier_article_get_published (article));
      dossier_json_add_nullable_string (builder, "lang", dossier_article_get_lang (article));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  if (json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);
      dossier_cli_print_json (root);
    }
  return DOSSIER_CLI_OK;
}
