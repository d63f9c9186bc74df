/* dossier-figures-currency.c — currencies around a number: signs, codes
 * and words before it, words after it, and which dollar a dollar is
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-figures-private.h"

/* Words before "$": US$, C$, HK$, A$, Mex$ … */
static const struct { const char *word; const char *iso; } dollar_prefixes[] = {
  { "us", "USD" }, { "u.s.", "USD" }, { "c", "CAD" }, { "ca", "CAD" }, { "cad", "CAD" }, { "can", "CAD" },
  { "hk", "HKD" }, { "a", "AUD" }, { "au", "AUD" }, { "aud", "AUD" }, { "mxn", "MXN" }, { "mex", "MXN" },
  { "nz", "NZD" }, { "s", "SGD" }, { "nt", "TWD" }, { "r", "BRL" }, { "usd", "USD" },
};

/* Words that name a currency's country, of one or two words ("Hong Kong",
 * "néo-zélandais"). Bare dollars are US dollars (see dossier-lexicon.c),
 * so every other dollar has to be named here to keep its own code. */
typedef struct
{
  const char *word;
  const char *next;   /* a second word, or NULL */
  const char *iso;
} CurrencyQualifier;

/* Adjectives after a currency word: dollars australiens, francs suisses;
 * also matched without a final s (dollar canadien). */
static const CurrencyQualifier currency_adjectives[] = {
  { "australiens", NULL, "AUD" }, { "canadiens", NULL, "CAD" }, { "americains", NULL, "USD" },
  { "suisses", NULL, "CHF" }, { "hollandais", NULL, "NLG" }, { "finlandais", NULL, "FIM" },
  { "neo", "zelandais", "NZD" }, { "neozelandais", NULL, "NZD" }, { "usd", NULL, "USD" }, { "us", NULL, "USD" },
  { "hk", NULL, "HKD" }, { "c", NULL, "CAD" }, { "can", NULL, "CAD" }, { "australian", NULL, "AUD" },
  { "canadian", NULL, "CAD" }, { "hongkongais", NULL, "HKD" }, { "singapouriens", NULL, "SGD" },
  { "taiwanais", NULL, "TWD" }, { "jamaicains", NULL, "JMD" }, { "bahameens", NULL, "BSD" },
  { "barbadiens", NULL, "BBD" }, { "beliziens", NULL, "BZD" }, { "bermudiens", NULL, "BMD" },
  { "bruneiens", NULL, "BND" }, { "est", "caribeens", "XCD" }, { "fidjiens", NULL, "FJD" },
  { "guyaniens", NULL, "GYD" }, { "liberiens", NULL, "LRD" }, { "namibiens", NULL, "NAD" },
  { "surinamais", NULL, "SRD" }, { "trinidadiens", NULL, "TTD" }, { "zimbabweens", NULL, "ZWL" },
};

/* Places after "dollars de" in the currencies' French names: dollars de
 * Hong Kong, dollars des États-Unis. Canada and Australia are not here:
 * their dollars are "canadiens" and "australiens", and "dollars du Canada"
 * says where the money comes from. */
static const CurrencyQualifier dollar_places[] = {
  { "hong", "kong", "HKD" }, { "singapour", NULL, "SGD" }, { "taiwan", NULL, "TWD" }, { "etats", "unis", "USD" },
};

/* Words before a currency word: US dollars, Hong Kong dollars, New Taiwan
 * dollars, Swiss francs. */
static const CurrencyQualifier currency_before_word[] = {
  { "us", NULL, "USD" }, { "american", NULL, "USD" }, { "australian", NULL, "AUD" },
  { "canadian", NULL, "CAD" }, { "chinese", NULL, "CNY" }, { "japanese", NULL, "JPY" }, { "swiss", NULL, "CHF" },
  { "turkish", NULL, "TRY" }, { "hong", "kong", "HKD" }, { "hk", NULL, "HKD" }, { "singapore", NULL, "SGD" },
  { "singaporean", NULL, "SGD" }, { "taiwan", NULL, "TWD" }, { "taiwanese", NULL, "TWD" }, { "nt", NULL, "TWD" },
  { "new", "taiwan", "TWD" }, { "new", "zealand", "NZD" }, { "nz", NULL, "NZD" }, { "saudi", NULL, "SAR" },
  { "uae", NULL, "AED" }, { "emirati", NULL, "AED" }, { "jamaican", NULL, "JMD" }, { "bahamian", NULL, "BSD" },
  { "barbadian", NULL, "BBD" }, { "barbados", NULL, "BBD" }, { "belize", NULL, "BZD" }, { "bermudian", NULL, "BMD" },
  { "brunei", NULL, "BND" }, { "east", "caribbean", "XCD" }, { "fijian", NULL, "FJD" }, { "fiji", NULL, "FJD" },
  { "guyanese", NULL, "GYD" }, { "liberian", NULL, "LRD" }, { "namibian", NULL, "NAD" }, { "surinamese", NULL, "SRD" },
  { "trinidad", NULL, "TTD" }, { "zimbabwe", NULL, "ZWL" }, { "zimbabwean", NULL, "ZWL" },
};

