/* dossier-event-dialog.c — putting a passage on the timeline
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dossier-edtf.h"
#include "dossier-entity-names.h"
#include "dossier-event-dialog.h"
#include "dossier-event-finder.h"
#include "dossier-library-events.h"
#include "dossier-span.h"
#include "dossier-timeline-details.h"

struct _DossierEventDialog
{
  AdwWindow         parent_instance;

  DossierLibrary   *library;
  DossierEvent     *draft;
  GPtrArray        *events;      /* DossierEvent*, the timeline's */
  DossierEvent     *match;       /* one of @events, or NULL */

  AdwToastOverlay  *toast_overlay;
  GtkButton        *save_button;
  GtkLabel         *quote_label;
  GtkStack         *stack;
  AdwEntryRow      *title_row;
  AdwEntryRow      *date_row;
  GtkLabel         *era_label;
  AdwEntryRow      *description_row;
  AdwComboRow      *kind_row;
  AdwComboRow      *stance_row;
  AdwComboRow      *topic_row;
  AdwActionRow     *actors_row;
  GtkSearchEntry   *search_entry;
  GtkListBox       *event_list;
};

G_DEFINE_FINAL_TYPE (DossierEventDialog, dossier_event_dialog, ADW_TYPE_WINDOW)

enum
{
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static DossierEvidence *
draft_evidence (DossierEventDialog *self)
{
  return g_ptr_array_index (dossier_event_get_evidence (self->draft), 0);
}

/* ---- The "new event" page ---- */

static void
fill_choices (DossierEventDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) stances = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) topics = gtk_string_list_new (NULL);

  /* Row i of each list is enum value i. */
  for (DossierEventKind kind = 0; kind < DOSSIER_N_EVENT_KINDS; kind++)
    gtk_string_list_append (kinds, dossier_event_kind_get_label (kind));
  for (DossierEventStance stance = 0; stance < DOSSIER_N_EVENT_STANCES; stance++)
    gtk_string_list_append (stances, dossier_event_stance_get_label (stance));
  for (DossierEventTopic topic = 0; topic < DOSSIER_N_EVENT_TOPICS; topic++)
    gtk_string_list_append (topics, dossier_event_topic_get_label (topic));

  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->stance_row, G_LIST_MODEL (stances));
  adw_combo_row_set_model (self->topic_row, G_LIST_MODEL (topics));
}

static char *
actor_names (GPtrArray *spans,
             guint      start,
             guint      end)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GString *names = g_string_new (NULL);

  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      const DossierSpan *span = g_ptr_array_index (spans, i);

      if (span->start < start || span->end > end ||
          !dossier_span_kind_is_entity (span->kind) || span->entity_id == NULL ||
          g_ptr_array_find_with_equal_func (ids, span->entity_id, g_str_equal, NULL))
        continue;
      g_ptr_array_add (ids, span->entity_id);
      if (names->len > 0)
        /* Translators: separates the names in a list of actors. */
        g_string_append (names, _(", "));
      g_string_append (names, dossier_entity_display_name (span->entity_id, span->entity_name != NULL
                                                                       ? span->entity_name : span->text));
    }
  return g_string_free (names, FALSE);
}

static void
fill_draft_fields (DossierEventDialog *self,
                   GPtrArray          *spans)
{
  DossierEvidence *evidence = draft_evidence (self);
  g_autofree char *actors = actor_names (spans, evidence->start, evidence->end);
  const char *date = dossier_event_get_date (self->draft);

  gtk_label_set_text (self->quote_label, evidence->quote);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), dossier_event_get_title (self->draft));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date != NULL ? date : "");
  adw_combo_row_set_selected (self->kind_row, dossier_event_get_kind (self->draft));
  adw_combo_row_set_selected (self->stance_row, dossier_event_get_stance (self->draft));
  adw_combo_row_set_selected (self->topic_row, dossier_event_get_topic (self->draft));
  adw_action_row_set_subtitle (self->actors_row,
                               *actors != '\0' ? actors
                               : _("None found in the passage"));
}

