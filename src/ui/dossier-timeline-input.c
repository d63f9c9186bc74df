/* dossier-timeline-input.c — keyboard, pointer and touch input of the timeline view
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "dossier-timeline-view-private.h"

/* Zoom step of one key press or button click. */
#define ZOOM_STEP 1.5
/* Pixels one wheel notch pans. */
#define WHEEL_PIXELS 48.0

const DossierTimelineItem *
_dossier_timeline_view_focused_item (DossierTimelineView *self)
{
  if (self->focus_index < 0 || (guint) self->focus_index >= self->items->len)
    return NULL;
  return &g_array_index (self->items, DossierTimelineItem, self->focus_index);
}

/* Moves the focus marker to @index and pans to show it. */
void
_dossier_timeline_view_set_focus_index (DossierTimelineView *self,
                                        int                  index)
{
  const DossierTimelineItem *item;

  if (self->items->len == 0)
    return;
  index = CLAMP (index, 0, (int) self->items->len - 1);
  self->focus_index = index;
  item = _dossier_timeline_view_focused_item (self);
  if (self->range != NULL)
    {
      double margin = dossier_timeline_range_get_span (self->range) * 0.05;

      dossier_timeline_range_ensure_visible (self->range, item->anchor, item->anchor, margin);
    }
  _dossier_timeline_view_update_accessible (self);
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
    _dossier_timeline_view_set_focus_index (self, first_visible_index (self, delta < 0));
  else
    _dossier_timeline_view_set_focus_index (self, self->focus_index + delta);
}

double
_dossier_timeline_view_center (DossierTimelineView *self)
{
  const DossierTimelineItem *item = _dossier_timeline_view_focused_item (self);

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
  double *item_y;
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
  item_y = _dossier_timeline_view_get_item_y (self);
  _dossier_timeline_view_visible_items (self, day - slop, day + slop, &from, &to);
  for (guint i = from; i < to; i++)
    {
      const DossierTimelineItem *item = &g_array_index (self->items, DossierTimelineItem, i);
      double distance;

      /* Only markers drawn in the last frame can be hit, where they were. */
      if (item->lane != lane || isnan (item_y[i]))
        continue;
      distance = hypot (_dossier_timeline_view_day_to_x (self, item->anchor, width) - x, item_y[i] - y);
      if (distance <= geometry.marker_radius + 3 && distance < best_distance)
        {
          best = i;
          best_distance = distance;
        }
    }
  return best;
}

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
  const DossierTimelineItem *item = _dossier_timeline_view_focused_item (self);
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
          _dossier_timeline_view_set_focus_index (self, index);
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
    _dossier_timeline_view_set_focus_index (self, g_str_equal (action_name, "timeline.first") ? 0 : (int) self->items->len - 1);
}

static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DossierTimelineView *self = DOSSIER_TIMELINE_VIEW (widget);
  const DossierTimelineItem *item = _dossier_timeline_view_focused_item (self);

  if (item == NULL)
    return;
  dossier_timeline_view_set_selected (self, item->event);
  g_signal_emit_by_name (self, "event-activated", item->event);
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
  _dossier_timeline_view_set_focus_index (self, index);
  if ((item = _dossier_timeline_view_focused_item (self)) == NULL)
    return;
  dossier_timeline_view_set_selected (self, item->event);
  if (n_press == 2)
    g_signal_emit_by_name (self, "event-activated", item->event);
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

gboolean
_dossier_timeline_view_focus (GtkWidget        *widget,
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
      _dossier_timeline_view_set_focus_index (self, self->focus_index);
      return TRUE;
    }

  /* Tab walks the markers in time order, then leaves the view. */
  if (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD)
    {
      int next = self->focus_index + (forward ? 1 : -1);

      if (next < 0 || next >= (int) self->items->len)
        return FALSE;
      _dossier_timeline_view_set_focus_index (self, next);
      return TRUE;
    }
  return FALSE;
}

void
_dossier_timeline_view_class_init_input (GtkWidgetClass *widget_class)
{
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
}

static void
focus_leave_cb (DossierTimelineView *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline of events"),
                                  -1);
}

void
_dossier_timeline_view_init_input (DossierTimelineView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

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
}
