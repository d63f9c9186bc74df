/* dossier-text-markers.c — marker words and date patterns
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dossier-text-markers.h"

#include <stdlib.h>
#include <string.h>

#include "dossier-text-cleaner.h"
#include "dossier-text-fold.h"

/* Headings of blocks that follow an article on news sites. */
static const char * const end_markers[] = {
  /* zh */
  "延伸阅读", "相关推荐", "热点推荐", "相关阅读", "相关新闻", "相关文章", "热门推荐", "猜你喜欢",
  "推荐阅读", "精彩推荐", "更多精彩", "网友评论", "热门评论", "最新评论", "全部评论", "相关报道",
  "热门文章", "热门新闻", "今日推荐", "为您推荐", "延伸閱讀", "相關推薦", "相關新聞", "熱門推薦",
  "推薦閱讀", "相關閱讀", "相关链接", "相關連結", "更多阅读", "热门搜索",
  /* en */
  "related", "related articles", "related stories", "related news", "related content", "related posts",
  "read more", "more stories", "more from", "more on this story", "most read", "most popular",
  "most viewed", "trending", "trending now", "recommended", "recommended for you", "you may also like",
  "you might also like", "comments", "responses", "latest news", "more news", "top stories",
  "popular now", "what to read next", "further reading", "see also", "read next", "up next",
  /* fr */
  "à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet", "les plus lus", "articles similaires",
  "articles liés", "commentaires", "réactions", "dans la même rubrique", "à lire également",
  "lire également", "vous aimerez aussi", "les articles les plus lus", "à découvrir",
  /* de */
  "mehr zum thema", "das könnte sie auch interessieren", "meistgelesen", "ähnliche artikel",
  "kommentare", "weitere artikel", "lesen sie auch", "auch interessant",
  /* es */
  "noticias relacionadas", "te puede interesar", "lo más leído", "artículos relacionados",
  "comentarios", "más noticias", "lee también", "lea también", "también te puede interesar",
  /* pt */
  "leia também", "mais lidas", "notícias relacionadas", "comentários", "veja também",
  "artigos relacionados", "mais notícias", "leia mais",
  /* ru */
  "читайте также", "похожие новости", "комментарии", "популярное", "самое читаемое",
  "новости по теме", "материалы по теме",
  /* ar */
  "اقرأ أيضا", "اقرأ أيضاً", "مواضيع ذات صلة", "أخبار ذات صلة", "التعليقات", "الأكثر قراءة",
  "اقرأ المزيد",
  /* ja */
  "関連記事", "関連ニュース", "あわせて読みたい", "コメント", "人気記事", "おすすめ記事",
  "アクセスランキング",
  /* ko */
  "관련기사", "관련 기사", "많이 본 뉴스", "댓글", "추천 기사", "인기 기사",
  NULL
};

/* Lines that end an article whatever follows them on the line. */
static const char * const end_prefixes[] = {
  "责任编辑", "責任編輯", "编辑：", "編輯：", "（编辑", "(编辑", "本文来源", "原标题",
  "copyright ©", "copyright (c)", "© ", "all rights reserved", "版权所有", "版權所有",
  "tous droits réservés", "alle rechte vorbehalten", "todos los derechos reservados",
  "todos os direitos reservados", "все права защищены", "جميع الحقوق محفوظة",
  NULL
};

static const char * const inline_ad_prefixes[] = {
  "lire aussi", "lire également", "à lire aussi", "a lire aussi", "à lire également", "voir aussi",
  "read also", "read more", "see also", "also read", "related", "recommended", "more:",
  "lesen sie auch", "mehr zum thema", "auch interessant",
  "lea también", "lee también", "leer también", "te puede interesar", "ver también",
  "leia também", "leia mais", "veja também",
  "читайте также", "смотрите также",
  "اقرأ أيضا", "اقرأ أيضاً", "اقرأ المزيد",
  "延伸阅读", "相关阅读", "推荐阅读", "相关新闻", "相关链接", "延伸閱讀", "相關閱讀", "推薦閱讀",
  "関連記事", "あわせて読みたい", "관련기사",
  NULL
};

