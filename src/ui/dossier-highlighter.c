/* dossier-highlighter.c — analysis spans as text tags of a buffer
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tags only use background-rgba and underline: on GTK < 4.10, an assistive
 * technology asking for the attributes of text under a tag that sets a
 * foreground colour crashes the application.
 */
#include "config.h"

#include "dossier-highlighter.h"
#include "dossier-span-format.h"

struct _DossierHighlighter
{
  GObject        parent_instance;

  GtkTextBuffer *buffer;
  GtkTextTag    *tags[DOSSIER_N_SPAN_KINDS];
  gboolean       visible[DOSSIER_N_SPAN_KINDS];
  GPtrArray     *spans;
  gboolean       dark;
  gboolean       high_contrast;
};

G_DEFINE_FINAL_TYPE (DossierHighlighter, dossier_highlighter, G_TYPE_OBJECT)

/* GNOME palette: a darker shade on light backgrounds, a lighter one on dark. */
static const char *light_colours[DOSSIER_N_SPAN_KINDS] = {
  "#3584e4", "#9141ac", "#2ec27e", "#e5a50a", "#ff7800", "#e01b24", "#9a9996", "#986a44",
};
static const char *dark_colours[DOSSIER_N_SPAN_KINDS] = {
  "#62a0ea", "#c061cb", "#57e389", "#f6d32d", "#ffa348", "#f66151", "#c0bfbc", "#cdab8f",
};

/* Shapes of underline tell kinds apart without colour: names are single,
 * figures double, dates low. */
static PangoUnderline
kind_underline (DossierSpanKind kind)
{
  if (dossier_span_kind_is_entity (kind))
    return PANGO_UNDERLINE_SINGLE;
  if (kind == DOSSIER_SPAN_DATE)
    return PANGO_UNDERLINE_LOW;
  return PANGO_UNDERLINE_DOUBLE;
}

void
dossier_highlighter_kind_colour (DossierSpanKind  kind,
                                 gboolean         dark,
                                 GdkRGBA         *rgba)
{
  g_return_if_fail (kind < DOSSIER_N_SPAN_KINDS);
  g_return_if_fail (rgba != NULL);

  gdk_rgba_parse (rgba, dark ? dark_colours[kind] : light_colours[kind]);
}

static void
update_tag (DossierHighlighter *self,
            DossierSpanKind     kind)
{
  GdkRGBA rgba;

  dossier_highlighter_kind_colour (kind, self->dark, &rgba);
  /* Dark backgrounds need a stronger tint for the same contrast; high
   * contrast makes the tint stronger still and the underline double. */
  rgba.alpha = self->high_contrast ? 0.5 : self->dark ? 0.38 : 0.28;

  if (self->visible[kind])
    g_object_set (self->tags[kind],
                  "background-rgba", &rgba,
                  "underline", self->high_contrast ? PANGO_UNDERLINE_DOUBLE : kind_underline (kind),
                  NULL);
  else
    g_object_set (self->tags[kind],
                  "background-set", FALSE,
                  "underline-set", FALSE,
                  NULL);
}

static void
dossier_highlighter_dispose (GObject *object)
{
  DossierHighlighter *self = DOSSIER_HIGHLIGHTER (object);

  g_clear_object (&self->buffer);
  g_clear_pointer (&self->spans, g_ptr_array_unref);

  G_OBJECT_CLASS (dossier_highlighter_parent_class)->dispose (object);
}

static void
dossier_highlighter_class_init (DossierHighlighterClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = dossier_highlighter_dispose;
}

static void
dossier_highlighter_init (DossierHighlighter *self)
{
  for (guint i = 0; i < DOSSIER_N_SPAN_KINDS; i++)
    self->visible[i] = TRUE;
}

DossierHighlighter *
dossier_highlighter_new (GtkTextBuffer *buffer)
{
  DossierHighlighter *self;

  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (buffer), NULL);

  self = g_object_new (DOSSIER_TYPE_HIGHLIGHTER, NULL);
  self->buffer = g_object_ref (buffer);
  for (guint i = 0; i < DOSSIER_N_SPAN_KINDS; i++)
    {
      g_autofree char *name = g_strconcat ("highlight-", dossier_span_kind_to_string (i), NULL);

      self->tags[i] = gtk_text_buffer_create_tag (buffer, name, NULL);
      update_tag (self, i);
    }
  return self;
}

void
dossier_highlighter_clear (DossierHighlighter *self)
{
  GtkTextIter start, end;

  g_return_if_fail (DOSSIER_IS_HIGHLIGHTER (self));

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  for (guint i = 0; i < DOSSIER_N_SPAN_KINDS; i++)
    gtk_text_buffer_remove_tag (self->buffer, self->tags[i], &start, &end);
  g_clear_pointer (&self->spans, g_ptr_array_unref);
}

