/* dossier-dates-scan.c — one walk over the tokens, then ranges
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-dates-private.h"

#include <string.h>

#include "dossier-char-bits.h"
#include "dossier-span-private.h"

/* The Chinese characters a date can start with. */
static gboolean
cjk_can_start (gunichar c)
{
  switch (c)
    {
    case 0x4ECA: case 0x660E: case 0x6628: case 0x524D: case 0x540E: case 0x5F8C: /* 今明昨前后後 */
    case 0x5927: case 0x4E0A: case 0x4E0B: case 0x672C: case 0x8FD9: case 0x9019: /* 大上下本这這 */
    case 0x661F: case 0x793C: case 0x79AE: case 0x5468: case 0x9031: case 0x53BB: /* 星礼禮周週去 */
    case 0x6B63: case 0x521D: case 0x4ECE: case 0x81EA: case 0x622A:             /* 正初从自截 */
    case 0x519C: case 0x9634: case 0x7B2C:                                      /* 农阴第 */
      return TRUE;
    default:
      return dossier_cjk_is_digit (c) || c == 0x5341 || c == 0x62FE;
    }
}

/* cjk_can_start() as bits over the CJK Unified Ideographs, asked at every
 * Chinese character. */
static DossierCharBits cjk_date_starts = DOSSIER_CHAR_BITS_INIT (0x4E00, 0xA000, cjk_can_start);

static inline gboolean
cjk_starts_date (gunichar c)
{
  if (c < cjk_date_starts.first || c >= cjk_date_starts.end)
    return cjk_can_start (c);
  return dossier_char_bits_has (&cjk_date_starts, c);
}

/* Words around a date that make it a part or an open range: the end of
 * 2008, mid-May, early next year, after 2018, since late July, 1/1/2016
 * and later, year 2012 or later, 2018年以前, 2017年上半年. */
