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

/* "zh_CN.UTF-8" → "zh-CN"; "C" → "en". */
char *
_dossier_timeline_locale_to_language (const char *locale)
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

void
_dossier_timeline_view_update_accessible (DossierTimelineView *self)
{
  const DossierTimelineItem *item = _dossier_timeline_view_focused_item (self);
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
  /* Screen readers speak a change of the focused object's name, not
   * always one of its description: the name follows the marker. */
  if (item != NULL && gtk_widget_has_focus (GTK_WIDGET (self)))
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                    -1);
}

static void
range_changed_cb (DossierTimelineView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- Widget ---- */

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
  g_clear_pointer (&self->item_y, g_array_unref);
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
  widget_class->focus = _dossier_timeline_view_focus;
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

  _dossier_timeline_view_class_init_input (widget_class);

  gtk_widget_class_set_css_name (widget_class, "timelineview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dossier_timeline_view_init (DossierTimelineView *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (DossierTimelineItem));
  self->item_y = g_array_new (FALSE, FALSE, sizeof (double));
  self->lanes = g_array_new (FALSE, TRUE, sizeof (DossierTimelineLane));
  g_array_set_clear_func (self->lanes, _dossier_timeline_lane_clear);
  self->focus_index = -1;
  self->language = _dossier_timeline_locale_to_language (g_get_language_names ()[0]);

  _dossier_timeline_view_init_input (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline of events"),
                                  -1);

  _dossier_timeline_view_rebuild_items (self);
  _dossier_timeline_view_update_accessible (self);
}

/* ---- Private API for the drawing code ---- */

const DossierTimelineItem *
_dossier_timeline_view_get_items (DossierTimelineView *self,
                                  guint               *n_items)
{
  *n_items = self->items->len;
  return (const DossierTimelineItem *) (gpointer) self->items->data;
}

double *
_dossier_timeline_view_get_item_y (DossierTimelineView *self)
{
  if (self->item_y->len != self->items->len)
    g_array_set_size (self->item_y, self->items->len);
  return (double *) (gpointer) self->item_y->data;
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

  return g_array_index (self->lanes, DossierTimelineLane, lane).label;
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
  _dossier_timeline_view_rebuild_items (self);

  /* A selected event that is filtered out is no longer selected. */
  if (self->selected != NULL &&
      (events == NULL || !g_ptr_array_find (events, self->selected, NULL)))
    dossier_timeline_view_set_selected (self, NULL);
  _dossier_timeline_view_update_accessible (self);
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
  _dossier_timeline_view_rebuild_items (self);
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
  _dossier_timeline_view_rebuild_items (self);
}

void
dossier_timeline_view_set_language (DossierTimelineView *self,
                                    const char          *lang)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_VIEW (self));

  g_free (self->language);
  self->language = lang != NULL ? g_strdup (lang) : _dossier_timeline_locale_to_language (g_get_language_names ()[0]);
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

  item = _dossier_timeline_view_focused_item (self);
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
        _dossier_timeline_view_set_focus_index (self, i);
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
    dossier_timeline_range_zoom (self->range, factor, _dossier_timeline_view_center (self));
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
  /* More room after the last event, where its title goes. */
  margin = MAX ((last - first) * 0.03, 15);
  dossier_timeline_range_set_bounds (self->range,
                                     MIN (first - margin, dossier_timeline_range_get_lower (self->range)),
                                     MAX (last + 5 * margin, dossier_timeline_range_get_upper (self->range)));
  dossier_timeline_range_set_visible (self->range, first - margin, last + 5 * margin);
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
                            _dossier_timeline_view_actor_label (self, g_ptr_array_index (actors, i)));
  evidence = dossier_event_get_evidence (event);
  if (evidence->len > 0)
    {
      g_string_append (text, " — ");
      g_string_append_printf (text, ngettext ("%u passage", "%u passages", evidence->len), evidence->len);
    }
  return g_string_free (text, FALSE);
}
