/* For every shipped story, every country and every language the story
 * speaks: the scripted paths (the .play files in tests/stories) and random
 * playthroughs show no other country's service, number, currency or
 * payment word (tests/stories/country-markers.txt). A UK teen never reads
 * PHAROS, 3018 or a price in euros. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "help.h"
#include "i18n.h"
#include "runtime.h"
#include "story.h"
#include "util.h"

typedef struct {
  char code[4];
  char *marker;
} Marker;

static Marker *markers;
static int nmarkers;
static int failures;
static char *seen[256]; /* problems already reported */
static int nseen;

static void load_markers(void) {
  FILE *f = fopen(ROOT "/tests/stories/country-markers.txt", "r");
  if (!f) { perror("country-markers.txt"); exit(2); }
  char line[256];
  while (fgets(line, sizeof line, f)) {
    line[strcspn(line, "\n")] = 0;
    if (!line[0] || line[0] == '#' || strlen(line) < 4) continue;
    markers = xrealloc(markers, (size_t)(nmarkers + 1) * sizeof *markers);
    snprintf(markers[nmarkers].code, sizeof markers[nmarkers].code, "%.2s", line);
    markers[nmarkers++].marker = xstrdup(line + 3);
  }
  fclose(f);
}

static bool own(const char *code, const char *marker) {
  for (int i = 0; i < nmarkers; i++)
    if (strcmp(markers[i].code, code) == 0 && strcmp(markers[i].marker, marker) == 0) return true;
  return false;
}

static void scan(const char *text, const char *code, const char *where) {
  if (!text) return;
  for (int i = 0; i < nmarkers; i++) {
    if (strcmp(markers[i].code, code) == 0 || own(code, markers[i].marker)) continue;
    if (!strstr(text, markers[i].marker)) continue;
    char key[512];
    snprintf(key, sizeof key, "%s|%s|%.200s", where, markers[i].marker, text);
    bool again = false; /* the same line on another path */
    for (int k = 0; k < nseen && !again; k++) again = strcmp(seen[k], key) == 0;
    if (again) continue;
    if (nseen < 256) seen[nseen++] = xstrdup(key);
    if (failures++ < 30)
      fprintf(stderr, "FAIL: %s shows %s's \"%s\": %s\n", where, markers[i].code, markers[i].marker, text);
  }
}

/* Everything a player of this runtime reads after its last step. */
static void scan_runtime(Runtime *rt, const char *code, const char *where, int *from) {
  for (; *from < rt_history_len(rt); (*from)++) {
    const Beat *b = rt_history(rt, *from);
    scan(b->text, code, where);
    scan(b->notes, code, where);
  }
  for (int i = 0; i < rt_choice_count(rt); i++) scan(rt_choice_text(rt, i), code, where);
  if (rt_state(rt) == RT_ENDED) {
    scan(rt_ending_title(rt), code, where);
    scan(rt_ending_summary(rt), code, where);
    DebriefItem it[CATALOG_MAX];
    int n = rt_debrief(rt, it, CATALOG_MAX);
    for (int i = 0; i < n; i++) {
      scan(it[i].step, code, where);
      scan(it[i].why, code, where);
    }
  }
}

static void play(const Story *s, const HelpList *h, const char *lang, const int *path, int npath, unsigned long long seed,
                 const char *where) {
  Runtime *rt = rt_new(s, lang, "Sam", GENDER_X);
  rt_set_help(rt, h);
  int from = 0;
  unsigned long long x = seed * 0x9E3779B97F4A7C15ULL + 1;
  for (int step = 0; step < 2000; step++) {
    RtState st = rt_run(rt);
    scan_runtime(rt, h->code, where, &from);
    if (st != RT_CHOICE) break;
    int pick;
    if (path) {
      if (step >= npath) break;
      pick = path[step] - 1;
    } else {
      x ^= x >> 12; x ^= x << 25; x ^= x >> 27;
      pick = (int)((x * 2685821657736338717ULL) % (unsigned long long)rt_choice_count(rt));
    }
    if (!rt_choose(rt, pick)) break;
  }
  rt_free(rt);
}

