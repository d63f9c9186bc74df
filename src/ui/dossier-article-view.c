/* dossier-article-view.c — one article: text, highlights, find, zoom
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-article-view-private.h"
#include "dossier-entity-names.h"
#include "dossier-span-format.h"

G_DEFINE_FINAL_TYPE (DossierArticleView, dossier_article_view, GTK_TYPE_WIDGET)

enum { TOAST, SHOW_ENTITY, ANNOTATIONS_CHANGED, EVENT_SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* Lines longer than this many average characters are hard to follow. */
#define MAX_LINE_CHARS 80

static void
update_style (DossierArticleView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  dossier_highlighter_set_style (self->highlighter,
                                 adw_style_manager_get_dark (manager),
                                 adw_style_manager_get_high_contrast (manager));
  _dossier_article_view_reload_annotations (self);
}

static void
on_style_changed (AdwStyleManager *manager,
                  GParamSpec      *pspec,
                  gpointer         user_data)
{
  update_style (DOSSIER_ARTICLE_VIEW (user_data));
}

/* Keeps the text column at a readable width by growing the side margins
 * of wide windows. */
static void
on_width_changed (GtkAdjustment *adjustment,
                  gpointer       user_data)
{
  DossierArticleView *self = user_data;
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self->text_view));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  int char_width = pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE;
  int width = gtk_widget_get_width (GTK_WIDGET (self->scrolled));
  int column = MAX_LINE_CHARS * MAX (char_width, 6);
  int margin = MAX (24, (width - column) / 2);

  pango_font_metrics_unref (metrics);

  if (gtk_text_view_get_left_margin (self->text_view) != margin)
    {
      gtk_text_view_set_left_margin (self->text_view, margin);
      gtk_text_view_set_right_margin (self->text_view, margin);
    }
  gtk_widget_queue_draw (self->gutter);
}

static void
on_scrolled (GtkAdjustment *adjustment,
             gpointer       user_data)
{
  DossierArticleView *self = user_data;

  gtk_widget_queue_draw (self->gutter);
}

/* ---- Legend ---- */

static void
update_legend_counts (DossierArticleView *self)
{
  GPtrArray *spans = dossier_highlighter_get_spans (self->highlighter);
  guint counts[DOSSIER_N_SPAN_KINDS] = { 0 };

  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      const DossierSpan *span = g_ptr_array_index (spans, i);

      if (span->kind < DOSSIER_N_SPAN_KINDS)
        counts[span->kind]++;
    }
  for (guint kind = 0; kind < DOSSIER_N_SPAN_KINDS; kind++)
    {
      GtkWidget *button = self->legend_buttons[kind];
      g_autofree char *tooltip = NULL;

      /* The flow box child around the button is what takes room. */
      gtk_widget_set_visible (gtk_widget_get_parent (button), counts[kind] > 0);
      tooltip = g_strdup_printf (ngettext ("Show or hide %u highlight of this kind",
                                           "Show or hide %u highlights of this kind", counts[kind]),
                                 counts[kind]);
      gtk_widget_set_tooltip_text (button, tooltip);
    }
}

static void
on_legend_toggled (GtkToggleButton *button,
                   gpointer         user_data)
{
  DossierArticleView *self = user_data;
  DossierSpanKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kind"));

  dossier_highlighter_set_kind_visible (self->highlighter, kind,
                                        gtk_toggle_button_get_active (button));
}

static void
build_legend (DossierArticleView *self)
{
  for (guint kind = 0; kind < DOSSIER_N_SPAN_KINDS; kind++)
    {
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *swatch = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      GtkWidget *label = gtk_label_new (dossier_span_kind_label (kind));
      g_autofree char *css = g_strconcat ("kind-", dossier_span_kind_to_string (kind), NULL);

      gtk_widget_add_css_class (swatch, "kind-swatch");
      gtk_widget_add_css_class (swatch, css);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), swatch);
      gtk_box_append (GTK_BOX (box), label);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "legend-button");
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      dossier_span_kind_plural_label (kind), -1);
      g_object_set_data (G_OBJECT (button), "kind", GUINT_TO_POINTER (kind));
      g_signal_connect (button, "toggled", G_CALLBACK (on_legend_toggled), self);
      gtk_flow_box_append (self->legend_box, button);
      /* One tab stop per kind: the button, not its flow box child. */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      gtk_widget_set_visible (gtk_widget_get_parent (button), FALSE);
      self->legend_buttons[kind] = button;
    }
}

