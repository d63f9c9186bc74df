/* dossier-event.h — one export-policy event on the timeline
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "dossier-edtf.h"
#include "dossier-era.h"

G_BEGIN_DECLS

/* The string forms (enum nicks) are what the library stores and the
 * exports write: "rule-issued", "tightens", "china-controls", … */
typedef enum
{
  DOSSIER_EVENT_KIND_RULE_ISSUED,
  DOSSIER_EVENT_KIND_RULE_RESCINDED,
  DOSSIER_EVENT_KIND_LICENCE_DECISION,
  DOSSIER_EVENT_KIND_DEAL,
  DOSSIER_EVENT_KIND_INVESTIGATION,
  DOSSIER_EVENT_KIND_STATEMENT,
  DOSSIER_EVENT_KIND_DISCLOSURE,
  DOSSIER_N_EVENT_KINDS
} DossierEventKind;

typedef enum
{
  DOSSIER_EVENT_STANCE_TIGHTENS,
  DOSSIER_EVENT_STANCE_LOOSENS,
  DOSSIER_EVENT_STANCE_NEUTRAL,
  DOSSIER_N_EVENT_STANCES
} DossierEventStance;

typedef enum
{
  DOSSIER_EVENT_TOPIC_CHINA_CONTROLS,
  DOSSIER_EVENT_TOPIC_GULF_EXPORTS,
  DOSSIER_EVENT_TOPIC_GLOBAL_CAPS,
  DOSSIER_EVENT_TOPIC_COMPANY_DEALS,
  DOSSIER_N_EVENT_TOPICS
} DossierEventTopic;

typedef enum
{
  DOSSIER_EVENT_STATUS_REFERENCE,
  DOSSIER_EVENT_STATUS_ACCEPTED,
  DOSSIER_EVENT_STATUS_CANDIDATE,
  DOSSIER_EVENT_STATUS_REJECTED,
  DOSSIER_N_EVENT_STATUSES
} DossierEventStatus;

#define DOSSIER_TYPE_EVENT_KIND   (dossier_event_kind_get_type ())
#define DOSSIER_TYPE_EVENT_STANCE (dossier_event_stance_get_type ())
#define DOSSIER_TYPE_EVENT_TOPIC  (dossier_event_topic_get_type ())
#define DOSSIER_TYPE_EVENT_STATUS (dossier_event_status_get_type ())

GType        dossier_event_kind_get_type   (void) G_GNUC_CONST;
GType        dossier_event_stance_get_type (void) G_GNUC_CONST;
GType        dossier_event_topic_get_type  (void) G_GNUC_CONST;
GType        dossier_event_status_get_type (void) G_GNUC_CONST;

const char  *dossier_event_kind_to_string     (DossierEventKind    kind);
gboolean     dossier_event_kind_from_string   (const char         *name,
                                               DossierEventKind   *kind);
const char  *dossier_event_kind_get_label     (DossierEventKind    kind);
const char  *dossier_event_stance_to_string   (DossierEventStance  stance);
gboolean     dossier_event_stance_from_string (const char         *name,
                                               DossierEventStance *stance);
const char  *dossier_event_stance_get_label   (DossierEventStance  stance);
const char  *dossier_event_topic_to_string    (DossierEventTopic   topic);
gboolean     dossier_event_topic_from_string  (const char         *name,
                                               DossierEventTopic  *topic);
const char  *dossier_event_topic_get_label    (DossierEventTopic   topic);
const char  *dossier_event_status_to_string   (DossierEventStatus  status);
gboolean     dossier_event_status_from_string (const char         *name,
                                               DossierEventStatus *status);
const char  *dossier_event_status_get_label   (DossierEventStatus  status);

/* A passage that backs an event. Offsets count code points of the
 * article body, end exclusive; prefix and suffix help re-anchoring. */
#define DOSSIER_TYPE_EVIDENCE (dossier_evidence_get_type ())

typedef struct
{
  gint64  id;              /* row id in the library, 0 when not stored */
  gint64  article_id;
  gint64  annotation_id;   /* 0 when the passage is not an annotation */
  char   *quote;
  char   *prefix;
  char   *suffix;
  guint   start;
  guint   end;
} DossierEvidence;

GType            dossier_evidence_get_type (void) G_GNUC_CONST;
DossierEvidence *dossier_evidence_new      (gint64                 article_id,
                                            guint                  start,
                                            guint                  end,
                                            const char            *quote);
DossierEvidence *dossier_evidence_copy     (const DossierEvidence *evidence);
void             dossier_evidence_free     (DossierEvidence       *evidence);

/* Where a fact comes from: "BIS", "2019-05-16", an optional URL. */
#define DOSSIER_TYPE_EVENT_SOURCE (dossier_event_source_get_type ())

typedef struct
{
  char *name;
  char *date;   /* EDTF or NULL */
  char *url;    /* NULL when none */
} DossierEventSource;

GType               dossier_event_source_get_type (void) G_GNUC_CONST;
DossierEventSource *dossier_event_source_new      (const char               *name,
                                                   const char               *date,
                                                   const char               *url);
DossierEventSource *dossier_event_source_copy     (const DossierEventSource *source);
void                dossier_event_source_free     (DossierEventSource       *source);

#define DOSSIER_TYPE_EVENT (dossier_event_get_type ())

G_DECLARE_FINAL_TYPE (DossierEvent, dossier_event, DOSSIER, EVENT, GObject)

