/* dossier-figures-units.c — units, counted nouns and percent signs around
 * a number, and the Chinese words that follow numbers
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-figures-private.h"

#include <stdlib.h>

/* Longer entries first where one is the prefix of another. */
const CjkWord _dossier_figures_cjk_suffixes[] = {
  { "个百分点", SUF_PERCENT_POINT, NULL }, { "個百分點", SUF_PERCENT_POINT, NULL },
  { "百分点", SUF_PERCENT_POINT, NULL }, { "百分點", SUF_PERCENT_POINT, NULL },
  { "美元", SUF_CURRENCY, "USD" }, { "美金", SUF_CURRENCY, "USD" }, { "美圆", SUF_CURRENCY, "USD" },
  { "欧元", SUF_CURRENCY, "EUR" }, { "歐元", SUF_CURRENCY, "EUR" }, { "日元", SUF_CURRENCY, "JPY" },
  { "日圆", SUF_CURRENCY, "JPY" }, { "英镑", SUF_CURRENCY, "GBP" }, { "英鎊", SUF_CURRENCY, "GBP" },
  { "港元", SUF_CURRENCY, "HKD" }, { "港币", SUF_CURRENCY, "HKD" }, { "港幣", SUF_CURRENCY, "HKD" },
  { "新台币", SUF_CURRENCY, "TWD" }, { "台币", SUF_CURRENCY, "TWD" }, { "台幣", SUF_CURRENCY, "TWD" },
  { "人民币", SUF_CURRENCY, "CNY" }, { "人民幣", SUF_CURRENCY, "CNY" }, { "韩元", SUF_CURRENCY, "KRW" },
  { "卢布", SUF_CURRENCY, "RUB" }, { "迪拉姆", SUF_CURRENCY, "AED" }, { "里亚尔", SUF_CURRENCY, "SAR" },
  { "瑞士法郎", SUF_CURRENCY, "CHF" }, { "法郎", SUF_CURRENCY, "" }, { "加元", SUF_CURRENCY, "CAD" },
  { "加币", SUF_CURRENCY, "CAD" }, { "加幣", SUF_CURRENCY, "CAD" }, { "加拿大元", SUF_CURRENCY, "CAD" },
  { "澳元", SUF_CURRENCY, "AUD" }, { "澳币", SUF_CURRENCY, "AUD" }, { "澳幣", SUF_CURRENCY, "AUD" },
  { "澳大利亚元", SUF_CURRENCY, "AUD" }, { "新加坡元", SUF_CURRENCY, "SGD" }, { "新加坡币", SUF_CURRENCY, "SGD" },
  { "新西兰元", SUF_CURRENCY, "NZD" }, { "纽元", SUF_CURRENCY, "NZD" }, { "新臺幣", SUF_CURRENCY, "TWD" },
  { "臺幣", SUF_CURRENCY, "TWD" }, { "个比特币", SUF_CURRENCY, "" }, { "比特币", SUF_CURRENCY, "" },
  { "元", SUF_CURRENCY, "CNY" }, { "块钱", SUF_CURRENCY, "CNY" },
  { "平方公里", SUF_UNIT, "square kilometre" }, { "平方千米", SUF_UNIT, "square kilometre" },
  { "平方米", SUF_UNIT, "square metre" }, { "千米", SUF_UNIT, "kilometre" }, { "公里", SUF_UNIT, "kilometre" },
  { "厘米", SUF_UNIT, "centimetre" }, { "公分", SUF_UNIT, "centimetre" }, { "毫米", SUF_UNIT, "millimetre" },
  { "纳米", SUF_UNIT, "nanometre" }, { "奈米", SUF_UNIT, "nanometre" }, { "英里", SUF_UNIT, "mile" },
  { "英尺", SUF_UNIT, "foot" }, { "英寸", SUF_UNIT, "inch" }, { "米", SUF_UNIT, "metre" },
  { "公斤", SUF_UNIT, "kilogram" }, { "千克", SUF_UNIT, "kilogram" }, { "毫克", SUF_UNIT, "milligram" },
  { "克", SUF_UNIT, "gram" }, { "斤", SUF_UNIT, "jin" }, { "公吨", SUF_UNIT, "tonne" }, { "吨", SUF_UNIT, "tonne" },
  { "两", SUF_UNIT, "tael" }, { "亩", SUF_UNIT, "mu" }, { "公顷", SUF_UNIT, "hectare" },
  { "毫升", SUF_UNIT, "millilitre" }, { "升", SUF_UNIT, "litre" }, { "加仑", SUF_UNIT, "gallon" },
  { "桶", SUF_UNIT, "barrel" }, { "千比特", SUF_UNIT, "kilobit" }, { "千字节", SUF_UNIT, "kilobyte" },
  { "兆比特", SUF_UNIT, "megabit" }, { "兆字节", SUF_UNIT, "megabyte" }, { "比特", SUF_UNIT, "bit" },
  { "字节", SUF_UNIT, "byte" },
  { "兆赫兹", SUF_UNIT, "megahertz" }, { "千兆赫", SUF_UNIT, "gigahertz" }, { "赫兹", SUF_UNIT, "hertz" },
  { "千瓦时", SUF_UNIT, "kilowatt hour" }, { "千瓦", SUF_UNIT, "kilowatt" }, { "兆瓦", SUF_UNIT, "megawatt" },
  { "吉瓦", SUF_UNIT, "gigawatt" }, { "瓦特", SUF_UNIT, "watt" }, { "瓦", SUF_UNIT, "watt" },
  { "颗", SUF_CLASSIFIER, NULL }, { "顆", SUF_CLASSIFIER, NULL }, { "枚", SUF_CLASSIFIER, NULL },
  { "片", SUF_CLASSIFIER, NULL }, { "台", SUF_CLASSIFIER, NULL }, { "块", SUF_CLASSIFIER, NULL },
  { "个", SUF_CLASSIFIER, NULL }, { "個", SUF_CLASSIFIER, NULL }, { "套", SUF_CLASSIFIER, NULL },
  { "张", SUF_CLASSIFIER, NULL }, { "座", SUF_CLASSIFIER, NULL }, { "家", SUF_CLASSIFIER, NULL },
  { "名", SUF_CLASSIFIER, NULL }, { "位", SUF_CLASSIFIER, NULL },
  { "人", SUF_NOUN, "person" },
  { "成", SUF_CHENG, NULL }, { "折", SUF_ZHE, NULL },
  { "年", SUF_NOT_FIGURE, NULL }, { "月", SUF_NOT_FIGURE, NULL }, { "日", SUF_NOT_FIGURE, NULL },
  { "号", SUF_NOT_FIGURE, NULL }, { "號", SUF_NOT_FIGURE, NULL }, { "周", SUF_NOT_FIGURE, NULL },
  { "天", SUF_NOT_FIGURE, NULL }, { "岁", SUF_NOT_FIGURE, NULL }, { "歲", SUF_NOT_FIGURE, NULL },
  { "点", SUF_NOT_FIGURE, NULL }, { "點", SUF_NOT_FIGURE, NULL }, { "时", SUF_NOT_FIGURE, NULL },
  { "分", SUF_NOT_FIGURE, NULL }, { "秒", SUF_NOT_FIGURE, NULL }, { "次", SUF_NOT_FIGURE, NULL },
  { "倍", SUF_NOT_FIGURE, NULL }, { "世纪", SUF_NOT_FIGURE, NULL }, { "季度", SUF_NOT_FIGURE, NULL },
};
const gsize _dossier_figures_n_cjk_suffixes = G_N_ELEMENTS (_dossier_figures_cjk_suffixes);