/* Copies the fields into the draft; FALSE, with the faulty row marked,
 * when the title is empty or the date is not EDTF. */
static gboolean
read_draft_fields (DossierEventDialog *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  g_autofree char *date = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->date_row))));
  g_autofree char *description = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->description_row))));

  if (*title == '\0')
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("The event needs a title")));
      return FALSE;
    }
  if (!dossier_edtf_is_valid (date))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Enter the date as 2025-05-13, 2025-05, 2025 or an EDTF form such as 2025-05~")));
      return FALSE;
    }
  dossier_event_set_title (self->draft, title);
  dossier_event_set_date (self->draft, date);
  dossier_event_set_description (self->draft, *description != '\0' ? description : NULL);
  dossier_event_set_kind (self->draft, adw_combo_row_get_selected (self->kind_row));
  dossier_event_set_stance (self->draft, adw_combo_row_get_selected (self->stance_row));
  dossier_event_set_topic (self->draft, adw_combo_row_get_selected (self->topic_row));
  return TRUE;
}

/* ---- The "existing event" page ---- */

static GtkWidget *
event_row_new (DossierEvent *event,
               gboolean      is_match)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = dossier_timeline_format_date (dossier_event_get_date (event));
  g_autofree char *subtitle = NULL;
  guint n_evidence = dossier_event_get_evidence (event)->len;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), dossier_timeline_event_title (event));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  subtitle = g_strdup_printf (ngettext ("%s · %s · %u passage", "%s · %s · %u passages", n_evidence),
                              date, dossier_era_get_label (dossier_event_get_era (event)), n_evidence);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  if (is_match)
    {
      GtkWidget *label = gtk_label_new (_("Likely match"));

      gtk_widget_add_css_class (label, "accent");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  g_object_set_data_full (G_OBJECT (row), "event", g_object_ref (event), g_object_unref);
  return row;
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  DossierEventDialog *self = user_data;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  DossierEvent *event = g_object_get_data (G_OBJECT (row), "event");
  g_autofree char *folded_query = NULL;
  g_autofree char *folded_title = NULL;

  if (query == NULL || *query == '\0')
    return TRUE;
  folded_query = g_utf8_casefold (query, -1);
  folded_title = g_utf8_casefold (dossier_timeline_event_title (event), -1);
  return strstr (folded_title, folded_query) != NULL ||
         (dossier_event_get_date (event) != NULL &&
          g_str_has_prefix (dossier_event_get_date (event), query));
}

static void
fill_event_list (DossierEventDialog *self)
{
  DossierEventFilter filter = { .statuses = DOSSIER_EVENT_STATUSES_TIMELINE };
  g_autoptr(GError) error = NULL;

  self->events = dossier_library_list_events (self->library, &filter, &error);
  if (self->events == NULL)
    {
      g_warning ("Could not read the timeline: %s", error->message);
      self->events = g_ptr_array_new_with_free_func (g_object_unref);
    }
  self->match = dossier_event_finder_match (self->draft, self->events);

  /* The likeliest event first, then the newest: analysts mostly file
   * passages about recent news. */
  if (self->match != NULL)
    gtk_list_box_append (self->event_list, event_row_new (self->match, TRUE));
  for (guint i = self->events->len; i > 0; i--)
    {
      DossierEvent *event = g_ptr_array_index (self->events, i - 1);

      if (event != self->match)
        gtk_list_box_append (self->event_list, event_row_new (event, FALSE));
    }
  gtk_list_box_set_filter_func (self->event_list, filter_row, self, NULL);
  if (self->match != NULL)
    gtk_list_box_select_row (self->event_list, gtk_list_box_get_row_at_index (self->event_list, 0));
}

static DossierEvent *
selected_event (DossierEventDialog *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->event_list);

  return row != NULL ? g_object_get_data (G_OBJECT (row), "event") : NULL;
}

