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

#define ONES G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

/* Whether one of the eight bytes of @x needs an escape: below 0x20, a
 * quote or a backslash. Each test is exact for the word as a whole (a
 * borrow only ever marks bytes after one that matched). */
static inline gboolean
word_needs_escape (guint64 x)
{
  guint64 quote = x ^ (ONES * '"'), backslash = x ^ (ONES * '\\');

  return ((((x - ONES * 0x20) & ~x) | ((quote - ONES) & ~quote) |
           ((backslash - ONES) & ~backslash)) & HIGHS) != 0;
}

/* The same for the four bytes of @x. */
static inline gboolean
half_needs_escape (guint32 x)
{
  const guint32 ones = 0x01010101, highs = 0x80808080;
  guint32 quote = x ^ (ones * '"'), backslash = x ^ (ones * '\\');

  return ((((x - ones * 0x20) & ~x) | ((quote - ones) & ~quote) |
           ((backslash - ones) & ~backslash)) & highs) != 0;
}

/* @len bytes of @text, byte by byte, with escapes. */
static char *
write_escaped (char       *w,
               const char *text,
               gsize       len)
{
  static const char hex[] = "0123456789abcdef";

  for (const guchar *p = (const guchar *) text, *end = p + len; p < end; p++)
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
  return w;
}

/* @text (@len bytes) quoted. Span strings rarely need an escape: they are
 * checked and copied whole words at a time (the last word, or the two
 * halves of a short string, overlapping what came before), and written
 * again byte by byte when one does. */
static inline char *
write_string (char       *w,
              const char *text,
              gsize       len)
{
  *w++ = '"';
  if (len >= 8)
    {
      guint64 x;
      gsize i;

      for (i = 0; i + 8 <= len; i += 8)
        {
          memcpy (&x, text + i, 8);
          if (word_needs_escape (x))
            goto escape;
          memcpy (w + i, &x, 8);
        }
      if (i < len)
        {
          memcpy (&x, text + len - 8, 8);
          if (word_needs_escape (x))
            goto escape;
          memcpy (w + len - 8, &x, 8);
        }
      w += len;
    }
  else if (len >= 4)
    {
      guint32 head, tail;

      memcpy (&head, text, 4);
      memcpy (&tail, text + len - 4, 4);
      if (half_needs_escape (head) || half_needs_escape (tail))
        goto escape;
      memcpy (w, &head, 4);
      memcpy (w + len - 4, &tail, 4);
      w += len;
    }
  else
    w = write_escaped (w, text, len);
  *w++ = '"';
  return w;

escape:
  w = write_escaped (w, text, len);
  *w++ = '"';
  return w;
}

/* Room for a string of @len bytes written by write_string(). */
#define STRING_ROOM(len) (6 * (len) + 2)

