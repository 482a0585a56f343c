/* --translate LANG STORY: writes or updates translations/LANG.lua so that a
 * translator only fills in blanks. Every text of the story comes in story
 * order with the file:line it comes from; texts with no translation yet come
 * as TODO "..." (the checker counts them as untranslated); entries whose
 * source text left the story move to the end with the closest current text,
 * so that nothing the translator wrote is lost. The old file is kept as
 * LANG.lua.bak. */
#include "translate.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "files.h"
#include "sandbox.h"
#include "util.h"

/* A Lua string literal that reads back as exactly `s`. */
static void add_literal(Buf *b, const char *s) {
  buf_adds(b, "\"");
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    switch (*p) {
      case '"': buf_adds(b, "\\\""); break;
      case '\\': buf_adds(b, "\\\\"); break;
      case '\n': buf_adds(b, "\\n"); break;
      case '\t': buf_adds(b, "\\t"); break;
      case '\r': buf_adds(b, "\\r"); break;
      default:
        if (*p < 0x20 || *p == 0x7f) buf_addf(b, "\\%03d", *p);
        else buf_add(b, (const char *)p, 1);
    }
  }
  buf_adds(b, "\"");
}

static const Translation *find_translation(const Story *s, const char *lang) {
  for (int i = 0; i < s->ntranslations; i++)
    if (strcmp(s->translations[i].lang, lang) == 0) return &s->translations[i];
  return NULL;
}

