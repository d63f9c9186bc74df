/* dossier-automaton.c — Aho–Corasick automaton over code points
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-automaton.h"

#include <stdlib.h>

#include "dossier-normalize.h"

/* States keep their outgoing edges as one sorted run of a shared edge array
 * (searched linearly or by halves); the root, visited after almost every
 * mismatch, has a direct table for the Basic Multilingual Plane, and
 * states with many edges (the first letters of words) a direct row for
 * ASCII, where most of the folded text is.
 *
 * A scan is bound by memory latency, one dependent load after another, so
 * the compiled layout keeps that chain short: states are numbered
 * breadth-first, those with a row first, so that a state's number is its
 * row (no load of the state itself on the way), and each transition
 * carries a flag telling whether its target has an output (no load of the
 * target either, unless a pattern ends there). */
#define NO_VALUE G_MAXUINT32
#define ROOT_TABLE 0x10000
#define ROW_SIZE 128       /* ASCII */
#define ROW_MIN_EDGES 4    /* fewer edges are searched as quickly */
#define LINEAR_MAX_EDGES 8
#define HAS_OUTPUT 0x80000000u   /* in compiled transitions */
#define FAIL_STEP  0x40000000u   /* in complete rows: not an edge of the trie */
#define STATE_MASK 0x3FFFFFFFu
#define ROOT_STEP (HAS_OUTPUT | FAIL_STEP)  /* in complete rows: to the root */

