/* dossier-highlighter.h — analysis spans as text tags of a buffer
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dossier-span.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_HIGHLIGHTER (dossier_highlighter_get_type ())

G_DECLARE_FINAL_TYPE (DossierHighlighter, dossier_highlighter, DOSSIER, HIGHLIGHTER, GObject)

DossierHighlighter *dossier_highlighter_new              (GtkTextBuffer      *buffer);

/* Replaces the highlights with @spans (DossierSpan*, sorted by start; the
 * array is referenced). Tags are applied in one forward walk. */
void                dossier_highlighter_set_spans        (DossierHighlighter *self,
                                                          GPtrArray          *spans);
GPtrArray          *dossier_highlighter_get_spans        (DossierHighlighter *self);
void                dossier_highlighter_clear            (DossierHighlighter *self);

/* Colours for the current style: dark and high contrast change them. */
void                dossier_highlighter_set_style        (DossierHighlighter *self,
                                                          gboolean            dark,
                                                          gboolean            high_contrast);
void                dossier_highlighter_set_kind_visible (DossierHighlighter *self,
                                                          DossierSpanKind     kind,
                                                          gboolean            visible);
gboolean            dossier_highlighter_get_kind_visible (DossierHighlighter *self,
                                                          DossierSpanKind     kind);
GtkTextTag         *dossier_highlighter_get_tag          (DossierHighlighter *self,
                                                          DossierSpanKind     kind);

/* The span covering code-point @offset, or NULL. */
const DossierSpan  *dossier_highlighter_span_at          (DossierHighlighter *self,
                                                          guint               offset);
/* Index of the next span after @offset (wrapping) that refers to the same
 * thing as @span (same entity, or same kind and text); -1 when none. */
int                 dossier_highlighter_next_mention     (DossierHighlighter *self,
                                                          const DossierSpan  *span,
                                                          guint               offset);

/* The background colour of a kind in the given style (for legends). */
void                dossier_highlighter_kind_colour      (DossierSpanKind     kind,
                                                          gboolean            dark,
                                                          GdkRGBA            *rgba);

G_END_DECLS
