/* dossier-fts-tokenizer.c — FTS5 tokenizer: unicode61 plus CJK bigrams
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Latin, Cyrillic, Arabic… go through FTS5's unicode61 tokenizer with
 * diacritics removed ("Sénat" finds "senat"). Runs of Han, kana and
 * Hangul, written without spaces, become overlapping bigrams with the
 * single character at the same position: a query of one character
 * matches the unigram, two characters the bigram, longer queries a phrase
 * of consecutive bigrams. Compared with the trigram tokenizer this keeps
 * 1–2 character Chinese queries ("芯片") on the index, keeps word matching
 * for alphabetic scripts and ranks by word (see bench/README.md).
 */
#include "config.h"

#include <string.h>

#include "dossier-library-private.h"

typedef struct
{
  fts5_tokenizer  inner_api;
  Fts5Tokenizer  *inner;
} DossierTokenizer;

typedef struct
{
  void *ctx;
  int (*x_token) (void *, int, const char *, int, int, int);
  int   offset;
} InnerCallback;

static fts5_api *
get_fts5_api (sqlite3 *db)
{
  fts5_api *api = NULL;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT fts5(?1)", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_pointer (stmt, 1, (void *) &api, "fts5_api_ptr", NULL);
  sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return api;
}

static gboolean
is_cjk (gunichar c)
{
  return (c >= 0x3040 && c <= 0x30FF)      /* Hiragana, Katakana */
      || (c >= 0x3400 && c <= 0x4DBF)      /* CJK Extension A */
      || (c >= 0x4E00 && c <= 0x9FFF)      /* CJK Unified Ideographs */
      || (c >= 0xAC00 && c <= 0xD7AF)      /* Hangul syllables */
      || (c >= 0xF900 && c <= 0xFAFF)      /* Compatibility ideographs */
      || (c >= 0x20000 && c <= 0x3134F);   /* Extensions B–G */
}

static int
dossier_tokenizer_create (void           *user_data,
                          const char    **argv,
                          int             argc,
                          Fts5Tokenizer **out)
{
  fts5_api *api = user_data;
  DossierTokenizer *tok = g_new0 (DossierTokenizer, 1);
  void *inner_data = NULL;
  const char *inner_args[] = { "remove_diacritics", "2" };
  int rc;

  rc = api->xFindTokenizer (api, "unicode61", &inner_data, &tok->inner_api);
  if (rc == SQLITE_OK)
    rc = tok->inner_api.xCreate (inner_data, inner_args, G_N_ELEMENTS (inner_args), &tok->inner);
  if (rc != SQLITE_OK)
    {
      g_free (tok);
      return rc;
    }
  *out = (Fts5Tokenizer *) tok;
  return SQLITE_OK;
}

static void
dossier_tokenizer_delete (Fts5Tokenizer *p)
{
  DossierTokenizer *tok = (DossierTokenizer *) p;

  if (tok->inner != NULL)
    tok->inner_api.xDelete (tok->inner);
  g_free (tok);
}

static int
inner_token (void       *data,
             int         flags,
             const char *token,
             int         n_token,
             int         start,
             int         end)
{
  InnerCallback *cb = data;
  return cb->x_token (cb->ctx, flags, token, n_token, start + cb->offset, end + cb->offset);
}

/* A run of n > 1 characters takes n - 1 positions, one per bigram, in
 * documents and queries alike, so phrases line up across runs. Documents
 * also index every character as a unigram colocated with its bigram (the
 * last one with the last bigram). */
static int
emit_cjk_run (void        *ctx,
              int          flags,
              const char  *text,
              const int   *starts,
              int          n_chars,
              int          run_end,
              int        (*x_token) (void *, int, const char *, int, int, int))
{
  gboolean query = (flags & FTS5_TOKENIZE_QUERY) != 0;
  int rc = SQLITE_OK;

  if (n_chars == 1)
    return x_token (ctx, 0, text + starts[0], run_end - starts[0], starts[0], run_end);

  for (int i = 0; i + 1 < n_chars && rc == SQLITE_OK; i++)
    {
      int a = starts[i];
      int b = starts[i + 1];
      int c = i + 2 < n_chars ? starts[i + 2] : run_end;

      rc = x_token (ctx, 0, text + a, c - a, a, c);
      if (query)
        continue;
      if (rc == SQLITE_OK)
        rc = x_token (ctx, FTS5_TOKEN_COLOCATED, text + a, b - a, a, b);
      if (rc == SQLITE_OK && i + 2 == n_chars)
        rc = x_token (ctx, FTS5_TOKEN_COLOCATED, text + b, c - b, b, c);
    }
  return rc;
}

