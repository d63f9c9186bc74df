/* dossier-annotation-export.h — annotations as W3C Web Annotation, CSV and a Markdown brief
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "dossier-annotation.h"
#include "dossier-article.h"
#include "dossier-library.h"

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_ANNOTATION_FORMAT_W3C,        /* W3C Web Annotation JSON-LD collection */
  DOSSIER_ANNOTATION_FORMAT_CSV,        /* RFC 4180, one row per annotation */
  DOSSIER_ANNOTATION_FORMAT_MARKDOWN,   /* a brief grouped by tag */
} DossierAnnotationFormat;

/* "w3c", "csv", "markdown". */
gboolean     dossier_annotation_format_from_string (const char              *name,
                                                    DossierAnnotationFormat *format);
const char  *dossier_annotation_format_to_string   (DossierAnnotationFormat  format);
/* A file name extension without the dot: "jsonld", "csv", "md". */
const char  *dossier_annotation_format_extension   (DossierAnnotationFormat  format);

/* One annotation with what the exports need to cite its article. */
typedef struct
{
  DossierAnnotation *annotation;
  DossierArticle    *article;        /* metadata only, no body */
  char              *content_hash;   /* of the article body */
} DossierAnnotationRecord;

void         dossier_annotation_record_free        (DossierAnnotationRecord *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierAnnotationRecord, dossier_annotation_record_free)

/* Every annotation of the library as DossierAnnotationRecord*, by article
 * then start offset. */
GPtrArray   *dossier_library_list_annotation_records (DossierLibrary *library,
                                                      GError        **error);

/* The W3C target source of an article: its URL when known, else
 * "urn:dossier:article:<content-hash>". */
char        *dossier_annotation_record_source_uri  (const DossierAnnotationRecord *record);

/* Formatters over DossierAnnotationRecord* (any order; the output order
 * only depends on the records). @collection_id is the IRI of the W3C
 * collection (nullable: a fixed URN). */
char        *dossier_annotation_export_w3c         (GPtrArray   *records,
                                                    const char  *collection_id);
char        *dossier_annotation_export_csv         (GPtrArray   *records);
char        *dossier_annotation_export_markdown    (GPtrArray   *records);

/* The whole library's annotations written to @stream. Same signature as
 * dossier_library_export_json() so that callers can pick by format. */
gboolean     dossier_library_export_annotations   (DossierLibrary          *library,
                                                   DossierAnnotationFormat  format,
                                                   GOutputStream           *stream,
                                                   GCancellable            *cancellable,
                                                   GError                 **error);
gboolean     dossier_library_export_w3c           (DossierLibrary  *library,
                                                   GOutputStream   *stream,
                                                   GCancellable    *cancellable,
                                                   GError         **error);
gboolean     dossier_library_export_csv           (DossierLibrary  *library,
                                                   GOutputStream   *stream,
                                                   GCancellable    *cancellable,
                                                   GError         **error);
gboolean     dossier_library_export_markdown      (DossierLibrary  *library,
                                                   GOutputStream   *stream,
                                                   GCancellable    *cancellable,
                                                   GError         **error);

/* Writes the annotations of the library in @library_dir to @file on a
 * worker thread with its own connection, so that the caller's main loop
 * keeps running. The file is replaced only once the export is complete. */
void         dossier_library_export_annotations_to_file_async  (const char              *library_dir,
                                                                DossierAnnotationFormat  format,
                                                                GFile                   *file,
                                                                GCancellable            *cancellable,
                                                                GAsyncReadyCallback      callback,
                                                                gpointer                 user_data);
gboolean     dossier_library_export_annotations_to_file_finish (GAsyncResult            *result,
                                                                GError                 **error);

/* Shared by the formatters. */

/* "2026-11-23T13:07:00Z" for a Unix time. */
char        *_dossier_annotation_export_iso_time  (gint64      unix_time);
/* A new array with the same records by article id, then start offset,
 * then end offset, then annotation id. */
GPtrArray   *_dossier_annotation_export_sorted    (GPtrArray  *records);

G_END_DECLS
