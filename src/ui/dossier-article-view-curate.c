/* dossier-article-view-curate.c — the analyst's corrections to the
 * entity highlights of an article, from the highlight popover
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dossier-analyzer.h"
#include "dossier-article-view-private.h"
#include "dossier-error.h"
#include "dossier-library-entities.h"

/* The corrections change the catalog, so the article is analysed again
 * with a fresh one and its mentions replaced. The library API only drops
 * or moves stored mentions; it does not analyse. */
static gboolean
reanalyse (DossierArticleView  *self,
           GError             **error)
{
  g_autoptr(DossierCatalog) catalog = NULL;
  g_autoptr(DossierAnalyzer) analyzer = NULL;
  g_autoptr(GPtrArray) spans = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  gint64 id = dossier_article_get_id (self->article);
  const char *body = dossier_article_get_body (self->article);
  const char *published = dossier_article_get_published (self->article);

  catalog = dossier_catalog_new_for_library (self->library, error);
  if (catalog == NULL)
    return FALSE;
  analyzer = dossier_analyzer_new (catalog);
  spans = dossier_analyzer_analyze (analyzer, body != NULL ? body : "",
                                    dossier_article_get_lang (self->article),
                                    published != NULL && strlen (published) == 10 ? published : NULL);
  if (spans == NULL)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                   _("The text of article %lld could not be analysed"), (long long) id);
      return FALSE;
    }
  /* The analyzer does not know the article, so spans rejected in it are
   * dropped here. */
  for (guint i = spans->len; i > 0; i--)
    {
      const DossierSpan *span = g_ptr_array_index (spans, i - 1);

      if (dossier_span_kind_is_entity (span->kind) &&
          dossier_catalog_is_rejected_span (catalog, id, span->start, span->end))
        g_ptr_array_remove_index (spans, i - 1);
    }
  if (!dossier_library_set_mentions (self->library, id, spans, error))
    return FALSE;
  /* Imports keep an analyzer on the library; it predates this correction. */
  g_object_set_data (G_OBJECT (self->library), "dossier-analyzer", NULL);

  stored = dossier_library_get_mentions (self->library, id, error);
  if (stored == NULL)
    return FALSE;
  self->popover_span = NULL;
  _dossier_article_view_refresh_spans (self, stored);
  return TRUE;
}

/* The span the popover shows, when a correction applies to it. */
static const DossierSpan *
current_span (DossierArticleView *self)
{
  const DossierSpan *span = self->popover_span;

  if (span == NULL || self->library == NULL || self->article == NULL ||
      dossier_article_get_id (self->article) <= 0 ||
      !dossier_span_kind_is_entity (span->kind) || span->text == NULL)
    return NULL;
  return span;
}

static void
finish_correction (DossierArticleView *self,
                   gboolean            ok,
                   GError             *error,
                   const char         *message)
{
  g_autoptr(GError) analysis_error = NULL;

  if (gtk_widget_get_visible (self->highlight_popover))
    gtk_popover_popdown (GTK_POPOVER (self->highlight_popover));
  if (ok && !reanalyse (self, &analysis_error))
    {
      ok = FALSE;
      error = analysis_error;
    }
  _dossier_article_view_toast (self, ok ? message : error != NULL ? error->message : _("The correction failed"),
                               FALSE);
}

static void
reject_span_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DossierArticleView *self = DOSSIER_ARTICLE_VIEW (widget);
  const DossierSpan *span = current_span (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  if (span == NULL)
    return;
  message = g_strdup_printf (_("“%s” is no longer an entity here"), span->text);
  ok = dossier_library_reject_span (self->library, dossier_article_get_id (self->article),
                                    span->start, span->end, span->text, &error);
  finish_correction (self, ok, error, message);
}

static void
reject_text_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DossierArticleView *self = DOSSIER_ARTICLE_VIEW (widget);
  const DossierSpan *span = current_span (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  if (span == NULL)
    return;
  message = g_strdup_printf (_("“%s” will never be an entity"), span->text);
  ok = dossier_library_reject_text (self->library, span->text, &error);
  finish_correction (self, ok, error, message);
}

/* Parameter: the entity the text becomes a name of. Accepting the
 * suggested entity of a suggestion confirms it. */
