/* dossier-entity-pane.h — what the open article mentions, by kind
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DOSSIER_TYPE_ENTITY_PANE (dossier_entity_pane_get_type ())

G_DECLARE_FINAL_TYPE (DossierEntityPane, dossier_entity_pane, DOSSIER, ENTITY_PANE, GtkWidget)

GtkWidget *dossier_entity_pane_new       (void);
/* @spans: DossierSpan*, sorted; NULL empties the pane. Emits
 * ::mention-activated (span index) when a row is clicked: the first
 * mention, then the following ones on each click. */
void       dossier_entity_pane_set_spans (DossierEntityPane *self,
                                          GPtrArray         *spans);
/* Rows shown, for tests: one per distinct entity, figure or date. */
guint      dossier_entity_pane_get_n_rows (DossierEntityPane *self);

G_END_DECLS
