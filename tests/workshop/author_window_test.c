/* The author's loop in the window, headless (software renderer): a saved
 * change reloads at the same place; a broken save shows its errors in a
 * panel (file:line, drawn inside the window) while the last good version
 * goes on; fixing it removes the panel; --scene/--set start "from here";
 * nothing touches the player's save. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app.h"
#include "author.h"
#include "headless.h"
#include "map_view.h"
#include "storymap.h"
#include "util.h"

static I18n *langs;
static Catalog *cat;
static char work[] = "/tmp/bts-author-ui-XXXXXX";
static int napps;

static char *story_copy(void) {
  char *dir = xasprintf("%s/s%d", work, napps);
  char *cmd = xasprintf("mkdir -p '%s/home%d' && cp -r '%s/stories/template' '%s'", work, napps, ROOT, dir);
  assert_int_equal(system(cmd), 0);
  free(cmd);
  char *home = xasprintf("%s/home%d", work, napps++);
  setenv("BTS_HOME", home, 1);
  free(home);
  return dir;
}

static App *make_app(UiOptions o) {
  o.i18n = langs;
  o.catalog = cat;
  char *why;
  App *app = headless_app(&o, 1280, 720, &why);
  if (!app) fail_msg("app_new: %s", why ? why : "?");
  return app;
}

static void run(App *app, const char *script) {
  char *why;
  if (!headless_run(app, script, &why)) fail_msg("script: %s", why);
}

static bool history_has(App *app, const char *text) {
  for (int i = 0; i < rt_history_len(app->play.rt); i++)
    if (strstr(rt_history(app->play.rt, i)->text, text)) return true;
  return false;
}

/* A text drawn this frame, wholly inside the window. */
static bool drawn(App *app, const char *text) {
  for (int i = 0; i < app->gfx.nrecs; i++) {
    const TextRec *r = &app->gfx.recs[i];
    if (r->str && strstr(r->str, text)) {
      SDL_Rect t = r->text;
      return t.x >= 0 && t.y >= 0 && t.x + t.w <= app->gfx.w && t.y + t.h <= app->gfx.h;
    }
  }
  return false;
}

static void edit(const char *dir, const char *sed) {
  char *cmd = xasprintf("sed -i '%s' '%s/story.lua'", sed, dir);
  assert_int_equal(system(cmd), 0);
  free(cmd);
  /* a new modification time even on a coarse clock */
  char *touch = xasprintf("touch -d '+2 seconds' '%s/story.lua'", dir);
  assert_int_equal(system(touch), 0);
  free(touch);
}

static void test_watch(void **state) {
  (void)state;
  char *dir = story_copy();
  App *app = make_app((UiOptions){.story = dir, .watch = true});
  run(app, "setup Sam f\nrun\nchoose 1\nrun\n");
  assert_true(history_has(app, "so what do you like drawing?"));
  edit(dir, "s/so what do you like drawing?/so what do you like to draw?/");
  author_check(app);
  app_draw(app);
  assert_true(history_has(app, "so what do you like to draw?"));
  assert_int_equal(rt_choices_made(app->play.rt), 1); /* the same place */
  assert_int_equal(author_error_count(app), 0);

  edit(dir, "s/^scene \"quiz\" {/scene \"quiz\" {\\n  narate \"x\",/");
  author_check(app);
  app_draw(app);
  assert_int_equal(author_error_count(app), 1);
  assert_true(drawn(app, "The story has errors"));
  assert_true(drawn(app, "story.lua:"));
  assert_true(drawn(app, "'narate'"));
  /* the last good version goes on */
  run(app, "choose 2\nrun\n");
  assert_true(history_has(app, "wow ok. your loss"));

  edit(dir, "/^  narate \"x\",$/d");
  author_check(app);
  app_draw(app);
  assert_int_equal(author_error_count(app), 0);
  assert_false(drawn(app, "The story has errors"));
  assert_int_equal(rt_choices_made(app->play.rt), 2);
  /* no change, no reload: the same runtime */
  const Runtime *before = app->play.rt;
  author_check(app);
  assert_ptr_equal(app->play.rt, before);
  headless_free(app);
  char *saves = xasprintf("%s/home%d/saves/template.save", work, napps - 1);
  assert_false(is_file(saves)); /* the author's loop never saves */
  free(saves);
  free(dir);
}

static void test_scene_set(void **state) {
  (void)state;
  char *dir = story_copy();
  App *app = make_app((UiOptions){.story = dir, .scene = "tell", .sets = "trust=2"});
  run(app, "setup Sam f\nrun\n");
  assert_true(history_has(app, "someone online is threatening me"));
  assert_false(history_has(app, "Saturday afternoon"));
  assert_int_equal((int)rt_var(app->play.rt, "trust"), 2);
  headless_free(app);
  /* a scene that is not there: app_new says so */
  SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, 640, 480, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer *ren = SDL_CreateSoftwareRenderer(surf);
  UiOptions o = {.i18n = langs, .catalog = cat, .story = dir, .scene = "nowhere"};
  char *why = NULL;
  assert_null(app_new(&o, ren, NULL, 640, 480, &why));
  assert_non_null(strstr(why, "no scene \"nowhere\""));
  free(why);
  SDL_DestroyRenderer(ren);
  SDL_FreeSurface(surf);
  free(dir);
}

