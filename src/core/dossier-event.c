/* dossier-event.c
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dossier-event.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "dossier-error.h"
#include "dossier-json-string.h"

/* The event */

struct _DossierEvent
{
  GObject             parent_instance;

  gint64              id;
  char               *uid;
  char               *title;
  GHashTable         *titles;        /* lang → title, shipped events only */
  char               *description;
  GHashTable         *descriptions;  /* lang → description, shipped events only */
  char               *date;
  DossierEventKind    kind;
  DossierEventStance  stance;
  DossierEventTopic   topic;
  DossierEventStatus  status;
  double              confidence;
  gint64              created;
  gint64              modified;
  GPtrArray          *actors;
  GPtrArray          *evidence;
  GPtrArray          *sources;
};

G_DEFINE_FINAL_TYPE (DossierEvent, dossier_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UID,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_DATE,
  PROP_KIND,
  PROP_STANCE,
  PROP_TOPIC,
  PROP_STATUS,
  PROP_CONFIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dossier_event_finalize (GObject *object)
{
  DossierEvent *self = DOSSIER_EVENT (object);

  g_free (self->uid);
  g_free (self->title);
  g_clear_pointer (&self->titles, g_hash_table_unref);
  g_free (self->description);
  g_clear_pointer (&self->descriptions, g_hash_table_unref);
  g_free (self->date);
  g_ptr_array_unref (self->actors);
  g_ptr_array_unref (self->evidence);
  g_ptr_array_unref (self->sources);

  G_OBJECT_CLASS (dossier_event_parent_class)->finalize (object);
}

static void
dossier_event_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DossierEvent *self = DOSSIER_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_STANCE:
      g_value_set_enum (value, self->stance);
      break;
    case PROP_TOPIC:
      g_value_set_enum (value, self->topic);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_CONFIDENCE:
      g_value_set_double (value, self->confidence);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_event_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DossierEvent *self = DOSSIER_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      dossier_event_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_UID:
      dossier_event_set_uid (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      dossier_event_set_title (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      dossier_event_set_description (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      dossier_event_set_date (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      dossier_event_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_STANCE:
      dossier_event_set_stance (self, g_value_get_enum (value));
      break;
    case PROP_TOPIC:
      dossier_event_set_topic (self, g_value_get_enum (value));
      break;
    case PROP_STATUS:
      dossier_event_set_status (self, g_value_get_enum (value));
      break;
    case PROP_CONFIDENCE:
      dossier_event_set_confidence (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_event_class_init (DossierEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = dossier_event_finalize;
  object_class->get_property = dossier_event_get_property;
  object_class->set_property = dossier_event_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, DOSSIER_TYPE_EVENT_KIND,
                                             DOSSIER_EVENT_KIND_STATEMENT, flags);
  properties[PROP_STANCE] = g_param_spec_enum ("stance", NULL, NULL, DOSSIER_TYPE_EVENT_STANCE,
                                               DOSSIER_EVENT_STANCE_NEUTRAL, flags);
  properties[PROP_TOPIC] = g_param_spec_enum ("topic", NULL, NULL, DOSSIER_TYPE_EVENT_TOPIC,
                                              DOSSIER_EVENT_TOPIC_COMPANY_DEALS, flags);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, DOSSIER_TYPE_EVENT_STATUS,
                                               DOSSIER_EVENT_STATUS_ACCEPTED, flags);
  properties[PROP_CONFIDENCE] = g_param_spec_double ("confidence", NULL, NULL, 0.0, 1.0, 1.0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_event_init (DossierEvent *self)
{
  self->kind = DOSSIER_EVENT_KIND_STATEMENT;
  self->stance = DOSSIER_EVENT_STANCE_NEUTRAL;
  self->topic = DOSSIER_EVENT_TOPIC_COMPANY_DEALS;
  self->status = DOSSIER_EVENT_STATUS_ACCEPTED;
  self->confidence = 1.0;
  self->actors = g_ptr_array_new_with_free_func (g_free);
  self->evidence = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_evidence_free);
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_event_source_free);
}

DossierEvent *
dossier_event_new (void)
{
  return g_object_new (DOSSIER_TYPE_EVENT, NULL);
}

/* Translations (lang → text) of the title or the description */

static GHashTable *
copy_translations (GHashTable *texts)
{
  GHashTable *copy;
  GHashTableIter iter;
  gpointer key, value;

  if (texts == NULL)
    return NULL;
  copy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_iter_init (&iter, texts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy, g_strdup (key), g_strdup (value));
  return copy;
}

static void
set_translation (GHashTable **texts,
                 const char  *lang,
                 const char  *text)
{
  if (*texts == NULL)
    *texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (text == NULL)
    g_hash_table_remove (*texts, lang);
  else
    g_hash_table_insert (*texts, g_strdup (lang), g_strdup (text));
}

static const char *
get_translation (GHashTable *texts,
                 const char *lang)
{
  if (texts == NULL || lang == NULL)
    return NULL;
  return g_hash_table_lookup (texts, lang);
}

/* @lang as given, then its primary tag ("zh_CN.UTF-8" → "zh"), else @fallback. */
static const char *
get_for_language (GHashTable *texts,
                  const char *lang,
                  const char *fallback)
{
  const char *text;

  if (lang != NULL && texts != NULL)
    {
      g_autofree char *primary = g_ascii_strdown (lang, -1);
      char *sep = strpbrk (primary, "-_.@");

      if ((text = g_hash_table_lookup (texts, lang)) != NULL)
        return text;
      if (sep != NULL)
        *sep = '\0';
      if ((text = g_hash_table_lookup (texts, primary)) != NULL)
        return text;
    }
  return fallback;
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static char **
list_languages (GHashTable *texts)
{
  g_autofree gpointer *keys = NULL;
  guint n = 0;
  char **langs;

  if (texts == NULL)
    return g_new0 (char *, 1);
  keys = g_hash_table_get_keys_as_array (texts, &n);
  langs = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    langs[i] = g_strdup (keys[i]);
  qsort (langs, n, sizeof (char *), compare_strings);
  return langs;
}

DossierEvent *
dossier_event_copy (DossierEvent *self)
{
  DossierEvent *copy;

  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);

  copy = dossier_event_new ();
  copy->id = self->id;
  copy->uid = g_strdup (self->uid);
  copy->title = g_strdup (self->title);
  copy->titles = copy_translations (self->titles);
  copy->description = g_strdup (self->description);
  copy->descriptions = copy_translations (self->descriptions);
  copy->date = g_strdup (self->date);
  copy->kind = self->kind;
  copy->stance = self->stance;
  copy->topic = self->topic;
  copy->status = self->status;
  copy->confidence = self->confidence;
  copy->created = self->created;
  copy->modified = self->modified;
  for (guint i = 0; i < self->actors->len; i++)
    g_ptr_array_add (copy->actors, g_strdup (g_ptr_array_index (self->actors, i)));
  for (guint i = 0; i < self->evidence->len; i++)
    g_ptr_array_add (copy->evidence, dossier_evidence_copy (g_ptr_array_index (self->evidence, i)));
  for (guint i = 0; i < self->sources->len; i++)
    g_ptr_array_add (copy->sources, dossier_event_source_copy (g_ptr_array_index (self->sources, i)));
  return copy;
}

gint64
dossier_event_get_id (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), 0);
  return self->id;
}

void
dossier_event_set_id (DossierEvent *self,
                      gint64        id)
{
  g_return_if_fail (DOSSIER_IS_EVENT (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

static void
set_string (DossierEvent  *self,
            char         **field,
            const char    *value,
            int            prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

const char *
dossier_event_get_uid (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return self->uid;
}

void
dossier_event_set_uid (DossierEvent *self,
                       const char   *uid)
{
  g_return_if_fail (DOSSIER_IS_EVENT (self));
  set_string (self, &self->uid, uid, PROP_UID);
}

void
dossier_event_generate_uid (DossierEvent *self)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *uid = g_strconcat ("event-", uuid, NULL);

  g_return_if_fail (DOSSIER_IS_EVENT (self));
  dossier_event_set_uid (self, uid);
}

const char *
dossier_event_get_title (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return self->title;
}

void
dossier_event_set_title (DossierEvent *self,
                         const char   *title)
{
  g_return_if_fail (DOSSIER_IS_EVENT (self));
  set_string (self, &self->title, title, PROP_TITLE);
}

void
dossier_event_set_title_translation (DossierEvent *self,
                                     const char   *lang,
                                     const char   *title)
{
  g_return_if_fail (DOSSIER_IS_EVENT (self));
  g_return_if_fail (lang != NULL);

  set_translation (&self->titles, lang, title);
}

const char *
dossier_event_get_title_translation (DossierEvent *self,
                                     const char   *lang)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return get_translation (self->titles, lang);
}

const char *
dossier_event_get_title_for_language (DossierEvent *self,
                                      const char   *lang)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return get_for_language (self->titles, lang, self->title);
}

char **
dossier_event_list_title_languages (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return list_languages (self->titles);
}

const char *
dossier_event_get_description (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return self->description;
}

void
dossier_event_set_description (DossierEvent *self,
                               const char   *description)
{
  g_return_if_fail (DOSSIER_IS_EVENT (self));
  set_string (self, &self->description, description, PROP_DESCRIPTION);
}

void
dossier_event_set_description_translation (DossierEvent *self,
                                           const char   *lang,
                                           const char   *description)
{
  g_return_if_fail (DOSSIER_IS_EVENT (self));
  g_return_if_fail (lang != NULL);

  set_translation (&self->descriptions, lang, description);
}

const char *
dossier_event_get_description_translation (DossierEvent *self,
                                           const char   *lang)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return get_translation (self->descriptions, lang);
}

const char *
dossier_event_get_description_for_language (DossierEvent *self,
                                            const char   *lang)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return get_for_language (self->descriptions, lang, self->description);
}

char **
dossier_event_list_description_languages (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return list_languages (self->descriptions);
}

const char *
dossier_event_get_date (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return self->date;
}

void
dossier_event_set_date (DossierEvent *self,
                        const char   *date)
{
  g_return_if_fail (DOSSIER_IS_EVENT (self));
  set_string (self, &self->date, date, PROP_DATE);
}

gboolean
dossier_event_get_edtf (DossierEvent *self,
                        DossierEdtf  *edtf)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), FALSE);
  g_return_val_if_fail (edtf != NULL, FALSE);

  return self->date != NULL && dossier_edtf_parse (self->date, edtf, NULL);
}

