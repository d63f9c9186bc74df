/* dossier-timeline-details.c — what is known about the selected event
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dossier-timeline-details.h"

struct _DossierTimelineDetails
{
  AdwBin          parent_instance;

  DossierEvent   *event;
  DossierEvent   *match;
  DossierLibrary *library;
  GHashTable     *actor_names;

  /* Template widgets */
  GtkStack       *stack;
  GtkLabel       *title_label;
  GtkLabel       *description_label;
  GtkWidget      *candidate_box;
  GtkLabel       *candidate_label;
  GtkWidget      *merge_button;
  GtkLabel       *merge_label;
  GtkWidget      *accept_button;
  GtkWidget      *reject_button;
  AdwActionRow   *date_row;
  AdwActionRow   *era_row;
  AdwActionRow   *kind_row;
  AdwActionRow   *topic_row;
  AdwActionRow   *status_row;
  GtkLabel       *actors_label;
  GtkBox         *sources_box;
  GtkWidget      *no_evidence_label;
  GtkListBox     *evidence_list;
};

G_DEFINE_FINAL_TYPE (DossierTimelineDetails, dossier_timeline_details, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_EVENT,
  N_PROPS
};

enum {
  OPEN_EVIDENCE,
  ACCEPT,
  REJECT,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- Dates ---- */

static char *
format_point (const DossierEdtfPoint *point)
{
  GDate date;
  char buffer[128];
  const char *format;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, point->day > 0 ? point->day : 1,
                  point->month > 0 ? point->month : 1, point->year);
  switch (point->precision)
    {
    case DOSSIER_EDTF_PRECISION_DAY:
      /* Translators: a date with a known day, strftime() format. */
      format = C_("event date", "%e %B %Y");
      break;
    case DOSSIER_EDTF_PRECISION_MONTH:
      /* Translators: a date known to the month, strftime() format. */
      format = C_("event date", "%B %Y");
      break;
    case DOSSIER_EDTF_PRECISION_YEAR:
    default:
      /* Translators: a date known to the year, strftime() format. */
      format = C_("event date", "%Y");
      break;
    }
  if (g_date_strftime (buffer, sizeof buffer, format, &date) == 0)
    return g_strdup_printf ("%04d", point->year);
  g_strstrip (buffer);

  if (point->approximate && point->uncertain)
    /* Translators: a date that is both approximate and uncertain. */
    return g_strdup_printf (_("perhaps about %s"), buffer);
  if (point->approximate)
    /* Translators: an approximate date, e.g. "about May 2025". */
    return g_strdup_printf (_("about %s"), buffer);
  if (point->uncertain)
    /* Translators: an uncertain date, e.g. "2023 (uncertain)". */
    return g_strdup_printf (_("%s (uncertain)"), buffer);
  return g_strdup (buffer);
}

char *
dossier_timeline_format_date (const char *edtf_text)
{
  DossierEdtf edtf;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_return_val_if_fail (edtf_text != NULL, NULL);

  if (!dossier_edtf_parse (edtf_text, &edtf, NULL))
    return g_strdup (edtf_text);
  if (!edtf.is_interval)
    return format_point (&edtf.start);

  if (edtf.start.kind == DOSSIER_EDTF_POINT_DATE)
    start = format_point (&edtf.start);
  if (edtf.end.kind == DOSSIER_EDTF_POINT_DATE)
    end = format_point (&edtf.end);

  if (start != NULL && end != NULL)
    /* Translators: an interval between two dates. */
    return g_strdup_printf (_("%s – %s"), start, end);
  if (start != NULL)
    return g_strdup_printf (edtf.end.kind == DOSSIER_EDTF_POINT_OPEN
                            /* Translators: an interval that goes on. */
                            ? _("since %s")
                            /* Translators: an interval whose end is not known. */
                            : _("from %s, end unknown"), start);
  if (end != NULL)
    /* Translators: an interval whose start is not known. */
    return g_strdup_printf (_("until %s"), end);
  return g_strdup (edtf_text);
}

char *
dossier_timeline_format_precision (const char *edtf_text)
{
  DossierEdtf edtf;
  const char *precision;
  GString *text;

  g_return_val_if_fail (edtf_text != NULL, NULL);

  if (!dossier_edtf_parse (edtf_text, &edtf, NULL))
    return g_strdup (_("Not a valid date"));
  switch (dossier_edtf_get_precision (&edtf))
    {
    case DOSSIER_EDTF_PRECISION_DAY:
      precision = _("Exact day");
      break;
    case DOSSIER_EDTF_PRECISION_MONTH:
      precision = _("Known to the month");
      break;
    case DOSSIER_EDTF_PRECISION_YEAR:
    default:
      precision = _("Known to the year");
      break;
    }
  text = g_string_new (precision);
  if (edtf.is_interval)
    g_string_append_printf (text, ", %s", _("interval"));
  if (dossier_edtf_is_approximate (&edtf))
    g_string_append_printf (text, ", %s", _("approximate"));
  if (dossier_edtf_is_uncertain (&edtf))
    g_string_append_printf (text, ", %s", _("uncertain"));
  return g_string_free (text, FALSE);
}

