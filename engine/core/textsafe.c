#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* fopencookie */
#endif
#include "textsafe.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__GLIBC__)
#include <langinfo.h>
#include <locale.h>
#include <sys/types.h>
#include <unistd.h>
#endif

#include "scan.h"
#include "util.h"

/* One decoder for the whole engine (scan.h). */
static int ts_decode(const unsigned char *p, unsigned *cp) { return utf8_decode((const char *)p, cp); }

/* Never shown: controls, direction marks and overrides, separators that
 * move the cursor, invisible characters. */
static bool refused(unsigned c) {
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x061C || c == 0x180E ||
         c == 0x200B || c == 0x200E || c == 0x200F || (c >= 0x2028 && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x206F) || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB) ||
         (c >= 0xE0000 && c <= 0xE007F);
}

static bool emoji(unsigned c) {
  return c >= 0x1F000 || (c >= 0x2600 && c <= 0x27BF) || c == 0xFE0F || c == 0x2B50 || c == 0x2B55 ||
         c == 0x2B1B || c == 0x2B1C || (c >= 0x2190 && c <= 0x21FF) || c == 0x2300 || c == 0x231A;
}

/* Scripts whose spelling uses the zero-width (non-)joiner: Arabic, Syriac,
 * Thaana, N'Ko, the Indic scripts, Sinhala, Myanmar, Khmer, Mongolian. */
static bool joining_script(unsigned c) {
  return (c >= 0x0600 && c <= 0x08FF) || (c >= 0x0900 && c <= 0x0DFF) || (c >= 0x1000 && c <= 0x109F) ||
         (c >= 0x1780 && c <= 0x18AF) || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC);
}

/* The code point after p (0 at the end or on invalid UTF-8). */
static unsigned next_cp(const unsigned char *p) {
  unsigned c = 0;
  return *p && ts_decode(p, &c) ? c : 0;
}

/* Whether c at this place is allowed: prev is the code point before it (0
 * at the start), next the one after. */
static bool allowed(unsigned prev, unsigned c, unsigned next) {
  if (c == 0x200C || c == 0x200D)
    return (emoji(prev) && emoji(next)) || (joining_script(prev) && joining_script(next));
  if (c >= 0xE0020 && c <= 0xE007F) return prev == 0x1F3F4 || (prev >= 0xE0020 && prev <= 0xE007E);
  return !refused(c);
}

size_t ts_find_unsafe(const char *text, unsigned *cp) {
  const unsigned char *p = (const unsigned char *)text;
  unsigned prev = 0;
  while (*p) {
    /* Printable ASCII is always allowed (and is never an emoji or a joining
     * script for what follows): the common case, a byte at a time. */
    if (*p >= 0x20 && *p < 0x7F) {
      prev = *p++;
      continue;
    }
    unsigned c;
    int n = ts_decode(p, &c);
    if (!n) {
      if (cp) *cp = 0xFFFD;
      return (size_t)(p - (const unsigned char *)text);
    }
    if (c != '\n' && c != '\t' && !allowed(prev, c, next_cp(p + n))) {
      if (cp) *cp = c;
      return (size_t)(p - (const unsigned char *)text);
    }
    prev = c;
    p += n;
  }
  return (size_t)-1;
}

char *ts_clean(const char *text, unsigned flags) {
  Buf out = {0};
  const unsigned char *p = (const unsigned char *)(text ? text : "");
  unsigned prev = 0;
  while (*p) {
    unsigned c;
    int n = ts_decode(p, &c);
    const unsigned char *run = p;
    /* A run of plain printable ASCII is copied at once. */
    while (*p >= 0x20 && *p < 0x7F) p++;
    if (p > run) {
      buf_add(&out, (const char *)run, (size_t)(p - run));
      prev = p[-1];
      continue;
    }
    if (!n) {
      buf_adds(&out, "\xEF\xBF\xBD");
      p++;
      prev = 0xFFFD;
      continue;
    }
    if (c == '\n' || c == '\t') {
      if (flags & TS_KEEP_LINES) buf_add(&out, (const char *)p, 1);
      else buf_add(&out, " ", 1);
    } else if (!allowed(prev, c, next_cp(p + n))) {
      buf_adds(&out, "\xEF\xBF\xBD");
    } else {
      buf_add(&out, (const char *)p, (size_t)n);
    }
    prev = c;
    p += n;
  }
  return buf_take(&out);
}

