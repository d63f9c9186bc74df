/* dossier-event-finder.c
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A sentence is a candidate when it has a policy action word, an actor and
 * a date. The words also suggest the kind of event and its stance; actors
 * and words suggest the topic. Everything is a guess for the analyst to
 * accept, edit or reject, which the confidence reflects.
 */
#include "dossier-event-finder.h"

#include <string.h>

#include "dossier-span.h"

typedef enum
{
  ACT_EXPORT,       /* export, sell: the subject matter, no kind of its own */
  ACT_RULE,         /* rule, ban, restriction, control */
  ACT_CAP,          /* cap, ceiling, tier */
  ACT_RESCIND,      /* rescind, scrap, lift */
  ACT_LICENCE,      /* licence, approve, authorise */
  ACT_DEAL,         /* deal, agreement, partnership */
  ACT_INVESTIGATE,  /* investigation, probe */
} ActionClass;

typedef enum
{
  LEAN_NONE,
  LEAN_TIGHTEN,
  LEAN_LOOSEN,
} Lean;

typedef struct
{
  const char  *word;
  ActionClass  action;
  Lean         lean;
} ActionWord;

/* Whole words of English and French, matched case-insensitively. */
static const ActionWord latin_words[] = {
  /* English */
  { "export", ACT_EXPORT, LEAN_NONE }, { "exports", ACT_EXPORT, LEAN_NONE },
  { "exported", ACT_EXPORT, LEAN_NONE }, { "exporting", ACT_EXPORT, LEAN_NONE },
  { "sell", ACT_EXPORT, LEAN_LOOSEN }, { "sells", ACT_EXPORT, LEAN_LOOSEN },
  { "selling", ACT_EXPORT, LEAN_LOOSEN }, { "sale", ACT_EXPORT, LEAN_LOOSEN },
  { "sales", ACT_EXPORT, LEAN_LOOSEN },
  { "rule", ACT_RULE, LEAN_NONE }, { "rules", ACT_RULE, LEAN_NONE },
  { "ban", ACT_RULE, LEAN_TIGHTEN }, { "bans", ACT_RULE, LEAN_TIGHTEN },
  { "banned", ACT_RULE, LEAN_TIGHTEN }, { "banning", ACT_RULE, LEAN_TIGHTEN },
  { "restrict", ACT_RULE, LEAN_TIGHTEN }, { "restricts", ACT_RULE, LEAN_TIGHTEN },
  { "restricted", ACT_RULE, LEAN_TIGHTEN }, { "restriction", ACT_RULE, LEAN_TIGHTEN },
  { "restrictions", ACT_RULE, LEAN_TIGHTEN }, { "controls", ACT_RULE, LEAN_TIGHTEN },
  { "blacklist", ACT_RULE, LEAN_TIGHTEN }, { "blacklisted", ACT_RULE, LEAN_TIGHTEN },
  { "tighten", ACT_RULE, LEAN_TIGHTEN }, { "tightened", ACT_RULE, LEAN_TIGHTEN },
  { "cap", ACT_CAP, LEAN_TIGHTEN }, { "caps", ACT_CAP, LEAN_TIGHTEN },
  { "capped", ACT_CAP, LEAN_TIGHTEN }, { "quota", ACT_CAP, LEAN_TIGHTEN },
  { "limit", ACT_CAP, LEAN_TIGHTEN }, { "limits", ACT_CAP, LEAN_TIGHTEN },
  { "quotas", ACT_CAP, LEAN_TIGHTEN },
  { "rescind", ACT_RESCIND, LEAN_LOOSEN }, { "rescinds", ACT_RESCIND, LEAN_LOOSEN },
  { "rescinded", ACT_RESCIND, LEAN_LOOSEN }, { "rescinding", ACT_RESCIND, LEAN_LOOSEN },
  { "rescission", ACT_RESCIND, LEAN_LOOSEN }, { "scrap", ACT_RESCIND, LEAN_LOOSEN },
  { "scraps", ACT_RESCIND, LEAN_LOOSEN }, { "scrapped", ACT_RESCIND, LEAN_LOOSEN },
  { "scrapping", ACT_RESCIND, LEAN_LOOSEN }, { "repeal", ACT_RESCIND, LEAN_LOOSEN },
  { "repealed", ACT_RESCIND, LEAN_LOOSEN }, { "lift", ACT_RESCIND, LEAN_LOOSEN },
  { "lifted", ACT_RESCIND, LEAN_LOOSEN }, { "revoke", ACT_RESCIND, LEAN_LOOSEN },
  { "revoked", ACT_RESCIND, LEAN_LOOSEN },
  { "licence", ACT_LICENCE, LEAN_NONE }, { "licences", ACT_LICENCE, LEAN_NONE },
  { "license", ACT_LICENCE, LEAN_NONE }, { "licenses", ACT_LICENCE, LEAN_NONE },
  { "licensed", ACT_LICENCE, LEAN_NONE }, { "licensing", ACT_LICENCE, LEAN_NONE },
  { "approve", ACT_LICENCE, LEAN_LOOSEN }, { "approved", ACT_LICENCE, LEAN_LOOSEN },
  { "approval", ACT_LICENCE, LEAN_LOOSEN }, { "allow", ACT_LICENCE, LEAN_LOOSEN },
  { "allowed", ACT_LICENCE, LEAN_LOOSEN }, { "authorized", ACT_LICENCE, LEAN_LOOSEN },
  { "deal", ACT_DEAL, LEAN_NONE }, { "deals", ACT_DEAL, LEAN_NONE },
  { "agreement", ACT_DEAL, LEAN_NONE }, { "agreements", ACT_DEAL, LEAN_NONE },
  { "partnership", ACT_DEAL, LEAN_NONE }, { "partnerships", ACT_DEAL, LEAN_NONE },
  { "investment", ACT_DEAL, LEAN_NONE }, { "invests", ACT_DEAL, LEAN_NONE },
  { "investigation", ACT_INVESTIGATE, LEAN_NONE }, { "probe", ACT_INVESTIGATE, LEAN_NONE },
  /* French */
  { "exportation", ACT_EXPORT, LEAN_NONE }, { "exportations", ACT_EXPORT, LEAN_NONE },
  { "exporter", ACT_EXPORT, LEAN_NONE }, { "exporte", ACT_EXPORT, LEAN_NONE },
  { "vendre", ACT_EXPORT, LEAN_LOOSEN }, { "vente", ACT_EXPORT, LEAN_LOOSEN },
  { "ventes", ACT_EXPORT, LEAN_LOOSEN }, { "vendu", ACT_EXPORT, LEAN_LOOSEN },
  { "vendue", ACT_EXPORT, LEAN_LOOSEN }, { "vendues", ACT_EXPORT, LEAN_LOOSEN },
  { "règle", ACT_RULE, LEAN_NONE }, { "règles", ACT_RULE, LEAN_NONE },
  { "interdiction", ACT_RULE, LEAN_TIGHTEN }, { "interdictions", ACT_RULE, LEAN_TIGHTEN },
  { "interdire", ACT_RULE, LEAN_TIGHTEN }, { "interdit", ACT_RULE, LEAN_TIGHTEN },
  { "restriction", ACT_RULE, LEAN_TIGHTEN }, { "restrictions", ACT_RULE, LEAN_TIGHTEN },
  { "contrôles", ACT_RULE, LEAN_TIGHTEN }, { "sanctions", ACT_RULE, LEAN_TIGHTEN },
  { "plafond", ACT_CAP, LEAN_TIGHTEN }, { "plafonds", ACT_CAP, LEAN_TIGHTEN },
  { "plafonnement", ACT_CAP, LEAN_TIGHTEN }, { "limites", ACT_CAP, LEAN_TIGHTEN },
  { "quota", ACT_CAP, LEAN_TIGHTEN }, { "quotas", ACT_CAP, LEAN_TIGHTEN },
  { "abroger", ACT_RESCIND, LEAN_LOOSEN }, { "abrogé", ACT_RESCIND, LEAN_LOOSEN },
  { "abrogée", ACT_RESCIND, LEAN_LOOSEN }, { "abrogation", ACT_RESCIND, LEAN_LOOSEN },
  { "annuler", ACT_RESCIND, LEAN_LOOSEN }, { "annulé", ACT_RESCIND, LEAN_LOOSEN },
  { "annulation", ACT_RESCIND, LEAN_LOOSEN }, { "supprimer", ACT_RESCIND, LEAN_LOOSEN },
  { "lever", ACT_RESCIND, LEAN_LOOSEN }, { "levée", ACT_RESCIND, LEAN_LOOSEN },
  { "licence", ACT_LICENCE, LEAN_NONE }, { "licences", ACT_LICENCE, LEAN_NONE },
  { "autoriser", ACT_LICENCE, LEAN_LOOSEN }, { "autorisé", ACT_LICENCE, LEAN_LOOSEN },
  { "autorisée", ACT_LICENCE, LEAN_LOOSEN }, { "autorisation", ACT_LICENCE, LEAN_LOOSEN },
  { "approuvé", ACT_LICENCE, LEAN_LOOSEN }, { "permettre", ACT_LICENCE, LEAN_LOOSEN },
  { "accord", ACT_DEAL, LEAN_NONE }, { "accords", ACT_DEAL, LEAN_NONE },
  { "partenariat", ACT_DEAL, LEAN_NONE }, { "partenariats", ACT_DEAL, LEAN_NONE },
  { "contrat", ACT_DEAL, LEAN_NONE }, { "investissement", ACT_DEAL, LEAN_NONE },
  { "enquête", ACT_INVESTIGATE, LEAN_NONE },
};

