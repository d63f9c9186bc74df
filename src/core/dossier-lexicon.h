/* dossier-lexicon.h — English and French words that figures and dates use
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_DUNIT_NONE,
  DOSSIER_DUNIT_DAY,
  DOSSIER_DUNIT_WEEK,
  DOSSIER_DUNIT_WEEKEND,
  DOSSIER_DUNIT_MONTH,
  DOSSIER_DUNIT_QUARTER,
  DOSSIER_DUNIT_YEAR,
  DOSSIER_DUNIT_DECADE,
  DOSSIER_DUNIT_CENTURY,
  DOSSIER_DUNIT_FORTNIGHT,
  DOSSIER_DUNIT_SEASON,
} DossierDateUnit;

/* Small words that rules look for. */
enum
{
  DOSSIER_LEX_AND      = 1 << 0,   /* and, et */
  DOSSIER_LEX_OF       = 1 << 1,   /* of, de, du, d */
  DOSSIER_LEX_A        = 1 << 2,   /* a, an, un, une (before hundred, million) */
  DOSSIER_LEX_POINT    = 1 << 3,   /* point, virgule */
  DOSSIER_LEX_PERCENT  = 1 << 4,   /* percent, pourcent, pourcentage */
  DOSSIER_LEX_MINUS    = 1 << 5,   /* minus, negative, moins */
  DOSSIER_LEX_THE      = 1 << 6,   /* the, le, la, l */
  DOSSIER_LEX_HALF     = 1 << 7,   /* half, demi */
  DOSSIER_LEX_QUARTER  = 1 << 8,   /* quarter, quart */
  DOSSIER_LEX_RANGE_TO = 1 << 9,   /* to, till, until, through, au, jusqu */
  DOSSIER_LEX_FROM     = 1 << 10,  /* from, between, depuis, entre, du */
  DOSSIER_LEX_AGO      = 1 << 11,  /* ago */
  DOSSIER_LEX_LATER    = 1 << 12,  /* later, after, hence */
  DOSSIER_LEX_IN       = 1 << 13,  /* in, dans */
  DOSSIER_LEX_ON       = 1 << 14,  /* on */
  DOSSIER_LEX_YEAR_PREP = 1 << 15, /* words after which a bare four-digit number is a year */
  DOSSIER_LEX_PER      = 1 << 16,  /* per, pour */
  DOSSIER_LEX_CENT     = 1 << 17,  /* cent (of pour cent) */
  DOSSIER_LEX_IL       = 1 << 18,  /* il (of il y a) */
  DOSSIER_LEX_Y        = 1 << 19,  /* y / ya (of il y a) */
  DOSSIER_LEX_BEFORE   = 1 << 20,  /* before, avant */
  DOSSIER_LEX_SUFFIX_ORD = 1 << 21, /* st nd rd th er e eme */
  DOSSIER_LEX_FEW      = 1 << 22,  /* few, couple, several, quelques */
  DOSSIER_LEX_PART     = 1 << 23,  /* end, beginning, start, middle, rest (of) */
  DOSSIER_LEX_EDGE     = 1 << 24,  /* early, late, mid: before a period */
  DOSSIER_LEX_OPEN     = 1 << 25,  /* after, before, since, until: an open range */
  DOSSIER_LEX_WORKDAY  = 1 << 26,  /* business, working */
  DOSSIER_LEX_HOLIDAY  = 1 << 27,  /* first word of a holiday name: christmas, labor, new */
};

/* Words that name a kind of year or lead to one. */
enum
{
  DOSSIER_YEAR_NONE,
  DOSSIER_YEAR_NOT_CALENDAR,   /* fiscal, school, academic, exercice, scolaire */
  DOSSIER_YEAR_CALENDAR,       /* calendar, calendaire, civile */
  DOSSIER_YEAR_FY,             /* FY2024 */
  DOSSIER_YEAR_CY,             /* CY18 */
  DOSSIER_YEAR_DATE,           /* date (of "to date") */
  DOSSIER_YEAR_YTD,            /* YTD */
};

