/* dossier-timeline-draw.c — drawing the timeline: axis, eras, lanes, markers
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "dossier-timeline-draw-private.h"


/* ---- Colours ---- */

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              const char *fallback,
              GdkRGBA    *color)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, color))
    gdk_rgba_parse (color, fallback);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
load_palette (GtkWidget *widget,
              Palette   *palette)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (style);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &palette->fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  palette->high_contrast = adw_style_manager_get_high_contrast (style);
  palette->dim = palette->fg;
  palette->dim.alpha *= palette->high_contrast ? 0.9 : 0.6;
  palette->grid = palette->fg;
  palette->grid.alpha *= palette->high_contrast ? 0.25 : 0.07;
  palette->grid_strong = palette->fg;
  palette->grid_strong.alpha *= palette->high_contrast ? 0.5 : 0.18;
  lookup_color (widget, "view_bg_color", dark ? "#1e1e1e" : "#ffffff", &palette->bg);
  lookup_color (widget, "accent_color", dark ? "#78aeed" : "#1c71d8", &palette->accent);
  palette->focus = palette->accent;
  palette->focus.alpha = 0.6;

  lookup_color (widget, "error_color", dark ? "#ff7b63" : "#c01c28",
                &palette->stance[DOSSIER_EVENT_STANCE_TIGHTENS]);
  lookup_color (widget, "success_color", dark ? "#8ff0a4" : "#1b8553",
                &palette->stance[DOSSIER_EVENT_STANCE_LOOSENS]);
  palette->stance[DOSSIER_EVENT_STANCE_NEUTRAL] = palette->fg;
  palette->stance[DOSSIER_EVENT_STANCE_NEUTRAL].alpha *= 0.62;

  /* Each administration has its own hue; the bands stay faint so that
   * markers keep their contrast on top of them. */
  palette->era[DOSSIER_ERA_NONE] = palette->fg;
  lookup_color (widget, "orange_3", "#ff7800", &palette->era[DOSSIER_ERA_TRUMP_1]);
  lookup_color (widget, "blue_3", "#3584e4", &palette->era[DOSSIER_ERA_BIDEN]);
  lookup_color (widget, "purple_3", "#9141ac", &palette->era[DOSSIER_ERA_TRUMP_2]);
  palette->band_alpha = palette->high_contrast ? 0.2 : dark ? 0.16 : 0.1;
}

void
_dossier_timeline_stance_color (GtkWidget          *widget,
                                DossierEventStance  stance,
                                GdkRGBA            *color)
{
  Palette palette;

  load_palette (widget, &palette);
  *color = palette.stance[stance < DOSSIER_N_EVENT_STANCES ? stance : 0];
}

static GdkRGBA
with_alpha (const GdkRGBA *color,
            double         alpha)
{
  GdkRGBA result = *color;

  result.alpha *= alpha;
  return result;
}

/* ---- Pieces ---- */

double
_dossier_timeline_draw_day_x (Draw   *draw,
                              double  day)
{
  return _dossier_timeline_view_day_to_x (draw->view, day, draw->width);
}

