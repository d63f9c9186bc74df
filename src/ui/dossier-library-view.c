/* dossier-library-view.c — the list of articles, searchable and filtered
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dossier-annotation.h"
#include "dossier-article-list.h"
#include "dossier-era.h"
#include "dossier-library-view.h"

/* Search hits shown at most. */
#define SEARCH_LIMIT 200

struct _DossierLibraryView
{
  GtkWidget           parent_instance;

  DossierLibrary     *library;
  DossierArticleList *articles;
  GListStore         *hits;
  GtkSingleSelection *selection;
  GHashTable         *annotation_counts;  /* gint64* id → count */
  GPtrArray          *tags;               /* DossierTag*, matching tag_dropdown rows after "Any" */
  char               *entity_id;
  char               *search;
  gboolean            updating;

  /* Template widgets */
  GtkWidget          *box;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *sort_dropdown;
  GtkDropDown        *lang_dropdown;
  GtkDropDown        *era_dropdown;
  GtkDropDown        *tag_dropdown;
  GtkEntry           *from_entry;
  GtkEntry           *to_entry;
  GtkRevealer        *entity_revealer;
  GtkLabel           *entity_label;
  GtkButton          *entity_clear_button;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  GtkLabel           *count_label;
};

G_DEFINE_FINAL_TYPE (DossierLibraryView, dossier_library_view, GTK_TYPE_WIDGET)

enum { ARTICLE_SELECTED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const struct {
  DossierArticleSort sort;
  const char        *label;
} sorts[] = {
  { DOSSIER_ARTICLE_SORT_PUBLISHED_DESC, N_("Newest first") },
  { DOSSIER_ARTICLE_SORT_PUBLISHED_ASC, N_("Oldest first") },
  { DOSSIER_ARTICLE_SORT_IMPORTED_DESC, N_("Recently imported") },
  { DOSSIER_ARTICLE_SORT_TITLE, N_("Title") },
};

static const struct {
  const char *code;
  const char *label;
} languages[] = {
  { NULL, N_("Any language") },
  { "en", N_("English") },
  { "fr", N_("French") },
  { "zh", N_("Chinese") },
  { "de", N_("German") },
  { "es", N_("Spanish") },
  { "ja", N_("Japanese") },
  { "ko", N_("Korean") },
  { "ar", N_("Arabic") },
  { "ru", N_("Russian") },
};

static GListModel *
current_model (DossierLibraryView *self)
{
  return gtk_single_selection_get_model (self->selection);
}

static void
update_count (DossierLibraryView *self)
{
  guint n = g_list_model_get_n_items (current_model (self));
  g_autofree char *text = g_strdup_printf (ngettext ("%u article", "%u articles", n), n);

  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "none");
}

static void
load_annotation_counts (DossierLibraryView *self)
{
  g_autoptr(GPtrArray) all = NULL;

  g_hash_table_remove_all (self->annotation_counts);
  if (self->library == NULL)
    return;
  all = dossier_library_list_annotations (self->library, 0, NULL);
  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      gint64 id = dossier_annotation_get_article_id (g_ptr_array_index (all, i));
      gpointer count = g_hash_table_lookup (self->annotation_counts, &id);

      if (count == NULL)
        g_hash_table_insert (self->annotation_counts, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (1));
      else
        g_hash_table_insert (self->annotation_counts, g_memdup2 (&id, sizeof id),
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
    }
}

static void
load_tags (DossierLibraryView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = gtk_drop_down_get_selected (self->tag_dropdown);
  gint64 selected_id = 0;

  if (self->tags != NULL && selected != GTK_INVALID_LIST_POSITION && selected > 0 &&
      selected - 1 < self->tags->len)
    selected_id = ((DossierTag *) g_ptr_array_index (self->tags, selected - 1))->id;
  g_clear_pointer (&self->tags, g_ptr_array_unref);
  if (self->library != NULL)
    self->tags = dossier_library_list_tags (self->library, NULL);
  gtk_string_list_append (names, _("Any tag"));
  selected = 0;
  for (guint i = 0; self->tags != NULL && i < self->tags->len; i++)
    {
      DossierTag *tag = g_ptr_array_index (self->tags, i);

      gtk_string_list_append (names, tag->path);
      if (tag->id == selected_id)
        selected = i + 1;
    }
  self->updating = TRUE;
  gtk_drop_down_set_model (self->tag_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->tag_dropdown, selected);
  self->updating = FALSE;
}

