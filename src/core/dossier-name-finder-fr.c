/* dossier-name-finder-fr.c — French names written with common nouns
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-name-finder-private.h"

#include <string.h>

#include "dossier-name-lexicon.h"

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

static gboolean
ends_with (const char *word,
           gsize       len,
           const char *suffix)
{
  gsize ls = strlen (suffix);

  return len > ls + 2 && memcmp (word + len - ls, suffix, ls) == 0;
}

gboolean
_dossier_name_tok_is_french_adjective (const NameTok *t)
{
  static const char * const endings[] = {
    "al", "ale", "ales", "aux", "el", "elle", "elles", "els", "ique", "iques", "aire", "aires",
    "ais", "aise", "aises", "ienne", "iennes", "ien", "iens", "oise", "oises", "if", "ive",
    "ives", "ifs", "eux", "euse", "euses", "ain", "aine", "aines", "ains", NULL
  };
  gsize len;
  guint i;

  if (!t->is_word || t->cap || (t->lex & LEX_STOP))
    return FALSE;
  len = strlen (t->folded);
  for (i = 0; endings[i] != NULL; i++)
    if (ends_with (t->folded, len, endings[i]))
      return TRUE;
  return FALSE;
}

/* In French, the common noun of a street or a building belongs to its
 * name: "rue de la Justice", "parc Verneau", "église Notre-Dame"; so does
 * that of a school or a shop, which are organizations: "école
 * Notre-Dame", "boulangerie Leroy". */
void
_dossier_name_extend_over_facility_noun (NameToks             *toks,
                                         const gunichar       *s,
                                         guint                 a,
                                         const char           *lang,
                                         DossierNameCandidate *c)
{
  static const char * const places[] = {
    "rue", "avenue", "boulevard", "place", "parc", "salle", "centre", "eglise", "chapelle",
    "maison", "cite", "quartier", "pont", "square", "stade", "gymnase", "impasse", "allee",
    "chemin", "quai", "route", "faubourg", "espace", "halle", "jardin", "cours", NULL
  };
  static const char * const establishments[] = {
    "ecole", "college", "lycee", "institution", "boulangerie", "patisserie", "boucherie",
    "charcuterie", "epicerie", "pharmacie", "librairie", "restaurant", "brasserie", "hotel",
    "garage", "clinique", "creche", NULL
  };
  guint k = a, steps = 0, i;
  NameTok *t;

  if (lang == NULL || !g_str_equal (lang, "fr") || c->kind == DOSSIER_SPAN_PERSON)
    return;
  /* Skip "de", "du", "des", "de la", "d'". */
  while (k > 0 && steps < 3)
    {
      t = name_tok_at (toks, s, k - 1);
      if ((t->is_word && !t->cap && (t->lex & LEX_PARTICLE)) ||
          (!t->is_word && is_apostrophe (s[t->start])))
        {
          k--;
          steps++;
        }
      else
        break;
    }
  if (k == 0)
    return;
  t = name_tok_at (toks, s, k - 1);
  if (!t->is_word || t->cap)
    return;
  for (i = 0; places[i] != NULL; i++)
    if (g_str_equal (t->folded, places[i]))
      {
        c->start = t->start;
        c->kind = DOSSIER_SPAN_PLACE;
        c->cue = NAME_CUE_STRONG;
        return;
      }
  /* "l'école de Void" names a place; "l'école Notre-Dame" a school */
  for (i = 0; steps == 0 && establishments[i] != NULL; i++)
    if (g_str_equal (t->folded, establishments[i]))
      {
        c->start = t->start;
        c->kind = DOSSIER_SPAN_ORGANIZATION;
        c->cue = NAME_CUE_STRONG;
        return;
      }
}

/* French writes only the first word of an organization's name with a
 * capital: "Fédération française de judo", "Union nationale des
 * combattants", "Centre communal d'aide sociale". From a capitalised
 * organization word, the name goes on over adjectives and complements
 * ("de", "des", "pour la", "aux" and a noun); returns its last token. */
guint
_dossier_name_extend_french_organization (NameToks       *toks,
                                          const gunichar *s,
                                          guint           b)
{
  guint j = b + 1, end = b;

  while (j < toks->len && j - b <= 12)
    {
      NameTok *t = name_tok_at (toks, s, j);
      gboolean pour, article;
      guint k;

      if (!_dossier_name_toks_spaced (s, name_tok_at (toks, s, j - 1), t))
        break;
      if (_dossier_name_tok_is_french_adjective (t))
        {
          end = j++;
          continue;
        }
      /* a complement: de / d' / des / du / pour / aux, an article, a noun */
      if (!(t->is_word && !t->cap &&
            (g_str_equal (t->folded, "de") || g_str_equal (t->folded, "d") ||
             g_str_equal (t->folded, "des") || g_str_equal (t->folded, "du") ||
             g_str_equal (t->folded, "pour") || g_str_equal (t->folded, "aux"))))
        break;
      pour = g_str_equal (t->folded, "pour");
      article = FALSE;
      k = j + 1;
      if (k < toks->len && !name_tok_at (toks, s, k)->is_word && is_apostrophe (s[name_tok_at (toks, s, k)->start]))
        k++;
      if (k < toks->len && name_tok_at (toks, s, k)->is_word && !name_tok_at (toks, s, k)->cap &&
          (g_str_equal (name_tok_at (toks, s, k)->folded, "la") ||
           g_str_equal (name_tok_at (toks, s, k)->folded, "le") ||
           g_str_equal (name_tok_at (toks, s, k)->folded, "les") ||
           g_str_equal (name_tok_at (toks, s, k)->folded, "l")))
        {
          article = TRUE;
          k++;
          if (k < toks->len && !name_tok_at (toks, s, k)->is_word && is_apostrophe (s[name_tok_at (toks, s, k)->start]))
            k++;
        }
      if (k >= toks->len)
        break;
      t = name_tok_at (toks, s, k);
      if (!t->is_word || t->has_digit || (t->lex & LEX_STOP) || (t->cap && !_dossier_name_tok_is_name_word (t)))
        break;
      /* "de la circonscription", "de l'académie": where it works, not
       * its name ("de la Meuse", "pour la mémoire" are) */
      if (article && !pour && !t->cap)
        break;
      end = j = k;
      j++;
    }
  return end;
}
