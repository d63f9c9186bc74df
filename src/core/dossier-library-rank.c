/* dossier-library-rank.c — the best articles for a query, by bm25
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * FTS5's own "ORDER BY rank LIMIT n" computes bm25 for every matching
 * row: for each row it reads the position lists of every phrase of the
 * expression and looks the row's length up in %_docsize with a query of
 * its own; before that it counts each phrase's rows with another pass
 * over the index (the document frequency); then it sorts every row with
 * its position lists. A query expanded with an entity's aliases (an OR
 * of ten phrases) over a few tens of thousands of rows took most of a
 * search that way.
 *
 * Here the same numbers come cheaper. For an OR of phrases (one word and
 * its aliases), one query per phrase gives the phrase's rows with the
 * weighted count of its instances, and their number is the document
 * frequency; merging the lists gives the rows of the expression, each
 * row paying only for the phrases it holds. For words ANDed together,
 * one pass over the expression's rows (few, usually) reads every
 * phrase's instances, and a count per phrase gives the frequencies, only
 * when a row matched. Row lengths come from one sequential read of
 * %_docsize, kept until the articles change (dossier-library-docsize.c).
 * Scores are computed with FTS5's bm25 formula, operation for operation,
 * so they equal FTS5's "rank", and only the best rows are kept.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dossier-library-private.h"

#define ROW_SET_TYPE "dossier-row-set"

/* bm25 constants, as in FTS5 (fts5_aux.c). */
#define BM25_K1 1.2
#define BM25_B  0.75

/* Weights of the columns (title, body): the rank configured in the
 * schema, 'bm25(8.0, 1.0)'. */
static const double column_weights[] = { 8.0, 1.0 };

/* Growable arrays for the many small elements of a search: appending
 * to a GArray copies each element with memcpy(). */
static void
vec_grow (gpointer *data,
          guint    *size,
          gsize     element_size)
{
  *size = MAX (256, *size * 2);
  *data = g_realloc_n (*data, *size, element_size);
}

#define VEC(type) struct { type *data; guint len; guint size; }
/* Returns a pointer to a new last element. */
#define VEC_PUSH(vec) \
  ((vec)->len < (vec)->size ? (void) 0 : vec_grow ((gpointer *) &(vec)->data, &(vec)->size, sizeof *(vec)->data), \
   &(vec)->data[(vec)->len++])

/* A phrase held by a row. */
typedef struct
{
  guint  phrase;
  double freq;   /* the weights of the columns of its instances, summed */
} Entry;

typedef struct
{
  gint64  rowid;
  guint64 held;          /* phrases, as DossierRankedRow */
  guint   first_entry;   /* its entries run to the next row's first */
} Row;

/* Rows in rowid order with the phrases each holds. */
typedef struct
{
  VEC (Row)     rows;
  VEC (Entry)   entries;
  /* Filled by dossier_collect(): */
  guint         first_phrase;   /* of the expression, in the query's numbering */
  guint         n_phrases;
  gboolean      started;
  sqlite3_int64 n_rows;         /* in the table */
  sqlite3_int64 n_tokens;
} RowSet;

static void
row_set_clear (RowSet *set)
{
  g_clear_pointer (&set->rows.data, g_free);
  g_clear_pointer (&set->entries.data, g_free);
  set->rows.len = set->rows.size = 0;
  set->entries.len = set->entries.size = 0;
}

static void
row_set_reset (RowSet *set,
               guint   first_phrase,
               guint   n_phrases)
{
  set->rows.len = 0;
  set->entries.len = 0;
  set->first_phrase = first_phrase;
  set->n_phrases = n_phrases;
  set->started = FALSE;
}

static guint
row_end (const RowSet *set,
         guint         r)
{
  return r + 1 < set->rows.len ? set->rows.data[r + 1].first_entry : set->entries.len;
}

static guint64
phrase_bit (guint phrase)
{
  return phrase < 64 ? G_GUINT64_CONSTANT (1) << phrase : 0;
}

/* dossier_collect(articles_fts, set): appends the row with the weighted
 * frequency of each phrase it holds to the RowSet bound as a pointer;
 * returns NULL. */
