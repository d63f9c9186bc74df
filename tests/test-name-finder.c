/* test-name-finder.c — what the words around an unknown name say it is
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <string.h>

#include "dossier-catalog.h"
#include "dossier-entities.h"
#include "dossier-name-finder.h"
#include "dossier-name-finder-private.h"
#include "dossier-name-lexicon.h"
#include "dossier-test-utils.h"

static DossierCatalog *builtin;

#define NONE ((DossierSpanKind) -1)     /* no span overlaps the text */
#define NO_ORG ((DossierSpanKind) -2)   /* no organization overlaps it */

typedef struct
{
  const char     *lang;
  const char     *text;
  const char     *span;  /* the covered text (its first occurrence) */
  DossierSpanKind kind;  /* or NONE, NO_ORG */
} NameCase;

/* The span of the first occurrence of needle, in code points. */
static void
find_needle (const char *text,
             const char *needle,
             guint      *start,
             guint      *end)
{
  const char *at = strstr (text, needle);

  g_assert_nonnull (at);
  *start = g_utf8_pointer_to_offset (text, at);
  *end = *start + g_utf8_strlen (needle, -1);
}

static void
run_cases (const NameCase *cases,
           guint           n)
{
  guint i, k;

  for (i = 0; i < n; i++)
    {
      const NameCase *c = &cases[i];
      g_autoptr(GPtrArray) spans = dossier_entities_find (builtin, c->text, c->lang);
      guint start, end;

      g_test_message ("[%s] %s: %s", c->lang, c->text, c->span);
      find_needle (c->text, c->span, &start, &end);
      if (c->kind == NONE || c->kind == NO_ORG)
        {
          for (k = 0; k < spans->len; k++)
            {
              const DossierSpan *s = g_ptr_array_index (spans, k);
              gboolean overlaps = s->start < end && start < s->end;

              if (c->kind == NO_ORG)
                overlaps = overlaps && s->kind == DOSSIER_SPAN_ORGANIZATION;
              if (overlaps)
                g_test_message ("unexpected span %s", s->text);
              g_assert_false (overlaps);
            }
        }
      else
        {
          const DossierSpan *s = dossier_test_find_span (spans, c->span);

          if (s == NULL)
            for (k = 0; k < spans->len; k++)
              g_test_message ("found %s", ((DossierSpan *) g_ptr_array_index (spans, k))->text);
          g_assert_nonnull (s);
          g_assert_cmpuint (s->start, ==, start);
          g_assert_cmpint (s->kind, ==, c->kind);
        }
    }
}

/* Model codes and names before a product noun (after it in French). */
static const NameCase product_cases[] = {
  { "en", "Exports of the Z900 accelerator were halted.", "Z900", NONE },
  { "en", "Vendors shipped the M300 and the R750 to Dubai.", "M300", NONE },
  { "en", "Vendors shipped the M300 and the R750 to Dubai.", "R750", NONE },
  { "en", "Regulators questioned Korvex's Talon chips last week.", "Talon", NONE },
  { "en", "The lab bought Helix and Quasar accelerators in March.", "Helix", NONE },
  { "en", "The lab bought Helix and Quasar accelerators in March.", "Quasar", NONE },
  { "en", "Buyers lined up for the Meridian GPUs on launch day.", "Meridian", NONE },
  { "fr", "Les puces Orion de la société ont été interdites.", "Orion", NONE },
  { "fr", "Le groupe vend des serveurs Altaïr dans le Golfe.", "Altaïr", NONE },
  { "zh", "该公司的H800芯片将运往迪拜。", "H800", NONE },
  /* a name in capitals is the company's, not a product */
  { "en", "Analysts expect ZTX chips to sell well.", "ZTX", DOSSIER_SPAN_ORGANIZATION },
};

/* Titles of works, names alone in quotes, laws and events. */
static const NameCase title_cases[] = {
  { "en", "She sang \"Moonfall\" at the gala.", "Moonfall", NONE },
  { "en", "The band played the song Starlight twice.", "Starlight", NONE },
  { "en", "The Pelham Act was passed in 1990.", "Pelham Act", NONE },
  { "en", "Delegates met at the Lakeside Summit on Tuesday.", "Lakeside Summit", NONE },
  { "en", "The firm was added to the Denied Parties List in May.", "Denied Parties List", NONE },
  { "fr", "Le film Horizon sort en mai.", "Horizon", NONE },
  { "fr", "Le festival Orbis aura lieu en juin.", "Orbis", NONE },
  { "fr", "La Coupe Dufresne a été annulée cette année.", "Coupe Dufresne", NONE },
  { "fr", "Il a combattu pendant la Grande Guerre.", "Grande Guerre", NONE },
  { "zh", "他们讨论了博尔内杯的比赛。", "博尔内", NONE },
};