/* A class's folder given to the window: its stories are on the menu, with
 * the game's (it said "this folder has no story.lua"). */
static void test_class_library(void **state) {
  (void)state;
  char *one = story_copy();
  char *cls = xasprintf("%s-class", one);
  char *cmd = xasprintf("mkdir -p '%s' && mv '%s' '%s/anna' && sed -i 's/A new follower/The Lost Phone of Anna/' '%s/anna/story.lua' && "
                        "sed -i 's/id = \"template\"/id = \"anna\"/' '%s/anna/story.lua'", cls, one, cls, cls, cls);
  assert_int_equal(system(cmd), 0);
  free(cmd);
  App *app = make_app((UiOptions){.library = cls});
  run(app, "setup Sam f\nscreen menu\n");
  assert_true(drawn(app, "The Lost Phone of Anna"));
  assert_true(drawn(app, "A stranger on Skype") || drawn(app, "Forty minutes")); /* the game's too */
  headless_free(app);
  free(cls);
  free(one);
}

/* A story too big and tangled to draw: the window says so in the player's
 * language (it showed the command line's English, with --graph). */
static void test_map_too_big_words(void **state) {
  (void)state;
  if (!map_available()) skip();
  char *dir = story_copy();
  char *file = xasprintf("%s/story.lua", dir);
  FILE *f = fopen(file, "w");
  assert_non_null(f);
  fprintf(f, "story { id = \"tangled\", title = \"Tangled\", language = \"en\", "
             "start = \"s0\", teaches = { \"talk\" } }\n");
  for (int i = 0; i < 250; i++)
    fprintf(f, "scene \"s%d\" { narrate \"a\", choice \"a\" { go = \"s%d\" }, choice \"b\" { go = \"s%d\" }, "
               "choice \"c\" { go = \"end\", did = \"talk\" } }\n", i, (i * 7 + 1) % 250, (i + 1) % 250);
  fprintf(f, "ending \"end\" { title = \"End\", summary = \"done\" }\n");
  fclose(f);
  free(file);
  App *app = make_app((UiOptions){.story = dir});
  run(app, "setup Sam f\nlang fr\nrun\nkey F6\n");
  assert_int_equal(app->nav.screen, SCR_MAP);
  assert_true(drawn(app, "trop de scènes"));
  assert_false(drawn(app, "--graph"));
  headless_free(app);
  free(dir);
}

/* The map: every scene drawn inside the window, the path marked, and a
 * click on a scene plays from there without saving. */
static void test_map_view(void **state) {
  (void)state;
  if (!map_available()) skip();
  char *dir = story_copy();
  App *app = make_app((UiOptions){.story = dir});
  run(app, "setup Sam f\nrun\nchoose 1\nrun\nkey F6\n");
  assert_int_equal(app->nav.screen, SCR_MAP);
  assert_true(drawn(app, "Story map: A new follower"));
  assert_true(drawn(app, "intro"));
  assert_true(drawn(app, "chat"));
  int scenes = 0, tell = -1;
  for (int i = 0; i < app->in.nzones; i++)
    if (app->in.zones[i].action == ACT_MAP_SCENE) {
      scenes++;
      if (strcmp(app->play.story->scenes[app->in.zones[i].arg].id, "tell") == 0) tell = app->in.zones[i].arg;
    }
  assert_true(scenes >= 8); /* the rest scrolls into view */
  if (tell < 0) tell = story_scene_index(app->play.story, "tell");
  app_act(app, ACT_MAP_SCENE, tell, 0);
  run(app, "run\n");
  assert_int_equal(app->nav.screen, SCR_CHAT);
  assert_true(history_has(app, "someone online is threatening me"));
  assert_false(history_has(app, "Saturday afternoon"));
  run(app, "end\n");
  headless_free(app);
  char *saves = xasprintf("%s/home%d/saves/template.save", work, napps - 1);
  assert_false(is_file(saves));
  free(saves);
  free(dir);
}

int main(void) {
  if (!mkdtemp(work)) return 1;
  setenv("SDL_VIDEODRIVER", "dummy", 1);
  setenv("BTS_ROOT", ROOT, 1);
  if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) return 1;
  Diag d;
  diag_init(&d);
  langs = i18n_load(ROOT "/assets", &d);
  cat = catalog_load(ROOT "/assets/advice.lua", &d);
  if (!langs || !cat) {
    diag_print(&d, stderr);
    return 1;
  }
  diag_free(&d);
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_watch), cmocka_unit_test(test_scene_set),
                                     cmocka_unit_test(test_map_view), cmocka_unit_test(test_map_too_big_words), cmocka_unit_test(test_class_library)};
  int failed = cmocka_run_group_tests(tests, NULL, NULL);
  catalog_free(cat);
  i18n_free(langs);
  TTF_Quit();
  SDL_Quit();
  char *cmd = xasprintf("rm -rf '%s'", work);
  if (system(cmd)) {
  }
  free(cmd);
  return failed;
}
