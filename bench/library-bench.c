/* library-bench.c — the library store with a synthetic 100,000-article corpus
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   library-bench [--articles N] [--dir DIR] [--fts-compare N]
 *
 * Generates Chinese, French and English news-like articles (lengths drawn
 * around those of real wire stories), imports them one transaction each,
 * then measures search latency, the time to open the library and show the
 * first page of the list, peak memory and database size. --fts-compare
 * also indexes N bodies with the trigram tokenizer and with Dossier's own
 * (unicode61 + CJK bigrams) to compare size, speed and short CJK queries.
 * Results go to stdout as Markdown.
 */

#include <locale.h>
#include <math.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "dossier-analyzer.h"
#include "dossier-article-list.h"
#include "dossier-catalog.h"
#include "dossier-library-entities.h"
#include "dossier-library-events.h"
#include "dossier-library-private.h"
#include "dossier-span.h"

/* ---- Generator ----
 *
 * Each language has function words, a general vocabulary of a few
 * thousand made-up words with Zipf-like frequencies, and 24 topics of
 * domain words. An article picks three topics, so a domain term appears
 * in roughly one article in eight, as in a real news feed. */

#define N_TOPICS 24
#define TOPIC_WORDS 6
#define GENERAL_WORDS 6000

static const char * const en_function[] = {
  "the", "of", "to", "and", "a", "in", "that", "for", "on", "is", "said", "with", "as", "by",
  "would", "its", "from", "at", "which", "will", "has", "have", "been", "it", "was", "were", "not",
};
static const char * const fr_function[] = {
  "le", "la", "les", "de", "des", "du", "et", "à", "en", "un", "une", "que", "qui", "pour", "sur",
  "dans", "par", "a", "est", "sont", "selon", "plus", "pas", "ont", "été", "au", "aux",
};
static const char * const zh_function[] = {
  "的", "了", "在", "是", "和", "对", "将", "已", "也", "与", "为", "这", "该", "其", "并", "但",
  "而", "等", "于", "从", "表示", "据",
};

/* Domain words; topic t uses words [t * TOPIC_WORDS / 2, …) modulo the list. */
static const char * const en_domain[] = {
  "export", "controls", "chips", "semiconductor", "Commerce", "licence", "Nvidia", "AMD", "Intel",
  "Gulf", "investment", "Emirates", "Saudi", "accelerators", "processors", "training", "models",
  "artificial", "intelligence", "security", "restrictions", "loophole", "smuggling", "Congress",
  "senators", "bill", "Taiwan", "TSMC", "fabrication", "compute", "cloud", "Microsoft", "Oracle",
  "OpenAI", "Altman", "Huang", "Lutnick", "Raimondo", "framework", "diffusion", "tariffs", "data",
  "centres", "Beijing", "Huawei", "Ascend", "memory", "HBM",
};
static const char * const fr_domain[] = {
  "contrôles", "exportations", "puces", "semi-conducteurs", "Nvidia", "processeurs", "intelligence",
  "artificielle", "centres", "données", "Émirats", "Arabie", "investissements", "sécurité", "Sénat",
  "Congrès", "Taïwan", "fonderie", "calcul", "nuage", "OpenAI", "Altman", "Huang", "douane",
  "souveraineté", "numérique", "régulation", "Huawei", "mémoire", "licences", "restrictions",
  "contrebande", "Pékin", "Golfe", "tarifs", "modèles",
};
static const char * const zh_domain[] = {
  "美国", "中国", "商务部", "出口", "管制", "芯片", "半导体", "英伟达", "人工智能", "数据中心",
  "阿联酋", "沙特", "海湾", "台积电", "供应链", "算力", "云计算", "微软", "甲骨文", "奥特曼",
  "黄仁勋", "卢特尼克", "框架", "国家安全", "走私", "国会", "参议员", "法案", "关税", "华为",
  "昇腾", "存储器", "许可证", "模型", "训练", "投资",
};

typedef struct
{
  const char          *lang;
  const char * const  *function_words;
  guint                n_function;
  const char * const  *domain;
  guint                n_domain;
  gboolean             spaces;
  int                  min_len;   /* words */
  int                  max_len;
  GPtrArray           *general;   /* made-up words, most frequent first */
} LangSpec;

