/* The mistakes a beginner makes, each answered at its file:line with what
 * to do (issue 11): a missing comma, another language's operators in a
 * condition, did(evidence) without quotes, goto, an unknown field, an
 * unknown advice id, a condition that is always true, the story card's
 * fields, and translation files checked as strictly as stories. */
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

#include "files.h"
#include "catalog.h"
#include "check.h"
#include "story.h"
#include "util.h"

static Catalog *cat;
static char dir[] = "/tmp/bts-beginner-XXXXXX";

static void put(const char *rel, const char *text) {
  char *path = path_join(dir, rel);
  char *why = NULL;
  assert_true(write_file(path, text, strlen(text), &why));
  free(path);
}

/* Loads the folder (and explores it when it loads); the messages in d. */
static Story *load(Diag *d) {
  diag_init(d);
  Story *s = story_load(dir, cat, d);
  if (s) {
    CheckSummary sum;
    check_explore(s, d, CHECK_MAX_STATES, &sum);
  }
  return s;
}

/* True when a message of that level is at story.lua (or file):line and
 * says `words`; prints all of them when not. */
static bool said(const Diag *d, DiagLevel level, const char *file, int line, const char *words) {
  for (int i = 0; i < d->count; i++) {
    const DiagEntry *e = &d->entries[i];
    size_t fl = strlen(e->file), sl = strlen(file);
    if (e->level == level && fl >= sl && strcmp(e->file + fl - sl, file) == 0 && e->line == line &&
        strstr(e->message, words))
      return true;
  }
  fprintf(stderr, "expected %s:%d: %s \"%s\" among:\n", file, line, level == DIAG_ERROR ? "error" : "warning", words);
  diag_print(d, stderr);
  return false;
}

#define CARD "story { id = \"b\", title = \"T\", start = \"a\", vars = { trust = 0, paid = false },\n" \
             "  teaches = { \"evidence\", \"talk\" } }\nlocal x = character \"x\" { name = \"X\" }\n"
/* CARD is three lines: a scene written after it starts at line 4. */
#define END "ending \"e\" { title = \"End\", summary = \"Done.\" }\n"

static void expect_error(const char *story, int line, const char *words) {
  put("story.lua", story);
  Diag d;
  Story *s = load(&d);
  assert_null(s);
  assert_true(said(&d, DIAG_ERROR, "story.lua", line, words));
  diag_free(&d);
}

/* Choices a player could not tell apart: an empty button, two alike. */
static void test_choice_texts(void **state) {
  (void)state;
  put("story.lua", CARD "scene \"a\" {\n  x \"hi\",\n  choice \"\" { go = \"e\" },\n  choice \"ok\" { go = \"e\" },\n"
                        "  choice \"ok\" { go = \"a\" },\n  choice \"maybe\" { go = \"e\", when = \"paid\" },\n"
                        "  choice \"maybe\" { go = \"a\", when = \"not paid\" },\n}\n" END);
  Diag d;
  Story *s = load(&d);
  assert_non_null(s);
  assert_int_equal(check_choice_texts(s, &d), 2);
  assert_true(said(&d, DIAG_WARNING, "story.lua", 6, "a choice with no text"));
  assert_true(said(&d, DIAG_WARNING, "story.lua", 8, "two choices say \"ok\" (the other at line 7)"));
  diag_free(&d);
  story_free(s);
}

static void test_missing_comma(void **state) {
  (void)state;
  expect_error(CARD "scene \"a\" {\n  x \"hi\"\n  x \"there\",\n  go \"e\",\n}\n" END, 5,
               "missing a comma at the end of line 5?");
  /* two choices, the comma lost after the first one's } */
  expect_error(CARD "scene \"a\" {\n  choice \"A\" { go = \"e\" }\n  choice \"B\" { go = \"e\" },\n}\n" END, 5,
               "missing a comma at the end of line 5?");
  /* on one line */
  expect_error(CARD "scene \"a\" { x \"hi\" x \"there\", go \"e\" }\n" END, 4, "missing a comma before 'x'?");
  /* a { never closed: where it opened */
  expect_error(CARD "scene \"a\" {\n  x \"hi\",\n  go \"e\",\n\n" END, 4, "the '{' opened at line 4 is never closed");
}

