/* dossier-timeline-view.c — the custom-drawn timeline of events
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dossier-timeline-view-private.h"

/* Actors with the most events get a lane each; the rest share one. */
#define MAX_ACTOR_LANES 8
/* Zoom step of one key press or button click. */
#define ZOOM_STEP 1.5
/* Pixels one wheel notch pans. */
#define WHEEL_PIXELS 48.0

typedef struct
{
  char *id;       /* entity id; NULL for "other actors" and "no actor" */
  char *label;
} Lane;

struct _DossierTimelineView
{
  GtkWidget             parent_instance;

  DossierTimelineRange *range;
  GPtrArray            *events;
  GArray               *items;          /* DossierTimelineItem, by anchor */
  GArray               *lanes;          /* Lane */
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

G_DEFINE_FINAL_TYPE (DossierTimelineView, dossier_timeline_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RANGE,
  PROP_LANES,
  PROP_SELECTED,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GType
dossier_timeline_lanes_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { DOSSIER_TIMELINE_LANES_BY_TOPIC, "DOSSIER_TIMELINE_LANES_BY_TOPIC", "by-topic" },
        { DOSSIER_TIMELINE_LANES_BY_ACTOR, "DOSSIER_TIMELINE_LANES_BY_ACTOR", "by-actor" },
        { 0, NULL, NULL },
      };
      GType type = g_enum_register_static (g_intern_static_string ("DossierTimelineLanes"), values);

      g_once_init_leave (&type_id, type);
    }
  return type_id;
}

static void
lane_clear (gpointer data)
{
  Lane *lane = data;

  g_clear_pointer (&lane->id, g_free);
  g_clear_pointer (&lane->label, g_free);
}

/* "zh_CN.UTF-8" → "zh-CN"; "C" → "en". */
static char *
locale_to_language (const char *locale)
{
  g_autofree char *lang = g_strdup (locale);
  char *cut;

  if ((cut = strpbrk (lang, ".@")))
    *cut = '\0';
  if (g_str_equal (lang, "C") || g_str_equal (lang, "POSIX") || lang[0] == '\0')
    return g_strdup ("en");
  g_strdelimit (lang, "_", '-');
  return g_steal_pointer (&lang);
}

static const char *
actor_label (DossierTimelineView *self,
             const char          *id)
{
  const char *name = NULL;

  if (self->actor_names != NULL)
    name = g_hash_table_lookup (self->actor_names, id);
  return name != NULL ? name : id;
}

/* Days either side that "~" and "?" add, by precision. */
static double
fuzz_for_precision (DossierEdtfPrecision precision)
{
  switch (precision)
    {
    case DOSSIER_EDTF_PRECISION_DAY:
      return 7;
    case DOSSIER_EDTF_PRECISION_MONTH:
      return 30;
    case DOSSIER_EDTF_PRECISION_YEAR:
    default:
      return 182;
    }
}

static double
today_julian (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
  return g_date_get_julian (&date);
}

/* Fills the day fields of @item from the event's date; FALSE when the
 * date cannot be placed. */
static gboolean
item_set_dates (DossierTimelineItem *item,
                DossierEvent        *event)
{
  DossierEdtf edtf;
  DossierEdtfPrecision precision;

  if (!dossier_event_get_edtf (event, &edtf))
    return FALSE;

  precision = dossier_edtf_get_precision (&edtf);
  item->uncertain = dossier_edtf_is_uncertain (&edtf);
  item->approximate = dossier_edtf_is_approximate (&edtf);
  item->fuzz = (item->uncertain || item->approximate) ? fuzz_for_precision (precision) : 0;

  if (!edtf.is_interval)
    {
      item->first = dossier_edtf_get_earliest (&edtf);
      item->last = (double) dossier_edtf_get_latest (&edtf) + 1;
      item->anchor = (item->first + item->last) / 2.0;
      return TRUE;
    }

  item->interval = TRUE;
  if (edtf.start.kind == DOSSIER_EDTF_POINT_DATE)
    item->first = dossier_edtf_point_get_earliest (&edtf.start);
  else if (edtf.end.kind == DOSSIER_EDTF_POINT_DATE)
    item->first = dossier_edtf_point_get_earliest (&edtf.end);
  else
    return FALSE;

  if (edtf.end.kind == DOSSIER_EDTF_POINT_DATE)
    item->last = (double) dossier_edtf_point_get_latest (&edtf.end) + 1;
  else
    {
      /* An open or unknown end runs to today, drawn fading out. */
      item->open_end = TRUE;
      item->last = MAX (today_julian (), item->first + 1);
    }
  item->anchor = item->first + 0.5;
  return TRUE;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const DossierTimelineItem *ia = a, *ib = b;

  if (ia->anchor != ib->anchor)
    return ia->anchor < ib->anchor ? -1 : 1;
  if (ia->lane != ib->lane)
    return ia->lane < ib->lane ? -1 : 1;
  return g_strcmp0 (dossier_event_get_uid (ia->event), dossier_event_get_uid (ib->event));
}

