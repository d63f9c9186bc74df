/* dossier-library-annotation-export.c — reading annotations for the exports, and writing them
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dossier-annotation-export.h"
#include "dossier-error.h"
#include "dossier-library-private.h"

static const struct
{
  const char *name;
  const char *extension;
} format_names[] = {
  [DOSSIER_ANNOTATION_FORMAT_W3C] = { "w3c", "jsonld" },
  [DOSSIER_ANNOTATION_FORMAT_CSV] = { "csv", "csv" },
  [DOSSIER_ANNOTATION_FORMAT_MARKDOWN] = { "markdown", "md" },
};

gboolean
dossier_annotation_format_from_string (const char              *name,
                                       DossierAnnotationFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (format_names); i++)
    if (g_strcmp0 (name, format_names[i].name) == 0)
      {
        *format = (DossierAnnotationFormat) i;
        return TRUE;
      }
  return FALSE;
}

const char *
dossier_annotation_format_to_string (DossierAnnotationFormat format)
{
  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (format_names), NULL);
  return format_names[format].name;
}

const char *
dossier_annotation_format_extension (DossierAnnotationFormat format)
{
  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (format_names), NULL);
  return format_names[format].extension;
}

void
dossier_annotation_record_free (DossierAnnotationRecord *record)
{
  if (record == NULL)
    return;
  g_clear_object (&record->annotation);
  g_clear_object (&record->article);
  g_free (record->content_hash);
  g_free (record);
}

char *
dossier_annotation_record_source_uri (const DossierAnnotationRecord *record)
{
  const char *url;

  g_return_val_if_fail (record != NULL, NULL);

  url = record->article != NULL ? dossier_article_get_url (record->article) : NULL;
  if (url != NULL && *url != '\0')
    return g_strdup (url);
  /* Without a URL the body's hash names the article in any library that
   * holds the same text, unlike the local row id. */
  return g_strconcat ("urn:dossier:article:",
                      record->content_hash != NULL ? record->content_hash : "unknown", NULL);
}

char *
_dossier_annotation_export_iso_time (gint64 unix_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (unix_time);

  if (time == NULL)
    return g_strdup ("1970-01-01T00:00:00Z");
  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
}

static int
compare_records (gconstpointer a,
                 gconstpointer b)
{
  const DossierAnnotationRecord *ra = *(DossierAnnotationRecord * const *) a;
  const DossierAnnotationRecord *rb = *(DossierAnnotationRecord * const *) b;
  gint64 ia = dossier_annotation_get_article_id (ra->annotation);
  gint64 ib = dossier_annotation_get_article_id (rb->annotation);
  guint sa = dossier_annotation_get_start (ra->annotation);
  guint sb = dossier_annotation_get_start (rb->annotation);
  guint ea = dossier_annotation_get_end (ra->annotation);
  guint eb = dossier_annotation_get_end (rb->annotation);

  if (ia != ib)
    return ia < ib ? -1 : 1;
  if (sa != sb)
    return sa < sb ? -1 : 1;
  if (ea != eb)
    return ea < eb ? -1 : 1;
  ia = dossier_annotation_get_id (ra->annotation);
  ib = dossier_annotation_get_id (rb->annotation);
  return ia < ib ? -1 : ia > ib;
}

GPtrArray *
_dossier_annotation_export_sorted (GPtrArray *records)
{
  GPtrArray *sorted = g_ptr_array_new_full (records->len, NULL);

  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (records, i));
  g_ptr_array_sort (sorted, compare_records);
  return sorted;
}

/* The metadata (no body) and content hash of every annotated article. */
static GHashTable *
read_annotated_articles (DossierLibrary  *library,
                         GError         **error)
{
  g_autoptr(GHashTable) articles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                          (GDestroyNotify) dossier_annotation_record_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _dossier_library_prepare (library,
    "SELECT " DOSSIER_ARTICLE_COLUMNS ", content_hash FROM articles"
    " WHERE id IN (SELECT article_id FROM annotations)", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* A record without annotation is a handy holder for the pair. */
      DossierAnnotationRecord *info = g_new0 (DossierAnnotationRecord, 1);

      info->article = _dossier_article_from_stmt (stmt);
      info->content_hash = g_strdup ((const char *) sqlite3_column_text (stmt, DOSSIER_ARTICLE_N_COLUMNS));
      g_hash_table_insert (articles, g_memdup2 (&(gint64) { dossier_article_get_id (info->article) },
                                                sizeof (gint64)), info);
    }
  if (!_dossier_library_end_rows (library, stmt, rc, _("Reading the annotated articles"), error))
    return NULL;
  return g_steal_pointer (&articles);
}

