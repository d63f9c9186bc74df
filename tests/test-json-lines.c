/* test-json-lines.c — the quick reader and the span writer of
 * `dossier-cli analyze --jsonl`, checked against json-glib
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "dossier-json-lines.h"
#include "dossier-json-string.h"
#include "dossier-span-private.h"

/* Lines the quick reader takes; json-glib must read them the same way. */
static const char * const accepted[] = {
  "{\"id\":\"a\",\"text\":\"Nvidia sold 5 chips.\"}",
  "{\"text\":\"no id\"}",
  "{\"id\":null,\"text\":\"null id\"}",
  "{\"id\":42,\"text\":\"integer id\"}",
  "{\"id\":-7,\"text\":\"negative id\"}",
  "{\"id\":-0,\"text\":\"minus zero\"}",
  "{\"id\":999999999999999999,\"text\":\"18 digits\"}",
  "  \t{ \"id\" : \"sp\" , \"text\" : \"x y\" , \"lang\" : \"en\" }",
  "{\"id\":\"e\",\"text\":\"q\\\"b\\\\s\\/b\\bf\\fn\\nr\\rt\\t.\"}",
  "{\"id\":\"u\",\"text\":\"caf\\u00e9 \\u4E2D\\u6587 \\ud83d\\ude00 \\u2028 end\"}",
  "{\"id\":\"c\",\"text\":\"\\u0001\\u001f\\u007f\"}",
  "{\"id\":\"raw\",\"text\":\"中文 français 😀 \x7f\"}",
  "{\"id\":\"é中\",\"text\":\"non-ASCII id\",\"ref_date\":\"2025-05-13\"}",
  "{\"id\":\"l\",\"text\":\"x\",\"lang\":5,\"ref_date\":null}",
  "{\"id\":\"n\",\"meta\":{\"a\":[1,2.5,-3e-2,{\"b\":null}],\"c\":[]},\"ok\":true,\"no\":false,\"text\":\"t\"}",
  "{\"id\":\"\",\"text\":\"\"}",
  "{\"text\":\"long escapes \\n\\n\\n\\u00e9\\u00e9\",\"lang\":\"fr\",\"id\":\"order\"}",
};

