/* dossier-name-lexicon-zh.c — small word lists for finding unknown names:
 * the Chinese characters and words
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-name-lexicon.h"

#include <stdlib.h>
#include <string.h>

/* Characters of the standard transliteration tables for foreign names
 * (Xinhua's 外国人名译名 usage). */
static const char zh_translit[] =
  "烈阿埃艾爱安昂敖奥澳巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁东杜多厄恩尔"
  "法菲费芬丰弗福盖甘冈戈格贡古哈海汉豪赫亨洪侯胡华霍基吉加贾杰金卡凯坎康柯科克肯库夸奎"
  "拉莱赖兰朗劳勒雷蕾里利莉丽连林琳卢鲁路伦罗洛吕马玛迈麦曼梅门蒙米密敏莫默姆穆纳娜奈南"
  "内尼妮纽努诺欧帕潘佩彭皮珀普奇齐契乔切钦琼丘萨塞赛桑瑟森沙莎尚舍什施史舒斯松苏索塔泰"
  "坦汤唐特汀图托瓦万旺威韦维温沃乌伍西希锡夏谢辛休亚扬耶伊因英约泽扎詹朱兹佐卫姆"
  "娅奎琪黛芙丝露薇罕顿佛柏符明瑞启宁茨卜惠肖蓬夫京珊缇娃苔龙";

static const char zh_surnames[] =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
  "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎"
  "贺顾毛郝龚邵万钱严覃武戴莫孔向汤习温胡蔡";

/* Characters that end a name: particles, pronouns, verbs of speech. */
static const char zh_stops[] =
  "的了在和与及向对从是为被将由把给等其该这那此一个已也都而但并于称说以就又还所曾让使很更"
  "最不没有之或即及其中上下年月日号时们您你我他她它们前某各";

static const char * const zh_titles_before[] = {
  "总统", "副总统", "总理", "首相", "部长", "副部长", "主席", "首席执行官", "执行长", "董事长",
  "总裁", "创始人", "发言人", "研究员", "特别助理", "助理", "议员", "参议员", "众议员", "大使",
  "国务卿", "秘书长", "部长", "州长", "市长", "局长", "主任", "经理", "记者", "负责人", "顾问",
  "教授", "博士", "法官", "将军", "国王", "王子", "亲王", "王储", "酋长", "谢赫", "总监",
  "分析师", "经济学家", "官员", "主管", "总干事", "议长", "领导人", "候选人", "创办人",
  "联合创始人", "首席技术官", "首席财务官", "沙皇", "主播", "作家", "导演", "演员", "歌手",
  /* relatives and naming words also come right before a name */
  "儿子", "女儿", "妻子", "丈夫", "母亲", "父亲", "哥哥", "姐姐", "弟弟", "妹妹", "名为",
  "名叫", "叫做", "教皇", "主教", "神父", "牧师", "教练", "球员",
  NULL
};

static const char * const zh_titles_after[] = {
  "先生", "女士", "小姐", "总统", "总理", "首相", "教授", "博士", "部长", "主席", "议员",
  "参议员", "众议员", "大使", "州长", "市长", "将军", "法官", "夫人",
  NULL
};

static const char * const zh_org_suffixes[] = {
  "公司", "集团", "基金会", "委员会", "大学", "学院", "银行", "协会", "研究院", "研究所",
  "组织", "联盟", "部", "局", "署", "党", "法院", "议会", "电视台", "通讯社", "日报", "时报",
  "邮报", "报社", "研究中心", "实验室", "俱乐部",
  "联合会", "理事会", "办公室", "军", "队", "厅", "社",
  NULL
};

static const char * const zh_loc_suffixes[] = {
  "州", "省", "市", "县", "镇", "村", "岛", "山", "河", "湖", "港", "湾", "海", "街", "路",
  "广场", "机场", "大道", "地区", "区", "半岛", "群岛", "山脉", "沙漠", "谷", "城",
  NULL
};

/* Common words written with transliteration characters: 法西斯
 * (fascist), 伊斯兰 (Islam), 巧克力 (chocolate). */
static const char * const zh_loanwords[] = {
  "法西斯", "伊斯兰", "穆斯林", "奥林匹克", "马拉松", "巧克力", "沙发", "咖啡", "吉他", "坦克",
  "雷达", "芭蕾", "比基尼", "迪斯科", "摩托", "尼古丁", "卡路里", "沙拉", "加仑", "盎司",
  "乌托邦", "布尔什维克", "哈里发", "维他命", "托福", "雅思", "因特网", "克隆", "基因", "基金",
  NULL
};

