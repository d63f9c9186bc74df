/* dossier-timeline-page.c — the timeline page of the main window
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dossier-compare-view.h"
#include "dossier-entity-names.h"
#include "dossier-library-events.h"
#include "dossier-timeline-details.h"
#include "dossier-timeline-page.h"
#include "dossier-timeline-view-private.h"

/* Rows of the status filter. */
enum {
  STATUS_TIMELINE,
  STATUS_WITH_CANDIDATES,
  STATUS_CANDIDATES,
  STATUS_REJECTED,
};

struct _DossierTimelinePage
{
  AdwBin                  parent_instance;

  DossierLibrary         *library;
  DossierTimelineRange   *range;
  GHashTable             *actor_names;   /* id → display name */
  GPtrArray              *actor_ids;     /* actor filter rows after "All actors" */
  GPtrArray              *events;        /* shown now */
  guint                   updating;
  gboolean                fitted;

  /* Template widgets */
  AdwToastOverlay        *toast_overlay;
  GtkSearchEntry         *search_entry;
  GtkToggleButton        *timeline_button;
  GtkToggleButton        *compare_button;
  GtkWidget              *lanes_box;
  GtkWidget              *zoom_box;
  GtkMenuButton          *legend_button;
  GtkToggleButton        *topic_lanes_button;
  GtkToggleButton        *actor_lanes_button;
  GtkDropDown            *topic_dropdown;
  GtkDropDown            *actor_dropdown;
  GtkDropDown            *stance_dropdown;
  GtkDropDown            *status_dropdown;
  GtkLabel               *count_label;
  GtkStack               *stack;
  DossierTimelineView    *view;
  DossierTimelineDetails *details;
  DossierCompareView     *compare;
  AdwStatusPage          *empty_page;
};

G_DEFINE_FINAL_TYPE (DossierTimelinePage, dossier_timeline_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_LIBRARY,
  N_PROPS
};