/* Nouns counted after a classifier: 颗AI芯片, 台服务器. */
static const CjkWord cjk_nouns[] = {
  { "芯片", SUF_NOUN, "chip" }, { "晶片", SUF_NOUN, "chip" }, { "处理器", SUF_NOUN, "processor" },
  { "處理器", SUF_NOUN, "processor" }, { "服务器", SUF_NOUN, "server" }, { "伺服器", SUF_NOUN, "server" },
  { "显卡", SUF_NOUN, "gpu" }, { "加速器", SUF_NOUN, "accelerator" }, { "晶圆", SUF_NOUN, "wafer" },
  { "数据中心", SUF_NOUN, "data center" }, { "半导体", SUF_NOUN, "chip" },
};

/* Matches the CJK string @s at token @i, allowing blanks between its
 * characters; returns the last token matched or −1. */
int
_dossier_figures_match_cjk (const DossierTokens *tokens, guint i, const char *s)
{
  guint j = i;
  int last = -1;

  while (*s)
    {
      gunichar c = g_utf8_get_char (s);

      if (last >= 0)
        j = skip_space (tokens, j);
      if (!is_type (tokens, j, DOSSIER_TOKEN_CJK) || TOK (j)->ch != c)
        return -1;
      last = (int) j;
      j++;
      s = g_utf8_next_char (s);
    }
  return last;
}

