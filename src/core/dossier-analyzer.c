/* dossier-analyzer.c
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dossier-analyzer.h"
#include "dossier-analyzer-private.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dossier-dates.h"
#include "dossier-entities-private.h"
#include "dossier-error.h"
#include "dossier-figures.h"
#include "dossier-lexicon.h"
#include "dossier-numbers.h"
#include "dossier-tokens.h"

struct _DossierAnalyzer
{
  GObject  parent_instance;

  DossierCatalog *catalog;   /* or NULL: no entities */
};

G_DEFINE_FINAL_TYPE (DossierAnalyzer, dossier_analyzer, G_TYPE_OBJECT)

static void
dossier_analyzer_dispose (GObject *object)
{
  DossierAnalyzer *self = DOSSIER_ANALYZER (object);

  g_clear_object (&self->catalog);
  G_OBJECT_CLASS (dossier_analyzer_parent_class)->dispose (object);
}

static void
dossier_analyzer_class_init (DossierAnalyzerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dossier_analyzer_dispose;
}

static void
dossier_analyzer_init (DossierAnalyzer *self)
{
}

DossierAnalyzer *
dossier_analyzer_new (DossierCatalog *catalog)
{
  DossierAnalyzer *self;

  g_return_val_if_fail (catalog == NULL || DOSSIER_IS_CATALOG (catalog), NULL);

  self = g_object_new (DOSSIER_TYPE_ANALYZER, NULL);
  if (catalog != NULL)
    self->catalog = g_object_ref (catalog);
  return self;
}

DossierCatalog *
dossier_analyzer_get_catalog (DossierAnalyzer *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANALYZER (self), NULL);

  return self->catalog;
}

/* Which kind wins between two overlapping spans of the same length. */
static int
kind_rank (DossierSpanKind kind)
{
  switch (kind)
    {
    case DOSSIER_SPAN_MONEY: return 0;
    case DOSSIER_SPAN_PERCENT: return 1;
    case DOSSIER_SPAN_DATE: return 2;
    case DOSSIER_SPAN_QUANTITY: return 3;
    case DOSSIER_SPAN_PERSON: return 4;
    case DOSSIER_SPAN_ORGANIZATION: return 5;
    case DOSSIER_SPAN_PLACE: return 6;
    case DOSSIER_SPAN_NUMBER: return 7;
    case DOSSIER_N_SPAN_KINDS:
    default: return 8;
    }
}

static gboolean
better (const DossierSpan *a,
        const DossierSpan *b)
{
  guint la = a->end - a->start, lb = b->end - b->start;

  /* a guess (an unknown name found from its shape) yields to a sure reading */
  if (a->confidence - b->confidence >= 0.3 || b->confidence - a->confidence >= 0.3)
    return a->confidence > b->confidence;
  if (la != lb)
    return la > lb;
  if (a->confidence != b->confidence)
    return a->confidence > b->confidence;
  return kind_rank (a->kind) < kind_rank (b->kind);
}

/* What dossier_span_compare() looks at, side by side: the merge below
 * compares these instead of reaching every span through its pointer. */
typedef struct
{
  guint            start;
  guint            end;
  DossierSpanKind  kind;
  DossierSpan     *span;
} SpanKey;

static inline int
key_cmp (const SpanKey *a, const SpanKey *b)
{
  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  if (a->end != b->end)
    return a->end > b->end ? -1 : 1;
  return (int) a->kind - (int) b->kind;
}

/* Sorts spans stably by dossier_span_compare(). Figures, dates and
 * entities each come sorted, so the array is a few sorted runs: merging
 * them gives what a stable sort gives, in linear time. */
