/* behind-the-screen: the command line picks one front end. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "check.h"
#include "i18n.h"
#include "paths.h"
#include "story.h"
#include "text_player.h"
#include "textsafe.h"
#include "ui.h"
#include "util.h"

static const char USAGE[] =
    "Usage: behind-the-screen [STORY] [options]\n"
    "\n"
    "Plays branching chat stories about sextortion (webcam blackmail), so that\n"
    "young people learn to recognise it and know what to do.\n"
    "\n"
    "  behind-the-screen                    open the window at the story menu\n"
    "  behind-the-screen STORY              play one story (a folder, a .lua file, or an id)\n"
    "    --text                             play in the terminal (screen-reader friendly)\n"
    "    --lang fr|en   --country FR|GB|... override the language and help country\n"
    "    --name NAME    --gender m|f|x      the player's first name and grammar\n"
    "    --fullscreen   --classroom         projector / class mode\n"
    "  behind-the-screen --check PATH...    check stories; exit 1 on any error\n"
    "  behind-the-screen --graph STORY      the story map as Graphviz DOT\n"
    "  behind-the-screen --random N [--seed S] STORY   N random playthroughs\n"
    "  behind-the-screen --replay 1,2,1 STORY          play these choices, print the debrief\n"
    "  behind-the-screen --screenshot OUT.bmp STORY [--script FILE]\n"
    "  behind-the-screen --help | --version\n"
    "\n"
    "Stories: stories/ (skype, instagram, template). Writing one: docs/story-language.md\n";

static int usage_error(const char *fmt, const char *arg) {
  fprintf(stderr, "behind-the-screen: ");
  char *msg = xasprintf(fmt, arg);
  ts_fputs(msg, stderr); /* the argument may be a folder's name */
  free(msg);
  fprintf(stderr, "\nTry 'behind-the-screen --help'.\n");
  return 2;
}

/* A folder, a .lua file, or the id of a shipped story. */
static char *resolve_story(const char *arg) {
  if (is_dir(arg) || is_file(arg)) return xstrdup(arg);
  if (!strchr(arg, '/')) {
    char *stories = paths_stories();
    char *p = path_join(stories, arg);
    free(stories);
    if (is_dir(p)) return p;
    free(p);
  }
  return xstrdup(arg); /* story_load reports it as missing */
}

static Catalog *load_catalog(void) {
  char *assets = paths_assets();
  char *path = path_join(assets, "advice.lua");
  free(assets);
  Diag d;
  diag_init(&d);
  Catalog *c = catalog_load(path, &d);
  if (!c) diag_print(&d, stderr);
  diag_free(&d);
  free(path);
  return c;
}

/* The game's words in every language (assets/lang). A missing word was
 * reported here, and English stands in for it. */
static I18n *load_languages(void) {
  char *assets = paths_assets();
  Diag d;
  diag_init(&d);
  I18n *in = i18n_load(assets, &d);
  diag_print(&d, stderr);
  diag_free(&d);
  free(assets);
  return in;
}

static int cmd_check(char **paths, int n) {
  Catalog *cat = load_catalog();
  if (!cat) return 1;
  int status = 0;
  for (int i = 0; i < n; i++) {
    char *path = resolve_story(paths[i]);
    Diag d;
    diag_init(&d);
    Story *s = story_load(path, cat, &d);
    CheckSummary sum = {0};
    if (s) check_explore(s, &d, CHECK_MAX_STATES, &sum);
    diag_print(&d, stderr);
    if (d.errors) status = 1;
    if (s) {
      int endings = 0;
      for (int k = 0; k < s->nscenes; k++) endings += s->scenes[k].is_ending;
      /* The folder's name is the user's or the story's: filtered too. */
      ts_fprintf(stdout, "%s: %d scenes, %d endings (%d reached), %d choice points explored%s: %d errors, %d warnings\n", path,
             s->nscenes, endings, sum.endings_seen, sum.states, sum.complete ? "" : " (partial)", d.errors, d.warnings);
    } else {
      ts_fprintf(stdout, "%s: %d errors, %d warnings\n", path, d.errors, d.warnings);
    }
    diag_free(&d);
    story_free(s);
    free(path);
  }
  catalog_free(cat);
  return status;
}

typedef enum { RUN_GRAPH, RUN_RANDOM, RUN_REPLAY } StoryCommand;

static int cmd_story(StoryCommand cmd, const char *arg, long n, unsigned long long seed, const char *replay,
                     const char *lang) {
  Catalog *cat = load_catalog();
  if (!cat) return 1;
  char *path = resolve_story(arg);
  Diag d;
  diag_init(&d);
  Story *s = story_load(path, cat, &d);
  diag_print(&d, stderr);
  diag_free(&d);
  free(path);
  int status = 1;
  if (s) {
    if (cmd == RUN_GRAPH) {
      check_graph(s, stdout);
      status = 0;
    } else if (cmd == RUN_RANDOM) {
      status = check_random(s, n, seed, stdout) ? 1 : 0;
    } else {
      int *choices = xcalloc(strlen(replay) + 1, sizeof(int));
      int count = 0;
      for (const char *p = replay; *p;) {
        char *end;
        long v = strtol(p, &end, 10);
        if (end == p || v < 1 || v > 8) {
          fprintf(stderr, "behind-the-screen: --replay takes choice numbers like 1,2,1\n");
          free(choices);
          story_free(s);
          catalog_free(cat);
          return 2;
        }
        choices[count++] = (int)v;
        p = end;
        while (*p == ',' || *p == ' ') p++;
      }
      status = check_replay(s, lang, choices, count, stdout, stderr);
      free(choices);
    }
  }
  story_free(s);
  catalog_free(cat);
  return status;
}

