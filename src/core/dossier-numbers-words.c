/* dossier-numbers-words.c — numbers in English and French words
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-numbers-private.h"

#include <math.h>
#include <string.h>

/* The next token after @j that is not an inline space. */
guint
_dossier_number_skip_space (const DossierTokens *tokens, guint j)
{
  while (inline_space (tokens, j))
    j++;
  return j;
}

static gboolean
is_small_word (const DossierTokens *tokens, const DossierLexicon *lexicon, guint j)
{
  return j < tokens->n && tokens->tok[j].type == DOSSIER_TOKEN_WORD && LEX (j)->num_kind == 1;
}

gboolean
_dossier_number_starts_word (const DossierTokens *tokens, const DossierLexicon *lexicon, guint j)
{
  const DossierLexEntry *e;

  if (j >= tokens->n)
    return FALSE;
  if (tokens->tok[j].type == DOSSIER_TOKEN_DIGITS)
    return TRUE;
  if (tokens->tok[j].type != DOSSIER_TOKEN_WORD)
    return FALSE;
  e = LEX (j);
  return e->num_kind != 0;
}

/* A compound of small words at @j (twenty-one, soixante-dix-sept); its
 * value in *v, the last token in *last. */
static gboolean
read_small_compound (const DossierTokens *tokens, const DossierLexicon *lexicon,
                     guint j, gboolean french, double *v, guint *last)
{
  double value;
  double prev;
  guint k;

  if (!is_small_word (tokens, lexicon, j))
    return FALSE;
  value = prev = LEX (j)->num;
  *last = j;
  for (k = j + 1; k + 1 < tokens->n; )
    {
      guint n = k;
      double w;

      if (is_punct (tokens, n, '-') || inline_space (tokens, n))
        n++;
      else
        break;
      n = _dossier_number_skip_space (tokens, n);
      if (french && n < tokens->n && tokens->tok[n].type == DOSSIER_TOKEN_WORD && (LEX (n)->flags & DOSSIER_LEX_AND))
        {
          n = _dossier_number_skip_space (tokens, n + 1);
          if (!is_small_word (tokens, lexicon, n) || (LEX (n)->num != 1 && LEX (n)->num != 11))
            break;
        }
      if (!is_small_word (tokens, lexicon, n))
        break;
      w = LEX (n)->num;
      if (fmod (prev, 10) == 0 && prev >= 20 && w < 10 && w > 0)
        value += w;
      else if (french && (prev == 20 || prev == 60) && w >= 10 && w < 20)
        value += w;
      else if (french && w == 20 && prev >= 2 && prev <= 9 && value == prev)
        value = prev * 20;
      else if (french && prev == 10 && w < 10 && w >= 7)
        value += w;
      else
        break;
      prev = w;
      *last = n;
      k = n + 1;
    }
  *v = value;
  return TRUE;
}

/* English and French number words, optionally starting with digits:
 * "two hundred and two thousand", "2 millions", "4 thousand 3 hundred and 21",
 * "quatre-vingt-dix", "hundreds of thousands", "un million et demi". */