/* Chinese has no spaces: these are found as substrings. */
static const ActionWord cjk_words[] = {
  { "出口", ACT_EXPORT, LEAN_NONE }, { "出售", ACT_EXPORT, LEAN_LOOSEN },
  { "销售", ACT_EXPORT, LEAN_LOOSEN }, { "狂卖", ACT_EXPORT, LEAN_LOOSEN },
  { "规则", ACT_RULE, LEAN_NONE }, { "禁令", ACT_RULE, LEAN_TIGHTEN },
  { "禁止", ACT_RULE, LEAN_TIGHTEN }, { "限制", ACT_RULE, LEAN_TIGHTEN },
  { "管制", ACT_RULE, LEAN_TIGHTEN }, { "制裁", ACT_RULE, LEAN_TIGHTEN },
  { "实体清单", ACT_RULE, LEAN_TIGHTEN }, { "收紧", ACT_RULE, LEAN_TIGHTEN },
  { "上限", ACT_CAP, LEAN_TIGHTEN }, { "配额", ACT_CAP, LEAN_TIGHTEN },
  { "数量限制", ACT_CAP, LEAN_TIGHTEN },
  { "废除", ACT_RESCIND, LEAN_LOOSEN }, { "撤销", ACT_RESCIND, LEAN_LOOSEN },
  { "取消", ACT_RESCIND, LEAN_LOOSEN }, { "放宽", ACT_RESCIND, LEAN_LOOSEN },
  { "解除", ACT_RESCIND, LEAN_LOOSEN },
  { "许可", ACT_LICENCE, LEAN_NONE }, { "批准", ACT_LICENCE, LEAN_LOOSEN },
  { "允许", ACT_LICENCE, LEAN_LOOSEN },
  { "协议", ACT_DEAL, LEAN_NONE }, { "交易", ACT_DEAL, LEAN_NONE },
  { "合同", ACT_DEAL, LEAN_NONE }, { "合作协议", ACT_DEAL, LEAN_NONE },
  { "调查", ACT_INVESTIGATE, LEAN_NONE },
};

