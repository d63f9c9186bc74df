/* dossier-json-lines.c — the lines of `dossier-cli analyze --jsonl`: its
 * input read without building a JSON tree, its spans written by hand
 *
 * Copyright 2026 The Dossier authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "dossier-json-lines.h"

#include <math.h>
#include <string.h>

/* A general JSON parser builds a node for every value and copies every
 * string; the analyzer needs four members of one flat object. This reader
 * checks the whole line in one pass (strict JSON, UTF-8), then decodes the
 * four strings in place. Whatever it is unsure of, it leaves to the
 * general parser, so that errors and unusual input read exactly as they
 * always did. */

#define MAX_DEPTH 32

/* Bytes inside a string */
enum
{
  PLAIN,      /* printable ASCII */
  QUOTE,
  BACKSLASH,
  CONTROL,    /* U+0000–U+001F, not allowed raw */
  LEAD2,      /* C2–DF */
  LEAD3,      /* E0–EF */
  LEAD4,      /* F0–F4 */
  BAD,        /* continuation bytes out of place, C0, C1, F5–FF */
};

static const guint8 byte_class[] = {
#define R4(x) x, x, x, x
#define R16(x) R4 (x), R4 (x), R4 (x), R4 (x)
  R16 (CONTROL), R16 (CONTROL),
  PLAIN, PLAIN, QUOTE, PLAIN, R4 (PLAIN), R4 (PLAIN), R4 (PLAIN),   /* 20–2F */
  R16 (PLAIN), R16 (PLAIN),                                          /* 30–4F */
  R4 (PLAIN), R4 (PLAIN), R4 (PLAIN),                                /* 50–5B */
  BACKSLASH, PLAIN, PLAIN, PLAIN,                                    /* 5C–5F */
  R16 (PLAIN), R16 (PLAIN),                                          /* 60–7F */
  R16 (BAD), R16 (BAD), R16 (BAD), R16 (BAD),                        /* 80–BF */
  BAD, BAD, LEAD2, LEAD2, R4 (LEAD2), R4 (LEAD2), R4 (LEAD2),       /* C0–CF */
  R16 (LEAD2),                                                       /* D0–DF */
  R16 (LEAD3),                                                       /* E0–EF */
  LEAD4, LEAD4, LEAD4, LEAD4, LEAD4, BAD, BAD, BAD, R4 (BAD), R4 (BAD),
#undef R16
#undef R4
};
G_STATIC_ASSERT (G_N_ELEMENTS (byte_class) == 256);

typedef enum
{
  VALUE_STRING,
  VALUE_INTEGER,   /* at most 18 digits: read exactly */
  VALUE_OTHER,     /* another number, a literal, an object or an array */
  VALUE_NULL,
} ValueKind;

typedef struct
{
  ValueKind   kind;
  const char *start;    /* strings: after the opening quote */
  const char *end;      /* strings: at the closing quote */
  gint64      integer;
} Value;

static inline gboolean
is_continuation (guchar c)
{
  return (c & 0xC0) == 0x80;
}

static inline int
hex_value (guchar c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  c |= 0x20;
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return -1;
}

/* Four hex digits at p, or -1. */
static inline int
hex4 (const guchar *p)
{
  int a = hex_value (p[0]), b, c, d;

  if (a < 0 || (b = hex_value (p[1])) < 0 || (c = hex_value (p[2])) < 0 ||
      (d = hex_value (p[3])) < 0)
    return -1;
  return (a << 12) | (b << 8) | (c << 4) | d;
}

static inline const char *
skip_space (const char *p)
{
  /* Only what every JSON parser skips; a line has no newline. */
  while (*p == ' ' || *p == '\t')
    p++;
  return p;
}

/* p at the opening quote; returns the position after the closing quote, or
 * NULL. The line is NUL-terminated and NUL is a control byte, so no read
 * goes past its end. */