/* YYYY, YYYY-MM or YYYY-MM-DD; anything else is ignored. */
static const char *
date_or_null (GtkEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  gsize len = strlen (text);
  gboolean valid = len == 4 || len == 7 || len == 10;

  for (gsize i = 0; valid && i < len; i++)
    valid = (i == 4 || i == 7) ? text[i] == '-' : g_ascii_isdigit (text[i]);
  if (len > 0)
    {
      if (valid)
        gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
      else
        gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  return valid && len > 0 ? text : NULL;
}

static void
apply_filters (DossierLibraryView *self)
{
  guint lang = gtk_drop_down_get_selected (self->lang_dropdown);
  guint era = gtk_drop_down_get_selected (self->era_dropdown);
  guint tag = gtk_drop_down_get_selected (self->tag_dropdown);
  guint sort = gtk_drop_down_get_selected (self->sort_dropdown);

  if (self->articles == NULL)
    return;
  dossier_article_list_set_sort (self->articles, sort < G_N_ELEMENTS (sorts) ? sorts[sort].sort
                                                                             : DOSSIER_ARTICLE_SORT_PUBLISHED_DESC);
  dossier_article_list_set_lang (self->articles, lang < G_N_ELEMENTS (languages) ? languages[lang].code : NULL);
  dossier_article_list_set_era (self->articles,
                                era > 0 && era < DOSSIER_N_ERAS ? dossier_era_to_string (era) : NULL);
  dossier_article_list_set_tag (self->articles,
                                tag > 0 && tag != GTK_INVALID_LIST_POSITION && self->tags != NULL &&
                                tag - 1 < self->tags->len
                                ? ((DossierTag *) g_ptr_array_index (self->tags, tag - 1))->id : 0);
  dossier_article_list_set_dates (self->articles, date_or_null (self->from_entry), date_or_null (self->to_entry));
  dossier_article_list_set_entity (self->articles, self->entity_id);
}

static void
run_search (DossierLibraryView *self)
{
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  guint lang = gtk_drop_down_get_selected (self->lang_dropdown);
  const char *code = lang < G_N_ELEMENTS (languages) ? languages[lang].code : NULL;

  g_list_store_remove_all (self->hits);
  hits = dossier_library_search (self->library, self->search, "", "", SEARCH_LIMIT, &error);
  if (hits == NULL)
    {
      g_debug ("Search failed: %s", error->message);
      return;
    }
  for (guint i = 0; i < hits->len; i++)
    {
      DossierSearchHit *hit = g_ptr_array_index (hits, i);
      g_autoptr(DossierArticle) article = dossier_library_get_article (self->library, hit->article_id, NULL);

      if (article == NULL)
        continue;
      if (code != NULL && g_strcmp0 (dossier_article_get_lang (article), code) != 0)
        continue;
      g_list_store_append (self->hits, article);
    }
}

void
dossier_library_view_reload (DossierLibraryView *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (DOSSIER_IS_LIBRARY_VIEW (self));

  if (self->library == NULL || self->updating)
    return;
  self->updating = TRUE;
  load_annotation_counts (self);
  self->updating = FALSE;
  load_tags (self);
  self->updating = TRUE;
  if (self->search != NULL && self->search[0] != '\0')
    {
      run_search (self);
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->hits));
    }
  else
    {
      apply_filters (self);
      if (!dossier_article_list_reload (self->articles, &error))
        g_warning ("Could not list the articles: %s", error->message);
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->articles));
    }
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->updating = FALSE;
  update_count (self);
}

static void
on_filter_changed (DossierLibraryView *self)
{
  if (!self->updating)
    dossier_library_view_reload (self);
}

static void
on_search_changed (GtkSearchEntry     *entry,
                   DossierLibraryView *self)
{
  g_free (self->search);
  self->search = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  dossier_library_view_reload (self);
}

