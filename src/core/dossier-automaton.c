/* dossier-automaton.c — Aho–Corasick automaton over code points
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-automaton.h"

#include <stdlib.h>

/* States keep their outgoing edges as one sorted run of a shared edge array
 * (binary search); the root, visited after almost every mismatch, has a
 * direct table for the Basic Multilingual Plane, and states with many
 * edges (the first letters of words) a direct row for ASCII, where most
 * of the folded text is. */
#define NO_VALUE G_MAXUINT32
#define NO_ROW G_MAXUINT32
#define ROOT_TABLE 0x10000
#define ROW_SIZE 128       /* ASCII */
#define ROW_MIN_EDGES 4    /* fewer edges are searched as quickly */
#define LINEAR_MAX_EDGES 8

typedef struct
{
  guint32 first_edge;
  guint32 n_edges;
  guint32 fail;
  guint32 dict;    /* nearest state on the fail chain with a value, or 0 */
  guint32 value;
  guint32 depth;
  guint32 row;     /* index of its ASCII row in rows, or NO_ROW */
} State;

typedef struct
{
  gunichar cp;
  guint32  parent;   /* only while building */
  guint32  target;
} Edge;

struct _DossierAutomaton
{
  GArray     *states;      /* State */
  GArray     *edges;       /* Edge */
  GHashTable *building;    /* (parent << 21 | cp) → target + 1, until compiled */
  /* 64-bit pointers hold the keys; see edge_hash() */
  guint32    *root_table;  /* cp → state, 0 for none */
  /* once compiled: the edges' code points and targets, in the order of
   * edges, and the ASCII rows (ROW_SIZE targets each) */
  guint32    *edge_cps;
  guint32    *edge_targets;
  guint32    *rows;
  guint       n_rows;
  guint       n_edges;
  gboolean    compiled;
};

/* Keys pack (state, code point) into a pointer-sized integer; they need a
 * real mix, the low bits alone are the code point. */
G_GNUC_UNUSED static guint
edge_hash (gconstpointer key)
{
  guint64 v = (guint64) GPOINTER_TO_SIZE (key);

  v ^= v >> 33;
  v *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  v ^= v >> 33;
  return (guint) v;
}

DossierAutomaton *
dossier_automaton_new (void)
{
  return dossier_automaton_new_sized (64);
}

DossierAutomaton *
dossier_automaton_new_sized (guint expected_states)
{
  DossierAutomaton *self = g_new0 (DossierAutomaton, 1);
  State root = { 0, 0, 0, 0, NO_VALUE, 0, NO_ROW };

  self->states = g_array_sized_new (FALSE, FALSE, sizeof (State), expected_states + 1);
  self->edges = g_array_sized_new (FALSE, FALSE, sizeof (Edge), expected_states);
#if GLIB_SIZEOF_VOID_P >= 8
  self->building = g_hash_table_new (edge_hash, g_direct_equal);
#else
  self->building = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
#endif
  g_array_append_val (self->states, root);
  return self;
}

void
dossier_automaton_free (DossierAutomaton *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->states);
  g_clear_pointer (&self->edges, g_array_unref);
  g_clear_pointer (&self->building, g_hash_table_unref);
  g_free (self->root_table);
  g_free (self->edge_cps);
  g_free (self->edge_targets);
  g_free (self->rows);
  g_free (self);
}

