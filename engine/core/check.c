#include "check.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "catalog.h"
#include "lualex.h"
#include "paths.h"
#include "runtime.h"
#include "scan.h"
#include "textsafe.h"
#include "util.h"

/* ---- exploration ---- */

typedef struct {
  Runtime *rt;     /* at a choice point; freed once expanded */
  int parent;      /* node we came from, -1 at the start */
  int via;         /* scene choice index taken from the parent */
  int scene;
  bool good;       /* an ending can be reached from here */
} Node;

typedef struct {
  unsigned long long *keys;
  int *ids;
  size_t cap;
} KeyMap;

static int map_find(KeyMap *m, unsigned long long key, int add_id) {
  size_t mask = m->cap - 1;
  for (size_t i = (size_t)key & mask;; i = (i + 1) & mask) {
    if (m->ids[i] < 0) {
      if (add_id >= 0) {
        m->keys[i] = key;
        m->ids[i] = add_id;
      }
      return -1;
    }
    if (m->keys[i] == key) return m->ids[i];
  }
}

static char *path_text(const Node *nodes, int node, int last_via) {
  /* The scene choice indices from the start to this node ("3,0,1");
   * shown_numbers() turns them into the numbers a player types. */
  int len = 0;
  for (int n = node; n > 0 && nodes[n].parent >= 0; n = nodes[n].parent) len++;
  int *via = xcalloc((size_t)len + 2, sizeof(int));
  int k = len;
  for (int n = node; n > 0 && nodes[n].parent >= 0; n = nodes[n].parent) via[--k] = nodes[n].via;
  Buf b = {0};
  for (int i = 0; i < len; i++) buf_addf(&b, "%s%d", i ? "," : "", via[i]);
  if (last_via >= 0) buf_addf(&b, "%s%d", len ? "," : "", last_via);
  free(via);
  return buf_take(&b);
}

/* Converts scene-choice indices ("3,0,1") into the numbers a player picks. */
static char *shown_numbers(const Story *s, const char *indices) {
  Runtime *rt = rt_new(s, NULL, NULL, GENDER_M);
  rt_set_quiet(rt, true);
  Buf b = {0};
  const char *p = indices;
  bool first = true;
  while (*p) {
    int k = (int)strtol(p, (char **)&p, 10);
    if (*p == ',') p++;
    if (rt_run(rt) != RT_CHOICE) break;
    for (int i = 0; i < rt_choice_count(rt); i++)
      if (rt_choice_index(rt, i) == k) buf_addf(&b, "%s%d", first ? "" : ",", i + 1);
    first = false;
    rt_choose_index(rt, k);
  }
  rt_free(rt);
  return buf_take(&b);
}

/* The states reached, and the choices between them. */
typedef struct {
  Node *nodes;
  int count, cap;
  int *efrom, *eto; /* edge e goes from state efrom[e] to eto[e] */
  int ecount, ecap;
  unsigned char *visited; /* per scene */
  uint32_t *shown;        /* per scene: the choices some explored state shows */
  unsigned char *asked;   /* per scene: some explored state stops at its choices */
  uint32_t taken_anywhere; /* advice taken in order on some path to an ending */
  bool complete;
  bool out_of_budget; /* stopped at the job's time or memory limit */
  double seconds;     /* the time it had */
  /* Runtime errors, each message once: how many states hit it, and the
   * first of them (its path is the one to replay). */
  struct Failure { char *message; int count, node; } *failures;
  int nfailures, capfailures;
  int *failure_slot; /* open addressing over failures by message: index + 1, 0 empty */
  size_t capslots;   /* a power of 2, at least twice nfailures */
} Explored;

/* Counts a runtime error at a state: the same message on many paths is
 * one problem, reported once with the number of paths. */
static int *failure_slot(Explored *x, const char *message) {
  size_t mask = x->capslots - 1;
  for (size_t i = (size_t)fnv1a(message, strlen(message), FNV_SEED) & mask;; i = (i + 1) & mask)
    if (!x->failure_slot[i] || strcmp(x->failures[x->failure_slot[i] - 1].message, message) == 0)
      return &x->failure_slot[i];
}

static void add_failure(Explored *x, const char *message, int node) {
  /* By a hash of the message: a story can fail differently on each of
   * many paths, and a search through all of them each time was quadratic. */
  if (x->capslots) {
    int *slot = failure_slot(x, message);
    if (*slot) {
      x->failures[*slot - 1].count++;
      return;
    }
  }
  if (x->nfailures == x->capfailures) {
    x->capfailures = x->capfailures ? x->capfailures * 2 : 16;
    x->failures = xrealloc(x->failures, (size_t)x->capfailures * sizeof *x->failures);
  }
  x->failures[x->nfailures++] = (struct Failure){xstrdup(message), 1, node};
  if (2 * (size_t)x->nfailures > x->capslots) { /* rebuilt twice as large */
    free(x->failure_slot);
    x->capslots = x->capslots ? x->capslots * 2 : 64;
    x->failure_slot = xcalloc(x->capslots, sizeof *x->failure_slot);
    for (int i = 0; i < x->nfailures; i++) *failure_slot(x, x->failures[i].message) = i + 1;
  } else {
    *failure_slot(x, message) = x->nfailures;
  }
}

static void add_edge(Explored *x, int from, int to) {
  if (x->ecount == x->ecap) {
    x->ecap = x->ecap ? x->ecap * 2 : 4096;
    x->efrom = xrealloc(x->efrom, (size_t)x->ecap * sizeof(int));
    x->eto = xrealloc(x->eto, (size_t)x->ecap * sizeof(int));
  }
  x->efrom[x->ecount] = from;
  x->eto[x->ecount++] = to;
}

