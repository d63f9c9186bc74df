/* dossier-timeline-draw-private.h — state of one snapshot of the timeline,
 * shared by the drawing files
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-timeline-view-private.h"

G_BEGIN_DECLS

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

double _dossier_timeline_draw_day_x      (Draw          *draw,
                                          double         day);
void   _dossier_timeline_draw_text       (Draw          *draw,
                                          const char    *text,
                                          double         x,
                                          double         y,
                                          const GdkRGBA *color);
int    _dossier_timeline_draw_text_width (Draw          *draw,
                                          const char    *text);

/* dossier-timeline-axis.c */
void   _dossier_timeline_draw_eras       (Draw          *draw);
void   _dossier_timeline_draw_ruler      (Draw          *draw);

G_END_DECLS
