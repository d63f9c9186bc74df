/* dossier-library-view.h — the list of articles, searchable and filtered
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dossier-library.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_LIBRARY_VIEW (dossier_library_view_get_type ())

G_DECLARE_FINAL_TYPE (DossierLibraryView, dossier_library_view, DOSSIER, LIBRARY_VIEW, GtkWidget)

/* ::article-selected (gint64 id) when the analyst picks an article. */
GtkWidget  *dossier_library_view_new               (void);
void        dossier_library_view_set_library       (DossierLibraryView *self,
                                                    DossierLibrary     *library);
/* Re-reads articles, counts and tags (after an import or annotation). */
void        dossier_library_view_reload            (DossierLibraryView *self);
void        dossier_library_view_set_search        (DossierLibraryView *self,
                                                    const char         *text);
/* Only articles mentioning @entity_id (NULL: all); @name is shown. */
void        dossier_library_view_set_entity        (DossierLibraryView *self,
                                                    const char         *entity_id,
                                                    const char         *name);
guint       dossier_library_view_get_n_articles    (DossierLibraryView *self);
/* Id of the article at @position of the visible list, 0 when none. */
gint64      dossier_library_view_get_article_id    (DossierLibraryView *self,
                                                    guint               position);
void        dossier_library_view_select_article    (DossierLibraryView *self,
                                                    gint64              article_id);
void        dossier_library_view_focus_search      (DossierLibraryView *self);

G_END_DECLS
