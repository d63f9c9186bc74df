/* dossier-timeline-pack.c
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dossier-timeline-pack.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "dossier-error.h"
#include "dossier-core-resources.h"
#include "dossier-json-string.h"

#define BUILTIN_PATH "/io/github/dossier_app/Dossier/timeline/us-ai-chip-exports.json"

static gboolean G_GNUC_PRINTF (4, 5)
fail (GError     **error,
      const char  *file,
      guint        index,
      const char  *format,
      ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: the first %s is a file name, %u the event's position. */
  g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_CORRUPT,
               _("%s: event %u: %s"), file, index + 1, detail);
  return FALSE;
}

typedef void (*SetTranslationFunc) (DossierEvent *event,
                                    const char   *lang,
                                    const char   *text);

/* "title": "…" or {"en": "…", "fr": "…"}; every language goes to
 * @set_translation, and the English text is returned. */
static const char *
read_translated (JsonObject          *object,
                 const char          *name,
                 DossierEvent        *event,
                 SetTranslationFunc   set_translation,
                 const char          *file,
                 guint                index,
                 GError             **error)
{
  JsonNode *node = json_object_get_member (object, name);
  JsonObject *texts;
  const char *english;
  g_autoptr(GList) langs = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return "";
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, file, index, _("“%s” must be a string or an object of translations"), name);
      return NULL;
    }

  texts = json_node_get_object (node);
  if ((english = dossier_json_member_string (texts, "en")) == NULL || *english == '\0')
    {
      fail (error, file, index, _("“%s” has no English (“en”) text"), name);
      return NULL;
    }

  langs = json_object_get_members (texts);
  for (GList *l = langs; l != NULL; l = l->next)
    {
      const char *text = dossier_json_member_string (texts, l->data);

      if (text == NULL)
        {
          fail (error, file, index, _("“%s” in language “%s” is not a string"),
                name, (const char *) l->data);
          return NULL;
        }
      set_translation (event, l->data, text);
    }
  return english;
}

static gboolean
is_entity_id (const char *id)
{
  if (id == NULL || *id == '\0' || *id == '-')
    return FALSE;
  for (const char *p = id; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
      return FALSE;
  return TRUE;
}

static DossierEvent *
read_event (JsonNode    *node,
            const char  *file,
            guint        index,
            GHashTable  *seen,
            GError     **error)
{
  g_autoptr(DossierEvent) event = dossier_event_new ();
  JsonObject *object;
  JsonNode *member;
  const char *uid, *date, *text;
  DossierEventKind kind;
  DossierEventStance stance;
  DossierEventTopic topic;
  g_autoptr(GError) date_error = NULL;
  DossierEdtf edtf;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, file, index, _("not a JSON object")), NULL;
  object = json_node_get_object (node);

  if ((uid = dossier_json_member_string (object, "uid")) == NULL || *uid == '\0')
    return fail (error, file, index, _("missing “uid”")), NULL;
  if (!g_hash_table_add (seen, g_strdup (uid)))
    return fail (error, file, index, _("uid “%s” is used twice"), uid), NULL;
  dossier_event_set_uid (event, uid);

  if ((date = dossier_json_member_string (object, "date")) == NULL)
    return fail (error, file, index, _("missing “date”")), NULL;
  if (!dossier_edtf_parse (date, &edtf, &date_error))
    return fail (error, file, index, "%s", date_error->message), NULL;
  dossier_event_set_date (event, date);

  if ((text = read_translated (object, "title", event, dossier_event_set_title_translation,
                               file, index, error)) == NULL)
    return NULL;
  if (*text == '\0')
    return fail (error, file, index, _("missing “title”")), NULL;
  dossier_event_set_title (event, text);
  if ((text = read_translated (object, "description", event,
                               dossier_event_set_description_translation, file, index, error)) == NULL)
    return NULL;
  if (*text != '\0')
    dossier_event_set_description (event, text);

  if (!dossier_event_kind_from_string (dossier_json_member_string (object, "kind"), &kind))
    return fail (error, file, index, _("“kind” must be one of rule-issued, rule-rescinded, "
                                       "licence-decision, deal, investigation, statement, "
                                       "disclosure")), NULL;
  if (!dossier_event_stance_from_string (dossier_json_member_string (object, "stance"), &stance))
    return fail (error, file, index, _("“stance” must be tightens, loosens or neutral")), NULL;
  if (!dossier_event_topic_from_string (dossier_json_member_string (object, "topic"), &topic))
    return fail (error, file, index, _("“topic” must be china-controls, gulf-exports, "
                                       "global-caps or company-deals")), NULL;
  dossier_event_set_kind (event, kind);
  dossier_event_set_stance (event, stance);
  dossier_event_set_topic (event, topic);

  member = json_object_get_member (object, "actors");
  if (member != NULL && !JSON_NODE_HOLDS_NULL (member))
    {
      JsonArray *actors;

      if (!JSON_NODE_HOLDS_ARRAY (member))
        return fail (error, file, index, _("“actors” must be an array of entity ids")), NULL;
      actors = json_node_get_array (member);
      for (guint i = 0; i < json_array_get_length (actors); i++)
        {
          JsonNode *actor = json_array_get_element (actors, i);
          const char *id = JSON_NODE_HOLDS_VALUE (actor) &&
                           json_node_get_value_type (actor) == G_TYPE_STRING
                           ? json_node_get_string (actor) : NULL;

          if (!is_entity_id (id))
            return fail (error, file, index,
                         _("actor %u is not an entity id (lowercase letters, digits and “-”)"),
                         i + 1), NULL;
          dossier_event_add_actor (event, id);
        }
    }

  member = json_object_get_member (object, "sources");
  if (member == NULL || !JSON_NODE_HOLDS_ARRAY (member) ||
      json_array_get_length (json_node_get_array (member)) == 0)
    return fail (error, file, index, _("every event must name at least one source in “sources”")), NULL;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (member)); i++)
    {
      JsonNode *source = json_array_get_element (json_node_get_array (member), i);
      JsonObject *source_object;
      const char *name, *source_date;

      if (!JSON_NODE_HOLDS_OBJECT (source) ||
          (name = dossier_json_member_string ((source_object = json_node_get_object (source)), "name")) == NULL ||
          *name == '\0')
        return fail (error, file, index, _("source %u has no “name”"), i + 1), NULL;
      source_date = dossier_json_member_string (source_object, "date");
      if (source_date != NULL && !dossier_edtf_is_valid (source_date))
        return fail (error, file, index, _("source %u has an invalid date “%s”"),
                     i + 1, source_date), NULL;
      dossier_event_add_source (event, name, source_date, dossier_json_member_string (source_object, "url"));
    }

  dossier_event_set_status (event, DOSSIER_EVENT_STATUS_REFERENCE);
  dossier_event_set_confidence (event, 1.0);
  return g_steal_pointer (&event);
}