static LangSpec langs[] = {
  { "en", en_function, G_N_ELEMENTS (en_function), en_domain, G_N_ELEMENTS (en_domain), TRUE, 250, 1100, NULL },
  { "fr", fr_function, G_N_ELEMENTS (fr_function), fr_domain, G_N_ELEMENTS (fr_domain), TRUE, 250, 1000, NULL },
  { "zh", zh_function, G_N_ELEMENTS (zh_function), zh_domain, G_N_ELEMENTS (zh_domain), FALSE, 350, 1300, NULL },
};

static void
make_vocabularies (void)
{
  static const char * const syllables[] = {
    "ba", "ri", "con", "te", "mo", "ul", "sa", "ver", "di", "na", "pro", "lo", "ment", "ex", "tra",
    "gu", "fe", "is", "an", "ti", "or", "po", "ne", "ca", "de", "ly", "ssi", "qu", "el", "wo",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      langs[l].general = g_ptr_array_new_with_free_func (g_free);
      for (guint w = 0; w < GENERAL_WORDS; w++)
        {
          GString *word = g_string_new (NULL);
          int n = g_rand_int_range (rand, langs[l].spaces ? 2 : 2, langs[l].spaces ? 5 : 3);

          for (int k = 0; k < n; k++)
            {
              if (langs[l].spaces)
                g_string_append (word, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
              else
                g_string_append_unichar (word, 0x4E00 + g_rand_int_range (rand, 0, 0x9FA5 - 0x4E00));
            }
          g_ptr_array_add (langs[l].general, g_string_free (word, FALSE));
        }
    }
}

/* Zipf-like rank: small ranks much more often. */
static guint
zipf (GRand *rand,
      guint  n)
{
  double u = g_rand_double (rand);
  return MIN (n - 1, (guint) (pow (n + 1.0, u) - 1.0));
}

static const char *
pick_word (GRand          *rand,
           const LangSpec *spec,
           const guint    *topics)
{
  int r = g_rand_int_range (rand, 0, 100);

  if (r < 40)
    return spec->function_words[g_rand_int_range (rand, 0, spec->n_function)];
  if (r < 88)
    return g_ptr_array_index (spec->general, zipf (rand, spec->general->len));
  return spec->domain[(topics[g_rand_int_range (rand, 0, 3)] * TOPIC_WORDS / 2 +
                       g_rand_int_range (rand, 0, TOPIC_WORDS)) % spec->n_domain];
}

static void
append_sentence (GString        *out,
                 GRand          *rand,
                 const LangSpec *spec,
                 const guint    *topics,
                 int             n_words)
{
  for (int w = 0; w < n_words; w++)
    {
      const char *word = pick_word (rand, spec, topics);

      if (spec->spaces && w > 0)
        g_string_append_c (out, ' ');
      if (w == 0 && spec->spaces)
        {
          g_autofree char *upper = g_utf8_strup (word, g_utf8_next_char (word) - word);
          g_string_append (out, upper);
          g_string_append (out, g_utf8_next_char (word));
        }
      else
        g_string_append (out, word);
      if (g_rand_int_range (rand, 0, 40) == 0)
        g_string_append_printf (out, spec->spaces ? " %u" : "%u", g_rand_int_range (rand, 2, 2000));
      if (!spec->spaces && w + 1 < n_words && g_rand_int_range (rand, 0, 8) == 0)
        g_string_append (out, "，");
    }
  g_string_append (out, spec->spaces ? ". " : "。");
}

static DossierArticle *
generate (GRand *rand,
          guint  n)
{
  const LangSpec *spec = &langs[n % G_N_ELEMENTS (langs)];
  DossierArticle *article = dossier_article_new ();
  GString *body = g_string_new (NULL);
  GString *title = g_string_new (NULL);
  int length = g_rand_int_range (rand, spec->min_len, spec->max_len);
  int written = 0;
  guint topics[3];
  g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", 2017 + g_rand_int_range (rand, 0, 9),
                                           g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));

  for (guint t = 0; t < 3; t++)
    topics[t] = g_rand_int_range (rand, 0, N_TOPICS);
  append_sentence (title, rand, spec, topics, spec->spaces ? g_rand_int_range (rand, 5, 12) : g_rand_int_range (rand, 4, 9));
  g_string_truncate (title, title->len - (spec->spaces ? 2 : 3));
  g_string_append_printf (body, spec->spaces ? "Story %u. " : "第%u篇。", n);
  while (written < length)
    {
      int paragraph = g_rand_int_range (rand, 2, 6);

      for (int s = 0; s < paragraph && written < length; s++)
        {
          int words = g_rand_int_range (rand, 8, 30);
          append_sentence (body, rand, spec, topics, words);
          written += words;
        }
      if (body->len > 0 && body->str[body->len - 1] == ' ')
        g_string_truncate (body, body->len - 1);
      g_string_append (body, "\n\n");
    }
  g_string_truncate (body, body->len - 2);

  dossier_article_set_title (article, title->str);
  dossier_article_set_body (article, body->str);
  dossier_article_set_lang (article, spec->lang);
  dossier_article_set_source (article, "Synthetic Wire");
  dossier_article_set_published (article, date);
  g_string_free (body, TRUE);
  g_string_free (title, TRUE);
  return article;
}

