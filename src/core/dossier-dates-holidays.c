/* dossier-dates-holidays.c — Christmas 2024, last Easter, Thanksgiving,
 * independence day of this year
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-dates-private.h"

#include <string.h>

/* Western Easter Sunday of @y (anonymous Gregorian algorithm). */
static void
easter (int y, int *m, int *d)
{
  int a = y % 19, b = y / 100, c = y % 100, dd = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - dd - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int mm = (a + 11 * h + 22 * l) / 451;

  *m = (h + l - 7 * mm + 114) / 31;
  *d = ((h + l - 7 * mm + 114) % 31) + 1;
}

/* The @nth (1–5, or −1 for the last) @weekday of month @m of year @y. */
static int
nth_weekday (int y, int m, int weekday, int nth)
{
  GDate d;
  int first_wd, day;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 1, m, y);
  first_wd = g_date_get_weekday (&d);
  day = 1 + (weekday - first_wd + 7) % 7;
  if (nth > 0)
    return day + 7 * (nth - 1);
  while (day + 7 <= g_date_get_days_in_month (m, y))
    day += 7;
  return day;
}

typedef enum { H_FIXED, H_EASTER, H_NTH, H_BLACK_FRIDAY } HolidayRule;

#define W(word) DOSSIER_WORD_##word
#define END DOSSIER_N_WORDS

static const struct
{
  DossierWord  words[5];   /* in order, then END */
  HolidayRule  rule;
  int          m, d;       /* H_FIXED: month, day; H_NTH: month, weekday */
  int          nth;
} holidays[] = {
  { { W (CHRISTMAS), END }, H_FIXED, 12, 25, 0 },
  { { W (NOEL), END }, H_FIXED, 12, 25, 0 },
  { { W (NEW), W (YEAR), END }, H_FIXED, 1, 1, 0 },
  { { W (NEW), W (YEAR), W (S), W (DAY), END }, H_FIXED, 1, 1, 0 },
  { { W (HALLOWEEN), END }, H_FIXED, 10, 31, 0 },
  { { W (INDEPENDENCE), W (DAY), END }, H_FIXED, 7, 4, 0 },
  { { W (VALENTINE), W (S), W (DAY), END }, H_FIXED, 2, 14, 0 },
  { { W (WORKERS), W (DAY), END }, H_FIXED, 5, 1, 0 },
  { { W (INTERNATIONAL), W (WORKERS), W (DAY), END }, H_FIXED, 5, 1, 0 },
  { { W (MAY), W (DAY), END }, H_FIXED, 5, 1, 0 },
  { { W (EARTH), W (DAY), END }, H_FIXED, 4, 22, 0 },
  { { W (JOUR), W (DE), W (LA), W (TERRE), END }, H_FIXED, 4, 22, 0 },
  { { W (SAINT), W (PATRICK), END }, H_FIXED, 3, 17, 0 },
  { { W (ST), W (PATRICK), W (S), W (DAY), END }, H_FIXED, 3, 17, 0 },
  { { W (EASTER), END }, H_EASTER, 0, 0, 0 },
  { { W (PAQUES), END }, H_EASTER, 0, 0, 0 },
  { { W (THANKSGIVING), END }, H_NTH, 11, 4, 4 },
  { { W (LABOR), W (DAY), END }, H_NTH, 9, 1, 1 },
  { { W (LABOUR), W (DAY), END }, H_NTH, 9, 1, 1 },
  { { W (MEMORIAL), W (DAY), END }, H_NTH, 5, 1, -1 },
  { { W (BLACK), W (FRIDAY), END }, H_BLACK_FRIDAY, 11, 4, 4 },
};

#undef W
#undef END

static gboolean
holiday_date (gsize h, int y, int *m, int *d)
{
  switch (holidays[h].rule)
    {
    case H_FIXED: *m = holidays[h].m; *d = holidays[h].d; return TRUE;
    case H_EASTER: easter (y, m, d); return TRUE;
    case H_NTH: *m = holidays[h].m; *d = nth_weekday (y, *m, holidays[h].d, holidays[h].nth); return TRUE;
    case H_BLACK_FRIDAY: *m = 11; *d = nth_weekday (y, 11, 4, 4) + 1; return TRUE;
    default: return FALSE;
    }
}

