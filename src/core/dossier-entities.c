/* dossier-entities.c — people, organizations and places in a text
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-entities.h"
#include "dossier-entities-private.h"

#include <stdlib.h>
#include <string.h>

#include "dossier-catalog-private.h"
#include "dossier-linker-private.h"
#include "dossier-name-finder.h"
#include "dossier-normalize.h"
#include "dossier-span-private.h"

#define BLOCKER G_MAXUINT32
#define REMOVED (G_MAXUINT32 - 1)   /* a known alias that a longer name replaced */

typedef struct
{
  guint   start;      /* folded positions while matching, original ones after */
  guint   end;
  guint32 pattern;
  guint32 entity;     /* index, or BLOCKER */
} Match;

typedef struct
{
  guint            start;
  guint            end;
  DossierSpanKind  kind;
  guint32          entity;   /* index, or BLOCKER for none */
  double           confidence;
} Found;

typedef struct
{
  DossierCatalog          *catalog;
  const DossierNormalized *doc;
  Match                   *matches;  /* grown by hand: one append per match */
  guint                    n_matches;
  guint                    matches_size;
  guint32                 *best;     /* per folded start: index + 1 of its longest match,
                                      * set only where starts says so */
  guint64                 *starts;   /* bits: the starts that have one */
} ScanData;

static inline gboolean
has_start (const guint64 *bits,
           guint          pos)
{
  return (bits[pos / 64] >> (pos % 64)) & 1;
}

/* The first start at or after @from in @bits (@n_words words), or G_MAXUINT. */
static guint
next_start (const guint64 *bits,
            guint          n_words,
            guint          from)
{
  guint w = from / 64;
  guint64 word;

  if (w >= n_words)
    return G_MAXUINT;
  word = bits[w] & (~G_GUINT64_CONSTANT (0) << (from % 64));
  while (word == 0)
    {
      if (++w >= n_words)
        return G_MAXUINT;
      word = bits[w];
    }
  return w * 64 + (guint) __builtin_ctzll (word);
}

/* GLib's answers, ASCII without a call */
static inline gboolean
char_is_lower (gunichar c)
{
  return c < 0x80 ? g_ascii_islower (c) : g_unichar_islower (c);
}

static inline gboolean
char_is_upper_or_title (gunichar c)
{
  return c < 0x80 ? g_ascii_isupper (c) : g_unichar_isupper (c) || g_unichar_istitle (c);
}

static gboolean
cased_letter (gunichar c)
{
  return char_is_upper_or_title (c) || char_is_lower (c);
}

/* The first target whose case requirements the original text meets. */
static gboolean
choose_target (DossierCatalog          *catalog,
               const DossierNormalized *doc,
               Match                   *m)
{
  const DossierPattern *p = &g_array_index (catalog->patterns, DossierPattern, m->pattern);
  guint ostart = doc->orig_index[m->start], oend = doc->orig_index[m->end - 1] + 1;
  guint i, k;

  /* "Never an entity" wins over every alias with the same text. */
  for (i = 0; i < p->n_targets; i++)
    if (g_array_index (catalog->targets, DossierTarget, p->first_target + i).flags & TARGET_BLOCKER)
      {
        m->entity = BLOCKER;
        return TRUE;
      }
  for (i = 0; i < p->n_targets; i++)
    {
      const DossierTarget *t = &g_array_index (catalog->targets, DossierTarget, p->first_target + i);
      gboolean ok = TRUE;

      if ((t->flags & TARGET_CAPITALIZED) && cased_letter (doc->orig[ostart]) &&
          !char_is_upper_or_title (doc->orig[ostart]))
        ok = FALSE;
      if (ok && (t->flags & TARGET_ALL_CAPS))
        for (k = ostart; k < oend; k++)
          if (char_is_lower (doc->orig[k]))
            {
              ok = FALSE;
              break;
            }
      if (ok)
        {
          m->entity = t->entity;
          return TRUE;
        }
    }
  return FALSE;
}

static void
on_match (guint    start,
          guint    end,
          guint    value,
          gpointer user_data)
{
  ScanData *data = user_data;
  const gunichar *norm = data->doc->norm;
  Match m = { start, end, value, BLOCKER };
  guint32 prev = has_start (data->starts, start) ? data->best[start] : 0;

  if (prev != 0 && data->matches[prev - 1].end >= end)
    return;
  /* Words of alphabetic scripts must stand alone; CJK needs no boundary. */
  if (dossier_unichar_is_word (norm[start]) && start > 0 && dossier_unichar_is_word (norm[start - 1]))
    return;
  if (dossier_unichar_is_word (norm[end - 1]) && end < data->doc->n_norm &&
      dossier_unichar_is_word (norm[end]))
    return;
  if (!choose_target (data->catalog, data->doc, &m))
    return;
  if (data->n_matches == data->matches_size)
    {
      data->matches_size = data->matches_size * 2 + 64;
      data->matches = g_renew (Match, data->matches, data->matches_size);
    }
  data->matches[data->n_matches++] = m;
  data->best[start] = data->n_matches;
  data->starts[start / 64] |= G_GUINT64_CONSTANT (1) << (start % 64);
}

