/* dossier-cli-library.h — opening the library from dossier-cli commands
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-cli.h"
#include <json-glib/json-glib.h>

#include "dossier-library.h"

G_BEGIN_DECLS

/* Opens the library; on failure prints the reason (and the backups that
 * could replace a damaged database) to stderr and returns NULL. */
DossierLibrary *dossier_cli_open_library (DossierCliContext *ctx);

/* Prints @node as pretty JSON followed by a newline on stdout. */
void            dossier_cli_print_json   (JsonNode          *node);

G_END_DECLS
