/* dossier-article-view-private.h — shared between the article view's files
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-annotation-gutter.h"
#include "dossier-annotations-pane.h"
#include "dossier-article-view.h"
#include "dossier-entity-pane.h"

G_BEGIN_DECLS

struct _DossierArticleView
{
  GtkWidget           parent_instance;

  DossierLibrary     *library;
  DossierArticle     *article;
  DossierHighlighter *highlighter;
  GtkCssProvider     *font_provider;
  GtkWidget          *gutter;
  GtkWidget          *entity_pane;
  GtkWidget          *annotations_pane;
  GtkWidget          *highlight_popover;
  GtkWidget          *legend_buttons[DOSSIER_N_SPAN_KINDS];
  GtkTextTag         *find_tag;
  GPtrArray          *find_matches;   /* GtkTextMark* pairs, start then end */
  int                 find_current;
  const DossierSpan  *popover_span;

  /* Annotations */
  GtkWidget          *editor;
  GPtrArray          *annotations;    /* DossierAnnotation*, by start */
  GPtrArray          *orphans;
  GPtrArray          *annotation_tags; /* GtkTextTag*, ours */
  DossierAnnotation  *editing;        /* NULL when creating */
  guint               new_start;
  guint               new_end;
  GPtrArray          *undo_stack;     /* UndoStep* */

  /* Template widgets */
  GtkPaned           *paned;
  GtkLabel           *title_label;
  GtkLabel           *meta_label;
  GtkFlowBox         *legend_box;
  GtkSearchBar       *find_bar;
  GtkSearchEntry     *find_entry;
  GtkButton          *find_previous_button;
  GtkButton          *find_next_button;
  GtkLabel           *find_label;
  GtkScrolledWindow  *scrolled;
  GtkTextView        *text_view;
  GtkBox             *side_box;
  GtkStack           *side_stack;
};

/* dossier-article-view-annotations.c */
void _dossier_article_view_init_annotations    (DossierArticleView *self);
void _dossier_article_view_reload_annotations  (DossierArticleView *self);
void _dossier_article_view_finalize_annotations (DossierArticleView *self);
DossierAnnotation *_dossier_article_view_annotation_at_cursor (DossierArticleView *self);
void _dossier_article_view_toast               (DossierArticleView *self,
                                                const char         *message,
                                                gboolean            undoable);

/* dossier-article-view.c */
void _dossier_article_view_refresh_spans       (DossierArticleView *self,
                                                GPtrArray          *spans);

/* dossier-article-view-curate.c */
void       _dossier_article_view_class_init_curation (GtkWidgetClass     *widget_class);
GtkWidget *_dossier_article_view_add_curation        (DossierArticleView *self,
                                                      GtkWidget          *details,
                                                      const DossierSpan  *span);

G_END_DECLS
