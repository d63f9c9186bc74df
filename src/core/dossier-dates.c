/* dossier-dates.c — dates in English and French words and numbers
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Readers try, at each token that can start a date, the forms they know
 * and the longest reading wins. A second pass joins two dates linked by
 * "to", "au", 到… into one range.
 */
#include "dossier-dates-private.h"

#include <string.h>

/* ---- Latin words ---------------------------------------------------- */

static guint32
word_roles (const DossierLexicon *lexicon, guint16 kw)
{
  static const DossierWord named[] = { DOSSIER_WORD_IL, DOSSIER_WORD_AUJOURD, DOSSIER_WORD_AVANT, DOSSIER_WORD_APRES,
                                       DOSSIER_WORD_WITHIN, DOSSIER_WORD_Q, DOSSIER_WORD_H, DOSSIER_WORD_MY,
                                       DOSSIER_WORD_THAT };
  const DossierLexEntry *e = dossier_lexicon_entry (lexicon, kw);
  guint32 roles = 0;

  if (kw == 0)
    return 0;
  if (e->flags & DOSSIER_LEX_THE)
    roles |= DATE_ROLE_THE;
  if (e->rel != DOSSIER_LEX_REL_NONE)
    roles |= DATE_ROLE_REL;
  if (e->weekday)
    roles |= DATE_ROLE_WEEKDAY;
  if (e->month)
    roles |= DATE_ROLE_MONTH;
  if (e->day_offset != DOSSIER_LEX_DAY_NONE)
    roles |= DATE_ROLE_DAY_WORD;
  if (e->dunit != DOSSIER_DUNIT_NONE)
    roles |= DATE_ROLE_UNIT;
  if (e->dunit == DOSSIER_DUNIT_YEAR)
    roles |= DATE_ROLE_YEAR_UNIT;
  if (e->num_kind)
    roles |= DATE_ROLE_NUMBER;
  if (e->num_kind == 1 && e->num >= 1)
    roles |= DATE_ROLE_COUNT;
  if (e->ordinal)
    roles |= DATE_ROLE_ORDINAL;
  if (e->season)
    roles |= DATE_ROLE_SEASON;
  if (e->flags & DOSSIER_LEX_A)
    roles |= DATE_ROLE_A;
  if (e->flags & DOSSIER_LEX_IN)
    roles |= DATE_ROLE_IN;
  if (e->flags & DOSSIER_LEX_FEW)
    roles |= DATE_ROLE_FEW;
  if (e->flags & DOSSIER_LEX_PART)
    roles |= DATE_ROLE_PART;
  if (e->flags & DOSSIER_LEX_EDGE)
    roles |= DATE_ROLE_EDGE;
  if (e->flags & DOSSIER_LEX_HOLIDAY)
    roles |= DATE_ROLE_HOLIDAY;
  for (gsize k = 0; k < G_N_ELEMENTS (named); k++)
    if (kw == dossier_lexicon_word (lexicon, named[k]))
      roles |= DATE_ROLE_NAMED;
  return roles;
}

static const char * const role_langs[] = { "en", "fr", NULL };
static guint32 *role_tables[G_N_ELEMENTS (role_langs)];
static guint8 *start_tables[G_N_ELEMENTS (role_langs)];
static guint role_sizes[G_N_ELEMENTS (role_langs)];
static gsize roles_ready = 0;

/* The index of @lexicon among role_langs, the tables built. */
static gsize
role_index (const DossierLexicon *lexicon)
{
  if (g_once_init_enter (&roles_ready))
    {
      for (gsize l = 0; l < G_N_ELEMENTS (role_langs); l++)
        {
          const DossierLexicon *lex = dossier_lexicon_get (role_langs[l]);

          role_sizes[l] = ((const DossierLexiconHead *) lex)->n_entries;
          role_tables[l] = g_new (guint32, role_sizes[l]);
          start_tables[l] = g_new (guint8, role_sizes[l]);
          for (guint kw = 0; kw < role_sizes[l]; kw++)
            {
              role_tables[l][kw] = word_roles (lex, (guint16) kw);
              /* what the scan's first filter asks of a word */
              start_tables[l][kw] = kw != 0 && (role_tables[l][kw] != 0 ||
                                                dossier_lexicon_entry (lex, (guint16) kw)->year_kind !=
                                                  DOSSIER_YEAR_NONE);
            }
        }
      g_once_init_leave (&roles_ready, 1);
    }
  for (gsize l = 0; l < G_N_ELEMENTS (role_langs); l++)
    if (dossier_lexicon_get (role_langs[l]) == lexicon)
      return l;
  g_return_val_if_reached (0);
}

