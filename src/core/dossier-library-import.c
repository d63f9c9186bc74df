/* dossier-library-import.c — import + analysis + store, also on a worker
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dossier-analyzer.h"
#include "dossier-catalog.h"
#include "dossier-error.h"
#include "dossier-importer.h"
#include "dossier-library-entities.h"
#include "dossier-library-events.h"
#include "dossier-library-private.h"

/* The analyzer is built once per library object from the packs and the
 * analyst's own aliases and rules; rebuilt after curation by a new
 * library object (the worker opens its own). */
static DossierAnalyzer *
get_analyzer (DossierLibrary  *self,
              GError         **error)
{
  DossierAnalyzer *analyzer = g_object_get_data (G_OBJECT (self), "dossier-analyzer");

  if (analyzer == NULL)
    {
      g_autoptr(DossierCatalog) catalog = NULL;

      /* The packs' entities and aliases go into the library with its
       * first import, so that search can expand aliases. */
      if (!dossier_library_load_builtin_entities (self, error))
        return NULL;
      catalog = dossier_catalog_new_for_library (self, error);
      if (catalog == NULL)
        return NULL;
      analyzer = dossier_analyzer_new (catalog);
      g_object_set_data_full (G_OBJECT (self), "dossier-analyzer", analyzer, g_object_unref);
    }
  return analyzer;
}

gint64
dossier_library_import_file (DossierLibrary  *self,
                             GFile           *file,
                             const char      *charset,
                             const char      *url,
                             gboolean        *duplicate,
                             DossierArticle **out_article,
                             GError         **error)
{
  g_autoptr(DossierArticle) article = NULL;
  g_autoptr(GPtrArray) spans = NULL;
  DossierAnalyzer *analyzer;
  const char *published;
  gint64 duplicate_of = 0;

  g_return_val_if_fail (DOSSIER_IS_LIBRARY (self), 0);
  g_return_val_if_fail (G_IS_FILE (file), 0);

  if (duplicate != NULL)
    *duplicate = FALSE;

  article = dossier_importer_import_file (file, charset, url, error);
  if (article == NULL)
    return 0;

  /* A known body needs no analysis. */
  duplicate_of = dossier_library_find_by_hash (self, dossier_article_get_content_hash (article));
  if (duplicate_of == 0)
    {
      analyzer = get_analyzer (self, error);
      if (analyzer == NULL)
        return 0;
      published = dossier_article_get_published (article);
      spans = dossier_analyzer_analyze (analyzer, dossier_article_get_body (article),
                                        dossier_article_get_lang (article),
                                        published != NULL && strlen (published) == 10 ? published : NULL);
      if (!dossier_library_add_article (self, article, spans, file, &duplicate_of, error))
        return 0;
      if (duplicate_of == 0)
        {
          g_autoptr(GError) candidate_error = NULL;

          /* Candidate events are a by-product: the article is already
           * committed, so a failure here is a warning, not a lost import. */
          if (dossier_library_find_candidates (self, dossier_article_get_id (article), &candidate_error) < 0)
            dossier_article_add_warning (article, candidate_error->message);
        }
    }

  if (duplicate_of != 0)
    {
      if (duplicate != NULL)
        *duplicate = TRUE;
      dossier_article_set_id (article, duplicate_of);
    }
  if (out_article != NULL)
    *out_article = g_object_ref (article);
  return dossier_article_get_id (article);
}

/* ---- Worker ---- */

typedef struct
{
  char                  *dir;
  GPtrArray             *files;
  DossierImportProgress  progress;
  gpointer               progress_data;
  GDestroyNotify         progress_destroy;
  GMainContext          *context;
} ImportData;

typedef struct
{
  ImportData *data;      /* borrowed: the task outlives every report */
  GTask      *task;      /* keeps data alive */
  guint       done;
  guint       total;
  char       *file_name;
  gint64      article_id;
  gboolean    duplicate;
  GError     *error;
} Report;

static void
import_data_free (ImportData *data)
{
  if (data->progress_destroy != NULL)
    data->progress_destroy (data->progress_data);
  g_free (data->dir);
  g_ptr_array_unref (data->files);
  g_main_context_unref (data->context);
  g_free (data);
}

