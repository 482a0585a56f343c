/* The game's words (engine/core/i18n.h). Run as `test_i18n assets` it is
 * the check of the shipped languages: every word, every advice text and
 * every help text in every language of assets/lang, nothing unknown. With
 * no argument: the language rules and what a broken language file does. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalog.h"
#include "help.h"
#include "answers.h"
#include "i18n.h"
#include "settings.h"
#include "story.h"
#include "util.h"

#define ASSETS ROOT "/assets"

static I18n *load(const char *assets, Diag *d) {
  diag_init(d);
  return i18n_load(assets, d);
}

static void fail_with(const Diag *d) {
  diag_print(d, stderr);
  fail_msg("%d errors, %d warnings in the shipped languages", d->errors, d->warnings);
}

static void test_shipped_words(void **state) {
  (void)state;
  Diag d;
  I18n *in = load(ASSETS, &d);
  assert_non_null(in);
  if (d.count) fail_with(&d);
  assert_true(i18n_find(in, "en") >= 0);
  assert_true(i18n_find(in, "fr") >= 0);
  for (int i = 1; i < i18n_count(in); i++) assert_true(strcmp(i18n_code(in, i - 1), i18n_code(in, i)) < 0);
  for (int k = 0; k < i18n_count(in); k++) {
    assert_string_not_equal(i18n_name(in, k), i18n_code(in, k)); /* its own name is given */
    for (int id = 0; id < S_COUNT; id++) assert_true(i18n_word(in, i18n_code(in, k), (StrId)id)[0]);
  }
  diag_free(&d);
  i18n_free(in);
}

/* The advice catalogue and the help files speak every language there is. */
static void test_shipped_texts(void **state) {
  (void)state;
  Diag d;
  I18n *in = load(ASSETS, &d);
  assert_non_null(in);
  Catalog *cat = catalog_load(ASSETS "/advice.lua", &d);
  assert_non_null(cat);
  Questions *questions = questions_load(ASSETS, &d);
  assert_non_null(questions);
  assert_in_range(questions->count, 3, 5);
  for (int k = 0; k < i18n_count(in); k++) {
    const char *code = i18n_code(in, k);
    for (int i = 0; i < cat->count; i++) {
      bool has = false;
      for (int j = 0; j < cat->items[i].nlang; j++) has |= strcmp(cat->items[i].lang[j], code) == 0;
      if (!has) diag_add(&d, DIAG_WARNING, ASSETS "/advice.lua", 0, "advice \"%s\" has no text in \"%s\"",
                         cat->items[i].id, code);
    }
    help_check_lang(ASSETS, code, &d);
    /* the before/after questions are asked in every language too */
    questions_check_lang(questions, code, ASSETS "/questions.lua", &d);
  }
  if (d.count) fail_with(&d);
  diag_free(&d);
  questions_free(questions);
  catalog_free(cat);
  i18n_free(in);
}

static void test_rules(void **state) {
  (void)state;
  Diag d;
  I18n *in = load(ASSETS, &d);
  assert_non_null(in);
  char buf[128];
  assert_string_equal(i18n_name_word(in, "fr", T_PHOTO_FROM, "Inès", buf, sizeof buf), "Photo d'Inès");
  assert_string_equal(i18n_name_word(in, "fr", T_PHOTO_FROM, "Élodie", buf, sizeof buf), "Photo d'Élodie");
  assert_string_equal(i18n_name_word(in, "fr", T_PHOTO_FROM, "Sam", buf, sizeof buf), "Photo de Sam");
  assert_string_equal(i18n_name_word(in, "en", T_PHOTO_FROM, "Inès", buf, sizeof buf), "Photo from Inès");
  assert_string_equal(i18n_count_word(in, "en", T_LENGTH, 1, buf, sizeof buf), "about 1 minute");
  assert_string_equal(i18n_count_word(in, "en", T_LENGTH, 0, buf, sizeof buf), "about 0 minutes");
  assert_string_equal(i18n_count_word(in, "en", T_LENGTH, 12, buf, sizeof buf), "about 12 minutes");
  assert_string_equal(i18n_count_word(in, "fr", T_LENGTH, 0, buf, sizeof buf), "environ 0 minute");
  assert_string_equal(i18n_count_word(in, "fr", T_LENGTH, 2, buf, sizeof buf), "environ 2 minutes");
  assert_string_equal(i18n_count_word(in, "fr", S_MINUTES, 7, buf, sizeof buf), "7 min");
  assert_string_equal(i18n_word(in, "fr", T_COLON), " : ");
  assert_string_equal(i18n_word(in, "en", T_COLON), ": ");
  /* an unknown language speaks English, never a key */
  assert_string_equal(i18n_word(in, "zz", S_PLAY), "Play");
  assert_string_equal(i18n_word(in, NULL, S_PLAY), "Play");
  /* French sets a narrow no-break space before ? ! ; : (text_typography) */
  char *t = i18n_typography(in, "fr", "Quoi ?");
  assert_string_equal(t, "Quoi\xE2\x80\xAF?");
  free(t);
  t = i18n_typography(in, "en", "What ?");
  assert_string_equal(t, "What ?");
  free(t);
  Settings s;
  settings_defaults(&s);
  snprintf(s.lang, sizeof s.lang, "zz");
  s.country[0] = 0;
  i18n_settle(in, &s);
  assert_string_equal(s.lang, "en");
  assert_string_equal(s.country, "GB");
  snprintf(s.lang, sizeof s.lang, "fr");
  s.country[0] = 0;
  i18n_settle(in, &s);
  assert_string_equal(s.lang, "fr");
  assert_string_equal(s.country, "FR");
  snprintf(s.country, sizeof s.country, "CA");
  i18n_settle(in, &s);
  assert_string_equal(s.country, "CA");
  diag_free(&d);
  i18n_free(in);
}

