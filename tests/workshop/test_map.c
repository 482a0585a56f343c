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

/* A story whose choices jump far back and ahead: Graphviz's time and memory
 * grow with the ranks its arrows cross (250 such scenes took 77 s and 340 MB,
 * 3,000 of them 10 GB). The map is drawn plainer when it is big, and refused
 * with a reason when it would be too big; it never hangs. */
static Story *tangled(int scenes, char *dir) {
  char *file = path_join(dir, "story.lua");
  FILE *f = fopen(file, "w");
  assert_non_null(f);
  fprintf(f, "story { id = \"tangled\", title = \"Tangled\", language = \"en\", start = \"s0\", minutes = 9, "
             "teaches = { \"talk\" } }\n");
  for (int i = 0; i < scenes; i++)
    fprintf(f, "scene \"s%d\" { narrate \"a\", choice \"a\" { go = \"s%d\" }, choice \"b\" { go = \"s%d\" }, "
               "choice \"c\" { go = \"end\", did = \"talk\" } }\n", i, (i * 7 + 1) % scenes, (i + 1) % scenes);
  fprintf(f, "ending \"end\" { title = \"End\", summary = \"done\" }\n");
  fclose(f);
  Diag d;
  diag_init(&d);
  Story *s = story_load(dir, cat, &d);
  diag_free(&d);
  remove(file);
  free(file);
  assert_non_null(s);
  return s;
}

static void test_tangled(void **state) {
  (void)state;
  if (!map_available()) skip();
  char dir[] = "/tmp/bts-map-XXXXXX";
  assert_non_null(mkdtemp(dir));
  Story *big = tangled(250, dir);
  char *why = NULL;
  assert_null(map_layout(big, NULL, 0, &why));
  assert_non_null(why);
  assert_non_null(strstr(why, "too big and tangled"));
  assert_non_null(strstr(why, "251 scenes"));
  free(why);
  why = NULL;
  assert_null(map_svg(big, NULL, 0, false, NULL, NULL, NULL, &why));
  assert_non_null(strstr(why, "--graph"));
  free(why);
  story_free(big);
  Story *mid = tangled(60, dir); /* was 8 s; drawn plainer, every scene there */
  why = NULL;
  StoryMap *m = map_layout(mid, NULL, 0, &why);
  assert_non_null(m);
  assert_int_equal(m->nnodes, mid->nscenes);
  map_free(m);
  story_free(mid);
  rmdir(dir);
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
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_layout), cmocka_unit_test(test_svg),
                                      cmocka_unit_test(test_tangled)};
  int failed = cmocka_run_group_tests(tests, NULL, NULL);
  story_free(story);
  catalog_free(cat);
  return failed;
}
