/* dossier-figures.c
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each number found by dossier-numbers is looked at once: what stands
 * before it (a currency sign, 百分之) and what follows (a currency, %, a
 * unit, a classifier and a counted noun) decide its kind.
 */
#include "dossier-figures-private.h"

#include "dossier-char-bits.h"
#include "dossier-span-private.h"

/* @unit and @item may be NULL. */
static DossierSpan *
make_span (const DossierTokens *tokens, DossierSpanKind kind, guint first, guint last,
           const DossierNumber *n, double factor, const char *unit, const char *item)
{
  gsize b0 = tokens->tok[first].b0, b1 = tokens->tok[last].b1;
  DossierSpan *span = _dossier_span_new_packed (kind, TOK (first)->c0, TOK (last)->c1,
                                                tokens->text + b0, b1 - b0, unit, item,
                                                NULL, NULL, NULL);

  if (n->flags & DOSSIER_NUMBER_APPROX)
    dossier_span_set_range (span, n->min * factor, n->max * factor);
  else
    dossier_span_set_value (span, n->value * factor);
  return span;
}

static gboolean
is_chinese_text (const char *lang)
{
  return lang == NULL || strcmp (lang, "zh") == 0 || strcmp (lang, "ja") == 0 || strcmp (lang, "und") == 0;
}

/* 百分之二十, 千分之一 at @i: the percent span, or NULL. */
static DossierSpan *
percent_before (const DossierTokens *tokens, const DossierLexicon *lexicon, guint i, const char *lang,
                guint *next)
{
  static const struct { const char *text; double factor; } prefixes[] = {
    { "百万分之", 1e-4 }, { "百萬分之", 1e-4 }, { "万万分之", 1e-6 }, { "萬萬分之", 1e-6 },
    { "百分之", 1 }, { "佰分之", 1 }, { "千分之", 0.1 }, { "万分之", 0.01 }, { "萬分之", 0.01 },
  };

  for (gsize k = 0; k < G_N_ELEMENTS (prefixes); k++)
    {
      int last = _dossier_figures_match_cjk (tokens, i, prefixes[k].text);
      DossierNumber n;
      guint s;

      if (last < 0)
        continue;
      s = skip_space (tokens, last + 1);
      if (_dossier_figures_match_cjk (tokens, s, "百") == (int) s && !(s + 1 < tokens->n && dossier_cjk_digit (TOK (s + 1)->ch) >= 0))
        {
          DossierNumber hundred = { .value = 100, .min = 100, .max = 100 };
          *next = s + 1;
          return make_span (tokens, DOSSIER_SPAN_PERCENT, i, s, &hundred, prefixes[k].factor, NULL, NULL);
        }
      if (dossier_number_parse (tokens, lexicon, s, lang, &n))
        {
          *next = n.last + 1;
          return make_span (tokens, DOSSIER_SPAN_PERCENT, i, n.last, &n, prefixes[k].factor, NULL, NULL);
        }
    }
  return NULL;
}

/* The readers of what follows a number, from token @after. */
static int
currency_after (const DossierTokens *tokens, const DossierLexicon *lexicon, guint after, const char **iso,
                double *factor, gboolean *is_unit_too)
{
  FigureNext next;

  _dossier_figures_next (tokens, after, &next);
  return _dossier_figures_currency_after (tokens, lexicon, &next, iso, factor, is_unit_too);
}

static int
unit_after (const DossierTokens *tokens, const DossierLexicon *lexicon, guint after, const char **unit)
{
  FigureNext next;

  _dossier_figures_next (tokens, after, &next);
  return _dossier_figures_unit_after (tokens, lexicon, &next, unit);
}

/* "15 dollars 50", "17 USD 25", "thirteen dollars and forty-five cents":
 * minor units after the currency. Returns the last token or −1. */
