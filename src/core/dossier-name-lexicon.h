/* dossier-name-lexicon.h — small word lists for finding unknown names
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  LEX_STOP         = 1 << 0,  /* capitalised only at a sentence start: function words, days, months */
  LEX_TITLE        = 1 << 1,  /* a title before a person's name: CEO, PDG, président, Sen. */
  LEX_FIRST_NAME   = 1 << 2,
  LEX_ORG_SUFFIX   = 1 << 3,  /* last word of an organization: Inc., Systems, Group */
  LEX_ORG_HEAD     = 1 << 4,  /* first word of an organization: University, Ministère */
  LEX_LOC_HEAD     = 1 << 5,  /* Mount, Lake, Rue, Saint */
  LEX_LOC_SUFFIX   = 1 << 6,  /* Street, Valley, County */
  LEX_LOC_PREP     = 1 << 7,  /* in, at, à, dans: the next name is a place */
  LEX_PARTICLE     = 1 << 8,  /* de, van, bin, al: lower case inside a name */
  LEX_DEMONYM      = 1 << 9,  /* American, Chinese, Français: not an entity */
  LEX_ORG_LINK     = 1 << 10, /* of, de: links words inside organization names */
  LEX_PERSON_VERB  = 1 << 11, /* said, told, a déclaré: the name before is a person */
  /* Common nouns and words that tell what a name next to them is. */
  LEX_PRODUCT      = 1 << 12, /* chips, GPU, model, puces: "Ascend chips", "les puces Ascend" */
  LEX_ORG_NOUN     = 1 << 13, /* company, startup, société: "the startup Humain" */
  LEX_ORG_ATTR     = 1 << 14, /* shares, customers, CEO: "Acme shares" */
  LEX_PLACE_NOUN   = 1 << 15, /* town, village, ville: "the town of Hillsborough" */
  LEX_PLACE_ATTR   = 1 << 16, /* police, residents: "Essen police" */
  LEX_WORK_NOUN    = 1 << 17, /* song, film, festival: a title or an event follows */
  LEX_EVENT        = 1 << 18, /* Act, Cup, Summit, Guerre: names of laws and events */
  LEX_NAME_LINK    = 1 << 19, /* such, as, called, appelée: between a noun and its name */
  LEX_ORG_TITLE    = 1 << 20, /* founder, CEO, PDG: "founder of Acme" */
} DossierLexFlags;

/* Flags of a folded (lower-case, no diacritics) Latin word. */
guint        dossier_lexicon_latin      (const char *folded_word);

/* The hash the Latin word table is keyed by (32-bit FNV-1a), to be
 * computed while a word is folded. */
#define DOSSIER_LEXICON_HASH_INIT 2166136261u

static inline guint32
dossier_lexicon_hash_step (guint32 h,
                           guchar  byte)
{
  return (h ^ byte) * 16777619u;
}

/* The same as dossier_lexicon_latin() for a word of @len bytes (no NUL
 * inside) whose hash is already known. */
guint        dossier_lexicon_latin_hashed (const char *folded_word,
                                           gsize       len,
                                           guint32     hash);

typedef enum
{
  ZH_TRANSLIT     = 1 << 0,  /* used to transliterate foreign names */
  ZH_SURNAME      = 1 << 1,  /* a common Chinese surname */
  ZH_STOP         = 1 << 2,  /* function characters that end a name */
  /* the first character of a word of the lists below */
  ZH_FIRST_TITLE  = 1 << 8,
  ZH_FIRST_AFTER  = 1 << 9,
  ZH_FIRST_ORG    = 1 << 10,
  ZH_FIRST_LOC    = 1 << 11,
  ZH_FIRST_SPEECH = 1 << 12,
  ZH_FIRST_LOANWORD = 1 << 13,
} DossierZhCharFlags;

/* Flags of the CJK Unified Ideographs, where all the characters of the
 * lists are; built once by _dossier_lexicon_zh_init(). Looked up for
 * every character of Chinese text, hence inline. */
#define DOSSIER_LEXICON_ZH_FIRST 0x4E00
#define DOSSIER_LEXICON_ZH_LAST  0x9FFF
extern const guint16 *_dossier_lexicon_zh_flat;
void         _dossier_lexicon_zh_init   (void);

static inline guint
dossier_lexicon_zh_char (gunichar c)
{
  if (c < DOSSIER_LEXICON_ZH_FIRST || c > DOSSIER_LEXICON_ZH_LAST)
    return 0;
  if (G_UNLIKELY (_dossier_lexicon_zh_flat == NULL))
    _dossier_lexicon_zh_init ();
  return _dossier_lexicon_zh_flat[c - DOSSIER_LEXICON_ZH_FIRST];
}

/* Chinese words (UTF-8) at a given position: the length in code points of
 * the longest title / org suffix / place suffix that starts at s, or 0. */
guint        dossier_lexicon_zh_title   (const gunichar *s, guint len);
guint        dossier_lexicon_zh_title_after (const gunichar *s, guint len);
guint        dossier_lexicon_zh_org_suffix (const gunichar *s, guint len);
guint        dossier_lexicon_zh_loc_suffix (const gunichar *s, guint len);
guint        dossier_lexicon_zh_speech  (const gunichar *s, guint len);
guint        dossier_lexicon_zh_loanword (const gunichar *s, guint len);
guint        dossier_lexicon_zh_list_noun (const gunichar *s, guint len);
guint        dossier_lexicon_zh_company_description (const gunichar *s, guint len);
guint        dossier_lexicon_zh_company_noun (const gunichar *s, guint len);

G_END_DECLS