static void
add_alias_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DossierArticleView *self = DOSSIER_ARTICLE_VIEW (widget);
  const DossierSpan *span = current_span (self);
  const char *target = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *lang;
  gboolean confirmed, ok;

  if (span == NULL || target[0] == '\0')
    return;
  confirmed = span->confidence > 0 && span->confidence < 1 && g_strcmp0 (span->entity_id, target) == 0;
  message = g_strdup_printf (_("“%s” added as a name"), span->text);
  lang = dossier_article_get_lang (self->article);
  /* An undetermined language would restrict the alias to such articles. */
  if (lang != NULL && (lang[0] == '\0' || g_str_equal (lang, "und")))
    lang = NULL;
  ok = dossier_library_add_alias (self->library, target, span->text, lang, confirmed, &error);
  finish_correction (self, ok, error, message);
}

static void
merge_into_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DossierArticleView *self = DOSSIER_ARTICLE_VIEW (widget);
  const DossierSpan *span = current_span (self);
  const char *target = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  if (span == NULL || span->entity_id == NULL || target[0] == '\0')
    return;
  message = g_strdup_printf (_("“%s” merged"), span->entity_name ? span->entity_name : span->text);
  ok = dossier_library_merge_entities (self->library, span->entity_id, target, &error);
  finish_correction (self, ok, error, message);
}

void
_dossier_article_view_class_init_curation (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "article.reject-span", NULL, reject_span_action);
  gtk_widget_class_install_action (widget_class, "article.reject-text", NULL, reject_text_action);
  gtk_widget_class_install_action (widget_class, "article.add-alias", "s", add_alias_action);
  gtk_widget_class_install_action (widget_class, "article.merge-into", "s", merge_into_action);
}

/* ---- Picking an entity ---- */

static int
compare_entities (gconstpointer a,
                  gconstpointer b)
{
  const DossierEntity *ea = *(const DossierEntity * const *) a;
  const DossierEntity *eb = *(const DossierEntity * const *) b;

  return g_utf8_collate (ea->name, eb->name);
}

static void
on_pick_clicked (GtkButton *button,
                 gpointer   user_data)
{
  DossierArticleView *self = user_data;
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (button), "dropdown");
  const char *action = g_object_get_data (G_OBJECT (button), "action");
  GPtrArray *ids = g_object_get_data (G_OBJECT (dropdown), "ids");
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (ids == NULL || selected >= ids->len)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), action, "s", g_ptr_array_index (ids, selected));
}

static void
on_back_clicked (GtkButton *button,
                 gpointer   user_data)
{
  GtkStack *stack = user_data;

  gtk_stack_set_visible_child_name (stack, "details");
}

/* A page of the popover listing the entities of the span's kind, and a
 * button that runs action with the chosen one. */
static GtkWidget *
picker_page (DossierArticleView *self,
             const DossierSpan  *span,
             GtkStack           *stack,
             const char         *title,
             const char         *verb,
             const char         *action,
             gboolean            include_own)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierCatalog) catalog = dossier_catalog_new_for_library (self->library, &error);
  g_autoptr(GPtrArray) entities = g_ptr_array_new ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label, *dropdown, *button;
  guint selected = 0;

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  for (guint i = 0; catalog != NULL && i < dossier_catalog_get_n_entities (catalog); i++)
    {
      const DossierEntity *e = dossier_catalog_get_entity (catalog, i);

      if (e->kind == span->kind && (include_own || g_strcmp0 (e->id, span->entity_id) != 0))
        g_ptr_array_add (entities, (gpointer) e);
    }
  g_ptr_array_sort (entities, compare_entities);
  for (guint i = 0; i < entities->len; i++)
    {
      const DossierEntity *e = g_ptr_array_index (entities, i);

      gtk_string_list_append (names, e->name);
      g_ptr_array_add (ids, g_strdup (e->id));
      if (g_strcmp0 (e->id, span->entity_id) == 0)
        selected = i;
    }
  /* The expression lets the search match the names. */
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)),
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  if (entities->len > 0)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data_full (G_OBJECT (dropdown), "ids", ids, (GDestroyNotify) g_ptr_array_unref);
  gtk_box_append (GTK_BOX (box), dropdown);
  if (catalog == NULL)
    {
      label = gtk_label_new (error->message);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (box), label);
    }

  button = gtk_button_new_with_mnemonic (_("_Back"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_back_clicked), stack);
  gtk_box_append (GTK_BOX (buttons), button);
  button = gtk_button_new_with_mnemonic (verb);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_sensitive (button, entities->len > 0);
  g_object_set_data (G_OBJECT (button), "dropdown", dropdown);
  g_object_set_data (G_OBJECT (button), "action", (gpointer) action);
  g_signal_connect (button, "clicked", G_CALLBACK (on_pick_clicked), self);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), button);
  gtk_box_append (GTK_BOX (box), buttons);
  return box;
}

