/* dossier-numbers.c
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every reader below keeps two accumulators, a lower and an upper bound, so
 * that approximate amounts (数十万, hundreds of thousands) come out as a
 * range through the same arithmetic as exact ones.
 */
#include "dossier-numbers-private.h"

#include <math.h>
#include <string.h>


guint16
dossier_lexicon_token_lookup (gconstpointer  lexicon,
                              const char    *folded,
                              gsize          length)
{
  return dossier_lexicon_lookup_padded (lexicon, folded, length);
}

/* Chinese numerals: digits with their value, units with their multiplier
 * (traditional and financial forms included). */
static const struct
{
  gunichar c;
  gint8    digit;   /* −1 for a unit */
  double   unit;    /* 0 for a digit */
} cjk_numerals[] = {
  { 0x96F6, 0, 0 }, { 0x3007, 0, 0 },                                   /* 零 〇 */
  { 0x4E00, 1, 0 }, { 0x58F9, 1, 0 }, { 0x5E7A, 1, 0 },                 /* 一 壹 幺 */
  { 0x4E8C, 2, 0 }, { 0x8D30, 2, 0 }, { 0x8CB3, 2, 0 }, { 0x4E24, 2, 0 }, { 0x5169, 2, 0 }, /* 二 贰 貳 两 兩 */
  { 0x4E09, 3, 0 }, { 0x53C1, 3, 0 }, { 0x53C3, 3, 0 },                 /* 三 叁 參 */
  { 0x56DB, 4, 0 }, { 0x8086, 4, 0 },                                   /* 四 肆 */
  { 0x4E94, 5, 0 }, { 0x4F0D, 5, 0 },                                   /* 五 伍 */
  { 0x516D, 6, 0 }, { 0x9678, 6, 0 }, { 0x9646, 6, 0 },                 /* 六 陸 陆 */
  { 0x4E03, 7, 0 }, { 0x67D2, 7, 0 },                                   /* 七 柒 */
  { 0x516B, 8, 0 }, { 0x634C, 8, 0 },                                   /* 八 捌 */
  { 0x4E5D, 9, 0 }, { 0x7396, 9, 0 },                                   /* 九 玖 */
  { 0x5341, -1, 10 }, { 0x62FE, -1, 10 },                               /* 十 拾 */
  { 0x767E, -1, 100 }, { 0x4F70, -1, 100 },                             /* 百 佰 */
  { 0x5343, -1, 1000 }, { 0x4EDF, -1, 1000 },                           /* 千 仟 */
  { 0x4E07, -1, 1e4 }, { 0x842C, -1, 1e4 },                             /* 万 萬 */
  { 0x4EBF, -1, 1e8 }, { 0x5104, -1, 1e8 },                             /* 亿 億 */
  { 0x5146, -1, 1e12 },                                                 /* 兆 */
};

/* Every character of Chinese text is asked whether it is a numeral: the
 * numerals as bits over the CJK blocks, and a small hash for their values. */
#define CJK_BITS_FIRST 0x3000
#define CJK_BITS_END   0xA000
#define NUMERAL_SLOTS  128   /* power of two, more than twice the numerals */

static guint64 cjk_digit_bits[(CJK_BITS_END - CJK_BITS_FIRST) / 64];
static guint64 cjk_numeral_bits[(CJK_BITS_END - CJK_BITS_FIRST) / 64];
static gint8 numeral_slots[NUMERAL_SLOTS];   /* index + 1 into cjk_numerals, 0 for none */

G_STATIC_ASSERT (G_N_ELEMENTS (cjk_numerals) < NUMERAL_SLOTS / 2);

static inline guint
numeral_slot (gunichar c)
{
  return (c * 2654435761u) >> 25 & (NUMERAL_SLOTS - 1);
}

static gsize numerals_ready = 0;

