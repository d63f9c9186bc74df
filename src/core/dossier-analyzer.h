/* dossier-analyzer.h — entities, figures and dates of an article body
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "dossier-catalog.h"
#include "dossier-span.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ANALYZER (dossier_analyzer_get_type ())

G_DECLARE_FINAL_TYPE (DossierAnalyzer, dossier_analyzer, DOSSIER, ANALYZER, GObject)

/* @catalog: (nullable): the entities to look for; NULL finds figures and
 * dates only. The analyzer is immutable and may be used from any thread. */
DossierAnalyzer *dossier_analyzer_new           (DossierCatalog   *catalog);

DossierCatalog  *dossier_analyzer_get_catalog   (DossierAnalyzer  *self);

/* Analyses valid UTF-8 @text. @lang: BCP 47 primary tag, or NULL to
 * guess it; @ref_date: YYYY-MM-DD against which relative dates resolve,
 * or NULL. Returns sorted, non-overlapping DossierSpan*; NULL when @text
 * is not valid UTF-8 (see dossier_analyzer_analyze_full()). */
GPtrArray       *dossier_analyzer_analyze       (DossierAnalyzer  *self,
                                                 const char       *text,
                                                 const char       *lang,
                                                 const char       *ref_date);

/* Same with a length (−1: NUL-terminated) and an error when the text is
 * not valid UTF-8 or @ref_date is not a date. */
GPtrArray       *dossier_analyzer_analyze_full  (DossierAnalyzer  *self,
                                                 const char       *text,
                                                 gssize            length,
                                                 const char       *lang,
                                                 const char       *ref_date,
                                                 GError          **error);

/* Keeps the best of overlapping spans (longer first, then the more
 * specific kind) and sorts them by start. Takes @spans and returns the
 * spans kept (in @spans itself, shortened). */
GPtrArray       *dossier_analyzer_resolve       (GPtrArray        *spans);

G_END_DECLS