/* The tables above as code points, decoded once, and their entries
 * ordered by first character (keeping the table order among entries with
 * the same one), so that a lookup looks only at the entries that can
 * match: every number in Chinese text asks several times what follows it.
 * A small hash of the first characters finds those entries. */
typedef struct
{
  gunichar ch[8];
  guint    len;
} CjkChars;

typedef struct
{
  gunichar first;
  guint16  index;
} CjkFirst;

#define FIRST_SLOTS 256   /* power of two, more than twice the first characters */

typedef struct
{
  gunichar first;   /* 0 for an empty slot */
  guint16  lo;      /* the entries in CjkTable.firsts */
  guint16  n;
} CjkFirstSlot;

typedef struct
{
  const CjkWord *words;
  CjkChars      *chars;
  CjkFirst      *firsts;
  CjkFirstSlot  *slots;
  gsize          n;
} CjkTable;

static CjkChars suffix_chars[G_N_ELEMENTS (_dossier_figures_cjk_suffixes)];
static CjkFirst suffix_firsts[G_N_ELEMENTS (_dossier_figures_cjk_suffixes)];
static CjkFirstSlot suffix_slots[FIRST_SLOTS];
static CjkChars noun_chars[G_N_ELEMENTS (cjk_nouns)];
static CjkFirst noun_firsts[G_N_ELEMENTS (cjk_nouns)];
static CjkFirstSlot noun_slots[FIRST_SLOTS];
static const CjkTable suffix_table = { _dossier_figures_cjk_suffixes, suffix_chars, suffix_firsts, suffix_slots,
                                       G_N_ELEMENTS (_dossier_figures_cjk_suffixes) };
static const CjkTable noun_table = { cjk_nouns, noun_chars, noun_firsts, noun_slots, G_N_ELEMENTS (cjk_nouns) };

G_STATIC_ASSERT (G_N_ELEMENTS (_dossier_figures_cjk_suffixes) < FIRST_SLOTS / 2);

static inline guint
first_slot (gunichar c)
{
  return (c * 2654435761u) >> 24 & (FIRST_SLOTS - 1);
}

static int
compare_firsts (gconstpointer a, gconstpointer b)
{
  const CjkFirst *x = a, *y = b;

  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  return (int) x->index - (int) y->index;
}

/* Once, and kept out of line: match_cjk_table() runs at every number. */
static G_GNUC_NO_INLINE void
decode_table (const CjkTable *table)
{
  for (gsize k = 0; k < table->n; k++)
    {
      const char *p = table->words[k].text;
      CjkChars *out = &table->chars[k];

      out->len = 0;
      while (*p && out->len < G_N_ELEMENTS (out->ch))
        {
          out->ch[out->len++] = g_utf8_get_char (p);
          p = g_utf8_next_char (p);
        }
      table->firsts[k].first = out->ch[0];
      table->firsts[k].index = (guint16) k;
    }
  qsort (table->firsts, table->n, sizeof (CjkFirst), compare_firsts);
  for (gsize lo = 0, hi; lo < table->n; lo = hi)
    {
      guint k = first_slot (table->firsts[lo].first);

      for (hi = lo; hi < table->n && table->firsts[hi].first == table->firsts[lo].first; hi++)
        ;
      while (table->slots[k].first != 0)
        k = (k + 1) & (FIRST_SLOTS - 1);
      table->slots[k].first = table->firsts[lo].first;
      table->slots[k].lo = (guint16) lo;
      table->slots[k].n = (guint16) (hi - lo);
    }
}

static void
ensure_tables (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      decode_table (&suffix_table);
      decode_table (&noun_table);
      g_once_init_leave (&once, 1);
    }
}

static int
match_chars (const DossierTokens *tokens, guint i, const CjkChars *c)
{
  guint j = i;
  int last = -1;

  for (guint k = 0; k < c->len; k++)
    {
      if (last >= 0)
        j = skip_space (tokens, j);
      if (j >= tokens->n || tokens->tok[j].type != DOSSIER_TOKEN_CJK || tokens->tok[j].ch != c->ch[k])
        return -1;
      last = (int) j;
      j++;
    }
  return last;
}

