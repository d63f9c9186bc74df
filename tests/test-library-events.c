/* test-library-events.c — events, candidates and evidence in the store
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "dossier-error.h"
#include "dossier-event-finder.h"
#include "dossier-library-events.h"
#include "dossier-span.h"
#include "dossier-test-utils.h"
#include "dossier-timeline-pack.h"

#define N_REFERENCE 15

static DossierLibrary *
open_library (void)
{
  g_autofree char *dir = dossier_test_make_tmpdir ();
  g_autoptr(GError) error = NULL;
  DossierLibrary *library = dossier_library_open (dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (library);
  return library;
}

static gint64
add_article (DossierLibrary *library,
             const char     *body)
{
  g_autoptr(DossierArticle) article = dossier_article_new ();
  g_autoptr(GError) error = NULL;
  gint64 duplicate = 0;

  dossier_article_set_title (article, "Test article");
  dossier_article_set_body (article, body);
  dossier_article_set_published (article, "2025-05-14");
  dossier_article_set_lang (article, "en");
  g_assert_true (dossier_library_add_article (library, article, NULL, NULL, &duplicate, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dossier_article_get_id (article), >, 0);
  return dossier_article_get_id (article);
}

static GPtrArray *
list (DossierLibrary           *library,
      const DossierEventFilter *filter)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *events = dossier_library_list_events (library, filter, &error);

  g_assert_no_error (error);
  g_assert_nonnull (events);
  return events;
}

static void
test_reference_idempotent (void)
{
  g_autoptr(DossierLibrary) library = open_library ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(DossierEvent) rescission = NULL;

  for (int round = 0; round < 2; round++)
    {
      g_assert_true (dossier_library_load_reference_timeline (library, &error));
      g_assert_no_error (error);
      g_clear_pointer (&events, g_ptr_array_unref);
      events = list (library, NULL);
      g_assert_cmpuint (events->len, ==, N_REFERENCE);
    }

  rescission = dossier_library_get_event_by_uid (library, "us-ai-chips-2025-05-13-ai-diffusion-rescission", &error);
  g_assert_no_error (error);
  g_assert_cmpint (dossier_event_get_status (rescission), ==, DOSSIER_EVENT_STATUS_REFERENCE);
  g_assert_cmpint (dossier_event_get_era (rescission), ==, DOSSIER_ERA_TRUMP_2);
  g_assert_true (dossier_event_has_actor (rescission, "bureau-of-industry-and-security"));
  g_assert_cmpuint (dossier_event_get_sources (rescission)->len, ==, 1);
  /* Shipped titles and descriptions come back translated. */
  g_assert_nonnull (strstr (dossier_event_get_title_for_language (rescission, "zh_CN"), "废除"));
  g_assert_nonnull (strstr (dossier_event_get_description_for_language (rescission, "zh_CN"), "华为昇腾芯片"));
  g_assert_nonnull (strstr (dossier_event_get_description_for_language (rescission, "fr"), "Huawei Ascend"));

  /* Reference events are rejected, not deleted. */
  g_assert_false (dossier_library_delete_event (library, dossier_event_get_id (rescission), &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_true (dossier_library_reject_event (library, dossier_event_get_id (rescission), &error));
  g_assert_no_error (error);
  /* A rejected reference event is not added again. */
  g_assert_true (dossier_library_load_reference_timeline (library, &error));
  g_clear_pointer (&events, g_ptr_array_unref);
  events = list (library, NULL);
  g_assert_cmpuint (events->len, ==, N_REFERENCE);
}

/* The pack's translation in @lang, or the stored English text when the
 * analyst changed it: what the reader must see. */
typedef struct
{
  const char *uid;
  const char *title;        /* the analyst's title, NULL to keep the shipped one */
  gboolean    edit_description;
  const char *description;  /* the analyst's description (NULL clears it) */
} ReferenceEdit;

static const ReferenceEdit reference_edits[] = {
  /* Untouched: every language comes from the pack. */
  { "us-ai-chips-2019-05-16-huawei-entity-list", NULL, FALSE, NULL },
  /* Description rewritten: the analyst's text in every language, the
   * title still translated. */
  { "us-ai-chips-2022-10-07-advanced-computing-rule", NULL, TRUE,
    "Analyst note: the rule also covers data centres outside China." },
  /* Title rewritten: the analyst's title everywhere, the description
   * still translated. */
  { "us-ai-chips-2024-12-02-hbm-entity-list", "HBM controls (analyst wording)", FALSE, NULL },
  /* Both rewritten. */
  { "us-ai-chips-2025-05-22-stargate-uae", "Stargate UAE, first phase", TRUE,
    "First 200 MW phase expected in 2026." },
  /* Description removed: no pack translation shows instead. */
  { "us-ai-chips-2025-07-23-ai-action-plan", NULL, TRUE, NULL },
};

static void
check_reference_texts (DossierEvent        *event,
                       const ReferenceEdit *edit)
{
  DossierEvent *shipped = dossier_timeline_pack_lookup_builtin (edit->uid);
  static const struct
  {
    const char *lang;   /* as the user's locale names it */
    const char *code;   /* as the pack names it */
  } langs[] = {
    { "fr_FR.UTF-8", "fr" },
    { "zh-CN", "zh" },
    { "en", "en" },
  };

  g_assert_nonnull (shipped);
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      const char *title = dossier_event_get_title_for_language (event, langs[l].lang);
      const char *description = dossier_event_get_description_for_language (event, langs[l].lang);

      g_test_message ("%s in %s", edit->uid, langs[l].lang);
      if (edit->title != NULL)
        g_assert_cmpstr (title, ==, edit->title);
      else
        g_assert_cmpstr (title, ==, dossier_event_get_title_translation (shipped, langs[l].code));
      if (edit->edit_description)
        g_assert_cmpstr (description, ==, edit->description);
      else
        g_assert_cmpstr (description, ==, dossier_event_get_description_translation (shipped, langs[l].code));
    }
}