/* Common nouns for organizations before a name, lists, attributes. */
static const NameCase organization_cases[] = {
  { "en", "Investors backed the startup Veltrix last year.", "Veltrix", DOSSIER_SPAN_ORGANIZATION },
  { "en", "Platforms such as Quibble, Zentra and Morrow removed the posts.", "Quibble", DOSSIER_SPAN_ORGANIZATION },
  { "en", "Platforms such as Quibble, Zentra and Morrow removed the posts.", "Zentra", DOSSIER_SPAN_ORGANIZATION },
  { "en", "Platforms such as Quibble, Zentra and Morrow removed the posts.", "Morrow", DOSSIER_SPAN_ORGANIZATION },
  { "en", "Brandt, founder of Orbitas, declined to comment.", "Orbitas", DOSSIER_SPAN_ORGANIZATION },
  { "en", "On Monday, Caldera shares fell 4%.", "Caldera", DOSSIER_SPAN_ORGANIZATION },
  { "en", "Analysts said StarForge had won the contract.", "StarForge", DOSSIER_SPAN_ORGANIZATION },
  { "en", "The filing named Emirati chipmaker Qasr as a buyer.", "Qasr", DOSSIER_SPAN_ORGANIZATION },
  /* a surname prefix is no company */
  { "en", "Senators questioned McAllister on Tuesday.", "McAllister", DOSSIER_SPAN_PERSON },
  { "fr", "La société saoudienne Tawal a signé un accord.", "Tawal", DOSSIER_SPAN_ORGANIZATION },
  { "fr", "Une start-up appelée « Nexora » a levé des fonds.", "Nexora", DOSSIER_SPAN_ORGANIZATION },
  { "fr", "Le PDG de Valtec a démissionné hier.", "Valtec", DOSSIER_SPAN_ORGANIZATION },
  { "fr", "On l'a vu chez Ardent hier soir.", "Ardent", DOSSIER_SPAN_ORGANIZATION },
  /* …but a name after "de" is where it is */
  { "fr", "La société d'aviculture de Rembercourt a fêté ses dix ans.", "Rembercourt", DOSSIER_SPAN_PLACE },
  { "zh", "莫拉维、卡伦斯和Zentra等公司的代表出席了会议。", "莫拉维", DOSSIER_SPAN_ORGANIZATION },
  { "zh", "莫拉维、卡伦斯和Zentra等公司的代表出席了会议。", "卡伦斯", DOSSIER_SPAN_ORGANIZATION },
  { "zh", "莫拉维、卡伦斯和Zentra等公司的代表出席了会议。", "Zentra", DOSSIER_SPAN_ORGANIZATION },
};

/* French writes only the first word of an institution with a capital. */
static const NameCase french_organization_cases[] = {
  { "fr", "La Fédération française de tennis a félicité les joueurs.", "Fédération française de tennis",
    DOSSIER_SPAN_ORGANIZATION },
  { "fr", "Il est membre de l'Union régionale des artisans depuis 1998.", "Union régionale des artisans",
    DOSSIER_SPAN_ORGANIZATION },
  { "fr", "Le Conseil général de la Meuse a voté le budget.", "Conseil général de la Meuse",
    DOSSIER_SPAN_ORGANIZATION },
  /* "de la" and a common noun: where it works, not its name */
  { "fr", "L'inspectrice de l'Inspection académique de la circonscription est venue.", "Inspection académique",
    DOSSIER_SPAN_ORGANIZATION },
  { "fr", "Les élèves de l'école Jules-Ferry ont chanté.", "école Jules-Ferry", DOSSIER_SPAN_ORGANIZATION },
  { "fr", "Ils ont été reçus à la pharmacie Dulac mardi.", "pharmacie Dulac", DOSSIER_SPAN_ORGANIZATION },
};

static const NameCase place_cases[] = {
  { "en", "He grew up in the town of Eldham, near the coast.", "Eldham", DOSSIER_SPAN_PLACE },
  { "en", "Officers said the Dunmore police had closed the road.", "Dunmore", DOSSIER_SPAN_PLACE },
  { "en", "Two tourists flew into South Korean airspace.", "South", NONE },
  { "fr", "Le tribunal siège à La Rochette depuis mars.", "La Rochette", DOSSIER_SPAN_PLACE },
  { "fr", "Il habite Villers-sur-l'Aube depuis 2003.", "Villers-sur-l'Aube", DOSSIER_SPAN_PLACE },
  { "fr", "Ils campent près de Font des Lièvres cet été.", "Font des Lièvres", DOSSIER_SPAN_PLACE },
  { "fr", "Le jeune Sochalien a marqué deux buts.", "Sochalien", NONE },
  { "fr", "La crue dans l'Ornain inquiète les riverains.", "Ornain", DOSSIER_SPAN_PLACE },
  { "zh", "他出生于阿尔博纳附近的小镇。", "阿尔博纳", DOSSIER_SPAN_PLACE },
};

