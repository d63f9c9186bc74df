/* dossier-annotation-gutter.h — side bars beside annotated passages
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DOSSIER_TYPE_ANNOTATION_GUTTER (dossier_annotation_gutter_get_type ())

G_DECLARE_FINAL_TYPE (DossierAnnotationGutter, dossier_annotation_gutter, DOSSIER, ANNOTATION_GUTTER, GtkWidget)

GtkWidget *dossier_annotation_gutter_new   (GtkTextView             *view);
/* Drops every bar. */
void       dossier_annotation_gutter_clear (DossierAnnotationGutter *self);
/* One bar from code point @start to @end in @colour; overlapping bars are
 * put side by side so that each stays visible. */
void       dossier_annotation_gutter_add   (DossierAnnotationGutter *self,
                                            guint                    start,
                                            guint                    end,
                                            const GdkRGBA           *colour);
guint      dossier_annotation_gutter_get_n_lanes (DossierAnnotationGutter *self);

G_END_DECLS