static const char * const furniture[] = {
  "share", "share this", "share this article", "share this story", "tweet", "email", "e-mail", "print",
  "save", "copy link", "partager", "imprimer", "teilen", "drucken", "compartir", "imprimir",
  "compartilhar", "поделиться", "مشاركة", "分享", "分享至", "分享到", "收藏", "举报", "打印", "关注",
  "点赞", "advertisement", "publicité", "anzeige", "werbung", "publicidad", "publicidade", "реклама",
  "إعلان", "广告", "広告", "광고", "sponsored", "返回顶部", "back to top", "listen", "écouter",
  "follow us", "suivez-nous", "subscribe", "s'abonner", "abonnieren", "suscríbete", "assine",
  "listen to this article", "écouter cet article", "facebook", "twitter", "linkedin", "whatsapp",
  "微信", "微博", "字号", "大", "中", "小", "查看原图", "点击查看大图", "发表评论", "我要评论", "查看评论",
  "post a comment", "leave a comment", "leave a reply", "laisser un commentaire", "réagir",
  "advert", "adverts", "ad", "sponsored content", "this slideshow requires javascript",
  "tell us what you think", "continue reading", "continuer la lecture", "weiterlesen", "seguir leyendo",
  "continue lendo", "阅读全文", "展开全文", "点击阅读全文",
  NULL
};

static const char * const home_crumbs[] = {
  "首页", "首頁", "home", "accueil", "startseite", "inicio", "início", "главная", "الرئيسية", "ホーム", "홈",
  NULL
};

static const char * const generic_crumbs[] = {
  "正文", "详情", "正文内容", "内容", "文章", "article", "articles", "news", "home", "accueil", "actualités",
  "nachrichten", "noticias", "notícias", "новости", "أخبار", "ニュース", "뉴스",
  NULL
};

static const char * const byline_prefixes[] = {
  "by ", "par ", "von ", "por ", "от ", "بقلم", "作者", "记者", "記者", "文/", "文｜", "文|", "撰文",
  "编辑", "編輯", "written by", "reporting by", "text by", "published by",
  NULL
};

static const char * const source_prefixes[] = {
  "来源", "來源", "source", "sources", "quelle", "fuente", "fonte", "источник", "المصدر", "出典", "출처",
  NULL
};

typedef struct
{
  const char *name;        /* as shown */
  const char *patterns;    /* '|'-separated, matched case-sensitively */
} Outlet;

static const Outlet outlets[] = {
  { "The Washington Post", "Washington Post|华盛顿邮报|華盛頓郵報|واشنطن بوست" },
  { "The New York Times", "New York Times|纽约时报|紐約時報|نيويورك تايمز" },
  { "Reuters", "Reuters|路透社|路透|رويترز|Рейтер" },
  { "Bloomberg", "Bloomberg|彭博社|彭博|بلومبرغ|Блумберг" },
  { "Financial Times", "Financial Times|金融时报|金融時報|فايننشال تايمز" },
  { "The Wall Street Journal", "Wall Street Journal|华尔街日报|華爾街日報|وول ستريت جورنال" },
  { "Associated Press", "Associated Press|美联社|美聯社" },
  { "Agence France-Presse", "Agence France-Presse|AFP|法新社" },
  { "Xinhua", "Xinhua|新华社|新華社" },
  { "Nikkei", "Nikkei|日经|日經|日本経済新聞" },
  { "The Information", "The Information" },
  { "Semafor", "Semafor" },
  { "Axios", "Axios" },
  { "CNBC", "CNBC" },
  { "BBC", "BBC" },
  { "CNN", "CNN" },
  { "Politico", "Politico|POLITICO" },
  { "South China Morning Post", "South China Morning Post|南华早报|南華早報" },
  { "Al Jazeera", "Al Jazeera|الجزيرة" },
  { "Le Monde", "Le Monde" },
  { "Les Échos", "Les Échos|Les Echos" },
  { "Der Spiegel", "Der Spiegel|SPIEGEL" },
  { "El País", "El País" },
};

static const char * const attribution_cues[] = {
  "selon", "d'après", "d’après", "according to", "reported", "report", "rapporte", "révèle", "révélé",
  "据", "报道", "報導", "报导", "消息", "laut", "berichtet", "según", "informó", "segundo", "согласно",
  "сообщает", "وفقا", "وفقاً", "حسب", "によると", "따르면", "told",
  NULL
};