static gboolean
event_has_passage (DossierEvent    *event,
                   DossierEvidence *passage)
{
  GPtrArray *evidence = dossier_event_get_evidence (event);

  for (guint i = 0; i < evidence->len; i++)
    {
      DossierEvidence *item = g_ptr_array_index (evidence, i);

      if (item->article_id == passage->article_id &&
          item->start == passage->start && item->end == passage->end)
        return TRUE;
    }
  return FALSE;
}

/* ---- Saving ---- */

static void
update_save_button (DossierEventDialog *self)
{
  gboolean existing;
  const char *date;
  DossierEdtf edtf;

  /* Building the template notifies before there is anything to save. */
  if (self->draft == NULL)
    return;
  existing = dossier_event_dialog_get_mode (self) == DOSSIER_EVENT_DIALOG_EXISTING;
  date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));

  gtk_button_set_label (self->save_button, existing ? _("_Attach") : _("_Add Event"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save",
                                 existing ? selected_event (self) != NULL
                                 : *gtk_editable_get_text (GTK_EDITABLE (self->title_row)) != '\0');

  /* The administration follows the date as it is typed. */
  if (dossier_edtf_parse (date, &edtf, NULL))
    {
      DossierEra era = dossier_era_for_edtf (&edtf);

      gtk_label_set_text (self->era_label, dossier_era_get_label (era));
      gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
    }
  else
    {
      gtk_label_set_text (self->era_label, *date != '\0' ? _("Not a valid date") : "");
      if (*date != '\0')
        gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
    }
}

static gboolean
save (DossierEventDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 event_id;
  gboolean created;

  if (dossier_event_dialog_get_mode (self) == DOSSIER_EVENT_DIALOG_EXISTING)
    {
      DossierEvent *event = selected_event (self);
      g_autoptr(DossierEvidence) evidence = NULL;

      if (event == NULL)
        return FALSE;
      if (event_has_passage (event, draft_evidence (self)))
        {
          g_autofree char *message = g_strdup_printf (_("This passage already backs “%s”"),
                                                      dossier_timeline_event_title (event));
          adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
          return FALSE;
        }
      evidence = dossier_evidence_copy (draft_evidence (self));
      if (dossier_library_attach_evidence (self->library, dossier_event_get_id (event),
                                           evidence, &error) == 0)
        {
          adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
          return FALSE;
        }
      event_id = dossier_event_get_id (event);
      created = FALSE;
    }
  else
    {
      if (!read_draft_fields (self))
        return FALSE;
      if (!dossier_library_add_event (self->library, self->draft, &error))
        {
          adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
          return FALSE;
        }
      event_id = dossier_event_get_id (self->draft);
      created = TRUE;
    }

  g_signal_emit (self, signals[SAVED], 0, event_id, created);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  save (DOSSIER_EVENT_DIALOG (widget));
}

/* ---- Callbacks ---- */

static void
fields_changed_cb (DossierEventDialog *self)
{
  update_save_button (self);
}

static void
mode_changed_cb (DossierEventDialog *self)
{
  update_save_button (self);
}

static void
search_changed_cb (DossierEventDialog *self)
{
  gtk_list_box_invalidate_filter (self->event_list);
}

/* Enter in a field saves, as a default button would. */
static void
entry_activated_cb (DossierEventDialog *self)
{
  if (gtk_widget_is_sensitive (GTK_WIDGET (self->save_button)))
    save (self);
}

static void
row_activated_cb (DossierEventDialog *self,
                  GtkListBoxRow      *row)
{
  gtk_list_box_select_row (self->event_list, row);
  save (self);
}

/* ---- GObject ---- */