typedef struct
{
  const char *id;
  guint       count;
} ActorCount;

static int
compare_actor_counts (gconstpointer a,
                      gconstpointer b)
{
  const ActorCount *ca = a, *cb = b;

  if (ca->count != cb->count)
    return ca->count > cb->count ? -1 : 1;
  return g_strcmp0 (ca->id, cb->id);
}

static void
add_lane (DossierTimelineView *self,
          const char          *id,
          const char          *label)
{
  Lane lane = { g_strdup (id), g_strdup (label) };

  g_array_append_val (self->lanes, lane);
}

/* Lanes by actor: the most frequent actors, then "Other actors" and
 * "No actor" when needed. Returns id → lane index for the named ones. */
static GHashTable *
build_actor_lanes (DossierTimelineView *self,
                   gboolean            *need_other,
                   gboolean            *need_none)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (ActorCount));
  GHashTable *lane_of = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;

  *need_other = *need_none = FALSE;
  for (guint i = 0; self->events != NULL && i < self->events->len; i++)
    {
      GPtrArray *actors = dossier_event_get_actors (g_ptr_array_index (self->events, i));

      if (actors->len == 0)
        *need_none = TRUE;
      for (guint j = 0; j < actors->len; j++)
        {
          const char *id = g_ptr_array_index (actors, j);

          g_hash_table_insert (counts, (gpointer) id,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, id)) + 1));
        }
    }

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      ActorCount count = { key, GPOINTER_TO_UINT (value) };

      g_array_append_val (sorted, count);
    }
  g_array_sort (sorted, compare_actor_counts);

  for (guint i = 0; i < sorted->len; i++)
    {
      const ActorCount *count = &g_array_index (sorted, ActorCount, i);

      if (i >= MAX_ACTOR_LANES)
        {
          *need_other = TRUE;
          break;
        }
      g_hash_table_insert (lane_of, (gpointer) count->id, GUINT_TO_POINTER (self->lanes->len));
      add_lane (self, count->id, actor_label (self, count->id));
    }
  return lane_of;
}

static void
append_item (DossierTimelineView       *self,
             const DossierTimelineItem *model,
             guint                      lane)
{
  DossierTimelineItem item = *model;

  item.lane = lane;
  g_array_append_val (self->items, item);
}

