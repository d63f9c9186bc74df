/* dossier-annotation-gutter.c — side bars beside annotated passages
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Set as the left gutter of the article's GtkTextView. Each annotation is
 * a vertical bar covering its lines; annotations that overlap get separate
 * lanes, so nested or crossing passages stay readable.
 */
#include "config.h"

#include "dossier-annotation-gutter.h"

#define BAR_WIDTH 4
#define LANE_GAP 3
#define MARGIN 6

typedef struct
{
  guint   start;
  guint   end;
  guint   lane;
  GdkRGBA colour;
} Bar;

struct _DossierAnnotationGutter
{
  GtkWidget    parent_instance;

  GtkTextView *view;    /* unowned: the view owns its gutter */
  GArray      *bars;
  guint        n_lanes;
};

G_DEFINE_FINAL_TYPE (DossierAnnotationGutter, dossier_annotation_gutter, GTK_TYPE_WIDGET)

static void
dossier_annotation_gutter_measure (GtkWidget      *widget,
                                   GtkOrientation  orientation,
                                   int             for_size,
                                   int            *minimum,
                                   int            *natural,
                                   int            *minimum_baseline,
                                   int            *natural_baseline)
{
  DossierAnnotationGutter *self = DOSSIER_ANNOTATION_GUTTER (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = MARGIN * 2 + MAX (1, self->n_lanes) * (BAR_WIDTH + LANE_GAP);
  else
    *minimum = *natural = 0;
}

static void
dossier_annotation_gutter_snapshot (GtkWidget   *widget,
                                    GtkSnapshot *snapshot)
{
  DossierAnnotationGutter *self = DOSSIER_ANNOTATION_GUTTER (widget);
  GtkTextBuffer *buffer;
  GdkRectangle visible;
  int width = gtk_widget_get_width (widget);

  if (self->view == NULL || self->bars->len == 0)
    return;

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_view_get_visible_rect (self->view, &visible);

  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);
      GtkTextIter start, end;
      int y_top, h_top, y_bottom, h_bottom, wy_top, wy_bottom, x;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, bar->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, bar->end);
      gtk_text_view_get_line_yrange (self->view, &start, &y_top, &h_top);
      gtk_text_view_get_line_yrange (self->view, &end, &y_bottom, &h_bottom);
      if (y_bottom + h_bottom < visible.y || y_top > visible.y + visible.height)
        continue;
      gtk_text_view_buffer_to_window_coords (self->view, GTK_TEXT_WINDOW_LEFT,
                                             0, y_top, NULL, &wy_top);
      gtk_text_view_buffer_to_window_coords (self->view, GTK_TEXT_WINDOW_LEFT,
                                             0, y_bottom + h_bottom, NULL, &wy_bottom);
      /* Lanes from the text side outwards, mirrored for right-to-left. */
      x = width - MARGIN - (bar->lane + 1) * (BAR_WIDTH + LANE_GAP);
      if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
        x = width - x - BAR_WIDTH;
      gtk_snapshot_append_color (snapshot, &bar->colour,
                                 &GRAPHENE_RECT_INIT (x, wy_top, BAR_WIDTH,
                                                      MAX (wy_bottom - wy_top, 2)));
    }
}

static void
dossier_annotation_gutter_finalize (GObject *object)
{
  DossierAnnotationGutter *self = DOSSIER_ANNOTATION_GUTTER (object);

  g_clear_pointer (&self->bars, g_array_unref);

  G_OBJECT_CLASS (dossier_annotation_gutter_parent_class)->finalize (object);
}

static void
dossier_annotation_gutter_class_init (DossierAnnotationGutterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = dossier_annotation_gutter_finalize;
  widget_class->measure = dossier_annotation_gutter_measure;
  widget_class->snapshot = dossier_annotation_gutter_snapshot;
  gtk_widget_class_set_css_name (widget_class, "annotationgutter");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
dossier_annotation_gutter_init (DossierAnnotationGutter *self)
{
  self->bars = g_array_new (FALSE, FALSE, sizeof (Bar));
}

static void
on_view_scrolled (GtkAdjustment *adjustment,
                  gpointer       user_data)
{
  gtk_widget_queue_draw (GTK_WIDGET (user_data));
}

GtkWidget *
dossier_annotation_gutter_new (GtkTextView *view)
{
  DossierAnnotationGutter *self;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  self = g_object_new (DOSSIER_TYPE_ANNOTATION_GUTTER, NULL);
  self->view = view;
  g_signal_connect_object (view, "notify::vadjustment", G_CALLBACK (on_view_scrolled),
                           self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

void
dossier_annotation_gutter_clear (DossierAnnotationGutter *self)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_GUTTER (self));

  g_array_set_size (self->bars, 0);
  self->n_lanes = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
dossier_annotation_gutter_add (DossierAnnotationGutter *self,
                               guint                    start,
                               guint                    end,
                               const GdkRGBA           *colour)
{
  Bar bar = { start, end, 0, *colour };
  guint64 busy = 0;

  g_return_if_fail (DOSSIER_IS_ANNOTATION_GUTTER (self));
  g_return_if_fail (colour != NULL);

  /* The first lane no overlapping bar uses. */
  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *other = &g_array_index (self->bars, Bar, i);

      if (other->start < end && start < other->end && other->lane < 64)
        busy |= G_GUINT64_CONSTANT (1) << other->lane;
    }
  while (bar.lane < 63 && (busy & (G_GUINT64_CONSTANT (1) << bar.lane)))
    bar.lane++;
  g_array_append_val (self->bars, bar);
  if (bar.lane + 1 > self->n_lanes)
    {
      self->n_lanes = bar.lane + 1;
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
dossier_annotation_gutter_get_n_lanes (DossierAnnotationGutter *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_GUTTER (self), 0);
  return self->n_lanes;
}