DossierEra
dossier_event_get_era (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), DOSSIER_ERA_NONE);
  return dossier_era_for_date (self->date);
}

#define ENUM_ACCESSORS(lower, CType, Count, PROP)                   \
CType                                                               \
dossier_event_get_##lower (DossierEvent *self)                      \
{                                                                   \
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), (CType) 0);        \
  return self->lower;                                               \
}                                                                   \
void                                                                \
dossier_event_set_##lower (DossierEvent *self,                      \
                           CType         value)                     \
{                                                                   \
  g_return_if_fail (DOSSIER_IS_EVENT (self));                       \
  g_return_if_fail ((int) value >= 0 && (int) value < Count);       \
  if (self->lower == value)                                         \
    return;                                                         \
  self->lower = value;                                              \
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);     \
}

ENUM_ACCESSORS (kind, DossierEventKind, DOSSIER_N_EVENT_KINDS, PROP_KIND)
ENUM_ACCESSORS (stance, DossierEventStance, DOSSIER_N_EVENT_STANCES, PROP_STANCE)
ENUM_ACCESSORS (topic, DossierEventTopic, DOSSIER_N_EVENT_TOPICS, PROP_TOPIC)
ENUM_ACCESSORS (status, DossierEventStatus, DOSSIER_N_EVENT_STATUSES, PROP_STATUS)