void
_dossier_timeline_draw_text (Draw          *draw,
                             const char    *text,
                             double         x,
                             double         y,
                             const GdkRGBA *color)
{
  pango_layout_set_text (draw->layout, text, -1);
  gtk_snapshot_save (draw->snapshot);
  gtk_snapshot_translate (draw->snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (draw->snapshot, draw->layout, color);
  gtk_snapshot_restore (draw->snapshot);
}

int
_dossier_timeline_draw_text_width (Draw       *draw,
                                   const char *text)
{
  int width;

  pango_layout_set_text (draw->layout, text, -1);
  pango_layout_get_pixel_size (draw->layout, &width, NULL);
  return width;
}


static double
lane_center (Draw  *draw,
             guint  lane)
{
  return draw->geometry.lanes_top + lane * draw->geometry.lane_height + draw->geometry.lane_height * 0.55;
}

static void
draw_lanes (Draw *draw)
{
  guint n_lanes = _dossier_timeline_view_get_n_lanes (draw->view);

  for (guint lane = 1; lane < n_lanes; lane++)
    gtk_snapshot_append_color (draw->snapshot, &draw->palette.grid_strong,
                               &GRAPHENE_RECT_INIT (0, draw->geometry.lanes_top + lane * draw->geometry.lane_height,
                                                    draw->width, 1));
}

static void
draw_lane_labels (Draw *draw)
{
  guint n_lanes = _dossier_timeline_view_get_n_lanes (draw->view);
  GdkRGBA pill = with_alpha (&draw->palette.bg, 0.85);

  pango_layout_set_width (draw->layout, -1);
  for (guint lane = 0; lane < n_lanes; lane++)
    {
      const char *label = _dossier_timeline_view_get_lane_label (draw->view, lane);
      int width = _dossier_timeline_draw_text_width (draw, label);
      double y = draw->geometry.lanes_top + lane * draw->geometry.lane_height + 3;
      double x = draw->rtl ? draw->width - width - 10 : 10;
      GskRoundedRect rect;

      gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x - 6, y, width + 12, draw->line_height + 2), 6);
      gtk_snapshot_push_rounded_clip (draw->snapshot, &rect);
      gtk_snapshot_append_color (draw->snapshot, &pill, &rect.bounds);
      gtk_snapshot_pop (draw->snapshot);
      _dossier_timeline_draw_text (draw, label, x, y + 1, &draw->palette.dim);
    }
}

void
_dossier_timeline_marker_path (cairo_t *cr,
                               guint    kind,
                               double   cx,
                               double   cy,
                               double   r)
{
  switch (kind)
    {
    case DOSSIER_EVENT_KIND_RULE_ISSUED:
    case DOSSIER_EVENT_KIND_RULE_RESCINDED:
      cairo_rectangle (cr, cx - r * 0.8, cy - r * 0.8, r * 1.6, r * 1.6);
      break;
    case DOSSIER_EVENT_KIND_LICENCE_DECISION:
      cairo_move_to (cr, cx, cy - r);
      cairo_line_to (cr, cx + r, cy);
      cairo_line_to (cr, cx, cy + r);
      cairo_line_to (cr, cx - r, cy);
      cairo_close_path (cr);
      break;
    case DOSSIER_EVENT_KIND_INVESTIGATION:
      cairo_move_to (cr, cx - r, cy - r * 0.75);
      cairo_line_to (cr, cx + r, cy - r * 0.75);
      cairo_line_to (cr, cx, cy + r);
      cairo_close_path (cr);
      break;
    case DOSSIER_EVENT_KIND_STATEMENT:
      cairo_move_to (cr, cx - r, cy + r * 0.75);
      cairo_line_to (cr, cx + r, cy + r * 0.75);
      cairo_line_to (cr, cx, cy - r);
      cairo_close_path (cr);
      break;
    case DOSSIER_EVENT_KIND_DISCLOSURE:
      for (int i = 0; i < 6; i++)
        {
          double angle = G_PI / 3 * i;

          if (i == 0)
            cairo_move_to (cr, cx + r * cos (angle), cy + r * sin (angle));
          else
            cairo_line_to (cr, cx + r * cos (angle), cy + r * sin (angle));
        }
      cairo_close_path (cr);
      break;
    case DOSSIER_EVENT_KIND_DEAL:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, r * 0.9, 0, 2 * G_PI);
      break;
    }
}