/* ---- Filling ---- */

static const char *
actor_name (DossierTimelineDetails *self,
            const char             *id)
{
  const char *name = self->actor_names ? g_hash_table_lookup (self->actor_names, id) : NULL;

  return name != NULL ? name : id;
}

static void
remove_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_LIST_BOX (parent))
        gtk_list_box_remove (GTK_LIST_BOX (parent), child);
      else
        gtk_box_remove (GTK_BOX (parent), child);
    }
}

/* The user's first language as a BCP 47 tag: "zh_CN.UTF-8" → "zh-CN". */
static char *
user_language (void)
{
  char *lang = g_strdup (g_get_language_names ()[0]);
  char *cut;

  if ((cut = strpbrk (lang, ".@")))
    *cut = '\0';
  g_strdelimit (lang, "_", '-');
  return lang;
}

const char *
dossier_timeline_event_title (DossierEvent *event)
{
  g_autofree char *lang = NULL;

  g_return_val_if_fail (DOSSIER_IS_EVENT (event), NULL);

  lang = user_language ();
  return dossier_event_get_title_for_language (event, lang);
}

const char *
dossier_timeline_event_description (DossierEvent *event)
{
  g_autofree char *lang = NULL;

  g_return_val_if_fail (DOSSIER_IS_EVENT (event), NULL);

  lang = user_language ();
  return dossier_event_get_description_for_language (event, lang);
}

static void
fill_sources (DossierTimelineDetails *self)
{
  GPtrArray *sources = dossier_event_get_sources (self->event);

  remove_children (GTK_WIDGET (self->sources_box));
  if (sources->len == 0)
    {
      GtkWidget *label = gtk_label_new (_("No source named"));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (self->sources_box, label);
      return;
    }
  for (guint i = 0; i < sources->len; i++)
    {
      const DossierEventSource *source = g_ptr_array_index (sources, i);
      g_autofree char *name = g_markup_escape_text (source->name, -1);
      g_autofree char *date = source->date ? dossier_timeline_format_date (source->date) : NULL;
      g_autofree char *date_markup = date ? g_markup_escape_text (date, -1) : NULL;
      g_autofree char *markup = NULL;
      GtkWidget *label;

      if (source->url != NULL)
        {
          g_autofree char *url = g_markup_escape_text (source->url, -1);

          markup = g_strdup_printf ("<a href=\"%s\">%s</a>%s%s", url, name,
                                    date_markup ? " · " : "", date_markup ? date_markup : "");
        }
      else
        markup = g_strdup_printf ("%s%s%s", name, date_markup ? " · " : "", date_markup ? date_markup : "");
      label = gtk_label_new (NULL);
      gtk_label_set_markup (GTK_LABEL (label), markup);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_box_append (self->sources_box, label);
    }
}

static void
fill_evidence (DossierTimelineDetails *self)
{
  GPtrArray *evidence = dossier_event_get_evidence (self->event);

  remove_children (GTK_WIDGET (self->evidence_list));
  gtk_widget_set_visible (self->no_evidence_label, evidence->len == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->evidence_list), evidence->len > 0);

  for (guint i = 0; i < evidence->len; i++)
    {
      const DossierEvidence *passage = g_ptr_array_index (evidence, i);
      g_autofree char *quote = g_strdup_printf (_("“%s”"), passage->quote);
      g_autofree char *article_title = NULL;
      GtkWidget *row, *box, *label, *caption;

      if (self->library != NULL)
        {
          g_autoptr(DossierArticle) article = dossier_library_get_article (self->library, passage->article_id, NULL);

          if (article != NULL)
            article_title = g_strdup (dossier_article_get_title (article));
        }
      if (article_title == NULL)
        article_title = g_strdup_printf (_("Article %lld"), (long long) passage->article_id);

      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      gtk_widget_set_margin_top (box, 10);
      gtk_widget_set_margin_bottom (box, 10);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      label = gtk_label_new (quote);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_box_append (GTK_BOX (box), label);
      caption = gtk_label_new (article_title);
      gtk_label_set_xalign (GTK_LABEL (caption), 0);
      gtk_label_set_ellipsize (GTK_LABEL (caption), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (caption, "caption");
      gtk_widget_add_css_class (caption, "dim-label");
      gtk_box_append (GTK_BOX (box), caption);

      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _("Open the article at this passage"));
      {
        /* Translators: how a screen reader announces a passage button. */
        g_autofree char *accessible = g_strdup_printf (_("Passage from %s: %s"), article_title, passage->quote);

        gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                        -1);
      }
      g_object_set_data (G_OBJECT (row), "dossier-evidence-index", GUINT_TO_POINTER (i));
      gtk_list_box_append (self->evidence_list, row);
    }
}

