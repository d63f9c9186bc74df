/* dossier-annotation-editor.c — a popover to tag and comment a passage
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dossier-annotation-editor.h"

static const struct {
  const char *name;
  const char *label;
  const char *light;
  const char *dark;
} palette[] = {
  { "yellow", N_("Yellow"), "#f6d32d", "#f5c211" },
  { "green", N_("Green"), "#33d17a", "#26a269" },
  { "blue", N_("Blue"), "#3584e4", "#62a0ea" },
  { "purple", N_("Purple"), "#9141ac", "#c061cb" },
  { "red", N_("Red"), "#e01b24", "#f66151" },
  { "grey", N_("Grey"), "#77767b", "#c0bfbc" },
};

struct _DossierAnnotationEditor
{
  GtkPopover   parent_instance;

  GtkLabel    *quote_label;
  GtkEntry    *tag_entry;
  GtkFlowBox  *tags_box;
  GtkTextView *note_view;
  GtkWidget   *colour_buttons[G_N_ELEMENTS (palette)];
  GtkWidget   *delete_button;
  GtkListStore *known_tags;
  GPtrArray   *tags;   /* char*, owned */
  guint        colour;
};

G_DEFINE_FINAL_TYPE (DossierAnnotationEditor, dossier_annotation_editor, GTK_TYPE_POPOVER)

enum { SAVE, DELETE, N_SIGNALS };
static guint signals[N_SIGNALS];

void
dossier_annotation_colour_parse (const char *colour,
                                 gboolean    dark,
                                 GdkRGBA    *rgba)
{
  g_return_if_fail (rgba != NULL);

  if (colour != NULL && colour[0] == '#' && gdk_rgba_parse (rgba, colour))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    if (g_strcmp0 (colour, palette[i].name) == 0)
      {
        gdk_rgba_parse (rgba, dark ? palette[i].dark : palette[i].light);
        return;
      }
  gdk_rgba_parse (rgba, dark ? palette[0].dark : palette[0].light);
}

static char *
clean_tag_path (const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_ptr_array_add (kept, parts[i]);
    }
  g_ptr_array_add (kept, NULL);
  return g_strjoinv ("/", (char **) kept->pdata);
}

static void rebuild_tags (DossierAnnotationEditor *self);

static void
on_remove_tag_clicked (GtkButton *button,
                       gpointer   user_data)
{
  DossierAnnotationEditor *self = user_data;
  const char *path = g_object_get_data (G_OBJECT (button), "tag");

  for (guint i = 0; i < self->tags->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->tags, i), path) == 0)
      {
        g_ptr_array_remove_index (self->tags, i);
        break;
      }
  rebuild_tags (self);
}

static void
rebuild_tags (DossierAnnotationEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tags_box))) != NULL)
    gtk_flow_box_remove (self->tags_box, child);
  for (guint i = 0; i < self->tags->len; i++)
    {
      const char *path = g_ptr_array_index (self->tags, i);
      GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
      GtkWidget *label = gtk_label_new (path);
      GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");
      g_autofree char *accessible = g_strdup_printf (_("Remove tag %s"), path);

      gtk_widget_add_css_class (chip, "tag-chip");
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_add_css_class (remove, "circular");
      gtk_widget_set_tooltip_text (remove, accessible);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      accessible, -1);
      g_object_set_data_full (G_OBJECT (remove), "tag", g_strdup (path), g_free);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_tag_clicked), self);
      gtk_box_append (GTK_BOX (chip), label);
      gtk_box_append (GTK_BOX (chip), remove);
      gtk_flow_box_append (self->tags_box, chip);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->tags_box), self->tags->len > 0);
}

void
dossier_annotation_editor_add_tag (DossierAnnotationEditor *self,
                                   const char              *path)
{
  g_autofree char *clean = NULL;

  g_return_if_fail (DOSSIER_IS_ANNOTATION_EDITOR (self));
  g_return_if_fail (path != NULL);

  clean = clean_tag_path (path);
  if (clean[0] == '\0')
    return;
  for (guint i = 0; i < self->tags->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->tags, i), clean) == 0)
      return;
  g_ptr_array_add (self->tags, g_steal_pointer (&clean));
  rebuild_tags (self);
}