guint
dossier_automaton_add (DossierAutomaton *self,
                       const gunichar   *pattern,
                       guint             len,
                       guint             value)
{
  guint32 s = 0;
  guint i;
  State *st;

  g_return_val_if_fail (self != NULL && !self->compiled, value);
  g_return_val_if_fail (len > 0 && value != NO_VALUE, value);

  for (i = 0; i < len; i++)
    {
#if GLIB_SIZEOF_VOID_P >= 8
      gpointer key = GSIZE_TO_POINTER (((gsize) s << 21) | (pattern[i] & 0x1FFFFF));
#else
      /* 32-bit: 11 bits of state would collide; hash a 64-bit copy. */
      gint64 wide = ((gint64) s << 21) | (pattern[i] & 0x1FFFFF);
      gpointer key = &wide;
#endif
      gpointer found = g_hash_table_lookup (self->building, key);

      if (found)
        s = GPOINTER_TO_UINT (found) - 1;
      else
        {
          State child = { 0, 0, 0, 0, NO_VALUE, i + 1, NO_ROW };
          Edge edge = { pattern[i], s, self->states->len };

          g_array_append_val (self->states, child);
          g_array_append_val (self->edges, edge);
#if GLIB_SIZEOF_VOID_P >= 8
          g_hash_table_insert (self->building, key, GUINT_TO_POINTER (edge.target + 1));
#else
          g_hash_table_insert (self->building, g_memdup2 (&wide, sizeof wide),
                               GUINT_TO_POINTER (edge.target + 1));
#endif
          s = edge.target;
        }
    }
  st = &g_array_index (self->states, State, s);
  if (st->value == NO_VALUE)
    st->value = value;
  return st->value;
}

static int
edge_cmp (const void *a,
          const void *b)
{
  const Edge *x = a, *y = b;

  if (x->parent != y->parent)
    return x->parent < y->parent ? -1 : 1;
  return x->cp < y->cp ? -1 : x->cp > y->cp;
}

static inline guint32
step (const DossierAutomaton *self,
      const State            *states,
      guint32                 s,
      gunichar                c)
{
  const State *st;
  const guint32 *cps;
  guint lo, hi;

  if (s == 0 && c < ROOT_TABLE)
    return self->root_table[c];

  st = &states[s];
  if (c < ROW_SIZE && st->row != NO_ROW)
    return self->rows[(gsize) st->row * ROW_SIZE + c];
  cps = self->edge_cps + st->first_edge;
  if (st->n_edges <= LINEAR_MAX_EDGES)
    {
      for (lo = 0; lo < st->n_edges; lo++)
        if (cps[lo] == c)
          return self->edge_targets[st->first_edge + lo];
      return 0;
    }
  lo = 0;
  hi = st->n_edges;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (cps[mid] == c)
        return self->edge_targets[st->first_edge + mid];
      if (cps[mid] < c)
        lo = mid + 1;
      else
        hi = mid;
    }
  return 0;
}

