/* dossier-timeline-draw.c — drawing the timeline: axis, eras, lanes, markers
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "dossier-timeline-view-private.h"

typedef struct
{
  GdkRGBA  fg;
  GdkRGBA  dim;
  GdkRGBA  grid;
  GdkRGBA  grid_strong;
  GdkRGBA  bg;
  GdkRGBA  accent;
  GdkRGBA  focus;
  GdkRGBA  stance[DOSSIER_N_EVENT_STANCES];
  GdkRGBA  era[DOSSIER_N_ERAS];
  double   band_alpha;
  gboolean high_contrast;
} Palette;

typedef struct
{
  DossierTimelineView     *view;
  GtkSnapshot             *snapshot;
  DossierTimelineGeometry  geometry;
  Palette                  palette;
  PangoLayout             *layout;
  int                      width;
  int                      height;
  int                      line_height;
  double                   begin;
  double                   end;
  gboolean                 rtl;
} Draw;

/* ---- Ticks ---- */

typedef struct
{
  DossierTimelineUnit unit;
  guint               step;
  double              days;   /* typical length */
} TickChoice;

static const TickChoice tick_choices[] = {
  { DOSSIER_TIMELINE_UNIT_DAY, 1, 1 },
  { DOSSIER_TIMELINE_UNIT_WEEK, 1, 7 },
  { DOSSIER_TIMELINE_UNIT_MONTH, 1, 30.44 },
  { DOSSIER_TIMELINE_UNIT_QUARTER, 1, 91.31 },
  { DOSSIER_TIMELINE_UNIT_YEAR, 1, 365.25 },
  { DOSSIER_TIMELINE_UNIT_YEAR, 2, 730.5 },
  { DOSSIER_TIMELINE_UNIT_YEAR, 5, 1826.25 },
  { DOSSIER_TIMELINE_UNIT_YEAR, 10, 3652.5 },
  { DOSSIER_TIMELINE_UNIT_YEAR, 25, 9131.25 },
  { DOSSIER_TIMELINE_UNIT_YEAR, 50, 18262.5 },
  { DOSSIER_TIMELINE_UNIT_YEAR, 100, 36525 },
};

DossierTimelineTicks
_dossier_timeline_pick_ticks (double pixels_per_day,
                              double min_spacing)
{
  for (guint i = 0; i < G_N_ELEMENTS (tick_choices); i++)
    if (tick_choices[i].days * pixels_per_day >= min_spacing)
      return (DossierTimelineTicks) { tick_choices[i].unit, tick_choices[i].step };
  return (DossierTimelineTicks) { DOSSIER_TIMELINE_UNIT_YEAR, 1000 };
}

static void
date_from_julian (GDate   *date,
                  guint32  day)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, CLAMP (day, 1u, 3652059u)); /* up to 9999-12-31 */
}

guint32
_dossier_timeline_tick_floor (DossierTimelineTicks ticks,
                              guint32              day)
{
  GDate date;
  int year;

  date_from_julian (&date, day);
  switch (ticks.unit)
    {
    case DOSSIER_TIMELINE_UNIT_DAY:
      break;
    case DOSSIER_TIMELINE_UNIT_WEEK:
      /* Weeks start on Monday, as ISO 8601 has it. */
      g_date_subtract_days (&date, MIN (g_date_get_weekday (&date) - G_DATE_MONDAY, g_date_get_julian (&date) - 1));
      break;
    case DOSSIER_TIMELINE_UNIT_MONTH:
      g_date_set_day (&date, 1);
      break;
    case DOSSIER_TIMELINE_UNIT_QUARTER:
      g_date_set_day (&date, 1);
      g_date_set_month (&date, ((g_date_get_month (&date) - 1) / 3) * 3 + 1);
      break;
    case DOSSIER_TIMELINE_UNIT_YEAR:
    default:
      year = g_date_get_year (&date);
      year -= year % MAX (ticks.step, 1u);
      g_date_set_dmy (&date, 1, G_DATE_JANUARY, MAX (year, 1));
      break;
    }
  return g_date_get_julian (&date);
}

guint32
_dossier_timeline_tick_next (DossierTimelineTicks ticks,
                             guint32              day)
{
  GDate date;

  date_from_julian (&date, _dossier_timeline_tick_floor (ticks, day));
  if (g_date_get_year (&date) >= 9999 && ticks.unit >= DOSSIER_TIMELINE_UNIT_MONTH)
    return G_MAXUINT32;
  switch (ticks.unit)
    {
    case DOSSIER_TIMELINE_UNIT_DAY:
      g_date_add_days (&date, 1);
      break;
    case DOSSIER_TIMELINE_UNIT_WEEK:
      g_date_add_days (&date, 7);
      break;
    case DOSSIER_TIMELINE_UNIT_MONTH:
      g_date_add_months (&date, 1);
      break;
    case DOSSIER_TIMELINE_UNIT_QUARTER:
      g_date_add_months (&date, 3);
      break;
    case DOSSIER_TIMELINE_UNIT_YEAR:
    default:
      if (g_date_get_year (&date) + ticks.step > 9999)
        return G_MAXUINT32;
      g_date_add_years (&date, ticks.step);
      break;
    }
  return g_date_get_julian (&date);
}

