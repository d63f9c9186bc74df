/* dossier-lexicon.c — word tables for English and French figures and dates
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Words are stored lower-cased with Latin accents removed, as
 * dossier_tokens_fold() produces them. Rows for the same word merge into
 * one entry, so "may" can be a month and "second" an ordinal.
 */
#include "dossier-lexicon.h"

#include <string.h>

/* MERGED rows apply only to the lexicon that merges both languages (Chinese
 * text and text of unknown language), after the others, to settle words
 * that the two languages read differently. */
enum { EN = 1, FR = 2, ALL = 3, MERGED = 4 };

typedef enum
{
  R_NUM, R_HUNDRED, R_SCALE, R_ORD, R_MONTH, R_WDAY, R_DAYREL, R_REL, R_DUNIT, R_DUNITS,
  R_CUR, R_MINOR, R_UNIT, R_ITEM, R_FLAG, R_APPROX, R_SEASON, R_DENOM, R_YEAR_KIND, R_DECADE,
} Role;

typedef struct
{
  const char *word;
  guint8      langs;
  guint8      role;
  double      value;
  const char *str;
} Row;

static const Row rows[] = {
  /* English number words */
  { "zero", EN, R_NUM, 0, NULL }, { "one", EN, R_NUM, 1, NULL }, { "two", EN, R_NUM, 2, NULL }, { "three", EN, R_NUM, 3, NULL },
  { "four", EN, R_NUM, 4, NULL }, { "five", EN, R_NUM, 5, NULL }, { "six", EN, R_NUM, 6, NULL }, { "seven", EN, R_NUM, 7, NULL },
  { "eight", EN, R_NUM, 8, NULL }, { "nine", EN, R_NUM, 9, NULL }, { "ten", EN, R_NUM, 10, NULL }, { "eleven", EN, R_NUM, 11, NULL },
  { "twelve", EN, R_NUM, 12, NULL }, { "thirteen", EN, R_NUM, 13, NULL }, { "fourteen", EN, R_NUM, 14, NULL },
  { "fifteen", EN, R_NUM, 15, NULL }, { "sixteen", EN, R_NUM, 16, NULL }, { "seventeen", EN, R_NUM, 17, NULL },
  { "eighteen", EN, R_NUM, 18, NULL }, { "nineteen", EN, R_NUM, 19, NULL }, { "twenty", EN, R_NUM, 20, NULL },
  { "thirty", EN, R_NUM, 30, NULL }, { "forty", EN, R_NUM, 40, NULL }, { "fifty", EN, R_NUM, 50, NULL },
  { "sixty", EN, R_NUM, 60, NULL }, { "seventy", EN, R_NUM, 70, NULL }, { "eighty", EN, R_NUM, 80, NULL },
  { "ninety", EN, R_NUM, 90, NULL },
  { "hundred", EN, R_HUNDRED, 100, NULL }, { "thousand", EN, R_SCALE, 1e3, NULL }, { "million", EN, R_SCALE, 1e6, NULL },
  { "billion", EN, R_SCALE, 1e9, NULL }, { "trillion", EN, R_SCALE, 1e12, NULL }, { "bn", EN, R_SCALE, 1e9, NULL },
  { "mn", EN, R_SCALE, 1e6, NULL }, { "lakh", EN, R_SCALE, 1e5, NULL }, { "crore", EN, R_SCALE, 1e7, NULL },
  { "dozen", EN, R_SCALE, 12, NULL }, { "dozens", EN, R_SCALE, 12, NULL },
  /* also English words, and what French amounts quoted in English notes use */
  { "milliard", EN, R_SCALE, 1e9, NULL }, { "milliards", EN, R_SCALE, 1e9, NULL },
  { "hundreds", EN, R_APPROX, 100, NULL }, { "thousands", EN, R_APPROX, 1e3, NULL }, { "millions", EN, R_APPROX, 1e6, NULL },
  { "billions", EN, R_APPROX, 1e9, NULL }, { "trillions", EN, R_APPROX, 1e12, NULL }, { "tens", EN, R_APPROX, 10, NULL },
  /* English ordinals */
  { "first", EN, R_ORD, 1, NULL }, { "second", EN, R_ORD, 2, NULL }, { "third", EN, R_ORD, 3, NULL }, { "fourth", EN, R_ORD, 4, NULL },
  { "fifth", EN, R_ORD, 5, NULL }, { "sixth", EN, R_ORD, 6, NULL }, { "seventh", EN, R_ORD, 7, NULL }, { "eighth", EN, R_ORD, 8, NULL },
  { "ninth", EN, R_ORD, 9, NULL }, { "tenth", EN, R_ORD, 10, NULL }, { "eleventh", EN, R_ORD, 11, NULL },
  { "twelfth", EN, R_ORD, 12, NULL }, { "thirteenth", EN, R_ORD, 13, NULL }, { "fourteenth", EN, R_ORD, 14, NULL },
  { "fifteenth", EN, R_ORD, 15, NULL }, { "sixteenth", EN, R_ORD, 16, NULL }, { "seventeenth", EN, R_ORD, 17, NULL },
  { "eighteenth", EN, R_ORD, 18, NULL }, { "nineteenth", EN, R_ORD, 19, NULL }, { "twentieth", EN, R_ORD, 20, NULL },
  { "thirtieth", EN, R_ORD, 30, NULL },
  /* French number words */
  { "zero", FR, R_NUM, 0, NULL }, { "un", FR, R_NUM, 1, NULL }, { "une", FR, R_NUM, 1, NULL }, { "deux", FR, R_NUM, 2, NULL },
  { "trois", FR, R_NUM, 3, NULL }, { "quatre", FR, R_NUM, 4, NULL }, { "cinq", FR, R_NUM, 5, NULL }, { "six", FR, R_NUM, 6, NULL },
  { "sept", FR, R_NUM, 7, NULL }, { "huit", FR, R_NUM, 8, NULL }, { "neuf", FR, R_NUM, 9, NULL }, { "dix", FR, R_NUM, 10, NULL },
  { "onze", FR, R_NUM, 11, NULL }, { "douze", FR, R_NUM, 12, NULL }, { "treize", FR, R_NUM, 13, NULL },
  { "quatorze", FR, R_NUM, 14, NULL }, { "quinze", FR, R_NUM, 15, NULL }, { "seize", FR, R_NUM, 16, NULL },
  { "vingt", FR, R_NUM, 20, NULL }, { "vingts", FR, R_NUM, 20, NULL }, { "trente", FR, R_NUM, 30, NULL },
  { "quarante", FR, R_NUM, 40, NULL }, { "cinquante", FR, R_NUM, 50, NULL }, { "soixante", FR, R_NUM, 60, NULL },
  { "septante", FR, R_NUM, 70, NULL }, { "huitante", FR, R_NUM, 80, NULL }, { "nonante", FR, R_NUM, 90, NULL },
  { "cent", FR, R_HUNDRED, 100, NULL }, { "cents", FR, R_HUNDRED, 100, NULL },
  { "mille", FR, R_SCALE, 1e3, NULL }, { "mil", FR, R_SCALE, 1e3, NULL }, { "million", FR, R_SCALE, 1e6, NULL },
  { "millions", FR, R_SCALE, 1e6, NULL }, { "milliard", FR, R_SCALE, 1e9, NULL }, { "milliards", FR, R_SCALE, 1e9, NULL },
  { "billion", FR, R_SCALE, 1e12, NULL }, { "billions", FR, R_SCALE, 1e12, NULL }, { "douzaine", FR, R_SCALE, 12, NULL },
  { "md", FR, R_SCALE, 1e9, NULL }, { "mds", FR, R_SCALE, 1e9, NULL }, { "mrd", FR, R_SCALE, 1e9, NULL },
  { "centaines", FR, R_APPROX, 100, NULL }, { "milliers", FR, R_APPROX, 1e3, NULL }, { "dizaines", FR, R_APPROX, 10, NULL },
  { "douzaines", FR, R_APPROX, 12, NULL }, { "centaine", FR, R_APPROX, 100, NULL }, { "millier", FR, R_APPROX, 1e3, NULL },
  { "dizaine", FR, R_APPROX, 10, NULL },
  { "premier", FR, R_ORD, 1, NULL }, { "premiere", FR, R_ORD, 1, NULL }, { "1er", FR, R_ORD, 1, NULL },
  { "deuxieme", FR, R_ORD, 2, NULL }, { "seconde", FR, R_ORD, 2, NULL }, { "second", FR, R_ORD, 2, NULL },
  { "troisieme", FR, R_ORD, 3, NULL }, { "quatrieme", FR, R_ORD, 4, NULL }, { "cinquieme", FR, R_ORD, 5, NULL },
  /* fraction denominators: two thirds, three hundredths, deux tiers, trois quarts, cinq centièmes */
  { "third", EN, R_DENOM, 3, NULL }, { "thirds", EN, R_DENOM, 3, NULL }, { "fourth", EN, R_DENOM, 4, NULL },
  { "fourths", EN, R_DENOM, 4, NULL }, { "fifth", EN, R_DENOM, 5, NULL }, { "fifths", EN, R_DENOM, 5, NULL },
  { "sixth", EN, R_DENOM, 6, NULL }, { "sixths", EN, R_DENOM, 6, NULL }, { "seventh", EN, R_DENOM, 7, NULL },
  { "sevenths", EN, R_DENOM, 7, NULL }, { "eighth", EN, R_DENOM, 8, NULL }, { "eighths", EN, R_DENOM, 8, NULL },
  { "ninth", EN, R_DENOM, 9, NULL }, { "ninths", EN, R_DENOM, 9, NULL }, { "tenth", EN, R_DENOM, 10, NULL },
  { "tenths", EN, R_DENOM, 10, NULL }, { "eleventh", EN, R_DENOM, 11, NULL }, { "elevenths", EN, R_DENOM, 11, NULL },
  { "twelfth", EN, R_DENOM, 12, NULL }, { "twelfths", EN, R_DENOM, 12, NULL },
  { "thirteenth", EN, R_DENOM, 13, NULL }, { "thirteenths", EN, R_DENOM, 13, NULL },
  { "fourteenth", EN, R_DENOM, 14, NULL }, { "fourteenths", EN, R_DENOM, 14, NULL },
  { "fifteenth", EN, R_DENOM, 15, NULL }, { "fifteenths", EN, R_DENOM, 15, NULL },
  { "sixteenth", EN, R_DENOM, 16, NULL }, { "sixteenths", EN, R_DENOM, 16, NULL },
  { "seventeenth", EN, R_DENOM, 17, NULL }, { "seventeenths", EN, R_DENOM, 17, NULL },
  { "eighteenth", EN, R_DENOM, 18, NULL }, { "eighteenths", EN, R_DENOM, 18, NULL },
  { "nineteenth", EN, R_DENOM, 19, NULL }, { "nineteenths", EN, R_DENOM, 19, NULL },
  { "twentieth", EN, R_DENOM, 20, NULL }, { "twentieths", EN, R_DENOM, 20, NULL },
  { "thirtieth", EN, R_DENOM, 30, NULL }, { "thirtieths", EN, R_DENOM, 30, NULL },
  { "fortieth", EN, R_DENOM, 40, NULL }, { "fortieths", EN, R_DENOM, 40, NULL },
  { "fiftieth", EN, R_DENOM, 50, NULL }, { "fiftieths", EN, R_DENOM, 50, NULL },
  { "sixtieth", EN, R_DENOM, 60, NULL }, { "sixtieths", EN, R_DENOM, 60, NULL },
  { "seventieth", EN, R_DENOM, 70, NULL }, { "seventieths", EN, R_DENOM, 70, NULL },
  { "eightieth", EN, R_DENOM, 80, NULL }, { "eightieths", EN, R_DENOM, 80, NULL },
  { "ninetieth", EN, R_DENOM, 90, NULL }, { "ninetieths", EN, R_DENOM, 90, NULL },
  { "hundredth", EN, R_DENOM, 100, NULL }, { "hundredths", EN, R_DENOM, 100, NULL },
  { "thousandth", EN, R_DENOM, 1e3, NULL }, { "thousandths", EN, R_DENOM, 1e3, NULL },
  { "millionth", EN, R_DENOM, 1e6, NULL }, { "millionths", EN, R_DENOM, 1e6, NULL },
  { "billionth", EN, R_DENOM, 1e9, NULL }, { "billionths", EN, R_DENOM, 1e9, NULL },
  { "trillionth", EN, R_DENOM, 1e12, NULL }, { "trillionths", EN, R_DENOM, 1e12, NULL },
  { "half", EN, R_DENOM, 2, NULL }, { "halves", EN, R_DENOM, 2, NULL }, { "quarter", EN, R_DENOM, 4, NULL },
  { "quarters", EN, R_DENOM, 4, NULL }, { "tiers", FR, R_DENOM, 3, NULL }, { "quart", FR, R_DENOM, 4, NULL },
  { "quarts", FR, R_DENOM, 4, NULL },
  { "cinquieme", FR, R_DENOM, 5, NULL }, { "cinquiemes", FR, R_DENOM, 5, NULL }, { "sixieme", FR, R_DENOM, 6, NULL },
  { "sixiemes", FR, R_DENOM, 6, NULL }, { "septieme", FR, R_DENOM, 7, NULL }, { "septiemes", FR, R_DENOM, 7, NULL },
  { "huitieme", FR, R_DENOM, 8, NULL }, { "huitiemes", FR, R_DENOM, 8, NULL }, { "neuvieme", FR, R_DENOM, 9, NULL },
  { "neuviemes", FR, R_DENOM, 9, NULL }, { "dixieme", FR, R_DENOM, 10, NULL }, { "dixiemes", FR, R_DENOM, 10, NULL },
  { "onzieme", FR, R_DENOM, 11, NULL }, { "onziemes", FR, R_DENOM, 11, NULL }, { "douzieme", FR, R_DENOM, 12, NULL },
  { "douziemes", FR, R_DENOM, 12, NULL }, { "treizieme", FR, R_DENOM, 13, NULL },
  { "treiziemes", FR, R_DENOM, 13, NULL }, { "quatorzieme", FR, R_DENOM, 14, NULL },
  { "quatorziemes", FR, R_DENOM, 14, NULL }, { "quinzieme", FR, R_DENOM, 15, NULL },
  { "quinziemes", FR, R_DENOM, 15, NULL }, { "seizieme", FR, R_DENOM, 16, NULL },
  { "seiziemes", FR, R_DENOM, 16, NULL }, { "vingtieme", FR, R_DENOM, 20, NULL },
  { "vingtiemes", FR, R_DENOM, 20, NULL }, { "trentieme", FR, R_DENOM, 30, NULL },
  { "trentiemes", FR, R_DENOM, 30, NULL }, { "quarantieme", FR, R_DENOM, 40, NULL },
  { "quarantiemes", FR, R_DENOM, 40, NULL }, { "cinquantieme", FR, R_DENOM, 50, NULL },
  { "cinquantiemes", FR, R_DENOM, 50, NULL }, { "soixantieme", FR, R_DENOM, 60, NULL },
  { "soixantiemes", FR, R_DENOM, 60, NULL }, { "centieme", FR, R_DENOM, 100, NULL },
  { "centiemes", FR, R_DENOM, 100, NULL }, { "millieme", FR, R_DENOM, 1e3, NULL },
  { "milliemes", FR, R_DENOM, 1e3, NULL }, { "millionieme", FR, R_DENOM, 1e6, NULL },
  { "millioniemes", FR, R_DENOM, 1e6, NULL }, { "milliardieme", FR, R_DENOM, 1e9, NULL },
  { "milliardiemes", FR, R_DENOM, 1e9, NULL },
  /* months */
  { "january", EN, R_MONTH, 1, NULL }, { "jan", ALL, R_MONTH, 1, NULL }, { "february", EN, R_MONTH, 2, NULL },
  { "feb", ALL, R_MONTH, 2, NULL }, { "march", EN, R_MONTH, 3, NULL }, { "mar", EN, R_MONTH, 3, NULL },
  { "april", EN, R_MONTH, 4, NULL }, { "apr", ALL, R_MONTH, 4, NULL }, { "may", EN, R_MONTH, 5, NULL },
  { "june", EN, R_MONTH, 6, NULL }, { "jun", ALL, R_MONTH, 6, NULL }, { "july", EN, R_MONTH, 7, NULL },
  { "jul", ALL, R_MONTH, 7, NULL }, { "august", EN, R_MONTH, 8, NULL }, { "aug", ALL, R_MONTH, 8, NULL },
  { "september", EN, R_MONTH, 9, NULL }, { "sep", ALL, R_MONTH, 9, NULL }, { "sept", EN, R_MONTH, 9, NULL },
  { "october", EN, R_MONTH, 10, NULL }, { "oct", ALL, R_MONTH, 10, NULL }, { "november", EN, R_MONTH, 11, NULL },
  { "nov", ALL, R_MONTH, 11, NULL }, { "december", EN, R_MONTH, 12, NULL }, { "dec", ALL, R_MONTH, 12, NULL },
  { "janvier", FR, R_MONTH, 1, NULL }, { "janv", FR, R_MONTH, 1, NULL }, { "fevrier", FR, R_MONTH, 2, NULL },
  { "fevr", FR, R_MONTH, 2, NULL }, { "fev", FR, R_MONTH, 2, NULL }, { "mars", FR, R_MONTH, 3, NULL },
  { "avril", FR, R_MONTH, 4, NULL }, { "avr", FR, R_MONTH, 4, NULL }, { "mai", FR, R_MONTH, 5, NULL },
  { "juin", FR, R_MONTH, 6, NULL }, { "juillet", FR, R_MONTH, 7, NULL }, { "juil", FR, R_MONTH, 7, NULL },
  { "aout", FR, R_MONTH, 8, NULL }, { "septembre", FR, R_MONTH, 9, NULL }, { "octobre", FR, R_MONTH, 10, NULL },
  { "novembre", FR, R_MONTH, 11, NULL }, { "decembre", FR, R_MONTH, 12, NULL }, { "sept", FR, R_MONTH, 9, NULL },
  /* weekdays */
  { "monday", EN, R_WDAY, 1, NULL }, { "mon", EN, R_WDAY, 1, NULL }, { "tuesday", EN, R_WDAY, 2, NULL }, { "tue", EN, R_WDAY, 2, NULL },
  { "tues", EN, R_WDAY, 2, NULL }, { "wednesday", EN, R_WDAY, 3, NULL }, { "wed", EN, R_WDAY, 3, NULL },
  { "thursday", EN, R_WDAY, 4, NULL }, { "thu", EN, R_WDAY, 4, NULL }, { "thur", EN, R_WDAY, 4, NULL }, { "thurs", EN, R_WDAY, 4, NULL },
  { "friday", EN, R_WDAY, 5, NULL }, { "fri", EN, R_WDAY, 5, NULL }, { "saturday", EN, R_WDAY, 6, NULL }, { "sat", EN, R_WDAY, 6, NULL },
  { "sunday", EN, R_WDAY, 7, NULL }, { "sun", EN, R_WDAY, 7, NULL },
  { "lundi", FR, R_WDAY, 1, NULL }, { "mardi", FR, R_WDAY, 2, NULL }, { "mercredi", FR, R_WDAY, 3, NULL }, { "mer", FR, R_WDAY, 3, NULL },
  { "jeudi", FR, R_WDAY, 4, NULL }, { "vendredi", FR, R_WDAY, 5, NULL }, { "samedi", FR, R_WDAY, 6, NULL },
  { "dimanche", FR, R_WDAY, 7, NULL },
  /* days relative to today */
  { "today", EN, R_DAYREL, 0, NULL }, { "yesterday", EN, R_DAYREL, -1, NULL }, { "tomorrow", EN, R_DAYREL, 1, NULL },
  { "tonight", EN, R_DAYREL, 0, NULL }, { "hier", FR, R_DAYREL, -1, NULL }, { "demain", FR, R_DAYREL, 1, NULL },
  { "lendemain", FR, R_DAYREL, 1, NULL }, { "veille", FR, R_DAYREL, -1, NULL },
  /* last / this / next */
  { "last", EN, R_REL, -1, NULL }, { "previous", EN, R_REL, -1, NULL }, { "past", EN, R_REL, -1, NULL },
  { "this", EN, R_REL, 0, NULL }, { "current", EN, R_REL, 0, NULL }, { "next", EN, R_REL, 1, NULL },
  { "coming", EN, R_REL, 1, NULL }, { "following", EN, R_REL, 1, NULL }, { "upcoming", EN, R_REL, 1, NULL },
  { "dernier", FR, R_REL, -1, NULL }, { "derniere", FR, R_REL, -1, NULL }, { "derniers", FR, R_REL, -1, NULL },
  { "dernieres", FR, R_REL, -1, NULL }, { "precedent", FR, R_REL, -1, NULL }, { "precedente", FR, R_REL, -1, NULL },
  { "passe", FR, R_REL, -1, NULL }, { "passee", FR, R_REL, -1, NULL },
  { "ce", FR, R_REL, 0, NULL }, { "cet", FR, R_REL, 0, NULL }, { "cette", FR, R_REL, 0, NULL }, { "courant", FR, R_REL, 0, NULL },
  { "en", FR, R_FLAG, DOSSIER_LEX_IN | DOSSIER_LEX_YEAR_PREP, NULL },
  { "prochain", FR, R_REL, 1, NULL }, { "prochaine", FR, R_REL, 1, NULL }, { "prochains", FR, R_REL, 1, NULL },
  { "suivant", FR, R_REL, 1, NULL }, { "suivante", FR, R_REL, 1, NULL },
  /* date units */
  { "day", EN, R_DUNIT, DOSSIER_DUNIT_DAY, NULL }, { "days", EN, R_DUNITS, DOSSIER_DUNIT_DAY, NULL },
  { "week", EN, R_DUNIT, DOSSIER_DUNIT_WEEK, NULL }, { "weeks", EN, R_DUNITS, DOSSIER_DUNIT_WEEK, NULL },
  { "weekend", EN, R_DUNIT, DOSSIER_DUNIT_WEEKEND, NULL }, { "month", EN, R_DUNIT, DOSSIER_DUNIT_MONTH, NULL },
  { "months", EN, R_DUNITS, DOSSIER_DUNIT_MONTH, NULL }, { "quarter", EN, R_DUNIT, DOSSIER_DUNIT_QUARTER, NULL },
  { "quarters", EN, R_DUNITS, DOSSIER_DUNIT_QUARTER, NULL }, { "year", EN, R_DUNIT, DOSSIER_DUNIT_YEAR, NULL },
  { "year", EN, R_FLAG, DOSSIER_LEX_YEAR_PREP, NULL },
  { "years", EN, R_DUNITS, DOSSIER_DUNIT_YEAR, NULL }, { "decade", EN, R_DUNIT, DOSSIER_DUNIT_DECADE, NULL },
  { "decades", EN, R_DUNITS, DOSSIER_DUNIT_DECADE, NULL }, { "century", EN, R_DUNIT, DOSSIER_DUNIT_CENTURY, NULL },
  { "fortnight", EN, R_DUNIT, DOSSIER_DUNIT_FORTNIGHT, NULL },
  { "jour", FR, R_DUNIT, DOSSIER_DUNIT_DAY, NULL }, { "jours", FR, R_DUNITS, DOSSIER_DUNIT_DAY, NULL },
  { "journee", FR, R_DUNIT, DOSSIER_DUNIT_DAY, NULL },
  { "semaine", FR, R_DUNIT, DOSSIER_DUNIT_WEEK, NULL }, { "semaines", FR, R_DUNITS, DOSSIER_DUNIT_WEEK, NULL },
  { "weekend", FR, R_DUNIT, DOSSIER_DUNIT_WEEKEND, NULL }, { "mois", FR, R_DUNIT, DOSSIER_DUNIT_MONTH, NULL },
  { "trimestre", FR, R_DUNIT, DOSSIER_DUNIT_QUARTER, NULL }, { "trimestres", FR, R_DUNITS, DOSSIER_DUNIT_QUARTER, NULL },
  { "annee", FR, R_DUNIT, DOSSIER_DUNIT_YEAR, NULL }, { "an", FR, R_DUNIT, DOSSIER_DUNIT_YEAR, NULL },
  { "annees", FR, R_DUNITS, DOSSIER_DUNIT_YEAR, NULL }, { "ans", FR, R_DUNITS, DOSSIER_DUNIT_YEAR, NULL },
  { "decennie", FR, R_DUNIT, DOSSIER_DUNIT_DECADE, NULL }, { "siecle", FR, R_DUNIT, DOSSIER_DUNIT_CENTURY, NULL },
  /* seasons */
  { "spring", EN, R_SEASON, 1, NULL }, { "summer", EN, R_SEASON, 2, NULL }, { "autumn", EN, R_SEASON, 3, NULL },
  { "fall", EN, R_SEASON, 3, NULL }, { "winter", EN, R_SEASON, 4, NULL },
  { "printemps", FR, R_SEASON, 1, NULL }, { "ete", FR, R_SEASON, 2, NULL }, { "automne", FR, R_SEASON, 3, NULL },
  { "hiver", FR, R_SEASON, 4, NULL },
  /* small words */
  { "and", EN, R_FLAG, DOSSIER_LEX_AND, NULL }, { "et", FR, R_FLAG, DOSSIER_LEX_AND, NULL },
  { "of", EN, R_FLAG, DOSSIER_LEX_OF | DOSSIER_LEX_YEAR_PREP, NULL }, { "de", FR, R_FLAG, DOSSIER_LEX_OF | DOSSIER_LEX_YEAR_PREP, NULL },
  { "d", FR, R_FLAG, DOSSIER_LEX_OF, NULL }, { "des", FR, R_FLAG, DOSSIER_LEX_OF, NULL },
  { "du", FR, R_FLAG, DOSSIER_LEX_OF | DOSSIER_LEX_FROM, NULL },
  { "a", EN, R_FLAG, DOSSIER_LEX_A, NULL }, { "an", EN, R_FLAG, DOSSIER_LEX_A, NULL },
  { "un", FR, R_FLAG, DOSSIER_LEX_A, NULL }, { "une", FR, R_FLAG, DOSSIER_LEX_A, NULL },
  { "point", EN, R_FLAG, DOSSIER_LEX_POINT, NULL }, { "virgule", FR, R_FLAG, DOSSIER_LEX_POINT, NULL },
  { "percent", EN, R_FLAG, DOSSIER_LEX_PERCENT, NULL }, { "percents", EN, R_FLAG, DOSSIER_LEX_PERCENT, NULL },
  { "percentage", EN, R_FLAG, DOSSIER_LEX_PERCENT, NULL }, { "pct", EN, R_FLAG, DOSSIER_LEX_PERCENT, NULL },
  { "pourcent", FR, R_FLAG, DOSSIER_LEX_PERCENT, NULL }, { "pourcents", FR, R_FLAG, DOSSIER_LEX_PERCENT, NULL },
  { "pourcentage", FR, R_FLAG, DOSSIER_LEX_PERCENT, NULL }, { "pourcentages", FR, R_FLAG, DOSSIER_LEX_PERCENT, NULL },
  { "per", EN, R_FLAG, DOSSIER_LEX_PER, NULL }, { "pour", FR, R_FLAG, DOSSIER_LEX_PER, NULL },
  { "cent", ALL, R_FLAG, DOSSIER_LEX_CENT, NULL },
  { "minus", EN, R_FLAG, DOSSIER_LEX_MINUS, NULL }, { "negative", EN, R_FLAG, DOSSIER_LEX_MINUS, NULL },
  { "moins", FR, R_FLAG, DOSSIER_LEX_MINUS, NULL },
  { "the", EN, R_FLAG, DOSSIER_LEX_THE, NULL }, { "le", FR, R_FLAG, DOSSIER_LEX_THE, NULL },
  { "la", FR, R_FLAG, DOSSIER_LEX_THE, NULL }, { "l", FR, R_FLAG, DOSSIER_LEX_THE, NULL },
  { "half", EN, R_FLAG, DOSSIER_LEX_HALF, NULL }, { "demi", FR, R_FLAG, DOSSIER_LEX_HALF, NULL },
  { "quarter", EN, R_FLAG, DOSSIER_LEX_QUARTER, NULL }, { "quart", FR, R_FLAG, DOSSIER_LEX_QUARTER, NULL },
  { "to", EN, R_FLAG, DOSSIER_LEX_RANGE_TO, NULL }, { "till", EN, R_FLAG, DOSSIER_LEX_RANGE_TO, NULL },
  { "until", EN, R_FLAG, DOSSIER_LEX_RANGE_TO | DOSSIER_LEX_YEAR_PREP, NULL }, { "through", EN, R_FLAG, DOSSIER_LEX_RANGE_TO, NULL },
  { "thru", EN, R_FLAG, DOSSIER_LEX_RANGE_TO, NULL },
  { "au", FR, R_FLAG, DOSSIER_LEX_RANGE_TO, NULL }, { "jusqu", FR, R_FLAG, DOSSIER_LEX_RANGE_TO, NULL },
  { "from", EN, R_FLAG, DOSSIER_LEX_FROM | DOSSIER_LEX_YEAR_PREP, NULL }, { "between", EN, R_FLAG, DOSSIER_LEX_FROM | DOSSIER_LEX_YEAR_PREP, NULL },
  { "depuis", FR, R_FLAG, DOSSIER_LEX_FROM | DOSSIER_LEX_YEAR_PREP, NULL }, { "entre", FR, R_FLAG, DOSSIER_LEX_FROM | DOSSIER_LEX_YEAR_PREP, NULL },
  { "ago", EN, R_FLAG, DOSSIER_LEX_AGO, NULL },
  { "later", EN, R_FLAG, DOSSIER_LEX_LATER, NULL }, { "hence", EN, R_FLAG, DOSSIER_LEX_LATER, NULL },
  { "plus", FR, R_FLAG, DOSSIER_LEX_LATER, NULL },
  { "in", EN, R_FLAG, DOSSIER_LEX_IN | DOSSIER_LEX_YEAR_PREP, NULL }, { "dans", FR, R_FLAG, DOSSIER_LEX_IN, NULL },
  { "on", EN, R_FLAG, DOSSIER_LEX_ON, NULL },
  { "since", EN, R_FLAG, DOSSIER_LEX_YEAR_PREP, NULL }, { "by", EN, R_FLAG, DOSSIER_LEX_YEAR_PREP, NULL },
  { "during", EN, R_FLAG, DOSSIER_LEX_YEAR_PREP, NULL }, { "before", EN, R_FLAG, DOSSIER_LEX_YEAR_PREP | DOSSIER_LEX_BEFORE, NULL },
  { "after", EN, R_FLAG, DOSSIER_LEX_YEAR_PREP | DOSSIER_LEX_LATER, NULL }, { "early", EN, R_FLAG, DOSSIER_LEX_YEAR_PREP, NULL },
  { "late", EN, R_FLAG, DOSSIER_LEX_YEAR_PREP, NULL }, { "mid", EN, R_FLAG, DOSSIER_LEX_YEAR_PREP, NULL },
  { "avant", FR, R_FLAG, DOSSIER_LEX_YEAR_PREP | DOSSIER_LEX_BEFORE, NULL }, { "apres", FR, R_FLAG, DOSSIER_LEX_YEAR_PREP | DOSSIER_LEX_BEFORE, NULL },
  { "des", FR, R_FLAG, DOSSIER_LEX_YEAR_PREP, NULL }, { "fin", FR, R_FLAG, DOSSIER_LEX_YEAR_PREP, NULL },
  { "debut", FR, R_FLAG, DOSSIER_LEX_YEAR_PREP, NULL }, { "vers", FR, R_FLAG, DOSSIER_LEX_YEAR_PREP, NULL },
  { "il", FR, R_FLAG, DOSSIER_LEX_IL, NULL }, { "y", FR, R_FLAG, DOSSIER_LEX_Y, NULL }, { "ya", FR, R_FLAG, DOSSIER_LEX_Y, NULL },
  { "st", EN, R_FLAG, DOSSIER_LEX_SUFFIX_ORD, NULL }, { "nd", EN, R_FLAG, DOSSIER_LEX_SUFFIX_ORD, NULL },
  { "rd", EN, R_FLAG, DOSSIER_LEX_SUFFIX_ORD, NULL }, { "th", EN, R_FLAG, DOSSIER_LEX_SUFFIX_ORD, NULL },
  { "er", FR, R_FLAG, DOSSIER_LEX_SUFFIX_ORD, NULL }, { "e", FR, R_FLAG, DOSSIER_LEX_SUFFIX_ORD, NULL },
  { "eme", FR, R_FLAG, DOSSIER_LEX_SUFFIX_ORD, NULL }, { "ere", FR, R_FLAG, DOSSIER_LEX_SUFFIX_ORD, NULL },

  { "few", EN, R_FLAG, DOSSIER_LEX_FEW, NULL }, { "couple", EN, R_FLAG, DOSSIER_LEX_FEW, NULL },
  { "several", EN, R_FLAG, DOSSIER_LEX_FEW, NULL }, { "quelques", FR, R_FLAG, DOSSIER_LEX_FEW, NULL },
  { "plusieurs", FR, R_FLAG, DOSSIER_LEX_FEW, NULL },
  { "end", EN, R_FLAG, DOSSIER_LEX_PART, NULL }, { "beginning", EN, R_FLAG, DOSSIER_LEX_PART, NULL },
  { "start", EN, R_FLAG, DOSSIER_LEX_PART, NULL }, { "middle", EN, R_FLAG, DOSSIER_LEX_PART, NULL },
  { "rest", EN, R_FLAG, DOSSIER_LEX_PART, NULL }, { "remaining", EN, R_FLAG, DOSSIER_LEX_PART, NULL },
  { "remainder", EN, R_FLAG, DOSSIER_LEX_PART, NULL },
  { "fin", FR, R_FLAG, DOSSIER_LEX_PART, NULL }, { "debut", FR, R_FLAG, DOSSIER_LEX_PART, NULL },
  { "milieu", FR, R_FLAG, DOSSIER_LEX_PART, NULL }, { "mi", FR, R_FLAG, DOSSIER_LEX_EDGE, NULL },
  { "early", EN, R_FLAG, DOSSIER_LEX_EDGE, NULL }, { "late", EN, R_FLAG, DOSSIER_LEX_EDGE, NULL },
  { "mid", EN, R_FLAG, DOSSIER_LEX_EDGE, NULL }, { "earlier", EN, R_FLAG, DOSSIER_LEX_EDGE, NULL },
  { "later", EN, R_FLAG, DOSSIER_LEX_EDGE, NULL },
  { "after", EN, R_FLAG, DOSSIER_LEX_OPEN, NULL }, { "before", EN, R_FLAG, DOSSIER_LEX_OPEN, NULL },
  { "since", EN, R_FLAG, DOSSIER_LEX_OPEN, NULL }, { "until", EN, R_FLAG, DOSSIER_LEX_OPEN, NULL },
  { "business", EN, R_FLAG, DOSSIER_LEX_WORKDAY, NULL }, { "working", EN, R_FLAG, DOSSIER_LEX_WORKDAY, NULL },
  { "ouvres", FR, R_FLAG, DOSSIER_LEX_WORKDAY, NULL }, { "ouvrables", FR, R_FLAG, DOSSIER_LEX_WORKDAY, NULL },
  { "aujourd", FR, R_FLAG, 0, NULL }, { "within", EN, R_FLAG, 0, NULL }, { "more", EN, R_FLAG, 0, NULL }, { "less", EN, R_FLAG, 0, NULL }, { "christmas", EN, R_FLAG, DOSSIER_LEX_HOLIDAY, NULL }, { "noel", FR, R_FLAG, DOSSIER_LEX_HOLIDAY, NULL },
  { "new", EN, R_FLAG, DOSSIER_LEX_HOLIDAY, NULL }, { "halloween", EN, R_FLAG, DOSSIER_LEX_HOLIDAY, NULL }, { "independence", EN, R_FLAG, DOSSIER_LEX_HOLIDAY, NULL },
  { "valentine", EN, R_FLAG, DOSSIER_LEX_HOLIDAY, NULL }, { "workers", EN, R_FLAG, DOSSIER_LEX_HOLIDAY, NULL }, { "international", EN, R_FLAG, DOSSIER_LEX_HOLIDAY, NULL },
  { "earth", EN, R_FLAG, DOSSIER_LEX_HOLIDAY, NULL }, { "saint", ALL, R_FLAG, DOSSIER_LEX_HOLIDAY, NULL }, { "easter", EN, R_FLAG, DOSSIER_LEX_HOLIDAY, NULL },
  { "paques", FR, R_FLAG, DOSSIER_LEX_HOLIDAY, NULL }, { "thanksgiving", EN, R_FLAG, DOSSIER_LEX_HOLIDAY, NULL }, { "labor", EN, R_FLAG, DOSSIER_LEX_HOLIDAY, NULL },
  { "labour", EN, R_FLAG, DOSSIER_LEX_HOLIDAY, NULL }, { "memorial", EN, R_FLAG, DOSSIER_LEX_HOLIDAY, NULL }, { "black", EN, R_FLAG, DOSSIER_LEX_HOLIDAY, NULL }, { "hui", FR, R_FLAG, 0, NULL }, { "a", FR, R_FLAG, 0, NULL },
  { "tard", FR, R_FLAG, 0, NULL }, { "my", EN, R_FLAG, 0, NULL }, { "no", EN, R_FLAG, 0, NULL },
  { "now", EN, R_FLAG, 0, NULL }, { "onward", EN, R_FLAG, 0, NULL }, { "onwards", EN, R_FLAG, 0, NULL },
  { "or", EN, R_FLAG, 0, NULL }, { "starting", EN, R_FLAG, 0, NULL }, { "than", EN, R_FLAG, 0, NULL },
  { "that", EN, R_FLAG, 0, NULL },
  { "q", ALL, R_FLAG, 0, NULL }, { "h", ALL, R_FLAG, 0, NULL },
  { "may", EN, R_FLAG, DOSSIER_LEX_HOLIDAY, NULL }, { "jour", FR, R_FLAG, DOSSIER_LEX_HOLIDAY, NULL },
  /* named years and decades */
  { "fiscal", ALL, R_YEAR_KIND, DOSSIER_YEAR_NOT_CALENDAR, NULL },
  { "financial", EN, R_YEAR_KIND, DOSSIER_YEAR_NOT_CALENDAR, NULL },
  { "school", EN, R_YEAR_KIND, DOSSIER_YEAR_NOT_CALENDAR, NULL },
  { "academic", EN, R_YEAR_KIND, DOSSIER_YEAR_NOT_CALENDAR, NULL },
  { "budget", EN, R_YEAR_KIND, DOSSIER_YEAR_NOT_CALENDAR, NULL },
  { "fiscale", FR, R_YEAR_KIND, DOSSIER_YEAR_NOT_CALENDAR, NULL },
  { "scolaire", FR, R_YEAR_KIND, DOSSIER_YEAR_NOT_CALENDAR, NULL },
  { "universitaire", FR, R_YEAR_KIND, DOSSIER_YEAR_NOT_CALENDAR, NULL },
  { "budgetaire", FR, R_YEAR_KIND, DOSSIER_YEAR_NOT_CALENDAR, NULL },
  { "exercice", FR, R_YEAR_KIND, DOSSIER_YEAR_NOT_CALENDAR, NULL },
  { "calendar", EN, R_YEAR_KIND, DOSSIER_YEAR_CALENDAR, NULL },
  { "calendaire", FR, R_YEAR_KIND, DOSSIER_YEAR_CALENDAR, NULL },
  { "civile", FR, R_YEAR_KIND, DOSSIER_YEAR_CALENDAR, NULL },
  { "fy", ALL, R_YEAR_KIND, DOSSIER_YEAR_FY, NULL }, { "cy", ALL, R_YEAR_KIND, DOSSIER_YEAR_CY, NULL },
  { "date", EN, R_YEAR_KIND, DOSSIER_YEAR_DATE, NULL }, { "ytd", EN, R_YEAR_KIND, DOSSIER_YEAR_YTD, NULL },
  { "noughties", EN, R_DECADE, 1, NULL }, { "aughts", EN, R_DECADE, 1, NULL }, { "tens", EN, R_DECADE, 2, NULL },
  { "twenties", EN, R_DECADE, 3, NULL }, { "thirties", EN, R_DECADE, 4, NULL }, { "forties", EN, R_DECADE, 5, NULL },
  { "fifties", EN, R_DECADE, 6, NULL }, { "sixties", EN, R_DECADE, 7, NULL }, { "seventies", EN, R_DECADE, 8, NULL },
  { "eighties", EN, R_DECADE, 9, NULL }, { "nineties", EN, R_DECADE, 10, NULL },

  /* currencies: words after (or before) an amount. Dossier follows US
   * policy news, where a dollar with no country named is the US dollar;
   * the figure readers look for the words that name another one
   * (Canadian dollars, dollars de Hong Kong). */
  { "dollar", ALL, R_CUR, 0, "USD" }, { "dollars", ALL, R_CUR, 0, "USD" },
  { "usd", ALL, R_CUR, 0, "USD" },
  { "euro", ALL, R_CUR, 0, "EUR" }, { "euros", ALL, R_CUR, 0, "EUR" }, { "eur", ALL, R_CUR, 0, "EUR" },
  { "yen", ALL, R_CUR, 0, "JPY" }, { "yens", ALL, R_CUR, 0, "JPY" }, { "jpy", ALL, R_CUR, 0, "JPY" },
  { "yuan", ALL, R_CUR, 0, "CNY" }, { "yuans", ALL, R_CUR, 0, "CNY" }, { "renminbi", ALL, R_CUR, 0, "CNY" },
  { "rmb", ALL, R_CUR, 0, "CNY" }, { "cny", ALL, R_CUR, 0, "CNY" },
  { "pound", EN, R_CUR, 0, "" }, { "pounds", EN, R_CUR, 0, "" }, { "sterling", EN, R_CUR, 0, "GBP" },
  { "gbp", ALL, R_CUR, 0, "GBP" }, { "livre", FR, R_CUR, 0, "" }, { "livres", FR, R_CUR, 0, "" },
  { "franc", ALL, R_CUR, 0, "" }, { "francs", ALL, R_CUR, 0, "" }, { "chf", ALL, R_CUR, 0, "CHF" },
  { "dirham", ALL, R_CUR, 0, "AED" }, { "dirhams", ALL, R_CUR, 0, "AED" }, { "aed", ALL, R_CUR, 0, "AED" },
  { "riyal", ALL, R_CUR, 0, "SAR" }, { "riyals", ALL, R_CUR, 0, "SAR" }, { "sar", ALL, R_CUR, 0, "SAR" },
  { "rial", ALL, R_CUR, 0, "" }, { "rials", ALL, R_CUR, 0, "" }, { "qar", ALL, R_CUR, 0, "QAR" },
  { "won", EN, R_CUR, 0, "KRW" }, { "krw", ALL, R_CUR, 0, "KRW" }, { "rupee", ALL, R_CUR, 0, "" },
  { "rupees", ALL, R_CUR, 0, "" }, { "roupie", FR, R_CUR, 0, "" }, { "roupies", FR, R_CUR, 0, "" },
  { "inr", ALL, R_CUR, 0, "INR" }, { "lira", EN, R_CUR, 0, "" }, { "try", ALL, R_CUR, 0, "" },
  { "peso", ALL, R_CUR, 0, "" }, { "pesos", ALL, R_CUR, 0, "" }, { "mxn", ALL, R_CUR, 0, "MXN" },
  { "cad", ALL, R_CUR, 0, "CAD" }, { "aud", ALL, R_CUR, 0, "AUD" }, { "hkd", ALL, R_CUR, 0, "HKD" },
  { "twd", ALL, R_CUR, 0, "TWD" }, { "rouble", ALL, R_CUR, 0, "RUB" }, { "roubles", ALL, R_CUR, 0, "RUB" },
  { "ruble", ALL, R_CUR, 0, "RUB" }, { "rubles", ALL, R_CUR, 0, "RUB" }, { "rub", ALL, R_CUR, 0, "RUB" },
  { "bitcoin", ALL, R_CUR, 0, "" }, { "bitcoins", ALL, R_CUR, 0, "" }, { "satoshis", EN, R_CUR, 0, "" },
  { "pesewas", ALL, R_CUR, 0, "" }, { "florins", ALL, R_CUR, 0, "" }, { "mark", ALL, R_CUR, 0, "" },
  { "marks", ALL, R_CUR, 0, "" }, { "kuai", EN, R_CUR, 0, "CNY" }, { "meur", ALL, R_MINOR, 1e6, "EUR" },
  { "musd", ALL, R_MINOR, 1e6, "USD" }, { "keur", ALL, R_MINOR, 1e3, "EUR" }, { "kusd", ALL, R_MINOR, 1e3, "USD" },
  { "maud", ALL, R_MINOR, 1e6, "AUD" }, { "mcad", ALL, R_MINOR, 1e6, "CAD" }, { "mchf", ALL, R_MINOR, 1e6, "CHF" },
  { "mgbp", ALL, R_MINOR, 1e6, "GBP" }, { "msek", ALL, R_MINOR, 1e6, "SEK" }, { "mnok", ALL, R_MINOR, 1e6, "NOK" },
  { "mdkk", ALL, R_MINOR, 1e6, "DKK" },
  { "cent", EN, R_MINOR, 0.01, "" }, { "cents", EN, R_MINOR, 0.01, "" }, { "cents", FR, R_MINOR, 0.01, "" },
  { "pence", ALL, R_MINOR, 0.01, "" }, { "penny", ALL, R_MINOR, 0.01, "" }, { "centimes", FR, R_MINOR, 0.01, "" },
  { "sen", EN, R_CUR, 0, "" },

  /* Latin-script amounts inside Chinese text are English far more often
   * than French: "50亿美元 (5 billion dollars)" */
  { "billion", MERGED, R_SCALE, 1e9, NULL }, { "billions", MERGED, R_SCALE, 1e9, NULL },

  /* physical units (quantity) */
  { "km", ALL, R_UNIT, 0, "kilometre" }, { "kilometer", EN, R_UNIT, 0, "kilometre" },
  { "kilometers", EN, R_UNIT, 0, "kilometre" }, { "kilometre", ALL, R_UNIT, 0, "kilometre" },
  { "kilometres", ALL, R_UNIT, 0, "kilometre" }, { "kilometres", FR, R_UNIT, 0, "kilometre" },
  { "m", ALL, R_UNIT, 0, "metre" }, { "meter", EN, R_UNIT, 0, "metre" }, { "meters", EN, R_UNIT, 0, "metre" },
  { "metre", ALL, R_UNIT, 0, "metre" }, { "metres", ALL, R_UNIT, 0, "metre" },
  { "cm", ALL, R_UNIT, 0, "centimetre" }, { "centimeters", EN, R_UNIT, 0, "centimetre" },
  { "centimetres", ALL, R_UNIT, 0, "centimetre" }, { "centimetre", ALL, R_UNIT, 0, "centimetre" },
  { "mm", ALL, R_UNIT, 0, "millimetre" }, { "millimeters", EN, R_UNIT, 0, "millimetre" },
  { "millimetres", ALL, R_UNIT, 0, "millimetre" }, { "dm", ALL, R_UNIT, 0, "decimetre" },
  { "nm", ALL, R_UNIT, 0, "nanometre" }, { "nanometer", EN, R_UNIT, 0, "nanometre" },
  { "nanometers", EN, R_UNIT, 0, "nanometre" }, { "nanometres", ALL, R_UNIT, 0, "nanometre" },
  { "picometer", EN, R_UNIT, 0, "picometre" },
  { "hectometre", FR, R_UNIT, 0, "hectometre" }, { "hectometres", FR, R_UNIT, 0, "hectometre" },
  { "mile", EN, R_UNIT, 0, "mile" }, { "miles", ALL, R_UNIT, 0, "mile" },
  { "foot", EN, R_UNIT, 0, "foot" }, { "feet", EN, R_UNIT, 0, "foot" }, { "ft", EN, R_UNIT, 0, "foot" },
  { "inch", EN, R_UNIT, 0, "inch" }, { "inches", EN, R_UNIT, 0, "inch" },
  { "pied", FR, R_UNIT, 0, "foot" }, { "pieds", FR, R_UNIT, 0, "foot" },
  { "pouce", FR, R_UNIT, 0, "inch" }, { "pouces", FR, R_UNIT, 0, "inch" },
  { "yard", EN, R_UNIT, 0, "yard" }, { "yards", EN, R_UNIT, 0, "yard" },
  { "kg", ALL, R_UNIT, 0, "kilogram" }, { "kilogram", EN, R_UNIT, 0, "kilogram" },
  { "kilograms", EN, R_UNIT, 0, "kilogram" }, { "kilogramme", FR, R_UNIT, 0, "kilogram" },
  { "kilogrammes", FR, R_UNIT, 0, "kilogram" }, { "kilo", ALL, R_UNIT, 0, "kilogram" },
  { "kilos", ALL, R_UNIT, 0, "kilogram" },
  { "g", ALL, R_UNIT, 0, "gram" }, { "gram", EN, R_UNIT, 0, "gram" }, { "grams", EN, R_UNIT, 0, "gram" },
  { "gramme", FR, R_UNIT, 0, "gram" }, { "grammes", FR, R_UNIT, 0, "gram" },
  { "mg", ALL, R_UNIT, 0, "milligram" }, { "ug", ALL, R_UNIT, 0, "microgram" },
  { "\xce\xbcg", ALL, R_UNIT, 0, "microgram" },
  { "lb", EN, R_UNIT, 0, "pound" }, { "lbs", EN, R_UNIT, 0, "pound" },
  { "pound", EN, R_UNIT, 0, "pound" }, { "pounds", EN, R_UNIT, 0, "pound" },
  { "livres", FR, R_UNIT, 0, "pound" },
  { "ounce", EN, R_UNIT, 0, "ounce" }, { "ounces", EN, R_UNIT, 0, "ounce" }, { "oz", EN, R_UNIT, 0, "ounce" },
  { "ton", EN, R_UNIT, 0, "tonne" }, { "tons", EN, R_UNIT, 0, "tonne" }, { "tonne", ALL, R_UNIT, 0, "tonne" },
  { "tonnes", ALL, R_UNIT, 0, "tonne" }, { "t", FR, R_UNIT, 0, "tonne" },
  { "l", ALL, R_UNIT, 0, "litre" }, { "litre", ALL, R_UNIT, 0, "litre" }, { "litres", ALL, R_UNIT, 0, "litre" },
  { "liter", EN, R_UNIT, 0, "litre" }, { "liters", EN, R_UNIT, 0, "litre" }, { "ml", ALL, R_UNIT, 0, "millilitre" },
  { "gallon", ALL, R_UNIT, 0, "gallon" }, { "gallons", ALL, R_UNIT, 0, "gallon" },
  { "barrel", EN, R_UNIT, 0, "barrel" }, { "barrels", EN, R_UNIT, 0, "barrel" },
  { "baril", FR, R_UNIT, 0, "barrel" }, { "barils", FR, R_UNIT, 0, "barrel" },
  { "acre", ALL, R_UNIT, 0, "acre" }, { "acres", ALL, R_UNIT, 0, "acre" },
  { "hectare", ALL, R_UNIT, 0, "hectare" }, { "hectares", ALL, R_UNIT, 0, "hectare" }, { "ha", ALL, R_UNIT, 0, "hectare" },
  { "km2", ALL, R_UNIT, 0, "square kilometre" },
  { "degree", EN, R_UNIT, 0, "degree" }, { "degrees", EN, R_UNIT, 0, "degree" },
  { "degre", FR, R_UNIT, 0, "degree" }, { "degres", FR, R_UNIT, 0, "degree" },
  { "rad", ALL, R_UNIT, 0, "radian" }, { "turns", EN, R_UNIT, 0, "turn" }, { "tours", FR, R_UNIT, 0, "turn" },
  { "w", ALL, R_UNIT, 0, "watt" }, { "watt", ALL, R_UNIT, 0, "watt" }, { "watts", ALL, R_UNIT, 0, "watt" },
  { "kw", ALL, R_UNIT, 0, "kilowatt" }, { "mw", ALL, R_UNIT, 0, "megawatt" }, { "gw", ALL, R_UNIT, 0, "gigawatt" },
  { "megawatts", ALL, R_UNIT, 0, "megawatt" }, { "gigawatts", ALL, R_UNIT, 0, "gigawatt" },
  { "megawatt", ALL, R_UNIT, 0, "megawatt" }, { "gigawatt", ALL, R_UNIT, 0, "gigawatt" },
  { "kwh", ALL, R_UNIT, 0, "kilowatt hour" }, { "mwh", ALL, R_UNIT, 0, "megawatt hour" },
  { "twh", ALL, R_UNIT, 0, "terawatt hour" }, { "gwh", ALL, R_UNIT, 0, "gigawatt hour" },
  { "ghz", ALL, R_UNIT, 0, "gigahertz" }, { "mhz", ALL, R_UNIT, 0, "megahertz" },
  { "kb", ALL, R_UNIT, 0, "kilobyte" }, { "mb", ALL, R_UNIT, 0, "megabyte" }, { "gb", ALL, R_UNIT, 0, "gigabyte" },
  { "tb", ALL, R_UNIT, 0, "terabyte" }, { "bit", EN, R_UNIT, 0, "bit" }, { "bits", EN, R_UNIT, 0, "bit" },
  { "drachma", EN, R_UNIT, 0, "drachma" }, { "teaspoon", EN, R_UNIT, 0, "teaspoon" },
  { "flops", ALL, R_UNIT, 0, "flops" }, { "petaflops", ALL, R_UNIT, 0, "petaflops" },
  { "exaflops", ALL, R_UNIT, 0, "exaflops" },

  /* counted nouns */
  { "chip", EN, R_ITEM, 0, "chip" }, { "chips", EN, R_ITEM, 0, "chip" },
  { "puce", FR, R_ITEM, 0, "chip" }, { "puces", FR, R_ITEM, 0, "chip" },
  { "gpu", ALL, R_ITEM, 0, "gpu" }, { "gpus", ALL, R_ITEM, 0, "gpu" },
  { "processor", EN, R_ITEM, 0, "processor" }, { "processors", EN, R_ITEM, 0, "processor" },
  { "processeur", FR, R_ITEM, 0, "processor" }, { "processeurs", FR, R_ITEM, 0, "processor" },
  { "accelerator", EN, R_ITEM, 0, "accelerator" }, { "accelerators", EN, R_ITEM, 0, "accelerator" },
  { "accelerateurs", FR, R_ITEM, 0, "accelerator" }, { "semiconductors", EN, R_ITEM, 0, "chip" },
  { "server", EN, R_ITEM, 0, "server" }, { "servers", EN, R_ITEM, 0, "server" },
  { "serveur", FR, R_ITEM, 0, "server" }, { "serveurs", FR, R_ITEM, 0, "server" },
  { "employees", EN, R_ITEM, 0, "employee" }, { "employes", FR, R_ITEM, 0, "employee" },
  { "salaries", FR, R_ITEM, 0, "employee" }, { "workers", EN, R_ITEM, 0, "worker" },
  { "people", EN, R_ITEM, 0, "person" }, { "personnes", FR, R_ITEM, 0, "person" },
  { "jobs", EN, R_ITEM, 0, "job" }, { "emplois", FR, R_ITEM, 0, "job" },
  { "wafers", EN, R_ITEM, 0, "wafer" }, { "plaquettes", FR, R_ITEM, 0, "wafer" },
  { "units", EN, R_ITEM, 0, "unit" }, { "unites", FR, R_ITEM, 0, "unit" },
};

