/* test-event-finder.c — candidate events from sentences, and matching
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "dossier-analyzer.h"
#include "dossier-catalog.h"
#include "dossier-event-finder.h"
#include "dossier-importer.h"
#include "dossier-span.h"
#include "dossier-timeline-pack.h"
#include "dossier-test-utils.h"

/* A span over the first occurrence of @text in @body. @value is the
 * entity id for entities, the ISO date for dates. */
typedef struct
{
  const char      *text;
  DossierSpanKind  kind;
  const char      *value;
} SpanSpec;

typedef struct
{
  const char         *name;
  const char         *body;
  const char         *published;
  SpanSpec            spans[6];
  guint               n_candidates;
  /* Expectations for the first candidate. */
  const char         *quote_start;
  const char         *date;
  DossierEventKind    kind;
  DossierEventStance  stance;
  DossierEventTopic   topic;
  const char         *actor;
} FinderCase;

static const FinderCase cases[] = {
  { "zh-rescind",
    "市场消息。5月20日，美国商务部宣布废除人工智能芯片的出口上限规则。今天天气很好。",
    "2025-05-21",
    { { "5月20日", DOSSIER_SPAN_DATE, "2025-05-20" },
      { "美国商务部", DOSSIER_SPAN_ORGANIZATION, "us-department-of-commerce" } },
    1, "5月20日", "2025-05-20", DOSSIER_EVENT_KIND_RULE_RESCINDED, DOSSIER_EVENT_STANCE_LOOSENS,
    DOSSIER_EVENT_TOPIC_GLOBAL_CAPS, "us-department-of-commerce" },
  { "zh-deal-reported",
    "据悉，英伟达将向沙特公司Humain出售一万八千颗芯片，双方签署协议。\n\n出口数据继续增长。",
    "2025-05-14",
    { { "英伟达", DOSSIER_SPAN_ORGANIZATION, "nvidia" },
      { "沙特", DOSSIER_SPAN_PLACE, "saudi-arabia" },
      { "Humain", DOSSIER_SPAN_ORGANIZATION, "humain" } },
    1, "据悉", "2025-05-14", DOSSIER_EVENT_KIND_DEAL, DOSSIER_EVENT_STANCE_LOOSENS,
    DOSSIER_EVENT_TOPIC_GULF_EXPORTS, "humain" },
  { "zh-no-actor-no-action",
    "出口数据继续增长。今天天气很好，我们去公园散步。",
    "2025-05-14",
    { { NULL } },
    0 },
  { "fr-rule",
    "Le 7 octobre 2022, le Bureau de l'industrie et de la sécurité a imposé de nouvelles "
    "restrictions à l'exportation de puces vers la Chine.",
    NULL,
    { { "7 octobre 2022", DOSSIER_SPAN_DATE, "2022-10-07" },
      { "Bureau de l'industrie et de la sécurité", DOSSIER_SPAN_ORGANIZATION, "bureau-of-industry-and-security" },
      { "Chine", DOSSIER_SPAN_PLACE, "china" } },
    1, "Le 7 octobre", "2022-10-07", DOSSIER_EVENT_KIND_RULE_ISSUED, DOSSIER_EVENT_STANCE_TIGHTENS,
    DOSSIER_EVENT_TOPIC_CHINA_CONTROLS, "china" },
  { "fr-abbreviation",
    "M. Dupont a signé un accord avec G42 pour des puces à Abou Dhabi. Rien d'autre.",
    "2025-05",
    { { "Dupont", DOSSIER_SPAN_PERSON, NULL },
      { "G42", DOSSIER_SPAN_ORGANIZATION, "g42" },
      { "Abou Dhabi", DOSSIER_SPAN_PLACE, "abu-dhabi" } },
    1, "M. Dupont", "2025-05", DOSSIER_EVENT_KIND_DEAL, DOSSIER_EVENT_STANCE_NEUTRAL,
    DOSSIER_EVENT_TOPIC_GULF_EXPORTS, "g42" },
  { "en-cap",
    "On January 13, 2025, the Commerce Department announced a rule that caps AI chip exports "
    "by country tier. Analysts were surprised.",
    "2025-01-14",
    { { "January 13, 2025", DOSSIER_SPAN_DATE, "2025-01-13" },
      { "Commerce Department", DOSSIER_SPAN_ORGANIZATION, "us-department-of-commerce" } },
    1, "On January", "2025-01-13", DOSSIER_EVENT_KIND_RULE_ISSUED, DOSSIER_EVENT_STANCE_TIGHTENS,
    DOSSIER_EVENT_TOPIC_GLOBAL_CAPS, "us-department-of-commerce" },
  { "en-us-abbreviation",
    "The U.S. government approved licences for Nvidia to ship chips to G42 in the UAE.",
    "2025-05-12",
    { { "Nvidia", DOSSIER_SPAN_ORGANIZATION, "nvidia" },
      { "G42", DOSSIER_SPAN_ORGANIZATION, "g42" },
      { "UAE", DOSSIER_SPAN_PLACE, "united-arab-emirates" } },
    1, "The U.S.", "2025-05-12", DOSSIER_EVENT_KIND_LICENCE_DECISION, DOSSIER_EVENT_STANCE_LOOSENS,
    DOSSIER_EVENT_TOPIC_GULF_EXPORTS, "nvidia" },
  { "en-word-boundaries",
    /* "bank", "capital", "Capetown", "rulers" contain action words but are not them. */
    "Microsoft opened a bank branch in the capital of Capetown with its rulers.",
    "2025-05-12",
    { { "Microsoft", DOSSIER_SPAN_ORGANIZATION, "microsoft" } },
    0 },
  { "en-deal-off-subject",
    /* A deal that is not about chips or AI is not export policy. */
    "Microsoft signed a deal with a football club.",
    "2025-05-12",
    { { "Microsoft", DOSSIER_SPAN_ORGANIZATION, "microsoft" } },
    0 },
  { "en-no-date",
    "Nvidia said export rules would change.",
    NULL,
    { { "Nvidia", DOSSIER_SPAN_ORGANIZATION, "nvidia" } },
    0 },
};