static const CjkWord *
match_cjk_table (const DossierTokens *tokens, guint i, const CjkTable *table, int *last)
{
  const CjkFirstSlot *slot;
  gunichar ch;
  guint k;

  if (!is_type (tokens, i, DOSSIER_TOKEN_CJK))
    return NULL;
  ensure_tables ();
  ch = TOK (i)->ch;
  for (k = first_slot (ch); table->slots[k].first != ch; k = (k + 1) & (FIRST_SLOTS - 1))
    if (table->slots[k].first == 0)
      return NULL;
  slot = &table->slots[k];
  for (guint f = slot->lo; f < slot->lo + slot->n; f++)
    {
      guint w = table->firsts[f].index;
      int l = match_chars (tokens, i, &table->chars[w]);
      if (l >= 0)
        {
          *last = l;
          return &table->words[w];
        }
    }
  return NULL;
}

/* A unit after the number (km, square meters, 3-inch, 吉瓦…): the last
 * token or −1. */
int
_dossier_figures_unit_after (const DossierTokens *tokens, const DossierLexicon *lexicon, const FigureNext *next,
                             const char **unit)
{
  guint after = next->after, j = next->j;
  int last;

  if (next->suffix && next->suffix->kind == SUF_UNIT)
    {
      last = next->suffix_last;
      *unit = next->suffix->code;
      /* 两米半, 十五斤半 */
      if (is_type (tokens, last + 1, DOSSIER_TOKEN_CJK) && TOK (last + 1)->ch == 0x534A)
        last++;
      return last;
    }
  if (is_punct (tokens, j, '-') && j == after && is_type (tokens, j + 1, DOSSIER_TOKEN_WORD))
    j++;
  if (word_is (tokens, j, "square") || word_is (tokens, j, "cubic") || word_is (tokens, j, "metric"))
    {
      guint m = skip_space (tokens, j + 1);
      if (is_type (tokens, m, DOSSIER_TOKEN_WORD) && LEX (m)->unit != NULL)
        {
          *unit = LEX (m)->unit;
          return (int) m;
        }
      return -1;
    }
  /* "1,5 million de gallons" */
  if (is_type (tokens, j, DOSSIER_TOKEN_WORD) && (LEX (j)->flags & DOSSIER_LEX_OF) && j > after)
    {
      guint k = j + 1;
      if (is_punct (tokens, k, '\''))
        k++;
      k = skip_space (tokens, k);
      if (is_type (tokens, k, DOSSIER_TOKEN_WORD) && LEX (k)->unit != NULL && TOK (k)->c1 - TOK (k)->c0 > 2)
        j = k;
    }
  if (is_type (tokens, j, DOSSIER_TOKEN_WORD) && LEX (j)->unit != NULL)
    {
      guint m;
      /* codes: 24703 m212, L-202, 173m-x */
      if ((is_type (tokens, j + 1, DOSSIER_TOKEN_DIGITS) && TOK (j + 1)->b0 == TOK (j)->b1 &&
           !(TOK (j + 1)->ch == 1 && (TOK (j + 1)->num == 2 || TOK (j + 1)->num == 3))) ||
          (is_punct (tokens, j + 1, '-') && (is_type (tokens, j + 2, DOSSIER_TOKEN_DIGITS) || is_type (tokens, j + 2, DOSSIER_TOKEN_WORD)) &&
           TOK (j + 1)->b0 == TOK (j)->b1))
        return -1;
      if (is_type (tokens, j + 1, DOSSIER_TOKEN_DIGITS) && TOK (j + 1)->b0 == TOK (j)->b1)
        {
          *unit = LEX (j)->unit;
          return (int) j + 1;   /* km2, m3 */
        }
      /* one-letter units only right after the number or one blank: "5 m", "5m" */
      if (TOK (j)->c1 - TOK (j)->c0 == 1 && !(TOK (j)->flags & DOSSIER_TOKEN_FLAG_UPPER) &&
          is_type (tokens, j + 1, DOSSIER_TOKEN_PUNCT) && TOK (j + 1)->ch == '\'')
        return -1;
      *unit = LEX (j)->unit;
      last = (int) j;
      m = skip_space (tokens, j + 1);
      if (word_is (tokens, m, "carres") || word_is (tokens, m, "metriques") || word_is (tokens, m, "cubes"))
        last = (int) m;
      return last;
    }
  /* 20 [kg], 20 <kg> */
  if ((is_punct (tokens, j, '[') || is_punct (tokens, j, '<')) && is_type (tokens, j + 1, DOSSIER_TOKEN_WORD) &&
      LEX (j + 1)->unit != NULL && (is_punct (tokens, j + 2, ']') || is_punct (tokens, j + 2, '>')))
    {
      *unit = LEX (j + 1)->unit;
      return (int) j + 2;
    }
  if (is_punct (tokens, j, '"') && j > after)
    {
      *unit = "inch";
      return (int) j;
    }
  return -1;
}