/* ---- terminals that cannot show UTF-8 ---- */

TsCharset ts_charset_named(const char *codeset) {
  if (!codeset) return TS_ASCII;
  char low[32];
  size_t n = 0;
  for (const char *p = codeset; *p && n + 1 < sizeof low; p++)
    if (*p != '-' && *p != '_') low[n++] = (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
  low[n] = 0;
  if (strstr(low, "utf8")) return TS_UTF8;
  if (strcmp(low, "iso88591") == 0 || strcmp(low, "latin1") == 0) return TS_LATIN1;
  return TS_ASCII;
}

TsCharset ts_locale_charset(void) {
#if defined(__GLIBC__)
  static int known = -1;
  if (known >= 0) return (TsCharset)known;
  /* The locale is the user's word for what their terminal shows, as for
   * every terminal program. The game itself runs in the "C" locale (its
   * isalpha and printf must not change with it): asked, then put back. */
  const char *now = setlocale(LC_CTYPE, NULL);
  char *was = xstrdup(now ? now : "C");
  if (setlocale(LC_CTYPE, "")) {
    known = (int)ts_charset_named(nl_langinfo(CODESET));
  } else {
    /* A locale that is not installed (often in a container): its name
     * still says what the terminal was set up for. */
    const char *name = getenv("LC_ALL");
    if (!name || !*name) name = getenv("LC_CTYPE");
    if (!name || !*name) name = getenv("LANG");
    const char *dot = name ? strchr(name, '.') : NULL;
    known = (int)(dot ? ts_charset_named(dot + 1) : TS_ASCII);
  }
  setlocale(LC_CTYPE, was);
  free(was);
  return (TsCharset)known;
#else
  return TS_UTF8; /* elsewhere (Windows, the web) the text goes out as written */
#endif
}

/* The plain letters of Latin-1 and Latin Extended-A (U+00C0-U+017F), two
 * characters each ("e " for e-acute, "ae" for a-e ligature). */
static const char latin[] =
    "A A A A A A AEC E E E E I I I I D N O O O O O x O U U U U Y THss"  /* C0-DF */
    "a a a a a a aec e e e e i i i i d n o o o o o / o u u u u y thy "  /* E0-FF */
    "A a A a A a C c C c C c C c D d D d E e E e E e E e E e G g G g "  /* 100-11F */
    "G g G g H h H h I i I i I i I i I i IJijJ j K k k L l L l L l L "  /* 120-13F */
    "l L l N n N n N n n N n O o O o O o OEoeR r R r R r S s S s S s "  /* 140-15F */
    "S s T t T t T t U u U u U u U u U u U u W w Y y Y Z z Z z Z z s "; /* 160-17F */

/* A few faces that have a plain-letter form; other emoji are left out. */
static const char *face(unsigned c) {
  switch (c) {
  case 0x1F642: case 0x1F60A: case 0x263A: case 0x1F607: case 0x1F917: case 0x1F970: return ":)";
  case 0x1F600: case 0x1F601: case 0x1F603: case 0x1F604: case 0x1F605: case 0x1F60D: return ":D";
  case 0x1F602: case 0x1F923: return "xD";
  case 0x1F609: case 0x1F60F: case 0x1F618: return ";)";
  case 0x1F641: case 0x2639: case 0x1F614: case 0x1F61E: case 0x1F615: case 0x1F629: case 0x1F97A: return ":(";
  case 0x1F622: case 0x1F62D: return ":'(";
  case 0x1F62E: case 0x1F631: case 0x1F633: case 0x1F630: return ":O";
  case 0x1F621: case 0x1F620: case 0x1F624: return ">:(";
  case 0x1F643: case 0x1F644: case 0x1F62C: case 0x1F636: return ":/";
  case 0x2764: case 0x2665: case 0x1F49B: case 0x1F495: case 0x1F496: case 0x1F499: case 0x1F49A: return "<3";
  case 0x1F494: return "</3";
  case 0x1F44D: return "(y)";
  default: return NULL;
  }
}

/* c in plain ASCII: letters without their accents, typographic marks as
 * their typewriter forms, a few emoji as faces, anything else "?" (an
 * emoji, a joiner or a variation selector: nothing). */
static const char *plain(unsigned c, char two[3]) {
  if (c >= 0xC0 && c <= 0x17F) {
    const char *p = latin + 2 * (c - 0xC0);
    two[0] = p[0];
    two[1] = p[1] == ' ' ? 0 : p[1];
    two[2] = 0;
    return two;
  }
  switch (c) {
  case 0xA0: case 0x2002: case 0x2003: case 0x2009: case 0x200A: case 0x202F: case 0x2007: return " ";
  case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0xB4: return "'";
  case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0xAB: case 0xBB: case 0x2033: return "\"";
  case 0x2039: return "<";
  case 0x203A: return ">";
  case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xAD: return "-";
  case 0x2014: case 0x2015: return "--";
  case 0x2026: return "...";
  case 0x2022: case 0x25CF: case 0x2023: return "*";
  case 0xB7: case 0x22C5: return ".";
  case 0x259: case 0x18F: return "*"; /* the schwa of Italian inclusive writing: the usual plain form */
  case 0x20AC: return "EUR";
  case 0xA3: return "GBP";
  case 0xA5: return "JPY";
  case 0xA2: return "c";
  case 0xA9: return "(c)";
  case 0xAE: return "(R)";
  case 0x2122: return "(TM)";
  case 0xB0: return " deg";
  case 0xD7: return "x";
  case 0xF7: return "/";
  case 0xA1: return "!";
  case 0xBF: return "?";
  case 0xA7: return "S.";
  case 0xB6: return "P.";
  case 0xB2: return "2";
  case 0xB3: return "3";
  case 0xB9: return "1";
  case 0xBC: return "1/4";
  case 0xBD: return "1/2";
  case 0xBE: return "3/4";
  case 0x2190: return "<-";
  case 0x2192: return "->";
  case 0x2191: return "^";
  case 0x2193: return "v";
  case 0x2713: case 0x2714: case 0x2705: return "v";
  case 0x2717: case 0x2718: case 0x274C: return "x";
  case 0xFFFD: return "?";
  default: break;
  }
  const char *f = face(c);
  if (f) return f;
  if (emoji(c) || (c >= 0x2300 && c <= 0x23FF) || (c >= 0x2B00 && c <= 0x2BFF) || c == 0x200C || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0000 && c <= 0xE007F) ||
      (c >= 0x1F3FB && c <= 0x1F3FF))
    return "";
  return "?";
}

