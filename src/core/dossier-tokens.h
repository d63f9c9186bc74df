/* dossier-tokens.h — one pass over UTF-8 text into small tokens
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figure and date scanners work on this token array rather than on
 * bytes: a word, a run of digits, one CJK character, a run of blanks or
 * one punctuation mark. Each token keeps its byte and code-point offsets,
 * so spans can be reported in code points without another walk.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_TOKEN_WORD,    /* letters (Latin, Greek, Cyrillic…), lower-cased key in the table */
  DOSSIER_TOKEN_DIGITS,  /* ASCII or full-width digits */
  DOSSIER_TOKEN_CJK,     /* one Han / kana / hangul character */
  DOSSIER_TOKEN_SPACE,   /* blanks, including no-break spaces; flag NEWLINE when a line ends */
  DOSSIER_TOKEN_PUNCT,   /* any other single character */
} DossierTokenType;

enum
{
  DOSSIER_TOKEN_FLAG_NEWLINE = 1 << 0,  /* a SPACE token holding a line break */
  DOSSIER_TOKEN_FLAG_UPPER   = 1 << 1,  /* a WORD starting with a capital */
  DOSSIER_TOKEN_FLAG_NBSP    = 1 << 2,  /* a SPACE token made of one (narrow) no-break space */
  DOSSIER_TOKEN_FLAG_ONE_SPACE = 1 << 3, /* a SPACE token of exactly one character */
};

typedef struct
{
  guint8   type;      /* DossierTokenType */
  guint8   flags;
  guint16  kw;        /* keyword id (see dossier-keywords), 0 when none */
  guint32  b0, b1;    /* byte offsets, b1 exclusive */
  guint32  c0, c1;    /* code-point offsets, c1 exclusive */
  gunichar ch;        /* CJK / PUNCT: the character, full-width forms folded to ASCII;
                       * DIGITS: the number of digits */
  guint64  num;       /* DIGITS: the value (saturates past 18 digits) */
} DossierToken;

typedef struct
{
  const char   *text;
  gsize         length;
  DossierToken *tok;
  guint         n;
  guint         alloc;
} DossierTokens;

/* Splits @text (valid UTF-8, @length bytes) into tokens. @lookup gives a
 * keyword id for a lower-cased, accent-folded word (NULL for none); the
 * word is NUL-terminated and its buffer holds zeros up to its 32nd byte,
 * so that a lookup may read the first 16 bytes whole. */
typedef guint16 (*DossierKeywordLookup) (gconstpointer  data,
                                         const char    *folded,
                                         gsize          length);

void     dossier_tokens_init   (DossierTokens        *tokens,
                                const char           *text,
                                gsize                 length,
                                DossierKeywordLookup  lookup,
                                gconstpointer         lookup_data);
void     dossier_tokens_clear  (DossierTokens        *tokens);

/* Copies the lower-cased, accent-folded form of word token @i into @buf
 * (NUL-terminated); returns its length, or 0 when it does not fit. */
gsize    dossier_tokens_fold   (const DossierTokens  *tokens,
                                guint                 i,
                                char                 *buf,
                                gsize                 size);

/* The text between the start of token @first and the end of token @last
 * (inclusive), newly allocated. */
char    *dossier_tokens_dup    (const DossierTokens  *tokens,
                                guint                 first,
                                guint                 last);

/* The number of ASCII letters (A–Z, a–z) at the start of @p, not reading
 * at or past @end. */
gsize    _dossier_tokens_ascii_letter_run  (const char *p,
                                            const char *end);

/* Folds full-width ASCII forms and a few typographic variants to ASCII. */
gunichar dossier_tokens_unichar_fold_width (gunichar c);

/* Whether @c is written with Han, kana or hangul characters. */
gboolean dossier_tokens_unichar_is_cjk     (gunichar c);

G_END_DECLS
