/* dossier-export-timeline-json.c — the timeline as the full JSON model
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-timeline-export.h"

#include <json-glib/json-glib.h>

#include "dossier-json-string.h"

typedef const char *(*GetTranslationFunc) (DossierEvent *event,
                                           const char   *lang);

/* {"en": …, "fr": …} under @name; nothing when there are no translations. */
static void
add_translations (JsonBuilder         *builder,
                  const char          *name,
                  char               **langs,
                  DossierEvent        *event,
                  GetTranslationFunc   get_translation)
{
  if (langs[0] == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  for (guint i = 0; langs[i] != NULL; i++)
    {
      json_builder_set_member_name (builder, langs[i]);
      json_builder_add_string_value (builder, get_translation (event, langs[i]));
    }
  json_builder_end_object (builder);
}

static void
add_event (JsonBuilder  *builder,
           DossierEvent *event)
{
  GPtrArray *actors = dossier_event_get_actors (event);
  GPtrArray *sources = dossier_event_get_sources (event);
  GPtrArray *evidence = dossier_event_get_evidence (event);
  g_auto(GStrv) title_langs = dossier_event_list_title_languages (event);
  g_auto(GStrv) description_langs = dossier_event_list_description_languages (event);
  DossierEdtf edtf;
  gboolean valid = dossier_event_get_edtf (event, &edtf);

  json_builder_begin_object (builder);
  dossier_json_add_nullable_string (builder, "id", dossier_event_get_uid (event));
  dossier_json_add_nullable_string (builder, "title", dossier_event_get_title (event));
  add_translations (builder, "titles", title_langs, event, dossier_event_get_title_translation);
  dossier_json_add_nullable_string (builder, "description", dossier_event_get_description (event));
  add_translations (builder, "descriptions", description_langs, event,
                    dossier_event_get_description_translation);
  dossier_json_add_nullable_string (builder, "date", dossier_event_get_date (event));
  if (valid)
    {
      g_autofree char *earliest = _dossier_timeline_julian_to_iso (dossier_edtf_get_earliest (&edtf));
      g_autofree char *latest = _dossier_timeline_julian_to_iso (dossier_edtf_get_latest (&edtf));

      dossier_json_add_nullable_string (builder, "precision",
                          dossier_edtf_precision_to_string (dossier_edtf_get_precision (&edtf)));
      dossier_json_add_nullable_string (builder, "earliest", earliest);
      dossier_json_add_nullable_string (builder, "latest", latest);
      json_builder_set_member_name (builder, "uncertain");
      json_builder_add_boolean_value (builder, dossier_edtf_is_uncertain (&edtf));
      json_builder_set_member_name (builder, "approximate");
      json_builder_add_boolean_value (builder, dossier_edtf_is_approximate (&edtf));
    }
  dossier_json_add_nullable_string (builder, "era", dossier_era_to_string (dossier_event_get_era (event)));
  dossier_json_add_nullable_string (builder, "kind", dossier_event_kind_to_string (dossier_event_get_kind (event)));
  dossier_json_add_nullable_string (builder, "stance", dossier_event_stance_to_string (dossier_event_get_stance (event)));
  dossier_json_add_nullable_string (builder, "topic", dossier_event_topic_to_string (dossier_event_get_topic (event)));
  dossier_json_add_nullable_string (builder, "status", dossier_event_status_to_string (dossier_event_get_status (event)));
  json_builder_set_member_name (builder, "confidence");
  json_builder_add_double_value (builder, dossier_event_get_confidence (event));

  json_builder_set_member_name (builder, "actors");
  json_builder_begin_array (builder);
  for (guint i = 0; i < actors->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (actors, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint i = 0; i < sources->len; i++)
    {
      DossierEventSource *source = g_ptr_array_index (sources, i);

      json_builder_begin_object (builder);
      dossier_json_add_nullable_string (builder, "name", source->name);
      dossier_json_add_nullable_string (builder, "date", source->date);
      dossier_json_add_nullable_string (builder, "url", source->url);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "evidence");
  json_builder_begin_array (builder);
  for (guint i = 0; i < evidence->len; i++)
    {
      DossierEvidence *item = g_ptr_array_index (evidence, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "article");
      json_builder_add_int_value (builder, item->article_id);
      dossier_json_add_nullable_string (builder, "quote", item->quote);
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, item->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, item->end);
      dossier_json_add_nullable_string (builder, "prefix", item->prefix);
      dossier_json_add_nullable_string (builder, "suffix", item->suffix);
      json_builder_set_member_name (builder, "annotation");
      if (item->annotation_id > 0)
        json_builder_add_int_value (builder, item->annotation_id);
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}

char *
dossier_export_timeline_json (GPtrArray *events)
{
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  g_return_val_if_fail (events != NULL, NULL);

  sorted = _dossier_timeline_sorted (events);
  json_builder_begin_object (builder);

  /* The eras, so that readers need not hard-code the boundaries. */
  json_builder_set_member_name (builder, "eras");
  json_builder_begin_array (builder);
  for (DossierEra era = DOSSIER_ERA_TRUMP_1; era < DOSSIER_N_ERAS; era++)
    {
      guint32 first, end;
      g_autofree char *start_iso = NULL;
      g_autofree char *end_iso = NULL;

      dossier_era_get_range (era, &first, &end);
      start_iso = _dossier_timeline_julian_to_iso (first);
      end_iso = end != DOSSIER_EDTF_UNBOUNDED_END ? _dossier_timeline_julian_to_iso (end - 1) : NULL;
      json_builder_begin_object (builder);
      dossier_json_add_nullable_string (builder, "id", dossier_era_to_string (era));
      dossier_json_add_nullable_string (builder, "start", start_iso);
      dossier_json_add_nullable_string (builder, "end", end_iso);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "events");
  json_builder_begin_array (builder);
  for (guint i = 0; i < sorted->len; i++)
    add_event (builder, g_ptr_array_index (sorted, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}