static void test_condition_slips(void **state) {
  (void)state;
  expect_error(CARD "scene \"a\" {\n  choice \"A\" { go = \"e\", when = \"trust = 2\" },\n  choice \"B\" { go = \"e\" },\n}\n" END,
               5, "use '==' to compare");
  expect_error(CARD "scene \"a\" {\n  choice \"A\" { go = \"e\", when = \"trust > 1 && paid\" },\n  choice \"B\" { go = \"e\" },\n}\n" END,
               5, "write 'and' instead of '&&'");
  expect_error(CARD "scene \"a\" {\n  choice \"A\" { go = \"e\", when = \"trust > 1 || paid\" },\n  choice \"B\" { go = \"e\" },\n}\n" END,
               5, "write 'or' instead of '||'");
  expect_error(CARD "scene \"a\" {\n  when \"!paid\" { x \"hm\" },\n  go \"e\",\n}\n" END, 5, "write 'not' instead of '!'");
  expect_error(CARD "scene \"a\" {\n  choice \"A\" { go = \"e\", when = \"trust != 2\" },\n  choice \"B\" { go = \"e\" },\n}\n" END,
               5, "write '~=' for \"is not\"");
  /* a = inside quotes, and <=, >=, ~=, == are not slips */
  put("story.lua", CARD "scene \"a\" {\n  choice \"A\" { go = \"e\", when = \"trust <= 2 and trust >= 0 and trust ~= 1 and "
                        "trust == 0 and not did('talk')\", did = \"talk\" },\n  choice \"B\" { go = \"e\", did = \"evidence\" },\n}\n" END);
  Diag d;
  Story *s = load(&d);
  if (!s) diag_print(&d, stderr);
  assert_non_null(s);
  story_free(s);
  diag_free(&d);
}

static void test_did_without_quotes(void **state) {
  (void)state;
  expect_error(CARD "scene \"a\" {\n  choice \"A\" { go = \"e\", when = \"did(evidence)\" },\n  choice \"B\" { go = \"e\" },\n}\n" END,
               5, "a step's id goes in quotes: did(\"evidence\")");
  /* as a line of a scene: the name is not a word; quotes are suggested */
  expect_error(CARD "scene \"a\" {\n  did(evidence),\n  go \"e\",\n}\n" END, 5, "put it in quotes");
}

/* An ending (or a scene) written inside the scene that leads to it: where to
 * write it and how to lead to it, not "item 2 is not a story word". */
static void test_ending_inside_a_scene(void **state) {
  (void)state;
  expect_error(CARD "scene \"a\" {\n  x \"hi\",\n  ending \"hurt\" { title = \"It hurts\", summary = \"Talk.\" },\n}\n", 4,
               "is ending \"hurt\", written inside it. Write each scene and ending on its own, after the closing }, "
               "and lead to it with choice \"...\" { go = \"hurt\" }");
}

/* A taught step that no path takes in the right order: the message names
 * the step that must come first on the same path. */
static void test_taught_out_of_order(void **state) {
  (void)state;
  put("story.lua",
      "story { id = \"b\", title = \"T\", start = \"a\", teaches = { \"evidence\", \"block\" } }\n"
      "local x = character \"x\" { name = \"X\" }\n"
      "scene \"a\" {\n  x \"hi\",\n  choice \"Block\" { go = \"b2\", did = \"block\" },\n}\n"
      "scene \"b2\" {\n  choice \"Screenshot\" { go = \"e\", did = \"evidence\" },\n}\n" END);
  Diag d;
  Story *s = load(&d);
  assert_non_null(s);
  assert_true(said(&d, DIAG_ERROR, "", 0, "\"block\" is in teaches, but no path takes it in the right order"));
  assert_true(said(&d, DIAG_ERROR, "", 0, "(it counts after \"evidence\" on the same path"));
  story_free(s);
  diag_free(&d);
}

static void test_goto(void **state) {
  (void)state;
  expect_error(CARD "scene \"a\" {\n  choice \"A\" { goto = \"e\" },\n  choice \"B\" { go = \"e\" },\n}\n" END, 5,
               "write go = \"scene-id\"");
}

static void test_unknown_field_is_an_error(void **state) {
  (void)state;
  expect_error(CARD "scene \"a\" {\n  choice \"A\" { go = \"e\",\n    dit = \"evidence\" },\n  choice \"B\" { go = \"e\" },\n}\n" END,
               6, "unknown field 'dit' (did you mean 'did'?)");
  expect_error(CARD "scene \"a\" {\n  choice \"A\" { go = \"e\", colour = 1 },\n  choice \"B\" { go = \"e\" },\n}\n" END, 5,
               "it takes: go, when, set, add, did, say");
}

static void test_unknown_advice(void **state) {
  (void)state;
  expect_error(CARD "scene \"a\" {\n  choice \"A\" { go = \"e\", did = \"evidense\" },\n  choice \"B\" { go = \"e\" },\n}\n" END,
               5, "(did you mean \"evidence\"?); the ids are: no-pay, evidence");
  expect_error(CARD "scene \"a\" {\n  did \"screenshot\",\n  go \"e\",\n}\n" END, 5, "the ids are: no-pay, evidence");
}

static void test_always_true(void **state) {
  (void)state;
  put("story.lua", CARD "scene \"a\" {\n  choice \"A\" { go = \"e\", when = \"trust\" },\n"
                        "  choice \"B\" { go = \"e\", when = \"paid\", did = \"evidence\" },\n  choice \"C\" { go = \"e\", when = \"2\", did = \"talk\" },\n}\n" END);
  Diag d;
  Story *s = load(&d);
  assert_non_null(s);
  assert_true(said(&d, DIAG_WARNING, "story.lua", 5, "\"trust\" is always true"));
  assert_true(said(&d, DIAG_WARNING, "story.lua", 7, "\"2\" is always true"));
  for (int i = 0; i < d.count; i++) /* a boolean alone is right */
    assert_true(d.entries[i].line != 6 || !strstr(d.entries[i].message, "always true"));
  story_free(s);
  diag_free(&d);
}

