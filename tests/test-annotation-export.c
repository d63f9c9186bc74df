/* test-annotation-export.c — annotations as W3C Web Annotation, CSV and Markdown
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <json-glib/json-glib.h>

#include "annotation-export-fixture.h"
#include "dossier-test-utils.h"

/* ---- W3C: a JSON Schema subset (type, const, enum, pattern, required,
 * properties, items, minItems), enough to pin the shape down ---- */

static const char w3c_schema[] =
  "{\"type\": \"object\","
  " \"required\": [\"@context\", \"id\", \"type\", \"total\", \"first\"],"
  " \"properties\": {"
  "  \"@context\": {\"const\": \"http://www.w3.org/ns/anno.jsonld\"},"
  "  \"id\": {\"type\": \"string\", \"pattern\": \"^[a-z][a-z0-9+.-]*:\"},"
  "  \"type\": {\"const\": \"AnnotationCollection\"},"
  "  \"total\": {\"type\": \"integer\"},"
  "  \"first\": {\"type\": \"object\", \"required\": [\"type\", \"items\"],"
  "   \"properties\": {"
  "    \"type\": {\"const\": \"AnnotationPage\"},"
  "    \"items\": {\"type\": \"array\", \"items\": {"
  "     \"type\": \"object\","
  "     \"required\": [\"id\", \"type\", \"motivation\", \"created\", \"modified\", \"target\"],"
  "     \"properties\": {"
  "      \"id\": {\"type\": \"string\", \"pattern\": \"^[a-z][a-z0-9+.-]*:\"},"
  "      \"type\": {\"const\": \"Annotation\"},"
  "      \"motivation\": {\"enum\": [\"commenting\", \"tagging\", \"highlighting\"]},"
  "      \"created\": {\"type\": \"string\", \"pattern\": \"^\\\\d{4}-\\\\d\\\\d-\\\\d\\\\dT\\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\dZ$\"},"
  "      \"modified\": {\"type\": \"string\", \"pattern\": \"^\\\\d{4}-\\\\d\\\\d-\\\\d\\\\dT\\\\d\\\\d:\\\\d\\\\d:\\\\d\\\\dZ$\"},"
  "      \"body\": {\"type\": \"array\", \"minItems\": 1, \"items\": {"
  "       \"type\": \"object\", \"required\": [\"type\", \"purpose\", \"value\"],"
  "       \"properties\": {\"type\": {\"const\": \"TextualBody\"},"
  "        \"purpose\": {\"enum\": [\"commenting\", \"tagging\"]},"
  "        \"value\": {\"type\": \"string\"}}}},"
  "      \"target\": {\"type\": \"object\", \"required\": [\"source\", \"selector\"],"
  "       \"properties\": {"
  "        \"source\": {\"type\": \"string\", \"pattern\": \"^(https?:|urn:dossier:article:[0-9a-f]{64}$)\"},"
  "        \"selector\": {\"type\": \"array\", \"minItems\": 2, \"items\": {"
  "         \"type\": \"object\", \"required\": [\"type\"],"
  "         \"properties\": {\"type\": {\"enum\": [\"TextQuoteSelector\", \"TextPositionSelector\"]},"
  "          \"exact\": {\"type\": \"string\"}, \"prefix\": {\"type\": \"string\"},"
  "          \"suffix\": {\"type\": \"string\"},"
  "          \"start\": {\"type\": \"integer\"}, \"end\": {\"type\": \"integer\"}}}}}}}}}}}}}";

static const char *
node_type_name (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return "object";
  if (JSON_NODE_HOLDS_ARRAY (node))
    return "array";
  if (JSON_NODE_HOLDS_NULL (node))
    return "null";
  switch (json_node_get_value_type (node) == G_TYPE_INT64 ? 0 :
          json_node_get_value_type (node) == G_TYPE_STRING ? 1 :
          json_node_get_value_type (node) == G_TYPE_BOOLEAN ? 2 : 3)
    {
    case 0: return "integer";
    case 1: return "string";
    case 2: return "boolean";
    default: return "number";
    }
}