/* The lengths of the first words of a table of qualifiers, as bits by
 * first letter (with a singular, also one letter shorter): most words
 * after a number name no currency and are turned away unfolded. */
typedef guint32 QualifierFilter[26];

static QualifierFilter adjectives_filter, places_filter, before_word_filter;

static void
build_filter (const CurrencyQualifier *table, gsize n, gboolean singular, QualifierFilter filter)
{
  for (gsize k = 0; k < n; k++)
    {
      gsize len = strlen (table[k].word);

      g_assert (table[k].word[0] >= 'a' && table[k].word[0] <= 'z' && len < 32);
      filter[table[k].word[0] - 'a'] |= 1u << len;
      if (singular && len >= 6 && table[k].word[len - 1] == 's')
        filter[table[k].word[0] - 'a'] |= 1u << (len - 1);
    }
}

static void
ensure_filters (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      build_filter (currency_adjectives, G_N_ELEMENTS (currency_adjectives), TRUE, adjectives_filter);
      build_filter (dollar_places, G_N_ELEMENTS (dollar_places), FALSE, places_filter);
      build_filter (currency_before_word, G_N_ELEMENTS (currency_before_word), FALSE, before_word_filter);
      g_once_init_leave (&once, 1);
    }
}

/* Whether folded @word is @q's first word; with @singular also without
 * its final s. */
static gboolean
qualifier_word_is (const CurrencyQualifier *q, const char *word, gsize len, gboolean singular)
{
  gsize ql;

  if (word[0] != q->word[0])
    return FALSE;
  if (strcmp (word, q->word) == 0)
    return TRUE;
  if (!singular || len < 5)
    return FALSE;
  ql = strlen (q->word);
  return ql == len + 1 && q->word[len] == 's' && strncmp (word, q->word, len) == 0;
}

/* The qualifier of @table at token @j (its second word after a blank or a
 * hyphen): its last token, or −1. */
static int
qualifier_at (const DossierTokens *tokens, guint j, const CurrencyQualifier *table, gsize n, gboolean singular,
              const guint32 *filter, const char **iso)
{
  char fw[32];
  gsize fl;
  guchar c;
  guint len;

  if (!is_type (tokens, j, DOSSIER_TOKEN_WORD))
    return -1;
  /* a letter folds to one letter: an ASCII first letter and the length
   * must be those of a qualifier */
  c = (guchar) tokens->text[TOK (j)->b0];
  len = TOK (j)->c1 - TOK (j)->c0;
  ensure_filters ();
  if (c < 0x80 && (len >= 32 || !((filter[(c | 0x20) - 'a'] >> len) & 1)))
    return -1;
  if ((fl = dossier_tokens_fold (tokens, j, fw, sizeof fw)) == 0)
    return -1;
  for (gsize k = 0; k < n; k++)
    {
      guint m;

      if (!qualifier_word_is (&table[k], fw, fl, singular))
        continue;
      if (table[k].next == NULL)
        {
          *iso = table[k].iso;
          return (int) j;
        }
      m = j + 1;
      if (is_punct (tokens, m, '-') && adjacent_tokens (tokens, j, m))
        m++;
      else
        m = skip_space (tokens, m);
      if (word_is (tokens, m, table[k].next))
        {
          *iso = table[k].iso;
          return (int) m;
        }
    }
  return -1;
}

/* "U.S." (four tokens) at @j: its last token, or −1. */
static int
us_abbreviation_at (const DossierTokens *tokens, guint j)
{
  if (is_type (tokens, j, DOSSIER_TOKEN_WORD) && TOK (j)->b1 - TOK (j)->b0 == 1 && is_punct (tokens, j + 1, '.') &&
      word_is (tokens, j, "u") && word_is (tokens, j + 2, "s") && is_punct (tokens, j + 3, '.') &&
      adjacent_tokens (tokens, j, j + 1) && adjacent_tokens (tokens, j + 1, j + 2) && adjacent_tokens (tokens, j + 2, j + 3))
    return (int) j + 3;
  return -1;
}