/* ---- Highlight details ---- */

static char *
highlight_names_seen (DossierArticleView *self,
                      const DossierSpan  *span)
{
  GPtrArray *spans = dossier_highlighter_get_spans (self->highlighter);
  g_autofree char *key = dossier_span_group_key (span);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GString *names = g_string_new (NULL);

  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      const DossierSpan *other = g_ptr_array_index (spans, i);
      g_autofree char *other_key = dossier_span_group_key (other);

      if (g_strcmp0 (key, other_key) != 0 || other->text == NULL ||
          g_strcmp0 (other->text, span->entity_name) == 0 ||
          g_hash_table_contains (seen, other->text))
        continue;
      g_hash_table_add (seen, other->text);
      if (names->len > 0)
        g_string_append (names, _(", "));
      g_string_append (names, other->text);
    }
  return g_string_free (names, names->len == 0);
}

static guint
count_mentions (DossierArticleView *self,
                const DossierSpan  *span)
{
  GPtrArray *spans = dossier_highlighter_get_spans (self->highlighter);
  g_autofree char *key = dossier_span_group_key (span);
  guint n = 0;

  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      g_autofree char *other_key = dossier_span_group_key (g_ptr_array_index (spans, i));

      if (g_strcmp0 (key, other_key) == 0)
        n++;
    }
  return n;
}

static void
on_next_mention_clicked (GtkButton *button,
                         gpointer   user_data)
{
  DossierArticleView *self = user_data;
  GPtrArray *spans = dossier_highlighter_get_spans (self->highlighter);
  int next;

  if (self->popover_span == NULL)
    return;
  next = dossier_highlighter_next_mention (self->highlighter, self->popover_span,
                                           self->popover_span->start);
  gtk_popover_popdown (GTK_POPOVER (self->highlight_popover));
  if (next >= 0)
    {
      const DossierSpan *span = g_ptr_array_index (spans, next);

      dossier_article_view_select_range (self, span->start, span->end);
    }
}

static void
on_show_entity_clicked (GtkButton *button,
                        gpointer   user_data)
{
  DossierArticleView *self = user_data;
  const DossierSpan *span = self->popover_span;

  gtk_popover_popdown (GTK_POPOVER (self->highlight_popover));
  if (span != NULL && span->entity_id != NULL)
    g_signal_emit (self, signals[SHOW_ENTITY], 0, span->entity_id,
                   span->entity_name ? span->entity_name : span->text);
}

static GtkWidget *
popover_label (GtkWidget  *box,
               const char *text,
               const char *css)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css != NULL)
    gtk_widget_add_css_class (label, css);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

