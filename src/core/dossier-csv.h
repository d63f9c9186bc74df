/* dossier-csv.h — fields of the CSV exports
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/* Appends one field, after a comma unless @first; NULL is an empty field.
 * RFC 4180: a field holding a comma, a double quote or a line break is
 * enclosed in double quotes, with its double quotes doubled; with
 * @quote_edge_spaces so is one that starts or ends with a space, which
 * some spreadsheets would otherwise trim. */
static inline void
dossier_csv_append_field (GString    *out,
                          const char *value,
                          gboolean    first,
                          gboolean    quote_edge_spaces)
{
  if (!first)
    g_string_append_c (out, ',');
  if (value == NULL)
    return;
  if (strpbrk (value, ",\"\r\n") == NULL &&
      !(quote_edge_spaces && value[0] != '\0' &&
        (value[0] == ' ' || value[strlen (value) - 1] == ' ')))
    {
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

G_END_DECLS