static void test_card_fields_at_their_line(void **state) {
  (void)state;
  put("story.lua", "story {\n  id = \"b\",\n  title = \"T\",\n  app = \"No app!\",\n  start = \"nowhere\",\n"
                   "  vars = {\n    trust = 0,\n    mood = \"happy\",\n  },\n  teaches = { \"evidense\" },\n"
                   "  tittle = \"x\",\n}\nscene \"a\" { go \"e\" }\n" END);
  Diag d;
  assert_null(load(&d));
  assert_true(said(&d, DIAG_ERROR, "story.lua", 4, "app is"));
  assert_true(said(&d, DIAG_ERROR, "story.lua", 5, "start = \"nowhere\""));
  assert_true(said(&d, DIAG_ERROR, "story.lua", 8, "'mood' starts as true, false or a number"));
  assert_true(said(&d, DIAG_ERROR, "story.lua", 10, "\"evidense\" is not an advice id"));
  assert_true(said(&d, DIAG_ERROR, "story.lua", 11, "unknown field 'tittle' (did you mean 'title'?)"));
  diag_free(&d);
}

#define TR_STORY                                                                                       \
  "story { id = \"b\", title = \"T\", start = \"a\", translations = { \"fr\" }, vars = { n = 0 } }\n" \
  "local x = character \"x\" { name = \"X\" }\n"                                                     \
  "scene \"a\" { x \"You are {alone|alone|alone}, {name}.\", x \"ok\", x \"{n} left\", go \"e\" }\n" END

static void test_translation_strict(void **state) {
  (void)state;
  put("story.lua", TR_STORY);
  put("translations/fr.lua", "translation \"fr\" {\n  [\"T\"] = \"T\",\n  -- a comment\n"
                             "  [\"You are {alone|alone|alone}, {name}.\"] = \"Tu es {seul|seule}, {nmae}.\",\n"
                             "  [\"ok\"] = \"d'accord}\",\n  [\"{n} left\"] = \"il en reste {n\",\n"
                             "  [\"End\"] = \"Fin\",\n  [\"Done.\"] = \"Fini.\",\n\n  [\"old text\"] = \"vieux\",\n}\n");
  Diag d;
  assert_null(load(&d));
  const char *fr = "translations/fr.lua";
  assert_true(said(&d, DIAG_ERROR, fr, 4, "{seul|seule} has two forms, but the story's text gives three"));
  assert_true(said(&d, DIAG_ERROR, fr, 4, "{nmae} is not a placeholder of the story"));
  assert_true(said(&d, DIAG_WARNING, fr, 4, "does not use {name}"));
  assert_true(said(&d, DIAG_ERROR, fr, 5, "a '}' has no '{' before it"));
  assert_true(said(&d, DIAG_ERROR, fr, 6, "a '{' is never closed"));
  assert_true(said(&d, DIAG_WARNING, fr, 10, "stale \"fr\" translation: \"old text\""));
  diag_free(&d);
  /* four forms */
  put("translations/fr.lua", "translation \"fr\" {\n  [\"ok\"] = \"{a|b|c|d}\",\n}\n");
  assert_null(load(&d));
  assert_true(said(&d, DIAG_ERROR, fr, 2, "has 4 forms: give two or three"));
  diag_free(&d);
  /* a syntax error in the translation file: its line, in a beginner's words */
  put("translations/fr.lua", "translation \"fr\" {\n  [\"ok\"] = \"d'accord\"\n  [\"End\"] = \"Fin\",\n}\n");
  assert_null(load(&d));
  assert_true(said(&d, DIAG_ERROR, fr, 2, "missing a comma at the end of line 2?"));
  diag_free(&d);
  /* a key without its brackets */
  put("translations/fr.lua", "translation \"fr\" {\n  \"ok\" = \"d'accord\",\n}\n");
  assert_null(load(&d));
  assert_true(said(&d, DIAG_ERROR, fr, 2, "square brackets"));
  diag_free(&d);
  /* escapes in keys are read as Lua reads them: the line is still found */
  put("story.lua", "story { id = \"b\", title = \"T\", start = \"a\", translations = { \"fr\" } }\n"
                   "scene \"a\" { narrate \"say \\\"hi\\\"\\tnow\", go \"e\" }\n" END);
  put("translations/fr.lua", "translation \"fr\" {\n  [\"T\"] = \"T\", [\"End\"] = \"Fin\", [\"Done.\"] = \"Fini.\",\n"
                             "  ['say \"hi\"\\tnow'] = \"dis {bonjour\",\n}\n");
  assert_null(load(&d));
  assert_true(said(&d, DIAG_ERROR, fr, 3, "never closed"));
  diag_free(&d);
}