static void
show_span_popover (DossierArticleView *self,
                   const DossierSpan  *span)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *button;
  GtkTextIter iter;
  GdkRectangle rect;
  g_autofree char *value = dossier_span_format_value (span);
  g_autofree char *names = highlight_names_seen (self, span);
  guint n = count_mentions (self, span);
  g_autofree char *mentions = g_strdup_printf (ngettext ("%u mention in this article",
                                                         "%u mentions in this article", n), n);

  self->popover_span = span;
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  popover_label (box, span->entity_name ? dossier_entity_display_name (span->entity_id, span->entity_name)
                     : value ? value : span->text, "heading");
  popover_label (box, dossier_span_kind_label (span->kind), "dim-label");
  if (value != NULL && span->entity_name != NULL)
    popover_label (box, value, NULL);
  if (names != NULL)
    {
      g_autofree char *aliases = g_strdup_printf (_("Written here as: %s"), names);

      popover_label (box, aliases, "caption");
    }
  if (span->confidence > 0 && span->confidence < 1)
    popover_label (box, _("Suggested match: check the spelling"), "caption");
  popover_label (box, mentions, "caption");

  gtk_widget_set_margin_top (buttons, 6);
  button = gtk_button_new_with_mnemonic (_("_Next Mention"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_next_mention_clicked), self);
  gtk_box_append (GTK_BOX (buttons), button);
  if (span->entity_id != NULL)
    {
      button = gtk_button_new_with_mnemonic (_("_All Articles"));
      gtk_widget_set_tooltip_text (button, _("Show every article mentioning it"));
      g_signal_connect (button, "clicked", G_CALLBACK (on_show_entity_clicked), self);
      gtk_box_append (GTK_BOX (buttons), button);
    }
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_popover_set_child (GTK_POPOVER (self->highlight_popover),
                         _dossier_article_view_add_curation (self, box, span));

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (self->text_view), &iter, span->start);
  gtk_text_view_get_iter_location (self->text_view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         rect.x, rect.y, &rect.x, &rect.y);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->highlight_popover), &rect);
  gtk_popover_popup (GTK_POPOVER (self->highlight_popover));
}

gboolean
dossier_article_view_show_highlight (DossierArticleView *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  const DossierSpan *span;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE_VIEW (self), FALSE);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  span = dossier_highlighter_span_at (self->highlighter, gtk_text_iter_get_offset (&iter));
  if (span == NULL)
    return FALSE;
  show_span_popover (self, span);
  return TRUE;
}

static const DossierSpan *
span_at_point (DossierArticleView *self,
               double              x,
               double              y)
{
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    return NULL;
  return dossier_highlighter_span_at (self->highlighter, gtk_text_iter_get_offset (&iter));
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  DossierArticleView *self = user_data;
  const DossierSpan *span;
  g_autofree char *text = NULL;

  if (keyboard)
    return FALSE;
  span = span_at_point (self, x, y);
  if (span == NULL)
    return FALSE;
  text = dossier_span_describe (span);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   gpointer         user_data)
{
  DossierArticleView *self = user_data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  const DossierSpan *span;

  /* A click that selected text is not a click on a highlight. */
  if (n_press != 1 || gtk_text_buffer_get_has_selection (buffer))
    return;
  span = span_at_point (self, x, y);
  if (span != NULL)
    show_span_popover (self, span);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                gpointer               user_data)
{
  DossierArticleView *self = user_data;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) == 0 &&
      (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_Menu))
    return dossier_article_view_show_highlight (self);
  return FALSE;
}

/* Screen readers get the highlight under the caret as the description of
 * the text view. */
static void
on_mark_set (GtkTextBuffer     *buffer,
             const GtkTextIter *location,
             GtkTextMark       *mark,
             gpointer           user_data)
{
  DossierArticleView *self = user_data;
  const DossierSpan *span;
  g_autofree char *description = NULL;

  if (mark != gtk_text_buffer_get_insert (buffer))
    return;
  span = dossier_highlighter_span_at (self->highlighter, gtk_text_iter_get_offset (location));
  if (span != NULL)
    description = dossier_span_describe (span);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description ? description : "", -1);
}

static void
on_mention_activated (DossierEntityPane *pane,
                      guint              index,
                      gpointer           user_data)
{
  DossierArticleView *self = user_data;
  GPtrArray *spans = dossier_highlighter_get_spans (self->highlighter);
  const DossierSpan *span;

  if (spans == NULL || index >= spans->len)
    return;
  span = g_ptr_array_index (spans, index);
  dossier_article_view_select_range (self, span->start, span->end);
}

/* ---- Find ---- */

static void
clear_find (DossierArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->find_tag, &start, &end);
  for (guint i = 0; i < self->find_matches->len; i++)
    gtk_text_buffer_delete_mark (buffer, g_ptr_array_index (self->find_matches, i));
  g_ptr_array_set_size (self->find_matches, 0);
  self->find_current = -1;
  gtk_label_set_text (self->find_label, "");
}

