/* dossier-linker.c — link unknown names to known entities
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-linker.h"

#include <string.h>

#include "dossier-catalog-private.h"
#include "dossier-linker-private.h"
#include "dossier-normalize.h"

/* The index buckets every alias by the phonetic key of its last token
 * (people) or of its whole text (organizations and places), so a name is
 * compared with a handful of aliases and never with the whole catalog. */

typedef struct
{
  guint32   entity;
  guint32   n_tokens;
  gunichar *first;      /* first token, or NULL for one-token aliases */
  guint32   first_len;
  gunichar *last;       /* last token, or the whole alias for organizations */
  guint32   last_len;
} IndexEntry;

struct _DossierLinkerIndex
{
  GHashTable *buckets;    /* key → GArray of IndexEntry */
  GPtrArray  *role_refs;  /* per entity: GArray of entity indices its roles mention, or NULL */
};

guint
dossier_edit_distance (const gunichar *a,
                       guint           len_a,
                       const gunichar *b,
                       guint           len_b)
{
  guint row[64], i, j;

  if (len_b + 1 > G_N_ELEMENTS (row) || len_a > 255)
    return MAX (len_a, len_b);
  for (j = 0; j <= len_b; j++)
    row[j] = j;
  for (i = 1; i <= len_a; i++)
    {
      guint diag = row[0];

      row[0] = i;
      for (j = 1; j <= len_b; j++)
        {
          guint up = row[j];
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diag + cost);
          diag = up;
        }
    }
  return row[len_b];
}

static char
letter_class (const gunichar *t,
              guint           len,
              guint           i)
{
  gunichar c = t[i], next = i + 1 < len ? t[i + 1] : 0;

  switch (c)
    {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
      return 'A';
    case 'b': case 'p':
      return 'P';
    case 'f': case 'v': case 'w':
      return 'F';
    case 'c':
      return (next == 'e' || next == 'i' || next == 'y') ? 'S' : 'K';
    case 'g': case 'k': case 'q': case 'x':
      return 'K';
    case 's': case 'z':
      return 'S';
    case 'd': case 't':
      return 'T';
    case 'm': case 'n':
      return 'N';
    case 'l':
      return 'L';
    case 'r':
      return 'R';
    case 'j':
      return 'J';
    case 'h':
      return 0;
    default:
      return c < 0x80 && g_ascii_isdigit (c) ? (char) c : 0;
    }
}

char *
dossier_phonetic_key (const gunichar *token,
                      guint           len)
{
  GString *key = g_string_sized_new (len + 1);
  char prev = 0;
  guint i;

  if (len > 0 && token[0] >= 0x80)
    {
      /* Transliterations in Chinese vary inside (奥特曼, 奥尔特曼) more than
       * at their ends; other scripts are compared the same way. */
      g_string_append_unichar (key, token[0]);
      g_string_append_unichar (key, token[len - 1]);
      return g_string_free (key, FALSE);
    }
  for (i = 0; i < len; i++)
    {
      char k = letter_class (token, len, i);

      if (k == 0)
        continue;
      /* Vowels only count at the start; doubled letters count once. */
      if (k == 'A' && i > 0)
        {
          prev = k;
          continue;
        }
      if (k != prev)
        g_string_append_c (key, k);
      prev = k;
    }
  return g_string_free (key, FALSE);
}

/* Tokens: maximal runs of letters and digits (CJK included). */
static guint
tokenize (const gunichar *s,
          guint           len,
          guint          *starts,
          guint          *ends,
          guint           max)
{
  guint n = 0, i = 0;

  while (i < len && n < max)
    {
      guint start;

      while (i < len && !g_unichar_isalnum (s[i]))
        i++;
      if (i >= len)
        break;
      start = i;
      while (i < len && g_unichar_isalnum (s[i]))
        i++;
      starts[n] = start;
      ends[n++] = i;
    }
  return n;
}

/* People are bucketed by the sound of their last name; organizations and
 * places by the start of the sound of their whole name, which survives a
 * dropped or doubled letter later on ("Cerebas Systems"). */
