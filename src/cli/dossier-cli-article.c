/* dossier-cli-article.c — dossier-cli article [--charset NAME] [--url URL] FILE|-
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "dossier-cli.h"
#include "dossier-error.h"
#include "dossier-importer.h"
#include "dossier-json-string.h"

/* Standard input, refused past the importer's size limit without reading
 * all of it. */
static GBytes *
read_stdin (GError **error)
{
  GByteArray *data = g_byte_array_new ();
  guint8 buffer[65536];
  size_t n;

  while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
    {
      g_byte_array_append (data, buffer, n);
      if (data->len > DOSSIER_IMPORTER_MAX_SIZE)
        {
          g_byte_array_unref (data);
          g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_TOO_LARGE,
                       _("The input is too large to be an article (the limit is %lu MB)"),
                       (unsigned long) (DOSSIER_IMPORTER_MAX_SIZE / (1024 * 1024)));
          return NULL;
        }
    }
  if (ferror (stdin))
    {
      g_byte_array_unref (data);
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_IO, _("Cannot read standard input"));
      return NULL;
    }
  return g_byte_array_free_to_bytes (data);
}

int
dossier_cli_article (DossierCliContext *ctx,
                     int                argc,
                     char             **argv)
{
  g_autofree char *charset = NULL;
  g_autofree char *url = NULL;
  g_autoptr(DossierArticle) article = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  GPtrArray *warnings;
  const char *input;
  GOptionEntry entries[] = {
    { "charset", 0, 0, G_OPTION_ARG_STRING, &charset, N_("Decode the input as NAME, whatever the page declares"), N_("NAME") },
    { "url", 0, 0, G_OPTION_ARG_STRING, &url, N_("The address the page came from"), N_("URL") },
    { NULL }
  };

  if (!dossier_cli_parse_options (ctx, "article", "FILE|-",
                                  _("Runs the import pipeline on FILE (or standard input for “-”) without storing "
                                    "anything and prints the article as JSON: title, source, url, published, "
                                    "lang and body."),
                                  entries, &argc, &argv))
    return DOSSIER_CLI_USAGE;
  if (argc != 2)
    {
      fprintf (stderr, _("dossier-cli article: give exactly one FILE, or “-” for standard input.\n"));
      fprintf (stderr, _("Run “dossier-cli %s --help” to see its options.\n"), "article");
      return DOSSIER_CLI_USAGE;
    }
  input = argv[1];

  if (g_strcmp0 (input, "-") == 0)
    {
      g_autoptr(GBytes) bytes = read_stdin (&error);

      if (bytes != NULL)
        article = dossier_importer_import_bytes (bytes, NULL, charset, url, &error);
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (input);

      article = dossier_importer_import_file (file, charset, url, &error);
    }
  if (article == NULL)
    {
      dossier_cli_print_error (input, error->message);
      return DOSSIER_CLI_SOME_FAILED;
    }

  warnings = dossier_article_get_warnings (article);
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    fprintf (stderr, "warning %s: %s\n", input, (const char *) g_ptr_array_index (warnings, i));

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  dossier_json_add_nullable_string (builder, "title", dossier_article_get_title (article));
  dossier_json_add_nullable_string (builder, "source", dossier_article_get_source (article));
  dossier_json_add_nullable_string (builder, "url", dossier_article_get_url (article));
  dossier_json_add_nullable_string (builder, "published", dossier_article_get_published (article));
  dossier_json_add_nullable_string (builder, "lang", dossier_article_get_lang (article));
  dossier_json_add_nullable_string (builder, "body", dossier_article_get_body (article));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  generator = json_generator_new ();
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);
  printf ("%s\n", json);
  return DOSSIER_CLI_OK;
}
