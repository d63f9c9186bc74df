/* dossier-test-utils.h — helpers shared by the test suites
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "dossier-catalog.h"
#include "dossier-span.h"

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

/* The entity catalog of tests/fixtures/entities/test-pack.json; the test
 * fails when it does not load. */
DossierCatalog    *dossier_test_load_entity_pack (void);

/* The first span of @spans whose text is @text, or NULL. */
const DossierSpan *dossier_test_find_span        (GPtrArray  *spans,
                                                  const char *text);

/* The Julian day number of a date, as the timeline counts days. */
guint32     dossier_test_julian       (int year,
                                       int month,
                                       int day);

/* A date the dates reader must find in @text, read against @ref. */
typedef struct
{
  const char *lang;
  const char *ref;     /* reference date, or NULL */
  const char *text;
  const char *span;    /* expected covered text */
  const char *iso;     /* expected iso, or NULL for none */
} DossierTestDateCase;

/* A text in which the dates reader must find nothing. */
typedef struct
{
  const char *lang;
  const char *text;
} DossierTestNoDate;

/* Asserts that each case's span is found as a date with its iso value. */
void        dossier_test_check_dates    (const DossierTestDateCase *cases,
                                         gsize                      n_cases);
/* Asserts that no date is found in any of the texts, read against @ref. */
void        dossier_test_check_no_dates (const DossierTestNoDate   *texts,
                                         gsize                      n_texts,
                                         const char                *ref);

G_END_DECLS
