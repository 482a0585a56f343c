/* The story map as a picture: the checker's DOT (check_graph) laid out by
 * Graphviz's own library, so the map needs no `dot` program. Two uses: an
 * SVG file (--map), and boxes and lines in layout units that the window
 * draws itself (the map view). */
#include "storymap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "files.h"
#include "util.h"

#ifdef BTS_HAVE_GVC
#include <gvc.h>

#ifdef BTS_SONAME_GVC
/* Graphviz is opened at the first map (lazylib.h): the same calls, through
 * these pointers (libgvc brings libcgraph). */
#include "lazylib.h"
#define GVC_FUNCTIONS(X)                                                                                    \
  X(agclose) X(agfstnode) X(agfstout) X(agget) X(agmemread) X(agnameof) X(agnxtnode) X(agnxtout) \
  X(agsafeset) X(agseterr) X(agseterrf) X(gvContext) X(gvFreeLayout) X(gvFreeRenderData) X(gvLayout)       \
  X(gvRenderData)
static struct {
#define X(f) __typeof__(f) *f;
  GVC_FUNCTIONS(X)
#undef X
} lg;

bool map_available(void) {
  static int state;
  static const char *const files[] = {BTS_SONAME_GVC, NULL} /* the library built against (cmake/lazylib.cmake) */;
  static const LazyFn fns[] = {
#define X(f) {#f, (void **)&lg.f},
    GVC_FUNCTIONS(X)
#undef X
    {NULL, NULL}};
  const char *why;
  return lazy_open(&state, files, fns, &why);
}
#define agclose (*lg.agclose)
#define agfstnode (*lg.agfstnode)
#define agfstout (*lg.agfstout)
#define agget (*lg.agget)
#define agmemread (*lg.agmemread)
#define agnameof (*lg.agnameof)
#define agnxtnode (*lg.agnxtnode)
#define agnxtout (*lg.agnxtout)
#define agsafeset (*lg.agsafeset)
#define agseterr (*lg.agseterr)
#define agseterrf (*lg.agseterrf)
#define gvContext (*lg.gvContext)
#define gvFreeLayout (*lg.gvFreeLayout)
#define gvFreeRenderData (*lg.gvFreeRenderData)
#define gvLayout (*lg.gvLayout)
#define gvRenderData (*lg.gvRenderData)
#else
bool map_available(void) { return true; }
#endif

/* Hidden nodes (crossed_ranks) beyond which the map is drawn plainer, and
 * beyond which it is not drawn at all: the shipped stories cross about 200,
 * a plain map of 10,000 takes about 2 s, one of 37,000 4 s and 340 MB. */
enum { MAP_PLAIN_CROSSED = 1000, MAP_MOST_CROSSED = 12000 };

/* Graphviz keeps one context per process: its plugins load once. */
static GVC_t *context(void) {
  static GVC_t *gvc;
  if (!gvc) gvc = gvContext();
  return gvc;
}

/* Graphviz prints its warnings itself; collect the first error instead. */
static char last_error[200];
static int on_error(char *msg) {
  if (!last_error[0]) snprintf(last_error, sizeof last_error, "%s", msg);
  return 0;
}

/* How many ranks the map's arrows cross, added up. Graphviz's dot lays an
 * arrow that spans k ranks out as k-1 hidden nodes, and its time and memory
 * grow with them much faster than with the scenes: a story of 250 scenes whose
 * choices jump far back took 77 s of CPU and 340 MB, 3,000 of them 10 GB
 * (the window froze on F6). Ranked the way dot starts: the depth-first
 * search's back arrows turned round, then each scene one rank after the
 * furthest scene leading to it. */
