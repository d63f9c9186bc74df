/* dossier-library-events-private.h — shared by the event files of the library
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "dossier-event.h"
#include "dossier-library.h"

G_BEGIN_DECLS

/* Inserts @event with actors and evidence inside the caller's transaction. */
gboolean _dossier_library_insert_event (DossierLibrary  *self,
                                        DossierEvent    *event,
                                        GError         **error);

/* Runs @body inside one transaction, rolling back on failure. */
#define IN_TRANSACTION(self, error, body)                \
  G_STMT_START {                                         \
    if (!_dossier_library_begin (self, error))           \
      return FALSE;                                      \
    if (!(body))                                         \
      {                                                  \
        _dossier_library_rollback (self);                \
        return FALSE;                                    \
      }                                                  \
    return _dossier_library_commit (self, error);        \
  } G_STMT_END

G_END_DECLS
