#include "scan.h"

#include <stdlib.h>
#include <string.h>

int utf8_decode(const char *s, unsigned *cp) {
  const unsigned char *p = (const unsigned char *)s;
  if (p[0] < 0x80) { *cp = p[0]; return 1; }
  int n = (p[0] & 0xE0) == 0xC0 ? 2 : (p[0] & 0xF0) == 0xE0 ? 3 : (p[0] & 0xF8) == 0xF0 ? 4 : 0;
  if (!n) return 0;
  unsigned c = p[0] & (0x7F >> n);
  for (int i = 1; i < n; i++) {
    if ((p[i] & 0xC0) != 0x80) return 0; /* the NUL at the end stops here too */
    c = (c << 6) | (p[i] & 0x3F);
  }
  static const unsigned min[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < min[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  *cp = c;
  return n;
}

static bool continuation(char c) { return ((unsigned char)c & 0xC0) == 0x80; }

size_t utf8_count(const char *s) {
  size_t n = 0;
  for (; *s; s++) n += !continuation(*s);
  return n;
}

size_t utf8_first(const char *s) {
  if (!s[0]) return 0;
  size_t k = 1;
  while (s[k] && continuation(s[k])) k++;
  return k;
}

size_t utf8_cut(const char *s, size_t max) {
  size_t n = 0;
  while (n < max && s[n]) n++;
  while (n > 0 && continuation(s[n])) n--;
  return n;
}

bool placeholder_next(const char **p, Placeholder *ph) {
  const char *open = strchr(*p, '{');
  if (!open) return false;
  const char *close = strchr(open, '}');
  ph->open = open;
  ph->inner = open + 1;
  ph->closed = close != NULL;
  ph->len = close ? (size_t)(close - open - 1) : strlen(open + 1);
  ph->bars = 0;
  for (size_t i = 0; i < ph->len; i++) ph->bars += ph->inner[i] == '|';
  *p = close ? close + 1 : ph->inner + ph->len;
  return true;
}

bool placeholder_is(const Placeholder *ph, const char *word) {
  size_t n = strlen(word);
  return ph->len == n && memcmp(ph->inner, word, n) == 0;
}

/* An accented Latin letter without its accent (U+00C0-U+00FF), or 0. */
char scan_plain_letter(unsigned cp) {
  static const char latin1[] = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
  return cp >= 0xC0 && cp <= 0xFF && latin1[cp - 0xC0] != 'x' && latin1[cp - 0xC0] != '/' ? latin1[cp - 0xC0] : 0;
}