static int
found_cmp (const void *a,
           const void *b)
{
  const Found *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end < y->end ? -1 : x->end > y->end;
}

/* Sorts @list by found_cmp(), keeping equal ones in their order (as
 * qsort() does here: a merge sort). The list is mostly the known aliases
 * in order followed by the names found in order: two sorted runs are
 * merged in one pass, anything else goes to qsort(). */
static void
sort_found (GArray *list)
{
  Found *f = (Found *) list->data;
  guint n = list->len, mid = 1, k;

  while (mid < n && found_cmp (&f[mid - 1], &f[mid]) <= 0)
    mid++;
  if (mid >= n)
    return;
  for (k = mid + 1; k < n && found_cmp (&f[k - 1], &f[k]) <= 0; k++)
    ;
  if (k < n)
    {
      qsort (f, n, sizeof (Found), found_cmp);
      return;
    }
  {
    g_autofree Found *left = g_memdup2 (f, mid * sizeof (Found));
    guint a = 0, b = mid, out = 0;

    while (a < mid && b < n)
      f[out++] = found_cmp (&left[a], &f[b]) <= 0 ? left[a++] : f[b++];
    while (a < mid)
      f[out++] = left[a++];
  }
}

/* Known aliases, leftmost-longest, without overlaps; folded positions are
 * turned into original ones. Blockers ("never an entity") take part in the
 * choice, so the aliases inside them are dropped, and go to blockers. */
static GArray *
match_catalog (DossierCatalog          *catalog,
               const DossierNormalized *doc,
               GArray                  *blockers)
{
  /* not cleared: read only where a bit of starts is set */
  g_autofree guint32 *best = g_new (guint32, doc->n_norm + 1);
  guint n_words = doc->n_norm / 64 + 1;
  g_autofree guint64 *starts = g_new0 (guint64, n_words);
  GArray *found = g_array_new (FALSE, FALSE, sizeof (Found));
  ScanData data = { catalog, doc, NULL, 0, 0, best, starts };
  g_autofree Match *matches = NULL;
  guint i;

  /* on_match() drops what starts inside a word anyway */
  dossier_automaton_scan_word_starts (catalog->automaton, doc->norm, doc->n_norm, on_match, &data);
  matches = data.matches;
  if (data.n_matches == 0)
    return found;
  /* the starts of matches, in order */
  for (i = next_start (starts, n_words, 0); i < doc->n_norm; i = next_start (starts, n_words, i))
    {
      Match *m;
      Found f = { 0, 0, DOSSIER_SPAN_PLACE, 0, 1.0 };

      m = &matches[best[i] - 1];
      /* A longer match starting inside this one wins. */
      {
        guint k, longest_end = m->end;
        gboolean beaten = FALSE;

        for (k = i + 1; k < m->end && !beaten; k++)
          if (has_start (starts, k))
            {
              Match *inner = &matches[best[k] - 1];

              if (inner->end - inner->start > m->end - m->start && inner->end > longest_end)
                beaten = TRUE;
            }
        if (beaten)
          {
            i++;
            continue;
          }
      }
      f.entity = m->entity;
      dossier_normalized_orig_range (doc, m->start, m->end, &f.start, &f.end);
      if (m->entity == BLOCKER)
        g_array_append_val (blockers, f);
      else
        {
          f.kind = ((DossierEntity *) g_ptr_array_index (catalog->entities, m->entity))->kind;
          g_array_append_val (found, f);
        }
      i = m->end;
    }
  return found;
}

/* 美国人 ("Americans") and 法国人 name people by nationality, which is not an
 * entity; 美国人工智能 ("American AI") is not such a case. */
static gboolean
is_demonym (DossierCatalog          *catalog,
            const DossierNormalized *doc,
            const Found             *f)
{
  gunichar next, after;

  if (f->kind != DOSSIER_SPAN_PLACE || f->end >= doc->n_orig)
    return FALSE;
  if (!dossier_unichar_is_cjk (doc->orig[f->end - 1]))
    return FALSE;
  next = doc->orig[f->end];
  after = f->end + 1 < doc->n_orig ? doc->orig[f->end + 1] : 0;
  if (next == 0x4EBA /* 人 */)
    return after == 0 || g_utf8_strchr ("工民口士才权力类性物", -1, after) == NULL;
  return next == 0x7C4D /* 籍 */ || next == 0x88D4 /* 裔 */;
}