static void
fill_candidate (DossierTimelineDetails *self)
{
  DossierEventStatus status = dossier_event_get_status (self->event);
  gboolean candidate = status == DOSSIER_EVENT_STATUS_CANDIDATE;

  gtk_widget_set_visible (self->candidate_box, candidate);
  gtk_widget_set_visible (self->reject_button, status != DOSSIER_EVENT_STATUS_REJECTED);
  /* Rejecting a reviewed event is possible but not the expected step. */
  if (candidate)
    {
      gtk_widget_remove_css_class (self->reject_button, "flat");
      gtk_widget_add_css_class (self->reject_button, "destructive-action");
    }
  else
    {
      gtk_widget_remove_css_class (self->reject_button, "destructive-action");
      gtk_widget_add_css_class (self->reject_button, "flat");
    }
  if (!candidate)
    {
      /* Accepted and reference events can still be rejected. */
      gtk_widget_set_visible (self->candidate_box, status != DOSSIER_EVENT_STATUS_REJECTED);
      gtk_widget_set_visible (GTK_WIDGET (self->candidate_label), FALSE);
      gtk_widget_set_visible (self->merge_button, FALSE);
      gtk_widget_set_visible (self->accept_button, FALSE);
      return;
    }

  {
    /* Translators: %d is a percentage; the % sign is doubled. */
    g_autofree char *text = g_strdup_printf (_("Found in an article, not yet reviewed (confidence %d%%)."),
                                             (int) (dossier_event_get_confidence (self->event) * 100 + 0.5));

    gtk_label_set_text (self->candidate_label, text);
    gtk_widget_set_visible (GTK_WIDGET (self->candidate_label), TRUE);
  }
  gtk_widget_set_visible (self->accept_button, TRUE);
  gtk_widget_set_visible (self->merge_button, self->match != NULL);
  if (self->match != NULL)
    {
      /* Translators: %s is the title of an existing event. */
      g_autofree char *text = g_strdup_printf (_("Add as Evidence to “%s”"), dossier_timeline_event_title (self->match));

      gtk_label_set_text (self->merge_label, text);
    }
}

static void
fill (DossierTimelineDetails *self)
{
  g_autofree char *date = NULL;
  g_autofree char *precision = NULL;
  g_autofree char *kind = NULL;
  const char *description;
  GPtrArray *actors;
  GString *names;

  if (self->event == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "event");

  gtk_label_set_text (self->title_label, dossier_timeline_event_title (self->event));
  description = dossier_timeline_event_description (self->event);
  gtk_label_set_text (self->description_label, description ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description != NULL && description[0] != '\0');

  date = dossier_timeline_format_date (dossier_event_get_date (self->event));
  precision = dossier_timeline_format_precision (dossier_event_get_date (self->event));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), date);
  adw_action_row_set_subtitle (self->date_row, precision);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->era_row),
                                 dossier_era_get_label (dossier_event_get_era (self->event)));
  adw_action_row_set_subtitle (self->era_row, _("Administration"));
  kind = g_strdup_printf ("%s · %s",
                          dossier_event_kind_get_label (dossier_event_get_kind (self->event)),
                          dossier_event_stance_get_label (dossier_event_get_stance (self->event)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), kind);
  adw_action_row_set_subtitle (self->kind_row, _("Kind and stance"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->topic_row),
                                 dossier_event_topic_get_label (dossier_event_get_topic (self->event)));
  adw_action_row_set_subtitle (self->topic_row, _("Topic"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row),
                                 dossier_event_status_get_label (dossier_event_get_status (self->event)));
  adw_action_row_set_subtitle (self->status_row, _("Status"));

  actors = dossier_event_get_actors (self->event);
  names = g_string_new (NULL);
  for (guint i = 0; i < actors->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", actor_name (self, g_ptr_array_index (actors, i)));
  gtk_label_set_text (self->actors_label, names->len > 0 ? names->str : _("No actor named"));
  g_string_free (names, TRUE);

  fill_candidate (self);
  fill_sources (self);
  fill_evidence (self);
}

/* ---- Callbacks ---- */

static void
evidence_activated_cb (DossierTimelineDetails *self,
                       GtkListBoxRow          *row)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "dossier-evidence-index"));

  dossier_timeline_details_activate_evidence (self, index);
}

static void
accept_clicked_cb (DossierTimelineDetails *self)
{
  if (self->event != NULL)
    g_signal_emit (self, signals[ACCEPT], 0, self->event, NULL);
}