static const char *
scan_string (const char *p,
             const char *end,
             Value      *v)
{
  const guchar *s = (const guchar *) p + 1;

  v->kind = VALUE_STRING;
  v->start = (const char *) s;
  for (;;)
    {
      switch (byte_class[*s])
        {
        case PLAIN:
          s++;
          /* Eight bytes at a time while none is a quote, a backslash, a
           * control or a non-ASCII byte (a false alarm only means the
           * byte-wise path). */
          while (end - (const char *) s >= 8)
            {
              guint64 w, quotes, slashes;
              const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
              const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);

              memcpy (&w, s, 8);
              quotes = w ^ (ones * '"');
              slashes = w ^ (ones * '\\');
              if (((w - ones * 0x20) | (quotes - ones) | (slashes - ones) | w) & highs)
                break;
              s += 8;
            }
          break;
        case QUOTE:
          v->end = (const char *) s;
          return (const char *) s + 1;
        case BACKSLASH:
          switch (s[1])
            {
            case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
              s += 2;
              break;
            case 'u':
              {
                int cp = hex4 (s + 2), low;

                if (cp <= 0 || (cp >= 0xDC00 && cp <= 0xDFFF))
                  return NULL;   /* U+0000 and lone low surrogates */
                s += 6;
                if (cp >= 0xD800 && cp <= 0xDBFF)
                  {
                    if (s[0] != '\\' || s[1] != 'u' || (low = hex4 (s + 2)) < 0xDC00 || low > 0xDFFF)
                      return NULL;
                    s += 6;
                  }
              }
              break;
            default:
              return NULL;
            }
          break;
        case LEAD2:
          if (!is_continuation (s[1]))
            return NULL;
          s += 2;
          break;
        case LEAD3:
          if (!is_continuation (s[1]) || !is_continuation (s[2]) ||
              (s[0] == 0xE0 && s[1] < 0xA0) ||   /* overlong */
              (s[0] == 0xED && s[1] >= 0xA0))    /* surrogates */
            return NULL;
          s += 3;
          break;
        case LEAD4:
          if (!is_continuation (s[1]) || !is_continuation (s[2]) || !is_continuation (s[3]) ||
              (s[0] == 0xF0 && s[1] < 0x90) ||   /* overlong */
              (s[0] == 0xF4 && s[1] >= 0x90))    /* above U+10FFFF */
            return NULL;
          s += 4;
          break;
        case CONTROL:
        case BAD:
        default:
          return NULL;
        }
    }
}

static inline gboolean
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

static const char *
scan_number (const char *p,
             Value      *v)
{
  const char *digits;
  gboolean negative = *p == '-';

  if (negative)
    p++;
  digits = p;
  if (*p == '0')
    p++;
  else if (*p >= '1' && *p <= '9')
    while (is_digit (*p))
      p++;
  else
    return NULL;
  v->kind = VALUE_INTEGER;
  if (p - digits > 18)
    v->kind = VALUE_OTHER;
  if (*p == '.')
    {
      p++;
      if (!is_digit (*p))
        return NULL;
      while (is_digit (*p))
        p++;
      v->kind = VALUE_OTHER;
    }
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!is_digit (*p))
        return NULL;
      while (is_digit (*p))
        p++;
      v->kind = VALUE_OTHER;
    }
  if (v->kind == VALUE_INTEGER)
    {
      gint64 n = 0;

      for (const char *d = digits; is_digit (*d); d++)
        n = n * 10 + (*d - '0');
      v->integer = negative ? -n : n;
    }
  return p;
}

static const char *scan_value (const char *p,
                               const char *end,
                               guint       depth,
                               Value      *v);

/* Objects and arrays nested in members the analyzer does not read. */
static const char *
scan_container (const char *p,
                const char *end,
                guint       depth)
{
  char close = *p == '{' ? '}' : ']';
  gboolean object = close == '}';
  Value v;

  if (depth > MAX_DEPTH)
    return NULL;
  p = skip_space (p + 1);
  if (*p == close)
    return p + 1;
  for (;;)
    {
      if (object)
        {
          if (*p != '"' || (p = scan_string (p, end, &v)) == NULL)
            return NULL;
          p = skip_space (p);
          if (*p != ':')
            return NULL;
          p = skip_space (p + 1);
        }
      if ((p = scan_value (p, end, depth + 1, &v)) == NULL)
        return NULL;
      p = skip_space (p);
      if (*p == close)
        return p + 1;
      if (*p != ',')
        return NULL;
      p = skip_space (p + 1);
    }
}

static const char *
scan_literal (const char *p,
              const char *word,
              gsize       len)
{
  return strncmp (p, word, len) == 0 ? p + len : NULL;
}

static const char *
scan_value (const char *p,
            const char *end,
            guint       depth,
            Value      *v)
{
  switch (*p)
    {
    case '"':
      return scan_string (p, end, v);
    case '{':
    case '[':
      v->kind = VALUE_OTHER;
      return scan_container (p, end, depth);
    case 't':
      v->kind = VALUE_OTHER;
      return scan_literal (p, "true", 4);
    case 'f':
      v->kind = VALUE_OTHER;
      return scan_literal (p, "false", 5);
    case 'n':
      v->kind = VALUE_NULL;
      return scan_literal (p, "null", 4);
    default:
      if (*p == '-' || is_digit (*p))
        return scan_number (p, v);
      return NULL;
    }
}

/* Decodes the escapes of a checked string in place and ends it with NUL
 * (where the closing quote was, or before). Returns its length. */
