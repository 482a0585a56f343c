/* One discussion card per stop: on no path of a shipped story do two
 * "Talk about it" cards come one after the other with no choice between
 * them. A class stops for one question at a time (docs/facilitator.md), and
 * the presenter view shows the notes of the last card only: the first of two
 * stacked cards lost its notes, and its time. Random playthroughs of every
 * story, in its own language; each problem is named with the path to
 * replay. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "runtime.h"
#include "story.h"
#include "util.h"
#include "words.h"

static int failures;

static void play(const Story *s, unsigned long long seed) {
  Runtime *rt = rt_new(s, s->language, "Sam", GENDER_X);
  unsigned long long x = seed * 0x9E3779B97F4A7C15ULL + 1;
  int from = 0, path[256], np = 0;
  for (int step = 0; step < 256; step++) {
    RtState st = rt_run(rt);
    int cards = 0;
    const Beat *first = NULL;
    for (; from < rt_history_len(rt); from++) {
      const Beat *b = rt_history(rt, from);
      if (b->kind != WORD_DISCUSS) continue;
      if (!cards++) first = b;
      else if (failures++ < 10) {
        fprintf(stderr, "FAIL: %s:%d: a second discussion card with no choice since the one at %s:%d (--replay ",
                b->file ? b->file : "?", b->line, first->file ? first->file : "?", first->line);
        for (int i = 0; i < np; i++) fprintf(stderr, "%s%d", i ? "," : "", path[i]);
        fprintf(stderr, " %s): one question per stop\n", s->id);
      }
    }
    if (st != RT_CHOICE) break;
    x ^= x >> 12; x ^= x << 25; x ^= x >> 27;
    int pick = (int)((x * 2685821657736338717ULL) % (unsigned long long)rt_choice_count(rt));
    path[np++] = pick + 1;
    if (!rt_choose(rt, pick)) break;
  }
  rt_free(rt);
}

int main(int argc, char **argv) {
  int runs = argc > 1 ? atoi(argv[1]) : 300;
  Diag d;
  diag_init(&d);
  Catalog *cat = catalog_load(ROOT "/assets/advice.lua", &d);
  DIR *dir = opendir(ROOT "/stories");
  struct dirent *e;
  int stories = 0;
  while (cat && dir && (e = readdir(dir))) {
    if (e->d_name[0] == '.') continue;
    char *path = xasprintf(ROOT "/stories/%s", e->d_name);
    Story *s = is_dir(path) ? story_load(path, cat, &d) : NULL;
    free(path);
    if (!s) continue;
    for (int r = 0; r < runs; r++) play(s, (unsigned long long)r + 1);
    story_free(s);
    stories++;
  }
  if (dir) closedir(dir);
  diag_print(&d, stderr);
  diag_free(&d);
  catalog_free(cat);
  printf("%d stories, %d random playthroughs each: %d stacked discussion cards\n", stories, runs, failures);
  return failures || stories == 0 ? 1 : 0;
}