const guint32 *
_dossier_dates_word_roles (const DossierLexicon *lexicon, guint *n_ids)
{
  gsize l = role_index (lexicon);

  *n_ids = role_sizes[l];
  return role_tables[l];
}

const guint8 *
_dossier_dates_word_starts (const DossierLexicon *lexicon, guint *n_ids)
{
  gsize l = role_index (lexicon);

  *n_ids = role_sizes[l];
  return start_tables[l];
}

/* Month names that are also common words need a capital or a day/year
 * next to them. */
static gboolean
month_is_ambiguous (const DateScan *s, guint i)
{
  static const DossierWord words[] = { DOSSIER_WORD_MAY, DOSSIER_WORD_MARCH, DOSSIER_WORD_MAR, DOSSIER_WORD_SEPT,
                                        DOSSIER_WORD_JUN, DOSSIER_WORD_JAN, DOSSIER_WORD_DEC, DOSSIER_WORD_SAT,
                                        DOSSIER_WORD_SUN, DOSSIER_WORD_MON, DOSSIER_WORD_WED, DOSSIER_WORD_MER,
                                        DOSSIER_WORD_MARS };
  guint16 kw = DTOK (s, i)->kw;

  for (gsize k = 0; k < G_N_ELEMENTS (words); k++)
    if (kw == dossier_lexicon_word (s->lexicon, words[k]))
      return TRUE;
  return FALSE;
}

/* A month name at @i; *last includes an abbreviation dot followed by more. */
static gboolean
read_month (const DateScan *s, guint i, int *m, guint *last)
{
  if (!IS_WORD (i) || DLEX (s, i)->month == 0)
    return FALSE;
  if (s->french && DLEX (s, i)->num_kind != 0 && !(DTOK (s, i)->flags & DOSSIER_TOKEN_FLAG_UPPER) &&
      !(i >= 2 && IS_WORD (i - 2) && (DLEX (s, i - 2)->flags & DOSSIER_LEX_OF)))
    return FALSE;   /* "sept" is seven */
  *m = DLEX (s, i)->month;
  *last = i;
  if (IS_PUNCT (i + 1, '.') && DTOK (s, i)->c1 - DTOK (s, i)->c0 <= 4)
    {
      guint k = SKIP (i + 2);
      if (k > i + 2 && (IS_DIGITS (k) || (IS_WORD (k) && (DLEX (s, k)->num_kind || DLEX (s, k)->ordinal ||
                                                          (DLEX (s, k)->flags & DOSSIER_LEX_OF)))))
        *last = i + 1;
    }
  return TRUE;
}

gboolean
_dossier_dates_read_year4 (const DateScan *s, guint i, int *y)
{
  const DossierToken *t;

  if (!IS_DIGITS (i))
    return FALSE;
  t = DTOK (s, i);
  if (t->ch != 4 || t->num < 1000 || t->num > 2999)
    return FALSE;
  /* not the start of a larger number: 2,000,000 or 2019.5 */
  if ((IS_PUNCT (i + 1, ',') || IS_PUNCT (i + 1, '.')) && IS_DIGITS (i + 2) && DTOK (s, i + 2)->ch == 3)
    return FALSE;
  if (IS_WORD (i + 1) && DTOK (s, i + 1)->b0 == t->b1)
    return FALSE;
  *y = (int) t->num;
  return TRUE;
}

