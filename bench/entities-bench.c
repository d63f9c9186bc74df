/* entities-bench.c — pack loading time, automaton memory and matching
 * speed of the entity catalog (run by bench/entities.sh)
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include "dossier-catalog.h"
#include "dossier-entities.h"

/* CPU time of this process: the development machine is shared, and wall
 * time there measures the neighbours. */
static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static long
max_rss_kb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/* 10,000 people with 5 aliases each, names made of random syllables. */
static char *
write_large_pack (void)
{
  static const char * const syllables[] = {
    "ka", "lo", "mi", "ren", "sa", "tor", "vi", "zen", "bra", "dus", "fel", "gor",
    "hal", "jin", "kor", "lum", "mor", "nel", "pra", "qui", "ros", "sil", "tam", "wen",
  };
  GString *json = g_string_new ("{\"pack\": \"large\", \"entities\": [\n");
  GRand *rand = g_rand_new_with_seed (7);
  char *path = g_build_filename (g_get_tmp_dir (), "dossier-entities-bench.json", NULL);
  guint i, a, k;

  for (i = 0; i < 10000; i++)
    {
      g_string_append_printf (json, "%s{\"id\": \"e%u\", \"kind\": \"%s\", \"name\": \"N%u\", \"aliases\": {\"en\": [",
                              i ? ",\n" : "", i, i % 3 ? "person" : "organization", i);
      for (a = 0; a < 5; a++)
        {
          g_string_append_printf (json, "%s\"", a ? ", " : "");
          for (k = 0; k < 5; k++)
            {
              const char *syl = syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))];

              if (k == 0 || k == 2)
                g_string_append_c (json, g_ascii_toupper (syl[0])), g_string_append (json, syl + 1);
              else
                g_string_append (json, syl);
              if (k == 1)
                g_string_append_c (json, ' ');
            }
          g_string_append (json, "\"");
        }
      g_string_append (json, "]}}");
    }
  g_string_append (json, "]}\n");
  g_file_set_contents (path, json->str, json->len, NULL);
  g_string_free (json, TRUE);
  g_rand_free (rand);
  return path;
}

int
main (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierCatalog) builtin = NULL;
  g_autoptr(DossierCatalog) large = NULL;
  g_autofree char *path = NULL;
  const char *paths[2] = { NULL, NULL };
  double t0, best = 1e9;
  long rss0;
  int i;

  /* Pack loading: best of five, the first run pays for page faults. */
  for (i = 0; i < 5; i++)
    {
      t0 = now_ms ();
      g_clear_object (&builtin);
      builtin = dossier_catalog_new_builtin (&error);
      if (builtin == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      best = MIN (best, now_ms () - t0);
    }
  printf ("builtin packs: %u entities, %u aliases, loaded in %.1f ms CPU, automaton %.2f MB\n",
          dossier_catalog_get_n_entities (builtin), dossier_catalog_get_n_aliases (builtin),
          best, dossier_catalog_get_automaton_size (builtin) / 1048576.0);

  path = write_large_pack ();
  paths[0] = path;
  rss0 = max_rss_kb ();
  t0 = now_ms ();
  large = dossier_catalog_new_from_files (paths, &error);
  if (large == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  printf ("generated catalog: %u entities, %u aliases, built in %.0f ms CPU, automaton %.1f MB, peak RSS growth %.1f MB\n",
          dossier_catalog_get_n_entities (large), dossier_catalog_get_n_aliases (large),
          now_ms () - t0, dossier_catalog_get_automaton_size (large) / 1048576.0,
          (max_rss_kb () - rss0) / 1024.0);
  remove (path);

  /* Entity finding alone on mixed text, builtin packs. */
  {
    static const char * const parts[] = {
      "据三位知情人士透露，特朗普政府正在考虑向阿联酋人工智能企业G42出售数十万颗芯片。白宫人工智能事务负责人大卫·萨克斯正牵头推动。",
      "L'administration Trump envisage de vendre des puces à G42, selon le Washington Post ; Sam Altman, PDG d'OpenAI, était à Riyad. ",
      "Nvidia chief executive Jensen Huang met officials in Abu Dhabi on Tuesday, and the Commerce Department approved the sale. ",
    };
    GString *text = g_string_new (NULL);
    guint n_spans = 0;
    gsize off = 0;
    double ms;

    while (text->len < 8 * 1024 * 1024)
      for (i = 0; i < 3; i++)
        g_string_append (text, parts[i]);
    /* Documents of 64 KB, as articles are analysed one by one. */
    t0 = now_ms ();
    while (off < text->len)
      {
        gsize n = MIN (64 * 1024, text->len - off);
        g_autofree char *doc = NULL;
        g_autoptr(GPtrArray) spans = NULL;

        while (off + n < text->len && (text->str[off + n] & 0xC0) == 0x80)
          n++;
        doc = g_strndup (text->str + off, n);
        spans = dossier_entities_find (builtin, doc, NULL);
        n_spans += spans->len;
        off += n;
      }
    ms = now_ms () - t0;
    printf ("entities alone: %.1f MB of mixed zh/fr/en text (one span every %.0f bytes) in %.0f ms CPU = %.1f MB/s\n",
            text->len / 1048576.0, (double) text->len / n_spans, ms, text->len / 1048576.0 / (ms / 1000.0));
    g_string_free (text, TRUE);
  }
  return 0;
}