static char *
bucket_key (gboolean        person,
            const gunichar *text,
            guint           len)
{
  g_autofree char *phonetic = dossier_phonetic_key (text, len);

  if (person)
    return g_strconcat ("P:", phonetic, NULL);
  if (len > 0 && text[0] >= 0x80)
    return g_strconcat ("O:", phonetic, NULL);
  return g_strdup_printf ("O:%.3s", phonetic);
}

static void
entry_clear (gpointer data)
{
  IndexEntry *e = data;

  g_free (e->first);
  g_free (e->last);
}

static void
index_add (DossierLinkerIndex *index,
           char               *key,
           IndexEntry         *entry)
{
  GArray *bucket = g_hash_table_lookup (index->buckets, key);

  if (bucket == NULL)
    {
      bucket = g_array_new (FALSE, FALSE, sizeof (IndexEntry));
      g_array_set_clear_func (bucket, entry_clear);
      g_hash_table_insert (index->buckets, key, bucket);
    }
  else
    g_free (key);
  g_array_append_val (bucket, *entry);
}

typedef struct
{
  DossierCatalog *catalog;
  GArray         *refs;
  guint           self_index;
} RoleScan;

static void
collect_role_ref (guint    start,
                  guint    end,
                  guint    value,
                  gpointer user_data)
{
  RoleScan *scan = user_data;
  DossierPattern *p = &g_array_index (scan->catalog->patterns, DossierPattern, value);
  guint i;

  for (i = 0; i < p->n_targets; i++)
    {
      DossierTarget *t = &g_array_index (scan->catalog->targets, DossierTarget, p->first_target + i);

      if (!(t->flags & TARGET_BLOCKER) && t->entity != scan->self_index)
        g_array_append_val (scan->refs, t->entity);
    }
}

static void
refs_free (gpointer data)
{
  if (data != NULL)
    g_array_unref (data);
}

DossierLinkerIndex *
_dossier_linker_index_new (DossierCatalog *catalog)
{
  DossierLinkerIndex *index = g_new0 (DossierLinkerIndex, 1);
  guint i, j;

  index->buckets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_array_unref);
  index->role_refs = g_ptr_array_new_with_free_func (refs_free);

  for (i = 0; i < catalog->entities->len; i++)
    {
      DossierEntity *entity = g_ptr_array_index (catalog->entities, i);
      GArray *refs = NULL;

      for (j = 0; j < entity->aliases->len; j++)
        {
          DossierAlias *alias = g_ptr_array_index (entity->aliases, j);
          g_autofree gunichar *folded = NULL;
          guint len = _dossier_fold_to_array (alias->text, &folded);
          guint starts[16], ends[16], n;
          IndexEntry entry = { i, 0, NULL, 0, NULL, 0 };
          guint ls, le;

          n = tokenize (folded, len, starts, ends, G_N_ELEMENTS (starts));
          if (n == 0)
            continue;
          entry.n_tokens = n;
          if (entity->kind == DOSSIER_SPAN_PERSON)
            {
              ls = starts[n - 1];
              le = ends[n - 1];
              if (n > 1)
                {
                  entry.first = g_memdup2 (folded + starts[0], (ends[0] - starts[0]) * sizeof (gunichar));
                  entry.first_len = ends[0] - starts[0];
                }
              else
                {
                  /* A surname alone ("Altman"): the first name is the one
                   * of the entity's full name, so that "Kimbal Musk" is
                   * not taken for Elon Musk. */
                  g_autofree gunichar *full = NULL;
                  guint full_len = _dossier_fold_to_array (entity->name, &full);
                  guint fs[16], fe[16], fn;

                  fn = tokenize (full, full_len, fs, fe, G_N_ELEMENTS (fs));
                  if (fn > 1)
                    {
                      entry.first = g_memdup2 (full + fs[0], (fe[0] - fs[0]) * sizeof (gunichar));
                      entry.first_len = fe[0] - fs[0];
                    }
                }
            }
          else
            {
              ls = 0;
              le = len;
            }
          entry.last = g_memdup2 (folded + ls, (le - ls) * sizeof (gunichar));
          entry.last_len = le - ls;
          if (entry.last_len < 3)
            {
              entry_clear (&entry);
              continue;  /* too short to compare safely */
            }
          index_add (index, bucket_key (entity->kind == DOSSIER_SPAN_PERSON, entry.last, entry.last_len), &entry);
        }

      if (entity->roles[0] != NULL)
        {
          RoleScan scan = { catalog, g_array_new (FALSE, FALSE, sizeof (guint)), i };

          for (j = 0; entity->roles[j] != NULL; j++)
            {
              g_autoptr(DossierNormalized) n = dossier_normalized_new (entity->roles[j]);

              dossier_automaton_scan (catalog->automaton, n->norm, n->n_norm, collect_role_ref, &scan);
            }
          if (scan.refs->len > 0)
            refs = scan.refs;
          else
            g_array_unref (scan.refs);
        }
      g_ptr_array_add (index->role_refs, refs);
    }
  return index;
}