static gboolean
is_dollar_word (const DossierTokens *tokens, guint j)
{
  return word_is (tokens, j, "dollars") || word_is (tokens, j, "dollar");
}

/* "dollars de Hong Kong", "dollars des États-Unis": the last token, or −1. */
static int
dollar_place_after (const DossierTokens *tokens, guint m, const char **iso)
{
  guint k;

  if (!(word_is (tokens, m, "de") || word_is (tokens, m, "des")))
    return -1;
  k = skip_space (tokens, m + 1);
  if (k == m + 1)
    return -1;
  return qualifier_at (tokens, k, dollar_places, G_N_ELEMENTS (dollar_places), FALSE, places_filter, iso);
}

/* A currency sign at token @i ($ € £ ¥ …), with the ISO code it implies
 * when it implies one. */
gboolean
_dossier_figures_currency_sign (const DossierTokens *tokens, guint i, const char **iso)
{
  if (!is_type (tokens, i, DOSSIER_TOKEN_PUNCT))
    return FALSE;
  switch (TOK (i)->ch)
    {
    case '$': *iso = "USD"; return TRUE;
    case 0x20AC: *iso = "EUR"; return TRUE;
    case 0xA3: case 0xFFE1: *iso = "GBP"; return TRUE;
    case 0xA5: case 0xFFE5: *iso = "CNY"; return TRUE;
    case 0x20A9: *iso = "KRW"; return TRUE;
    case 0x20B9: *iso = "INR"; return TRUE;
    case 0x20BD: *iso = "RUB"; return TRUE;
    case 0x20A1: *iso = "CRC"; return TRUE;
    case 0x20AD: *iso = "LAK"; return TRUE;
    case 0x20BA: *iso = "TRY"; return TRUE;
    default: return FALSE;
    }
}

/* The currency written before the number ending at @first − 1; sets
 * *start to its first token. */
gboolean
_dossier_figures_currency_before (const DossierTokens *tokens, const DossierLexicon *lexicon, guint first,
                 guint *start, const char **iso)
{
  guint j;
  int last;

  if (first == 0)
    return FALSE;
  j = first - 1;
  if (inline_space (tokens, j) && j > 0)
    j--;
  if (_dossier_figures_currency_sign (tokens, j, iso))
    {
      *start = j;
      /* US$, C $, HK$, mxn$ */
      if (j > 0)
        {
          guint w = j - 1;
          if (inline_space (tokens, w) && w > 0 && TOK (w)->c1 - TOK (w)->c0 == 1)
            w--;
          if (is_type (tokens, w, DOSSIER_TOKEN_WORD) && TOK (j)->ch == '$')
            {
              char buf[16];
              if (dossier_tokens_fold (tokens, w, buf, sizeof buf) > 0)
                for (gsize k = 0; k < G_N_ELEMENTS (dollar_prefixes); k++)
                  if (strcmp (buf, dollar_prefixes[k].word) == 0 &&
                      (w + 1 == j || (TOK (w)->b1 - TOK (w)->b0 == 1 && (buf[0] == 'c'))))
                    {
                      /* a one-letter prefix must not be the end of a longer word */
                      if (w > 0 && is_type (tokens, w - 1, DOSSIER_TOKEN_PUNCT) && TOK (w - 1)->ch == '\'')
                        break;
                      *iso = dollar_prefixes[k].iso;
                      *start = w;
                      break;
                    }
            }
        }
      return TRUE;
    }
  /* USD 200, GBP 350: a three-letter code */
  if (is_type (tokens, j, DOSSIER_TOKEN_WORD))
    {
      const DossierLexEntry *e = LEX (j);
      if (e->currency != NULL && e->currency[0] != '\0' &&
          ((TOK (j)->b1 - TOK (j)->b0 == 3 && e->currency_factor == 1) ||
           (TOK (j)->b1 - TOK (j)->b0 == 4 && e->currency_factor > 1)))
        {
          *iso = e->currency;
          *start = j;
          return TRUE;
        }
    }
  /* 人民币 50元 */
  if (j >= 2 && (last = _dossier_figures_match_cjk (tokens, j - 2, "人民币")) == (int) j)
    {
      *iso = "CNY";
      *start = j - 2;
      return TRUE;
    }
  return FALSE;
}

/* A currency written after the number: dollars, $, euros, 美元, millions de
 * dollars australiens. Returns the last token, or −1. */