/* Every choice from every state, breadth first, each state once (by its
 * key), up to max_states. Runtime errors are reported on the way. */
static void explore(const Story *s, Diag *diag, int max_states, Explored *x) {
  memset(x, 0, sizeof *x);
  size_t rt_bytes = 0; /* the runtimes alive */
  x->complete = true;
  x->visited = xcalloc((size_t)s->nscenes + 1, 1);
  x->shown = xcalloc((size_t)s->nscenes + 1, sizeof *x->shown);
  x->asked = xcalloc((size_t)s->nscenes + 1, 1);
  x->cap = 1024;
  x->nodes = xcalloc((size_t)x->cap, sizeof *x->nodes);
  KeyMap map = {0};
  map.cap = 1u << 16;
  while (map.cap < (size_t)max_states * 2) map.cap <<= 1;
  map.keys = xcalloc(map.cap, sizeof *map.keys);
  map.ids = xmalloc(map.cap * sizeof *map.ids);
  for (size_t i = 0; i < map.cap; i++) map.ids[i] = -1;

  Runtime *start = rt_new(s, NULL, NULL, GENDER_M);
  rt_set_quiet(start, true); /* the states, not the texts (their clones too) */
  rt_set_pathless(start); /* each node knows its parent (and its clones) */
  rt_set_visit_map(start, x->visited);
  rt_run(start);
  /* Node 0 is the start. */
  x->nodes[x->count++] = (Node){start, -1, -1, s->start, false};
  for (int head = 0; head < x->count && !x->out_of_budget; head++) {
    size_t bytes = (size_t)x->cap * sizeof *x->nodes + (size_t)x->ecap * 2 * sizeof(int) +
                   map.cap * (sizeof *map.keys + sizeof *map.ids) + rt_bytes;
    Runtime *rt = x->nodes[head].rt;
    RtState st = rt_state(rt);
    /* Out of time or memory: stop expanding (what was found is still
     * reported). */
    if (st == RT_CHOICE && (bytes > CHECK_MAX_BYTES || ((head & 63) == 0 && story_job_over(s)))) {
      x->out_of_budget = true;
      x->complete = false;
      break;
    }
    if (st == RT_ENDED) {
      x->nodes[head].good = true;
    } else if (st == RT_ERROR) {
      x->nodes[head].good = true; /* reported once explored, not again as a loop */
      add_failure(x, rt_error(rt), head);
    } else if (st == RT_CHOICE) {
      int nc = rt_choice_count(rt);
      int here = (int)(rt_scene(rt) - s->scenes);
      x->asked[here] = 1;
      for (int i = 0; i < nc; i++) x->shown[here] |= 1u << (rt_choice_index(rt, i) & 31);
      for (int i = 0; i < nc; i++) {
        int k = rt_choice_index(rt, i);
        Runtime *next = rt_clone(rt);
        rt_choose_index(next, k);
        rt_run(next);
        RtState ns = rt_state(next);
        if (ns == RT_ERROR && story_job_over(s) && head > 0) {
          /* The job's budget ran out here: not this path's fault. */
          rt_free(next);
          x->out_of_budget = true;
          x->complete = false;
          break;
        }
        int target;
        if (ns == RT_ENDED) {
          DebriefItem items[CATALOG_MAX];
          int n = rt_debrief(next, items, CATALOG_MAX);
          for (int j = 0; j < n; j++)
            if (items[j].verdict == VERDICT_TAKEN) x->taken_anywhere |= 1u << items[j].advice;
        }
        unsigned long long key = rt_state_key(next);
        int found = map_find(&map, key, -1);
        if (found >= 0) {
          target = found;
          rt_free(next);
        } else if (x->count >= max_states) {
          x->complete = false;
          rt_free(next);
          continue;
        } else {
          if (x->count == x->cap) {
            x->cap *= 2;
            x->nodes = xrealloc(x->nodes, (size_t)x->cap * sizeof *x->nodes);
          }
          target = x->count;
          map_find(&map, key, target);
          rt_bytes += rt_memory(next);
          const Scene *sc = rt_scene(next);
          x->nodes[x->count++] = (Node){next, head, k, (int)(sc - s->scenes), false};
        }
        add_edge(x, head, target);
      }
    }
    if (head > 0) {
      /* The runtime is no longer needed once its successors exist. */
      rt_bytes -= rt_memory(rt);
      rt_free(rt);
      x->nodes[head].rt = NULL;
    }
  }
  free(map.keys);
  free(map.ids);
  /* Each runtime error once, with how many states reach it and one path. */
  for (int i = 0; i < x->nfailures && i < 20; i++) {
    const struct Failure *f = &x->failures[i];
    char *idx = path_text(x->nodes, f->node, -1);
    char *nums = shown_numbers(s, idx);
    diag_add_lua(diag, DIAG_ERROR, f->message, s->path);
    if (f->count > 1)
      diag_add(diag, DIAG_NOTE, s->path, 0, "found on %d paths; one of them: --replay %s %s", f->count,
               nums[0] ? nums : "\"\"", s->path);
    else
      diag_add(diag, DIAG_NOTE, s->path, 0, "reached with the choices %s (try: --replay %s %s)",
               nums[0] ? nums : "(none)", nums[0] ? nums : "\"\"", s->path);
    free(idx);
    free(nums);
  }
  if (x->nfailures > 20)
    diag_add(diag, DIAG_NOTE, s->path, 0, "... and %d more different %s", x->nfailures - 20,
             PLURAL_EN(x->nfailures - 20, "error"));
}