static GPtrArray *
build_spans (const char     *body,
             const SpanSpec *specs)
{
  GPtrArray *spans = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);

  for (guint i = 0; i < 6 && specs[i].text != NULL; i++)
    {
      const char *hit = strstr (body, specs[i].text);
      glong start, end;
      DossierSpan *span;

      g_assert_nonnull (hit);
      start = g_utf8_pointer_to_offset (body, hit);
      end = start + g_utf8_strlen (specs[i].text, -1);
      span = dossier_span_new (specs[i].kind, start, end, specs[i].text);
      if (specs[i].kind == DOSSIER_SPAN_DATE)
        span->iso = g_strdup (specs[i].value);
      else if (specs[i].value != NULL)
        dossier_span_set_entity (span, specs[i].value, specs[i].text);
      g_ptr_array_add (spans, span);
    }
  g_ptr_array_sort (spans, dossier_span_compare);
  return spans;
}

/* The evidence is exactly the body's text at its code-point offsets. */
static void
assert_evidence_anchored (DossierEvent *event,
                          const char   *body,
                          gint64        article_id)
{
  GPtrArray *evidence = dossier_event_get_evidence (event);
  DossierEvidence *item;
  g_autofree char *at = NULL;
  const char *start;

  g_assert_cmpuint (evidence->len, ==, 1);
  item = g_ptr_array_index (evidence, 0);
  g_assert_cmpint (item->article_id, ==, article_id);
  g_assert_cmpuint (item->start, <, item->end);
  start = g_utf8_offset_to_pointer (body, item->start);
  at = g_strndup (start, g_utf8_offset_to_pointer (body, item->end) - start);
  g_assert_cmpstr (at, ==, item->quote);
  g_assert_nonnull (item->prefix);
  g_assert_true (g_str_has_suffix (g_utf8_substring (body, 0, item->start), item->prefix) ||
                 *item->prefix == '\0');
}