static int
minor_after (const DossierTokens *tokens, const DossierLexicon *lexicon, guint after, const char *lang,
             double *value)
{
  guint j = skip_space (tokens, after);
  DossierNumber m;
  int last;

  if (j == after)
    return -1;
  if (is_type (tokens, j, DOSSIER_TOKEN_WORD) && (LEX (j)->flags & DOSSIER_LEX_AND))
    j = skip_space (tokens, j + 1);
  if (!dossier_number_can_start (tokens, lexicon, j) || !dossier_number_parse (tokens, lexicon, j, lang, &m))
    return -1;
  /* "quarante-cinq cents": the cents, not forty-five hundred */
  if (m.value >= 100 && is_type (tokens, m.last, DOSSIER_TOKEN_WORD) && LEX (m.last)->currency_factor == 0.01 &&
      m.last > j)
    {
      DossierTokens view = *tokens;
      guint cents = m.last;

      view.n = cents;
      if (!dossier_number_parse (&view, lexicon, j, lang, &m) || skip_space (tokens, m.last + 1) != cents)
        return -1;
    }
  if ((m.flags & (DOSSIER_NUMBER_APPROX | DOSSIER_NUMBER_NEGATIVE | DOSSIER_NUMBER_DECIMAL | DOSSIER_NUMBER_SCALE)) ||
      m.value < 1 || m.value >= 100)
    return -1;
  last = (int) m.last;
  {
    guint k = skip_space (tokens, m.last + 1);
    const char *sign;
    if (is_type (tokens, k, DOSSIER_TOKEN_WORD) && LEX (k)->currency != NULL && LEX (k)->currency_factor < 1)
      last = (int) k;
    else if (_dossier_figures_currency_sign (tokens, k, &sign) || (is_type (tokens, k, DOSSIER_TOKEN_WORD) && LEX (k)->currency != NULL))
      return -1;   /* "10 $ 30 $": two amounts */
    else if (k < tokens->n && (is_type (tokens, k, DOSSIER_TOKEN_WORD) || is_type (tokens, k, DOSSIER_TOKEN_DIGITS) ||
                               is_type (tokens, k, DOSSIER_TOKEN_CJK)))
      return -1;   /* "15 dollars 50 times" */
  }
  *value = m.value / 100;
  return last;
}

/* The inches after feet, the ounces after pounds: "5 feet 2 inches",
 * "5 ft 2 in", "5 feet and 2 inches", "7 lb 3 oz". Returns the last token
 * or −1; *value is the smaller amount in the larger unit. */
static int
smaller_unit_after (const DossierTokens *tokens, const DossierLexicon *lexicon, guint after, const char *unit,
                    const char *lang, double *value)
{
  const char *small = NULL;
  double ratio;
  guint j = skip_space (tokens, after);
  DossierNumber m;

  if (strcmp (unit, "foot") == 0)
    {
      small = "inch";
      ratio = 12;
    }
  else if (strcmp (unit, "pound") == 0)
    {
      small = "ounce";
      ratio = 16;
    }
  else
    return -1;
  if (j == after)
    return -1;
  if (is_type (tokens, j, DOSSIER_TOKEN_WORD) && (LEX (j)->flags & DOSSIER_LEX_AND))
    j = skip_space (tokens, j + 1);
  if (!dossier_number_can_start (tokens, lexicon, j) || !dossier_number_parse (tokens, lexicon, j, lang, &m) ||
      (m.flags & (DOSSIER_NUMBER_APPROX | DOSSIER_NUMBER_NEGATIVE | DOSSIER_NUMBER_SCALE)) || m.value >= ratio)
    return -1;
  j = skip_space (tokens, m.last + 1);
  if (!(is_type (tokens, j, DOSSIER_TOKEN_WORD) &&
        ((LEX (j)->unit != NULL && strcmp (LEX (j)->unit, small) == 0) || (ratio == 12 && word_is (tokens, j, "in")))))
    return -1;
  *value = m.value / ratio;
  return (int) j;
}

/* "$5 billion and 3 million euros", "$5 billion and 30 euros", "$5
 * billion and 3 firms": after a currency and a scale word, what follows
 * "and" is a second figure when it has its own scale word or its own
 * currency, or is written in digits; "two hundred and five" and "five
 * billion and three quarters" stay one number. Cuts @n before that "and";
 * returns whether it did. */