/* A day of the month: 12, 1er, 22nd, twenty-first, the fifteen. */
static gboolean
read_day (const DateScan *s, guint i, int *d, guint *last)
{
  if (IS_DIGITS (i))
    {
      const DossierToken *t = DTOK (s, i);
      if (t->ch > 2 || t->num < 1 || t->num > 31)
        return FALSE;
      /* $12, 6,107,31: part of an amount */
      if (i > 0 && IS_TYPE (i - 1, DOSSIER_TOKEN_PUNCT) && DTOK (s, i - 1)->b1 == t->b0 &&
          (DTOK (s, i - 1)->ch == '$' || ((DTOK (s, i - 1)->ch == ',' || DTOK (s, i - 1)->ch == '.') &&
                                          i > 1 && IS_DIGITS (i - 2))))
        return FALSE;
      *d = (int) t->num;
      *last = i;
      if (IS_WORD (i + 1) && DTOK (s, i + 1)->b0 == t->b1 && (DLEX (s, i + 1)->flags & DOSSIER_LEX_SUFFIX_ORD))
        *last = i + 1;
      else if (IS_WORD (i + 1) && DTOK (s, i + 1)->b0 == t->b1 && DLEX (s, i + 1)->month == 0)
        return FALSE;
      return TRUE;
    }
  if (IS_WORD (i))
    {
      const DossierLexEntry *e = DLEX (s, i);
      if (e->ordinal)
        {
          *d = e->ordinal;
          *last = i;
          return TRUE;
        }
      if (e->num_kind == 1 && e->num >= 1)
        {
          /* twenty-first, twenty one, thirty first */
          guint k = i + 1;
          if ((e->num == 20 || e->num == 30) && (IS_PUNCT (k, '-') || IS_TYPE (k, DOSSIER_TOKEN_SPACE)))
            {
              k = SKIP (k + (IS_PUNCT (k, '-') ? 1 : 0));
              if (IS_WORD (k) && DLEX (s, k)->ordinal && DLEX (s, k)->ordinal < 10)
                {
                  *d = (int) e->num + DLEX (s, k)->ordinal;
                  *last = k;
                  return *d <= 31;
                }
              if (IS_WORD (k) && DLEX (s, k)->num_kind == 1 && DLEX (s, k)->num < 10 && DLEX (s, k)->num > 0)
                {
                  *d = (int) (e->num + DLEX (s, k)->num);
                  *last = k;
                  return *d <= 31;
                }
            }
          if (e->num <= 31)
            {
              *d = (int) e->num;
              *last = i;
              return TRUE;
            }
        }
    }
  return FALSE;
}

/* ", 2016", " 2016", " of 2016", " de l'année 2016", " in 2019": a year after a date. */
static gboolean
read_year_after (const DateScan *s, guint i, int *y, guint *last)
{
  guint k = SKIP (i);

  if (IS_PUNCT (k, ','))
    k++;
  k = SKIP (k);
  if (IS_WORD (k) && (DLEX (s, k)->flags & (DOSSIER_LEX_OF | DOSSIER_LEX_IN)))
    {
      k = SKIP (k + 1);
      if (IS_PUNCT (k, '\'') && k > 0)
        k = SKIP (k + 1);
      /* de l'année 2016 */
      if (IS_WORD (k) && (DLEX (s, k)->flags & DOSSIER_LEX_THE))
        {
          k++;
          if (IS_PUNCT (k, '\''))
            k++;
          k = SKIP (k);
        }
      if (IS_WORD (k) && DLEX (s, k)->dunit == DOSSIER_DUNIT_YEAR && !DLEX (s, k)->dunit_plural)
        k = SKIP (k + 1);
    }
  if (_dossier_dates_read_year4 (s, k, y))
    {
      *last = k;
      return TRUE;
    }
  if (k > i && _dossier_dates_read_year_words (s, k, y, last))
    return TRUE;
  /* "October 24 last year", "the 3rd of June next year" */
  if (k > i && s->ref != NULL && _dossier_dates_is_rel (s, k) && IS_WORD (SKIP (k + 1)) && SKIP (k + 1) > k + 1 &&
      DLEX (s, SKIP (k + 1))->dunit == DOSSIER_DUNIT_YEAR && !DLEX (s, SKIP (k + 1))->dunit_plural)
    {
      *y = g_date_get_year (s->ref) + DLEX (s, k)->rel;
      *last = SKIP (k + 1);
      return TRUE;
    }
  /* "April of 87" */
  if (k > i && IS_DIGITS (k) && DTOK (s, k)->ch == 2 && k >= 2 && IS_WORD (SKIP (i)) &&
      (DLEX (s, SKIP (i))->flags & DOSSIER_LEX_OF) && !IS_WORD (k + 1) && !IS_PUNCT (k + 1, ':'))
    {
      *y = _dossier_dates_two_digit_year ((int) DTOK (s, k)->num);
      *last = k;
      return TRUE;
    }
  return FALSE;
}