typedef struct
{
  guint32      flags;          /* DOSSIER_LEX_* */
  double       num;            /* number words: value */
  guint8       num_kind;       /* 0 none, 1 small (0–99), 2 hundred, 3 scale (≥ 1000) */
  guint8       ordinal;        /* first … thirty-first, premier … */
  guint8       month;          /* 1–12 */
  guint8       weekday;        /* 1 = Monday … 7 = Sunday */
  gint8        rel;            /* last −1, this 0, next +1; REL_NONE otherwise */
  gint8        day_offset;     /* today 0, yesterday −1…; DAY_NONE otherwise */
  guint8       dunit;          /* DossierDateUnit of day(s), semaine(s)… */
  gboolean     dunit_plural;
  double       approx_scale;   /* hundreds 100, thousands 1000, dozens 12 (plural) */
  const char  *currency;       /* ISO 4217, or "" for a name that is not one currency */
  double       currency_factor;/* 0.01 for cents, pence */
  gboolean     currency_needs_number_before; /* words like dollars, yen */
  const char  *unit;           /* quantity unit name */
  const char  *item;           /* counted noun */
  guint8       season;         /* 1 spring … 4 winter */
  double       denom;          /* fraction denominators: thirds 3, hundredths 100, tiers 3, quarts 4 */
  guint8       year_kind;      /* DOSSIER_YEAR_*: fiscal, calendar, FY, CY, date, YTD */
  guint8       decade;         /* decades in words: noughties 1, tens 2, twenties 3 … nineties 10 */
} DossierLexEntry;

#define DOSSIER_LEX_REL_NONE 100
#define DOSSIER_LEX_DAY_NONE 100

typedef struct _DossierLexicon DossierLexicon;

/* The lexicon for @lang ("en", "fr", "zh", NULL or anything else: all
 * languages merged). Built once, never freed, safe from any thread. */
const DossierLexicon  *dossier_lexicon_get    (const char *lang);
guint16                dossier_lexicon_lookup (const DossierLexicon *lexicon,
                                               const char           *folded,
                                               gsize                 length);
/* dossier_lexicon_lookup() for a word whose buffer holds zeros from
 * @length up to at least its 16th byte (as dossier_tokens_init() gives
 * them): the word is read whole, not byte by byte. */
guint16                dossier_lexicon_lookup_padded (const DossierLexicon *lexicon,
                                                      const char           *folded,
                                                      gsize                 length);

/* Words that readers compare by identity ("rest", "il", "christmas"…).
 * Each lexicon looks them up once when it is built, so that a comparison
 * is one of keyword ids; a word the lexicon does not know has id 0. */
