/* dossier-name-finder-zh.c — unknown people and organizations in Chinese
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-name-finder-private.h"

#include <string.h>

#include "dossier-name-lexicon.h"

/* Chinese has no capitals and no spaces, so names are found from their
 * material (characters of the transliteration tables, common surnames) and
 * their surroundings (titles, verbs of speech, organization suffixes).
 * Runs of characters are bounded by function characters (的, 了, 在…). */

#define MAX_NAME 10

static inline gboolean
is_dot (gunichar c)
{
  /* most text is below the first of them: one comparison */
  return c >= 0x00B7 && (c == 0x00B7 || c == 0x2022 || c == 0x2027 || c == 0x30FB || c == 0xFF65 ||
         c == 0x2219 || c == 0x22C5 || c == 0x0387);
}

static inline gboolean
is_han (gunichar c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

static inline gboolean
translit (gunichar c)
{
  guint f = dossier_lexicon_zh_char (c);

  return (f & ZH_TRANSLIT) && !(f & ZH_STOP);
}

static inline gboolean
name_char (gunichar c)
{
  return is_han (c) && !(dossier_lexicon_zh_char (c) & ZH_STOP);
}

/* The first position from @i on whose code point is @limit (at least
 * 0x80) or above, or @n. */
static inline guint
skip_below (const gunichar *s,
            guint           i,
            guint           n,
            gunichar        limit)
{
  const gunichar *p = s + i, *end = s + n;

  /* ASCII (both limits are above it) eight code points at a time */
  while (end - p >= 8)
    {
      guint64 w[4];

      memcpy (w, p, sizeof w);
      if ((w[0] | w[1] | w[2] | w[3]) & G_GUINT64_CONSTANT (0xFFFFFF80FFFFFF80))
        break;
      p += 8;
    }
  while (p < end && *p < limit)
    p++;
  return p - s;
}

static void
emit (GArray          *out,
      guint            start,
      guint            end,
      DossierSpanKind  kind,
      DossierNameCue   cue)
{
  DossierNameCandidate c = { start, end, kind, cue };

  g_array_append_val (out, c);
}

/* A Chinese name ending just before pos: a transliteration of two or more
 * characters, or a surname with one or two given-name characters. */
static gboolean
name_before (const gunichar *s,
             guint           pos,
             guint          *start)
{
  guint l = pos;

  while (l > 0 && pos - l < MAX_NAME && (translit (s[l - 1]) || (is_dot (s[l - 1]) && l - 1 > 0 && translit (s[l - 2]))))
    l--;
  if (pos - l >= 2)
    {
      *start = l;
      return TRUE;
    }
  if (pos >= 3 && (dossier_lexicon_zh_char (s[pos - 3]) & ZH_SURNAME) &&
      name_char (s[pos - 2]) && name_char (s[pos - 1]) &&
      (pos == 3 || !name_char (s[pos - 4])))
    {
      *start = pos - 3;
      return TRUE;
    }
  if (pos >= 2 && (dossier_lexicon_zh_char (s[pos - 2]) & ZH_SURNAME) &&
      name_char (s[pos - 1]) && (pos == 2 || !name_char (s[pos - 3])))
    {
      *start = pos - 2;
      return TRUE;
    }
  return FALSE;
}

gboolean
_dossier_name_zh_name_ends_at (const gunichar *s,
                               guint           pos)
{
  guint start;

  return pos > 0 && (translit (s[pos - 1]) || name_before (s, pos, &start));
}

/* A Chinese name starting at pos, after a title. */
static gboolean
name_after (const gunichar *s,
            guint           n,
            guint           pos,
            guint          *end)
{
  guint r = pos;

  while (r < n && r - pos < MAX_NAME && (translit (s[r]) || (is_dot (s[r]) && r > pos && r + 1 < n && translit (s[r + 1]))))
    r++;
  if (r - pos >= 2)
    {
      *end = r;
      return TRUE;
    }
  if (pos + 1 < n && (dossier_lexicon_zh_char (s[pos]) & ZH_SURNAME) && name_char (s[pos + 1]))
    {
      guint len = 2;

      if (pos + 2 < n && name_char (s[pos + 2]) &&
          dossier_lexicon_zh_speech (s + pos + 2, n - pos - 2) == 0 &&
          dossier_lexicon_zh_title_after (s + pos + 2, n - pos - 2) == 0)
        len = 3;
      *end = pos + len;
      return TRUE;
    }
  return FALSE;
}

/* Single-character suffixes that usually start another word: 部分, 局势,
 * 社会, 军事… */
static gboolean
suffix_continues (gunichar suffix,
                  gunichar next)
{
  static const struct { gunichar suffix; const char *next; } table[] = {
    { 0x90E8 /* 部 */, "分署门长位件队落属下内" },
    { 0x5C40 /* 局 */, "势面限部长" },
    { 0x7F72 /* 署 */, "名理长" },
    { 0x515A /* 党 */, "员派内" },
    { 0x519B /* 军 */, "事队方舰人备" },
    { 0x961F /* 队 */, "伍员长" },
    { 0x5385 /* 厅 */, "长" },
    { 0x793E /* 社 */, "会交区团长" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (table); i++)
    if (table[i].suffix == suffix)
      return g_utf8_strchr (table[i].next, -1, next) != NULL;
  return FALSE;
}

/* …and words that end with one: 内部, 全部, 东部, 干部. */
static gboolean
suffix_ends_word (gunichar suffix,
                  gunichar prev)
{
  if (suffix == 0x90E8 /* 部 */)
    return g_utf8_strchr ("内全外局东西南北中上下本各干总腹胸头背面尾颈腰腿脚臀底顶根", -1, prev) != NULL;
  if (suffix == 0x5C40 /* 局 */)
    return g_utf8_strchr ("格布结大全时政残开终当", -1, prev) != NULL;
  if (suffix == 0x515A /* 党 */)
    return g_utf8_strchr ("政朋死", -1, prev) != NULL;
  if (suffix == 0x793E /* 社 */)
    return g_utf8_strchr ("结公", -1, prev) != NULL;
  if (suffix == 0x961F /* 队 */)
    return g_utf8_strchr ("排团车舰", -1, prev) != NULL;
  if (suffix == 0x519B /* 军 */)
    return g_utf8_strchr ("冠亚季参进将行", -1, prev) != NULL;
  if (suffix == 0x5385 /* 厅 */)
    return g_utf8_strchr ("客餐大门舞展歌前", -1, prev) != NULL;
  return FALSE;
}

static gboolean
is_government_suffix (gunichar c)
{
  return c == 0x90E8 || c == 0x5C40 || c == 0x7F72 || c == 0x5385 ||  /* 部 局 署 厅 */
         c == 0x515A;                                                    /* 党 */
}

/* Whether the Latin word ending at end (within [.., limit)) is a name
 * rather than an abbreviation such as "AI". */
static gboolean
latin_name_before (const gunichar *s,
                   guint           end,
                   guint           limit)
{
  guint k = end, i;
  char word[32];

  if (end < limit && s[end] < 0x80 && g_ascii_isalnum (s[end]))
    return FALSE;  /* not the last letter of the word */
  while (k > 0 && s[k - 1] < 0x80 && g_ascii_isalnum (s[k - 1]) && end - k < sizeof word - 1)
    k--;
  if (end - k < 2)
    return FALSE;
  for (i = k; i < end; i++)
    word[i - k] = g_ascii_tolower (s[i]);
  word[end - k] = '\0';
  return !(dossier_lexicon_latin (word) & LEX_STOP);
}

static gboolean
starts_with_loanword (const gunichar *s,
                      guint           len)
{
  return dossier_lexicon_zh_loanword (s, len) > 0;
}

/* 生于桑德兰, 前往阿比让, 在克里米亚（: the name at start..end is where
 * something is, unless it is someone's (在马克龙的…). */
static gboolean
place_preposition_before (const gunichar *s,
                          guint           n,
                          guint           start,
                          guint           end)
{
  gunichar c = start > 0 ? s[start - 1] : 0;

  return (c == 0x5728 /* 在 */ || c == 0x4E8E /* 于 */ || c == 0x5F80 /* 往 */ ||
          c == 0x81EA /* 自 */ || c == 0x5230 /* 到 */) &&
         !(end < n && s[end] == 0x7684 /* 的 */);
}

/* A Chinese name before a Latin gloss in brackets at pos: 安迪（Andy）,
 * 朱婷（Jutting）; the gloss tells it is a name, its place the kind. */
gboolean
_dossier_name_zh_glossed_name (const gunichar       *s,
                               guint                 n,
                               guint                 pos,
                               DossierNameCandidate *c)
{
  guint start;

  if (!name_before (s, pos, &start) || starts_with_loanword (s + start, pos - start))
    return FALSE;
  c->start = start;
  c->end = pos;
  c->kind = place_preposition_before (s, n, start, pos) ? DOSSIER_SPAN_PLACE : DOSSIER_SPAN_PERSON;
  c->cue = NAME_CUE_STRONG;
  return TRUE;
}

static gboolean
is_list_separator (gunichar c)
{
  return c == 0xFF0C /* ， */ || c == 0x3001 /* 、 */ || c == ',' || c == 0x548C /* 和 */ ||
         c == 0x4E0E /* 与 */ || c == 0x53CA /* 及 */ || c == 0x4EE5 /* 以 (以及) */ || c == ' ';
}

/* "特斯拉、优步等公司", "Spotify和快拍等科技公司": the length of the noun
 * for organizations after 等, with up to two characters before it. */
static guint
list_org_noun (const gunichar *s,
               guint           n)
{
  guint skip, len;

  for (skip = 0; skip <= 2 && skip < n; skip++)
    {
      if ((len = dossier_lexicon_zh_list_noun (s + skip, n - skip)) > 0)
        return skip + len;
      if (!name_char (s[skip]))
        break;
    }
  return 0;
}

/* The start of the item of a list that ends at end: a run of name
 * characters, or a Latin word. */
static guint
list_item_start (const gunichar *s,
                 guint           end)
{
  guint k = end;

  if (k > 0 && s[k - 1] < 0x80 && g_ascii_isalnum (s[k - 1]))
    {
      while (k > 0 && end - k < 32 && s[k - 1] < 0x80 &&
             (g_ascii_isalnum (s[k - 1]) || s[k - 1] == '-' || s[k - 1] == '&' || s[k - 1] == '.'))
        k--;
      return k;
    }
  while (k > 0 && end - k < 6 && name_char (s[k - 1]) && !is_list_separator (s[k - 1]))
    k--;
  return k;
}

/* "A、B和C等公司": each item is an organization. Walks back from pos
 * (the position of 等). */
static void
emit_list_before (const gunichar *s,
                  guint           pos,
                  GArray         *out)
{
  guint end = pos, items = 0;

  while (end > 0 && items < 8)
    {
      guint start = list_item_start (s, end), k;

      if (end - start < 2 || (s[start] >= 0x80 && start > 0 && name_char (s[start - 1])))
        return;
      emit (out, start, end, DOSSIER_SPAN_ORGANIZATION, NAME_CUE_WEAK);
      items++;
      k = start;
      if (k == 0 || !is_list_separator (s[k - 1]))
        return;
      while (k > 0 && start - k < 3 && is_list_separator (s[k - 1]))
        k--;
      end = k;
    }
}

void
_dossier_name_finder_find_zh (const DossierNormalized *doc,
                              GArray                  *out)
{
  const gunichar *s = doc->orig;
  guint n = doc->n_orig, i;
  guint covered = 0;  /* end of the last transliterated name emitted */

  for (i = 0; i < n; i++)
    {
      gunichar c = s[i];
      guint len, start, end, flags;

      /* most of a mixed text is ASCII, below both: skipped in one run */
      if (c < 0x00B7)
        {
          i = skip_below (s, i + 1, n, 0x00B7) - 1;
          continue;
        }
      if (!is_han (c) && !is_dot (c))
        continue;

      /* "特斯拉、优步等公司" */
      if (c == 0x7B49 /* 等 */ && i + 1 < n && list_org_noun (s + i + 1, n - i - 1) > 0)
        emit_list_before (s, i, out);

      /* Transliterated names joined by a middle dot: 山姆·奥特曼. */
      if (is_dot (c) && i > 0 && i + 1 < n && translit (s[i - 1]) && translit (s[i + 1]))
        {
          guint l = i, r = i + 1;

          while (l > 0 && i - l < 6 && translit (s[l - 1]))
            l--;
          for (;;)
            {
              while (r < n && r - i < 16 && translit (s[r]))
                r++;
              if (r + 1 < n && (is_dot (s[r]) || s[r] == '-') && translit (s[r + 1]))
                r++;
              else
                break;
            }
          /* A title before the dot is not part of the name (谢赫·…). */
          if (dossier_lexicon_zh_title (s + l, i - l) == i - l)
            l = i + 1;
          if (l >= covered && r > l + 1)
            {
              emit (out, l, r, DOSSIER_SPAN_PERSON, NAME_CUE_STRONG);
              covered = r;
            }
          continue;
        }
      if (i < covered)
        continue;

      /* The word lists are only searched where a word can start. */
      flags = dossier_lexicon_zh_char (c);

      /* A title before a name: 总统特朗普, 部长王毅. */
      len = (flags & ZH_FIRST_TITLE) ? dossier_lexicon_zh_title (s + i, n - i) : 0;
      if (len > 0 && name_after (s, n, i + len, &end))
        {
          emit (out, i + len, end, DOSSIER_SPAN_PERSON, NAME_CUE_STRONG);
          covered = end;
          i = end - 1;
          continue;
        }

      /* A name before a title or a verb of speech: 萨克斯写道, 李先生. */
      len = (flags & ZH_FIRST_AFTER) ? dossier_lexicon_zh_title_after (s + i, n - i) : 0;
      if (len == 0 && (flags & ZH_FIRST_SPEECH))
        len = dossier_lexicon_zh_speech (s + i, n - i);
      if (len > 0 && i > 0 && name_before (s, i, &start) && start >= covered)
        {
          emit (out, start, i, DOSSIER_SPAN_PERSON, NAME_CUE_WEAK);
          covered = i;
        }

      /* Organization suffixes: …公司, …委员会, …部. */
      len = (flags & ZH_FIRST_ORG) ? dossier_lexicon_zh_org_suffix (s + i, n - i) : 0;
      if (len > 0 && !(len == 1 && i + 1 < n && suffix_continues (c, s[i + 1])) &&
          !(len == 1 && i > 0 && suffix_ends_word (c, s[i - 1])))
        {
          guint k = i;
          gboolean proper = FALSE;
          guint run = 0;

          while (k > 0 && i - k < MAX_NAME &&
                 (name_char (s[k - 1]) || (s[k - 1] < 0x80 && g_ascii_isalnum (s[k - 1])) ||
                  (s[k - 1] == 0x548C /* 和 */ && k >= 2 && s[k - 2] == 0x5171 /* 共: 共和, "republic" */)))
            {
              k--;
              if (s[k] < 0x80)
                {
                  if (latin_name_before (s, k + 1, i))
                    proper = TRUE;
                  run = 0;
                  /* "来自Uber公司": the name starts with the Latin word */
                  if (proper && (k == 0 || !(s[k - 1] < 0x80 && g_ascii_isalnum (s[k - 1]))))
                    break;
                }
              else if (translit (s[k]))
                {
                  if (++run >= 2)
                    proper = TRUE;
                }
              else
                run = 0;
            }
          if (i - k >= 2 && k >= covered)
            {
              DossierNameCue cue = NAME_CUE_NONE;

              if (proper || (len == 1 && is_government_suffix (c) && i - k <= 4))
                cue = NAME_CUE_STRONG;
              emit (out, k, i + len, DOSSIER_SPAN_ORGANIZATION, cue);
              if (cue == NAME_CUE_STRONG)
                covered = i + len;
            }
        }
    }

  /* Transliterations of three or more characters without other cue. */
  for (i = 0; i < n; i++)
    {
      guint r = i, len;

      if (s[i] < DOSSIER_LEXICON_ZH_FIRST)
        {
          i = skip_below (s, i + 1, n, DOSSIER_LEXICON_ZH_FIRST) - 1;
          continue;
        }
      if (!translit (s[i]) || (i > 0 && translit (s[i - 1])))
        continue;
      while (r < n && translit (s[r]))
        r++;
      if (r - i < 3 || r - i > MAX_NAME)
        {
          i = r;
          continue;
        }
      if (starts_with_loanword (s + i, r - i))
        {
          i = r;
          continue;
        }
      /* 阿拉伯语, 意大利人: a language or a nationality. */
      if (r < n && g_utf8_strchr ("语文人族裔式", -1, s[r]) != NULL)
        {
          i = r;
          continue;
        }
      /* 戴维斯杯, 普利策奖: a cup, a prize or a race */
      if (r < n && (s[r] == 0x676F /* 杯 */ || s[r] == 0x5956 /* 奖 */ || s[r] == 0x8D5B /* 赛 */))
        {
          i = r;
          continue;
        }
      len = dossier_lexicon_zh_loc_suffix (s + r, n - r);
      if (len > 0)
        emit (out, i, r + len, DOSSIER_SPAN_PLACE, NAME_CUE_STRONG);
      else if (dossier_lexicon_zh_org_suffix (s + r, n - r) == 0)
        emit (out, i, r,
              place_preposition_before (s, n, i, r) ? DOSSIER_SPAN_PLACE : DOSSIER_SPAN_PERSON,
              NAME_CUE_WEAK);
      i = r;
    }
}

gboolean
dossier_name_finder_zh_is_generic_org (const gunichar *s,
                                       guint           len)
{
  guint k = 0, w;

  while (k < len && (w = dossier_lexicon_zh_company_description (s + k, len - k)) > 0)
    k += w;
  w = dossier_lexicon_zh_company_noun (s + k, len - k);
  return w > 0 && k + w == len;
}
