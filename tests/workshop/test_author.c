/* The author's loop in the runtime: "test from here" (a start scene and
 * variables, kept by undo and saves) and following the same place into an
 * edited story (choices matched by their text, as far as they still fit). */
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
#include "files.h"
#include "runtime.h"
#include "story.h"
#include "util.h"
#include "watch.h"

static Catalog *cat;
static char dir[] = "/tmp/bts-author-XXXXXX";

static const char *V1 =
    "story { id = \"t\", title = \"T\", language = \"en\", start = \"a\", vars = { n = 0, ok = false } }\n"
    "local x = character \"x\" { name = \"X\" }\n"
    "scene \"a\" { x \"hi\", choice \"Go to b\" { go = \"b\", add = { n = 1 } }, choice \"Go to c\" { go = \"c\" } }\n"
    "scene \"b\" { x \"in b {n}\", when \"ok\" { x \"ok is set\" },\n"
    "  choice \"Left\" { go = \"c\" }, choice \"Right\" { go = \"end\" } }\n"
    "scene \"c\" { x \"in c\", go \"end\" }\n"
    "ending \"end\" { title = \"The end\", summary = \"Done.\" }\n";

/* v2: a new first choice in a, b's choices swapped, "Left" renamed. */
static const char *V2 =
    "story { id = \"t\", title = \"T\", language = \"en\", start = \"a\", vars = { n = 0, ok = false } }\n"
    "local x = character \"x\" { name = \"X\" }\n"
    "scene \"a\" { x \"hi!\", choice \"Wait\" { go = \"c\" }, choice \"Go to b\" { go = \"b\", add = { n = 1 } },\n"
    "  choice \"Go to c\" { go = \"c\" } }\n"
    "scene \"b\" { x \"in b {n}\", choice \"Right\" { go = \"end\" }, choice \"Left side\" { go = \"c\" } }\n"
    "scene \"c\" { x \"in c\", go \"end\" }\n"
    "ending \"end\" { title = \"The end\", summary = \"Done.\" }\n";

static Story *write_and_load(const char *text) {
  char *path = path_join(dir, "story.lua");
  char *why = NULL;
  assert_true(write_file(path, text, strlen(text), &why));
  free(path);
  Diag d;
  diag_init(&d);
  Story *s = story_load(dir, cat, &d);
  if (!s) diag_print(&d, stderr);
  diag_free(&d);
  assert_non_null(s);
  return s;
}

static bool said(const Runtime *rt, const char *text) {
  for (int i = 0; i < rt_history_len(rt); i++)
    if (strcmp(rt_history(rt, i)->text, text) == 0) return true;
  return false;
}

static void test_start_at(void **state) {
  (void)state;
  Story *s = write_and_load(V1);
  double vars[2];
  char *why = NULL;
  assert_true(rt_parse_sets(s, "n=5, ok=true", vars, &why));
  Runtime *rt = rt_new(s, "en", "Sam", GENDER_F);
  rt_start_at(rt, story_scene_index(s, "b"), vars);
  assert_int_equal(rt_run(rt), RT_CHOICE);
  assert_true(said(rt, "in b 5"));
  assert_true(said(rt, "ok is set"));
  assert_false(said(rt, "hi"));
  /* the save keeps the start; undo goes back to it, not to the story's start */
  assert_true(rt_choose(rt, 0));
  char *text = rt_save_text(rt);
  Runtime *back = rt_from_save(s, text, &why);
  assert_non_null(back);
  assert_int_equal(rt_start_scene(back), story_scene_index(s, "b"));
  assert_int_equal((int)rt_var(back, "n"), 5);
  assert_true(rt_undo(back));
  assert_true(said(back, "in b 5"));
  free(text);
  rt_free(back);
  rt_free(rt);
  /* bad --set values: a clear reason each */
  assert_false(rt_parse_sets(s, "nn=1", vars, &why));
  assert_non_null(strstr(why, "no variable 'nn'"));
  free(why);
  assert_false(rt_parse_sets(s, "ok=2", vars, &why));
  assert_non_null(strstr(why, "true or false"));
  free(why);
  assert_false(rt_parse_sets(s, "n=lots", vars, &why));
  free(why);
  assert_false(rt_parse_sets(s, "n", vars, &why));
  free(why);
  assert_false(rt_parse_sets(s, "n=nan", vars, &why));
  free(why);
  story_free(s);
}