static G_GNUC_NO_INLINE void
build_numerals (void)
{
  if (g_once_init_enter (&numerals_ready))
    {
      for (gsize n = 0; n < G_N_ELEMENTS (cjk_numerals); n++)
        {
          gunichar c = cjk_numerals[n].c;
          guint k = c - CJK_BITS_FIRST, s;

          g_assert (c >= CJK_BITS_FIRST && c < CJK_BITS_END);
          cjk_numeral_bits[k / 64] |= G_GUINT64_CONSTANT (1) << (k % 64);
          if (cjk_numerals[n].digit >= 0)
            cjk_digit_bits[k / 64] |= G_GUINT64_CONSTANT (1) << (k % 64);
          for (s = numeral_slot (c); numeral_slots[s] != 0; s = (s + 1) & (NUMERAL_SLOTS - 1))
            ;
          numeral_slots[s] = (gint8) (n + 1);
        }
      g_once_init_leave (&numerals_ready, 1);
    }
}

static inline void
ensure_numerals (void)
{
  if (G_UNLIKELY (!g_atomic_pointer_get (&numerals_ready)))
    build_numerals ();
}

static inline gboolean
has_bit (const guint64 *bits, gunichar c)
{
  guint k = c - CJK_BITS_FIRST;

  return c >= CJK_BITS_FIRST && c < CJK_BITS_END && ((bits[k / 64] >> (k % 64)) & 1);
}

/* The entry of numeral @c, or −1. */
static int
numeral_index (gunichar c)
{
  ensure_numerals ();
  if (!has_bit (cjk_numeral_bits, c))
    return -1;
  for (guint s = numeral_slot (c); numeral_slots[s] != 0; s = (s + 1) & (NUMERAL_SLOTS - 1))
    if (cjk_numerals[numeral_slots[s] - 1].c == c)
      return numeral_slots[s] - 1;
  return -1;
}

int
dossier_cjk_digit (gunichar c)
{
  int n = numeral_index (c);

  return n < 0 ? -1 : cjk_numerals[n].digit;
}

double
dossier_cjk_unit (gunichar c)
{
  int n = numeral_index (c);

  return n < 0 ? 0 : cjk_numerals[n].unit;
}

gboolean
dossier_cjk_is_digit (gunichar c)
{
  ensure_numerals ();
  return has_bit (cjk_digit_bits, c);
}

gboolean
dossier_cjk_is_numeral (gunichar c)
{
  ensure_numerals ();
  return has_bit (cjk_numeral_bits, c);
}

/* The value of a vulgar fraction character (½, ¾, ⅓…), or 0. */
static double
vulgar_fraction (gunichar c)
{
  switch (c)
    {
    case 0xBC: return 0.25;
    case 0xBD: return 0.5;
    case 0xBE: return 0.75;
    case 0x2153: return 1.0 / 3;
    case 0x2154: return 2.0 / 3;
    case 0x2155: return 0.2;
    case 0x2156: return 0.4;
    case 0x2157: return 0.6;
    case 0x2158: return 0.8;
    case 0x2159: return 1.0 / 6;
    case 0x215A: return 5.0 / 6;
    case 0x215B: return 0.125;
    case 0x215C: return 0.375;
    case 0x215D: return 0.625;
    case 0x215E: return 0.875;
    default: return 0;
    }
}

/* The value of a digit run, also past 18 digits. */
double
_dossier_number_digits_value (const DossierTokens *tokens, guint i)
{
  const DossierToken *t = TOK (i);
  const char *p;
  double v = 0;

  if (t->ch <= 18)
    return (double) t->num;
  for (p = tokens->text + t->b0; p < tokens->text + t->b1; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      v = v * 10 + (c >= 0xFF10 ? c - 0xFF10 : c - '0');
    }
  return v;
}

static double
fraction_value (const DossierTokens *tokens, guint i)
{
  const DossierToken *t = TOK (i);
  return _dossier_number_digits_value (tokens, i) / pow (10, t->ch);
}

gboolean
_dossier_number_is_cjk_numeral (const DossierTokens *tokens, guint i)
{
  if (!is_type (tokens, i, DOSSIER_TOKEN_CJK))
    return FALSE;
  ensure_numerals ();
  return has_bit (cjk_numeral_bits, TOK (i)->ch);
}

/* Reads digits with local separators: 18,000 / 500 000 / 1,5 (French) /
 * 1.458.000,00. Sets *last to the last token used. */