/* Appends one line per violation to @problems. */
static void
validate (JsonNode    *node,
          JsonObject  *schema,
          const char  *path,
          GString     *problems)
{
  const char *type = node_type_name (node);

  if (json_object_has_member (schema, "type") &&
      g_strcmp0 (json_object_get_string_member (schema, "type"), type) != 0)
    {
      g_string_append_printf (problems, "%s: %s instead of %s\n", path, type,
                              json_object_get_string_member (schema, "type"));
      return;
    }
  if (json_object_has_member (schema, "const") &&
      !json_node_equal (node, json_object_get_member (schema, "const")))
    g_string_append_printf (problems, "%s: not the expected constant\n", path);
  if (json_object_has_member (schema, "enum"))
    {
      JsonArray *values = json_object_get_array_member (schema, "enum");
      gboolean found = FALSE;

      for (guint i = 0; i < json_array_get_length (values); i++)
        found |= json_node_equal (node, json_array_get_element (values, i));
      if (!found)
        g_string_append_printf (problems, "%s: value not in the enumeration\n", path);
    }
  if (json_object_has_member (schema, "pattern") &&
      (g_strcmp0 (type, "string") != 0 ||
       !g_regex_match_simple (json_object_get_string_member (schema, "pattern"),
                              json_node_get_string (node), 0, 0)))
    g_string_append_printf (problems, "%s: does not match %s\n", path,
                            json_object_get_string_member (schema, "pattern"));

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);

      if (json_object_has_member (schema, "required"))
        {
          JsonArray *required = json_object_get_array_member (schema, "required");

          for (guint i = 0; i < json_array_get_length (required); i++)
            if (!json_object_has_member (object, json_array_get_string_element (required, i)))
              g_string_append_printf (problems, "%s: “%s” missing\n", path,
                                      json_array_get_string_element (required, i));
        }
      if (json_object_has_member (schema, "properties"))
        {
          JsonObject *properties = json_object_get_object_member (schema, "properties");
          g_autoptr(GList) names = json_object_get_members (properties);

          for (GList *l = names; l != NULL; l = l->next)
            if (json_object_has_member (object, l->data))
              {
                g_autofree char *child = g_strdup_printf ("%s.%s", path, (const char *) l->data);

                validate (json_object_get_member (object, l->data),
                          json_object_get_object_member (properties, l->data), child, problems);
              }
        }
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      if (json_object_has_member (schema, "minItems") &&
          json_array_get_length (array) < (guint) json_object_get_int_member (schema, "minItems"))
        g_string_append_printf (problems, "%s: too few items\n", path);
      for (guint i = 0; json_object_has_member (schema, "items") && i < json_array_get_length (array); i++)
        {
          g_autofree char *child = g_strdup_printf ("%s[%u]", path, i);

          validate (json_array_get_element (array, i),
                    json_object_get_object_member (schema, "items"), child, problems);
        }
    }
}

static char *
check_schema (JsonNode *document)
{
  g_autoptr(JsonNode) schema = json_from_string (w3c_schema, NULL);
  g_autoptr(GString) problems = g_string_new (NULL);

  g_assert_nonnull (schema);
  validate (document, json_node_get_object (schema), "$", problems);
  return g_string_free (g_steal_pointer (&problems), problems->len == 0);
}

/* The validator itself must catch broken documents, or a pass means nothing. */
static void
test_w3c_schema_rejects (void)
{
  static const char *broken[] = {
    "[]",
    "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"id\": \"urn:x\", \"type\": \"AnnotationCollection\","
    " \"total\": 1, \"first\": {\"type\": \"AnnotationPage\", \"items\": [{\"type\": \"Annotation\"}]}}",
    "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"id\": \"urn:x\", \"type\": \"AnnotationCollection\","
    " \"total\": \"1\", \"first\": {\"type\": \"AnnotationPage\", \"items\": []}}",
    "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"id\": \"urn:x\", \"type\": \"AnnotationCollection\","
    " \"total\": 1, \"first\": {\"type\": \"AnnotationPage\", \"items\": [{\"id\": \"urn:a\", \"type\": \"Annotation\","
    " \"motivation\": \"commenting\", \"created\": \"2025-01-01\", \"modified\": \"2025-01-01T00:00:00Z\","
    " \"target\": {\"source\": \"urn:dossier:article:12\", \"selector\": [{\"type\": \"TextQuoteSelector\"}]}}]}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(JsonNode) node = json_from_string (broken[i], NULL);
      g_autofree char *problems = NULL;

      g_assert_nonnull (node);
      problems = check_schema (node);
      g_assert_nonnull (problems);
      g_test_message ("broken document %u: %s", i, problems);
    }
}

static JsonObject *
find_selector (JsonArray  *selectors,
               const char *type)
{
  for (guint i = 0; i < json_array_get_length (selectors); i++)
    {
      JsonObject *selector = json_array_get_object_element (selectors, i);

      if (g_strcmp0 (json_object_get_string_member (selector, "type"), type) == 0)
        return selector;
    }
  return NULL;
}

