/* dossier-text-markers.h — words that mark page furniture, in the languages
 * Dossier ships, and dates in running text
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A line that opens a trailing block: "Related", "延伸阅读", "Responses (0)",
 * "责任编辑：…", copyright lines. */
gboolean dossier_text_markers_is_end          (const char *line);
/* An inline advertisement for another article: "Lire aussi : …". */
gboolean dossier_text_markers_is_inline_ad    (const char *line);
/* A date and/or time and nothing else ("2025-12-15 10:17:01", "3 hours ago"). */
gboolean dossier_text_markers_is_timestamp    (const char *line);
/* Share buttons, counters, "Advertisement", "Print". */
gboolean dossier_text_markers_is_furniture    (const char *line);
/* "By …", "Par …", "作者：…". */
gboolean dossier_text_markers_is_byline       (const char *line);
/* Breadcrumb segments that name no site: "正文", "Article". */
gboolean dossier_text_markers_is_generic_crumb (const char *segment);
/* The first breadcrumb segment when it is the portal's home link. */
gboolean dossier_text_markers_is_home_crumb   (const char *segment);
/* "来源：网易科技", "Source : AFP" → the source, or NULL. */
char    *dossier_text_markers_source_line     (const char *line);
/* A well-known outlet the opening paragraphs attribute the report to
 * ("selon le Washington Post"), or NULL. */
char    *dossier_text_markers_attributed_outlet (GPtrArray *paragraphs);

/* The line as the end and furniture lists compare it: case-folded, without
 * counts such as "(12)", trailing colons, arrows and spaces. A cleaner that
 * asks both questions of one line normalises it once. */
char    *dossier_text_markers_normalise       (const char *line);
gboolean dossier_text_markers_is_end_normalised (const char *normalised);
gboolean dossier_text_markers_is_furniture_normalised (const char *normalised);

/* For the tests: the longest word of the marker lists, in bytes; and
 * turning off the shortcuts that spare long lines the regular expressions
 * and lists (the answers must not change). */
gsize    _dossier_text_markers_longest        (void);
void     _dossier_text_markers_set_shortcuts  (gboolean    enabled);

G_END_DECLS
