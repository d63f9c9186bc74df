/* test-timeline-pack.c — the shipped reference pack and pack validation
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "dossier-error.h"
#include "dossier-timeline-pack.h"
#include "dossier-test-utils.h"

/* The facts the pack must hold: date, kind, era. */
static const struct
{
  const char *date;
  const char *kind;
  const char *era;
  const char *actor;
} facts[] = {
  { "2019-05-16", "rule-issued", "trump-1", "huawei" },
  { "2020-05-15", "rule-issued", "trump-1", "huawei" },
  { "2020-12-18", "rule-issued", "trump-1", "smic" },
  { "2022-08-31", "disclosure", "biden", "nvidia" },
  { "2022-10-07", "rule-issued", "biden", "bureau-of-industry-and-security" },
  { "2023-10-17", "rule-issued", "biden", "bureau-of-industry-and-security" },
  { "2024-04-16", "deal", "biden", "g42" },
  { "2024-12-02", "rule-issued", "biden", "bureau-of-industry-and-security" },
  { "2025-01-13", "rule-issued", "biden", "bureau-of-industry-and-security" },
  { "2025-04-15", "disclosure", "trump-2", "nvidia" },
  { "2025-05-13", "rule-rescinded", "trump-2", "bureau-of-industry-and-security" },
  { "2025-05-13", "deal", "trump-2", "humain" },
  { "2025-05-15", "deal", "trump-2", "g42" },
  { "2025-05-22", "deal", "trump-2", "openai" },
  { "2025-07-23", "rule-issued", "trump-2", "white-house" },
};

static gboolean
contains_han (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HAN)
      return TRUE;
  return FALSE;
}

static void
test_pack_builtin (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = dossier_timeline_pack_load_builtin (&error);
  g_autoptr(GHashTable) uids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_no_error (error);
  g_assert_nonnull (events);
  g_assert_cmpuint (events->len, ==, G_N_ELEMENTS (facts));

  /* Sorted in timeline order, so the table lines up with the events. */
  for (guint i = 0; i < events->len; i++)
    {
      DossierEvent *event = g_ptr_array_index (events, i);
      const char *langs[] = { "en", "fr", "zh" };

      g_test_message ("event %s", dossier_event_get_uid (event));
      g_assert_cmpstr (dossier_event_get_date (event), ==, facts[i].date);
      g_assert_cmpstr (dossier_event_kind_to_string (dossier_event_get_kind (event)), ==, facts[i].kind);
      g_assert_cmpstr (dossier_era_to_string (dossier_event_get_era (event)), ==, facts[i].era);
      g_assert_true (dossier_event_has_actor (event, facts[i].actor));
      g_assert_cmpint (dossier_event_get_status (event), ==, DOSSIER_EVENT_STATUS_REFERENCE);
      g_assert_cmpuint (dossier_event_get_sources (event)->len, >, 0);
      g_assert_true (g_hash_table_add (uids, (gpointer) dossier_event_get_uid (event)));
      g_assert_nonnull (dossier_event_get_description (event));

      /* Every shipped title and description reads in the three languages,
       * and the translations are not English left in place. */
      for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
        {
          const char *title = dossier_event_get_title_translation (event, langs[l]);
          const char *description = dossier_event_get_description_translation (event, langs[l]);

          g_test_message ("  %s", langs[l]);
          g_assert_nonnull (title);
          g_assert_cmpuint (strlen (title), >, 5);
          g_assert_nonnull (description);
          g_assert_cmpuint (g_utf8_strlen (description, -1), >, 20);
          g_assert_true (g_utf8_validate (description, -1, NULL));
          if (l > 0)
            {
              g_assert_cmpstr (title, !=, dossier_event_get_title (event));
              g_assert_cmpstr (description, !=, dossier_event_get_description (event));
            }
        }
      g_assert_cmpstr (dossier_event_get_title_translation (event, "en"), ==,
                       dossier_event_get_title (event));
      g_assert_cmpstr (dossier_event_get_description_translation (event, "en"), ==,
                       dossier_event_get_description (event));
      /* Chinese descriptions are written in Chinese, not in Latin letters. */
      g_assert_true (contains_han (dossier_event_get_description_translation (event, "zh")));
      g_assert_false (contains_han (dossier_event_get_description_translation (event, "fr")));
      /* Locale names resolve to the pack's language codes. */
      g_assert_cmpstr (dossier_event_get_title_for_language (event, "zh_CN.UTF-8"), ==,
                       dossier_event_get_title_translation (event, "zh"));
      g_assert_cmpstr (dossier_event_get_title_for_language (event, "fr-FR"), ==,
                       dossier_event_get_title_translation (event, "fr"));
      g_assert_cmpstr (dossier_event_get_title_for_language (event, "de"), ==,
                       dossier_event_get_title (event));
      g_assert_cmpstr (dossier_event_get_description_for_language (event, "zh_CN.UTF-8"), ==,
                       dossier_event_get_description_translation (event, "zh"));
      g_assert_cmpstr (dossier_event_get_description_for_language (event, "fr-FR"), ==,
                       dossier_event_get_description_translation (event, "fr"));
      g_assert_cmpstr (dossier_event_get_description_for_language (event, "de"), ==,
                       dossier_event_get_description (event));

      g_assert_true (dossier_timeline_pack_lookup_builtin (dossier_event_get_uid (event)) != NULL);
    }
  g_assert_null (dossier_timeline_pack_lookup_builtin ("no-such-event"));
}