static void
merge_clicked_cb (DossierTimelineDetails *self)
{
  if (self->event != NULL && self->match != NULL)
    g_signal_emit (self, signals[ACCEPT], 0, self->event, self->match);
}

static void
reject_clicked_cb (DossierTimelineDetails *self)
{
  if (self->event != NULL)
    g_signal_emit (self, signals[REJECT], 0, self->event);
}

/* ---- GObject ---- */

static void
dossier_timeline_details_dispose (GObject *object)
{
  DossierTimelineDetails *self = DOSSIER_TIMELINE_DETAILS (object);

  /* AdwBin unparents the template's child; the bound pointers are not
   * references. */
  g_clear_object (&self->event);
  g_clear_object (&self->match);
  g_clear_object (&self->library);
  g_clear_pointer (&self->actor_names, g_hash_table_unref);

  G_OBJECT_CLASS (dossier_timeline_details_parent_class)->dispose (object);
}

static void
dossier_timeline_details_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  DossierTimelineDetails *self = DOSSIER_TIMELINE_DETAILS (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_details_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  DossierTimelineDetails *self = DOSSIER_TIMELINE_DETAILS (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      dossier_timeline_details_set_event (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_details_class_init (DossierTimelineDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_timeline_details_dispose;
  object_class->get_property = dossier_timeline_details_get_property;
  object_class->set_property = dossier_timeline_details_set_property;

  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, DOSSIER_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[OPEN_EVIDENCE] =
    g_signal_new ("open-evidence",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_UINT, G_TYPE_UINT);
  signals[ACCEPT] =
    g_signal_new ("accept",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, DOSSIER_TYPE_EVENT, DOSSIER_TYPE_EVENT);
  signals[REJECT] =
    g_signal_new ("reject",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, DOSSIER_TYPE_EVENT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dossier-timeline-details.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierTimelineDetails, stack);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelineDetails, title_label);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelineDetails, description_label);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelineDetails, candidate_box);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelineDetails, candidate_label);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelineDetails, merge_button);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelineDetails, merge_label);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelineDetails, accept_button);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelineDetails, reject_button);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelineDetails, date_row);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelineDetails, era_row);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelineDetails, kind_row);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelineDetails, topic_row);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelineDetails, status_row);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelineDetails, actors_label);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelineDetails, sources_box);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelineDetails, no_evidence_label);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelineDetails, evidence_list);
  gtk_widget_class_bind_template_callback (widget_class, evidence_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, accept_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, merge_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, reject_clicked_cb);

  gtk_widget_class_set_css_name (widget_class, "timelinedetails");
}

static void
dossier_timeline_details_init (DossierTimelineDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
dossier_timeline_details_new (void)
{
  return g_object_new (DOSSIER_TYPE_TIMELINE_DETAILS, NULL);
}

DossierEvent *
dossier_timeline_details_get_event (DossierTimelineDetails *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_DETAILS (self), NULL);

  return self->event;
}

void
dossier_timeline_details_set_event (DossierTimelineDetails *self,
                                    DossierEvent           *event)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_DETAILS (self));
  g_return_if_fail (event == NULL || DOSSIER_IS_EVENT (event));

  /* Refill even for the same object: the page reloads events after edits. */
  g_clear_object (&self->match);
  if (g_set_object (&self->event, event))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
  fill (self);
}

void
dossier_timeline_details_set_match (DossierTimelineDetails *self,
                                    DossierEvent           *match)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_DETAILS (self));
  g_return_if_fail (match == NULL || DOSSIER_IS_EVENT (match));

  g_set_object (&self->match, match);
  if (self->event != NULL)
    fill_candidate (self);
}

void
dossier_timeline_details_set_library (DossierTimelineDetails *self,
                                      DossierLibrary         *library)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_DETAILS (self));

  g_set_object (&self->library, library);
}

void
dossier_timeline_details_set_actor_names (DossierTimelineDetails *self,
                                          GHashTable             *names)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_DETAILS (self));

  if (names != NULL)
    g_hash_table_ref (names);
  g_clear_pointer (&self->actor_names, g_hash_table_unref);
  self->actor_names = names;
  if (self->event != NULL)
    fill (self);
}

gboolean
dossier_timeline_details_activate_evidence (DossierTimelineDetails *self,
                                            guint                   index)
{
  GPtrArray *evidence;
  const DossierEvidence *passage;

  g_return_val_if_fail (DOSSIER_IS_TIMELINE_DETAILS (self), FALSE);

  if (self->event == NULL)
    return FALSE;
  evidence = dossier_event_get_evidence (self->event);
  if (index >= evidence->len)
    return FALSE;
  passage = g_ptr_array_index (evidence, index);
  g_signal_emit (self, signals[OPEN_EVIDENCE], 0, passage->article_id, passage->start, passage->end);
  return TRUE;
}