/* step "id" and translation "lang" are followed by a table: a slip there
 * is reported at the author's line, not inside the game's own words. */
static void test_id_then_table_words(void **state) {
  (void)state;
  expect_error(CARD "\nstep \"ask-admin\" \"Ask\"\n" "scene \"a\" { go \"e\" }\n" END, 5,
               "step \"ask-admin\" needs { title = \"...\", why = \"...\" } after it");
  expect_error(CARD "step(42)\n", 4, "step needs a text in quotes, got number");
  put("story.lua", TR_STORY);
  const char *fr = "translations/fr.lua";
  Diag d;
  put(fr, "translation \"fr\" {\n  [\"T\"] = 5,\n}\n");
  assert_null(load(&d));
  assert_true(said(&d, DIAG_ERROR, fr, 1, "every entry must be [\"source\"] = \"translation\""));
  diag_free(&d);
  put(fr, "-- French\ntranslation \"fr\" \"oops\"\n");
  assert_null(load(&d));
  assert_true(said(&d, DIAG_ERROR, fr, 2, "translation \"fr\" needs a { ... } table"));
  diag_free(&d);
}

/* The 4-choice limit is on the choices seen at once: a scene may declare
 * more when their conditions exclude each other; the checker proves it
 * from every explored state, and gives a path when one shows five. */
static void test_four_visible(void **state) {
  (void)state;
  const char *five =
      "story { id = \"b\", title = \"T\", start = \"a\", vars = { n = 0, late = false } }\n"
      "local x = character \"x\" { name = \"X\" }\n"
      "scene \"a\" { x \"hi\", choice \"Add\" { go = \"b\", add = { n = 1 } },\n"
      "  choice \"Late\" { go = \"b\", set = { late = true } }, choice \"Stop\" { go = \"e\" } }\n"
      "scene \"b\" {\n  x \"so?\",\n  choice \"1\" { go = \"e\" }, choice \"2\" { go = \"e\" }, choice \"3\" { go = \"e\" },\n"
      "  choice \"4\" { go = \"e\", when = \"n > 0\" },\n  choice \"5\" { go = \"e\", when = \"late\" },\n"
      "  choice \"6\" { go = \"e\", when = \"n > 5\" },\n}\n" END;
  put("story.lua", five);
  Diag d;
  Story *s = load(&d);
  if (!s || d.errors) diag_print(&d, stderr);
  assert_non_null(s);
  assert_int_equal(d.errors, 0);
  /* and a choice no state shows is a warning at its line */
  assert_true(said(&d, DIAG_WARNING, "story.lua", 10, "choice \"6\" never shows: its condition \"n > 5\""));
  story_free(s);
  diag_free(&d);
  /* "Late" now also adds to n: five choices show at once */
  put("story.lua", "story { id = \"b\", title = \"T\", start = \"a\", vars = { n = 0, late = false } }\n"
                   "local x = character \"x\" { name = \"X\" }\n"
                   "scene \"a\" { x \"hi\", choice \"Add\" { go = \"b\", add = { n = 1 } },\n"
                   "  choice \"Late\" { go = \"b\", set = { late = true }, add = { n = 1 } }, choice \"Stop\" { go = \"e\" } }\n"
                   "scene \"b\" {\n  x \"so?\",\n  choice \"1\" { go = \"e\" }, choice \"2\" { go = \"e\" }, choice \"3\" { go = \"e\" },\n"
                   "  choice \"4\" { go = \"e\", when = \"n > 0\" },\n  choice \"5\" { go = \"e\", when = \"late\" },\n}\n" END);
  s = load(&d);
  assert_non_null(s);
  assert_true(said(&d, DIAG_ERROR, "story.lua", 5, "more than 4 choices would show at once here"));
  assert_true(said(&d, DIAG_NOTE, "", 0, "--replay 2"));
  story_free(s);
  diag_free(&d);
  /* five with no condition at all: said when the story loads */
  expect_error(CARD "scene \"a\" {\n  choice \"1\" { go = \"e\" }, choice \"2\" { go = \"e\" }, choice \"3\" { go = \"e\" },\n"
               "  choice \"4\" { go = \"e\" }, choice \"5\" { go = \"e\" },\n}\n" END,
               4, "5 choices with no condition: 4 at most fit on screen");
}

/* The same runtime error on many paths: once, with the count and one path
 * to replay. */
