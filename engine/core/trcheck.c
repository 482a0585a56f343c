#include "trcheck.h"

#include <stdlib.h>
#include <string.h>

#include "luaread.h"
#include "scan.h"
#include "util.h"

/* The most forms any {…|…} group of the source gives (0: none). */
static int source_forms(const char *src) {
  const char *p = src;
  Placeholder ph;
  int most = 0;
  while (placeholder_next(&p, &ph))
    if (ph.closed && ph.bars && ph.bars + 1 > most) most = ph.bars + 1;
  return most;
}

typedef struct {
  const char *p;
  size_t n;
} Span;

static int cmp_span(const void *a, const void *b) {
  const Span *x = a, *y = b;
  size_t n = x->n < y->n ? x->n : y->n;
  int c = memcmp(x->p, y->p, n);
  return c ? c : (x->n > y->n) - (x->n < y->n);
}

/* The {x} of a text (gendered forms left out), sorted. */
static Span *spans(const char *text, int *count) {
  Span *out = NULL;
  int n = 0, cap = 0;
  const char *p = text;
  Placeholder ph;
  while (placeholder_next(&p, &ph)) {
    if (!ph.closed || ph.bars) continue;
    if (n == cap) out = xrealloc(out, (size_t)(cap = cap ? cap * 2 : 8) * sizeof *out);
    out[n++] = (Span){ph.open, ph.len + 2};
  }
  if (n) qsort(out, (size_t)n, sizeof *out, cmp_span);
  *count = n;
  return out;
}

/* Each {x} of a (gendered forms left out) that b lacks: the first, or NULL.
 * b's placeholders sorted once and searched (a strstr over b for each of
 * a's was quadratic: 300,000 {n} against a 1 MB translation ran for
 * minutes). */
static char *lost_placeholder(const char *a, const char *b) {
  int nb;
  Span *in_b = spans(b, &nb);
  char *lost = NULL;
  const char *p = a;
  Placeholder ph;
  while (!lost && placeholder_next(&p, &ph)) {
    if (!ph.closed || ph.bars) continue;
    Span key = {ph.open, ph.len + 2};
    if (!nb || !bsearch(&key, in_b, (size_t)nb, sizeof *in_b, cmp_span)) lost = xstrndup(ph.open, ph.len + 2);
  }
  free(in_b);
  return lost;
}

/* Past this many problems in one text, the rest of it is not looked at:
 * each costs a suggestion, and one is enough to fix. */
#define TR_MAX_PROBLEMS 10

void trcheck_text(const char *lang, const char *src, const char *dst, const char *file, int line, TrKnown known,
                  const void *ctx, const char *const *names, Diag *diag) {
  char *of = xasprintf("the \"%s\" translation of \"%.40s%s\"", lang, src, strlen(src) > 40 ? "..." : "");
  int forms = source_forms(src);
  const char *p = dst;
  Placeholder ph;
  /* A '}' before any '{' (or between two groups) is shown as it is. */
  const char *scan = dst;
  int depth = 0;
  for (; *scan; scan++) {
    if (*scan == '{') depth = 1;
    else if (*scan == '}' && !depth) {
      diag_add(diag, DIAG_ERROR, file, line, "%s: a '}' has no '{' before it: players would see it", of);
      break;
    } else if (*scan == '}') depth = 0;
  }
  int problems = 0;
  while (problems < TR_MAX_PROBLEMS && placeholder_next(&p, &ph)) {
    int before = diag->count + diag->dropped;
    char *inner = xstrndup(ph.inner, ph.len);
    if (!ph.closed || strchr(inner, '{')) {
      diag_add(diag, DIAG_ERROR, file, line,
               "%s: a '{' is never closed with '}': players would see the braces (write {masculine|feminine} or "
               "{name})",
               of);
      free(inner);
      break;
    }
    const char *why = NULL;
    if (ph.bars) {
      if (ph.bars > 2)
        diag_add(diag, DIAG_ERROR, file, line, "%s: {%s} has %d forms: give two or three (masculine|feminine|neutral)",
                 of, inner, ph.bars + 1);
      else if (ph.bars == 1 && forms == 3)
        diag_add(diag, DIAG_ERROR, file, line,
                 "%s: {%s} has two forms, but the story's text gives three: add the neutral form ({…|…|neutral})",
                 of, inner);
    } else {
      int k = known(inner, strlen(inner), &why, ctx);
      const char *hint = k == 0 ? lr_suggest(inner, names) : NULL;
      if (k < 0) diag_add(diag, DIAG_ERROR, file, line, "%s: {%s}: %s", of, inner, why ? why : "not valid here");
      else if (k == 0 && hint)
        diag_add(diag, DIAG_ERROR, file, line, "%s: {%s} is not a placeholder of the story (did you mean {%s}?)", of,
                 inner, hint);
      else if (k == 0)
        diag_add(diag, DIAG_ERROR, file, line,
                 "%s: {%s} is not a placeholder of the story: use {name}, a variable from vars or {help.<role>}", of,
                 inner);
    }
    free(inner);
    if (diag->count + diag->dropped > before) problems++;
  }
  char *lost = lost_placeholder(src, dst);
  if (lost)
    diag_add(diag, DIAG_WARNING, file, line, "%s does not use %s: keep every {placeholder} of the story's text", of,
             lost);
  free(lost);
  free(of);
}