/* Lines left to json-glib, which rejects them or reads them its own way. */
static const char * const refused[] = {
  "",
  "not json",
  "[1,2]",
  "\"text\"",
  "{}",
  "{\"id\":\"a\",",
  "{\"text\":5}",
  "{\"text\":null}",
  "{\"id\":\"a\"}",
  "{\"text\":\"a\"} x",
  "{\"text\":\"a\"}{\"text\":\"b\"}",
  "{\"text\":\"a\",}",
  "{\"text\":\"first\",\"text\":\"second\"}",
  "{\"t\\u0065xt\":\"escaped name\"}",
  "{\"id\":1.5,\"text\":\"x\"}",
  "{\"id\":1e3,\"text\":\"x\"}",
  "{\"id\":[1],\"text\":\"x\"}",
  "{\"id\":true,\"text\":\"x\"}",
  "{\"id\":1234567890123456789,\"text\":\"19 digits\"}",
  "{\"text\":\"lone \\ud800 high\"}",
  "{\"text\":\"lone \\udc00 low\"}",
  "{\"text\":\"\\ude00\\ud83d reversed\"}",
  "{\"text\":\"\\ud83d\\u0041 not a pair\"}",
  "{\"text\":\"nul \\u0000 inside\"}",
  "{\"text\":\"bad \\u00zz hex\"}",
  "{\"text\":\"bad \\q escape\"}",
  "{\"text\":\"raw\ttab\"}",
  "{\"text\":\"raw \x01 control\"}",
  "{\"text\":\"overlong \xc0\xaf\"}",
  "{\"text\":\"surrogate \xed\xa0\x80\"}",
  "{\"text\":\"beyond \xf4\x90\x80\x80\"}",
  "{\"text\":\"stray \x80 byte\"}",
  "{\"text\":\"cut \xe4\xb8\"}",
  "{\"text\":\"x\",\"n\":01}",
  "{\"text\":\"x\",\"n\":1.}",
  "{\"text\":\"x\",\"n\":.5}",
  "{\"text\":\"x\",\"n\":-}",
  "{\"text\":\"x\",\"b\":TRUE}",
  "{\"text\":\"x\",\"b\":NaN}",
  "{'text':'single quotes'}",
  "{\"text\":\"x\", /* comment */ \"id\":\"c\"}",
  "\xef\xbb\xbf{\"text\":\"byte order mark\"}",
  "\x0c{\"text\":\"form feed\"}",
  "{\"text\":\"x\",\"deep\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
};

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static void
test_accepted (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autofree char *line = g_strdup (accepted[i]);
      g_autoptr(GError) error = NULL;
      DossierJsonLine request;
      JsonObject *object;
      JsonNode *id;

      {
        g_autofree char *escaped = g_strescape (accepted[i], NULL);

        g_test_message ("%s", escaped);
      }
      g_assert_true (json_parser_load_from_data (parser, accepted[i], -1, &error));
      g_assert_no_error (error);
      object = json_node_get_object (json_parser_get_root (parser));
      g_assert_true (dossier_json_line_read (line, strlen (line), &request));

      g_assert_cmpstr (request.text, ==, member_string (object, "text"));
      g_assert_cmpuint (request.text_len, ==, strlen (member_string (object, "text")));
      g_assert_cmpstr (request.lang, ==, member_string (object, "lang"));
      g_assert_cmpstr (request.ref_date, ==, member_string (object, "ref_date"));
      id = json_object_get_member (object, "id");
      switch (request.id_kind)
        {
        case DOSSIER_JSON_LINE_ID_NULL:
          g_assert_true (id == NULL || JSON_NODE_HOLDS_NULL (id));
          break;
        case DOSSIER_JSON_LINE_ID_STRING:
          g_assert_cmpstr (request.id, ==, json_node_get_string (id));
          g_assert_cmpuint (request.id_len, ==, strlen (json_node_get_string (id)));
          break;
        case DOSSIER_JSON_LINE_ID_INTEGER:
          g_assert_cmpint (json_node_get_value_type (id), ==, G_TYPE_INT64);
          g_assert_cmpint (request.id_integer, ==, json_node_get_int (id));
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static void
test_refused (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *line = g_strdup (refused[i]);
      DossierJsonLine request;

      {
        g_autofree char *escaped = g_strescape (refused[i], NULL);

        g_test_message ("%s", escaped);
      }
      g_assert_false (dossier_json_line_read (line, strlen (line), &request));
      /* left as it was for the general parser */
      g_assert_cmpstr (line, ==, refused[i]);
    }
}

/* The reader skips eight plain bytes at a time: whatever stops it must be
 * seen at every offset and near the end of the line. */
static void
test_offsets (void)
{
  static const struct { const char *piece; gboolean ok; } specials[] = {
    { "\\\"", TRUE }, { "\\\\", TRUE }, { "\\n", TRUE }, { "\\u00e9", TRUE }, { "é", TRUE },
    { "中", TRUE }, { "\x7f", TRUE }, { "\x01", FALSE }, { "\x1f", FALSE }, { "\xff", FALSE },
    { "\"", FALSE },   /* ends the string early: the rest is not JSON */
  };

  for (guint k = 0; k < 20; k++)
    for (guint m = 0; m < 12; m++)
      for (guint i = 0; i < G_N_ELEMENTS (specials); i++)
        {
          g_autoptr(GString) line = g_string_new ("{\"text\":\"");
          g_autofree char *copy = NULL;
          DossierJsonLine request;

          for (guint j = 0; j < k; j++)
            g_string_append_c (line, 'a' + j % 26);
          g_string_append (line, specials[i].piece);
          for (guint j = 0; j < m; j++)
            g_string_append_c (line, 'A' + j % 26);
          g_string_append (line, "\"}");
          copy = g_strdup (line->str);
          g_assert_cmpint (dossier_json_line_read (line->str, line->len, &request), ==, specials[i].ok);
          if (specials[i].ok)
            {
              g_autoptr(JsonParser) parser = json_parser_new ();

              g_assert_true (json_parser_load_from_data (parser, copy, -1, NULL));
              g_assert_cmpstr (request.text, ==,
                               member_string (json_node_get_object (json_parser_get_root (parser)), "text"));
            }
          else
            g_assert_cmpstr (line->str, ==, copy);
        }
}

static DossierSpan *
span_new (DossierSpanKind  kind,
          guint            start,
          guint            end,
          const char      *text)
{
  return dossier_span_new (kind, start, end, text);
}

/* The writer's output, read back by json-glib, gives the spans again; and
 * its bytes are those of the previous writer (dossier_json_append_string()
 * and printf). */
static void
test_writer (void)
{
  g_autoptr(GPtrArray) spans = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
  g_autoptr(GString) out = g_string_new ("{\"id\":\"x\"");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  DossierSpan *span;
  JsonArray *array;

  span = span_new (DOSSIER_SPAN_PERSON, 0, 10, "Sam \"Q\" \\ Altman");
  dossier_span_set_entity (span, "sam-altman", "Sam Altman");
  span->confidence = 0.7;
  g_ptr_array_add (spans, span);
  span = span_new (DOSSIER_SPAN_ORGANIZATION, 11, 14, "英伟达");
  dossier_span_set_entity (span, "nvidia", NULL);
  g_ptr_array_add (spans, span);
  span = span_new (DOSSIER_SPAN_MONEY, 20, 30, "ctl \x01\x1f\n\r\t\x7f 😀");
  dossier_span_set_value (span, 6600000000.0);
  span->unit = g_strdup ("USD");
  g_ptr_array_add (spans, span);
  span = span_new (DOSSIER_SPAN_QUANTITY, 4000000000u, 4294967295u, "数十万颗");
  dossier_span_set_range (span, 100000, 1e6);
  span->item = g_strdup ("chip");
  g_ptr_array_add (spans, span);
  span = span_new (DOSSIER_SPAN_NUMBER, 40, 41, "x");
  dossier_span_set_value (span, -1.25);
  g_ptr_array_add (spans, span);
  span = span_new (DOSSIER_SPAN_NUMBER, 42, 43, "y");
  dossier_span_set_range (span, -0.0, 1e300);
  g_ptr_array_add (spans, span);
  span = span_new (DOSSIER_SPAN_NUMBER, 44, 45, "z");
  dossier_span_set_value (span, NAN);
  g_ptr_array_add (spans, span);
  span = span_new (DOSSIER_SPAN_NUMBER, 46, 47, "w");
  dossier_span_set_value (span, -9007199254740991.0);
  g_ptr_array_add (spans, span);
  span = span_new (DOSSIER_SPAN_DATE, 50, 55, "5月13日");
  span->iso = g_strdup ("2025-05-13");
  g_ptr_array_add (spans, span);

  dossier_json_line_append_spans (out, spans);
  g_string_append_c (out, '}');

  g_assert_cmpstr (out->str, ==,
                   "{\"id\":\"x\",\"spans\":["
                   "{\"start\":0,\"end\":10,\"kind\":\"person\",\"text\":\"Sam \\\"Q\\\" \\\\ Altman\","
                   "\"entity\":{\"id\":\"sam-altman\",\"name\":\"Sam Altman\"},\"confidence\":0.7},"
                   "{\"start\":11,\"end\":14,\"kind\":\"organization\",\"text\":\"英伟达\","
                   "\"entity\":{\"id\":\"nvidia\",\"name\":\"nvidia\"}},"
                   "{\"start\":20,\"end\":30,\"kind\":\"money\",\"text\":\"ctl \\u0001\\u001f\\n\\r\\t\x7f 😀\","
                   "\"value\":6600000000,\"unit\":\"USD\"},"
                   "{\"start\":4000000000,\"end\":4294967295,\"kind\":\"quantity\",\"text\":\"数十万颗\","
                   "\"value_min\":100000,\"value_max\":1000000,\"item\":\"chip\"},"
                   "{\"start\":40,\"end\":41,\"kind\":\"number\",\"text\":\"x\",\"value\":-1.25},"
                   "{\"start\":42,\"end\":43,\"kind\":\"number\",\"text\":\"y\",\"value_min\":0,\"value_max\":1e+300},"
                   "{\"start\":44,\"end\":45,\"kind\":\"number\",\"text\":\"z\",\"value\":null},"
                   "{\"start\":46,\"end\":47,\"kind\":\"number\",\"text\":\"w\",\"value\":-9007199254740991},"
                   "{\"start\":50,\"end\":55,\"kind\":\"date\",\"text\":\"5月13日\",\"iso\":\"2025-05-13\"}"
                   "]}");

  /* Escaped strings read back as they were. */
  g_assert_true (json_parser_load_from_data (parser, out->str, -1, &error));
  g_assert_no_error (error);
  array = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "spans");
  g_assert_cmpuint (json_array_get_length (array), ==, spans->len);
  for (guint i = 0; i < spans->len; i++)
    {
      DossierSpan *s = g_ptr_array_index (spans, i);
      JsonObject *o = json_array_get_object_element (array, i);

      g_assert_cmpstr (json_object_get_string_member (o, "text"), ==, s->text);
    }

  /* The same bytes as the general string writer. */
  for (guint i = 0; i < spans->len; i++)
    {
      DossierSpan *s = g_ptr_array_index (spans, i);
      g_autoptr(GString) expected = g_string_new (NULL);

      dossier_json_append_string (expected, s->text);
      g_assert_nonnull (strstr (out->str, expected->str));
    }
}

