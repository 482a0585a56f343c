/* The story map as a picture, laid out by Graphviz's library (libgvc):
 * an SVG file, or boxes and lines for the window to draw. Without libgvc at
 * build time the map is off (map_available() is false) and --graph still
 * prints DOT. */
#ifndef BTS_STORYMAP_H
#define BTS_STORYMAP_H
#include <stdbool.h>
#include <stddef.h>

#include "story.h"

typedef struct {
  int scene;          /* index into Story.scenes */
  double x, y, w, h;  /* centre and size, in layout points, y downwards */
  bool on_path;
} MapNode;

typedef struct {
  int from, to;       /* scene indices */
  double *points;     /* cubic Bézier control points, x,y pairs */
  int npoints;
  bool has_end;       /* the arrow head's tip, when Graphviz gave one */
  double end_x, end_y;
  char *label;        /* the choice (and its condition), or NULL */
  double label_x, label_y;
  bool on_path, automatic; /* automatic: a `go`, not a choice */
} MapEdge;

typedef struct {
  MapNode *nodes;
  int nnodes;
  MapEdge *edges;
  int nedges;
  double width, height; /* of the whole map, in points */
} StoryMap;

bool map_available(void);
/* path: the scenes played so far, in order (NULL, 0 for none). On failure
 * *why (caller frees) says why. */
bool map_write_svg(const Story *s, const int *path, int npath, const char *out, char **why);
/* The same picture as SVG text (caller frees), laid out left to right, or
 * top to bottom when `down` (a printed page is taller than wide); with a
 * `lang`, the choices in that language and no "you are here". */
char *map_svg(const Story *s, const int *path, int npath, bool down, const char *lang, const char *const *labels,
              size_t *len, char **why);
/* Top to bottom (the SVG reads left to right), for a window that scrolls. */
StoryMap *map_layout(const Story *s, const int *path, int npath, char **why);
void map_free(StoryMap *m);
/* Whether the last map asked for was refused for being too big and
 * tangled (the story's size, not this copy of the game): the window and
 * the sheets say so in the player's language. */
bool map_too_big(void);

#endif
