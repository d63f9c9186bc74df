/* dossier-compare-view.c — the administrations side by side, by topic
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dossier-compare-view.h"
#include "dossier-timeline-details.h"

enum {
  COLUMN_BIDEN,
  COLUMN_TRUMP,
  N_COLUMNS
};

struct _DossierCompareView
{
  AdwBin     parent_instance;

  GPtrArray *events;
  guint      counts[DOSSIER_N_EVENT_TOPICS][N_COLUMNS];

  /* Template widgets */
  GtkGrid   *grid;
};

G_DEFINE_FINAL_TYPE (DossierCompareView, dossier_compare_view, ADW_TYPE_BIN)

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static int
column_for_era (DossierEra era)
{
  switch (era)
    {
    case DOSSIER_ERA_BIDEN:
      return COLUMN_BIDEN;
    case DOSSIER_ERA_TRUMP_1:
    case DOSSIER_ERA_TRUMP_2:
      return COLUMN_TRUMP;
    case DOSSIER_ERA_NONE:
    case DOSSIER_N_ERAS:
    default:
      return -1;
    }
}


static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
make_event_row (DossierEvent *event)
{
  GPtrArray *evidence = dossier_event_get_evidence (event);
  GPtrArray *sources = dossier_event_get_sources (event);
  g_autofree char *date = dossier_timeline_format_date (dossier_event_get_date (event));
  g_autofree char *passages = NULL;
  g_autofree char *source_count = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *row, *box;
  DossierEra era = dossier_event_get_era (event);

  passages = evidence->len == 0
    ? g_strdup (_("no passage"))
    : g_strdup_printf (ngettext ("%u passage", "%u passages", evidence->len), evidence->len);
  source_count = g_strdup_printf (ngettext ("%u source", "%u sources", sources->len), sources->len);
  meta = g_strdup_printf ("%s · %s · %s", passages, source_count,
                          dossier_event_stance_get_label (dossier_event_get_stance (event)));
  if (era == DOSSIER_ERA_TRUMP_1 || era == DOSSIER_ERA_TRUMP_2)
    heading = g_strdup_printf ("%s · %s", date,
                               era == DOSSIER_ERA_TRUMP_1 ? _("first term") : _("second term"));
  else
    heading = g_strdup (date);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 10);
  gtk_widget_set_margin_end (box, 10);
  gtk_box_append (GTK_BOX (box), make_label (heading, "caption-heading"));
  gtk_box_append (GTK_BOX (box), make_label (dossier_timeline_event_title (event), NULL));
  gtk_box_append (GTK_BOX (box), make_label (meta, "caption"));
  gtk_widget_add_css_class (gtk_widget_get_last_child (box), "dim-label");
  if (dossier_event_get_status (event) == DOSSIER_EVENT_STATUS_CANDIDATE)
    gtk_box_append (GTK_BOX (box), make_label (dossier_event_status_get_label (DOSSIER_EVENT_STATUS_CANDIDATE), "caption"));

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "dossier-event", g_object_ref (event), g_object_unref);
  return row;
}

static void
row_activated_cb (GtkListBox         *list,
                  GtkListBoxRow      *row,
                  DossierCompareView *self)
{
  DossierEvent *event = g_object_get_data (G_OBJECT (row), "dossier-event");

  if (event != NULL)
    g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
}

static GtkWidget *
make_cell (DossierCompareView *self,
           DossierEventTopic   topic,
           int                 column)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *list = gtk_list_box_new ();
  guint stances[DOSSIER_N_EVENT_STANCES] = { 0 };
  guint n = 0;
  g_autofree char *summary = NULL;

  gtk_widget_set_hexpand (box, TRUE);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  g_signal_connect (list, "row-activated", G_CALLBACK (row_activated_cb), self);

  for (guint i = 0; self->events != NULL && i < self->events->len; i++)
    {
      DossierEvent *event = g_ptr_array_index (self->events, i);

      if (dossier_event_get_topic (event) != topic ||
          column_for_era (dossier_event_get_era (event)) != column)
        continue;
      n++;
      stances[dossier_event_get_stance (event)]++;
      gtk_list_box_append (GTK_LIST_BOX (list), make_event_row (event));
    }
  self->counts[topic][column] = n;

  if (n == 0)
    {
      gtk_box_append (GTK_BOX (box), make_label (_("No event"), "dim-label"));
      g_object_ref_sink (list);
      g_object_unref (list);
      return box;
    }

  /* Translators: a summary of one administration's events on a topic,
   * e.g. "4 events: 3 tighten, 1 loosen, 0 neutral". */
  summary = g_strdup_printf (ngettext ("%u event: %u tighten, %u loosen, %u neutral",
                                       "%u events: %u tighten, %u loosen, %u neutral", n),
                             n,
                             stances[DOSSIER_EVENT_STANCE_TIGHTENS],
                             stances[DOSSIER_EVENT_STANCE_LOOSENS],
                             stances[DOSSIER_EVENT_STANCE_NEUTRAL]);
  gtk_box_append (GTK_BOX (box), make_label (summary, "dim-label"));
  gtk_box_append (GTK_BOX (box), list);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary,
                                  -1);
  return box;
}

