/* extraction-speed.c — the import pipeline, in one process, on the
 * article-extraction benchmark pages
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   extraction-speed [--rounds N] [--slowest N] [--machine] [DEV_DIR]
 *
 * Reads every page of DEV_DIR (default: $DOSSIER_SHARED/bench/extraction/dev,
 * else ../shared/bench/extraction/dev) into memory with the charset and URL
 * of its ground truth, runs one warm-up round, then N rounds (default 3) of
 * dossier_importer_import_bytes() — the function behind the app's import
 * and `dossier-cli article` — over all of them. Each import decodes the raw
 * bytes (GB18030 or UTF-8), detects the format, parses and extracts the
 * article, cleans its paragraphs, normalises it to NFC and identifies its
 * language. Reports CPU time (user + system of the process) and wall time
 * per page. --machine adds one line for scripts:
 * "cpu_ms_per_page wall_ms_per_page pages rounds".
 */
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "dossier-importer.h"

typedef struct
{
  char   *id;
  char   *filename;   /* "<id>.html", the format hint */
  char   *charset;
  char   *url;
  GBytes *bytes;
  double  cpu;        /* seconds, summed over the measured rounds */
} Page;

static void
page_free (gpointer data)
{
  Page *page = data;

  g_free (page->id);
  g_free (page->filename);
  g_free (page->charset);
  g_free (page->url);
  g_bytes_unref (page->bytes);
  g_free (page);
}

static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static GBytes *
gunzip_file (const char  *path,
             GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) raw = g_file_read (file, NULL, error);
  g_autoptr(GZlibDecompressor) gunzip = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) memory = NULL;

  if (raw == NULL)
    return NULL;
  gunzip = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  stream = g_converter_input_stream_new (G_INPUT_STREAM (raw), G_CONVERTER (gunzip));
  memory = g_memory_output_stream_new_resizable ();
  if (g_output_stream_splice (memory, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                              NULL, error) < 0)
    return NULL;
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static GPtrArray *
load_pages (const char  *dev_dir,
            GError     **error)
{
  g_autofree char *truth_path = g_build_filename (dev_dir, "ground-truth.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (page_free);
  g_autoptr(GList) members = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  JsonObject *truth;

  if (!json_parser_load_from_file (parser, truth_path, error))
    return NULL;
  truth = json_node_get_object (json_parser_get_root (parser));
  members = json_object_get_members (truth);
  for (GList *l = members; l != NULL; l = l->next)
    g_ptr_array_add (ids, l->data);
  g_ptr_array_sort (ids, compare_ids);

  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      JsonObject *entry = json_object_get_object_member (truth, id);
      g_autofree char *name = g_strconcat (id, ".html.gz", NULL);
      g_autofree char *path = g_build_filename (dev_dir, "html", name, NULL);
      Page *page = g_new0 (Page, 1);

      page->id = g_strdup (id);
      page->filename = g_strconcat (id, ".html", NULL);
      page->charset = g_strdup (json_object_get_string_member_with_default (entry, "charset", "utf-8"));
      if (json_object_has_member (entry, "url") && !json_object_get_null_member (entry, "url"))
        page->url = g_strdup (json_object_get_string_member (entry, "url"));
      g_ptr_array_add (pages, page);
      page->bytes = gunzip_file (path, error);
      if (page->bytes == NULL)
        return NULL;
    }
  return g_steal_pointer (&pages);
}

/* One pass over every page; returns the characters of body text produced
 * (a check that each run did the same work) or -1 on a failure. */