typedef enum
{
  DOSSIER_WORD_A, DOSSIER_WORD_AFTER, DOSSIER_WORD_APRES, DOSSIER_WORD_AUJOURD, DOSSIER_WORD_AVANT,
  DOSSIER_WORD_BEFORE, DOSSIER_WORD_BEGINNING, DOSSIER_WORD_BETWEEN, DOSSIER_WORD_BLACK,
  DOSSIER_WORD_CET, DOSSIER_WORD_CETTE, DOSSIER_WORD_CHRISTMAS, DOSSIER_WORD_COMING,
  DOSSIER_WORD_COUPLE, DOSSIER_WORD_CURRENT, DOSSIER_WORD_DAY, DOSSIER_WORD_DE, DOSSIER_WORD_DEC,
  DOSSIER_WORD_DEMAIN, DOSSIER_WORD_DEPUIS, DOSSIER_WORD_DERNIER, DOSSIER_WORD_DERNIERE,
  DOSSIER_WORD_DURING, DOSSIER_WORD_EARLIER, DOSSIER_WORD_EARTH, DOSSIER_WORD_EASTER,
  DOSSIER_WORD_EN, DOSSIER_WORD_ENTRE, DOSSIER_WORD_EXERCICE, DOSSIER_WORD_FEW,
  DOSSIER_WORD_FISCAL, DOSSIER_WORD_FOLLOWING, DOSSIER_WORD_FRIDAY, DOSSIER_WORD_FROM,
  DOSSIER_WORD_H, DOSSIER_WORD_HALLOWEEN, DOSSIER_WORD_HIER, DOSSIER_WORD_HUI, DOSSIER_WORD_IL,
  DOSSIER_WORD_IN, DOSSIER_WORD_INDEPENDENCE, DOSSIER_WORD_INTERNATIONAL, DOSSIER_WORD_JAN,
  DOSSIER_WORD_JOUR, DOSSIER_WORD_JUN, DOSSIER_WORD_JUSQU, DOSSIER_WORD_LA, DOSSIER_WORD_LABOR,
  DOSSIER_WORD_LABOUR, DOSSIER_WORD_LAST, DOSSIER_WORD_LATER, DOSSIER_WORD_LENDEMAIN,
  DOSSIER_WORD_LESS, DOSSIER_WORD_MAR, DOSSIER_WORD_MARCH, DOSSIER_WORD_MARS, DOSSIER_WORD_MAY,
  DOSSIER_WORD_MEMORIAL, DOSSIER_WORD_MER, DOSSIER_WORD_MON, DOSSIER_WORD_MORE, DOSSIER_WORD_MY,
  DOSSIER_WORD_NEW, DOSSIER_WORD_NEXT, DOSSIER_WORD_NO, DOSSIER_WORD_NOEL, DOSSIER_WORD_NOW,
  DOSSIER_WORD_OF, DOSSIER_WORD_ONWARD, DOSSIER_WORD_ONWARDS, DOSSIER_WORD_OR, DOSSIER_WORD_PAQUES,
  DOSSIER_WORD_PASSE, DOSSIER_WORD_PAST, DOSSIER_WORD_PATRICK, DOSSIER_WORD_PLUS, DOSSIER_WORD_Q,
  DOSSIER_WORD_QUELQUES, DOSSIER_WORD_REMAINDER, DOSSIER_WORD_REMAINING, DOSSIER_WORD_REST,
  DOSSIER_WORD_S, DOSSIER_WORD_SAINT, DOSSIER_WORD_SAT, DOSSIER_WORD_SEPT, DOSSIER_WORD_SINCE,
  DOSSIER_WORD_ST, DOSSIER_WORD_STARTING, DOSSIER_WORD_SUN, DOSSIER_WORD_TARD, DOSSIER_WORD_TERRE,
  DOSSIER_WORD_THAN, DOSSIER_WORD_THANKSGIVING, DOSSIER_WORD_THAT, DOSSIER_WORD_THIS,
  DOSSIER_WORD_UN, DOSSIER_WORD_UNTIL, DOSSIER_WORD_UPCOMING, DOSSIER_WORD_VALENTINE,
  DOSSIER_WORD_VEILLE, DOSSIER_WORD_WED, DOSSIER_WORD_WITHIN, DOSSIER_WORD_WORKERS, DOSSIER_WORD_Y,
  DOSSIER_WORD_YA, DOSSIER_WORD_YEAR,
  DOSSIER_N_WORDS
} DossierWord;

/* The folded spelling of @word. */
const char *dossier_word_name (DossierWord word);

/* The head of every lexicon, read by the inline functions below: the
 * figure and date readers ask for entries and word ids at every token
 * they look at. */
typedef struct
{
  const DossierLexEntry *entries;
  guint                  n_entries;
  guint16                words[DOSSIER_N_WORDS];
} DossierLexiconHead;

extern const DossierLexEntry _dossier_lexicon_no_entry;

/* The entry of keyword @id (an empty one for 0). */
static inline const DossierLexEntry *
dossier_lexicon_entry (const DossierLexicon *lexicon,
                       guint16               id)
{
  const DossierLexiconHead *head = (const DossierLexiconHead *) lexicon;

  if (id == 0 || id >= head->n_entries)
    return &_dossier_lexicon_no_entry;
  return &head->entries[id];
}

/* The keyword id of @word in @lexicon, 0 when the lexicon does not know it. */
static inline guint16
dossier_lexicon_word (const DossierLexicon *lexicon,
                      DossierWord           word)
{
  return ((const DossierLexiconHead *) lexicon)->words[word];
}

G_END_DECLS