static void
dossier_event_dialog_dispose (GObject *object)
{
  DossierEventDialog *self = DOSSIER_EVENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_EVENT_DIALOG);
  g_clear_object (&self->library);
  g_clear_object (&self->draft);
  self->match = NULL;
  g_clear_pointer (&self->events, g_ptr_array_unref);

  G_OBJECT_CLASS (dossier_event_dialog_parent_class)->dispose (object);
}

static void
dossier_event_dialog_class_init (DossierEventDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_event_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dossier-event-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierEventDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DossierEventDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, DossierEventDialog, quote_label);
  gtk_widget_class_bind_template_child (widget_class, DossierEventDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, DossierEventDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, DossierEventDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, DossierEventDialog, era_label);
  gtk_widget_class_bind_template_child (widget_class, DossierEventDialog, description_row);
  gtk_widget_class_bind_template_child (widget_class, DossierEventDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, DossierEventDialog, stance_row);
  gtk_widget_class_bind_template_child (widget_class, DossierEventDialog, topic_row);
  gtk_widget_class_bind_template_child (widget_class, DossierEventDialog, actors_row);
  gtk_widget_class_bind_template_child (widget_class, DossierEventDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DossierEventDialog, event_list);
  gtk_widget_class_bind_template_callback (widget_class, fields_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, mode_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dossier_event_dialog_init (DossierEventDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_choices (self);
}

DossierEventDialog *
dossier_event_dialog_new (DossierLibrary *library,
                          DossierArticle *article,
                          GPtrArray      *spans,
                          guint           start,
                          guint           end)
{
  g_autoptr(GPtrArray) no_spans = NULL;
  g_autoptr(DossierEvent) draft = NULL;
  DossierEventDialog *self;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (article), NULL);

  if (spans == NULL)
    spans = no_spans = g_ptr_array_new ();
  draft = dossier_event_finder_draft (dossier_article_get_body (article), spans,
                                      dossier_article_get_published (article),
                                      dossier_article_get_id (article), start, end);
  if (draft == NULL)
    return NULL;

  self = g_object_new (DOSSIER_TYPE_EVENT_DIALOG, NULL);
  self->library = g_object_ref (library);
  self->draft = g_steal_pointer (&draft);
  fill_draft_fields (self, spans);
  fill_event_list (self);
  /* Offer the likely event first: more evidence for a known event is the
   * common case once the timeline is filled. */
  dossier_event_dialog_set_mode (self, self->match != NULL ? DOSSIER_EVENT_DIALOG_EXISTING
                                                           : DOSSIER_EVENT_DIALOG_NEW);
  update_save_button (self);
  return self;
}

DossierEventDialogMode
dossier_event_dialog_get_mode (DossierEventDialog *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_DIALOG (self), DOSSIER_EVENT_DIALOG_NEW);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "existing") == 0
         ? DOSSIER_EVENT_DIALOG_EXISTING : DOSSIER_EVENT_DIALOG_NEW;
}

void
dossier_event_dialog_set_mode (DossierEventDialog     *self,
                               DossierEventDialogMode  mode)
{
  g_return_if_fail (DOSSIER_IS_EVENT_DIALOG (self));

  gtk_stack_set_visible_child_name (self->stack,
                                    mode == DOSSIER_EVENT_DIALOG_EXISTING ? "existing" : "new");
}

DossierEvent *
dossier_event_dialog_get_draft (DossierEventDialog *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_DIALOG (self), NULL);

  return self->draft;
}

DossierEvent *
dossier_event_dialog_get_match (DossierEventDialog *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_DIALOG (self), NULL);

  return self->match;
}

gboolean
dossier_event_dialog_select_event (DossierEventDialog *self,
                                   gint64              event_id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (DOSSIER_IS_EVENT_DIALOG (self), FALSE);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->event_list, i)) != NULL; i++)
    {
      DossierEvent *event = g_object_get_data (G_OBJECT (row), "event");

      if (dossier_event_get_id (event) == event_id)
        {
          gtk_list_box_select_row (self->event_list, row);
          return TRUE;
        }
    }
  return FALSE;
}