enum {
  OPEN_EVIDENCE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
actor_name (DossierTimelinePage *self,
            const char          *id)
{
  const char *name = g_hash_table_lookup (self->actor_names, id);

  return name != NULL ? name : id;
}

static void
show_error (DossierTimelinePage *self,
            const GError        *error)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static int
compare_actor_names (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  DossierTimelinePage *self = user_data;

  return g_utf8_collate (actor_name (self, *(const char **) a), actor_name (self, *(const char **) b));
}

/* The actor filter lists every actor of the events not rejected. */
static void
fill_actor_dropdown (DossierTimelinePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  DossierEventFilter filter = { 0 };
  const char *previous = NULL;
  guint selected = 0;

  filter.statuses = DOSSIER_EVENT_STATUSES_TIMELINE | (1u << DOSSIER_EVENT_STATUS_CANDIDATE);
  events = dossier_library_list_events (self->library, &filter, &error);
  if (events == NULL)
    {
      show_error (self, error);
      return;
    }

  if (self->actor_ids != NULL)
    {
      guint row = gtk_drop_down_get_selected (self->actor_dropdown);

      if (row != GTK_INVALID_LIST_POSITION && row > 0 && row - 1 < self->actor_ids->len)
        previous = g_ptr_array_index (self->actor_ids, row - 1);
    }
  {
    g_autoptr(GPtrArray) old = g_steal_pointer (&self->actor_ids);
    g_autofree char *keep = g_strdup (previous);

    self->actor_ids = g_ptr_array_new_with_free_func (g_free);
    for (guint i = 0; i < events->len; i++)
      {
        GPtrArray *actors = dossier_event_get_actors (g_ptr_array_index (events, i));

        for (guint j = 0; j < actors->len; j++)
          {
            const char *id = g_ptr_array_index (actors, j);

            if (g_hash_table_add (seen, (gpointer) id))
              g_ptr_array_add (self->actor_ids, g_strdup (id));
          }
      }
    g_ptr_array_sort_with_data (self->actor_ids, compare_actor_names, self);

    gtk_string_list_append (model, _("All actors"));
    for (guint i = 0; i < self->actor_ids->len; i++)
      {
        const char *id = g_ptr_array_index (self->actor_ids, i);

        gtk_string_list_append (model, actor_name (self, id));
        if (keep != NULL && g_str_equal (keep, id))
          selected = i + 1;
      }
  }

  self->updating++;
  gtk_drop_down_set_model (self->actor_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->actor_dropdown, selected);
  self->updating--;
}

static void
read_filter (DossierTimelinePage *self,
             DossierEventFilter  *filter)
{
  guint topic = gtk_drop_down_get_selected (self->topic_dropdown);
  guint stance = gtk_drop_down_get_selected (self->stance_dropdown);
  guint actor = gtk_drop_down_get_selected (self->actor_dropdown);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  memset (filter, 0, sizeof *filter);
  if (topic != GTK_INVALID_LIST_POSITION && topic > 0)
    filter->topics = 1u << (topic - 1);
  if (stance != GTK_INVALID_LIST_POSITION && stance > 0)
    filter->stances = 1u << (stance - 1);
  if (actor != GTK_INVALID_LIST_POSITION && actor > 0 && self->actor_ids != NULL && actor - 1 < self->actor_ids->len)
    filter->actor = g_ptr_array_index (self->actor_ids, actor - 1);
  filter->text = text != NULL && text[0] != '\0' ? text : NULL;

  switch (gtk_drop_down_get_selected (self->status_dropdown))
    {
    case STATUS_WITH_CANDIDATES:
      filter->statuses = DOSSIER_EVENT_STATUSES_TIMELINE | (1u << DOSSIER_EVENT_STATUS_CANDIDATE);
      break;
    case STATUS_CANDIDATES:
      filter->statuses = 1u << DOSSIER_EVENT_STATUS_CANDIDATE;
      break;
    case STATUS_REJECTED:
      filter->statuses = 1u << DOSSIER_EVENT_STATUS_REJECTED;
      break;
    case STATUS_TIMELINE:
    default:
      filter->statuses = DOSSIER_EVENT_STATUSES_TIMELINE;
      break;
    }
}

static void
update_stack (DossierTimelinePage *self,
              guint                n_events)
{
  gboolean compare = gtk_toggle_button_get_active (self->compare_button);

  gtk_stack_set_visible_child_name (self->stack, n_events == 0 ? "empty" : compare ? "compare" : "timeline");
  gtk_widget_set_sensitive (self->lanes_box, !compare);
  gtk_widget_set_sensitive (self->zoom_box, !compare);
}

static void
reload (DossierTimelinePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autofree char *selected_uid = NULL;
  g_autofree char *count = NULL;
  DossierEventFilter filter;

  if (self->library == NULL)
    return;

  if (dossier_timeline_view_get_selected (self->view) != NULL)
    selected_uid = g_strdup (dossier_event_get_uid (dossier_timeline_view_get_selected (self->view)));

  read_filter (self, &filter);
  events = dossier_library_list_events (self->library, &filter, &error);
  if (events == NULL)
    {
      show_error (self, error);
      events = g_ptr_array_new_with_free_func (g_object_unref);
    }

  g_clear_pointer (&self->events, g_ptr_array_unref);
  self->events = g_ptr_array_ref (events);
  dossier_timeline_view_set_events (self->view, events);
  dossier_compare_view_set_events (self->compare, events);
  if (!self->fitted && events->len > 0)
    {
      dossier_timeline_view_show_all (self->view);
      self->fitted = TRUE;
    }

  /* Keep the selection across reloads: events are new objects. */
  if (selected_uid != NULL)
    for (guint i = 0; i < events->len; i++)
      if (g_strcmp0 (dossier_event_get_uid (g_ptr_array_index (events, i)), selected_uid) == 0)
        {
          dossier_timeline_view_set_selected (self->view, g_ptr_array_index (events, i));
          break;
        }

  count = g_strdup_printf (ngettext ("%u event", "%u events", events->len), events->len);
  gtk_label_set_text (self->count_label, count);
  update_stack (self, events->len);
}

/* ---- Callbacks ---- */

static void
filters_changed_cb (DossierTimelinePage *self)
{
  if (self->updating == 0)
    reload (self);
}

static void
mode_changed_cb (DossierTimelinePage *self)
{
  update_stack (self, dossier_timeline_view_get_n_markers (self->view) > 0 ? 1 : 0);
}

static void
lanes_changed_cb (DossierTimelinePage *self)
{
  dossier_timeline_view_set_lanes (self->view,
                                   gtk_toggle_button_get_active (self->actor_lanes_button)
                                   ? DOSSIER_TIMELINE_LANES_BY_ACTOR
                                   : DOSSIER_TIMELINE_LANES_BY_TOPIC);
}

static void
selected_changed_cb (DossierTimelinePage *self)
{
  DossierEvent *event = dossier_timeline_view_get_selected (self->view);

  dossier_timeline_details_set_event (self->details, event);
  if (event != NULL && self->library != NULL &&
      dossier_event_get_status (event) == DOSSIER_EVENT_STATUS_CANDIDATE)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DossierEvent) match = dossier_library_find_matching_event (self->library, event, &error);

