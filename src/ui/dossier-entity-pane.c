/* dossier-entity-pane.c — what the open article mentions, by kind
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "dossier-entity-names.h"
#include "dossier-entity-pane.h"
#include "dossier-span-format.h"

typedef struct
{
  char   *label;
  char   *detail;   /* normalised value, or NULL */
  GArray *indexes;  /* span indexes, in text order */
  guint   next;     /* which mention the next click goes to */
} Group;

struct _DossierEntityPane
{
  GtkWidget          parent_instance;

  GtkWidget         *scrolled;
  GtkBox            *box;
  GPtrArray         *groups;   /* Group*, owned */
};

G_DEFINE_FINAL_TYPE (DossierEntityPane, dossier_entity_pane, GTK_TYPE_WIDGET)

enum { MENTION_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
group_free (Group *group)
{
  g_free (group->label);
  g_free (group->detail);
  g_array_unref (group->indexes);
  g_free (group);
}

static void
on_row_activated (GtkListBox    *list,
                  GtkListBoxRow *row,
                  gpointer       user_data)
{
  DossierEntityPane *self = user_data;
  Group *group = g_object_get_data (G_OBJECT (row), "group");
  guint index;

  if (group == NULL || group->indexes->len == 0)
    return;
  index = g_array_index (group->indexes, guint, group->next);
  group->next = (group->next + 1) % group->indexes->len;
  g_signal_emit (self, signals[MENTION_ACTIVATED], 0, index);
}

static GtkWidget *
make_row (Group *group)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (group->label);
  g_autofree char *count = g_strdup_printf ("%u", group->indexes->len);
  GtkWidget *count_label = gtk_label_new (count);
  g_autofree char *accessible = NULL;

  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (text), label);
  if (group->detail != NULL)
    {
      GtkWidget *detail = gtk_label_new (group->detail);

      gtk_label_set_xalign (GTK_LABEL (detail), 0);
      gtk_widget_add_css_class (detail, "dim-label");
      gtk_widget_add_css_class (detail, "caption");
      gtk_box_append (GTK_BOX (text), detail);
    }
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_add_css_class (count_label, "dim-label");
  gtk_widget_add_css_class (count_label, "numeric");
  gtk_box_append (GTK_BOX (box), count_label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "group", group);

  accessible = g_strdup_printf (ngettext ("%s, %u mention", "%s, %u mentions", group->indexes->len),
                                group->detail ? group->detail : group->label, group->indexes->len);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_widget_set_tooltip_text (row, _("Go to the next mention"));
  return row;
}

static void
clear_box (DossierEntityPane *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->box))) != NULL)
    gtk_box_remove (self->box, child);
  g_ptr_array_set_size (self->groups, 0);
}

static void
dossier_entity_pane_dispose (GObject *object)
{
  DossierEntityPane *self = DOSSIER_ENTITY_PANE (object);

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (dossier_entity_pane_parent_class)->dispose (object);
}

static void
dossier_entity_pane_class_init (DossierEntityPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_entity_pane_dispose;

  signals[MENTION_ACTIVATED] =
    g_signal_new ("mention-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "entitypane");
}

static void
dossier_entity_pane_init (DossierEntityPane *self)
{
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  self->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  gtk_widget_set_margin_start (GTK_WIDGET (self->box), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->box), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->box), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->box), 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), GTK_WIDGET (self->box));
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Mentioned in this article"), -1);
}

GtkWidget *
dossier_entity_pane_new (void)
{
  return g_object_new (DOSSIER_TYPE_ENTITY_PANE, NULL);
}

void
dossier_entity_pane_set_spans (DossierEntityPane *self,
                               GPtrArray         *spans)
{
  g_autoptr(GHashTable) by_key = NULL;
  GPtrArray *per_kind[DOSSIER_N_SPAN_KINDS] = { NULL };
  gboolean any = FALSE;

  g_return_if_fail (DOSSIER_IS_ENTITY_PANE (self));

  clear_box (self);
  by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      const DossierSpan *span = g_ptr_array_index (spans, i);
      char *key = dossier_span_group_key (span);
      Group *group = g_hash_table_lookup (by_key, key);

      if (span->kind >= DOSSIER_N_SPAN_KINDS)
        {
          g_free (key);
          continue;
        }
      if (group == NULL)
        {
          group = g_new0 (Group, 1);
          group->indexes = g_array_new (FALSE, FALSE, sizeof (guint));
          group->detail = dossier_span_format_value (span);
          group->label = g_strdup (span->entity_id != NULL
                                  ? dossier_entity_display_name (span->entity_id, span->entity_name)
                                  : span->text);
          g_hash_table_insert (by_key, key, group);
          g_ptr_array_add (self->groups, group);
          if (per_kind[span->kind] == NULL)
            per_kind[span->kind] = g_ptr_array_new ();
          g_ptr_array_add (per_kind[span->kind], group);
        }
      else
        g_free (key);
      g_array_append_val (group->indexes, i);
    }

  for (guint kind = 0; kind < DOSSIER_N_SPAN_KINDS; kind++)
    {
      GtkWidget *heading, *list;
      g_autofree char *title = NULL;

      if (per_kind[kind] == NULL)
        continue;
      any = TRUE;
      title = g_strdup_printf ("%s (%u)", dossier_span_kind_plural_label (kind), per_kind[kind]->len);
      heading = gtk_label_new (title);
      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_widget_add_css_class (heading, "kind-heading");
      gtk_box_append (self->box, heading);

      list = gtk_list_box_new ();
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      dossier_span_kind_plural_label (kind), -1);
      /* Most mentioned first. */
      for (guint i = 0; i < per_kind[kind]->len; i++)
        for (guint j = i + 1; j < per_kind[kind]->len; j++)
          {
            Group *a = g_ptr_array_index (per_kind[kind], i);
            Group *b = g_ptr_array_index (per_kind[kind], j);

            if (b->indexes->len > a->indexes->len)
              {
                per_kind[kind]->pdata[i] = b;
                per_kind[kind]->pdata[j] = a;
              }
          }
      for (guint i = 0; i < per_kind[kind]->len; i++)
        gtk_list_box_append (GTK_LIST_BOX (list), make_row (g_ptr_array_index (per_kind[kind], i)));
      g_signal_connect (list, "row-activated", G_CALLBACK (on_row_activated), self);
      gtk_box_append (self->box, list);
      g_ptr_array_unref (per_kind[kind]);
    }

  if (!any)
    {
      GtkWidget *empty = gtk_label_new (_("Nothing recognised in this article"));

      gtk_widget_add_css_class (empty, "dim-label");
      gtk_label_set_wrap (GTK_LABEL (empty), TRUE);
      gtk_widget_set_margin_top (empty, 24);
      gtk_box_append (self->box, empty);
    }
}

guint
dossier_entity_pane_get_n_rows (DossierEntityPane *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY_PANE (self), 0);
  return self->groups->len;
}