DossierEvent       *dossier_event_new              (void);
/* A deep copy, id included. */
DossierEvent       *dossier_event_copy             (DossierEvent       *self);

gint64              dossier_event_get_id           (DossierEvent       *self);
void                dossier_event_set_id           (DossierEvent       *self,
                                                    gint64              id);
/* Stable across libraries and exports (iCalendar UID, TimelineJS id). */
const char         *dossier_event_get_uid          (DossierEvent       *self);
void                dossier_event_set_uid          (DossierEvent       *self,
                                                    const char         *uid);
/* Sets a fresh random uid ("event-<uuid>"). */
void                dossier_event_generate_uid     (DossierEvent       *self);

const char         *dossier_event_get_title        (DossierEvent       *self);
void                dossier_event_set_title        (DossierEvent       *self,
                                                    const char         *title);
/* Shipped events carry their own translations of the title. */
void                dossier_event_set_title_translation (DossierEvent  *self,
                                                         const char    *lang,
                                                         const char    *title);
const char         *dossier_event_get_title_translation (DossierEvent  *self,
                                                         const char    *lang);
/* The title in @lang (a BCP 47 tag such as "zh-CN" or "fr"), else the
 * stored title. */
const char         *dossier_event_get_title_for_language (DossierEvent *self,
                                                          const char   *lang);
/* Language codes with a translation, sorted; free with g_strfreev(). */
char              **dossier_event_list_title_languages (DossierEvent   *self);

const char         *dossier_event_get_description  (DossierEvent       *self);
void                dossier_event_set_description  (DossierEvent       *self,
                                                    const char         *description);
/* Shipped events carry translations of the description too; the same
 * rules as for titles apply. */
void                dossier_event_set_description_translation (DossierEvent *self,
                                                               const char   *lang,
                                                               const char   *description);
const char         *dossier_event_get_description_translation (DossierEvent *self,
                                                               const char   *lang);
/* The description in @lang, else the stored description (may be NULL). */
const char         *dossier_event_get_description_for_language (DossierEvent *self,
                                                                const char   *lang);
/* Language codes with a translation, sorted; free with g_strfreev(). */
char              **dossier_event_list_description_languages (DossierEvent  *self);
/* EDTF text; see dossier-edtf.h. */
const char         *dossier_event_get_date         (DossierEvent       *self);
void                dossier_event_set_date         (DossierEvent       *self,
                                                    const char         *date);
/* FALSE when the date is not valid EDTF. */
gboolean            dossier_event_get_edtf         (DossierEvent       *self,
                                                    DossierEdtf        *edtf);
DossierEra          dossier_event_get_era          (DossierEvent       *self);

DossierEventKind    dossier_event_get_kind         (DossierEvent       *self);
void                dossier_event_set_kind         (DossierEvent       *self,
                                                    DossierEventKind    kind);
DossierEventStance  dossier_event_get_stance       (DossierEvent       *self);
void                dossier_event_set_stance       (DossierEvent       *self,
                                                    DossierEventStance  stance);
DossierEventTopic   dossier_event_get_topic        (DossierEvent       *self);
void                dossier_event_set_topic        (DossierEvent       *self,
                                                    DossierEventTopic   topic);
DossierEventStatus  dossier_event_get_status       (DossierEvent       *self);
void                dossier_event_set_status       (DossierEvent       *self,
                                                    DossierEventStatus  status);
/* 0–1; 1 for reference and analyst-made events. */
double              dossier_event_get_confidence   (DossierEvent       *self);
void                dossier_event_set_confidence   (DossierEvent       *self,
                                                    double              confidence);
/* Unix times, 0 when not stored. */
gint64              dossier_event_get_created      (DossierEvent       *self);
gint64              dossier_event_get_modified     (DossierEvent       *self);
void                dossier_event_set_times        (DossierEvent       *self,
                                                    gint64              created,
                                                    gint64              modified);

/* Entity ids, in the order added, without duplicates. */
GPtrArray          *dossier_event_get_actors       (DossierEvent       *self);
void                dossier_event_add_actor        (DossierEvent       *self,
                                                    const char         *entity_id);
gboolean            dossier_event_has_actor        (DossierEvent       *self,
                                                    const char         *entity_id);
void                dossier_event_clear_actors     (DossierEvent       *self);

/* DossierEvidence*, owned by the event. */
GPtrArray          *dossier_event_get_evidence     (DossierEvent       *self);
/* Takes a copy of @evidence. */
void                dossier_event_add_evidence     (DossierEvent       *self,
                                                    const DossierEvidence *evidence);
void                dossier_event_clear_evidence   (DossierEvent       *self);

/* DossierEventSource*, owned by the event. */
GPtrArray          *dossier_event_get_sources      (DossierEvent       *self);
void                dossier_event_add_source       (DossierEvent       *self,
                                                    const char         *name,
                                                    const char         *date,
                                                    const char         *url);
void                dossier_event_clear_sources    (DossierEvent       *self);
/* JSON array of {"name","date","url"} as the library stores it. */
char               *dossier_event_sources_to_json  (DossierEvent       *self);
gboolean            dossier_event_sources_from_json (DossierEvent      *self,
                                                     const char        *json,
                                                     GError           **error);

/* For g_ptr_array_sort() (arguments are DossierEvent **): earliest day,
 * then latest day, then uid — the timeline order. */
int                 dossier_event_compare          (gconstpointer       a,
                                                    gconstpointer       b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierEvidence, dossier_evidence_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierEventSource, dossier_event_source_free)

G_END_DECLS
