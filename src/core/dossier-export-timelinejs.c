/* dossier-export-timelinejs.c — the timeline as TimelineJS 3 JSON
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TimelineJS has one group (lane) per event and no notion of uncertain
 * dates: topics become groups, administrations become eras, evidence
 * quotes and sources go in the slide text, and uncertainty is written into
 * the displayed date.
 */
#include "config.h"

#include "dossier-timeline-export.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

static void
add_date (JsonBuilder *builder,
          const char  *name,
          guint32      julian,
          int          precision)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);

  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "year");
  json_builder_add_int_value (builder, g_date_get_year (&date));
  if (precision >= DOSSIER_EDTF_PRECISION_MONTH)
    {
      json_builder_set_member_name (builder, "month");
      json_builder_add_int_value (builder, g_date_get_month (&date));
    }
  if (precision >= DOSSIER_EDTF_PRECISION_DAY)
    {
      json_builder_set_member_name (builder, "day");
      json_builder_add_int_value (builder, g_date_get_day (&date));
    }
  json_builder_end_object (builder);
}

static void
add_text (JsonBuilder *builder,
          const char  *headline,
          const char  *html)
{
  json_builder_set_member_name (builder, "text");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "headline");
  json_builder_add_string_value (builder, headline);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, html);
  json_builder_end_object (builder);
}

static char *
display_date (DossierEvent      *event,
              const DossierEdtf *edtf)
{
  const char *date = dossier_event_get_date (event);

  if (dossier_edtf_is_uncertain (edtf) && dossier_edtf_is_approximate (edtf))
    /* Translators: %s is a date such as 2025-05. */
    return g_strdup_printf (_("%s (uncertain, approximate)"), date);
  if (dossier_edtf_is_uncertain (edtf))
    /* Translators: %s is a date such as 2025-05. */
    return g_strdup_printf (_("%s (uncertain)"), date);
  if (dossier_edtf_is_approximate (edtf))
    /* Translators: %s is a date such as 2025-05. */
    return g_strdup_printf (_("%s (approximate)"), date);
  return g_strdup (date);
}

static char *
slide_html (DossierEvent *event,
            const char   *lang)
{
  GString *html = g_string_new (NULL);
  GPtrArray *evidence = dossier_event_get_evidence (event);
  GPtrArray *sources = dossier_event_get_sources (event);
  DossierEra era = dossier_event_get_era (event);
  const char *description = dossier_event_get_description_for_language (event, lang);
  g_autofree char *facts = NULL;

  if (description != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (description, -1);
      g_string_append_printf (html, "<p>%s</p>", escaped);
    }

  facts = g_markup_printf_escaped ("<p>%s · %s · %s · %s</p>",
                                   dossier_era_get_label (era),
                                   dossier_event_kind_get_label (dossier_event_get_kind (event)),
                                   dossier_event_stance_get_label (dossier_event_get_stance (event)),
                                   dossier_event_status_get_label (dossier_event_get_status (event)));
  g_string_append (html, facts);

  for (guint i = 0; i < evidence->len; i++)
    {
      DossierEvidence *item = g_ptr_array_index (evidence, i);
      g_autofree char *quote = g_markup_printf_escaped ("<blockquote>%s</blockquote>", item->quote);

      g_string_append (html, quote);
    }

  if (sources->len > 0)
    {
      g_string_append_printf (html, "<p>%s ", _("Sources:"));
      for (guint i = 0; i < sources->len; i++)
        {
          DossierEventSource *source = g_ptr_array_index (sources, i);
          g_autofree char *name = g_markup_escape_text (source->name, -1);

          if (i > 0)
            g_string_append (html, "; ");
          /* Only web links; anything else could run script in the page. */
          if (source->url != NULL &&
              (g_str_has_prefix (source->url, "https://") || g_str_has_prefix (source->url, "http://")))
            {
              g_autofree char *url = g_markup_escape_text (source->url, -1);
              g_string_append_printf (html, "<a href=\"%s\">%s</a>", url, name);
            }
          else
            g_string_append (html, name);
          if (source->date != NULL)
            {
              g_autofree char *date = g_markup_escape_text (source->date, -1);
              g_string_append_printf (html, " (%s)", date);
            }
        }
      g_string_append (html, "</p>");
    }

  return g_string_free (html, FALSE);
}