static inline gsize
length_of (const char *text)
{
  return text != NULL ? strlen (text) : 0;
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

/* "00" to "99" */
static const char digit_pairs[201] =
  "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
  "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
  "8081828384858687888990919293949596979899";

/* @value in decimal, written backwards from its last digit, two digits
 * at a time; in 32 bits once it fits (offsets always do). */
static inline char *
write_uint (char    *w,
            guint64  value)
{
  static const guint64 powers[20] = {
    1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
    G_GUINT64_CONSTANT (10000000000), G_GUINT64_CONSTANT (100000000000),
    G_GUINT64_CONSTANT (1000000000000), G_GUINT64_CONSTANT (10000000000000),
    G_GUINT64_CONSTANT (100000000000000), G_GUINT64_CONSTANT (1000000000000000),
    G_GUINT64_CONSTANT (10000000000000000), G_GUINT64_CONSTANT (100000000000000000),
    G_GUINT64_CONSTANT (1000000000000000000), G_GUINT64_CONSTANT (10000000000000000000),
  };
  guint bits = 64 - __builtin_clzll (value | 1), n;
  char *end, *p;
  guint32 small;

  /* digits: from the bit length (1233 / 4096 ≈ log10 2), one too many or right */
  n = (bits * 1233) >> 12;
  n += value >= powers[n];
  n = MAX (n, 1);
  end = p = w + n;
  while (value > G_MAXUINT32)
    {
      guint pair = (guint) (value % 100);

      value /= 100;
      p -= 2;
      memcpy (p, digit_pairs + 2 * pair, 2);
    }
  small = (guint32) value;
  while (small >= 100)
    {
      guint pair = small % 100;

      small /= 100;
      p -= 2;
      memcpy (p, digit_pairs + 2 * pair, 2);
    }
  if (small >= 10)
    memcpy (p - 2, digit_pairs + 2 * small, 2);
  else
    p[-1] = (char) ('0' + small);
  return end;
}

/* Longest number that write_number() writes, its name and punctuation
 * included. */
#define NUMBER_ROOM (G_ASCII_DTOSTR_BUF_SIZE + 20)

/* ,"name":value — whole amounts as integers (6600000000, not 6.6e9). */
static char *
write_number (char       *w,
              const char *member,
              gsize       member_len,
              double      value)
{
  w = write_literal (w, member, member_len);
  /* finite, whole and below 2^53 (NaN fails the first test) */
  if (fabs (value) < 9007199254740992.0 && (double) (gint64) value == value)
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

#define WRITE_NUMBER(w, member, value) write_number ((w), (member), sizeof (member) - 1, (value))

/* ,"kind":"…","text": for each kind */
static const struct
{
  char  json[32];   /* copied whole: the room of a span covers it */
  gsize len;
} kind_members[DOSSIER_N_SPAN_KINDS] = {
#define KIND(name) { ",\"kind\":\"" name "\",\"text\":", sizeof (",\"kind\":\"" name "\",\"text\":") - 1 }
  [DOSSIER_SPAN_PERSON] = KIND ("person"),
  [DOSSIER_SPAN_ORGANIZATION] = KIND ("organization"),
  [DOSSIER_SPAN_PLACE] = KIND ("place"),
  [DOSSIER_SPAN_MONEY] = KIND ("money"),
  [DOSSIER_SPAN_QUANTITY] = KIND ("quantity"),
  [DOSSIER_SPAN_PERCENT] = KIND ("percent"),
  [DOSSIER_SPAN_NUMBER] = KIND ("number"),
  [DOSSIER_SPAN_DATE] = KIND ("date"),
#undef KIND
};

/* Room for a span without its strings: member names, punctuation, the
 * offsets and at most three numbers. */
#define SPAN_ROOM (160 + 3 * NUMBER_ROOM)

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
      gsize text_len = strlen (span->text), iso_len = length_of (span->iso);
      gsize id_len = length_of (span->entity_id), name_len = length_of (entity_name);
      gsize unit_len = length_of (span->unit), item_len = length_of (span->item);
      gsize room = SPAN_ROOM + STRING_ROOM (text_len + iso_len + id_len + name_len +
                                                        unit_len + item_len);
      char *w;

      if (room >= out->allocated_len - out->len)
        {
          gsize len = out->len;

          g_string_set_size (out, len + room);
          out->len = len;
        }
      w = out->str + out->len;
      if (i > 0)
        *w++ = ',';
      w = WRITE_LITERAL (w, "{\"start\":");
      w = write_uint (w, span->start);
      w = WRITE_LITERAL (w, ",\"end\":");
      w = write_uint (w, span->end);
      memcpy (w, kind_members[span->kind].json, sizeof kind_members[0].json);
      w += kind_members[span->kind].len;
      w = write_string (w, span->text, text_len);
      if (span->iso != NULL)
        {
          w = WRITE_LITERAL (w, ",\"iso\":");
          w = write_string (w, span->iso, iso_len);
        }
      if (span->entity_id != NULL)
        {
          w = WRITE_LITERAL (w, ",\"entity\":{\"id\":");
          w = write_string (w, span->entity_id, id_len);
          w = WRITE_LITERAL (w, ",\"name\":");
          w = write_string (w, entity_name, name_len);
          *w++ = '}';
        }
      if (span->flags & DOSSIER_SPAN_HAS_VALUE)
        w = WRITE_NUMBER (w, ",\"value\":", span->value);
      if (span->flags & DOSSIER_SPAN_HAS_RANGE)
        {
          w = WRITE_NUMBER (w, ",\"value_min\":", span->value_min);
          w = WRITE_NUMBER (w, ",\"value_max\":", span->value_max);
        }
      if (span->unit != NULL)
        {
          w = WRITE_LITERAL (w, ",\"unit\":");
          w = write_string (w, span->unit, unit_len);
        }
      if (span->item != NULL)
        {
          w = WRITE_LITERAL (w, ",\"item\":");
          w = write_string (w, span->item, item_len);
        }
      if (span->confidence < 1.0)
        w = WRITE_NUMBER (w, ",\"confidence\":", span->confidence);
      *w++ = '}';
      out->len = w - out->str;
    }
  /* the spans left the buffer without its NUL; this puts it back */
  g_string_append_c (out, ']');
}