/* The writer reserves room per span: many long spans of characters that
 * grow most when escaped. */
static void
test_writer_growth (void)
{
  g_autoptr(GPtrArray) spans = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) expected = g_string_new (",\"spans\":[");
  g_autofree char *controls = g_malloc (4097);

  for (guint i = 0; i < 4096; i++)
    controls[i] = (char) (1 + i % 31);
  controls[4096] = '\0';
  for (guint i = 0; i < 50; i++)
    {
      g_ptr_array_add (spans, span_new (DOSSIER_SPAN_PLACE, i, i + 1, controls));
      g_string_append_printf (expected, "%s{\"start\":%u,\"end\":%u,\"kind\":\"place\",\"text\":",
                              i > 0 ? "," : "", i, i + 1);
      dossier_json_append_string (expected, controls);
      g_string_append_c (expected, '}');
    }
  g_string_append_c (expected, ']');
  dossier_json_line_append_spans (out, spans);
  g_assert_cmpuint (out->len, ==, expected->len);
  g_assert_cmpstr (out->str, ==, expected->str);
}

/* The writer checks eight bytes at a time for characters to escape: each
 * such character (and its harmless neighbours 0x20, 0x7f, UTF-8) at every
 * position of a word, after a clean run, writes as the general writer. */
static void
test_writer_escapes_anywhere (void)
{
  static const char * const inserts[] = {
    "\"", "\\", "\n", "\x01", "\x1f", "\x7f", " ", "!", "[", "]", "é", "中", "😀",
  };

  for (guint k = 0; k < G_N_ELEMENTS (inserts); k++)
    for (guint pos = 0; pos <= 24; pos++)
      {
        static const char letters[] = "abcdefghijklmnopqrstuvwxyz";
        g_autoptr(GPtrArray) spans = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
        g_autoptr(GString) text = g_string_new_len (letters, pos);
        g_autoptr(GString) out = g_string_new (NULL);
        g_autoptr(GString) expected = g_string_new (",\"spans\":[{\"start\":0,\"end\":1,\"kind\":\"place\",\"text\":");

        g_string_append (text, inserts[k]);
        g_string_append (text, letters + pos);
        g_ptr_array_add (spans, span_new (DOSSIER_SPAN_PLACE, 0, 1, text->str));
        dossier_json_append_string (expected, text->str);
        g_string_append (expected, "}]");
        dossier_json_line_append_spans (out, spans);
        g_assert_cmpstr (out->str, ==, expected->str);
      }
}

