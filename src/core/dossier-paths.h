/* dossier-paths.h — where the library lives
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The library folder: @override (from --library) if given, else
 * $DOSSIER_LIBRARY, else $XDG_DATA_HOME/dossier. */
char *dossier_paths_library_dir (const char *override);

G_END_DECLS
