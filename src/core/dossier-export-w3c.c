/* dossier-export-w3c.c — annotations as a W3C Web Annotation collection (JSON-LD)
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * https://www.w3.org/TR/annotation-model/ : one AnnotationCollection whose
 * first (and only) AnnotationPage holds every annotation. Selectors count
 * code points, as the model's TextPositionSelector requires.
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "dossier-annotation-export.h"

#define W3C_CONTEXT "http://www.w3.org/ns/anno.jsonld"
#define DEFAULT_COLLECTION_ID "urn:dossier:annotations"

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static void
add_optional_string (JsonBuilder *builder,
                     const char  *member,
                     const char  *value)
{
  if (value != NULL && *value != '\0')
    add_string (builder, member, value);
}

static void
add_time (JsonBuilder *builder,
          const char  *member,
          gint64       unix_time)
{
  g_autofree char *iso = _dossier_annotation_export_iso_time (unix_time);

  add_string (builder, member, iso);
}

/* A CSS class name for a colour the model can carry in its stylesheet:
 * "#rrggbb" or a CSS colour keyword; NULL for anything else. */
static char *
colour_class (const char *colour)
{
  gboolean hex = colour[0] == '#' && (strlen (colour) == 7 || strlen (colour) == 4);

  for (const char *p = colour + (hex ? 1 : 0); *p != '\0'; p++)
    if (hex ? !g_ascii_isxdigit (*p) : !g_ascii_isalpha (*p))
      return NULL;
  if (*colour == '\0')
    return NULL;
  return g_strconcat ("dossier-colour-", hex ? colour + 1 : colour, NULL);
}

static void
add_selectors (JsonBuilder       *builder,
               DossierAnnotation *annotation)
{
  json_builder_set_member_name (builder, "selector");
  json_builder_begin_array (builder);

  json_builder_begin_object (builder);
  add_string (builder, "type", "TextQuoteSelector");
  add_string (builder, "exact", dossier_annotation_get_quote (annotation));
  add_optional_string (builder, "prefix", dossier_annotation_get_prefix (annotation));
  add_optional_string (builder, "suffix", dossier_annotation_get_suffix (annotation));
  json_builder_end_object (builder);

  json_builder_begin_object (builder);
  add_string (builder, "type", "TextPositionSelector");
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, dossier_annotation_get_start (annotation));
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, dossier_annotation_get_end (annotation));
  json_builder_end_object (builder);

  json_builder_end_array (builder);
}

static void
add_annotation (JsonBuilder                   *builder,
                const char                    *collection_id,
                const DossierAnnotationRecord *record)
{
  DossierAnnotation *annotation = record->annotation;
  const char *note = dossier_annotation_get_note (annotation);
  const char * const *tags = dossier_annotation_get_tags (annotation);
  const char *colour = dossier_annotation_get_colour (annotation);
  gboolean has_note = note != NULL && *note != '\0';
  gboolean has_tags = tags != NULL && tags[0] != NULL;
  g_autofree char *id = g_strdup_printf ("%s/%" G_GINT64_FORMAT, collection_id,
                                         dossier_annotation_get_id (annotation));
  g_autofree char *source = dossier_annotation_record_source_uri (record);
  g_autofree char *style = colour != NULL ? colour_class (colour) : NULL;

  json_builder_begin_object (builder);
  add_string (builder, "id", id);
  add_string (builder, "type", "Annotation");
  add_string (builder, "motivation", has_note ? "commenting" : has_tags ? "tagging" : "highlighting");
  add_time (builder, "created", dossier_annotation_get_created (annotation));
  add_time (builder, "modified", dossier_annotation_get_modified (annotation));

  if (style != NULL)
    {
      g_autofree char *css = g_strdup_printf (".%s { background-color: %s; }", style, colour);

      json_builder_set_member_name (builder, "stylesheet");
      json_builder_begin_object (builder);
      add_string (builder, "type", "CssStylesheet");
      add_string (builder, "value", css);
      json_builder_end_object (builder);
    }

  /* A bare highlight has no body, which the model allows. */
  if (has_note || has_tags)
    {
      json_builder_set_member_name (builder, "body");
      json_builder_begin_array (builder);
      if (has_note)
        {
          json_builder_begin_object (builder);
          add_string (builder, "type", "TextualBody");
          add_string (builder, "purpose", "commenting");
          add_string (builder, "format", "text/plain");
          add_string (builder, "value", note);
          json_builder_end_object (builder);
        }
      for (guint i = 0; has_tags && tags[i] != NULL; i++)
        {
          json_builder_begin_object (builder);
          add_string (builder, "type", "TextualBody");
          add_string (builder, "purpose", "tagging");
          add_string (builder, "value", tags[i]);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  json_builder_set_member_name (builder, "target");
  json_builder_begin_object (builder);
  add_string (builder, "source", source);
  if (style != NULL)
    add_string (builder, "styleClass", style);
  add_selectors (builder, annotation);
  json_builder_end_object (builder);

  json_builder_end_object (builder);
}

char *
dossier_annotation_export_w3c (GPtrArray  *records,
                               const char *collection_id)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) sorted = NULL;
  g_autofree char *page_id = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (records != NULL, NULL);

  if (collection_id == NULL)
    collection_id = DEFAULT_COLLECTION_ID;
  page_id = g_strconcat (collection_id, "/page/1", NULL);
  sorted = _dossier_annotation_export_sorted (records);

  json_builder_begin_object (builder);
  add_string (builder, "@context", W3C_CONTEXT);
  add_string (builder, "id", collection_id);
  add_string (builder, "type", "AnnotationCollection");
  add_string (builder, "label", "Dossier annotations");
  json_builder_set_member_name (builder, "total");
  json_builder_add_int_value (builder, sorted->len);

  json_builder_set_member_name (builder, "first");
  json_builder_begin_object (builder);
  add_string (builder, "id", page_id);
  add_string (builder, "type", "AnnotationPage");
  json_builder_set_member_name (builder, "startIndex");
  json_builder_add_int_value (builder, 0);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < sorted->len; i++)
    add_annotation (builder, collection_id, g_ptr_array_index (sorted, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  return g_strconcat (text, "\n", NULL);
}
