/* dossier-timeline-axis.c — the time axis with adaptive ticks, and the
 * administrations as bands
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-timeline-draw-private.h"

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

/* Translators: short names of the administrations, for narrow bands. */
static const char *short_labels[DOSSIER_N_ERAS] = {
  [DOSSIER_ERA_NONE] = "",
  [DOSSIER_ERA_TRUMP_1] = N_("Trump I"),
  [DOSSIER_ERA_BIDEN] = N_("Biden"),
  [DOSSIER_ERA_TRUMP_2] = N_("Trump II"),
};

void
_dossier_timeline_draw_eras (Draw *draw)
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

      x0 = _dossier_timeline_draw_day_x (draw, MAX (first, draw->begin));
      x1 = _dossier_timeline_draw_day_x (draw, MIN (end, draw->end));
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
                                   &GRAPHENE_RECT_INIT (_dossier_timeline_draw_day_x (draw, first) - (draw->rtl ? 1 : 0), top, 1, draw->height - top));

      /* The label stays inside the visible part of its band, shortened
       * when the band is narrow. */
      label_width = _dossier_timeline_draw_text_width (draw, label);
      if (label_width + 12 > right - left)
        {
          label = _(short_labels[era]);
          label_width = _dossier_timeline_draw_text_width (draw, label);
        }
      if (label_width + 12 <= right - left)
        {
          double x = draw->rtl ? right - label_width - 6 : left + 6;

          pango_layout_set_attributes (draw->layout, NULL);
          _dossier_timeline_draw_text (draw, label, x, top + 6, &draw->palette.fg);
        }
    }
}

void
_dossier_timeline_draw_ruler (Draw *draw)
{
  double pixels_per_day = draw->width / (draw->end - draw->begin);
  DossierTimelineTicks ticks, coarse;
  gboolean has_coarse;
  double min_spacing, last_edge, sticky_limit;
  guint32 day;
  int label_y = draw->line_height + 8;
  int ruler = draw->geometry.ruler_height;
  char buffer[128];

  min_spacing = _dossier_timeline_draw_text_width (draw, "2025") * 1.6 + 16;
  ticks = _dossier_timeline_pick_ticks (pixels_per_day, min_spacing);
  has_coarse = ticks.unit <= DOSSIER_TIMELINE_UNIT_QUARTER;
  /* Years alone need no second row: centre them in the ruler. */
  if (!has_coarse)
    label_y = (ruler - draw->line_height) / 2;
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
      double x = _dossier_timeline_draw_day_x (draw, day);
      int width;

      if (day < draw->begin)
        continue;
      gtk_snapshot_append_color (draw->snapshot, &draw->palette.grid,
                                 &GRAPHENE_RECT_INIT (x, label_y, 1, draw->height - label_y));
      format_tick (buffer, sizeof buffer, ticks, day);
      width = _dossier_timeline_draw_text_width (draw, buffer);
      {
        double lx = draw->rtl ? x - 4 - width : x + 4;
        double start = draw->rtl ? -(lx + width) : lx;

        if (start >= last_edge + 6)
          {
            _dossier_timeline_draw_text (draw, buffer, lx, label_y, &draw->palette.dim);
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
      double x = _dossier_timeline_draw_day_x (draw, day);
      int width;

      format_date (buffer, sizeof buffer,
                   coarse.unit == DOSSIER_TIMELINE_UNIT_MONTH
                   /* Translators: month and year on the timeline axis, strftime() format. */
                   ? C_("timeline month label", "%B %Y")
                   : C_("timeline year tick", "%Y"), day);
      width = _dossier_timeline_draw_text_width (draw, buffer);
      gtk_snapshot_append_color (draw->snapshot, &draw->palette.grid_strong,
                                 &GRAPHENE_RECT_INIT (x, 2, 1, draw->height - 2));
      _dossier_timeline_draw_text (draw, buffer, draw->rtl ? x - 4 - width : x + 4, 4, &draw->palette.fg);
      if (sticky_limit == G_MAXDOUBLE)
        sticky_limit = draw->rtl ? draw->width - x : x;
    }

  format_date (buffer, sizeof buffer,
               coarse.unit == DOSSIER_TIMELINE_UNIT_MONTH
               ? C_("timeline month label", "%B %Y")
               : C_("timeline year tick", "%Y"),
               _dossier_timeline_tick_floor (coarse, (guint32) MAX (draw->begin, 1)));
  {
    int width = _dossier_timeline_draw_text_width (draw, buffer);

    if (4 + width + 8 < sticky_limit)
      _dossier_timeline_draw_text (draw, buffer, draw->rtl ? draw->width - 4 - width : 4, 4, &draw->palette.fg);
  }
}
