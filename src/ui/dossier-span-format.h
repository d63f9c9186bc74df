/* dossier-span-format.h — words for highlight kinds and normalised values
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dossier-span.h"

G_BEGIN_DECLS

/* "Person", "Organization"… translated. */
const char *dossier_span_kind_label        (DossierSpanKind    kind);
/* Plural heading for panes: "People", "Organizations"… translated. */
const char *dossier_span_kind_plural_label (DossierSpanKind    kind);
/* The normalised value: "200,000 chips", "USD 6.6 billion", "15%",
 * "2025-05-11"; NULL when the span carries no value. */
char       *dossier_span_format_value      (const DossierSpan *span);
/* An amount in the scale words of the interface language: "6.6 billion",
 * "300 million", or with @myriads "15 hundred million" (15亿) and "20 ten
 * thousand" (20万); smaller amounts in digits. */
char       *dossier_span_format_amount     (double             value,
                                            gboolean           myriads);
/* Whether the interface language counts in 万 and 亿 (its translators
 * say so). */
gboolean    dossier_span_format_uses_myriads (void);
/* A one-line description for screen readers and tooltips:
 * "Organization: Nvidia" or "Money: USD 6.6 billion". */
char       *dossier_span_describe          (const DossierSpan *span);
/* The key grouping mentions of the same thing: entity id when linked,
 * otherwise kind + folded text. */
char       *dossier_span_group_key         (const DossierSpan *span);

G_END_DECLS