void
dossier_highlighter_set_spans (DossierHighlighter *self,
                               GPtrArray          *spans)
{
  GtkTextIter iter;
  guint pos = 0;
  guint n_chars;

  g_return_if_fail (DOSSIER_IS_HIGHLIGHTER (self));

  dossier_highlighter_clear (self);
  if (spans == NULL)
    return;
  self->spans = g_ptr_array_ref (spans);

  /* One iterator walking forward: far cheaper than an offset lookup per
   * span on long articles. */
  n_chars = gtk_text_buffer_get_char_count (self->buffer);
  gtk_text_buffer_get_start_iter (self->buffer, &iter);
  for (guint i = 0; i < spans->len; i++)
    {
      const DossierSpan *span = g_ptr_array_index (spans, i);
      GtkTextIter end;

      if (span->kind >= DOSSIER_N_SPAN_KINDS || span->end <= span->start ||
          span->end > n_chars)
        continue;
      if (span->start >= pos)
        gtk_text_iter_forward_chars (&iter, span->start - pos);
      else
        gtk_text_buffer_get_iter_at_offset (self->buffer, &iter, span->start);
      pos = span->start;
      end = iter;
      gtk_text_iter_forward_chars (&end, span->end - span->start);
      gtk_text_buffer_apply_tag (self->buffer, self->tags[span->kind], &iter, &end);
    }
}

GPtrArray *
dossier_highlighter_get_spans (DossierHighlighter *self)
{
  g_return_val_if_fail (DOSSIER_IS_HIGHLIGHTER (self), NULL);
  return self->spans;
}

void
dossier_highlighter_set_style (DossierHighlighter *self,
                               gboolean            dark,
                               gboolean            high_contrast)
{
  g_return_if_fail (DOSSIER_IS_HIGHLIGHTER (self));

  self->dark = !!dark;
  self->high_contrast = !!high_contrast;
  for (guint i = 0; i < DOSSIER_N_SPAN_KINDS; i++)
    update_tag (self, i);
}

void
dossier_highlighter_set_kind_visible (DossierHighlighter *self,
                                      DossierSpanKind     kind,
                                      gboolean            visible)
{
  g_return_if_fail (DOSSIER_IS_HIGHLIGHTER (self));
  g_return_if_fail (kind < DOSSIER_N_SPAN_KINDS);

  if (self->visible[kind] == !!visible)
    return;
  self->visible[kind] = !!visible;
  update_tag (self, kind);
}

gboolean
dossier_highlighter_get_kind_visible (DossierHighlighter *self,
                                      DossierSpanKind     kind)
{
  g_return_val_if_fail (DOSSIER_IS_HIGHLIGHTER (self), FALSE);
  g_return_val_if_fail (kind < DOSSIER_N_SPAN_KINDS, FALSE);
  return self->visible[kind];
}

GtkTextTag *
dossier_highlighter_get_tag (DossierHighlighter *self,
                             DossierSpanKind     kind)
{
  g_return_val_if_fail (DOSSIER_IS_HIGHLIGHTER (self), NULL);
  g_return_val_if_fail (kind < DOSSIER_N_SPAN_KINDS, NULL);
  return self->tags[kind];
}

const DossierSpan *
dossier_highlighter_span_at (DossierHighlighter *self,
                             guint               offset)
{
  guint lo = 0, hi;

  g_return_val_if_fail (DOSSIER_IS_HIGHLIGHTER (self), NULL);

  if (self->spans == NULL || self->spans->len == 0)
    return NULL;

  /* The last span starting at or before @offset. */
  hi = self->spans->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const DossierSpan *span = g_ptr_array_index (self->spans, mid);

      if (span->start <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  /* Spans may nest; look back a little for one that still covers. */
  for (guint i = lo; i > 0 && lo - i < 8; i--)
    {
      const DossierSpan *span = g_ptr_array_index (self->spans, i - 1);

      if (span->start <= offset && offset < span->end &&
          self->visible[span->kind])
        return span;
    }
  return NULL;
}

int
dossier_highlighter_next_mention (DossierHighlighter *self,
                                  const DossierSpan  *span,
                                  guint               offset)
{
  g_autofree char *key = NULL;
  int first = -1;

  g_return_val_if_fail (DOSSIER_IS_HIGHLIGHTER (self), -1);
  g_return_val_if_fail (span != NULL, -1);

  if (self->spans == NULL)
    return -1;
  key = dossier_span_group_key (span);
  for (guint i = 0; i < self->spans->len; i++)
    {
      const DossierSpan *other = g_ptr_array_index (self->spans, i);
      g_autofree char *other_key = dossier_span_group_key (other);

      if (g_strcmp0 (key, other_key) != 0)
        continue;
      if (first < 0)
        first = i;
      if (other->start > offset)
        return i;
    }
  return first;
}