int main(int argc, char **argv) {
  const char *story = NULL, *lang = NULL, *country = NULL, *name = NULL, *script = NULL, *shot = NULL;
  const char *replay = NULL;
  char gender = 0;
  bool text = false, fullscreen = false, classroom = false, check = false, graph = false;
  long random_n = -1;
  unsigned long long seed = 1;
  char *check_paths[argc + 1]; /* no allocation: usage errors return early */
  int ncheck = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *next = i + 1 < argc ? argv[i + 1] : NULL;
#define NEED_VALUE()                                              \
  do {                                                            \
    if (!next) return usage_error("%s needs a value", a);         \
    i++;                                                          \
  } while (0)
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      fputs(USAGE, stdout);
      return 0;
    } else if (strcmp(a, "--version") == 0) {
      printf("behind-the-screen %s\n", BTS_VERSION);
      return 0;
    } else if (strcmp(a, "--text") == 0) text = true;
    else if (strcmp(a, "--fullscreen") == 0) fullscreen = true;
    else if (strcmp(a, "--classroom") == 0) classroom = true;
    else if (strcmp(a, "--check") == 0) check = true;
    else if (strcmp(a, "--graph") == 0) graph = true;
    else if (strcmp(a, "--lang") == 0) { NEED_VALUE(); lang = next; }
    else if (strcmp(a, "--country") == 0) { NEED_VALUE(); country = next; }
    else if (strcmp(a, "--name") == 0) { NEED_VALUE(); name = next; }
    else if (strcmp(a, "--gender") == 0) {
      NEED_VALUE();
      if (strlen(next) != 1 || !strchr("mfx", next[0])) return usage_error("--gender is m, f or x, not '%s'", next);
      gender = next[0];
    } else if (strcmp(a, "--script") == 0) { NEED_VALUE(); script = next; }
    else if (strcmp(a, "--screenshot") == 0) { NEED_VALUE(); shot = next; }
    else if (strcmp(a, "--replay") == 0) { NEED_VALUE(); replay = next; }
    else if (strcmp(a, "--random") == 0) {
      NEED_VALUE();
      char *end;
      random_n = strtol(next, &end, 10);
      if (*end || random_n < 1) return usage_error("--random needs a number of playthroughs, not '%s'", next);
    } else if (strcmp(a, "--seed") == 0) {
      NEED_VALUE();
      char *end;
      seed = strtoull(next, &end, 10);
      if (*end) return usage_error("--seed needs a number, not '%s'", next);
    } else if (a[0] == '-' && a[1]) {
      return usage_error("unknown option '%s'", a);
    } else if (check) {
      check_paths[ncheck++] = argv[i];
    } else if (story) {
      return usage_error("one story at a time ('%s')", a);
    } else {
      story = a;
    }
#undef NEED_VALUE
  }
  /* Both front ends share one catalogue and one set of languages. */
  I18n *langs = load_languages();
  if (!langs) return 1;
  /* A story may be translated into a language the game has no words for
   * yet: the story speaks it, the game's words stand in English. */
  if (lang && !i18n_is_code(lang, strlen(lang))) {
    char *known = xasprintf("--lang is a language code (%s), not '%%s'", i18n_list(langs));
    i18n_free(langs);
    int rc = usage_error(known, lang);
    free(known);
    return rc;
  }
  if (check || graph || random_n > 0 || replay) i18n_free(langs);
  if (check) {
    if (story) check_paths[ncheck++] = (char *)story;
    if (!ncheck) return usage_error("%s", "--check needs a story folder or file");
    return cmd_check(check_paths, ncheck);
  }
  if (graph || random_n > 0 || replay) {
    if (!story) return usage_error("%s", "this mode needs a STORY");
    return cmd_story(graph ? RUN_GRAPH : random_n > 0 ? RUN_RANDOM : RUN_REPLAY, story, random_n, seed, replay, lang);
  }
  if (text && !story) {
    i18n_free(langs);
    return usage_error("%s", "--text needs a STORY (skype, instagram, template or a folder)");
  }
  Catalog *cat = load_catalog();
  if (!cat) {
    i18n_free(langs);
    return 1;
  }
  char *path = story ? resolve_story(story) : NULL;
  int status;
  if (text) {
    TextOptions o = {langs, cat, path, lang, country, name, gender, classroom, false, stdin, stdout};
    status = text_play(&o);
  } else {
    UiOptions o = {langs, cat, path, lang, country, fullscreen, classroom, shot, script};
    status = ui_run(&o);
    if (status == UI_NO_DISPLAY) {
      if (shot) {
        status = 1;
      } else {
        fprintf(stderr, "behind-the-screen: no display found: playing in the terminal instead.\n");
        char *fallback = path ? xstrdup(path) : paths_stories();
        if (!path) {
          char *p = path_join(fallback, "skype");
          free(fallback);
          fallback = p;
        }
        TextOptions to = {langs, cat, fallback, lang, country, name, gender, classroom, false, stdin, stdout};
        status = text_play(&to);
        free(fallback);
      }
    }
  }
  free(path);
  catalog_free(cat);
  i18n_free(langs);
  return status;
}