static void
test_finder_fixtures (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const FinderCase *c = &cases[i];
      g_autoptr(GPtrArray) spans = build_spans (c->body, c->spans);
      g_autoptr(GPtrArray) found = NULL;
      DossierEvent *event;

      g_test_message ("case %s", c->name);
      found = dossier_event_finder_find (c->body, spans, c->published, 42);
      g_assert_cmpuint (found->len, ==, c->n_candidates);
      if (c->n_candidates == 0)
        continue;

      event = g_ptr_array_index (found, 0);
      assert_evidence_anchored (event, c->body, 42);
      g_assert_true (g_str_has_prefix (dossier_event_get_title (event), c->quote_start));
      g_assert_cmpstr (dossier_event_get_date (event), ==, c->date);
      g_assert_cmpint (dossier_event_get_status (event), ==, DOSSIER_EVENT_STATUS_CANDIDATE);
      g_assert_cmpstr (dossier_event_kind_to_string (dossier_event_get_kind (event)), ==,
                       dossier_event_kind_to_string (c->kind));
      g_assert_cmpstr (dossier_event_stance_to_string (dossier_event_get_stance (event)), ==,
                       dossier_event_stance_to_string (c->stance));
      g_assert_cmpstr (dossier_event_topic_to_string (dossier_event_get_topic (event)), ==,
                       dossier_event_topic_to_string (c->topic));
      g_assert_true (dossier_event_has_actor (event, c->actor));
      g_assert_cmpfloat (dossier_event_get_confidence (event), >, 0.0);
      g_assert_cmpfloat (dossier_event_get_confidence (event), <, 1.0);
      g_assert_nonnull (dossier_event_get_uid (event));
    }
}

static void
test_finder_confidence (void)
{
  /* A sentence with its own date and two actors beats a bare report. */
  const char *body = "On May 13, 2025, BIS rescinded the AI chip rule for Nvidia. Nvidia talked about chip exports.";
  const SpanSpec specs[] = {
    { "May 13, 2025", DOSSIER_SPAN_DATE, "2025-05-13" },
    { "BIS", DOSSIER_SPAN_ORGANIZATION, "bureau-of-industry-and-security" },
    { "Nvidia", DOSSIER_SPAN_ORGANIZATION, "nvidia" },
    { NULL },
  };
  g_autoptr(GPtrArray) spans = build_spans (body, specs);
  g_autoptr(GPtrArray) found = NULL;
  DossierSpan *second_nvidia;

  /* build_spans found the first "Nvidia"; add the one of the second sentence. */
  second_nvidia = dossier_span_new (DOSSIER_SPAN_ORGANIZATION,
                                    g_utf8_pointer_to_offset (body, strstr (body, "Nvidia talked")),
                                    g_utf8_pointer_to_offset (body, strstr (body, " talked")),
                                    "Nvidia");
  dossier_span_set_entity (second_nvidia, "nvidia", "Nvidia");
  g_ptr_array_add (spans, second_nvidia);
  g_ptr_array_sort (spans, dossier_span_compare);

  found = dossier_event_finder_find (body, spans, "2025-05-14", 1);
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_cmpfloat (dossier_event_get_confidence (g_ptr_array_index (found, 0)), >,
                     dossier_event_get_confidence (g_ptr_array_index (found, 1)));
  g_assert_cmpstr (dossier_event_get_date (g_ptr_array_index (found, 1)), ==, "2025-05-14");
}

/* A passage the analyst picks becomes an event even when the finder
 * would not offer it: no action word, or no date at all. */
static void
test_finder_draft (void)
{
  const char *body = "Le 15 mai 2025, G42 et OpenAI ont présenté le campus. "
                     "  Les ingénieurs étaient contents.  \n"
                     "Ils reviendront.";
  const SpanSpec specs[] = {
    { "15 mai 2025", DOSSIER_SPAN_DATE, "2025-05-15" },
    { "G42", DOSSIER_SPAN_ORGANIZATION, "g42" },
    { "OpenAI", DOSSIER_SPAN_ORGANIZATION, "openai" },
    { NULL },
  };
  g_autoptr(GPtrArray) spans = build_spans (body, specs);
  glong second = g_utf8_pointer_to_offset (body, strstr (body, "  Les"));
  glong third = g_utf8_pointer_to_offset (body, strstr (body, "Ils"));
  g_autoptr(DossierEvent) first = NULL;
  g_autoptr(DossierEvent) plain = NULL;
  g_autoptr(DossierEvent) undated = NULL;
  g_autoptr(GPtrArray) found = dossier_event_finder_find (body, spans, NULL, 9);
  DossierEvidence *evidence;

  /* The finder offers nothing here: "présenté" is no policy action. */
  g_assert_cmpuint (found->len, ==, 0);

  first = dossier_event_finder_draft (body, spans, NULL, 9, 0, second);
  g_assert_nonnull (first);
  assert_evidence_anchored (first, body, 9);
  g_assert_cmpstr (dossier_event_get_date (first), ==, "2025-05-15");
  g_assert_true (dossier_event_has_actor (first, "g42"));
  g_assert_true (dossier_event_has_actor (first, "openai"));
  g_assert_cmpint (dossier_event_get_status (first), ==, DOSSIER_EVENT_STATUS_ACCEPTED);
  g_assert_cmpfloat (dossier_event_get_confidence (first), ==, 1.0);
  g_assert_null (dossier_event_get_uid (first));
  g_assert_true (g_str_has_prefix (dossier_event_get_title (first), "Le 15 mai 2025, G42"));

  /* Blanks around a selection are trimmed; the article's date stands in. */
  plain = dossier_event_finder_draft (body, spans, "2025-05-16", 9, second, third);
  evidence = g_ptr_array_index (dossier_event_get_evidence (plain), 0);
  g_assert_cmpstr (evidence->quote, ==, "Les ingénieurs étaient contents.");
  g_assert_cmpuint (evidence->start, ==, second + 2);
  g_assert_cmpstr (dossier_event_get_date (plain), ==, "2025-05-16");
  g_assert_cmpuint (dossier_event_get_actors (plain)->len, ==, 0);

  undated = dossier_event_finder_draft (body, spans, NULL, 9, third, third + 4);
  g_assert_null (dossier_event_get_date (undated));

  g_assert_null (dossier_event_finder_draft (body, spans, NULL, 9, second, second + 2));
  g_assert_null (dossier_event_finder_draft (body, spans, NULL, 9, 5, 5));
  g_assert_null (dossier_event_finder_draft (body, spans, NULL, 9, 0, 10000));
}