/* Day Month [Year]: "15 janvier 2025", "1er avril 78", "twenty second of June". */
static gboolean
read_dmy (const DateScan *s, guint i, DateHit *hit)
{
  int d, m, y;
  guint k, last;

  if (!read_day (s, i, &d, &last))
    return FALSE;
  k = SKIP (last + 1);
  if (IS_WORD (k) && (DLEX (s, k)->flags & DOSSIER_LEX_OF))
    k = SKIP (k + 1);
  if (IS_WORD (k) && (DLEX (s, k)->flags & DOSSIER_LEX_THE))
    k = SKIP (k + 1);
  /* "4e jour de juillet" */
  if (IS_WORD (k) && DLEX (s, k)->dunit == DOSSIER_DUNIT_DAY && !DLEX (s, k)->dunit_plural)
    {
      k = SKIP (k + 1);
      if (IS_WORD (k) && (DLEX (s, k)->flags & DOSSIER_LEX_OF))
        k = SKIP (k + 1);
    }
  if (!read_month (s, k, &m, &last))
    return FALSE;
  hit->first = i;
  hit->last = last;
  hit->d = d;
  hit->m = m;
  hit->prec = DATE_PREC_DAY;
  {
    guint yl;
    if (read_year_after (s, last + 1, &y, &yl))
      {
        hit->y = y;
        hit->last = yl;
      }
    else if (IS_PUNCT (last + 1, ',') || IS_TYPE (last + 1, DOSSIER_TOKEN_SPACE))
      {
        /* two-digit year: "1er avril 78" */
        guint t = SKIP (last + 1);
        if (t > last + 1 && IS_DIGITS (t) && DTOK (s, t)->ch == 2 && !IS_WORD (t + 1) &&
            !(IS_PUNCT (t + 1, ':') || IS_PUNCT (t + 1, 'h')))
          {
            hit->y = _dossier_dates_two_digit_year ((int) DTOK (s, t)->num);
            hit->last = t;
          }
      }
  }
  return TRUE;
}

/* Month Day [Year]: "May 13, 2025", "July 1st", "Oct. 2", "Jan first",
 * "novembre 23 de 1987", "Dec31 , 1994". */
static gboolean
read_mdy (const DateScan *s, guint i, DateHit *hit)
{
  int d, m, y;
  guint k, last;

  if (!read_month (s, i, &m, &last))
    return FALSE;
  k = last + 1;
  if (IS_PUNCT (k, '-') || IS_PUNCT (k, '/'))
    {
      /* Oct-2, Jan/3 (but not Sep-23-2020, read as numbers) */
      if (IS_DIGITS (k + 1) && (IS_PUNCT (k + 2, '-') || IS_PUNCT (k + 2, '/')) && IS_DIGITS (k + 3))
        return FALSE;
      k++;
    }
  else
    k = SKIP (k);
  if (IS_WORD (k) && (DLEX (s, k)->flags & DOSSIER_LEX_THE))
    k = SKIP (k + 1);
  if (!read_day (s, k, &d, &last))
    return FALSE;
  /* "May 2 pm", "June 5 %" are not dates; "May 5 million" neither */
  {
    guint a = SKIP (last + 1);
    if (IS_WORD (a) && (DLEX (s, a)->num_kind >= 2 || DLEX (s, a)->unit != NULL || DLEX (s, a)->currency != NULL))
      return FALSE;
    if (IS_PUNCT (a, ':') || IS_PUNCT (a, '%'))
      return FALSE;
    /* "May twenty one": a spelled-out day needs a capital month or a year */
    if (IS_WORD (k) && month_is_ambiguous (s, i) && !(DTOK (s, i)->flags & DOSSIER_TOKEN_FLAG_UPPER) &&
        !read_year_after (s, last + 1, &y, &a))
      return FALSE;
  }
  hit->first = i;
  hit->last = last;
  hit->d = d;
  hit->m = m;
  hit->prec = DATE_PREC_DAY;
  {
    guint yl;
    if (read_year_after (s, last + 1, &y, &yl))
      {
        hit->y = y;
        hit->last = yl;
      }
  }
  return TRUE;
}