void
dossier_automaton_compile (DossierAutomaton *self)
{
  State *old_states, *states;
  Edge *edges;
  guint32 *order, *new_id;
  guint n_states, n_edges, head, tail, e, i;

  g_return_if_fail (self != NULL && !self->compiled);

  g_clear_pointer (&self->building, g_hash_table_unref);
  g_array_sort (self->edges, edge_cmp);
  old_states = (State *) self->states->data;
  edges = (Edge *) self->edges->data;
  n_states = self->states->len;
  n_edges = self->edges->len;
  for (i = 0; i < n_edges; i++)
    {
      State *p = &old_states[edges[i].parent];

      if (p->n_edges == 0)
        p->first_edge = i;
      p->n_edges++;
    }

  /* States are numbered breadth-first: the shallow ones, where a scan
   * spends its time, share cache lines instead of being spread over the
   * whole array in the order the patterns came. Breadth-first order also
   * suits the fail links, which point to shallower states. */
  order = g_new (guint32, n_states);    /* new → old */
  new_id = g_new (guint32, n_states);   /* old → new */
  order[0] = 0;
  new_id[0] = 0;
  for (head = 0, tail = 1; head < tail; head++)
    for (i = 0; i < old_states[order[head]].n_edges; i++)
      {
        guint32 t = edges[old_states[order[head]].first_edge + i].target;

        new_id[t] = tail;
        order[tail++] = t;
      }
  g_assert (tail == n_states);

  states = g_new (State, n_states);
  self->n_edges = n_edges;
  self->edge_cps = g_new (guint32, MAX (n_edges, 1));
  self->edge_targets = g_new (guint32, MAX (n_edges, 1));
  for (i = 0, e = 0; i < n_states; i++)
    {
      const State *old = &old_states[order[i]];

      states[i] = *old;
      states[i].first_edge = e;
      for (guint k = 0; k < old->n_edges; k++, e++)
        {
          self->edge_cps[e] = edges[old->first_edge + k].cp;
          self->edge_targets[e] = new_id[edges[old->first_edge + k].target];
        }
      if (i > 0 && states[i].n_edges >= ROW_MIN_EDGES)
        states[i].row = self->n_rows++;
    }
  g_free (order);
  g_free (new_id);
  g_array_set_size (self->states, 0);
  g_array_append_vals (self->states, states, n_states);
  g_free (states);
  g_clear_pointer (&self->edges, g_array_unref);
  states = (State *) self->states->data;

  self->root_table = g_new0 (guint32, ROOT_TABLE);
  for (i = 0; i < states[0].n_edges; i++)
    if (self->edge_cps[states[0].first_edge + i] < ROOT_TABLE)
      self->root_table[self->edge_cps[states[0].first_edge + i]] = self->edge_targets[states[0].first_edge + i];
  self->rows = g_new0 (guint32, (gsize) MAX (self->n_rows, 1) * ROW_SIZE);
  for (i = 1; i < n_states; i++)
    if (states[i].row != NO_ROW)
      for (guint k = 0; k < states[i].n_edges; k++)
        {
          guint32 cp = self->edge_cps[states[i].first_edge + k];

          if (cp < ROW_SIZE)
            self->rows[(gsize) states[i].row * ROW_SIZE + cp] = self->edge_targets[states[i].first_edge + k];
        }
  self->compiled = TRUE;

  /* Fail links, in breadth-first order, which is now the states' order. */
  for (i = 0; i < n_states; i++)
    for (guint k = 0; k < states[i].n_edges; k++)
      {
        guint32 t = self->edge_targets[states[i].first_edge + k];
        gunichar cp = self->edge_cps[states[i].first_edge + k];
        guint32 f = states[i].fail, next = 0;

        if (i == 0)
          {
            states[t].fail = 0;
            states[t].dict = 0;
            continue;
          }
        for (;;)
          {
            next = step (self, states, f, cp);
            if (next != 0 || f == 0)
              break;
            f = states[f].fail;
          }
        states[t].fail = next;
        states[t].dict = states[next].value != NO_VALUE ? next : states[next].dict;
      }
}

void
dossier_automaton_scan (const DossierAutomaton *self,
                        const gunichar         *text,
                        guint                   len,
                        DossierAutomatonFunc    func,
                        gpointer                user_data)
{
  const State *states;
  guint32 s = 0;
  guint i;

  g_return_if_fail (self != NULL && self->compiled);

  states = (const State *) self->states->data;
  for (i = 0; i < len; i++)
    {
      gunichar c = text[i];
      guint32 o;

      for (;;)
        {
          guint32 t = step (self, states, s, c);

          if (t != 0 || s == 0)
            {
              s = t;
              break;
            }
          s = states[s].fail;
        }
      if (s == 0)
        continue;
      o = states[s].value != NO_VALUE ? s : states[s].dict;
      while (o != 0)
        {
          func (i + 1 - states[o].depth, i + 1, states[o].value, user_data);
          o = states[o].dict;
        }
    }
}

guint
dossier_automaton_get_n_states (const DossierAutomaton *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->states->len;
}

gsize
dossier_automaton_get_size (const DossierAutomaton *self)
{
  g_return_val_if_fail (self != NULL, 0);
  if (!self->compiled)
    return sizeof *self +
           (gsize) self->states->len * sizeof (State) +
           (gsize) self->edges->len * sizeof (Edge);
  return sizeof *self +
         (gsize) self->states->len * sizeof (State) +
         (gsize) self->n_edges * 2 * sizeof (guint32) +
         (gsize) MAX (self->n_rows, 1) * ROW_SIZE * sizeof (guint32) +
         ROOT_TABLE * sizeof (guint32);
}
