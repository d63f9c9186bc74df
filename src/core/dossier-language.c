/* dossier-language.c — script counts plus stop-word profiles
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-language.h"

#include <string.h>

/* Latin-script languages told apart by their most frequent function words.
 * Words shared by several languages are listed for each of them; only the
 * difference in counts matters. */
typedef struct
{
  const char *lang;
  const char *words;
} StopWords;

static const StopWords latin_stop_words[] = {
  { "en", "the of and to in is that for it with as was on be by are this from at or an have has not but which "
          "they their said will would been were its more who also about after than there when up one two new "
          "he she we you his her had can could into over what all out so some these may other only us" },
  { "fr", "le la les de des du un une et est en que qui dans pour pas sur au aux avec ce cette ces il elle "
          "ils sont ont par plus se sa son ses leur leurs mais ou été être a été entre selon comme nous vous "
          "aussi lors après avant très tout tous deux fait dont même d l n qu s c j" },
  { "de", "der die das und ist in den von zu mit sich des auf für im dem nicht ein eine als auch es an "
          "werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war "
          "haben nur oder aber vor zur bis mehr durch man sein wurde sei ihre" },
  { "es", "el la los las de del en y que por con una un es se no su al lo como más para sus le ya o fue "
          "este ha sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo "
          "nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos "
          "según había" },
  { "pt", "o a os as de do da dos das em no na nos nas um uma e que por com para não se é mais ao aos "
          "foi são como mas seu sua ou ser quando muito há já está também só pelo pela até isso ela entre "
          "era depois sem mesmo às ter seus quem nas me esse eles estão você tinha foram essa num nem "
          "suas meu minha têm numa pelos elas havia seja qual será nós tenho lhe deles essas esses pelas "
          "este fosse dele segundo" },
};

static GHashTable *
stop_word_table (void)
{
  static gsize initialised = 0;
  static GHashTable *table = NULL;

  if (g_once_init_enter (&initialised))
    {
      GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (latin_stop_words); i++)
        {
          g_auto(GStrv) words = g_strsplit (latin_stop_words[i].words, " ", -1);

          for (guint j = 0; words[j] != NULL; j++)
            {
              gpointer key, value;

              if (words[j][0] == '\0')
                continue;
              if (g_hash_table_lookup_extended (t, words[j], &key, &value))
                g_hash_table_insert (t, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (value) | (1u << i)));
              else
                g_hash_table_insert (t, g_strdup (words[j]), GUINT_TO_POINTER (1u << i));
            }
        }
      /* The table lives as long as the process. */
      table = t;
      g_once_init_leave (&initialised, 1);
    }
  return table;
}

/* Tests turn the ASCII shortcuts off to compare answers. */
static gboolean ascii_shortcuts = TRUE;

void
_dossier_language_set_shortcuts (gboolean enabled)
{
  ascii_shortcuts = enabled;
}

typedef struct
{
  guint han, kana, hangul, arabic, cyrillic, latin, other;
  guint latin_votes[G_N_ELEMENTS (latin_stop_words)];
} Counts;

static void
count_latin_word (Counts     *counts,
                  const char *word,
                  gsize       length)
{
  g_autofree char *allocated = NULL;
  char buffer[64];
  const char *lower;
  gboolean ascii = ascii_shortcuts && length < sizeof buffer;
  guint mask;

  /* Most words are short and ASCII: lower them on the stack. */
  for (gsize i = 0; ascii && i < length; i++)
    {
      if ((guchar) word[i] >= 0x80)
        ascii = FALSE;
      else
        buffer[i] = g_ascii_tolower (word[i]);
    }
  if (ascii)
    {
      buffer[length] = '\0';
      lower = buffer;
    }
  else
    lower = allocated = g_utf8_strdown (word, length);
  mask = GPOINTER_TO_UINT (g_hash_table_lookup (stop_word_table (), lower));

  for (guint i = 0; i < G_N_ELEMENTS (latin_stop_words); i++)
    if (mask & (1u << i))
      counts->latin_votes[i] += 2;
}