      if (error != NULL)
        show_error (self, error);
      dossier_timeline_details_set_match (self->details, match);
    }
}

static void
open_evidence_cb (DossierTimelinePage *self,
                  gint64               article_id,
                  guint                start,
                  guint                end)
{
  g_signal_emit (self, signals[OPEN_EVIDENCE], 0, article_id, start, end);
}

static void
accept_cb (DossierTimelinePage *self,
           DossierEvent        *candidate,
           DossierEvent        *merge_into)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!dossier_library_accept_candidate (self->library, dossier_event_get_id (candidate),
                                         merge_into ? dossier_event_get_id (merge_into) : 0, &error))
    {
      show_error (self, error);
      return;
    }
  if (merge_into != NULL)
    {
      /* The candidate is gone; show the event it joined. */
      message = g_strdup_printf (_("Passage added to “%s”"), dossier_event_get_title (merge_into));
      dossier_timeline_view_set_selected (self->view, merge_into);
    }
  else
    message = g_strdup (_("Event accepted"));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
  fill_actor_dropdown (self);
  reload (self);
  selected_changed_cb (self);
}

static void
reject_cb (DossierTimelinePage *self,
           DossierEvent        *event)
{
  g_autoptr(GError) error = NULL;

  if (!dossier_library_reject_event (self->library, dossier_event_get_id (event), &error))
    {
      show_error (self, error);
      return;
    }
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Event rejected")));
  fill_actor_dropdown (self);
  reload (self);
  selected_changed_cb (self);
}

static void
compare_activated_cb (DossierTimelinePage *self,
                      DossierEvent        *event)
{
  gtk_toggle_button_set_active (self->timeline_button, TRUE);
  dossier_timeline_view_set_selected (self->view, event);
  if (dossier_timeline_view_focus_event (self->view, event))
    gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DossierTimelinePage *self = DOSSIER_TIMELINE_PAGE (widget);
  const char *name = strchr (action_name, '.') + 1;
  g_autofree char *view_action = g_strconcat ("timeline.", name, NULL);

  gtk_widget_activate_action (GTK_WIDGET (self->view), view_action, NULL);
}

/* ---- GObject ---- */

static void
fill_static_dropdowns (DossierTimelinePage *self)
{
  g_autoptr(GtkStringList) topics = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) stances = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) actors = gtk_string_list_new (NULL);

  gtk_string_list_append (topics, _("All topics"));
  for (guint i = 0; i < DOSSIER_N_EVENT_TOPICS; i++)
    gtk_string_list_append (topics, dossier_event_topic_get_label (i));
  gtk_string_list_append (stances, _("All stances"));
  for (guint i = 0; i < DOSSIER_N_EVENT_STANCES; i++)
    gtk_string_list_append (stances, dossier_event_stance_get_label (i));
  gtk_string_list_append (statuses, _("Reference and accepted"));
  gtk_string_list_append (statuses, _("With candidates"));
  gtk_string_list_append (statuses, _("Candidates only"));
  gtk_string_list_append (statuses, _("Rejected"));
  gtk_string_list_append (actors, _("All actors"));

  self->updating++;
  gtk_drop_down_set_model (self->topic_dropdown, G_LIST_MODEL (topics));
  gtk_drop_down_set_model (self->stance_dropdown, G_LIST_MODEL (stances));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  gtk_drop_down_set_model (self->actor_dropdown, G_LIST_MODEL (actors));
  self->updating--;

  g_signal_connect_swapped (self->topic_dropdown, "notify::selected", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->stance_dropdown, "notify::selected", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->status_dropdown, "notify::selected", G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->actor_dropdown, "notify::selected", G_CALLBACK (filters_changed_cb), self);
}

