/* dossier-name-finder-private.h
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-name-finder.h"

G_BEGIN_DECLS

/* Appends the Chinese candidates (DossierNameCandidate) to out. */
void _dossier_name_finder_find_zh (const DossierNormalized *doc,
                                   GArray                  *out);

/* Whether a name of Chinese characters ends at pos: a transliteration or
 * a surname and a given name. */
gboolean _dossier_name_zh_name_ends_at (const gunichar *s,
                                        guint           pos);

/* A Chinese name before a Latin gloss in brackets at pos: 安迪（Andy）. */
gboolean _dossier_name_zh_glossed_name (const gunichar       *s,
                                        guint                 n,
                                        guint                 pos,
                                        DossierNameCandidate *c);

/* A token of text written with spaces (see dossier-name-finder.c). */
typedef struct
{
  guint start;
  guint end;
  /* bytes, not bit fields: a token is written field by field, and bit
   * fields are read-modify-writes of memory just written */
  guint8 is_word;
  guint8 cap;             /* starts with an upper-case letter */
  guint8 all_caps;        /* two or more letters, all upper case */
  guint8 initial;         /* first word of a sentence */
  guint8 has_digit;
  guint8 abbrev;          /* "J." or "U.S.": the period belongs to the word */
  guint8 plural_acronym;  /* "MPs", "CEOs" */
  guint8 folded_done;
  guint lex;
  guint32 hash;           /* of folded, see dossier_lexicon_hash_step() */
  /* lower case, no diacritics, truncated: "" until folded, then in the
   * folding blocks of NameToks (most tokens are never folded, and a token
   * without its folded form inline is 32 bytes instead of 52) */
  const char *folded;
} NameTok;

/* The bytes a folded form may take, its NUL included; that many bytes
 * can be read from the start of any folded form of a word (is_camel_case()
 * copies a prefix of the word's length). */
#define NAME_TOK_FOLDED_SIZE 32

/* The tokens of a text and the folded forms of those looked at. */
typedef struct
{
  NameTok   *v;
  guint      len;
  guint      alloc;
  char      *fold_next;     /* where the next folded form goes */
  char      *fold_end;
  GPtrArray *fold_blocks;
} NameToks;

/* The tokens of the text (dossier-name-finder-tokens.c); @caps receives
 * the indices (guint) of the capitalised words, the only ones a name can
 * start with. */
NameToks *_dossier_name_tokenize (const DossierNormalized *doc,
                                  GArray                  *caps);

void _dossier_name_toks_free (NameToks *toks);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NameToks, _dossier_name_toks_free)

/* Folds the token and looks it up in the word lists. */
void _dossier_name_tok_fold (NameToks       *toks,
                             const gunichar *s,
                             NameTok        *t);

static inline NameTok *
name_tok_at (NameToks       *toks,
             const gunichar *s,
             guint           i)
{
  NameTok *t = &toks->v[i];

  if (t->is_word && !t->folded_done)
    _dossier_name_tok_fold (toks, s, t);
  return t;
}

/* What decided the kind of a candidate, weakest first. */
typedef enum
{
  NAME_EVIDENCE_NONE,        /* the language's default */
  NAME_EVIDENCE_ARTICLE,     /* "the X": no person */
  NAME_EVIDENCE_PLACE_PREP,  /* "in X", "à X" */
  NAME_EVIDENCE_ACRONYM,     /* one word in capitals */
  NAME_EVIDENCE_FIRST_NAME,  /* a known first name */
  NAME_EVIDENCE_PERSON,      /* a title, a verb of speech, an apposition */
  NAME_EVIDENCE_PLACE,       /* a place word inside: "Mount", "Street", "-sur-" */
  NAME_EVIDENCE_ORG,         /* an organization word inside: "Inc.", "University" */
} NameEvidence;

/* The context of the candidates of one text, in order. */
typedef struct
{
  const gunichar *s;
  guint           n;             /* code points of s */
  NameToks       *toks;
  GArray         *out;           /* DossierNameCandidate */
  gboolean        fr;
  gboolean        zh;
  /* the previous candidate, for lists ("such as Reddit, Twitter and
   * Spotify"): its last token + 1, and its kind when a list carries it */
  guint           prev_end;
  DossierSpanKind prev_list_kind;
  gboolean        prev_listed;
} NameScan;

/* A capitalised word that can be part of a name. */
gboolean _dossier_name_tok_is_name_word (const NameTok *t);

/* Only spaces between two tokens, and at least one. */
gboolean _dossier_name_toks_spaced (const gunichar *s,
                                    const NameTok  *a,
                                    const NameTok  *b);

/* French: "rue de la Justice", "école Notre-Dame": the common noun before
 * the name at token a belongs to it (dossier-name-finder-fr.c). */
void _dossier_name_extend_over_facility_noun (NameToks             *toks,
                                              const gunichar       *s,
                                              guint                 a,
                                              const char           *lang,
                                              DossierNameCandidate *c);

/* French: "Fédération française de judo": the last token of the
 * organization's name whose capitalised words end at token b. */
guint _dossier_name_extend_french_organization (NameToks       *toks,
                                                const gunichar *s,
                                                guint           b);

/* "nationale", "française", "scientifique": by the ending. */
gboolean _dossier_name_tok_is_french_adjective (const NameTok *t);

/* A Chinese title or verb of speech right after token b: "Pugh女士". */
gboolean _dossier_name_zh_cue_after (NameScan *scan,
                                     guint     b);

/* Looks at the words around a candidate (tokens a..b, classified as c
 * with evidence) and corrects its kind, or returns FALSE when it names no
 * person, organization or place: a product ("H20", "Ascend chips"), a
 * title in quotes, a law or an event ("Entity List"). */
gboolean _dossier_name_refine (NameScan             *scan,
                               guint                 a,
                               guint                 b,
                               NameEvidence          evidence,
                               DossierNameCandidate *c);

G_END_DECLS
