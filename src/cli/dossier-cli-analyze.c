/* dossier-cli-analyze.c — dossier-cli analyze [--lang L] [--ref-date D] FILE
 *                        dossier-cli analyze --jsonl
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "dossier-analyzer.h"
#include "dossier-analyzer-private.h"
#include "dossier-catalog.h"
#include "dossier-cli.h"
#include "dossier-dates.h"
#include "dossier-error.h"
#include "dossier-importer.h"
#include "dossier-json-lines.h"
#include "dossier-json-string.h"

/* {"id": …, "lang": …, "spans": […]} or {"id": …, "error": …}; @id_json is
 * the id as JSON. Spans are written by hand: json-glib's builder costs more
 * than the analysis itself on large inputs. */
static void
print_result (GString    *out,
              const char *id_json,
              const char *lang,
              GPtrArray  *spans,
              const char *error)
{
  g_string_truncate (out, 0);
  g_string_append (out, "{\"id\":");
  g_string_append (out, id_json);
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
      dossier_json_line_append_spans (out, spans);
    }
  g_string_append (out, "}\n");
  fwrite (out->str, 1, out->len, stdout);
}

/* Analyses one request and prints its result line, or its error on
 * standard error and as an "error" line. @text_valid: the text is known to
 * be UTF-8 without NUL (the quick reader checked it) and @text_len is its
 * length. Returns FALSE on error. */
static gboolean
analyze_and_print (DossierAnalyzer *analyzer,
                   GString         *out,
                   const char      *id_json,
                   const char      *text,
                   gssize           text_len,
                   gboolean         text_valid,
                   const char      *lang,
                   const char      *ref_date,
                   guint            number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) spans = NULL;
  g_autofree char *reason = NULL;

  if (text_valid)
    spans = _dossier_analyzer_analyze_valid (analyzer, text, text_len, lang, ref_date, &error);
  else
    spans = dossier_analyzer_analyze_full (analyzer, text, text_len, lang, ref_date, &error);
  if (spans == NULL)
    {
      reason = g_strdup_printf (_("line %u: %s"), number, error->message);
      fprintf (stderr, "error stdin: %s\n", reason);
    }
  print_result (out, id_json, lang, spans, reason);
  return reason == NULL;
}

/* A line that the quick reader left to json-glib: errors, and unusual
 * but valid JSON. */
static gboolean
analyze_line_with_json_glib (DossierAnalyzer *analyzer,
                             const char      *line,
                             gsize            len,
                             guint            number,
                             GString         *out)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *id_json = NULL;
  JsonNode *root, *id = NULL;
  JsonObject *object = NULL;
  const char *text = NULL, *lang = NULL, *ref_date = NULL;

  if (!json_parser_load_from_data (parser, line, len, &error))
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
    }
  id_json = id != NULL ? json_to_string (id, FALSE) : g_strdup ("null");
  if (reason == NULL)
    return analyze_and_print (analyzer, out, id_json, text, -1, FALSE, lang, ref_date, number);
  fprintf (stderr, "error stdin: %s\n", reason);
  print_result (out, id_json, lang, NULL, reason);
  return FALSE;
}

/* The id of a request as json-glib writes it. */
static void
format_id (GString               *id_json,
           const DossierJsonLine *request)
{
  g_string_truncate (id_json, 0);
  switch (request->id_kind)
    {
    case DOSSIER_JSON_LINE_ID_STRING:
      for (gsize i = 0; i < request->id_len; i++)
        {
          guchar c = (guchar) request->id[i];

          if (c < 0x20 || c == 0x7F || c == '"' || c == '\\')
            {
              /* json-glib's own escapes, exactly */
              g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), request->id);
              g_autofree char *json = json_to_string (node, FALSE);

              g_string_append (id_json, json);
              return;
            }
        }
      g_string_append_c (id_json, '"');
      g_string_append_len (id_json, request->id, request->id_len);
      g_string_append_c (id_json, '"');
      break;
    case DOSSIER_JSON_LINE_ID_INTEGER:
      g_string_append_printf (id_json, "%" G_GINT64_FORMAT, request->id_integer);
      break;
    case DOSSIER_JSON_LINE_ID_NULL:
    default:
      g_string_append (id_json, "null");
      break;
    }
}

/* One JSON line of @len bytes, NUL-terminated (modified in place):
 * analyses it and prints the result or an "error" line. Returns FALSE when
 * the line was bad. */
static gboolean
analyze_line (DossierAnalyzer *analyzer,
              char            *line,
              gsize            len,
              guint            number,
              GString         *out,
              GString         *id_json)
{
  DossierJsonLine request;

  if (!dossier_json_line_read (line, len, &request))
    return analyze_line_with_json_glib (analyzer, line, len, number, out);
  format_id (id_json, &request);
  return analyze_and_print (analyzer, out, id_json->str, request.text, request.text_len,
                            TRUE, request.lang, request.ref_date, number);
}

static int
run_jsonl (DossierAnalyzer *analyzer)
{
  g_autofree char *line = NULL;
  gsize capacity = 0;
  gssize n;
  g_autoptr(GString) out = g_string_sized_new (65536);
  g_autoptr(GString) id_json = g_string_new (NULL);
  gboolean all_ok = TRUE;
  guint number = 0;

#ifdef __GLIBC__
  /* Each document allocates and frees a few megabytes of working arrays.
   * glibc's adaptive thresholds settle so that the heap top is handed back
   * to the kernel after one document and faulted in again, page by page,
   * by the next (15 times the page faults, a third of the time, depending
   * on the heap layout). A batch keeps its heap: arrays up to 32 MB come
   * from it, and it shrinks only when 64 MB are free at its top. */
  mallopt (M_MMAP_THRESHOLD, 32 * 1024 * 1024);
  mallopt (M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif

  /* getline() keeps the bytes of a line whatever they are: a NUL byte in
   * one makes it an error line instead of gluing the next line to it. */
  while ((n = getline (&line, &capacity, stdin)) >= 0)
    {
      gsize len = n;

      number++;
      while (len > 0 && g_ascii_isspace (line[len - 1]))
        len--;
      line[len] = '\0';
      if (len > 0)
        {
          if (!analyze_line (analyzer, line, len, number, out, id_json))
            all_ok = FALSE;
          fflush (stdout);
        }
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
      g_autofree char *id_json = json_to_string (id, FALSE);
      g_autoptr(GString) out = g_string_new (NULL);

      print_result (out, id_json, use_lang, spans, NULL);
    }
  }
  return DOSSIER_CLI_OK;
}
