/* dossier-timeline-view.h — the custom-drawn timeline of events
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dossier-event.h"
#include "dossier-timeline-range.h"

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_TIMELINE_LANES_BY_TOPIC,
  DOSSIER_TIMELINE_LANES_BY_ACTOR,
} DossierTimelineLanes;

#define DOSSIER_TYPE_TIMELINE_LANES (dossier_timeline_lanes_get_type ())
GType dossier_timeline_lanes_get_type (void) G_GNUC_CONST;

#define DOSSIER_TYPE_TIMELINE_VIEW (dossier_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (DossierTimelineView, dossier_timeline_view, DOSSIER, TIMELINE_VIEW, GtkWidget)

/* The view draws a time axis, the administrations as bands and one lane
 * per topic or per actor, with a focusable marker per event and lane.
 *
 * Keys (actions of the "timeline" group): Left/Right move to the
 * previous/next marker on screen (mirrored in right-to-left locales), Up/
 * Down to the nearest marker of the lane above/below, Home/End to the first
 * and last event, Enter or Space select, +/- zoom, Ctrl+0 shows all, Page
 * Up/Down pan. The mouse: drag or scroll to pan, Ctrl+scroll or pinch to
 * zoom, click to select. */
GtkWidget            *dossier_timeline_view_new            (void);

DossierTimelineRange *dossier_timeline_view_get_range      (DossierTimelineView  *self);
void                  dossier_timeline_view_set_range      (DossierTimelineView  *self,
                                                            DossierTimelineRange *range);

/* @events holds DossierEvent* (any order); the view keeps a reference to
 * the array and expects it not to change afterwards. */
void                  dossier_timeline_view_set_events     (DossierTimelineView  *self,
                                                            GPtrArray            *events);
guint                 dossier_timeline_view_get_n_markers  (DossierTimelineView  *self);

DossierTimelineLanes  dossier_timeline_view_get_lanes      (DossierTimelineView  *self);
void                  dossier_timeline_view_set_lanes      (DossierTimelineView  *self,
                                                            DossierTimelineLanes  lanes);
/* Entity id → display name, for actor lanes and descriptions; ids without
 * a name are shown as they are. The view keeps a reference. */
void                  dossier_timeline_view_set_actor_names (DossierTimelineView *self,
                                                             GHashTable          *names);
/* Translated titles are picked for this language (BCP 47); NULL follows
 * the user's locale. */
void                  dossier_timeline_view_set_language   (DossierTimelineView  *self,
                                                            const char           *lang);

DossierEvent         *dossier_timeline_view_get_selected   (DossierTimelineView  *self);
void                  dossier_timeline_view_set_selected   (DossierTimelineView  *self,
                                                            DossierEvent         *event);
/* The event whose marker has the keyboard focus, or NULL. */
DossierEvent         *dossier_timeline_view_get_focused    (DossierTimelineView  *self);
/* Moves the focus marker to @event (its first lane) and pans to it;
 * FALSE when the event is not shown. */
gboolean              dossier_timeline_view_focus_event    (DossierTimelineView  *self,
                                                            DossierEvent         *event);
/* Zooms around the focused marker, or the centre when none has focus. */
void                  dossier_timeline_view_zoom           (DossierTimelineView  *self,
                                                            double                factor);
/* Fits the range bounds to the events (with a margin) and shows them all. */
void                  dossier_timeline_view_show_all       (DossierTimelineView  *self);

/* What a screen reader says for the focused marker. */
char                 *dossier_timeline_view_describe_event (DossierTimelineView  *self,
                                                            DossierEvent         *event);

G_END_DECLS
