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

/* Appends @tok, written whole: a text has about one token per two bytes. */
static inline void
push (DossierTokens *t, DossierToken tok)
{
  if (G_UNLIKELY (t->n == t->alloc))
    {
      t->alloc = t->alloc ? t->alloc * 2 : 64;
      t->tok = g_renew (DossierToken, t->tok, t->alloc);
    }
  t->tok[t->n++] = tok;
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

  memset (t, 0, sizeof *t);
  t->text = text;
  t->length = length;
  /* Up to one token per two bytes in news text (a CJK character is three
   * bytes, a short word and its space three or four): most texts need no
   * reallocation. */
  t->alloc = MAX (64, length / 2 + 16);
  t->tok = g_new (DossierToken, t->alloc);

  while (p < end)
    {
      const char *start = p;
      guint32 c0 = cp;
      gunichar c = next_char (&p);

      cp++;
      if (c < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
        goto word;
      /* one space between words, the most common blank: no run to read */
      if (c == ' ' && (p >= end || ((guchar) *p < 0x80 && !is_space ((guchar) *p))))
        {
          push (t, (DossierToken) { .type = DOSSIER_TOKEN_SPACE, .flags = DOSSIER_TOKEN_FLAG_ONE_SPACE, .ch = ' ',
                                    .b0 = start - text, .b1 = p - text, .c0 = c0, .c1 = cp });
          continue;
        }
      /* Chinese text is mostly CJK characters: no blank nor digit is
       * above U+3000, so they skip those tests. */
      if (c >= 0x3040 && is_cjk (c))
        {
          push (t, (DossierToken) { .type = DOSSIER_TOKEN_CJK, .ch = c, .b0 = start - text, .b1 = p - text,
                                    .c0 = c0, .c1 = cp });
          continue;
        }
      if (is_digit (c))
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
              {
                const char *q = p;
                gunichar n = next_char (&q);
                if (!is_digit (n))
                  break;
                p = q;
                c = n;
                cp++;
              }
            }
          push (t, (DossierToken) { .type = DOSSIER_TOKEN_DIGITS, .ch = nd, .num = v, .b0 = start - text,
                                    .b1 = p - text, .c0 = c0, .c1 = cp });
          continue;
        }
      if (is_space (c))
        {
          guint8 flags = (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) ? DOSSIER_TOKEN_FLAG_NEWLINE : 0;
          guint count = 1;
          gboolean nb = (c == 0xA0 || c == 0x202F);

          while (p < end)
            {
              const char *q = p;
              gunichar n = next_char (&q);
              if (!is_space (n))
                break;
              if (n == '\n' || n == '\r' || n == 0x2028 || n == 0x2029)
                flags |= DOSSIER_TOKEN_FLAG_NEWLINE;
              p = q;
              cp++;
              count++;
            }
          push (t, (DossierToken) { .type = DOSSIER_TOKEN_SPACE,
                                    .flags = flags | (count == 1 ? DOSSIER_TOKEN_FLAG_ONE_SPACE : 0) |
                                             (count == 1 && nb ? DOSSIER_TOKEN_FLAG_NBSP : 0),
                                    .ch = ' ', .b0 = start - text, .b1 = p - text, .c0 = c0, .c1 = cp });
          continue;
        }
      if (is_cjk (c))
        {
          push (t, (DossierToken) { .type = DOSSIER_TOKEN_CJK, .ch = c, .b0 = start - text, .b1 = p - text,
                                    .c0 = c0, .c1 = cp });
          continue;
        }
      if (is_letter (c))
        goto word;

      push (t, (DossierToken) { .type = DOSSIER_TOKEN_PUNCT, .ch = c < 0x80 ? c : dossier_tokens_unichar_fold_width (c),
                                .b0 = start - text, .b1 = p - text, .c0 = c0, .c1 = cp });
      continue;

    word:
      {
        char buf[32];
        gsize n = 0;
        gboolean fits = TRUE;
        guint16 kw = 0;
        gboolean upper = c < 0x80 ? (c >= 'A' && c <= 'Z') : g_unichar_isupper (c);

        do
          {
            gunichar f = fold_letter (c);
            if (fits)
              {
                if (f < 0x80 && n + 2 < sizeof buf)
                  buf[n++] = (char) f;
                else if (f >= 0x80 && n + 7 < sizeof buf)
                  n += g_unichar_to_utf8 (f, buf + n);
                else
                  fits = FALSE;
              }
            /* A run of ASCII letters, without decoding: lower case is
             * b | 0x20 for a letter. */
            {
              const char *r = p;
              gsize run;

              while (r < end && (guchar) (((guchar) *r | 0x20) - 'a') < 26)
                r++;
              run = r - p;
              if (fits && n + run + 2 <= sizeof buf)
                {
                  for (gsize k = 0; k < run; k++)
                    buf[n + k] = (char) ((guchar) p[k] | 0x20);
                  n += run;
                }
              else
                fits = FALSE;
              p = r;
              cp += run;
            }
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

        if (fits && lookup != NULL)
          {
            buf[n] = '\0';
            kw = lookup (lookup_data, buf, n);
          }
        push (t, (DossierToken) { .type = DOSSIER_TOKEN_WORD, .flags = upper ? DOSSIER_TOKEN_FLAG_UPPER : 0,
                                  .kw = kw, .b0 = start - text, .b1 = p - text, .c0 = c0, .c1 = cp });
      }
    }
}

void
dossier_tokens_clear (DossierTokens *tokens)
{
  g_clear_pointer (&tokens->tok, g_free);
  tokens->n = tokens->alloc = 0;
}