double
_dossier_number_read_digits (const DossierTokens *tokens,
             guint                i,
             gboolean             french,
             guint               *last,
             DossierNumberFlags  *flags)
{
  double v = _dossier_number_digits_value (tokens, i);
  guint j = i;
  gunichar group_sep = 0;

  *flags |= DOSSIER_NUMBER_DIGITS;
  if (TOK (i)->ch <= 3)
    {
      for (;;)
        {
          const DossierToken *sep;

          if (!is_type (tokens, j + 2, DOSSIER_TOKEN_DIGITS) || TOK (j + 2)->ch != 3 || j + 1 >= tokens->n)
            break;
          sep = TOK (j + 1);
          if (sep->type == DOSSIER_TOKEN_SPACE)
            {
              if (!(sep->flags & DOSSIER_TOKEN_FLAG_NBSP) &&
                  !(french && (sep->flags & DOSSIER_TOKEN_FLAG_ONE_SPACE) && tokens->text[sep->b0] == ' '))
                break;
              if (group_sep != 0 && group_sep != ' ')
                break;
              group_sep = ' ';
            }
          else if (sep->type == DOSSIER_TOKEN_PUNCT && sep->ch == (french ? '.' : ',') &&
                   !((guchar) tokens->text[sep->b0] >= 0x80 && (guchar) tokens->text[TOK (j)->b0] < 0x80))
            {
              if (group_sep != 0 && group_sep != sep->ch)
                break;
              /* "1.458" in French is a thousands group only when no decimal comma
               * could follow a single group of three that is really a decimal */
              group_sep = sep->ch;
            }
          else
            break;
          v = v * 1000 + _dossier_number_digits_value (tokens, j + 2);
          j += 2;
          *flags |= DOSSIER_NUMBER_GROUPED;
        }
    }

  /* decimal part */
  {
    gunichar dec = french ? ',' : '.';
    if (is_punct (tokens, j + 1, dec) && is_type (tokens, j + 2, DOSSIER_TOKEN_DIGITS))
      {
        v += fraction_value (tokens, j + 2);
        j += 2;
        *flags |= DOSSIER_NUMBER_DECIMAL;
      }
    else if (french && !(*flags & DOSSIER_NUMBER_GROUPED) && is_punct (tokens, j + 1, '.') &&
             is_type (tokens, j + 2, DOSSIER_TOKEN_DIGITS) && TOK (j + 2)->ch != 3)
      {
        v += fraction_value (tokens, j + 2);
        j += 2;
        *flags |= DOSSIER_NUMBER_DECIMAL;
      }
  }
  if (j == i)
    *flags |= DOSSIER_NUMBER_PLAIN;
  *last = j;
  return v;
}

/* Chinese numerals, possibly mixed with digits: 一百零一万, 1.8万,
 * 5万4千6百, 数十万, 二十几万, 十多万, 上百万. */