static int
dossier_tokenizer_tokenize (Fts5Tokenizer *p,
                            void          *ctx,
                            int            flags,
                            const char    *text,
                            int            n_text,
                            int          (*x_token) (void *, int, const char *, int, int, int))
{
  DossierTokenizer *tok = (DossierTokenizer *) p;
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (int));
  int pos = 0;
  int rc = SQLITE_OK;

  while (pos < n_text && rc == SQLITE_OK)
    {
      int seg = pos;
      gboolean cjk = FALSE;

      /* One segment: a run of CJK characters, or a run of anything else. */
      while (pos < n_text)
        {
          const char *here = text + pos;
          gunichar c;
          int len;
          gboolean this_cjk;

          if ((guchar) *here < 0x80)
            {
              /* ASCII: most of the text in alphabetic languages. */
              len = 1;
              this_cjk = FALSE;
            }
          else
            {
              c = g_utf8_get_char_validated (here, n_text - pos);
              if (c == (gunichar) -1 || c == (gunichar) -2)
                {
                  c = 0xFFFD;
                  len = 1;
                }
              else
                len = g_utf8_next_char (here) - here;
              this_cjk = is_cjk (c);
            }
          if (pos == seg)
            cjk = this_cjk;
          else if (this_cjk != cjk)
            break;
          if (cjk)
            g_array_append_val (starts, pos);
          pos += len;
        }

      if (cjk)
        {
          rc = emit_cjk_run (ctx, flags, text, (const int *) (void *) starts->data,
                             starts->len, pos, x_token);
          g_array_set_size (starts, 0);
        }
      else
        {
          InnerCallback cb = { ctx, x_token, seg };
          rc = tok->inner_api.xTokenize (tok->inner, &cb, flags, text + seg, pos - seg, inner_token);
        }
    }
  return rc;
}

int
_dossier_fts_register (sqlite3 *db)
{
  static fts5_tokenizer tokenizer = {
    dossier_tokenizer_create,
    dossier_tokenizer_delete,
    dossier_tokenizer_tokenize,
  };
  fts5_api *api = get_fts5_api (db);
  int rc;

  if (api == NULL)
    return SQLITE_ERROR;
  rc = api->xCreateTokenizer (api, "dossier", api, &tokenizer, NULL);
  if (rc == SQLITE_OK)
    rc = _dossier_fts_register_rank (db, api);
  return rc;
}

void
_dossier_fts_append_phrase (GString    *out,
                            const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

struct _DossierFtsQueryTokenizer
{
  fts5_tokenizer  api;
  Fts5Tokenizer  *tokenizer;
};

DossierFtsQueryTokenizer *
_dossier_fts_query_tokenizer_new (sqlite3 *db)
{
  fts5_api *api = get_fts5_api (db);
  DossierFtsQueryTokenizer *self;
  void *user_data = NULL;

  if (api == NULL)
    return NULL;
  self = g_new0 (DossierFtsQueryTokenizer, 1);
  if (api->xFindTokenizer (api, "dossier", &user_data, &self->api) != SQLITE_OK ||
      self->api.xCreate (user_data, NULL, 0, &self->tokenizer) != SQLITE_OK)
    {
      g_free (self);
      return NULL;
    }
  return self;
}

void
_dossier_fts_query_tokenizer_free (DossierFtsQueryTokenizer *self)
{
  if (self == NULL)
    return;
  self->api.xDelete (self->tokenizer);
  g_free (self);
}

static int
append_token (void       *data,
              int         flags,
              const char *token,
              int         n_token,
              int         start,
              int         end)
{
  GString *out = data;

  if (out->len > 0)
    g_string_append_c (out, '\x1f');
  g_string_append_len (out, token, n_token);
  return SQLITE_OK;
}

char *
_dossier_fts_query_tokens (DossierFtsQueryTokenizer *self,
                           const char               *text)
{
  GString *out = g_string_new (NULL);

  self->api.xTokenize (self->tokenizer, out, FTS5_TOKENIZE_QUERY, text, strlen (text), append_token);
  return g_string_free (out, FALSE);
}

char *
_dossier_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *out;

  if (!g_utf8_validate (text, -1, NULL))
    return g_strdup (text);
  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  folded = g_utf8_casefold (decomposed, -1);
  out = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK)
        continue;
      /* Treat the middle dots of transliterated names ("山姆·奥特曼") and
       * hyphens like spaces. */
      if (c == 0x00B7 || c == 0x30FB || c == '-' || g_unichar_isspace (c))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          continue;
        }
      g_string_append_unichar (out, c);
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}
