/* dossier-library-samples.c
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dossier-library-samples.h"
#include "dossier-samples-resources.h"

#define SAMPLES_PATH RESOURCE_BASE "/samples"

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

int
dossier_library_add_samples (DossierLibrary  *library,
                             GError         **error)
{
  g_auto(GStrv) names = NULL;
  int added = 0;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), -1);

  /* Referencing the resource keeps its object file, and with it the
   * registration, in the static library's link. */
  g_assert (dossier_samples_get_resource () != NULL);

  names = g_resources_enumerate_children (SAMPLES_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (names == NULL)
    return -1;
  g_qsort_with_data (names, g_strv_length (names), sizeof (char *),
                     compare_names, NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *uri = g_strconcat ("resource://" SAMPLES_PATH "/", names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_uri (uri);
      gboolean duplicate = FALSE;

      if (dossier_library_import_file (library, file, NULL, NULL, &duplicate, NULL, error) == 0)
        return -1;
      if (!duplicate)
        added++;
    }

  return added;
}
