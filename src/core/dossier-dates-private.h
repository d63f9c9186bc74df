/* dossier-dates-private.h — shared by the date readers
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "dossier-dates.h"
#include "dossier-numbers.h"

G_BEGIN_DECLS

typedef enum
{
  DATE_PREC_NONE,     /* found, but no single calendar value (a range, a decade) */
  DATE_PREC_DAY,
  DATE_PREC_WEEK,
  DATE_PREC_MONTH,
  DATE_PREC_YEAR,
} DatePrecision;

/* What a reader found: a calendar value with some parts unknown, or a
 * value already resolved against the reference date. */
typedef struct
{
  guint          first, last;   /* tokens */
  int            y, m, d;       /* 0 when not written */
  DatePrecision  prec;
  gboolean       weekday_only;  /* a bare weekday: the last one before the reference date */
  int            weekday;       /* 1–7 with weekday_only */
  gboolean       bare_day;      /* only a day number (the 27th, 29日) */
  gboolean       no_iso;        /* found, but without one value (ranges, weeks, decades…) */
  gboolean       qualified;     /* an open range: 2018年以前, after May; never joined to another */
  char           iso[32];       /* set when resolved */
} DateHit;

/* The last Chinese number read by the readers of one scan: they read the
 * number at a token several times (as a year, a month, a day, a count). */
typedef struct
{
  guint     i;          /* its first token, G_MAXUINT for none */
  gboolean  ok;
  int       v, ndig;
  gboolean  sequence;
  guint     last;
} DateNumMemo;

typedef struct
{
  const DossierTokens  *tokens;
  const DossierLexicon *lexicon;
  const char           *lang;
  const GDate          *ref;      /* or NULL */
  gboolean              french;
  gboolean              english;
  DateNumMemo          *num_memo; /* or NULL */
  const guint32        *word_roles;   /* _dossier_dates_word_roles() of the lexicon */
  guint                 n_word_roles;
} DateScan;

#define DTOK(s, i)  (&(s)->tokens->tok[(i)])
#define DLEX(s, i)  dossier_lexicon_entry ((s)->lexicon, (s)->tokens->tok[(i)].kw)

static inline gboolean
_dossier_dates_is_type (const DateScan *s, guint i, DossierTokenType type)
{
  return i < s->tokens->n && s->tokens->tok[i].type == type;
}

static inline gboolean
_dossier_dates_is_punct (const DateScan *s, guint i, gunichar ch)
{
  return i < s->tokens->n && s->tokens->tok[i].type == DOSSIER_TOKEN_PUNCT && s->tokens->tok[i].ch == ch;
}

static inline gboolean
_dossier_dates_is_cjk (const DateScan *s, guint i, gunichar ch)
{
  return i < s->tokens->n && s->tokens->tok[i].type == DOSSIER_TOKEN_CJK && s->tokens->tok[i].ch == ch;
}

static inline guint
_dossier_dates_skip_space (const DateScan *s, guint i)
{
  while (i < s->tokens->n && s->tokens->tok[i].type == DOSSIER_TOKEN_SPACE &&
         !(s->tokens->tok[i].flags & DOSSIER_TOKEN_FLAG_NEWLINE) && s->tokens->tok[i].c1 - s->tokens->tok[i].c0 <= 4)
    i++;
  return i;
}

/* Whether token @i is @word: a comparison of keyword ids (see DossierWord). */
static inline gboolean
_dossier_dates_word_is (const DateScan *s, guint i, DossierWord word)
{
  guint16 kw;

  return _dossier_dates_is_type (s, i, DOSSIER_TOKEN_WORD) && (kw = DTOK (s, i)->kw) != 0 &&
         kw == dossier_lexicon_word (s->lexicon, word);
}

/* A word of relative time: last, next, prochain, dernier… */
static inline gboolean
_dossier_dates_is_rel (const DateScan *s, guint i)
{
  return _dossier_dates_is_type (s, i, DOSSIER_TOKEN_WORD) && DLEX (s, i)->rel != DOSSIER_LEX_REL_NONE;
}