static void
test_w3c (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *text = export_library (fixture->library, DOSSIER_ANNOTATION_FORMAT_W3C);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *problems = NULL;
  JsonObject *root;
  JsonArray *items;
  gboolean saw_cjk = FALSE;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  problems = check_schema (json_parser_get_root (parser));
  g_assert_cmpstr (problems, ==, NULL);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "total"), ==, G_N_ELEMENTS (annotations));
  items = json_object_get_array_member (json_object_get_object_member (root, "first"), "items");
  g_assert_cmpuint (json_array_get_length (items), ==, G_N_ELEMENTS (annotations));

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      JsonObject *target = json_object_get_object_member (item, "target");
      JsonArray *selectors = json_object_get_array_member (target, "selector");
      JsonObject *quote = find_selector (selectors, "TextQuoteSelector");
      JsonObject *position = find_selector (selectors, "TextPositionSelector");
      const char *exact, *source;
      const AnnotationSpec *spec;
      const ArticleSpec *article;
      g_autofree char *expected_source = NULL;
      g_autofree char *slice = NULL;
      gint64 start, end;
      guint n_tags = 0, n_bodies_tagging = 0;
      gboolean saw_note = FALSE;
      const char *body;

      g_assert_nonnull (quote);
      g_assert_nonnull (position);
      exact = json_object_get_string_member (quote, "exact");
      spec = spec_for_quote (exact);
      article = &articles[spec->article];

      /* The source: the URL when known, else the content hash. */
      source = json_object_get_string_member (target, "source");
      expected_source = article->url != NULL
        ? g_strdup (article->url)
        : g_strconcat ("urn:dossier:article:", fixture->hashes[spec->article], NULL);
      g_assert_cmpstr (source, ==, expected_source);

      /* Offsets are code points: slicing the body by them gives the quote. */
      start = json_object_get_int_member (position, "start");
      end = json_object_get_int_member (position, "end");
      body = article->body;
      g_assert_cmpint (start, ==, code_point_offset (body, spec->quote));
      g_assert_cmpint (end - start, ==, g_utf8_strlen (spec->quote, -1));
      slice = g_strndup (g_utf8_offset_to_pointer (body, start),
                         g_utf8_offset_to_pointer (body, end) - g_utf8_offset_to_pointer (body, start));
      g_assert_cmpstr (slice, ==, exact);
      if (g_strcmp0 (article->lang, "zh") == 0)
        {
          /* Byte offsets would be about three times larger here. */
          g_assert_cmpint (start, <, strstr (body, spec->quote) - body);
          saw_cjk = TRUE;
        }
      if (start > 0)
        {
          g_autofree char *before = g_utf8_substring (body, start - 1, start);
          g_assert_true (g_str_has_suffix (json_object_get_string_member (quote, "prefix"), before));
        }

      /* Bodies: one commenting body for the note, one tagging body per tag. */
      for (n_tags = 0; spec->tags[n_tags] != NULL; n_tags++)
        ;
      if (json_object_has_member (item, "body"))
        {
          JsonArray *bodies = json_object_get_array_member (item, "body");

          for (guint b = 0; b < json_array_get_length (bodies); b++)
            {
              JsonObject *text_body = json_array_get_object_element (bodies, b);
              const char *purpose = json_object_get_string_member (text_body, "purpose");
              const char *value = json_object_get_string_member (text_body, "value");

              if (g_strcmp0 (purpose, "commenting") == 0)
                {
                  g_assert_cmpstr (value, ==, spec->note);
                  saw_note = TRUE;
                }
              else
                {
                  g_assert_cmpstr (purpose, ==, "tagging");
                  g_assert_true (g_strv_contains (spec->tags, value));
                  n_bodies_tagging++;
                }
            }
        }
      g_assert_cmpuint (n_bodies_tagging, ==, n_tags);
      g_assert_cmpint (saw_note, ==, spec->note[0] != '\0');
      g_assert_cmpstr (json_object_get_string_member (item, "motivation"), ==,
                       spec->note[0] != '\0' ? "commenting" : n_tags > 0 ? "tagging" : "highlighting");
      if (spec->colour != NULL)
        g_assert_nonnull (strstr (json_object_get_string_member (json_object_get_object_member (item, "stylesheet"),
                                                                 "value"), spec->colour));
    }
  g_assert_true (saw_cjk);
}