static long long crossed_ranks(Agraph_t *g) {
  int n = 0, maxseq = 0, m = 0;
  for (Agnode_t *v = agfstnode(g); v; v = agnxtnode(g, v)) {
    n++;
    if ((int)AGSEQ(v) > maxseq) maxseq = (int)AGSEQ(v);
    for (Agedge_t *e = agfstout(g, v); e; e = agnxtout(g, e)) m++;
  }
  if (n == 0) return 0;
  int *index = xcalloc((size_t)maxseq + 1, sizeof *index);
  int *first = xcalloc((size_t)n + 1, sizeof *first); /* the arrows of scene i: to[first[i] .. first[i+1]) */
  int *to = xcalloc((size_t)m + 1, sizeof *to);
  int i = 0, k = 0;
  for (Agnode_t *v = agfstnode(g); v; v = agnxtnode(g, v)) index[AGSEQ(v)] = i++;
  i = 0;
  for (Agnode_t *v = agfstnode(g); v; v = agnxtnode(g, v), i++) {
    first[i] = k;
    for (Agedge_t *e = agfstout(g, v); e; e = agnxtout(g, e)) to[k++] = index[AGSEQ(aghead(e))];
  }
  first[n] = k;
  /* Depth-first, without recursion (a long chain of scenes is deep). */
  unsigned char *state = xcalloc((size_t)n, 1); /* 0 not seen, 1 on the way, 2 done */
  bool *back = xcalloc((size_t)m + 1, sizeof *back);
  int *order = xcalloc((size_t)n, sizeof *order), done = 0;
  int *stack = xcalloc((size_t)n, sizeof *stack), *next = xcalloc((size_t)n, sizeof *next);
  for (int root = 0; root < n; root++) {
    if (state[root]) continue;
    int top = 0;
    stack[top++] = root;
    state[root] = 1;
    next[root] = first[root];
    while (top) {
      int v = stack[top - 1];
      if (next[v] < first[v + 1]) {
        int e = next[v]++, w = to[e];
        if (state[w] == 1) back[e] = true;
        else if (!state[w]) {
          state[w] = 1;
          next[w] = first[w];
          stack[top++] = w;
        }
      } else {
        state[v] = 2;
        order[done++] = v;
        top--;
      }
    }
  }
  int *rank = xcalloc((size_t)n, sizeof *rank);
  for (int j = n - 1; j >= 0; j--) { /* reverse finishing order: every forward arrow's tail comes first */
    int v = order[j];
    for (int e = first[v]; e < first[v + 1]; e++)
      if (!back[e] && rank[to[e]] < rank[v] + 1) rank[to[e]] = rank[v] + 1;
  }
  long long crossed = 0;
  for (int v = 0; v < n; v++)
    for (int e = first[v]; e < first[v + 1]; e++) crossed += llabs((long long)rank[v] - rank[to[e]]);
  free(index), free(first), free(to), free(state), free(back), free(order), free(stack), free(next), free(rank);
  return crossed;
}

static bool too_big;

bool map_too_big(void) { return too_big; }

static Agraph_t *laid_out(const Story *s, const int *path, int npath, bool down, const char *lang,
                          const char *const *labels, char **why) {
  too_big = false;
  if (!map_available()) {
    *why = xstrdup("the story map needs Graphviz (libgvc), which is not installed");
    return NULL;
  }
  char *dot = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&dot, &len);
  if (!mem) {
    *why = xstrdup("out of memory");
    return NULL;
  }
  if (lang) check_graph_in(s, path, npath, lang, NULL, labels, mem); /* a page: its language, no "you are here" */
  else check_graph(s, path, npath, mem);
  fclose(mem);
  last_error[0] = 0;
  agseterr(AGERR);
  agseterrf(on_error);
  Agraph_t *g = agmemread(dot);
  free(dot);
  /* a window scrolls up and down: the map then reads from top to bottom */
  if (g && down) {
    agsafeset(g, "rankdir", "TB", "");
    /* the window's small text is about 13 pt: room for it in the layout */
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
      agsafeset(n, "fontsize", "14", "");
      for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) agsafeset(e, "fontsize", "13", "");
    }
  }
  if (g) {
    long long crossed = crossed_ranks(g);
    if (crossed > MAP_MOST_CROSSED) {
      int nodes = 0, arrows = 0;
      for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n), nodes++)
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) arrows++;
      *why = xasprintf("this story is too big and tangled to draw as a map (%d scenes, %d arrows, many of them going "
                       "far back or ahead); --graph writes its map as text, and --check finds what the map would show",
                       nodes, arrows);
      agclose(g);
      too_big = true;
      return NULL;
    }
    /* A big map is drawn plainer: straight arrows and a shorter search for
     * the best places (the curved routing of long arrows is what takes the
     * seconds); the stories of a workshop keep their curves. */
    if (crossed > MAP_PLAIN_CROSSED) {
      agsafeset(g, "splines", "line", "");
      agsafeset(g, "nslimit", "1", "");
      agsafeset(g, "nslimit1", "1", "");
      agsafeset(g, "mclimit", "0.01", "");
    }
  }
  if (!g || gvLayout(context(), g, "dot") != 0) {
    *why = xasprintf("the map could not be laid out%s%s", last_error[0] ? ": " : "", last_error);
    if (g) agclose(g);
    return NULL;
  }
  return g;
}

char *map_svg(const Story *s, const int *path, int npath, bool down, const char *lang, const char *const *labels,
              size_t *len, char **why) {
  Agraph_t *g = laid_out(s, path, npath, down, lang, labels, why);
  if (!g) return NULL;
  char *svg = NULL;
  unsigned int n = 0;
  bool ok = gvRenderData(context(), g, "svg", &svg, &n) == 0 && svg;
  gvFreeLayout(context(), g);
  agclose(g);
  if (!ok) {
    *why = xstrdup("Graphviz could not draw the map as SVG (is its core plugin installed?)");
    return NULL;
  }
  /* Graphviz's buffer is freed by Graphviz: the caller gets its own copy. */
  char *copy = xstrndup(svg, n);
  gvFreeRenderData(svg);
  if (len) *len = n;
  return copy;
}

