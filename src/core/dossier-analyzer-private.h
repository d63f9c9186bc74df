/* dossier-analyzer-private.h
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-analyzer.h"

G_BEGIN_DECLS

/* dossier_analyzer_analyze_full() for @text (@len bytes) that the caller
 * knows to be valid UTF-8 without NUL, such as the text of a line that
 * dossier_json_line_read() accepted: it is not checked again. Other text
 * gives wrong offsets or worse. */
GPtrArray *_dossier_analyzer_analyze_valid (DossierAnalyzer  *self,
                                            const char       *text,
                                            gsize             len,
                                            const char       *lang,
                                            const char       *ref_date,
                                            GError          **error);

G_END_DECLS