/* ---- CSV: an RFC 4180 reader to read the export back ---- */

static GPtrArray *
parse_csv (const char  *text,
           char       **problem)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          for (p++; ; p++)
            {
              if (*p == '\0')
                {
                  *problem = g_strdup ("unterminated quoted field");
                  return NULL;
                }
              if (*p == '"' && p[1] == '"')
                g_string_append_c (field, *p++);
              else if (*p == '"')
                break;
              else
                g_string_append_c (field, *p);
            }
          p++;
        }
      else
        for (; *p != ',' && *p != '\r' && *p != '\0'; p++)
          {
            if (*p == '"' || *p == '\n')
              {
                *problem = g_strdup_printf ("bare %s in an unquoted field",
                                            *p == '"' ? "quote" : "line feed");
                return NULL;
              }
            g_string_append_c (field, *p);
          }

      g_ptr_array_add (row, g_strdup (field->str));
      g_string_truncate (field, 0);
      if (*p == ',')
        p++;
      else if (p[0] == '\r' && p[1] == '\n')
        {
          p += 2;
          g_ptr_array_add (row, NULL);
          g_ptr_array_add (rows, g_ptr_array_steal (row, NULL));
          row = g_ptr_array_new_with_free_func (g_free);
        }
      else
        {
          *problem = g_strdup ("a record does not end with CRLF");
          return NULL;
        }
    }
  return g_steal_pointer (&rows);
}

static void
test_csv_reader (void)
{
  static const struct
  {
    const char *text;
    gboolean    valid;
  } cases[] = {
    { "a,b\r\n", TRUE },
    { "\"a,\"\"b\"\"\nc\",d\r\n", TRUE },
    { "a\"b,c\r\n", FALSE },
    { "\"a,b\r\n", FALSE },
    { "a,b\n", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *problem = NULL;
      g_autoptr(GPtrArray) rows = parse_csv (cases[i].text, &problem);

      g_assert_cmpint (rows != NULL, ==, cases[i].valid);
    }
}

static const char * const csv_columns[] = {
  "article_id", "article_title", "source", "published", "quote", "tags",
  "note", "colour", "start", "end", "created", "modified", NULL,
};

static void
test_csv (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *text = export_library (fixture->library, DOSSIER_ANNOTATION_FORMAT_CSV);
  g_autofree char *problem = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  gboolean saw_tricky_note = FALSE;

  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_false (g_str_has_prefix (text, "\xef\xbb\xbf"));
  rows = parse_csv (text, &problem);
  g_assert_cmpstr (problem, ==, NULL);
  g_assert_cmpuint (rows->len, ==, 1 + G_N_ELEMENTS (annotations));
  g_assert_cmpstrv (g_ptr_array_index (rows, 0), csv_columns);

  for (guint r = 1; r < rows->len; r++)
    {
      GStrv row = g_ptr_array_index (rows, r);
      const AnnotationSpec *spec;
      const ArticleSpec *article;
      g_autofree char *tags = NULL;
      g_autofree char *article_id = NULL;
      guint start;

      g_assert_cmpuint (g_strv_length (row), ==, g_strv_length ((GStrv) csv_columns));
      spec = spec_for_quote (row[4]);
      article = &articles[spec->article];
      article_id = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->article_ids[spec->article]);
      tags = g_strjoinv ("; ", (GStrv) spec->tags);
      start = code_point_offset (article->body, spec->quote);

      g_assert_cmpstr (row[0], ==, article_id);
      g_assert_cmpstr (row[1], ==, article->title);
      g_assert_cmpstr (row[2], ==, article->source);
      g_assert_cmpstr (row[3], ==, article->published != NULL ? article->published : "");
      g_assert_cmpstr (row[5], ==, tags);
      g_assert_cmpstr (row[6], ==, spec->note);
      g_assert_cmpstr (row[7], ==, spec->colour != NULL ? spec->colour : "");
      g_assert_cmpuint (g_ascii_strtoull (row[8], NULL, 10), ==, start);
      g_assert_cmpuint (g_ascii_strtoull (row[9], NULL, 10), ==, start + g_utf8_strlen (spec->quote, -1));
      g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$", row[10], 0, 0));
      g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$", row[11], 0, 0));
      saw_tricky_note |= strchr (row[6], ',') && strchr (row[6], '"') && strchr (row[6], '\n');
    }
  g_assert_true (saw_tricky_note);
}

/* ---- Markdown ---- */

