/* dossier-error.h — the error domain for errors a user can cause
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DOSSIER_ERROR (dossier_error_quark ())

typedef enum
{
  DOSSIER_ERROR_FAILED,
  DOSSIER_ERROR_INVALID_INPUT,      /* bytes that are not an article: binary, empty… */
  DOSSIER_ERROR_TOO_LARGE,
  DOSSIER_ERROR_ENCODING,
  DOSSIER_ERROR_NOT_FOUND,
  DOSSIER_ERROR_DUPLICATE,
  DOSSIER_ERROR_CORRUPT,            /* damaged database or JSON */
  DOSSIER_ERROR_NEWER_VERSION,      /* library written by a newer Dossier */
  DOSSIER_ERROR_READ_ONLY,
  DOSSIER_ERROR_LOCKED,
  DOSSIER_ERROR_IO,                 /* disk full, I/O error */
} DossierError;

GQuark dossier_error_quark (void);

G_END_DECLS