static const char * const word_names[DOSSIER_N_WORDS] = {
  [DOSSIER_WORD_A] = "a", [DOSSIER_WORD_AFTER] = "after", [DOSSIER_WORD_APRES] = "apres",
  [DOSSIER_WORD_AUJOURD] = "aujourd", [DOSSIER_WORD_AVANT] = "avant",
  [DOSSIER_WORD_BEFORE] = "before", [DOSSIER_WORD_BEGINNING] = "beginning",
  [DOSSIER_WORD_BETWEEN] = "between", [DOSSIER_WORD_BLACK] = "black", [DOSSIER_WORD_CET] = "cet",
  [DOSSIER_WORD_CETTE] = "cette", [DOSSIER_WORD_CHRISTMAS] = "christmas",
  [DOSSIER_WORD_COMING] = "coming", [DOSSIER_WORD_COUPLE] = "couple",
  [DOSSIER_WORD_CURRENT] = "current", [DOSSIER_WORD_DAY] = "day", [DOSSIER_WORD_DE] = "de",
  [DOSSIER_WORD_DEC] = "dec", [DOSSIER_WORD_DEMAIN] = "demain", [DOSSIER_WORD_DEPUIS] = "depuis",
  [DOSSIER_WORD_DERNIER] = "dernier", [DOSSIER_WORD_DERNIERE] = "derniere",
  [DOSSIER_WORD_DURING] = "during", [DOSSIER_WORD_EARLIER] = "earlier",
  [DOSSIER_WORD_EARTH] = "earth", [DOSSIER_WORD_EASTER] = "easter", [DOSSIER_WORD_EN] = "en",
  [DOSSIER_WORD_ENTRE] = "entre", [DOSSIER_WORD_EXERCICE] = "exercice", [DOSSIER_WORD_FEW] = "few",
  [DOSSIER_WORD_FISCAL] = "fiscal", [DOSSIER_WORD_FOLLOWING] = "following",
  [DOSSIER_WORD_FRIDAY] = "friday", [DOSSIER_WORD_FROM] = "from", [DOSSIER_WORD_H] = "h",
  [DOSSIER_WORD_HALLOWEEN] = "halloween", [DOSSIER_WORD_HIER] = "hier", [DOSSIER_WORD_HUI] = "hui",
  [DOSSIER_WORD_IL] = "il", [DOSSIER_WORD_IN] = "in", [DOSSIER_WORD_INDEPENDENCE] = "independence",
  [DOSSIER_WORD_INTERNATIONAL] = "international", [DOSSIER_WORD_JAN] = "jan",
  [DOSSIER_WORD_JOUR] = "jour", [DOSSIER_WORD_JUN] = "jun", [DOSSIER_WORD_JUSQU] = "jusqu",
  [DOSSIER_WORD_LA] = "la", [DOSSIER_WORD_LABOR] = "labor", [DOSSIER_WORD_LABOUR] = "labour",
  [DOSSIER_WORD_LAST] = "last", [DOSSIER_WORD_LATER] = "later",
  [DOSSIER_WORD_LENDEMAIN] = "lendemain", [DOSSIER_WORD_LESS] = "less", [DOSSIER_WORD_MAR] = "mar",
  [DOSSIER_WORD_MARCH] = "march", [DOSSIER_WORD_MARS] = "mars", [DOSSIER_WORD_MAY] = "may",
  [DOSSIER_WORD_MEMORIAL] = "memorial", [DOSSIER_WORD_MER] = "mer", [DOSSIER_WORD_MON] = "mon",
  [DOSSIER_WORD_MORE] = "more", [DOSSIER_WORD_MY] = "my", [DOSSIER_WORD_NEW] = "new",
  [DOSSIER_WORD_NEXT] = "next", [DOSSIER_WORD_NO] = "no", [DOSSIER_WORD_NOEL] = "noel",
  [DOSSIER_WORD_NOW] = "now", [DOSSIER_WORD_OF] = "of", [DOSSIER_WORD_ONWARD] = "onward",
  [DOSSIER_WORD_ONWARDS] = "onwards", [DOSSIER_WORD_OR] = "or", [DOSSIER_WORD_PAQUES] = "paques",
  [DOSSIER_WORD_PASSE] = "passe", [DOSSIER_WORD_PAST] = "past", [DOSSIER_WORD_PATRICK] = "patrick",
  [DOSSIER_WORD_PLUS] = "plus", [DOSSIER_WORD_Q] = "q", [DOSSIER_WORD_QUELQUES] = "quelques",
  [DOSSIER_WORD_REMAINDER] = "remainder", [DOSSIER_WORD_REMAINING] = "remaining",
  [DOSSIER_WORD_REST] = "rest", [DOSSIER_WORD_S] = "s", [DOSSIER_WORD_SAINT] = "saint",
  [DOSSIER_WORD_SAT] = "sat", [DOSSIER_WORD_SEPT] = "sept", [DOSSIER_WORD_SINCE] = "since",
  [DOSSIER_WORD_ST] = "st", [DOSSIER_WORD_STARTING] = "starting", [DOSSIER_WORD_SUN] = "sun",
  [DOSSIER_WORD_TARD] = "tard", [DOSSIER_WORD_TERRE] = "terre", [DOSSIER_WORD_THAN] = "than",
  [DOSSIER_WORD_THANKSGIVING] = "thanksgiving", [DOSSIER_WORD_THAT] = "that",
  [DOSSIER_WORD_THIS] = "this", [DOSSIER_WORD_UN] = "un", [DOSSIER_WORD_UNTIL] = "until",
  [DOSSIER_WORD_UPCOMING] = "upcoming", [DOSSIER_WORD_VALENTINE] = "valentine",
  [DOSSIER_WORD_VEILLE] = "veille", [DOSSIER_WORD_WED] = "wed", [DOSSIER_WORD_WITHIN] = "within",
  [DOSSIER_WORD_WORKERS] = "workers", [DOSSIER_WORD_Y] = "y", [DOSSIER_WORD_YA] = "ya",
  [DOSSIER_WORD_YEAR] = "year",
};