static void
extend_hit (const DateScan *s, DateHit *hit, guint limit)
{
  guint b;

  if (hit->weekday_only)
    return;
  /* the week of March 3, the week of the 18th, la semaine du 16 septembre */
  b = space_before (s, hit->first);
  if (hit->prec == DATE_PREC_DAY && hit->d > 0 && b > limit + 1 && b < hit->first && IS_WORD (b - 1) &&
      (DLEX (s, b - 1)->flags & DOSSIER_LEX_OF))
    {
      guint w = space_before (s, b - 1);
      if (w > limit && w < b - 1 && IS_WORD (w - 1) && DLEX (s, w - 1)->dunit == DOSSIER_DUNIT_WEEK &&
          !DLEX (s, w - 1)->dunit_plural)
        {
          guint t = space_before (s, w - 1);
          hit->first = w - 1;
          if (t > limit && t < w - 1 && IS_WORD (t - 1) && (DLEX (s, t - 1)->flags & DOSSIER_LEX_THE))
            hit->first = t - 1;
          open_hit (hit);
          return;
        }
    }
  /* parts: the end of, the beginning of, rest of the, mid-, early, late */
  if (IS_PUNCT (b - 1, '-') && b >= 2 && IS_WORD (b - 2) && (DLEX (s, b - 2)->flags & DOSSIER_LEX_EDGE) && b - 2 >= limit)
    {
      hit->first = b - 2;
      open_hit (hit);
      b = space_before (s, hit->first);
    }
  else if (b > limit && b < hit->first && IS_WORD (b - 1) &&
           ((DLEX (s, b - 1)->flags & DOSSIER_LEX_EDGE) || (s->french && (DLEX (s, b - 1)->flags & DOSSIER_LEX_PART))) &&
           !(DLEX (s, b - 1)->flags & DOSSIER_LEX_OPEN))
    {
      hit->first = b - 1;
      open_hit (hit);
      b = space_before (s, hit->first);
    }
  else
    {
      guint k = b;
      if (k > limit + 1 && IS_WORD (k - 1) && (DLEX (s, k - 1)->flags & DOSSIER_LEX_THE) && k < hit->first)
        k = space_before (s, k - 1);
      if (k > limit + 1 && IS_WORD (k - 1) && (DLEX (s, k - 1)->flags & DOSSIER_LEX_OF))
        {
          guint p = space_before (s, k - 1);
          if (p > limit && IS_WORD (p - 1) && (DLEX (s, p - 1)->flags & DOSSIER_LEX_PART))
            {
              guint f = p - 1;
              hit->first = f;
              open_hit (hit);
              b = space_before (s, hit->first);
            }
        }
      else if (k > limit && k < hit->first && IS_WORD (k - 1) && (DLEX (s, k - 1)->flags & DOSSIER_LEX_PART) &&
               s->english && WORD_IS (k - 1, REST))
        {
          hit->first = k - 1;   /* rest the week */
          open_hit (hit);
          b = space_before (s, hit->first);
        }
    }
  /* "2 weeks before May 13 1999", "3 days after tomorrow", "2 semaines avant le 13 mai 1999" */
  {
    guint w = b, art = hit->first;
    if (s->french && w > limit && w < hit->first && IS_WORD (w - 1) && (DLEX (s, w - 1)->flags & DOSSIER_LEX_THE))
      {
        art = w - 1;
        w = space_before (s, w - 1);
      }
    if (w > limit && w < art && IS_WORD (w - 1) &&
        (WORD_IS (w - 1, BEFORE) || WORD_IS (w - 1, AFTER) || WORD_IS (w - 1, FROM) ||
         WORD_IS (w - 1, AVANT) || WORD_IS (w - 1, APRES)))
      {
        guint e = space_before (s, w - 1);
        int sign = (WORD_IS (w - 1, BEFORE) || WORD_IS (w - 1, AVANT)) ? -1 : 1;
        for (guint st = e > 12 ? e - 12 : 0; e > 0 && e < w - 1 && st < e; st++)
          {
            int ys, ms, ds;
            guint last;
            if (st < limit)
              continue;
            if (_dossier_dates_read_span_of_time (s, st, &ys, &ms, &ds, &last) && last == e - 1)
              {
                GDate d;
                hit->first = st;
                hit->qualified = TRUE;
                {
                  /* "more than 2 weeks before today" is a range */
                  guint m = space_before (s, st);
                  if (m > limit + 1 && m < st && WORD_IS (m - 1, THAN))
                    {
                      guint q = space_before (s, m - 1);
                      if (q > limit && q < m - 1 && (WORD_IS (q - 1, MORE) || WORD_IS (q - 1, LESS)))
                        {
                          hit->first = q - 1;
                          open_hit (hit);
                          return;
                        }
                    }
                }
                if (strlen (hit->iso) == 10 && dossier_date_parse_iso (hit->iso, &d))
                  {
                    DateScan shifted = *s;
                    shifted.ref = &d;
                    hit->iso[0] = '\0';
                    _dossier_dates_from_ref (&shifted, hit, sign * ds, sign * ms, sign * ys, DATE_PREC_DAY);
                  }
                else
                  open_hit (hit);
                return;
              }
          }
      }
  }
  /* "after the beginning of March" */
  if (s->english && b > limit + 1 && b < hit->first && IS_WORD (b - 1) && (DLEX (s, b - 1)->flags & DOSSIER_LEX_THE) &&
      IS_WORD (hit->first) && (DLEX (s, hit->first)->flags & DOSSIER_LEX_PART))
    {
      guint t = space_before (s, b - 1);
      if (t > limit && t < b - 1 && IS_WORD (t - 1) && (DLEX (s, t - 1)->flags & DOSSIER_LEX_OPEN))
        b = t;
    }
  /* open ranges in English: after, before, since, until, later than */
  if (s->english && b > limit && b < hit->first && IS_WORD (b - 1))
    {
      if ((DLEX (s, b - 1)->flags & DOSSIER_LEX_OPEN) && !WORD_IS (b - 1, UNTIL))
        {
          hit->first = b - 1;
          open_hit (hit);
          hit->qualified = TRUE;
        }
      else if (WORD_IS (b - 1, THAN) && b >= 3)
        {
          guint w = space_before (s, b - 1);
          if (w > limit && (WORD_IS (w - 1, LATER) || WORD_IS (w - 1, EARLIER)))
            {
              guint f = w - 1, n = space_before (s, f);
              if (n > limit && WORD_IS (n - 1, NO))
                f = n - 1;
              hit->first = f;
              open_hit (hit);
              hit->qualified = TRUE;
            }
        }
      else if ((WORD_IS (b - 1, STARTING) || WORD_IS (b - 1, BEGINNING)) ||
               ((DLEX (s, b - 1)->flags & DOSSIER_LEX_ON) && b >= 3 &&
                (WORD_IS (space_before (s, b - 1) - 1, STARTING) || WORD_IS (space_before (s, b - 1) - 1, BEGINNING))))
        {
          guint f = (DLEX (s, b - 1)->flags & DOSSIER_LEX_ON) ? space_before (s, b - 1) - 1 : b - 1;
          if (f >= limit)
            {
              guint w = space_before (s, f);
              hit->first = f;
              open_hit (hit);
              hit->qualified = TRUE;
              /* the week starting on February 4, 2 weeks starting May 20th */
              if (w > limit && w < f && IS_WORD (w - 1) && DLEX (s, w - 1)->dunit != DOSSIER_DUNIT_NONE)
                {
                  guint q = space_before (s, w - 1);
                  if (q > limit && q < w - 1 && (IS_DIGITS (q - 1) || (IS_WORD (q - 1) &&
                      (DLEX (s, q - 1)->num_kind == 1 || (DLEX (s, q - 1)->flags & (DOSSIER_LEX_THE | DOSSIER_LEX_A))))))
                    hit->first = q - 1;
                }
            }
        }
    }
  /* "more than 2 weeks before today", "less than 3 days after tomorrow" */
  if (s->english && (IS_DIGITS (hit->first) || (IS_WORD (hit->first) && DLEX (s, hit->first)->num_kind == 1)))
    {
      guint m = space_before (s, hit->first);
      if (m > limit + 1 && m < hit->first && WORD_IS (m - 1, THAN))
        {
          guint q = space_before (s, m - 1);
          if (q > limit && q < m - 1 && (WORD_IS (q - 1, MORE) || WORD_IS (q - 1, LESS)))
            {
              hit->first = q - 1;
              open_hit (hit);
              hit->qualified = TRUE;
            }
        }
    }
  /* "year 2012", "l'année 2008" before a bare year */
  if (hit->prec == DATE_PREC_YEAR && hit->last == hit->first)
    {
      guint y = space_before (s, hit->first);
      if (y > limit && y < hit->first && IS_WORD (y - 1) && DLEX (s, y - 1)->dunit == DOSSIER_DUNIT_YEAR &&
          !DLEX (s, y - 1)->dunit_plural && !(DLEX (s, y - 1)->flags & DOSSIER_LEX_A))
        {
          guint t = space_before (s, y - 1);
          hit->first = y - 1;
          if (t > limit && t < y - 1 && IS_WORD (t - 1) && (DLEX (s, t - 1)->flags & DOSSIER_LEX_THE) && s->english)
            hit->first = t - 1;
          if (IS_PUNCT (y - 2, '\'') && y >= 3 && IS_WORD (y - 3) && (DLEX (s, y - 3)->flags & DOSSIER_LEX_THE))
            hit->first = y - 3;
          b = space_before (s, hit->first);
          if (s->english && b > limit && b < hit->first && IS_WORD (b - 1) && (DLEX (s, b - 1)->flags & DOSSIER_LEX_OPEN))
            {
              hit->first = b - 1;
              open_hit (hit);
              hit->qualified = TRUE;
            }
        }
    }

  /* after: or later, and later, or earlier, onwards */
  {
    guint a = SKIP (hit->last + 1);
    if (a > hit->last + 1 && IS_WORD (a) && (WORD_IS (a, OR) || (DLEX (s, a)->flags & DOSSIER_LEX_AND)))
      {
        guint w = SKIP (a + 1);
        if (w > a + 1 && (WORD_IS (w, LATER) || WORD_IS (w, EARLIER) || WORD_IS (w, AFTER) ||
                          WORD_IS (w, BEFORE)) &&
            !(IS_WORD (SKIP (w + 1)) && SKIP (w + 1) > w + 1 && !(DTOK (s, SKIP (w + 1))->flags & DOSSIER_TOKEN_FLAG_UPPER) &&
              DLEX (s, SKIP (w + 1))->flags == 0 && WORD_IS (w, AFTER)) &&
            /* "after 2010 and before 2018": two open ranges */
            !(SKIP (w + 1) > w + 1 && (IS_DIGITS (SKIP (w + 1)) || (IS_WORD (SKIP (w + 1)) && DLEX (s, SKIP (w + 1))->month))))
          {
            hit->last = w;
            open_hit (hit);
            hit->qualified = TRUE;
          }
      }
    else if (a > hit->last + 1 && (WORD_IS (a, ONWARDS) || WORD_IS (a, ONWARD)))
      {
        hit->last = a;
        open_hit (hit);
        hit->qualified = TRUE;
      }
  }

  /* Chinese: 2018年以前, 2012-01-01及以前, 2015年1月1日或之后, 2014年6月14日起,
   * 2017年上半年, 自2018年以来 */
  {
    guint k = hit->last + 1, q = 0;
    gboolean relative_day = FALSE;

    if (IS_CJK (hit->last, 0x5929) || (IS_CJK (hit->last, 0x65E5) && hit->first + 1 == hit->last &&
                                        !IS_DIGITS (hit->first) && dossier_cjk_digit (DTOK (s, hit->first)->ch) < 0))
      relative_day = TRUE;   /* 明日之后 is a title more often than a range */
    if (IS_CJK (k, 0x6216) || IS_CJK (k, 0x53CA))   /* 或 及 */
      k++;
    if ((IS_CJK (k, 0x4EE5) || IS_CJK (k, 0x4E4B)) &&
        (IS_CJK (k + 1, 0x524D) || IS_CJK (k + 1, 0x540E) || IS_CJK (k + 1, 0x5F8C) || IS_CJK (k + 1, 0x6765)))
      q = k + 1;
    else if (k == hit->last + 1 && IS_CJK (k, 0x8D77))   /* 起 */
      q = k;
    else if (k == hit->last + 1 && IS_CJK (k, 0x5F00) && IS_CJK (k + 1, 0x59CB))   /* 开始 */
      q = k + 1;
    if (q > 0 && !relative_day)
      {
        hit->last = q;
        open_hit (hit);
        hit->qualified = TRUE;
        /* 自2018年以来 keeps 自 */
        if (IS_CJK (q, 0x6765) && hit->first > limit && (IS_CJK (hit->first - 1, 0x81EA) || IS_CJK (hit->first - 1, 0x4ECE)))
          hit->first--;
        if (hit->first >= limit + 3 && IS_CJK (hit->first - 1, 0x5230) && IS_CJK (hit->first - 2, 0x6B62) &&
            IS_CJK (hit->first - 3, 0x622A))   /* 截止到 */
          hit->first -= 3;
      }
    else if (hit->prec == DATE_PREC_YEAR && !hit->no_iso &&
             (IS_CJK (k, 0x4E0A) || IS_CJK (k, 0x4E0B) || IS_CJK (k, 0x524D) || IS_CJK (k, 0x540E) || IS_CJK (k, 0x5F8C)) &&
             IS_CJK (k + 1, 0x534A) && IS_CJK (k + 2, 0x5E74))
      {
        hit->last = k + 2;   /* 2017年上半年 */
        open_hit (hit);
      }
    /* 农历2015年十月初一 */
    if (hit->first >= limit + 2 && IS_CJK (hit->first - 1, 0x5386) &&
        (IS_CJK (hit->first - 2, 0x519C) || IS_CJK (hit->first - 2, 0x9634)))
      hit->first -= 2;
    /* 截止到2018年 */
    if (q == 0 && hit->first >= limit + 3 && IS_CJK (hit->first - 1, 0x5230) && IS_CJK (hit->first - 2, 0x6B62) &&
        IS_CJK (hit->first - 3, 0x622A))
      {
        hit->first -= 3;
        open_hit (hit);
        hit->qualified = TRUE;
      }
  }
}