static void
collect_function (const Fts5ExtensionApi *api,
                  Fts5Context            *fts,
                  sqlite3_context        *context,
                  int                     argc,
                  sqlite3_value         **argv)
{
  RowSet *set = argc > 0 ? sqlite3_value_pointer (argv[0], ROW_SET_TYPE) : NULL;
  Row *row;

  if (set == NULL)
    {
      sqlite3_result_error (context, "dossier_collect: no row set", -1);
      return;
    }
  if (!set->started)
    {
      int rc;

      set->started = TRUE;
      if ((guint) api->xPhraseCount (fts) != set->n_phrases)
        {
          sqlite3_result_error (context, "dossier_collect: the expression has other phrases than expected", -1);
          return;
        }
      rc = api->xRowCount (fts, &set->n_rows);
      if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize (fts, -1, &set->n_tokens);
      if (rc != SQLITE_OK)
        {
          sqlite3_result_error_code (context, rc);
          return;
        }
    }

  row = VEC_PUSH (&set->rows);
  row->rowid = api->xRowid (fts);
  row->held = 0;
  row->first_entry = set->entries.len;
  for (guint i = 0; i < set->n_phrases; i++)
    {
      Fts5PhraseIter iter;
      int column, offset;
      double freq = 0.0;

      /* bm25 adds the column's weight for each instance (xInst); the
       * phrase's position list holds the same instances. */
      for (api->xPhraseFirst (fts, i, &iter, &column, &offset); column >= 0;
           api->xPhraseNext (fts, &iter, &column, &offset))
        freq += column < (int) G_N_ELEMENTS (column_weights) ? column_weights[column] : 1.0;
      if (freq > 0.0)
        {
          Entry *entry = VEC_PUSH (&set->entries);

          entry->phrase = set->first_phrase + i;
          entry->freq = freq;
          row->held |= phrase_bit (entry->phrase);
        }
    }
  sqlite3_result_null (context);
}

int
_dossier_fts_register_rank (sqlite3  *db,
                            fts5_api *api)
{
  return api->xCreateFunction (api, "dossier_collect", NULL, collect_function, NULL);
}

/* ---- Collecting rows ---- */

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *x = a, *y = b;
  return x->rowid < y->rowid ? -1 : x->rowid > y->rowid;
}

/* Runs @match, made of @set->n_phrases phrases, into @set. */
static gboolean
collect_rows (DossierLibrary  *self,
              const char      *match,
              RowSet          *set,
              GError         **error)
{
  sqlite3_stmt *stmt;
  gboolean sorted = TRUE;
  int rc;

  stmt = _dossier_library_prepare (self,
    "SELECT dossier_collect (articles_fts, ?2) FROM articles_fts WHERE articles_fts MATCH ?1", error);
  if (stmt == NULL)
    return FALSE;
  _dossier_bind_text (stmt, 1, match);
  sqlite3_bind_pointer (stmt, 2, set, ROW_SET_TYPE, NULL);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ;
  if (!_dossier_library_search_end_rows (self, stmt, rc, error))
    return FALSE;

  /* FTS5 gives rowid order, which the merge relies on; should it not,
   * sort the rows, each keeping its entries. */
  for (guint i = 1; i < set->rows.len && sorted; i++)
    sorted = set->rows.data[i - 1].rowid < set->rows.data[i].rowid;
  if (!sorted)
    {
      g_autofree Row *rows = g_memdup2 (set->rows.data, set->rows.len * sizeof (Row));
      g_autofree Entry *entries = g_memdup2 (set->entries.data, set->entries.len * sizeof (Entry));
      guint n_entries = set->entries.len;

      /* first_entry becomes the row's index in the copies. */
      for (guint i = 0; i < set->rows.len; i++)
        set->rows.data[i].first_entry = i;
      qsort (set->rows.data, set->rows.len, sizeof (Row), compare_rows);
      set->entries.len = 0;
      for (guint i = 0; i < set->rows.len; i++)
        {
          guint from = set->rows.data[i].first_entry;
          guint end = from + 1 < set->rows.len ? rows[from + 1].first_entry : n_entries;

          set->rows.data[i].first_entry = set->entries.len;
          for (guint e = rows[from].first_entry; e < end; e++)
            *VEC_PUSH (&set->entries) = entries[e];
        }
    }
  return TRUE;
}

/* The number of rows holding @phrase. */
static gboolean
count_rows (DossierLibrary  *self,
            const char      *phrase,
            sqlite3_int64   *count,
            GError         **error)
{
  g_autoptr(GString) match = g_string_new (NULL);
  sqlite3_stmt *stmt = _dossier_library_prepare (self,
    "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _dossier_fts_append_phrase (match, phrase);
  _dossier_bind_text (stmt, 1, match->str);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *count = sqlite3_column_int64 (stmt, 0);
      rc = SQLITE_DONE;
    }
  return _dossier_library_search_end_rows (self, stmt, rc, error);
}

/* Merges one-phrase row sets (each in rowid order, phrase p in @lists[p])
 * into @out: every row of any of them, its entries in phrase order. */
