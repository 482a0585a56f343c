/* Skins as data (engine/core/skin.h). Run as `test_skin assets` it is the
 * check of the shipped skins: every file of assets/skins reads with no
 * error and no warning (every word in every language of assets/lang, no
 * unknown key, text colours that read). With no argument: what a broken
 * skin file says (file:line) and that the game falls back to plain. */
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

#include "i18n.h"
#include "skin.h"
#include "util.h"

#define ASSETS ROOT "/assets"

static const char *const LANGS[] = {"en", "fr", "it", NULL};

static void test_shipped_skins(void **state) {
  (void)state;
  Diag d;
  diag_init(&d);
  I18n *in = i18n_load(ASSETS, &d);
  assert_non_null(in);
  SkinSet *set = skins_load_game(ASSETS, in, &d);
  if (d.errors || d.warnings) {
    diag_print(&d, stderr);
    fail_msg("%d errors, %d warnings in assets/skins", d.errors, d.warnings);
  }
  /* the three of the first stories, and the two apps of issue 10 */
  static const char *const IDS[] = {"plain", "skype", "instagram", "snapchat", "whatsapp"};
  for (size_t i = 0; i < sizeof IDS / sizeof IDS[0]; i++) {
    const Skin *k = skins_find(set, IDS[i]);
    if (!k) fail_msg("no skin %s", IDS[i]);
    for (int w = 0; w < SW_COUNT; w++)
      for (int l = 0; l < i18n_count(in); l++)
        if (!skin_word(set, k, i18n_code(in, l), (SkinWord)w)[0])
          fail_msg("%s: no word %s in %s", IDS[i], skin_word_key((SkinWord)w), i18n_code(in, l));
  }
  /* every language file gives every app word: a skin's fallback */
  for (int w = 0; w < SW_COUNT; w++)
    for (int l = 0; l < i18n_count(in); l++)
      if (!i18n_word(in, i18n_code(in, l), (StrId)(S_APP_label + w))[0])
        fail_msg("assets/lang/%s.lua: no app word %s", i18n_code(in, l), skin_word_key((SkinWord)w));
  /* one set of words: the skin's where it has one, else the language's */
  const Skin *ig = skins_find(set, "instagram"), *plain = skins_find(set, "plain");
  assert_string_equal(skin_word(set, ig, "fr", SW_status), "En ligne");                /* the skin's */
  assert_string_equal(skin_word(set, ig, "it", SW_blocked), "Hai bloccato questo account"); /* the language's */
  assert_string_equal(skin_word(set, plain, "fr", SW_blocked), i18n_word(in, "fr", S_APP_blocked));
  char buf[128];
  assert_string_equal(skin_name_word(set, plain, "fr", SW_typing, "Inès", buf, sizeof buf), "Inès écrit…");
  assert_string_equal(skin_name_word(set, plain, "en", SW_request_from, "Kim", buf, sizeof buf), "Kim wants to contact you");
  skins_free(set);
  i18n_free(in);
  diag_free(&d);
}

/* A folder of skins made for the test. */
static char dir[256];

