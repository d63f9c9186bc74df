/* dossier-export-ics.c — the timeline as iCalendar (RFC 5545)
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Events are all-day events (VALUE=DATE) covering the days the EDTF date
 * may mean: a month-precision date spans its month. What a calendar cannot
 * say goes in X-DOSSIER-* properties: the EDTF text, precision,
 * uncertainty, era, kind, stance, topic, status and actors. UIDs come from
 * the event's uid, so a re-export updates the same calendar entries.
 */
#include "config.h"

#include "dossier-timeline-export.h"

#include <string.h>

#include <glib/gi18n.h>

#define MAX_LINE_OCTETS 75

/* Appends one content line, folded so that no line exceeds 75 octets
 * (CRLF excluded) and no UTF-8 sequence is cut in two. */
static void
append_line (GString    *out,
             const char *line)
{
  gsize len = strlen (line);
  gsize pos = 0;
  gsize limit = MAX_LINE_OCTETS;

  while (len - pos > limit)
    {
      gsize cut = pos + limit;

      /* Back off to the start of a character. */
      while (cut > pos && ((guchar) line[cut] & 0xC0) == 0x80)
        cut--;
      g_string_append_len (out, line + pos, cut - pos);
      g_string_append (out, "\r\n ");
      pos = cut;
      limit = MAX_LINE_OCTETS - 1;   /* the leading space counts */
    }
  g_string_append (out, line + pos);
  g_string_append (out, "\r\n");
}

/* TEXT value escaping (RFC 5545 §3.3.11); control characters are dropped. */
static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text; p != NULL && *p; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case ';':
          g_string_append (out, "\\;");
          break;
        case ',':
          g_string_append (out, "\\,");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        default:
          if ((guchar) *p >= 0x20 && *p != 0x7F)
            g_string_append_c (out, *p);
          else if (*p == '\t')
            g_string_append_c (out, ' ');
        }
    }
}

static void
append_property (GString    *out,
                 const char *name,
                 const char *value,
                 gboolean    escape)
{
  g_autoptr(GString) line = g_string_new (name);

  g_string_append_c (line, ':');
  if (escape)
    append_escaped (line, value);
  else
    g_string_append (line, value);
  append_line (out, line->str);
}