static void
rebuild_items (DossierTimelineView *self)
{
  DossierEvent *focused = dossier_timeline_view_get_focused (self);
  guint focused_lane = focused ? g_array_index (self->items, DossierTimelineItem, self->focus_index).lane : 0;
  g_autoptr(DossierEvent) keep_focus = focused ? g_object_ref (focused) : NULL;
  g_autoptr(GHashTable) lane_of = NULL;
  gboolean need_other = FALSE, need_none = FALSE;
  guint other_lane = 0, none_lane = 0;

  g_array_set_size (self->items, 0);
  g_array_set_size (self->lanes, 0);
  self->focus_index = -1;
  self->max_before = self->max_after = 0;

  if (self->lane_mode == DOSSIER_TIMELINE_LANES_BY_TOPIC)
    {
      for (guint t = 0; t < DOSSIER_N_EVENT_TOPICS; t++)
        add_lane (self, dossier_event_topic_to_string (t), dossier_event_topic_get_label (t));
    }
  else
    {
      lane_of = build_actor_lanes (self, &need_other, &need_none);
      if (need_other)
        {
          other_lane = self->lanes->len;
          add_lane (self, NULL, _("Other actors"));
        }
      if (need_none)
        {
          none_lane = self->lanes->len;
          add_lane (self, NULL, _("No actor"));
        }
    }

  for (guint i = 0; self->events != NULL && i < self->events->len; i++)
    {
      DossierEvent *event = g_ptr_array_index (self->events, i);
      DossierTimelineItem item = { 0 };

      item.event = event;
      if (!item_set_dates (&item, event))
        continue;
      item.kind = dossier_event_get_kind (event);
      item.stance = dossier_event_get_stance (event);
      item.status = dossier_event_get_status (event);

      if (self->lane_mode == DOSSIER_TIMELINE_LANES_BY_TOPIC)
        append_item (self, &item, dossier_event_get_topic (event));
      else
        {
          GPtrArray *actors = dossier_event_get_actors (event);
          gboolean in_other = FALSE;

          if (actors->len == 0)
            append_item (self, &item, none_lane);
          for (guint j = 0; j < actors->len; j++)
            {
              gpointer lane;

              if (g_hash_table_lookup_extended (lane_of, g_ptr_array_index (actors, j), NULL, &lane))
                append_item (self, &item, GPOINTER_TO_UINT (lane));
              else if (!in_other)
                {
                  in_other = TRUE;
                  append_item (self, &item, other_lane);
                }
            }
        }
    }

  g_array_sort (self->items, compare_items);

  for (guint i = 0; i < self->items->len; i++)
    {
      const DossierTimelineItem *item = &g_array_index (self->items, DossierTimelineItem, i);

      self->max_before = MAX (self->max_before, item->anchor - (item->first - item->fuzz));
      self->max_after = MAX (self->max_after, (item->last + item->fuzz) - item->anchor);
      if (keep_focus != NULL && item->event == keep_focus &&
          (self->focus_index < 0 || item->lane == focused_lane))
        self->focus_index = i;
    }

  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static const DossierTimelineItem *
focused_item (DossierTimelineView *self)
{
  if (self->focus_index < 0 || (guint) self->focus_index >= self->items->len)
    return NULL;
  return &g_array_index (self->items, DossierTimelineItem, self->focus_index);
}

static void
update_accessible (DossierTimelineView *self)
{
  const DossierTimelineItem *item = focused_item (self);
  g_autofree char *description = NULL;

  if (item != NULL)
    description = dossier_timeline_view_describe_event (self, item->event);
  else
    {
      guint n = self->events != NULL ? self->events->len : 0;

      description = g_strdup_printf (ngettext ("%u event", "%u events", n), n);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* Moves the focus marker to @index and pans to show it. */
static void
set_focus_index (DossierTimelineView *self,
                 int                  index)
{
  const DossierTimelineItem *item;

  if (self->items->len == 0)
    return;
  index = CLAMP (index, 0, (int) self->items->len - 1);
  self->focus_index = index;
  item = focused_item (self);
  if (self->range != NULL)
    {
      double margin = dossier_timeline_range_get_span (self->range) * 0.05;

      dossier_timeline_range_ensure_visible (self->range, item->anchor, item->anchor, margin);
    }
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The first item whose anchor is in view, or the nearest one. */
static int
first_visible_index (DossierTimelineView *self,
                     gboolean             from_end)
{
  double begin, end;
  guint from, to;

  if (self->items->len == 0)
    return -1;
  if (self->range == NULL)
    return from_end ? (int) self->items->len - 1 : 0;

  begin = dossier_timeline_range_get_begin (self->range);
  end = dossier_timeline_range_get_end (self->range);
  _dossier_timeline_view_visible_items (self, begin, end, &from, &to);
  if (!from_end)
    {
      for (guint i = from; i < to; i++)
        if (g_array_index (self->items, DossierTimelineItem, i).anchor >= begin)
          return i;
      return MIN (from, self->items->len - 1);
    }
  for (guint i = to; i > from; i--)
    if (g_array_index (self->items, DossierTimelineItem, i - 1).anchor <= end)
      return i - 1;
  return MAX ((int) MIN (to, self->items->len) - 1, 0);
}

/* Nearest item in @lane to @day, or -1. */
static int
nearest_in_lane (DossierTimelineView *self,
                 guint                lane,
                 double               day)
{
  int best = -1;
  double best_distance = G_MAXDOUBLE;

  for (guint i = 0; i < self->items->len; i++)
    {
      const DossierTimelineItem *item = &g_array_index (self->items, DossierTimelineItem, i);
      double distance;

      if (item->lane != lane)
        continue;
      distance = fabs (item->anchor - day);
      if (distance < best_distance)
        {
          best = i;
          best_distance = distance;
        }
      else if (item->anchor > day)
        break;
    }
  return best;
}

static void
move_focus_by (DossierTimelineView *self,
               int                  delta)
{
  if (self->items->len == 0)
    return;
  if (self->focus_index < 0)
    set_focus_index (self, first_visible_index (self, delta < 0));
  else
    set_focus_index (self, self->focus_index + delta);
}

static double
view_center (DossierTimelineView *self)
{
  const DossierTimelineItem *item = focused_item (self);

  if (item != NULL && gtk_widget_has_focus (GTK_WIDGET (self)))
    return item->anchor;
  return (dossier_timeline_range_get_begin (self->range) + dossier_timeline_range_get_end (self->range)) / 2.0;
}

static double
x_to_day (DossierTimelineView *self,
          double               x)
{
  int width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);
  double fraction = x / width;

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    fraction = 1.0 - fraction;
  return dossier_timeline_range_fraction_to_day (self->range, fraction);
}

static double
days_per_pixel (DossierTimelineView *self)
{
  int width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);

  return dossier_timeline_range_get_span (self->range) / width;
}

/* The marker under (x, y), or -1. */
static int
hit_test (DossierTimelineView *self,
          double               x,
          double               y)
{
  DossierTimelineGeometry geometry;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  double slop, day, best_distance = G_MAXDOUBLE;
  guint lane, from, to;
  int best = -1;

  if (self->range == NULL || self->items->len == 0)
    return -1;
  _dossier_timeline_view_get_geometry (self, &geometry);
  if (y < geometry.lanes_top || geometry.lane_height <= 0)
    return -1;
  lane = (guint) ((y - geometry.lanes_top) / geometry.lane_height);
  if (lane >= self->lanes->len)
    return -1;

  slop = (geometry.marker_radius + 3) * days_per_pixel (self);
  day = x_to_day (self, x);
  _dossier_timeline_view_visible_items (self, day - slop, day + slop, &from, &to);
  for (guint i = from; i < to; i++)
    {
      const DossierTimelineItem *item = &g_array_index (self->items, DossierTimelineItem, i);
      double distance;

      if (item->lane != lane)
        continue;
      distance = fabs (_dossier_timeline_view_day_to_x (self, item->anchor, width) - x);
      if (distance <= geometry.marker_radius + 3 && distance < best_distance)
        {
          best = i;
          best_distance = distance;
        }
    }
  return best;
}

/* ---- Actions ---- */

static void
move_horizontal_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);
  int delta = g_str_equal (action_name, "timeline.move-right") ? 1 : -1;

  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    delta = -delta;
  move_focus_by (self, delta);
}