static void write_skin(const char *id, const char *text) {
  char *p = xasprintf("%s/skins/%s.lua", dir, id);
  FILE *f = fopen(p, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
  free(p);
}

static void make_dir(void) {
  snprintf(dir, sizeof dir, "%s/skins-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  assert_non_null(mkdtemp(dir));
  char *s = xasprintf("%s/skins", dir);
  assert_int_equal(mkdir(s, 0700), 0);
  free(s);
}

static void remove_dir(void) {
  char *cmd = xasprintf("rm -rf '%s'", dir);
  assert_int_equal(system(cmd), 0);
  free(cmd);
}

static bool has_message(const Diag *d, const char *file_tail, int line, const char *part) {
  for (int i = 0; i < d->count; i++) {
    const DiagEntry *e = &d->entries[i];
    size_t lf = strlen(e->file), lt = strlen(file_tail);
    if (lf >= lt && strcmp(e->file + lf - lt, file_tail) == 0 && e->line == line && strstr(e->message, part)) return true;
  }
  return false;
}

static void test_broken_skin(void **state) {
  (void)state;
  make_dir();
  write_skin("good", "skin \"good\" {\n"
                     "  colors = { bg = \"#FFFFFF\", text = \"#111111\" },\n"
                     "  words = { label = { en = \"Good\", fr = \"Bon\", it = \"Buono\" } },\n"
                     "}\n");
  write_skin("bad", "-- a skin with mistakes\n"
                    "skin \"bad\" {\n"
                    "  colors = {\n"
                    "    bg = \"#FFFFFF\",\n"
                    "    in_bubbel = \"#EEEEEE\",\n"
                    "    header = \"blue\",\n"
                    "  },\n"
                    "  bubble = { radius = 99, style = \"square\" },\n"
                    "  call = { controls = { \"mute\", \"camra\" } },\n"
                    "  inbox = { unread = \"star\", tme = true, presence = 1 },\n"
                    "  words = { label = { en = \"Bad\" }, typing = { en = \"typing\" } },\n"
                    "}\n");
  write_skin("syntax", "skin \"syntax\" {\n  colors = { bg = \"#FFFFFF\" \n  bubble = {}\n}\n");
  write_skin("other", "skin \"wrong\" { }\n");
  Diag d;
  diag_init(&d);
  SkinSet *set = skins_load(dir, LANGS, &d);
  if (!has_message(&d, "skins/bad.lua", 5, "in_bubbel is not a colour of a skin (did you mean in_bubble?)") ||
      !has_message(&d, "skins/bad.lua", 6, "\"blue\" is not a colour") ||
      !has_message(&d, "skins/bad.lua", 8, "bubble.radius is a whole number from 0 to 40") ||
      !has_message(&d, "skins/bad.lua", 8, "bubble.style is \"round\" or \"bar\"") ||
      !has_message(&d, "skins/bad.lua", 9, "\"camra\" is not a call button (did you mean camera?)") ||
      !has_message(&d, "skins/bad.lua", 9, "needs \"hangup\"") ||
      !has_message(&d, "skins/bad.lua", 10, "inbox.unread is \"badge\" or \"dot\"") ||
      !has_message(&d, "skins/bad.lua", 10, "inbox.tme is not a setting of a skin (did you mean time?)") ||
      !has_message(&d, "skins/bad.lua", 10, "inbox.presence is true or false") ||
      !has_message(&d, "skins/bad.lua", 11, "words.label has no text in \"fr\"") ||
      !has_message(&d, "skins/bad.lua", 11, "words.typing.en must contain {name}") ||
      !has_message(&d, "skins/syntax.lua", 2, "missing a comma") || !has_message(&d, "skins/other.lua", 1, "must say skin \"other\"")) {
    diag_print(&d, stderr);
    fail_msg("the messages of broken skins");
  }
  /* broken skins are left out; plain is always there (built in here) */
  assert_non_null(skins_find(set, "good"));
  assert_null(skins_find(set, "bad"));
  assert_true(skins_broken(set, "bad"));
  assert_false(skins_broken(set, "good"));
  bool fell = false;
  const Skin *k = skins_for(set, "bad", &fell);
  assert_true(fell);
  assert_string_equal(k->id, "plain");
  k = skins_for(set, "good", &fell);
  assert_false(fell);
  assert_string_equal(skin_word(set, k, "fr", SW_label), "Bon");
  assert_string_equal(skin_word(set, k, "de", SW_label), "Good"); /* English stands in */
  /* the checker on a story with app = "bad", and one with no such skin */
  Diag out;
  diag_init(&out);
  assert_int_equal(skins_check_story(set, &d, "bad", "story.lua", 4, &out), 10);
  assert_true(has_message(&out, "skins/bad.lua", 5, "in_bubbel"));
  assert_true(has_message(&out, "story.lua", 4, "the skin \"bad\" has errors"));
  diag_free(&out);
  diag_init(&out);
  assert_int_equal(skins_check_story(set, &d, "nosuch", "story.lua", 4, &out), 1);
  assert_true(has_message(&out, "story.lua", 4, "there is no skin \"nosuch\" (assets/skins has good, plain)"));
  diag_free(&out);
  diag_init(&out);
  assert_int_equal(skins_check_story(set, &d, "good", "story.lua", 4, &out), 0);
  diag_free(&out);
  skins_free(set);
  diag_free(&d);
  remove_dir();
}

static void test_ids_and_contrast(void **state) {
  (void)state;
  assert_true(skin_is_id("skype", 5));
  assert_true(skin_is_id("my-app2", 7));
  assert_false(skin_is_id("Skype", 5));
  assert_false(skin_is_id("-x", 2));
  assert_false(skin_is_id("../x", 4));
  assert_true(skin_contrast(0x000000, 0xFFFFFF) > 20.9);
  assert_true(skin_contrast(0x777777, 0x777777) < 1.01);
  make_dir();
  write_skin("grey", "skin \"grey\" {\n  colors = {\n    in_bubble = \"#EEEEEE\",\n    in_text = \"#CCCCCC\",\n  },\n}\n");
  Diag d;
  diag_init(&d);
  SkinSet *set = skins_load(dir, LANGS, &d);
  assert_true(has_message(&d, "skins/grey.lua", 4, "in_text on colors.in_bubble: contrast"));
  assert_int_equal(d.errors, 0); /* a warning: the skin is still used */
  assert_non_null(skins_find(set, "grey"));
  skins_free(set);
  diag_free(&d);
  remove_dir();
}

int main(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "assets") == 0) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_shipped_skins)};
    return cmocka_run_group_tests_name("assets", tests, NULL, NULL);
  }
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_broken_skin), cmocka_unit_test(test_ids_and_contrast)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
