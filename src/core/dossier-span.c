/* dossier-span.c
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-span.h"
#include "dossier-span-private.h"

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

/* A packed span is preceded by this header and followed by its strings. */
typedef struct
{
  gsize size;      /* bytes of strings after the span */
  gsize padding;   /* keeps the span aligned as g_malloc() aligns */
} PackedHeader;

static inline PackedHeader *
packed_header (const DossierSpan *span)
{
  return (PackedHeader *) span - 1;
}

/* Whether @str is freed on its own: not one of a packed span's strings
 * (a caller may have replaced one of those with its own copy). */
static gboolean
owns_string (const DossierSpan *span,
             const char        *str)
{
  guintptr area, p = (guintptr) str;

  if (str == NULL)
    return FALSE;
  if (!(span->flags & DOSSIER_SPAN_PACKED))
    return TRUE;
  area = (guintptr) (span + 1);
  return p < area || p >= area + packed_header (span)->size;
}

static char *
pack_string (char       **cursor,
             const char  *str,
             gsize        len)
{
  char *copy = *cursor;

  memcpy (copy, str, len);
  copy[len] = '\0';
  *cursor += len + 1;
  return copy;
}

DossierSpan *
_dossier_span_new_packed (DossierSpanKind  kind,
                          guint            start,
                          guint            end,
                          const char      *text,
                          gsize            text_len,
                          const char      *unit,
                          const char      *item,
                          const char      *iso,
                          const char      *entity_id,
                          const char      *entity_name)
{
  const char *strings[] = { unit, item, iso, entity_id, entity_name };
  gsize lengths[G_N_ELEMENTS (strings)];
  gsize size = text_len + 1;
  PackedHeader *header;
  DossierSpan *span;
  char *cursor;

  g_return_val_if_fail (kind < DOSSIER_N_SPAN_KINDS, NULL);
  g_return_val_if_fail (start <= end, NULL);
  g_return_val_if_fail (text != NULL || text_len == 0, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    {
      lengths[i] = strings[i] != NULL ? strlen (strings[i]) : 0;
      size += strings[i] != NULL ? lengths[i] + 1 : 0;
    }
  header = g_malloc (sizeof *header + sizeof *span + size);
  header->size = size;
  span = (DossierSpan *) (header + 1);
  memset (span, 0, sizeof *span);
  span->kind = kind;
  span->start = start;
  span->end = end;
  span->flags = DOSSIER_SPAN_PACKED;
  span->confidence = 1.0;

  cursor = (char *) (span + 1);
  span->text = pack_string (&cursor, text != NULL ? text : "", text_len);
  if (unit != NULL)
    span->unit = pack_string (&cursor, unit, lengths[0]);
  if (item != NULL)
    span->item = pack_string (&cursor, item, lengths[1]);
  if (iso != NULL)
    span->iso = pack_string (&cursor, iso, lengths[2]);
  if (entity_id != NULL)
    span->entity_id = pack_string (&cursor, entity_id, lengths[3]);
  if (entity_name != NULL)
    span->entity_name = pack_string (&cursor, entity_name, lengths[4]);
  return span;
}

DossierSpan *
dossier_span_copy (const DossierSpan *span)
{
  DossierSpan *copy;

  g_return_val_if_fail (span != NULL, NULL);

  copy = g_memdup2 (span, sizeof *span);
  copy->flags &= ~DOSSIER_SPAN_PACKED;
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

  if (owns_string (span, span->text))
    g_free (span->text);
  if (owns_string (span, span->entity_id))
    g_free (span->entity_id);
  if (owns_string (span, span->entity_name))
    g_free (span->entity_name);
  if (owns_string (span, span->unit))
    g_free (span->unit);
  if (owns_string (span, span->item))
    g_free (span->item);
  if (owns_string (span, span->iso))
    g_free (span->iso);
  if (span->flags & DOSSIER_SPAN_PACKED)
    g_free (packed_header (span));
  else
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
  char *id, *name;

  g_return_if_fail (span != NULL);

  /* copied first: the new names may be the old ones */
  id = g_strdup (entity_id);
  name = g_strdup (entity_name);
  if (owns_string (span, span->entity_id))
    g_free (span->entity_id);
  if (owns_string (span, span->entity_name))
    g_free (span->entity_name);
  span->entity_id = id;
  span->entity_name = name;
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