/* Words that point at a topic when no actor does. */
static const char * const gulf_words[] = {
  "gulf", "uae", "emirates", "saudi", "abu dhabi", "riyadh", "middle east",
  "golfe", "émirats", "saoudite", "saoudien", "moyen-orient",
  "海湾", "阿联酋", "沙特", "中东", "阿布扎比", "利雅得",
};
static const char * const china_words[] = {
  "china", "chinese", "chine", "chinois", "中国", "华为", "中芯",
};
static const char * const cap_words[] = {
  "diffusion", "tier", "tiers", "扩散", "分级",
};
/* Entity ids of the shipped packs. */
static const char * const gulf_actors[] = {
  "united-arab-emirates", "saudi-arabia", "qatar", "persian-gulf", "middle-east",
  "g42", "humain", "mgx",
};
static const char * const china_actors[] = {
  "china", "huawei", "smic", "deepseek",
};

typedef struct
{
  guint found;          /* ActionClass bits */
  int   loosen;
  int   tighten;
  guint n_words;
} Actions;

static GHashTable *
latin_table (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (latin_words); i++)
        g_hash_table_insert (t, (gpointer) latin_words[i].word, (gpointer) &latin_words[i]);
      g_once_init_leave (&table, t);
    }
  return table;
}

static void
note_action (Actions          *actions,
             const ActionWord *word)
{
  actions->found |= 1u << word->action;
  actions->n_words++;
  if (word->lean == LEAN_LOOSEN)
    actions->loosen++;
  else if (word->lean == LEAN_TIGHTEN)
    actions->tighten++;
}

