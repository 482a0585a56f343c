#include "text.h"

#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "story.h"
#include "util.h"

static void add_number(Buf *out, double v) {
  if (v == floor(v) && fabs(v) < 1e15)
    buf_addf(out, "%.0f", v);
  else
    buf_addf(out, "%.2f", v);
}

static void add_form(Buf *out, const char *inner, size_t n, char gender) {
  const char *forms[3];
  size_t lens[3];
  int count = 0;
  const char *p = inner, *end = inner + n;
  while (count < 3) {
    const char *bar = memchr(p, '|', (size_t)(end - p));
    forms[count] = p;
    lens[count] = bar ? (size_t)(bar - p) : (size_t)(end - p);
    count++;
    if (!bar) break;
    p = bar + 1;
  }
  int pick = gender == 'f' ? 1 : gender == 'x' ? 2 : 0;
  if (pick < count) {
    buf_add(out, forms[pick], lens[pick]);
  } else if (count >= 2) { /* neutral with two forms: both */
    buf_add(out, forms[0], lens[0]);
    buf_add(out, "/", 1);
    buf_add(out, forms[1], lens[1]);
  } else {
    buf_add(out, forms[0], lens[0]);
  }
}

char *text_fill(const char *text, const Story *s, const double *vars, const char *name, char gender) {
  Buf out = {0};
  const char *p = text;
  while (*p) {
    const char *open = strchr(p, '{');
    if (!open) {
      buf_adds(&out, p);
      break;
    }
    buf_add(&out, p, (size_t)(open - p));
    const char *close = strchr(open, '}');
    if (!close) {
      buf_adds(&out, open);
      break;
    }
    size_t n = (size_t)(close - open - 1);
    const char *inner = open + 1;
    if (memchr(inner, '|', n)) {
      add_form(&out, inner, n, gender);
    } else if (n == 4 && memcmp(inner, "name", 4) == 0) {
      buf_adds(&out, name ? name : "");
    } else {
      char *var = xstrndup(inner, n);
      int v = s ? story_var_index(s, var) : -1;
      if (v >= 0 && vars) {
        if (s->vars[v].is_bool)
          buf_adds(&out, vars[v] != 0 ? "true" : "false");
        else
          add_number(&out, vars[v]);
      } else {
        buf_add(&out, open, n + 2);
      }
      free(var);
    }
    p = close + 1;
  }
  return buf_take(&out);
}

/* Length of a valid UTF-8 sequence at p, or 0. */
static int utf8_len(const unsigned char *p, unsigned *cp) {
  if (p[0] < 0x80) { *cp = p[0]; return 1; }
  int n = (p[0] & 0xE0) == 0xC0 ? 2 : (p[0] & 0xF0) == 0xE0 ? 3 : (p[0] & 0xF8) == 0xF0 ? 4 : 0;
  if (!n) return 0;
  unsigned c = p[0] & (0x7F >> n);
  for (int i = 1; i < n; i++) {
    if ((p[i] & 0xC0) != 0x80) return 0;
    c = (c << 6) | (p[i] & 0x3F);
  }
  static const unsigned min[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < min[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  *cp = c;
  return n;
}

char *text_terminal_safe(const char *text) {
  Buf out = {0};
  const unsigned char *p = (const unsigned char *)text;
  while (*p) {
    unsigned cp;
    int n = utf8_len(p, &cp);
    if (n == 0) {
      buf_adds(&out, "\xEF\xBF\xBD");
      p++;
      continue;
    }
    if (cp == '\t' || cp == '\n') {
      buf_add(&out, " ", 1);
    } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) ||
               (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
      buf_adds(&out, "\xEF\xBF\xBD");
    } else {
      buf_add(&out, (const char *)p, (size_t)n);
    }
    p += n;
  }
  return buf_take(&out);
}
