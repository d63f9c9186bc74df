/* dossier-timeline-view-private.h — state shared by the timeline view and
 * its drawing code
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-timeline-view.h"

G_BEGIN_DECLS

/* One marker: an event in one lane. Days are Julian day numbers. */
typedef struct
{
  DossierEvent *event;         /* owned by the view's events array */
  double        anchor;        /* where the marker sits */
  double        first;         /* first day covered */
  double        last;          /* day after the last day covered */
  double        fuzz;          /* extra days either side for ~ and ? */
  guint         lane;
  guint8        kind;          /* DossierEventKind */
  guint8        stance;        /* DossierEventStance */
  guint8        status;        /* DossierEventStatus */
  guint         interval : 1;  /* an EDTF interval: drawn as a bar */
  guint         open_end : 1;  /* interval that goes on */
  guint         uncertain : 1;
  guint         approximate : 1;
} DossierTimelineItem;

typedef enum
{
  DOSSIER_TIMELINE_UNIT_DAY,
  DOSSIER_TIMELINE_UNIT_WEEK,
  DOSSIER_TIMELINE_UNIT_MONTH,
  DOSSIER_TIMELINE_UNIT_QUARTER,
  DOSSIER_TIMELINE_UNIT_YEAR,
} DossierTimelineUnit;

typedef struct
{
  DossierTimelineUnit unit;
  guint               step;    /* e.g. 5 with UNIT_YEAR: every five years */
} DossierTimelineTicks;

typedef struct
{
  char *id;       /* entity id; NULL for "other actors" and "no actor" */
  char *label;
} DossierTimelineLane;

struct _DossierTimelineView
{
  GtkWidget             parent_instance;

  DossierTimelineRange *range;
  GPtrArray            *events;
  GArray               *items;          /* DossierTimelineItem, by anchor */
  GArray               *item_y;         /* double per item: where it was last drawn, NAN if not */
  GArray               *lanes;          /* DossierTimelineLane */
  GHashTable           *actor_names;
  char                 *language;
  DossierTimelineLanes  lane_mode;
  double                max_before;     /* widest extent of an item before its anchor */
  double                max_after;

  DossierEvent         *selected;
  int                   focus_index;    /* into items, -1 when none */

  /* Gestures. */
  double                drag_begin_day;
  double                zoom_start_span;
  double                zoom_anchor_fraction;
  double                zoom_anchor_day;
  double                pointer_x;
};

/* Geometry computed from the font, shared by drawing and hit testing. */
typedef struct
{
  int ruler_height;
  int era_height;
  int lanes_top;
  int lane_height;
  int marker_radius;
} DossierTimelineGeometry;

/* The smallest tick unit whose ticks are at least @min_spacing pixels
 * apart at @pixels_per_day. */
DossierTimelineTicks _dossier_timeline_pick_ticks   (double               pixels_per_day,
                                                     double               min_spacing);
/* The first tick at or before @day, and the tick after @day. */
guint32              _dossier_timeline_tick_floor   (DossierTimelineTicks ticks,
                                                     guint32              day);
guint32              _dossier_timeline_tick_next    (DossierTimelineTicks ticks,
                                                     guint32              day);

/* Accessors the drawing code needs. */
const DossierTimelineItem *_dossier_timeline_view_get_items (DossierTimelineView *self,
                                                             guint               *n_items);
/* One double per item, written by the drawing code for hit testing. */
double              *_dossier_timeline_view_get_item_y      (DossierTimelineView *self);
void                 _dossier_timeline_view_get_geometry    (DossierTimelineView     *self,
                                                             DossierTimelineGeometry *geometry);
guint                _dossier_timeline_view_get_n_lanes     (DossierTimelineView *self);
const char          *_dossier_timeline_view_get_lane_label  (DossierTimelineView *self,
                                                             guint                lane);
const char          *_dossier_timeline_view_get_title       (DossierTimelineView *self,
                                                             DossierEvent        *event);
int                  _dossier_timeline_view_get_focus_index (DossierTimelineView *self);
/* Index range [*from, *to) of the items that may be visible. */
void                 _dossier_timeline_view_visible_items   (DossierTimelineView *self,
                                                             double               begin,
                                                             double               end,
                                                             guint               *from,
                                                             guint               *to);
/* x of @day within a widget @width wide, mirrored in right-to-left. */
double               _dossier_timeline_view_day_to_x        (DossierTimelineView *self,
                                                             double               day,
                                                             int                  width);

/* dossier-timeline-view.c */
void                 _dossier_timeline_view_update_accessible (DossierTimelineView *self);
char                *_dossier_timeline_locale_to_language   (const char          *locale);

/* dossier-timeline-items.c: markers and lanes from the events. */
void                 _dossier_timeline_lane_clear           (gpointer             lane);
void                 _dossier_timeline_view_rebuild_items   (DossierTimelineView *self);
const char          *_dossier_timeline_view_actor_label     (DossierTimelineView *self,
                                                             const char          *id);

/* dossier-timeline-input.c: actions, key bindings, gestures, focus. */
void                 _dossier_timeline_view_class_init_input (GtkWidgetClass     *widget_class);
void                 _dossier_timeline_view_init_input      (DossierTimelineView *self);
gboolean             _dossier_timeline_view_focus           (GtkWidget           *widget,
                                                             GtkDirectionType     direction);
const DossierTimelineItem *_dossier_timeline_view_focused_item (DossierTimelineView *self);
void                 _dossier_timeline_view_set_focus_index (DossierTimelineView *self,
                                                             int                  index);
/* The focused marker's day when the view has the focus, else the middle. */
double               _dossier_timeline_view_center          (DossierTimelineView *self);

/* The outline of a marker of @kind centred on (cx, cy). */
void                 _dossier_timeline_marker_path          (cairo_t             *cr,
                                                             guint                kind,
                                                             double               cx,
                                                             double               cy,
                                                             double               r);
/* The colour markers of @stance get in @widget's style. */
void                 _dossier_timeline_stance_color         (GtkWidget           *widget,
                                                             DossierEventStance   stance,
                                                             GdkRGBA             *color);
/* A box explaining shapes, colours and fuzzy marks (for a popover). */
GtkWidget           *_dossier_timeline_legend_new           (void);

/* Draws everything; lives in dossier-timeline-draw.c. */
void                 _dossier_timeline_draw                 (DossierTimelineView *self,
                                                             GtkSnapshot         *snapshot);

G_END_DECLS