/* Month Year: "avril 2017", "Dec, 2018", "juin de 1992", "Dec-2018". */
static gboolean
read_my (const DateScan *s, guint i, DateHit *hit)
{
  int m, y;
  guint last, yl;

  if (!read_month (s, i, &m, &last))
    return FALSE;
  /* Jan-Feb 2017 */
  if (IS_PUNCT (last + 1, '-') && IS_WORD (last + 2) && DLEX (s, last + 2)->month &&
      read_year_after (s, last + 3, &y, &yl))
    {
      hit->first = i;
      hit->last = yl;
      hit->no_iso = TRUE;
      return TRUE;
    }
  if (IS_PUNCT (last + 1, '-') && _dossier_dates_read_year4 (s, last + 2, &y))
    yl = last + 2;
  else if (!read_year_after (s, last + 1, &y, &yl))
    return FALSE;
  hit->first = i;
  hit->last = yl;
  hit->m = m;
  hit->y = y;
  hit->prec = DATE_PREC_MONTH;
  return TRUE;
}

/* Year Month: "2016 june", "2016 , nov". */
static gboolean
read_ym_words (const DateScan *s, guint i, DateHit *hit)
{
  int m, y;
  guint k, last;

  if (!_dossier_dates_read_year4 (s, i, &y))
    return FALSE;
  k = i + 1;
  if (IS_TYPE (k, DOSSIER_TOKEN_SPACE))
    k = SKIP (k);
  if (IS_PUNCT (k, ','))
    k = SKIP (k + 1);
  if (k == i + 1 || !read_month (s, k, &m, &last))
    return FALSE;
  hit->first = i;
  hit->last = last;
  hit->y = y;
  hit->m = m;
  hit->prec = DATE_PREC_MONTH;
  return TRUE;
}

/* A month name that is also a word (May, March, mars) reads as a month
 * right after a word that introduces a time: "in May", "since March",
 * "early May", "until Mar", "en mars", "fin mars", "mi-mars". English
 * needs the capital; French writes months in lower case. */
static gboolean
month_after_preposition (const DateScan *s, guint i)
{
  guint b = i;

  if (!s->french && !(DTOK (s, i)->flags & DOSSIER_TOKEN_FLAG_UPPER))
    return FALSE;
  if (b > 0 && IS_PUNCT (b - 1, '-'))
    b--;   /* mid-May, mi-mars */
  else
    {
      while (b > 0 && IS_TYPE (b - 1, DOSSIER_TOKEN_SPACE) && !(DTOK (s, b - 1)->flags & DOSSIER_TOKEN_FLAG_NEWLINE))
        b--;
      if (b == i)
        return FALSE;
    }
  return b > 0 && IS_WORD (b - 1) &&
         (DLEX (s, b - 1)->flags & (DOSSIER_LEX_YEAR_PREP | DOSSIER_LEX_EDGE | DOSSIER_LEX_RANGE_TO | DOSSIER_LEX_PART));
}

/* A month alone: "February", "in the april". */
static gboolean
read_month_alone (const DateScan *s, guint i, DateHit *hit)
{
  int m;
  guint last;

  if (!read_month (s, i, &m, &last))
    return FALSE;
  if (month_is_ambiguous (s, i) && !month_after_preposition (s, i))
    {
      /* "May" the verb, "mars" the planet… only capitalised, not at the start
       * of a sentence, and not before a verb-like lower-case word */
      if (!(DTOK (s, i)->flags & DOSSIER_TOKEN_FLAG_UPPER) || DTOK (s, i)->c1 - DTOK (s, i)->c0 <= 3)
        return FALSE;
      if (i == 0 || (i >= 2 && IS_PUNCT (i - 2, '.')) || (i >= 1 && IS_TYPE (i - 1, DOSSIER_TOKEN_SPACE) &&
                                                         (DTOK (s, i - 1)->flags & DOSSIER_TOKEN_FLAG_NEWLINE)))
        return FALSE;
      {
        guint n = SKIP (i + 1);
        if (n > i + 1 && IS_WORD (n) && !(DTOK (s, n)->flags & DOSSIER_TOKEN_FLAG_UPPER) && DLEX (s, n)->flags == 0 &&
            DLEX (s, n)->rel == DOSSIER_LEX_REL_NONE)
          return FALSE;
      }
    }
  hit->first = i;
  hit->last = last;
  hit->m = m;
  hit->prec = DATE_PREC_MONTH;
  return TRUE;
}

