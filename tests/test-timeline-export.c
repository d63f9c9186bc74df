/* test-timeline-export.c — JSON, TimelineJS, CSV and iCalendar exports
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <json-glib/json-glib.h>

#include "dossier-timeline-export.h"
#include "dossier-test-utils.h"

/* A long Chinese title: folding must not cut its three-byte characters. */
#define CJK_TITLE "美国商务部宣布废除人工智能扩散规则，并就华为昇腾芯片在全球任何地方使用可能违反美国出口管制发布指引"
/* The rescission's description has a French translation only: other
 * languages fall back to the English text. */
#define FR_DESCRIPTION "Plafonds de calcul par niveau ; abandonnés, « non appliqués »"

static DossierEvent *
make_event (const char         *uid,
            const char         *date,
            const char         *title,
            DossierEventStatus  status)
{
  DossierEvent *event = dossier_event_new ();

  dossier_event_set_uid (event, uid);
  dossier_event_set_date (event, date);
  dossier_event_set_title (event, title);
  dossier_event_set_status (event, status);
  return event;
}

static GPtrArray *
make_events (void)
{
  GPtrArray *events = g_ptr_array_new_with_free_func (g_object_unref);
  DossierEvent *event;
  g_autoptr(DossierEvidence) evidence = NULL;

  /* Deliberately out of order. */
  event = make_event ("ev-rescission", "2025-05-13", "Rescission of the AI Diffusion rule",
                      DOSSIER_EVENT_STATUS_ACCEPTED);
  dossier_event_set_title_translation (event, "en", "Rescission of the AI Diffusion rule");
  dossier_event_set_title_translation (event, "zh", CJK_TITLE);
  dossier_event_set_title_translation (event, "fr", "Abrogation de la règle sur la diffusion de l'IA");
  dossier_event_set_description (event, "Caps on compute, by tier; scrapped; \"not enforced\"\nsecond line, with a backslash \\ too");
  dossier_event_set_description_translation (event, "fr", FR_DESCRIPTION);
  dossier_event_set_kind (event, DOSSIER_EVENT_KIND_RULE_RESCINDED);
  dossier_event_set_stance (event, DOSSIER_EVENT_STANCE_LOOSENS);
  dossier_event_set_topic (event, DOSSIER_EVENT_TOPIC_GLOBAL_CAPS);
  dossier_event_add_actor (event, "bureau-of-industry-and-security");
  dossier_event_add_actor (event, "huawei");
  dossier_event_add_source (event, "BIS", "2025-05-13", "https://example.org/bis?a=1&b=2");
  evidence = dossier_evidence_new (7, 120, 163, "特朗普政府正在考虑废除拜登时代的芯片出口上限规则，“AI扩散规则”将不再执行。");
  evidence->prefix = g_strdup ("据报道，");
  dossier_event_add_evidence (event, evidence);
  dossier_event_set_times (event, 1747180800, 1747267200);
  g_ptr_array_add (events, event);

  event = make_event ("ev-month", "2021-01", "Something in January 2021 <b>bold</b> & co",
                      DOSSIER_EVENT_STATUS_CANDIDATE);
  dossier_event_set_confidence (event, 0.55);
  dossier_event_set_kind (event, DOSSIER_EVENT_KIND_STATEMENT);
  g_ptr_array_add (events, event);

  event = make_event ("ev-interval", "2025-05-13/2025-05-15", "Gulf visit, deals announced",
                      DOSSIER_EVENT_STATUS_REFERENCE);
  dossier_event_set_kind (event, DOSSIER_EVENT_KIND_DEAL);
  dossier_event_set_topic (event, DOSSIER_EVENT_TOPIC_GULF_EXPORTS);
  dossier_event_add_actor (event, "g42");
  dossier_event_add_actor (event, "humain");
  dossier_event_add_source (event, "White House, \"fact sheet\"", NULL, NULL);
  g_ptr_array_add (events, event);

  event = make_event ("ev-uncertain", "2023?", "Uncertain year, approximate month follows",
                      DOSSIER_EVENT_STATUS_ACCEPTED);
  dossier_event_set_topic (event, DOSSIER_EVENT_TOPIC_CHINA_CONTROLS);
  dossier_event_set_stance (event, DOSSIER_EVENT_STANCE_TIGHTENS);
  g_ptr_array_add (events, event);

  event = make_event ("ev-open", "2025-01-20/..", "Running policy", DOSSIER_EVENT_STATUS_ACCEPTED);
  g_ptr_array_add (events, event);

  event = make_event ("ev-approx", "2019-05~", "Approximate month", DOSSIER_EVENT_STATUS_ACCEPTED);
  g_ptr_array_add (events, event);

  return events;
}