/* Spans as the analyzer would give them: entity names found in the body. */
static GPtrArray *
fake_spans (DossierArticle *article)
{
  static const struct { const char *text; const char *id; DossierSpanKind kind; } names[] = {
    { "Nvidia", "nvidia", DOSSIER_SPAN_ORGANIZATION }, { "英伟达", "nvidia", DOSSIER_SPAN_ORGANIZATION },
    { "Altman", "sam-altman", DOSSIER_SPAN_PERSON }, { "奥特曼", "sam-altman", DOSSIER_SPAN_PERSON },
    { "Huang", "jensen-huang", DOSSIER_SPAN_PERSON }, { "黄仁勋", "jensen-huang", DOSSIER_SPAN_PERSON },
    { "Commerce", "us-commerce", DOSSIER_SPAN_ORGANIZATION }, { "商务部", "us-commerce", DOSSIER_SPAN_ORGANIZATION },
  };
  GPtrArray *spans = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
  const char *body = dossier_article_get_body (article);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *hit = strstr (body, names[i].text);
      int found = 0;

      while (hit != NULL && found++ < 5)
        {
          guint start = g_utf8_pointer_to_offset (body, hit);
          DossierSpan *span = dossier_span_new (names[i].kind, start, start + g_utf8_strlen (names[i].text, -1), names[i].text);
          dossier_span_set_entity (span, names[i].id, names[i].text);
          g_ptr_array_add (spans, span);
          hit = strstr (hit + 1, names[i].text);
        }
    }
  g_ptr_array_sort (spans, dossier_span_compare);
  return spans;
}

/* ---- Measures ---- */

static const char * const queries[] = {
  /* zh */ "芯片", "出口管制", "英伟达", "数据中心", "人工智能 投资", "芯", "国家安全",
  /* fr */ "contrôles", "puces", "semi-conducteurs", "\"intelligence artificielle\"", "Sénat", "exportations Chine",
  /* en */ "export controls", "Nvidia", "Altman", "smuggling", "\"data centres\"", "licence", "Gulf investment",
};

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
percentile (GArray *values,
            double  p)
{
  guint i;

  g_array_sort (values, compare_doubles);
  i = (guint) (p * (values->len - 1) + 0.5);
  return g_array_index (values, double, i);
}

static long
peak_rss_kb (void)
{
  struct rusage usage;
  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/* A page of search results, as the app and dossier-cli show them. */
#define SEARCH_LIMIT 20

/* CPU time of the calling thread; getrusage() counts in scheduler ticks
 * (4 ms here), too coarse for one query. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

typedef struct
{
  double open_ms;
  double first_page_ms;
  double search_p50;
  double search_p95;
  double search_max;
  double search_cpu_p50;
  double search_cpu_p95;
  long   rss_kb;
  guint  hits[G_N_ELEMENTS (queries)];
  double query_cpu_p50[G_N_ELEMENTS (queries)];
} ReadResults;

/* Runs in a fresh child so its memory peak is its own. */
static void
read_phase (const char  *dir,
            ReadResults *results)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(DossierArticleList) list = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *per_query[G_N_ELEMENTS (queries)] = { NULL };
  double t0 = now_ms ();

  library = dossier_library_open (dir, &error);
  g_assert_no_error (error);
  list = dossier_article_list_new (library);
  results->open_ms = now_ms () - t0;
  g_assert_true (dossier_article_list_reload (list, &error));
  for (guint i = 0; i < 50 && i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(DossierArticle) article = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_assert_nonnull (dossier_article_get_title (article));
    }
  results->first_page_ms = now_ms () - t0;

  /* One warm-up round, then five measured rounds. */
  for (guint round = 0; round < 6; round++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      {
        double start = now_ms ();
        double cpu_start = cpu_ms ();
        g_autoptr(GPtrArray) hits = dossier_library_search (library, queries[q], "[", "]", SEARCH_LIMIT, &error);
        double elapsed = now_ms () - start;
        double cpu_elapsed = cpu_ms () - cpu_start;

        g_assert_no_error (error);
        results->hits[q] = hits->len;
        if (round > 0)
          {
            g_array_append_val (times, elapsed);
            g_array_append_val (cpu_times, cpu_elapsed);
            g_array_append_val (per_query[q], cpu_elapsed);
          }
        else
          per_query[q] = g_array_new (FALSE, FALSE, sizeof (double));
      }
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      results->query_cpu_p50[q] = percentile (per_query[q], 0.5);
      g_array_unref (per_query[q]);
    }
  results->search_p50 = percentile (times, 0.50);
  results->search_p95 = percentile (times, 0.95);
  results->search_max = percentile (times, 1.0);
  results->search_cpu_p50 = percentile (cpu_times, 0.50);
  results->search_cpu_p95 = percentile (cpu_times, 0.95);
  results->rss_kb = peak_rss_kb ();
}