/* Shorthands for the readers, whose scan is always named s. */
#define IS_TYPE(i, t) _dossier_dates_is_type (s, (i), (t))
#define IS_PUNCT(i, c) _dossier_dates_is_punct (s, (i), (c))
#define IS_CJK(i, c) _dossier_dates_is_cjk (s, (i), (c))
#define SKIP(i) _dossier_dates_skip_space (s, (i))
#define IS_WORD(i) IS_TYPE ((i), DOSSIER_TOKEN_WORD)
#define IS_DIGITS(i) IS_TYPE ((i), DOSSIER_TOKEN_DIGITS)
#define LEXE(i) DLEX (s, (i))
#define WORD_IS(i, w) _dossier_dates_word_is (s, (i), DOSSIER_WORD_##w)

/* The first blank before @i on the same line, or @i. */
static inline guint
space_before (const DateScan *s, guint i)
{
  while (i > 0 && IS_TYPE (i - 1, DOSSIER_TOKEN_SPACE) && !(DTOK (s, i - 1)->flags & DOSSIER_TOKEN_FLAG_NEWLINE))
    i--;
  return i;
}

/* A hit found, but with no single calendar value. */
static inline void
open_hit (DateHit *hit)
{
  hit->no_iso = TRUE;
  hit->iso[0] = '\0';
}

/* What a token is to the readers that may start a date at it: each
 * reader starts only at tokens of some of these roles, so that at a token
 * only the readers that can match it run. */
typedef enum
{
  DATE_ROLE_DIGITS_2  = 1 << 0,   /* a number of one or two digits: a day, a count */
  DATE_ROLE_DIGITS_3  = 1 << 1,   /* of three: a count */
  DATE_ROLE_DIGITS_4  = 1 << 2,   /* of four: a year */
  DATE_ROLE_THE       = 1 << 3,   /* the, le, la, l */
  DATE_ROLE_REL       = 1 << 4,   /* last, this, next, prochain… */
  DATE_ROLE_WEEKDAY   = 1 << 5,
  DATE_ROLE_MONTH     = 1 << 6,
  DATE_ROLE_DAY_WORD  = 1 << 7,   /* today, yesterday, hier… */
  DATE_ROLE_UNIT      = 1 << 8,   /* day, week, année… */
  DATE_ROLE_YEAR_UNIT = 1 << 9,   /* year, years, année, ans… */
  DATE_ROLE_NUMBER    = 1 << 10,  /* number words */
  DATE_ROLE_ORDINAL   = 1 << 11,
  DATE_ROLE_SEASON    = 1 << 12,
  DATE_ROLE_A         = 1 << 13,  /* a, an, un, une */
  DATE_ROLE_IN        = 1 << 14,  /* in, dans, en */
  DATE_ROLE_FEW       = 1 << 15,  /* few, couple, quelques… */
  DATE_ROLE_PART      = 1 << 16,  /* end, rest, fin… */
  DATE_ROLE_EDGE      = 1 << 17,  /* early, mid, mi… */
  DATE_ROLE_HOLIDAY   = 1 << 18,  /* first words of holiday names */
  DATE_ROLE_NAMED     = 1 << 19,  /* a word some reader starts at by name: il, aujourd, within, q… */
  DATE_ROLE_COUNT     = 1 << 20,  /* number words from one to ninety-nine: a day, a count */
} DateRole;

#define DATE_ROLE_DIGITS (DATE_ROLE_DIGITS_2 | DATE_ROLE_DIGITS_3 | DATE_ROLE_DIGITS_4)

/* The DateRole bits of the words of @lexicon, by keyword id, computed
 * once; *n_ids is the number of ids. */
const guint32 *_dossier_dates_word_roles (const DossierLexicon *lexicon, guint *n_ids);
/* Whether a date can start at a word, by keyword id: it has a role or
 * names a kind of year. */
const guint8  *_dossier_dates_word_starts (const DossierLexicon *lexicon, guint *n_ids);

/* The DateRole bits of token @i (0 for a token no reader starts at). */
static inline guint
_dossier_dates_roles (const DateScan *s, guint i)
{
  const DossierToken *t;

  if (i >= s->tokens->n)
    return 0;
  t = &s->tokens->tok[i];
  if (t->type == DOSSIER_TOKEN_DIGITS)
    return t->ch <= 2 ? DATE_ROLE_DIGITS_2 : t->ch == 3 ? DATE_ROLE_DIGITS_3 : t->ch == 4 ? DATE_ROLE_DIGITS_4 : 0;
  if (t->type == DOSSIER_TOKEN_WORD && t->kw < s->n_word_roles)
    return s->word_roles[t->kw];
  return 0;
}

gboolean _dossier_dates_valid_day   (int y, int m, int d);