static const char * const sorted_uids[] = {
  "ev-approx", "ev-month", "ev-uncertain", "ev-open", "ev-rescission", "ev-interval",
};

/* ---- iCalendar ---- */

/* Unfolds content lines and returns them; checks folding on the way. */
static GPtrArray *
ics_unfold (const char *ics)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  const char *p = ics;

  while (*p)
    {
      const char *eol = strstr (p, "\r\n");
      gsize len;

      g_assert_nonnull (eol);
      len = eol - p;
      g_assert_cmpuint (len, <=, 75);
      /* Every physical line is whole UTF-8: no character was split. */
      g_assert_true (g_utf8_validate (p, len, NULL));
      g_assert_null (memchr (p, '\n', len));
      g_assert_null (memchr (p, '\r', len));

      if (*p == ' ')
        {
          char *last;

          g_assert_cmpuint (lines->len, >, 0);
          last = g_ptr_array_index (lines, lines->len - 1);
          lines->pdata[lines->len - 1] = g_strdup_printf ("%s%.*s", last, (int) len - 1, p + 1);
          g_free (last);
        }
      else
        g_ptr_array_add (lines, g_strndup (p, len));
      p = eol + 2;
    }
  return g_steal_pointer (&lines);
}

static char *
ics_unescape (const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = value; *p; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          g_string_append_c (out, *p == 'n' || *p == 'N' ? '\n' : *p);
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* The values of @name in each VEVENT, in order. */
static GPtrArray *
ics_values (GPtrArray  *lines,
            const char *name)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *prefix = g_strconcat (name, ":", NULL);

  for (guint i = 0; i < lines->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (lines, i), prefix))
      g_ptr_array_add (values, g_strdup ((char *) g_ptr_array_index (lines, i) + strlen (prefix)));
  return values;
}