/* Absolute dates in words with an optional weekday first:
 * "lundi 22 janvier 2018", "Tue May 9", "Friday 7/6", "Monday 21". */
static gboolean
read_absolute (const DateScan *s, guint i, DateHit *hit)
{
  /* each reader with the roles of the tokens it can start at */
  static const struct
  {
    gboolean (*read) (const DateScan *, guint, DateHit *);
    guint      roles;
  } readers[] = {
    { read_dmy, DATE_ROLE_DIGITS_2 | DATE_ROLE_COUNT | DATE_ROLE_ORDINAL },
    { read_mdy, DATE_ROLE_MONTH },
    { read_my, DATE_ROLE_MONTH },
    { read_ym_words, DATE_ROLE_DIGITS_4 },
    { _dossier_dates_read_numeric, DATE_ROLE_DIGITS | DATE_ROLE_MONTH },
    { _dossier_dates_read_spaced, DATE_ROLE_DIGITS_2 | DATE_ROLE_DIGITS_4 },
  };
  guint start = i, roles;
  gboolean found = FALSE;

  if (IS_WORD (i) && DLEX (s, i)->weekday)
    {
      guint k = i + 1;
      if (IS_PUNCT (k, ','))
        k++;
      k = SKIP (k);
      if (k == i + 1 && !IS_PUNCT (i + 1, ','))
        return FALSE;
      start = k;
    }
  roles = _dossier_dates_roles (s, start);
  for (gsize r = 0; r < G_N_ELEMENTS (readers); r++)
    {
      DateHit h = { 0 };
      if ((roles & readers[r].roles) && readers[r].read (s, start, &h) && (!found || h.last > hit->last))
        {
          *hit = h;
          found = TRUE;
        }
    }
  if (!found && start != i)
    {
      /* "Thursday the 21st", "Monday 21" */
      guint k = start;
      int d;
      guint last;
      if (IS_WORD (k) && (DLEX (s, k)->flags & DOSSIER_LEX_THE))
        k = SKIP (k + 1);
      if (read_day (s, k, &d, &last) && (k > start || IS_DIGITS (k)))
        {
          guint a = SKIP (last + 1);
          if (a > last + 1 && (IS_WORD (a) || IS_DIGITS (a)) && !(DLEX (s, a)->flags & DOSSIER_LEX_AND))
            return FALSE;
          memset (hit, 0, sizeof *hit);
          hit->last = last;
          hit->d = d;
          hit->bare_day = TRUE;
          hit->prec = DATE_PREC_DAY;
          found = TRUE;
          /* a day with its weekday: the nearest such date around the reference */
          if (s->ref != NULL)
            {
              int wd = DLEX (s, i)->weekday;
              for (int dist = 0; dist < 200; dist++)
                {
                  GDate c = *s->ref;
                  if (dist > 0)
                    g_date_add_days (&c, dist);
                  if ((int) g_date_get_day (&c) == d && (int) g_date_get_weekday (&c) == wd)
                    {
                      _dossier_dates_set_day (hit, g_date_get_year (&c), g_date_get_month (&c), d);
                      break;
                    }
                  c = *s->ref;
                  g_date_subtract_days (&c, dist);
                  if ((int) g_date_get_day (&c) == d && (int) g_date_get_weekday (&c) == wd)
                    {
                      _dossier_dates_set_day (hit, g_date_get_year (&c), g_date_get_month (&c), d);
                      break;
                    }
                }
            }
        }
    }
  if (found)
    hit->first = i;
  return found;
}

