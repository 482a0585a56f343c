#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "scan.h"
#include "util.h"

void diag_init(Diag *d) { memset(d, 0, sizeof *d); }

void diag_free(Diag *d) {
  for (int i = 0; i < d->count; i++) {
    free(d->entries[i].file);
    free(d->entries[i].message);
  }
  free(d->entries);
  memset(d, 0, sizeof *d);
}

/* Messages quote story text and file names: no control bytes (ANSI
 * escapes) or invalid UTF-8 may reach the terminal through them. */
static void push(Diag *d, DiagLevel level, const char *file, int line, char *raw) {
  char *msg = text_terminal_safe(raw);
  free(raw);
  char *safe_file = text_terminal_safe(file ? file : "?");
  if (d->count == d->cap) {
    d->cap = d->cap ? d->cap * 2 : 16;
    d->entries = xrealloc(d->entries, (size_t)d->cap * sizeof *d->entries);
  }
  d->entries[d->count++] = (DiagEntry){level, safe_file, line, msg};
  if (level == DIAG_ERROR) d->errors++;
  if (level == DIAG_WARNING) d->warnings++;
}

void diag_add(Diag *d, DiagLevel level, const char *file, int line, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *msg = xvasprintf(fmt, ap);
  va_end(ap);
  push(d, level, file, line, msg);
}

/* Lua errors look like "path:12: message"; split them so the list stays uniform. */
void diag_add_lua(Diag *d, DiagLevel level, const char *msg, const char *fallback_file) {
  const char *p = msg;
  const char *colon = NULL;
  while ((p = strchr(p, ':')) != NULL) {
    const char *q = p + 1;
    int line = 0, digits = 0;
    while (*q >= '0' && *q <= '9') { line = line * 10 + (*q - '0'); q++; digits++; }
    if (digits && *q == ':' && line < 100000000) {
      colon = p;
      char *file = xstrndup(msg, (size_t)(colon - msg));
      while (*(q + 1) == ' ') q++;
      push(d, level, file, line, xstrdup(q + 1));
      free(file);
      return;
    }
    p++;
  }
  push(d, level, fallback_file, 0, xstrdup(msg));
}

void diag_print(const Diag *d, FILE *out) {
  static const char *names[] = {"error", "warning", "note"};
  for (int i = 0; i < d->count; i++) {
    const DiagEntry *e = &d->entries[i];
    if (e->line > 0)
      fprintf(out, "%s:%d: %s: %s\n", e->file, e->line, names[e->level], e->message);
    else
      fprintf(out, "%s: %s: %s\n", e->file, names[e->level], e->message);
  }
}
