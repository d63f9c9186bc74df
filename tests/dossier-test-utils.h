/* dossier-test-utils.h — helpers shared by the test suites
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The absolute path of the project's ../shared folder (seed articles and
 * benchmark data). When it is absent the current test is skipped with a
 * message and NULL is returned; with DOSSIER_REQUIRE_SHARED=1 (set by CI)
 * the test fails instead. */
const char *dossier_test_shared_dir   (void);

/* A fresh temporary folder for the current test, removed at exit. */
char       *dossier_test_make_tmpdir  (void);

/* The source tree's top folder (for fixtures). */
const char *dossier_test_source_dir   (void);

G_END_DECLS