const char *
dossier_word_name (DossierWord word)
{
  g_return_val_if_fail (word < DOSSIER_N_WORDS, "");
  return word_names[word];
}

#define SLOTS 2048      /* power of two, well above the number of words */
#define MAX_WORD 16     /* bytes: longer words are in no lexicon */

/* A word is kept in its slot as two 64-bit words (zero-padded), compared
 * whole: a lookup reads one cache line and compares no bytes one by one. */
typedef struct
{
  guint64     w[2];
  guint16     id;
  guint8      len;
} Slot;

/* Words are looked up for every word of every article: an open-addressing
 * table is several times cheaper than a GHashTable here. */
struct _DossierLexicon
{
  DossierLexiconHead head;   /* first: read by dossier_lexicon_entry() and dossier_lexicon_word() */
  Slot            slots[SLOTS];
  GArray          *entries;   /* DossierLexEntry, index 0 unused */
};

const DossierLexEntry _dossier_lexicon_no_entry = {
  .rel = DOSSIER_LEX_REL_NONE, .day_offset = DOSSIER_LEX_DAY_NONE
};

/* @word (@len ≤ MAX_WORD bytes) as two zero-padded 64-bit words. The bytes
 * are gathered one by one (past @len, memory is not the word's), but not
 * in a chain of multiplications as a byte-wise hash would be. */