/* TRUE when @text has more than @max characters; stops counting there. */
static gboolean
longer_than (const char *text,
             glong       max)
{
  gsize bytes = strnlen (text, 4 * max + 1);
  glong n = 0;

  /* A character takes one to four bytes. */
  if (bytes > (gsize) 4 * max)
    return TRUE;
  if (bytes <= (gsize) max)
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (++n > max)
      return TRUE;
  return FALSE;
}

/* Lower-cased line without counts ("(0 )", "（12）"), trailing colons,
 * arrows and spaces. */
char *
dossier_text_markers_normalise (const char *line)
{
  g_autofree char *folded = dossier_text_casefold (line);
  GString *out = g_string_sized_new (strlen (folded));
  gsize len;

  for (const char *p = folded; *p != '\0'; )
    {
      const char *run = p;

      /* Copy up to the next byte that may need work. */
      while (*p != '\0' && *p != '(' && (guchar) *p != 0xEF && (guchar) *p != 0xC2)
        p++;
      g_string_append_len (out, run, p - run);
      if (*p == '\0')
        break;
      if (*p == '(' || strncmp (p, "（", 3) == 0)
        {
          /* Drop a parenthesised count. */
          const char *q = g_utf8_next_char (p);
          gboolean digits = TRUE;

          while (*q != '\0' && *q != ')' && strncmp (q, "）", 3) != 0)
            {
              if (!g_ascii_isdigit (*q) && *q != ' ')
                {
                  /* Not a count, wherever it ends. */
                  digits = FALSE;
                  break;
                }
              q = g_utf8_next_char (q);
            }
          if (digits && *q != '\0')
            {
              p = *q == ')' ? q + 1 : q + 3;
              continue;
            }
        }
      {
        const char *next = g_utf8_next_char (p);

        if ((guchar) p[0] == 0xC2 && (guchar) p[1] == 0xA0)   /* no-break space */
          g_string_append_c (out, ' ');
        else
          g_string_append_len (out, p, next - p);
        p = next;
      }
    }
  len = out->len;
  while (len > 0 && strchr (" :>»›-|.…\t", out->str[len - 1]) != NULL)
    len--;
  g_string_truncate (out, len);
  while (g_str_has_suffix (out->str, "：") || g_str_has_suffix (out->str, "》") || g_str_has_suffix (out->str, "→"))
    g_string_truncate (out, out->len - 3);
  return g_strstrip (g_string_free (out, FALSE));
}

/* Every word of the lists is shorter than this many bytes (the tests check
 * it), so a longer line is in none of them. */
#define MAX_MARKER_BYTES 128

/* Tests turn the shortcuts off to compare answers. */
static gboolean shortcuts = TRUE;

void
_dossier_text_markers_set_shortcuts (gboolean enabled)
{
  shortcuts = enabled;
}

gsize
_dossier_text_markers_longest (void)
{
  const char * const *lists[] = { end_markers, end_prefixes, inline_ad_prefixes, furniture, home_crumbs,
                                  generic_crumbs, byline_prefixes, source_prefixes, attribution_cues };
  gsize longest = 0;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l][i] != NULL; i++)
      longest = MAX (longest, strlen (lists[l][i]));
  return longest;
}

