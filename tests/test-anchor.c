/* test-anchor.c — re-anchoring annotations in changed text
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dossier-anchor.h"

typedef struct
{
  const char          *name;
  const char          *old_body;
  const char          *quote;       /* must occur in old_body; its first occurrence after `after` */
  const char          *after;       /* nullable: text the quote follows in old_body */
  const char          *new_body;
  DossierAnchorStatus  status;
  const char          *new_text;    /* expected text at the new offsets, NULL for orphans */
} AnchorCase;

static const AnchorCase cases[] = {
  { "same-text",
    "Nvidia sold chips. The rule changed in May.",
    "The rule changed", NULL,
    "Nvidia sold chips. The rule changed in May.",
    DOSSIER_ANCHOR_UNCHANGED, "The rule changed" },
  { "text-inserted-before",
    "Nvidia sold chips. The rule changed in May.",
    "The rule changed", NULL,
    "Intro paragraph added.\n\nNvidia sold chips. The rule changed in May.",
    DOSSIER_ANCHOR_MOVED, "The rule changed" },
  { "cjk-inserted-before",
    "英伟达出口芯片。美国商务部在五月修改了规则。",
    "修改了规则", NULL,
    "新增导语。英伟达出口芯片。美国商务部在五月修改了规则。",
    DOSSIER_ANCHOR_MOVED, "修改了规则" },
  { "second-occurrence-by-context",
    "The chips went to Beijing. Later, the chips went to Shanghai instead.",
    "the chips went", "Later, ",
    "Added. The chips went to Beijing. Later, the chips went to Shanghai instead.",
    DOSSIER_ANCHOR_MOVED, "the chips went" },
  { "rewrapped-whitespace",
    "The Commerce Department said the license requirement applies to H20 chips.",
    "license requirement applies", NULL,
    "Note.\nThe Commerce Department said the license\n   requirement applies to H20 chips.",
    DOSSIER_ANCHOR_EDITED, "license\n   requirement applies" },
  { "passage-edited",
    "Officials said on Monday that exports of advanced chips to China would need a licence from now on, a spokesperson confirmed.",
    "exports of advanced chips to China would need a licence", NULL,
    "Officials said on Monday that exports of advanced AI chips to China will need a licence from now on, a spokesperson confirmed.",
    DOSSIER_ANCHOR_EDITED, "exports of advanced AI chips to China will need a licence" },
  { "passage-removed",
    "First paragraph about tariffs.\n\nSecond paragraph: the deal was worth USD 6.6 billion.\n\nThird paragraph.",
    "the deal was worth USD 6.6 billion", NULL,
    "First paragraph about tariffs.\n\nThird paragraph.",
    DOSSIER_ANCHOR_ORPHANED, NULL },
  { "short-quote-elsewhere-is-orphan",
    "Alpha beta gamma. Nvidia announced a plan. Delta epsilon zeta.",
    "Nvidia", NULL,
    "Completely different text where Nvidia appears once more in passing.",
    DOSSIER_ANCHOR_ORPHANED, NULL },
  { "whole-rewrite-is-orphan",
    "The ministry published new rules on semiconductor exports yesterday.",
    "new rules on semiconductor exports", NULL,
    "The ministry published a statement about farm subsidies yesterday.",
    DOSSIER_ANCHOR_ORPHANED, NULL },
  { "at-start-of-body",
    "Breaking: the license rule was revoked. More follows.",
    "Breaking", NULL,
    "Breaking news: the license rule was revoked. More follows.",
    DOSSIER_ANCHOR_UNCHANGED, "Breaking" },
};

static char *
substring_cp (const char *text,
              guint       start,
              guint       end)
{
  return g_utf8_substring (text, start, end);
}

static void
test_anchor_case (gconstpointer data)
{
  const AnchorCase *c = data;
  const char *from = c->old_body;
  const char *at;
  DossierAnchor anchor = { 0 };
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  guint start, end, new_start = G_MAXUINT, new_end = G_MAXUINT;
  glong len = g_utf8_strlen (c->old_body, -1);
  DossierAnchorStatus status;

  if (c->after != NULL)
    from = strstr (c->old_body, c->after) + strlen (c->after);
  at = strstr (from, c->quote);
  g_assert_nonnull (at);
  start = g_utf8_pointer_to_offset (c->old_body, at);
  end = start + g_utf8_strlen (c->quote, -1);
  prefix = substring_cp (c->old_body, start > 32 ? start - 32 : 0, start);
  suffix = substring_cp (c->old_body, end, MIN ((glong) end + 32, len));

  anchor.quote = c->quote;
  anchor.prefix = prefix;
  anchor.suffix = suffix;
  anchor.start = start;
  anchor.end = end;

  status = dossier_anchor_locate (&anchor, c->new_body, &new_start, &new_end);
  g_test_message ("%s: %s [%u, %u)", c->name, dossier_anchor_status_to_string (status),
                  new_start, new_end);
  g_assert_cmpstr (dossier_anchor_status_to_string (status), ==,
                   dossier_anchor_status_to_string (c->status));
  if (c->new_text != NULL)
    {
      g_autofree char *got = substring_cp (c->new_body, new_start, new_end);

      g_assert_cmpstr (got, ==, c->new_text);
    }
  else
    {
      /* Orphans keep the caller's values. */
      g_assert_cmpuint (new_start, ==, G_MAXUINT);
      g_assert_cmpuint (new_end, ==, G_MAXUINT);
    }
}

static void
test_anchor_context_picks_occurrence (void)
{
  /* Two equal sentences; the stored context says it was the second one,
   * which now comes first after an edit. */
  const char *body = "X said yes. Y said no. Z said yes.";
  DossierAnchor anchor = { "said yes", "Z ", ".", 26, 34 };
  guint s = 0, e = 0;

  g_assert_cmpint (dossier_anchor_locate (&anchor, body, &s, &e), ==, DOSSIER_ANCHOR_MOVED);
  g_assert_cmpuint (s, ==, 25);
  g_assert_cmpuint (e, ==, 33);
}

static void
test_anchor_empty_quote (void)
{
  DossierAnchor anchor = { "", NULL, NULL, 0, 0 };

  g_assert_cmpint (dossier_anchor_locate (&anchor, "text", NULL, NULL), ==,
                   DOSSIER_ANCHOR_ORPHANED);
}

static void
test_anchor_offsets_out_of_range (void)
{
  /* Stale offsets beyond the new body must not be read. */
  DossierAnchor anchor = { "tail words here", "with some ", NULL, 500, 515 };
  guint s = 0, e = 0;

  g_assert_cmpint (dossier_anchor_locate (&anchor, "short body with some tail words here", &s, &e),
                   ==, DOSSIER_ANCHOR_MOVED);
  g_assert_cmpuint (s, ==, 21);
  g_assert_cmpuint (e, ==, 36);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/anchor/case/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_anchor_case);
    }
  g_test_add_func ("/anchor/context-picks-occurrence", test_anchor_context_picks_occurrence);
  g_test_add_func ("/anchor/empty-quote", test_anchor_empty_quote);
  g_test_add_func ("/anchor/offsets-out-of-range", test_anchor_offsets_out_of_range);

  return g_test_run ();
}