double
dossier_event_get_confidence (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), 0.0);
  return self->confidence;
}

void
dossier_event_set_confidence (DossierEvent *self,
                              double        confidence)
{
  g_return_if_fail (DOSSIER_IS_EVENT (self));

  confidence = CLAMP (confidence, 0.0, 1.0);
  if (self->confidence == confidence)
    return;
  self->confidence = confidence;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIDENCE]);
}

gint64
dossier_event_get_created (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), 0);
  return self->created;
}

gint64
dossier_event_get_modified (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), 0);
  return self->modified;
}

void
dossier_event_set_times (DossierEvent *self,
                         gint64        created,
                         gint64        modified)
{
  g_return_if_fail (DOSSIER_IS_EVENT (self));
  self->created = created;
  self->modified = modified;
}

GPtrArray *
dossier_event_get_actors (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return self->actors;
}

gboolean
dossier_event_has_actor (DossierEvent *self,
                         const char   *entity_id)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), FALSE);
  g_return_val_if_fail (entity_id != NULL, FALSE);

  return g_ptr_array_find_with_equal_func (self->actors, entity_id, g_str_equal, NULL);
}

void
dossier_event_add_actor (DossierEvent *self,
                         const char   *entity_id)
{
  g_return_if_fail (DOSSIER_IS_EVENT (self));
  g_return_if_fail (entity_id != NULL && *entity_id != '\0');

  if (!dossier_event_has_actor (self, entity_id))
    g_ptr_array_add (self->actors, g_strdup (entity_id));
}