/* Whether token @t is @word; words of holiday names that the lexicon does
 * not know ("s" of "new year's") are compared as folded text. */
static gboolean
token_is (const DateScan *s, guint t, DossierWord word)
{
  guint16 id = dossier_lexicon_word (s->lexicon, word);
  char buf[24];

  if (!IS_WORD (t))
    return FALSE;
  if (id != 0)
    return DTOK (s, t)->kw == id;
  return dossier_tokens_fold (s->tokens, t, buf, sizeof buf) > 0 && strcmp (buf, dossier_word_name (word)) == 0;
}

/* Holidays: Christmas 2024, last Easter, Thanksgiving, black friday 2010,
 * independence day of this year. */
gboolean
_dossier_dates_read_holiday (const DateScan *s, guint i, DateHit *hit)
{
  guint k = i, best_last = 0;
  int rel = DOSSIER_LEX_REL_NONE, y, m, d;
  gssize best = -1;

  if (_dossier_dates_is_rel (s, k) && !WORD_IS (k, THIS))
    {
      rel = LEXE (k)->rel;
      k = SKIP (k + 1);
      if (k == i + 1)
        return FALSE;
    }
  /* holiday names start with a word marked as such in the lexicon */
  if (!IS_WORD (k) || !(LEXE (k)->flags & DOSSIER_LEX_HOLIDAY))
    return FALSE;
  for (gsize h = 0; h < G_N_ELEMENTS (holidays); h++)
    {
      guint t = k, last = k;
      gsize w;

      /* the first word is in the lexicon: its keyword id says */
      if (DTOK (s, k)->kw != dossier_lexicon_word (s->lexicon, holidays[h].words[0]))
        continue;
      for (w = 1; holidays[h].words[w] != DOSSIER_N_WORDS; w++)
        {
          /* words joined by blanks, or the apostrophe of "new year's" */
          guint n = t + 1;
          if (IS_PUNCT (n, '\''))
            n++;   /* new year's day, workers' day */
          t = SKIP (n);
          if (!token_is (s, t, holidays[h].words[w]))
            break;
          last = t;
        }
      if (holidays[h].words[w] == DOSSIER_N_WORDS && (best < 0 || last > best_last))
        {
          best = (gssize) h;
          best_last = last;
        }
    }
  if (best < 0)
    return FALSE;
  /* "may day" needs a capital May */
  hit->first = i;
  hit->last = best_last;
  hit->prec = DATE_PREC_DAY;
  {
    guint a = SKIP (best_last + 1);
    if (a > best_last + 1 && _dossier_dates_read_year4 (s, a, &y))
      hit->last = a;
    else if (IS_WORD (a) && (LEXE (a)->flags & DOSSIER_LEX_OF) && _dossier_dates_is_rel (s, SKIP (a + 1)) &&
             IS_WORD (SKIP (SKIP (a + 1) + 1)) && LEXE (SKIP (SKIP (a + 1) + 1))->dunit == DOSSIER_DUNIT_YEAR &&
             s->ref != NULL)
      {
        y = g_date_get_year (s->ref) + LEXE (SKIP (a + 1))->rel;
        hit->last = SKIP (SKIP (a + 1) + 1);
      }
    else if (s->ref != NULL)
      {
        y = g_date_get_year (s->ref);
        if (rel != DOSSIER_LEX_REL_NONE && rel != 0)
          {
            /* last Easter: the latest one before the reference date; next: the first after */
            GDate r = *s->ref, c;
            holiday_date (best, y, &m, &d);
            g_date_clear (&c, 1);
            g_date_set_dmy (&c, d, m, y);
            if (rel < 0 && g_date_compare (&c, &r) >= 0)
              y--;
            else if (rel > 0 && g_date_compare (&c, &r) <= 0)
              y++;
          }
      }
    else
      {
        hit->no_iso = TRUE;
        return TRUE;
      }
  }
  if (holiday_date (best, y, &m, &d) && _dossier_dates_valid_day (y, m, d))
    _dossier_dates_set_day (hit, y, m, d);
  else
    hit->no_iso = TRUE;
  return TRUE;
}