/* The first span of a sorted, non-overlapping array that ends after pos
 * (ends grow with starts in such an array). */
static guint
first_ending_after (GArray *list,
                    guint   pos)
{
  guint lo = 0, hi = list->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (list, Found, mid).end <= pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static gboolean
overlaps_any (GArray *list,
              guint   start,
              guint   end)
{
  guint i = first_ending_after (list, start);

  return i < list->len && g_array_index (list, Found, i).start < end;
}

/* The entities the text names, once each: the context of every link. */
static GArray *
context_entities (DossierCatalog *catalog,
                  GArray         *known)
{
  GArray *ctx = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint64 *seen = NULL;   /* a bit per entity of the catalog */
  guint i;

  if (catalog == NULL || known->len == 0)
    return ctx;
  seen = g_new0 (guint64, catalog->entities->len / 64 + 1);
  for (i = 0; i < known->len; i++)
    {
      Found *f = &g_array_index (known, Found, i);
      guint64 bit;

      if (f->entity == BLOCKER || f->entity == REMOVED)
        continue;
      bit = G_GUINT64_CONSTANT (1) << (f->entity % 64);
      if (!(seen[f->entity / 64] & bit))
        {
          seen[f->entity / 64] |= bit;
          g_array_append_val (ctx, f->entity);
        }
    }
  return ctx;
}

static const DossierEntity *
link_name (DossierCatalog          *catalog,
           const DossierNormalized *doc,
           GArray                  *ctx,
           guint                    start,
           guint                    end,
           DossierSpanKind          kind,
           double                  *confidence)
{
  g_autofree char *text = dossier_normalized_orig_text (doc, start, end);
  g_autofree gunichar *folded = NULL;
  guint len = _dossier_fold_to_array (text, &folded);

  return _dossier_linker_suggest_folded (catalog, folded, len, kind,
                                         (const guint *) ctx->data, ctx->len, confidence);
}

static guint32
entity_index (DossierCatalog      *catalog,
              const DossierEntity *entity)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (catalog->index_of, entity)) - 1;
}

/* An organization named after a place it starts with: 美国电影协会; but
 * 美国公司 and 中国科技公司 describe companies by their country. */
static gboolean
first_inside_is_place_at (const DossierNormalized    *doc,
                          GArray                     *known,
                          const DossierNameCandidate *c)
{
  guint i = first_ending_after (known, c->start);
  const Found *place;

  if (i >= known->len)
    return FALSE;
  place = &g_array_index (known, Found, i);
  return place->start == c->start && place->kind == DOSSIER_SPAN_PLACE && place->entity != REMOVED &&
         !dossier_name_finder_zh_is_generic_org (doc->orig + place->end, c->end - place->end);
}

static gboolean
only_places_inside (GArray                     *known,
                    const DossierNameCandidate *c)
{
  guint i;

  for (i = first_ending_after (known, c->start); i < known->len; i++)
    {
      Found *k = &g_array_index (known, Found, i);

      if (k->start >= c->end)
        break;
      if (k->entity != REMOVED && k->kind != DOSSIER_SPAN_PLACE)
        return FALSE;
    }
  return TRUE;
}

/* Decides what an unknown-name candidate becomes next to the known
 * aliases: dropped, added, or replacing the aliases it contains. */