bool map_write_svg(const Story *s, const int *path, int npath, const char *out, char **why) {
  size_t len;
  char *svg = map_svg(s, path, npath, false, NULL, NULL, &len, why);
  if (!svg) return false;
  /* Written like a save: all or nothing. */
  bool ok = write_file(out, svg, len, why);
  free(svg);
  return ok;
}

static double attr_number(void *obj, const char *name, double fallback) {
  char *v = agget(obj, (char *)name);
  return v && *v ? atof(v) : fallback;
}

StoryMap *map_layout(const Story *s, const int *path, int npath, char **why) {
  Agraph_t *g = laid_out(s, path, npath, true, NULL, NULL, why);
  if (!g) return NULL;
  StoryMap *m = xcalloc(1, sizeof *m);
  boxf bb = GD_bb(g);
  m->width = bb.UR.x - bb.LL.x;
  m->height = bb.UR.y - bb.LL.y;
  m->nodes = xcalloc((size_t)s->nscenes + 1, sizeof *m->nodes);
  int nedges = 0;
  for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n))
    for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) nedges++;
  m->edges = xcalloc((size_t)nedges + 1, sizeof *m->edges);
  for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
    int scene = atoi(agnameof(n) + 1); /* check_graph names scenes s0, s1, ... */
    if (scene < 0 || scene >= s->nscenes) continue;
    MapNode *mn = &m->nodes[m->nnodes++];
    mn->scene = scene;
    /* y grows downwards on screen, upwards in Graphviz */
    mn->x = ND_coord(n).x - bb.LL.x;
    mn->y = bb.UR.y - ND_coord(n).y;
    mn->w = ND_width(n) * 72.0;
    mn->h = ND_height(n) * 72.0;
    mn->on_path = attr_number(n, "penwidth", 1) > 1;
    for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) {
      MapEdge *me = &m->edges[m->nedges];
      me->from = scene;
      me->to = atoi(agnameof(aghead(e)) + 1);
      me->on_path = attr_number(e, "penwidth", 1) > 1;
      const char *style = agget(e, "style");
      me->automatic = style && strcmp(style, "dashed") == 0;
      splines *sp = ED_spl(e);
      if (sp && sp->size > 0) {
        bezier *bz = &sp->list[0];
        me->npoints = (int)bz->size;
        me->points = xcalloc((size_t)bz->size * 2 + 2, sizeof(double));
        for (int k = 0; k < (int)bz->size; k++) {
          me->points[2 * k] = bz->list[k].x - bb.LL.x;
          me->points[2 * k + 1] = bb.UR.y - bz->list[k].y;
        }
        /* the arrow head ends at the node's border */
        if (bz->eflag) {
          me->end_x = bz->ep.x - bb.LL.x;
          me->end_y = bb.UR.y - bz->ep.y;
          me->has_end = true;
        }
      }
      textlabel_t *lab = ED_label(e);
      if (lab && lab->text) {
        me->label = xstrdup(lab->text);
        me->label_x = lab->pos.x - bb.LL.x;
        me->label_y = bb.UR.y - lab->pos.y;
      }
      m->nedges++;
    }
  }
  gvFreeLayout(context(), g);
  agclose(g);
  return m;
}

#else /* no Graphviz library: --graph still prints DOT */

bool map_available(void) { return false; }

bool map_too_big(void) { return false; }

char *map_svg(const Story *s, const int *path, int npath, bool down, const char *lang, const char *const *labels,
              size_t *len, char **why) {
  (void)s, (void)path, (void)npath, (void)down, (void)lang, (void)labels, (void)len;
  *why = xstrdup("this build has no story map (Graphviz's library was missing when it was built)");
  return NULL;
}

bool map_write_svg(const Story *s, const int *path, int npath, const char *out, char **why) {
  (void)s, (void)path, (void)npath, (void)out;
  *why = xstrdup("this build has no story map (Graphviz's library was missing when it was built); --graph prints "
                 "the map as DOT text instead");
  return false;
}

StoryMap *map_layout(const Story *s, const int *path, int npath, char **why) {
  (void)s, (void)path, (void)npath;
  *why = xstrdup("this build has no story map (Graphviz's library was missing when it was built)");
  return NULL;
}

#endif

void map_free(StoryMap *m) {
  if (!m) return;
  for (int i = 0; i < m->nedges; i++) {
    free(m->edges[i].points);
    free(m->edges[i].label);
  }
  free(m->edges);
  free(m->nodes);
  free(m);
}
