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

/* The entry of keyword @id (an empty one for 0). The figure and date
 * readers ask for it at every token they look at, hence inline: every
 * lexicon starts with its entries. */
typedef struct
{
  const DossierLexEntry *entries;
  guint                  n_entries;
} DossierLexiconEntries;

extern const DossierLexEntry _dossier_lexicon_no_entry;

static inline const DossierLexEntry *
dossier_lexicon_entry (const DossierLexicon *lexicon,
                       guint16               id)
{
  const DossierLexiconEntries *e = (const DossierLexiconEntries *) lexicon;

  if (id == 0 || id >= e->n_entries)
    return &_dossier_lexicon_no_entry;
  return &e->entries[id];
}

G_END_DECLS
