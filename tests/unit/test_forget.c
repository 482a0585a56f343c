/* Discretion: leave no trace writes nothing (settings, saves, set-aside
 * copies), and "Forget me" removes every file the game wrote for the user
 * and nothing else. Runs in a temporary BTS_HOME. */
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

#include "forget.h"
#include "settings.h"
#include "util.h"

#include "temp_home.h"

static void put(const char *rel, const char *text) {
  char *p = path_join(temp_home, rel);
  char *dir = path_dirname(p);
  mkdir(dir, 0700);
  free(dir);
  FILE *f = fopen(p, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
  free(p);
}

static bool exists(const char *rel) {
  char *p = path_join(temp_home, rel);
  struct stat st;
  bool yes = stat(p, &st) == 0;
  free(p);
  return yes;
}


static void no_trace_writes_nothing(void **st) {
  (void)st;
  rmdir(temp_home); /* a first start: not even the folder may appear */
  trace_set_off(true);
  Settings s;
  settings_defaults(&s);
  s.text_scale = 150;
  char *why = NULL;
  assert_true(settings_save(&s, &why)); /* nothing to do: not an error */
  assert_false(is_dir(temp_home));
  mkdir(temp_home, 0700);
  put("settings.conf", "not settings at all\n");
  Settings back;
  assert_false(settings_load(&back, &why)); /* unreadable: defaults, and said */
  free(why);
  assert_true(exists("settings.conf"));      /* but not renamed aside */
  assert_false(exists("settings.conf.bad-1"));
}

static void forget_removes_the_games_files_only(void **st) {
  (void)st;
  Settings s;
  settings_defaults(&s);
  char *why = NULL;
  assert_true(settings_save(&s, &why));
  put("settings.conf.bad-1", "old\n");
  put("saves/skype.save", "x\n");
  put("saves/instagram.save.bad-2", "x\n");
  put("saves/template.save.tmp", "x\n");
  put("answers/before.csv", "x\n");
  /* not the game's: kept */
  put("notes.txt", "mine\n");
  put("saves/photo.png", "mine\n");
  put("settings.conf.old", "mine\n");
  Forgotten f;
  assert_true(forget_me(&f, &why));
  assert_int_equal(f.settings, 2);
  assert_int_equal(f.saves, 3);
  assert_int_equal(f.answers, 1);
  assert_int_equal(f.count, 6);
  assert_false(f.folder_removed);
  forgotten_free(&f);
  assert_false(exists("settings.conf"));
  assert_false(exists("settings.conf.bad-1"));
  assert_false(exists("saves/skype.save"));
  assert_false(exists("saves/instagram.save.bad-2"));
  assert_false(exists("saves/template.save.tmp"));
  assert_false(exists("answers"));
  assert_true(exists("notes.txt"));
  assert_true(exists("saves/photo.png"));
  assert_true(exists("settings.conf.old"));
}

static void forget_takes_the_folder_when_empty(void **st) {
  (void)st;
  put("saves/skype.save", "x\n");
  put("settings.conf", "x\n");
  Forgotten f;
  char *why = NULL;
  assert_true(forget_me(&f, &why));
  assert_int_equal(f.count, 2);
  assert_true(f.folder_removed);
  forgotten_free(&f);
  assert_false(is_dir(temp_home));
  /* nothing there: nothing to say, no error */
  assert_true(forget_me(&f, &why));
  assert_int_equal(f.count, 0);
  forgotten_free(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(no_trace_writes_nothing, temp_home_setup, temp_home_teardown),
      cmocka_unit_test_setup_teardown(forget_removes_the_games_files_only, temp_home_setup, temp_home_teardown),
      cmocka_unit_test_setup_teardown(forget_takes_the_folder_when_empty, temp_home_setup, temp_home_teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