static void
format_date (char       *buffer,
             gsize       size,
             const char *format,
             guint32     day)
{
  GDate date;

  date_from_julian (&date, day);
  if (g_date_strftime (buffer, size, format, &date) == 0)
    buffer[0] = '\0';
  g_strstrip (buffer);
}

static void
format_tick (char                 *buffer,
             gsize                 size,
             DossierTimelineTicks  ticks,
             guint32               day)
{
  GDate date;

  switch (ticks.unit)
    {
    case DOSSIER_TIMELINE_UNIT_DAY:
      /* Translators: a day on the timeline axis, strftime() format. */
      format_date (buffer, size, C_("timeline day tick", "%e"), day);
      break;
    case DOSSIER_TIMELINE_UNIT_WEEK:
      /* Translators: the first day of a week on the timeline axis,
       * strftime() format: day and abbreviated month. */
      format_date (buffer, size, C_("timeline week tick", "%e %b"), day);
      break;
    case DOSSIER_TIMELINE_UNIT_MONTH:
      /* Translators: a month on the timeline axis, strftime() format. */
      format_date (buffer, size, C_("timeline month tick", "%b"), day);
      break;
    case DOSSIER_TIMELINE_UNIT_QUARTER:
      date_from_julian (&date, day);
      /* Translators: a quarter of a year on the timeline axis, e.g. Q2. */
      g_snprintf (buffer, size, _("Q%d"), (g_date_get_month (&date) - 1) / 3 + 1);
      break;
    case DOSSIER_TIMELINE_UNIT_YEAR:
    default:
      /* Translators: a year on the timeline axis, strftime() format. */
      format_date (buffer, size, C_("timeline year tick", "%Y"), day);
      break;
    }
}

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

static double
day_x (Draw   *draw,
       double  day)
{
  return _dossier_timeline_view_day_to_x (draw->view, day, draw->width);
}