/* The text under a heading line, up to the next heading of any level. */
static char *
markdown_section (const char *text,
                  const char *heading)
{
  g_autofree char *needle = g_strconcat ("\n", heading, "\n", NULL);
  const char *start = strstr (text, needle);
  const char *end;

  if (start == NULL)
    return NULL;
  start += strlen (needle);
  for (end = start; *end != '\0'; end++)
    if (end[0] == '\n' && end[1] == '#')
      break;
  return g_strndup (start, end - start);
}

static void
test_markdown (Fixture       *fixture,
               gconstpointer  data)
{
  static const struct
  {
    const char *heading;
    const char *quotes[3];   /* in the section, in this order */
  } sections[] = {
    { "## chips", { "« les restrictions sur les puces »", NULL } },
    { "### H20", { "数十万颗芯片", NULL } },
    { "## policy", { "\\*new guidance\\*", NULL } },
    { "### export-controls", { "« les restrictions sur les puces »", NULL } },
    { "## Untagged", { "rescinded the AI diffusion rule", NULL } },
  };
  g_autofree char *text = export_library (fixture->library, DOSSIER_ANNOTATION_FORMAT_MARKDOWN);
  const char *previous = text;

  g_test_message ("%s", text);
  g_assert_true (g_str_has_prefix (text, "# Annotations\n"));
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *needle = g_strconcat ("\n", sections[i].heading, "\n", NULL);
      const char *at = strstr (text, needle);
      g_autofree char *section = markdown_section (text, sections[i].heading);

      /* Headings in tree order, untagged last. */
      g_assert_nonnull (at);
      g_assert_true (at >= previous);
      previous = at;
      g_assert_nonnull (section);

      for (guint q = 0; sections[i].quotes[q] != NULL; q++)
        {
          g_autofree char *haystack = g_strconcat ("\n", section, NULL);
          g_autofree char *quote_line = g_strconcat ("\n> ", sections[i].quotes[q], "\n", NULL);
          g_autofree char *unescaped = NULL;
          g_autofree char *citation = NULL;
          g_autoptr(GRegex) escape = g_regex_new ("\\\\(.)", 0, 0, NULL);
          const char *line = strstr (haystack, quote_line);
          const char *cite, *after;
          const AnnotationSpec *spec;
          const ArticleSpec *article;

          g_assert_nonnull (line);
          unescaped = g_regex_replace (escape, sections[i].quotes[q], -1, 0, "\\1", 0, NULL);
          spec = spec_for_quote (unescaped);
          article = &articles[spec->article];

          /* The citation closes the blockquote: source, title, date. */
          cite = line + strlen (quote_line);
          g_assert_true (g_str_has_prefix (cite, ">\n> — "));
          cite += strlen (">\n");
          after = strchr (cite, '\n');
          citation = g_strndup (cite, after - cite);
          g_assert_nonnull (strstr (citation, article->source));
          g_assert_nonnull (strstr (citation, article->title));
          g_assert_nonnull (strstr (citation, article->published));
          if (article->url != NULL)
            g_assert_nonnull (strstr (citation, article->url));

          /* The note below, as written. */
          if (spec->note[0] != '\0')
            {
              g_autoptr(GRegex) markup = g_regex_new ("([\\\\`*_\\[\\]<>#|~])", 0, 0, NULL);
              g_autofree char *escaped = g_regex_replace (markup, spec->note, -1, 0, "\\\\\\1", 0, NULL);
              g_autofree char *note = g_strconcat ("\n\n", escaped, "\n", NULL);

              g_assert_true (g_str_has_prefix (after, note));
            }
        }
    }
  /* The untagged section is the last one. */
  g_assert_null (strstr (previous + 1, "\n#"));
  /* Sources with commas and titles come through. */
  g_assert_nonnull (strstr (text, "Le Fil, Paris, [Les puces sous licence](<https://example.org/fr/puces>), 2025-04"));
  g_assert_nonnull (strstr (text, "测试通讯社, *芯片出口许可*, 2025-04-15"));
  g_assert_true (g_str_has_suffix (text, "\n") && !g_str_has_suffix (text, "\n\n"));
}

/* Sections follow the tag tree even where plain string order would not:
 * "a-z" sorts between "a" and "a/b" byte by byte. */
