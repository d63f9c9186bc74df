/* dossier-span-format.c — words for highlight kinds and normalised values
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "dossier-span-format.h"

static const char *kind_labels[DOSSIER_N_SPAN_KINDS] = {
  N_("Person"),
  N_("Organization"),
  N_("Place"),
  N_("Money"),
  N_("Quantity"),
  N_("Percentage"),
  N_("Number"),
  N_("Date"),
};

static const char *kind_plural_labels[DOSSIER_N_SPAN_KINDS] = {
  N_("People"),
  N_("Organizations"),
  N_("Places"),
  N_("Money"),
  N_("Quantities"),
  N_("Percentages"),
  N_("Numbers"),
  N_("Dates"),
};

const char *
dossier_span_kind_label (DossierSpanKind kind)
{
  g_return_val_if_fail (kind < DOSSIER_N_SPAN_KINDS, NULL);
  return _(kind_labels[kind]);
}

const char *
dossier_span_kind_plural_label (DossierSpanKind kind)
{
  g_return_val_if_fail (kind < DOSSIER_N_SPAN_KINDS, NULL);
  return _(kind_plural_labels[kind]);
}

/* Whole numbers get the locale's digit grouping ("," when it has none);
 * others keep up to three significant decimals. */
static char *
format_number (double value)
{
  const char *sep = localeconv ()->thousands_sep;
  g_autofree char *digits = NULL;
  GString *out;
  gsize len, first;

  if (sep == NULL || sep[0] == '\0')
    sep = ",";
  if (fabs (value) >= 1e15 || value != floor (value))
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      /* Locale-independent decimals, trimmed: 6.6, 0.25. */
      g_ascii_formatd (buf, sizeof buf, "%.3f", value);
      for (len = strlen (buf); len > 0 && buf[len - 1] == '0'; len--)
        buf[len - 1] = '\0';
      if (len > 0 && buf[len - 1] == '.')
        buf[len - 1] = '\0';
      return g_strdup (buf);
    }

  digits = g_strdup_printf ("%.0f", fabs (value));
  len = strlen (digits);
  out = g_string_new (value < 0 ? "-" : "");
  first = len % 3 == 0 ? 3 : len % 3;
  g_string_append_len (out, digits, first);
  for (gsize i = first; i < len; i += 3)
    {
      g_string_append (out, sep);
      g_string_append_len (out, digits + i, 3);
    }
  return g_string_free (out, FALSE);
}

gboolean
dossier_span_format_uses_myriads (void)
{
  /* Translators: write "myriads" if your language counts large amounts
   * in units of ten thousand and a hundred million (万 and 亿), and
   * "thousands" if it counts in millions and billions. */
  return g_str_equal (C_("amount scale", "thousands"), "myriads");
}

char *
dossier_span_format_amount (double   value,
                            gboolean myriads)
{
  g_autofree char *scaled = NULL;

  if (myriads)
    {
      if (fabs (value) >= 1e8)
        {
          scaled = format_number (round (value / 1e6) / 100);
          /* Translators: an amount in units of 10⁸, e.g. "15 hundred
           * million"; only used when "amount scale" is "myriads". */
          return g_strdup_printf (_("%s hundred million"), scaled);
        }
      if (fabs (value) >= 1e4)
        {
          scaled = format_number (round (value / 1e2) / 100);
          /* Translators: an amount in units of 10⁴, e.g. "20 ten
           * thousand"; only used when "amount scale" is "myriads". */
          return g_strdup_printf (_("%s ten thousand"), scaled);
        }
      return format_number (value);
    }
  if (fabs (value) >= 1e9)
    {
      scaled = format_number (round (value / 1e7) / 100);
      /* Translators: an amount in billions, e.g. "6.6 billion". */
      return g_strdup_printf (_("%s billion"), scaled);
    }
  if (fabs (value) >= 1e6)
    {
      scaled = format_number (round (value / 1e4) / 100);
      /* Translators: an amount in millions, e.g. "300 million". */
      return g_strdup_printf (_("%s million"), scaled);
    }
  return format_number (value);
}