/* The paths of the .play files for this story. */
static int read_plays(const char *story_id, int paths[][64], int max) {
  int n = 0;
  DIR *d = opendir(ROOT "/tests/stories");
  struct dirent *e;
  while (d && (e = readdir(d)) && n < max) {
    size_t len = strlen(e->d_name);
    if (len < 6 || strcmp(e->d_name + len - 5, ".play") != 0) continue;
    char *p = xasprintf(ROOT "/tests/stories/%s", e->d_name);
    FILE *f = fopen(p, "r");
    free(p);
    if (!f) continue;
    char line[512], id[64] = "";
    int path[64] = {0}, np = 0;
    while (fgets(line, sizeof line, f)) {
      if (sscanf(line, "story %63s", id) == 1) continue;
      if (strncmp(line, "path", 4) == 0)
        for (char *q = line + 4; *q && np < 63;) {
          char *end;
          long v = strtol(q, &end, 10);
          if (end == q) { q++; continue; }
          path[np++] = (int)v;
          q = end;
        }
    }
    fclose(f);
    if (strcmp(id, story_id) == 0) {
      memcpy(paths[n], path, sizeof path);
      paths[n][63] = np;
      n++;
    }
  }
  if (d) closedir(d);
  return n;
}

int main(int argc, char **argv) {
  int random_runs = argc > 1 ? atoi(argv[1]) : 200;
  load_markers();
  Diag d;
  diag_init(&d);
  Catalog *cat = catalog_load(ROOT "/assets/advice.lua", &d);
  I18n *langs = i18n_load(ROOT "/assets", &d); /* amounts written as the game writes them */
  int ncountries = 0;
  char **codes = help_countries(ROOT "/assets", &ncountries);
  static const char *const LANGS[] = {"en", "fr", "it"};
  DIR *dir = opendir(ROOT "/stories");
  struct dirent *e;
  int combos = 0;
  while (cat && dir && (e = readdir(dir))) {
    if (e->d_name[0] == '.') continue;
    char *path = xasprintf(ROOT "/stories/%s", e->d_name);
    Story *s = is_dir(path) ? story_load(path, cat, &d) : NULL;
    free(path);
    if (!s) continue;
    static int plays[32][64];
    int nplays = read_plays(s->id, plays, 32);
    for (int c = 0; c < ncountries; c++)
      for (size_t l = 0; l < sizeof LANGS / sizeof *LANGS; l++) {
        if (!story_has_lang(s, LANGS[l])) continue;
        HelpList *h = help_load(ROOT "/assets", codes[c], LANGS[l], &d);
        if (!h) continue;
        help_use_words(h, langs);
        char *where = xasprintf("%s --lang %s --country %s", s->id, LANGS[l], codes[c]);
        /* the help list the player reads beside the story */
        for (int i = 0; i < h->count; i++) {
          scan(h->entries[i].name, h->code, where);
          scan(h->entries[i].contact, h->code, where);
          scan(h->entries[i].what, h->code, where);
          scan(h->entries[i].hours, h->code, where);
        }
        for (int p = 0; p < nplays; p++) play(s, h, LANGS[l], plays[p], plays[p][63], 0, where);
        for (int r = 0; r < random_runs; r++) play(s, h, LANGS[l], NULL, 0, (unsigned long long)r + 1, where);
        free(where);
        help_free(h);
        combos++;
      }
    story_free(s);
  }
  if (dir) closedir(dir);
  diag_print(&d, stderr);
  diag_free(&d);
  for (int c = 0; c < ncountries; c++) free(codes[c]);
  free(codes);
  catalog_free(cat);
  i18n_free(langs);
  for (int i = 0; i < nmarkers; i++) free(markers[i].marker);
  free(markers);
  for (int i = 0; i < nseen; i++) free(seen[i]);
  printf("%d story x country x language combinations, %d random playthroughs each: %d problems\n", combos, random_runs,
         failures);
  return failures || combos == 0 ? 1 : 0;
}