static void
move_step_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_focus_by (DOSSIER_TIMELINE_VIEW (widget), g_str_equal (action_name, "timeline.next") ? 1 : -1);
}

static void
move_vertical_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);
  const DossierTimelineItem *item = focused_item (self);
  int step = g_str_equal (action_name, "timeline.move-down") ? 1 : -1;

  if (item == NULL)
    {
      move_focus_by (self, 1);
      return;
    }
  /* Skip empty lanes. */
  for (int lane = (int) item->lane + step; lane >= 0 && lane < (int) self->lanes->len; lane += step)
    {
      int index = nearest_in_lane (self, lane, item->anchor);

      if (index >= 0)
        {
          set_focus_index (self, index);
          return;
        }
    }
  gtk_widget_error_bell (widget);
}

static void
move_end_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);

  if (self->items->len > 0)
    set_focus_index (self, g_str_equal (action_name, "timeline.first") ? 0 : (int) self->items->len - 1);
}

static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);
  const DossierTimelineItem *item = focused_item (self);

  if (item == NULL)
    return;
  dossier_timeline_view_set_selected (self, item->event);
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, item->event);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);

  if (g_str_equal (action_name, "timeline.zoom-fit"))
    dossier_timeline_view_show_all (self);
  else
    dossier_timeline_view_zoom (self, g_str_equal (action_name, "timeline.zoom-in") ? ZOOM_STEP : 1.0 / ZOOM_STEP);
}

static void
pan_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);
  double half;

  if (self->range == NULL)
    return;
  half = dossier_timeline_range_get_span (self->range) / 2.0;
  dossier_timeline_range_pan (self->range, g_str_equal (action_name, "timeline.pan-later") ? half : -half);
}

/* ---- Input ---- */

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           DossierTimelineView      *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;
  double pixels;

  if (self->range == NULL)
    return FALSE;

  if (state & GDK_CONTROL_MASK)
    {
      double factor = pow (wheel ? 1.25 : 1.01, -dy);

      dossier_timeline_range_zoom (self->range, factor, x_to_day (self, self->pointer_x));
      return TRUE;
    }

  pixels = (fabs (dx) > fabs (dy) ? dx : dy) * (wheel ? WHEEL_PIXELS : 1.0);
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL && fabs (dx) > fabs (dy))
    pixels = -pixels;
  dossier_timeline_range_pan (self->range, pixels * days_per_pixel (self));
  return TRUE;
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           DossierTimelineView      *self)
{
  self->pointer_x = x;
}

