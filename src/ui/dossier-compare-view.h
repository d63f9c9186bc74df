/* dossier-compare-view.h — the administrations side by side, by topic
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dossier-event.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_COMPARE_VIEW (dossier_compare_view_get_type ())

G_DECLARE_FINAL_TYPE (DossierCompareView, dossier_compare_view, DOSSIER, COMPARE_VIEW, AdwBin)

/* One row per topic, a Biden column and a Trump column (both terms, each
 * event tagged with its term); each cell lists its events with their
 * date, how many passages back them and how many sources name them, and
 * sums up the stances. Events outside these administrations are left
 * out. Signal: event-activated (DossierEvent *event) when one is clicked. */
GtkWidget *dossier_compare_view_new        (void);
/* @events holds DossierEvent*, in timeline order. */
void       dossier_compare_view_set_events (DossierCompareView *self,
                                            GPtrArray          *events);
/* How many events the cell of @topic and @era shows; DOSSIER_ERA_TRUMP_1
 * and _TRUMP_2 both count the Trump column. */
guint      dossier_compare_view_count      (DossierCompareView *self,
                                            DossierEventTopic   topic,
                                            DossierEra          era);

G_END_DECLS