gboolean
_dossier_number_read_cjk (const DossierTokens *tokens,
                          guint                i,
                          gboolean             french,
                          DossierNumber       *out)
{
  double total[2] = { 0, 0 }, wan[2] = { 0, 0 }, sec[2] = { 0, 0 }, cur[2] = { 0, 0 };
  gboolean have_cur = FALSE, any_numeral = FALSE, any_unit = FALSE, zero_seen = FALSE;
  gboolean prev_digit = FALSE, sequence = TRUE;
  guint ndigit_chars = 0;
  double last_mult = 0;
  guint j = i, last = i;
  DossierNumberFlags flags = out->flags;

  for (; j < tokens->n; j++)
    {
      const DossierToken *t = TOK (j);

      if (t->type == DOSSIER_TOKEN_SPACE)
        {
          /* spaces between numerals, as in "三千 八百 九十六 万" */
          if ((t->flags & DOSSIER_TOKEN_FLAG_NEWLINE) || t->c1 - t->c0 > 3 ||
              !(_dossier_number_is_cjk_numeral (tokens, j + 1) || is_type (tokens, j + 1, DOSSIER_TOKEN_DIGITS) ||
                (is_type (tokens, j + 1, DOSSIER_TOKEN_CJK) &&
                 (TOK (j + 1)->ch == 0x4F59 || TOK (j + 1)->ch == 0x70B9 || TOK (j + 1)->ch == 0x9EDE ||
                  TOK (j + 1)->ch == 0x51E0 || TOK (j + 1)->ch == 0x5E7E || TOK (j + 1)->ch == 0x591A))))
            break;
          /* two Arabic numbers separated by a space are two numbers */
          if (is_type (tokens, j + 1, DOSSIER_TOKEN_DIGITS) && !any_unit)
            break;
          continue;
        }
      if (t->type == DOSSIER_TOKEN_DIGITS)
        {
          DossierNumberFlags f = 0;
          guint dl;
          double v;

          if (have_cur)
            break;
          v = _dossier_number_read_digits (tokens, j, french, &dl, &f);
          flags |= f & (DOSSIER_NUMBER_DIGITS | DOSSIER_NUMBER_GROUPED | DOSSIER_NUMBER_DECIMAL);
          cur[0] = cur[1] = v;
          have_cur = TRUE;
          prev_digit = FALSE;
          sequence = FALSE;
          j = dl;
          last = j;
          continue;
        }
      if (t->type != DOSSIER_TOKEN_CJK)
        break;

      {
        gunichar c = t->ch;
        int d = dossier_cjk_digit (c);
        double m = dossier_cjk_unit (c);

        if (d >= 0)
          {
            /* a trailing 两 after an amount is the unit tael: 两万两 */
            if (c == 0x4E24 && (any_unit || have_cur) && !_dossier_number_is_cjk_numeral (tokens, j + 1))
              break;
            if (d == 0 && c == 0x96F6 && any_unit)
              {
                zero_seen = TRUE;
                prev_digit = FALSE;
                last = j;
                continue;
              }
            if (have_cur && prev_digit)
              {
                /* digits read one by one: 二零一六 */
                cur[0] = cur[0] * 10 + d;
                cur[1] = cur[1] * 10 + d;
              }
            else if (have_cur)
              break;
            else
              cur[0] = cur[1] = d;
            have_cur = TRUE;
            prev_digit = TRUE;
            any_numeral = TRUE;
            ndigit_chars++;
            last = j;
            continue;
          }
        if (m > 0)
          {
            if (sequence && prev_digit && ndigit_chars == 2 && have_cur && m < 1e4 &&
                (int) cur[0] % 10 == (int) (cur[0] / 10) + 1)
              {
                /* 二三十 = twenty to thirty, 五六百 = five to six hundred */
                double lo = floor (cur[0] / 10), hi = lo + 1;
                cur[0] = lo;
                cur[1] = hi;
                flags |= DOSSIER_NUMBER_APPROX;
              }
            if (m == 1e12 && !(_dossier_number_is_cjk_numeral (tokens, j + 1)))
              break;   /* 兆 alone is the prefix of 兆瓦, 兆赫 */
            if (m == 1000 && is_type (tokens, j + 1, DOSSIER_TOKEN_CJK) &&
                (TOK (j + 1)->ch == 0x514B || TOK (j + 1)->ch == 0x7C73 || TOK (j + 1)->ch == 0x74E6 ||
                 TOK (j + 1)->ch == 0x6BD4 || TOK (j + 1)->ch == 0x5B57 || TOK (j + 1)->ch == 0x5146) &&
                (have_cur || any_unit))
              break;   /* 千克, 千米, 千瓦, 千比特, 千字节: a unit, not a thousand */
            prev_digit = FALSE;
            sequence = FALSE;
            any_unit = TRUE;
            if (m < 1e4)
              {
                double c0 = have_cur ? cur[0] : 1, c1 = have_cur ? cur[1] : 1;
                sec[0] += c0 * m;
                sec[1] += c1 * m;
              }
            else if (m == 1e4)
              {
                double t0 = sec[0] + (have_cur ? cur[0] : 0), t1 = sec[1] + (have_cur ? cur[1] : 0);
                if (t0 == 0 && t1 == 0 && wan[0] == 0 && total[0] == 0 && !have_cur)
                  {
                    if (!any_numeral)
                      break;
                  }
                if (t0 == 0 && t1 == 0 && wan[1] > 0)
                  {
                    wan[0] *= 1e4;   /* 四万万 */
                    wan[1] *= 1e4;
                  }
                else
                  {
                    wan[0] += t0 * 1e4;
                    wan[1] += t1 * 1e4;
                  }
                sec[0] = sec[1] = 0;
              }
            else
              {
                double t0 = wan[0] + sec[0] + (have_cur ? cur[0] : 0);
                double t1 = wan[1] + sec[1] + (have_cur ? cur[1] : 0);
                if (t1 == 0 && total[1] > 0)
                  {
                    total[0] *= m;
                    total[1] *= m;
                  }
                else if (t1 == 0)
                  break;
                else
                  {
                    total[0] += t0 * m;
                    total[1] += t1 * m;
                  }
                wan[0] = wan[1] = sec[0] = sec[1] = 0;
              }
            cur[0] = cur[1] = 0;
            have_cur = FALSE;
            last_mult = m;
            zero_seen = FALSE;
            last = j;
            continue;
          }
        if ((c == 0x6570 || c == 0x51E0 || c == 0x5E7E || c == 0x4E0A) && !have_cur && !any_unit &&
            (dossier_cjk_unit (j + 1 < tokens->n ? TOK (j + 1)->ch : 0) > 0) &&
            is_type (tokens, j + 1, DOSSIER_TOKEN_CJK))
          {
            /* 数十万, 几百, 上百万: one to ten of the next unit */
            cur[0] = 1;
            cur[1] = (c == 0x4E0A) ? 10 : 9;
            if (c == 0x6570)
              cur[1] = 10;
            have_cur = TRUE;
            prev_digit = FALSE;
            any_numeral = TRUE;
            flags |= DOSSIER_NUMBER_APPROX;
            last = j;
            continue;
          }
        if ((c == 0x51E0 || c == 0x5E7E) && any_unit && !have_cur)
          {
            /* 二十几万, 一百零几万: a unit digit we do not know */
            cur[0] = 0;
            cur[1] = 9;
            have_cur = TRUE;
            prev_digit = FALSE;
            flags |= DOSSIER_NUMBER_APPROX;
            last = j;
            continue;
          }
        if ((c == 0x591A || c == 0x4F59 || c == 0x9918) && (any_unit || (have_cur && !prev_digit)) && !zero_seen)
          {
            /* 十多万, 五百余万: more than; up to one more of the last unit */
            double step = last_mult > 0 && !have_cur ? last_mult : 1;
            if (have_cur)
              {
                sec[0] += cur[0];
                sec[1] += cur[1];
                cur[0] = cur[1] = 0;
                have_cur = FALSE;
              }
            if (last_mult >= 1e4 && !have_cur)
              {
                /* 十万多: more than that many 万 */
                if (last_mult == 1e4)
                  wan[1] += 1e4;
                else
                  total[1] += last_mult;
              }
            else
              sec[1] += step;
            flags |= DOSSIER_NUMBER_APPROX;
            last = j;
            continue;
          }
        if ((c == 0x70B9 || c == 0x9EDE) && (have_cur || any_unit))
          {
            /* 点: decimal digits read one by one */
            guint k = j + 1;
            double frac = 0, scale = 0.1;
            gboolean got = FALSE;

            while (k < tokens->n)
              {
                int dd;
                if (inline_space (tokens, k) && (k + 1 < tokens->n) && is_type (tokens, k + 1, DOSSIER_TOKEN_CJK) &&
                    dossier_cjk_digit (TOK (k + 1)->ch) >= 0)
                  {
                    k++;
                    continue;
                  }
                if (!is_type (tokens, k, DOSSIER_TOKEN_CJK))
                  break;
                dd = dossier_cjk_digit (TOK (k)->ch);
                if (dd < 0)
                  break;
                frac += dd * scale;
                scale /= 10;
                got = TRUE;
                k++;
              }
            if (!got)
              break;
            cur[0] = (have_cur ? cur[0] : 0) + frac;
            cur[1] = (have_cur ? cur[1] : 0) + frac;
            have_cur = TRUE;
            prev_digit = FALSE;
            sequence = FALSE;
            zero_seen = TRUE;   /* no abbreviation after a decimal */
            flags |= DOSSIER_NUMBER_DECIMAL;
            j = k - 1;
            last = j;
            continue;
          }
        break;
      }
    }

  /* trailing spaces are not part of the number */
  while (last > i && TOK (last)->type == DOSSIER_TOKEN_SPACE)
    last--;

  if (!any_numeral && !any_unit && !(flags & DOSSIER_NUMBER_DIGITS))
    return FALSE;
  if (!any_numeral && !(flags & DOSSIER_NUMBER_DIGITS))
    {
      /* units alone: 十 is ten, 万 alone is not a number */
      if (!(last == i && TOK (i)->ch == 0x5341) && !(TOK (i)->ch == 0x5341 || TOK (i)->ch == 0x62FE))
        return FALSE;
    }

  {
    double c0 = have_cur ? cur[0] : 0, c1 = have_cur ? cur[1] : 0;

    /* 九万四 = 94,000: a last digit after a unit counts in the next lower unit */
    if (have_cur && any_unit && !zero_seen && last_mult >= 100 && prev_digit && ndigit_chars >= 1 &&
        c0 < 10 && c1 < 10)
      {
        c0 *= last_mult / 10;
        c1 *= last_mult / 10;
      }
    out->min = total[0] + wan[0] + sec[0] + c0;
    out->max = total[1] + wan[1] + sec[1] + c1;
  }
  if (any_unit)
    flags |= DOSSIER_NUMBER_SCALE;
  if (any_numeral)
    flags |= DOSSIER_NUMBER_CJK;
  if (sequence && ndigit_chars > 1)
    flags |= DOSSIER_NUMBER_SEQUENCE;
  if (!(flags & DOSSIER_NUMBER_APPROX))
    out->max = out->min;
  out->value = out->min;
  out->last = last;
  out->flags = flags & ~DOSSIER_NUMBER_PLAIN;
  return TRUE;
}