static void
drag_begin_cb (GtkGestureDrag      *gesture,
               double               x,
               double               y,
               DossierTimelineView *self)
{
  if (self->range == NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  self->drag_begin_day = dossier_timeline_range_get_begin (self->range);
}

static void
drag_update_cb (GtkGestureDrag      *gesture,
                double               offset_x,
                double               offset_y,
                DossierTimelineView *self)
{
  double span = dossier_timeline_range_get_span (self->range);
  double days = offset_x * days_per_pixel (self);

  if (fabs (offset_x) > 3)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    days = -days;
  dossier_timeline_range_set_visible (self->range, self->drag_begin_day - days,
                                      self->drag_begin_day - days + span);
}

static void
drag_end_cb (GtkGestureDrag      *gesture,
             double               offset_x,
             double               offset_y,
             DossierTimelineView *self)
{
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
}

static void
click_pressed_cb (GtkGestureClick     *gesture,
                  int                  n_press,
                  double               x,
                  double               y,
                  DossierTimelineView *self)
{
  int index = hit_test (self, x, y);
  const DossierTimelineItem *item;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (index < 0)
    return;
  set_focus_index (self, index);
  if ((item = focused_item (self)) == NULL)
    return;
  dossier_timeline_view_set_selected (self, item->event);
  if (n_press == 2)
    g_signal_emit (self, signals[EVENT_ACTIVATED], 0, item->event);
}

static void
zoom_begin_cb (GtkGesture          *gesture,
               GdkEventSequence    *sequence,
               DossierTimelineView *self)
{
  double x, y;

  if (self->range == NULL || !gtk_gesture_get_bounding_box_center (gesture, &x, &y))
    return;
  self->zoom_start_span = dossier_timeline_range_get_span (self->range);
  self->zoom_anchor_day = x_to_day (self, x);
  self->zoom_anchor_fraction = dossier_timeline_range_day_to_fraction (self->range, self->zoom_anchor_day);
}

static void
zoom_scale_changed_cb (GtkGestureZoom      *gesture,
                       double               scale,
                       DossierTimelineView *self)
{
  double span, begin;

  if (self->range == NULL || self->zoom_start_span <= 0 || scale <= 0)
    return;
  span = self->zoom_start_span / scale;
  begin = self->zoom_anchor_day - self->zoom_anchor_fraction * span;
  dossier_timeline_range_set_visible (self->range, begin, begin + span);
}

static gboolean
query_tooltip_cb (GtkWidget           *widget,
                  int                  x,
                  int                  y,
                  gboolean             keyboard_mode,
                  GtkTooltip          *tooltip,
                  DossierTimelineView *self)
{
  int index = keyboard_mode ? self->focus_index : hit_test (self, x, y);
  const DossierTimelineItem *item;
  g_autofree char *text = NULL;

  if (index < 0 || (guint) index >= self->items->len)
    return FALSE;
  item = &g_array_index (self->items, DossierTimelineItem, index);
  text = dossier_timeline_view_describe_event (self, item->event);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
range_changed_cb (DossierTimelineView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- Widget ---- */

static gboolean
dossier_timeline_view_focus (GtkWidget        *widget,
                             GtkDirectionType  direction)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);
  gboolean forward = direction != GTK_DIR_TAB_BACKWARD && direction != GTK_DIR_LEFT && direction != GTK_DIR_UP;

  if (self->items->len == 0)
    {
      if (gtk_widget_has_focus (widget))
        return FALSE;
      return gtk_widget_grab_focus (widget);
    }

  if (!gtk_widget_has_focus (widget))
    {
      /* Entering: start at the marker that had the focus, else the first
       * (or last, going backwards) marker on screen. */
      if (self->focus_index < 0)
        self->focus_index = first_visible_index (self, !forward);
      gtk_widget_grab_focus (widget);
      set_focus_index (self, self->focus_index);
      return TRUE;
    }

  /* Tab walks the markers in time order, then leaves the view. */
  if (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD)
    {
      int next = self->focus_index + (forward ? 1 : -1);

      if (next < 0 || next >= (int) self->items->len)
        return FALSE;
      set_focus_index (self, next);
      return TRUE;
    }
  return FALSE;
}

static void
dossier_timeline_view_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 800;
    }
  else
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, "Ag");
      int line_height;
      guint n_lanes = MAX (self->lanes->len, 1);

      pango_layout_get_pixel_size (layout, NULL, &line_height);
      /* Ruler, era row, then lanes of at least a line and a marker. */
      *minimum = 3 * line_height + 20 + n_lanes * (line_height + 16);
      *natural = 3 * line_height + 20 + n_lanes * (2 * line_height + 32);
    }
}

static void
dossier_timeline_view_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  _dossier_timeline_draw (DOSSIER_TIMELINE_VIEW (widget), snapshot);
}