typedef struct
{
  const char *json;
  const char *message_part;
} BadPack;

static const BadPack bad_packs[] = {
  { "{", "not valid JSON" },
  { "[]", "events" },
  { "{\"events\": {}}", "events" },
  { "{\"events\": [1]}", "event 1" },
  { "{\"events\": [{\"date\": \"2025\"}]}", "uid" },
  { "{\"events\": [{\"uid\": \"a\", \"date\": \"2025-13\", \"title\": \"x\"}]}", "2025-13" },
  { "{\"events\": [{\"uid\": \"a\", \"date\": \"2025\", \"title\": {\"fr\": \"x\"}}]}", "English" },
  { "{\"events\": [{\"uid\": \"a\", \"date\": \"2025\", \"title\": \"x\","
    " \"description\": {\"zh\": \"说明\"}}]}", "English" },
  { "{\"events\": [{\"uid\": \"a\", \"date\": \"2025\", \"title\": \"x\","
    " \"description\": {\"en\": \"y\", \"fr\": 1}}]}", "“fr”" },
  { "{\"events\": [{\"uid\": \"a\", \"date\": \"2025\", \"title\": \"x\","
    " \"description\": [\"y\"]}]}", "description" },
  { "{\"events\": [{\"uid\": \"a\", \"date\": \"2025\", \"title\": \"x\", \"kind\": \"party\","
    " \"stance\": \"neutral\", \"topic\": \"global-caps\", \"sources\": [{\"name\": \"s\"}]}]}", "kind" },
  { "{\"events\": [{\"uid\": \"a\", \"date\": \"2025\", \"title\": \"x\", \"kind\": \"deal\","
    " \"stance\": \"neutral\", \"topic\": \"global-caps\"}]}", "source" },
  { "{\"events\": [{\"uid\": \"a\", \"date\": \"2025\", \"title\": \"x\", \"kind\": \"deal\","
    " \"stance\": \"neutral\", \"topic\": \"global-caps\", \"actors\": [\"Not An Id\"],"
    " \"sources\": [{\"name\": \"s\"}]}]}", "entity id" },
  { "{\"events\": [{\"uid\": \"a\", \"date\": \"2025\", \"title\": \"x\", \"kind\": \"deal\","
    " \"stance\": \"neutral\", \"topic\": \"global-caps\", \"sources\": [{\"name\": \"s\"}]},"
    " {\"uid\": \"a\", \"date\": \"2025\", \"title\": \"y\", \"kind\": \"deal\","
    " \"stance\": \"neutral\", \"topic\": \"global-caps\", \"sources\": [{\"name\": \"s\"}]}]}", "twice" },
};

static void
test_pack_invalid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_packs); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (bad_packs[i].json, strlen (bad_packs[i].json));
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) events = NULL;

      g_test_message ("bad pack %u", i);
      events = dossier_timeline_pack_load_bytes (bytes, "bad-pack.json", &error);
      g_assert_null (events);
      g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_CORRUPT);
      g_assert_nonnull (strstr (error->message, "bad-pack.json"));
      g_assert_nonnull (strstr (error->message, bad_packs[i].message_part));
    }
}