int
_dossier_figures_currency_after (const DossierTokens *tokens, const DossierLexicon *lexicon, const FigureNext *next,
                                 const char **iso, double *factor, gboolean *is_unit_too)
{
  guint after = next->after, j = next->j;
  int last;

  *factor = 1;
  *is_unit_too = FALSE;
  if (next->suffix && next->suffix->kind == SUF_CURRENCY)
    {
      *iso = next->suffix->code;
      return next->suffix_last;
    }
  /* French "de dollars", "de $", "d'euros"; also in English notes that
   * quote French amounts (the English lexicon does not know "de") */
  if (is_type (tokens, j, DOSSIER_TOKEN_WORD) &&
      ((LEX (j)->flags & DOSSIER_LEX_OF) ||
       (TOK (j)->b1 - TOK (j)->b0 <= 2 && (word_is (tokens, j, "de") || word_is (tokens, j, "d")))))
    {
      guint k = j + 1;
      if (is_punct (tokens, k, '\''))
        k++;
      k = skip_space (tokens, k);
      if ((is_type (tokens, k, DOSSIER_TOKEN_WORD) && LEX (k)->currency != NULL && LEX (k)->currency_factor == 1) ||
          _dossier_figures_currency_sign (tokens, k, iso))
        j = k;
    }
  if (is_punct (tokens, j, '-') && is_type (tokens, j + 1, DOSSIER_TOKEN_WORD) && j == after)
    j++;   /* 12-cent, one-yen */
  /* "us dollars", "U.S. dollars", "Hong Kong dollars", "chinese yuan" */
  if (is_type (tokens, j, DOSSIER_TOKEN_WORD) && LEX (j)->currency == NULL)
    {
      const char *named = "USD";
      guint m = j;

      last = us_abbreviation_at (tokens, j);
      if (last < 0)
        last = qualifier_at (tokens, j, currency_before_word, G_N_ELEMENTS (currency_before_word), FALSE,
                             before_word_filter, &named);
      if (last >= 0)
        m = skip_space (tokens, last + 1);
      if (last >= 0 && m > (guint) last + 1 && is_type (tokens, m, DOSSIER_TOKEN_WORD) && LEX (m)->currency != NULL)
        {
          *iso = named;
          *factor = LEX (m)->currency_factor;   /* US cents */
          /* "Chinese renminbi", and the yuan whatever the adjective says */
          if (LEX (m)->currency[0] != '\0' && strcmp (named, "USD") != 0 && strcmp (LEX (m)->currency, "CNY") == 0)
            *iso = LEX (m)->currency;
          return (int) m;
        }
    }
  if (is_type (tokens, j, DOSSIER_TOKEN_WORD) && LEX (j)->currency != NULL)
    {
      const DossierLexEntry *e = LEX (j);
      const char *qualified;
      int ql;
      guint m;

      *iso = e->currency[0] ? e->currency : NULL;
      *factor = e->currency_factor;
      *is_unit_too = e->unit != NULL;
      last = (int) j;
      /* dollars australiens, francs suisses, dollar canadien, dollars de
       * Hong Kong */
      m = skip_space (tokens, j + 1);
      if (m > j + 1 &&
          ((ql = qualifier_at (tokens, m, currency_adjectives, G_N_ELEMENTS (currency_adjectives), TRUE,
                               adjectives_filter, &qualified)) >= 0 ||
           (is_dollar_word (tokens, j) && (ql = dollar_place_after (tokens, m, &qualified)) >= 0)))
        {
          *iso = qualified;
          last = ql;
        }
      return last;
    }
  if (_dossier_figures_currency_sign (tokens, j, iso))
    {
      guint m = j + 1;
      last = (int) j;
      /* 16,4 millions de $ c, 10,05 milliards de $ hk, 150 millions de $ usd */
      if (inline_space (tokens, m) && TOK (m)->c1 - TOK (m)->c0 == 1 && is_type (tokens, m + 1, DOSSIER_TOKEN_WORD) &&
          !(m + 2 < tokens->n && TOK (m + 2)->type == DOSSIER_TOKEN_PUNCT && TOK (m + 2)->ch == '\''))
        {
          char buf[16];
          if (dossier_tokens_fold (tokens, m + 1, buf, sizeof buf) > 0)
            for (gsize k = 0; k < G_N_ELEMENTS (currency_adjectives); k++)
              if (strcmp (buf, currency_adjectives[k].word) == 0 && strlen (buf) <= 3 && currency_adjectives[k].next == NULL)
                {
                  *iso = currency_adjectives[k].iso;
                  last = (int) (m + 1);
                  break;
                }
        }
      if (TOK (j)->ch == '$' && last == (int) j)
        *iso = NULL;   /* a lone "$" after the amount names no one currency */
      return last;
    }
  return -1;
}
