/* dossier-name-finder.c — people and organizations that no pack knows
 * (scripts written with spaces: Latin, Cyrillic, Greek…)
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-name-finder.h"

#include <string.h>

#include "dossier-name-finder-private.h"
#include "dossier-name-lexicon.h"

typedef NameTok Tok;

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

/* @word (@lw bytes) ends with @suffix and has more than two bytes before it. */
static inline gboolean
has_suffix (const char *word,
            gsize       lw,
            const char *suffix,
            gsize       ls)
{
  return lw > ls + 2 && memcmp (word + lw - ls, suffix, ls) == 0;
}

#define HAS_SUFFIX(w, lw, s) has_suffix ((w), (lw), (s), sizeof (s) - 1)

static gboolean
looks_like_common_word (const Tok *t)
{
  const char *w = t->folded;
  gsize len = strlen (w);

  if (t->lex & LEX_FIRST_NAME)
    return FALSE;
  if (HAS_SUFFIX (w, len, "ians") || HAS_SUFFIX (w, len, "iens") || HAS_SUFFIX (w, len, "iennes") ||
      HAS_SUFFIX (w, len, "ains") || HAS_SUFFIX (w, len, "aines") || HAS_SUFFIX (w, len, "ese"))
    return TRUE;
  if (t->plural_acronym)
    return TRUE;
  if (len >= 3 && (w[len - 1] == 'e') && strspn (w, "xvi") == len - 1)
    return TRUE;
  return FALSE;
}

static inline gboolean
is_name_word (const Tok *t)
{
  if (!t->is_word || !t->cap)
    return FALSE;
  /* "J." is an initial, not the French "j'"; "A.I." stays a common word */
  if ((t->lex & LEX_DEMONYM) || ((t->lex & LEX_STOP) && !(t->abbrev && t->end - t->start == 2)))
    return FALSE;
  /* Titles are not part of names ("President Obama"), except when they
   * are also first names or organization words. */
  if ((t->lex & LEX_TITLE) && !(t->lex & (LEX_FIRST_NAME | LEX_ORG_HEAD | LEX_LOC_HEAD)))
    return FALSE;
  if (t->has_digit)
    {
      /* "G42" is a name; "RD192" or "A4" in a sentence are not. */
      return t->end - t->start >= 3 && t->end - t->start <= 5 && !t->all_caps;
    }
  return !looks_like_common_word (t);
}

gboolean
_dossier_name_tok_is_name_word (const Tok *t)
{
  return is_name_word (t);
}

gboolean
_dossier_name_toks_spaced (const gunichar *s,
                           const Tok      *a,
                           const Tok      *b)
{
  guint i;

  if (b->start == a->end)
    return FALSE;
  for (i = a->end; i < b->start; i++)
    if (!(s[i] == ' ' || s[i] == 0x00A0 || s[i] == 0x202F))
      return FALSE;
  return TRUE;
}