/* The common nouns after 等 that make the items of a list before them
 * organizations: "特斯拉、优步等公司". */
static const char * const zh_list_nouns[] = {
  "公司", "企业", "集团", "机构", "组织", "网站", "平台", "品牌", "银行", "厂商",
  NULL
};

/* Words that describe companies by their trade or their size (科技公司,
 * 大型企业), and the common nouns for companies. */
static const char * const zh_company_descriptions[] = {
  "高科技", "科技", "技术", "投资", "人工智能", "芯片", "半导体", "互联网", "软件", "云计算",
  "数据", "网络", "游戏", "媒体", "金融", "制药", "国有", "私营", "民营", "上市", "跨国",
  "大型", "小型", "初创", "本土", "外资", "相关", "当地", "其他", "大", "小",
  NULL
};

static const char * const zh_company_nouns[] = {
  "公司", "企业", "厂商", "机构",
  NULL
};

static const char * const zh_speech[] = {
  "说", "表示", "称", "指出", "认为", "写道", "透露", "宣布", "强调", "补充", "解释", "告诉",
  "回应", "坦言", "证实", "承认", "否认", "警告", "提出", "声称", "问道", "回答",
  NULL
};


static void
add_chars (GHashTable *table,
           const char *chars,
           guint       flag)
{
  const char *p;

  for (p = chars; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      guint old = GPOINTER_TO_UINT (g_hash_table_lookup (table, GUINT_TO_POINTER (c)));

      g_hash_table_insert (table, GUINT_TO_POINTER (c), GUINT_TO_POINTER (old | flag));
    }
}

/* Marks the first character of every word, so that most positions are
 * rejected with one lookup. */
static void
add_firsts (GHashTable         *table,
            const char * const *words,
            guint               flag)
{
  guint i;

  for (i = 0; words[i] != NULL; i++)
    {
      gunichar c = g_utf8_get_char (words[i]);
      guint old = GPOINTER_TO_UINT (g_hash_table_lookup (table, GUINT_TO_POINTER (c)));

      g_hash_table_insert (table, GUINT_TO_POINTER (c), GUINT_TO_POINTER (old | flag));
    }
}

static gpointer
build_zh (gpointer data)
{
  GHashTable *table = g_hash_table_new (NULL, NULL);

  add_chars (table, zh_translit, ZH_TRANSLIT);
  add_chars (table, zh_surnames, ZH_SURNAME);
  add_chars (table, zh_stops, ZH_STOP);
  add_firsts (table, zh_titles_before, ZH_FIRST_TITLE);
  add_firsts (table, zh_titles_after, ZH_FIRST_AFTER);
  add_firsts (table, zh_org_suffixes, ZH_FIRST_ORG);
  add_firsts (table, zh_loc_suffixes, ZH_FIRST_LOC);
  add_firsts (table, zh_speech, ZH_FIRST_SPEECH);
  add_firsts (table, zh_loanwords, ZH_FIRST_LOANWORD);
  return table;
}

/* A flat table for the CJK Unified Ideographs block, where all the
 * characters of these lists are: one load per character (see
 * dossier_lexicon_zh_char() in the header). */
#define ZH_FIRST DOSSIER_LEXICON_ZH_FIRST
#define ZH_LAST  DOSSIER_LEXICON_ZH_LAST

const guint16 *_dossier_lexicon_zh_flat;

/* The word lists as code points, converted once. */
typedef struct
{
  gunichar  first;
  guint     len;
  gunichar *chars;
} Word;

static int
word_cmp (const void *a,
          const void *b)
{
  const Word *x = a, *y = b;

  return x->first < y->first ? -1 : x->first > y->first;
}

/* Sorted by first character, so that a search looks only at the words
 * that start with the character at hand. */
typedef struct
{
  Word *words;
  guint n;
} WordList;

static void
compile_words (const char * const *words,
               WordList           *out)
{
  guint n = g_strv_length ((char **) words), i;

  out->words = g_new0 (Word, n);
  out->n = n;
  for (i = 0; i < n; i++)
    {
      glong len;

      out->words[i].chars = g_utf8_to_ucs4_fast (words[i], -1, &len);
      out->words[i].len = len;
      out->words[i].first = out->words[i].chars[0];
    }
  qsort (out->words, n, sizeof (Word), word_cmp);
}

static WordList w_titles_before, w_titles_after, w_org_suffixes, w_loc_suffixes, w_speech;
static WordList w_loanwords, w_list_nouns, w_company_descriptions, w_company_nouns;

