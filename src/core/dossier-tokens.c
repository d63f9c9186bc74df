/* dossier-tokens.c
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-tokens.h"

#include <string.h>

gunichar
dossier_tokens_unichar_fold_width (gunichar c)
{
  if (c >= 0xFF01 && c <= 0xFF5E)
    return c - 0xFF01 + 0x21;
  switch (c)
    {
    case 0x3000: return ' ';
    case 0x2212: case 0x2013: case 0x2014: case 0x2010: case 0x2011: case 0xFE63: return '-';
    case 0x2019: case 0x2018: case 0x02BC: return '\'';
    case 0x3002: case 0xFF61: return 0x3002;   /* ideographic full stop stays itself */
    case 0x3001: return ',';
    default: return c;
    }
}

static inline gboolean
is_cjk (gunichar c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF) ||
         c == 0x3007;
}

gboolean
dossier_tokens_unichar_is_cjk (gunichar c)
{
  return is_cjk (c);
}

static inline gboolean
is_space (gunichar c)
{
  if (c < 0x80)   /* space, tab, line feed, vertical tab, form feed, carriage return */
    return c == ' ' || (c >= '\t' && c <= '\r');
  return c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x3000 || c == 0x2007 || c == 0x200B ||
         c == 0x2028 || c == 0x2029;
}

static inline gboolean
is_digit (gunichar c)
{
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

static inline gboolean
is_letter (gunichar c)
{
  if (c < 0x80)
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c == 0xD7 || c == 0xF7)
    return FALSE;
  if (c < 0x250)
    return c >= 0xC0;
  if (is_cjk (c))
    return FALSE;
  if (c >= 0xFF21 && c <= 0xFF5A)
    return g_unichar_isalpha (c);
  return c < 0x2000 && g_unichar_isalpha (c);
}