typedef struct
{
  guint32 first_edge;
  guint32 n_edges;
  guint32 fail;
  guint32 dict;    /* nearest state on the fail chain with a value, or 0 */
  guint32 value;
  guint32 depth;
  /* once compiled, the first edge again: deep states mostly have one, and
   * it is then read with the state, without two more loads */
  guint32 cp0;
  guint32 target0;
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
   * edges, and the ASCII rows (ROW_SIZE targets each) of states 0 to
   * last_row */
  guint32    *edge_cps;
  guint32    *edge_targets;
  guint32    *rows;
  guint32     last_row;
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
  State root = { 0, 0, 0, 0, NO_VALUE, 0, 0, 0 };

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
          State child = { 0, 0, 0, 0, NO_VALUE, i + 1, 0, 0 };
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

/* The transition from state s on c, 0 for none; compiled transitions
 * carry HAS_OUTPUT. */
static inline guint32
step (const DossierAutomaton *self,
      const State            *states,
      guint32                 s,
      gunichar                c)
{
  const State *st;
  const guint32 *cps;
  guint lo, hi;

  if (c < ROW_SIZE && s <= self->last_row)
    return self->rows[(gsize) s * ROW_SIZE + c];
  if (s == 0 && c < ROOT_TABLE)
    return self->root_table[c];

  st = &states[s];
  if (st->n_edges <= 1)
    return st->n_edges == 1 && st->cp0 == c ? st->target0 : 0;
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

static inline gboolean
has_output (const State *states,
            guint32      s)
{
  return s != 0 && (states[s].value != NO_VALUE || states[s].dict != 0);
}

static inline guint32
flag_output (const State *states,
             guint32      s)
{
  return has_output (states, s) ? s | HAS_OUTPUT : s;
}

void
dossier_automaton_compile (DossierAutomaton *self)
{
  State *old_states, *states;
  Edge *edges;
  guint32 *bfs, *order, *new_id;
  guint n_states, n_edges, head, tail, e, i, next_row, next_other;

  g_return_if_fail (self != NULL && !self->compiled);
  g_return_if_fail (self->states->len <= STATE_MASK);

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

  /* Breadth-first order (old numbers), then the new numbers: the root,
   * the states with a row, the others, each group breadth-first. */
  bfs = g_new (guint32, n_states);
  bfs[0] = 0;
  for (head = 0, tail = 1; head < tail; head++)
    for (i = 0; i < old_states[bfs[head]].n_edges; i++)
      bfs[tail++] = edges[old_states[bfs[head]].first_edge + i].target;
  g_assert (tail == n_states);
  self->last_row = 0;
  for (i = 1; i < n_states; i++)
    if (old_states[bfs[i]].n_edges >= ROW_MIN_EDGES)
      self->last_row++;
  new_id = g_new (guint32, n_states);   /* old → new */
  order = g_new (guint32, n_states);    /* new → old */
  new_id[0] = 0;
  order[0] = 0;
  next_row = 1;
  next_other = self->last_row + 1;
  for (i = 1; i < n_states; i++)
    {
      guint32 id = old_states[bfs[i]].n_edges >= ROW_MIN_EDGES ? next_row++ : next_other++;

      new_id[bfs[i]] = id;
      order[id] = bfs[i];
    }
  for (i = 0; i < n_states; i++)
    bfs[i] = new_id[bfs[i]];   /* breadth-first order, new numbers */

  states = g_new (State, n_states);
  self->n_edges = n_edges;
  self->edge_cps = g_new (guint32, MAX (n_edges, 1));
  self->edge_targets = g_new (guint32, MAX (n_edges, 1));
  for (i = 0, e = 0; i < n_states; i++)
    {
      const State *old = &old_states[order[i]];

      states[i] = *old;
      states[i].first_edge = e;
      if (old->n_edges > 0)
        {
          states[i].cp0 = edges[old->first_edge].cp;
          states[i].target0 = new_id[edges[old->first_edge].target];
        }
      for (guint k = 0; k < old->n_edges; k++, e++)
        {
          self->edge_cps[e] = edges[old->first_edge + k].cp;
          self->edge_targets[e] = new_id[edges[old->first_edge + k].target];
        }
    }
  g_free (order);
  g_free (new_id);
  g_array_set_size (self->states, 0);
  g_array_append_vals (self->states, states, n_states);
  g_free (states);
  g_clear_pointer (&self->edges, g_array_unref);
  states = (State *) self->states->data;

  /* Direct tables, without output flags while the fail links are
   * computed. */
  self->root_table = g_new0 (guint32, ROOT_TABLE);
  for (i = 0; i < states[0].n_edges; i++)
    if (self->edge_cps[states[0].first_edge + i] < ROOT_TABLE)
      self->root_table[self->edge_cps[states[0].first_edge + i]] = self->edge_targets[states[0].first_edge + i];
  self->rows = g_new0 (guint32, ((gsize) self->last_row + 1) * ROW_SIZE);
  for (i = 0; i <= self->last_row; i++)
    for (guint k = 0; k < states[i].n_edges; k++)
      {
        guint32 cp = self->edge_cps[states[i].first_edge + k];

        if (cp < ROW_SIZE)
          self->rows[(gsize) i * ROW_SIZE + cp] = self->edge_targets[states[i].first_edge + k];
      }
  self->compiled = TRUE;

  /* Fail links, breadth-first: they point to shallower states. */
  for (head = 0; head < n_states; head++)
    {
      guint32 s = bfs[head];

      for (guint k = 0; k < states[s].n_edges; k++)
        {
          guint32 t = self->edge_targets[states[s].first_edge + k];
          gunichar cp = self->edge_cps[states[s].first_edge + k];
          guint32 f = states[s].fail, next = 0;

          if (s == 0)
            {
              states[t].fail = 0;
              states[t].dict = 0;
              continue;
            }
          for (;;)
            {
              next = step (self, states, f, cp) & STATE_MASK;
              if (next != 0 || f == 0)
                break;
              f = states[f].fail;
            }
          states[t].fail = next;
          states[t].dict = states[next].value != NO_VALUE ? next : states[next].dict;
        }
    }
  g_free (bfs);

  for (i = 0; i < n_edges; i++)
    self->edge_targets[i] = flag_output (states, self->edge_targets[i]);
  for (i = 0; i < n_states; i++)
    if (states[i].n_edges > 0)
      states[i].target0 = self->edge_targets[states[i].first_edge];
  for (i = 0; i < ROOT_TABLE; i++)
    self->root_table[i] = flag_output (states, self->root_table[i]);
  for (gsize r = 0; r < ((gsize) self->last_row + 1) * ROW_SIZE; r++)
    self->rows[r] = flag_output (states, self->rows[r]);

  /* The rows made complete: a missing transition of a state with a row is
   * followed along the fail links here, once, instead of at every scan.
   * A transition that ends at the root is written ROOT_STEP, which the
   * scan takes for one (the root has no output). Rows are filled in
   * breadth-first order, so the rows a fail link leads to are complete. */
  for (guint32 s = 1; s <= self->last_row; s++)
    for (gunichar c = 0; c < ROW_SIZE; c++)
      {
        guint32 *t = &self->rows[(gsize) s * ROW_SIZE + c];
        guint32 f = states[s].fail;

        while (*t == 0)
          {
            *t = step (self, states, f, c);
            if (*t != 0)
              *t |= FAIL_STEP;
            else if (f == 0)
              *t = ROOT_STEP;
            f = states[f].fail;
          }
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
      guint32 t, o;

      for (;;)
        {
          t = step (self, states, s, c);
          if (t != 0 || s == 0)
            break;
          s = states[s].fail;
        }
      s = t & STATE_MASK;
      if (!(t & HAS_OUTPUT))
        continue;
      o = states[s].value != NO_VALUE ? s : states[s].dict;
      while (o != 0)
        {
          func (i + 1 - states[o].depth, i + 1, states[o].value, user_data);
          o = states[o].dict;
        }
    }
}

/* g_ascii_isalnum(), without the library's table */
static const guint8 ascii_word[128] = {
  ['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1,
};

/* The edge of the trie from state s on c, 0 for none: the fail
 * transitions written into the rows are not edges. */
static inline guint32
child (const DossierAutomaton *self,
       const State            *states,
       guint32                 s,
       gunichar                c)
{
  guint32 t = step (self, states, s, c);

  return t & FAIL_STEP ? 0 : t;
}

/* Walks the trie from the root along the text at each position where a
 * reported match may start, instead of following the fail links: in text
 * written with spaces those positions are only the starts of words and
 * what lies between words, and most walks stop after a step or two. */
void
dossier_automaton_scan_word_starts (const DossierAutomaton *self,
                                    const gunichar         *text,
                                    guint                   len,
                                    DossierAutomatonFunc    func,
                                    gpointer                user_data)
{
  const State *states;
  guint i;

  g_return_if_fail (self != NULL && self->compiled);

  states = (const State *) self->states->data;
  for (i = 0; i < len; i++)
    {
      gunichar c = text[i];
      guint32 t;
      guint j;

      /* the root's row and table hold only edges */
      t = step (self, states, 0, c);
      for (j = i; t != 0;)
        {
          guint32 s = t & STATE_MASK;

          if ((t & HAS_OUTPUT) && states[s].value != NO_VALUE)
            func (i, j + 1, states[s].value, user_data);
          if (++j >= len)
            break;
          t = child (self, states, s, text[j]);
        }
      /* no match starts in the rest of a word */
      if (c < 0x80 ? ascii_word[c] : dossier_unichar_is_word (c))
        {
          const gunichar *p = text + i + 1, *end = text + len;

          while (p < end && (*p < 0x80 ? ascii_word[*p] : dossier_unichar_is_word (*p)))
            p++;
          i = p - text - 1;
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
         ((gsize) self->last_row + 1) * ROW_SIZE * sizeof (guint32) +
         ROOT_TABLE * sizeof (guint32);
}