/* The spans as the first writer wrote them: dossier_json_append_string(),
 * "%u" and g_ascii_formatd(). */
static void
append_number_reference (GString    *out,
                         const char *name,
                         double      value)
{
  g_string_append_printf (out, ",\"%s\":", name);
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
append_spans_reference (GString   *out,
                        GPtrArray *spans)
{
  g_string_append (out, ",\"spans\":[");
  for (guint i = 0; i < spans->len; i++)
    {
      const DossierSpan *span = g_ptr_array_index (spans, i);

      g_string_append_printf (out, "%s{\"start\":%u,\"end\":%u,\"kind\":\"%s\",\"text\":", i > 0 ? "," : "",
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
        append_number_reference (out, "value", span->value);
      if (span->flags & DOSSIER_SPAN_HAS_RANGE)
        {
          append_number_reference (out, "value_min", span->value_min);
          append_number_reference (out, "value_max", span->value_max);
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
        append_number_reference (out, "confidence", span->confidence);
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');
}

/* A string of 0 to 40 bytes: mostly letters and UTF-8, now and then a
 * byte that needs an escape, at any place of a word. */
static char *
random_string (GRand *rand)
{
  static const char * const pieces[] = {
    "a", "Z", "0", " ", "-", "é", "中", "😀", "\x7f", "\"", "\\", "\n", "\r", "\t", "\x01", "\x1f", "/",
  };
  GString *text = g_string_new (NULL);
  guint len = g_rand_int_range (rand, 0, 41);
  gboolean plain = g_rand_boolean (rand);

  while (text->len < len)
    g_string_append (text, pieces[g_rand_int_range (rand, 0, plain ? 8 : G_N_ELEMENTS (pieces))]);
  return g_string_free (text, FALSE);
}

static double
random_value (GRand *rand)
{
  static const double specials[] = {
    0.0, -0.0, 1.0, -1.0, 0.5, 1e300, -1e-300, 9007199254740991.0, 9007199254740992.0,
    -9007199254740992.0, 18446744073709551616.0, 4294967296.0, 1e15, 123456789012.0, 0.7, NAN, INFINITY,
    -INFINITY,
  };

  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0:
      return specials[g_rand_int_range (rand, 0, G_N_ELEMENTS (specials))];
    case 1:
      return (double) g_rand_int_range (rand, -1000000, 1000000);
    case 2:
      return (double) g_rand_int (rand) * (double) g_rand_int (rand);
    default:
      return g_rand_double_range (rand, -1e6, 1e6);
    }
}

static guint
random_offset (GRand *rand)
{
  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0: return g_rand_int_range (rand, 0, 10);
    case 1: return g_rand_int_range (rand, 0, 100000);
    case 2: return G_MAXUINT - g_rand_int_range (rand, 0, 3);
    default: return g_rand_int (rand);
    }
}

/* Random spans, packed or not, with every member present or missing,
 * written as the first writer wrote them. */
static void
test_writer_reference (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (23);

  for (guint round = 0; round < 400; round++)
    {
      g_autoptr(GPtrArray) spans = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
      g_autoptr(GString) out = g_string_new ("{\"id\":1");
      g_autoptr(GString) expected = g_string_new ("{\"id\":1");
      guint n = g_rand_int_range (rand, 0, 30);

      for (guint k = 0; k < n; k++)
        {
          g_autofree char *text = random_string (rand);
          g_autofree char *iso = g_rand_boolean (rand) ? random_string (rand) : NULL;
          g_autofree char *id = g_rand_int_range (rand, 0, 3) == 0 ? random_string (rand) : NULL;
          g_autofree char *name = id != NULL && g_rand_boolean (rand) ? random_string (rand) : NULL;
          g_autofree char *unit = g_rand_int_range (rand, 0, 3) == 0 ? random_string (rand) : NULL;
          g_autofree char *item = g_rand_int_range (rand, 0, 3) == 0 ? random_string (rand) : NULL;
          DossierSpanKind kind = g_rand_int_range (rand, 0, DOSSIER_N_SPAN_KINDS);
          guint start = random_offset (rand), other = random_offset (rand);
          guint end = MAX (start, other);
          DossierSpan *span;

          if (g_rand_boolean (rand))
            span = _dossier_span_new_packed (kind, start, end, text, strlen (text), unit, item, iso, id, name);
          else
            {
              span = dossier_span_new (kind, start, end, text);
              span->iso = g_strdup (iso);
              span->unit = g_strdup (unit);
              span->item = g_strdup (item);
              if (id != NULL)
                dossier_span_set_entity (span, id, name);
            }
          switch (g_rand_int_range (rand, 0, 3))
            {
            case 0: dossier_span_set_value (span, random_value (rand)); break;
            case 1: dossier_span_set_range (span, random_value (rand), random_value (rand)); break;
            default: break;
            }
          if (g_rand_boolean (rand))
            span->confidence = g_rand_boolean (rand) ? random_value (rand) : g_rand_double (rand);
          g_ptr_array_add (spans, span);
        }
      dossier_json_line_append_spans (out, spans);
      append_spans_reference (expected, spans);
      g_assert_cmpuint (out->len, ==, strlen (out->str));
      g_assert_cmpstr (out->str, ==, expected->str);
    }
}

/* What the quick reader accepts is UTF-8 without NUL, of the length it
 * gives: the command analyses it without checking it again. Lines of
 * random bytes, escapes and characters. */
static void
test_text_valid (void)
{
  static const char * const pieces[] = {
    "a", " ", "é", "中", "😀", "\\n", "\\\"", "\\\\", "\\u00e9", "\\u4e2d", "\\ud83d\\ude00", "\\u0000",
    "\\ud83d", "\\ude00x", "\\u12", "\\x", "\x80", "\xc3", "\xe4\xb8", "\xed\xa0\x80", "\xc0\xaf",
    "\xf4\x90\x80\x80", "\xff", "\x01", "\x7f", "\"",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (29);
  guint accepted_lines = 0;

  for (guint round = 0; round < 20000; round++)
    {
      g_autoptr(GString) line = g_string_new ("{\"id\":\"x\",\"text\":\"");
      guint n = g_rand_int_range (rand, 0, 12);
      DossierJsonLine request;

      for (guint k = 0; k < n; k++)
        {
          /* mostly characters, sometimes anything */
          guint p = g_rand_int_range (rand, 0, 4) > 0 ? g_rand_int_range (rand, 0, 11)
                                                      : g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces));
          g_string_append (line, pieces[p]);
        }
      g_string_append (line, "\"}");
      if (!dossier_json_line_read (line->str, line->len, &request))
        continue;
      accepted_lines++;
      g_assert_true (g_utf8_validate_len (request.text, request.text_len, NULL));
      g_assert_null (memchr (request.text, '\0', request.text_len));
      g_assert_cmpint (request.text[request.text_len], ==, '\0');
    }
  /* both kinds of lines were seen */
  g_assert_cmpuint (accepted_lines, >, 1000);
  g_assert_cmpuint (accepted_lines, <, 19000);
}

/* The command reads each line with its length: a NUL byte makes that line
 * an error, the next line is analysed on its own (it was glued to it),
 * and a last line without a newline counts too. */
static void
test_cli_lines (void)
{
  static const char input[] =
    "{\"id\":\"a\",\"text\":\"x\0y\"}\n"
    "{\"id\":\"b\",\"text\":\"Nvidia\"}\n"
    "\n"
    "{\"id\":\"c\",\"text\":\"caf\\u00e9\"}";
  const char *build_dir = g_getenv ("DOSSIER_BUILD_DIR");
  g_autofree char *cli = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) in = g_bytes_new_static (input, sizeof input - 1);
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;
  gsize len;

  if (build_dir == NULL)
    {
      g_test_skip ("DOSSIER_BUILD_DIR is not set: run through meson test");
      return;
    }
  cli = g_build_filename (build_dir, "src", "cli", "dossier-cli", NULL);
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                              G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                              cli, "analyze", "--jsonl", NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate (process, in, NULL, &out, &err, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);   /* one line failed */

  {
    const char *data = g_bytes_get_data (out, &len);

    text = g_strndup (data, len);
  }
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);   /* three lines and the empty end */
  g_assert_true (g_str_has_prefix (lines[0], "{\"id\":null,\"error\":\"line 1 "));
  g_assert_true (g_str_has_prefix (lines[1], "{\"id\":\"b\",\"lang\":null,\"spans\":[{"));
  g_assert_nonnull (strstr (lines[1], "\"entity\":{\"id\":\"nvidia\""));
  g_assert_cmpstr (lines[2], ==, "{\"id\":\"c\",\"lang\":null,\"spans\":[]}");
  g_assert_cmpstr (lines[3], ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-lines/accepted", test_accepted);
  g_test_add_func ("/json-lines/refused", test_refused);
  g_test_add_func ("/json-lines/offsets", test_offsets);
  g_test_add_func ("/json-lines/writer", test_writer);
  g_test_add_func ("/json-lines/writer-growth", test_writer_growth);
  g_test_add_func ("/json-lines/writer-escapes-anywhere", test_writer_escapes_anywhere);
  g_test_add_func ("/json-lines/writer-reference", test_writer_reference);
  g_test_add_func ("/json-lines/text-valid", test_text_valid);
  g_test_add_func ("/json-lines/cli-lines", test_cli_lines);
  return g_test_run ();
}
