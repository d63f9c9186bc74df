/* dossier-html-private.h — shared by the HTML extractor's files
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/HTMLtree.h>

#include "dossier-importer-private.h"

G_BEGIN_DECLS

/* libxml2 stops nesting at 256 levels; HTML_PARSE_HUGE is not used because
 * it lifts that limit altogether (a 100,000-level page then parses into a
 * 100,000-level tree). This bound keeps every recursive walk safe even if
 * the parser's limit changes. */
#define MAX_DEPTH 1024

typedef struct
{
  double   score;       /* paragraph scores received, then the final score */
  double   initial;     /* from the tag and the class/id words */
  guint    text;        /* weighted characters of visible text below */
  guint    link_text;   /* the part of it inside <a> */
  guint    commas;      /* , ， 、 。 ； and friends */
  guint    paragraphs;  /* <p> below */
  gboolean removed;
  gboolean candidate;
  /* The element's own text nodes (not its children's), measured once:
   * after furniture removal the counts are summed again from these. */
  gboolean measured;
  guint    own_text;        /* weight of the text nodes */
  guint    own_text_commas;
  guint    own_cdata;       /* weight of the CDATA sections */
  guint    own_cdata_commas;
} Info;

/* Every element of the parsed page carries its Info in _private. */
#define INFO(node) ((Info *) (node)->_private)

typedef struct
{
  DossierExtracted *extracted;
  GString          *current;
  const char       *title;
  gboolean          pre;
} Output;

/* The class/id word patterns (dossier-html-classes.c). */
typedef enum
{
  DOSSIER_HTML_CLASS_UNLIKELY,   /* furniture: share, sidebar, related… */
  DOSSIER_HTML_CLASS_MAYBE,      /* …unless it also says article, content… */
  DOSSIER_HTML_CLASS_NEGATIVE,   /* lowers a block's score */
  DOSSIER_HTML_CLASS_POSITIVE,   /* raises it */
  DOSSIER_HTML_N_CLASS_PATTERNS
} DossierHtmlClassPattern;

extern const char * const _dossier_html_block_tags[];
extern const char * const _dossier_html_heading_tags[];

gboolean  _dossier_html_is                 (xmlNode            *node,
                                            const char         *name);
gboolean  _dossier_html_is_any             (xmlNode            *node,
                                            const char * const *names);
char     *_dossier_html_attr               (xmlNode            *node,
                                            const char         *name);
char     *_dossier_html_class_and_id       (xmlNode            *node);
int       _dossier_html_class_weight       (xmlNode            *node);
double    _dossier_html_link_density       (xmlNode            *node);

/* dossier-html-classes.c; @class_and_id comes from
 * _dossier_html_class_and_id(). */
gboolean  _dossier_html_class_matches      (DossierHtmlClassPattern  which,
                                            const char              *class_and_id);
gboolean  _dossier_html_class_matches_regex (DossierHtmlClassPattern  which,
                                             const char              *class_and_id);
gboolean  _dossier_html_class_patterns_are_words (void);

/* dossier-html-output.c */
void      _dossier_html_flush              (Output             *out);
void      _dossier_html_emit               (Output             *out,
                                            xmlNode            *parent,
                                            guint               depth);
GPtrArray *_dossier_html_gather_siblings   (xmlNode            *top);
char     *_dossier_html_date_near_headline (xmlNode            *top);

G_END_DECLS
