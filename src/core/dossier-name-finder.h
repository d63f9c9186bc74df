/* dossier-name-finder.h — people and organizations that no pack knows
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-normalize.h"
#include "dossier-span.h"

G_BEGIN_DECLS

typedef enum
{
  NAME_CUE_NONE   = 0,
  NAME_CUE_WEAK   = 1,  /* kind guessed from the shape or a preposition */
  NAME_CUE_STRONG = 2,  /* a title, an organization suffix, a place word */
} DossierNameCue;

typedef struct
{
  guint           start;   /* original code points, end exclusive */
  guint           end;
  DossierSpanKind kind;
  DossierNameCue  cue;
} DossierNameCandidate;

/* Capitalised sequences (with particles such as bin, al, de, van), minus
 * sentence-initial function words, classified by titles before them,
 * organization suffixes and place words, then by the common nouns around
 * them (dossier-name-finder-context.c): products, titles and events are
 * left out ("H20", "Ascend chips", "Entity List"), "the startup X" is an
 * organization, "the town of X" a place. In Chinese, transliterated names
 * joined by "·", names next to titles or verbs of speech, names glossed in
 * Latin letters, and organization names before 公司, 集团, 委员会…. lang is
 * a BCP 47 primary tag or NULL. Returns a sorted GArray of
 * DossierNameCandidate, possibly overlapping. */
GArray *dossier_name_finder_find (const DossierNormalized *doc,
                                  const char              *lang);

/* Whether the Chinese text s (len code points) that follows a place's
 * name makes a description rather than a name: 公司 in 美国公司 ("US
 * companies"), 科技公司 in 中国科技公司 ("Chinese tech companies"). */
gboolean dossier_name_finder_zh_is_generic_org (const gunichar *s,
                                                guint           len);

G_END_DECLS