static gsize
decode_in_place (char       *start,
                 const char *end)
{
  char *w = start;
  const char *r = start;

  while (r < end)
    {
      const char *escape = memchr (r, '\\', end - r);
      gsize run = (escape ? escape : end) - r;

      if (w != r)
        memmove (w, r, run);
      w += run;
      r += run;
      if (escape == NULL)
        break;
      switch (r[1])
        {
        case 'b': *w++ = '\b'; r += 2; break;
        case 'f': *w++ = '\f'; r += 2; break;
        case 'n': *w++ = '\n'; r += 2; break;
        case 'r': *w++ = '\r'; r += 2; break;
        case 't': *w++ = '\t'; r += 2; break;
        case 'u':
          {
            gunichar cp = hex4 ((const guchar *) r + 2);

            r += 6;
            if (cp >= 0xD800 && cp <= 0xDBFF)
              {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4 ((const guchar *) r + 2) - 0xDC00);
                r += 6;
              }
            w += g_unichar_to_utf8 (cp, w);
          }
          break;
        default:   /* " \ / */
          *w++ = r[1];
          r += 2;
          break;
        }
    }
  *w = '\0';
  return w - start;
}

enum { MEMBER_ID, MEMBER_TEXT, MEMBER_LANG, MEMBER_REF_DATE, N_MEMBERS };

static int
member_index (const Value *key)
{
  static const char * const names[N_MEMBERS] = { "id", "text", "lang", "ref_date" };
  gsize len = key->end - key->start;

  for (int i = 0; i < N_MEMBERS; i++)
    if (strlen (names[i]) == len && memcmp (key->start, names[i], len) == 0)
      return i;
  return -1;
}

gboolean
dossier_json_line_read (char            *line,
                        gsize            len,
                        DossierJsonLine *out)
{
  Value members[N_MEMBERS];
  gboolean seen[N_MEMBERS] = { FALSE, };
  const char *p;

  g_return_val_if_fail (line != NULL && line[len] == '\0', FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  p = skip_space (line);
  if (*p != '{')
    return FALSE;
  p = skip_space (p + 1);
  if (*p == '}')
    return FALSE;   /* no "text" */
  for (;;)
    {
      Value key, value;
      int index;

      if (*p != '"' || (p = scan_string (p, line + len, &key)) == NULL)
        return FALSE;
      if (memchr (key.start, '\\', key.end - key.start) != NULL)
        return FALSE;   /* escaped names: rare, left to the general parser */
      p = skip_space (p);
      if (*p != ':')
        return FALSE;
      p = skip_space (p + 1);
      if ((p = scan_value (p, line + len, 1, &value)) == NULL)
        return FALSE;
      if ((index = member_index (&key)) >= 0)
        {
          if (seen[index])
            return FALSE;
          seen[index] = TRUE;
          members[index] = value;
        }
      p = skip_space (p);
      if (*p == '}')
        break;
      if (*p != ',')
        return FALSE;
      p = skip_space (p + 1);
    }
  if (skip_space (p + 1) != line + len)
    return FALSE;   /* more after the object */

  if (!seen[MEMBER_TEXT] || members[MEMBER_TEXT].kind != VALUE_STRING)
    return FALSE;
  if (seen[MEMBER_ID] && members[MEMBER_ID].kind == VALUE_OTHER)
    return FALSE;

  /* The line is valid: decode in place. */
  memset (out, 0, sizeof *out);
  out->text = members[MEMBER_TEXT].start;
  out->text_len = decode_in_place ((char *) members[MEMBER_TEXT].start, members[MEMBER_TEXT].end);
  for (int i = MEMBER_LANG; i <= MEMBER_REF_DATE; i++)
    if (seen[i] && members[i].kind == VALUE_STRING)
      {
        decode_in_place ((char *) members[i].start, members[i].end);
        if (i == MEMBER_LANG)
          out->lang = members[i].start;
        else
          out->ref_date = members[i].start;
      }
  out->id_kind = DOSSIER_JSON_LINE_ID_NULL;
  if (seen[MEMBER_ID] && members[MEMBER_ID].kind == VALUE_STRING)
    {
      out->id_kind = DOSSIER_JSON_LINE_ID_STRING;
      out->id = members[MEMBER_ID].start;
      out->id_len = decode_in_place ((char *) members[MEMBER_ID].start, members[MEMBER_ID].end);
    }
  else if (seen[MEMBER_ID] && members[MEMBER_ID].kind == VALUE_INTEGER)
    {
      out->id_kind = DOSSIER_JSON_LINE_ID_INTEGER;
      out->id_integer = members[MEMBER_ID].integer;
    }
  return TRUE;
}

/* Output: the spans of one result line, written straight into the buffer
 * (room is reserved per span), as dossier_json_append_string() and
 * "%u" would write them. */

static char *
write_string (char       *w,
              const char *text)
{
  static const char hex[] = "0123456789abcdef";

  *w++ = '"';
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      guchar c = *p;

      if (G_LIKELY (c >= 0x20 && c != '"' && c != '\\'))
        {
          *w++ = (char) c;
          continue;
        }
      *w++ = '\\';
      switch (c)
        {
        case '"': *w++ = '"'; break;
        case '\\': *w++ = '\\'; break;
        case '\n': *w++ = 'n'; break;
        case '\r': *w++ = 'r'; break;
        case '\t': *w++ = 't'; break;
        default:
          *w++ = 'u';
          *w++ = '0';
          *w++ = '0';
          *w++ = hex[c >> 4];
          *w++ = hex[c & 0xF];
        }
    }
  *w++ = '"';
  return w;
}