static int find_src(const Translation *tr, const char *text) {
  int lo = 0, hi = tr ? tr->count - 1 : -1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    int c = strcmp(tr->src[mid], text);
    if (c == 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/* Edit distance on the first 200 bytes of each text: enough to recognise an
 * edited sentence, and bounded whatever the story's sizes. */
#define CLOSE_MAX 200
static int distance(const char *a, const char *b) {
  size_t n = strlen(a), m = strlen(b);
  if (n > CLOSE_MAX) n = CLOSE_MAX;
  if (m > CLOSE_MAX) m = CLOSE_MAX;
  int row[CLOSE_MAX + 1];
  for (size_t j = 0; j <= m; j++) row[j] = (int)j;
  for (size_t i = 1; i <= n; i++) {
    int diag = row[0];
    row[0] = (int)i;
    for (size_t j = 1; j <= m; j++) {
      int up = row[j];
      int best = diag + (a[i - 1] != b[j - 1]);
      if (up + 1 < best) best = up + 1;
      if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
      row[j] = best;
      diag = up;
    }
  }
  return row[m];
}

/* The untranslated text most like a stale source, or NULL when none is
 * close (more than half of the longer text would change). The budget bounds
 * the comparisons of a whole run: past it, no hint. */
static const char *closest(const char *stale, const char **fresh, int nfresh, long *budget) {
  const char *best = NULL;
  int best_d = 0;
  size_t ls = strlen(stale);
  for (int i = 0; i < nfresh && (*budget)-- > 0; i++) {
    size_t lf = strlen(fresh[i]);
    size_t longer = ls > lf ? ls : lf;
    if (longer > CLOSE_MAX) longer = CLOSE_MAX;
    int d = distance(stale, fresh[i]);
    if ((size_t)d * 2 > longer) continue;
    if (!best || d < best_d) best = fresh[i], best_d = d;
  }
  return best;
}

static const StoryText *sort_base;
static int cmp_text_at(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  int c = strcmp(sort_base[x].text, sort_base[y].text);
  return c ? c : x - y;
}

/* first[i]: text i is not said earlier in the story. Sorting keeps this
 * O(n log n) for generated stories with thousands of texts. */
static bool *first_occurrences(const Story *s) {
  int n = s->ntexts;
  int *order = xcalloc((size_t)n + 1, sizeof(int));
  bool *first = xcalloc((size_t)n + 1, sizeof(bool));
  for (int i = 0; i < n; i++) order[i] = i;
  sort_base = s->texts;
  qsort(order, (size_t)n, sizeof(int), cmp_text_at);
  for (int i = 0; i < n; i++)
    first[order[i]] = i == 0 || strcmp(s->texts[order[i - 1]].text, s->texts[order[i]].text) != 0;
  free(order);
  return first;
}

/* Where the file names of the story's texts are relative to. */
static const char *relative(const char *file, const char *root) {
  size_t n = strlen(root);
  if (strncmp(file, root, n) == 0 && file[n] == '/') return file + n + 1;
  return file;
}

bool translate_write(const Story *s, const char *lang, TranslateReport *rep, char **why) {
  memset(rep, 0, sizeof *rep);
  if (!lang_code_ok(lang)) {
    *why = xasprintf("'%s' is not a language code: use two letters such as fr, en or it", lang);
    return false;
  }
  if (s->language && strcmp(s->language, lang) == 0) {
    *why = xasprintf("the story is written in '%s' already: pick another language", lang);
    return false;
  }
  char *root = is_dir(s->path) ? xstrdup(s->path) : path_dirname(s->path);
  char *dir = path_join(root, "translations");
  char *rel = xasprintf("%s.lua", lang);
  char *path = path_join(dir, rel);
  free(rel);
  const Translation *tr = find_translation(s, lang);
  bool ok = false;
  if (is_file(path) && !tr) {
    *why = xasprintf("%s exists but the story card does not list \"%s\": add it to translations = { ... } in the "
                     "story card, then run --translate again (so that nothing in it is lost)",
                     path, lang);
    goto done;
  }
  /* A story's folder may hold links: translations/ or LANG.lua leading
   * elsewhere would have us write (or copy into LANG.lua.bak) a file
   * outside the story. */
  if (!sandbox_inside_root(root, dir) || !sandbox_inside_root(root, path)) {
    *why = xasprintf("%s leads outside the story's folder (a link?): nothing was written", path);
    goto done;
  }
  if (!make_dirs(dir, why)) goto done;
  if (!sandbox_inside_root(root, dir)) {
    *why = xasprintf("%s leads outside the story's folder (a link?): nothing was written", dir);
    goto done;
  }

  bool *used = xcalloc((size_t)(tr ? tr->count : 0) + 1, sizeof(bool));
  const char **fresh = xcalloc((size_t)s->ntexts + 1, sizeof(char *));
  int nfresh = 0;
  long budget = 20000;
  Buf out = {0};
  buf_addf(&out,
           "-- The \"%s\" translation of \"%s\".\n"
           "-- Written by: behind-the-screen --translate %s %s\n"
           "-- Every text of the story, in story order, with the line it comes from.\n"
           "-- Replace each TODO \"...\" with your translation, between quotes. Keep the\n"
           "-- {placeholders} as they are; translate each form of {a|b|c}. Run --translate\n"
           "-- again after changing the story: new texts come as TODO, nothing you wrote\n"
           "-- is lost.\n",
           lang, s->title ? s->title : s->id, lang, s->id ? s->id : "STORY");
  buf_addf(&out, "translation \"%s\" {\n", lang);
  /* Each text once, where the story first says it. */
  bool *first = first_occurrences(s);
  for (int i = 0; i < s->ntexts; i++) {
    if (!first[i]) continue;
    const StoryText *t = &s->texts[i];
    int at = find_src(tr, t->text);
    buf_addf(&out, "  -- %s:%d\n  [", relative(t->file, root), t->line);
    add_literal(&out, t->text);
    buf_adds(&out, "] = ");
    if (at >= 0) {
      used[at] = true;
      add_literal(&out, tr->dst[at]);
      rep->kept++;
    } else {
      fresh[nfresh++] = t->text;
      buf_adds(&out, "TODO ");
      add_literal(&out, t->text);
      rep->todo++;
    }
    buf_adds(&out, ",\n");
  }
  free(first);
  for (int k = 0; tr && k < tr->count; k++) {
    if (used[k]) continue;
    if (!rep->stale)
      buf_adds(&out, "\n  -- No longer in the story: kept so that nothing is lost. Reuse what helps,\n"
                     "  -- then delete these entries.\n");
    rep->stale++;
    const char *near = closest(tr->src[k], fresh, nfresh, &budget);
    if (near) {
      buf_adds(&out, "  -- closest text in the story now: ");
      Buf lit = {0};
      add_literal(&lit, near);
      char *l = buf_take(&lit);
      buf_adds(&out, l);
      free(l);
      buf_adds(&out, "\n");
    }
    buf_adds(&out, "  [");
    add_literal(&out, tr->src[k]);
    buf_adds(&out, "] = ");
    add_literal(&out, tr->dst[k]);
    buf_adds(&out, ",\n");
  }
  buf_adds(&out, "}\n");
  free(fresh);
  free(used);

  /* The previous file stays beside it, whatever happens next. */
  if (is_file(path)) {
    size_t len;
    ReadError rerr;
    char *old = read_file(path, 64u << 20, &len, &rerr);
    char *bak = xasprintf("%s.bak", path);
    bool saved = old && write_file(bak, old, len, why);
    if (!old) *why = xasprintf("%s: %s", path, read_error_text(rerr));
    free(old);
    free(bak);
    if (!saved) {
      free(out.s);
      goto done;
    }
  }
  char *text = buf_take(&out);
  ok = write_file(path, text, strlen(text), why);
  free(text);
  if (ok) rep->path = xstrdup(path);
done:
  free(path);
  free(dir);
  free(root);
  return ok;
}