static void
dossier_timeline_view_direction_changed (GtkWidget        *widget,
                                         GtkTextDirection  previous)
{
  gtk_widget_queue_draw (widget);
}

static void
dossier_timeline_view_dispose (GObject *object)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (object);

  if (self->range != NULL)
    g_signal_handlers_disconnect_by_func (self->range, range_changed_cb, self);
  g_clear_object (&self->range);
  g_clear_object (&self->selected);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->actor_names, g_hash_table_unref);

  G_OBJECT_CLASS (dossier_timeline_view_parent_class)->dispose (object);
}

static void
dossier_timeline_view_finalize (GObject *object)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (object);

  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->lanes, g_array_unref);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (dossier_timeline_view_parent_class)->finalize (object);
}

static void
dossier_timeline_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_RANGE:
      g_value_set_object (value, self->range);
      break;
    case PROP_LANES:
      g_value_set_enum (value, self->lane_mode);
      break;
    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_RANGE:
      dossier_timeline_view_set_range (self, g_value_get_object (value));
      break;
    case PROP_LANES:
      dossier_timeline_view_set_lanes (self, g_value_get_enum (value));
      break;
    case PROP_SELECTED:
      dossier_timeline_view_set_selected (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_view_class_init (DossierTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_timeline_view_dispose;
  object_class->finalize = dossier_timeline_view_finalize;
  object_class->get_property = dossier_timeline_view_get_property;
  object_class->set_property = dossier_timeline_view_set_property;

  widget_class->measure = dossier_timeline_view_measure;
  widget_class->snapshot = dossier_timeline_view_snapshot;
  widget_class->focus = dossier_timeline_view_focus;
  widget_class->direction_changed = dossier_timeline_view_direction_changed;

  properties[PROP_RANGE] =
    g_param_spec_object ("range", NULL, NULL, DOSSIER_TYPE_TIMELINE_RANGE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LANES] =
    g_param_spec_enum ("lanes", NULL, NULL, DOSSIER_TYPE_TIMELINE_LANES, DOSSIER_TIMELINE_LANES_BY_TOPIC,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, DOSSIER_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Enter, Space or a double click on a marker. */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, DOSSIER_TYPE_EVENT);

  gtk_widget_class_install_action (widget_class, "timeline.move-left", NULL, move_horizontal_action);
  gtk_widget_class_install_action (widget_class, "timeline.move-right", NULL, move_horizontal_action);
  gtk_widget_class_install_action (widget_class, "timeline.move-up", NULL, move_vertical_action);
  gtk_widget_class_install_action (widget_class, "timeline.move-down", NULL, move_vertical_action);
  gtk_widget_class_install_action (widget_class, "timeline.next", NULL, move_step_action);
  gtk_widget_class_install_action (widget_class, "timeline.previous", NULL, move_step_action);
  gtk_widget_class_install_action (widget_class, "timeline.first", NULL, move_end_action);
  gtk_widget_class_install_action (widget_class, "timeline.last", NULL, move_end_action);
  gtk_widget_class_install_action (widget_class, "timeline.select", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.pan-earlier", NULL, pan_action);
  gtk_widget_class_install_action (widget_class, "timeline.pan-later", NULL, pan_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "timeline.move-left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "timeline.move-left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "timeline.move-right", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "timeline.move-right", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "timeline.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, 0, "timeline.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "timeline.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, 0, "timeline.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "timeline.first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "timeline.last", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "timeline.select", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "timeline.select", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "timeline.select", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "timeline.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "timeline.pan-earlier", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "timeline.pan-later", NULL);

  gtk_widget_class_set_css_name (widget_class, "timelineview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dossier_timeline_view_init (DossierTimelineView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  self->items = g_array_new (FALSE, TRUE, sizeof (DossierTimelineItem));
  self->lanes = g_array_new (FALSE, TRUE, sizeof (Lane));
  g_array_set_clear_func (self->lanes, lane_clear);
  self->focus_index = -1;
  self->language = locale_to_language (g_get_language_names ()[0]);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_drag_new ();
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_click_new ();
  g_signal_connect (gesture, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  rebuild_items (self);
  update_accessible (self);
}

/* ---- Private API for the drawing code ---- */

const DossierTimelineItem *
_dossier_timeline_view_get_items (DossierTimelineView *self,
                                  guint               *n_items)
{
  *n_items = self->items->len;
  return (const DossierTimelineItem *) (gpointer) self->items->data;
}

void
_dossier_timeline_view_get_geometry (DossierTimelineView     *self,
                                     DossierTimelineGeometry *geometry)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), "Ag");
  AdwStyleManager *style = NULL;
  int line_height, height = gtk_widget_get_height (GTK_WIDGET (self));
  guint n_lanes = MAX (self->lanes->len, 1);

  pango_layout_get_pixel_size (layout, NULL, &line_height);
  geometry->ruler_height = 2 * line_height + 12;
  geometry->era_height = line_height + 8;
  geometry->lanes_top = geometry->ruler_height + geometry->era_height;
  geometry->lane_height = MAX (height - geometry->lanes_top, 0) / (int) n_lanes;
  style = adw_style_manager_get_default ();
  geometry->marker_radius = adw_style_manager_get_high_contrast (style) ? 8 : 7;
}

guint
_dossier_timeline_view_get_n_lanes (DossierTimelineView *self)
{
  return self->lanes->len;
}

const char *
_dossier_timeline_view_get_lane_label (DossierTimelineView *self,
                                       guint                lane)
{
  g_return_val_if_fail (lane < self->lanes->len, NULL);

  return g_array_index (self->lanes, Lane, lane).label;
}

const char *
_dossier_timeline_view_get_title (DossierTimelineView *self,
                                  DossierEvent        *event)
{
  return dossier_event_get_title_for_language (event, self->language);
}

int
_dossier_timeline_view_get_focus_index (DossierTimelineView *self)
{
  return gtk_widget_has_focus (GTK_WIDGET (self)) ? self->focus_index : -1;
}

static guint
lower_bound (GArray *items,
             double  day,
             gboolean inclusive)
{
  guint lo = 0, hi = items->len;

  /* First index whose anchor is >= day (or > day when !inclusive). */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      double anchor = g_array_index (items, DossierTimelineItem, mid).anchor;

      if (inclusive ? anchor < day : anchor <= day)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

void
_dossier_timeline_view_visible_items (DossierTimelineView *self,
                                      double               begin,
                                      double               end,
                                      guint               *from,
                                      guint               *to)
{
  *from = lower_bound (self->items, begin - self->max_after, TRUE);
  *to = lower_bound (self->items, end + self->max_before, FALSE);
  if (*to < *from)
    *to = *from;
}

double
_dossier_timeline_view_day_to_x (DossierTimelineView *self,
                                 double               day,
                                 int                  width)
{
  double x = dossier_timeline_range_day_to_fraction (self->range, day) * width;

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    x = width - x;
  return x;
}

/* ---- Public API ---- */

GtkWidget *
dossier_timeline_view_new (void)
{
  return g_object_new (DOSSIER_TYPE_TIMELINE_VIEW, NULL);
}

DossierTimelineRange *
dossier_timeline_view_get_range (DossierTimelineView *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_VIEW (self), NULL);

  return self->range;
}

void
dossier_timeline_view_set_range (DossierTimelineView  *self,
                                 DossierTimelineRange *range)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_VIEW (self));
  g_return_if_fail (range == NULL || DOSSIER_IS_TIMELINE_RANGE (range));

  if (self->range == range)
    return;
  if (self->range != NULL)
    g_signal_handlers_disconnect_by_func (self->range, range_changed_cb, self);
  g_set_object (&self->range, range);
  if (range != NULL)
    g_signal_connect_swapped (range, "changed", G_CALLBACK (range_changed_cb), self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE]);
}