static void spit(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
}

static bool said(const Diag *d, const char *what) {
  for (int i = 0; i < d->count; i++)
    if (strstr(d->entries[i].message, what)) return true;
  return false;
}

/* A new language with a missing word, a typo and a broken neighbour: the
 * check says so, the player sees English for the missing word. */
static void test_broken_language(void **state) {
  (void)state;
  char dir[] = "/tmp/bts-lang-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char *lang = path_join(dir, "lang");
  assert_int_equal(mkdir(lang, 0700), 0);
  size_t len;
  ReadError why;
  char *en = read_file(ASSETS "/lang/en.lua", 1 << 20, &len, &why);
  assert_non_null(en);
  char *p = path_join(lang, "en.lua");
  spit(p, en);
  free(p);
  free(en);
  p = path_join(lang, "xx.lua");
  spit(p, "language \"xx\" { name = \"Xx\", window = { play = \"Jxx\", tagline = \"T\", pley = \"?\" },\n"
          "  terminal = { length = \"{n}\", photo_from = \"no hole\" } }\n");
  free(p);
  p = path_join(lang, "yy.lua");
  spit(p, "language \"yy\" { name = ");
  free(p);
  p = path_join(lang, "zz.lua");
  spit(p, "language \"xx\" { name = \"Z\" }\n");
  free(p);
  p = path_join(lang, "README.txt");
  spit(p, "not a language");
  free(p);
  Diag d;
  I18n *in = load(dir, &d);
  assert_non_null(in);
  assert_int_equal(i18n_count(in), 2); /* en and xx; yy and zz are broken */
  assert_string_equal(i18n_list(in), "en, xx");
  assert_true(said(&d, "missing word window.game"));
  assert_true(said(&d, "unknown word window.pley (did you mean play?)"));
  assert_true(said(&d, "terminal.photo_from must contain {name}"));
  assert_true(said(&d, "it must say language \"zz\""));
  assert_true(d.errors >= 2);
  assert_string_equal(i18n_word(in, "xx", S_PLAY), "Jxx");
  assert_string_equal(i18n_word(in, "xx", S_GAME), "Behind the Screen");
  char buf[64];
  assert_string_equal(i18n_count_word(in, "xx", T_LENGTH, 3, buf, sizeof buf), "3");
  diag_free(&d);
  i18n_free(in);
  /* No English: nothing to fall back to, a clear error. */
  p = path_join(lang, "en.lua");
  unlink(p);
  free(p);
  in = load(dir, &d);
  assert_null(in);
  assert_true(said(&d, "no readable en.lua"));
  diag_free(&d);
  char *cmd = xasprintf("rm -rf '%s'", dir);
  assert_int_equal(system(cmd), 0);
  free(cmd);
  free(lang);
}

/* Every shipped story speaks every language of assets/lang: written in it,
 * or with a translations/<code>.lua that it lists. Whether each translation
 * is complete and up to date is the story check's job (story.<id>.check
 * fails on a missing or stale entry). */
static void test_shipped_stories(void **state) {
  (void)state;
  Diag d;
  I18n *in = load(ASSETS, &d);
  assert_non_null(in);
  Catalog *cat = catalog_load(ASSETS "/advice.lua", &d);
  assert_non_null(cat);
  DIR *dir = opendir(ROOT "/stories");
  assert_non_null(dir);
  int stories = 0, missing = 0;
  for (struct dirent *e; (e = readdir(dir));) {
    if (e->d_name[0] == '.') continue;
    char *file = xasprintf("%s/stories/%s/story.lua", ROOT, e->d_name);
    struct stat st;
    bool is_story = stat(file, &st) == 0;
    free(file);
    if (!is_story) continue;
    char *folder = xasprintf("%s/stories/%s", ROOT, e->d_name);
    Diag sd;
    diag_init(&sd);
    Story *s = story_load(folder, cat, &sd);
    if (!s) diag_print(&sd, stderr);
    assert_non_null(s);
    stories++;
    for (int k = 0; k < i18n_count(in); k++) {
      const char *code = i18n_code(in, k);
      bool has = strcmp(s->language, code) == 0;
      for (int t = 0; t < s->ntranslations && !has; t++) has = strcmp(s->translations[t].lang, code) == 0;
      if (!has) {
        fprintf(stderr, "%s/story.lua: error: no %s translation (translations/%s.lua, listed in translations)\n",
                folder, code, code);
        missing++;
      }
    }
    story_free(s);
    diag_free(&sd);
    free(folder);
  }
  closedir(dir);
  assert_true(stories > 0);
  assert_int_equal(missing, 0);
  catalog_free(cat);
  diag_free(&d);
  i18n_free(in);
}

int main(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "assets") == 0) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shipped_words),
        cmocka_unit_test(test_shipped_texts),
        cmocka_unit_test(test_shipped_stories),
    };
    return cmocka_run_group_tests_name("assets", tests, NULL, NULL);
  }
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_rules),
      cmocka_unit_test(test_broken_language),
  };
  return cmocka_run_group_tests_name("i18n", tests, NULL, NULL);
}