static void
test_ics_structure (void)
{
  g_autoptr(GPtrArray) events = make_events ();
  g_autofree char *ics = dossier_export_ics (events, "zh_CN.UTF-8");
  g_autoptr(GPtrArray) lines = ics_unfold (ics);
  g_autoptr(GPtrArray) uids = ics_values (lines, "UID");
  g_autoptr(GPtrArray) starts = ics_values (lines, "DTSTART;VALUE=DATE");
  g_autoptr(GPtrArray) ends = ics_values (lines, "DTEND;VALUE=DATE");
  g_autoptr(GPtrArray) eras = ics_values (lines, "X-DOSSIER-ERA");
  g_autoptr(GPtrArray) uncertain = ics_values (lines, "X-DOSSIER-UNCERTAIN");
  g_autoptr(GPtrArray) approximate = ics_values (lines, "X-DOSSIER-APPROXIMATE");
  g_autoptr(GPtrArray) summaries = ics_values (lines, "SUMMARY");
  g_autoptr(GPtrArray) descriptions = ics_values (lines, "DESCRIPTION");
  g_autoptr(GPtrArray) stamps = ics_values (lines, "DTSTAMP");
  gboolean folded_cjk = FALSE;
  static const char *expected_starts[] = { "20190501", "20210101", "20230101", "20250120", "20250513", "20250513" };
  static const char *expected_eras[] = { "trump-1", "none", "biden", "trump-2", "trump-2", "trump-2" };

  g_assert_true (g_str_has_prefix (ics, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  g_assert_true (g_str_has_suffix (ics, "END:VCALENDAR\r\n"));
  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, "BEGIN:VCALENDAR");

  g_assert_cmpuint (uids->len, ==, G_N_ELEMENTS (sorted_uids));
  g_assert_cmpuint (stamps->len, ==, uids->len);
  for (guint i = 0; i < uids->len; i++)
    {
      g_autofree char *uid = g_strconcat (sorted_uids[i], "@dossier", NULL);
      g_assert_cmpstr (g_ptr_array_index (uids, i), ==, uid);
      g_assert_cmpstr (g_ptr_array_index (starts, i), ==, expected_starts[i]);
      g_assert_cmpstr (g_ptr_array_index (eras, i), ==, expected_eras[i]);
    }
  /* DTEND is exclusive; the open interval has none. */
  g_assert_cmpuint (ends->len, ==, uids->len - 1);
  g_assert_cmpstr (g_ptr_array_index (ends, 0), ==, "20190601");
  g_assert_cmpstr (g_ptr_array_index (ends, 1), ==, "20210201");
  g_assert_cmpstr (g_ptr_array_index (ends, 2), ==, "20240101");
  g_assert_cmpstr (g_ptr_array_index (ends, 3), ==, "20250514");
  g_assert_cmpstr (g_ptr_array_index (ends, 4), ==, "20250516");
  g_assert_cmpstr (g_ptr_array_index (uncertain, 2), ==, "TRUE");
  g_assert_cmpstr (g_ptr_array_index (approximate, 0), ==, "TRUE");
  g_assert_cmpstr (g_ptr_array_index (approximate, 2), ==, "FALSE");
  /* Stored events keep their last change as DTSTAMP. */
  g_assert_cmpstr (g_ptr_array_index (stamps, 4), ==, "20250515T000000Z");

  /* The CJK title survives folding and escaping. */
  {
    g_autofree char *summary = ics_unescape (g_ptr_array_index (summaries, 4));
    g_autofree char *description = ics_unescape (g_ptr_array_index (descriptions, 0));

    g_assert_cmpstr (summary, ==, CJK_TITLE);
    g_assert_true (g_str_has_prefix (description, "Caps on compute, by tier; scrapped; \"not enforced\"\n"
                                                  "second line, with a backslash \\ too\n"));
    g_assert_nonnull (strstr (description, "特朗普政府正在考虑废除"));
    g_assert_nonnull (strstr (description, "https://example.org/bis?a=1&b=2"));
  }
  for (const char *p = ics; (p = strstr (p, "\r\n ")) != NULL; p += 3)
    if (((guchar) p[3]) >= 0xE0)
      folded_cjk = TRUE;
  g_assert_true (folded_cjk);

  /* In French, the translated description leads the DESCRIPTION. */
  {
    g_autofree char *french = dossier_export_ics (events, "fr_FR.UTF-8");
    g_autoptr(GPtrArray) french_lines = ics_unfold (french);
    g_autoptr(GPtrArray) french_descriptions = ics_values (french_lines, "DESCRIPTION");
    g_autofree char *description = ics_unescape (g_ptr_array_index (french_descriptions, 0));

    g_assert_true (g_str_has_prefix (description, FR_DESCRIPTION "\n"));
    g_assert_null (strstr (description, "Caps on compute"));
    g_assert_nonnull (strstr (description, "特朗普政府正在考虑废除"));
  }
}

static void
test_ics_stable (void)
{
  g_autoptr(GPtrArray) events = make_events ();
  g_autoptr(GPtrArray) reversed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;

  for (guint i = events->len; i > 0; i--)
    g_ptr_array_add (reversed, dossier_event_copy (g_ptr_array_index (events, i - 1)));

  first = dossier_export_ics (events, NULL);
  second = dossier_export_ics (events, NULL);
  third = dossier_export_ics (reversed, NULL);
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpstr (first, ==, third);
}

typedef struct
{
  const char *title;
} FoldCase;

static void
test_ics_folding (void)
{
  /* Every split point: titles of growing length with 1-, 2-, 3- and
   * 4-byte characters. */
  static const char *units[] = { "a", "é", "中", "😀" };

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    for (guint n = 60; n < 200; n += 7)
      {
        g_autoptr(GString) title = g_string_new (NULL);
        g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
        g_autofree char *ics = NULL;
        g_autoptr(GPtrArray) lines = NULL;
        g_autoptr(GPtrArray) summaries = NULL;

        for (guint i = 0; i < n; i++)
          g_string_append (title, units[(u + i) % G_N_ELEMENTS (units)]);
        g_ptr_array_add (events, make_event ("fold", "2025-05-13", title->str,
                                             DOSSIER_EVENT_STATUS_ACCEPTED));
        ics = dossier_export_ics (events, NULL);
        lines = ics_unfold (ics);
        summaries = ics_values (lines, "SUMMARY");
        g_assert_cmpuint (summaries->len, ==, 1);
        g_assert_cmpstr (g_ptr_array_index (summaries, 0), ==, title->str);
      }
}

/* ---- JSON ---- */

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static void
test_json_contract (void)
{
  g_autoptr(GPtrArray) events = make_events ();
  g_autofree char *text = dossier_export_timeline_json (events);
  g_autoptr(JsonNode) root = parse_json (text);
  JsonArray *list;
  static const char *required[] = {
    "id", "title", "date", "era", "kind", "stance", "topic", "actors", "sources", "status", "evidence",
  };

  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  list = json_object_get_array_member (json_node_get_object (root), "events");
  g_assert_cmpuint (json_array_get_length (list), ==, G_N_ELEMENTS (sorted_uids));

  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *event = json_array_get_object_element (list, i);

      for (guint r = 0; r < G_N_ELEMENTS (required); r++)
        g_assert_true (json_object_has_member (event, required[r]));
      g_assert_cmpstr (json_object_get_string_member (event, "id"), ==, sorted_uids[i]);
      g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (event, "actors")));
      g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (event, "sources")));
      g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (event, "evidence")));
    }

  {
    JsonObject *month = json_array_get_object_element (list, 1);
    JsonObject *rescission = json_array_get_object_element (list, 4);
    JsonObject *evidence = json_array_get_object_element (json_object_get_array_member (rescission, "evidence"), 0);
    JsonObject *source = json_array_get_object_element (json_object_get_array_member (rescission, "sources"), 0);

    g_assert_true (json_object_get_null_member (month, "era"));
    g_assert_cmpstr (json_object_get_string_member (month, "status"), ==, "candidate");
    g_assert_cmpstr (json_object_get_string_member (month, "precision"), ==, "month");
    g_assert_cmpstr (json_object_get_string_member (month, "earliest"), ==, "2021-01-01");
    g_assert_cmpstr (json_object_get_string_member (month, "latest"), ==, "2021-01-31");
    g_assert_cmpstr (json_object_get_string_member (rescission, "era"), ==, "trump-2");
    g_assert_cmpstr (json_object_get_string_member (rescission, "kind"), ==, "rule-rescinded");
    g_assert_cmpstr (json_object_get_string_member (rescission, "stance"), ==, "loosens");
    g_assert_cmpstr (json_object_get_string_member (rescission, "topic"), ==, "global-caps");
    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (rescission, "titles"), "zh"),
                     ==, CJK_TITLE);
    /* Description translations, like title translations, only when there are any. */
    g_assert_cmpstr (json_object_get_string_member (rescission, "description"), ==,
                     "Caps on compute, by tier; scrapped; \"not enforced\"\nsecond line, with a backslash \\ too");
    g_assert_cmpuint (json_object_get_size (json_object_get_object_member (rescission, "descriptions")), ==, 1);
    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (rescission, "descriptions"), "fr"),
                     ==, FR_DESCRIPTION);
    g_assert_false (json_object_has_member (month, "titles"));
    g_assert_false (json_object_has_member (month, "descriptions"));
    g_assert_cmpint (json_object_get_int_member (evidence, "article"), ==, 7);
    g_assert_cmpint (json_object_get_int_member (evidence, "start"), ==, 120);
    g_assert_cmpint (json_object_get_int_member (evidence, "end"), ==, 163);
    g_assert_nonnull (strstr (json_object_get_string_member (evidence, "quote"), "AI扩散规则"));
    g_assert_cmpstr (json_object_get_string_member (source, "name"), ==, "BIS");
    g_assert_cmpstr (json_object_get_string_member (source, "date"), ==, "2025-05-13");
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 3), "latest"), ==, NULL);
  }
}