static gint64
run_round (GPtrArray *pages,
           gboolean   timed)
{
  gint64 chars = 0;

  for (guint i = 0; i < pages->len; i++)
    {
      Page *page = g_ptr_array_index (pages, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(DossierArticle) article = NULL;
      double start = timed ? cpu_seconds () : 0;

      article = dossier_importer_import_bytes (page->bytes, page->filename, page->charset, page->url, &error);
      if (timed)
        page->cpu += cpu_seconds () - start;
      if (article == NULL)
        {
          g_printerr ("extraction-speed: %s: %s\n", page->id, error->message);
          return -1;
        }
      chars += g_utf8_strlen (dossier_article_get_body (article), -1);
    }
  return chars;
}

static int
compare_cpu (gconstpointer a,
             gconstpointer b)
{
  const Page *pa = *(const Page * const *) a, *pb = *(const Page * const *) b;

  return pa->cpu < pb->cpu ? 1 : pa->cpu > pb->cpu ? -1 : 0;
}

int
main (int    argc,
      char **argv)
{
  int rounds = 3, slowest = 0;
  gboolean machine = FALSE;
  g_autofree char *default_dir = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  const GOptionEntry entries[] = {
    { "rounds", 0, 0, G_OPTION_ARG_INT, &rounds, "Measured rounds over all pages (default 3)", "N" },
    { "slowest", 0, 0, G_OPTION_ARG_INT, &slowest, "Also list the N slowest pages", "N" },
    { "machine", 0, 0, G_OPTION_ARG_NONE, &machine, "End with one line of numbers for scripts", NULL },
    { NULL }
  };
  const char *dev_dir;
  double cpu_start, cpu_total;
  gint64 wall_start, chars = 0, first_chars = -1;
  double wall_total;
  gsize total_bytes = 0;
  struct rusage usage;
  guint n;

  context = g_option_context_new ("[DEV_DIR]");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || rounds < 1 || argc > 2)
    {
      g_printerr ("extraction-speed: %s\n", error != NULL ? error->message : "give at most one DEV_DIR and --rounds ≥ 1");
      return 2;
    }
  if (argc == 2)
    dev_dir = argv[1];
  else
    {
      const char *shared = g_getenv ("DOSSIER_SHARED");

      default_dir = g_build_filename (shared != NULL ? shared : "../shared", "bench", "extraction", "dev", NULL);
      dev_dir = default_dir;
    }

  pages = load_pages (dev_dir, &error);
  if (pages == NULL)
    {
      g_printerr ("extraction-speed: cannot read the pages in %s: %s\n", dev_dir, error->message);
      return 2;
    }
  n = pages->len;
  for (guint i = 0; i < n; i++)
    total_bytes += g_bytes_get_size (((Page *) g_ptr_array_index (pages, i))->bytes);

  /* The first round pays for first-use setup (regexes, tables, iconv
   * modules) and is not counted, like the JIT warm-up on the Node side. */
  if (run_round (pages, FALSE) < 0)
    return 1;

  cpu_start = cpu_seconds ();
  wall_start = g_get_monotonic_time ();
  for (int r = 0; r < rounds; r++)
    {
      chars = run_round (pages, TRUE);
      if (chars < 0)
        return 1;
      if (first_chars >= 0 && chars != first_chars)
        {
          g_printerr ("extraction-speed: round %d gave %" G_GINT64_FORMAT " characters, not %" G_GINT64_FORMAT "\n",
                      r + 1, chars, first_chars);
          return 1;
        }
      first_chars = chars;
    }
  cpu_total = cpu_seconds () - cpu_start;
  wall_total = (g_get_monotonic_time () - wall_start) / 1e6;
  getrusage (RUSAGE_SELF, &usage);

  printf ("Dossier import pipeline: %u pages (%.1f MB of HTML), %d rounds after a warm-up round, "
          "%" G_GINT64_FORMAT " body characters per round\n",
          n, total_bytes / 1e6, rounds, chars);
  printf ("  CPU  %7.2f ms/page  %7.1f pages/s\n", cpu_total * 1000 / (n * rounds), n * rounds / cpu_total);
  printf ("  wall %7.2f ms/page  %7.1f pages/s\n", wall_total * 1000 / (n * rounds), n * rounds / wall_total);
  printf ("  peak RSS %.0f MB\n", usage.ru_maxrss / 1024.0);
  if (slowest > 0)
    {
      g_ptr_array_sort (pages, compare_cpu);
      for (guint i = 0; i < (guint) slowest && i < n; i++)
        {
          Page *page = g_ptr_array_index (pages, i);

          printf ("  %8.2f ms  %7.0f KB  %s\n", page->cpu * 1000 / rounds, g_bytes_get_size (page->bytes) / 1024.0,
                  page->id);
        }
    }
  if (machine)
    printf ("%.4f %.4f %u %d\n", cpu_total * 1000 / (n * rounds), wall_total * 1000 / (n * rounds), n, rounds);
  return 0;
}