static void
on_tag_entry_activate (GtkEntry *entry,
                       gpointer  user_data)
{
  DossierAnnotationEditor *self = user_data;

  dossier_annotation_editor_add_tag (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_save_clicked (GtkButton *button,
                 gpointer   user_data)
{
  DossierAnnotationEditor *self = user_data;

  on_tag_entry_activate (self->tag_entry, self);
  g_signal_emit (self, signals[SAVE], 0);
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
on_delete_clicked (GtkButton *button,
                   gpointer   user_data)
{
  DossierAnnotationEditor *self = user_data;

  g_signal_emit (self, signals[DELETE], 0);
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
on_colour_toggled (GtkToggleButton *button,
                   gpointer         user_data)
{
  DossierAnnotationEditor *self = user_data;

  if (!gtk_toggle_button_get_active (button))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    if (self->colour_buttons[i] == GTK_WIDGET (button))
      self->colour = i;
}

static void
dossier_annotation_editor_dispose (GObject *object)
{
  DossierAnnotationEditor *self = DOSSIER_ANNOTATION_EDITOR (object);

  g_clear_object (&self->known_tags);
  g_clear_pointer (&self->tags, g_ptr_array_unref);

  G_OBJECT_CLASS (dossier_annotation_editor_parent_class)->dispose (object);
}

static void
dossier_annotation_editor_class_init (DossierAnnotationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dossier_annotation_editor_dispose;

  signals[SAVE] = g_signal_new ("save", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DELETE] = g_signal_new ("delete", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static GtkWidget *
field_label (const char *text,
             GtkWidget  *mnemonic_widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), mnemonic_widget);
  return label;
}

static void
dossier_annotation_editor_init (DossierAnnotationEditor *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *scrolled, *colours, *buttons, *save, *cancel;
  GtkEntryCompletion *completion;
  GtkWidget *first = NULL;

  self->tags = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_add_css_class (GTK_WIDGET (self), "annotation-editor");
  gtk_widget_set_size_request (box, 320, -1);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  self->quote_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->quote_label, TRUE);
  gtk_label_set_wrap_mode (self->quote_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (self->quote_label, 3);
  gtk_label_set_ellipsize (self->quote_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (self->quote_label, 40);
  gtk_label_set_xalign (self->quote_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->quote_label), "annotation-quote");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->quote_label));

  self->tag_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->tag_entry, _("Add a tag, e.g. chips/H20"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->tag_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("New tag"), -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->tag_entry),
                               _("Press Enter to add the tag; use “/” for a tag inside another"));
  self->known_tags = gtk_list_store_new (1, G_TYPE_STRING);
  completion = gtk_entry_completion_new ();
  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (self->known_tags));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_inline_completion (completion, TRUE);
  gtk_entry_completion_set_minimum_key_length (completion, 1);
  gtk_entry_set_completion (self->tag_entry, completion);
  g_object_unref (completion);
  g_signal_connect (self->tag_entry, "activate", G_CALLBACK (on_tag_entry_activate), self);
  gtk_box_append (GTK_BOX (box), field_label (_("_Tags"), GTK_WIDGET (self->tag_entry)));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->tag_entry));

  self->tags_box = GTK_FLOW_BOX (gtk_flow_box_new ());
  gtk_flow_box_set_selection_mode (self->tags_box, GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (self->tags_box, 4);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->tags_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Tags of this annotation"), -1);
  gtk_widget_set_visible (GTK_WIDGET (self->tags_box), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->tags_box));

  self->note_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->note_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (self->note_view, FALSE);
  gtk_text_view_set_left_margin (self->note_view, 6);
  gtk_text_view_set_right_margin (self->note_view, 6);
  gtk_text_view_set_top_margin (self->note_view, 6);
  gtk_text_view_set_bottom_margin (self->note_view, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Note"), -1);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 80);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->note_view));
  gtk_widget_add_css_class (scrolled, "card");
  gtk_box_append (GTK_BOX (box), field_label (_("_Note"), GTK_WIDGET (self->note_view)));
  gtk_box_append (GTK_BOX (box), scrolled);

  colours = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (colours), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Colour"), -1);
  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();
      g_autofree char *css = g_strconcat ("swatch-", palette[i].name, NULL);

      gtk_widget_add_css_class (button, "colour-swatch");
      gtk_widget_add_css_class (button, "circular");
      gtk_widget_add_css_class (button, css);
      gtk_widget_set_tooltip_text (button, _(palette[i].label));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(palette[i].label), -1);
      if (first != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (first));
      else
        first = button;
      g_signal_connect (button, "toggled", G_CALLBACK (on_colour_toggled), self);
      self->colour_buttons[i] = button;
      gtk_box_append (GTK_BOX (colours), button);
    }
  gtk_box_append (GTK_BOX (box), field_label (_("Colour"), colours));
  gtk_box_append (GTK_BOX (box), colours);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (buttons, 6);
  self->delete_button = gtk_button_new_with_mnemonic (_("_Delete"));
  gtk_widget_add_css_class (self->delete_button, "destructive-action");
  g_signal_connect (self->delete_button, "clicked", G_CALLBACK (on_delete_clicked), self);
  gtk_box_append (GTK_BOX (buttons), self->delete_button);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_widget_set_hexpand (cancel, TRUE);
  gtk_widget_set_halign (cancel, GTK_ALIGN_END);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_popover_popdown), self);
  gtk_box_append (GTK_BOX (buttons), cancel);
  save = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect (save, "clicked", G_CALLBACK (on_save_clicked), self);
  gtk_box_append (GTK_BOX (buttons), save);
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_popover_set_child (GTK_POPOVER (self), box);
  gtk_popover_set_default_widget (GTK_POPOVER (self), save);
  dossier_annotation_editor_set_colour (self, NULL);
}