static void test_runtime_error_once(void **state) {
  (void)state;
  put("story.lua", "story { id = \"b\", title = \"T\", start = \"a\", vars = { n = 0 } }\n"
                   "local x = character \"x\" { name = \"X\" }\n"
                   "scene \"a\" { x \"hi\", choice \"A\" { go = \"b\", add = { n = 1 } }, choice \"B\" { go = \"b\", add = { n = 2 } },\n"
                   "  choice \"C\" { go = \"b\", add = { n = 3 } } }\n"
                   "scene \"b\" {\n  x \"stuck\",\n  choice \"Go\" { go = \"e\", when = \"n > 10\" },\n}\n" END);
  Diag d;
  Story *s = load(&d);
  assert_non_null(s);
  int found = 0;
  for (int i = 0; i < d.count; i++) found += strstr(d.entries[i].message, "no choice can be shown here") != NULL;
  assert_int_equal(found, 1);
  assert_true(said(&d, DIAG_NOTE, "", 0, "found on 3 paths; one of them: --replay 1 "));
  /* --random too: one line for the failure, with its count */
  FILE *f = tmpfile();
  assert_int_equal(check_random(s, 60, 1, f) > 0, 1);
  rewind(f);
  char line[512];
  int failures = 0, reproduce = 0;
  while (fgets(line, sizeof line, f)) {
    failures += strncmp(line, "failure", 7) == 0;
    reproduce += strstr(line, "reproduce: --replay") != NULL;
  }
  fclose(f);
  assert_int_equal(failures, 1);
  assert_int_equal(reproduce, 1);
  story_free(s);
  diag_free(&d);
}

/* A placeholder in an ending's title or summary is checked like any text. */
static void test_ending_placeholders(void **state) {
  (void)state;
  expect_error(CARD "scene \"a\" { go \"e\" }\nending \"e\" {\n  title = \"End\",\n  summary = \"Done, {nmae}.\",\n}\n", 7,
               "{nmae}: not a variable");
}

static int setup(void **state) {
  (void)state;
  Diag d;
  diag_init(&d);
  cat = catalog_load(ROOT "/assets/advice.lua", &d);
  diag_free(&d);
  assert_non_null(mkdtemp(dir));
  char *tr = path_join(dir, "translations");
  mkdir(tr, 0700);
  free(tr);
  return cat ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  char *cmd = xasprintf("rm -rf '%s'", dir);
  int rc = system(cmd);
  (void)rc;
  free(cmd);
  catalog_free(cat);
  return 0;
}

/* Characters Lua cannot read outside quotes ("near '<\226>'" said which
 * character it is and what to type): curly quotes from a phone or a word
 * processor, an accent in a variable's name, a pasted non-breaking space, a
 * long dash for a comment, an emoji, a byte that is not UTF-8. */
static void test_stray_characters(void **state) {
  (void)state;
  expect_error(CARD "scene \"a\" {\n  x \xe2\x80\x9chi\xe2\x80\x9d,\n  go \"e\",\n}\n" END, 5, "is a curly quote");
  expect_error(CARD "scene \"a\" {\n  x \xe2\x80\x98hi\xe2\x80\x99,\n  go \"e\",\n}\n" END, 5, "is a curly quote");
  expect_error("story { id = \"b\", title = \"T\", start = \"a\",\n  vars = { pay\xc3\xa9 = false } }\n", 2,
               "'pay\xc3\xa9': a name in the story's code (a variable, a character after local) uses the letters a to z "
               "without accents, digits and _: write 'paye'");
  expect_error(CARD "scene \"a\" {\n  x \"hi\",\xc2\xa0go \"e\",\n}\n" END, 5, "a non-breaking space");
  expect_error(CARD "scene \"a\" { \xe2\x80\x93 the start\n  go \"e\",\n}\n" END, 4, "is a long dash");
  expect_error(CARD "scene \"a\" {\n  x \"hi\" \xf0\x9f\x98\x80,\n  go \"e\",\n}\n" END, 5,
               "'\xf0\x9f\x98\x80' cannot be here, outside quotes");
  expect_error(CARD "scene \"a\" {\n  x \"hi\", \xff\n  go \"e\",\n}\n" END, 5, "not UTF-8 text");
  /* inside quotes and comments, every character is fine */
  put("story.lua", CARD "-- \xe2\x80\x9cnotes\xe2\x80\x9d \xe2\x80\x93 caf\xc3\xa9\nscene \"a\" {\n  x \"\xe2\x80\x9cpay\xc3\xa9\xe2\x80\x9d \xf0\x9f\x98\x80\","
                        "\n  choice \"A\" { go = \"e\", did = \"talk\" },\n  choice \"B\" { go = \"e\", did = \"evidence\" },\n}\n" END);
  Diag d;
  Story *s = load(&d);
  if (!s) diag_print(&d, stderr);
  assert_non_null(s);
  story_free(s);
  diag_free(&d);
}

/* What a group writing one file each, on Windows and on phones, meets:
 * a byte order mark (Notepad) and CRLF lines load; a character declared
 * with local in story.lua is found in an included file; an include whose
 * capitals differ names the file that is there; a translation file with an
 * error is not also said to be missing. */
