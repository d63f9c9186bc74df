/* dossier-article-view.h — one article: text, highlights, annotations
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dossier-annotation.h"
#include "dossier-annotation-editor.h"
#include "dossier-article.h"
#include "dossier-event-dialog.h"
#include "dossier-highlighter.h"
#include "dossier-library.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ARTICLE_VIEW (dossier_article_view_get_type ())

G_DECLARE_FINAL_TYPE (DossierArticleView, dossier_article_view, DOSSIER, ARTICLE_VIEW, GtkWidget)

/* Signals:
 *  ::toast (const char *message, gboolean undoable)
 *  ::show-entity (const char *entity_id, const char *name): list the
 *    articles mentioning an entity
 *  ::annotations-changed ()
 */
GtkWidget          *dossier_article_view_new              (void);

void                dossier_article_view_set_library      (DossierArticleView *self,
                                                           DossierLibrary     *library);
/* Reads the article, its mentions and annotations from the library. */
gboolean            dossier_article_view_load             (DossierArticleView *self,
                                                           gint64              article_id,
                                                           GError            **error);
/* Shows @article (with its body) and @spans (DossierSpan*, sorted);
 * annotations are read from the library when one is set. */
void                dossier_article_view_set_article      (DossierArticleView *self,
                                                           DossierArticle     *article,
                                                           GPtrArray          *spans);
void                dossier_article_view_clear            (DossierArticleView *self);
DossierArticle     *dossier_article_view_get_article      (DossierArticleView *self);
/* Annotations of an earlier version that this one could not place. */
void                dossier_article_view_set_orphans      (DossierArticleView *self,
                                                           GPtrArray          *orphans);

guint               dossier_article_view_get_n_orphans    (DossierArticleView *self);
GtkTextView        *dossier_article_view_get_text_view    (DossierArticleView *self);
DossierHighlighter *dossier_article_view_get_highlighter  (DossierArticleView *self);
GtkPaned           *dossier_article_view_get_paned        (DossierArticleView *self);
void                dossier_article_view_set_side_visible (DossierArticleView *self,
                                                           gboolean            visible);
gboolean            dossier_article_view_get_side_visible (DossierArticleView *self);
/* "entities" or "annotations". */
void                dossier_article_view_show_side_page   (DossierArticleView *self,
                                                           const char         *name);

/* Saves and restores the side pane's page. */
void                dossier_article_view_bind_settings    (DossierArticleView *self,
                                                           GSettings          *settings);
/* Font size in points for the article text. */
void                dossier_article_view_set_font_size    (DossierArticleView *self,
                                                           int                 points);
void                dossier_article_view_set_kind_visible (DossierArticleView *self,
                                                           DossierSpanKind     kind,
                                                           gboolean            visible);

void                dossier_article_view_find             (DossierArticleView *self);
/* Number of matches of @text (case-insensitive); selects the first. */
guint               dossier_article_view_find_text        (DossierArticleView *self,
                                                           const char         *text);
void                dossier_article_view_find_next        (DossierArticleView *self,
                                                           gboolean            backwards);

/* Selects code points [start, end) and scrolls to them. */
void                dossier_article_view_select_range     (DossierArticleView *self,
                                                           guint               start,
                                                           guint               end);
/* Shows the details popover of the highlight at the cursor; FALSE when
 * the cursor is not in one. */
gboolean            dossier_article_view_show_highlight   (DossierArticleView *self);

/* Opens the editor for the selection (new) or for the annotation under
 * the cursor (edit); FALSE when there is neither. */
gboolean            dossier_article_view_annotate         (DossierArticleView *self);
DossierAnnotationEditor *dossier_article_view_get_editor  (DossierArticleView *self);
/* DossierAnnotation* of the article, by start. */
GPtrArray          *dossier_article_view_get_annotations  (DossierArticleView *self);
gboolean            dossier_article_view_delete_annotation (DossierArticleView *self,
                                                            DossierAnnotation  *annotation);
/* Opens the dialog that puts the selection (or the annotation under the
 * cursor) on the timeline, as a new event or as evidence for an existing
 * one; NULL, with a message, when there is neither. The view emits
 * "event-saved" (gint64 event_id, gboolean created) once it is stored. */
DossierEventDialog *dossier_article_view_add_to_timeline  (DossierArticleView *self);
/* Reverts the last annotation change; FALSE when there is none. */
gboolean            dossier_article_view_undo             (DossierArticleView *self);
gboolean            dossier_article_view_can_undo         (DossierArticleView *self);

G_END_DECLS