static void
merge_rows (const RowSet *lists,
            guint         n,
            RowSet       *out)
{
  g_autofree guint *pos = g_new0 (guint, n);

  for (;;)
    {
      Row merged = { G_MAXINT64, 0, out->entries.len };

      for (guint p = 0; p < n; p++)
        if (pos[p] < lists[p].rows.len && lists[p].rows.data[pos[p]].rowid < merged.rowid)
          merged.rowid = lists[p].rows.data[pos[p]].rowid;
      if (merged.rowid == G_MAXINT64)
        break;
      for (guint p = 0; p < n; p++)
        if (pos[p] < lists[p].rows.len && lists[p].rows.data[pos[p]].rowid == merged.rowid)
          {
            const Row *row = &lists[p].rows.data[pos[p]++];

            for (guint e = row->first_entry; e < row_end (&lists[p], pos[p] - 1); e++)
              *VEC_PUSH (&out->entries) = lists[p].entries.data[e];
            merged.held |= row->held;
          }
      *VEC_PUSH (&out->rows) = merged;
    }
}

/* Buffers kept between searches: growing them anew for each search
 * costs more (page faults, copies) than filling them. */
typedef struct
{
  RowSet  *phrase_sets;   /* one per phrase, for an OR */
  guint    n_phrase_sets;
  RowSet   rows;          /* the expression's rows */
  guint32 *lengths;       /* per row */
  gint64  *rowids;
  guint    lengths_size;
} Scratch;

/* Above this size, buffers are given back after the search. */
#define SCRATCH_KEEP_BYTES (16 * 1024 * 1024)

static void
scratch_free (Scratch *scratch)
{
  for (guint p = 0; p < scratch->n_phrase_sets; p++)
    row_set_clear (&scratch->phrase_sets[p]);
  g_free (scratch->phrase_sets);
  row_set_clear (&scratch->rows);
  g_free (scratch->lengths);
  g_free (scratch->rowids);
  g_free (scratch);
}

static Scratch *
get_scratch (DossierLibrary *self,
             guint           n_phrases)
{
  Scratch *scratch = g_object_get_data (G_OBJECT (self), "dossier-rank-scratch");

  if (scratch == NULL)
    {
      scratch = g_new0 (Scratch, 1);
      g_object_set_data_full (G_OBJECT (self), "dossier-rank-scratch", scratch, (GDestroyNotify) scratch_free);
    }
  if (scratch->n_phrase_sets < n_phrases)
    {
      scratch->phrase_sets = g_renew (RowSet, scratch->phrase_sets, n_phrases);
      memset (scratch->phrase_sets + scratch->n_phrase_sets, 0,
              (n_phrases - scratch->n_phrase_sets) * sizeof (RowSet));
      scratch->n_phrase_sets = n_phrases;
    }
  return scratch;
}

static void
scratch_trim (DossierLibrary *self,
              Scratch        *scratch)
{
  gsize bytes = scratch->rows.rows.size * sizeof (Row) + scratch->rows.entries.size * sizeof (Entry) +
                scratch->lengths_size * (sizeof (guint32) + sizeof (gint64));

  for (guint p = 0; p < scratch->n_phrase_sets; p++)
    bytes += scratch->phrase_sets[p].rows.size * sizeof (Row) + scratch->phrase_sets[p].entries.size * sizeof (Entry);
  if (bytes > SCRATCH_KEEP_BYTES)
    g_object_set_data (G_OBJECT (self), "dossier-rank-scratch", NULL);
}

/* ---- Best rows ---- */

/* Worse first: lower score, then higher rowid. */
static gboolean
row_worse (const DossierRankedRow *a,
           const DossierRankedRow *b)
{
  if (a->score != b->score)
    return a->score < b->score;
  return a->rowid > b->rowid;
}

static void
heap_swap (DossierRankedRow *heap,
           guint             i,
           guint             j)
{
  DossierRankedRow tmp = heap[i];
  heap[i] = heap[j];
  heap[j] = tmp;
}

/* Keeps the @limit best rows in @heap, whose top is the worst kept. */
static void
heap_offer (GArray                 *heap,
            guint                   limit,
            const DossierRankedRow *row)
{
  DossierRankedRow *h;
  guint i;

  if (heap->len < limit)
    {
      g_array_append_val (heap, *row);
      h = (DossierRankedRow *) (void *) heap->data;
      for (i = heap->len - 1; i > 0 && row_worse (&h[i], &h[(i - 1) / 2]); i = (i - 1) / 2)
        heap_swap (h, i, (i - 1) / 2);
      return;
    }
  h = (DossierRankedRow *) (void *) heap->data;
  if (limit == 0 || !row_worse (&h[0], row))
    return;
  h[0] = *row;
  for (i = 0;;)
    {
      guint worst = i, l = 2 * i + 1, r = 2 * i + 2;

      if (l < heap->len && row_worse (&h[l], &h[worst]))
        worst = l;
      if (r < heap->len && row_worse (&h[r], &h[worst]))
        worst = r;
      if (worst == i)
        break;
      heap_swap (h, i, worst);
      i = worst;
    }
}