static inline void
pack (const char *word, gsize len, guint64 w[2])
{
  w[0] = w[1] = 0;
  for (gsize i = 0; i < len; i++)
    w[i / 8] |= (guint64) (guchar) word[i] << (8 * (i % 8));
}

static inline guint32
slot_of (const guint64 w[2], gsize len)
{
  guint64 h = (w[0] ^ len) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15) ^ w[1] * G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F);

  return (guint32) (h >> 40) & (SLOTS - 1);
}

static inline guint16
find_packed (const DossierLexicon *lex, const guint64 w[2], gsize len)
{
  for (guint32 k = slot_of (w, len);; k = (k + 1) & (SLOTS - 1))
    {
      const Slot *slot = &lex->slots[k];
      if (slot->id == 0)
        return 0;
      if (slot->w[0] == w[0] && slot->w[1] == w[1] && slot->len == len)
        return slot->id;
    }
}

static guint16
find (const DossierLexicon *lex, const char *word, gsize len)
{
  guint64 w[2];

  if (len > MAX_WORD)
    return 0;
  pack (word, len, w);
  return find_packed (lex, w, len);
}

static void
insert (DossierLexicon *lex, const char *word, guint16 id)
{
  gsize len = strlen (word);
  guint64 w[2];

  g_assert (len > 0 && len <= MAX_WORD);
  pack (word, len, w);
  for (guint32 k = slot_of (w, len);; k = (k + 1) & (SLOTS - 1))
    {
      Slot *slot = &lex->slots[k];
      if (slot->id == 0)
        {
          slot->w[0] = w[0];
          slot->w[1] = w[1];
          slot->len = (guint8) len;
          slot->id = id;
          return;
        }
    }
}

