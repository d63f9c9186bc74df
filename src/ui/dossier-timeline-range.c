/* dossier-timeline-range.c — the visible span of the timeline
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "dossier-timeline-range.h"

struct _DossierTimelineRange
{
  GObject parent_instance;

  double  lower;
  double  upper;
  double  min_span;
  double  begin;
  double  end;
};

G_DEFINE_FINAL_TYPE (DossierTimelineRange, dossier_timeline_range, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LOWER,
  PROP_UPPER,
  PROP_MIN_SPAN,
  PROP_BEGIN,
  PROP_END,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Below this, two days compare equal: avoids notifying for rounding noise. */
#define EPSILON 1e-9

static gboolean
days_differ (double a,
             double b)
{
  return fabs (a - b) > EPSILON;
}

/* Applies the clamping rules of set_visible() and notifies. */
static gboolean
apply_visible (DossierTimelineRange *self,
               double                begin,
               double                end)
{
  double max_span = self->upper - self->lower;
  double min_span = MIN (self->min_span, max_span);
  double span;
  gboolean begin_changed, end_changed;

  if (end < begin)
    {
      double tmp = begin;
      begin = end;
      end = tmp;
    }
  span = end - begin;

  if (span >= max_span)
    {
      begin = self->lower;
      span = max_span;
    }
  else if (span < min_span)
    {
      double centre = (begin + end) / 2.0;

      span = min_span;
      begin = centre - span / 2.0;
    }

  if (begin < self->lower)
    begin = self->lower;
  if (begin + span > self->upper)
    begin = self->upper - span;
  end = begin + span;

  begin_changed = days_differ (begin, self->begin);
  end_changed = days_differ (end, self->end);
  if (!begin_changed && !end_changed)
    return FALSE;

  self->begin = begin;
  self->end = end;

  g_object_freeze_notify (G_OBJECT (self));
  if (begin_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BEGIN]);
  if (end_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

static void
dossier_timeline_range_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  DossierTimelineRange *self = DOSSIER_TIMELINE_RANGE (object);

  switch (prop_id)
    {
    case PROP_LOWER:
      g_value_set_double (value, self->lower);
      break;
    case PROP_UPPER:
      g_value_set_double (value, self->upper);
      break;
    case PROP_MIN_SPAN:
      g_value_set_double (value, self->min_span);
      break;
    case PROP_BEGIN:
      g_value_set_double (value, self->begin);
      break;
    case PROP_END:
      g_value_set_double (value, self->end);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_range_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  DossierTimelineRange *self = DOSSIER_TIMELINE_RANGE (object);

  switch (prop_id)
    {
    case PROP_LOWER:
      dossier_timeline_range_set_bounds (self, g_value_get_double (value), MAX (self->upper, g_value_get_double (value) + 1));
      break;
    case PROP_UPPER:
      dossier_timeline_range_set_bounds (self, MIN (self->lower, g_value_get_double (value) - 1), g_value_get_double (value));
      break;
    case PROP_MIN_SPAN:
      dossier_timeline_range_set_min_span (self, g_value_get_double (value));
      break;
    case PROP_BEGIN:
      dossier_timeline_range_set_visible (self, g_value_get_double (value), MAX (self->end, g_value_get_double (value)));
      break;
    case PROP_END:
      dossier_timeline_range_set_visible (self, MIN (self->begin, g_value_get_double (value)), g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_range_class_init (DossierTimelineRangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = dossier_timeline_range_get_property;
  object_class->set_property = dossier_timeline_range_set_property;

  properties[PROP_LOWER] =
    g_param_spec_double ("lower", NULL, NULL, 0, G_MAXUINT32, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_UPPER] =
    g_param_spec_double ("upper", NULL, NULL, 1, G_MAXUINT32, 1,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MIN_SPAN] =
    g_param_spec_double ("min-span", NULL, NULL, 0.01, G_MAXUINT32, 7,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BEGIN] =
    g_param_spec_double ("begin", NULL, NULL, 0, G_MAXUINT32, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_END] =
    g_param_spec_double ("end", NULL, NULL, 0, G_MAXUINT32, 1,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted once after begin and/or end changed. */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
dossier_timeline_range_init (DossierTimelineRange *self)
{
  self->lower = 0;
  self->upper = 1;
  self->min_span = 7;
  self->begin = 0;
  self->end = 1;
}

DossierTimelineRange *
dossier_timeline_range_new (double lower,
                            double upper)
{
  DossierTimelineRange *self;

  g_return_val_if_fail (isfinite (lower) && isfinite (upper), NULL);
  g_return_val_if_fail (upper > lower, NULL);

  self = g_object_new (DOSSIER_TYPE_TIMELINE_RANGE, NULL);
  self->lower = lower;
  self->upper = upper;
  self->begin = lower;
  self->end = upper;
  return self;
}

double
dossier_timeline_range_get_lower (DossierTimelineRange *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_RANGE (self), 0);

  return self->lower;
}

double
dossier_timeline_range_get_upper (DossierTimelineRange *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_RANGE (self), 0);

  return self->upper;
}

void
dossier_timeline_range_set_bounds (DossierTimelineRange *self,
                                   double                lower,
                                   double                upper)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_RANGE (self));
  g_return_if_fail (isfinite (lower) && isfinite (upper));
  g_return_if_fail (upper > lower);

  g_object_freeze_notify (G_OBJECT (self));
  if (days_differ (lower, self->lower))
    {
      self->lower = lower;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOWER]);
    }
  if (days_differ (upper, self->upper))
    {
      self->upper = upper;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPPER]);
    }
  apply_visible (self, self->begin, self->end);
  g_object_thaw_notify (G_OBJECT (self));
}

