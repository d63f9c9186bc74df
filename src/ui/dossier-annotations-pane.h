/* dossier-annotations-pane.h — a list of annotations, per article or for
 * the whole library, filterable by tag
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dossier-annotation.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ANNOTATIONS_PANE (dossier_annotations_pane_get_type ())

G_DECLARE_FINAL_TYPE (DossierAnnotationsPane, dossier_annotations_pane, DOSSIER, ANNOTATIONS_PANE, GtkWidget)

/* Signals: ::activated (DossierAnnotation) jump to the passage,
 * ::edit (DossierAnnotation), ::delete (DossierAnnotation). */
GtkWidget *dossier_annotations_pane_new          (gboolean                library_wide);
/* @annotations: DossierAnnotation*; @orphans (nullable): annotations of an
 * earlier version of the article that could not be placed in this one;
 * @titles (nullable): article id → title, shown in the library-wide list. */
void       dossier_annotations_pane_set_annotations (DossierAnnotationsPane *self,
                                                     GPtrArray              *annotations,
                                                     GPtrArray              *orphans,
                                                     GHashTable             *titles);
/* Tag paths offered by the filter (library-wide list only). */
void       dossier_annotations_pane_set_tags     (DossierAnnotationsPane *self,
                                                  GPtrArray              *tags);
/* Shows only annotations with @path or a tag below it; NULL for all. */
void       dossier_annotations_pane_set_filter   (DossierAnnotationsPane *self,
                                                  const char             *path);
guint      dossier_annotations_pane_get_n_shown  (DossierAnnotationsPane *self);
guint      dossier_annotations_pane_get_n_orphans (DossierAnnotationsPane *self);

G_END_DECLS
