/* Fuzz target: text processing on arbitrary bytes. text_fill with the
 * template story's variables and every gender, then text_terminal_safe:
 * its output must be valid UTF-8 with no control bytes (C0, DEL, C1) and
 * no direction overrides, whatever came in. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "text.h"
#include "textsafe.h"

static void check_safe(const char *t) {
  const unsigned char *p = (const unsigned char *)t;
  while (*p) {
    unsigned c = *p;
    int n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (!n) abort();
    unsigned cp = n == 1 ? c : c & (0x7Fu >> n);
    for (int i = 1; i < n; i++) {
      if ((p[i] & 0xC0) != 0x80) abort();
      cp = (cp << 6) | (p[i] & 0x3F);
    }
    static const unsigned min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) abort();
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) abort();
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) abort();
    p += n;
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const Story *s = fuzz_template();
  char *text = malloc(size + 1);
  memcpy(text, data, size);
  text[size] = 0;
  double vars[64] = {0};
  for (int i = 0; i < s->nvars && i < 64; i++) vars[i] = i % 2 ? 1e300 * (i - 2) : -0.5 * i;
  static const char genders[] = {'m', 'f', 'x'};
  for (int g = 0; g < 3; g++) {
    char *filled = text_fill(text, s, vars, g == 1 ? "Zoë\x1b[2J" : "Sam", genders[g]);
    char *safe = text_terminal_safe(filled);
    check_safe(safe);
    free(safe);
    free(filled);
  }
  char *safe = text_terminal_safe(text);
  check_safe(safe);
  free(safe);
  free(text);
  return 0;
}