static gboolean
deliver_report (gpointer user_data)
{
  Report *report = user_data;

  report->data->progress (report->done, report->total, report->file_name, report->article_id,
                          report->duplicate, report->error, report->data->progress_data);
  return G_SOURCE_REMOVE;
}

static void
report_free (gpointer user_data)
{
  Report *report = user_data;

  g_free (report->file_name);
  g_clear_error (&report->error);
  g_object_unref (report->task);
  g_free (report);
}

/* Commits the batch, then sends the reports of its files; when the
 * commit fails, their articles were not saved and they report the error. */
static void
send_committed (ImportData     *data,
                DossierLibrary *library,
                GPtrArray      *reports,
                int            *failed)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = dossier_library_commit_batch (library, &error);
  gsize n = 0;
  g_autofree gpointer *taken = g_ptr_array_steal (reports, &n);

  for (gsize i = 0; i < n; i++)
    {
      Report *report = taken[i];

      if (!ok && report->error == NULL)
        {
          report->error = g_error_copy (error);
          report->article_id = 0;
          report->duplicate = FALSE;
          (*failed)++;
        }
      if (data->progress != NULL)
        g_main_context_invoke_full (data->context, G_PRIORITY_DEFAULT, deliver_report,
                                    report, report_free);
      else
        report_free (report);
    }
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportData *data = task_data;
  g_autoptr(DossierLibrary) library = NULL;
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func (report_free);
  g_autoptr(GError) error = NULL;
  int failed = 0;

  /* Our own connection: the UI keeps reading through its own (WAL). */
  library = dossier_library_open (data->dir, &error);
  if (library == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Files are committed in groups, and reported once committed. */
  dossier_library_begin_batch (library);
  for (guint i = 0; i < data->files->len; i++)
    {
      GFile *file = g_ptr_array_index (data->files, i);
      g_autoptr(GError) local = NULL;
      gboolean duplicate = FALSE;
      Report *report;
      gint64 id;

      if (g_cancellable_is_cancelled (cancellable))
        break;

      id = dossier_library_import_file (library, file, NULL, NULL, &duplicate, NULL, &local);
      if (id == 0)
        failed++;
      report = g_new0 (Report, 1);
      report->data = data;
      report->task = g_object_ref (task);
      report->done = i + 1;
      report->total = data->files->len;
      report->file_name = g_file_get_parse_name (file);
      report->article_id = id;
      report->duplicate = duplicate;
      report->error = g_steal_pointer (&local);
      g_ptr_array_add (reports, report);
      if (dossier_library_batch_is_due (library))
        send_committed (data, library, reports, &failed);
    }
  /* What was imported before a cancellation stays. */
  send_committed (data, library, reports, &failed);
  dossier_library_end_batch (library, NULL);
  if (g_task_return_error_if_cancelled (task))
    return;
  g_task_return_int (task, failed);
}

void
dossier_library_import_files_async (DossierLibrary        *self,
                                    GPtrArray             *files,
                                    DossierImportProgress  progress,
                                    gpointer               progress_data,
                                    GDestroyNotify         progress_destroy,
                                    GCancellable          *cancellable,
                                    GAsyncReadyCallback    callback,
                                    gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportData *data;

  g_return_if_fail (DOSSIER_IS_LIBRARY (self));
  g_return_if_fail (files != NULL);

  data = g_new0 (ImportData, 1);
  data->dir = g_strdup (dossier_library_get_dir (self));
  data->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < files->len; i++)
    g_ptr_array_add (data->files, g_object_ref (g_ptr_array_index (files, i)));
  data->progress = progress;
  data->progress_data = progress_data;
  data->progress_destroy = progress_destroy;
  data->context = g_main_context_ref_thread_default ();

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dossier_library_import_files_async);
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);
  g_task_run_in_thread (task, import_thread);
}

int
dossier_library_import_files_finish (DossierLibrary  *self,
                                     GAsyncResult    *result,
                                     GError         **error)
{
  gssize failed;

  g_return_val_if_fail (g_task_is_valid (result, self), -1);

  failed = g_task_propagate_int (G_TASK (result), error);
  return (int) failed;
}