static void
run_read_phase (const char  *dir,
                ReadResults *results)
{
  int fds[2];
  pid_t pid;
  int status;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  if (pid == 0)
    {
      ReadResults r = { 0 };
      read_phase (dir, &r);
      if (write (fds[1], &r, sizeof r) != sizeof r)
        _exit (1);
      _exit (0);
    }
  close (fds[1]);
  g_assert_cmpint (read (fds[0], results, sizeof *results), ==, sizeof *results);
  close (fds[0]);
  waitpid (pid, &status, 0);
}

static gint64
file_size (const char *path)
{
  GStatBuf st;
  return g_stat (path, &st) == 0 ? st.st_size : 0;
}

/* ---- Tokenizer comparison ---- */

static void
fts_compare (guint n_articles)
{
  const char *tokenizers[] = { "trigram", "dossier" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autofree char *dir = g_dir_make_tmp ("dossier-fts-XXXXXX", NULL);

  g_print ("\n### Tokenizers on %u articles\n\n", n_articles);
  g_print ("| tokenizer | index time | index size | p50 | p95 | queries with no hit |\n");
  g_print ("|---|---|---|---|---|---|\n");
  for (guint t = 0; t < G_N_ELEMENTS (tokenizers); t++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%s.sqlite3", dir, tokenizers[t]);
      g_autofree char *create = g_strdup_printf ("CREATE VIRTUAL TABLE f USING fts5 (body, tokenize='%s')",
                                                 tokenizers[t]);
      g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GString) misses = g_string_new (NULL);
      sqlite3 *db = NULL;
      sqlite3_stmt *stmt = NULL;
      double start;
      double index_s;

      g_rand_set_seed (rand, 7);
      sqlite3_open (path, &db);
      _dossier_fts_register (db);
      sqlite3_exec (db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL", NULL, NULL, NULL);
      sqlite3_exec (db, create, NULL, NULL, NULL);
      start = now_ms ();
      sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
      sqlite3_prepare_v2 (db, "INSERT INTO f (body) VALUES (?)", -1, &stmt, NULL);
      for (guint i = 0; i < n_articles; i++)
        {
          g_autoptr(DossierArticle) article = generate (rand, i);
          sqlite3_bind_text (stmt, 1, dossier_article_get_body (article), -1, SQLITE_TRANSIENT);
          sqlite3_step (stmt);
          sqlite3_reset (stmt);
        }
      sqlite3_finalize (stmt);
      sqlite3_exec (db, "COMMIT; PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
      index_s = (now_ms () - start) / 1000.0;

      /* The same queries, as phrases, with snippets for the top 50. */
      sqlite3_prepare_v2 (db, "SELECT rowid, snippet (f, 0, '[', ']', '…', 16) FROM f WHERE f MATCH ?"
                              " ORDER BY rank LIMIT 50", -1, &stmt, NULL);
      for (guint round = 0; round < 4; round++)
        for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
          {
            g_autofree char *phrase = g_strdup_printf ("\"%s\"", queries[q][0] == '"' ? "" : queries[q]);
            const char *match = queries[q][0] == '"' ? queries[q] : phrase;
            double s = now_ms ();
            int rows = 0;

            sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
            while (sqlite3_step (stmt) == SQLITE_ROW)
              rows++;
            sqlite3_reset (stmt);
            if (round > 0)
              {
                double e = now_ms () - s;
                g_array_append_val (times, e);
              }
            else if (rows == 0)
              g_string_append_printf (misses, "%s%s", misses->len ? ", " : "", queries[q]);
          }
      sqlite3_finalize (stmt);
      sqlite3_close (db);
      g_print ("| %s | %.1f s | %.1f MB | %.2f ms | %.2f ms | %s |\n", tokenizers[t], index_s,
               file_size (path) / 1e6, percentile (times, 0.5), percentile (times, 0.95),
               misses->len ? misses->str : "none");
      g_unlink (path);
    }
  g_rmdir (dir);
}

typedef struct
{
  int    articles;
  double wall_s;             /* analysis + store */
  double cpu_s;
  double analysis_cpu_s;
  double store_cpu_s;        /* the article, its mentions, candidate events */
  double store_wall_s;
  double end_wall_s;         /* the end of the batch: index merge */
  double end_cpu_s;
  gint64 body_bytes;
  gint64 mentions;
  gint64 candidates;
  long   rss_kb;
} ImportResults;

/* Imports as dossier_library_import_file() does once a file is read and
 * extracted: analysis with the built-in packs, the article with its
 * mentions in its own transaction, then candidate events. */
static void
import_articles (DossierLibrary *library,
                 int             first,
                 int             n_articles,
                 gboolean        analyse,
                 gboolean        grouped,
                 ImportResults  *results)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42 + first);
  g_autoptr(DossierCatalog) catalog = NULL;
  g_autoptr(DossierAnalyzer) analyzer = NULL;
  double wall = 0, cpu = 0;

  if (analyse)
    {
      catalog = dossier_catalog_new_for_library (library, &error);
      g_assert_no_error (error);
      analyzer = dossier_analyzer_new (catalog);
    }

  if (grouped)
    dossier_library_begin_batch (library);
  for (int i = first; i < first + n_articles; i++)
    {
      g_autoptr(DossierArticle) article = generate (rand, i);
      g_autoptr(GPtrArray) spans = NULL;
      double w0 = now_ms (), c0 = cpu_ms ();
      double w1, c1;
      int found;

      spans = analyse ? dossier_analyzer_analyze (analyzer, dossier_article_get_body (article),
                                                  dossier_article_get_lang (article),
                                                  dossier_article_get_published (article))
                      : fake_spans (article);
      w1 = now_ms ();
      c1 = cpu_ms ();
      if (!dossier_library_add_article (library, article, spans, NULL, NULL, &error))
        g_error ("article %d: %s", i, error->message);
      found = analyse ? dossier_library_find_candidates (library, dossier_article_get_id (article), &error) : 0;
      g_assert_no_error (error);
      /* As dossier-cli import: commit when the batch is due. */
      if (grouped && (i + 1 == first + n_articles || dossier_library_batch_is_due (library)) &&
          !dossier_library_commit_batch (library, &error))
        g_error ("%s", error->message);

      wall += now_ms () - w0;
      cpu += cpu_ms () - c0;
      results->analysis_cpu_s += (c1 - c0) / 1000.0;
      results->store_cpu_s += (cpu_ms () - c1) / 1000.0;
      results->store_wall_s += (now_ms () - w1) / 1000.0;
      results->body_bytes += strlen (dossier_article_get_body (article));
      results->mentions += spans->len;
      results->candidates += found;
      if ((i + 1 - first) % 10000 == 0)
        g_printerr ("%d articles, %.0f/s (%.0f per CPU-second)\n", i + 1, (i + 1 - first) / (wall / 1000.0),
                    (i + 1 - first) / (cpu / 1000.0));
    }
  if (grouped)
    {
      double w0 = now_ms (), c0 = cpu_ms ();

      /* Merges the full-text index after a large import. */
      if (!dossier_library_end_batch (library, &error))
        g_error ("%s", error->message);
      results->end_wall_s = (now_ms () - w0) / 1000.0;
      results->end_cpu_s = (cpu_ms () - c0) / 1000.0;
    }
  results->articles = n_articles;
  results->wall_s = wall / 1000.0;
  results->cpu_s = cpu / 1000.0;
  results->rss_kb = peak_rss_kb ();
}