static void
show_find_match (DossierArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  guint n = self->find_matches->len / 2;
  g_autofree char *status = NULL;
  GtkTextIter start, end;

  if (n == 0)
    {
      gtk_label_set_text (self->find_label, _("No matches"));
      return;
    }
  gtk_text_buffer_get_iter_at_mark (buffer, &start, g_ptr_array_index (self->find_matches, 2 * self->find_current));
  gtk_text_buffer_get_iter_at_mark (buffer, &end, g_ptr_array_index (self->find_matches, 2 * self->find_current + 1));
  gtk_text_buffer_select_range (buffer, &start, &end);
  gtk_text_view_scroll_to_mark (self->text_view, g_ptr_array_index (self->find_matches, 2 * self->find_current),
                                0.1, FALSE, 0, 0);
  /* Translators: the current find match and the number of matches. */
  status = g_strdup_printf (_("%d of %u"), self->find_current + 1, n);
  gtk_label_set_text (self->find_label, status);
}

guint
dossier_article_view_find_text (DossierArticleView *self,
                                const char         *text)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter, match_start, match_end;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE_VIEW (self), 0);

  clear_find (self);
  if (text == NULL || text[0] == '\0')
    return 0;
  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_start_iter (buffer, &iter);
  while (gtk_text_iter_forward_search (&iter, text,
                                       GTK_TEXT_SEARCH_CASE_INSENSITIVE | GTK_TEXT_SEARCH_TEXT_ONLY,
                                       &match_start, &match_end, NULL))
    {
      gtk_text_buffer_apply_tag (buffer, self->find_tag, &match_start, &match_end);
      g_ptr_array_add (self->find_matches, gtk_text_buffer_create_mark (buffer, NULL, &match_start, TRUE));
      g_ptr_array_add (self->find_matches, gtk_text_buffer_create_mark (buffer, NULL, &match_end, FALSE));
      iter = match_end;
    }
  if (self->find_matches->len > 0)
    self->find_current = 0;
  show_find_match (self);
  return self->find_matches->len / 2;
}

void
dossier_article_view_find_next (DossierArticleView *self,
                                gboolean            backwards)
{
  int n;

  g_return_if_fail (DOSSIER_IS_ARTICLE_VIEW (self));

  n = self->find_matches->len / 2;
  if (n == 0)
    return;
  self->find_current = (self->find_current + (backwards ? n - 1 : 1)) % n;
  show_find_match (self);
}

void
dossier_article_view_find (DossierArticleView *self)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_VIEW (self));

  gtk_search_bar_set_search_mode (self->find_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->find_entry));
}

static void
on_find_changed (GtkSearchEntry *entry,
                 gpointer        user_data)
{
  DossierArticleView *self = user_data;

  dossier_article_view_find_text (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_find_next (gpointer user_data)
{
  dossier_article_view_find_next (DOSSIER_ARTICLE_VIEW (user_data), FALSE);
}

static void
on_find_previous (gpointer user_data)
{
  dossier_article_view_find_next (DOSSIER_ARTICLE_VIEW (user_data), TRUE);
}

static void
on_find_mode (GtkSearchBar *bar,
              GParamSpec   *pspec,
              gpointer      user_data)
{
  DossierArticleView *self = user_data;

  if (!gtk_search_bar_get_search_mode (bar))
    {
      clear_find (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
    }
}

/* ---- GObject ---- */

static void
dossier_article_view_dispose (GObject *object)
{
  DossierArticleView *self = DOSSIER_ARTICLE_VIEW (object);

  g_clear_pointer (&self->highlight_popover, gtk_widget_unparent);
  _dossier_article_view_finalize_annotations (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_ARTICLE_VIEW);
  g_clear_object (&self->highlighter);
  g_clear_object (&self->library);
  g_clear_object (&self->article);
  g_clear_object (&self->font_provider);
  g_clear_pointer (&self->find_matches, g_ptr_array_unref);

  G_OBJECT_CLASS (dossier_article_view_parent_class)->dispose (object);
}

static void
dossier_article_view_class_init (DossierArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_article_view_dispose;

  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);
  signals[SHOW_ENTITY] = g_signal_new ("show-entity", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  signals[EVENT_SAVED] = g_signal_new ("event-saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_BOOLEAN);
  signals[ANNOTATIONS_CHANGED] = g_signal_new ("annotations-changed", G_TYPE_FROM_CLASS (klass),
                                               G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dossier-article-view.ui");
  _dossier_article_view_class_init_curation (widget_class);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleView, paned);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleView, title_label);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleView, meta_label);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleView, legend_box);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleView, find_bar);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleView, find_entry);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleView, find_previous_button);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleView, find_next_button);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleView, find_label);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleView, scrolled);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleView, text_view);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleView, side_box);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleView, side_stack);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "articleview");
}