/* Room for @text written by write_string(). */
static inline gsize
string_room (const char *text)
{
  return text != NULL ? 6 * strlen (text) + 2 : 0;
}

static char *
write_literal (char       *w,
               const char *literal,
               gsize       len)
{
  memcpy (w, literal, len);
  return w + len;
}

#define WRITE_LITERAL(w, s) write_literal ((w), (s), sizeof (s) - 1)

static char *
write_uint (char    *w,
            guint64  value)
{
  char digits[20];
  int n = 0;

  do
    {
      digits[n++] = (char) ('0' + value % 10);
      value /= 10;
    }
  while (value > 0);
  while (n > 0)
    *w++ = digits[--n];
  return w;
}

/* Longest number that write_number() writes, its name and punctuation
 * included. */
#define NUMBER_ROOM (G_ASCII_DTOSTR_BUF_SIZE + 20)

/* ,"name":value — whole amounts as integers (6600000000, not 6.6e9). */
static char *
write_number (char       *w,
              const char *name,
              double      value)
{
  *w++ = ',';
  *w++ = '"';
  w = write_literal (w, name, strlen (name));
  *w++ = '"';
  *w++ = ':';
  if (isfinite (value) && value == floor (value) && fabs (value) < 9007199254740992.0)
    {
      gint64 whole = (gint64) value;

      if (whole < 0)
        *w++ = '-';
      w = write_uint (w, whole < 0 ? (guint64) -whole : (guint64) whole);
    }
  else if (isfinite (value))
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      const char *s = g_ascii_formatd (buf, sizeof buf, "%.15g", value);

      w = write_literal (w, s, strlen (s));
    }
  else
    w = WRITE_LITERAL (w, "null");
  return w;
}

void
dossier_json_line_append_spans (GString   *out,
                                GPtrArray *spans)
{
  g_return_if_fail (out != NULL && spans != NULL);

  g_string_append (out, ",\"spans\":[");
  for (guint i = 0; i < spans->len; i++)
    {
      const DossierSpan *span = g_ptr_array_index (spans, i);
      const char *entity_name = span->entity_name ? span->entity_name : span->entity_id;
      gsize room = 80 + 4 * NUMBER_ROOM + string_room (span->text) + string_room (span->iso) +
                   2 * string_room (span->entity_id) + string_room (entity_name) +
                   string_room (span->unit) + string_room (span->item);
      gsize start = out->len;
      char *w;

      g_string_set_size (out, start + room);
      w = out->str + start;
      if (i > 0)
        *w++ = ',';
      w = WRITE_LITERAL (w, "{\"start\":");
      w = write_uint (w, span->start);
      w = WRITE_LITERAL (w, ",\"end\":");
      w = write_uint (w, span->end);
      w = WRITE_LITERAL (w, ",\"kind\":\"");
      {
        const char *kind = dossier_span_kind_to_string (span->kind);
        w = write_literal (w, kind, strlen (kind));
      }
      w = WRITE_LITERAL (w, "\",\"text\":");
      w = write_string (w, span->text);
      if (span->iso != NULL)
        {
          w = WRITE_LITERAL (w, ",\"iso\":");
          w = write_string (w, span->iso);
        }
      if (span->entity_id != NULL)
        {
          w = WRITE_LITERAL (w, ",\"entity\":{\"id\":");
          w = write_string (w, span->entity_id);
          w = WRITE_LITERAL (w, ",\"name\":");
          w = write_string (w, entity_name);
          *w++ = '}';
        }
      if (span->flags & DOSSIER_SPAN_HAS_VALUE)
        w = write_number (w, "value", span->value);
      if (span->flags & DOSSIER_SPAN_HAS_RANGE)
        {
          w = write_number (w, "value_min", span->value_min);
          w = write_number (w, "value_max", span->value_max);
        }
      if (span->unit != NULL)
        {
          w = WRITE_LITERAL (w, ",\"unit\":");
          w = write_string (w, span->unit);
        }
      if (span->item != NULL)
        {
          w = WRITE_LITERAL (w, ",\"item\":");
          w = write_string (w, span->item);
        }
      if (span->confidence < 1.0)
        w = write_number (w, "confidence", span->confidence);
      *w++ = '}';
      g_string_truncate (out, w - out->str);
    }
  g_string_append_c (out, ']');
}