static void
merge_candidate (DossierCatalog             *catalog,
                 const DossierNormalized    *doc,
                 GArray                     *known,
                 GArray                     *blockers,
                 GArray                     *added,
                 GArray                     *ctx,
                 const DossierNameCandidate *c)
{
  guint i, n_inside = 0, last_inside = 0;
  gboolean crosses = FALSE, all_people = TRUE;
  Found f = { c->start, c->end, c->kind, BLOCKER,
              c->cue == NAME_CUE_STRONG ? 0.7 : 0.5 };
  const DossierEntity *entity;
  double confidence = 0.0;

  if (blockers && overlaps_any (blockers, c->start, c->end))
    return;
  /* Candidates come by start, so the last one added ends furthest. */
  if (added->len > 0 && g_array_index (added, Found, added->len - 1).end > c->start)
    return;
  if (catalog && g_hash_table_size (catalog->never) > 0)
    {
      g_autofree char *text = dossier_normalized_orig_text (doc, c->start, c->end);

      if (dossier_catalog_is_never_entity (catalog, text))
        return;
    }

  for (i = first_ending_after (known, c->start); i < known->len; i++)
    {
      Found *k = &g_array_index (known, Found, i);

      if (k->start >= c->end)
        break;
      if (k->entity == REMOVED)
        continue;
      if (k->start < c->start || k->end > c->end)
        crosses = TRUE;
      else
        {
          n_inside++;
          last_inside = i;
          if (k->kind != DOSSIER_SPAN_PERSON)
            all_people = FALSE;
        }
    }
  if (crosses)
    return;

  if (n_inside > 0)
    {
      Found *k = &g_array_index (known, Found, last_inside);

      if (n_inside == 1 && k->start == c->start && k->end == c->end)
        return;
      if (all_people && k->end == c->end && c->kind == DOSSIER_SPAN_PERSON)
        {
          /* Another first name before a known surname ("Wissam Altman"):
           * the same person only if the first names agree. */
          entity = catalog ? link_name (catalog, doc, ctx, c->start, c->end, DOSSIER_SPAN_PERSON, &confidence) : NULL;
          if (entity == NULL)
            return;
          f.kind = DOSSIER_SPAN_PERSON;
          f.entity = entity_index (catalog, entity);
          f.confidence = confidence;
        }
      else if (c->cue == NAME_CUE_WEAK)
        return;
      else if (c->cue == NAME_CUE_NONE &&
               !(c->kind == DOSSIER_SPAN_ORGANIZATION && first_inside_is_place_at (doc, known, c)))
        return;  /* "美国电影协会" yes, "人工智能公司" no */
      else if (c->kind == DOSSIER_SPAN_PERSON && !only_places_inside (known, c))
        return;  /* "George Washington" yes, "Sam Altman Foundation" no */
      else if (k->end == c->end && k->kind == c->kind)
        return;  /* the known name already ends with the suffix that made c */
      /* A longer name with a strong cue wins over the aliases inside it:
       * "Washington Post", "美国商务部". */
      for (i = first_ending_after (known, c->start); i < known->len; i++)
        {
          Found *in = &g_array_index (known, Found, i);

          if (in->start >= c->end)
            break;
          in->entity = REMOVED;
        }
      g_array_append_val (added, f);
      return;
    }

  if (c->cue == NAME_CUE_NONE)
    return;
  if (catalog != NULL)
    {
      entity = link_name (catalog, doc, ctx, c->start, c->end, c->kind, &confidence);
      if (entity != NULL)
        {
          f.kind = entity->kind;
          f.entity = entity_index (catalog, entity);
          f.confidence = confidence;
        }
    }
  g_array_append_val (added, f);
}

/* The last word of a person's name: "Feldman" of "Andrew Feldman",
 * "阿勒纳哈扬" of "塔农·本·扎耶德·阿勒纳哈扬"; NULL for a single word. */
static char *
surname_of (const DossierNormalized *doc,
            const Found             *f)
{
  guint k = f->end;

  while (k > f->start && doc->orig[k - 1] != ' ' && doc->orig[k - 1] != 0x00B7)
    k--;
  return k > f->start ? dossier_normalized_orig_text (doc, k, f->end) : NULL;
}

/* A surname alone after the full name ("Feldman" after "Andrew Feldman")
 * is the same person. When the full name is a known entity, the surname
 * is linked as a suggestion: a family name can be shared. */
#define SURNAME_OF_KNOWN_CONFIDENCE 0.8
#define AMBIGUOUS G_MININT

static void
resolve_surnames (const DossierNormalized *doc,
                  GArray                  *known,
                  GArray                  *added)
{
  g_autoptr(GHashTable) surnames = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint i;

  for (i = 0; i < known->len; i++)
    {
      Found *f = &g_array_index (known, Found, i);
      char *surname;
      gint other;

      if (f->kind != DOSSIER_SPAN_PERSON || f->entity == BLOCKER || f->entity == REMOVED)
        continue;
      if ((surname = surname_of (doc, f)) == NULL)
        continue;
      /* Known names are told apart by a negative index; a family name
       * that two people of the text share links to neither. */
      other = GPOINTER_TO_INT (g_hash_table_lookup (surnames, surname));
      if (other < 0 && other != AMBIGUOUS && g_array_index (known, Found, -other - 1).entity != f->entity)
        g_hash_table_insert (surnames, surname, GINT_TO_POINTER (AMBIGUOUS));
      else if (other == 0)
        g_hash_table_insert (surnames, surname, GINT_TO_POINTER (-(gint) i - 1));
      else
        g_free (surname);
    }
  for (i = 0; i < added->len; i++)
    {
      Found *f = &g_array_index (added, Found, i);
      char *surname;

      if (f->kind != DOSSIER_SPAN_PERSON)
        continue;
      if ((surname = surname_of (doc, f)) != NULL)
        g_hash_table_insert (surnames, surname, GINT_TO_POINTER (i + 1));
    }
  for (i = 0; i < added->len; i++)
    {
      Found *f = &g_array_index (added, Found, i);
      g_autofree char *text = NULL;
      gint owner;

      if (f->entity != BLOCKER)
        continue;
      text = dossier_normalized_orig_text (doc, f->start, f->end);
      owner = GPOINTER_TO_INT (g_hash_table_lookup (surnames, text));
      if (owner > 0)
        {
          Found *full = &g_array_index (added, Found, owner - 1);

          f->kind = DOSSIER_SPAN_PERSON;
          f->entity = full->entity;
          f->confidence = full->confidence;
        }
      else if (owner < 0 && owner != AMBIGUOUS && f->kind == DOSSIER_SPAN_PERSON)
        {
          Found *full = &g_array_index (known, Found, -owner - 1);

          f->entity = full->entity;
          f->confidence = SURNAME_OF_KNOWN_CONFIDENCE;
        }
    }
}