static gboolean
cut_second_amount (const DossierTokens *tokens, const DossierLexicon *lexicon, const char *lang, DossierNumber *n)
{
  for (guint k = n->first + 1; k < n->last; k++)
    {
      DossierNumber second, first;
      DossierTokens view;
      const char *iso;
      double factor;
      gboolean unit_too;
      guint before = k - 1, s;

      if (!is_type (tokens, k, DOSSIER_TOKEN_WORD) || !(LEX (k)->flags & DOSSIER_LEX_AND))
        continue;
      while (before > n->first && inline_space (tokens, before))
        before--;
      if (!is_type (tokens, before, DOSSIER_TOKEN_WORD) || LEX (before)->num_kind != 3)
        continue;
      s = skip_space (tokens, k + 1);
      if (!dossier_number_parse (tokens, lexicon, s, lang, &second))
        continue;
      if (!(second.flags & DOSSIER_NUMBER_SCALE) &&
          !((second.flags & DOSSIER_NUMBER_DIGITS) && !(second.flags & DOSSIER_NUMBER_WORDS)) &&
          currency_after (tokens, lexicon, second.last + 1, &iso, &factor, &unit_too) < 0)
        continue;
      view = *tokens;
      view.n = k;
      if (!dossier_number_parse (&view, lexicon, n->first, lang, &first) || first.last >= k)
        return FALSE;
      *n = first;
      return TRUE;
    }
  return FALSE;
}

