/* dossier-json-lines.h — the lines of `dossier-cli analyze --jsonl`: its
 * input read without building a JSON tree, its spans written by hand
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dossier-span.h"

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_JSON_LINE_ID_NULL,     /* missing or null */
  DOSSIER_JSON_LINE_ID_STRING,
  DOSSIER_JSON_LINE_ID_INTEGER,
} DossierJsonLineIdKind;

/* The members of one request; the strings point into the line, which the
 * reader decodes in place. */
typedef struct
{
  DossierJsonLineIdKind  id_kind;
  const char            *id;         /* DOSSIER_JSON_LINE_ID_STRING */
  gsize                  id_len;
  gint64                 id_integer; /* DOSSIER_JSON_LINE_ID_INTEGER */
  const char            *text;
  gsize                  text_len;
  const char            *lang;       /* NULL when missing or not a string */
  const char            *ref_date;   /* same */
} DossierJsonLine;

/* Reads @line (@len bytes, NUL-terminated), a JSON object with a string
 * member "text". Returns TRUE and fills @out, decoding the strings in place,
 * for well-formed UTF-8 JSON of the usual shape. Returns FALSE, leaving
 * @line untouched, for anything else: text that is not JSON, that is not
 * an object, has no string "text", repeats a member the analyzer reads, an
 * id that is neither a string, null nor a small integer, escapes of U+0000
 * or of lone surrogates, bytes that are not UTF-8. The caller then reads
 * the line with a general JSON parser, which explains what is wrong or
 * decides how such input reads. */
gboolean dossier_json_line_read (char            *line,
                                 gsize            len,
                                 DossierJsonLine *out);

/* Appends ,"spans":[…] to @out: @spans (DossierSpan*) as
 * `dossier-cli analyze` prints them. */
void     dossier_json_line_append_spans (GString         *out,
                                         GPtrArray       *spans);

G_END_DECLS