static DossierEvent *
candidate (const char       *date,
           DossierEventKind  kind,
           DossierEventTopic topic,
           const char       *actor)
{
  DossierEvent *event = dossier_event_new ();

  dossier_event_set_uid (event, "candidate-x");
  dossier_event_set_date (event, date);
  dossier_event_set_kind (event, kind);
  dossier_event_set_topic (event, topic);
  if (actor != NULL)
    dossier_event_add_actor (event, actor);
  return event;
}

static void
test_finder_match (void)
{
  g_autoptr(GPtrArray) reference = dossier_timeline_pack_load_builtin (NULL);
  static const struct
  {
    const char        *date;
    DossierEventKind   kind;
    DossierEventTopic  topic;
    const char        *actor;
    const char        *expected;   /* uid, or NULL for no match */
  } matches[] = {
    /* The agency is in many events, so the date must be close. */
    { "2025-05-15", DOSSIER_EVENT_KIND_RULE_RESCINDED, DOSSIER_EVENT_TOPIC_GLOBAL_CAPS,
      "us-department-of-commerce", "us-ai-chips-2025-05-13-ai-diffusion-rescission" },
    { "2025-05-25", DOSSIER_EVENT_KIND_RULE_RESCINDED, DOSSIER_EVENT_TOPIC_GLOBAL_CAPS,
      "us-department-of-commerce", NULL },
    { "2025-05-13", DOSSIER_EVENT_KIND_DEAL, DOSSIER_EVENT_TOPIC_COMPANY_DEALS, "humain",
      "us-ai-chips-2025-05-13-humain-nvidia-amd" },
    { "2025-05-14", DOSSIER_EVENT_KIND_DEAL, DOSSIER_EVENT_TOPIC_GULF_EXPORTS, "g42",
      "us-ai-chips-2025-05-15-uae-ai-campus" },
    /* Only a country in common, and a coarse date: no match. */
    { "2024", DOSSIER_EVENT_KIND_DEAL, DOSSIER_EVENT_TOPIC_GULF_EXPORTS, "united-arab-emirates", NULL },
    /* No shared actor, but the same action on the same topic and day. */
    { "2025-05-13", DOSSIER_EVENT_KIND_RULE_RESCINDED, DOSSIER_EVENT_TOPIC_GLOBAL_CAPS,
      "donald-trump", "us-ai-chips-2025-05-13-ai-diffusion-rescission" },
    { "2025-05-14", DOSSIER_EVENT_KIND_RULE_RESCINDED, DOSSIER_EVENT_TOPIC_GLOBAL_CAPS,
      "donald-trump", NULL },
    { "2025-05-13", DOSSIER_EVENT_KIND_DEAL, DOSSIER_EVENT_TOPIC_GLOBAL_CAPS, NULL, NULL },
  };

  g_assert_nonnull (reference);
  for (guint i = 0; i < G_N_ELEMENTS (matches); i++)
    {
      g_autoptr(DossierEvent) event = candidate (matches[i].date, matches[i].kind,
                                                 matches[i].topic, matches[i].actor);
      DossierEvent *match = dossier_event_finder_match (event, reference);

      g_test_message ("match %u", i);
      g_assert_cmpstr (match ? dossier_event_get_uid (match) : NULL, ==, matches[i].expected);
    }

  /* Similarity is symmetric in what it counts and stays in 0–1. */
  for (guint i = 0; i < reference->len; i++)
    {
      double s = dossier_event_finder_similarity (g_ptr_array_index (reference, i),
                                                  g_ptr_array_index (reference, i));
      g_assert_cmpfloat (s, >=, 0.0);
      g_assert_cmpfloat (s, <=, 1.0);
    }
}

