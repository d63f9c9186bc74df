/* dossier-cli-analyze.c — dossier-cli analyze [--lang L] [--ref-date D] FILE
 *                        dossier-cli analyze --jsonl
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "dossier-analyzer.h"
#include "dossier-catalog.h"
#include "dossier-cli.h"
#include "dossier-dates.h"
#include "dossier-error.h"
#include "dossier-importer.h"

static void
add_number (JsonBuilder *builder,
            const char  *name,
            double       value)
{
  json_builder_set_member_name (builder, name);
  /* whole amounts print as integers: 6600000000, not 6.6e9 */
  if (isfinite (value) && value == floor (value) && fabs (value) < 9007199254740992.0)
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_spans (JsonBuilder *builder,
           GPtrArray   *spans)
{
  json_builder_set_member_name (builder, "spans");
  json_builder_begin_array (builder);
  for (guint i = 0; i < spans->len; i++)
    {
      const DossierSpan *span = g_ptr_array_index (spans, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, span->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, span->end);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, dossier_span_kind_to_string (span->kind));
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, span->text);
      if (span->iso != NULL)
        {
          json_builder_set_member_name (builder, "iso");
          json_builder_add_string_value (builder, span->iso);
        }
      if (span->entity_id != NULL)
        {
          json_builder_set_member_name (builder, "entity");
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, span->entity_id);
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, span->entity_name ? span->entity_name : span->entity_id);
          json_builder_end_object (builder);
        }
      if (span->flags & DOSSIER_SPAN_HAS_VALUE)
        add_number (builder, "value", span->value);
      if (span->flags & DOSSIER_SPAN_HAS_RANGE)
        {
          add_number (builder, "value_min", span->value_min);
          add_number (builder, "value_max", span->value_max);
        }
      if (span->unit != NULL)
        {
          json_builder_set_member_name (builder, "unit");
          json_builder_add_string_value (builder, span->unit);
        }
      if (span->item != NULL)
        {
          json_builder_set_member_name (builder, "item");
          json_builder_add_string_value (builder, span->item);
        }
      if (span->confidence < 1.0)
        add_number (builder, "confidence", span->confidence);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static char *
to_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);

  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static void
add_id (JsonBuilder *builder,
        JsonNode    *id)
{
  json_builder_set_member_name (builder, "id");
  if (id != NULL)
    json_builder_add_value (builder, json_node_copy (id));
  else
    json_builder_add_null_value (builder);
}

/* One JSON line: analyses it and prints the result or an "error" line.
 * Returns FALSE when the line was bad. */