typedef struct
{
  DossierArticleView *self;
  GtkStack           *stack;
  gboolean            merge;
} PickerData;

static void
on_open_picker (GtkButton *button,
                gpointer   user_data)
{
  PickerData *data = user_data;
  DossierArticleView *self = data->self;
  const DossierSpan *span = current_span (self);
  const char *name = data->merge ? "merge" : "alias";
  GtkWidget *page;

  if (span == NULL)
    return;
  /* Built on demand: the catalog is only read when a picker is opened. */
  if ((page = gtk_stack_get_child_by_name (data->stack, name)) != NULL)
    gtk_stack_remove (data->stack, page);
  if (data->merge)
    page = picker_page (self, span, data->stack, _("Merge Into"), _("_Merge"),
                        "article.merge-into", FALSE);
  else
    page = picker_page (self, span, data->stack, _("Add as a Name Of"), _("_Add Alias"),
                        "article.add-alias", TRUE);
  gtk_stack_add_named (data->stack, page, name);
  gtk_stack_set_visible_child (data->stack, page);
}

static void
picker_data_free (gpointer  data,
                  GClosure *closure)
{
  g_free (data);
}

static GtkWidget *
action_button (GtkWidget  *box,
               const char *label,
               const char *tooltip)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_button_set_has_frame (GTK_BUTTON (button), FALSE);
  gtk_widget_set_halign (gtk_button_get_child (GTK_BUTTON (button)), GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), button);
  return button;
}

/* Wraps the details of an entity highlight in a stack whose other pages
 * pick an entity; returns what the popover shows. */
GtkWidget *
_dossier_article_view_add_curation (DossierArticleView *self,
                                    GtkWidget          *details,
                                    const DossierSpan  *span)
{
  GtkWidget *stack, *box, *button;
  PickerData *data;

  if (current_span (self) != span)
    return details;

  stack = gtk_stack_new ();
  gtk_stack_set_vhomogeneous (GTK_STACK (stack), FALSE);
  gtk_stack_set_hhomogeneous (GTK_STACK (stack), FALSE);
  gtk_stack_set_transition_type (GTK_STACK (stack), GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT_RIGHT);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_margin_top (box, 6);
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  button = action_button (box, _("Not an Entity _Here"), _("Remove this highlight only"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "article.reject-span");
  button = action_button (box, _("Ne_ver an Entity"), _("Never highlight this text in any article"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "article.reject-text");
  if (span->entity_id == NULL || (span->confidence > 0 && span->confidence < 1))
    {
      data = g_new0 (PickerData, 1);
      data->self = self;
      data->stack = GTK_STACK (stack);
      button = action_button (box, _("Add _Alias…"),
                              _("Make this text a name of an entity"));
      g_signal_connect_data (button, "clicked", G_CALLBACK (on_open_picker), data,
                             picker_data_free, 0);
    }
  if (span->entity_id != NULL)
    {
      data = g_new0 (PickerData, 1);
      data->self = self;
      data->stack = GTK_STACK (stack);
      data->merge = TRUE;
      button = action_button (box, _("Mer_ge Into…"),
                              _("Make this entity a name of another one"));
      g_signal_connect_data (button, "clicked", G_CALLBACK (on_open_picker), data,
                             picker_data_free, 0);
    }
  gtk_box_append (GTK_BOX (details), box);
  gtk_stack_add_named (GTK_STACK (stack), details, "details");
  return stack;
}