/* ---- TimelineJS ---- */

static void
test_timelinejs_fields (void)
{
  g_autoptr(GPtrArray) events = make_events ();
  g_autofree char *text = dossier_export_timelinejs (events, "fr");
  g_autoptr(JsonNode) root = parse_json (text);
  JsonObject *doc = json_node_get_object (root);
  JsonArray *list = json_object_get_array_member (doc, "events");
  JsonArray *eras = json_object_get_array_member (doc, "eras");

  g_assert_cmpuint (json_array_get_length (list), ==, G_N_ELEMENTS (sorted_uids));
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *event = json_array_get_object_element (list, i);
      JsonObject *start = json_object_get_object_member (event, "start_date");
      JsonObject *slide = json_object_get_object_member (event, "text");

      /* TimelineJS requires a start year and some text. */
      g_assert_nonnull (start);
      g_assert_true (json_object_has_member (start, "year"));
      g_assert_nonnull (slide);
      g_assert_nonnull (json_object_get_string_member (slide, "headline"));
      g_assert_nonnull (json_object_get_string_member (event, "group"));
      g_assert_cmpstr (json_object_get_string_member (event, "unique_id"), ==, sorted_uids[i]);
    }

  {
    JsonObject *month = json_array_get_object_element (list, 1);
    JsonObject *rescission = json_array_get_object_element (list, 4);
    JsonObject *interval = json_array_get_object_element (list, 5);
    const char *html = json_object_get_string_member (json_object_get_object_member (rescission, "text"), "text");

    /* Titles are escaped for the HTML slide. */
    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (month, "text"), "headline"),
                     ==, "Something in January 2021 &lt;b&gt;bold&lt;/b&gt; &amp; co");
    g_assert_false (json_object_has_member (json_object_get_object_member (month, "start_date"), "day"));
    g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (month, "start_date"), "month"), ==, 1);
    /* The French title is picked; evidence quotes are in the slide text. */
    g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (rescission, "text"), "headline"),
                     ==, "Abrogation de la règle sur la diffusion de l&apos;IA");
    g_assert_nonnull (strstr (html, "<blockquote>特朗普政府正在考虑废除"));
    /* So is the French description, escaped; the English one is not there. */
    g_assert_true (g_str_has_prefix (html, "<p>Plafonds de calcul par niveau ; abandonnés, « non appliqués »</p>"));
    g_assert_null (strstr (html, "Caps on compute"));
    g_assert_nonnull (strstr (html, "href=\"https://example.org/bis?a=1&amp;b=2\""));
    g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (interval, "end_date"), "day"), ==, 15);
  }

  /* Eras cover the events: Trump I, Biden, Trump II, clipped to the range. */
  g_assert_cmpuint (json_array_get_length (eras), ==, 3);
  for (guint i = 0; i < json_array_get_length (eras); i++)
    {
      JsonObject *era = json_array_get_object_element (eras, i);

      g_assert_true (json_object_has_member (json_object_get_object_member (era, "start_date"), "year"));
      g_assert_true (json_object_has_member (json_object_get_object_member (era, "end_date"), "year"));
      g_assert_nonnull (json_object_get_string_member (json_object_get_object_member (era, "text"), "headline"));
    }
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (json_array_get_object_element (eras, 0), "start_date"), "year"), ==, 2019);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (json_array_get_object_element (eras, 2), "end_date"), "day"), ==, 15);
}

