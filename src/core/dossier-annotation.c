/* dossier-annotation.c
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dossier-annotation.h"

/* Characters of context kept on each side of the quote. */
#define CONTEXT_CHARS 32

struct _DossierAnnotation
{
  GObject  parent_instance;

  gint64   id;
  gint64   article_id;
  guint    start;
  guint    end;
  char    *quote;
  char    *prefix;
  char    *suffix;
  char    *note;
  char    *colour;
  gint64   created;
  gint64   modified;
  GStrv    tags;
};

G_DEFINE_FINAL_TYPE (DossierAnnotation, dossier_annotation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NOTE,
  PROP_COLOUR,
  PROP_TAGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_annotation_finalize (GObject *object)
{
  DossierAnnotation *self = (DossierAnnotation *) object;

  g_clear_pointer (&self->quote, g_free);
  g_clear_pointer (&self->prefix, g_free);
  g_clear_pointer (&self->suffix, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->colour, g_free);
  g_clear_pointer (&self->tags, g_strfreev);

  G_OBJECT_CLASS (dossier_annotation_parent_class)->finalize (object);
}

static void
dossier_annotation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DossierAnnotation *self = DOSSIER_ANNOTATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_COLOUR:
      g_value_set_string (value, self->colour);
      break;
    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_annotation_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DossierAnnotation *self = DOSSIER_ANNOTATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      dossier_annotation_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NOTE:
      dossier_annotation_set_note (self, g_value_get_string (value));
      break;
    case PROP_COLOUR:
      dossier_annotation_set_colour (self, g_value_get_string (value));
      break;
    case PROP_TAGS:
      dossier_annotation_set_tags (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_annotation_class_init (DossierAnnotationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = dossier_annotation_finalize;
  object_class->get_property = dossier_annotation_get_property;
  object_class->set_property = dossier_annotation_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, rw);
  properties[PROP_COLOUR] = g_param_spec_string ("colour", NULL, NULL, NULL, rw);
  properties[PROP_TAGS] = g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_annotation_init (DossierAnnotation *self)
{
  self->note = g_strdup ("");
  self->tags = g_new0 (char *, 1);
}

DossierAnnotation *
dossier_annotation_new (gint64      article_id,
                        guint       start,
                        guint       end,
                        const char *quote,
                        const char *prefix,
                        const char *suffix)
{
  DossierAnnotation *self;

  g_return_val_if_fail (article_id > 0, NULL);
  g_return_val_if_fail (end >= start, NULL);
  g_return_val_if_fail (quote != NULL, NULL);

  self = g_object_new (DOSSIER_TYPE_ANNOTATION, NULL);
  self->article_id = article_id;
  dossier_annotation_set_anchor (self, start, end, quote, prefix, suffix);
  return self;
}

DossierAnnotation *
dossier_annotation_new_for_body (gint64      article_id,
                                 const char *body,
                                 guint       start,
                                 guint       end)
{
  glong n;
  g_autofree char *quote = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;

  g_return_val_if_fail (body != NULL, NULL);

  n = g_utf8_strlen (body, -1);
  if (end < start || end > n)
    return NULL;
  quote = g_utf8_substring (body, start, end);
  prefix = g_utf8_substring (body, start > CONTEXT_CHARS ? start - CONTEXT_CHARS : 0, start);
  suffix = g_utf8_substring (body, end, MIN (n, (glong) end + CONTEXT_CHARS));
  return dossier_annotation_new (article_id, start, end, quote, prefix, suffix);
}

gint64
dossier_annotation_get_id (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), 0);
  return self->id;
}

void
dossier_annotation_set_id (DossierAnnotation *self,
                           gint64             id)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
dossier_annotation_get_article_id (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), 0);
  return self->article_id;
}

guint
dossier_annotation_get_start (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), 0);
  return self->start;
}

guint
dossier_annotation_get_end (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), 0);
  return self->end;
}

void
dossier_annotation_set_anchor (DossierAnnotation *self,
                               guint              start,
                               guint              end,
                               const char        *quote,
                               const char        *prefix,
                               const char        *suffix)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));
  g_return_if_fail (end >= start && quote != NULL);

  self->start = start;
  self->end = end;
  g_free (self->quote);
  self->quote = g_strdup (quote);
  g_free (self->prefix);
  self->prefix = g_strdup (prefix);
  g_free (self->suffix);
  self->suffix = g_strdup (suffix);
}

const char *
dossier_annotation_get_quote (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return self->quote;
}

const char *
dossier_annotation_get_prefix (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return self->prefix;
}

const char *
dossier_annotation_get_suffix (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return self->suffix;
}

const char *
dossier_annotation_get_note (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return self->note;
}

void
dossier_annotation_set_note (DossierAnnotation *self,
                             const char        *note)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));
  if (note == NULL)
    note = "";
  if (g_strcmp0 (self->note, note) == 0)
    return;
  g_free (self->note);
  self->note = g_strdup (note);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

const char *
dossier_annotation_get_colour (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return self->colour;
}

void
dossier_annotation_set_colour (DossierAnnotation *self,
                               const char        *colour)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));
  if (g_strcmp0 (self->colour, colour) == 0)
    return;
  g_free (self->colour);
  self->colour = g_strdup (colour);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOUR]);
}

gint64
dossier_annotation_get_created (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), 0);
  return self->created;
}

gint64
dossier_annotation_get_modified (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), 0);
  return self->modified;
}

void
dossier_annotation_set_times (DossierAnnotation *self,
                              gint64             created,
                              gint64             modified)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));
  self->created = created;
  self->modified = modified;
}

const char * const *
dossier_annotation_get_tags (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return (const char * const *) self->tags;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

void
dossier_annotation_set_tags (DossierAnnotation  *self,
                             const char * const *paths)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));

  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    if (!g_ptr_array_find_with_equal_func (sorted, paths[i], g_str_equal, NULL))
      g_ptr_array_add (sorted, g_strdup (paths[i]));
  g_ptr_array_sort (sorted, compare_strings);
  g_ptr_array_add (sorted, NULL);
  g_strfreev (self->tags);
  self->tags = (GStrv) g_ptr_array_free (g_steal_pointer (&sorted), FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

DossierTag *
dossier_tag_copy (const DossierTag *tag)
{
  DossierTag *copy = g_new0 (DossierTag, 1);

  copy->id = tag->id;
  copy->parent_id = tag->parent_id;
  copy->name = g_strdup (tag->name);
  copy->path = g_strdup (tag->path);
  copy->colour = g_strdup (tag->colour);
  return copy;
}

void
dossier_tag_free (DossierTag *tag)
{
  if (tag == NULL)
    return;
  g_free (tag->name);
  g_free (tag->path);
  g_free (tag->colour);
  g_free (tag);
}

G_DEFINE_BOXED_TYPE (DossierTag, dossier_tag, dossier_tag_copy, dossier_tag_free)