static gboolean
word_starts_number (const DossierLexEntry *e)
{
  return e->num_kind != 0 || e->approx_scale > 0 ||
         (e->flags & (DOSSIER_LEX_A | DOSSIER_LEX_HALF | DOSSIER_LEX_QUARTER | DOSSIER_LEX_MINUS));
}

const guint8 *
_dossier_number_word_starts (const DossierLexicon *lexicon,
                             guint                *n_ids)
{
  static const char * const langs[] = { "en", "fr", NULL };
  static guint8 *tables[G_N_ELEMENTS (langs)];
  static guint sizes[G_N_ELEMENTS (langs)];
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      for (gsize l = 0; l < G_N_ELEMENTS (langs); l++)
        {
          const DossierLexicon *lex = dossier_lexicon_get (langs[l]);

          sizes[l] = ((const DossierLexiconHead *) lex)->n_entries;
          tables[l] = g_new (guint8, sizes[l]);
          for (guint kw = 0; kw < sizes[l]; kw++)
            tables[l][kw] = kw != 0 && word_starts_number (dossier_lexicon_entry (lex, (guint16) kw));
        }
      g_once_init_leave (&once, 1);
    }
  for (gsize l = 0; l < G_N_ELEMENTS (langs); l++)
    if (dossier_lexicon_get (langs[l]) == lexicon)
      {
        *n_ids = sizes[l];
        return tables[l];
      }
  g_return_val_if_reached (NULL);
}