/* Which states can still reach an ending: a walk backwards over the edges,
 * from the good states (linear; a long chain of scenes made the
 * repeat-until-stable loop quadratic). */
static void mark_good_backwards(Explored *x) {
  int *first_in = xmalloc(((size_t)x->count + 1) * sizeof(int));
  int *next_in = xmalloc(((size_t)x->ecount + 1) * sizeof(int));
  for (int i = 0; i < x->count; i++) first_in[i] = -1;
  for (int e = 0; e < x->ecount; e++) {
    next_in[e] = first_in[x->eto[e]];
    first_in[x->eto[e]] = e;
  }
  int *work = xmalloc(((size_t)x->count + 1) * sizeof(int));
  int nwork = 0;
  for (int i = 0; i < x->count; i++)
    if (x->nodes[i].good) work[nwork++] = i;
  while (nwork > 0) {
    int to = work[--nwork];
    for (int e = first_in[to]; e >= 0; e = next_in[e])
      if (!x->nodes[x->efrom[e]].good) {
        x->nodes[x->efrom[e]].good = true;
        work[nwork++] = x->efrom[e];
      }
  }
  free(first_in);
  free(next_in);
  free(work);
}

/* What the exploration found: loops with no way out, scenes never reached,
 * advice no path teaches. */
static void report(const Story *s, const Explored *x, Diag *diag, int max_states, CheckSummary *sum) {
  memset(sum, 0, sizeof *sum);
  sum->complete = x->complete;
  int stuck = 0;
  if (x->complete) {
    unsigned char *stuck_scene = xcalloc((size_t)s->nscenes + 1, 1);
    for (int i = 0; i < x->count; i++) {
      if (x->nodes[i].good || stuck_scene[x->nodes[i].scene]) continue;
      const Scene *sc = &s->scenes[x->nodes[i].scene];
      stuck_scene[x->nodes[i].scene] = 1;
      if (stuck++ < 10)
        diag_add(diag, DIAG_ERROR, sc->file, sc->line,
                 "scene \"%s\": from here no ending can be reached (a loop with no way out)", sc->id);
    }
    free(stuck_scene);
  }
  for (int i = 0; i < s->nscenes; i++) {
    const Scene *sc = &s->scenes[i];
    if (!x->visited[i])
      diag_add(diag, DIAG_WARNING, sc->file, sc->line, "%s \"%s\" can never be reached", sc->is_ending ? "ending" : "scene", sc->id);
    else if (sc->is_ending) sum->endings_seen++;
  }
  /* A choice with a condition that no explored state makes true: it never
   * shows (only said when every state was explored). */
  for (int i = 0; i < s->nscenes && x->complete; i++) {
    const Scene *sc = &s->scenes[i];
    if (!x->asked[i]) continue;
    for (int k = 0; k < sc->nchoices && k < 32; k++) {
      const Choice *ch = &sc->choices[k];
      if (ch->cond < 0 || ((x->shown[i] >> k) & 1u)) continue;
      diag_add(diag, DIAG_WARNING, ch->file, ch->line,
               "choice \"%s\" never shows: its condition \"%s\" is false on every path that reaches scene \"%s\"",
               ch->text, s->cond_text[ch->cond], sc->id);
    }
  }
  const Catalog *c = s->catalog;
  for (int a = 0; a < c->count && x->complete; a++)
    if (((s->teaches >> a) & 1u) && !((x->taken_anywhere >> a) & 1u)) {
      /* say which steps come first, so a writer knows what to add: "block"
       * counts only after "evidence" on the same path */
      Buf first = {0};
      for (int b = 0; b < c->count; b++)
        if ((c->items[b].before >> a) & 1u) buf_addf(&first, "%s\"%s\"", first.len ? " or " : "", c->items[b].id);
      diag_add(diag, DIAG_ERROR, s->path, 0,
               "\"%s\" is in teaches, but no path takes it in the right order: the player can never learn it by doing "
               "it%s%s%s",
               c->items[a].id, first.len ? " (it counts after " : "", first.len ? first.s : "",
               first.len ? " on the same path: let a path take that first)" : "");
      free(first.s);
    }
  sum->states = x->count;
  if (x->out_of_budget)
    diag_add(diag, DIAG_ERROR, s->path, 0,
             "exploration stopped after %d states, at its time or memory limit (%.1f s, %u MB): the results are partial "
             "(the story has too many paths, or its conditions work too long)",
             x->count, x->seconds, (unsigned)(CHECK_MAX_BYTES >> 20));
  else if (!x->complete)
    diag_add(diag, DIAG_WARNING, s->path, 0,
             "exploration stopped after %d %s: the results are partial (the story has too many variable combinations)",
             max_states, PLURAL_EN(max_states, "state"));
}

static void explored_free(Explored *x) {
  for (int i = 0; i < x->count; i++) rt_free(x->nodes[i].rt);
  free(x->nodes);
  free(x->efrom);
  free(x->eto);
  free(x->visited);
  free(x->shown);
  free(x->asked);
  for (int i = 0; i < x->nfailures; i++) free(x->failures[i].message);
  free(x->failures);
  free(x->failure_slot);
}

