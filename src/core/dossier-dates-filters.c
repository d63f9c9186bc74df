/* dossier-dates-filters.c — what a token needs around it for a Latin
 * date reader to start there
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-dates-private.h"

/* Of the tokens that may start a date (a role), most start none: "a" the
 * verb, "in Riyadh", "5 million", "90,000 chips". Each filter asks what
 * every reader that starts at such a token asks first, so that a FALSE
 * here is a FALSE of every reader (/dates/latin-filters compares). */

/* Whether what follows a number of one to three digits at @i can make it
 * a date: the readers that start at such a number want a word after it (a
 * month, a unit, an ordinal suffix), a blank and then a word or another
 * number, or a date separator (-, /, .). Most amounts have none of these:
 * "1,5 million", "20 %", 20万. */
static gboolean
day_or_count_may_follow (const DateScan *s, guint i)
{
  guint n = i + 1;

  if (IS_WORD (n) || IS_PUNCT (n, '-') || IS_PUNCT (n, '/') || IS_PUNCT (n, '.'))
    return TRUE;
  return IS_TYPE (n, DOSSIER_TOKEN_SPACE) &&
         (IS_WORD (n + 1) || IS_DIGITS (n + 1) || IS_PUNCT (n + 1, '-') || IS_PUNCT (n + 1, '/'));
}

/* Whether what follows "the", "le", "la" or "l'" at @i can make a date
 * with it: the readers that start at an article want after it a number,
 * a unit, a relative word, an ordinal, a number word or a decade. */
static gboolean
dated_after_article (const DateScan *s, guint i)
{
  guint n = SKIP (i + 1);

  if (IS_PUNCT (n, '\''))
    n = SKIP (n + 1);
  if (IS_DIGITS (n))
    return TRUE;
  return IS_WORD (n) &&
         ((_dossier_dates_roles (s, n) & (DATE_ROLE_UNIT | DATE_ROLE_REL | DATE_ROLE_ORDINAL | DATE_ROLE_COUNT |
                                          DATE_ROLE_NUMBER)) ||
          DLEX (s, n)->decade != 0);
}

/* Whether the word after a number of up to three digits at @i, when a
 * blank and a word follow, can make a date with it: the readers that
 * start at such a number want a unit there (3 days ago), a relative word
 * (2 next weeks) or, after a day, a month, "of", an article or "day"
 * (13 May, 13 of May, 4e jour de juillet). "5 million", "42 said" and
 * "90,000 chips" have none of these. */
static gboolean
word_may_follow_number (const DateScan *s, guint i, guint roles)
{
  guint w = i + 2, want = DATE_ROLE_UNIT | DATE_ROLE_REL;

  if (!IS_TYPE (i + 1, DOSSIER_TOKEN_SPACE) || !IS_WORD (w))
    return TRUE;
  if (roles == DATE_ROLE_DIGITS_2)
    {
      if (DLEX (s, w)->flags & DOSSIER_LEX_OF)
        return TRUE;
      want |= DATE_ROLE_THE | DATE_ROLE_MONTH;
    }
  return (_dossier_dates_roles (s, w) & want) != 0;
}

/* Whether a unit follows "a", "an", "un", "une" at @i (a week ago): the only
 * reader that starts at such a word alone reads an amount of time. */
static gboolean
unit_follows (const DateScan *s, guint i)
{
  guint k = SKIP (i + 1);

  return IS_WORD (k) && (_dossier_dates_roles (s, k) & DATE_ROLE_UNIT);
}

/* Whether an amount of time can follow "in" at @i (in two weeks, in a
 * month): the only reader that starts at such a word wants a count, "a" or
 * "few", then a unit, and only in English; elsewhere it reads the amount
 * at the word itself, which only "few" and "quelques" can start. */
static gboolean
duration_may_follow (const DateScan *s, guint i)
{
  guint k, u;

  if (WORD_IS (i, FEW) || WORD_IS (i, QUELQUES))
    return TRUE;
  if (!s->english)
    return FALSE;
  k = SKIP (i + 1);
  if (k == i + 1)
    return FALSE;
  if (!(_dossier_dates_roles (s, k) & (DATE_ROLE_DIGITS_2 | DATE_ROLE_DIGITS_3 | DATE_ROLE_COUNT | DATE_ROLE_A)) &&
      !WORD_IS (k, FEW) && !WORD_IS (k, QUELQUES))
    return FALSE;
  u = SKIP (k + 1);
  return IS_WORD (u) && (_dossier_dates_roles (s, u) & DATE_ROLE_UNIT);
}

/* Whether a word that starts a year ("in nineteen ninety") comes before
 * @i: the only reader that starts at a number word alone ("billion",
 * "milliards") reads a year in words after one. */
static gboolean
year_word_may_start (const DateScan *s, guint i)
{
  guint b = i;

  while (b > 0 && IS_TYPE (b - 1, DOSSIER_TOKEN_SPACE))
    b--;
  return b < i && b > 0 && IS_WORD (b - 1) && (DLEX (s, b - 1)->flags & DOSSIER_LEX_YEAR_PREP);
}

/* Whether the word after a count word at @i ("trois", "one", "un"), when
 * a blank and a word follow, can make a date with it: the readers that
 * start at such a word want a unit (three weeks ago), a relative word (two
 * next days), an ordinal or a number (twenty first, twenty one), or a
 * month, "of" or an article (trois mai); or it is a year in words after
 * "in" (in nineteen ninety). "trois sources", "un investissement" are
 * none of these. */
static gboolean
word_may_follow_count_word (const DateScan *s, guint i)
{
  guint w = i + 2;

  if (!IS_TYPE (i + 1, DOSSIER_TOKEN_SPACE) || !IS_WORD (w))
    return TRUE;
  if ((DLEX (s, w)->flags & DOSSIER_LEX_OF) ||
      (_dossier_dates_roles (s, w) & (DATE_ROLE_UNIT | DATE_ROLE_REL | DATE_ROLE_ORDINAL | DATE_ROLE_COUNT |
                                      DATE_ROLE_MONTH | DATE_ROLE_THE)))
    return TRUE;
  return year_word_may_start (s, i);
}

/* Set by tests to compare the readers with and without the filters. */
static gboolean filters_off = FALSE;

void
_dossier_dates_set_filters (gboolean enabled)
{
  filters_off = !enabled;
}

gboolean
_dossier_dates_readers_may_start (const DateScan *s, guint i, guint roles)
{
  if (G_UNLIKELY (filters_off))
    return TRUE;
  if ((roles & (DATE_ROLE_DIGITS_2 | DATE_ROLE_DIGITS_3)) && !day_or_count_may_follow (s, i))
    return FALSE;
  switch (roles)
    {
    case DATE_ROLE_DIGITS_2:
    case DATE_ROLE_DIGITS_3:
      return word_may_follow_number (s, i, roles);
    case DATE_ROLE_THE:
      return dated_after_article (s, i);
    case DATE_ROLE_A:
      return unit_follows (s, i);
    case DATE_ROLE_IN:
      return duration_may_follow (s, i);
    case DATE_ROLE_NUMBER:
      return year_word_may_start (s, i);
    case DATE_ROLE_NUMBER | DATE_ROLE_COUNT:
    case DATE_ROLE_NUMBER | DATE_ROLE_COUNT | DATE_ROLE_A:
      return word_may_follow_count_word (s, i);
    default:
      return TRUE;
    }
}