/* Fills hit->iso from a date shifted from the reference date. */
gboolean _dossier_dates_from_ref    (const DateScan *s, DateHit *hit, int days, int months, int years,
                                     DatePrecision prec);
/* The date of @weekday (1–7) in the week @week_offset weeks from the
 * reference week (Monday first). */
gboolean _dossier_dates_weekday     (const DateScan *s, DateHit *hit, int weekday, int week_offset);

void     _dossier_dates_set_day      (DateHit *hit, int y, int m, int d);
/* Writes "YYYY", "YYYY-MM" or "YYYY-MM-DD" (@prec YEAR, MONTH or DAY) into
 * @iso as g_snprintf() with "%04d-%02d-%02d" would, without its cost: a
 * date is formatted at every hit. */
void     _dossier_dates_format_iso   (char *iso, gsize size, DatePrecision prec, int y, int m, int d);
/* Two days, "YYYY-MM-DD/YYYY-MM-DD", the same way. */
void     _dossier_dates_format_iso_days (char *iso, gsize size, int y1, int m1, int d1, int y2, int m2, int d2);
int      _dossier_dates_two_digit_year (int yy);

/* Numbers: 2025-05-13, 13/05/2025, 5/13, 2015-3, "2010 01 29". */
gboolean _dossier_dates_read_numeric (const DateScan *s, guint i, DateHit *hit);
gboolean _dossier_dates_read_spaced  (const DateScan *s, guint i, DateHit *hit);

/* Relative dates in English and French: yesterday, last Tuesday, il y a
 * deux ans. @roles: _dossier_dates_roles() of token @i. */
gboolean _dossier_dates_read_relative (const DateScan *s, guint i, guint roles, DateHit *hit);

gboolean _dossier_dates_read_year4  (const DateScan *s, guint i, int *y);
/* Words and numbers in English and French, relative ones included. */
gboolean _dossier_dates_read_latin  (const DateScan *s, guint i, DateHit *hit);
/* The filters in front of the Latin readers: whether a token of these
 * @roles (_dossier_dates_roles() of token @i) has around it what any
 * reader that starts there needs first; FALSE when none can find a date. */
gboolean _dossier_dates_readers_may_start (const DateScan *s, guint i, guint roles);
/* For tests: with @enabled FALSE, _dossier_dates_readers_may_start() lets
 * every token through, so that the readers run wherever they may start
 * (the results must be the same). */
void     _dossier_dates_set_filters (gboolean enabled);
/* Fills in year, month or day left out, from the reference date. */
void     _dossier_dates_resolve     (const DateScan *s, DateHit *hit);

/* "2 years 1 month 21 days": an amount of time. */
gboolean _dossier_dates_read_span_of_time (const DateScan *s, guint i, int *years, int *months, int *days,
                                           guint *last);
/* A year written in words: nineteen ninety six, two thousand and fifteen,
 * dix-neuf soixante-douze. */
gboolean _dossier_dates_read_year_words (const DateScan *s, guint i, int *y, guint *last);

/* Periods and parts of periods: next 3 days, Q3 2016, the weekend,
 * the first Monday of next month, this summer. @roles as above. */
gboolean _dossier_dates_read_period (const DateScan *s, guint i, guint roles, DateHit *hit);

/* A year after a preposition (in 2014, en 1996), decades (the 1970s). */
gboolean _dossier_dates_read_bare_year (const DateScan *s, guint i, DateHit *hit);

/* fiscal year 2024, FY24, calendar year, année calendaire 2008, l'exercice 2024 */
gboolean _dossier_dates_read_named_year (const DateScan *s, guint i, DateHit *hit);
/* year to date, YTD, to date */
gboolean _dossier_dates_read_to_date (const DateScan *s, guint i, DateHit *hit);
/* for the day, in the year, later in the year */
gboolean _dossier_dates_read_the_unit (const DateScan *s, guint i, DateHit *hit);

/* Holidays: Christmas 2024, last Easter, Thanksgiving. */
gboolean _dossier_dates_read_holiday (const DateScan *s, guint i, DateHit *hit);

/* Joins dates linked by a connector into ranges (the second pass of the scan). */
void     _dossier_dates_join_ranges (const DateScan *s, GArray *hits);

/* Chinese readers: a hit starting at token @i, or FALSE. */
gboolean _dossier_dates_read_zh     (const DateScan *s, guint i, DateHit *hit);

G_END_DECLS