int
main (int    argc,
      char **argv)
{
  int n_articles = 100000;
  int compare = 0;
  gboolean no_analysis = FALSE;
  gboolean one_per_commit = FALSE;
  int append = 0;
  g_autofree char *dir = NULL;
  GOptionEntry entries[] = {
    { "articles", 'n', 0, G_OPTION_ARG_INT, &n_articles, "Articles to generate", "N" },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir,
      "Library folder (default: a new temporary one); if it holds articles, only the read measures run", "DIR" },
    { "append", 0, 0, G_OPTION_ARG_INT, &append, "Import N more articles into the library at DIR first", "N" },
    { "no-analysis", 0, 0, G_OPTION_ARG_NONE, &no_analysis, "Store made-up mentions instead of analysing", NULL },
    { "one-per-commit", 0, 0, G_OPTION_ARG_NONE, &one_per_commit,
      "Commit each article on its own instead of in groups as dossier-cli import does", NULL },
    { "fts-compare", 0, 0, G_OPTION_ARG_INT, &compare, "Compare tokenizers on N articles", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— library store benchmark");
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierLibrary) library = NULL;
  g_autofree char *db_path = NULL;
  ReadResults read = { 0 };
  ImportResults import = { 0 };
  gint64 existing;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  make_vocabularies ();
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (dir == NULL)
    dir = g_dir_make_tmp ("dossier-bench-XXXXXX", NULL);

  library = dossier_library_open (dir, &error);
  g_assert_no_error (error);
  db_path = g_strdup (dossier_library_get_path (library));
  /* What the first import stores: search expands the packs' aliases. */
  if (!dossier_library_load_builtin_entities (library, &error))
    g_error ("%s", error->message);
  existing = dossier_library_count_articles (library);
  if (existing == 0)
    import_articles (library, 0, n_articles, !no_analysis, !one_per_commit, &import);
  else if (append > 0)
    import_articles (library, existing, append, !no_analysis, !one_per_commit, &import);
  else
    g_printerr ("%s holds %" G_GINT64_FORMAT " articles: read measures only\n", dir, existing);
  existing = dossier_library_count_articles (library);
  g_clear_object (&library);   /* checkpoints the WAL */

  run_read_phase (dir, &read);

  g_print ("### Library (store) at %" G_GINT64_FORMAT " articles\n\n", existing);
  g_print ("| measure | value |\n|---|---|\n");
  if (import.articles > 0)
    {
      double n = import.articles;

      g_print ("| articles | %d (zh/fr/en in turn, bodies %.1f KB on average, %.1f mentions each, "
               "%" G_GINT64_FORMAT " candidate events) |\n",
               import.articles, import.body_bytes / 1024.0 / n, import.mentions / n, import.candidates);
      g_print ("| import of %d articles (%s + store, %s) | %.0f articles/s (%.0f per CPU-second) |\n",
               import.articles, no_analysis ? "made-up mentions" : "analysis",
               one_per_commit ? "one commit per article" : "commits grouped as by dossier-cli import",
               n / import.wall_s, n / import.cpu_s);
      g_print ("| CPU per article: analysis / store | %.2f / %.2f ms |\n",
               import.analysis_cpu_s * 1000 / n, import.store_cpu_s * 1000 / n);
      g_print ("| store alone | %.0f articles/s (%.0f per CPU-second) |\n",
               n / import.store_wall_s, n / import.store_cpu_s);
      if (!one_per_commit)
        g_print ("| end of the import (full-text index merged when the import is large) | %.1f s (CPU %.1f s) |\n",
                 import.end_wall_s, import.end_cpu_s);
      g_print ("| peak RSS while importing | %.0f MB |\n", import.rss_kb / 1024.0);
    }
  g_print ("| open + first page of the list (50 rows) | %.0f ms (open %.1f ms) |\n",
           read.first_page_ms, read.open_ms);
  g_print ("| search p50 / p95 / max (20 queries × 5, best %d with snippets) | %.1f / %.1f / %.1f ms "
           "(CPU time p50 / p95: %.1f / %.1f ms) |\n", SEARCH_LIMIT,
           read.search_p50, read.search_p95, read.search_max, read.search_cpu_p50, read.search_cpu_p95);
  g_print ("| peak RSS opening, listing and searching | %.0f MB |\n", read.rss_kb / 1024.0);
  g_print ("| database size | %.0f MB, %.1f KB per article |\n",
           file_size (db_path) / 1e6, file_size (db_path) / 1024.0 / MAX (existing, 1));
  g_print ("\nHits and median CPU time per query:");
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    g_print (" %s %u (%.1f ms)%s", queries[q], read.hits[q], read.query_cpu_p50[q],
             q + 1 < G_N_ELEMENTS (queries) ? "," : "\n");

  if (compare > 0)
    fts_compare (compare);
  return 0;
}