int check_explore(const Story *s, Diag *diag, int max_states, CheckSummary *sum) {
  int errors_before = diag->errors;
  /* The whole exploration is one job: one time budget for every condition
   * it evaluates and for the exploring itself, and a bound on its memory. */
  double seconds = CHECK_TOTAL_SECONDS - s->load_seconds;
  if (seconds > CHECK_SECONDS) seconds = CHECK_SECONDS;
  if (seconds < CHECK_MIN_SECONDS) seconds = CHECK_MIN_SECONDS;
  story_job_begin(s, seconds);
  Explored x;
  explore(s, diag, max_states, &x);
  x.seconds = seconds;
  mark_good_backwards(&x);
  report(s, &x, diag, max_states, sum);
  explored_free(&x);
  story_job_end(s);
  return diag->errors - errors_before;
}

/* ---- graph ---- */

/* A DOT string: through the terminal filter (a label quotes story text and
 * conditions; the map is often printed on a terminal), quotes escaped. */
static void dot_string(FILE *out, const char *s, size_t max) {
  char *safe = ts_clean(s, 0);
  fputc('"', out);
  size_t n = 0;
  const char *p = safe;
  for (; *p && n < max; p++, n++) {
    if (*p == '"' || *p == '\\') fputc('\\', out);
    fputc(*p, out);
  }
  /* finish a character cut in the middle */
  for (; *p && ((unsigned char)*p & 0xC0) == 0x80; p++) fputc(*p, out);
  if (*p) fputs("...", out);
  fputc('"', out);
  free(safe);
}

static void graph_gos(const Story *s, FILE *out, int from, const Item *items, int n, const char *cond) {
  for (int i = 0; i < n; i++) {
    const Item *it = &items[i];
    if (it->kind == WORD_GO && it->target >= 0) {
      fprintf(out, "  s%d -> s%d [style=dashed", from, it->target);
      if (cond) {
        fputs(", label=", out);
        dot_string(out, cond, 60);
      }
      fputs("];\n", out);
    }
    if (it->kind == WORD_WHEN) graph_gos(s, out, from, it->body, it->nbody, it->cond >= 0 ? s->cond_text[it->cond] : NULL);
  }
}

/* The path played so far: which scenes and which steps between them. */
static bool on_path(const int *path, int npath, int scene) {
  for (int j = 0; j < npath; j++)
    if (path[j] == scene) return true;
  return false;
}

static bool step_on_path(const int *path, int npath, int from, int to) {
  for (int j = 0; j + 1 < npath; j++)
    if (path[j] == from && path[j + 1] == to) return true;
  return false;
}

#define PATH_COLOR "#d9480f"

/* A scene's label on a printed map: its moment's words, broken into lines
 * of about `width` characters at spaces (DOT's \n), so the boxes stay
 * narrow; through the terminal filter, quotes escaped. */
static void dot_wrapped(FILE *out, const char *s, int width) {
  char *safe = ts_clean(s, 0);
  fputc('"', out);
  int col = 0;
  for (const char *p = safe; *p; p++) {
    if (*p == ' ' && col >= width) {
      fputs("\\n", out);
      col = 0;
      continue;
    }
    if (*p == '"' || *p == '\\') fputc('\\', out);
    fputc(*p, out);
    if (((unsigned char)*p & 0xC0) != 0x80) col++;
  }
  fputc('"', out);
  free(safe);
}

void check_graph(const Story *s, const int *path, int npath, FILE *out) {
  check_graph_in(s, path, npath, NULL, "you are here", NULL, out);
}

void check_graph_in(const Story *s, const int *path, int npath, const char *lang, const char *here,
                    const char *const *labels, FILE *out) {
  fputs("digraph story {\n  rankdir=LR;\n  node [shape=box, style=rounded, fontname=\"DejaVu Sans\"];\n", out);
  fputs("  edge [fontname=\"DejaVu Sans\", fontsize=10];\n", out);
  for (int i = 0; i < s->nscenes; i++) {
    const Scene *sc = &s->scenes[i];
    fprintf(out, "  s%d [label=", i);
    if (labels && labels[i]) dot_wrapped(out, labels[i], 26);
    else dot_string(out, sc->id, 80);
    if (sc->is_ending) fputs(", shape=doubleoctagon, style=filled, fillcolor=\"#dcfce7\"", out);
    if (i == s->start) fputs(", style=\"rounded,bold\"", out);
    if (on_path(path, npath, i)) fputs(", color=\"" PATH_COLOR "\", penwidth=3", out);
    if (here && npath && path[npath - 1] == i) {
      fputs(", xlabel=", out);
      dot_string(out, here, 80);
      fputs(", fontcolor=\"" PATH_COLOR "\"", out);
    }
    fputs("];\n", out);
  }
  for (int i = 0; i < s->nscenes; i++) {
    const Scene *sc = &s->scenes[i];
    graph_gos(s, out, i, sc->items, sc->nitems, NULL);
    for (int k = 0; k < sc->nchoices; k++) {
      const Choice *c = &sc->choices[k];
      if (c->target < 0) continue;
      Buf label = {0};
      const char *text = lang ? story_tr(s, lang, c->text) : c->text;
      buf_add(&label, text, utf8_cut(text, 40));
      if (strlen(text) > 40) buf_adds(&label, "...");
      if (c->cond >= 0) buf_addf(&label, " [%s]", s->cond_text[c->cond]);
      fprintf(out, "  s%d -> s%d [label=", i, c->target);
      dot_string(out, label.s, 200);
      if (step_on_path(path, npath, i, c->target)) fputs(", color=\"" PATH_COLOR "\", penwidth=3", out);
      fputs("];\n", out);
      free(label.s);
    }
  }
  fputs("}\n", out);
}

/* ---- random playthroughs ---- */

