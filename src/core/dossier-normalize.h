/* dossier-normalize.h — text folding for entity matching
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A text folded for matching: compatibility decomposition (NFKC/NFKD
 * folding of full-width forms and ligatures), case folding, removal of
 * combining marks (Latin diacritics), one middle dot (U+00B7) for · • ‧ ・,
 * one hyphen for the dashes, one apostrophe, one space for runs of white
 * space. Both patterns and texts go through the same folding, so matching
 * is consistent whatever the script.
 *
 * norm[i] came from the original code point orig_index[i]; a normalised
 * range [a, b) covers the original code points
 * [orig_index[a], orig_index[b - 1] + 1). */
typedef struct
{
  gunichar *orig;        /* the original code points */
  guint    *orig_byte;   /* the byte offset of each in the text, and of its end */
  guint     n_orig;
  gunichar *norm;        /* the folded code points */
  guint    *orig_index;  /* for each folded code point, its original index */
  guint     n_norm;
} DossierNormalized;

DossierNormalized *dossier_normalized_new       (const char              *text);
/* The same for @len bytes of @text, which need not end with NUL. */
DossierNormalized *dossier_normalized_new_len   (const char              *text,
                                                 gsize                    len);
void               dossier_normalized_free      (DossierNormalized       *self);
/* Original code point range of the folded range [start, end). */
void               dossier_normalized_orig_range (const DossierNormalized *self,
                                                  guint                    start,
                                                  guint                    end,
                                                  guint                   *orig_start,
                                                  guint                   *orig_end);
/* A newly allocated UTF-8 copy of original code points [start, end). */
char              *dossier_normalized_orig_text (const DossierNormalized *self,
                                                 guint                    orig_start,
                                                 guint                    orig_end);

/* Fold one string; leading and trailing spaces are removed. */
char              *dossier_normalize_string     (const char              *text);
/* Fold one code point into out (at most 18 code points); returns how many. */
guint              dossier_normalize_char       (gunichar                 c,
                                                 gunichar                *out);

gboolean           dossier_unichar_is_cjk       (gunichar                 c);
/* A letter or digit of a script written with spaces between words. */
gboolean           dossier_unichar_is_word      (gunichar                 c);

/* Both are asked for every character of a text: inline versions, the
 * functions above being the same. */
static inline gboolean
_dossier_unichar_is_cjk_inline (gunichar c)
{
  /* most text is below the first block */
  return c >= 0x3040 &&
         ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
          (c >= 0x3040 && c <= 0x30FF) || (c >= 0xF900 && c <= 0xFAFF) ||
          (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x20000 && c <= 0x2FA1F));
}

static inline gboolean
_dossier_unichar_is_word_inline (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  if (_dossier_unichar_is_cjk_inline (c))
    return FALSE;
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

#define dossier_unichar_is_cjk(c) _dossier_unichar_is_cjk_inline (c)
#define dossier_unichar_is_word(c) _dossier_unichar_is_word_inline (c)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierNormalized, dossier_normalized_free)

G_END_DECLS