/* @folded is the case-folded sentence. */
static void
find_actions (const char *folded,
              Actions    *actions)
{
  GHashTable *table = latin_table ();
  const char *p = folded;

  memset (actions, 0, sizeof *actions);

  /* Words: runs of letters; apostrophes split French elisions (l'accord). */
  while (*p)
    {
      const char *start;

      while (*p && !g_unichar_isalpha (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p && g_unichar_isalpha (g_utf8_get_char (p)) &&
             g_unichar_get_script (g_utf8_get_char (p)) != G_UNICODE_SCRIPT_HAN)
        p = g_utf8_next_char (p);
      if (p > start)
        {
          g_autofree char *word = g_strndup (start, p - start);
          const ActionWord *entry = g_hash_table_lookup (table, word);

          if (entry != NULL)
            note_action (actions, entry);
        }
      else if (*p)
        p = g_utf8_next_char (p);
    }

  for (guint i = 0; i < G_N_ELEMENTS (cjk_words); i++)
    for (const char *q = folded; (q = strstr (q, cjk_words[i].word)) != NULL; q += strlen (cjk_words[i].word))
      note_action (actions, &cjk_words[i]);
}

static gboolean
contains_any (const char        *folded,
              const char * const *words,
              guint              n_words)
{
  for (guint i = 0; i < n_words; i++)
    {
      const char *hit = strstr (folded, words[i]);

      /* Latin words must not be parts of longer words ("tiers" in "entiers"). */
      while (hit != NULL && g_ascii_isalpha (words[i][0]))
        {
          const char *after = hit + strlen (words[i]);
          gboolean left = hit == folded || !g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (hit)));
          gboolean right = *after == '\0' || !g_unichar_isalpha (g_utf8_get_char (after));

          if (left && right)
            break;
          hit = strstr (hit + 1, words[i]);
        }
      if (hit != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_any_actor (GPtrArray          *actors,
               const char * const *ids,
               guint               n_ids)
{
  for (guint i = 0; i < n_ids; i++)
    if (g_ptr_array_find_with_equal_func (actors, ids[i], g_str_equal, NULL))
      return TRUE;
  return FALSE;
}

static DossierEventKind
guess_kind (const Actions *actions)
{
  if (actions->found & (1u << ACT_RESCIND))
    return DOSSIER_EVENT_KIND_RULE_RESCINDED;
  if (actions->found & ((1u << ACT_RULE) | (1u << ACT_CAP)))
    return DOSSIER_EVENT_KIND_RULE_ISSUED;
  if (actions->found & (1u << ACT_DEAL))
    return DOSSIER_EVENT_KIND_DEAL;
  if (actions->found & (1u << ACT_LICENCE))
    return DOSSIER_EVENT_KIND_LICENCE_DECISION;
  if (actions->found & (1u << ACT_INVESTIGATE))
    return DOSSIER_EVENT_KIND_INVESTIGATION;
  return DOSSIER_EVENT_KIND_STATEMENT;
}

static DossierEventStance
guess_stance (const Actions *actions)
{
  /* Rescinding a restriction loosens, whatever else the sentence says. */
  if (actions->found & (1u << ACT_RESCIND))
    return DOSSIER_EVENT_STANCE_LOOSENS;
  if (actions->loosen > actions->tighten)
    return DOSSIER_EVENT_STANCE_LOOSENS;
  if (actions->tighten > actions->loosen)
    return DOSSIER_EVENT_STANCE_TIGHTENS;
  return DOSSIER_EVENT_STANCE_NEUTRAL;
}

static DossierEventTopic
guess_topic (const Actions *actions,
             const char    *folded,
             GPtrArray     *actors)
{
  if ((actions->found & (1u << ACT_CAP)) ||
      ((actions->found & ((1u << ACT_RULE) | (1u << ACT_RESCIND))) &&
       contains_any (folded, cap_words, G_N_ELEMENTS (cap_words))))
    return DOSSIER_EVENT_TOPIC_GLOBAL_CAPS;
  if (has_any_actor (actors, gulf_actors, G_N_ELEMENTS (gulf_actors)) ||
      contains_any (folded, gulf_words, G_N_ELEMENTS (gulf_words)))
    return DOSSIER_EVENT_TOPIC_GULF_EXPORTS;
  if (has_any_actor (actors, china_actors, G_N_ELEMENTS (china_actors)) ||
      contains_any (folded, china_words, G_N_ELEMENTS (china_words)))
    return DOSSIER_EVENT_TOPIC_CHINA_CONTROLS;
  return DOSSIER_EVENT_TOPIC_COMPANY_DEALS;
}

/* Words that tie a sentence to the subject: chips and AI. */
static const char * const subject_words[] = {
  "chip", "chips", "semiconductor", "semiconductors", "gpu", "gpus", "ai", "artificial intelligence",
  "puce", "puces", "semi-conducteurs", "ia", "intelligence artificielle",
  "芯片", "半导体", "人工智能", "ai",
};

#define POLICY_ACTIONS \
  ((1u << ACT_RULE) | (1u << ACT_CAP) | (1u << ACT_RESCIND) | (1u << ACT_LICENCE))

#define MIN_SENTENCE 6
#define MAX_SENTENCE 600
#define MAX_TITLE 100
#define CONTEXT 32

static gboolean
is_closing (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0x300D ||
         c == 0x300F || c == 0xFF09 || c == ')' || c == 0xBB;
}

/* A full stop after "U.S", "Mr", "M" (French Monsieur) or before a
 * lower-case word does not end a sentence. */
static gboolean
is_abbreviation (const gunichar *text,
                 gsize           n,
                 gsize           dot)
{
  static const char * const abbreviations[] = {
    "mr", "mrs", "ms", "dr", "st", "inc", "corp", "co", "ltd", "jr", "sr", "no", "vs",
    "etc", "gen", "sen", "rep", "gov", "mme", "mm", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
  };
  gsize start = dot;
  gsize next = dot + 1;
  char word[8];
  gsize len;

  while (start > 0 && g_unichar_isalpha (text[start - 1]))
    start--;
  len = dot - start;
  if (len == 1 && g_unichar_isupper (text[start]))
    return TRUE;
  while (next < n && g_unichar_isspace (text[next]) && text[next] != '\n')
    next++;
  if (next < n && g_unichar_islower (text[next]))
    return TRUE;
  if (len == 0 || len >= sizeof word)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (text[start + i] > 0x7F)
        return FALSE;
      word[i] = g_ascii_tolower ((char) text[start + i]);
    }
  word[len] = '\0';
  for (guint i = 0; i < G_N_ELEMENTS (abbreviations); i++)
    if (strcmp (word, abbreviations[i]) == 0)
      return TRUE;
  return FALSE;
}

/* The end (exclusive) of the sentence starting at @start. */
static gsize
sentence_end (const gunichar *text,
              gsize           n,
              gsize           start)
{
  for (gsize i = start; i < n; i++)
    {
      gunichar c = text[i];
      gboolean end = FALSE;

      if (c == '\n')
        return i;
      if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?' || c == 0x2026)
        end = TRUE;
      else if (c == '.' && (i + 1 == n || g_unichar_isspace (text[i + 1]) || is_closing (text[i + 1])))
        end = !is_abbreviation (text, n, i);
      if (end)
        {
          i++;
          while (i < n && is_closing (text[i]))
            i++;
          return i;
        }
    }
  return n;
}

static char *
slice (const gunichar *text,
       gsize           start,
       gsize           end)
{
  return g_ucs4_to_utf8 (text + start, end - start, NULL, NULL, NULL);
}

/* The event a passage describes. For a candidate (@draft FALSE) the
 * passage must have an actor, an action word about chips or policy and a
 * date, else NULL; a draft for a passage the analyst chose only takes
 * the guesses, and may have no date. */
static DossierEvent *
event_for_passage (const gunichar *text,
                   gsize           n,
                   gsize           start,
                   gsize           end,
                   GPtrArray      *spans,
                   guint           first_span,
                   const char     *published,
                   gint64          article_id,
                   gboolean        draft)
{
  g_autoptr(DossierEvent) event = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *date = NULL;
  g_autofree char *uid = NULL;
  g_autoptr(DossierEvidence) evidence = NULL;
  g_autoptr(GPtrArray) actors = g_ptr_array_new ();
  guint n_entities = 0;
  gboolean dated_in_sentence = FALSE;
  gboolean about_subject;
  Actions actions;
  double confidence;
  guint n_classes;

  for (guint i = first_span; i < spans->len; i++)
    {
      DossierSpan *span = g_ptr_array_index (spans, i);

      if (span->start >= end)
        break;
      if (span->start < start || span->end > end)
        continue;
      if (dossier_span_kind_is_entity (span->kind))
        {
          n_entities++;
          if (span->entity_id != NULL &&
              !g_ptr_array_find_with_equal_func (actors, span->entity_id, g_str_equal, NULL))
            g_ptr_array_add (actors, span->entity_id);
        }
      else if (span->kind == DOSSIER_SPAN_DATE && date == NULL)
        date = dossier_edtf_from_iso (span->iso);
    }
  if (n_entities == 0 && !draft)
    return NULL;

  sentence = slice (text, start, end);
  folded = g_utf8_casefold (sentence, -1);
  find_actions (folded, &actions);
  if (actions.n_words == 0 && !draft)
    return NULL;
  /* Deals and sales are news about chips only when the sentence says so;
   * rules, caps, rescissions and licences are policy by themselves. */
  about_subject = contains_any (folded, subject_words, G_N_ELEMENTS (subject_words));
  if (!about_subject && !(actions.found & POLICY_ACTIONS) && !draft)
    return NULL;

  /* Without a date of its own, a sentence reports the article's news. */
  dated_in_sentence = date != NULL;
  if (date == NULL && (date = dossier_edtf_from_iso (published)) == NULL && !draft)
    return NULL;

  event = dossier_event_new ();
  if (draft)
    dossier_event_set_status (event, DOSSIER_EVENT_STATUS_ACCEPTED);
  else
    {
      uid = g_strdup_printf ("candidate-a%" G_GINT64_FORMAT "-%" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT,
                             article_id, start, end);
      dossier_event_set_uid (event, uid);
      dossier_event_set_status (event, DOSSIER_EVENT_STATUS_CANDIDATE);
    }
  dossier_event_set_date (event, date);
  for (guint i = 0; i < actors->len; i++)
    dossier_event_add_actor (event, g_ptr_array_index (actors, i));

  if (end - start > MAX_TITLE)
    {
      g_autofree char *head = slice (text, start, start + MAX_TITLE - 1);
      g_autofree char *title = g_strconcat (head, "…", NULL);
      dossier_event_set_title (event, title);
    }
  else
    dossier_event_set_title (event, sentence);

  dossier_event_set_kind (event, guess_kind (&actions));
  dossier_event_set_stance (event, guess_stance (&actions));
  dossier_event_set_topic (event, guess_topic (&actions, folded, actors));

  n_classes = 0;
  for (guint bits = actions.found; bits != 0; bits &= bits - 1)
    n_classes++;
  confidence = 0.2 + 0.1 * MIN (n_classes, 3);
  confidence += actors->len >= 2 ? 0.2 : actors->len == 1 ? 0.1 : 0.0;
  confidence += dated_in_sentence ? 0.2 : 0.1;
  if (about_subject)
    confidence += 0.15;
  /* The analyst's own choice is not a guess. */
  dossier_event_set_confidence (event, draft ? 1.0 : MIN (confidence, 0.95));

  evidence = dossier_evidence_new (article_id, start, end, sentence);
  evidence->prefix = slice (text, start > CONTEXT ? start - CONTEXT : 0, start);
  evidence->suffix = slice (text, end, MIN (n, end + CONTEXT));
  dossier_event_add_evidence (event, evidence);
  return g_steal_pointer (&event);
}

GPtrArray *
dossier_event_finder_find (const char *body,
                           GPtrArray  *spans,
                           const char *published,
                           gint64      article_id)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree gunichar *text = NULL;
  glong n = 0;
  gsize start = 0;
  guint first_span = 0;

  g_return_val_if_fail (body != NULL, NULL);
  g_return_val_if_fail (spans != NULL, NULL);

  text = g_utf8_to_ucs4 (body, -1, NULL, &n, NULL);
  if (text == NULL)
    return g_steal_pointer (&events);

  while (start < (gsize) n)
    {
      gsize end = sentence_end (text, n, start);
      gsize next = end < (gsize) n && text[end] == '\n' ? end + 1 : end;
      gsize s = start, e = end;

      while (s < e && g_unichar_isspace (text[s]))
        s++;
      while (e > s && g_unichar_isspace (text[e - 1]))
        e--;

      /* Spans before this sentence are done with. */
      while (first_span < spans->len &&
             ((DossierSpan *) g_ptr_array_index (spans, first_span))->end <= s)
        first_span++;

      if (e - s >= MIN_SENTENCE && e - s <= MAX_SENTENCE)
        {
          DossierEvent *event = event_for_passage (text, n, s, e, spans, first_span,
                                                   published, article_id, FALSE);
          if (event != NULL)
            g_ptr_array_add (events, event);
        }
      start = next > start ? next : start + 1;
    }

  return g_steal_pointer (&events);
}