static gboolean
analyze_line (DossierAnalyzer *analyzer,
              const char      *line,
              guint            number)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) spans = NULL;
  g_autofree char *json = NULL;
  g_autofree char *reason = NULL;
  JsonNode *root, *id = NULL;
  JsonObject *object = NULL;
  const char *text = NULL, *lang = NULL, *ref_date = NULL;

  if (!json_parser_load_from_data (parser, line, -1, &error))
    reason = g_strdup_printf (_("line %u is not JSON: %s"), number, error->message);
  else if ((root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    reason = g_strdup_printf (_("line %u is not a JSON object"), number);
  else
    {
      JsonNode *node;

      object = json_node_get_object (root);
      id = json_object_get_member (object, "id");
      node = json_object_get_member (object, "text");
      if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        reason = g_strdup_printf (_("line %u has no string member “text”"), number);
      else
        text = json_node_get_string (node);
      node = json_object_get_member (object, "lang");
      if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        lang = json_node_get_string (node);
      node = json_object_get_member (object, "ref_date");
      if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        ref_date = json_node_get_string (node);
      if (reason == NULL)
        {
          spans = dossier_analyzer_analyze_full (analyzer, text, -1, lang, ref_date, &error);
          if (spans == NULL)
            reason = g_strdup_printf (_("line %u: %s"), number, error->message);
        }
    }

  json_builder_begin_object (builder);
  add_id (builder, id);
  if (reason != NULL)
    {
      json_builder_set_member_name (builder, "error");
      json_builder_add_string_value (builder, reason);
      fprintf (stderr, "error stdin: %s\n", reason);
    }
  else
    {
      json_builder_set_member_name (builder, "lang");
      if (lang != NULL)
        json_builder_add_string_value (builder, lang);
      else
        json_builder_add_null_value (builder);
      add_spans (builder, spans);
    }
  json_builder_end_object (builder);
  json = to_json (builder);
  printf ("%s\n", json);
  return reason == NULL;
}

static int
run_jsonl (DossierAnalyzer *analyzer)
{
  g_autoptr(GString) line = g_string_new (NULL);
  gboolean all_ok = TRUE;
  guint number = 0;
  char buffer[65536];

  while (fgets (buffer, sizeof buffer, stdin) != NULL)
    {
      gsize n = strlen (buffer);

      g_string_append_len (line, buffer, n);
      if (n > 0 && buffer[n - 1] != '\n' && !feof (stdin))
        continue;
      number++;
      g_strchomp (line->str);
      line->len = strlen (line->str);
      if (line->len > 0)
        {
          if (!analyze_line (analyzer, line->str, number))
            all_ok = FALSE;
          fflush (stdout);
        }
      g_string_truncate (line, 0);
    }
  if (line->len > 0)
    {
      number++;
      if (!analyze_line (analyzer, line->str, number))
        all_ok = FALSE;
    }
  return all_ok ? DOSSIER_CLI_OK : DOSSIER_CLI_SOME_FAILED;
}

int
dossier_cli_analyze (DossierCliContext *ctx,
                     int                argc,
                     char             **argv)
{
  g_autofree char *lang = NULL;
  g_autofree char *ref_date = NULL;
  gboolean jsonl = FALSE;
  g_autoptr(DossierCatalog) catalog = NULL;
  g_autoptr(DossierAnalyzer) analyzer = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang, N_("Analyse the text as language L (zh, fr, en…) instead of the detected one"), N_("L") },
    { "ref-date", 0, 0, G_OPTION_ARG_STRING, &ref_date, N_("Resolve relative dates against DATE (YYYY-MM-DD) instead of the article’s date"), N_("DATE") },
    { "jsonl", 0, 0, G_OPTION_ARG_NONE, &jsonl, N_("Read JSON lines {\"id\", \"text\", \"lang\", \"ref_date\"} on standard input, write one result line each"), NULL },
    { NULL }
  };

  if (!dossier_cli_parse_options (ctx, "analyze", "FILE",
                                  _("Finds people, organizations, places, money, quantities, percentages, "
                                    "numbers and dates in an article and prints them as JSON."),
                                  entries, &argc, &argv))
    return DOSSIER_CLI_USAGE;
  if ((jsonl && argc != 1) || (!jsonl && argc != 2))
    {
      fprintf (stderr, jsonl ? _("dossier-cli analyze: --jsonl reads standard input and takes no FILE.\n")
                             : _("dossier-cli analyze: give exactly one FILE.\n"));
      fprintf (stderr, _("Run “dossier-cli %s --help” to see its options.\n"), "analyze");
      return DOSSIER_CLI_USAGE;
    }
  if (ref_date != NULL)
    {
      GDate date;
      if (!dossier_date_parse_iso (ref_date, &date))
        {
          fprintf (stderr, _("dossier-cli analyze: “%s” is not a date of the form YYYY-MM-DD.\n"), ref_date);
          return DOSSIER_CLI_USAGE;
        }
    }

  catalog = dossier_catalog_new_builtin (&error);
  if (catalog == NULL)
    {
      dossier_cli_print_error ("entity packs", error->message);
      return DOSSIER_CLI_SOME_FAILED;
    }
  analyzer = dossier_analyzer_new (catalog);

  if (jsonl)
    return run_jsonl (analyzer);

  {
    g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[1]);
    g_autoptr(DossierArticle) article = dossier_importer_import_file (file, NULL, NULL, &error);
    g_autoptr(JsonBuilder) builder = NULL;
    g_autoptr(GPtrArray) spans = NULL;
    g_autofree char *json = NULL;
    const char *body, *use_lang, *use_ref;

    if (article == NULL)
      {
        dossier_cli_print_error (argv[1], error->message);
        return DOSSIER_CLI_SOME_FAILED;
      }
    body = dossier_article_get_body (article);
    use_lang = lang != NULL ? lang : dossier_article_get_lang (article);
    use_ref = ref_date;
    if (use_ref == NULL && dossier_article_get_published (article) != NULL &&
        strlen (dossier_article_get_published (article)) == 10)
      use_ref = dossier_article_get_published (article);
    spans = dossier_analyzer_analyze_full (analyzer, body != NULL ? body : "", -1, use_lang, use_ref, &error);
    if (spans == NULL)
      {
        dossier_cli_print_error (argv[1], error->message);
        return DOSSIER_CLI_SOME_FAILED;
      }
    builder = json_builder_new ();
    json_builder_begin_object (builder);
    json_builder_set_member_name (builder, "id");
    json_builder_add_string_value (builder, argv[1]);
    json_builder_set_member_name (builder, "lang");
    if (use_lang != NULL)
      json_builder_add_string_value (builder, use_lang);
    else
      json_builder_add_null_value (builder);
    add_spans (builder, spans);
    json_builder_end_object (builder);
    json = to_json (builder);
    printf ("%s\n", json);
  }
  return DOSSIER_CLI_OK;
}