static void
dossier_timeline_page_constructed (GObject *object)
{
  DossierTimelinePage *self = DOSSIER_TIMELINE_PAGE (object);

  G_OBJECT_CLASS (dossier_timeline_page_parent_class)->constructed (object);

  if (self->library != NULL)
    {
      g_autoptr(GError) error = NULL;

      /* New libraries get the reference events; this adds nothing when
       * they are already there. */
      if (!dossier_library_load_reference_timeline (self->library, &error))
        show_error (self, error);
      dossier_timeline_details_set_library (self->details, self->library);
      fill_actor_dropdown (self);
    }
  reload (self);
}

static void
dossier_timeline_page_dispose (GObject *object)
{
  DossierTimelinePage *self = DOSSIER_TIMELINE_PAGE (object);

  /* AdwBin unparents the template's child; the bound pointers are not
   * references. */
  g_clear_object (&self->library);
  g_clear_object (&self->range);
  g_clear_pointer (&self->actor_names, g_hash_table_unref);
  g_clear_pointer (&self->actor_ids, g_ptr_array_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);

  G_OBJECT_CLASS (dossier_timeline_page_parent_class)->dispose (object);
}

static void
dossier_timeline_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DossierTimelinePage *self = DOSSIER_TIMELINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  DossierTimelinePage *self = DOSSIER_TIMELINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_page_class_init (DossierTimelinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dossier_timeline_page_constructed;
  object_class->dispose = dossier_timeline_page_dispose;
  object_class->get_property = dossier_timeline_page_get_property;
  object_class->set_property = dossier_timeline_page_set_property;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, DOSSIER_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[OPEN_EVIDENCE] =
    g_signal_new ("open-evidence",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "timeline-page.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline-page.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline-page.zoom-fit", NULL, zoom_action);

  g_type_ensure (DOSSIER_TYPE_TIMELINE_VIEW);
  g_type_ensure (DOSSIER_TYPE_TIMELINE_DETAILS);
  g_type_ensure (DOSSIER_TYPE_COMPARE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dossier-timeline-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, timeline_button);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, compare_button);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, lanes_box);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, zoom_box);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, legend_button);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, topic_lanes_button);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, actor_lanes_button);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, topic_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, actor_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, stance_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, count_label);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, stack);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, view);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, details);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, compare);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePage, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, mode_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, lanes_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, selected_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_evidence_cb);
  gtk_widget_class_bind_template_callback (widget_class, accept_cb);
  gtk_widget_class_bind_template_callback (widget_class, reject_cb);
  gtk_widget_class_bind_template_callback (widget_class, compare_activated_cb);

  gtk_widget_class_set_css_name (widget_class, "timelinepage");
}

static void
dossier_timeline_page_init (DossierTimelinePage *self)
{
  GDate first, last;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Room around the eras; show_all() widens it to the events. */
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, 1, G_DATE_JANUARY, 2015);
  g_date_set_dmy (&last, 1, G_DATE_JANUARY, 2031);
  self->range = dossier_timeline_range_new (g_date_get_julian (&first), g_date_get_julian (&last));
  dossier_timeline_range_set_min_span (self->range, 14);
  dossier_timeline_view_set_range (self->view, self->range);

  self->actor_names = dossier_entity_names_new_table ();
  dossier_timeline_view_set_actor_names (self->view, self->actor_names);
  dossier_timeline_details_set_actor_names (self->details, self->actor_names);
  fill_static_dropdowns (self);

  {
    GtkWidget *popover = gtk_popover_new ();

    gtk_popover_set_child (GTK_POPOVER (popover), _dossier_timeline_legend_new ());
    gtk_menu_button_set_popover (self->legend_button, popover);
  }
}

GtkWidget *
dossier_timeline_page_new (DossierLibrary *library)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);

  return g_object_new (DOSSIER_TYPE_TIMELINE_PAGE, "library", library, NULL);
}

DossierLibrary *
dossier_timeline_page_get_library (DossierTimelinePage *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_PAGE (self), NULL);

  return self->library;
}

void
dossier_timeline_page_reload (DossierTimelinePage *self)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_PAGE (self));

  fill_actor_dropdown (self);
  reload (self);
}

gboolean
dossier_timeline_page_select_event (DossierTimelinePage *self,
                                    gint64               event_id)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_PAGE (self), FALSE);

  for (guint i = 0; self->events != NULL && i < self->events->len; i++)
    {
      DossierEvent *event = g_ptr_array_index (self->events, i);

      if (dossier_event_get_id (event) == event_id)
        {
          compare_activated_cb (self, event);
          return TRUE;
        }
    }
  return FALSE;
}