DossierEvent *
dossier_event_finder_draft (const char *body,
                            GPtrArray  *spans,
                            const char *published,
                            gint64      article_id,
                            guint       start,
                            guint       end)
{
  g_autofree gunichar *text = NULL;
  glong n = 0;
  guint first_span = 0;

  g_return_val_if_fail (body != NULL, NULL);
  g_return_val_if_fail (spans != NULL, NULL);

  text = g_utf8_to_ucs4 (body, -1, NULL, &n, NULL);
  if (text == NULL || start >= end || end > (gsize) n)
    return NULL;
  /* Leading and trailing blanks of a mouse selection are not the passage. */
  while (start < end && g_unichar_isspace (text[start]))
    start++;
  while (end > start && g_unichar_isspace (text[end - 1]))
    end--;
  if (start == end)
    return NULL;
  while (first_span < spans->len &&
         ((DossierSpan *) g_ptr_array_index (spans, first_span))->end <= start)
    first_span++;
  return event_for_passage (text, n, start, end, spans, first_span, published, article_id, TRUE);
}

/* Days between two date ranges, 0 when they overlap; G_MAXUINT32 when a
 * date is not valid or unbounded on the side that matters. */
static guint32
days_apart (DossierEvent *a,
            DossierEvent *b)
{
  DossierEdtf da, db;
  guint32 a0, a1, b0, b1;

  if (!dossier_event_get_edtf (a, &da) || !dossier_event_get_edtf (b, &db))
    return G_MAXUINT32;
  a0 = dossier_edtf_get_earliest (&da);
  a1 = dossier_edtf_get_latest (&da);
  b0 = dossier_edtf_get_earliest (&db);
  b1 = dossier_edtf_get_latest (&db);
  if (a1 < b0)
    return a1 == DOSSIER_EDTF_UNBOUNDED_END ? 0 : b0 - a1;
  if (b1 < a0)
    return b1 == DOSSIER_EDTF_UNBOUNDED_END ? 0 : a0 - b1;
  return 0;
}

