/* dossier-anchor.h — find an annotated passage again in a changed text
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How an anchor (W3C TextQuoteSelector + TextPositionSelector) was placed
 * in a body. */
typedef enum
{
  DOSSIER_ANCHOR_UNCHANGED,   /* the quote is still at its offsets */
  DOSSIER_ANCHOR_MOVED,       /* the same quote, found elsewhere by its context */
  DOSSIER_ANCHOR_EDITED,      /* the passage changed; placed between its prefix and suffix */
  DOSSIER_ANCHOR_ORPHANED,    /* no place can be trusted */
} DossierAnchorStatus;

typedef struct
{
  const char *quote;    /* exact text, required */
  const char *prefix;   /* text just before, nullable */
  const char *suffix;   /* text just after, nullable */
  guint       start;    /* code points, end exclusive */
  guint       end;
} DossierAnchor;

/* Places @anchor in @body. On success the new code-point offsets are stored
 * in @out_start / @out_end; for DOSSIER_ANCHOR_ORPHANED they are left
 * untouched. A passage is never moved to an occurrence whose context does
 * not agree, so a short quote that only exists elsewhere is orphaned. */
DossierAnchorStatus dossier_anchor_locate         (const DossierAnchor *anchor,
                                                   const char          *body,
                                                   guint               *out_start,
                                                   guint               *out_end);

const char         *dossier_anchor_status_to_string (DossierAnchorStatus status);

G_END_DECLS