static int
compare_rows_best_first (gconstpointer a,
                         gconstpointer b)
{
  const DossierRankedRow *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->rowid < y->rowid ? -1 : x->rowid > y->rowid;
}

GArray *
_dossier_library_rank_articles (DossierLibrary  *self,
                                GPtrArray       *phrases,
                                const guint     *groups,
                                const char      *match,
                                guint            limit,
                                GError         **error)
{
  guint n = phrases->len;
  gboolean one_group;
  Scratch *scratch;
  RowSet *set;
  g_autofree sqlite3_int64 *hits = NULL;
  g_autofree double *idf = NULL;
  GArray *best = NULL;
  sqlite3_int64 n_rows = 0, n_tokens = 0;
  double avgdl;

  g_return_val_if_fail (n > 0, NULL);

  one_group = groups[n - 1] == groups[0];
  scratch = get_scratch (self, n);
  set = &scratch->rows;
  row_set_reset (set, 0, n);
  hits = g_new0 (sqlite3_int64, n);

  if (one_group)
    {
      /* Each phrase alone; a row is in the OR when it holds any. */
      for (guint p = 0; p < n; p++)
        {
          RowSet *list = &scratch->phrase_sets[p];
          g_autoptr(GString) phrase = g_string_new (NULL);

          row_set_reset (list, p, 1);
          _dossier_fts_append_phrase (phrase, g_ptr_array_index (phrases, p));
          if (!collect_rows (self, phrase->str, list, error))
            goto out;
          hits[p] = list->rows.len;
          if (list->started)
            {
              n_rows = list->n_rows;
              n_tokens = list->n_tokens;
            }
        }
      merge_rows (scratch->phrase_sets, n, set);
    }
  else
    {
      /* The rows of the whole expression, then each phrase's count. */
      if (!collect_rows (self, match, set, error))
        goto out;
      n_rows = set->n_rows;
      n_tokens = set->n_tokens;
      for (guint p = 0; p < n && set->rows.len > 0; p++)
        if (!count_rows (self, g_ptr_array_index (phrases, p), &hits[p], error))
          goto out;
    }

  best = g_array_new (FALSE, FALSE, sizeof (DossierRankedRow));
  if (set->rows.len == 0)
    goto out;

  if (scratch->lengths_size < set->rows.len)
    {
      scratch->lengths_size = set->rows.size;
      scratch->lengths = g_renew (guint32, scratch->lengths, scratch->lengths_size);
      scratch->rowids = g_renew (gint64, scratch->rowids, scratch->lengths_size);
    }
  for (guint r = 0; r < set->rows.len; r++)
    scratch->rowids[r] = set->rows.data[r].rowid;
  if (!_dossier_library_row_lengths (self, scratch->rowids, set->rows.len, n_rows, scratch->lengths, error))
    {
      g_clear_pointer (&best, g_array_unref);
      goto out;
    }

  /* fts5Bm25GetData() */
  idf = g_new (double, n);
  avgdl = (double) n_tokens / (double) n_rows;
  for (guint p = 0; p < n; p++)
    {
      double value = log ((n_rows - hits[p] + 0.5) / (hits[p] + 0.5));
      idf[p] = value <= 0.0 ? 1e-6 : value;
    }

  for (guint r = 0; r < set->rows.len; r++)
    {
      const Row *row = &set->rows.data[r];
      DossierRankedRow ranked = { row->rowid, 0.0, n > 64 ? G_MAXUINT64 : row->held };
      double D = (double) scratch->lengths[r];
      double score = 0.0;

      /* fts5Bm25Function(), phrase by phrase in the same order; a phrase
       * absent from the row would add exactly 0. */
      for (guint e = row->first_entry; e < row_end (set, r); e++)
        {
          const Entry *entry = &set->entries.data[e];
          double freq = entry->freq;

          score += idf[entry->phrase] * ((freq * (BM25_K1 + 1.0)) /
                                         (freq + BM25_K1 * (1 - BM25_B + BM25_B * D / avgdl)));
        }
      /* rank is -1.0 * score; hits carry -rank. */
      ranked.score = -(-1.0 * score);
      heap_offer (best, limit, &ranked);
    }
  g_array_sort (best, compare_rows_best_first);

out:
  scratch_trim (self, scratch);
  return best;
}
