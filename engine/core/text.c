#include "text.h"

#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "story.h"
#include "textsafe.h"
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

/* The one filter lives in textsafe.c; newlines and tabs become spaces here
 * (a story text shown on one line). */
char *text_terminal_safe(const char *text) { return ts_clean(text, 0); }