static void
apply_row (DossierLexEntry *e,
           const Row       *r)
{
  switch ((Role) r->role)
    {
    case R_NUM: e->num = r->value; e->num_kind = 1; break;
    case R_HUNDRED: e->num = r->value; e->num_kind = 2; break;
    case R_SCALE: e->num = r->value; e->num_kind = 3; break;
    case R_ORD: e->ordinal = (guint8) r->value; break;
    case R_MONTH: e->month = (guint8) r->value; break;
    case R_WDAY: e->weekday = (guint8) r->value; break;
    case R_DAYREL: e->day_offset = (gint8) r->value; break;
    case R_REL: e->rel = (gint8) r->value; break;
    case R_DUNIT: e->dunit = (guint8) r->value; break;
    case R_DUNITS: e->dunit = (guint8) r->value; e->dunit_plural = TRUE; break;
    case R_CUR: e->currency = r->str; e->currency_factor = 1; break;
    case R_MINOR: e->currency = r->str; e->currency_factor = r->value; break;
    case R_UNIT: e->unit = r->str; break;
    case R_ITEM: e->item = r->str; break;
    case R_FLAG: e->flags |= (guint32) r->value; break;
    case R_APPROX: e->approx_scale = r->value; break;
    case R_SEASON: e->season = (guint8) r->value; break;
    case R_DENOM: e->denom = r->value; break;
    case R_YEAR_KIND: e->year_kind = (guint8) r->value; break;
    case R_DECADE: e->decade = (guint8) r->value; break;
    default: g_assert_not_reached ();
    }
}