static char *
format_day (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_strdup_printf ("%04d%02d%02d", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
}

static char *
describe (DossierEvent *event,
          const char   *lang)
{
  GString *text = g_string_new (NULL);
  GPtrArray *evidence = dossier_event_get_evidence (event);
  GPtrArray *sources = dossier_event_get_sources (event);
  const char *description = dossier_event_get_description_for_language (event, lang);

  if (description != NULL)
    g_string_append_printf (text, "%s\n", description);
  for (guint i = 0; i < evidence->len; i++)
    {
      DossierEvidence *item = g_ptr_array_index (evidence, i);
      g_string_append_printf (text, "\n“%s”", item->quote);
    }
  if (sources->len > 0)
    {
      g_string_append_printf (text, "\n%s", _("Sources:"));
      for (guint i = 0; i < sources->len; i++)
        {
          DossierEventSource *source = g_ptr_array_index (sources, i);

          g_string_append_printf (text, "\n- %s", source->name);
          if (source->date != NULL)
            g_string_append_printf (text, " (%s)", source->date);
          if (source->url != NULL)
            g_string_append_printf (text, " %s", source->url);
        }
    }
  /* No trailing newline. */
  while (text->len > 0 && text->str[text->len - 1] == '\n')
    g_string_truncate (text, text->len - 1);
  return g_string_free (text, FALSE);
}

static const char *
ics_status (DossierEventStatus status)
{
  switch (status)
    {
    case DOSSIER_EVENT_STATUS_CANDIDATE:
      return "TENTATIVE";
    case DOSSIER_EVENT_STATUS_REJECTED:
      return "CANCELLED";
    case DOSSIER_EVENT_STATUS_REFERENCE:
    case DOSSIER_EVENT_STATUS_ACCEPTED:
    default:
      return "CONFIRMED";
    }
}

static void
append_event (GString      *out,
              DossierEvent *event,
              const char   *lang)
{
  DossierEdtf edtf;
  guint32 first, last;
  gint64 stamp;
  g_autofree char *uid = NULL;
  g_autofree char *dtstamp = NULL;
  g_autofree char *start = NULL;
  g_autofree char *description = NULL;
  g_autoptr(GString) categories = g_string_new (NULL);
  g_autoptr(GDateTime) stamp_time = NULL;
  GPtrArray *actors = dossier_event_get_actors (event);
  GPtrArray *sources = dossier_event_get_sources (event);
  const char *era;

  if (!dossier_event_get_edtf (event, &edtf))
    return;

  first = dossier_edtf_get_earliest (&edtf);
  last = dossier_edtf_get_latest (&edtf);
  /* An open start shows the event on its known end day. */
  if (first == DOSSIER_EDTF_UNBOUNDED_START)
    first = last;

  append_line (out, "BEGIN:VEVENT");
  uid = g_strconcat (dossier_event_get_uid (event), "@dossier", NULL);
  append_property (out, "UID", uid, TRUE);

  /* DTSTAMP is required; the last change keeps exports reproducible. */
  stamp = dossier_event_get_modified (event);
  if (stamp <= 0)
    {
      GDate epoch;

      g_date_clear (&epoch, 1);
      g_date_set_dmy (&epoch, 1, G_DATE_JANUARY, 1970);
      stamp = ((gint64) first - (gint64) g_date_get_julian (&epoch)) * 86400;
    }
  stamp_time = g_date_time_new_from_unix_utc (MAX (stamp, 0));
  dtstamp = g_date_time_format (stamp_time, "%Y%m%dT%H%M%SZ");
  append_property (out, "DTSTAMP", dtstamp, FALSE);

  start = format_day (first);
  append_property (out, "DTSTART;VALUE=DATE", start, FALSE);
  if (last != DOSSIER_EDTF_UNBOUNDED_END)
    {
      g_autofree char *end = format_day (last + 1);   /* DTEND is exclusive */
      append_property (out, "DTEND;VALUE=DATE", end, FALSE);
    }

  append_property (out, "SUMMARY", dossier_event_get_title_for_language (event, lang), TRUE);
  description = describe (event, lang);
  if (*description != '\0')
    append_property (out, "DESCRIPTION", description, TRUE);

  append_escaped (categories, dossier_event_topic_to_string (dossier_event_get_topic (event)));
  g_string_append_c (categories, ',');
  append_escaped (categories, dossier_event_kind_to_string (dossier_event_get_kind (event)));
  g_string_append_c (categories, ',');
  append_escaped (categories, dossier_event_stance_to_string (dossier_event_get_stance (event)));
  append_property (out, "CATEGORIES", categories->str, FALSE);
  append_property (out, "STATUS", ics_status (dossier_event_get_status (event)), FALSE);
  append_property (out, "TRANSP", "TRANSPARENT", FALSE);
  for (guint i = 0; i < sources->len; i++)
    {
      DossierEventSource *source = g_ptr_array_index (sources, i);

      if (source->url != NULL && strchr (source->url, ':') != NULL)
        {
          append_property (out, "URL", source->url, FALSE);
          break;
        }
    }

  append_property (out, "X-DOSSIER-EDTF", dossier_event_get_date (event), TRUE);
  append_property (out, "X-DOSSIER-PRECISION",
                   dossier_edtf_precision_to_string (dossier_edtf_get_precision (&edtf)), FALSE);
  append_property (out, "X-DOSSIER-UNCERTAIN", dossier_edtf_is_uncertain (&edtf) ? "TRUE" : "FALSE", FALSE);
  append_property (out, "X-DOSSIER-APPROXIMATE", dossier_edtf_is_approximate (&edtf) ? "TRUE" : "FALSE", FALSE);
  era = dossier_era_to_string (dossier_event_get_era (event));
  append_property (out, "X-DOSSIER-ERA", era != NULL ? era : "none", FALSE);
  append_property (out, "X-DOSSIER-KIND", dossier_event_kind_to_string (dossier_event_get_kind (event)), FALSE);
  append_property (out, "X-DOSSIER-STANCE", dossier_event_stance_to_string (dossier_event_get_stance (event)), FALSE);
  append_property (out, "X-DOSSIER-TOPIC", dossier_event_topic_to_string (dossier_event_get_topic (event)), FALSE);
  append_property (out, "X-DOSSIER-STATUS", dossier_event_status_to_string (dossier_event_get_status (event)), FALSE);
  if (actors->len > 0)
    {
      g_autoptr(GString) list = g_string_new (NULL);

      for (guint i = 0; i < actors->len; i++)
        {
          if (i > 0)
            g_string_append_c (list, ',');
          append_escaped (list, g_ptr_array_index (actors, i));
        }
      append_property (out, "X-DOSSIER-ACTORS", list->str, FALSE);
    }
  append_line (out, "END:VEVENT");
}

char *
dossier_export_ics (GPtrArray  *events,
                    const char *lang)
{
  g_autoptr(GPtrArray) sorted = NULL;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (events != NULL, NULL);

  sorted = _dossier_timeline_sorted (events);

  append_line (out, "BEGIN:VCALENDAR");
  append_line (out, "VERSION:2.0");
  append_line (out, "PRODID:-//Dossier//Timeline " PACKAGE_VERSION "//EN");
  append_line (out, "CALSCALE:GREGORIAN");
  append_property (out, "X-WR-CALNAME", _("US AI-chip export policy"), TRUE);
  for (guint i = 0; i < sorted->len; i++)
    append_event (out, g_ptr_array_index (sorted, i), lang);
  append_line (out, "END:VCALENDAR");

  return g_string_free (out, FALSE);
}
