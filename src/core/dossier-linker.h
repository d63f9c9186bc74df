/* dossier-linker.h — link unknown names to known entities
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-catalog.h"

G_BEGIN_DECLS

/* Finds the known entity that an unknown name most likely means: a
 * misspelling or another transliteration of one of its aliases ("Elon
 * Mask", "David Sachs"). Names are compared token by token with an edit
 * distance scaled to their length, after a phonetic bucketing of the last
 * name; first names must agree; context_ids (entities the same text names,
 * nullable) that appear in the entity’s roles raise the confidence
 * ("PDG de Cerebras Systems"). kind restricts the search unless it is
 * DOSSIER_N_SPAN_KINDS. Returns the entity and a confidence below 1, or
 * NULL. */
const DossierEntity *dossier_linker_suggest (DossierCatalog     *catalog,
                                             const char         *name,
                                             DossierSpanKind     kind,
                                             const char * const *context_ids,
                                             double             *confidence);

/* Levenshtein distance between two code point strings. */
guint                dossier_edit_distance  (const gunichar     *a,
                                             guint               len_a,
                                             const gunichar     *b,
                                             guint               len_b);
/* A phonetic key for a folded Latin token: "musk" and "mask" share one. */
char                *dossier_phonetic_key   (const gunichar     *token,
                                             guint               len);

G_END_DECLS