static void
add_event (JsonBuilder  *builder,
           DossierEvent *event,
           const char   *lang)
{
  DossierEdtf edtf;
  g_autofree char *headline = NULL;
  g_autofree char *html = NULL;
  g_autofree char *shown = NULL;
  DossierEdtfPoint *first;
  DossierEdtfPoint *last = NULL;

  /* Events whose date is not valid cannot be placed on a timeline. */
  if (!dossier_event_get_edtf (event, &edtf))
    return;

  /* TimelineJS needs a start: an interval with an open start begins at its end. */
  first = edtf.start.kind == DOSSIER_EDTF_POINT_DATE ? &edtf.start : &edtf.end;
  if (edtf.is_interval && first == &edtf.start && edtf.end.kind == DOSSIER_EDTF_POINT_DATE)
    last = &edtf.end;

  json_builder_begin_object (builder);
  add_date (builder, "start_date", dossier_edtf_point_get_earliest (first), first->precision);
  if (last != NULL)
    add_date (builder, "end_date", dossier_edtf_point_get_latest (last), last->precision);
  shown = display_date (event, &edtf);
  json_builder_set_member_name (builder, "display_date");
  json_builder_add_string_value (builder, shown);

  headline = g_markup_escape_text (dossier_event_get_title_for_language (event, lang), -1);
  html = slide_html (event, lang);
  add_text (builder, headline, html);

  json_builder_set_member_name (builder, "group");
  json_builder_add_string_value (builder,
                                 dossier_event_topic_get_label (dossier_event_get_topic (event)));
  json_builder_set_member_name (builder, "unique_id");
  json_builder_add_string_value (builder, dossier_event_get_uid (event));
  json_builder_end_object (builder);
}

char *
dossier_export_timelinejs (GPtrArray  *events,
                           const char *lang)
{
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  guint32 min_day = DOSSIER_EDTF_UNBOUNDED_END, max_day = DOSSIER_EDTF_UNBOUNDED_START;

  g_return_val_if_fail (events != NULL, NULL);

  sorted = _dossier_timeline_sorted (events);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "title");
  json_builder_begin_object (builder);
  add_text (builder, _("US AI-chip export policy"),
            _("<p>Events of the Dossier timeline, grouped by topic, with the passages "
              "that back them.</p>"));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "events");
  json_builder_begin_array (builder);
  for (guint i = 0; i < sorted->len; i++)
    {
      DossierEvent *event = g_ptr_array_index (sorted, i);
      DossierEdtf edtf;

      if (!dossier_event_get_edtf (event, &edtf))
        continue;
      add_event (builder, event, lang);
      if (edtf.start.kind == DOSSIER_EDTF_POINT_DATE)
        min_day = MIN (min_day, dossier_edtf_get_earliest (&edtf));
      else
        min_day = MIN (min_day, dossier_edtf_get_latest (&edtf));
      if (dossier_edtf_get_latest (&edtf) != DOSSIER_EDTF_UNBOUNDED_END)
        max_day = MAX (max_day, dossier_edtf_get_latest (&edtf));
      else
        max_day = MAX (max_day, dossier_edtf_get_earliest (&edtf));
    }
  json_builder_end_array (builder);

  /* Eras that overlap the events, clipped to them so the running
   * administration does not stretch the timeline into the future. */
  json_builder_set_member_name (builder, "eras");
  json_builder_begin_array (builder);
  for (DossierEra era = DOSSIER_ERA_TRUMP_1; min_day <= max_day && era < DOSSIER_N_ERAS; era++)
    {
      guint32 first, end;

      dossier_era_get_range (era, &first, &end);
      if (end <= min_day || first > max_day)
        continue;
      json_builder_begin_object (builder);
      add_date (builder, "start_date", MAX (first, min_day), DOSSIER_EDTF_PRECISION_DAY);
      add_date (builder, "end_date", MIN (end - 1, max_day), DOSSIER_EDTF_PRECISION_DAY);
      add_text (builder, dossier_era_get_label (era), "");
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}