static gpointer
build_zh_flat (gpointer data)
{
  g_autoptr(GHashTable) table = build_zh (NULL);
  guint16 *flat = g_new0 (guint16, ZH_LAST - ZH_FIRST + 1);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gunichar c = GPOINTER_TO_UINT (key);

      if (c >= ZH_FIRST && c <= ZH_LAST)
        flat[c - ZH_FIRST] = GPOINTER_TO_UINT (value);
    }
  /* The word lists are only read after a first-character check, which
   * goes through dossier_lexicon_zh_char() and so through here first. */
  compile_words (zh_titles_before, &w_titles_before);
  compile_words (zh_titles_after, &w_titles_after);
  compile_words (zh_org_suffixes, &w_org_suffixes);
  compile_words (zh_loc_suffixes, &w_loc_suffixes);
  compile_words (zh_speech, &w_speech);
  compile_words (zh_loanwords, &w_loanwords);
  compile_words (zh_list_nouns, &w_list_nouns);
  compile_words (zh_company_descriptions, &w_company_descriptions);
  compile_words (zh_company_nouns, &w_company_nouns);
  return flat;
}

void
_dossier_lexicon_zh_init (void)
{
  static GOnce once = G_ONCE_INIT;

  _dossier_lexicon_zh_flat = g_once (&once, build_zh_flat, NULL);
}

static guint
longest_word_at (const WordList *list,
                 const gunichar *s,
                 guint           len)
{
  guint best = 0, lo = 0, hi = list->n, i;

  /* the first word starting with s[0] */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (list->words[mid].first < s[0])
        lo = mid + 1;
      else
        hi = mid;
    }
  for (i = lo; i < list->n && list->words[i].first == s[0]; i++)
    {
      const Word *w = &list->words[i];
      guint k;

      if (w->len > len || w->len <= best)
        continue;
      for (k = 1; k < w->len && w->chars[k] == s[k]; k++)
        ;
      if (k == w->len)
        best = k;
    }
  return best;
}

guint
dossier_lexicon_zh_title (const gunichar *s,
                          guint           len)
{
  if (len == 0 || !(dossier_lexicon_zh_char (s[0]) & ZH_FIRST_TITLE))
    return 0;
  return longest_word_at (&w_titles_before, s, len);
}

guint
dossier_lexicon_zh_title_after (const gunichar *s,
                                guint           len)
{
  if (len == 0 || !(dossier_lexicon_zh_char (s[0]) & ZH_FIRST_AFTER))
    return 0;
  return longest_word_at (&w_titles_after, s, len);
}

guint
dossier_lexicon_zh_org_suffix (const gunichar *s,
                               guint           len)
{
  if (len == 0 || !(dossier_lexicon_zh_char (s[0]) & ZH_FIRST_ORG))
    return 0;
  return longest_word_at (&w_org_suffixes, s, len);
}

guint
dossier_lexicon_zh_loc_suffix (const gunichar *s,
                               guint           len)
{
  if (len == 0 || !(dossier_lexicon_zh_char (s[0]) & ZH_FIRST_LOC))
    return 0;
  return longest_word_at (&w_loc_suffixes, s, len);
}

guint
dossier_lexicon_zh_speech (const gunichar *s,
                           guint           len)
{
  if (len == 0 || !(dossier_lexicon_zh_char (s[0]) & ZH_FIRST_SPEECH))
    return 0;
  return longest_word_at (&w_speech, s, len);
}

/* The lists below are searched at few places: no first-character flag,
 * but the table must be built. */
static guint
longest_word_at_init (const WordList *list,
                      const gunichar *s,
                      guint           len)
{
  if (len == 0)
    return 0;
  if (G_UNLIKELY (_dossier_lexicon_zh_flat == NULL))
    _dossier_lexicon_zh_init ();
  return longest_word_at (list, s, len);
}

guint
dossier_lexicon_zh_loanword (const gunichar *s,
                             guint           len)
{
  if (len == 0 || !(dossier_lexicon_zh_char (s[0]) & ZH_FIRST_LOANWORD))
    return 0;
  return longest_word_at (&w_loanwords, s, len);
}

guint
dossier_lexicon_zh_list_noun (const gunichar *s,
                              guint           len)
{
  return longest_word_at_init (&w_list_nouns, s, len);
}

guint
dossier_lexicon_zh_company_description (const gunichar *s,
                                        guint           len)
{
  return longest_word_at_init (&w_company_descriptions, s, len);
}

guint
dossier_lexicon_zh_company_noun (const gunichar *s,
                                 guint           len)
{
  return longest_word_at_init (&w_company_nouns, s, len);
}