static void test_files_of_a_group(void **state) {
  (void)state;
  put("story.lua", "\xef\xbb\xbf" "story { id = \"b\", title = \"T\", start = \"a\", translations = { \"fr\" },\r\n"
                   "  teaches = { \"evidence\", \"talk\" } }\r\nlocal x = character \"x\" { name = \"X\" }\r\n"
                   "include \"part.lua\"\r\n");
  put("part.lua", "scene \"a\" {\r\n  x \"hi\",\r\n  choice \"A\" { go = \"e\", did = \"talk\" },\r\n"
                  "  choice \"B\" { go = \"e\", did = \"evidence\" },\r\n}\r\n" END);
  char *tr = path_join(dir, "translations");
  mkdir(tr, 0700);
  free(tr);
  put("translations/fr.lua", "translation \"fr\" {\n  [\"hi\"] = \"salut,\n}\n");
  Diag d;
  Story *s = load(&d);
  assert_null(s);
  assert_true(said(&d, DIAG_ERROR, "translations/fr.lua", 2, "a text in quotes is not closed"));
  for (int i = 0; i < d.count; i++) assert_null(strstr(d.entries[i].message, "no \"fr\" translation"));
  diag_free(&d);
  put("translations/fr.lua", "translation \"fr\" {\n  [\"hi\"] = \"salut\",\n}\n");
  s = load(&d);
  if (!s) diag_print(&d, stderr);
  assert_non_null(s);
  assert_int_equal(s->nscenes, 2);
  story_free(s);
  diag_free(&d);
  char *t = path_join(dir, "translations/fr.lua");
  remove(t);
  free(t);
  expect_error(CARD "include \"Part.lua\"\n", 4, "include \"Part.lua\": file not found; the folder has \"part.lua\"");
  /* scenes/a.lua says include "b.lua" for scenes/b.lua: named from the story's folder */
  char *sub = path_join(dir, "scenes");
  mkdir(sub, 0700);
  free(sub);
  put("scenes/a.lua", "-- the first part\ninclude \"b.lua\"\n");
  put("scenes/b.lua", "-- the second part\n");
  put("story.lua", CARD "include \"scenes/a.lua\"\n");
  Diag d2;
  assert_null(load(&d2));
  assert_true(said(&d2, DIAG_ERROR, "scenes/a.lua", 2, "include \"b.lua\": file not found; \"scenes/b.lua\" is there"));
  diag_free(&d2);
  t = path_join(dir, "scenes/a.lua");
  remove(t);
  free(t);
  t = path_join(dir, "scenes/b.lua");
  remove(t);
  free(t);
  t = path_join(dir, "part.lua");
  remove(t);
  free(t);
}


/* What someone who has seen another language writes (redteam): a comment
 * with // or #, if/then/end, "alex: hi" as in a chat script, a '}' too
 * many, an apostrophe inside 'single quotes', ( ) or [ ] for { }: each said
 * as what to write, at its line, never as Lua's "unexpected symbol". */
static void test_other_languages(void **state) {
  (void)state;
  expect_error(CARD "scene \"a\" {\n  // Sam is angry\n  x \"hi\",\n  go \"e\",\n}\n" END, 5,
               "// does not start a comment in a story: a comment starts with two minus signs, --");
  expect_error(CARD "scene \"a\" {\n  # Sam is angry\n  x \"hi\",\n  go \"e\",\n}\n" END, 5,
               "# does not start a comment");
  expect_error(CARD "scene \"a\" {\n  if trust > 1 then x \"hi\" end\n  go \"e\",\n}\n" END, 5,
               "'if' is not a word of the story language: lines that happen only sometimes go in when");
  expect_error(CARD "scene \"a\" {\n  x \"hi\",\n  go = end,\n}\n" END, 6,
               "'end' is a word of the Lua language, not of a story");
  expect_error(CARD "scene \"a\" {\n  x: \"hi\",\n  go \"e\",\n}\n" END, 5, "no ':' after x: a line is written x \"text\"");
  expect_error(CARD "scene \"a\" {\n  x \"hi\",\n  go \"e\",\n}\n}\n" END, 8, "this '}' closes nothing");
  expect_error(CARD "scene \"a\" {\n  x 'it's me',\n  go \"e\",\n}\n" END, 5,
               "the apostrophe ends this text, which started with one");
  expect_error(CARD "scene \"a\" {\n  choice \"A\" ( go = \"e\" ),\n}\n" END, 5,
               "a choice's fields go between curly brackets { }, not ( )");
  expect_error(CARD "scene \"a\" [\n  x \"hi\",\n  go \"e\",\n]\n" END, 5, "use curly brackets { }");
  /* errors raised while the file runs, not Lua's "attempt to call a table value" */
  expect_error(CARD "scene \"a\" {\n  x \"hi\" \"there\",\n  go \"e\",\n}\n" END, 5,
               "two things follow each other with nothing between them");
  expect_error(CARD "scene \"a\" {\n  choice \"A\" { go = \"e\" } { did = \"talk\" },\n}\n" END, 5,
               "two things follow each other with nothing between them");
  expect_error(CARD "scene \"a\" {\n  x \"hi\" .. {},\n  go \"e\",\n}\n" END, 5, "a line of a story is one text in quotes");
  expect_error(CARD "scene \"a\" {\n  x.photo.big \"a cat\",\n  go \"e\",\n}\n" END, 5,
               "'.photo' takes its text in quotes right after it");
  /* a class's whole cast, each with local: Lua's limit is 200 in a file */
  Buf cast = {0};
  buf_adds(&cast, CARD);
  for (int i = 0; i < 210; i++) buf_addf(&cast, "local p%d = character \"p%d\" { name = \"P%d\" }\n", i, i, i);
  buf_adds(&cast, "scene \"a\" { go \"e\" }\n" END);
  expect_error(cast.s, 203, "a character can be declared without local");
  free(cast.s);
  /* Notepad's "Unicode" (UTF-16, no BOM here) and a NUL inside a text */
  Diag d;
  char *path = path_join(dir, "story.lua");
  char u16[] = "\0s\0t\0o\0r\0y\0 \0{\0\n";
  char *why = NULL;
  assert_true(write_file(path, u16, sizeof u16 - 1, &why));
  free(path);
  assert_null(load(&d));
  assert_true(said(&d, DIAG_ERROR, "story.lua", 1, "this file has empty bytes (NUL) in it: it was saved as \"Unicode\""));
  diag_free(&d);
  static const char nul_text[] = CARD "scene \"a\" {\n  x \"hi\\0\0there\",\n  go \"e\",\n}\n" END;
  path = path_join(dir, "story.lua");
  assert_true(write_file(path, nul_text, sizeof nul_text - 1, &why));
  free(path);
  assert_null(load(&d));
  assert_true(said(&d, DIAG_ERROR, "story.lua", 5, "empty bytes (NUL)"));
  diag_free(&d);
}