static void
classify (const DossierTokens *tokens, const DossierLexicon *lexicon, const char *lang,
          DossierNumber *n, guint min_start, GPtrArray *spans)
{
  const char *iso = NULL;
  const char *unit = NULL;
  const char *item = NULL;
  double factor = 1;
  gboolean unit_too = FALSE;
  FigureNext next;
  guint start;
  int last;

  /* money: sign or code before */
  if (_dossier_figures_currency_before (tokens, lexicon, n->first, &start, &iso) && start >= min_start)
    {
      DossierSpan *span;
      const char *iso2 = NULL;
      int l2;
      guint end;

      if ((n->flags & DOSSIER_NUMBER_SCALE) && n->last > n->first)
        cut_second_amount (tokens, lexicon, lang, n);
      l2 = currency_after (tokens, lexicon, n->last + 1, &iso2, &factor, &unit_too);
      end = n->last;

      /* 人民币 50元: the sign and the word name the same thing */
      if (l2 >= 0 && iso2 != NULL && g_strcmp0 (iso2, iso) == 0)
        end = l2;
      /* MEUR 60: a code that counts in millions */
      factor = is_type (tokens, start, DOSSIER_TOKEN_WORD) && LEX (start)->currency_factor > 1 ? LEX (start)->currency_factor : 1;
      span = make_span (tokens, DOSSIER_SPAN_MONEY, start, end, n, factor, iso, NULL);
      g_ptr_array_add (spans, span);
      return;
    }

  /* what follows the number, for the readers below */
  _dossier_figures_next (tokens, n->last + 1, &next);
  if ((last = _dossier_figures_percent_after (tokens, lexicon, &next)) >= 0)
    {
      g_ptr_array_add (spans, make_span (tokens, DOSSIER_SPAN_PERCENT, n->first, last, n, 1, NULL, NULL));
      return;
    }

  if ((last = _dossier_figures_currency_after (tokens, lexicon, &next, &iso, &factor, &unit_too)) >= 0)
    {
      DossierSpan *span;

      /* 50元6角三分, 两美元又三美分: smaller coins after the amount */
      if (TOK (last)->type == DOSSIER_TOKEN_CJK && !(n->flags & (DOSSIER_NUMBER_APPROX | DOSSIER_NUMBER_SCALE)))
        {
          double extra = 0;
          guint k = last + 1, end = last;
          DossierNumber m;
          if (is_type (tokens, k, DOSSIER_TOKEN_CJK) && TOK (k)->ch == 0x53C8)   /* 又 */
            k++;
          while (k < tokens->n && dossier_number_can_start (tokens, lexicon, k) &&
                 dossier_number_parse (tokens, lexicon, k, lang, &m) && m.value >= 1 && m.value < 100 &&
                 !(m.flags & (DOSSIER_NUMBER_APPROX | DOSSIER_NUMBER_SCALE | DOSSIER_NUMBER_DECIMAL)))
            {
              guint u = m.last + 1;
              double f;
              if (!is_type (tokens, u, DOSSIER_TOKEN_CJK))
                break;
              if (TOK (u)->ch == 0x89D2 || TOK (u)->ch == 0x6BDB)        /* 角 毛 */
                f = 0.1;
              else if (TOK (u)->ch == 0x5206)                            /* 分 */
                f = 0.01;
              else if (_dossier_figures_match_cjk (tokens, u, "美分") >= 0)
                {
                  f = 0.01;
                  u++;
                }
              else
                break;
              extra += m.value * f;
              end = u;
              k = u + 1;
            }
          if (end > (guint) last)
            {
              DossierNumber total = *n;
              total.value = total.min = total.max = n->value + extra;
              span = make_span (tokens, DOSSIER_SPAN_MONEY, n->first, end, &total, 1, iso, NULL);
              g_ptr_array_add (spans, span);
              return;
            }
        }

      /* "two pounds" weighs, "361 millions de livres" pays */
      if (unit_too && !(n->flags & DOSSIER_NUMBER_SCALE))
        goto quantity;
      /* "75 USD million", "20 EUR billion": the scale after the code */
      if (!(n->flags & DOSSIER_NUMBER_SCALE) && factor == 1 && TOK (last)->type == DOSSIER_TOKEN_WORD &&
          TOK (last)->b1 - TOK (last)->b0 == 3 && iso != NULL)
        {
          guint k = skip_space (tokens, last + 1);
          if (k > (guint) last + 1 && is_type (tokens, k, DOSSIER_TOKEN_WORD) && LEX (k)->num_kind == 3 &&
              LEX (k)->num >= 1000)
            {
              factor = LEX (k)->num;
              last = (int) k;
            }
        }
      /* a minor unit alone keeps the amount as written: 50 cents; one
       * of a named currency counts in it: 50 US cents; a multiple
       * counts: 120 MEUR */
      if (factor < 1 && iso == NULL)
        factor = 1;
      else if (factor < 1)
        ;
      else if (factor > 1)
        ;
      else if (!(n->flags & (DOSSIER_NUMBER_SCALE | DOSSIER_NUMBER_DECIMAL | DOSSIER_NUMBER_APPROX)))
        {
          double minor;
          int ml = minor_after (tokens, lexicon, last + 1, lang, &minor);
          if (ml >= 0)
            {
              DossierNumber total = *n;
              total.value = total.min = total.max = n->value + minor;
              span = make_span (tokens, DOSSIER_SPAN_MONEY, n->first, ml, &total, 1, iso, NULL);
              g_ptr_array_add (spans, span);
              return;
            }
        }
      span = make_span (tokens, DOSSIER_SPAN_MONEY, n->first, last, n, factor, iso, NULL);
      g_ptr_array_add (spans, span);
      return;
    }

quantity:
  /* 1/4 mile, 10 1/2 miles */
  if ((n->flags & DOSSIER_NUMBER_PLAIN) && is_punct (tokens, n->last + 1, '/') &&
      is_type (tokens, n->last + 2, DOSSIER_TOKEN_DIGITS) && TOK (n->last + 2)->ch <= 2 && TOK (n->last + 2)->num > 0 &&
      (last = unit_after (tokens, lexicon, n->last + 3, &unit)) >= 0)
    {
      DossierNumber frac = *n;
      guint first = n->first;
      double v = n->value / (double) TOK (n->last + 2)->num;
      if (first >= 2 && inline_space (tokens, first - 1) && is_type (tokens, first - 2, DOSSIER_TOKEN_DIGITS) &&
          first - 2 >= min_start)
        {
          v += (double) TOK (first - 2)->num;
          first -= 2;
        }
      frac.value = frac.min = frac.max = v;
      {
        DossierSpan *span = make_span (tokens, DOSSIER_SPAN_QUANTITY, first, last, &frac, 1, unit, NULL);
        g_ptr_array_add (spans, span);
      }
      return;
    }
  if ((last = _dossier_figures_unit_after (tokens, lexicon, &next, &unit)) >= 0)
    {
      DossierSpan *span;
      const char *per;
      int pl;
      double sub;

      /* 5 feet 2 inches, 7 lb 3 oz: one length or weight */
      if ((pl = smaller_unit_after (tokens, lexicon, last + 1, unit, lang, &sub)) >= 0)
        {
          DossierNumber total = *n;
          total.value = total.min = total.max = n->value + sub;
          span = make_span (tokens, DOSSIER_SPAN_QUANTITY, n->first, pl, &total, 1, unit, NULL);
          g_ptr_array_add (spans, span);
          return;
        }
      /* 60 km/h, 50 meters per millisecond, 188 miles à l'heure */
      if (TOK (last)->type == DOSSIER_TOKEN_WORD && (pl = _dossier_figures_per_unit_after (tokens, lexicon, last + 1, &per)) >= 0)
        {
          g_autofree char *rate = g_strdup_printf ("%s per %s", unit, per);

          span = make_span (tokens, DOSSIER_SPAN_QUANTITY, n->first, pl, n, 1, rate, NULL);
          g_ptr_array_add (spans, span);
          return;
        }
      span = make_span (tokens, DOSSIER_SPAN_QUANTITY, n->first, last, n, 1, unit, NULL);
      if (TOK (last)->type == DOSSIER_TOKEN_CJK && TOK (last)->ch == 0x534A)
        {
          if (span->flags & DOSSIER_SPAN_HAS_RANGE)
            dossier_span_set_range (span, span->value_min + 0.5, span->value_max + 0.5);
          else
            dossier_span_set_value (span, span->value + 0.5);
        }
      g_ptr_array_add (spans, span);
      return;
    }

  /* 成 and 折 in Chinese: tenths */
  if (is_chinese_text (lang) && (n->flags & (DOSSIER_NUMBER_CJK | DOSSIER_NUMBER_DIGITS | DOSSIER_NUMBER_SCALE)))
    {
      int l = next.suffix_last;
      const CjkWord *w = next.suffix;

      if (w && w->kind == SUF_CHENG && n->value > 0 && n->value <= 10)
        {
          DossierNumber pct = *n;
          guint k = skip_space (tokens, l + 1);
          int d = is_type (tokens, k, DOSSIER_TOKEN_CJK) ? dossier_cjk_digit (TOK (k)->ch) : -1;

          pct.value = pct.min = pct.max = n->value * 10;
          /* 七成六 = 76 % */
          if (d > 0 && !(is_type (tokens, k + 1, DOSSIER_TOKEN_CJK) && dossier_cjk_unit (TOK (k + 1)->ch) > 0))
            {
              pct.value = pct.min = pct.max = pct.value + d;
              l = (int) k;
            }
          g_ptr_array_add (spans, make_span (tokens, DOSSIER_SPAN_PERCENT, n->first, l, &pct, 1, NULL, NULL));
          return;
        }
      if (w && w->kind == SUF_ZHE && n->value > 0 && n->value < 100 && n->value != 10 &&
          !(is_type (tokens, l + 1, DOSSIER_TOKEN_CJK) &&
            (TOK (l + 1)->ch == 0x5408 || TOK (l + 1)->ch == 0x7B97 || TOK (l + 1)->ch == 0x65E7 ||
             TOK (l + 1)->ch == 0x53E0 || TOK (l + 1)->ch == 0x6263 || TOK (l + 1)->ch == 0x78E8 ||
             TOK (l + 1)->ch == 0x5C04)))
        {
          DossierNumber pct = *n;
          pct.value = pct.min = pct.max = n->value < 10 ? n->value * 10 : n->value;
          g_ptr_array_add (spans, make_span (tokens, DOSSIER_SPAN_PERCENT, n->first, l, &pct, 1, NULL, NULL));
          return;
        }
    }

  /* 三块 before a stop is three yuan; 三块芯片 counts chips */
  if (is_chinese_text (lang) && is_type (tokens, n->last + 1, DOSSIER_TOKEN_CJK) && TOK (n->last + 1)->ch == 0x5757 &&
      !(n->flags & DOSSIER_NUMBER_APPROX) &&
      (n->last + 2 >= tokens->n || tokens->tok[n->last + 2].type == DOSSIER_TOKEN_PUNCT ||
       tokens->tok[n->last + 2].type == DOSSIER_TOKEN_SPACE))
    {
      DossierSpan *span = make_span (tokens, DOSSIER_SPAN_MONEY, n->first, n->last + 1, n, 1, "CNY", NULL);
      g_ptr_array_add (spans, span);
      return;
    }
  if ((last = _dossier_figures_item_after (tokens, lexicon, &next, &item)) >= 0)
    {
      DossierSpan *span = make_span (tokens, DOSSIER_SPAN_QUANTITY, n->first, last, n, 1, NULL, item);
      g_ptr_array_add (spans, span);
      return;
    }

  if (_dossier_figures_followed_by_date_word (tokens, lexicon, &next))
    return;

  /* other numbers worth showing: with a scale word, or written out */
  if ((n->flags & (DOSSIER_NUMBER_SCALE | DOSSIER_NUMBER_APPROX)) ||
      ((n->flags & DOSSIER_NUMBER_CJK) && !(n->flags & DOSSIER_NUMBER_SEQUENCE) && n->last > n->first) ||
      ((n->flags & DOSSIER_NUMBER_WORDS) && n->last > n->first + 1) ||
      (n->flags & DOSSIER_NUMBER_GROUPED && n->value >= 10000))
    g_ptr_array_add (spans, make_span (tokens, DOSSIER_SPAN_NUMBER, n->first, n->last, n, 1, NULL, NULL));
}

