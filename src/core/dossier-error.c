/* dossier-error.c
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-error.h"

G_DEFINE_QUARK (dossier-error-quark, dossier_error)
