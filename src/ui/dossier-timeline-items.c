/* dossier-timeline-items.c — markers and lanes computed from the events
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dossier-timeline-view-private.h"

/* Actors with the most events get a lane each; the rest share one. */
#define MAX_ACTOR_LANES 8

typedef struct
{
  const char *id;
  guint       count;
} ActorCount;

void
_dossier_timeline_lane_clear (gpointer data)
{
  DossierTimelineLane *lane = data;

  g_clear_pointer (&lane->id, g_free);
  g_clear_pointer (&lane->label, g_free);
}

const char *
_dossier_timeline_view_actor_label (DossierTimelineView *self,
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
  DossierTimelineLane lane = { g_strdup (id), g_strdup (label) };

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
      add_lane (self, count->id, _dossier_timeline_view_actor_label (self, count->id));
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

void
_dossier_timeline_view_rebuild_items (DossierTimelineView *self)
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