static const NameCase person_cases[] = {
  { "en", "Police arrested J. Harwell on Friday.", "J. Harwell", DOSSIER_SPAN_PERSON },
  { "fr", "Le prix a été remis à J.-P. Morand, le trésorier.", "J.-P. Morand", DOSSIER_SPAN_PERSON },
  { "fr", "Étaient présents MM. Garnier et Loubet.", "Garnier", DOSSIER_SPAN_PERSON },
  { "fr", "Étaient présents MM. Garnier et Loubet.", "Loubet", DOSSIER_SPAN_PERSON },
  { "fr", "C'est ce qu'a expliqué le directeur d'ALTEC Marc Fenwick.", "ALTEC", DOSSIER_SPAN_ORGANIZATION },
  { "fr", "C'est ce qu'a expliqué le directeur d'ALTEC Marc Fenwick.", "Marc Fenwick", DOSSIER_SPAN_PERSON },
  { "fr", "Les experts de Vaclav Hudecek ont témoigné.", "Vaclav Hudecek", DOSSIER_SPAN_PERSON },
  { "zh", "她把儿子安德烈送到学校。", "安德烈", DOSSIER_SPAN_PERSON },
  { "zh", "名为凯拉的婴儿越来越多。", "凯拉", DOSSIER_SPAN_PERSON },
  { "zh", "“这是一场把戏，”艾达（Dündar）说道。", "艾达", DOSSIER_SPAN_PERSON },
  { "zh", "“这是一场把戏，”艾达（Dündar）说道。", "Dündar", DOSSIER_SPAN_PERSON },
  { "zh", "Ruskin女士出席了会议。", "Ruskin", DOSSIER_SPAN_PERSON },
  { "zh", "会议结束后，Halvorsen说这只是开始。", "Halvorsen", DOSSIER_SPAN_PERSON },
  /* a single Latin word in Chinese text without a cue is a brand */
  { "zh", "据报道，Zentra的股价下跌。", "Zentra", NONE },
  { "zh", "古罗马的广场（Forum）是集会之地。", "Forum", NONE },
  /* common words written with transliteration characters */
  { "zh", "他在一个反法西斯的家庭中长大。", "法西斯", NONE },
};

/* A country and a generic noun describe companies; they name none. */
static const NameCase generic_cases[] = {
  { "zh", "美国公司将获得更多芯片。", "美国公司", NO_ORG },
  { "zh", "多家中国科技公司表示反对。", "中国科技公司", NO_ORG },
  { "zh", "阿联酋投资公司正在寻找机会。", "阿联酋投资公司", NO_ORG },
  { "en", "US companies and Chinese firms compete for the deals.", "US companies", NO_ORG },
  { "en", "US companies and Chinese firms compete for the deals.", "Chinese firms", NONE },
  { "fr", "Les sociétés américaines et les entreprises chinoises investissent.", "sociétés américaines", NONE },
  /* the country itself is still found, and real names after it too */
  { "zh", "美国公司将获得更多芯片。", "美国", DOSSIER_SPAN_PLACE },
  { "zh", "美国电影协会发表声明。", "美国电影协会", DOSSIER_SPAN_ORGANIZATION },
};

static void
test_products (void)
{
  run_cases (product_cases, G_N_ELEMENTS (product_cases));
}

static void
test_titles (void)
{
  run_cases (title_cases, G_N_ELEMENTS (title_cases));
}

static void
test_organizations (void)
{
  run_cases (organization_cases, G_N_ELEMENTS (organization_cases));
}

static void
test_french_organizations (void)
{
  run_cases (french_organization_cases, G_N_ELEMENTS (french_organization_cases));
}

static void
test_places (void)
{
  run_cases (place_cases, G_N_ELEMENTS (place_cases));
}

static void
test_people (void)
{
  run_cases (person_cases, G_N_ELEMENTS (person_cases));
}

static void
test_generic (void)
{
  run_cases (generic_cases, G_N_ELEMENTS (generic_cases));
}

