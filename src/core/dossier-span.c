/* dossier-span.c
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-span.h"

#include <string.h>

G_DEFINE_BOXED_TYPE (DossierSpan, dossier_span, dossier_span_copy, dossier_span_free)

/* The names used in the command-line contract and exports. */
static const char * const kind_names[DOSSIER_N_SPAN_KINDS] = {
  "person", "organization", "place", "money",
  "quantity", "percent", "number", "date",
};

DossierSpan *
dossier_span_new (DossierSpanKind  kind,
                  guint            start,
                  guint            end,
                  const char      *text)
{
  DossierSpan *span;

  g_return_val_if_fail (kind < DOSSIER_N_SPAN_KINDS, NULL);
  g_return_val_if_fail (start <= end, NULL);

  span = g_new0 (DossierSpan, 1);
  span->kind = kind;
  span->start = start;
  span->end = end;
  span->text = g_strdup (text);
  span->confidence = 1.0;
  return span;
}

DossierSpan *
dossier_span_copy (const DossierSpan *span)
{
  DossierSpan *copy;

  g_return_val_if_fail (span != NULL, NULL);

  copy = g_memdup2 (span, sizeof *span);
  copy->text = g_strdup (span->text);
  copy->entity_id = g_strdup (span->entity_id);
  copy->entity_name = g_strdup (span->entity_name);
  copy->unit = g_strdup (span->unit);
  copy->item = g_strdup (span->item);
  copy->iso = g_strdup (span->iso);
  return copy;
}

void
dossier_span_free (DossierSpan *span)
{
  if (span == NULL)
    return;

  g_free (span->text);
  g_free (span->entity_id);
  g_free (span->entity_name);
  g_free (span->unit);
  g_free (span->item);
  g_free (span->iso);
  g_free (span);
}

void
dossier_span_set_value (DossierSpan *span,
                        double       value)
{
  g_return_if_fail (span != NULL);

  span->value = value;
  span->flags = (span->flags | DOSSIER_SPAN_HAS_VALUE) & ~DOSSIER_SPAN_HAS_RANGE;
}

void
dossier_span_set_range (DossierSpan *span,
                        double       value_min,
                        double       value_max)
{
  g_return_if_fail (span != NULL);

  span->value_min = value_min;
  span->value_max = value_max;
  span->flags = (span->flags | DOSSIER_SPAN_HAS_RANGE) & ~DOSSIER_SPAN_HAS_VALUE;
}

void
dossier_span_set_entity (DossierSpan *span,
                         const char  *entity_id,
                         const char  *entity_name)
{
  g_return_if_fail (span != NULL);

  g_free (span->entity_id);
  g_free (span->entity_name);
  span->entity_id = g_strdup (entity_id);
  span->entity_name = g_strdup (entity_name);
}

/* Orders spans by start, then longer first, for qsort-style sorting of
 * arrays of DossierSpan pointers (GPtrArray). */
gint
dossier_span_compare (gconstpointer a,
                      gconstpointer b)
{
  const DossierSpan *sa = *(const DossierSpan * const *) a;
  const DossierSpan *sb = *(const DossierSpan * const *) b;

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  if (sa->end != sb->end)
    return sa->end > sb->end ? -1 : 1;
  return (int) sa->kind - (int) sb->kind;
}

const char *
dossier_span_kind_to_string (DossierSpanKind kind)
{
  g_return_val_if_fail (kind < DOSSIER_N_SPAN_KINDS, NULL);

  return kind_names[kind];
}

gboolean
dossier_span_kind_from_string (const char      *name,
                               DossierSpanKind *kind)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < DOSSIER_N_SPAN_KINDS; i++)
    {
      if (strcmp (kind_names[i], name) == 0)
        {
          if (kind != NULL)
            *kind = i;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
dossier_span_kind_is_entity (DossierSpanKind kind)
{
  return kind == DOSSIER_SPAN_PERSON ||
         kind == DOSSIER_SPAN_ORGANIZATION ||
         kind == DOSSIER_SPAN_PLACE;
}