static void
test_markdown_tree_order (void)
{
  static const struct
  {
    const char *tags[3];
    const char *quote;
  } cases[] = {
    { { "a-z", NULL }, "q1" },
    { { "a/b/c", NULL }, "q2" },
    { { "a", "a/b", NULL }, "q3" },
    { { "b", NULL }, "q4" },
    { { NULL }, "q5" },
  };
  static const char * const expected[] = {
    "# Annotations", "## a", "> q3", "### b", "> q3", "#### c", "> q2", "## a-z", "> q1",
    "## b", "> q4", "## Untagged", "> q5", NULL,
  };
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_annotation_record_free);
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  g_autofree char *text = NULL;
  g_auto(GStrv) all_lines = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      DossierAnnotationRecord *record = g_new0 (DossierAnnotationRecord, 1);

      record->annotation = dossier_annotation_new (1, 0, 2, cases[i].quote, NULL, NULL);
      dossier_annotation_set_id (record->annotation, i + 1);
      dossier_annotation_set_tags (record->annotation, cases[i].tags);
      record->article = dossier_article_new ();
      dossier_article_set_id (record->article, 1);
      dossier_article_set_title (record->article, "T");
      record->content_hash = g_strdup ("00");
      g_ptr_array_add (records, record);
    }
  text = dossier_annotation_export_markdown (records);
  all_lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; all_lines[i] != NULL; i++)
    if (g_str_has_prefix (all_lines[i], "#") || (g_str_has_prefix (all_lines[i], "> q")))
      g_ptr_array_add (lines, all_lines[i]);
  g_ptr_array_add (lines, NULL);
  g_assert_cmpstrv ((GStrv) lines->pdata, expected);
}

/* ---- Nothing to export ---- */

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *w3c = export_library (fixture->library, DOSSIER_ANNOTATION_FORMAT_W3C);
  g_autofree char *csv = export_library (fixture->library, DOSSIER_ANNOTATION_FORMAT_CSV);
  g_autofree char *markdown = export_library (fixture->library, DOSSIER_ANNOTATION_FORMAT_MARKDOWN);
  g_autoptr(JsonNode) node = json_from_string (w3c, NULL);
  g_autofree char *problems = NULL;
  JsonObject *root;

  g_assert_nonnull (node);
  problems = check_schema (node);
  g_assert_cmpstr (problems, ==, NULL);
  root = json_node_get_object (node);
  g_assert_cmpint (json_object_get_int_member (root, "total"), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_object_get_object_member (root, "first"),
                                                                         "items")), ==, 0);
  g_assert_cmpstr (csv, ==, "article_id,article_title,source,published,quote,tags,note,colour,start,end,created,modified\r\n");
  g_assert_cmpstr (markdown, ==, "# Annotations\n");
}

/* ---- Formats by name ---- */

static void
test_format_names (void)
{
  static const struct
  {
    const char              *name;
    gboolean                 known;
    DossierAnnotationFormat  format;
  } cases[] = {
    { "w3c", TRUE, DOSSIER_ANNOTATION_FORMAT_W3C },
    { "csv", TRUE, DOSSIER_ANNOTATION_FORMAT_CSV },
    { "markdown", TRUE, DOSSIER_ANNOTATION_FORMAT_MARKDOWN },
    { "json", FALSE, 0 },
    { "W3C", FALSE, 0 },
    { NULL, FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      DossierAnnotationFormat format = 99;

      g_assert_cmpint (dossier_annotation_format_from_string (cases[i].name, &format), ==, cases[i].known);
      if (cases[i].known)
        {
          g_assert_cmpint (format, ==, cases[i].format);
          g_assert_cmpstr (dossier_annotation_format_to_string (format), ==, cases[i].name);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/annotation-export/format-names", test_format_names);
  g_test_add_func ("/annotation-export/w3c-schema-rejects", test_w3c_schema_rejects);
  g_test_add_func ("/annotation-export/csv-reader", test_csv_reader);
  g_test_add ("/annotation-export/w3c", Fixture, GINT_TO_POINTER (1), fixture_set_up, test_w3c, fixture_tear_down);
  g_test_add ("/annotation-export/csv", Fixture, GINT_TO_POINTER (1), fixture_set_up, test_csv, fixture_tear_down);
  g_test_add ("/annotation-export/markdown", Fixture, GINT_TO_POINTER (1), fixture_set_up, test_markdown,
              fixture_tear_down);
  g_test_add_func ("/annotation-export/markdown-tree-order", test_markdown_tree_order);
  g_test_add ("/annotation-export/empty", Fixture, NULL, fixture_set_up, test_empty, fixture_tear_down);

  return g_test_run ();
}