static void
dossier_article_view_init (DossierArticleView *self)
{
  GtkTextBuffer *buffer;
  GtkEventController *controller;
  GtkGesture *click;
  AdwStyleManager *manager = adw_style_manager_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  self->highlighter = dossier_highlighter_new (buffer);
  /* Find matches sit above highlights: created later, higher priority. */
  self->find_tag = gtk_text_buffer_create_tag (buffer, "find-match",
                                               "background-rgba", &(GdkRGBA) { 0.5, 0.5, 0.5, 0.45 },
                                               "weight", PANGO_WEIGHT_BOLD,
                                               NULL);
  self->find_matches = g_ptr_array_new ();
  self->find_current = -1;

  self->gutter = dossier_annotation_gutter_new (self->text_view);
  gtk_text_view_set_gutter (self->text_view, GTK_TEXT_WINDOW_LEFT, self->gutter);

  self->entity_pane = dossier_entity_pane_new ();
  g_signal_connect (self->entity_pane, "mention-activated", G_CALLBACK (on_mention_activated), self);
  gtk_stack_add_titled (self->side_stack, self->entity_pane, "entities", _("Mentions"));
  self->annotations_pane = dossier_annotations_pane_new (FALSE);
  gtk_stack_add_titled (self->side_stack, self->annotations_pane, "annotations", _("Annotations"));

  self->highlight_popover = gtk_popover_new ();
  gtk_widget_set_parent (self->highlight_popover, GTK_WIDGET (self->text_view));
  gtk_popover_set_position (GTK_POPOVER (self->highlight_popover), GTK_POS_BOTTOM);
  gtk_widget_add_css_class (self->highlight_popover, "highlight-popover");

  build_legend (self);

  self->font_provider = gtk_css_provider_new ();
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self->text_view)),
                                  GTK_STYLE_PROVIDER (self->font_provider),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  dossier_article_view_set_font_size (self, 13);

  gtk_search_bar_connect_entry (self->find_bar, GTK_EDITABLE (self->find_entry));
  g_signal_connect (self->find_entry, "search-changed", G_CALLBACK (on_find_changed), self);
  g_signal_connect_swapped (self->find_entry, "activate", G_CALLBACK (on_find_next), self);
  g_signal_connect_swapped (self->find_entry, "next-match", G_CALLBACK (on_find_next), self);
  g_signal_connect_swapped (self->find_entry, "previous-match", G_CALLBACK (on_find_previous), self);
  g_signal_connect_swapped (self->find_next_button, "clicked", G_CALLBACK (on_find_next), self);
  g_signal_connect_swapped (self->find_previous_button, "clicked", G_CALLBACK (on_find_previous), self);
  g_signal_connect (self->find_bar, "notify::search-mode-enabled", G_CALLBACK (on_find_mode), self);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self->text_view), TRUE);
  g_signal_connect (self->text_view, "query-tooltip", G_CALLBACK (on_query_tooltip), self);
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));
  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), controller);
  g_signal_connect (buffer, "mark-set", G_CALLBACK (on_mark_set), self);

  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->scrolled), "changed",
                           G_CALLBACK (on_width_changed), self, 0);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled), "value-changed",
                           G_CALLBACK (on_scrolled), self, 0);

  _dossier_article_view_init_annotations (self);

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (on_style_changed), self, 0);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (on_style_changed), self, 0);
  update_style (self);
}