GPtrArray *
dossier_library_list_annotation_records (DossierLibrary  *library,
                                         GError         **error)
{
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GHashTable) articles = NULL;
  g_autoptr(GPtrArray) records = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), NULL);

  annotations = dossier_library_list_annotations (library, 0, error);
  if (annotations == NULL)
    return NULL;
  articles = read_annotated_articles (library, error);
  if (articles == NULL)
    return NULL;

  records = g_ptr_array_new_full (annotations->len, (GDestroyNotify) dossier_annotation_record_free);
  for (guint i = 0; i < annotations->len; i++)
    {
      DossierAnnotation *annotation = g_ptr_array_index (annotations, i);
      gint64 article_id = dossier_annotation_get_article_id (annotation);
      DossierAnnotationRecord *info = g_hash_table_lookup (articles, &article_id);
      DossierAnnotationRecord *record;

      /* Annotations go with their article (foreign key cascade): one
       * missing here was deleted with it between the two reads. */
      if (info == NULL)
        continue;
      record = g_new0 (DossierAnnotationRecord, 1);
      record->annotation = g_object_ref (annotation);
      record->article = g_object_ref (info->article);
      record->content_hash = g_strdup (info->content_hash);
      g_ptr_array_add (records, record);
    }
  return g_steal_pointer (&records);
}

/* A collection IRI that stays the same for one library folder without
 * revealing the folder's path. */
static char *
collection_id_for_library (DossierLibrary *library)
{
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256,
                                                         dossier_library_get_dir (library), -1);

  hash[16] = '\0';
  return g_strconcat ("urn:dossier:library:", hash, NULL);
}

gboolean
dossier_library_export_annotations (DossierLibrary           *library,
                                    DossierAnnotationFormat   format,
                                    GOutputStream            *stream,
                                    GCancellable             *cancellable,
                                    GError                  **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (format_names), FALSE);

  records = dossier_library_list_annotation_records (library, error);
  if (records == NULL)
    return FALSE;

  switch (format)
    {
    case DOSSIER_ANNOTATION_FORMAT_W3C:
      {
        g_autofree char *collection_id = collection_id_for_library (library);
        text = dossier_annotation_export_w3c (records, collection_id);
      }
      break;
    case DOSSIER_ANNOTATION_FORMAT_CSV:
      text = dossier_annotation_export_csv (records);
      break;
    case DOSSIER_ANNOTATION_FORMAT_MARKDOWN:
      text = dossier_annotation_export_markdown (records);
      break;
    default:
      g_assert_not_reached ();
    }

  return g_output_stream_write_all (stream, text, strlen (text), NULL, cancellable, error);
}

gboolean
dossier_library_export_w3c (DossierLibrary  *library,
                            GOutputStream   *stream,
                            GCancellable    *cancellable,
                            GError         **error)
{
  return dossier_library_export_annotations (library, DOSSIER_ANNOTATION_FORMAT_W3C,
                                             stream, cancellable, error);
}

gboolean
dossier_library_export_csv (DossierLibrary  *library,
                            GOutputStream   *stream,
                            GCancellable    *cancellable,
                            GError         **error)
{
  return dossier_library_export_annotations (library, DOSSIER_ANNOTATION_FORMAT_CSV,
                                             stream, cancellable, error);
}

gboolean
dossier_library_export_markdown (DossierLibrary  *library,
                                 GOutputStream   *stream,
                                 GCancellable    *cancellable,
                                 GError         **error)
{
  return dossier_library_export_annotations (library, DOSSIER_ANNOTATION_FORMAT_MARKDOWN,
                                             stream, cancellable, error);
}

/* ---- To a file, on a worker thread ---- */

typedef struct
{
  char                    *library_dir;
  DossierAnnotationFormat  format;
  GFile                   *file;
} ExportTask;

static void
export_task_free (ExportTask *data)
{
  g_free (data->library_dir);
  g_clear_object (&data->file);
  g_free (data);
}

static void
export_to_file_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  ExportTask *data = task_data;
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) error = NULL;

  library = dossier_library_open (data->library_dir, &error);
  if (library != NULL)
    stream = g_file_replace (data->file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                             cancellable, &error);
  if (stream == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (!dossier_library_export_annotations (library, data->format, G_OUTPUT_STREAM (stream),
                                           cancellable, &error))
    {
      /* Closing after a cancelled write keeps the previous file. */
      g_autoptr(GCancellable) cancelled = g_cancellable_new ();

      g_cancellable_cancel (cancelled);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancelled, NULL);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

void
dossier_library_export_annotations_to_file_async (const char              *library_dir,
                                                  DossierAnnotationFormat  format,
                                                  GFile                   *file,
                                                  GCancellable            *cancellable,
                                                  GAsyncReadyCallback      callback,
                                                  gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportTask *data;

  g_return_if_fail (library_dir != NULL);
  g_return_if_fail ((guint) format < G_N_ELEMENTS (format_names));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (ExportTask, 1);
  data->library_dir = g_strdup (library_dir);
  data->format = format;
  data->file = g_object_ref (file);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, dossier_library_export_annotations_to_file_async);
  g_task_set_task_data (task, data, (GDestroyNotify) export_task_free);
  g_task_run_in_thread (task, export_to_file_thread);
}

gboolean
dossier_library_export_annotations_to_file_finish (GAsyncResult  *result,
                                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
