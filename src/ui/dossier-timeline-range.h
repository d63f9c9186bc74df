/* dossier-timeline-range.h — the visible span of the timeline
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Days are Julian day numbers as GDate counts them (day 1 is 0001-01-01),
 * as doubles so that zooming and panning stay smooth below one day. The
 * visible range [begin, end) always lies within [lower, upper) and is at
 * least min-span days long. The ruler, the lanes and the details pane all
 * watch one range object. */

#define DOSSIER_TYPE_TIMELINE_RANGE (dossier_timeline_range_get_type ())

G_DECLARE_FINAL_TYPE (DossierTimelineRange, dossier_timeline_range, DOSSIER, TIMELINE_RANGE, GObject)

DossierTimelineRange *dossier_timeline_range_new          (double                lower,
                                                           double                upper);

double                dossier_timeline_range_get_lower    (DossierTimelineRange *self);
double                dossier_timeline_range_get_upper    (DossierTimelineRange *self);
/* Changes the limits and clamps the visible range into them. */
void                  dossier_timeline_range_set_bounds   (DossierTimelineRange *self,
                                                           double                lower,
                                                           double                upper);
double                dossier_timeline_range_get_min_span (DossierTimelineRange *self);
void                  dossier_timeline_range_set_min_span (DossierTimelineRange *self,
                                                           double                min_span);

double                dossier_timeline_range_get_begin    (DossierTimelineRange *self);
double                dossier_timeline_range_get_end      (DossierTimelineRange *self);
double                dossier_timeline_range_get_span     (DossierTimelineRange *self);
/* Shows [begin, end), clamped: a range longer than the bounds is cut to
 * them, one shorter than min-span grows around its centre, one that
 * sticks out is shifted back inside keeping its length. */
void                  dossier_timeline_range_set_visible  (DossierTimelineRange *self,
                                                           double                begin,
                                                           double                end);
/* Shows everything between lower and upper. */
void                  dossier_timeline_range_show_all     (DossierTimelineRange *self);

/* Zooms by @factor (> 1 zooms in, < 1 out) keeping @anchor_day at the
 * same place on screen. Returns TRUE when the range changed. */
gboolean              dossier_timeline_range_zoom         (DossierTimelineRange *self,
                                                           double                factor,
                                                           double                anchor_day);
/* Moves the range by @days (negative: earlier). Returns TRUE when the
 * range changed (FALSE at the limits). */
gboolean              dossier_timeline_range_pan          (DossierTimelineRange *self,
                                                           double                days);
/* Pans the least amount that makes [first, last] visible, with @margin
 * days on either side when there is room. */
gboolean              dossier_timeline_range_ensure_visible (DossierTimelineRange *self,
                                                             double                first,
                                                             double                last,
                                                             double                margin);

/* Position of @day within the visible range: 0 at begin, 1 at end. */
double                dossier_timeline_range_day_to_fraction (DossierTimelineRange *self,
                                                              double                day);
double                dossier_timeline_range_fraction_to_day (DossierTimelineRange *self,
                                                              double                fraction);

G_END_DECLS
