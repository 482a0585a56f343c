#include "textsafe.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

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

void ts_fputs(const char *text, FILE *out) {
  char *safe = ts_clean(text, TS_KEEP_LINES);
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
