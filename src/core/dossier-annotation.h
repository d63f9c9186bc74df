/* dossier-annotation.h — a highlighted passage with a note, and tags
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "dossier-library.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ANNOTATION (dossier_annotation_get_type ())

G_DECLARE_FINAL_TYPE (DossierAnnotation, dossier_annotation, DOSSIER, ANNOTATION, GObject)

/* The anchor follows the W3C model: the exact quote with some text before
 * (prefix) and after (suffix), plus code-point offsets into the body. */
DossierAnnotation *dossier_annotation_new          (gint64             article_id,
                                                    guint              start,
                                                    guint              end,
                                                    const char        *quote,
                                                    const char        *prefix,
                                                    const char        *suffix);
/* Builds the anchor from the article body: quote = body[start, end), with
 * up to 32 characters of prefix and suffix. NULL when out of range. */
DossierAnnotation *dossier_annotation_new_for_body (gint64             article_id,
                                                    const char        *body,
                                                    guint              start,
                                                    guint              end);

gint64       dossier_annotation_get_id          (DossierAnnotation *self);
void         dossier_annotation_set_id          (DossierAnnotation *self,
                                                 gint64             id);
gint64       dossier_annotation_get_article_id  (DossierAnnotation *self);
guint        dossier_annotation_get_start       (DossierAnnotation *self);
guint        dossier_annotation_get_end         (DossierAnnotation *self);
void         dossier_annotation_set_anchor      (DossierAnnotation *self,
                                                 guint              start,
                                                 guint              end,
                                                 const char        *quote,
                                                 const char        *prefix,
                                                 const char        *suffix);
const char  *dossier_annotation_get_quote       (DossierAnnotation *self);
const char  *dossier_annotation_get_prefix      (DossierAnnotation *self);
const char  *dossier_annotation_get_suffix      (DossierAnnotation *self);
const char  *dossier_annotation_get_note        (DossierAnnotation *self);
void         dossier_annotation_set_note        (DossierAnnotation *self,
                                                 const char        *note);
/* "#rrggbb" or a palette name; NULL for the default. */
const char  *dossier_annotation_get_colour      (DossierAnnotation *self);
void         dossier_annotation_set_colour      (DossierAnnotation *self,
                                                 const char        *colour);
gint64       dossier_annotation_get_created     (DossierAnnotation *self);
gint64       dossier_annotation_get_modified    (DossierAnnotation *self);
void         dossier_annotation_set_times       (DossierAnnotation *self,
                                                 gint64             created,
                                                 gint64             modified);
/* Tag paths such as "chips/H20", sorted. */
const char * const *dossier_annotation_get_tags (DossierAnnotation *self);
void         dossier_annotation_set_tags        (DossierAnnotation *self,
                                                 const char * const *paths);

/* ---- Tags: a tree, each node with an optional colour ---- */

typedef struct
{
  gint64  id;
  gint64  parent_id;   /* 0 at the top */
  char   *name;
  char   *path;        /* "parent/child" */
  char   *colour;      /* nullable */
} DossierTag;

#define DOSSIER_TYPE_TAG (dossier_tag_get_type ())
GType        dossier_tag_get_type               (void) G_GNUC_CONST;
DossierTag  *dossier_tag_copy                   (const DossierTag *tag);
void         dossier_tag_free                   (DossierTag       *tag);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierTag, dossier_tag_free)

/* ---- Library operations; each write is one transaction ---- */

/* Stores a new annotation with its tags (created as needed); sets its id
 * and times. */
gboolean     dossier_library_add_annotation     (DossierLibrary    *library,
                                                 DossierAnnotation *annotation,
                                                 GError           **error);
/* Saves anchor, note, colour and tags of an existing annotation. */
gboolean     dossier_library_update_annotation  (DossierLibrary    *library,
                                                 DossierAnnotation *annotation,
                                                 GError           **error);
gboolean     dossier_library_delete_annotation  (DossierLibrary    *library,
                                                 gint64             id,
                                                 GError           **error);
DossierAnnotation *dossier_library_get_annotation (DossierLibrary  *library,
                                                 gint64             id,
                                                 GError           **error);
/* DossierAnnotation* of one article by start offset; @article_id 0 lists
 * every annotation by article then start. */
GPtrArray   *dossier_library_list_annotations   (DossierLibrary    *library,
                                                 gint64             article_id,
                                                 GError           **error);

/* Returns the id of the tag at @path ("a/b/c"), creating missing levels;
 * @colour (nullable) is set on the last level when given. */
gint64       dossier_library_ensure_tag         (DossierLibrary    *library,
                                                 const char        *path,
                                                 const char        *colour,
                                                 GError           **error);
gboolean     dossier_library_set_tag_colour     (DossierLibrary    *library,
                                                 gint64             tag_id,
                                                 const char        *colour,
                                                 GError           **error);
gboolean     dossier_library_rename_tag         (DossierLibrary    *library,
                                                 gint64             tag_id,
                                                 const char        *name,
                                                 GError           **error);
/* Moves @tag_id under @parent_id (0: to the top). */
gboolean     dossier_library_move_tag           (DossierLibrary    *library,
                                                 gint64             tag_id,
                                                 gint64             parent_id,
                                                 GError           **error);
/* Deletes the tag, its descendants and their links to annotations. */
gboolean     dossier_library_delete_tag         (DossierLibrary    *library,
                                                 gint64             tag_id,
                                                 GError           **error);
/* Every tag as DossierTag*, sorted by path (parents before children). */
GPtrArray   *dossier_library_list_tags          (DossierLibrary    *library,
                                                 GError           **error);

G_END_DECLS
