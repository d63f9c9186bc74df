/* dossier-timeline-pack.h — reading timeline packs (JSON files in data/timeline)
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "dossier-event.h"

G_BEGIN_DECLS

/* A pack is {"pack": NAME, "version": N, "events": [EVENT…]} where EVENT is
 *
 *   {"uid": "…", "date": EDTF, "title": {"en": "…", "fr": "…", "zh": "…"},
 *    "description": {"en": "…"}, "kind": "rule-issued", "stance": "tightens",
 *    "topic": "china-controls", "actors": ["entity-id", …],
 *    "sources": [{"name": "…", "date": EDTF|null, "url": "…"|null}]}
 *
 * Titles and descriptions may also be plain strings; "en" is required and
 * becomes the stored title, the other languages its translations. Every
 * event must name at least one source. Events come back with status
 * "reference" and confidence 1, sorted in timeline order. */
GPtrArray    *dossier_timeline_pack_load_bytes    (GBytes      *bytes,
                                                   const char  *name_for_errors,
                                                   GError     **error);
GPtrArray    *dossier_timeline_pack_load_file     (GFile       *file,
                                                   GError     **error);
/* The pack shipped with Dossier (us-ai-chip-exports.json). */
GPtrArray    *dossier_timeline_pack_load_builtin  (GError     **error);
/* The shipped event with @uid, or NULL; for the translations of shipped
 * titles. Thread-safe; the event must not be modified. */
DossierEvent *dossier_timeline_pack_lookup_builtin (const char *uid);

G_END_DECLS