/* ---- CSV ---- */

/* A small RFC 4180 reader: rows of fields. */
static GPtrArray *
csv_parse (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  const char *p = text;

  while (*p)
    {
      if (*p == '"' && field->len == 0)
        {
          for (p++; *p; p++)
            {
              if (*p == '"' && p[1] == '"')
                g_string_append_c (field, *p++);
              else if (*p == '"')
                break;
              else
                g_string_append_c (field, *p);
            }
          g_assert_cmpint (*p, ==, '"');
          p++;
        }
      else if (*p == ',')
        {
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          p++;
        }
      else if (p[0] == '\r' && p[1] == '\n')
        {
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
          p += 2;
        }
      else
        {
          g_assert_cmpint (*p, !=, '\n');
          g_string_append_c (field, *p++);
        }
    }
  g_assert_cmpuint (field->len, ==, 0);
  g_assert_cmpuint (row->len, ==, 0);
  g_string_free (field, TRUE);
  g_ptr_array_unref (row);
  return rows;
}

static void
test_csv (void)
{
  g_autoptr(GPtrArray) events = make_events ();
  g_autofree char *text = dossier_export_timeline_csv (events, NULL);
  g_autoptr(GPtrArray) rows = csv_parse (text);
  GPtrArray *header = g_ptr_array_index (rows, 0);

  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (sorted_uids) + 1);
  g_assert_cmpstr (g_ptr_array_index (header, 0), ==, "id");
  g_assert_cmpstr (g_ptr_array_index (header, 1), ==, "date");
  for (guint i = 1; i < rows->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (rows, i);

      g_assert_cmpuint (row->len, ==, header->len);
      g_assert_cmpstr (g_ptr_array_index (row, 0), ==, sorted_uids[i - 1]);
    }
  {
    GPtrArray *interval = g_ptr_array_index (rows, 6);
    GPtrArray *rescission = g_ptr_array_index (rows, 5);
    GPtrArray *month = g_ptr_array_index (rows, 2);

    g_assert_cmpstr (g_ptr_array_index (interval, 7), ==, "trump-2");
    g_assert_cmpstr (g_ptr_array_index (interval, 14), ==, "g42;humain");
    g_assert_cmpstr (g_ptr_array_index (interval, 15), ==, "White House, \"fact sheet\"");
    g_assert_cmpstr (g_ptr_array_index (month, 7), ==, "");
    g_assert_cmpstr (g_ptr_array_index (month, 13), ==, "0.55");
    g_assert_cmpstr (g_ptr_array_index (rescission, 16), ==, "1");
    g_assert_nonnull (strstr (g_ptr_array_index (rescission, 17), "[article 7 120-163] 特朗普政府"));
  }
}