static void
test_generic_tail (void)
{
  static const struct { const char *tail; gboolean generic; } cases[] = {
    { "公司", TRUE },
    { "科技公司", TRUE },
    { "大型科技企业", TRUE },
    { "投资公司", TRUE },
    { "电影协会", FALSE },
    { "石油公司", FALSE },
    { "银行", FALSE },
    { "", FALSE },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      glong len;
      g_autofree gunichar *s = g_utf8_to_ucs4_fast (cases[i].tail, -1, &len);

      g_test_message ("%s", cases[i].tail);
      g_assert_cmpint (dossier_name_finder_zh_is_generic_org (s, len), ==, cases[i].generic);
    }
}

/* A known person's family name alone is linked to them as a suggestion,
 * unless two people of the text share it. */
static void
test_surname_of_known_person (void)
{
  static const struct { const char *lang; const char *text; const char *entity_id; } cases[] = {
    { "zh", "顾问塔农·本·扎耶德·阿勒纳哈扬出席。该公司由阿勒纳哈扬控制。", "tahnoon-bin-zayed" },
    { "zh", "塔农·本·扎耶德·阿勒纳哈扬和穆罕默德·本·扎耶德·阿勒纳哈扬会面。该公司由阿勒纳哈扬控制。", NULL },
  };
  guint i, k;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) spans = dossier_entities_find (builtin, cases[i].text, cases[i].lang);
      const DossierSpan *last = NULL;

      g_test_message ("%s", cases[i].text);
      for (k = 0; k < spans->len; k++)
        if (g_str_equal (((DossierSpan *) g_ptr_array_index (spans, k))->text, "阿勒纳哈扬"))
          last = g_ptr_array_index (spans, k);
      g_assert_nonnull (last);
      g_assert_cmpint (last->kind, ==, DOSSIER_SPAN_PERSON);
      g_assert_cmpstr (last->entity_id, ==, cases[i].entity_id);
      if (cases[i].entity_id != NULL)
        {
          g_assert_cmpfloat (last->confidence, <, 1.0);
          g_assert_cmpfloat (last->confidence, >, 0.5);
        }
    }
}

/* A word looked up with its length and hash (as the name finder folds
 * it) has the flags of the plain lookup: words of the lists, prefixes and
 * extensions of them, words of no list. */