static DossierLexicon *
build (guint8 langs)
{
  DossierLexicon *lex = g_new0 (DossierLexicon, 1);
  DossierLexEntry empty = { 0 };

  empty.rel = DOSSIER_LEX_REL_NONE;
  empty.day_offset = DOSSIER_LEX_DAY_NONE;
  lex->entries = g_array_new (FALSE, TRUE, sizeof (DossierLexEntry));
  g_array_append_val (lex->entries, empty);

  for (gsize i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      const Row *r = &rows[i];
      guint id;

      if ((r->langs & langs) == 0)
        continue;
      id = find (lex, r->word, strlen (r->word));
      if (id == 0)
        {
          id = lex->entries->len;
          g_array_append_val (lex->entries, empty);
          insert (lex, r->word, (guint16) id);
        }
      apply_row (&g_array_index (lex->entries, DossierLexEntry, id), r);
    }
  g_assert (lex->entries->len < SLOTS / 2);
  lex->head.entries = (const DossierLexEntry *) lex->entries->data;
  lex->head.n_entries = lex->entries->len;
  for (guint w = 0; w < DOSSIER_N_WORDS; w++)
    lex->head.words[w] = find (lex, word_names[w], strlen (word_names[w]));
  return lex;
}

const DossierLexicon *
dossier_lexicon_get (const char *lang)
{
  static DossierLexicon *lexicons[3];
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      lexicons[0] = build (EN);
      lexicons[1] = build (FR);
      lexicons[2] = build (ALL | MERGED);
      g_once_init_leave (&once, 1);
    }
  if (lang != NULL && strcmp (lang, "en") == 0)
    return lexicons[0];
  if (lang != NULL && strcmp (lang, "fr") == 0)
    return lexicons[1];
  return lexicons[2];
}

guint16
dossier_lexicon_lookup (const DossierLexicon *lexicon,
                        const char           *folded,
                        gsize                 length)
{
  return find (lexicon, folded, length);
}


guint16
dossier_lexicon_lookup_padded (const DossierLexicon *lexicon,
                               const char           *folded,
                               gsize                 length)
{
  guint64 w[2];

  if (length > MAX_WORD)
    return 0;
  /* the bytes past the word are zeros: the two words are pack()'s */
  memcpy (w, folded, sizeof w);
  w[0] = GUINT64_FROM_LE (w[0]);
  w[1] = GUINT64_FROM_LE (w[1]);
  return find_packed (lexicon, w, length);
}
