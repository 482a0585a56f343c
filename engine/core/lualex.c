#include "lualex.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

typedef struct {
  const char *p, *end;
  int line;
} Reader;

/* [==[ at p: the number of '=' (0 for [[), or -1 when it is not one. */
static int long_open(const char *p, const char *end) {
  if (p >= end || *p != '[') return -1;
  int level = 0;
  const char *q = p + 1;
  while (q < end && *q == '=') q++, level++;
  return q < end && *q == '[' ? level : -1;
}

/* Skips a long bracket's body (after its opening); false if it never closes. */
static int skip_long(Reader *r, int level, Buf *value) {
  if (r->p < r->end && *r->p == '\r') r->p++;
  if (r->p < r->end && *r->p == '\n') r->p++, r->line++; /* Lua skips the first newline */
  while (r->p < r->end) {
    if (*r->p == ']') {
      const char *q = r->p + 1;
      int n = 0;
      while (q < r->end && *q == '=') q++, n++;
      if (n == level && q < r->end && *q == ']') {
        r->p = q + 1;
        return 1;
      }
    }
    if (*r->p == '\n') r->line++;
    if (value) buf_add(value, r->p, 1);
    r->p++;
  }
  return 0;
}

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static void add_utf8(Buf *b, unsigned long cp) {
  char out[6];
  int n;
  if (cp < 0x80) out[0] = (char)cp, n = 1;
  else if (cp < 0x800) out[0] = (char)(0xC0 | (cp >> 6)), out[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
  else if (cp < 0x10000)
    out[0] = (char)(0xE0 | (cp >> 12)), out[1] = (char)(0x80 | ((cp >> 6) & 0x3F)), out[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
  else
    out[0] = (char)(0xF0 | ((cp >> 18) & 0x07)), out[1] = (char)(0x80 | ((cp >> 12) & 0x3F)),
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), out[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
  buf_add(b, out, (size_t)n);
}

/* A "..." or '...' string, its escapes read as Lua reads them. */
static int read_short(Reader *r, Buf *value) {
  char q = *r->p++;
  while (r->p < r->end && *r->p != q) {
    char c = *r->p++;
    if (c == '\n') return 0; /* unfinished string */
    if (c != '\\') {
      buf_add(value, &c, 1);
      continue;
    }
    if (r->p >= r->end) return 0;
    c = *r->p++;
    switch (c) {
      case 'a': buf_adds(value, "\a"); break;
      case 'b': buf_adds(value, "\b"); break;
      case 'f': buf_adds(value, "\f"); break;
      case 'n': buf_adds(value, "\n"); break;
      case 'r': buf_adds(value, "\r"); break;
      case 't': buf_adds(value, "\t"); break;
      case 'v': buf_adds(value, "\v"); break;
      case '\n': buf_adds(value, "\n"); r->line++; break;
      case 'z':
        while (r->p < r->end && isspace((unsigned char)*r->p)) {
          if (*r->p == '\n') r->line++;
          r->p++;
        }
        break;
      case 'x': {
        int h = r->p + 1 < r->end ? hexval(r->p[0]) : -1, l = h >= 0 ? hexval(r->p[1]) : -1;
        if (l < 0) return 0;
        char ch = (char)(h * 16 + l);
        buf_add(value, &ch, 1);
        r->p += 2;
        break;
      }
      case 'u': {
        if (r->p >= r->end || *r->p != '{') return 0;
        unsigned long cp = 0;
        r->p++;
        while (r->p < r->end && hexval(*r->p) >= 0 && cp < 0x80000000UL) cp = cp * 16 + (unsigned)hexval(*r->p++);
        if (r->p >= r->end || *r->p != '}') return 0;
        r->p++;
        add_utf8(value, cp);
        break;
      }
      default:
        if (isdigit((unsigned char)c)) {
          int v = c - '0', n = 1;
          while (n < 3 && r->p < r->end && isdigit((unsigned char)*r->p)) v = v * 10 + (*r->p++ - '0'), n++;
          if (v > 255) return 0;
          char ch = (char)v;
          buf_add(value, &ch, 1);
        } else {
          buf_add(value, &c, 1); /* \\ \" \' */
        }
    }
  }
  if (r->p >= r->end) return 0;
  r->p++;
  return 1;
}

static const char *const LONG_SYMBOLS[] = {"...", "==", "~=", "<=", ">=", "..", "::", "//", "<<", ">>", NULL};

Lexed lualex(const char *code, size_t len, int max_tokens) {
  Lexed x = {0};
  int cap = 0;
  Reader r = {code, code + len, 1};
  while (r.p < r.end && (max_tokens <= 0 || x.count < max_tokens)) {
    char c = *r.p;
    if (c == '\n') { r.line++; r.p++; continue; }
    if (isspace((unsigned char)c)) { r.p++; continue; }
    if (c == '-' && r.p + 1 < r.end && r.p[1] == '-') {
      r.p += 2;
      int level = long_open(r.p, r.end);
      if (level >= 0) {
        r.p += level + 2;
        if (!skip_long(&r, level, NULL)) break;
      } else {
        while (r.p < r.end && *r.p != '\n') r.p++;
      }
      continue;
    }
    LexToken t = {.line = r.line, .start = r.p};
    int level = long_open(r.p, r.end);
    if (c == '"' || c == '\'' || level >= 0) {
      Buf value = {0};
      int ok;
      if (level >= 0) {
        r.p += level + 2;
        ok = skip_long(&r, level, &value);
      } else {
        ok = read_short(&r, &value);
      }
      if (!ok) {
        free(value.s);
        break;
      }
      t.kind = LEX_STRING;
      t.vlen = value.len;
      t.value = value.s ? buf_take(&value) : xstrdup("");
    } else if (isalpha((unsigned char)c) || c == '_') {
      while (r.p < r.end && (isalnum((unsigned char)*r.p) || *r.p == '_')) r.p++;
      t.kind = LEX_NAME;
    } else if (isdigit((unsigned char)c) || (c == '.' && r.p + 1 < r.end && isdigit((unsigned char)r.p[1]))) {
      while (r.p < r.end && (isalnum((unsigned char)*r.p) || *r.p == '.' ||
                             ((*r.p == '+' || *r.p == '-') && strchr("eEpP", r.p[-1]))))
        r.p++;
      t.kind = LEX_NUMBER;
    } else {
      t.kind = LEX_SYMBOL;
      size_t n = 1;
      for (const char *const *s = LONG_SYMBOLS; *s; s++) {
        size_t sl = strlen(*s);
        if ((size_t)(r.end - r.p) >= sl && memcmp(r.p, *s, sl) == 0) { n = sl; break; }
      }
      r.p += n;
    }
    t.len = (size_t)(r.p - t.start);
    if (x.count == cap) {
      cap = cap ? cap * 2 : 256;
      x.tokens = xrealloc(x.tokens, (size_t)cap * sizeof *x.tokens);
    }
    x.tokens[x.count++] = t;
  }
  return x;
}

void lualex_free(Lexed *x) {
  for (int i = 0; i < x->count; i++) free(x->tokens[i].value);
  free(x->tokens);
  memset(x, 0, sizeof *x);
}

int lualex_is(const Lexed *x, int i, const char *sym) {
  if (i < 0 || i >= x->count || x->tokens[i].kind != LEX_SYMBOL) return 0;
  return x->tokens[i].len == strlen(sym) && memcmp(x->tokens[i].start, sym, x->tokens[i].len) == 0;
}

static int cmp_key(const void *a, const void *b) {
  const KeyLine *x = a, *y = b;
  int c = strcmp(x->key, y->key);
  return c ? c : x->line - y->line;
}

KeyLine *lualex_keys(const char *code, size_t len, int *count) {
  Lexed x = lualex(code, len, 0);
  KeyLine *out = xcalloc((size_t)x.count + 1, sizeof *out);
  int n = 0;
  for (int i = 0; i + 3 < x.count; i++)
    if (lualex_is(&x, i, "[") && x.tokens[i + 1].kind == LEX_STRING && lualex_is(&x, i + 2, "]") &&
        lualex_is(&x, i + 3, "=") && strlen(x.tokens[i + 1].value) == x.tokens[i + 1].vlen) {
      out[n].key = x.tokens[i + 1].value;
      out[n].line = x.tokens[i + 1].line;
      x.tokens[i + 1].value = NULL; /* now the list's */
      n++;
    }
  lualex_free(&x);
  qsort(out, (size_t)n, sizeof *out, cmp_key);
  *count = n;
  return out;
}

void lualex_keys_free(KeyLine *k, int count) {
  for (int i = 0; i < count; i++) free(k[i].key);
  free(k);
}

int lualex_key_line(const KeyLine *k, int count, const char *key) {
  int lo = 0, hi = count;
  while (lo < hi) { /* the first entry past every entry <= key */
    int mid = (lo + hi) / 2;
    if (strcmp(k[mid].key, key) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && strcmp(k[lo - 1].key, key) == 0 ? k[lo - 1].line : 0;
}

int lualex_field_line(const Lexed *x, int from, const char *field) {
  int lo = 0, hi = x->count;
  while (lo < hi) { /* the first token at line `from` or after (tokens come in line order) */
    int mid = (lo + hi) / 2;
    if (x->tokens[mid].line < from) lo = mid + 1;
    else hi = mid;
  }
  int i = lo;
  while (i < x->count && !lualex_is(x, i, "{")) i++;
  int depth = 0;
  size_t n = strlen(field);
  for (; i < x->count; i++) {
    if (lualex_is(x, i, "{")) depth++;
    else if (lualex_is(x, i, "}") && --depth == 0) break;
    else if (depth == 1 && x->tokens[i].kind == LEX_NAME && lualex_is(x, i + 1, "=") && x->tokens[i].len == n &&
             memcmp(x->tokens[i].start, field, n) == 0)
      return x->tokens[i].line;
  }
  return 0;
}