/* A counted noun after the number: "500 000 puces", "20,000 Nvidia chips",
 * 20万颗AI芯片. Sets *item; returns the last token of the span or −1. */
int
_dossier_figures_item_after (const DossierTokens *tokens, const DossierLexicon *lexicon, const FigureNext *next,
                             const char **item)
{
  guint j = next->j;
  const CjkWord *w = next->suffix;
  int last = next->suffix_last;

  if (w)
    {
      if (w->kind == SUF_NOUN)
        {
          *item = w->code;
          return last;
        }
      if (w->kind == SUF_CLASSIFIER)
        {
          /* look a few characters ahead for the noun: 颗美国设计的人工智能芯片 */
          guint k = last + 1;
          guint seen = 0;
          *item = NULL;
          while (k < tokens->n && seen < 10)
            {
              int nl;
              const CjkWord *noun = match_cjk_table (tokens, k, &noun_table, &nl);
              if (noun)
                {
                  *item = noun->code;
                  break;
                }
              if (is_type (tokens, k, DOSSIER_TOKEN_WORD) && LEX (k)->item != NULL)
                {
                  *item = LEX (k)->item;
                  break;
                }
              if (TOK (k)->type == DOSSIER_TOKEN_PUNCT || TOK (k)->type == DOSSIER_TOKEN_DIGITS ||
                  (TOK (k)->type == DOSSIER_TOKEN_SPACE && (TOK (k)->flags & DOSSIER_TOKEN_FLAG_NEWLINE)))
                break;
              seen += TOK (k)->c1 - TOK (k)->c0;
              k++;
            }
          if (*item == NULL && !(TOK (j)->ch == 0x9897 || TOK (j)->ch == 0x9846 || TOK (j)->ch == 0x679A))
            return -1;
          return last;
        }
      return -1;
    }
  /* "of chips", "de puces" after an approximate amount */
  if (is_type (tokens, j, DOSSIER_TOKEN_WORD) && (LEX (j)->flags & DOSSIER_LEX_OF))
    {
      guint k = j + 1;
      if (is_punct (tokens, k, '\''))
        k++;
      k = skip_space (tokens, k);
      if (is_type (tokens, k, DOSSIER_TOKEN_WORD) && LEX (k)->item != NULL)
        {
          *item = LEX (k)->item;
          return (int) k;
        }
      return -1;
    }
  /* up to two words before the noun: "Nvidia H100 chips", "advanced AI chips" */
  for (guint words = 0; words < 3 && j < tokens->n; words++)
    {
      if (is_type (tokens, j, DOSSIER_TOKEN_WORD) && LEX (j)->item != NULL)
        {
          *item = LEX (j)->item;
          return (int) j;
        }
      if (!(is_type (tokens, j, DOSSIER_TOKEN_WORD) || is_type (tokens, j, DOSSIER_TOKEN_DIGITS)) ||
          LEX (j)->num_kind != 0 || LEX (j)->flags != 0 || LEX (j)->currency != NULL || LEX (j)->unit != NULL ||
          LEX (j)->dunit != 0)
        return -1;
      /* only capitalised names or product codes may stand between */
      if (is_type (tokens, j, DOSSIER_TOKEN_WORD) && !(TOK (j)->flags & DOSSIER_TOKEN_FLAG_UPPER))
        return -1;
      j++;
      while (j < tokens->n && (is_type (tokens, j, DOSSIER_TOKEN_DIGITS) ||
                               (is_type (tokens, j, DOSSIER_TOKEN_WORD) && TOK (j)->b0 == TOK (j - 1)->b1)))
        j++;
      if (!inline_space (tokens, j))
        return -1;
      j = skip_space (tokens, j);
    }
  return -1;
}