static GtkWidget *
make_header (const char *title,
             const char *subtitle)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_box_append (GTK_BOX (box), make_label (title, "title-4"));
  if (subtitle != NULL)
    {
      gtk_box_append (GTK_BOX (box), make_label (subtitle, "caption"));
      gtk_widget_add_css_class (gtk_widget_get_last_child (box), "dim-label");
    }
  return box;
}

static void
rebuild (DossierCompareView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  memset (self->counts, 0, sizeof self->counts);

  gtk_grid_attach (self->grid, make_header (_("Topic"), NULL), 0, 0, 1, 1);
  gtk_grid_attach (self->grid,
                   make_header (dossier_era_get_label (DOSSIER_ERA_BIDEN),
                                /* Translators: the dates of the Biden administration. */
                                _("20 January 2021 – 19 January 2025")),
                   1 + COLUMN_BIDEN, 0, 1, 1);
  gtk_grid_attach (self->grid,
                   make_header (_("Trump administrations"),
                                /* Translators: the dates of both Trump administrations. */
                                _("2017–2021 and since 20 January 2025")),
                   1 + COLUMN_TRUMP, 0, 1, 1);

  for (guint topic = 0; topic < DOSSIER_N_EVENT_TOPICS; topic++)
    {
      GtkWidget *label = make_label (dossier_event_topic_get_label (topic), "heading");

      gtk_widget_set_valign (label, GTK_ALIGN_START);
      gtk_widget_set_size_request (label, 120, -1);
      gtk_grid_attach (self->grid, label, 0, 1 + topic, 1, 1);
      for (int column = 0; column < N_COLUMNS; column++)
        gtk_grid_attach (self->grid, make_cell (self, topic, column), 1 + column, 1 + topic, 1, 1);
    }
}

static void
dossier_compare_view_dispose (GObject *object)
{
  DossierCompareView *self = DOSSIER_COMPARE_VIEW (object);

  /* AdwBin unparents the template's child; the bound pointers are not
   * references. */
  g_clear_pointer (&self->events, g_ptr_array_unref);

  G_OBJECT_CLASS (dossier_compare_view_parent_class)->dispose (object);
}

static void
dossier_compare_view_class_init (DossierCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_compare_view_dispose;

  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, DOSSIER_TYPE_EVENT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dossier-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierCompareView, grid);
  gtk_widget_class_set_css_name (widget_class, "compareview");
}

static void
dossier_compare_view_init (DossierCompareView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rebuild (self);
}

GtkWidget *
dossier_compare_view_new (void)
{
  return g_object_new (DOSSIER_TYPE_COMPARE_VIEW, NULL);
}

void
dossier_compare_view_set_events (DossierCompareView *self,
                                 GPtrArray          *events)
{
  g_return_if_fail (DOSSIER_IS_COMPARE_VIEW (self));

  if (events != NULL)
    g_ptr_array_ref (events);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  self->events = events;
  rebuild (self);
}

guint
dossier_compare_view_count (DossierCompareView *self,
                            DossierEventTopic   topic,
                            DossierEra          era)
{
  int column;

  g_return_val_if_fail (DOSSIER_IS_COMPARE_VIEW (self), 0);
  g_return_val_if_fail (topic < DOSSIER_N_EVENT_TOPICS, 0);

  column = column_for_era (era);
  return column >= 0 ? self->counts[topic][column] : 0;
}
