/* dossier-timeline-legend.c — what the shapes, colours and marks mean
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-timeline-view-private.h"

#define SWATCH 20

typedef enum
{
  SWATCH_KIND,      /* a marker shape in the neutral colour */
  SWATCH_STANCE,    /* a circle in a stance colour */
  SWATCH_CANDIDATE, /* a dashed hollow marker */
  SWATCH_FUZZY,     /* a fading halo */
  SWATCH_INTERVAL,  /* a bar */
} SwatchType;

typedef struct
{
  SwatchType type;
  guint      value;
} Swatch;

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  const Swatch *swatch = data;
  GdkRGBA color;
  double cx = width / 2.0, cy = height / 2.0, r = 7;

  _dossier_timeline_stance_color (GTK_WIDGET (area),
                                  swatch->type == SWATCH_STANCE ? swatch->value : DOSSIER_EVENT_STANCE_NEUTRAL,
                                  &color);
  gdk_cairo_set_source_rgba (cr, &color);
  switch (swatch->type)
    {
    case SWATCH_KIND:
      _dossier_timeline_marker_path (cr, swatch->value, cx, cy, r);
      if (swatch->value == DOSSIER_EVENT_KIND_RULE_RESCINDED)
        {
          cairo_set_line_width (cr, 2);
          cairo_stroke (cr);
          cairo_move_to (cr, cx - r * 0.8, cy + r * 0.8);
          cairo_line_to (cr, cx + r * 0.8, cy - r * 0.8);
          cairo_stroke (cr);
        }
      else
        cairo_fill (cr);
      break;
    case SWATCH_STANCE:
      cairo_arc (cr, cx, cy, r * 0.9, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case SWATCH_CANDIDATE:
      {
        static const double dashes[] = { 2.5, 2 };

        _dossier_timeline_marker_path (cr, DOSSIER_EVENT_KIND_RULE_ISSUED, cx, cy, r);
        cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
        cairo_set_line_width (cr, 2);
        cairo_stroke (cr);
      }
      break;
    case SWATCH_FUZZY:
      {
        cairo_pattern_t *pattern = cairo_pattern_create_linear (0, 0, width, 0);

        cairo_pattern_add_color_stop_rgba (pattern, 0, color.red, color.green, color.blue, 0);
        cairo_pattern_add_color_stop_rgba (pattern, 0.5, color.red, color.green, color.blue, 0.5);
        cairo_pattern_add_color_stop_rgba (pattern, 1, color.red, color.green, color.blue, 0);
        cairo_set_source (cr, pattern);
        cairo_rectangle (cr, 0, cy - 5, width, 10);
        cairo_fill (cr);
        cairo_pattern_destroy (pattern);
      }
      break;
    case SWATCH_INTERVAL:
    default:
      cairo_rectangle (cr, 0, cy - 3, width, 6);
      cairo_fill (cr);
      break;
    }
}

static void
add_row (GtkGrid    *grid,
         int         row,
         SwatchType  type,
         guint       value,
         const char *text)
{
  GtkWidget *area = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (text);
  Swatch *swatch = g_new (Swatch, 1);

  swatch->type = type;
  swatch->value = value;
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), type >= SWATCH_FUZZY ? 2 * SWATCH : SWATCH);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), SWATCH);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_swatch, swatch, g_free);
  gtk_accessible_update_state (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_grid_attach (grid, area, 0, row, 1, 1);
  gtk_grid_attach (grid, label, 1, row, 1, 1);
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

GtkWidget *
_dossier_timeline_legend_new (void)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  int row = 0;

  gtk_grid_set_row_spacing (grid, 6);
  gtk_grid_set_column_spacing (grid, 12);
  gtk_widget_set_margin_top (GTK_WIDGET (grid), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (grid), 6);
  gtk_widget_set_margin_start (GTK_WIDGET (grid), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (grid), 6);

  gtk_grid_attach (grid, heading (_("Shape: what happened")), 0, row++, 2, 1);
  for (guint kind = 0; kind < DOSSIER_N_EVENT_KINDS; kind++)
    add_row (grid, row++, SWATCH_KIND, kind, dossier_event_kind_get_label (kind));

  gtk_grid_attach (grid, heading (_("Colour: effect on exports")), 0, row++, 2, 1);
  for (guint stance = 0; stance < DOSSIER_N_EVENT_STANCES; stance++)
    add_row (grid, row++, SWATCH_STANCE, stance, dossier_event_stance_get_label (stance));

  gtk_grid_attach (grid, heading (_("Marks")), 0, row++, 2, 1);
  add_row (grid, row++, SWATCH_CANDIDATE, 0, _("Candidate found in an article, not yet reviewed"));
  add_row (grid, row++, SWATCH_FUZZY, 0, _("Approximate or uncertain date"));
  add_row (grid, row++, SWATCH_INTERVAL, 0, _("Interval, or a date known only to the month or year"));

  return GTK_WIDGET (grid);
}