/* Decodes one character of valid UTF-8 at @p; advances @p. */
static inline gunichar
next_char (const char **p)
{
  const guchar *s = (const guchar *) *p;
  gunichar c = s[0];

  if (c < 0x80)
    {
      *p += 1;
      return c;
    }
  if (c < 0xE0)
    {
      *p += 2;
      return ((c & 0x1F) << 6) | (s[1] & 0x3F);
    }
  if (c < 0xF0)
    {
      *p += 3;
      return ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    }
  *p += 4;
  return ((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

/* Folds Latin letters to lower-case ASCII where a plain letter exists. */
static gunichar
fold_letter (gunichar c)
{
  if (c < 0x80)
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xFF21 && c <= 0xFF3A)
    return c - 0xFF21 + 'a';
  if (c >= 0xFF41 && c <= 0xFF5A)
    return c - 0xFF41 + 'a';
  switch (c)
    {
    case 0xC0: case 0xC1: case 0xC2: case 0xC3: case 0xC4: case 0xC5:
    case 0xE0: case 0xE1: case 0xE2: case 0xE3: case 0xE4: case 0xE5: return 'a';
    case 0xC7: case 0xE7: return 'c';
    case 0xC8: case 0xC9: case 0xCA: case 0xCB:
    case 0xE8: case 0xE9: case 0xEA: case 0xEB: return 'e';
    case 0xCC: case 0xCD: case 0xCE: case 0xCF:
    case 0xEC: case 0xED: case 0xEE: case 0xEF: return 'i';
    case 0xD1: case 0xF1: return 'n';
    case 0xD2: case 0xD3: case 0xD4: case 0xD5: case 0xD6:
    case 0xF2: case 0xF3: case 0xF4: case 0xF5: case 0xF6: return 'o';
    case 0xD9: case 0xDA: case 0xDB: case 0xDC:
    case 0xF9: case 0xFA: case 0xFB: case 0xFC: return 'u';
    case 0xDD: case 0xFD: case 0xFF: return 'y';
    default: return g_unichar_tolower (c);
    }
}

gsize
dossier_tokens_fold (const DossierTokens *tokens,
                     guint                i,
                     char                *buf,
                     gsize                size)
{
  const DossierToken *t = &tokens->tok[i];
  const char *p = tokens->text + t->b0;
  const char *end = tokens->text + t->b1;
  gsize n = 0;

  while (p < end)
    {
      gunichar c = fold_letter (next_char (&p));

      if (c < 0x80)
        {
          if (n + 2 > size)
            return 0;
          buf[n++] = (char) c;
        }
      else
        {
          char tmp[6];
          int len = g_unichar_to_utf8 (c, tmp);

          if (n + len + 1 > size)
            return 0;
          memcpy (buf + n, tmp, len);
          n += len;
        }
    }
  buf[n] = '\0';
  return n;
}

char *
dossier_tokens_dup (const DossierTokens *tokens,
                    guint                first,
                    guint                last)
{
  gsize len;
  char *copy;

  g_assert (first <= last && last < tokens->n);
  /* g_strndup() without its strncpy(): the text holds no NUL byte, or
   * stops at the first one either way */
  len = tokens->tok[last].b1 - tokens->tok[first].b0;
  copy = g_malloc (len + 1);
  memcpy (copy, tokens->text + tokens->tok[first].b0, len);
  copy[len] = '\0';
  return copy;
}

/* The class of an ASCII byte, so that most tokens start with one table
 * read instead of a chain of comparisons. */
enum { A_PUNCT, A_LETTER, A_DIGIT, A_SPACE };

static const guint8 ascii_class[128] = {
  ['\t'] = A_SPACE, ['\n'] = A_SPACE, ['\v'] = A_SPACE, ['\f'] = A_SPACE, ['\r'] = A_SPACE, [' '] = A_SPACE,
  ['0'] = A_DIGIT, ['1'] = A_DIGIT, ['2'] = A_DIGIT, ['3'] = A_DIGIT, ['4'] = A_DIGIT,
  ['5'] = A_DIGIT, ['6'] = A_DIGIT, ['7'] = A_DIGIT, ['8'] = A_DIGIT, ['9'] = A_DIGIT,
#define L(c) [c] = A_LETTER, [c + 32] = A_LETTER
  L ('A'), L ('B'), L ('C'), L ('D'), L ('E'), L ('F'), L ('G'), L ('H'), L ('I'), L ('J'), L ('K'), L ('L'), L ('M'),
  L ('N'), L ('O'), L ('P'), L ('Q'), L ('R'), L ('S'), L ('T'), L ('U'), L ('V'), L ('W'), L ('X'), L ('Y'), L ('Z'),
#undef L
};

static inline gsize
ascii_letter_run (const char *p,
                  const char *end)
{
  const char *r = p;

  /* eight bytes at a time: a byte is a letter when its high bit is clear
   * and, lower-cased by | 0x20, it lies in 'a'…'z' (the sums below stay
   * within each byte because the high bits are masked off first) */
  while (end - r >= 8)
    {
      guint64 x, m, letters, others;

      memcpy (&x, r, 8);
      x = GUINT64_FROM_LE (x);
      m = (x | G_GUINT64_CONSTANT (0x2020202020202020)) & G_GUINT64_CONSTANT (0x7F7F7F7F7F7F7F7F);
      letters = (m + G_GUINT64_CONSTANT (0x1F1F1F1F1F1F1F1F)) & ~(m + G_GUINT64_CONSTANT (0x0505050505050505)) & ~x;
      others = ~letters & G_GUINT64_CONSTANT (0x8080808080808080);
      if (others != 0)
        return (r - p) + (gsize) __builtin_ctzll (others) / 8;
      r += 8;
    }
  while (r < end && (guchar) (((guchar) *r | 0x20) - 'a') < 26)
    r++;
  return r - p;
}

gsize
_dossier_tokens_ascii_letter_run (const char *p,
                                  const char *end)
{
  return ascii_letter_run (p, end);
}

/* The first @len (≤ 16) bytes at @p lower-cased into @buf, as two 64-bit
 * words: @p has 16 readable bytes, the bytes past @len become zeros. */
static inline void
lower_16 (const char *p,
          gsize       len,
          char       *buf)
{
  guint64 w[2];

  memcpy (w, p, sizeof w);
  w[0] = GUINT64_FROM_LE (w[0]) | G_GUINT64_CONSTANT (0x2020202020202020);
  w[1] = GUINT64_FROM_LE (w[1]) | G_GUINT64_CONSTANT (0x2020202020202020);
  if (len < 8)
    {
      w[0] &= (G_GUINT64_CONSTANT (1) << (8 * len)) - 1;
      w[1] = 0;
    }
  else if (len < 16)
    w[1] &= (G_GUINT64_CONSTANT (1) << (8 * (len - 8))) - 1;
  w[0] = GUINT64_TO_LE (w[0]);
  w[1] = GUINT64_TO_LE (w[1]);
  memcpy (buf, w, sizeof w);
}

static inline gboolean
is_newline (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
}

void
dossier_tokens_init (DossierTokens        *t,
                     const char           *text,
                     gsize                 length,
                     DossierKeywordLookup  lookup,
                     gconstpointer         lookup_data)
{
  const char *p = text;
  const char *end = text + length;
  guint32 cp = 0;
  DossierToken *tok;
  guint n = 0, alloc;

  memset (t, 0, sizeof *t);
  t->text = text;
  t->length = length;
  /* Up to one token per two bytes in news text (a CJK character is three
   * bytes, a short word and its space three or four): most texts need no
   * reallocation. */
  alloc = MAX (64, length / 2 + 16);
  tok = g_new (DossierToken, alloc);

  /* The array, its length and the offsets stay in locals: every token is
   * written whole, once. */
  while (p < end)
    {
      const char *start = p;
      guint32 c0 = cp;
      guchar b = (guchar) *p;
      gunichar c;
      char buf[32];
      gsize nb;
      gboolean fits, upper;

      if (G_UNLIKELY (n == alloc))
        {
          alloc *= 2;
          tok = g_renew (DossierToken, tok, alloc);
        }

      if (b < 0x80)
        {
          switch (ascii_class[b])
            {
            case A_LETTER:
              {
                gsize run = ascii_letter_run (p, end);

                memset (buf, 0, sizeof buf);
                nb = run;
                fits = run + 2 <= sizeof buf;
                upper = b <= 'Z';
                if (run <= 16 && end - p >= 16)
                  lower_16 (p, run, buf);
                else if (fits)
                  for (gsize k = 0; k < run; k++)
                    buf[k] = (char) ((guchar) p[k] | 0x20);
                p += run;
                cp += run;
                /* a word that goes on past ASCII: "café", "Müller" */
                if (p < end && (guchar) *p >= 0x80)
                  {
                    const char *q = p;
                    c = next_char (&q);
                    if (is_letter (c))
                      {
                        p = q;
                        cp++;
                        goto word_rest;
                      }
                  }
                goto word_done;
              }

            case A_SPACE:
              /* one space between words, the most common blank: no run to read */
              if (b == ' ' && (p + 1 >= end || ((guchar) p[1] < 0x80 && ascii_class[(guchar) p[1]] != A_SPACE)))
                {
                  p++;
                  cp++;
                  tok[n++] = (DossierToken) { .type = DOSSIER_TOKEN_SPACE, .flags = DOSSIER_TOKEN_FLAG_ONE_SPACE,
                                              .ch = ' ', .b0 = start - text, .b1 = p - text, .c0 = c0, .c1 = cp };
                  continue;
                }
              p++;
              cp++;
              c = b;
              goto space;

            case A_DIGIT:
              p++;
              cp++;
              c = b;
              goto digits;

            default:
              p++;
              cp++;
              tok[n++] = (DossierToken) { .type = DOSSIER_TOKEN_PUNCT, .ch = b, .b0 = start - text,
                                          .b1 = p - text, .c0 = c0, .c1 = cp };
              continue;
            }
        }

      c = next_char (&p);
      cp++;
      /* Chinese text is mostly CJK characters: no blank nor digit is
       * above U+3000, so they skip those tests. */
      if (c >= 0x3040 && is_cjk (c))
        {
          tok[n++] = (DossierToken) { .type = DOSSIER_TOKEN_CJK, .ch = c, .b0 = start - text, .b1 = p - text,
                                      .c0 = c0, .c1 = cp };
          continue;
        }
      if (is_digit (c))
        goto digits;
      if (is_space (c))
        goto space;
      if (is_cjk (c))
        {
          tok[n++] = (DossierToken) { .type = DOSSIER_TOKEN_CJK, .ch = c, .b0 = start - text, .b1 = p - text,
                                      .c0 = c0, .c1 = cp };
          continue;
        }
      if (is_letter (c))
        {
          memset (buf, 0, sizeof buf);
          nb = 0;
          fits = TRUE;
          upper = g_unichar_isupper (c);
          goto word_rest;
        }
      tok[n++] = (DossierToken) { .type = DOSSIER_TOKEN_PUNCT, .ch = dossier_tokens_unichar_fold_width (c),
                                  .b0 = start - text, .b1 = p - text, .c0 = c0, .c1 = cp };
      continue;

    digits:
      {
        guint64 v = 0;
        guint nd = 0;

        for (;;)
          {
            gunichar d = c >= 0xFF10 ? c - 0xFF10 : c - '0';

            if (nd < 18)
              v = v * 10 + d;
            nd++;
            if (p >= end)
              break;
            if ((guchar) (*p - '0') < 10)
              {
                c = (guchar) *p++;
                cp++;
                continue;
              }
            if ((guchar) *p < 0x80)
              break;
            {
              const char *q = p;
              gunichar nx = next_char (&q);
              if (!is_digit (nx))
                break;
              p = q;
              c = nx;
              cp++;
            }
          }
        tok[n++] = (DossierToken) { .type = DOSSIER_TOKEN_DIGITS, .ch = nd, .num = v, .b0 = start - text,
                                    .b1 = p - text, .c0 = c0, .c1 = cp };
        continue;
      }

    space:
      {
        guint8 flags = is_newline (c) ? DOSSIER_TOKEN_FLAG_NEWLINE : 0;
        guint count = 1;
        gboolean nbsp = (c == 0xA0 || c == 0x202F);

        while (p < end)
          {
            const char *q = p;
            gunichar nx = next_char (&q);
            if (!is_space (nx))
              break;
            if (is_newline (nx))
              flags |= DOSSIER_TOKEN_FLAG_NEWLINE;
            p = q;
            cp++;
            count++;
          }
        tok[n++] = (DossierToken) { .type = DOSSIER_TOKEN_SPACE,
                                    .flags = flags | (count == 1 ? DOSSIER_TOKEN_FLAG_ONE_SPACE : 0) |
                                             (count == 1 && nbsp ? DOSSIER_TOKEN_FLAG_NBSP : 0),
                                    .ch = ' ', .b0 = start - text, .b1 = p - text, .c0 = c0, .c1 = cp };
        continue;
      }

      /* a word: its letters folded into @buf (zero-padded, for the lookup)
       * while they fit */
    word_rest:
      do
        {
          gunichar f = fold_letter (c);
          gsize k;

          if (fits)
            {
              if (f < 0x80 && nb + 2 < sizeof buf)
                buf[nb++] = (char) f;
              else if (f >= 0x80 && nb + 7 < sizeof buf)
                nb += g_unichar_to_utf8 (f, buf + nb);
              else
                fits = FALSE;
            }
          k = ascii_letter_run (p, end);
          if (fits && nb + k + 2 <= sizeof buf)
            {
              for (gsize j = 0; j < k; j++)
                buf[nb + j] = (char) ((guchar) p[j] | 0x20);
              nb += k;
            }
          else
            fits = FALSE;
          p += k;
          cp += k;
          if (p >= end || (guchar) *p < 0x80)
            break;
          {
            const char *q = p;
            gunichar nx = next_char (&q);
            if (!is_letter (nx))
              break;
            p = q;
            c = nx;
            cp++;
          }
        }
      while (TRUE);

    word_done:
      tok[n++] = (DossierToken) { .type = DOSSIER_TOKEN_WORD, .flags = upper ? DOSSIER_TOKEN_FLAG_UPPER : 0,
                                  .kw = fits && lookup != NULL ? lookup (lookup_data, buf, nb) : 0,
                                  .b0 = start - text, .b1 = p - text, .c0 = c0, .c1 = cp };
    }

  t->tok = tok;
  t->n = n;
  t->alloc = alloc;
}

void
dossier_tokens_clear (DossierTokens *tokens)
{
  g_clear_pointer (&tokens->tok, g_free);
  tokens->n = tokens->alloc = 0;
}