static void
on_selection_changed (GtkSingleSelection *selection,
                      GParamSpec         *pspec,
                      DossierLibraryView *self)
{
  DossierArticle *article = gtk_single_selection_get_selected_item (selection);

  if (self->updating || article == NULL || dossier_article_get_id (article) <= 0)
    return;
  g_signal_emit (self, signals[ARTICLE_SELECTED], 0, dossier_article_get_id (article));
}

static void
on_entity_clear (GtkButton          *button,
                 DossierLibraryView *self)
{
  dossier_library_view_set_entity (self, NULL, NULL);
}

/* ---- Rows ---- */

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *meta_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *meta = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_label_set_ellipsize (GTK_LABEL (meta), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (meta, TRUE);
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_widget_add_css_class (meta, "caption");
  gtk_widget_add_css_class (count, "annotation-count");
  gtk_widget_add_css_class (count, "caption");
  gtk_box_append (GTK_BOX (meta_box), meta);
  gtk_box_append (GTK_BOX (meta_box), count);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), meta_box);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_item_set_child (item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  DossierLibraryView *self = user_data;
  DossierArticle *article = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *meta_box = gtk_widget_get_next_sibling (title);
  GtkWidget *meta = gtk_widget_get_first_child (meta_box);
  GtkWidget *count = gtk_widget_get_next_sibling (meta);
  const char *text = dossier_article_get_title (article);
  const char *source = dossier_article_get_source (article);
  const char *published = dossier_article_get_published (article);
  const char *lang = dossier_article_get_lang (article);
  gint64 id = dossier_article_get_id (article);
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->annotation_counts, &id));
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *n_text = NULL;
  g_autofree char *accessible = NULL;

  gtk_label_set_text (GTK_LABEL (title), text && text[0] ? text : _("Untitled article"));
  if (source != NULL && source[0] != '\0')
    g_string_append (line, source);
  g_string_append_printf (line, "%s%s", line->len ? " · " : "", published ? published : _("undated"));
  if (lang != NULL && g_strcmp0 (lang, "und") != 0)
    g_string_append_printf (line, " · %s", lang);
  gtk_label_set_text (GTK_LABEL (meta), line->str);

  n_text = g_strdup_printf (ngettext ("%u annotation", "%u annotations", n), n);
  gtk_label_set_text (GTK_LABEL (count), n_text);
  gtk_widget_set_visible (count, n > 0);
  accessible = g_strdup_printf ("%s, %s%s%s", gtk_label_get_text (GTK_LABEL (title)), line->str,
                                n > 0 ? ", " : "", n > 0 ? n_text : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

/* ---- GObject ---- */

static void
dossier_library_view_dispose (GObject *object)
{
  DossierLibraryView *self = DOSSIER_LIBRARY_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_LIBRARY_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->articles);
  g_clear_object (&self->hits);
  g_clear_object (&self->library);
  g_clear_pointer (&self->annotation_counts, g_hash_table_unref);
  g_clear_pointer (&self->tags, g_ptr_array_unref);
  g_clear_pointer (&self->entity_id, g_free);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (dossier_library_view_parent_class)->dispose (object);
}

static void
dossier_library_view_class_init (DossierLibraryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_library_view_dispose;

  signals[ARTICLE_SELECTED] = g_signal_new ("article-selected", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/dossier-library-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierLibraryView, box);
  gtk_widget_class_bind_template_child (widget_class, DossierLibraryView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DossierLibraryView, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DossierLibraryView, lang_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DossierLibraryView, era_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DossierLibraryView, tag_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DossierLibraryView, from_entry);
  gtk_widget_class_bind_template_child (widget_class, DossierLibraryView, to_entry);
  gtk_widget_class_bind_template_child (widget_class, DossierLibraryView, entity_revealer);
  gtk_widget_class_bind_template_child (widget_class, DossierLibraryView, entity_label);
  gtk_widget_class_bind_template_child (widget_class, DossierLibraryView, entity_clear_button);
  gtk_widget_class_bind_template_child (widget_class, DossierLibraryView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, DossierLibraryView, list_view);
  gtk_widget_class_bind_template_child (widget_class, DossierLibraryView, count_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "libraryview");
}