GtkWidget *
dossier_article_view_new (void)
{
  return g_object_new (DOSSIER_TYPE_ARTICLE_VIEW, NULL);
}

void
_dossier_article_view_toast (DossierArticleView *self,
                             const char         *message,
                             gboolean            undoable)
{
  g_signal_emit (self, signals[TOAST], 0, message, undoable);
  if (undoable)
    g_signal_emit (self, signals[ANNOTATIONS_CHANGED], 0);
}

/* New highlights for the same text, after a correction. */
void
_dossier_article_view_refresh_spans (DossierArticleView *self,
                                     GPtrArray          *spans)
{
  dossier_highlighter_set_spans (self->highlighter, spans);
  update_legend_counts (self);
  dossier_entity_pane_set_spans (DOSSIER_ENTITY_PANE (self->entity_pane), spans);
}

void
dossier_article_view_set_library (DossierArticleView *self,
                                  DossierLibrary     *library)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_VIEW (self));
  g_return_if_fail (library == NULL || DOSSIER_IS_LIBRARY (library));

  g_set_object (&self->library, library);
}

static char *
format_meta (DossierArticle *article)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *source = dossier_article_get_source (article);
  const char *published = dossier_article_get_published (article);
  const char *lang = dossier_article_get_lang (article);

  if (source != NULL && source[0] != '\0')
    g_ptr_array_add (parts, (char *) source);
  if (published != NULL)
    g_ptr_array_add (parts, (char *) published);
  if (lang != NULL && g_strcmp0 (lang, "und") != 0)
    g_ptr_array_add (parts, (char *) lang);
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

void
dossier_article_view_set_article (DossierArticleView *self,
                                  DossierArticle     *article,
                                  GPtrArray          *spans)
{
  GtkTextBuffer *buffer;
  g_autofree char *meta = NULL;
  const char *title;

  g_return_if_fail (DOSSIER_IS_ARTICLE_VIEW (self));
  g_return_if_fail (DOSSIER_IS_ARTICLE (article));

  g_set_object (&self->article, article);
  buffer = gtk_text_view_get_buffer (self->text_view);
  clear_find (self);
  gtk_search_bar_set_search_mode (self->find_bar, FALSE);
  g_clear_pointer (&self->orphans, g_ptr_array_unref);
  dossier_highlighter_clear (self->highlighter);
  gtk_text_buffer_set_text (buffer, dossier_article_get_body (article) ? dossier_article_get_body (article) : "", -1);
  dossier_highlighter_set_spans (self->highlighter, spans);
  update_legend_counts (self);
  dossier_entity_pane_set_spans (DOSSIER_ENTITY_PANE (self->entity_pane), spans);

  title = dossier_article_get_title (article);
  gtk_label_set_text (self->title_label, title && title[0] ? title : _("Untitled article"));
  meta = format_meta (article);
  gtk_label_set_text (self->meta_label, meta);
  gtk_widget_set_visible (GTK_WIDGET (self->meta_label), meta[0] != '\0');

  g_ptr_array_set_size (self->undo_stack, 0);
  _dossier_article_view_reload_annotations (self);
  {
    GtkTextIter start;

    gtk_text_buffer_get_start_iter (buffer, &start);
    gtk_text_buffer_place_cursor (buffer, &start);
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
  }
}

gboolean
dossier_article_view_load (DossierArticleView *self,
                           gint64              article_id,
                           GError            **error)
{
  g_autoptr(DossierArticle) article = NULL;
  g_autoptr(GPtrArray) spans = NULL;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE_VIEW (self), FALSE);
  g_return_val_if_fail (self->library != NULL, FALSE);

  article = dossier_library_get_article (self->library, article_id, error);
  if (article == NULL)
    return FALSE;
  spans = dossier_library_get_mentions (self->library, article_id, error);
  if (spans == NULL)
    return FALSE;
  dossier_article_view_set_article (self, article, spans);
  return TRUE;
}

