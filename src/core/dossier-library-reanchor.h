/* dossier-library-reanchor.h — carry annotations over to a new version of
 * an article
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-library.h"

G_BEGIN_DECLS

/* Ids of earlier versions of @article: other articles with the same URL,
 * or, when neither has a URL, the same title and source; imported before
 * it (lower id). */
GArray   *dossier_library_find_earlier_versions  (DossierLibrary  *library,
                                                  DossierArticle  *article,
                                                  GError         **error);

/* Moves each annotation of @old_id whose passage can be found in the body
 * of @new_id (dossier_anchor_locate) to @new_id, at its new place. The
 * others stay with @old_id and are returned in @orphans
 * (DossierAnnotation*, nullable). */
gboolean  dossier_library_reanchor_annotations   (DossierLibrary  *library,
                                                  gint64           old_id,
                                                  gint64           new_id,
                                                  guint           *n_moved,
                                                  GPtrArray      **orphans,
                                                  GError         **error);

/* Annotations left on earlier versions of @article (orphans), by version. */
GPtrArray *dossier_library_list_orphans          (DossierLibrary  *library,
                                                  DossierArticle  *article,
                                                  GError         **error);

G_END_DECLS