void
dossier_timeline_view_set_events (DossierTimelineView *self,
                                  GPtrArray           *events)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_VIEW (self));

  if (events != NULL)
    g_ptr_array_ref (events);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  self->events = events;
  rebuild_items (self);

  /* A selected event that is filtered out is no longer selected. */
  if (self->selected != NULL &&
      (events == NULL || !g_ptr_array_find (events, self->selected, NULL)))
    dossier_timeline_view_set_selected (self, NULL);
  update_accessible (self);
}

guint
dossier_timeline_view_get_n_markers (DossierTimelineView *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_VIEW (self), 0);

  return self->items->len;
}

DossierTimelineLanes
dossier_timeline_view_get_lanes (DossierTimelineView *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_VIEW (self), DOSSIER_TIMELINE_LANES_BY_TOPIC);

  return self->lane_mode;
}

void
dossier_timeline_view_set_lanes (DossierTimelineView  *self,
                                 DossierTimelineLanes  lanes)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_VIEW (self));
  g_return_if_fail (lanes == DOSSIER_TIMELINE_LANES_BY_TOPIC || lanes == DOSSIER_TIMELINE_LANES_BY_ACTOR);

  if (self->lane_mode == lanes)
    return;
  self->lane_mode = lanes;
  rebuild_items (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANES]);
}