#define EVENT_FIELDS "\"kind\": \"deal\", \"stance\": \"neutral\", \"topic\": \"gulf-exports\"," \
                     " \"sources\": [{\"name\": \"s\"}]"

/* Descriptions, like titles, are a string or an object of translations. */
static void
test_pack_description_translations (void)
{
  static const char json[] =
    "{\"events\": ["
    " {\"uid\": \"translated\", \"date\": \"2025-05-13\", \"title\": \"Deal\","
    "  \"description\": {\"en\": \"A deal is signed.\", \"fr\": \"Un accord est signé.\","
    "                    \"zh\": \"签署了一项协议。\"}, " EVENT_FIELDS "},"
    " {\"uid\": \"plain\", \"date\": \"2025-05-14\", \"title\": {\"en\": \"Plain\", \"fr\": \"Simple\"},"
    "  \"description\": \"English only.\", " EVENT_FIELDS "},"
    " {\"uid\": \"none\", \"date\": \"2025-05-15\", \"title\": \"None\", " EVENT_FIELDS "}"
    "]}";
  static const struct
  {
    const char *uid;
    const char *lang;
    const char *expected;
  } cases[] = {
    { "translated", "fr", "Un accord est signé." },
    { "translated", "fr_CA.UTF-8", "Un accord est signé." },
    { "translated", "zh-Hans", "签署了一项协议。" },
    { "translated", "en-GB", "A deal is signed." },
    { "translated", "ar", "A deal is signed." },
    { "translated", NULL, "A deal is signed." },
    { "plain", "fr", "English only." },
    { "none", "fr", NULL },
  };
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = dossier_timeline_pack_load_bytes (bytes, "small-pack.json", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 3);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      DossierEvent *event = NULL;

      for (guint e = 0; e < events->len; e++)
        if (g_strcmp0 (dossier_event_get_uid (g_ptr_array_index (events, e)), cases[i].uid) == 0)
          event = g_ptr_array_index (events, e);
      g_test_message ("%s in %s", cases[i].uid, cases[i].lang);
      g_assert_nonnull (event);
      g_assert_cmpstr (dossier_event_get_description_for_language (event, cases[i].lang), ==,
                       cases[i].expected);
    }

  {
    DossierEvent *translated = g_ptr_array_index (events, 0);
    DossierEvent *plain = g_ptr_array_index (events, 1);
    g_auto(GStrv) translated_langs = dossier_event_list_description_languages (translated);
    g_auto(GStrv) plain_langs = dossier_event_list_description_languages (plain);
    g_auto(GStrv) plain_title_langs = dossier_event_list_title_languages (plain);
    g_autoptr(DossierEvent) copy = dossier_event_copy (translated);
    const char * const expected_langs[] = { "en", "fr", "zh", NULL };

    g_assert_cmpstrv (translated_langs, expected_langs);
    g_assert_cmpstr (dossier_event_get_description (translated), ==, "A deal is signed.");
    /* A plain-string description has no translations, whatever the title has. */
    g_assert_cmpuint (g_strv_length (plain_langs), ==, 0);
    g_assert_cmpuint (g_strv_length (plain_title_langs), ==, 2);
    /* Copies carry the translations. */
    g_assert_cmpstr (dossier_event_get_description_translation (copy, "zh"), ==, "签署了一项协议。");
    dossier_event_set_description_translation (copy, "zh", NULL);
    g_assert_null (dossier_event_get_description_translation (copy, "zh"));
    g_assert_cmpstr (dossier_event_get_description_translation (translated, "zh"), ==, "签署了一项协议。");
  }
}

static void
test_pack_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/pack.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = dossier_timeline_pack_load_file (file, &error);

  g_assert_null (events);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/nonexistent/pack.json"));
}

static void
test_pack_source_file (void)
{
  g_autofree char *path = g_build_filename (dossier_test_source_dir (), "data", "timeline",
                                            "us-ai-chip-exports.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = dossier_timeline_pack_load_file (file, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, G_N_ELEMENTS (facts));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-pack/builtin", test_pack_builtin);
  g_test_add_func ("/timeline-pack/description-translations", test_pack_description_translations);
  g_test_add_func ("/timeline-pack/invalid", test_pack_invalid);
  g_test_add_func ("/timeline-pack/missing-file", test_pack_missing_file);
  g_test_add_func ("/timeline-pack/source-file", test_pack_source_file);

  return g_test_run ();
}
