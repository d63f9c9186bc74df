/* dossier-event-types.c — event enums, evidence and sources
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dossier-event.h"

/* Enums: the nick is the stored/exported name, the name is the label. */

static const GEnumValue kind_values[] = {
  { DOSSIER_EVENT_KIND_RULE_ISSUED, N_("Rule issued"), "rule-issued" },
  { DOSSIER_EVENT_KIND_RULE_RESCINDED, N_("Rule rescinded"), "rule-rescinded" },
  { DOSSIER_EVENT_KIND_LICENCE_DECISION, N_("Licence decision"), "licence-decision" },
  { DOSSIER_EVENT_KIND_DEAL, N_("Deal"), "deal" },
  { DOSSIER_EVENT_KIND_INVESTIGATION, N_("Investigation"), "investigation" },
  { DOSSIER_EVENT_KIND_STATEMENT, N_("Statement"), "statement" },
  { DOSSIER_EVENT_KIND_DISCLOSURE, N_("Disclosure"), "disclosure" },
  { 0, NULL, NULL }
};

static const GEnumValue stance_values[] = {
  { DOSSIER_EVENT_STANCE_TIGHTENS, N_("Tightens exports"), "tightens" },
  { DOSSIER_EVENT_STANCE_LOOSENS, N_("Loosens exports"), "loosens" },
  { DOSSIER_EVENT_STANCE_NEUTRAL, N_("Neutral"), "neutral" },
  { 0, NULL, NULL }
};

static const GEnumValue topic_values[] = {
  { DOSSIER_EVENT_TOPIC_CHINA_CONTROLS, N_("China controls"), "china-controls" },
  { DOSSIER_EVENT_TOPIC_GULF_EXPORTS, N_("Gulf exports"), "gulf-exports" },
  { DOSSIER_EVENT_TOPIC_GLOBAL_CAPS, N_("Global caps"), "global-caps" },
  { DOSSIER_EVENT_TOPIC_COMPANY_DEALS, N_("Company deals"), "company-deals" },
  { 0, NULL, NULL }
};

static const GEnumValue status_values[] = {
  { DOSSIER_EVENT_STATUS_REFERENCE, N_("Reference"), "reference" },
  { DOSSIER_EVENT_STATUS_ACCEPTED, N_("Accepted"), "accepted" },
  { DOSSIER_EVENT_STATUS_CANDIDATE, N_("Candidate"), "candidate" },
  { DOSSIER_EVENT_STATUS_REJECTED, N_("Rejected"), "rejected" },
  { 0, NULL, NULL }
};

#define DEFINE_ENUM(lower, Values, Count, CType)                                \
GType                                                                           \
dossier_event_##lower##_get_type (void)                                         \
{                                                                               \
  static gsize type_id = 0;                                                     \
  if (g_once_init_enter (&type_id))                                             \
    g_once_init_leave (&type_id,                                                \
                       g_enum_register_static (#CType, Values));                \
  return type_id;                                                               \
}                                                                               \
const char *                                                                    \
dossier_event_##lower##_to_string (CType value)                                 \
{                                                                               \
  g_return_val_if_fail ((int) value >= 0 && (int) value < Count, NULL);         \
  return Values[value].value_nick;                                              \
}                                                                               \
const char *                                                                    \
dossier_event_##lower##_get_label (CType value)                                 \
{                                                                               \
  g_return_val_if_fail ((int) value >= 0 && (int) value < Count, NULL);         \
  return _(Values[value].value_name);                                           \
}                                                                               \
gboolean                                                                        \
dossier_event_##lower##_from_string (const char *name,                          \
                                     CType      *value)                         \
{                                                                               \
  g_return_val_if_fail (value != NULL, FALSE);                                  \
  for (int i = 0; name != NULL && i < Count; i++)                               \
    if (strcmp (Values[i].value_nick, name) == 0)                               \
      {                                                                         \
        *value = (CType) i;                                                     \
        return TRUE;                                                            \
      }                                                                         \
  return FALSE;                                                                 \
}

DEFINE_ENUM (kind, kind_values, DOSSIER_N_EVENT_KINDS, DossierEventKind)
DEFINE_ENUM (stance, stance_values, DOSSIER_N_EVENT_STANCES, DossierEventStance)
DEFINE_ENUM (topic, topic_values, DOSSIER_N_EVENT_TOPICS, DossierEventTopic)
DEFINE_ENUM (status, status_values, DOSSIER_N_EVENT_STATUSES, DossierEventStatus)

/* Evidence and sources */

G_DEFINE_BOXED_TYPE (DossierEvidence, dossier_evidence, dossier_evidence_copy, dossier_evidence_free)
G_DEFINE_BOXED_TYPE (DossierEventSource, dossier_event_source, dossier_event_source_copy,
                     dossier_event_source_free)

DossierEvidence *
dossier_evidence_new (gint64      article_id,
                      guint       start,
                      guint       end,
                      const char *quote)
{
  DossierEvidence *evidence;

  g_return_val_if_fail (start <= end, NULL);
  g_return_val_if_fail (quote != NULL, NULL);

  evidence = g_new0 (DossierEvidence, 1);
  evidence->article_id = article_id;
  evidence->start = start;
  evidence->end = end;
  evidence->quote = g_strdup (quote);
  return evidence;
}

DossierEvidence *
dossier_evidence_copy (const DossierEvidence *evidence)
{
  DossierEvidence *copy;

  g_return_val_if_fail (evidence != NULL, NULL);

  copy = g_memdup2 (evidence, sizeof *evidence);
  copy->quote = g_strdup (evidence->quote);
  copy->prefix = g_strdup (evidence->prefix);
  copy->suffix = g_strdup (evidence->suffix);
  return copy;
}

void
dossier_evidence_free (DossierEvidence *evidence)
{
  if (evidence == NULL)
    return;
  g_free (evidence->quote);
  g_free (evidence->prefix);
  g_free (evidence->suffix);
  g_free (evidence);
}

DossierEventSource *
dossier_event_source_new (const char *name,
                          const char *date,
                          const char *url)
{
  DossierEventSource *source;

  g_return_val_if_fail (name != NULL, NULL);

  source = g_new0 (DossierEventSource, 1);
  source->name = g_strdup (name);
  source->date = g_strdup (date);
  source->url = g_strdup (url);
  return source;
}

DossierEventSource *
dossier_event_source_copy (const DossierEventSource *source)
{
  g_return_val_if_fail (source != NULL, NULL);

  return dossier_event_source_new (source->name, source->date, source->url);
}

void
dossier_event_source_free (DossierEventSource *source)
{
  if (source == NULL)
    return;
  g_free (source->name);
  g_free (source->date);
  g_free (source->url);
  g_free (source);
}