static void
count_text (Counts     *counts,
            const char *text,
            gssize      length)
{
  const char *end = length < 0 ? text + strlen (text) : text + length;
  const char *word_start = NULL;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c;
      GUnicodeScript script;
      gboolean latin_letter;

      /* ASCII letters are Latin, the rest of ASCII is no letter at all. */
      if (ascii_shortcuts && (guchar) *p < 0x80)
        {
          latin_letter = g_ascii_isalpha (*p);
          if (latin_letter && word_start == NULL)
            word_start = p;
          else if (!latin_letter && word_start != NULL)
            {
              count_latin_word (counts, word_start, p - word_start);
              word_start = NULL;
            }
          if (latin_letter)
            counts->latin++;
          continue;
        }
      c = g_utf8_get_char (p);
      script = g_unichar_get_script (c);
      latin_letter = script == G_UNICODE_SCRIPT_LATIN && g_unichar_isalpha (c);

      if (latin_letter && word_start == NULL)
        word_start = p;
      else if (!latin_letter && word_start != NULL)
        {
          /* Keep the apostrophe of l'… and d'… out of the word. */
          count_latin_word (counts, word_start, p - word_start);
          word_start = NULL;
        }

      if (!g_unichar_isalpha (c))
        continue;
      switch ((int) script)
        {
        case G_UNICODE_SCRIPT_HAN:
          counts->han++;
          break;
        case G_UNICODE_SCRIPT_HIRAGANA:
        case G_UNICODE_SCRIPT_KATAKANA:
          counts->kana++;
          break;
        case G_UNICODE_SCRIPT_HANGUL:
          counts->hangul++;
          break;
        case G_UNICODE_SCRIPT_ARABIC:
          counts->arabic++;
          break;
        case G_UNICODE_SCRIPT_CYRILLIC:
          counts->cyrillic++;
          break;
        case G_UNICODE_SCRIPT_LATIN:
          counts->latin++;
          /* Letters that only some of the languages use. */
          if (c == 0xF1 || c == 0xBF || c == 0xA1)                  /* ñ */
            counts->latin_votes[3] += 3;
          else if (c == 0xE3 || c == 0xF5)                          /* ã õ */
            counts->latin_votes[4] += 3;
          else if (c == 0xDF || c == 0xE4 || c == 0xF6 || c == 0xFC) /* ß ä ö ü */
            counts->latin_votes[2] += 2;
          else if (c == 0xE8 || c == 0xEA || c == 0xEB || c == 0xEE || c == 0xF9 || c == 0x153) /* è ê ë î ù œ */
            counts->latin_votes[1] += 2;
          break;
        default:
          counts->other++;
        }
    }
  if (word_start != NULL)
    count_latin_word (counts, word_start, end - word_start);
}

/* Returns the language and, through @weight, how many letters voted for it
 * (CJK characters count double: one of them carries about a word). */
static const char *
decide (const Counts *c,
        guint        *weight)
{
  guint cjk = c->han + c->kana;
  guint total = 2 * (cjk + c->hangul) + c->arabic + c->cyrillic + c->latin;
  guint best = 0, best_votes = 0;

  *weight = total;
  if (total == 0)
    return "und";
  if (2 * c->hangul * 3 > total)
    return "ko";
  if (2 * cjk * 3 > total || (cjk > 0 && 2 * cjk >= c->latin))
    {
      /* Japanese mixes kana into kanji text; Chinese has none. */
      if (c->kana * 10 > cjk)
        return "ja";
      if (c->han > 0)
        return "zh";
    }
  if (c->arabic * 2 > total)
    return "ar";
  if (c->cyrillic * 2 > total)
    return "ru";
  if (c->latin * 2 <= total)
    {
      if (c->han > 0)
        return c->kana * 10 > cjk ? "ja" : "zh";
      return "und";
    }
  for (guint i = 0; i < G_N_ELEMENTS (latin_stop_words); i++)
    if (c->latin_votes[i] > best_votes)
      {
        best_votes = c->latin_votes[i];
        best = i;
      }
  if (best_votes == 0)
    return "und";
  return latin_stop_words[best].lang;
}

const char *
dossier_language_detect_paragraph (const char *text,
                                   gssize      length)
{
  Counts counts = { 0 };
  guint weight;

  g_return_val_if_fail (text != NULL, "und");

  count_text (&counts, text, length);
  return decide (&counts, &weight);
}

const char *
dossier_language_detect (const char *text)
{
  static const char *langs[] = { "zh", "en", "fr", "de", "es", "ar", "ru", "ja", "ko", "pt" };
  guint totals[G_N_ELEMENTS (langs)] = { 0 };
  const char *p;
  guint best = 0;
  gboolean any = FALSE;

  g_return_val_if_fail (text != NULL, "und");

  p = text;
  while (*p != '\0')
    {
      const char *end = strstr (p, "\n\n");
      Counts counts = { 0 };
      const char *lang;
      guint weight;

      if (end == NULL)
        end = p + strlen (p);
      count_text (&counts, p, end - p);
      lang = decide (&counts, &weight);
      for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
        if (strcmp (langs[i], lang) == 0)
          {
            totals[i] += weight;
            any = TRUE;
          }
      p = *end != '\0' ? end + 2 : end;
    }

  if (!any)
    return "und";
  for (guint i = 1; i < G_N_ELEMENTS (langs); i++)
    if (totals[i] > totals[best])
      best = i;
  return langs[best];
}
