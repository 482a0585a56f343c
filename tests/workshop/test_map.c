/* The story map's layout (libgvc): every scene a box inside the map, every
 * choice and `go` an edge between the right boxes, the path played marked;
 * the same graph as the SVG and the DOT. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "check.h"
#include "story.h"
#include "storymap.h"
#include "util.h"

static Catalog *cat;
static Story *story;

static int count_edges(const Story *s) {
  char *dot = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&dot, &len);
  check_graph(s, NULL, 0, f);
  fclose(f);
  int n = 0;
  for (const char *p = dot; (p = strstr(p, " -> ")); p += 4) n++;
  free(dot);
  return n;
}

static void test_layout(void **state) {
  (void)state;
  if (!map_available()) skip();
  int path[] = {story->start, story_scene_index(story, "chat"), story_scene_index(story, "sent")};
  char *why = NULL;
  StoryMap *m = map_layout(story, path, 3, &why);
  assert_non_null(m);
  assert_int_equal(m->nnodes, story->nscenes);
  assert_true(m->width > 0 && m->height > 0);
  bool seen[64] = {0};
  int on_path = 0;
  for (int i = 0; i < m->nnodes; i++) {
    const MapNode *n = &m->nodes[i];
    assert_true(n->scene >= 0 && n->scene < story->nscenes && !seen[n->scene]);
    seen[n->scene] = true;
    assert_true(n->x - n->w / 2 >= -1 && n->x + n->w / 2 <= m->width + 1);
    assert_true(n->y - n->h / 2 >= -1 && n->y + n->h / 2 <= m->height + 1);
    on_path += n->on_path;
  }
  assert_int_equal(on_path, 3);
  assert_int_equal(m->nedges, count_edges(story));
  int marked = 0, automatic = 0, labelled = 0;
  for (int i = 0; i < m->nedges; i++) {
    const MapEdge *e = &m->edges[i];
    assert_true(e->npoints >= 4);
    marked += e->on_path;
    automatic += e->automatic;
    labelled += e->label != NULL;
    if (e->on_path) assert_true((e->from == path[0] && e->to == path[1]) || (e->from == path[1] && e->to == path[2]));
  }
  assert_int_equal(marked, 2);
  assert_true(automatic > 0);               /* the template has `go` lines */
  assert_int_equal(labelled + automatic, m->nedges);
  map_free(m);
}

static void test_svg(void **state) {
  (void)state;
  if (!map_available()) skip();
  char dir[] = "/tmp/bts-map-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char *out = path_join(dir, "map.svg");
  char *why = NULL;
  assert_true(map_write_svg(story, NULL, 0, out, &why));
  size_t len;
  ReadError rwhy;
  char *svg = read_file(out, 1u << 24, &len, &rwhy);
  assert_non_null(svg);
  assert_non_null(strstr(svg, "<svg"));
  for (int i = 0; i < story->nscenes; i++) {
    /* Graphviz writes '-' as "&#45;" in SVG text */
    Buf id = {0};
    for (const char *p = story->scenes[i].id; *p; p++)
      if (*p == '-') buf_adds(&id, "&#45;");
      else buf_add(&id, p, 1);
    assert_non_null(strstr(svg, id.s));
    free(id.s);
  }
  free(svg);
  /* an unwritable place: a clear reason, no file */
  char *bad = path_join(dir, "no/such/folder/map.svg");
  assert_false(map_write_svg(story, NULL, 0, bad, &why));
  assert_non_null(strstr(why, "cannot write"));
  free(why);
  free(bad);
  remove(out);
  rmdir(dir);
  free(out);
}

int main(void) {
  Diag d;
  diag_init(&d);
  cat = catalog_load(ROOT "/assets/advice.lua", &d);
  story = cat ? story_load(ROOT "/stories/template", cat, &d) : NULL;
  if (!story) {
    diag_print(&d, stderr);
    return 1;
  }
  diag_free(&d);
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_layout), cmocka_unit_test(test_svg)};
  int failed = cmocka_run_group_tests(tests, NULL, NULL);
  story_free(story);
  catalog_free(cat);
  return failed;
}