static void
test_formats (void)
{
  static const char *names[] = { "json", "timelinejs", "csv", "ics" };
  g_autoptr(GPtrArray) empty = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      DossierTimelineFormat format;
      g_autofree char *text = NULL;

      g_assert_true (dossier_timeline_format_from_string (names[i], &format));
      g_assert_cmpstr (dossier_timeline_format_to_string (format), ==, names[i]);
      /* An empty timeline is still a valid document. */
      text = dossier_timeline_export (empty, format, NULL);
      g_assert_nonnull (text);
      g_assert_cmpuint (strlen (text), >, 0);
    }
  g_assert_false (dossier_timeline_format_from_string ("xml", &(DossierTimelineFormat) { 0 }));
  g_assert_false (dossier_timeline_format_from_string (NULL, &(DossierTimelineFormat) { 0 }));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-export/ics/structure", test_ics_structure);
  g_test_add_func ("/timeline-export/ics/stable", test_ics_stable);
  g_test_add_func ("/timeline-export/ics/folding", test_ics_folding);
  g_test_add_func ("/timeline-export/json/contract", test_json_contract);
  g_test_add_func ("/timeline-export/timelinejs/fields", test_timelinejs_fields);
  g_test_add_func ("/timeline-export/csv", test_csv);
  g_test_add_func ("/timeline-export/formats", test_formats);

  return g_test_run ();
}