/* @counts (nullable): entity id → number of events that have it, so that
 * an actor found in many events (a country) says less than a rare one. */
static double
similarity (DossierEvent *candidate,
            DossierEvent *event,
            GHashTable   *counts)
{
  GPtrArray *actors = dossier_event_get_actors (candidate);
  DossierEdtf edtf;
  guint32 gap = days_apart (candidate, event);
  guint32 length;
  double shared = 0.0;
  double actor_score, date_score, action_score;

  if (gap > DOSSIER_EVENT_FINDER_MATCH_DAYS || !dossier_event_get_edtf (candidate, &edtf))
    return 0.0;

  for (guint i = 0; i < actors->len; i++)
    if (dossier_event_has_actor (event, g_ptr_array_index (actors, i)))
      {
        guint n = counts ? GPOINTER_TO_UINT (g_hash_table_lookup (counts, g_ptr_array_index (actors, i))) : 1;
        shared += 1.0 / MAX (n, 1u);
      }

  /* A coarse date ("2024") overlaps much and proves little. */
  length = dossier_edtf_get_latest (&edtf) - dossier_edtf_get_earliest (&edtf) + 1;
  date_score = (1.0 - (double) gap / (DOSSIER_EVENT_FINDER_MATCH_DAYS + 1)) *
               MIN (1.0, (double) (DOSSIER_EVENT_FINDER_MATCH_DAYS + 1) / MAX (length, 1u));

  /* News often names the administration where the record names the
   * agency: without a shared actor, only the same kind of action on the
   * same topic on the same day can reach the threshold. */
  if (shared == 0.0)
    {
      if (dossier_event_get_kind (candidate) == dossier_event_get_kind (event) &&
          dossier_event_get_topic (candidate) == dossier_event_get_topic (event))
        return 0.5 * date_score;
      return 0.0;
    }
  actor_score = MIN (1.0, shared);

  if (dossier_event_get_kind (candidate) == dossier_event_get_kind (event))
    action_score = 1.0;
  else if (dossier_event_get_topic (candidate) == dossier_event_get_topic (event))
    action_score = dossier_event_get_stance (candidate) == dossier_event_get_stance (event) ? 0.6 : 0.3;
  else
    action_score = 0.0;

  return 0.4 * actor_score + 0.3 * date_score + 0.3 * action_score;
}