static void test_follow(void **state) {
  (void)state;
  Story *s1 = write_and_load(V1);
  Runtime *old = rt_new(s1, "en", "Sam", GENDER_M);
  rt_run(old);
  rt_choose(old, 0); /* Go to b */
  rt_run(old);
  rt_choose(old, 0); /* Left */
  rt_run(old);
  assert_int_equal(rt_state(old), RT_ENDED);
  Story *s2 = write_and_load(V2);
  int replayed = -1;
  Runtime *rt = rt_follow(s2, old, &replayed);
  /* "Go to b" is found by its text; "Left" was renamed: the path stops in b */
  assert_int_equal(replayed, 1);
  assert_int_equal(rt_state(rt), RT_CHOICE);
  assert_string_equal(rt_scene(rt)->id, "b");
  assert_true(said(rt, "hi!"));
  assert_true(said(rt, "in b 1"));
  rt_free(rt);
  /* a scene that is gone: the path stops where it can */
  Story *s3 = write_and_load("story { id = \"t\", title = \"T\", language = \"en\", start = \"a\" }\n"
                             "scene \"a\" { narrate \"only a\", choice \"Go to b\" { go = \"z\" }, choice \"x\" { go = \"z\" } }\n"
                             "ending \"z\" { title = \"Z\", summary = \"z\" }\n");
  rt = rt_follow(s3, old, &replayed);
  assert_int_equal(replayed, 1);
  assert_int_equal(rt_state(rt), RT_ENDED);
  rt_free(rt);
  /* a choice whose text was only edited is followed by its place */
  Story *s4 = write_and_load(
      "story { id = \"t\", title = \"T\", language = \"en\", start = \"a\", vars = { n = 0, ok = false } }\n"
      "local x = character \"x\" { name = \"X\" }\n"
      "scene \"a\" { x \"hi\", choice \"Go to b!\" { go = \"b\" }, choice \"Go to c\" { go = \"c\" } }\n"
      "scene \"b\" { x \"in b\", choice \"Left\" { go = \"c\" }, choice \"Right\" { go = \"end\" } }\n"
      "scene \"c\" { x \"in c\", go \"end\" }\n"
      "ending \"end\" { title = \"The end\", summary = \"Done.\" }\n");
  rt = rt_follow(s4, old, &replayed);
  assert_int_equal(replayed, 2);
  assert_int_equal(rt_state(rt), RT_ENDED);
  assert_true(said(rt, "in c"));
  rt_free(rt);
  story_free(s4);
  rt_free(old);
  story_free(s1);
  story_free(s2);
  story_free(s3);
}

#ifdef __linux__
/* --watch: what a save looks like to the watch. A file written and still
 * open is "being written"; closing it, or renaming a new version over it
 * (how editors save), completes the save; an editor's swap file is
 * nothing. watch_wait returns at once on a complete save (no fixed wait)
 * and on its stop descriptor. */
static void test_watch_saves(void **state) {
  (void)state;
  Story *s = write_and_load(V1);
  Watch *w = watch_new(s);
  assert_true(watch_fd(w) >= 0);
  char *path = path_join(dir, "story.lua");
  char *swap = path_join(dir, ".story.lua.swp");
  char *tmp = path_join(dir, "story.lua.new");
  assert_int_equal(watch_take_events(w), WATCH_QUIET);

  FILE *f = fopen(swap, "w"); /* an editor's own files */
  fputs("swap", f);
  fclose(f);
  assert_int_equal(watch_take_events(w), WATCH_QUIET);
  assert_false(watch_changed(w));

  f = fopen(path, "a"); /* a save in several writes */
  fputs("-- one\n", f);
  fflush(f);
  assert_int_equal(watch_take_events(w), WATCH_WRITING);
  fputs("-- two\n", f);
  fflush(f);
  assert_int_equal(watch_take_events(w), WATCH_WRITING);
  fclose(f);
  assert_int_equal(watch_take_events(w), WATCH_SAVED);
  assert_true(watch_changed(w));
  assert_false(watch_changed(w)); /* once per change */

  f = fopen(tmp, "w"); /* a save by rename: the temporary file is nothing, */
  fputs(V2, f);
  fclose(f);
  assert_int_equal(watch_take_events(w), WATCH_QUIET);
  assert_int_equal(rename(tmp, path), 0); /* the rename completes it */
  assert_true(watch_wait(w, -1));
  assert_true(watch_changed(w));

  f = fopen(path, "a"); /* a writer gone quiet without closing: looked at anyway */
  fputs("-- three\n", f);
  fflush(f);
  assert_true(watch_wait(w, -1));
  fclose(f);
  assert_true(watch_wait(w, -1));
  assert_true(watch_changed(w));

  int stop[2];
  assert_int_equal(pipe(stop), 0);
  assert_int_equal(write(stop[1], "x", 1), 1);
  assert_false(watch_wait(w, stop[0])); /* told to stop */
  close(stop[0]);
  close(stop[1]);

  unlink(swap);
  free(swap);
  free(tmp);
  free(path);
  watch_free(w);
  story_free(s);
}
#endif

int main(void) {
  Diag d;
  diag_init(&d);
  cat = catalog_load(ROOT "/assets/advice.lua", &d);
  diag_free(&d);
  if (!cat || !mkdtemp(dir)) return 1;
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_start_at), cmocka_unit_test(test_follow),
#ifdef __linux__
    cmocka_unit_test(test_watch_saves),
#endif
  };
  int failed = cmocka_run_group_tests(tests, NULL, NULL);
  char *p = path_join(dir, "story.lua");
  unlink(p);
  free(p);
  rmdir(dir);
  catalog_free(cat);
  return failed;
}
