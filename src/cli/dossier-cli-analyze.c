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
#include "dossier-json-string.h"

/* Spans are written by hand: json-glib's builder costs more than the
 * analysis itself on large inputs. */
static void
append_number (GString    *out,
               const char *name,
               double      value)
{
  g_string_append_printf (out, ",\"%s\":", name);
  /* whole amounts print as integers: 6600000000, not 6.6e9 */
  if (isfinite (value) && value == floor (value) && fabs (value) < 9007199254740992.0)
    g_string_append_printf (out, "%" G_GINT64_FORMAT, (gint64) value);
  else if (isfinite (value))
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.15g", value));
    }
  else
    g_string_append (out, "null");
}

static void
append_spans (GString   *out,
              GPtrArray *spans)
{
  g_string_append (out, ",\"spans\":[");
  for (guint i = 0; i < spans->len; i++)
    {
      const DossierSpan *span = g_ptr_array_index (spans, i);

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append_printf (out, "{\"start\":%u,\"end\":%u,\"kind\":\"%s\",\"text\":",
                              span->start, span->end, dossier_span_kind_to_string (span->kind));
      dossier_json_append_string (out, span->text);
      if (span->iso != NULL)
        {
          g_string_append (out, ",\"iso\":");
          dossier_json_append_string (out, span->iso);
        }
      if (span->entity_id != NULL)
        {
          g_string_append (out, ",\"entity\":{\"id\":");
          dossier_json_append_string (out, span->entity_id);
          g_string_append (out, ",\"name\":");
          dossier_json_append_string (out, span->entity_name ? span->entity_name : span->entity_id);
          g_string_append_c (out, '}');
        }
      if (span->flags & DOSSIER_SPAN_HAS_VALUE)
        append_number (out, "value", span->value);
      if (span->flags & DOSSIER_SPAN_HAS_RANGE)
        {
          append_number (out, "value_min", span->value_min);
          append_number (out, "value_max", span->value_max);
        }
      if (span->unit != NULL)
        {
          g_string_append (out, ",\"unit\":");
          dossier_json_append_string (out, span->unit);
        }
      if (span->item != NULL)
        {
          g_string_append (out, ",\"item\":");
          dossier_json_append_string (out, span->item);
        }
      if (span->confidence < 1.0)
        append_number (out, "confidence", span->confidence);
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');
}

/* {"id": …, "lang": …, "spans": […]} or {"id": …, "error": …} */
static void
print_result (JsonNode   *id,
              const char *lang,
              GPtrArray  *spans,
              const char *error)
{
  g_autoptr(GString) out = g_string_sized_new (4096);

  g_string_append (out, "{\"id\":");
  if (id != NULL)
    {
      g_autofree char *json = json_to_string (id, FALSE);
      g_string_append (out, json);
    }
  else
    g_string_append (out, "null");
  if (error != NULL)
    {
      g_string_append (out, ",\"error\":");
      dossier_json_append_string (out, error);
    }
  else
    {
      g_string_append (out, ",\"lang\":");
      if (lang != NULL)
        dossier_json_append_string (out, lang);
      else
        g_string_append (out, "null");
      append_spans (out, spans);
    }
  g_string_append (out, "}\n");
  fwrite (out->str, 1, out->len, stdout);
}

/* One JSON line: analyses it and prints the result or an "error" line.
 * Returns FALSE when the line was bad. */
static gboolean
analyze_line (DossierAnalyzer *analyzer,
              const char      *line,
              guint            number)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) spans = NULL;
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
      object = json_node_get_object (root);
      id = json_object_get_member (object, "id");
      if ((text = dossier_json_member_string (object, "text")) == NULL)
        reason = g_strdup_printf (_("line %u has no string member “text”"), number);
      lang = dossier_json_member_string (object, "lang");
      ref_date = dossier_json_member_string (object, "ref_date");
      if (reason == NULL)
        {
          spans = dossier_analyzer_analyze_full (analyzer, text, -1, lang, ref_date, &error);
          if (spans == NULL)
            reason = g_strdup_printf (_("line %u: %s"), number, error->message);
        }
    }

  if (reason != NULL)
    fprintf (stderr, "error stdin: %s\n", reason);
  print_result (id, lang, spans, reason);
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
  gboolean no_entities = FALSE;
  g_autoptr(DossierCatalog) catalog = NULL;
  g_autoptr(DossierAnalyzer) analyzer = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang, N_("Analyse the text as language L (zh, fr, en…) instead of the detected one"), N_("L") },
    { "ref-date", 0, 0, G_OPTION_ARG_STRING, &ref_date, N_("Resolve relative dates against DATE (YYYY-MM-DD) instead of the article’s date"), N_("DATE") },
    { "jsonl", 0, 0, G_OPTION_ARG_NONE, &jsonl, N_("Read JSON lines {\"id\", \"text\", \"lang\", \"ref_date\"} on standard input, write one result line each"), NULL },
    { "no-entities", 0, 0, G_OPTION_ARG_NONE, &no_entities, N_("Find figures and dates only, without people, organizations and places"), NULL },
    { NULL }
  };

  if (!dossier_cli_parse_options (ctx, "analyze", "FILE | --jsonl",
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

  if (!no_entities)
    {
      catalog = dossier_catalog_new_builtin (&error);
      if (catalog == NULL)
        {
          dossier_cli_print_error ("entity packs", error->message);
          return DOSSIER_CLI_SOME_FAILED;
        }
    }
  analyzer = dossier_analyzer_new (catalog);

  if (jsonl)
    return run_jsonl (analyzer);

  {
    g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[1]);
    g_autoptr(DossierArticle) article = dossier_importer_import_file (file, NULL, NULL, &error);
    g_autoptr(GPtrArray) spans = NULL;
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
    {
      g_autoptr(JsonNode) id = json_node_init_string (json_node_alloc (), argv[1]);
      print_result (id, use_lang, spans, NULL);
    }
  }
  return DOSSIER_CLI_OK;
}