void
dossier_timeline_view_set_actor_names (DossierTimelineView *self,
                                       GHashTable          *names)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_VIEW (self));

  if (names != NULL)
    g_hash_table_ref (names);
  g_clear_pointer (&self->actor_names, g_hash_table_unref);
  self->actor_names = names;
  rebuild_items (self);
}

void
dossier_timeline_view_set_language (DossierTimelineView *self,
                                    const char          *lang)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_VIEW (self));

  g_free (self->language);
  self->language = lang != NULL ? g_strdup (lang) : locale_to_language (g_get_language_names ()[0]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

DossierEvent *
dossier_timeline_view_get_selected (DossierTimelineView *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_VIEW (self), NULL);

  return self->selected;
}

void
dossier_timeline_view_set_selected (DossierTimelineView *self,
                                    DossierEvent        *event)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_VIEW (self));
  g_return_if_fail (event == NULL || DOSSIER_IS_EVENT (event));

  if (g_set_object (&self->selected, event))
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
    }
}

DossierEvent *
dossier_timeline_view_get_focused (DossierTimelineView *self)
{
  const DossierTimelineItem *item;

  g_return_val_if_fail (DOSSIER_IS_TIMELINE_VIEW (self), NULL);

  item = focused_item (self);
  return item != NULL ? item->event : NULL;
}

gboolean
dossier_timeline_view_focus_event (DossierTimelineView *self,
                                   DossierEvent        *event)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_VIEW (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_EVENT (event), FALSE);

  for (guint i = 0; i < self->items->len; i++)
    if (g_array_index (self->items, DossierTimelineItem, i).event == event)
      {
        set_focus_index (self, i);
        return TRUE;
      }
  return FALSE;
}

void
dossier_timeline_view_zoom (DossierTimelineView *self,
                            double               factor)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_VIEW (self));
  g_return_if_fail (factor > 0);

  if (self->range != NULL)
    dossier_timeline_range_zoom (self->range, factor, view_center (self));
}

void
dossier_timeline_view_show_all (DossierTimelineView *self)
{
  double first = G_MAXDOUBLE, last = -G_MAXDOUBLE, margin;

  g_return_if_fail (DOSSIER_IS_TIMELINE_VIEW (self));

  if (self->range == NULL)
    return;
  for (guint i = 0; i < self->items->len; i++)
    {
      const DossierTimelineItem *item = &g_array_index (self->items, DossierTimelineItem, i);

      first = MIN (first, item->first - item->fuzz);
      last = MAX (last, item->last + item->fuzz);
    }
  if (first > last)
    {
      dossier_timeline_range_show_all (self->range);
      return;
    }
  margin = MAX ((last - first) * 0.04, 15);
  dossier_timeline_range_set_bounds (self->range,
                                     MIN (first - margin, dossier_timeline_range_get_lower (self->range)),
                                     MAX (last + margin, dossier_timeline_range_get_upper (self->range)));
  dossier_timeline_range_set_visible (self->range, first - margin, last + margin);
}

char *
dossier_timeline_view_describe_event (DossierTimelineView *self,
                                      DossierEvent        *event)
{
  GString *text;
  GPtrArray *actors, *evidence;
  DossierEra era;

  g_return_val_if_fail (DOSSIER_IS_TIMELINE_VIEW (self), NULL);
  g_return_val_if_fail (DOSSIER_IS_EVENT (event), NULL);

  text = g_string_new (_dossier_timeline_view_get_title (self, event));
  g_string_append_printf (text, " — %s", dossier_event_get_date (event));
  era = dossier_event_get_era (event);
  if (era != DOSSIER_ERA_NONE)
    g_string_append_printf (text, ", %s", dossier_era_get_label (era));
  g_string_append_printf (text, ", %s, %s",
                          dossier_event_kind_get_label (dossier_event_get_kind (event)),
                          dossier_event_stance_get_label (dossier_event_get_stance (event)));
  if (dossier_event_get_status (event) == DOSSIER_EVENT_STATUS_CANDIDATE ||
      dossier_event_get_status (event) == DOSSIER_EVENT_STATUS_REJECTED)
    g_string_append_printf (text, ", %s",
                            dossier_event_status_get_label (dossier_event_get_status (event)));
  actors = dossier_event_get_actors (event);
  for (guint i = 0; i < actors->len; i++)
    g_string_append_printf (text, "%s%s", i == 0 ? " — " : ", ",
                            actor_label (self, g_ptr_array_index (actors, i)));
  evidence = dossier_event_get_evidence (event);
  if (evidence->len > 0)
    {
      g_string_append (text, " — ");
      g_string_append_printf (text, ngettext ("%u passage", "%u passages", evidence->len), evidence->len);
    }
  return g_string_free (text, FALSE);
}
