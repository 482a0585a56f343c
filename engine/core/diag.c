#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "scan.h"
#include "textsafe.h"
#include "util.h"

/* A hostile story can make thousands of errors, each quoting a long text:
 * the list keeps the first DIAG_MAX_SHOWN, each cut to DIAG_MAX_TEXT bytes,
 * and counts the rest. */
#define DIAG_MAX_SHOWN 300
#define DIAG_MAX_TEXT 600

/* A copy of at most max bytes, cut at a character boundary, "..." added. */
static char *bounded(const char *s, size_t max) {
  size_t n = strlen(s);
  if (n <= max) return xstrdup(s);
  max = utf8_cut(s, max);
  char *out = xmalloc(max + 4);
  memcpy(out, s, max);
  memcpy(out + max, "...", 4);
  return out;
}

void diag_init(Diag *d) { memset(d, 0, sizeof *d); }

void diag_free(Diag *d) {
  for (int i = 0; i < d->count; i++) {
    free(d->entries[i].file);
    free(d->entries[i].message);
  }
  free(d->entries);
  memset(d, 0, sizeof *d);
}

/* Files of an opened pack live in a private folder whose name means nothing
 * to the author: their messages name the pack instead ("my.story: story.lua"). */
static char *alias_from, *alias_to;

void diag_alias(const char *folder, const char *shown) {
  free(alias_from);
  free(alias_to);
  alias_from = folder ? xasprintf("%s/", folder) : NULL;
  alias_to = shown ? xasprintf("%s: ", shown) : NULL;
}

/* Messages quote story text and file names: no control bytes (ANSI
 * escapes) or invalid UTF-8 may reach the terminal through them. */
static bool full(Diag *d, DiagLevel level) {
  if (d->count < DIAG_MAX_SHOWN) return false;
  d->dropped++;
  if (level == DIAG_ERROR) d->errors++;
  if (level == DIAG_WARNING) d->warnings++;
  return true;
}

static void push(Diag *d, DiagLevel level, const char *file, int line, char *raw) {
  if (full(d, level)) {
    free(raw);
    return;
  }
  char *cut = bounded(raw, DIAG_MAX_TEXT);
  free(raw);
  char *msg = ts_clean(cut, 0);
  free(cut);
  char *shown = NULL;
  if (file && alias_from && strncmp(file, alias_from, strlen(alias_from)) == 0)
    file = shown = xasprintf("%s%s", alias_to, file + strlen(alias_from));
  cut = bounded(file ? file : "?", DIAG_MAX_TEXT);
  free(shown);
  char *safe_file = ts_clean(cut, 0);
  free(cut);
  if (d->count == d->cap) {
    d->cap = d->cap ? d->cap * 2 : 16;
    d->entries = xrealloc(d->entries, (size_t)d->cap * sizeof *d->entries);
  }
  d->entries[d->count++] = (DiagEntry){level, safe_file, line, msg};
  if (level == DIAG_ERROR) d->errors++;
  if (level == DIAG_WARNING) d->warnings++;
}

void diag_add(Diag *d, DiagLevel level, const char *file, int line, const char *fmt, ...) {
  if (full(d, level)) return; /* not even formatted: it may quote megabytes */
  va_list ap;
  va_start(ap, fmt);
  char *msg = xvasprintf(fmt, ap);
  va_end(ap);
  push(d, level, file, line, msg);
}

/* Lua errors look like "path:12: message"; split them so the list stays uniform. */
void diag_add_lua(Diag *d, DiagLevel level, const char *msg, const char *fallback_file) {
  if (full(d, level)) return;
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
    /* Already filtered when added; filtered again here, the one place
     * diagnostics are printed, so nothing added another way gets past. */
    if (e->line > 0)
      ts_fprintf(out, "%s:%d: %s: %s\n", e->file, e->line, names[e->level], e->message);
    else
      ts_fprintf(out, "%s: %s: %s\n", e->file, names[e->level], e->message);
  }
  if (d->dropped)
    fprintf(out, "... and %d more %s not shown (%d %s, %d %s in all)\n", d->dropped, PLURAL_EN(d->dropped, "message"),
            d->errors, PLURAL_EN(d->errors, "error"), d->warnings, PLURAL_EN(d->warnings, "warning"));
}