static unsigned long long next_random(unsigned long long *x) {
  *x ^= *x >> 12;
  *x ^= *x << 25;
  *x ^= *x >> 27;
  return *x * 2685821657736338717ULL;
}

int check_random(const Story *s, long n, unsigned long long seed, FILE *out) {
  int *ends = xcalloc((size_t)s->nscenes + 1, sizeof(int));
  int failures = 0;
  /* The same failure on many runs is one problem: said once, with how many
   * runs hit it and the first run's path. */
  struct { char *message, *path; long run; int count; } seen[10];
  int nseen = 0, others = 0;
  long long choices = 0;
  for (long run = 0; run < n; run++) {
    unsigned long long x = (seed + (unsigned long long)run) * 0x9E3779B97F4A7C15ULL + 1;
    Runtime *rt = rt_new(s, NULL, NULL, GENDER_M);
    rt_set_recording(rt, false);
    Buf path = {0};
    int steps = 0;
    while (rt_run(rt) == RT_CHOICE && steps < 10000) {
      int pick = (int)(next_random(&x) % (unsigned long long)rt_choice_count(rt));
      if (steps) buf_add(&path, ",", 1);
      buf_add_int(&path, pick + 1);
      rt_choose(rt, pick);
      steps++;
    }
    RtState st = rt_state(rt);
    choices += steps;
    if (st == RT_ENDED) {
      ends[rt_scene(rt) - s->scenes]++;
    } else {
      failures++;
      const char *why = st == RT_ERROR ? rt_error(rt) : "no ending after 10000 choices (an endless loop)";
      int k = 0;
      while (k < nseen && strcmp(seen[k].message, why) != 0) k++;
      if (k < nseen) seen[k].count++;
      else if (nseen < 10) {
        seen[nseen].message = xstrdup(why);
        seen[nseen].path = xstrdup(path.s ? path.s : "\"\"");
        seen[nseen].run = run;
        seen[nseen++].count = 1;
      } else {
        others++;
      }
    }
    free(path.s);
    rt_free(rt);
  }
  for (int k = 0; k < nseen; k++) {
    if (seen[k].count > 1)
      ts_fprintf(out, "failure on %d runs (seed %llu, first run %ld): %s\n  reproduce: --replay %s %s\n",
                 seen[k].count, seed, seen[k].run, seen[k].message, seen[k].path, s->path);
    else
      ts_fprintf(out, "failure: seed %llu, run %ld: %s\n  reproduce: --replay %s %s\n", seed, seen[k].run,
                 seen[k].message, seen[k].path, s->path);
    free(seen[k].message);
    free(seen[k].path);
  }
  if (others) fprintf(out, "... and %d more %s of other kinds\n", others, PLURAL_EN(others, "failure"));
  fprintf(out, "%ld %s (seed %llu): %ld reached an ending, %d failed; %.1f choices each on average\n", n,
          PLURAL_EN(n, "playthrough"), seed, n - failures, failures, (double)choices / (double)n);
  for (int i = 0; i < s->nscenes; i++)
    if (s->scenes[i].is_ending)
      ts_fprintf(out, "  %6d  %s\n", ends[i], s->scenes[i].id);
  free(ends);
  return failures;
}

/* ---- replay ---- */

int check_replay(const Story *s, const char *lang, const int *choices, int n, FILE *out, FILE *err) {
  Runtime *rt = rt_new(s, lang, NULL, GENDER_M);
  int status = 0;
  for (int i = 0; i < n; i++) {
    if (rt_run(rt) != RT_CHOICE) {
      ts_fprintf(err, "%s: the path is longer than the story: choice %d of %d comes after the story %s\n", s->path,
              i + 1, n, rt_state(rt) == RT_ENDED ? "ended" : "stopped");
      status = 1;
      break;
    }
    if (!rt_choose(rt, choices[i] - 1)) {
      ts_fprintf(err, "%s: choice %d of the path is %d, but scene \"%s\" shows %d %s\n", s->path, i + 1,
              choices[i], rt_scene(rt)->id, rt_choice_count(rt), PLURAL_EN(rt_choice_count(rt), "choice"));
      status = 1;
      break;
    }
  }
  if (!status) {
    RtState st = rt_run(rt);
    if (st == RT_ERROR) {
      ts_fprintf(err, "%s\n", rt_error(rt));
      status = 1;
    } else if (st == RT_CHOICE) {
      ts_fprintf(err, "%s: the path stops at a choice in scene \"%s\" (%d %s shown)\n", s->path, rt_scene(rt)->id,
              rt_choice_count(rt), PLURAL_EN(rt_choice_count(rt), "choice"));
      status = 1;
    } else {
      ts_fprintf(out, "ending %s\n", rt_ending_id(rt));
      DebriefItem items[CATALOG_MAX];
      int m = rt_debrief(rt, items, CATALOG_MAX);
      static const char *names[] = {"taken", "missed", "wrong-order", "not-needed"};
      for (int i = 0; i < m; i++) fprintf(out, "%s %s\n", names[items[i].verdict], items[i].id);
    }
  }
  rt_free(rt);
  return status;
}

/* ---- literal numbers, addresses and amounts ---- */

/* Where the text is "{...}", the placeholders are skipped. */
static size_t skip_placeholder(const char *t, size_t i) {
  if (t[i] != '{') return i;
  const char *close = strchr(t + i, '}');
  return close ? (size_t)(close - t) + 1 : i;
}

