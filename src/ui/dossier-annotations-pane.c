/* dossier-annotations-pane.c — a list of annotations, per article or for
 * the whole library, filterable by tag
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "dossier-annotation-editor.h"
#include "dossier-annotations-pane.h"

struct _DossierAnnotationsPane
{
  GtkWidget       parent_instance;

  gboolean        library_wide;
  GtkWidget      *box;
  GtkDropDown    *filter;
  GtkStringList  *filter_paths;
  GtkListBox     *list;
  GtkWidget      *orphan_heading;
  GtkListBox     *orphan_list;
  GtkWidget      *empty_label;
  GPtrArray      *annotations;
  GPtrArray      *orphans;
  GHashTable     *titles;
  char           *filter_path;
  guint           n_shown;
  gboolean        updating_filter;
};

G_DEFINE_FINAL_TYPE (DossierAnnotationsPane, dossier_annotations_pane, GTK_TYPE_WIDGET)

enum { ACTIVATED, EDIT, DELETE, N_SIGNALS };
static guint signals[N_SIGNALS];

static gboolean
has_tag_under (DossierAnnotation *annotation,
               const char        *path)
{
  const char * const *tags = dossier_annotation_get_tags (annotation);
  gsize len = strlen (path);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    if (strncmp (tags[i], path, len) == 0 && (tags[i][len] == '\0' || tags[i][len] == '/'))
      return TRUE;
  return FALSE;
}

static void
draw_colour_bar (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        user_data)
{
  DossierAnnotation *annotation = user_data;
  GdkRGBA rgba;

  dossier_annotation_colour_parse (dossier_annotation_get_colour (annotation),
                                   adw_style_manager_get_dark (adw_style_manager_get_default ()),
                                   &rgba);
  gdk_cairo_set_source_rgba (cr, &rgba);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

static void
on_edit_clicked (GtkButton *button,
                 gpointer   user_data)
{
  DossierAnnotationsPane *self = user_data;

  g_signal_emit (self, signals[EDIT], 0, g_object_get_data (G_OBJECT (button), "annotation"));
}

static void
on_delete_clicked (GtkButton *button,
                   gpointer   user_data)
{
  DossierAnnotationsPane *self = user_data;

  g_signal_emit (self, signals[DELETE], 0, g_object_get_data (G_OBJECT (button), "annotation"));
}

static void
on_row_activated (GtkListBox    *list,
                  GtkListBoxRow *row,
                  gpointer       user_data)
{
  DossierAnnotationsPane *self = user_data;
  DossierAnnotation *annotation = g_object_get_data (G_OBJECT (row), "annotation");

  if (annotation != NULL)
    g_signal_emit (self, signals[ACTIVATED], 0, annotation);
}

static GtkWidget *
icon_button (const char        *icon,
             const char        *label,
             DossierAnnotation *annotation)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (button), "annotation", g_object_ref (annotation), g_object_unref);
  return button;
}

static GtkWidget *
make_row (DossierAnnotationsPane *self,
          DossierAnnotation      *annotation,
          gboolean                orphan)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *bar = gtk_drawing_area_new ();
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *quote = gtk_label_new (dossier_annotation_get_quote (annotation));
  const char * const *tags = dossier_annotation_get_tags (annotation);
  const char *note = dossier_annotation_get_note (annotation);
  GtkWidget *button;

  gtk_widget_set_size_request (bar, 4, -1);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (bar), draw_colour_bar,
                                  g_object_ref (annotation), g_object_unref);
  gtk_box_append (GTK_BOX (box), bar);

  if (self->library_wide && self->titles != NULL)
    {
      const char *title = g_hash_table_lookup (self->titles,
                                               &(gint64) { dossier_annotation_get_article_id (annotation) });
      GtkWidget *label = gtk_label_new (title ? title : _("Untitled article"));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_box_append (GTK_BOX (text), label);
    }

  gtk_label_set_xalign (GTK_LABEL (quote), 0);
  gtk_label_set_wrap (GTK_LABEL (quote), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (quote), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (quote), 4);
  gtk_label_set_ellipsize (GTK_LABEL (quote), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (quote, "annotation-quote");
  gtk_box_append (GTK_BOX (text), quote);

  if (tags != NULL && tags[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (" · ", (char **) tags);
      GtkWidget *label = gtk_label_new (joined);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "accent");
      gtk_box_append (GTK_BOX (text), label);
    }
  if (note != NULL && note[0] != '\0')
    {
      GtkWidget *label = gtk_label_new (note);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (text), label);
    }
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), text);

  if (!orphan)
    {
      button = icon_button ("document-edit-symbolic", _("Edit Annotation"), annotation);
      g_signal_connect (button, "clicked", G_CALLBACK (on_edit_clicked), self);
      gtk_box_append (GTK_BOX (box), button);
    }
  button = icon_button ("user-trash-symbolic", _("Delete Annotation"), annotation);
  g_signal_connect (button, "clicked", G_CALLBACK (on_delete_clicked), self);
  gtk_box_append (GTK_BOX (box), button);

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), !orphan);
  g_object_set_data_full (G_OBJECT (row), "annotation", g_object_ref (annotation), g_object_unref);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  dossier_annotation_get_quote (annotation), -1);
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
rebuild (DossierAnnotationsPane *self)
{
  guint n_orphans = self->orphans ? self->orphans->len : 0;

  clear_list (self->list);
  clear_list (self->orphan_list);
  self->n_shown = 0;
  for (guint i = 0; self->annotations != NULL && i < self->annotations->len; i++)
    {
      DossierAnnotation *annotation = g_ptr_array_index (self->annotations, i);

      if (self->filter_path != NULL && !has_tag_under (annotation, self->filter_path))
        continue;
      gtk_list_box_append (self->list, make_row (self, annotation, FALSE));
      self->n_shown++;
    }
  for (guint i = 0; i < n_orphans; i++)
    gtk_list_box_append (self->orphan_list, make_row (self, g_ptr_array_index (self->orphans, i), TRUE));

  gtk_widget_set_visible (GTK_WIDGET (self->list), self->n_shown > 0);
  gtk_widget_set_visible (self->orphan_heading, n_orphans > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->orphan_list), n_orphans > 0);
  gtk_widget_set_visible (self->empty_label, self->n_shown == 0 && n_orphans == 0);
}

static void
on_filter_selected (GObject    *object,
                    GParamSpec *pspec,
                    gpointer    user_data)
{
  DossierAnnotationsPane *self = user_data;
  guint selected = gtk_drop_down_get_selected (self->filter);

  if (self->updating_filter)
    return;
  g_clear_pointer (&self->filter_path, g_free);
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0)
    self->filter_path = g_strdup (gtk_string_list_get_string (self->filter_paths, selected));
  rebuild (self);
}

static void
dossier_annotations_pane_dispose (GObject *object)
{
  DossierAnnotationsPane *self = DOSSIER_ANNOTATIONS_PANE (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->annotations, g_ptr_array_unref);
  g_clear_pointer (&self->orphans, g_ptr_array_unref);
  g_clear_pointer (&self->titles, g_hash_table_unref);
  g_clear_pointer (&self->filter_path, g_free);

  G_OBJECT_CLASS (dossier_annotations_pane_parent_class)->dispose (object);
}

static void
dossier_annotations_pane_class_init (DossierAnnotationsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_annotations_pane_dispose;

  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, DOSSIER_TYPE_ANNOTATION);
  signals[EDIT] = g_signal_new ("edit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, DOSSIER_TYPE_ANNOTATION);
  signals[DELETE] = g_signal_new ("delete", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, DOSSIER_TYPE_ANNOTATION);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "annotationspane");
}

static void
dossier_annotations_pane_init (DossierAnnotationsPane *self)
{
}

static GtkListBox *
new_list (DossierAnnotationsPane *self,
          const char             *accessible)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_list_box_new ());

  gtk_list_box_set_selection_mode (list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_signal_connect (list, "row-activated", G_CALLBACK (on_row_activated), self);
  return list;
}

GtkWidget *
dossier_annotations_pane_new (gboolean library_wide)
{
  DossierAnnotationsPane *self = g_object_new (DOSSIER_TYPE_ANNOTATIONS_PANE, NULL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *explain;

  self->library_wide = library_wide;
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  if (library_wide)
    {
      GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *label = gtk_label_new_with_mnemonic (_("Show _tag"));

      self->filter_paths = gtk_string_list_new (NULL);
      gtk_string_list_append (self->filter_paths, _("All Tags"));
      self->filter = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (self->filter_paths), NULL));
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->filter));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->filter), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Show annotations with tag"), -1);
      g_signal_connect (self->filter, "notify::selected", G_CALLBACK (on_filter_selected), self);
      gtk_widget_set_margin_start (bar, 12);
      gtk_widget_set_margin_end (bar, 12);
      gtk_widget_set_margin_top (bar, 6);
      gtk_widget_set_margin_bottom (bar, 6);
      gtk_box_append (GTK_BOX (bar), label);
      gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->filter));
      gtk_box_append (GTK_BOX (self->box), bar);
      gtk_box_append (GTK_BOX (self->box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
    }

  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), library_wide ? 800 : 600);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (self->box), scrolled);

  self->list = new_list (self, library_wide ? _("Annotations in the library") : _("Annotations in this article"));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->list));

  self->orphan_heading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  {
    GtkWidget *title = gtk_label_new (_("Orphaned Annotations"));

    gtk_label_set_xalign (GTK_LABEL (title), 0);
    gtk_widget_add_css_class (title, "heading");
    gtk_box_append (GTK_BOX (self->orphan_heading), title);
    explain = gtk_label_new (_("Their passages were not found in the new version of this article."));
    gtk_label_set_xalign (GTK_LABEL (explain), 0);
    gtk_label_set_wrap (GTK_LABEL (explain), TRUE);
    gtk_widget_add_css_class (explain, "dim-label");
    gtk_widget_add_css_class (explain, "caption");
    gtk_box_append (GTK_BOX (self->orphan_heading), explain);
  }
  gtk_box_append (GTK_BOX (content), self->orphan_heading);
  self->orphan_list = new_list (self, _("Orphaned annotations"));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->orphan_list));

  self->empty_label = gtk_label_new (library_wide
                                     ? _("No annotations yet. Select text in an article and press Ctrl+E to annotate it.")
                                     : _("Select text and press Ctrl+E to annotate it."));
  gtk_label_set_wrap (GTK_LABEL (self->empty_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->empty_label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_widget_set_margin_top (self->empty_label, 24);
  gtk_box_append (GTK_BOX (content), self->empty_label);

  rebuild (self);
  return GTK_WIDGET (self);
}

void
dossier_annotations_pane_set_annotations (DossierAnnotationsPane *self,
                                          GPtrArray              *annotations,
                                          GPtrArray              *orphans,
                                          GHashTable             *titles)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATIONS_PANE (self));

  g_clear_pointer (&self->annotations, g_ptr_array_unref);
  g_clear_pointer (&self->orphans, g_ptr_array_unref);
  g_clear_pointer (&self->titles, g_hash_table_unref);
  if (annotations != NULL)
    self->annotations = g_ptr_array_ref (annotations);
  if (orphans != NULL)
    self->orphans = g_ptr_array_ref (orphans);
  if (titles != NULL)
    self->titles = g_hash_table_ref (titles);
  rebuild (self);
}

void
dossier_annotations_pane_set_tags (DossierAnnotationsPane *self,
                                   GPtrArray              *tags)
{
  guint selected = 0;

  g_return_if_fail (DOSSIER_IS_ANNOTATIONS_PANE (self));

  if (self->filter == NULL)
    return;
  self->updating_filter = TRUE;
  gtk_string_list_splice (self->filter_paths, 1,
                          g_list_model_get_n_items (G_LIST_MODEL (self->filter_paths)) - 1, NULL);
  for (guint i = 0; tags != NULL && i < tags->len; i++)
    {
      const DossierTag *tag = g_ptr_array_index (tags, i);

      gtk_string_list_append (self->filter_paths, tag->path);
      if (g_strcmp0 (tag->path, self->filter_path) == 0)
        selected = i + 1;
    }
  gtk_drop_down_set_selected (self->filter, selected);
  self->updating_filter = FALSE;
  if (selected == 0 && self->filter_path != NULL)
    {
      g_clear_pointer (&self->filter_path, g_free);
      rebuild (self);
    }
}

void
dossier_annotations_pane_set_filter (DossierAnnotationsPane *self,
                                     const char             *path)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATIONS_PANE (self));

  g_free (self->filter_path);
  self->filter_path = g_strdup (path);
  if (self->filter != NULL)
    {
      guint selected = 0;

      for (guint i = 1; i < g_list_model_get_n_items (G_LIST_MODEL (self->filter_paths)); i++)
        if (g_strcmp0 (gtk_string_list_get_string (self->filter_paths, i), path) == 0)
          selected = i;
      self->updating_filter = TRUE;
      gtk_drop_down_set_selected (self->filter, selected);
      self->updating_filter = FALSE;
    }
  rebuild (self);
}

guint
dossier_annotations_pane_get_n_shown (DossierAnnotationsPane *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATIONS_PANE (self), 0);
  return self->n_shown;
}

guint
dossier_annotations_pane_get_n_orphans (DossierAnnotationsPane *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATIONS_PANE (self), 0);
  return self->orphans ? self->orphans->len : 0;
}
