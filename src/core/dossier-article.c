/* dossier-article.c
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-article.h"

#include "dossier-nfc.h"

#include <string.h>

struct _DossierArticle
{
  GObject    parent_instance;

  gint64     id;
  char      *title;
  char      *source;
  char      *url;
  char      *published;
  char      *lang;
  char      *body;
  char      *content_hash;
  char      *original_path;
  gint64     imported;
  GPtrArray *warnings;
};

G_DEFINE_FINAL_TYPE (DossierArticle, dossier_article, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SOURCE,
  PROP_URL,
  PROP_PUBLISHED,
  PROP_LANG,
  PROP_BODY,
  PROP_CONTENT_HASH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
replace_string (char       **field,
                const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
dossier_article_finalize (GObject *object)
{
  DossierArticle *self = (DossierArticle *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->published, g_free);
  g_clear_pointer (&self->lang, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->content_hash, g_free);
  g_clear_pointer (&self->original_path, g_free);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);

  G_OBJECT_CLASS (dossier_article_parent_class)->finalize (object);
}

static void
dossier_article_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DossierArticle *self = DOSSIER_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_PUBLISHED:
      g_value_set_string (value, self->published);
      break;
    case PROP_LANG:
      g_value_set_string (value, self->lang);
      break;
    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;
    case PROP_CONTENT_HASH:
      g_value_set_string (value, self->content_hash);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_article_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DossierArticle *self = DOSSIER_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      dossier_article_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_TITLE:
      dossier_article_set_title (self, g_value_get_string (value));
      break;
    case PROP_SOURCE:
      dossier_article_set_source (self, g_value_get_string (value));
      break;
    case PROP_URL:
      dossier_article_set_url (self, g_value_get_string (value));
      break;
    case PROP_PUBLISHED:
      dossier_article_set_published (self, g_value_get_string (value));
      break;
    case PROP_LANG:
      dossier_article_set_lang (self, g_value_get_string (value));
      break;
    case PROP_BODY:
      dossier_article_set_body (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_article_class_init (DossierArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = dossier_article_finalize;
  object_class->get_property = dossier_article_get_property;
  object_class->set_property = dossier_article_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, rw);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, rw);
  properties[PROP_URL] = g_param_spec_string ("url", NULL, NULL, NULL, rw);
  properties[PROP_PUBLISHED] = g_param_spec_string ("published", NULL, NULL, NULL, rw);
  properties[PROP_LANG] = g_param_spec_string ("lang", NULL, NULL, NULL, rw);
  properties[PROP_BODY] = g_param_spec_string ("body", NULL, NULL, NULL, rw);
  properties[PROP_CONTENT_HASH] =
    g_param_spec_string ("content-hash", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_article_init (DossierArticle *self)
{
  self->warnings = g_ptr_array_new_with_free_func (g_free);
}

DossierArticle *
dossier_article_new (void)
{
  return g_object_new (DOSSIER_TYPE_ARTICLE, NULL);
}

gint64
dossier_article_get_id (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), 0);
  return self->id;
}

void
dossier_article_set_id (DossierArticle *self,
                        gint64          id)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

#define DEFINE_STRING_ACCESSORS(field, PROP)                              \
const char *                                                              \
dossier_article_get_##field (DossierArticle *self)                        \
{                                                                         \
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);                 \
  return self->field;                                                     \
}                                                                         \
                                                                          \
void                                                                      \
dossier_article_set_##field (DossierArticle *self,                        \
                             const char     *value)                       \
{                                                                         \
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));                           \
  if (replace_string (&self->field, value))                               \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);         \
}

DEFINE_STRING_ACCESSORS (title, PROP_TITLE)
DEFINE_STRING_ACCESSORS (source, PROP_SOURCE)
DEFINE_STRING_ACCESSORS (url, PROP_URL)
DEFINE_STRING_ACCESSORS (published, PROP_PUBLISHED)
DEFINE_STRING_ACCESSORS (lang, PROP_LANG)

#undef DEFINE_STRING_ACCESSORS

const char *
dossier_article_get_body (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->body;
}

void
dossier_article_set_body (DossierArticle *self,
                          const char     *body)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));

  if (!replace_string (&self->body, body))
    return;

  g_clear_pointer (&self->content_hash, g_free);
  if (body != NULL)
    self->content_hash = dossier_compute_content_hash (body);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT_HASH]);
}

const char *
dossier_article_get_content_hash (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->content_hash;
}

const char *
dossier_article_get_original_path (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->original_path;
}

void
dossier_article_set_original_path (DossierArticle *self,
                                   const char     *path)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));
  replace_string (&self->original_path, path);
}

gint64
dossier_article_get_imported (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), 0);
  return self->imported;
}

void
dossier_article_set_imported (DossierArticle *self,
                              gint64          unix_time)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));
  self->imported = unix_time;
}

GPtrArray *
dossier_article_get_warnings (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->warnings;
}

void
dossier_article_add_warning (DossierArticle *self,
                             const char     *warning)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));
  g_return_if_fail (warning != NULL);
  g_ptr_array_add (self->warnings, g_strdup (warning));
}

/* Whitespace runs count as one space and case is kept: two imports of the
 * same text that differ only in line wrapping are the same article. */
char *
dossier_compute_content_hash (const char *body)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  /* Same result as g_utf8_normalize(), without its UCS-4 copy (four times
   * the body) when the body is already NFC, as imported bodies are. */
  g_autofree char *normalized = dossier_nfc (body, -1);
  g_autoptr(GString) folded = g_string_new (NULL);
  gboolean in_space = TRUE;

  if (normalized == NULL)
    normalized = g_strdup (body);

  for (const char *p = normalized; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          in_space = TRUE;
          continue;
        }
      if (in_space && folded->len > 0)
        g_string_append_c (folded, ' ');
      in_space = FALSE;
      g_string_append_unichar (folded, c);
    }

  g_checksum_update (checksum, (const guchar *) folded->str, folded->len);
  return g_strdup (g_checksum_get_string (checksum));
}