/* What a story written outside the repository met (redteam): a scene id
 * with a typo or a lookalike letter of another alphabet gets the closest
 * one; a language written as a name ("French", "FR") or a path is refused
 * at its line; a text saved in Latin-1 says to save as UTF-8; the card's
 * and an ending's texts are at their own lines (the translation check and
 * --translate's comments point there). */
static void test_ids_languages_and_lines(void **state) {
  (void)state;
  expect_error(CARD "scene \"a\" {\n  choice \"A\" { go = \"ee\" },\n  choice \"B\" { go = \"e\" },\n}\n" END, 5,
               "there is no scene \"ee\" (did you mean \"e\"?)");
  expect_error("story { id = \"b\", title = \"T\",\n  start = \"\xd1\x96ntro\" }\nscene \"intro\" { go \"e\" }\n" END, 2,
               "(did you mean \"intro\"? a letter of \"\xd1\x96ntro\" comes from another alphabet");
  expect_error("story { id = \"b\", title = \"T\", start = \"a\",\n  language = \"French\" }\nscene \"a\" { go \"e\" }\n" END,
               2, "language is a language's short code in small letters, like \"en\", \"fr\" or \"it\", not \"French\"");
  expect_error("story { id = \"b\", title = \"T\", start = \"a\",\n  language = \"FR\" }\nscene \"a\" { go \"e\" }\n" END,
               2, "(write \"fr\")");
  expect_error("story { id = \"b\", title = \"T\", start = \"a\",\n  translations = { \"../../x\" } }\nscene \"a\" { go \"e\" }\n" END,
               2, "translations: list language codes in small letters, like { \"fr\", \"it\" }, not \"../../x\"");
  expect_error(CARD "scene \"a\" {\n  x \"caf\xe9 cr\xe8me\",\n  go \"e\",\n}\n" END, 5,
               "\"caf...\": the letter after this is not saved as UTF-8 text");
  char *tr = path_join(dir, "translations");
  mkdir(tr, 0700);
  free(tr);
  put("translations/fr.lua", "translation \"fr\" {\n}\n");
  put("story.lua", "story {\n  id = \"b\",\n  title = \"The title\",\n  note = \"The note\",\n  start = \"a\",\n"
                   "  translations = { \"fr\" },\n}\nscene \"a\" { go \"e\" }\nending \"e\" {\n  title = \"End\",\n"
                   "  summary = \"Done.\",\n}\n");
  Diag d;
  Story *s = load(&d);
  assert_true(said(&d, DIAG_WARNING, "story.lua", 3, "translation of \"The title\""));
  assert_true(said(&d, DIAG_WARNING, "story.lua", 4, "translation of \"The note\""));
  assert_true(said(&d, DIAG_WARNING, "story.lua", 10, "translation of \"End\""));
  assert_true(said(&d, DIAG_WARNING, "story.lua", 11, "translation of \"Done.\""));
  story_free(s);
  diag_free(&d);
  char *t = path_join(dir, "translations/fr.lua");
  remove(t);
  free(t);
}

/* What the engine once dropped without a word (a delay, a text, a line
 * cut short) is an error at the author's line that says what to write;
 * a choice left without its { } is said at the choice's line, not the
 * scene's; a translation file's messages come in the file's order. */