void
_dossier_linker_index_free (DossierLinkerIndex *index)
{
  if (index == NULL)
    return;
  g_hash_table_unref (index->buckets);
  g_ptr_array_unref (index->role_refs);
  g_free (index);
}

static double
similarity (const gunichar *a,
            guint           la,
            const gunichar *b,
            guint           lb)
{
  guint d = dossier_edit_distance (a, la, b, lb);

  return 1.0 - (double) d / MAX (la, lb);
}

static gboolean
has_suffix (const gunichar *a,
            guint           la,
            const gunichar *b,
            guint           lb)
{
  return lb >= 3 && la > lb && memcmp (a + la - lb, b, lb * sizeof (gunichar)) == 0;
}

/* How well the first names agree: 1 for equal, less for variants such as
 * a transliteration that grew a syllable, 0 when they differ. */
static double
first_name_agreement (const gunichar *a,
                      guint           la,
                      const gunichar *b,
                      guint           lb)
{
  double sim;

  if (la == lb && memcmp (a, b, la * sizeof (gunichar)) == 0)
    return 1.0;
  if (has_suffix (a, la, b, lb) || has_suffix (b, lb, a, la))
    return 0.6;
  sim = similarity (a, la, b, lb);
  if (sim >= 0.6)
    return sim;
  {
    g_autofree char *ka = dossier_phonetic_key (a, la);
    g_autofree char *kb = dossier_phonetic_key (b, lb);

    if (strlen (ka) >= 2 && g_str_equal (ka, kb))
      return 0.6;
  }
  return 0.0;
}