static gboolean
in_list (const char         *value,
         const char * const *list)
{
  if (shortcuts && strnlen (value, MAX_MARKER_BYTES) >= MAX_MARKER_BYTES)
    return FALSE;
  for (guint i = 0; list[i] != NULL; i++)
    if (strcmp (value, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
has_prefix_in (const char         *value,
               const char * const *list,
               gsize              *prefix_length)
{
  for (guint i = 0; list[i] != NULL; i++)
    {
      gsize length = strlen (list[i]);

      if (strncmp (value, list[i], length) == 0)
        {
          if (prefix_length != NULL)
            *prefix_length = length;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
dossier_text_markers_is_end_normalised (const char *n)
{
  if (longer_than (n, 200))
    return FALSE;
  return in_list (n, end_markers) || has_prefix_in (n, end_prefixes, NULL);
}

gboolean
dossier_text_markers_is_end (const char *line)
{
  g_autofree char *n = dossier_text_markers_normalise (line);

  return dossier_text_markers_is_end_normalised (n);
}

gboolean
dossier_text_markers_is_inline_ad (const char *line)
{
  g_autofree char *n = NULL;
  gsize prefix_length;
  const char *rest;

  /* Folding never makes a text shorter: long lines need no folding. */
  if (shortcuts && longer_than (line, 250))
    return FALSE;
  n = dossier_text_casefold (line);
  if (longer_than (n, 250) || !has_prefix_in (n, inline_ad_prefixes, &prefix_length))
    return FALSE;
  rest = n + prefix_length;
  while (*rest == ' ' || *rest == '\t')
    rest++;
  /* The marker must be followed by a separator and a headline. */
  if (g_str_has_prefix (rest, ":") || g_str_has_prefix (rest, "：") || g_str_has_prefix (rest, "-") ||
      g_str_has_prefix (rest, "»") || g_str_has_prefix (rest, "|") || g_str_has_prefix (rest, "—") ||
      g_str_has_prefix (rest, "–") || g_str_has_prefix (rest, ">"))
    {
      rest = g_utf8_next_char (rest);
      while (*rest == ' ')
        rest++;
      return *rest != '\0';
    }
  return FALSE;
}

static GRegex *
timestamp_regex (void)
{
  static gsize once = 0;
  static GRegex *regex = NULL;

  if (g_once_init_enter (&once))
    {
      regex = g_regex_new ("^(?:"
                           "\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:[ T]+\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?"
                           "|\\d{1,2}月\\d{1,2}日(?:\\s*\\d{1,2}[:：]\\d{2})?"
                           "|\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?"
                           "|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}(?:\\s+\\d{1,2}:\\d{2})?"
                           "|\\d+\\s*(?:分钟|小时|天|秒|分鐘|小時)前"
                           "|(?:昨天|前天|今天)\\s*\\d{1,2}:\\d{2}"
                           "|\\d+\\s*(?:min|mins|minutes?|h|hrs?|hours?|days?|weeks?)\\s+ago"
                           "|il y a \\d+\\s*(?:min|minutes?|h|heures?|jours?)"
                           "|vor \\d+\\s*(?:min|minuten?|std|stunden?|tagen?)"
                           "|hace \\d+\\s*(?:min|minutos?|h|horas?|días?)"
                           "|há \\d+\\s*(?:min|minutos?|h|horas?|dias?)"
                           "|\\d+\\s*(?:минут[уы]?|час(?:а|ов)?|дн(?:я|ей))\\s+назад"
                           "|yesterday|hier|gestern|ayer|ontem|вчера"
                           ")$",
                           G_REGEX_CASELESS, 0, NULL);
      g_once_init_leave (&once, 1);
    }
  return regex;
}

static GRegex *
dateline_words_regex (void)
{
  static gsize once = 0;
  static GRegex *regex = NULL;

  if (g_once_init_enter (&once))
    {
      regex = g_regex_new ("\\d{1,2}[:：]\\d{2}|更新|来源|來源|作者|编辑|source|updated|published|posted|by\\b",
                           G_REGEX_CASELESS, 0, NULL);
      g_once_init_leave (&once, 1);
    }
  return regex;
}

/* Whether the timestamp pattern could match text starting with @c: every
 * alternative starts with a digit, a non-ASCII character or one of these
 * letters (yesterday, hier, gestern, ayer, ontem, il y a, vor, hace, há). */
static gboolean
may_start_timestamp (const char *text)
{
  static const char first_letters[] = "yhgaoiv";
  gunichar c;

  if ((guchar) *text < 0x80)
    return g_ascii_isdigit (*text) || (*text != '\0' && strchr (first_letters, g_ascii_tolower (*text)) != NULL);
  /* Outside ASCII: a digit of another script, 昨天 前天 今天, вчера, or a
   * letter that folds to one of the first letters above (PCRE matches
   * without case). Unassigned code points may be digits to a newer PCRE. */
  c = g_utf8_get_char (text);
  if (c == 0x6628 || c == 0x524D || c == 0x4ECA || c == 0x432)
    return TRUE;
  /* Most text starts with a character that folds to itself (a Chinese
   * one, say): then it is none of the letters. */
  if (_dossier_text_casefold_is_identity (c) && g_unichar_type (c) != G_UNICODE_DECIMAL_NUMBER &&
      g_unichar_type (c) != G_UNICODE_UNASSIGNED)
    return FALSE;
  if (g_unichar_isdigit (c) || g_unichar_type (c) == G_UNICODE_UNASSIGNED)
    return TRUE;
  if (g_unichar_isalpha (c))
    {
      g_autofree char *folded = g_utf8_casefold (text, g_utf8_next_char (text) - text);

      return g_str_has_prefix (folded, "в") || (folded[0] != '\0' && strchr (first_letters, folded[0]) != NULL);
    }
  return FALSE;
}

gboolean
dossier_text_markers_is_timestamp (const char *line)
{
  g_autofree char *stripped = NULL;
  g_autofree char *date = NULL;
  const char *start = line, *end;
  glong chars = 0;

  /* A long line that cannot start like one is not a timestamp: skip the
   * copy and the regular expressions. */
  while (g_ascii_isspace (*start))
    start++;
  end = start + strlen (start);
  while (end > start && g_ascii_isspace (end[-1]))
    end--;
  for (const char *p = start; p < end && chars <= 60; p = g_utf8_next_char (p))
    chars++;
  if (shortcuts && chars > 60 && !may_start_timestamp (start))
    return FALSE;

  stripped = g_strstrip (g_strdup (line));
  if ((!shortcuts || may_start_timestamp (stripped)) && g_regex_match (timestamp_regex (), stripped, 0, NULL))
    return TRUE;
  /* A dateline: a short line with a full date and a few words of
   * metadata ("2005-02-06 13:26更新 来源：新华网", "Saturday, September
   * 10th, 2005 10:56 am"), not a sentence. */
  chars = g_utf8_strlen (stripped, -1);
  if (chars > 60 || chars == 0)
    return FALSE;
  {
    gunichar last = g_utf8_get_char (g_utf8_prev_char (stripped + strlen (stripped)));

    if (last == 0x3002 || last == '.' || last == '!' || last == '?' || last == 0xFF01 || last == 0xFF1F)
      return FALSE;
  }
  date = dossier_text_find_date (stripped);
  if (date == NULL || strlen (date) < 10)
    return FALSE;
  return g_regex_match (dateline_words_regex (), stripped, 0, NULL);
}

gboolean
dossier_text_markers_is_furniture (const char *line)
{
  g_autofree char *n = dossier_text_markers_normalise (line);

  return dossier_text_markers_is_furniture_normalised (n);
}

gboolean
dossier_text_markers_is_furniture_normalised (const char *n)
{
  const char *p = n;
  gboolean digits_only = *p != '\0';

  if (in_list (n, furniture))
    return TRUE;
  /* Calls to action: "CLICK HERE TO GET THE APP", "Click here for more
   * information." */
  if (strlen (n) < 200 && (g_str_has_prefix (n, "click here") || g_str_has_suffix (n, "click here for more information") ||
                           g_str_has_prefix (n, "cliquez ici") || g_str_has_prefix (n, "点击这里") || g_str_has_prefix (n, "点击查看")))
    return TRUE;
  /* Bare counters: "0", "1.2k", "12 comments", "0 分享". */
  for (; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && *p != '.' && *p != ',' && *p != 'k' && *p != ' ')
      {
        digits_only = FALSE;
        break;
      }
  if (digits_only)
    return TRUE;
  p = n;
  if (g_ascii_isdigit (*p))
    {
      while (g_ascii_isdigit (*p) || *p == '.' || *p == ',' || *p == 'k')
        p++;
      while (*p == ' ')
        p++;
      if (*p != '\0' && (in_list (p, furniture) || in_list (p, end_markers)))
        return TRUE;
    }
  return FALSE;
}

gboolean
dossier_text_markers_is_byline (const char *line)
{
  g_autofree char *n = NULL;

  if (shortcuts && longer_than (line, 79))
    return FALSE;
  n = dossier_text_casefold (line);
  return !longer_than (n, 79) && has_prefix_in (n, byline_prefixes, NULL);
}

gboolean
dossier_text_markers_is_generic_crumb (const char *segment)
{
  g_autofree char *n = dossier_text_markers_normalise (segment);

  return in_list (n, generic_crumbs);
}

gboolean
dossier_text_markers_is_home_crumb (const char *segment)
{
  g_autofree char *n = dossier_text_markers_normalise (segment);

  for (guint i = 0; home_crumbs[i] != NULL; i++)
    if (g_str_has_suffix (n, home_crumbs[i]))
      return TRUE;
  return FALSE;
}

char *
dossier_text_markers_source_line (const char *line)
{
  g_autofree char *n = dossier_text_casefold (line);

  /* Offsets found in the folded line are used in the original one. */
  if (strlen (n) != strlen (line))
    return NULL;
  for (guint i = 0; source_prefixes[i] != NULL; i++)
    {
      const char *hit = strstr (n, source_prefixes[i]);
      const char *rest;
      gsize offset;

      /* The prefix starts the line or follows a date/byline on it. */
      if (hit == NULL || (hit != n && hit[-1] != ' ' && (guchar) hit[-1] < 0x80))
        continue;
      rest = hit + strlen (source_prefixes[i]);
      while (*rest == ' ')
        rest++;
      if (g_str_has_prefix (rest, "："))
        rest += strlen ("：");
      else if (*rest == ':')
        rest++;
      else
        continue;
      while (*rest == ' ')
        rest++;
      offset = rest - n;
      /* Case folding keeps byte lengths for the scripts used here; cut at the
       * next wide space or end of line in the original. */
      if (offset < strlen (line))
        {
          g_autofree char *value = g_strdup (line + offset);
          char *cut = strstr (value, "  ");

          if (cut == NULL)
            cut = strstr (value, "　");
          if (cut != NULL)
            *cut = '\0';
          g_strstrip (value);
          if (*value != '\0' && g_utf8_strlen (value, -1) <= 40)
            return g_steal_pointer (&value);
        }
    }
  return NULL;
}

char *
dossier_text_markers_attributed_outlet (GPtrArray *paragraphs)
{
  for (guint i = 0; i < MIN (paragraphs->len, 3); i++)
    {
      const char *paragraph = g_ptr_array_index (paragraphs, i);
      g_autofree char *folded = dossier_text_casefold (paragraph);
      const char *best = NULL;
      const char *best_hit = NULL;
      gboolean cue = FALSE;

      for (guint j = 0; attribution_cues[j] != NULL && !cue; j++)
        cue = strstr (folded, attribution_cues[j]) != NULL;
      if (!cue)
        continue;
      for (guint j = 0; j < G_N_ELEMENTS (outlets); j++)
        {
          g_auto(GStrv) patterns = g_strsplit (outlets[j].patterns, "|", -1);

          for (guint k = 0; patterns[k] != NULL; k++)
            {
              const char *hit = strstr (paragraph, patterns[k]);

              if (hit != NULL && (best_hit == NULL || hit < best_hit))
                {
                  best_hit = hit;
                  best = outlets[j].name;
                }
            }
        }
      if (best != NULL)
        return g_strdup (best);
    }
  return NULL;
}

/* Dates in running text. */

typedef struct
{
  const char *name;
  int         month;
} MonthName;

static const MonthName month_names[] = {
  { "january", 1 }, { "february", 2 }, { "march", 3 }, { "april", 4 }, { "may", 5 }, { "june", 6 },
  { "july", 7 }, { "august", 8 }, { "september", 9 }, { "october", 10 }, { "november", 11 }, { "december", 12 },
  { "jan", 1 }, { "feb", 2 }, { "mar", 3 }, { "apr", 4 }, { "jun", 6 }, { "jul", 7 }, { "aug", 8 },
  { "sep", 9 }, { "sept", 9 }, { "oct", 10 }, { "nov", 11 }, { "dec", 12 },
  { "janvier", 1 }, { "février", 2 }, { "fevrier", 2 }, { "mars", 3 }, { "avril", 4 }, { "mai", 5 },
  { "juin", 6 }, { "juillet", 7 }, { "août", 8 }, { "aout", 8 }, { "septembre", 9 }, { "octobre", 10 },
  { "novembre", 11 }, { "décembre", 12 }, { "decembre", 12 },
  { "januar", 1 }, { "februar", 2 }, { "märz", 3 }, { "juni", 6 }, { "juli", 7 }, { "oktober", 10 },
  { "dezember", 12 },
  { "enero", 1 }, { "febrero", 2 }, { "marzo", 3 }, { "abril", 4 }, { "mayo", 5 }, { "junio", 6 },
  { "julio", 7 }, { "agosto", 8 }, { "septiembre", 9 }, { "setiembre", 9 }, { "octubre", 10 },
  { "noviembre", 11 }, { "diciembre", 12 },
  { "janeiro", 1 }, { "fevereiro", 2 }, { "março", 3 }, { "maio", 5 }, { "junho", 6 }, { "julho", 7 },
  { "setembro", 9 }, { "outubro", 10 }, { "novembro", 11 }, { "dezembro", 12 },
  { "января", 1 }, { "февраля", 2 }, { "марта", 3 }, { "апреля", 4 }, { "мая", 5 }, { "июня", 6 },
  { "июля", 7 }, { "августа", 8 }, { "сентября", 9 }, { "октября", 10 }, { "ноября", 11 }, { "декабря", 12 },
};

static int
month_number (const char *word)
{
  g_autofree char *n = dossier_text_casefold (word);
  gsize len = strlen (n);

  while (len > 0 && n[len - 1] == '.')
    n[--len] = '\0';
  for (guint i = 0; i < G_N_ELEMENTS (month_names); i++)
    if (strcmp (n, month_names[i].name) == 0)
      return month_names[i].month;
  return 0;
}

static char *
format_date (int year,
             int month,
             int day)
{
  if (year < 1990 || year > 2100 || month < 1 || month > 12)
    return NULL;
  if (day == 0)
    return g_strdup_printf ("%04d-%02d", year, month);
  if (day < 1 || day > 31)
    return NULL;
  if (!g_date_valid_dmy (day, month, year))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/* Whether @text has @n characters in a row that PCRE could take for \d
 * (Unicode decimal digits; unassigned code points count too, in case its
 * Unicode tables are newer than GLib's). */
static gboolean
has_digit_run (const char *text,
               guint       n)
{
  guint run = 0;

  for (const char *p = text; *p != '\0'; )
    {
      gboolean digit;

      if ((guchar) *p < 0x80)
        {
          digit = g_ascii_isdigit (*p);
          p++;
        }
      else
        {
          gunichar c = g_utf8_get_char (p);

          digit = g_unichar_isdigit (c) || g_unichar_type (c) == G_UNICODE_UNASSIGNED;
          p = g_utf8_next_char (p);
        }
      run = digit ? run + 1 : 0;
      if (run >= n)
        return TRUE;
    }
  return FALSE;
}

char *
dossier_text_find_date (const char *text)
{
  static gsize once = 0;
  static GRegex *patterns[4];
  char *best = NULL;
  gint best_start = G_MAXINT;

  if (g_once_init_enter (&once))
    {
      /* 0: Y-M-D (ISO, 年月日, dots, slashes); 1: Y年M月; 2: Month D, Y;
       * 3: D Month Y (with "de", "1er", "13."). */
      patterns[0] = g_regex_new ("(?<!\\d)(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)", 0, 0, NULL);
      patterns[1] = g_regex_new ("(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d)", 0, 0, NULL);
      patterns[2] = g_regex_new ("(?<!\\w)(\\p{L}{3,9}\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", G_REGEX_CASELESS, 0, NULL);
      patterns[3] = g_regex_new ("(?<!\\d)(\\d{1,2})(?:er|º|\\.)?\\s+(?:de\\s+)?(\\p{L}{3,9}\\.?)(?:\\s+de)?,?\\s+(\\d{4})(?!\\d)", G_REGEX_CASELESS, 0, NULL);
      g_once_init_leave (&once, 1);
    }

  g_return_val_if_fail (text != NULL, NULL);

  /* Every pattern needs a four-digit year. */
  if (shortcuts && !has_digit_run (text, 4))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      g_autoptr(GMatchInfo) match = NULL;

      g_regex_match (patterns[i], text, 0, &match);
      while (g_match_info_matches (match))
        {
          g_auto(GStrv) groups = g_match_info_fetch_all (match);
          gint start = 0, end = 0;
          char *date = NULL;

          g_match_info_fetch_pos (match, 0, &start, &end);
          if (i == 0)
            date = format_date (atoi (groups[1]), atoi (groups[2]), atoi (groups[3]));
          else if (i == 1)
            date = format_date (atoi (groups[1]), atoi (groups[2]), 0);
          else if (i == 2)
            date = format_date (atoi (groups[3]), month_number (groups[1]), atoi (groups[2]));
          else
            date = format_date (atoi (groups[3]), month_number (groups[2]), atoi (groups[1]));
          if (date != NULL && start < best_start)
            {
              g_free (best);
              best = date;
              best_start = start;
              break;
            }
          g_free (date);
          g_match_info_next (match, NULL);
        }
    }
  return best;
}