static void
sort_spans (GPtrArray *spans)
{
  enum { MAX_RUNS = 8 };
  guint bounds[MAX_RUNS + 1], n_runs = 0, i;
  SpanKey *a, *tmp;

  if (spans->len < 2)
    return;
  a = g_new (SpanKey, spans->len);
  for (i = 0; i < spans->len; i++)
    {
      DossierSpan *s = g_ptr_array_index (spans, i);
      a[i] = (SpanKey) { s->start, s->end, s->kind, s };
    }
  bounds[0] = 0;
  for (i = 1; i <= spans->len; i++)
    if (i == spans->len || key_cmp (&a[i - 1], &a[i]) > 0)
      {
        if (n_runs == MAX_RUNS)
          {
            g_free (a);
            g_ptr_array_sort (spans, dossier_span_compare);
            return;
          }
        bounds[++n_runs] = i;
      }
  if (n_runs <= 1)
    {
      g_free (a);
      return;
    }

  /* each pass merges pairs of runs from @a into @tmp, then the two swap */
  tmp = g_new (SpanKey, spans->len);
  while (n_runs > 1)
    {
      guint merged = 0;
      SpanKey *swap;

      for (guint r = 0; r < n_runs; r += 2)
        {
          guint lo = bounds[r], mid = bounds[r + 1];
          guint hi = r + 1 < n_runs ? bounds[r + 2] : mid;
          guint x = lo, y = mid, k = lo;

          /* equal spans: the earlier run first, as a stable sort does */
          while (x < mid && y < hi)
            tmp[k++] = key_cmp (&a[y], &a[x]) < 0 ? a[y++] : a[x++];
          while (x < mid)
            tmp[k++] = a[x++];
          while (y < hi)
            tmp[k++] = a[y++];
          bounds[merged++] = lo;
        }
      bounds[merged] = spans->len;
      swap = a;
      a = tmp;
      tmp = swap;
      n_runs = merged;
    }
  for (i = 0; i < spans->len; i++)
    g_ptr_array_index (spans, i) = a[i].span;
  g_free (tmp);
  g_free (a);
}

GPtrArray *
dossier_analyzer_resolve (GPtrArray *spans)
{
  DossierSpan **kept;
  guint n = 0;

  g_return_val_if_fail (spans != NULL, NULL);

  sort_spans (spans);
  g_ptr_array_set_free_func (spans, NULL);

  /* The spans kept are written over the front of the array itself (@n of
   * them, never past the span being read): they are a stack, of which
   * only the last two change. */
  kept = (DossierSpan **) spans->pdata;
  for (guint i = 0; i < spans->len; i++)
    {
      DossierSpan *s = g_ptr_array_index (spans, i);
      DossierSpan *last = n ? kept[n - 1] : NULL;

      if (s->end <= s->start)
        {
          dossier_span_free (s);
          continue;
        }
      if (last == NULL || s->start >= last->end)
        {
          kept[n++] = s;
          continue;
        }
      /* Overlap with the last kept span only: the one before it ends
       * before it starts, so before s starts too (spans come by start). */
      if (better (s, last))
        {
          kept[n - 1] = s;
          dossier_span_free (last);
        }
      else
        dossier_span_free (s);
    }
  g_ptr_array_set_size (spans, n);
  g_ptr_array_set_free_func (spans, (GDestroyNotify) dossier_span_free);
  return spans;
}

/* A cheap guess when the caller gives no language: Chinese when Han
 * characters outnumber Latin letters in the first 16 KB, otherwise NULL,
 * which merges the English and French word lists. */
static const char *
guess_lang (const char *text,
            gsize       len)
{
  guint han = 0, latin = 0;
  gsize n = MIN (len, 16384);

  for (gsize i = 0; i < n; i++)
    {
      guchar c = (guchar) text[i];
      if (c >= 0xE4 && c <= 0xE9)
        han += 2;   /* a Han character is worth a short word */
      else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
        latin++;
    }
  return han * 3 > latin ? "zh" : NULL;
}

/* g_utf8_validate_len()'s answer (NUL excepted, which the caller checks),
 * eight ASCII bytes at a time. */