gboolean
dossier_number_can_start (const DossierTokens  *tokens,
                          const DossierLexicon *lexicon,
                          guint                 i)
{
  const DossierToken *t = TOK (i);

  switch (t->type)
    {
    case DOSSIER_TOKEN_DIGITS:
      return TRUE;
    case DOSSIER_TOKEN_CJK:
      ensure_numerals ();
      return has_bit (cjk_numeral_bits, t->ch) || t->ch == 0x8D1F || t->ch == 0x8CA0 || t->ch == 0x6570 ||
             t->ch == 0x51E0 || t->ch == 0x5E7E || t->ch == 0x4E0A;
    case DOSSIER_TOKEN_WORD:
      return word_starts_number (LEX (i));
    case DOSSIER_TOKEN_PUNCT:
      return (t->ch == '-' && is_type (tokens, i + 1, DOSSIER_TOKEN_DIGITS) && adjacent (tokens, i, i + 1)) ||
             (t->ch >= 0xBC && vulgar_fraction (t->ch) > 0);
    default:
      return FALSE;
    }
}

gboolean
dossier_number_parse (const DossierTokens  *tokens,
                      const DossierLexicon *lexicon,
                      guint                 i,
                      const char           *lang,
                      DossierNumber        *out)
{
  gboolean french = lang != NULL && strcmp (lang, "fr") == 0;
  gboolean negative = FALSE;
  guint s = i;
  gboolean ok;

  memset (out, 0, sizeof *out);
  out->first = i;
  if (i >= tokens->n)
    return FALSE;

  /* signs */
  if (TOK (i)->type == DOSSIER_TOKEN_PUNCT && TOK (i)->ch == '-' &&
      is_type (tokens, i + 1, DOSSIER_TOKEN_DIGITS) && adjacent (tokens, i, i + 1) &&
      !(i > 0 && (TOK (i - 1)->type == DOSSIER_TOKEN_DIGITS || TOK (i - 1)->type == DOSSIER_TOKEN_WORD) &&
        adjacent (tokens, i - 1, i)))
    {
      negative = TRUE;
      s = i + 1;
    }
  else if (TOK (i)->type == DOSSIER_TOKEN_CJK && (TOK (i)->ch == 0x8D1F || TOK (i)->ch == 0x8CA0))
    {
      guint k = i + 1;
      if (!(_dossier_number_is_cjk_numeral (tokens, k) || is_type (tokens, k, DOSSIER_TOKEN_DIGITS)))
        return FALSE;
      negative = TRUE;
      s = k;
    }
  else if (TOK (i)->type == DOSSIER_TOKEN_WORD && (LEX (i)->flags & DOSSIER_LEX_MINUS))
    {
      guint k = _dossier_number_skip_space (tokens, i + 1);
      if (k == i + 1 || !_dossier_number_starts_word (tokens, lexicon, k))
        return FALSE;
      /* "au moins", "du moins", "le moins", "plus ou moins": at least, not a sign */
      if (french && i >= 2 && inline_space (tokens, i - 1) && TOK (i - 2)->type == DOSSIER_TOKEN_WORD &&
          ((LEX (i - 2)->flags & (DOSSIER_LEX_THE | DOSSIER_LEX_OF | DOSSIER_LEX_RANGE_TO | DOSSIER_LEX_LATER)) ||
           (TOK (i - 2)->b1 - TOK (i - 2)->b0 == 2 && g_ascii_strncasecmp (tokens->text + TOK (i - 2)->b0, "ou", 2) == 0)))
        return FALSE;
      negative = TRUE;
      s = k;
    }

  /* ½ teaspoon */
  if (TOK (s)->type == DOSSIER_TOKEN_PUNCT && vulgar_fraction (TOK (s)->ch) > 0)
    {
      out->value = out->min = out->max = vulgar_fraction (TOK (s)->ch);
      out->last = s;
      out->flags = DOSSIER_NUMBER_DIGITS | DOSSIER_NUMBER_DECIMAL;
      ok = TRUE;
    }
  else if (TOK (s)->type == DOSSIER_TOKEN_DIGITS)
    {
      /* digits go the Chinese way when a Chinese numeral follows */
      DossierNumberFlags f = 0;
      guint dl, k;

      _dossier_number_read_digits (tokens, s, french, &dl, &f);
      k = dl + 1;
      while (inline_space (tokens, k) && TOK (k)->c1 - TOK (k)->c0 <= 2)
        k++;
      if (is_type (tokens, k, DOSSIER_TOKEN_CJK) && (dossier_cjk_unit (TOK (k)->ch) > 0 ||
                                                     TOK (k)->ch == 0x4F59 || TOK (k)->ch == 0x591A || TOK (k)->ch == 0x9918))
        ok = _dossier_number_read_cjk (tokens, s, french, out);
      else
        ok = _dossier_number_read_words (tokens, lexicon, s, french, out);
    }
  else if (TOK (s)->type == DOSSIER_TOKEN_CJK)
    ok = _dossier_number_read_cjk (tokens, s, french, out);
  else if (TOK (s)->type == DOSSIER_TOKEN_WORD)
    ok = _dossier_number_read_words (tokens, lexicon, s, french, out);
  else
    ok = FALSE;

  if (!ok)
    return FALSE;
  /* 2½ */
  if ((out->flags & DOSSIER_NUMBER_PLAIN) && is_type (tokens, out->last + 1, DOSSIER_TOKEN_PUNCT) &&
      adjacent (tokens, out->last, out->last + 1) && vulgar_fraction (TOK (out->last + 1)->ch) > 0)
    {
      out->last++;
      out->value = out->min = out->max = out->value + vulgar_fraction (TOK (out->last)->ch);
      out->flags = (out->flags & ~DOSSIER_NUMBER_PLAIN) | DOSSIER_NUMBER_DECIMAL;
    }
  /* 三分之一, 十一又十四分之一 */
  if (is_type (tokens, out->last + 1, DOSSIER_TOKEN_CJK) && (TOK (out->last + 1)->ch == 0x5206 || TOK (out->last + 1)->ch == 0x53C8))
    _dossier_number_cjk_fraction (tokens, french, out);
  if (s != i && (out->flags & DOSSIER_NUMBER_PLAIN))
    out->flags &= ~DOSSIER_NUMBER_PLAIN;
  out->first = i;
  if (negative)
    {
      double mn = -out->max, mx = -out->min;
      out->min = mn;
      out->max = mx;
      out->value = (out->flags & DOSSIER_NUMBER_APPROX) ? out->min : -out->value;
      if (!(out->flags & DOSSIER_NUMBER_APPROX))
        out->value = out->min;
      out->flags |= DOSSIER_NUMBER_NEGATIVE;
    }

  /* digits glued to letters are codes, not amounts: G42, A320, B200 */
  if (out->flags & DOSSIER_NUMBER_DIGITS)
    {
      if (s > 0 && TOK (s)->type == DOSSIER_TOKEN_DIGITS && TOK (s - 1)->type == DOSSIER_TOKEN_WORD &&
          adjacent (tokens, s - 1, s))
        out->flags |= DOSSIER_NUMBER_GLUED;
      /* URLs and codes: q=30%25, scp-173, /2020 */
      if (s > 0 && TOK (s)->type == DOSSIER_TOKEN_DIGITS && TOK (s - 1)->type == DOSSIER_TOKEN_PUNCT &&
          adjacent (tokens, s - 1, s) &&
          (TOK (s - 1)->ch == '%' || TOK (s - 1)->ch == '=' || TOK (s - 1)->ch == '&' || TOK (s - 1)->ch == '_' ||
           ((TOK (s - 1)->ch == '-' || TOK (s - 1)->ch == '/') && s > 1 && TOK (s - 2)->type == DOSSIER_TOKEN_WORD &&
            adjacent (tokens, s - 2, s - 1))))
        out->flags |= DOSSIER_NUMBER_GLUED;
      if (out->last + 1 < tokens->n && TOK (out->last)->type == DOSSIER_TOKEN_DIGITS &&
          TOK (out->last + 1)->type == DOSSIER_TOKEN_WORD && adjacent (tokens, out->last, out->last + 1))
        {
          const DossierLexEntry *e = LEX (out->last + 1);
          if (e->unit == NULL && e->currency == NULL && e->item == NULL && e->num_kind == 0 &&
              !(e->flags & DOSSIER_LEX_SUFFIX_ORD) && e->dunit == 0 && e->month == 0)
            out->flags |= DOSSIER_NUMBER_GLUED;
        }
    }
  return TRUE;
}

gboolean
dossier_number_parse_string (const char    *text,
                             const char    *lang,
                             DossierNumber *number)
{
  const DossierLexicon *lexicon;
  DossierTokens tokens;
  guint first = 0, end;
  gboolean ok = FALSE;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (number != NULL, FALSE);

  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  lexicon = dossier_lexicon_get (lang);
  dossier_tokens_init (&tokens, text, strlen (text), dossier_lexicon_token_lookup, lexicon);
  end = tokens.n;
  while (first < end && tokens.tok[first].type == DOSSIER_TOKEN_SPACE)
    first++;
  while (end > first && tokens.tok[end - 1].type == DOSSIER_TOKEN_SPACE)
    end--;
  if (first < end && dossier_number_parse (&tokens, lexicon, first, lang, number))
    ok = number->last + 1 == end;
  dossier_tokens_clear (&tokens);
  return ok;
}