static void
test_reference_translations (void)
{
  g_autoptr(DossierLibrary) library = open_library ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;

  g_assert_true (dossier_library_load_reference_timeline (library, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (reference_edits); i++)
    {
      const ReferenceEdit *edit = &reference_edits[i];
      g_autoptr(DossierEvent) event = dossier_library_get_event_by_uid (library, edit->uid, &error);

      g_assert_no_error (error);
      if (edit->title != NULL)
        dossier_event_set_title (event, edit->title);
      if (edit->edit_description)
        dossier_event_set_description (event, edit->description);
      g_assert_true (dossier_library_update_event (library, event, &error));
      g_assert_no_error (error);
    }

  /* Both ways of reading events apply the same rule. */
  for (guint i = 0; i < G_N_ELEMENTS (reference_edits); i++)
    {
      g_autoptr(DossierEvent) event = dossier_library_get_event_by_uid (library, reference_edits[i].uid, &error);

      g_assert_no_error (error);
      check_reference_texts (event, &reference_edits[i]);
    }
  events = list (library, NULL);
  g_assert_cmpuint (events->len, ==, N_REFERENCE);
  for (guint e = 0; e < events->len; e++)
    for (guint i = 0; i < G_N_ELEMENTS (reference_edits); i++)
      if (g_strcmp0 (dossier_event_get_uid (g_ptr_array_index (events, e)), reference_edits[i].uid) == 0)
        check_reference_texts (g_ptr_array_index (events, e), &reference_edits[i]);

  /* Search follows what is shown: the replaced French description no
   * longer matches, the kept one does. */
  {
    g_autoptr(GPtrArray) found = NULL;

    found = list (library, &(DossierEventFilter) { .text = "supercalculateurs" });
    g_assert_cmpuint (found->len, ==, 0);
    g_clear_pointer (&found, g_ptr_array_unref);
    found = list (library, &(DossierEventFilter) { .text = "analyst note" });
    g_assert_cmpuint (found->len, ==, 1);
    g_clear_pointer (&found, g_ptr_array_unref);
    found = list (library, &(DossierEventFilter) { .text = "加速器" });
    g_assert_cmpuint (found->len, ==, 1);
    g_assert_cmpstr (dossier_event_get_uid (g_ptr_array_index (found, 0)), ==,
                     "us-ai-chips-2024-12-02-hbm-entity-list");
  }
}

static void
test_add_edit_evidence (void)
{
  g_autoptr(DossierLibrary) library = open_library ();
  g_autoptr(DossierEvent) event = dossier_event_new ();
  g_autoptr(DossierEvent) loaded = NULL;
  g_autoptr(DossierEvidence) evidence = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  gint64 article = add_article (library, "The ministry announced new licence rules on Tuesday.");
  gint64 evidence_id;

  /* Bad input is refused and writes nothing. */
  dossier_event_set_title (event, "New licence rules");
  dossier_event_set_date (event, "2025-13");
  g_assert_false (dossier_library_add_event (library, event, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "2025-13"));
  g_clear_error (&error);
  dossier_event_set_date (event, "2025-05~");
  dossier_event_set_title (event, "   ");
  g_assert_false (dossier_library_add_event (library, event, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  events = list (library, NULL);
  g_assert_cmpuint (events->len, ==, 0);

  dossier_event_set_title (event, "New licence rules");
  dossier_event_set_kind (event, DOSSIER_EVENT_KIND_RULE_ISSUED);
  dossier_event_set_topic (event, DOSSIER_EVENT_TOPIC_CHINA_CONTROLS);
  dossier_event_add_actor (event, "us-department-of-commerce");
  dossier_event_add_source (event, "Ministry", "2025-05", NULL);
  evidence = dossier_evidence_new (article, 0, 52, "The ministry announced new licence rules on Tuesday.");
  dossier_event_add_evidence (event, evidence);
  g_assert_true (dossier_library_add_event (library, event, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dossier_event_get_id (event), >, 0);
  g_assert_nonnull (dossier_event_get_uid (event));

  /* Edit: every field and the actors. */
  dossier_event_set_date (event, "2025-05-13");
  dossier_event_set_stance (event, DOSSIER_EVENT_STANCE_TIGHTENS);
  dossier_event_clear_actors (event);
  dossier_event_add_actor (event, "bureau-of-industry-and-security");
  g_assert_true (dossier_library_update_event (library, event, &error));
  g_assert_no_error (error);

  loaded = dossier_library_get_event (library, dossier_event_get_id (event), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dossier_event_get_date (loaded), ==, "2025-05-13");
  g_assert_cmpint (dossier_event_get_stance (loaded), ==, DOSSIER_EVENT_STANCE_TIGHTENS);
  g_assert_cmpuint (dossier_event_get_actors (loaded)->len, ==, 1);
  g_assert_true (dossier_event_has_actor (loaded, "bureau-of-industry-and-security"));
  g_assert_cmpuint (dossier_event_get_evidence (loaded)->len, ==, 1);
  g_assert_cmpstr (((DossierEventSource *) g_ptr_array_index (dossier_event_get_sources (loaded), 0))->name, ==, "Ministry");
  g_clear_object (&loaded);

  /* Attach a second passage, then remove it. */
  {
    g_autoptr(DossierEvidence) more = dossier_evidence_new (article, 4, 12, "ministry");

    evidence_id = dossier_library_attach_evidence (library, dossier_event_get_id (event), more, &error);
    g_assert_no_error (error);
    g_assert_cmpint (evidence_id, >, 0);
    g_assert_cmpint (more->id, ==, evidence_id);
  }
  loaded = dossier_library_get_event (library, dossier_event_get_id (event), &error);
  g_assert_cmpuint (dossier_event_get_evidence (loaded)->len, ==, 2);
  g_clear_object (&loaded);
  g_assert_true (dossier_library_remove_evidence (library, evidence_id, &error));
  g_assert_false (dossier_library_remove_evidence (library, evidence_id, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Evidence for an article that does not exist is refused. */
  {
    g_autoptr(DossierEvidence) orphan = dossier_evidence_new (article + 100, 0, 3, "The");

    g_assert_cmpint (dossier_library_attach_evidence (library, dossier_event_get_id (event), orphan, &error), ==, 0);
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_cmpint (dossier_library_attach_evidence (library, 9999, orphan, &error), ==, 0);
    g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  loaded = dossier_library_get_event (library, 4242, &error);
  g_assert_null (loaded);
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (dossier_library_delete_event (library, dossier_event_get_id (event), &error));
  g_clear_pointer (&events, g_ptr_array_unref);
  events = list (library, NULL);
  g_assert_cmpuint (events->len, ==, 0);
}

static DossierEvent *
make_candidate (gint64      article,
                guint       start,
                guint       end,
                const char *quote,
                const char *date,
                const char *actor)
{
  DossierEvent *candidate = dossier_event_new ();
  g_autoptr(DossierEvidence) evidence = dossier_evidence_new (article, start, end, quote);
  g_autofree char *uid = g_strdup_printf ("candidate-test-%u-%u", start, end);

  dossier_event_set_uid (candidate, uid);
  dossier_event_set_title (candidate, quote);
  dossier_event_set_date (candidate, date);
  dossier_event_set_status (candidate, DOSSIER_EVENT_STATUS_CANDIDATE);
  dossier_event_set_kind (candidate, DOSSIER_EVENT_KIND_DEAL);
  dossier_event_set_topic (candidate, DOSSIER_EVENT_TOPIC_GULF_EXPORTS);
  dossier_event_set_stance (candidate, DOSSIER_EVENT_STANCE_LOOSENS);
  dossier_event_set_confidence (candidate, 0.6);
  dossier_event_add_actor (candidate, actor);
  dossier_event_add_actor (candidate, "united-arab-emirates");
  dossier_event_add_evidence (candidate, evidence);
  return candidate;
}

static void
test_candidates (void)
{
  g_autoptr(DossierLibrary) library = open_library ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(DossierEvent) campus = NULL;
  g_autoptr(DossierEvent) match = NULL;
  g_autoptr(DossierEvent) merged = NULL;
  DossierEventFilter candidates_only = { .statuses = 1u << DOSSIER_EVENT_STATUS_CANDIDATE };
  gint64 article = add_article (library,
                                "G42 will get chips under a deal. Another deal was signed with G42. "
                                "A third deal was rejected.");
  gint64 first_id, second_id, third_id;

  g_assert_true (dossier_library_load_reference_timeline (library, &error));
  g_ptr_array_add (candidates, make_candidate (article, 0, 32, "G42 will get chips under a deal.", "2025-05-14", "g42"));
  g_ptr_array_add (candidates, make_candidate (article, 33, 66, "Another deal was signed with G42.", "2025-05-14", "g42"));
  g_ptr_array_add (candidates, make_candidate (article, 67, 93, "A third deal was rejected.", "2024", "nvidia"));
  g_assert_cmpint (dossier_library_add_candidates (library, candidates, &error), ==, 3);
  g_assert_no_error (error);
  first_id = dossier_event_get_id (g_ptr_array_index (candidates, 0));
  second_id = dossier_event_get_id (g_ptr_array_index (candidates, 1));
  third_id = dossier_event_get_id (g_ptr_array_index (candidates, 2));

  /* The same passages are not offered twice. */
  g_assert_cmpint (dossier_library_add_candidates (library, candidates, &error), ==, 0);
  events = list (library, &candidates_only);
  g_assert_cmpuint (events->len, ==, 3);
  g_clear_pointer (&events, g_ptr_array_unref);

  /* The first candidate reports the UAE campus announced two days later. */
  match = dossier_library_find_matching_event (library, g_ptr_array_index (candidates, 0), &error);
  g_assert_no_error (error);
  g_assert_nonnull (match);
  g_assert_cmpstr (dossier_event_get_uid (match), ==, "us-ai-chips-2025-05-15-uae-ai-campus");
  g_assert_null (dossier_library_find_matching_event (library, g_ptr_array_index (candidates, 2), &error));
  g_assert_no_error (error);

  /* Merge: evidence and actors move, the candidate goes. */
  g_assert_true (dossier_library_accept_candidate (library, first_id, dossier_event_get_id (match), &error));
  g_assert_no_error (error);
  merged = dossier_library_get_event (library, dossier_event_get_id (match), &error);
  g_assert_cmpuint (dossier_event_get_evidence (merged)->len, ==, 1);
  g_assert_cmpstr (((DossierEvidence *) g_ptr_array_index (dossier_event_get_evidence (merged), 0))->quote,
                   ==, "G42 will get chips under a deal.");
  g_assert_cmpint (dossier_event_get_status (merged), ==, DOSSIER_EVENT_STATUS_REFERENCE);
  g_assert_null (dossier_library_get_event (library, first_id, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Merging into a candidate, or accepting a non-candidate, is refused. */
  g_assert_false (dossier_library_accept_candidate (library, second_id, third_id, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_false (dossier_library_accept_candidate (library, dossier_event_get_id (match), 0, &error));
  g_assert_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  /* Accept as a new event. */
  g_assert_true (dossier_library_accept_candidate (library, second_id, 0, &error));
  g_assert_no_error (error);
  campus = dossier_library_get_event (library, second_id, &error);
  g_assert_cmpint (dossier_event_get_status (campus), ==, DOSSIER_EVENT_STATUS_ACCEPTED);
  g_assert_cmpfloat (dossier_event_get_confidence (campus), ==, 1.0);

  /* Reject; a rejected passage is not offered again either. */
  g_assert_true (dossier_library_reject_event (library, third_id, &error));
  g_assert_cmpint (dossier_library_add_candidates (library, candidates, &error), ==, 0);

  events = list (library, &candidates_only);
  g_assert_cmpuint (events->len, ==, 0);
  g_clear_pointer (&events, g_ptr_array_unref);
  events = list (library, &(DossierEventFilter) { .statuses = DOSSIER_EVENT_STATUSES_TIMELINE });
  g_assert_cmpuint (events->len, ==, N_REFERENCE + 1);
}

static void
test_filters (void)
{
  g_autoptr(DossierLibrary) library = open_library ();
  g_autoptr(GError) error = NULL;
  static const struct
  {
    DossierEventFilter filter;
    guint              expected;
  } cases[] = {
    { { 0 }, N_REFERENCE },
    { { .topics = 1u << DOSSIER_EVENT_TOPIC_CHINA_CONTROLS }, 8 },
    { { .topics = (1u << DOSSIER_EVENT_TOPIC_GULF_EXPORTS) | (1u << DOSSIER_EVENT_TOPIC_COMPANY_DEALS) }, 4 },
    { { .stances = 1u << DOSSIER_EVENT_STANCE_LOOSENS }, 3 },
    { { .actor = "g42" }, 3 },
    { { .actor = "nvidia", .topics = 1u << DOSSIER_EVENT_TOPIC_CHINA_CONTROLS }, 2 },
    { { .actor = "nobody" }, 0 },
    { { .text = "ENTITY LIST" }, 3 },
    { { .text = "实体清单" }, 3 },
    { { .text = "abrogation" }, 1 },
    /* Words found only in translated descriptions. */
    { { .text = "SUPERCALCULATEURS" }, 1 },
    { { .text = "超级计算机" }, 1 },
    { { .statuses = 1u << DOSSIER_EVENT_STATUS_CANDIDATE }, 0 },
  };

  g_assert_true (dossier_library_load_reference_timeline (library, &error));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) events = list (library, &cases[i].filter);

      g_test_message ("filter %u", i);
      g_assert_cmpuint (events->len, ==, cases[i].expected);
      /* Timeline order. */
      for (guint e = 1; e < events->len; e++)
        g_assert_cmpint (dossier_event_compare (&events->pdata[e - 1], &events->pdata[e]), <, 0);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/library-events/reference-idempotent", test_reference_idempotent);
  g_test_add_func ("/library-events/reference-translations", test_reference_translations);
  g_test_add_func ("/library-events/add-edit-evidence", test_add_edit_evidence);
  g_test_add_func ("/library-events/candidates", test_candidates);
  g_test_add_func ("/library-events/filters", test_filters);

  return g_test_run ();
}