GtkWidget *
dossier_annotation_editor_new (void)
{
  return g_object_new (DOSSIER_TYPE_ANNOTATION_EDITOR, NULL);
}

void
dossier_annotation_editor_set_known_tags (DossierAnnotationEditor *self,
                                          const char * const      *paths)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_EDITOR (self));

  gtk_list_store_clear (self->known_tags);
  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    gtk_list_store_insert_with_values (self->known_tags, NULL, -1, 0, paths[i], -1);
}

void
dossier_annotation_editor_load (DossierAnnotationEditor *self,
                                const char              *quote,
                                const char * const      *tags,
                                const char              *note,
                                const char              *colour,
                                gboolean                 editing)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_EDITOR (self));

  gtk_label_set_text (self->quote_label, quote ? quote : "");
  g_ptr_array_set_size (self->tags, 0);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    g_ptr_array_add (self->tags, g_strdup (tags[i]));
  rebuild_tags (self);
  gtk_editable_set_text (GTK_EDITABLE (self->tag_entry), "");
  dossier_annotation_editor_set_note (self, note);
  dossier_annotation_editor_set_colour (self, colour);
  gtk_widget_set_visible (self->delete_button, editing);
}

GStrv
dossier_annotation_editor_get_tags (DossierAnnotationEditor *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *pending = NULL;

  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_EDITOR (self), NULL);

  for (guint i = 0; i < self->tags->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->tags, i));
  pending = clean_tag_path (gtk_editable_get_text (GTK_EDITABLE (self->tag_entry)));
  if (pending[0] != '\0')
    g_strv_builder_add (builder, pending);
  return g_strv_builder_end (builder);
}

char *
dossier_annotation_editor_get_note (DossierAnnotationEditor *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  char *text;

  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_EDITOR (self), NULL);

  buffer = gtk_text_view_get_buffer (self->note_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_strstrip (text);
  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

void
dossier_annotation_editor_set_note (DossierAnnotationEditor *self,
                                    const char              *note)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_EDITOR (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), note ? note : "", -1);
}

const char *
dossier_annotation_editor_get_colour (DossierAnnotationEditor *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_EDITOR (self), NULL);
  return palette[self->colour].name;
}

void
dossier_annotation_editor_set_colour (DossierAnnotationEditor *self,
                                      const char              *colour)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_EDITOR (self));

  self->colour = 0;
  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    if (g_strcmp0 (colour, palette[i].name) == 0)
      self->colour = i;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->colour_buttons[self->colour]), TRUE);
}