GPtrArray *
dossier_timeline_pack_load_bytes (GBytes      *bytes,
                                  const char  *name_for_errors,
                                  GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *file = name_for_errors ? name_for_errors : _("timeline pack");
  JsonNode *root;
  JsonNode *list;
  gsize size = 0;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (!json_parser_load_from_data (parser, data ? data : "", size, &parse_error))
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_CORRUPT,
                   _("%s is not valid JSON: %s"), file, parse_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      (list = json_object_get_member (json_node_get_object (root), "events")) == NULL ||
      !JSON_NODE_HOLDS_ARRAY (list))
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_CORRUPT,
                   _("%s is not a timeline pack: it needs an object with an “events” array"),
                   file);
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
    {
      DossierEvent *event = read_event (json_array_get_element (json_node_get_array (list), i),
                                        file, i, seen, error);
      if (event == NULL)
        return NULL;
      g_ptr_array_add (events, event);
    }

  g_ptr_array_sort (events, dossier_event_compare);
  return g_steal_pointer (&events);
}

GPtrArray *
dossier_timeline_pack_load_file (GFile   *file,
                                 GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  if ((bytes = g_file_load_bytes (file, NULL, NULL, &local_error)) == NULL)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_IO,
                   _("Could not read the timeline pack %s: %s"), name, local_error->message);
      return NULL;
    }
  return dossier_timeline_pack_load_bytes (bytes, name, error);
}

GPtrArray *
dossier_timeline_pack_load_builtin (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resource_lookup_data (dossier_core_get_resource (), BUILTIN_PATH,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  return dossier_timeline_pack_load_bytes (bytes, "us-ai-chip-exports.json", error);
}

DossierEvent *
dossier_timeline_pack_lookup_builtin (const char *uid)
{
  static GHashTable *by_uid;

  if (g_once_init_enter (&by_uid))
    {
      g_autoptr(GPtrArray) events = dossier_timeline_pack_load_builtin (NULL);
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

      /* The shipped pack is checked by the test suite; a broken one just
       * means no translations. */
      for (guint i = 0; events != NULL && i < events->len; i++)
        {
          DossierEvent *event = g_ptr_array_index (events, i);
          g_hash_table_insert (table, (gpointer) dossier_event_get_uid (event), g_object_ref (event));
        }
      g_once_init_leave (&by_uid, table);
    }
  return uid ? g_hash_table_lookup (by_uid, uid) : NULL;
}