static void
draw_text (Draw          *draw,
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

static int
text_width (Draw       *draw,
            const char *text)
{
  int width;

  pango_layout_set_text (draw->layout, text, -1);
  pango_layout_get_pixel_size (draw->layout, &width, NULL);
  return width;
}

/* Translators: short names of the administrations, for narrow bands. */
static const char *short_labels[DOSSIER_N_ERAS] = {
  [DOSSIER_ERA_NONE] = "",
  [DOSSIER_ERA_TRUMP_1] = N_("Trump I"),
  [DOSSIER_ERA_BIDEN] = N_("Biden"),
  [DOSSIER_ERA_TRUMP_2] = N_("Trump II"),
};

static void
draw_eras (Draw *draw)
{
  int top = draw->geometry.ruler_height;

  for (DossierEra era = DOSSIER_ERA_TRUMP_1; era < DOSSIER_N_ERAS; era++)
    {
      guint32 first, end;
      double x0, x1, left, right;
      const char *label = dossier_era_get_label (era);
      int label_width;

      dossier_era_get_range (era, &first, &end);
      if (end == DOSSIER_EDTF_UNBOUNDED_END)
        end = (guint32) MIN ((double) G_MAXUINT32, draw->end + 1);
      if (end <= draw->begin || first >= draw->end)
        continue;

      x0 = day_x (draw, MAX (first, draw->begin));
      x1 = day_x (draw, MIN (end, draw->end));
      left = MIN (x0, x1);
      right = MAX (x0, x1);

      gtk_snapshot_append_color (draw->snapshot,
                                 &(GdkRGBA) { draw->palette.era[era].red, draw->palette.era[era].green,
                                              draw->palette.era[era].blue, draw->palette.band_alpha },
                                 &GRAPHENE_RECT_INIT (left, top, right - left, draw->height - top));
      gtk_snapshot_append_color (draw->snapshot, &draw->palette.era[era],
                                 &GRAPHENE_RECT_INIT (left, top, right - left, 4));
      /* The inauguration day as a line. */
      if (first >= draw->begin)
        gtk_snapshot_append_color (draw->snapshot, &draw->palette.era[era],
                                   &GRAPHENE_RECT_INIT (day_x (draw, first) - (draw->rtl ? 1 : 0), top, 1, draw->height - top));

      /* The label stays inside the visible part of its band, shortened
       * when the band is narrow. */
      label_width = text_width (draw, label);
      if (label_width + 12 > right - left)
        {
          label = _(short_labels[era]);
          label_width = text_width (draw, label);
        }
      if (label_width + 12 <= right - left)
        {
          double x = draw->rtl ? right - label_width - 6 : left + 6;

          pango_layout_set_attributes (draw->layout, NULL);
          draw_text (draw, label, x, top + 6, &draw->palette.fg);
        }
    }
}

static void
draw_ruler (Draw *draw)
{
  double pixels_per_day = draw->width / (draw->end - draw->begin);
  DossierTimelineTicks ticks, coarse;
  gboolean has_coarse;
  double min_spacing, last_edge, sticky_limit;
  guint32 day;
  int label_y = draw->line_height + 8;
  int ruler = draw->geometry.ruler_height;
  char buffer[128];

  min_spacing = text_width (draw, "2025") * 1.6 + 16;
  ticks = _dossier_timeline_pick_ticks (pixels_per_day, min_spacing);
  has_coarse = ticks.unit <= DOSSIER_TIMELINE_UNIT_QUARTER;
  coarse.unit = ticks.unit <= DOSSIER_TIMELINE_UNIT_WEEK ? DOSSIER_TIMELINE_UNIT_MONTH : DOSSIER_TIMELINE_UNIT_YEAR;
  coarse.step = 1;

  gtk_snapshot_append_color (draw->snapshot, &draw->palette.grid_strong,
                             &GRAPHENE_RECT_INIT (0, ruler - 1, draw->width, 1));

  /* Fine ticks: a short line, a label after it, a faint grid line. */
  last_edge = -G_MAXDOUBLE;
  for (day = _dossier_timeline_tick_floor (ticks, (guint32) MAX (draw->begin, 1));
       day < draw->end && day != G_MAXUINT32;
       day = _dossier_timeline_tick_next (ticks, day))
    {
      double x = day_x (draw, day);
      int width;

      if (day < draw->begin)
        continue;
      gtk_snapshot_append_color (draw->snapshot, &draw->palette.grid,
                                 &GRAPHENE_RECT_INIT (x, label_y, 1, draw->height - label_y));
      format_tick (buffer, sizeof buffer, ticks, day);
      width = text_width (draw, buffer);
      {
        double lx = draw->rtl ? x - 4 - width : x + 4;
        double start = draw->rtl ? -(lx + width) : lx;

        if (start >= last_edge + 6)
          {
            draw_text (draw, buffer, lx, label_y, &draw->palette.dim);
            last_edge = draw->rtl ? -lx : lx + width;
          }
      }
    }

  if (!has_coarse)
    return;

  /* Coarse boundaries (months or years) on the top row; the period the
   * view starts in keeps its label pinned to the start edge. */
  sticky_limit = G_MAXDOUBLE;
  for (day = _dossier_timeline_tick_next (coarse, (guint32) MAX (draw->begin, 1));
       day < draw->end && day != G_MAXUINT32;
       day = _dossier_timeline_tick_next (coarse, day))
    {
      double x = day_x (draw, day);
      int width;

      format_date (buffer, sizeof buffer,
                   coarse.unit == DOSSIER_TIMELINE_UNIT_MONTH
                   /* Translators: month and year on the timeline axis, strftime() format. */
                   ? C_("timeline month label", "%B %Y")
                   : C_("timeline year tick", "%Y"), day);
      width = text_width (draw, buffer);
      gtk_snapshot_append_color (draw->snapshot, &draw->palette.grid_strong,
                                 &GRAPHENE_RECT_INIT (x, 2, 1, draw->height - 2));
      draw_text (draw, buffer, draw->rtl ? x - 4 - width : x + 4, 4, &draw->palette.fg);
      if (sticky_limit == G_MAXDOUBLE)
        sticky_limit = draw->rtl ? draw->width - x : x;
    }

  format_date (buffer, sizeof buffer,
               coarse.unit == DOSSIER_TIMELINE_UNIT_MONTH
               ? C_("timeline month label", "%B %Y")
               : C_("timeline year tick", "%Y"),
               _dossier_timeline_tick_floor (coarse, (guint32) MAX (draw->begin, 1)));
  {
    int width = text_width (draw, buffer);

    if (4 + width + 8 < sticky_limit)
      draw_text (draw, buffer, draw->rtl ? draw->width - 4 - width : 4, 4, &draw->palette.fg);
  }
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
      int width = text_width (draw, label);
      double y = draw->geometry.lanes_top + lane * draw->geometry.lane_height + 3;
      double x = draw->rtl ? draw->width - width - 10 : 10;
      GskRoundedRect rect;

      gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x - 6, y, width + 12, draw->line_height + 2), 6);
      gtk_snapshot_push_rounded_clip (draw->snapshot, &rect);
      gtk_snapshot_append_color (draw->snapshot, &pill, &rect.bounds);
      gtk_snapshot_pop (draw->snapshot);
      draw_text (draw, label, x, y + 1, &draw->palette.dim);
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
  double x0 = day_x (draw, item->first), x1 = day_x (draw, item->last);
  double left = MIN (x0, x1), right = MAX (x0, x1);

  if (item->fuzz > 0)
    {
      double f0 = day_x (draw, item->first - item->fuzz), f1 = day_x (draw, item->last + item->fuzz);
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
      double cx = day_x (draw, item->anchor);
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

  draw_eras (&draw);
  draw_lanes (&draw);
  draw_ruler (&draw);
  draw_items (&draw);
  draw_lane_labels (&draw);

  g_object_unref (draw.layout);
}