static void test_silent_slips(void **state) {
  (void)state;
  expect_error(CARD "scene \"a\" {\n  x { \"hi\", typing = \"fast\" },\n  go \"e\",\n}\n" END, 5,
               "typing is a number of seconds from 0 to 30, like typing = 2 (not \"fast\")");
  expect_error(CARD "scene \"a\" {\n  x(\"hi\", \"there\"),\n  go \"e\",\n}\n" END, 5,
               "x takes one text: write x \"hi\", then x \"...\" on its own line");
  expect_error(CARD "scene \"a\" {\n  x.photo(\"hi\", { typing = 2 }),\n  go \"e\",\n}\n" END, 5,
               "x.photo takes its options inside the braces, with the text: write x.photo { \"hi\", typing = 2 }");
  expect_error(CARD "scene \"a\" {\n  narrate(\"hi\", 2),\n  go \"e\",\n}\n" END, 5,
               "narrate takes one text in quotes, not a second value (a number)");
  expect_error(CARD "scene \"a\" {\n  x \"cut\\0here\",\n  go \"e\",\n}\n" END, 5,
               "\"cut...\": an empty byte (\\0) is in this text, and the game would cut the text there: delete the \\0");
  expect_error(CARD "scene \"a\" {\n  x \"hi\",\n  choice \"Go on\",\n  choice \"B\" { go = \"e\" },\n}\n" END, 6,
               "choice \"Go on\" needs { go = \"scene\" } after it, before the comma");
  expect_error(CARD "scene \"a\" {\n  when \"trust > 1\",\n  go \"e\",\n}\n" END, 5,
               "when \"trust > 1\" needs a { ... } list after it");
  /* a choice's condition without its quotes: Lua worked it out once, when the file ran */
  expect_error(CARD "scene \"a\" {\n  choice \"A\" { go = \"e\", when = 2 > 1 },\n  choice \"B\" { go = \"e\" },\n}\n" END,
               5, "choice \"A\": when is a condition in quotes, like when = \"trust > 2\"");
  put("translations/fr.lua", "translation \"fr\" {\n  [\"T\"] = \"T\",\n  [\"one\"] = \"un\\27[2J\",\n"
                             "  [\"two\"] = \"deux\\0\",\n  [\"three\"] = \"trois\\27[2J\",\n  [\"End\"] = \"Fin\",\n"
                             "  [\"Done.\"] = \"Fini\\27[2J\",\n  [\"zz\"] = \"vieux\",\n  [\"aa\"] = \"vieux\",\n}\n");
  Diag d;
  /* a line made in one file and used in another: each message at its own file */
  put("story.lua", "story { id = \"b\", title = \"T\", start = \"a\" }\nshared = narrate { \"made here\", typo = 1 }\n"
                   "include \"part.lua\"\n");
  put("part.lua", "scene \"a\" {\n  narrate \"one\",\n  shared,\n  narrate \"two {nmae}\",\n  go \"e\",\n}\n" END);
  assert_null(load(&d));
  assert_true(said(&d, DIAG_ERROR, "story.lua", 2, "narrate: unknown field 'typo'"));
  assert_true(said(&d, DIAG_ERROR, "part.lua", 4, "{nmae}: not a variable"));
  diag_free(&d);
  char *part = path_join(dir, "part.lua");
  remove(part);
  free(part);
  put("story.lua", "story { id = \"b\", title = \"T\", start = \"a\", translations = { \"fr\" } }\n"
                   "scene \"a\" { narrate \"one\", narrate \"two\", narrate \"three\", go \"e\" }\n" END);
  assert_null(load(&d));
  const char *fr = "translations/fr.lua";
  assert_true(said(&d, DIAG_ERROR, fr, 4, "an empty byte (\\0) is in this translation"));
  int last = 0, n = 0;
  for (int i = 0; i < d.count; i++) {
    size_t fl = strlen(d.entries[i].file);
    if (fl < strlen(fr) || strcmp(d.entries[i].file + fl - strlen(fr), fr) != 0) continue;
    assert_true(d.entries[i].line >= last); /* in the file's order */
    last = d.entries[i].line;
    n++;
  }
  assert_int_equal(n, 6); /* three escapes, an empty byte, two stale entries */
  diag_free(&d);
  char *t = path_join(dir, "translations/fr.lua");
  remove(t);
  free(t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_choice_texts), cmocka_unit_test(test_missing_comma),
      cmocka_unit_test(test_other_languages),
      cmocka_unit_test(test_ids_languages_and_lines),
      cmocka_unit_test(test_stray_characters),
      cmocka_unit_test(test_files_of_a_group),
      cmocka_unit_test(test_condition_slips),
      cmocka_unit_test(test_did_without_quotes),
      cmocka_unit_test(test_goto), cmocka_unit_test(test_ending_inside_a_scene), cmocka_unit_test(test_taught_out_of_order),
      cmocka_unit_test(test_unknown_field_is_an_error),
      cmocka_unit_test(test_unknown_advice),
      cmocka_unit_test(test_always_true),
      cmocka_unit_test(test_card_fields_at_their_line),
      cmocka_unit_test(test_translation_strict),
      cmocka_unit_test(test_id_then_table_words),
      cmocka_unit_test(test_four_visible),
      cmocka_unit_test(test_runtime_error_once),
      cmocka_unit_test(test_ending_placeholders),
      cmocka_unit_test(test_silent_slips),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