double
dossier_event_finder_similarity (DossierEvent *candidate,
                                 DossierEvent *event)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (candidate), 0.0);
  g_return_val_if_fail (DOSSIER_IS_EVENT (event), 0.0);

  return similarity (candidate, event, NULL);
}

DossierEvent *
dossier_event_finder_match (DossierEvent *candidate,
                            GPtrArray    *events)
{
  DossierEvent *best = NULL;
  double best_score = 0.5 - 1e-9;

  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (DOSSIER_IS_EVENT (candidate), NULL);
  g_return_val_if_fail (events != NULL, NULL);

  for (guint i = 0; i < events->len; i++)
    {
      GPtrArray *actors = dossier_event_get_actors (g_ptr_array_index (events, i));

      for (guint a = 0; a < actors->len; a++)
        {
          gpointer id = g_ptr_array_index (actors, a);
          g_hash_table_insert (counts, id,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, id)) + 1));
        }
    }

  for (guint i = 0; i < events->len; i++)
    {
      DossierEvent *event = g_ptr_array_index (events, i);
      double score;

      if (event == candidate ||
          (dossier_event_get_uid (event) != NULL &&
           g_strcmp0 (dossier_event_get_uid (event), dossier_event_get_uid (candidate)) == 0))
        continue;
      score = similarity (candidate, event, counts);
      if (score > best_score)
        {
          best_score = score;
          best = event;
        }
    }
  return best;
}