/* Large amounts read better in millions and billions, or in 万 and 亿. */
static char *
format_amount (double value)
{
  return dossier_span_format_amount (value, dossier_span_format_uses_myriads ());
}

static char *
format_plain (const DossierSpan *span,
              char *(*formatter) (double))
{
  if (span->flags & DOSSIER_SPAN_HAS_VALUE)
    return formatter (span->value);
  if (span->flags & DOSSIER_SPAN_HAS_RANGE)
    {
      g_autofree char *lo = formatter (span->value_min);
      g_autofree char *hi = formatter (span->value_max);

      if (g_strcmp0 (lo, hi) == 0)
        return g_steal_pointer (&lo);
      /* Translators: an approximate range of values, e.g. "1–2 billion". */
      return g_strdup_printf (_("%s–%s"), lo, hi);
    }
  return NULL;
}

/* "chip" → "chips" for English counted nouns; other languages keep the
 * word as found. */
static char *
counted_item (const char *item,
              double      value)
{
  gsize len = strlen (item);
  gboolean ascii = TRUE;

  for (const char *p = item; *p; p++)
    if (!g_ascii_isalpha (*p) && *p != ' ' && *p != '-')
      ascii = FALSE;
  if (ascii && value != 1 && len > 0 && item[len - 1] != 's')
    return g_strconcat (item, "s", NULL);
  return g_strdup (item);
}

char *
dossier_span_format_value (const DossierSpan *span)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (span != NULL, NULL);

  switch (span->kind)
    {
    case DOSSIER_SPAN_DATE:
      return g_strdup (span->iso);

    case DOSSIER_SPAN_MONEY:
      number = format_plain (span, format_amount);
      if (number == NULL)
        return NULL;
      if (span->unit != NULL)
        return g_strdup_printf ("%s %s", span->unit, number);
      return g_steal_pointer (&number);

    case DOSSIER_SPAN_PERCENT:
      number = format_plain (span, format_number);
      return number ? g_strdup_printf ("%s%%", number) : NULL;

    case DOSSIER_SPAN_QUANTITY:
    case DOSSIER_SPAN_NUMBER:
      number = format_plain (span, format_amount);
      if (number == NULL)
        return NULL;
      if (span->item != NULL)
        {
          g_autofree char *item = counted_item (span->item, span->value);

          return g_strdup_printf ("%s %s", number, item);
        }
      if (span->unit != NULL)
        return g_strdup_printf ("%s %s", number, span->unit);
      return g_steal_pointer (&number);

    case DOSSIER_SPAN_PERSON:
    case DOSSIER_SPAN_ORGANIZATION:
    case DOSSIER_SPAN_PLACE:
    case DOSSIER_N_SPAN_KINDS:
    default:
      return NULL;
    }
}

char *
dossier_span_describe (const DossierSpan *span)
{
  g_autofree char *value = NULL;
  const char *what;

  g_return_val_if_fail (span != NULL, NULL);

  value = dossier_span_format_value (span);
  what = value ? value : span->entity_name ? span->entity_name : span->text;
  /* Translators: a highlight's kind and what it refers to, e.g.
   * "Organization: Nvidia" or "Money: USD 6.6 billion". */
  return g_strdup_printf (_("%s: %s"), dossier_span_kind_label (span->kind), what ? what : "");
}

char *
dossier_span_group_key (const DossierSpan *span)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (span != NULL, NULL);

  if (span->entity_id != NULL)
    return g_strconcat ("entity:", span->entity_id, NULL);
  if (span->kind == DOSSIER_SPAN_DATE && span->iso != NULL)
    return g_strconcat ("date:", span->iso, NULL);
  folded = g_utf8_casefold (span->text ? span->text : "", -1);
  return g_strdup_printf ("%s:%s", dossier_span_kind_to_string (span->kind), folded);
}