gboolean
_dossier_number_read_words (const DossierTokens  *tokens,
            const DossierLexicon *lexicon,
            guint                 i,
            gboolean              french,
            DossierNumber        *out)
{
  double total[2] = { 0, 0 }, cur[2] = { 0, 0 };
  gboolean have_cur = FALSE, any = FALSE;
  int last_kind = 0;          /* 1 small, 2 hundred, 3 scale, 4 digits, 5 approx */
  double last_scale = 0;
  guint j = i, last = i;
  DossierNumberFlags flags = out->flags;
  DossierWordsEnd end = { 0 };

  while (j < tokens->n)
    {
      const DossierToken *t = TOK (j);
      const DossierLexEntry *e;

      if (t->type == DOSSIER_TOKEN_DIGITS)
        {
          DossierNumberFlags f = 0;
          guint dl;
          double v;

          if (last_kind != 0 && !(last_kind == 3 || last_kind == 2))
            break;
          if (last_kind == 2 || last_kind == 3)
            {
              /* "4 thousand 3 hundred": digits after a scale, smaller than it */
              if (_dossier_number_digits_value (tokens, j) >= (last_kind == 2 ? 100 : last_scale))
                break;
            }
          v = _dossier_number_read_digits (tokens, j, french, &dl, &f);
          flags |= f & (DOSSIER_NUMBER_DIGITS | DOSSIER_NUMBER_GROUPED | DOSSIER_NUMBER_DECIMAL | DOSSIER_NUMBER_PLAIN);
          if (j != i)
            flags &= ~DOSSIER_NUMBER_PLAIN;
          if (last_kind == 2 || last_kind == 3)
            {
              cur[0] += v;
              cur[1] += v;
            }
          else
            {
              cur[0] = cur[1] = v;
            }
          if (!(f & DOSSIER_NUMBER_PLAIN))
            out->digits = 0;
          else
            out->digits = TOK (j)->ch;
          have_cur = any = TRUE;
          last_kind = 4;
          j = dl;
          last = j;
          /* glued multipliers: 3.2k, 1.8M, 5bn */
          if (j + 1 < tokens->n && TOK (j + 1)->type == DOSSIER_TOKEN_WORD && adjacent (tokens, j, j + 1))
            {
              const char *w = tokens->text + TOK (j + 1)->b0;
              gsize len = TOK (j + 1)->b1 - TOK (j + 1)->b0;
              double mult = 0;

              if (len == 1 && (w[0] == 'k' || w[0] == 'K'))
                mult = 1e3;
              else if (len == 1 && w[0] == 'M')
                mult = 1e6;
              else if (len == 2 && g_ascii_strncasecmp (w, "bn", 2) == 0)
                mult = 1e9;
              if (mult > 0)
                {
                  cur[0] *= mult;
                  cur[1] *= mult;
                  flags |= DOSSIER_NUMBER_SCALE;
                  flags &= ~DOSSIER_NUMBER_PLAIN;
                  j++;
                  last = j;
                  last_kind = 3;
                  last_scale = mult;
                }
            }
          j++;
          continue;
        }
      if (t->type == DOSSIER_TOKEN_SPACE && !(t->flags & DOSSIER_TOKEN_FLAG_NEWLINE))
        {
          j++;
          continue;
        }
      if (t->type == DOSSIER_TOKEN_PUNCT && t->ch == '-' && any && j + 1 < tokens->n &&
          TOK (j + 1)->type == DOSSIER_TOKEN_WORD && LEX (j + 1)->num_kind != 0 && last_kind != 4)
        {
          j++;
          continue;
        }
      if (t->type != DOSSIER_TOKEN_WORD)
        break;
      e = LEX (j);

      if (e->num_kind == 1)
        {
          double v;
          guint cl;

          if (last_kind == 1 || last_kind == 4 || last_kind == 5)
            break;
          if (!read_small_compound (tokens, lexicon, j, french, &v, &cl))
            break;
          /* a bare "one" / "un" before a noun is an article more than a figure;
           * callers decide from the flags */
          cur[0] += v;
          cur[1] += v;
          have_cur = any = TRUE;
          flags |= DOSSIER_NUMBER_WORDS;
          last_kind = 1;
          end.small_first = j;
          end.small_value = v;
          j = cl + 1;
          last = cl;
          continue;
        }
      if (e->num_kind == 2)
        {
          if (last_kind == 2 || last_kind == 5)
            break;
          /* "50 cents" is money; "3 hundred" is a number */
          if (last_kind == 4 && french)
            break;
          if (!have_cur)
            {
              /* "hundred" alone, "a hundred", "cent" (French) */
              cur[0] = cur[1] = 1;
            }
          if (cur[1] >= 100)
            break;
          cur[0] *= 100;
          cur[1] *= 100;
          have_cur = any = TRUE;
          flags |= DOSSIER_NUMBER_WORDS;
          last_kind = 2;
          last = j;
          j++;
          continue;
        }
      if (e->num_kind == 3)
        {
          double s = e->num;

          if (last_kind == 3 && !have_cur)
            break;
          if (last_scale > 0 && s >= last_scale && !have_cur)
            break;
          if (!have_cur)
            {
              if (any)
                break;
              if (s == 12)
                break;   /* "dozens" alone is not an amount */
              if (j > 0 && j - 1 >= i)
                break;
              cur[0] = 1;
              cur[1] = 1;
              /* "millions de" with no count: one to ten million */
              if (tokens->text[TOK (j)->b1 - 1] == 's')
                {
                  cur[1] = 10;
                  flags |= DOSSIER_NUMBER_APPROX;
                }
            }
          if (last_kind == 5)
            {
              total[0] = (total[0] + cur[0]) * s;
              total[1] = (total[1] + cur[1]) * s;
            }
          else
            {
              total[0] += cur[0] * s;
              total[1] += cur[1] * s;
            }
          cur[0] = cur[1] = 0;
          have_cur = FALSE;
          any = TRUE;
          flags |= DOSSIER_NUMBER_SCALE | DOSSIER_NUMBER_WORDS;
          end.and_at = 0;
          last_kind = 3;
          last_scale = s;
          last = j;
          j++;
          continue;
        }
      if (e->approx_scale > 0)
        {
          double s = e->approx_scale;

          /* after a count the plural is the scale word, as in French:
           * "40 millions de dollars" quoted in English text */
          if (have_cur && s >= 1000 && (last_kind == 1 || last_kind == 2 || last_kind == 4))
            {
              total[0] += cur[0] * s;
              total[1] += cur[1] * s;
              cur[0] = cur[1] = 0;
              have_cur = FALSE;
              flags |= DOSSIER_NUMBER_SCALE | DOSSIER_NUMBER_WORDS;
              end.and_at = 0;
              last_kind = 3;
              last_scale = s;
              last = j;
              j++;
              continue;
            }
          if (any && last_kind != 5)
            break;
          if (!any)
            {
              cur[0] = s;
              cur[1] = s * 10;
            }
          else
            {
              cur[0] *= s;
              cur[1] *= s;
            }
          have_cur = any = TRUE;
          flags |= DOSSIER_NUMBER_APPROX | DOSSIER_NUMBER_SCALE | DOSSIER_NUMBER_WORDS;
          last_kind = 5;
          last = j;
          j++;
          /* "hundreds of thousands", "centaines de milliers" */
          {
            guint k = _dossier_number_skip_space (tokens, j);
            if (k < tokens->n && TOK (k)->type == DOSSIER_TOKEN_WORD && (LEX (k)->flags & DOSSIER_LEX_OF))
              {
                guint m = _dossier_number_skip_space (tokens, k + 1);
                if (m < tokens->n && TOK (m)->type == DOSSIER_TOKEN_WORD &&
                    (LEX (m)->approx_scale > 0 || LEX (m)->num_kind == 3))
                  {
                    double s2 = LEX (m)->approx_scale > 0 ? LEX (m)->approx_scale : LEX (m)->num;
                    cur[0] *= s2;
                    cur[1] *= s2;
                    last = m;
                    j = m + 1;
                  }
              }
          }
          break;
        }
      if ((e->flags & (DOSSIER_LEX_HALF | DOSSIER_LEX_QUARTER)) && !any)
        {
          /* "half million", "quarter million", "quart de million" */
          guint k = _dossier_number_skip_space (tokens, j + 1);
          double f = (e->flags & DOSSIER_LEX_HALF) ? 0.5 : 0.25;

          if (k < tokens->n && TOK (k)->type == DOSSIER_TOKEN_WORD && (LEX (k)->flags & DOSSIER_LEX_OF))
            k = _dossier_number_skip_space (tokens, k + 1);
          if (k < tokens->n && TOK (k)->type == DOSSIER_TOKEN_WORD && LEX (k)->num_kind == 3 && LEX (k)->num > 12)
            {
              total[0] = total[1] = f * LEX (k)->num;
              any = TRUE;
              flags |= DOSSIER_NUMBER_SCALE | DOSSIER_NUMBER_WORDS;
              last_kind = 3;
              last_scale = LEX (k)->num;
              last = k;
              j = k + 1;
              continue;
            }
          break;
        }
      if ((e->flags & DOSSIER_LEX_A) && !any)
        {
          guint k = _dossier_number_skip_space (tokens, j + 1);
          if (k < tokens->n && TOK (k)->type == DOSSIER_TOKEN_WORD && (LEX (k)->num_kind >= 2) &&
              !(french && LEX (j)->num_kind == 1 && FALSE))
            {
              cur[0] = cur[1] = 1;
              have_cur = TRUE;
              j = k;
              continue;
            }
          break;
        }
      if ((e->flags & DOSSIER_LEX_AND) && any)
        {
          guint k = _dossier_number_skip_space (tokens, j + 1);

          /* "and a half", "et demi" are read as fractions below */
          if ((last_kind == 2 || last_kind == 3) && _dossier_number_starts_word (tokens, lexicon, k) &&
              (TOK (k)->type == DOSSIER_TOKEN_DIGITS || LEX (k)->num_kind == 1 || LEX (k)->num_kind == 2))
            {
              end.and_at = j;
              end.and_base = total[0] + cur[0];
              end.and_scale = last_kind == 3 ? last_scale : 0;
              j = k;
              continue;
            }
          break;
        }
      if ((e->flags & DOSSIER_LEX_POINT) && any && last_kind >= 1 && last_kind <= 3)
        {
          guint k = _dossier_number_skip_space (tokens, j + 1);
          double v;
          guint cl;

          if (read_small_compound (tokens, lexicon, k, french, &v, &cl))
            {
              double frac = v;
              while (frac >= 1)
                frac /= 10;
              cur[0] += frac;
              cur[1] += frac;
              flags |= DOSSIER_NUMBER_DECIMAL;
              last = cl;
              j = cl + 1;
              break;
            }
        }
      break;
    }

  if (!any)
    return FALSE;
  out->min = total[0] + cur[0];
  out->max = total[1] + cur[1];
  if ((flags & DOSSIER_NUMBER_WORDS) && !(flags & DOSSIER_NUMBER_APPROX) &&
      (!(flags & (DOSSIER_NUMBER_DIGITS | DOSSIER_NUMBER_DECIMAL)) || last_kind == 3 ||
       (end.and_at > 0 && end.and_scale > 0)))
    {
      double v;
      guint fl;

      end.total = total[0];
      end.cur = cur[0];
      end.last_kind = last_kind;
      end.last_scale = last_scale;
      end.last = last;
      end.digits = (flags & (DOSSIER_NUMBER_DIGITS | DOSSIER_NUMBER_DECIMAL)) != 0;
      if (_dossier_number_word_fraction (tokens, lexicon, french, &end, &v, &fl, &flags))
        {
          out->min = out->max = v;
          last = fl;
        }
    }
  if (!(flags & DOSSIER_NUMBER_APPROX))
    out->max = out->min;
  out->value = out->min;
  out->last = last;
  out->flags = flags;
  return TRUE;
}