/* The numero sign written "n°7" (an n, a degree sign) in plain letters:
 * "no 7" in French, "n. 7" in Italian, "no. 7" in English; not "n deg7". */
static const char *numero_tail = "o.";

void ts_plain_language(const char *lang) {
  numero_tail = !lang ? "o." : strcmp(lang, "fr") == 0 ? "o" : strcmp(lang, "it") == 0 ? "." : "o.";
}

/* out ends with an "n" or "N" that is a word of its own ("le n", not "an"). */
static bool after_numero_n(const Buf *out) {
  if (!out->len || (out->s[out->len - 1] != 'n' && out->s[out->len - 1] != 'N')) return false;
  char before = out->len >= 2 ? out->s[out->len - 2] : ' ';
  return !((before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z'));
}

/* Up to 3 bytes of a character cut by the end of a write: the next write
 * finishes it. Returns the bytes used. */
static size_t plain_into(Buf *out, const unsigned char *p, size_t len, TsCharset cs) {
  size_t i = 0;
  while (i < len) {
    if (p[i] < 0x80) {
      size_t j = i;
      while (j < len && p[j] < 0x80) j++;
      buf_add(out, (const char *)p + i, j - i);
      i = j;
      continue;
    }
    unsigned need = p[i] >= 0xF0 ? 4 : p[i] >= 0xE0 ? 3 : p[i] >= 0xC0 ? 2 : 1;
    if (i + need > len) {
      bool cut = true; /* an unfinished sequence so far: wait for the rest */
      for (size_t k = i + 1; k < len; k++) cut = cut && (p[k] & 0xC0) == 0x80;
      if (cut && need > 1) return i;
    }
    char tmp[5] = {0};
    size_t take = i + need <= len ? need : len - i;
    memcpy(tmp, p + i, take);
    unsigned c;
    int n = ts_decode((const unsigned char *)tmp, &c);
    if (!n) {
      c = 0xFFFD;
      n = 1;
    }
    if (cs == TS_LATIN1 && c >= 0xA0 && c <= 0xFF) {
      char b = (char)c;
      buf_add(out, &b, 1);
    } else if (c == 0xB0 && after_numero_n(out)) {
      buf_adds(out, numero_tail);
      if (i + (size_t)n < len && p[i + n] >= '0' && p[i + n] <= '9') buf_adds(out, " ");
    } else {
      char two[3];
      buf_adds(out, plain(c, two));
    }
    i += (size_t)n;
  }
  return i;
}

char *ts_plain(const char *text, TsCharset cs) {
  if (cs == TS_UTF8) return xstrdup(text ? text : "");
  Buf out = {0};
  const char *t = text ? text : "";
  size_t len = strlen(t), used = plain_into(&out, (const unsigned char *)t, len, cs);
  if (used < len) buf_adds(&out, "?"); /* a cut character at the very end */
  return buf_take(&out);
}

bool ts_terminal_plain(FILE *out) {
#if defined(__GLIBC__)
  int fd = fileno(out);
  return fd >= 0 && isatty(fd) && ts_locale_charset() != TS_UTF8;
#else
  (void)out;
  return false;
#endif
}

#if defined(__GLIBC__)
typedef struct {
  FILE *to;
  TsCharset cs;
  unsigned char held[4]; /* a character cut by the end of the last write */
  size_t nheld;
} PlainStream;

static ssize_t plain_write(void *cookie, const char *data, size_t len) {
  PlainStream *ps = cookie;
  Buf in = {0}, out = {0};
  buf_add(&in, (const char *)ps->held, ps->nheld);
  buf_add(&in, data, len);
  size_t used = plain_into(&out, (const unsigned char *)in.s, in.len, ps->cs);
  ps->nheld = in.len - used < sizeof ps->held ? in.len - used : 0;
  memcpy(ps->held, in.s + used, ps->nheld);
  fwrite(out.s ? out.s : "", 1, out.len, ps->to);
  fflush(ps->to); /* a prompt shows before the game waits for a line */
  free(buf_take(&in));
  free(buf_take(&out));
  return (ssize_t)len;
}

static int plain_close(void *cookie) {
  PlainStream *ps = cookie;
  if (ps->nheld) fputs("?", ps->to);
  fflush(ps->to);
  free(ps);
  return 0;
}
#endif

FILE *ts_plain_stream(FILE *to) {
#if defined(__GLIBC__)
  PlainStream *ps = calloc(1, sizeof *ps);
  if (!ps) return NULL;
  ps->to = to;
  ps->cs = ts_locale_charset();
  cookie_io_functions_t io = {.write = plain_write, .close = plain_close};
  FILE *f = fopencookie(ps, "w", io);
  if (!f) {
    free(ps);
    return NULL;
  }
  setvbuf(f, NULL, _IONBF, 0);
  return f;
#else
  (void)to;
  return NULL;
#endif
}

void ts_typed(FILE *in, char *buf, size_t n) {
  if (!ts_terminal_plain(in) || ts_locale_charset() != TS_LATIN1) return;
  Buf out = {0};
  for (const unsigned char *p = (const unsigned char *)buf; *p; p++) {
    char two[2] = {(char)(0xC0 | (*p >> 6)), (char)(0x80 | (*p & 0x3F))};
    if (*p < 0x80) buf_add(&out, (const char *)p, 1);
    else if (*p >= 0xA0) buf_add(&out, two, 2);
  }
  char *u = buf_take(&out);
  size_t len = strlen(u);
  if (len >= n) {
    len = n - 1;
    while (len > 0 && ((unsigned char)u[len] & 0xC0) == 0x80) len--; /* never half a letter */
  }
  memcpy(buf, u, len);
  buf[len] = 0;
  free(u);
}

void ts_fputs(const char *text, FILE *out) {
  char *safe = ts_clean(text, TS_KEEP_LINES);
  if (ts_terminal_plain(out)) {
    char *p = ts_plain(safe, ts_locale_charset());
    free(safe);
    safe = p;
  }
  fputs(safe, out);
  free(safe);
}

void ts_fprintf(FILE *out, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *text = xvasprintf(fmt, ap);
  va_end(ap);
  ts_fputs(text, out);
  free(text);
}

char *text_terminal_safe(const char *text) { return ts_clean(text, 0); }

void bts_warn(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *text = xvasprintf(fmt, ap);
  va_end(ap);
  fputs("behind-the-screen: ", stderr);
  ts_fputs(text, stderr);
  fputs("\n", stderr);
  free(text);
}