static gboolean
has_toponym_hyphen (const char *folded)
{
  static const char * const parts[] = {
    "-sur-", "-sous-", "-les-", "-le-", "-la-", "-en-", "-aux-", "-de-", "-du-", "-des-",
    "-lez-", "-on-", "-upon-", NULL
  };
  guint i;

  if (strchr (folded, '-') == NULL)
    return FALSE;
  if (g_str_has_prefix (folded, "saint-") || g_str_has_prefix (folded, "sainte-") ||
      g_str_has_prefix (folded, "st-") || g_str_has_prefix (folded, "ste-"))
    return TRUE;
  for (i = 0; parts[i] != NULL; i++)
    if (strstr (folded, parts[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* The words the text capitalises somewhere else than at a sentence start,
 * which tells a name from a capitalised common word: a set of folded
 * words (they stay in the token array), open addressing on the hash of
 * _dossier_name_tok_fold() (FNV-1a), built
 * for every text and asked only a few times. */
typedef struct
{
  const char **words;
  guint32     *hashes;
  guint        mask;
} WordSet;

/* The slot of @word: where it is, or the empty one where it would go. */
static guint
word_slot (const WordSet *set,
           const char    *word,
           guint32        h)
{
  guint k;

  for (k = h & set->mask; set->words[k] != NULL; k = (k + 1) & set->mask)
    if (set->hashes[k] == h && strcmp (set->words[k], word) == 0)
      break;
  return k;
}

/* Whether the set holds the word of @t (folded). */
static gboolean
word_set_contains (const WordSet *set,
                   const Tok     *t)
{
  return set->words[word_slot (set, t->folded, t->hash)] != NULL;
}

static void
word_set_clear (WordSet *set)
{
  g_clear_pointer (&set->words, g_free);
  g_clear_pointer (&set->hashes, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (WordSet, word_set_clear)

static void
words_capitalised_inside (NameToks *toks,
                          GArray   *caps,
                          WordSet  *set)
{
  guint i, n = 0, size = 16;

  for (i = 0; i < caps->len; i++)
    n += !toks->v[g_array_index (caps, guint, i)].initial;
  while (size < 2 * n + 2)
    size *= 2;
  set->words = g_new0 (const char *, size);
  set->hashes = g_new (guint32, size);
  set->mask = size - 1;
  for (i = 0; i < caps->len; i++)
    {
      Tok *t = &toks->v[g_array_index (caps, guint, i)];

      if (!t->initial)
        {
          guint32 h = t->hash;
          guint k = word_slot (set, t->folded, h);

          set->words[k] = t->folded;
          set->hashes[k] = h;
        }
    }
}

static DossierSpanKind
default_kind (const char *lang,
              guint       n_words)
{
  if (n_words > 1)
    return DOSSIER_SPAN_PERSON;
  if (lang != NULL && g_str_equal (lang, "fr"))
    return DOSSIER_SPAN_PLACE;

  return DOSSIER_SPAN_PERSON;
}

static NameEvidence
classify (const DossierNormalized *doc,
          NameToks                *toks,
          guint                    a,
          guint                    b,     /* inclusive */
          const char              *lang,
          DossierNameCandidate    *out)
{
  const gunichar *s = doc->orig;
  const Tok *first = name_tok_at (toks, s, a);
  const Tok *last = name_tok_at (toks, s, b);
  const Tok *prev = NULL, *prev2 = NULL, *next = NULL, *next2 = NULL;
  guint n_words = 0, i;
  gboolean toponym = FALSE, org_head = FALSE, org_suffix = FALSE, any_first_name = FALSE;

  for (i = a; i <= b; i++)
    {
      const Tok *t = name_tok_at (toks, s, i);

      if (!t->is_word || !t->cap)
        continue;
      n_words++;
      if (has_toponym_hyphen (t->folded))
        toponym = TRUE;
    }
  if (a > 0)
    {
      prev = name_tok_at (toks, s, a - 1);
      if (a > 1)
        prev2 = name_tok_at (toks, s, a - 2);
    }
  if (b + 1 < toks->len)
    next = name_tok_at (toks, s, b + 1);
  if (b + 2 < toks->len)
    next2 = name_tok_at (toks, s, b + 2);

  org_head = (first->lex & LEX_ORG_HEAD) && n_words > 1;
  org_suffix = (last->lex & LEX_ORG_SUFFIX) && (n_words > 1 || last->all_caps);
  /* an initial: "J. Smith", "J.-P. Bruneau" (not "U.S. Steel") */
  any_first_name = (first->lex & LEX_FIRST_NAME) != 0 ||
                   (first->abbrev && (first->end - first->start == 2 || strchr (first->folded, '-') != NULL));

  out->start = first->start;
  out->end = last->end;
  out->cue = NAME_CUE_STRONG;

  if (org_suffix || org_head)
    {
      out->kind = DOSSIER_SPAN_ORGANIZATION;
      return NAME_EVIDENCE_ORG;
    }
  /* "President Obama", "Mr. Smith" */
  if ((prev && prev->is_word && (prev->lex & LEX_TITLE)) ||
      (prev && !prev->is_word && s[prev->start] == '.' && prev2 && prev2->is_word && (prev2->lex & LEX_TITLE)))
    {
      out->kind = DOSSIER_SPAN_PERSON;
      return NAME_EVIDENCE_PERSON;
    }
  /* Apposition: "Andrew Feldman, PDG de…", "Kori Schulman, special assistant". */
  if (next && !next->is_word && s[next->start] == ',' && next2 && next2->is_word &&
      (next2->lex & LEX_TITLE) && !next2->cap)
    {
      out->kind = DOSSIER_SPAN_PERSON;
      return NAME_EVIDENCE_PERSON;
    }
  if (next && next->is_word && (next->lex & LEX_PERSON_VERB))
    {
      out->kind = DOSSIER_SPAN_PERSON;
      return NAME_EVIDENCE_PERSON;
    }
  if (n_words > 1 && any_first_name)
    {
      out->kind = DOSSIER_SPAN_PERSON;
      return NAME_EVIDENCE_FIRST_NAME;
    }
  if (toponym || (first->lex & LEX_LOC_HEAD && n_words > 1) ||
      ((last->lex & LEX_LOC_SUFFIX) && n_words > 1))
    {
      out->kind = DOSSIER_SPAN_PLACE;
      return NAME_EVIDENCE_PLACE;
    }
  if (n_words == 1 && first->all_caps && !first->abbrev)
    {
      out->kind = DOSSIER_SPAN_ORGANIZATION;
      out->cue = NAME_CUE_WEAK;
      return NAME_EVIDENCE_ACRONYM;
    }
  out->cue = NAME_CUE_WEAK;
  /* "à Verdun", "in Abbotsford"; but "de Slobodan Milosevic" */
  if (prev && prev->is_word && !prev->cap && (prev->lex & LEX_LOC_PREP) &&
      !(n_words > 1 && (g_str_equal (prev->folded, "de") || g_str_equal (prev->folded, "du"))))
    {
      out->kind = DOSSIER_SPAN_PLACE;
      return NAME_EVIDENCE_PLACE_PREP;
    }
  if (prev && !prev->is_word && is_apostrophe (s[prev->start]) && prev2 && prev2->is_word &&
      (prev2->lex & LEX_LOC_PREP) && g_str_equal (prev2->folded, "d") == FALSE)
    {
      out->kind = DOSSIER_SPAN_PLACE;
      return NAME_EVIDENCE_PLACE_PREP;
    }
  if (n_words == 1 && any_first_name)
    {
      out->kind = DOSSIER_SPAN_PERSON;
      return NAME_EVIDENCE_FIRST_NAME;
    }
  out->kind = default_kind (lang, n_words);
  /* People take no article: "the Pentagon", "the Guardian". */
  if (out->kind == DOSSIER_SPAN_PERSON && prev && prev->is_word && !prev->cap &&
      g_str_equal (prev->folded, "the"))
    {
      out->kind = DOSSIER_SPAN_ORGANIZATION;
      return NAME_EVIDENCE_ARTICLE;
    }
  return NAME_EVIDENCE_NONE;
}

static void
find_latin (const DossierNormalized *doc,
            const char              *lang,
            GArray                  *out)
{
  g_autoptr(GArray) caps = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(NameToks) toks = _dossier_name_tokenize (doc, caps);
  g_auto(WordSet) inside = { NULL, NULL, 0 };
  const gunichar *s = doc->orig;
  gboolean fr = lang != NULL && g_str_equal (lang, "fr");
  NameScan scan = { s, doc->n_orig, toks, out, fr, lang != NULL && g_str_has_prefix (lang, "zh"),
                    0, DOSSIER_SPAN_PERSON, FALSE };
  guint i = 0, next_cap = 0;

  words_capitalised_inside (toks, caps, &inside);
  /* Names start with a capitalised word: only those are visited. */
  while (next_cap < caps->len)
    {
      /* No folding here: is_name_word() reads the word lists only for
       * capitalised words, which _dossier_name_tokenize() folded already. */
      const Tok *t;
      guint a, b, j;
      gboolean french_org = FALSE;
      NameEvidence evidence;
      DossierNameCandidate c;

      if (g_array_index (caps, guint, next_cap) < i)
        {
          next_cap++;
          continue;
        }
      i = g_array_index (caps, guint, next_cap);
      t = &toks->v[i];
      a = b = i;
      if (!is_name_word (t))
        {
          i++;
          continue;
        }
      /* Extend over more capitalised words and lower-case particles
       * followed by one ("Tahnoon bin Zayed", "Université de Lorraine"). */
      for (j = i + 1; j < toks->len; j++)
        {
          const Tok *prev = name_tok_at (toks, s, j - 1);
          const Tok *u = name_tok_at (toks, s, j);

          if (!_dossier_name_toks_spaced (s, prev, u))
            break;
          if (is_name_word (u))
            {
              b = j;
              continue;
            }
          if (u->is_word && !u->cap && (u->lex & (LEX_PARTICLE | LEX_ORG_LINK)))
            {
              guint k = j + 1;

              /* "de la", "of the" */
              if (k < toks->len && name_tok_at (toks, s, k)->is_word &&
                  !name_tok_at (toks, s, k)->cap &&
                  (name_tok_at (toks, s, k)->lex & (LEX_PARTICLE | LEX_ORG_LINK)) &&
                  _dossier_name_toks_spaced (s, u, name_tok_at (toks, s, k)))
                k++;
              if (k < toks->len && is_name_word (name_tok_at (toks, s, k)) &&
                  _dossier_name_toks_spaced (s, name_tok_at (toks, s, k - 1), name_tok_at (toks, s, k)))
                {
                  j = k - 1;
                  continue;
                }
            }
          break;
        }

      /* "EFI Michel Balandier", "Photos Jacques Fissier": an acronym or
       * a word that opens the sentence, then a first name and a surname,
       * are two names. */
      if (a + 2 <= b && (t->all_caps || t->initial) &&
          !(t->lex & (LEX_FIRST_NAME | LEX_ORG_HEAD | LEX_LOC_HEAD)) &&
          (name_tok_at (toks, s, a + 1)->lex & LEX_FIRST_NAME))
        b = a;

      /* "Shares of Acme Inc.": the capitalised first word of a sentence
       * joined by "of" / "de" is a common noun unless seen elsewhere. */
      if (a < b && t->initial && !(t->lex & LEX_FIRST_NAME) &&
          !name_tok_at (toks, s, a + 1)->cap && !word_set_contains (&inside, t))
        {
          guint k = a + 1;

          while (k <= b && !is_name_word (name_tok_at (toks, s, k)))
            k++;
          a = k;
          t = name_tok_at (toks, s, a);
        }

      /* A single capitalised word that opens a sentence is a name only when
       * the text capitalises it elsewhere too, or it is a known first name. */
      if (a == b && t->initial && !(t->lex & LEX_FIRST_NAME) && !t->all_caps &&
          !word_set_contains (&inside, t))
        {
          const Tok *next = b + 1 < toks->len ? name_tok_at (toks, s, b + 1) : NULL;

          if (!(next && next->is_word && (next->lex & LEX_PERSON_VERB)) &&
              !(scan.zh && _dossier_name_zh_cue_after (&scan, b)))
            {
              i = b + 1;
              continue;
            }
        }

      /* "Republican Party", "French Digital Council": a capitalised
       * adjective of nationality belongs to an organization's name. */
      if (a > 0 && (name_tok_at (toks, s, b)->lex & LEX_ORG_SUFFIX))
        {
          const Tok *adj = name_tok_at (toks, s, a - 1);

          if (adj->is_word && adj->cap && (adj->lex & LEX_DEMONYM) &&
              _dossier_name_toks_spaced (s, adj, name_tok_at (toks, s, a)))
            a--;
        }
      if (fr)
        {
          /* "La Haye", "Le Mans": a capitalised article inside a
           * sentence belongs to the name. */
          if (a > 0)
            {
              const Tok *article = name_tok_at (toks, s, a - 1);

              if (article->is_word && article->cap && !article->initial &&
                  (g_str_equal (article->folded, "la") || g_str_equal (article->folded, "le") ||
                   g_str_equal (article->folded, "les")) &&
                  _dossier_name_toks_spaced (s, article, name_tok_at (toks, s, a)))
                a--;
            }
          if (name_tok_at (toks, s, a)->lex & LEX_ORG_HEAD)
            {
              guint end = _dossier_name_extend_french_organization (toks, s, b);

              french_org = end > b;
              b = end;
            }
        }
      evidence = classify (doc, toks, a, b, lang, &c);
      if (french_org)
        {
          c.kind = DOSSIER_SPAN_ORGANIZATION;
          c.cue = NAME_CUE_STRONG;
          evidence = NAME_EVIDENCE_ORG;
        }
      if (_dossier_name_refine (&scan, a, b, evidence, &c))
        {
          _dossier_name_extend_over_facility_noun (toks, s, a, lang, &c);
          g_array_append_val (out, c);
        }
      i = b + 1;
    }
}

static int
candidate_cmp (gconstpointer a,
               gconstpointer b)
{
  const DossierNameCandidate *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end > y->end ? -1 : x->end < y->end;
}

/* Sorts candidates stably: the Latin and the two Chinese passes each
 * produce them mostly in order, so the array is a few sorted runs, merged
 * in linear time; a stable sort gives the same order, and takes over when
 * there are many runs. */
static void
sort_candidates (GArray *candidates)
{
  enum { MAX_RUNS = 16 };
  DossierNameCandidate *a = (DossierNameCandidate *) candidates->data, *tmp;
  guint bounds[MAX_RUNS + 1], n_runs = 0, n = candidates->len, i;

  bounds[0] = 0;
  for (i = 1; i <= n; i++)
    if (i == n || candidate_cmp (&a[i - 1], &a[i]) > 0)
      {
        if (n_runs == MAX_RUNS)
          {
            g_array_sort (candidates, candidate_cmp);
            return;
          }
        bounds[++n_runs] = i;
      }
  if (n_runs <= 1)
    return;

  tmp = g_new (DossierNameCandidate, n);
  while (n_runs > 1)
    {
      guint merged = 0;

      for (guint r = 0; r < n_runs; r += 2)
        {
          guint lo = bounds[r], mid = bounds[r + 1];
          guint hi = r + 1 < n_runs ? bounds[r + 2] : mid;
          guint x = lo, y = mid, k = lo;

          /* equal candidates: the earlier run first */
          while (x < mid && y < hi)
            tmp[k++] = candidate_cmp (&a[y], &a[x]) < 0 ? a[y++] : a[x++];
          while (x < mid)
            tmp[k++] = a[x++];
          while (y < hi)
            tmp[k++] = a[y++];
          bounds[merged++] = lo;
        }
      bounds[merged] = n;
      memcpy (a, tmp, n * sizeof *a);
      n_runs = merged;
    }
  g_free (tmp);
}

GArray *
dossier_name_finder_find (const DossierNormalized *doc,
                          const char              *lang)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (DossierNameCandidate));
  gboolean has_cjk = FALSE, has_latin = FALSE;
  guint i;

  g_return_val_if_fail (doc != NULL, out);

  for (i = 0; i < doc->n_orig && !(has_cjk && has_latin); i++)
    {
      gunichar c = doc->orig[i];

      if (dossier_unichar_is_cjk (c))
        has_cjk = TRUE;
      else if (c < 0x80 ? g_ascii_isupper (c) : g_unichar_isupper (c))
        has_latin = TRUE;
    }
  if (has_latin)
    find_latin (doc, lang, out);
  if (has_cjk)
    _dossier_name_finder_find_zh (doc, out);
  sort_candidates (out);
  return out;
}