static gboolean
utf8_validate (const char  *text,
               gsize        len,
               const char **bad)
{
  const guchar *s = (const guchar *) text;
  gsize i = 0;

  while (i < len)
    {
      guchar c = s[i];

      if (c < 0x80)
        {
          guint64 word;

          i++;
          while (i + 8 <= len)
            {
              memcpy (&word, s + i, 8);
              if (word & G_GUINT64_CONSTANT (0x8080808080808080))
                break;
              i += 8;
            }
          continue;
        }
      if (c >= 0xC2 && c <= 0xDF)
        {
          if (i + 1 < len && (s[i + 1] & 0xC0) == 0x80)
            {
              i += 2;
              continue;
            }
        }
      else if (c >= 0xE0 && c <= 0xEF)
        {
          guchar lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;

          if (i + 2 < len && s[i + 1] >= lo && s[i + 1] <= hi && (s[i + 2] & 0xC0) == 0x80)
            {
              i += 3;
              /* a run of Chinese: after E1–EC, any continuation bytes */
              while (i + 2 < len && (guchar) (s[i] - 0xE1) <= 0xEC - 0xE1 && (s[i + 1] & 0xC0) == 0x80 &&
                     (s[i + 2] & 0xC0) == 0x80)
                i += 3;
              continue;
            }
        }
      else if (c >= 0xF0 && c <= 0xF4)
        {
          guchar lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;

          if (i + 3 < len && s[i + 1] >= lo && s[i + 1] <= hi && (s[i + 2] & 0xC0) == 0x80 &&
              (s[i + 3] & 0xC0) == 0x80)
            {
              i += 4;
              continue;
            }
        }
      *bad = text + i;
      return FALSE;
    }
  *bad = text + len;
  return TRUE;
}

/* Analyses @text, @len bytes of UTF-8 without NUL. */
static GPtrArray *
analyze_valid (DossierAnalyzer  *self,
               const char       *text,
               gsize             len,
               const char       *lang,
               const char       *ref_date,
               GError          **error)
{
  const DossierLexicon *lexicon;
  DossierTokens tokens;
  GPtrArray *spans;
  GDate ref;

  g_date_clear (&ref, 1);
  if (ref_date != NULL && !dossier_date_parse_iso (ref_date, &ref))
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                   _("“%s” is not a reference date of the form YYYY-MM-DD"), ref_date);
      return NULL;
    }
  if (lang != NULL && (lang[0] == '\0' || strcmp (lang, "und") == 0))
    lang = NULL;

  spans = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_span_free);
  if (lang == NULL)
    lang = guess_lang (text, len);
  lexicon = dossier_lexicon_get (lang);
  dossier_tokens_init (&tokens, text, len, dossier_lexicon_token_lookup, lexicon);

  dossier_figures_scan (&tokens, lexicon, lang, spans);
  dossier_dates_scan (&tokens, lexicon, lang, g_date_valid (&ref) ? &ref : NULL, spans);
  dossier_tokens_clear (&tokens);

  if (self->catalog != NULL)
    {
      GPtrArray *entities = _dossier_entities_find_valid (self->catalog, text, len, lang);

      /* the entity spans move over, in one copy */
      if (entities != NULL)
        g_ptr_array_extend_and_steal (spans, entities);
    }

  return dossier_analyzer_resolve (spans);
}

GPtrArray *
dossier_analyzer_analyze_full (DossierAnalyzer  *self,
                               const char       *text,
                               gssize            length,
                               const char       *lang,
                               const char       *ref_date,
                               GError          **error)
{
  const char *bad;
  gsize len;

  g_return_val_if_fail (DOSSIER_IS_ANALYZER (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  len = length < 0 ? strlen (text) : (gsize) length;
  if (memchr (text, '\0', len) != NULL)
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_INVALID_INPUT,
                   _("The text holds a NUL character; it is not plain text"));
      return NULL;
    }
  if (!utf8_validate (text, len, &bad))
    {
      g_set_error (error, DOSSIER_ERROR, DOSSIER_ERROR_ENCODING,
                   _("The text is not valid UTF-8 (bad byte at offset %lu); convert it to UTF-8 before analysis"),
                   (unsigned long) (bad - text));
      return NULL;
    }
  return analyze_valid (self, text, len, lang, ref_date, error);
}

GPtrArray *
_dossier_analyzer_analyze_valid (DossierAnalyzer  *self,
                                 const char       *text,
                                 gsize             len,
                                 const char       *lang,
                                 const char       *ref_date,
                                 GError          **error)
{
  g_return_val_if_fail (DOSSIER_IS_ANALYZER (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return analyze_valid (self, text, len, lang, ref_date, error);
}

GPtrArray *
dossier_analyzer_analyze (DossierAnalyzer *self,
                          const char      *text,
                          const char      *lang,
                          const char      *ref_date)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *spans;

  g_return_val_if_fail (DOSSIER_IS_ANALYZER (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  spans = dossier_analyzer_analyze_full (self, text, -1, lang, ref_date, &error);
  if (spans == NULL)
    g_debug ("Analysis refused: %s", error->message);
  return spans;
}