double
dossier_timeline_range_get_min_span (DossierTimelineRange *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_RANGE (self), 0);

  return self->min_span;
}

void
dossier_timeline_range_set_min_span (DossierTimelineRange *self,
                                     double                min_span)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_RANGE (self));
  g_return_if_fail (isfinite (min_span) && min_span > 0);

  if (!days_differ (min_span, self->min_span))
    return;

  self->min_span = min_span;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIN_SPAN]);
  apply_visible (self, self->begin, self->end);
}

double
dossier_timeline_range_get_begin (DossierTimelineRange *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_RANGE (self), 0);

  return self->begin;
}

double
dossier_timeline_range_get_end (DossierTimelineRange *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_RANGE (self), 0);

  return self->end;
}

double
dossier_timeline_range_get_span (DossierTimelineRange *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_RANGE (self), 0);

  return self->end - self->begin;
}

void
dossier_timeline_range_set_visible (DossierTimelineRange *self,
                                    double                begin,
                                    double                end)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_RANGE (self));
  g_return_if_fail (isfinite (begin) && isfinite (end));

  apply_visible (self, begin, end);
}

void
dossier_timeline_range_show_all (DossierTimelineRange *self)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_RANGE (self));

  apply_visible (self, self->lower, self->upper);
}

gboolean
dossier_timeline_range_zoom (DossierTimelineRange *self,
                             double                factor,
                             double                anchor_day)
{
  double span, new_span, fraction, begin;

  g_return_val_if_fail (DOSSIER_IS_TIMELINE_RANGE (self), FALSE);
  g_return_val_if_fail (isfinite (factor) && factor > 0, FALSE);
  g_return_val_if_fail (isfinite (anchor_day), FALSE);

  span = self->end - self->begin;
  new_span = span / factor;
  new_span = CLAMP (new_span, MIN (self->min_span, self->upper - self->lower),
                    self->upper - self->lower);
  if (!days_differ (new_span, span))
    return FALSE;

  /* Keep the anchor where it is on screen; an anchor outside the view
   * still works, it just pulls the view towards it. */
  fraction = (anchor_day - self->begin) / span;
  begin = anchor_day - fraction * new_span;
  return apply_visible (self, begin, begin + new_span);
}

gboolean
dossier_timeline_range_pan (DossierTimelineRange *self,
                            double                days)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_RANGE (self), FALSE);
  g_return_val_if_fail (isfinite (days), FALSE);

  return apply_visible (self, self->begin + days, self->end + days);
}

gboolean
dossier_timeline_range_ensure_visible (DossierTimelineRange *self,
                                       double                first,
                                       double                last,
                                       double                margin)
{
  double span;

  g_return_val_if_fail (DOSSIER_IS_TIMELINE_RANGE (self), FALSE);
  g_return_val_if_fail (isfinite (first) && isfinite (last) && isfinite (margin), FALSE);

  if (last < first)
    {
      double tmp = first;
      first = last;
      last = tmp;
    }
  span = self->end - self->begin;
  margin = MAX (margin, 0);
  if (last - first + 2 * margin > span)
    {
      /* Too long to fit with margins: show its start, which is what the
       * marker sits on. */
      if (first >= self->begin && first <= self->end)
        return FALSE;
      return apply_visible (self, first - margin, first - margin + span);
    }
  if (first - margin < self->begin)
    return apply_visible (self, first - margin, first - margin + span);
  if (last + margin > self->end)
    return apply_visible (self, last + margin - span, last + margin);
  return FALSE;
}

double
dossier_timeline_range_day_to_fraction (DossierTimelineRange *self,
                                        double                day)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_RANGE (self), 0);

  return (day - self->begin) / (self->end - self->begin);
}

double
dossier_timeline_range_fraction_to_day (DossierTimelineRange *self,
                                        double                fraction)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_RANGE (self), 0);

  return self->begin + fraction * (self->end - self->begin);
}
