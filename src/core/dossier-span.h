/* dossier-span.h — one highlighted stretch of an article body
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_SPAN_PERSON,
  DOSSIER_SPAN_ORGANIZATION,
  DOSSIER_SPAN_PLACE,
  DOSSIER_SPAN_MONEY,
  DOSSIER_SPAN_QUANTITY,
  DOSSIER_SPAN_PERCENT,
  DOSSIER_SPAN_NUMBER,
  DOSSIER_SPAN_DATE,
  DOSSIER_N_SPAN_KINDS
} DossierSpanKind;

typedef enum
{
  DOSSIER_SPAN_HAS_VALUE = 1 << 0,   /* value is exact */
  DOSSIER_SPAN_HAS_RANGE = 1 << 1,   /* value_min / value_max hold an approximate amount */
  DOSSIER_SPAN_PACKED    = 1 << 2,   /* internal: the strings share the span's memory */
} DossierSpanFlags;

#define DOSSIER_TYPE_SPAN (dossier_span_get_type ())

/* Offsets count Unicode code points of the article body; end is exclusive. */
typedef struct
{
  guint            start;
  guint            end;
  DossierSpanKind  kind;
  DossierSpanFlags flags;
  char            *text;         /* the covered text, UTF-8 */
  char            *entity_id;    /* linked entity, or NULL */
  char            *entity_name;  /* its canonical name, or NULL */
  double           value;
  double           value_min;
  double           value_max;
  char            *unit;         /* ISO 4217 for money, unit name otherwise */
  char            *item;         /* counted noun, e.g. "chip" */
  char            *iso;          /* dates: YYYY, YYYY-MM, YYYY-MM-DD or A/B */
  double           confidence;   /* 0–1; 1 for exact pack matches */
} DossierSpan;

GType         dossier_span_get_type       (void) G_GNUC_CONST;
DossierSpan  *dossier_span_new            (DossierSpanKind    kind,
                                           guint              start,
                                           guint              end,
                                           const char        *text);
DossierSpan  *dossier_span_copy           (const DossierSpan *span);
void          dossier_span_free           (DossierSpan       *span);
void          dossier_span_set_value      (DossierSpan       *span,
                                           double             value);
void          dossier_span_set_range      (DossierSpan       *span,
                                           double             value_min,
                                           double             value_max);
void          dossier_span_set_entity     (DossierSpan       *span,
                                           const char        *entity_id,
                                           const char        *entity_name);
gint          dossier_span_compare        (gconstpointer      a,
                                           gconstpointer      b);

const char   *dossier_span_kind_to_string (DossierSpanKind    kind);
gboolean      dossier_span_kind_from_string (const char      *name,
                                             DossierSpanKind *kind);
gboolean      dossier_span_kind_is_entity (DossierSpanKind    kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierSpan, dossier_span_free)

G_END_DECLS
