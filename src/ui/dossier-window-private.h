/* dossier-window-private.h — shared between the window's files
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-annotations-pane.h"
#include "dossier-article-view.h"
#include "dossier-library-view.h"
#include "dossier-window.h"

G_BEGIN_DECLS

struct _DossierWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  DossierLibrary       *library;
  GtkWidget            *annotations_view;
  GtkWidget            *timeline_page;     /* NULL until a library is open */

  /* Import */
  GCancellable         *import_cancellable;
  GPtrArray            *import_errors;     /* char*: "file: message" */
  GPtrArray            *import_temp_files; /* GFile*, deleted when done */
  guint                 import_new;
  guint                 import_duplicates;
  guint                 import_moved;
  guint                 import_orphans;
  gint64                import_last_id;

  /* Template widgets */
  AdwHeaderBar         *header_bar;
  GtkMenuButton        *primary_menu_button;
  GtkToggleButton      *side_button;
  GtkRevealer          *import_revealer;
  GtkProgressBar       *import_progress;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *empty_page;
  AdwStatusPage        *error_page;
  GtkButton            *open_backup_button;
  AdwViewStack         *view_stack;
  GtkPaned             *library_paned;
  DossierLibraryView   *library_view;
  GtkStack             *article_stack;
  DossierArticleView   *article_view;
};

/* dossier-window-export.c */
void _dossier_window_setup_export     (DossierWindow *self);
void _dossier_window_export_to_file   (DossierWindow *self,
                                       const char    *kind,
                                       const char    *format_name,
                                       GFile         *file);

/* dossier-window-import.c */
void _dossier_window_import_gfiles    (DossierWindow *self,
                                       GPtrArray     *files);
void _dossier_window_import_dialog    (DossierWindow *self);
void _dossier_window_paste_article    (DossierWindow *self);
void _dossier_window_cancel_import    (DossierWindow *self);
void _dossier_window_setup_drop       (DossierWindow *self);
void _dossier_window_import_dispose   (DossierWindow *self);

/* dossier-window.c */
void _dossier_window_refresh          (DossierWindow *self);
void _dossier_window_open_article     (DossierWindow *self,
                                       gint64         article_id);
void _dossier_window_toast            (DossierWindow *self,
                                       const char    *message);

G_END_DECLS