static GPtrArray *
find (DossierCatalog *catalog,
      const char     *text,
      gsize           len,
      const char     *lang,
      gboolean        in_article,
      gint64          article_id)
{
  GPtrArray *spans = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
  g_autoptr(DossierNormalized) doc = NULL;
  g_autoptr(GArray) blockers = g_array_new (FALSE, FALSE, sizeof (Found));
  g_autoptr(GArray) known = NULL;
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (Found));
  g_autoptr(GArray) candidates = NULL;
  g_autoptr(GArray) ctx = NULL;
  guint i;

  doc = dossier_normalized_new_len (text, len);

  if (catalog != NULL)
    known = match_catalog (catalog, doc, blockers);
  else
    known = g_array_new (FALSE, FALSE, sizeof (Found));
  for (i = 0; i < known->len; i++)
    if (is_demonym (catalog, doc, &g_array_index (known, Found, i)))
      g_array_index (known, Found, i).entity = REMOVED;

  if (blockers->len > 1)
    qsort (blockers->data, blockers->len, sizeof (Found), found_cmp);
  ctx = context_entities (catalog, known);
  candidates = dossier_name_finder_find (doc, lang);
  for (i = 0; i < candidates->len; i++)
    merge_candidate (catalog, doc, known, blockers, added, ctx,
                     &g_array_index (candidates, DossierNameCandidate, i));
  resolve_surnames (doc, known, added);
  g_array_append_vals (known, added->data, added->len);
  sort_found (known);

  for (i = 0; i < known->len; i++)
    {
      Found *f = &g_array_index (known, Found, i);
      const DossierEntity *entity;
      DossierSpan *span;
      guint b0, b1;

      /* the byte offsets of a few spans ahead, out of the cache by now */
      if (i + 4 < known->len)
        __builtin_prefetch (&doc->orig_byte[g_array_index (known, Found, i + 4).start]);
      if (f->entity == REMOVED)
        continue;
      if (in_article && catalog &&
          dossier_catalog_is_rejected_span (catalog, article_id, f->start, f->end))
        continue;
      /* The covered text is cut from the UTF-8 text itself. */
      b0 = doc->orig_byte[f->start];
      b1 = doc->orig_byte[f->end];
      entity = f->entity != BLOCKER ? g_ptr_array_index (catalog->entities, f->entity) : NULL;
      span = _dossier_span_new_packed (f->kind, f->start, f->end, text + b0, b1 - b0, NULL, NULL, NULL,
                                       entity ? entity->id : NULL, entity ? entity->name : NULL);
      span->confidence = f->confidence;
      g_ptr_array_add (spans, span);
    }
  return spans;
}

GPtrArray *
_dossier_entities_find_valid (DossierCatalog *catalog,
                              const char     *text,
                              gsize           len,
                              const char     *lang)
{
  return find (catalog, text, len, lang, FALSE, 0);
}

GPtrArray *
dossier_entities_find (DossierCatalog *catalog,
                       const char     *text,
                       const char     *lang)
{
  g_return_val_if_fail (catalog == NULL || DOSSIER_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    return g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
  return find (catalog, text, strlen (text), lang, FALSE, 0);
}

GPtrArray *
dossier_entities_find_in_article (DossierCatalog *catalog,
                                  const char     *text,
                                  const char     *lang,
                                  gint64          article_id)
{
  g_return_val_if_fail (catalog == NULL || DOSSIER_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    return g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
  return find (catalog, text, strlen (text), lang, TRUE, article_id);
}
