/* dossier-name-finder-context.c — what the words around an unknown name
 * say it is (scripts written with spaces)
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-name-finder-private.h"

#include <string.h>

#include "dossier-name-lexicon.h"

/* A capitalised word with no other cue is guessed a person (a place in
 * French). The common nouns next to it often tell better: "Ascend chips"
 * and "les puces H20" are products, "the startup Humain" and "websites
 * such as Reddit" organizations, "the town of Hillsborough" a place, and
 * "the song Geronimo" or a name alone in quotes a title. */

static inline NameTok *
tok (NameScan *scan,
     guint     i)
{
  return name_tok_at (scan->toks, scan->s, i);
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

static gboolean
is_open_quote (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x00AB || c == 0x201E || c == 0x300C || c == 0x300E;
}

static gboolean
is_close_quote (gunichar c)
{
  return c == '"' || c == 0x201D || c == 0x00BB || c == 0x300D || c == 0x300F;
}

static gboolean
is_punct (NameScan      *scan,
          const NameTok *t,
          gunichar       c)
{
  return !t->is_word && scan->s[t->start] == c;
}

static gboolean
folded_is (const NameTok *t,
           const char    *word)
{
  return t->is_word && strcmp (t->folded, word) == 0;
}

static gboolean
ends_with (const char *word,
           gsize       len,
           const char *suffix)
{
  gsize ls = strlen (suffix);

  return len > ls + 2 && memcmp (word + len - ls, suffix, ls) == 0;
}

/* A common noun with one of @flags before the name at token a, with only
 * links, adjectives and complements between: "the startup Humain",
 * "websites such as Reddit", "une société d'investissement américaine
 * « X »". Returns its flags among @flags, or 0. */
static guint
noun_before (NameScan *scan,
             guint     a,
             guint     flags)
{
  guint k = a, steps = 0;

  if (k > 0 && !tok (scan, k - 1)->is_word && is_open_quote (scan->s[tok (scan, k - 1)->start]))
    k--;
  while (k > 0 && steps < 5)
    {
      NameTok *t = tok (scan, k - 1);

      if (!t->is_word)
        {
          /* the apostrophe of "d'" and "l'" */
          if (is_apostrophe (scan->s[t->start]) && k > 1 && tok (scan, k - 2)->is_word)
            {
              k--;
              continue;
            }
          return 0;
        }
      if (t->lex & flags)
        return !t->cap || t->initial || t->all_caps || (t->lex & LEX_STOP) ? t->lex & flags : 0;
      if (t->cap && !(t->lex & LEX_DEMONYM))
        return 0;  /* another name */
      /* "l'association d'aviculture de Belfort": a name after "de" is
       * where the thing is, not its name */
      if ((t->lex & LEX_PARTICLE) && k == a)
        return 0;
      if ((t->lex & (LEX_NAME_LINK | LEX_DEMONYM | LEX_PARTICLE)) ||
          (scan->fr && _dossier_name_tok_is_french_adjective (t)))
        {
          k--;
          steps++;
          continue;
        }
      /* the noun of a complement: "société d'investissement" */
      if (!(t->lex & LEX_STOP) && k >= 3 &&
          (folded_is (tok (scan, k - 2), "de") ||
           (is_apostrophe (scan->s[tok (scan, k - 2)->start]) && folded_is (tok (scan, k - 3), "d"))))
        {
          k--;
          steps++;
          continue;
        }
      return 0;
    }
  return 0;
}

/* "founder of X", "the town of X", "directeur d'X", "ville de la X". */
static gboolean
noun_of_before (NameScan *scan,
                guint     a,
                guint     flag)
{
  guint k = a;

  if (k > 0 && !tok (scan, k - 1)->is_word && is_apostrophe (scan->s[tok (scan, k - 1)->start]))
    k--;
  if (k > 0 && (folded_is (tok (scan, k - 1), "the") || folded_is (tok (scan, k - 1), "la") ||
                folded_is (tok (scan, k - 1), "le") || folded_is (tok (scan, k - 1), "l")))
    {
      k--;
      if (k > 0 && !tok (scan, k - 1)->is_word && is_apostrophe (scan->s[tok (scan, k - 1)->start]))
        k--;
    }
  if (k < 2)
    return FALSE;
  if (!(folded_is (tok (scan, k - 1), "of") || folded_is (tok (scan, k - 1), "de") ||
        folded_is (tok (scan, k - 1), "d") || folded_is (tok (scan, k - 1), "du")))
    return FALSE;
  return tok (scan, k - 2)->is_word && (tok (scan, k - 2)->lex & flag);
}

/* The word after the name has @flag: "Ascend chips", "Acme shares". */
static gboolean
word_after (NameScan *scan,
            guint     b,
            guint     flag)
{
  NameTok *t;

  if (b + 1 >= scan->toks->len)
    return FALSE;
  t = tok (scan, b + 1);
  return t->is_word && (t->lex & flag) && t->start > tok (scan, b)->end;
}

/* "Ascend chips", and both names of "the Simple and Select tariffs". */
static gboolean
product_after (NameScan *scan,
               guint     b)
{
  NameTok *t;

  if (word_after (scan, b, LEX_PRODUCT))
    return TRUE;
  if (b + 3 >= scan->toks->len)
    return FALSE;
  t = tok (scan, b + 1);
  if (!(folded_is (t, "and") || folded_is (t, "or") || is_punct (scan, t, '&') || is_punct (scan, t, ',')))
    return FALSE;
  t = tok (scan, b + 2);
  if (!t->is_word || !t->cap || (t->lex & LEX_STOP))
    return FALSE;
  return word_after (scan, b + 2, LEX_PRODUCT);
}

/* The name alone between quotes: "Geronimo", « Stranger Things ». */
static gboolean
fills_quotes (NameScan *scan,
              guint     a,
              guint     b)
{
  NameTok *t;

  if (a == 0 || b + 1 >= scan->toks->len)
    return FALSE;
  t = tok (scan, a - 1);
  if (t->is_word || !is_open_quote (scan->s[t->start]))
    return FALSE;
  t = tok (scan, b + 1);
  if (!t->is_word && (is_punct (scan, t, ',') || is_punct (scan, t, '.')) && b + 2 < scan->toks->len)
    t = tok (scan, b + 2);
  return !t->is_word && is_close_quote (scan->s[t->start]);
}

/* The next item of a list whose first item was classified from its
 * context: "websites such as Reddit, Twitter and Spotify", "MM. Farinet
 * et Verneau". */
static gboolean
continues_list (NameScan *scan,
                guint     a)
{
  guint k, n = 0;

  if (!scan->prev_listed || scan->prev_end > a || a - scan->prev_end > 2)
    return FALSE;
  for (k = scan->prev_end; k < a; k++)
    {
      NameTok *t = tok (scan, k);

      if (!(is_punct (scan, t, ',') || is_punct (scan, t, '&') || folded_is (t, "and") ||
            folded_is (t, "or") || folded_is (t, "et") || folded_is (t, "ou")))
        return FALSE;
      n++;
    }
  return n > 0;
}

/* A noun for the people of a place after an article: "le jeune
 * Belfortain", "l'Uruguayen", "les Lorrains". Regions are feminine
 * ("la Lorraine") and keep their name. */
static gboolean
is_inhabitant_noun (NameScan *scan,
                    guint     a)
{
  static const char * const endings[] = { "ain", "ains", "ien", "iens", "yen", "yens", NULL };
  const NameTok *t = tok (scan, a), *prev;
  gsize len = strlen (t->folded);
  guint k = a, i;

  if (len < 6)
    return FALSE;
  for (i = 0; endings[i] != NULL; i++)
    if (ends_with (t->folded, len, endings[i]))
      break;
  if (endings[i] == NULL || k == 0)
    return FALSE;
  if (!tok (scan, k - 1)->is_word && is_apostrophe (scan->s[tok (scan, k - 1)->start]) && k > 1)
    k--;
  prev = tok (scan, k - 1);
  if (!(prev->is_word && !prev->cap &&
        (folded_is (prev, "le") || folded_is (prev, "les") || folded_is (prev, "l") ||
         folded_is (prev, "un") || folded_is (prev, "jeune") || folded_is (prev, "jeunes"))))
    return FALSE;
  /* "dans l'Ornain", "vers le Rhin": a river */
  return !(k >= 2 && tok (scan, k - 2)->is_word && (tok (scan, k - 2)->lex & LEX_LOC_PREP));
}

/* "ExxonMobil", "YouTube", "OpenAI": a capital inside a word names a
 * company, unless it follows a surname prefix ("McDonald", "DeSantis",
 * "LaBrocca", "MacKenzie"). */
static gboolean
is_camel_case (NameScan      *scan,
               const NameTok *t)
{
  static const char * const prefixes[] = {
    "mc", "mac", "de", "di", "da", "la", "le", "du", "van", "von", "fitz", "o", "d", "al", "el",
    "ben", "bin", "st", NULL
  };
  const gunichar *s = scan->s;
  guint i, k;

  if (t->all_caps || t->has_digit)
    return FALSE;
  for (i = t->start + 1; i < t->end; i++)
    if (g_unichar_isupper (s[i]) && g_unichar_islower (s[i - 1]))
      break;
  if (i >= t->end)
    return FALSE;
  for (k = 0; prefixes[k] != NULL; k++)
    if (strlen (prefixes[k]) == i - t->start &&
        g_ascii_strncasecmp (t->folded, prefixes[k], i - t->start) == 0)
      return FALSE;
  /* "MarcRich": a first name and a surname written together */
  if (i - t->start < NAME_TOK_FOLDED_SIZE)
    {
      char head[NAME_TOK_FOLDED_SIZE];

      memcpy (head, t->folded, i - t->start);
      head[i - t->start] = '\0';
      if (dossier_lexicon_latin (head) & LEX_FIRST_NAME)
        return FALSE;
    }
  return TRUE;
}

gboolean
_dossier_name_zh_cue_after (NameScan *scan,
                            guint     b)
{
  guint end = tok (scan, b)->end;

  while (end < scan->n && scan->s[end] == ' ')
    end++;
  return end < scan->n && (dossier_lexicon_zh_title_after (scan->s + end, scan->n - end) > 0 ||
                           dossier_lexicon_zh_speech (scan->s + end, scan->n - end) > 0);
}

gboolean
_dossier_name_refine (NameScan             *scan,
                      guint                 a,
                      guint                 b,
                      NameEvidence          evidence,
                      DossierNameCandidate *c)
{
  NameTok *first = tok (scan, a), *last = tok (scan, b);
  gboolean first_name = FALSE, listed = FALSE, in_list = continues_list (scan, a), bracketed;
  guint before, i;

  scan->prev_end = b + 1;
  scan->prev_listed = FALSE;
  for (i = a; i <= b; i++)
    if (tok (scan, i)->lex & LEX_FIRST_NAME)
      first_name = TRUE;
  bracketed = a > 0 && b + 1 < scan->toks->len &&
              (is_punct (scan, tok (scan, a - 1), '(') || is_punct (scan, tok (scan, a - 1), 0xFF08)) &&
              (is_punct (scan, tok (scan, b + 1), ')') || is_punct (scan, tok (scan, b + 1), 0xFF09));
  /* A Latin gloss in Chinese text: the name before it is one too. */
  if (scan->zh && bracketed && b - a < 3)
    {
      DossierNameCandidate glossed;

      if (_dossier_name_zh_glossed_name (scan->s, scan->n, tok (scan, a - 1)->start, &glossed))
        g_array_append_val (scan->out, glossed);
    }

  /* The name's own words decide: "Acme Systems", "Mount Hood". */
  if (evidence >= NAME_EVIDENCE_PLACE)
    return TRUE;
  /* Laws, documents and events: "Entity List", "Davis Cup". */
  if (!first_name && evidence != NAME_EVIDENCE_PERSON &&
      ((first->lex & LEX_EVENT) || (last->lex & LEX_EVENT)))
    return FALSE;
  if (evidence >= NAME_EVIDENCE_FIRST_NAME)
    {
      /* "MM. Farinet et Verneau" */
      if (evidence == NAME_EVIDENCE_PERSON && a == b)
        {
          scan->prev_listed = TRUE;
          scan->prev_list_kind = c->kind;
        }
      return TRUE;
    }

  /* Weak evidence from here: the kind is a guess. */
  /* "North Korean", "South African": part of an adjective */
  if (a == b && (first->lex & LEX_LOC_HEAD) && b + 1 < scan->toks->len &&
      tok (scan, b + 1)->cap && (tok (scan, b + 1)->lex & LEX_DEMONYM))
    return FALSE;
  /* "le jeune Belfortain", "l'Ukrainien": people named after a place */
  if (scan->fr && a == b && is_inhabitant_noun (scan, a))
    return FALSE;
  before = noun_before (scan, a, LEX_ORG_NOUN | LEX_WORK_NOUN | (scan->fr ? LEX_PRODUCT : 0));
  if (before & LEX_ORG_NOUN)
    {
      c->kind = DOSSIER_SPAN_ORGANIZATION;
      c->cue = NAME_CUE_STRONG;
      listed = TRUE;
      goto done;
    }
  if ((before & LEX_WORK_NOUN) || fills_quotes (scan, a, b))
    return FALSE;
  /* Products are named in words, not in capitals: "AMD chips" is the
   * company's. */
  if (evidence != NAME_EVIDENCE_ACRONYM && (scan->fr ? (before & LEX_PRODUCT) != 0 : product_after (scan, b)))
    return FALSE;
  /* Model numbers: "H20", "A100", "MI300". */
  if (a == b && first->has_digit)
    return FALSE;
  if (scan->zh && c->kind == DOSSIER_SPAN_PERSON)
    {
      /* "Pugh女士", "Tarlo说" */
      if (_dossier_name_zh_cue_after (scan, b))
        {
          c->cue = NAME_CUE_STRONG;
          return TRUE;
        }
      /* A Latin name in brackets glosses the name before it,
       * "朱婷（Jutting）", or a title or a common noun, "《土豆怪兽》（Monster
       * Mash）"; outside brackets, a single Latin word in Chinese text
       * is a brand more often than a person. */
      if (bracketed)
        {
          if (!_dossier_name_zh_name_ends_at (scan->s, tok (scan, a - 1)->start))
            return FALSE;
        }
      else if (a == b)
        return FALSE;
    }
  if (noun_of_before (scan, a, LEX_ORG_TITLE) || word_after (scan, b, LEX_ORG_ATTR))
    {
      c->kind = DOSSIER_SPAN_ORGANIZATION;
      goto done;
    }
  if (noun_of_before (scan, a, LEX_PLACE_NOUN))
    {
      c->kind = DOSSIER_SPAN_PLACE;
      c->cue = NAME_CUE_STRONG;
      goto done;
    }
  if (word_after (scan, b, LEX_PLACE_ATTR))
    {
      c->kind = DOSSIER_SPAN_PLACE;
      goto done;
    }
  /* "chez Peugeot" */
  if (scan->fr && a > 0 && folded_is (tok (scan, a - 1), "chez"))
    {
      c->kind = DOSSIER_SPAN_ORGANIZATION;
      goto done;
    }
  if (in_list)
    {
      c->kind = scan->prev_list_kind;
      listed = TRUE;
      goto done;
    }
  if (a == b && is_camel_case (scan, first))
    {
      c->kind = DOSSIER_SPAN_ORGANIZATION;
      goto done;
    }
  /* "La Haye", "Le Mans": no person's name starts with an article. */
  if (c->kind == DOSSIER_SPAN_PERSON && first->cap &&
      (folded_is (first, "la") || folded_is (first, "le") || folded_is (first, "les")))
    c->kind = DOSSIER_SPAN_PLACE;
  /* In French, a person with a particle has a first name ("Charles de
   * Gaulle"); "Vaux des Fossés", "Notre-Dame de Lourdes" are places. */
  if (scan->fr && c->kind == DOSSIER_SPAN_PERSON && evidence == NAME_EVIDENCE_NONE)
    for (i = a + 1; i < b; i++)
      if (!tok (scan, i)->cap && (tok (scan, i)->lex & LEX_PARTICLE))
        {
          c->kind = DOSSIER_SPAN_PLACE;
          break;
        }

done:
  scan->prev_listed = listed;
  scan->prev_list_kind = c->kind;
  return TRUE;
}