void
dossier_article_view_clear (DossierArticleView *self)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_VIEW (self));

  g_clear_object (&self->article);
  clear_find (self);
  dossier_highlighter_clear (self->highlighter);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), "", -1);
  dossier_entity_pane_set_spans (DOSSIER_ENTITY_PANE (self->entity_pane), NULL);
  update_legend_counts (self);
  g_ptr_array_set_size (self->undo_stack, 0);
  _dossier_article_view_reload_annotations (self);
}

DossierArticle *
dossier_article_view_get_article (DossierArticleView *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE_VIEW (self), NULL);
  return self->article;
}

void
dossier_article_view_set_orphans (DossierArticleView *self,
                                  GPtrArray          *orphans)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_VIEW (self));

  g_clear_pointer (&self->orphans, g_ptr_array_unref);
  if (orphans != NULL && orphans->len > 0)
    {
      self->orphans = g_ptr_array_ref (orphans);
      gtk_stack_set_visible_child_name (self->side_stack, "annotations");
    }
  _dossier_article_view_reload_annotations (self);
}

guint
dossier_article_view_get_n_orphans (DossierArticleView *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE_VIEW (self), 0);
  return self->orphans ? self->orphans->len : 0;
}

GtkTextView *
dossier_article_view_get_text_view (DossierArticleView *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE_VIEW (self), NULL);
  return self->text_view;
}

DossierHighlighter *
dossier_article_view_get_highlighter (DossierArticleView *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE_VIEW (self), NULL);
  return self->highlighter;
}

GtkPaned *
dossier_article_view_get_paned (DossierArticleView *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE_VIEW (self), NULL);
  return self->paned;
}

void
dossier_article_view_set_side_visible (DossierArticleView *self,
                                       gboolean            visible)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_VIEW (self));
  gtk_widget_set_visible (GTK_WIDGET (self->side_box), visible);
}

gboolean
dossier_article_view_get_side_visible (DossierArticleView *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE_VIEW (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->side_box));
}

void
dossier_article_view_show_side_page (DossierArticleView *self,
                                     const char         *name)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_VIEW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->side_box), TRUE);
  gtk_stack_set_visible_child_name (self->side_stack, name);
}

void
dossier_article_view_bind_settings (DossierArticleView *self,
                                    GSettings          *settings)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_VIEW (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_settings_bind (settings, "side-pane-page", self->side_stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT);
}

void
dossier_article_view_set_font_size (DossierArticleView *self,
                                    int                 points)
{
  g_autofree char *css = NULL;

  g_return_if_fail (DOSSIER_IS_ARTICLE_VIEW (self));

  points = CLAMP (points, 8, 48);
  css = g_strdup_printf ("textview.article-text { font-size: %dpt; }", points);
  gtk_css_provider_load_from_data (self->font_provider, css, -1);
}

void
dossier_article_view_set_kind_visible (DossierArticleView *self,
                                       DossierSpanKind     kind,
                                       gboolean            visible)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_VIEW (self));
  g_return_if_fail (kind < DOSSIER_N_SPAN_KINDS);

  /* The legend button drives the highlighter through ::toggled. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->legend_buttons[kind]), visible);
}

void
dossier_article_view_select_range (DossierArticleView *self,
                                   guint               start,
                                   guint               end)
{
  GtkTextBuffer *buffer;
  GtkTextIter s, e;

  g_return_if_fail (DOSSIER_IS_ARTICLE_VIEW (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_iter_at_offset (buffer, &s, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &e, end);
  gtk_text_buffer_select_range (buffer, &s, &e);
  gtk_text_view_scroll_to_mark (self->text_view, gtk_text_buffer_get_insert (buffer),
                                0.1, TRUE, 0.0, 0.3);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}