gboolean
_dossier_dates_read_latin (const DateScan *s, guint i, DateHit *hit)
{
  gboolean found = FALSE;
  guint roles;
  DateHit h;

  if (IS_WORD (i))
    {
      const DossierLexEntry *e = DLEX (s, i);
      gboolean abs = e->month || e->weekday || e->ordinal || e->num_kind;
      if (!abs && e->day_offset == DOSSIER_LEX_DAY_NONE && e->rel == DOSSIER_LEX_REL_NONE && !e->dunit &&
          !e->season && !(e->flags & (DOSSIER_LEX_THE | DOSSIER_LEX_IL | DOSSIER_LEX_IN | DOSSIER_LEX_FEW |
                                      DOSSIER_LEX_A | DOSSIER_LEX_EDGE | DOSSIER_LEX_PART | DOSSIER_LEX_OPEN |
                                      DOSSIER_LEX_BEFORE | DOSSIER_LEX_YEAR_PREP | DOSSIER_LEX_HOLIDAY)) &&
          e->flags != 0)
        return FALSE;
      /* fiscal, calendar, FY, date: only the named-year readers */
      if (e->year_kind != DOSSIER_YEAR_NONE && !abs && e->flags == 0 && e->dunit == DOSSIER_DUNIT_NONE)
        return _dossier_dates_read_named_year (s, i, hit) || _dossier_dates_read_to_date (s, i, hit);
    }
  /* no reader starts at a word of no role ("or", "dollars") */
  roles = _dossier_dates_roles (s, i);
  if (roles == 0)
    return FALSE;
  if (!_dossier_dates_readers_may_start (s, i, roles))
    return FALSE;
  if (!IS_WORD (i) || (roles & (DATE_ROLE_MONTH | DATE_ROLE_WEEKDAY | DATE_ROLE_ORDINAL | DATE_ROLE_COUNT)))
    {
      memset (&h, 0, sizeof h);
      if (read_absolute (s, i, &h))
        {
          *hit = h;
          found = TRUE;
        }
    }
  memset (&h, 0, sizeof h);
  if (_dossier_dates_read_relative (s, i, roles, &h) && (!found || h.last > hit->last))
    {
      *hit = h;
      found = TRUE;
    }
  memset (&h, 0, sizeof h);
  if (_dossier_dates_read_period (s, i, roles, &h) && (!found || h.last > hit->last))
    {
      *hit = h;
      found = TRUE;
    }
  /* "the 4th day of July": a longer date after the article, read without it */
  if (found && (roles & DATE_ROLE_THE) && SKIP (i + 1) > i + 1)
    {
      memset (&h, 0, sizeof h);
      if (read_absolute (s, SKIP (i + 1), &h) && h.last > hit->last)
        *hit = h;
    }
  if (!found && (roles & (DATE_ROLE_THE | DATE_ROLE_DIGITS_2 | DATE_ROLE_DIGITS_4 | DATE_ROLE_NUMBER)))
    {
      memset (&h, 0, sizeof h);
      if (_dossier_dates_read_bare_year (s, i, &h))
        {
          *hit = h;
          found = TRUE;
        }
    }
  if (!found && (roles & DATE_ROLE_MONTH))
    {
      memset (&h, 0, sizeof h);
      if (read_month_alone (s, i, &h))
        {
          *hit = h;
          found = TRUE;
        }
    }
  if (found && (hit->prec == DATE_PREC_MONTH || (hit->prec == DATE_PREC_DAY && hit->m > 0 && !hit->bare_day)) &&
      !hit->y && hit->iso[0] == '\0' && !hit->no_iso)
    {
      /* cette décembre, last sept, june next year */
      guint b = hit->first;
      guint a = SKIP (hit->last + 1);
      while (b > 0 && IS_TYPE (b - 1, DOSSIER_TOKEN_SPACE))
        b--;
      if (b > 0 && b < hit->first && IS_WORD (b - 1) && DLEX (s, b - 1)->rel != DOSSIER_LEX_REL_NONE &&
          s->ref != NULL)
        {
          hit->first = b - 1;
          hit->y = g_date_get_year (s->ref) + DLEX (s, b - 1)->rel;
        }
      else if (a > hit->last + 1 && IS_WORD (a) && DLEX (s, a)->rel != DOSSIER_LEX_REL_NONE && s->ref != NULL)
        {
          guint u = SKIP (a + 1);
          if (IS_WORD (u) && DLEX (s, u)->dunit == DOSSIER_DUNIT_YEAR)
            {
              hit->last = u;
              hit->y = g_date_get_year (s->ref) + DLEX (s, a)->rel;
            }
        }
    }
  return found;
}
