/* annotation-export-fixture.h — a small annotated library for the export tests
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-annotation-export.h"

G_BEGIN_DECLS

typedef struct
{
  const char *lang;
  const char *title;
  const char *source;
  const char *url;         /* nullable: the export falls back to a URN */
  const char *published;   /* nullable */
  const char *body;
} ArticleSpec;

typedef struct
{
  guint        article;     /* index in articles[] */
  const char  *quote;       /* first occurrence in the body */
  const char  *tags[3];
  const char  *note;
  const char  *colour;
} AnnotationSpec;

#define N_TEST_ARTICLES 3
#define N_TEST_ANNOTATIONS 4

/* Articles in zh, fr and en, and annotations on them with tags. */
extern const ArticleSpec articles[N_TEST_ARTICLES];
extern const AnnotationSpec annotations[N_TEST_ANNOTATIONS];

typedef struct
{
  char           *dir;
  DossierLibrary *library;
  gint64          article_ids[N_TEST_ARTICLES];
  char           *hashes[N_TEST_ARTICLES];
  gint64          annotation_ids[N_TEST_ANNOTATIONS];
} Fixture;

/* A library in a fresh folder with the articles, and with the annotations
 * when @data is not NULL. */
void                  fixture_set_up     (Fixture                 *fixture,
                                          gconstpointer            data);
void                  fixture_tear_down  (Fixture                 *fixture,
                                          gconstpointer            data);
/* The code-point offset of the first @needle in @body. */
guint                 code_point_offset  (const char              *body,
                                          const char              *needle);
/* The library's annotations in @format, as a string. */
char                 *export_library     (DossierLibrary          *library,
                                          DossierAnnotationFormat  format);
const AnnotationSpec *spec_for_quote     (const char              *quote);

G_END_DECLS