void
dossier_event_clear_actors (DossierEvent *self)
{
  g_return_if_fail (DOSSIER_IS_EVENT (self));
  g_ptr_array_set_size (self->actors, 0);
}

GPtrArray *
dossier_event_get_evidence (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return self->evidence;
}

void
dossier_event_add_evidence (DossierEvent          *self,
                            const DossierEvidence *evidence)
{
  g_return_if_fail (DOSSIER_IS_EVENT (self));
  g_return_if_fail (evidence != NULL);

  g_ptr_array_add (self->evidence, dossier_evidence_copy (evidence));
}

void
dossier_event_clear_evidence (DossierEvent *self)
{
  g_return_if_fail (DOSSIER_IS_EVENT (self));
  g_ptr_array_set_size (self->evidence, 0);
}

GPtrArray *
dossier_event_get_sources (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return self->sources;
}

void
dossier_event_add_source (DossierEvent *self,
                          const char   *name,
                          const char   *date,
                          const char   *url)
{
  g_return_if_fail (DOSSIER_IS_EVENT (self));
  g_return_if_fail (name != NULL);

  g_ptr_array_add (self->sources, dossier_event_source_new (name, date, url));
}

void
dossier_event_clear_sources (DossierEvent *self)
{
  g_return_if_fail (DOSSIER_IS_EVENT (self));
  g_ptr_array_set_size (self->sources, 0);
}

char *
dossier_event_sources_to_json (DossierEvent *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; i < self->sources->len; i++)
    {
      DossierEventSource *source = g_ptr_array_index (self->sources, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, source->name);
      dossier_json_add_nullable_string (builder, "date", source->date);
      dossier_json_add_nullable_string (builder, "url", source->url);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

gboolean
dossier_event_sources_from_json (DossierEvent  *self,
                                 const char    *json,
                                 GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *array;

  g_return_val_if_fail (DOSSIER_IS_EVENT (self), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);

  if (!json_parser_load_from_data (parser, json, -1, NULL) ||
      !JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)))
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_CORRUPT,
                   _("The sources of event “%s” are not a JSON array"),
                   self->uid ? self->uid : "");
      return FALSE;
    }

  array = json_node_get_array (json_parser_get_root (parser));
  dossier_event_clear_sources (self);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object;
      const char *name;

      if (!JSON_NODE_HOLDS_OBJECT (node) ||
          (name = dossier_json_member_string ((object = json_node_get_object (node)), "name")) == NULL)
        {
          g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_CORRUPT,
                       _("Source %u of event “%s” has no name"),
                       i + 1, self->uid ? self->uid : "");
          return FALSE;
        }
      dossier_event_add_source (self, name, dossier_json_member_string (object, "date"),
                                dossier_json_member_string (object, "url"));
    }
  return TRUE;
}

int
dossier_event_compare (gconstpointer a,
                       gconstpointer b)
{
  DossierEvent *ea = *(DossierEvent * const *) a;
  DossierEvent *eb = *(DossierEvent * const *) b;
  DossierEdtf da, db;
  gboolean va = dossier_event_get_edtf (ea, &da);
  gboolean vb = dossier_event_get_edtf (eb, &db);

  /* Events without a valid date go last. */
  if (va != vb)
    return va ? -1 : 1;
  if (va)
    {
      /* An interval with an open start sorts by its end. */
      guint32 sa = da.start.kind == DOSSIER_EDTF_POINT_DATE ? dossier_edtf_get_earliest (&da)
                                                          : dossier_edtf_get_latest (&da);
      guint32 sb = db.start.kind == DOSSIER_EDTF_POINT_DATE ? dossier_edtf_get_earliest (&db)
                                                          : dossier_edtf_get_latest (&db);
      guint32 la = dossier_edtf_get_latest (&da);
      guint32 lb = dossier_edtf_get_latest (&db);

      if (sa != sb)
        return sa < sb ? -1 : 1;
      if (la != lb)
        return la < lb ? -1 : 1;
    }
  return g_strcmp0 (ea->uid, eb->uid);
}