/* The Chinese characters a figure can start at, as bits: numerals, the
 * signs 负 負, 数 几 幾 上 (dossier_number_can_start()) and 对 半 (对折,
 * 半成). Asked at every Chinese character. */
static gboolean
cjk_figure_may_start (gunichar c)
{
  static const gunichar others[] = { 0x8D1F, 0x8CA0, 0x6570, 0x51E0, 0x5E7E, 0x4E0A, 0x5BF9, 0x534A };

  if (dossier_cjk_is_numeral (c))
    return TRUE;
  for (gsize k = 0; k < G_N_ELEMENTS (others); k++)
    if (c == others[k])
      return TRUE;
  return FALSE;
}

static DossierCharBits cjk_figure_starts = DOSSIER_CHAR_BITS_INIT (0x3000, 0xA000, cjk_figure_may_start);

gboolean
_dossier_figures_cjk_may_start (gunichar c)
{
  return dossier_char_bits_has (&cjk_figure_starts, c);
}

void
dossier_figures_scan (const DossierTokens  *tokens,
                      const DossierLexicon *lexicon,
                      const char           *lang,
                      GPtrArray            *spans)
{
  guint i = 0, covered = 0, n_word_starts, n_tokens = tokens->n;
  const guint8 *word_starts;

  g_return_if_fail (tokens != NULL);
  g_return_if_fail (spans != NULL);

  word_starts = _dossier_number_word_starts (lexicon, &n_word_starts);

  for (;;)
    {
      const DossierToken *t;
      DossierNumber n;

      /* Most tokens start nothing: blanks, most words and Chinese
       * characters, punctuation other than a minus or a fraction (what
       * dossier_number_can_start() and the Chinese percents below say no
       * to). They are passed over in this loop, with one test each. */
      for (const DossierToken *tok = tokens->tok; i < n_tokens; i++)
        {
          t = &tok[i];
          if (t->type == DOSSIER_TOKEN_DIGITS)
            break;
          if (t->type == DOSSIER_TOKEN_WORD)
            {
              if (t->kw < n_word_starts && word_starts[t->kw])
                break;
            }
          else if (t->type == DOSSIER_TOKEN_CJK)
            {
              if (dossier_char_bits_has (&cjk_figure_starts, t->ch))
                break;
            }
          else if (t->type == DOSSIER_TOKEN_PUNCT && (t->ch == '-' || t->ch >= 0xBC))
            break;
        }
      if (i >= n_tokens)
        break;
      t = TOK (i);
      if (t->type == DOSSIER_TOKEN_CJK && (t->ch == 0x767E || t->ch == 0x4F70 || t->ch == 0x5343 ||
                                            t->ch == 0x4E07 || t->ch == 0x842C))
        {
          guint next;
          DossierSpan *span = percent_before (tokens, lexicon, i, lang, &next);
          if (span != NULL)
            {
              g_ptr_array_add (spans, span);
              i = next;
              continue;
            }
        }
      if (t->type == DOSSIER_TOKEN_CJK && (t->ch == 0x5BF9 || t->ch == 0x534A) && i + 1 < tokens->n &&
          TOK (i + 1)->type == DOSSIER_TOKEN_CJK)
        {
          /* 对折 = 50 %, 半成 = 5 % */
          gunichar nx = TOK (i + 1)->ch;
          if ((t->ch == 0x5BF9 && nx == 0x6298 && !(i > 0 && TOK (i - 1)->type == DOSSIER_TOKEN_CJK &&
                                                     TOK (i - 1)->ch != 0x6253)) ||
              (t->ch == 0x534A && nx == 0x6210))
            {
              DossierNumber pct = { .value = t->ch == 0x5BF9 ? 50 : 5 };
              if (!(i + 2 < tokens->n && TOK (i + 2)->type == DOSSIER_TOKEN_CJK && t->ch == 0x5BF9 &&
                    (TOK (i + 2)->ch == 0x5408)))
                {
                  pct.min = pct.max = pct.value;
                  g_ptr_array_add (spans, make_span (tokens, DOSSIER_SPAN_PERCENT, i, i + 1, &pct, 1, NULL, NULL));
                  i += 2;
                  continue;
                }
            }
        }
      if (!dossier_number_can_start (tokens, lexicon, i) ||
          !dossier_number_parse (tokens, lexicon, i, lang, &n))
        {
          i++;
          continue;
        }
      if (n.flags & DOSSIER_NUMBER_GLUED)
        {
          const char *iso;
          guint start;
          /* USD115 is money; G42 is a name */
          if (!(_dossier_figures_currency_before (tokens, lexicon, n.first, &start, &iso) ||
                (n.last + 1 < tokens->n && TOK (n.last + 1)->type == DOSSIER_TOKEN_WORD &&
                 LEX (n.last + 1)->currency != NULL)))
            {
              i = n.last + 1;
              continue;
            }
        }
      {
        guint before = spans->len;
        classify (tokens, lexicon, lang, &n, covered, spans);
        i = n.last + 1;
        if (spans->len > before)
          {
            /* the span may reach past the number: "10 $", "20万颗" */
            const DossierSpan *last = g_ptr_array_index (spans, spans->len - 1);
            while (i < tokens->n && tokens->tok[i].c0 < last->end)
              i++;
            covered = i;
          }
      }
    }
}

GPtrArray *
dossier_figures_find (const char *text,
                      const char *lang)
{
  const DossierLexicon *lexicon;
  DossierTokens tokens;
  GPtrArray *spans;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  lexicon = dossier_lexicon_get (lang);
  spans = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
  dossier_tokens_init (&tokens, text, strlen (text), dossier_lexicon_token_lookup, lexicon);
  dossier_figures_scan (&tokens, lexicon, lang, spans);
  dossier_tokens_clear (&tokens);
  g_ptr_array_sort (spans, dossier_span_compare);
  return spans;
}