static void
dossier_library_view_init (DossierLibraryView *self)
{
  g_autoptr(GtkStringList) sort_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) lang_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) era_names = gtk_string_list_new (NULL);
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->annotation_counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->hits = g_list_store_new (DOSSIER_TYPE_ARTICLE);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->hits)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
    gtk_string_list_append (sort_names, _(sorts[i].label));
  gtk_drop_down_set_model (self->sort_dropdown, G_LIST_MODEL (sort_names));
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    gtk_string_list_append (lang_names, _(languages[i].label));
  gtk_drop_down_set_model (self->lang_dropdown, G_LIST_MODEL (lang_names));
  gtk_string_list_append (era_names, _("Any administration"));
  for (guint era = 1; era < DOSSIER_N_ERAS; era++)
    gtk_string_list_append (era_names, dossier_era_get_label (era));
  gtk_drop_down_set_model (self->era_dropdown, G_LIST_MODEL (era_names));

  g_signal_connect (self->selection, "notify::selected", G_CALLBACK (on_selection_changed), self);
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect_swapped (self->sort_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->lang_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->era_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->tag_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->from_entry, "changed", G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->to_entry, "changed", G_CALLBACK (on_filter_changed), self);
  g_signal_connect (self->entity_clear_button, "clicked", G_CALLBACK (on_entity_clear), self);
  update_count (self);
}

GtkWidget *
dossier_library_view_new (void)
{
  return g_object_new (DOSSIER_TYPE_LIBRARY_VIEW, NULL);
}

void
dossier_library_view_set_library (DossierLibraryView *self,
                                  DossierLibrary     *library)
{
  g_return_if_fail (DOSSIER_IS_LIBRARY_VIEW (self));
  g_return_if_fail (DOSSIER_IS_LIBRARY (library));

  if (!g_set_object (&self->library, library))
    return;
  g_clear_object (&self->articles);
  self->articles = dossier_article_list_new (library);
  dossier_library_view_reload (self);
}

void
dossier_library_view_set_search (DossierLibraryView *self,
                                 const char         *text)
{
  g_return_if_fail (DOSSIER_IS_LIBRARY_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  g_free (self->search);
  self->search = g_strdup (text);
  dossier_library_view_reload (self);
}

void
dossier_library_view_set_entity (DossierLibraryView *self,
                                 const char         *entity_id,
                                 const char         *name)
{
  g_return_if_fail (DOSSIER_IS_LIBRARY_VIEW (self));

  g_free (self->entity_id);
  self->entity_id = g_strdup (entity_id);
  if (entity_id != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Mentioning %s"), name ? name : entity_id);

      gtk_label_set_text (self->entity_label, text);
      /* The entity filter applies to the article list, not to search. */
      if (self->search != NULL && self->search[0] != '\0')
        {
          gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
          g_clear_pointer (&self->search, g_free);
        }
    }
  gtk_revealer_set_reveal_child (self->entity_revealer, entity_id != NULL);
  dossier_library_view_reload (self);
}

guint
dossier_library_view_get_n_articles (DossierLibraryView *self)
{
  g_return_val_if_fail (DOSSIER_IS_LIBRARY_VIEW (self), 0);
  return g_list_model_get_n_items (current_model (self));
}

gint64
dossier_library_view_get_article_id (DossierLibraryView *self,
                                     guint               position)
{
  g_autoptr(DossierArticle) article = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY_VIEW (self), 0);

  article = g_list_model_get_item (current_model (self), position);
  return article ? dossier_article_get_id (article) : 0;
}

void
dossier_library_view_select_article (DossierLibraryView *self,
                                     gint64              article_id)
{
  GListModel *model;

  g_return_if_fail (DOSSIER_IS_LIBRARY_VIEW (self));

  model = current_model (self);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (dossier_library_view_get_article_id (self, i) == article_id)
      {
        gtk_single_selection_set_selected (self->selection, i);
        return;
      }
}

void
dossier_library_view_focus_search (DossierLibraryView *self)
{
  g_return_if_fail (DOSSIER_IS_LIBRARY_VIEW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