/* A percent sign or word after the number; returns the last token or −1. */
int
_dossier_figures_percent_after (const DossierTokens *tokens, const DossierLexicon *lexicon, const FigureNext *next)
{
  guint j = next->j;

  if (is_punct (tokens, j, '%') || is_punct (tokens, j, 0x2030))
    return (int) j;
  if (next->suffix && next->suffix->kind == SUF_PERCENT_POINT)
    return next->suffix_last;
  if (is_type (tokens, j, DOSSIER_TOKEN_WORD) && (LEX (j)->flags & DOSSIER_LEX_PERCENT))
    return (int) j;
  /* per cent, pour cent, pour-cent */
  if (is_type (tokens, j, DOSSIER_TOKEN_WORD) && (LEX (j)->flags & DOSSIER_LEX_PER))
    {
      guint k = j + 1;
      if (is_punct (tokens, k, '-') || inline_space (tokens, k))
        k++;
      if (is_type (tokens, k, DOSSIER_TOKEN_WORD) && (LEX (k)->flags & DOSSIER_LEX_CENT))
        return (int) k;
    }
  return -1;
}

gboolean
_dossier_figures_followed_by_date_word (const DossierTokens *tokens, const DossierLexicon *lexicon,
                                        const FigureNext *next)
{
  guint j = next->j;

  if (next->suffix && next->suffix->kind == SUF_NOT_FIGURE)
    return TRUE;
  if (is_type (tokens, j, DOSSIER_TOKEN_WORD) && (LEX (j)->dunit != 0 || LEX (j)->month != 0))
    return TRUE;
  return FALSE;
}

/* Classifies the number @n; appends at most one span. */

const CjkWord *
_dossier_figures_suffix_at (const DossierTokens *tokens, guint i, int *last)
{
  return match_cjk_table (tokens, i, &suffix_table, last);
}

void
_dossier_figures_next (const DossierTokens *tokens, guint after, FigureNext *next)
{
  next->after = after;
  next->j = skip_space (tokens, after);
  next->suffix_last = -1;
  next->suffix = match_cjk_table (tokens, next->j, &suffix_table, &next->suffix_last);
}

/* A rate after a unit: "/h", "/ms", " per hour", " per millisecond", " à
 * l'heure", " par seconde", "/kg". Returns the last token or −1; *per
 * names the second unit. */
int
_dossier_figures_per_unit_after (const DossierTokens *tokens, const DossierLexicon *lexicon, guint after,
                                 const char **per)
{
  static const struct { const char *word; const char *name; } times[] = {
    { "h", "hour" }, { "hr", "hour" }, { "hour", "hour" }, { "hours", "hour" }, { "heure", "hour" },
    { "s", "second" }, { "sec", "second" }, { "second", "second" }, { "seconde", "second" },
    { "ms", "millisecond" }, { "millisecond", "millisecond" }, { "milliseconde", "millisecond" },
    { "min", "minute" }, { "minute", "minute" }, { "day", "day" }, { "jour", "day" }, { "year", "year" },
    { "an", "year" },
  };
  guint j = after, u;
  char buf[16];

  if (is_punct (tokens, j, '/') && j > 0 && adjacent_tokens (tokens, j - 1, j))
    u = j + 1;   /* km/h, centimeters/millisecond */
  else if (inline_space (tokens, j) && (word_is (tokens, j + 1, "per") || word_is (tokens, j + 1, "par")))
    u = skip_space (tokens, j + 2);
  else if (inline_space (tokens, j) && word_is (tokens, j + 1, "a") &&
           word_is (tokens, skip_space (tokens, j + 2), "l") && is_punct (tokens, skip_space (tokens, j + 2) + 1, '\''))
    u = skip_space (tokens, j + 2) + 2;   /* à l'heure */
  else
    return -1;
  if (!is_type (tokens, u, DOSSIER_TOKEN_WORD))
    return -1;
  if (LEX (u)->unit != NULL && !(is_type (tokens, u + 1, DOSSIER_TOKEN_WORD) && adjacent_tokens (tokens, u, u + 1)))
    {
      *per = LEX (u)->unit;
      return (int) u;
    }
  if (dossier_tokens_fold (tokens, u, buf, sizeof buf) == 0)
    return -1;
  for (gsize k = 0; k < G_N_ELEMENTS (times); k++)
    if (strcmp (buf, times[k].word) == 0)
      {
        *per = times[k].name;
        return (int) u;
      }
  return -1;
}