const DossierEntity *
_dossier_linker_suggest_folded (DossierCatalog   *catalog,
                                const gunichar   *folded,
                                guint             len,
                                DossierSpanKind   kind,
                                const guint      *context,
                                guint             n_context,
                                double           *confidence)
{
  DossierLinkerIndex *index = catalog->linker;
  guint starts[16], ends[16], n, i, j;
  const gunichar *last;
  guint last_len;
  const DossierEntity *best = NULL;
  double best_score = 0.0;
  gboolean tie = FALSE;
  int pass;

  n = tokenize (folded, len, starts, ends, G_N_ELEMENTS (starts));
  if (n == 0 || index == NULL)
    return NULL;

  /* Pass 0 compares as a person (last token), pass 1 as an organization
   * or place (whole text). */
  for (pass = 0; pass < 2; pass++)
    {
      g_autofree char *key = NULL;
      GArray *bucket;

      if (pass == 0 && kind != DOSSIER_SPAN_PERSON && kind != DOSSIER_N_SPAN_KINDS)
        continue;
      if (pass == 1 && kind == DOSSIER_SPAN_PERSON)
        continue;
      if (pass == 0)
        {
          last = folded + starts[n - 1];
          last_len = ends[n - 1] - starts[n - 1];
        }
      else
        {
          last = folded;
          last_len = len;
        }
      if (last_len < 3)
        continue;
      key = bucket_key (pass == 0, last, last_len);
      bucket = g_hash_table_lookup (index->buckets, key);
      if (bucket == NULL)
        continue;

      for (i = 0; i < bucket->len; i++)
        {
          IndexEntry *e = &g_array_index (bucket, IndexEntry, i);
          const DossierEntity *entity = g_ptr_array_index (catalog->entities, e->entity);
          GArray *refs = g_ptr_array_index (index->role_refs, e->entity);
          double last_sim, first = 1.0, score, context_bonus = 0.0;
          guint k;

          if (pass == 0 && entity->kind != DOSSIER_SPAN_PERSON)
            continue;
          if (pass == 1 && (entity->kind == DOSSIER_SPAN_PERSON ||
                            (kind != DOSSIER_N_SPAN_KINDS && entity->kind != kind)))
            continue;

          last_sim = similarity (last, last_len, e->last, e->last_len);
          if (pass == 0 && n > 1 && e->first != NULL)
            first = first_name_agreement (folded + starts[0], ends[0] - starts[0],
                                          e->first, e->first_len);
          else if (pass == 0 && n > 1)
            first = 0.7;  /* nothing to compare the first name with */
          else if (pass == 0)
            first = 0.7;  /* a surname alone */
          if (first == 0.0)
            continue;

          /* An entity the text already names is the likelier reading. */
          for (j = 0; j < n_context; j++)
            if (context[j] == e->entity)
              {
                context_bonus = 0.05;
                break;
              }
          if (refs != NULL)
            for (k = 0; k < refs->len && context_bonus < 0.1; k++)
              for (j = 0; j < n_context; j++)
                if (context[j] == g_array_index (refs, guint, k))
                  {
                    context_bonus = 0.15;
                    break;
                  }

          /* An edit distance scaled to length: one edit in a short name
           * weighs more than in a long one. A name that is identical is
           * an alias match, not a suggestion, and is scored like one. */
          /* Chinese transliterations are short: one character of three
           * is a usual variant. */
          if (last_sim < (context_bonus >= 0.1 ? 0.5 : last[0] >= 0x2E80 ? 0.6 : 0.7))
            continue;
          if (pass == 1 && last_sim < 0.8 && context_bonus < 0.1)
            continue;
          score = 0.55 * last_sim + 0.35 * first + context_bonus;
          if (score < 0.65)
            continue;
          if (score > best_score + 1e-9)
            {
              best_score = score;
              best = entity;
              tie = FALSE;
            }
          else if (score > best_score - 1e-9 && entity != best)
            tie = TRUE;
        }
    }
  if (best == NULL || tie)
    return NULL;
  if (confidence)
    *confidence = MIN (0.95, 0.3 + 0.6 * best_score);
  return best;
}

const DossierEntity *
dossier_linker_suggest (DossierCatalog     *catalog,
                        const char         *name,
                        DossierSpanKind     kind,
                        const char * const *context_ids,
                        double             *confidence)
{
  g_autofree gunichar *folded = NULL;
  g_autoptr(GArray) context = g_array_new (FALSE, FALSE, sizeof (guint));
  guint len, i;

  g_return_val_if_fail (DOSSIER_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (name != NULL && g_utf8_validate (name, -1, NULL), NULL);

  for (i = 0; context_ids != NULL && context_ids[i] != NULL; i++)
    {
      DossierEntity *e = g_hash_table_lookup (catalog->by_id, context_ids[i]);

      if (e != NULL)
        {
          guint idx = GPOINTER_TO_UINT (g_hash_table_lookup (catalog->index_of, e)) - 1;

          g_array_append_val (context, idx);
        }
    }
  len = _dossier_fold_to_array (name, &folded);
  return _dossier_linker_suggest_folded (catalog, folded, len, kind,
                                         (const guint *) context->data, context->len,
                                         confidence);
}