static void
set_source (cairo_t       *cr,
            const GdkRGBA *color,
            double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* Bars for intervals, a thin bar for month or year precision, and a fading
 * halo for approximate or uncertain dates. */
static void
draw_extent (Draw                      *draw,
             cairo_t                   *cr,
             const DossierTimelineItem *item,
             const GdkRGBA             *color,
             double                     cy)
{
  double x0 = _dossier_timeline_draw_day_x (draw, item->first), x1 = _dossier_timeline_draw_day_x (draw, item->last);
  double left = MIN (x0, x1), right = MAX (x0, x1);

  if (item->fuzz > 0)
    {
      double f0 = _dossier_timeline_draw_day_x (draw, item->first - item->fuzz), f1 = _dossier_timeline_draw_day_x (draw, item->last + item->fuzz);
      double fl = MIN (f0, f1), fr = MAX (f0, f1);

      /* A halo narrower than the marker would not show. */
      if (fr - fl - (right - left) >= 2 * draw->geometry.marker_radius)
        {
          cairo_pattern_t *pattern = cairo_pattern_create_linear (fl, 0, fr, 0);
          double inner0 = (left - fl) / (fr - fl), inner1 = (right - fl) / (fr - fl);
          double alpha = draw->palette.high_contrast ? 0.5 : 0.3;

          cairo_pattern_add_color_stop_rgba (pattern, 0, color->red, color->green, color->blue, 0);
          cairo_pattern_add_color_stop_rgba (pattern, inner0, color->red, color->green, color->blue, alpha);
          cairo_pattern_add_color_stop_rgba (pattern, inner1, color->red, color->green, color->blue, alpha);
          cairo_pattern_add_color_stop_rgba (pattern, 1, color->red, color->green, color->blue, 0);
          cairo_set_source (cr, pattern);
          cairo_rectangle (cr, fl, cy - 5, fr - fl, 10);
          cairo_fill (cr);
          cairo_pattern_destroy (pattern);
        }
    }

  if (right - left < 3)
    return;

  if (item->interval)
    {
      if (item->open_end)
        {
          cairo_pattern_t *pattern = cairo_pattern_create_linear (x0, 0, x1, 0);

          cairo_pattern_add_color_stop_rgba (pattern, 0, color->red, color->green, color->blue, 0.55);
          cairo_pattern_add_color_stop_rgba (pattern, 0.7, color->red, color->green, color->blue, 0.45);
          cairo_pattern_add_color_stop_rgba (pattern, 1, color->red, color->green, color->blue, 0);
          cairo_set_source (cr, pattern);
          cairo_rectangle (cr, left, cy - 3, right - left, 6);
          cairo_fill (cr);
          cairo_pattern_destroy (pattern);
        }
      else
        {
          set_source (cr, color, 0.5);
          cairo_rectangle (cr, left, cy - 3, right - left, 6);
          cairo_fill (cr);
        }
    }
  else
    {
      set_source (cr, color, 0.4);
      cairo_rectangle (cr, left, cy - 1.5, right - left, 3);
      cairo_fill (cr);
    }
}

static void
draw_marker (Draw                      *draw,
             cairo_t                   *cr,
             const DossierTimelineItem *item,
             double                     cx,
             double                     cy,
             gboolean                   selected)
{
  const Palette *palette = &draw->palette;
  const GdkRGBA *color = &palette->stance[item->stance < DOSSIER_N_EVENT_STANCES ? item->stance : 0];
  double r = draw->geometry.marker_radius;
  gboolean hollow = item->status == DOSSIER_EVENT_STATUS_CANDIDATE ||
                    item->status == DOSSIER_EVENT_STATUS_REJECTED ||
                    item->kind == DOSSIER_EVENT_KIND_RULE_RESCINDED;

  if (selected)
    {
      set_source (cr, &palette->accent, 1);
      cairo_set_line_width (cr, 2.5);
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, r + 4, 0, 2 * G_PI);
      cairo_stroke (cr);
    }

  _dossier_timeline_marker_path (cr, item->kind, cx, cy, r);
  if (hollow)
    {
      set_source (cr, &palette->bg, 1);
      cairo_fill_preserve (cr);
      if (item->status == DOSSIER_EVENT_STATUS_CANDIDATE)
        {
          static const double dashes[] = { 2.5, 2 };

          cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
        }
      set_source (cr, item->status == DOSSIER_EVENT_STATUS_REJECTED ? &palette->dim : color, 1);
      cairo_set_line_width (cr, palette->high_contrast ? 2.5 : 2);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      if (item->kind == DOSSIER_EVENT_KIND_RULE_RESCINDED)
        {
          /* A struck-through rule. */
          cairo_move_to (cr, cx - r * 0.8, cy + r * 0.8);
          cairo_line_to (cr, cx + r * 0.8, cy - r * 0.8);
          cairo_stroke (cr);
        }
      return;
    }

  set_source (cr, color, 1);
  cairo_fill_preserve (cr);
  /* A ring in the background colour keeps crowded markers apart; high
   * contrast draws it in the foreground colour instead. */
  set_source (cr, palette->high_contrast ? &palette->fg : &palette->bg, 1);
  cairo_set_line_width (cr, palette->high_contrast ? 1.5 : 1);
  cairo_stroke (cr);

  if (item->uncertain)
    {
      set_source (cr, &palette->bg, 1);
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, r * 0.3, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

/* Markers of a lane are stacked in rows so that titles need not overlap:
 * each marker takes the first row where it and its title fit. Zoomed far
 * out, rows and titles are dropped and the markers share the middle. */
#define MAX_TITLE_WIDTH 240
#define DENSE_LIMIT 300

typedef struct
{
  DossierTimelineView *view;
  guint                n_lanes;
  guint                max_rows;
  int                  row_height;
  int                  top_pad;
  double              *row_end;     /* n_lanes × max_rows, logical x */
} Rows;

static void
rows_init (Rows *rows,
           Draw *draw,
           guint n_lanes)
{
  double r = draw->geometry.marker_radius;

  rows->n_lanes = n_lanes;
  rows->row_height = MAX (draw->line_height + 6, (int) (2 * r + 8));
  rows->top_pad = draw->line_height + 8;
  rows->max_rows = MAX (1, (draw->geometry.lane_height - rows->top_pad - 2) / rows->row_height);
  rows->row_end = g_new (double, n_lanes * rows->max_rows);
  for (guint i = 0; i < n_lanes * rows->max_rows; i++)
    rows->row_end[i] = -G_MAXDOUBLE;
}

static double
row_y (Draw  *draw,
       Rows  *rows,
       guint  lane,
       guint  row)
{
  if (rows->max_rows <= 1)
    return lane_center (draw, lane);
  return draw->geometry.lanes_top + lane * draw->geometry.lane_height + rows->top_pad +
         row * rows->row_height + rows->row_height / 2.0;
}

static int
title_width (Draw                      *draw,
             const DossierTimelineItem *item)
{
  int width;

  pango_layout_set_width (draw->layout, -1);
  pango_layout_set_text (draw->layout, _dossier_timeline_view_get_title (draw->view, item->event), -1);
  pango_layout_get_pixel_size (draw->layout, &width, NULL);
  return MIN (width, MAX_TITLE_WIDTH);
}

/* Picks the row of a marker at logical x @u; returns its y and sets
 * *label_width to the room its title gets (0: no title). */
static double
place (Draw                      *draw,
       Rows                      *rows,
       const DossierTimelineItem *item,
       double                     u,
       guint                     *row_out,
       int                       *label_width)
{
  double r = draw->geometry.marker_radius;
  double *end = &rows->row_end[item->lane * rows->max_rows];
  int width = title_width (draw, item);
  guint best = 0;

  /* A title cut by the edge of the view keeps what fits. */
  width = MIN (width, (int) (draw->width - u - r - 10));
  if (width < 40)
    width = 0;

  for (guint row = 0; row < rows->max_rows; row++)
    if (end[row] <= u - r - 3)
      {
        end[row] = width > 0 ? u + r + 5 + width + 12 : u + r + 3;
        *label_width = width;
        *row_out = row;
        return row_y (draw, rows, item->lane, row);
      }

  for (guint row = 1; row < rows->max_rows; row++)
    if (end[row] < end[best])
      best = row;
  end[best] = MAX (end[best], u + r + 3);
  *label_width = 0;
  *row_out = best;
  return row_y (draw, rows, item->lane, best);
}

static void
draw_title (Draw                      *draw,
            const DossierTimelineItem *item,
            double                     cx,
            double                     cy,
            int                        label_width)
{
  double r = draw->geometry.marker_radius;
  int width, height;
  double x;

  pango_layout_set_text (draw->layout, _dossier_timeline_view_get_title (draw->view, item->event), -1);
  pango_layout_set_width (draw->layout, label_width * PANGO_SCALE);
  pango_layout_get_pixel_size (draw->layout, &width, &height);
  x = draw->rtl ? cx - r - 5 - width : cx + r + 5;
  gtk_snapshot_save (draw->snapshot);
  gtk_snapshot_translate (draw->snapshot, &GRAPHENE_POINT_INIT (x, cy - height / 2.0));
  gtk_snapshot_append_layout (draw->snapshot, draw->layout,
                              item->status == DOSSIER_EVENT_STATUS_CANDIDATE ||
                              item->status == DOSSIER_EVENT_STATUS_REJECTED
                              ? &draw->palette.dim : &draw->palette.fg);
  gtk_snapshot_restore (draw->snapshot);
}

typedef struct
{
  guint  index;
  double x;
  double y;
  int    label_width;
} Placed;

/* A marker that lands on a row after a title was given room there cuts
 * that title short, or drops it when too little is left. */
static void
fit_previous_title (Draw   *draw,
                    GArray *placed,
                    int    *last_in_row,
                    guint   slot,
                    double  x)
{
  int previous = last_in_row[slot];

  if (previous >= 0)
    {
      Placed *p = &g_array_index (placed, Placed, previous);
      int room = (int) (fabs (x - p->x) - 2 * draw->geometry.marker_radius - 10);

      if (p->label_width > room)
        p->label_width = room >= 40 ? room : 0;
    }
  last_in_row[slot] = placed->len;
}

static void
draw_items (Draw *draw)
{
  const DossierTimelineItem *items;
  DossierEvent *selected = dossier_timeline_view_get_selected (draw->view);
  guint n_items, from, to, n_lanes = _dossier_timeline_view_get_n_lanes (draw->view);
  int focus_index = _dossier_timeline_view_get_focus_index (draw->view);
  double r = draw->geometry.marker_radius;
  double slop = (r + 4) * (draw->end - draw->begin) / draw->width;
  double *item_y;
  g_autofree double *last_x = NULL;
  g_autofree guint *last_key = NULL;
  g_autofree int *last_in_row = NULL;
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  gboolean dense, crowded;
  Rows rows;
  cairo_t *cr;

  items = _dossier_timeline_view_get_items (draw->view, &n_items);
  item_y = _dossier_timeline_view_get_item_y (draw->view);
  for (guint i = 0; i < n_items; i++)
    item_y[i] = NAN;
  if (n_items == 0 || n_lanes == 0)
    return;

  last_x = g_new (double, n_lanes);
  last_key = g_new0 (guint, n_lanes);
  for (guint lane = 0; lane < n_lanes; lane++)
    last_x[lane] = -G_MAXDOUBLE;

  _dossier_timeline_view_visible_items (draw->view, draw->begin - slop, draw->end + slop, &from, &to);
  crowded = (to - from) > (guint) draw->width * n_lanes / 8;
  dense = (to - from) > DENSE_LIMIT;
  rows_init (&rows, draw, n_lanes);
  last_in_row = g_new (int, n_lanes * rows.max_rows);
  for (guint slot = 0; slot < n_lanes * rows.max_rows; slot++)
    last_in_row[slot] = -1;
  pango_layout_set_ellipsize (draw->layout, PANGO_ELLIPSIZE_END);

  cr = gtk_snapshot_append_cairo (draw->snapshot,
                                  &GRAPHENE_RECT_INIT (0, draw->geometry.lanes_top, draw->width,
                                                       MAX (draw->height - draw->geometry.lanes_top, 1)));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint i = from; i < to; i++)
    {
      const DossierTimelineItem *item = &items[i];
      double cx = _dossier_timeline_draw_day_x (draw, item->anchor);
      double cy;
      guint key = (item->kind << 8 | item->stance << 4 | item->status) + 1;
      gboolean is_selected = item->event == selected;
      int label_width = 0;
      guint row = 0;

      if (item->lane >= n_lanes)
        continue;
      if (item->last + item->fuzz < draw->begin - slop || item->first - item->fuzz > draw->end + slop)
        continue;

      /* Zoomed far out, thousands of markers share pixels: the first one
       * drawn in a pixel column of a lane (two when crowded) stands for
       * the rest. */
      if (!is_selected && (int) i != focus_index &&
          fabs (cx - last_x[item->lane]) < (crowded ? 2.0 : 1.0) && (crowded || last_key[item->lane] == key))
        continue;
      last_x[item->lane] = cx;
      last_key[item->lane] = key;

      if (dense)
        cy = lane_center (draw, item->lane);
      else
        cy = place (draw, &rows, item, draw->rtl ? draw->width - cx : cx, &row, &label_width);
      item_y[i] = cy;

      draw_extent (draw, cr, item, &draw->palette.stance[item->stance < DOSSIER_N_EVENT_STANCES ? item->stance : 0], cy);
      fit_previous_title (draw, placed, last_in_row, item->lane * rows.max_rows + row, cx);
      g_array_append_val (placed, ((Placed) { i, cx, cy, label_width }));
    }

  /* Markers above the bars and halos of their neighbours. */
  for (guint i = 0; i < placed->len; i++)
    {
      const Placed *p = &g_array_index (placed, Placed, i);
      const DossierTimelineItem *item = &items[p->index];

      if (p->x < -r - 4 || p->x > draw->width + r + 4)
        continue;
      draw_marker (draw, cr, item, p->x, p->y, item->event == selected);
      if ((int) p->index == focus_index)
        {
          double side = 2 * r + 10;

          set_source (cr, &draw->palette.focus, 1);
          cairo_set_line_width (cr, 2);
          cairo_rectangle (cr, p->x - side / 2, p->y - side / 2, side, side);
          cairo_stroke (cr);
        }
    }
  cairo_destroy (cr);

  for (guint i = 0; i < placed->len; i++)
    {
      const Placed *p = &g_array_index (placed, Placed, i);

      if (p->label_width > 0)
        draw_title (draw, &items[p->index], p->x, p->y, p->label_width);
    }
  pango_layout_set_width (draw->layout, -1);
  pango_layout_set_ellipsize (draw->layout, PANGO_ELLIPSIZE_NONE);
  g_free (rows.row_end);
}

void
_dossier_timeline_draw (DossierTimelineView *self,
                        GtkSnapshot         *snapshot)
{
  DossierTimelineRange *range = dossier_timeline_view_get_range (self);
  Draw draw = { 0 };

  draw.width = gtk_widget_get_width (GTK_WIDGET (self));
  draw.height = gtk_widget_get_height (GTK_WIDGET (self));
  if (range == NULL || draw.width <= 0 || draw.height <= 0)
    return;

  draw.view = self;
  draw.snapshot = snapshot;
  draw.begin = dossier_timeline_range_get_begin (range);
  draw.end = dossier_timeline_range_get_end (range);
  draw.rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  if (draw.end <= draw.begin)
    return;
  _dossier_timeline_view_get_geometry (self, &draw.geometry);
  load_palette (GTK_WIDGET (self), &draw.palette);
  draw.layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), "Ag");
  pango_layout_get_pixel_size (draw.layout, NULL, &draw.line_height);

  _dossier_timeline_draw_eras (&draw);
  draw_lanes (&draw);
  _dossier_timeline_draw_ruler (&draw);
  draw_items (&draw);
  draw_lane_labels (&draw);

  g_object_unref (draw.layout);
}
