/* dossier-annotation-editor.h — a popover to tag and comment a passage
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DOSSIER_TYPE_ANNOTATION_EDITOR (dossier_annotation_editor_get_type ())

G_DECLARE_FINAL_TYPE (DossierAnnotationEditor, dossier_annotation_editor, DOSSIER, ANNOTATION_EDITOR, GtkPopover)

/* Emits ::save when the analyst confirms and ::delete for an existing
 * annotation's Delete button. */
GtkWidget          *dossier_annotation_editor_new        (void);
/* Tag paths offered for completion ("chips/H20"). */
void                dossier_annotation_editor_set_known_tags (DossierAnnotationEditor *self,
                                                              const char * const      *paths);
/* Fills the fields; @tags and @note may be NULL; @editing shows Delete. */
void                dossier_annotation_editor_load       (DossierAnnotationEditor *self,
                                                          const char              *quote,
                                                          const char * const      *tags,
                                                          const char              *note,
                                                          const char              *colour,
                                                          gboolean                 editing);
/* Current tags, including a tag typed but not yet added. */
GStrv               dossier_annotation_editor_get_tags   (DossierAnnotationEditor *self);
/* Adds a tag path as if typed; leading/trailing slashes and spaces go. */
void                dossier_annotation_editor_add_tag    (DossierAnnotationEditor *self,
                                                          const char              *path);
char               *dossier_annotation_editor_get_note   (DossierAnnotationEditor *self);
void                dossier_annotation_editor_set_note   (DossierAnnotationEditor *self,
                                                          const char              *note);
/* A palette name ("yellow", "green"…). */
const char         *dossier_annotation_editor_get_colour (DossierAnnotationEditor *self);
void                dossier_annotation_editor_set_colour (DossierAnnotationEditor *self,
                                                          const char              *colour);

/* The palette, for drawing annotations: fills @rgba for a palette name or
 * "#rrggbb"; unknown names get the default yellow. */
void                dossier_annotation_colour_parse      (const char              *colour,
                                                          gboolean                 dark,
                                                          GdkRGBA                 *rgba);

G_END_DECLS
