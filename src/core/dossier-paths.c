/* dossier-paths.c
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-paths.h"

char *
dossier_paths_library_dir (const char *override)
{
  const char *env;

  if (override != NULL && *override != '\0')
    return g_canonicalize_filename (override, NULL);

  env = g_getenv ("DOSSIER_LIBRARY");
  if (env != NULL && *env != '\0')
    return g_canonicalize_filename (env, NULL);

  return g_build_filename (g_get_user_data_dir (), "dossier", NULL);
}