static bool is_alnum_ascii(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Whether text[at..] starts with one of words (ASCII letters compared
 * without case, then not a letter): the word's length, or 0. */
static size_t word_in(const char *text, size_t at, const char *const *words) {
  for (int k = 0; words[k]; k++) {
    size_t l = 0;
    while (words[k][l] && text[at + l] &&
           (text[at + l] == words[k][l] || (text[at + l] >= 'A' && text[at + l] <= 'Z' && text[at + l] + 32 == words[k][l])))
      l++;
    if (!words[k][l] && !is_alnum_ascii(text[at + l]) && (unsigned char)text[at + l] < 0x80) return l;
  }
  return 0;
}

/* A number that is also a help number ("112", "3018") is one in prose only
 * when it is named as one: a word of calling or of a number shortly before
 * it ("call 112", "appelle le 3018", "chiama il 114", "the number 116 123"),
 * or it ends the sentence or is what a service does ("it's 3018.", "3018 is
 * free", "le 3018 est gratuit"). Followed by another word it counts
 * something ("112 scenes", "147 likes", "999 followers"), and after a label
 * it names something ("scene 112", "page 117", "bus 114"): an ordinary
 * number, no alarm for the author. */
static bool named_as_help(const char *text, size_t start, size_t end) {
  static const char *const CALL[] = {"call", "calls", "calling", "dial", "ring", "phone", "text", "sms", "number",
                                     "line", "helpline", "hotline", "contact", "appelle", "appeler", "appelez",
                                     "appel", "compose", "composer", "composez", "num\xC3\xA9ro", "t\xC3\xA9l",
                                     "t\xC3\xA9l\xC3\xA9phone", "ligne", "chiama", "chiamare", "chiamate",
                                     "numero", "telefono", "telefona", "linea", "tel", NULL};
  static const char *const LABEL[] = {"scene", "scenes", "sc\xC3\xA8ne", "scena", "page", "pagina", "chapter",
                                      "chapitre", "capitolo", "episode", "\xC3\xA9pisode", "episodio", "level",
                                      "niveau", "livello", "room", "salle", "stanza", "bus", "route",
                                      "year", "ann\xC3\xA9" "e", "anno", "score", "punti", "points", "step", "\xC3\xA9tape",
                                      NULL};
  static const char *const DOES[] = {"is", "was", "will", "can", "helps", "answers", "listens", "est", "peut", "aide",
                                     "r\xC3\xA9pond", "\xC3\xA9" "coute", "sera", "\xC3\xA8", "pu\xC3\xB2", "aiuta",
                                     "risponde", "ascolta", "sar\xC3\xA0", NULL};
  /* up to four words before, nearest first: a label names, a call word calls */
  size_t b = start;
  for (int w = 0; w < 4 && b > 0; w++) {
    while (b > 0 && !is_alnum_ascii(text[b - 1]) && (unsigned char)text[b - 1] < 0x80) b--;
    size_t wend = b;
    while (b > 0 && (is_alnum_ascii(text[b - 1]) || (unsigned char)text[b - 1] >= 0x80)) b--;
    if (b == wend) break;
    if (word_in(text, b, CALL) == wend - b) return true;
    if (w == 0 && word_in(text, b, LABEL) == wend - b) return false;
    if (b > 0 && strchr(".!?;", text[b - 1])) break; /* not past the sentence */
  }
  /* after it: the end of the sentence, what a service does, or a counted thing */
  size_t a = end;
  for (;;) { /* spaces, commas, and the no-break spaces of French */
    if (text[a] == ' ' || text[a] == ',') a++;
    else if (strncmp(text + a, "\xC2\xA0", 2) == 0) a += 2;
    else if (strncmp(text + a, "\xE2\x80\xAF", 3) == 0) a += 3;
    else break;
  }
  if (!text[a] || strchr(".!?;:)\"", text[a]) || strncmp(text + a, "\xC2\xBB", 2) == 0) return true;
  if (word_in(text, a, DOES)) return true;
  return !(is_alnum_ascii(text[a]) || (unsigned char)text[a] >= 0x80);
}

/* The warning for a literal: "<what>'<shown>' looks like ...: use ..."
 * (the reason from fmt); frees shown. */
static void literal_warning(Diag *diag, const char *file, int line, const char *what, char *shown, const char *fmt,
                            ...) __attribute__((format(printf, 6, 7)));
static void literal_warning(Diag *diag, const char *file, int line, const char *what, char *shown, const char *fmt,
                            ...) {
  va_list ap;
  va_start(ap, fmt);
  char *reason = xvasprintf(fmt, ap);
  va_end(ap);
  diag_add(diag, DIAG_WARNING, file, line, "%s'%s' %s", what, shown, reason);
  free(reason);
  free(shown);
}

/* One warning per text at most: the first literal found. */
static void lint_one(const char *text, const char *what, const CheckNumber *known, int nknown, const char *file,
                     int line, Diag *diag) {
  static const char *const TLDS[] = {"fr", "com", "org", "net", "gouv", "gov", "ch", "ca", "uk", "it", "be", "us",
                                     "info", "io", "eu", NULL};
  static const char *const CURRENCY[] = {"\xE2\x82\xAC", "$", "\xC2\xA3", "CHF", "euros", "euro", "EUR", "dollars",
                                         "USD", "GBP", "CAD", NULL};
  size_t n = strlen(text);
  for (size_t i = 0; i < n;) {
    size_t j = skip_placeholder(text, i);
    if (j != i) { i = j; continue; }
    /* a word: letters, digits and the characters of addresses */
    size_t s = i;
    while (s < n && (is_alnum_ascii(text[s]) || strchr("@.-_/:", text[s]))) s++;
    if (s > i) {
      /* Trailing punctuation off, in one pass (strlen in the loop was
       * quadratic on a word of a million dots). */
      size_t wl = s - i;
      while (wl > 0 && strchr(".:-/", text[i + wl - 1])) wl--;
      char *word = xstrndup(text + i, wl);
      const char *at = strchr(word, '@');
      if (at && at > word && strchr(at, '.')) {
        literal_warning(diag, file, line, what, word,
                        "looks like an e-mail address: a story gives no address; name a service with {help.youth-line} (or another {help.<role>}) so players elsewhere see theirs");
        return;
      }
      bool url = strstr(word, "://") || strncmp(word, "www.", 4) == 0;
      const char *dot = strrchr(word, '.');
      for (int k = 0; !url && dot && word[0] != '@' && TLDS[k]; k++) {
        /* a dotted name ending in a known domain: "3018.fr", "site.gouv.fr" */
        url = strcmp(dot + 1, TLDS[k]) == 0 && dot > word && is_alnum_ascii(dot[-1]);
      }
      if (url) {
        literal_warning(diag, file, line, what, word,
                        "looks like a web address: use {help.report-authority} (or another {help.<role>}) so players elsewhere see theirs");
        return;
      }
      free(word);
    }
    /* a number: digits with single spaces, dots or dashes inside */
    if (text[i] >= '0' && text[i] <= '9' && (i == 0 || !is_alnum_ascii(text[i - 1]))) {
      size_t e = i;
      char digits[64];
      size_t nd = 0;
      while (e < n) {
        if (text[e] >= '0' && text[e] <= '9') {
          if (nd < sizeof digits - 1) digits[nd++] = text[e];
          e++;
        } else if (strchr(" .-", text[e]) && e + 1 < n && text[e + 1] >= '0' && text[e + 1] <= '9') {
          e++;
        } else {
          break;
        }
      }
      digits[nd] = 0;
      char *shown = xstrndup(text + i, e - i);
      /* an amount: a currency sign or word right before or after */
      const char *after = text + e;
      while (*after == ' ' || strncmp(after, "\xC2\xA0", 2) == 0 || strncmp(after, "\xE2\x80\xAF", 3) == 0)
        after += *after == ' ' ? 1 : after[0] == '\xC2' ? 2 : 3;
      bool money = false;
      for (int k = 0; CURRENCY[k] && !money; k++) {
        size_t cl = strlen(CURRENCY[k]);
        if (strncmp(after, CURRENCY[k], cl) == 0 && !is_alnum_ascii(after[cl])) money = true;
        if (i >= cl && strncmp(text + i - cl, CURRENCY[k], cl) == 0) money = true;
        if (i >= cl + 1 && text[i - 1] == ' ' && strncmp(text + i - cl - 1, CURRENCY[k], cl) == 0 &&
            (i == cl + 1 || !is_alnum_ascii(text[i - cl - 2])))
          money = true;
      }
      if (money) {
        literal_warning(diag, file, line, what, shown,
                        "looks like an amount of money: write {money %s} (in euros) so players elsewhere see their currency",
                        digits);
        return;
      }
      for (int k = 0; k < nknown; k++)
        if (strcmp(known[k].digits, digits) == 0 && named_as_help(text, i, e)) {
          literal_warning(diag, file, line, what, shown,
                          "looks like a help number (%s): use {help.%s} so players elsewhere see theirs",
                          known[k].service, known[k].role);
          return;
        }
      if (nd >= 8) {
        literal_warning(diag, file, line, what, shown,
                        "looks like a phone number: name a service with {help.youth-line} (or another {help.<role>}) so players elsewhere see theirs");
        return;
      }
      free(shown);
      i = e;
      continue;
    }
    i = s > i ? s : i + 1;
  }
}

static void lint_text(const Story *s, const char *text, const CheckNumber *known, int nknown, const char *file,
                      int line, Diag *diag) {
  if (!text || !*text) return;
  lint_one(text, "", known, nknown, file, line, diag);
  for (int k = 0; k < s->ntranslations; k++) {
    const char *tr = story_tr(s, s->translations[k].lang, text);
    if (tr == text || strcmp(tr, text) == 0) continue;
    char *what = xasprintf("in the \"%s\" translation: ", s->translations[k].lang);
    lint_one(tr, what, known, nknown, file, line, diag);
    free(what);
  }
}

static void lint_items(const Story *s, const Item *items, int n, const CheckNumber *known, int nknown, Diag *diag) {
  for (int i = 0; i < n; i++) {
    const Item *it = &items[i];
    if (word_is(it->kind, WF_SHOWN) && !word_is(it->kind, WF_UNTRANSLATED)) lint_text(s, it->text, known, nknown, it->file, it->line, diag);
    if (it->notes) lint_text(s, it->notes, known, nknown, it->file, it->line, diag);
    if (it->kind == WORD_WHEN) lint_items(s, it->body, it->nbody, known, nknown, diag);
  }
}

int check_literals(const Story *s, const CheckNumber *known, int nknown, Diag *diag) {
  int before = diag->warnings;
  lint_text(s, s->title, known, nknown, s->path, 0, diag);
  lint_text(s, s->note, known, nknown, s->path, 0, diag);
  for (int i = 0; i < s->nchars; i++) lint_one(s->chars[i].name, "", known, nknown, s->chars[i].file, s->chars[i].line, diag);
  for (int i = 0; i < s->nscenes; i++) {
    const Scene *sc = &s->scenes[i];
    lint_items(s, sc->items, sc->nitems, known, nknown, diag);
    for (int k = 0; k < sc->nchoices; k++) {
      lint_text(s, sc->choices[k].text, known, nknown, sc->choices[k].file, sc->choices[k].line, diag);
      if (sc->choices[k].say) lint_text(s, sc->choices[k].say, known, nknown, sc->choices[k].file, sc->choices[k].line, diag);
    }
    lint_text(s, sc->title, known, nknown, sc->file, sc->line, diag);
    lint_text(s, sc->summary, known, nknown, sc->file, sc->line, diag);
    lint_text(s, sc->moment, known, nknown, sc->file, sc->line, diag);
  }
  return diag->warnings - before;
}

/* ---- a story's own id ---- */

/* The line of `id = ` in the story card of `file` (the table after the
 * word story), or 0. */
static int card_id_line(const char *file) {
  size_t len = 0;
  ReadError err;
  char *code = file ? read_file(file, 1u << 20, &len, &err) : NULL;
  if (!code) return 0;
  Lexed x = lualex(code, len, 0);
  int line = 0;
  for (int i = 0; i + 1 < x.count && !line; i++)
    if (x.tokens[i].kind == LEX_NAME && x.tokens[i].len == 5 && memcmp(x.tokens[i].start, "story", 5) == 0 &&
        lualex_is(&x, i + 1, "{"))
      line = lualex_field_line(&x, x.tokens[i + 1].line, "id");
  lualex_free(&x);
  free(code);
  return line;
}

void check_own_id(const Story *s, Diag *diag) {
  if (!s->id) return;
  char *stories = paths_stories();
  char *theirs = stories ? path_join(stories, s->id) : NULL;
  char *mine_dir = is_dir(s->path) ? xstrdup(s->path) : path_dirname(s->path);
  char *a = theirs && is_dir(theirs) ? realpath(theirs, NULL) : NULL;
  char *b = a ? realpath(mine_dir, NULL) : NULL;
  /* The same story elsewhere (a pack of the template, an unchanged copy)
   * shares its saved game rightly: only a different one is warned. */
  Story *game = NULL;
  if (a && b && strcmp(a, b) != 0) {
    Diag quiet;
    diag_init(&quiet);
    game = story_load(theirs, s->catalog, &quiet);
    diag_free(&quiet);
  }
  if (a && b && strcmp(a, b) != 0 && (!game || game->fingerprint != s->fingerprint))
    diag_add(diag, DIAG_WARNING, s->app_file ? s->app_file : s->path, card_id_line(s->app_file),
             "story: id \"%s\" is already the id of a story of the game (a copy keeps the id of the story it was "
             "copied from): give yours its own, like \"%s-2\", or the two will share one saved game and playing "
             "one sets the other's aside",
             s->id, s->id);
  story_free(game);
  free(a);
  free(b);
  free(mine_dir);
  free(theirs);
  free(stories);
}

/* ---- a character named like the player ---- */

void check_names(const Story *s, Diag *diag) {
  for (int i = 0; i < s->nchars; i++) {
    const Character *c = &s->chars[i];
    if (c->name && strcasecmp(c->name, RT_DEFAULT_NAME) == 0)
      diag_add(diag, DIAG_WARNING, c->file, c->line,
               "character \"%s\": %s is the first name of every player who keeps the one the game offers, "
               "who would then read two of them (\"{name}\" is %s too): give this character another name",
               c->name, RT_DEFAULT_NAME, RT_DEFAULT_NAME);
  }
}

void check_id_shared(const Story *s, const char *other, unsigned long long other_fingerprint, Diag *diag) {
  /* an unchanged copy plays the same story: sharing its place is right */
  if (!s->id || s->fingerprint == other_fingerprint) return;
  diag_add(diag, DIAG_WARNING, s->app_file ? s->app_file : s->path, card_id_line(s->app_file),
           "story: id \"%s\" is also the id of the story in %s (a copy keeps the id of the story it was copied "
           "from): give each story its own, like \"%s-2\", or the two share one saved game and playing one sets the "
           "other's aside",
           s->id, other, s->id);
}

/* Only spaces (and the no-break spaces of French) in it. */
static bool blank_text(const char *t) {
  for (; *t; t++) {
    if (*t == ' ' || *t == '\t') continue;
    if (strncmp(t, "\xC2\xA0", 2) == 0) { t++; continue; }
    return false;
  }
  return true;
}

int check_choice_texts(const Story *s, Diag *diag) {
  int added = 0;
  for (int k = 0; k < s->nscenes; k++) {
    const Scene *sc = &s->scenes[k];
    for (int i = 0; i < sc->nchoices; i++) {
      const Choice *c = &sc->choices[i];
      if (!c->text || blank_text(c->text)) {
        diag_add(diag, DIAG_WARNING, c->file, c->line,
                 "scene \"%s\": a choice with no text: the player would see an empty button; write what it says, "
                 "choice \"Say no\" { ... }", sc->id);
        added++;
        continue;
      }
      for (int j = 0; j < i; j++) {
        const Choice *o = &sc->choices[j];
        if (c->cond < 0 && o->cond < 0 && o->text && strcmp(o->text, c->text) == 0) {
          diag_add(diag, DIAG_WARNING, c->file, c->line,
                   "scene \"%s\": two choices say \"%.60s\" (the other at line %d): the player sees two buttons "
                   "alike; give each its own words",
                   sc->id, c->text, o->line);
          added++;
          break;
        }
      }
    }
  }
  return added;
}