static void
test_lexicon_hashed (void)
{
  static const struct { const char *word; guint must_have; } cases[] = {
    { "the", LEX_STOP }, { "said", LEX_PERSON_VERB }, { "inc", LEX_ORG_SUFFIX },
    { "university", LEX_ORG_HEAD }, { "de", LEX_PARTICLE }, { "president", LEX_TITLE },
    { "th", 0 }, { "thee", 0 }, { "universit", 0 }, { "universitys", 0 },
    { "nvidia", 0 }, { "x", 0 }, { "", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *w = cases[i].word;
      guint32 h = DOSSIER_LEXICON_HASH_INIT;
      guint flags = dossier_lexicon_latin (w);

      for (const char *p = w; *p != '\0'; p++)
        h = dossier_lexicon_hash_step (h, *p);
      g_assert_cmpuint (dossier_lexicon_latin_hashed (w, strlen (w), h), ==, flags);
      g_assert_cmpuint (flags & cases[i].must_have, ==, cases[i].must_have);
      if (cases[i].must_have == 0 && strlen (w) > 0)
        {
          /* the same bytes followed by more: only the first len count */
          g_autofree char *longer = g_strconcat (w, "zz", NULL);

          g_assert_cmpuint (dossier_lexicon_latin_hashed (longer, strlen (w), h), ==, flags);
        }
      else if (strlen (w) > 1)
        {
          /* a prefix of a listed word with the prefix's hash is not it */
          g_autofree char *prefix = g_strndup (w, strlen (w) - 1);
          guint32 hp = DOSSIER_LEXICON_HASH_INIT;

          for (guint k = 0; prefix[k] != '\0'; k++)
            hp = dossier_lexicon_hash_step (hp, prefix[k]);
          g_assert_cmpuint (dossier_lexicon_latin_hashed (w, strlen (prefix), hp), ==,
                            dossier_lexicon_latin (prefix));
        }
    }
}

/* The folded form of a token as the general path gives it: every code
 * point through dossier_normalize_char(), periods dropped, cut before the
 * code point that would start at byte 25. */
static char *
reference_fold (const gunichar *s,
                const NameTok  *t)
{
  GString *out = g_string_new (NULL);

  for (guint i = t->start; i < t->end; i++)
    {
      gunichar f[18];
      guint n = dossier_normalize_char (s[i], f);

      for (guint k = 0; k < n; k++)
        if (f[k] != '.' && out->len < NAME_TOK_FOLDED_SIZE - 7)
          g_string_append_unichar (out, f[k]);
    }
  return g_string_free (out, FALSE);
}

/* Tokens keep their folded forms in blocks of their own, written on
 * demand through a fast path for ASCII: on generated texts of thousands
 * of words (many blocks), every word's folded form, hash and word-list
 * flags are those of the general path, and stay so once all are folded. */
static void
test_tokens_folded (void)
{
  static const char * const pieces[] = {
    "the", "The", "said", "Said", "University", "UNIVERSITY", "de", "De", "é", "É", "ß",
    "ﬁ", "Ǆ", "ŉ", "İ", "ｆｕｌｌ", "Ⅻ", "J.", "U.S.", "J.-P.", "O'Brien", "sur-l'Etang",
    "MPs", "G42", "x1", "Straße", "Ångström", "résumé", "naïve", "Œuvre", "Nvidia", "nvidia",
    "a", "Z", "0", "·", "-", "'", "’",
  };
  static const char * const gaps[] = {
    " ", " ", " ", " ", ", ", ". ", "\n", " (", ") ", " “", "” ", "芯片", "、", " — ", "\u00a0",
  };
  GRand *rand = g_rand_new_with_seed (20261123);
  gboolean several_blocks = FALSE;

  for (guint round = 0; round < 12; round++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(DossierNormalized) doc = NULL;
      g_autoptr(GArray) caps = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(NameToks) toks = NULL;
      g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
      guint n_words = 200 + g_rand_int_range (rand, 0, 6000), folded_bytes = 0;

      for (guint w = 0; w < n_words; w++)
        {
          guint parts = g_rand_int_range (rand, 1, 4);

          /* long words too, cut in the middle of their folded form */
          if (g_rand_int_range (rand, 0, 20) == 0)
            parts = g_rand_int_range (rand, 8, 30);
          for (guint k = 0; k < parts; k++)
            g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
          g_string_append (text, gaps[g_rand_int_range (rand, 0, G_N_ELEMENTS (gaps))]);
        }
      doc = dossier_normalized_new (text->str);
      toks = _dossier_name_tokenize (doc, caps);
      g_assert_cmpuint (toks->len, >, n_words / 2);
      for (guint i = 0; i < toks->len; i++)
        {
          const NameTok *t = name_tok_at (toks, doc->orig, i);
          g_autofree char *want = NULL;
          guint32 h = DOSSIER_LEXICON_HASH_INIT;

          if (!t->is_word)
            {
              g_assert_cmpstr (t->folded, ==, "");
              g_ptr_array_add (expected, g_strdup (""));
              continue;
            }
          want = reference_fold (doc->orig, t);
          g_assert_cmpstr (t->folded, ==, want);
          for (const char *p = want; *p != '\0'; p++)
            h = dossier_lexicon_hash_step (h, *p);
          g_assert_cmpuint (t->hash, ==, h);
          g_assert_cmpuint (t->lex, ==, dossier_lexicon_latin (want));
          folded_bytes += strlen (want) + 1;
          g_ptr_array_add (expected, g_steal_pointer (&want));
        }
      /* the forms of a text this size take several blocks */
      if (folded_bytes > 2 * 8192)
        {
          g_assert_cmpuint (toks->fold_blocks->len, >, 1);
          several_blocks = TRUE;
        }
      for (guint i = 0; i < toks->len; i++)
        g_assert_cmpstr (toks->v[i].folded, ==, g_ptr_array_index (expected, i));
    }
  g_assert_true (several_blocks);
  g_rand_free (rand);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);
  builtin = dossier_catalog_new_builtin (&error);
  g_assert_no_error (error);
  g_test_add_func ("/name-finder/products", test_products);
  g_test_add_func ("/name-finder/titles", test_titles);
  g_test_add_func ("/name-finder/organizations", test_organizations);
  g_test_add_func ("/name-finder/french-organizations", test_french_organizations);
  g_test_add_func ("/name-finder/places", test_places);
  g_test_add_func ("/name-finder/people", test_people);
  g_test_add_func ("/name-finder/generic", test_generic);
  g_test_add_func ("/name-finder/generic-tail", test_generic_tail);
  g_test_add_func ("/name-finder/surname-of-known-person", test_surname_of_known_person);
  g_test_add_func ("/name-finder/lexicon-hashed", test_lexicon_hashed);
  g_test_add_func ("/name-finder/tokens-folded", test_tokens_folded);
  ret = g_test_run ();
  g_clear_object (&builtin);
  return ret;
}
