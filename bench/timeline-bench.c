/* timeline-bench.c — timeline store, exports and event finder at 10,000 events
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: timeline-bench [ARTICLE…]
 * Stores 10,000 candidate events in a fresh library, lists them, exports
 * them in every format, then times the event finder on each ARTICLE
 * (analysed once, found 50 times). Prints one line per measurement.
 */
#include <stdio.h>
#include <string.h>

#include "dossier-analyzer.h"
#include "dossier-catalog.h"
#include "dossier-event-finder.h"
#include "dossier-importer.h"
#include "dossier-library-events.h"
#include "dossier-timeline-export.h"

#define N_EVENTS 10000
#define FINDER_RUNS 50

static double
seconds (void)
{
  return g_get_monotonic_time () / (double) G_USEC_PER_SEC;
}

static void
die (GError *error)
{
  fprintf (stderr, "timeline-bench: %s\n", error->message);
  exit (1);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = g_dir_make_tmp ("timeline-bench-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(DossierArticle) article = dossier_article_new ();
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(DossierCatalog) catalog = NULL;
  g_autoptr(DossierAnalyzer) analyzer = NULL;
  DossierEventFilter text_filter = { .text = "chip" };
  gint64 duplicate = 0;
  double start;
  int added;

  if ((library = dossier_library_open (dir, &error)) == NULL)
    die (error);
  dossier_article_set_title (article, "Benchmark article");
  dossier_article_set_body (article, "A body the evidence points into.");
  if (!dossier_library_add_article (library, article, NULL, NULL, &duplicate, &error) ||
      !dossier_library_load_reference_timeline (library, &error))
    die (error);

  for (int i = 0; i < N_EVENTS; i++)
    {
      DossierEvent *event = dossier_event_new ();
      g_autoptr(DossierEvidence) evidence = dossier_evidence_new (dossier_article_get_id (article),
                                                                  i, i + 4, "body");
      g_autofree char *uid = g_strdup_printf ("bench-%d", i);
      g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", 2017 + i % 9, 1 + i % 12, 1 + i % 28);

      dossier_event_set_uid (event, uid);
      dossier_event_set_date (event, date);
      dossier_event_set_title (event, "美国商务部宣布新的芯片出口管制规则 — new chip export rule announced");
      dossier_event_add_actor (event, "nvidia");
      dossier_event_add_actor (event, "china");
      dossier_event_add_evidence (event, evidence);
      g_ptr_array_add (candidates, event);
    }

  start = seconds ();
  if ((added = dossier_library_add_candidates (library, candidates, &error)) < 0)
    die (error);
  printf ("store %d candidates (one transaction): %.3f s\n", added, seconds () - start);

  start = seconds ();
  if ((events = dossier_library_list_events (library, NULL, &error)) == NULL)
    die (error);
  printf ("list %u events: %.3f s\n", events->len, seconds () - start);

  start = seconds ();
  found = dossier_library_list_events (library, &text_filter, &error);
  if (found == NULL)
    die (error);
  printf ("list with a text filter (%u events): %.3f s\n", found->len, seconds () - start);

  for (DossierTimelineFormat format = DOSSIER_TIMELINE_FORMAT_JSON;
       format <= DOSSIER_TIMELINE_FORMAT_ICS; format++)
    {
      g_autofree char *text = NULL;

      start = seconds ();
      text = dossier_timeline_export (events, format, "zh");
      printf ("export %s: %.3f s, %zu bytes\n", dossier_timeline_format_to_string (format),
              seconds () - start, strlen (text));
    }

  if (argc > 1)
    {
      if ((catalog = dossier_catalog_new_builtin (&error)) == NULL)
        die (error);
      analyzer = dossier_analyzer_new (catalog);
    }
  for (int a = 1; a < argc; a++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[a]);
      g_autoptr(DossierArticle) input = dossier_importer_import_file (file, NULL, NULL, &error);
      g_autoptr(GPtrArray) spans = NULL;
      const char *body;
      guint n = 0;
      double per_run;

      if (input == NULL)
        die (error);
      body = dossier_article_get_body (input);
      spans = dossier_analyzer_analyze (analyzer, body, NULL, "2025-05-13");
      start = seconds ();
      for (int r = 0; r < FINDER_RUNS; r++)
        {
          g_autoptr(GPtrArray) result = dossier_event_finder_find (body, spans, "2025-05-13", 1);
          n = result->len;
        }
      per_run = (seconds () - start) / FINDER_RUNS;
      printf ("finder on %s: %u candidates, %.2f ms, %.1f MB/s\n", argv[a], n,
              per_run * 1000, strlen (body) / per_run / 1e6);
    }

  return 0;
}