typedef struct
{
  const char       *file;
  const char       *lang;
  /* candidates that must be among those found: kind and an actor (or NULL) */
  DossierEventKind  kinds[3];
  const char       *actors[3];
  guint             n_expected;
} SeedCase;

static const SeedCase seeds[] = {
  { "000_c85749e8ee7b4a5c.txt", "zh",
    { DOSSIER_EVENT_KIND_RULE_RESCINDED, DOSSIER_EVENT_KIND_DEAL, DOSSIER_EVENT_KIND_DEAL },
    { NULL, "g42", "humain" }, 3 },
  { "004_275b791ead191f93.txt", "fr",
    { DOSSIER_EVENT_KIND_DEAL },
    { "g42" }, 1 },
};

static void
test_finder_seeds (void)
{
  const char *shared;
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierCatalog) catalog = NULL;
  g_autoptr(DossierAnalyzer) analyzer = NULL;

  if (!(shared = dossier_test_shared_dir ()))
    return;

  catalog = dossier_catalog_new_builtin (&error);
  g_assert_no_error (error);
  analyzer = dossier_analyzer_new (catalog);

  for (guint s = 0; s < G_N_ELEMENTS (seeds); s++)
    {
      g_autofree char *path = g_build_filename (shared, "seeds", seeds[s].file, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(DossierArticle) article = NULL;
      g_autoptr(GPtrArray) spans = NULL;
      g_autoptr(GPtrArray) found = NULL;
      /* The seed files carry no publication date: as an analyst would, we
       * give the day the reports appeared. */
      const char *published = "2025-05-13";
      const char *body;

      g_test_message ("seed %s", seeds[s].file);
      article = dossier_importer_import_file (file, NULL, NULL, &error);
      g_assert_no_error (error);
      body = dossier_article_get_body (article);
      spans = dossier_analyzer_analyze (analyzer, body, seeds[s].lang, published);
      g_assert_nonnull (spans);
      found = dossier_event_finder_find (body, spans, published, 7);
      g_test_message ("%u candidates", found->len);
      g_assert_cmpuint (found->len, >=, seeds[s].n_expected);

      for (guint e = 0; e < found->len; e++)
        {
          DossierEvent *event = g_ptr_array_index (found, e);

          assert_evidence_anchored (event, body, 7);
          g_assert_true (dossier_edtf_is_valid (dossier_event_get_date (event)));
          g_test_message ("  %.2f %s %s %s", dossier_event_get_confidence (event),
                          dossier_event_get_date (event),
                          dossier_event_kind_to_string (dossier_event_get_kind (event)),
                          dossier_event_get_title (event));
        }

      for (guint x = 0; x < seeds[s].n_expected; x++)
        {
          gboolean seen = FALSE;

          for (guint e = 0; e < found->len && !seen; e++)
            {
              DossierEvent *event = g_ptr_array_index (found, e);

              seen = dossier_event_get_kind (event) == seeds[s].kinds[x] &&
                     (seeds[s].actors[x] == NULL || dossier_event_has_actor (event, seeds[s].actors[x])) &&
                     dossier_event_get_era (event) == DOSSIER_ERA_TRUMP_2;
            }
          g_test_message ("expecting %s with %s", dossier_event_kind_to_string (seeds[s].kinds[x]),
                          seeds[s].actors[x] ? seeds[s].actors[x] : "any actor");
          g_assert_true (seen);
        }
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/event-finder/fixtures", test_finder_fixtures);
  g_test_add_func ("/event-finder/confidence", test_finder_confidence);
  g_test_add_func ("/event-finder/draft", test_finder_draft);
  g_test_add_func ("/event-finder/match", test_finder_match);
  g_test_add_func ("/event-finder/seeds", test_finder_seeds);

  return g_test_run ();
}