void
dossier_dates_scan (const DossierTokens  *tokens,
                    const DossierLexicon *lexicon,
                    const char           *lang,
                    const GDate          *ref,
                    GPtrArray            *spans)
{
  DateNumMemo num_memo = { G_MAXUINT, FALSE, 0, 0, FALSE, 0 };
  DateScan scan = { tokens, lexicon, lang, ref, FALSE, FALSE, &num_memo, NULL, 0 };
  const DateScan *s = &scan;
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (DateHit));
  guint i = 0, n_word_starts, n_tokens = tokens->n;
  const guint8 *word_starts;

  g_return_if_fail (tokens != NULL);
  g_return_if_fail (spans != NULL);

  scan.word_roles = _dossier_dates_word_roles (lexicon, &scan.n_word_roles);
  scan.french = lang != NULL && strcmp (lang, "fr") == 0;
  scan.english = lang == NULL || strcmp (lang, "en") == 0;

  word_starts = _dossier_dates_word_starts (lexicon, &n_word_starts);

  for (;;)
    {
      DateHit hit;
      gboolean found = FALSE;

      /* A date can start at a number of up to four digits, a word with a
       * role (_dossier_dates_roles()) or naming a kind of year (which
       * _dossier_dates_read_latin() reads), and a few Chinese characters:
       * the other tokens, most of them, are passed over in this loop. */
      for (const DossierToken *tok = tokens->tok, *t; i < n_tokens; i++)
        {
          t = &tok[i];

          if (t->type == DOSSIER_TOKEN_WORD)
            {
              if (t->kw < n_word_starts && word_starts[t->kw])
                break;
            }
          else if (t->type == DOSSIER_TOKEN_CJK)
            {
              if (cjk_starts_date (t->ch))
                break;
            }
          else if (t->type == DOSSIER_TOKEN_DIGITS && t->ch <= 4)
            break;
        }
      if (i >= n_tokens)
        break;
      memset (&hit, 0, sizeof hit);
      if (tokens->tok[i].type == DOSSIER_TOKEN_CJK || (tokens->tok[i].type == DOSSIER_TOKEN_DIGITS &&
                                                       i + 1 < tokens->n && IS_TYPE (SKIP (i + 1), DOSSIER_TOKEN_CJK)))
        found = _dossier_dates_read_zh (s, i, &hit);
      if (!found && tokens->tok[i].type != DOSSIER_TOKEN_CJK)
        found = _dossier_dates_read_latin (s, i, &hit);
      if (!found)
        {
          i++;
          continue;
        }
      /* a reader that looks back ("to date") must not reach into the last hit */
      if (hits->len > 0 && hit.first <= g_array_index (hits, DateHit, hits->len - 1).last)
        {
          i++;
          continue;
        }
      _dossier_dates_resolve (s, &hit);
      extend_hit (s, &hit, hits->len > 0 ? g_array_index (hits, DateHit, hits->len - 1).last + 1 : 0);
      g_array_append_val (hits, hit);
      i = hit.last + 1;
    }

  _dossier_dates_join_ranges (s, hits);

  for (guint h = 0; h < hits->len; h++)
    {
      DateHit *hit = &g_array_index (hits, DateHit, h);
      gsize b0 = tokens->tok[hit->first].b0, b1 = tokens->tok[hit->last].b1;

      g_ptr_array_add (spans, _dossier_span_new_packed (DOSSIER_SPAN_DATE, tokens->tok[hit->first].c0,
                                                        tokens->tok[hit->last].c1, tokens->text + b0, b1 - b0,
                                                        NULL, NULL, hit->iso[0] != '\0' ? hit->iso : NULL,
                                                        NULL, NULL));
    }
}

GPtrArray *
dossier_dates_find (const char *text,
                    const char *lang,
                    const char *ref_date)
{
  const DossierLexicon *lexicon;
  DossierTokens tokens;
  GPtrArray *spans;
  GDate ref;
  gboolean have_ref;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  have_ref = ref_date != NULL && dossier_date_parse_iso (ref_date, &ref);
  lexicon = dossier_lexicon_get (lang);
  spans = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
  dossier_tokens_init (&tokens, text, strlen (text), dossier_lexicon_token_lookup, lexicon);
  dossier_dates_scan (&tokens, lexicon, lang, have_ref ? &ref : NULL, spans);
  dossier_tokens_clear (&tokens);
  g_ptr_array_sort (spans, dossier_span_compare);
  return spans;
}
