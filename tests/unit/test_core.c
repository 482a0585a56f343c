/* Unit tests of the core: sandbox rules, story errors with file:line,
 * runtime determinism and undo, saves, text filling, settings. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "catalog.h"
#include "check.h"
#include "i18n.h"
#include "moment.h"
#include "runtime.h"
#include "sandbox.h"
#include "save.h"
#include "settings.h"
#include "settingswords.h"
#include "story.h"
#include "scan.h"
#include "text.h"
#include "textsafe.h"
#include "util.h"
#include "words.h"

static Catalog *cat;

static Story *load(const char *path, Diag *d) {
  diag_init(d);
  return story_load(path, cat, d);
}

static bool has_diag(const Diag *d, const char *file_suffix, int line, const char *words) {
  for (int i = 0; i < d->count; i++) {
    const DiagEntry *e = &d->entries[i];
    size_t fl = strlen(e->file), sl = strlen(file_suffix);
    if (fl >= sl && strcmp(e->file + fl - sl, file_suffix) == 0 && (line < 0 || e->line == line) &&
        strstr(e->message, words))
      return true;
  }
  diag_print(d, stderr);
  return false;
}

/* Runs a one-line story body in a fresh sandbox; returns the diag text. */
static char *run_snippet(const char *code) {
  char dir[] = "/tmp/bts-unit-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char *path = path_join(dir, "s.lua");
  FILE *f = fopen(path, "w");
  fputs(code, f);
  fclose(f);
  Diag d;
  diag_init(&d);
  Sandbox *sb = sandbox_new(dir, SANDBOX_STORY);
  sandbox_run_file(sb, path, &d);
  sandbox_free(sb);
  Buf b = {0};
  for (int i = 0; i < d.count; i++) buf_addf(&b, "%s:%d: %s\n", d.entries[i].file, d.entries[i].line, d.entries[i].message);
  diag_free(&d);
  unlink(path);
  rmdir(dir);
  free(path);
  return buf_take(&b);
}

static void expect_refused(const char *code, const char *words) {
  char *out = run_snippet(code);
  if (!strstr(out, words)) fprintf(stderr, "code: %s\ngot: %s\n", code, out);
  assert_non_null(strstr(out, words));
  free(out);
}

static void test_sandbox_forbidden(void **state) {
  (void)state;
  expect_refused("io.open('/tmp/x', 'w')", "s.lua:1:");
  expect_refused("os.execute('true')", "s.lua:1:");
  expect_refused("require('os')", "s.lua:1:");
  expect_refused("local d = debug.getinfo(1)", "s.lua:1:");
  expect_refused("package.loaded.os.exit()", "s.lua:1:");
  expect_refused("dofile('/etc/passwd')", "s.lua:1:");
  expect_refused("loadfile('/etc/passwd')", "s.lua:1:");
  expect_refused("load('return 1')", "s.lua:1:");
  expect_refused("local s = string.dump(print)", "s.lua:1:");
  expect_refused("local m = getmetatable('')", "s.lua:1:");
  expect_refused("setmetatable({}, {})", "s.lua:1:");
  expect_refused("rawset(_G, 'x', 1)", "s.lua:1:");
  expect_refused("collectgarbage()", "s.lua:1:");
  expect_refused("local c = coroutine.create(print)", "s.lua:1:");
  expect_refused("local x = ('a'):match('a')", "s.lua:1:");
  expect_refused("local x = string.gsub('a', 'a', 'b')", "s.lua:1:");
  expect_refused("local x = ('x'):rep(1e9)", "too long");
  expect_refused("local x = (''):rep(1e15)", "too long");
  expect_refused("include '../escape.lua'", "give the name of a .lua file");
  expect_refused("include '/etc/passwd.lua'", "give the name of a .lua file");
}

static void test_sandbox_limits(void **state) {
  (void)state;
  expect_refused("while true do end", "ran too long");
  expect_refused("\n\nlocal function f() return f() + 1 end f()", "was stopped");
  expect_refused("while true do pcall(function() while true do end end) end", "ran too long");
  expect_refused("local t = {} for i = 1, 1e9 do t[i] = {i} end", "was stopped");
  expect_refused("local s = 'x' for i = 1, 40 do s = s .. s end", "MB");
  /* print becomes a note with the line, not terminal output */
  expect_refused("\nprint('hello\\27[2J')", "s.lua:2: print: hello");
}

/* A data sandbox offers the words it is given, not the story language. */
static void test_sandbox_vocabulary(void **state) {
  (void)state;
  char dir[] = "/tmp/bts-unit-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char *path = path_join(dir, "d.lua");
  FILE *f = fopen(path, "w");
  fputs("thing { size = 2 }\nscene \"a\" { }\n", f);
  fclose(f);
  Sandbox *sb = sandbox_new(dir, "function thing(t) _thing = t end\n");
  assert_non_null(sb);
  Diag d;
  diag_init(&d);
  assert_false(sandbox_run_file(sb, path, &d));
  assert_true(has_diag(&d, "d.lua", 2, "'scene' is not a word"));
  lua_State *L = sandbox_lua(sb);
  sandbox_push_collected(sb);
  lua_getfield(L, -1, "_thing");
  assert_int_equal(lua_type(L, -1), LUA_TTABLE);
  lua_pop(L, 2);
  int n;
  const char *const *files = sandbox_files(sb, &n);
  assert_int_equal(n, 1);
  assert_string_equal(files[0], path);
  diag_free(&d);
  sandbox_free(sb);
  unlink(path);
  rmdir(dir);
  free(path);
}

static void test_story_errors(void **state) {
  (void)state;
  Diag d;
  assert_null(load(SRC "/fixtures/unknown_target.lua", &d));
  assert_true(has_diag(&d, "unknown_target.lua", 4, "there is no scene \"nowhere\""));
  diag_free(&d);
  assert_null(load(SRC "/fixtures/syntax_error.lua", &d));
  assert_true(has_diag(&d, "syntax_error.lua", 3, "missing a comma at the end of line 3?"));
  diag_free(&d);
  assert_null(load(SRC "/fixtures/runaway.lua", &d));
  assert_true(has_diag(&d, "runaway.lua", 3, "ran too long"));
  diag_free(&d);
  assert_null(load(SRC "/fixtures/memory_bomb.lua", &d));
  assert_true(has_diag(&d, "memory_bomb.lua", 0, "MB of memory"));
  diag_free(&d);
  assert_null(load(SRC "/fixtures/bad_fields.lua", &d));
  assert_true(has_diag(&d, "bad_fields.lua", 4, "{nmae}: not a variable"));
  assert_true(has_diag(&d, "bad_fields.lua", 5, "unknown variable 'payed'"));
  assert_true(has_diag(&d, "bad_fields.lua", 5, "did you mean 'paid'"));
  assert_true(has_diag(&d, "bad_fields.lua", 5, "set: 'paid' is true or false"));
  assert_true(has_diag(&d, "bad_fields.lua", 6, "unknown field 'gto' (did you mean 'go'?)"));
  assert_true(has_diag(&d, "bad_fields.lua", 8, "needs a summary"));
  assert_true(has_diag(&d, "bad_fields.lua", 9, "dead end"));
  diag_free(&d);
  assert_null(load(SRC "/fixtures/duplicate.lua", &d));
  assert_true(has_diag(&d, "duplicate.lua", 3, "declared twice"));
  assert_true(has_diag(&d, "duplicate.lua", 1, "\"not-an-id\" is not an advice id"));
  assert_true(has_diag(&d, "duplicate.lua", 4, "add \"talk\" to teaches"));
  diag_free(&d);
  assert_null(load(SRC "/fixtures/escape.lua", &d));
  assert_true(has_diag(&d, "escape.lua", 2, "io"));
  assert_int_equal(access("/tmp/bts-escape", F_OK), -1);
  diag_free(&d);
}

/* The story language is declared once (words.h): the names and the enum
 * agree, every simple word can be written by a story and becomes a beat of
 * that same kind, and a field the word does not take is warned about. */
/* Once loaded, a story lives in C: its Lua state keeps the prelude and the
 * conditions, not a second copy of every scene (the longest story's was
 * 0.5 MB of the window's memory). A condition only Lua judges (`%` is not
 * in the compiled subset) still works after that, and so does its error. */
static void test_story_lua_after_load(void **state) {
  (void)state;
  Diag d;
  Story *s = load(ROOT "/stories/skype", &d);
  assert_non_null(s);
  story_settle(s);
  assert_true(story_lua_kb(s) < 200);
  story_free(s);
  diag_free(&d);
  char dir[] = "/tmp/bts-unit-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char *path = path_join(dir, "story.lua");
  FILE *f = fopen(path, "w");
  fputs("story { id = \"m\", title = \"t\", start = \"a\", teaches = { \"talk\" }, vars = { n = 4 } }\n"
        "scene \"a\" {\n  narrate \"a\",\n  choice \"even\" { go = \"e\", when = \"n % 2 == 0\", did = \"talk\" },\n"
        "  choice \"odd\" { go = \"e\", when = \"n < 'a'\" },\n}\n"
        "ending \"e\" { title = \"end\", summary = \"s\" }\n",
        f);
  fclose(f);
  s = load(dir, &d);
  assert_non_null(s);
  int n = story_var_index(s, "n");
  assert_true(n >= 0);
  double vars[8] = {0};
  int even = s->scenes[s->start].choices[0].cond, odd = s->scenes[s->start].choices[1].cond;
  vars[n] = 4;
  assert_int_equal(story_eval(s, even, vars, 0, NULL), 1);
  vars[n] = 3;
  assert_int_equal(story_eval(s, even, vars, 0, NULL), 0);
  char *err = NULL;
  assert_int_equal(story_eval(s, odd, vars, 0, &err), -1);
  assert_non_null(err);
  assert_non_null(strstr(err, "story.lua:5: attempt to compare"));
  free(err);
  story_free(s);
  diag_free(&d);
  remove(path);
  free(path);
  rmdir(dir);
}

static void test_story_words(void **state) {
  (void)state;
  for (int w = 0; w < WORD_COUNT; w++) assert_int_equal(word_lookup(word_name((Word)w)), w);
  assert_int_equal(word_lookup("narate"), -1);
  assert_int_equal(word_lookup(NULL), -1);
  char dir[] = "/tmp/bts-unit-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char *path = path_join(dir, "story.lua");
  FILE *f = fopen(path, "w");
  fputs("story { id = \"w\", title = \"W\", start = \"a\" }\nscene \"a\" {\n", f);
  int simple = 0;
  for (int w = 0; w < WORD_COUNT; w++)
    if (word_is((Word)w, WF_SIMPLE)) {
      fprintf(f, "  %s \"%s\",\n", word_name((Word)w), word_name((Word)w));
      simple++;
    }
  fputs("  narrate { \"typed\" },\n  go \"b\",\n}\n"
        "ending \"b\" { title = \"B\", summary = \"S\" }\n", f);
  fclose(f);
  assert_true(simple >= 5);
  Diag d;
  Story *s = load(dir, &d);
  assert_non_null(s);
  Runtime *rt = rt_new(s, "en", "Sam", GENDER_X);
  for (int w = 0; w < WORD_COUNT; w++)
    if (word_is((Word)w, WF_SIMPLE)) {
      const Beat *b = rt_step(rt);
      assert_non_null(b);
      assert_int_equal(b->kind, w);
      assert_string_equal(b->text, word_name((Word)w));
    }
  assert_int_equal(rt_step(rt)->kind, WORD_NARRATE);
  rt_free(rt);
  story_free(s);
  diag_free(&d);
  /* a field the word does not take is an error at its line: what it meant
   * (a typing delay here) would be lost */
  f = fopen(path, "w");
  fputs("story { id = \"w\", title = \"W\", start = \"a\" }\nscene \"a\" {\n"
        "  narrate { \"typed\",\n    typing = 2 },\n  go \"b\",\n}\n"
        "ending \"b\" { title = \"B\", summary = \"S\" }\n", f);
  fclose(f);
  assert_null(load(dir, &d));
  assert_true(has_diag(&d, "story.lua", 4, "narrate: unknown field 'typing'"));
  diag_free(&d);
  unlink(path);
  rmdir(dir);
  free(path);
}

static void test_checker_finds_loops(void **state) {
  (void)state;
  Diag d;
  Story *s = load(SRC "/fixtures/no_way_out.lua", &d);
  assert_non_null(s);
  CheckSummary sum;
  check_explore(s, &d, CHECK_MAX_STATES, &sum);
  assert_true(has_diag(&d, "no_way_out.lua", 7, "no ending can be reached"));
  assert_true(has_diag(&d, "no_way_out.lua", 10, "can never be reached"));
  assert_true(sum.complete);
  diag_free(&d);
  story_free(s);
}

/* The checker's runtimes cost the same at any depth: a clone 5,000
 * choices down a loop is as small as one at the start (it copied the
 * whole path: a long loop's --check was quadratic). */
static void test_checker_clone_is_flat(void **state) {
  (void)state;
  Diag d;
  Story *s = load(SRC "/fixtures/counter_loop.lua", &d);
  assert_non_null(s);
  Runtime *rt = rt_new(s, NULL, NULL, GENDER_M);
  rt_set_quiet(rt, true);
  rt_set_pathless(rt);
  assert_int_equal(rt_run(rt), RT_CHOICE);
  Runtime *first = rt_clone(rt);
  for (int i = 0; i < 5000; i++) {
    assert_true(rt_choose_index(rt, 0));
    assert_int_equal(rt_run(rt), RT_CHOICE);
  }
  Runtime *deep = rt_clone(rt);
  assert_int_equal(rt_choices_made(deep), 5000); /* still counted */
  assert_true(rt_memory(deep) <= rt_memory(first) + 64);
  int n = -1;
  assert_null(rt_path(deep, &n));
  assert_int_equal(n, 0);
  assert_false(rt_can_undo(deep));
  assert_false(rt_undo(deep));
  /* The exploration still reaches the ending behind the counter. */
  CheckSummary sum;
  check_explore(s, &d, 5000, &sum);
  assert_int_equal(d.errors, 0);
  rt_free(first);
  rt_free(deep);
  rt_free(rt);
  diag_free(&d);
  story_free(s);
}

static Story *template_story(void) {
  Diag d;
  Story *s = load(ROOT "/stories/template", &d);
  if (!s) diag_print(&d, stderr);
  assert_non_null(s);
  assert_int_equal(d.warnings, 0);
  diag_free(&d);
  return s;
}

static char *transcript(Runtime *rt) {
  Buf b = {0};
  for (int i = 0; i < rt_history_len(rt); i++) buf_addf(&b, "%d|%s\n", rt_history(rt, i)->kind, rt_history(rt, i)->text);
  return buf_take(&b);
}

static void test_runtime_determinism_and_undo(void **state) {
  (void)state;
  Story *s = template_story();
  int path[] = {0, 0, 1, 0}; /* shown choice numbers, 0-based */
  char *texts[2];
  for (int run = 0; run < 2; run++) {
    Runtime *rt = rt_new(s, "en", "Nour", GENDER_F);
    for (size_t i = 0; i < 4; i++) {
      assert_int_equal(rt_run(rt), RT_CHOICE);
      assert_true(rt_choose(rt, path[i]));
    }
    assert_int_equal(rt_run(rt), RT_ENDED);
    texts[run] = transcript(rt);
    rt_free(rt);
  }
  assert_string_equal(texts[0], texts[1]);
  assert_non_null(strstr(texts[0], "hey Nour!"));

  Runtime *rt = rt_new(s, "en", "Nour", GENDER_F);
  rt_run(rt);
  int before = rt_history_len(rt);
  char *first = transcript(rt);
  rt_choose(rt, 1);
  rt_run(rt);
  assert_true(rt_history_len(rt) > before);
  assert_true(rt_did(rt, "verify"));
  assert_true(rt_undo(rt));
  assert_int_equal(rt_state(rt), RT_CHOICE);
  assert_int_equal(rt_history_len(rt), before);
  assert_false(rt_did(rt, "verify"));
  char *again = transcript(rt);
  assert_string_equal(first, again);
  assert_false(rt_can_undo(rt));
  free(first);
  free(again);
  free(texts[0]);
  free(texts[1]);
  rt_free(rt);
  story_free(s);
}

static void test_debrief_order(void **state) {
  (void)state;
  Story *s = template_story();
  /* thanks, send selfie, block right away, tell Lea */
  Runtime *rt = rt_new(s, "en", NULL, GENDER_M);
  int path[] = {0, 0, 1, 0};
  for (int i = 0; i < 4; i++) {
    rt_run(rt);
    rt_choose(rt, path[i]);
  }
  assert_int_equal(rt_run(rt), RT_ENDED);
  assert_string_equal(rt_ending_id(rt), "help-end");
  DebriefItem items[CATALOG_MAX];
  int n = rt_debrief(rt, items, CATALOG_MAX);
  assert_int_equal(n, 5);
  for (int i = 0; i < n; i++) {
    if (!strcmp(items[i].id, "block")) assert_int_equal(items[i].verdict, VERDICT_WRONG_ORDER);
    if (!strcmp(items[i].id, "evidence")) assert_int_equal(items[i].verdict, VERDICT_TAKEN);
    if (!strcmp(items[i].id, "talk")) assert_int_equal(items[i].verdict, VERDICT_TAKEN);
    if (!strcmp(items[i].id, "verify")) assert_int_equal(items[i].verdict, VERDICT_MISSED);
    assert_non_null(items[i].why);
  }
  rt_free(rt);
  story_free(s);
}

/* Another language, name or gender mid-story: the same place, spoken anew. */
static void test_respeak(void **state) {
  (void)state;
  Story *s = template_story();
  Runtime *rt = rt_new(s, "en", "Nour", GENDER_F);
  rt_run(rt);
  rt_choose(rt, 0);
  rt_run(rt);
  int len = rt_history_len(rt);
  assert_true(rt_respeak(rt, "fr", "Inès", GENDER_X));
  assert_int_equal(rt_history_len(rt), len);
  assert_int_equal(rt_choices_made(rt), 1);
  assert_int_equal(rt_state(rt), RT_CHOICE);
  assert_string_equal(rt_lang(rt), "fr");
  Runtime *fresh = rt_new(s, "fr", "Inès", GENDER_X);
  rt_run(fresh);
  rt_choose(fresh, 0);
  rt_run(fresh);
  char *a = transcript(rt), *b = transcript(fresh), *sa = rt_save_text(rt), *sb = rt_save_text(fresh);
  assert_string_equal(a, b);
  assert_string_equal(sa, sb);
  assert_null(strstr(a, "Nour"));
  assert_true(rt_respeak(rt, "xx", "", GENDER_M)); /* unknown language: the story's own; no name: Sam */
  assert_string_equal(rt_lang(rt), s->language);
  free(a);
  free(b);
  free(sa);
  free(sb);
  rt_free(fresh);
  rt_free(rt);
  story_free(s);
}

static void test_save_round_trip(void **state) {
  (void)state;
  Story *s = template_story();
  Runtime *rt = rt_new(s, "fr", "Inès", GENDER_F);
  rt_run(rt);
  rt_choose(rt, 0);
  rt_run(rt);
  rt_choose(rt, 0);
  rt_run(rt);
  char *text = rt_save_text(rt);
  char *why = NULL;
  Runtime *back = rt_from_save(s, text, &why);
  assert_non_null(back);
  char *a = transcript(rt), *b = transcript(back);
  assert_string_equal(a, b);
  assert_string_equal(rt_lang(back), "fr");
  free(a);
  free(b);
  /* truncated, garbage, future, other story */
  const char *bad[] = {"", "garbage\n", "behind-the-screen save 99\nstory template\nend\n",
                       "behind-the-screen save 1\nstory other\npath\nend\n"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    assert_null(rt_from_save(s, bad[i], &why));
    assert_non_null(why);
    free(why);
  }
  text[strlen(text) - 5] = 0; /* cut before "end" */
  assert_null(rt_from_save(s, text, &why));
  assert_non_null(strstr(why, "damaged"));
  free(why);
  free(text);
  rt_free(back);
  rt_free(rt);
  story_free(s);
}

/* Class votes: kept per decision, through undo, "go back to a choice",
 * another language and the save text; dropped when the path changes. */
static void test_votes(void **state) {
  (void)state;
  Story *s = template_story();
  Runtime *rt = rt_new(s, "en", "Nour", GENDER_F);
  assert_int_equal(rt_run(rt), RT_CHOICE);
  assert_int_equal(rt_decision_count(rt), 1);
  assert_int_equal(rt_votes(rt, 0, 0), -1); /* no tally yet */
  assert_int_equal(rt_vote_winner(rt, NULL), -1);
  assert_true(rt_set_votes(rt, 0, 12));
  assert_true(rt_set_votes(rt, 1, 7));
  assert_false(rt_set_votes(rt, 1, -1));
  assert_false(rt_set_votes(rt, 9, 1));
  assert_false(rt_set_votes(rt, 0, RT_VOTES_MAX + 1));
  int tied = 0;
  assert_int_equal(rt_vote_winner(rt, &tied), 0);
  assert_int_equal(tied, 1);
  assert_true(rt_choose(rt, rt_vote_winner(rt, NULL)));
  assert_int_equal(rt_run(rt), RT_CHOICE);
  assert_int_equal(rt_decision_taken(rt, 0), 0);
  assert_int_equal(rt_decision_taken(rt, 1), -1); /* on screen */
  char *text = rt_decision_text(rt, 0, 1);
  assert_non_null(text);
  free(text);
  /* a tie: the teacher decides */
  assert_true(rt_set_votes(rt, 0, 5));
  assert_true(rt_set_votes(rt, 1, 5));
  assert_int_equal(rt_vote_winner(rt, &tied), -1);
  assert_int_equal(tied, 2);
  assert_true(rt_choose(rt, 0));
  assert_int_equal(rt_run(rt), RT_CHOICE);
  assert_int_equal(rt_decision_count(rt), 3);
  assert_true(rt_set_votes(rt, 0, 3));

  /* the save keeps every tally, an older reader skips the lines */
  char *save = rt_save_text(rt);
  assert_non_null(strstr(save, "votes 0 12 7"));
  char *why = NULL;
  Runtime *back = rt_from_save(s, save, &why);
  assert_non_null(back);
  assert_int_equal(rt_votes(back, 0, 0), 12);
  assert_int_equal(rt_votes(back, 1, 1), 5);
  assert_int_equal(rt_votes(back, 2, 0), 3);
  assert_int_equal(rt_votes(back, 2, 1), 0);
  char *again = rt_save_text(back);
  assert_string_equal(save, again);
  free(again);
  rt_free(back);
  /* votes that do not fit the path: refused as damaged */
  char *wrong = xasprintf("behind-the-screen save 1\nstory template\npath 0\nvotes 7 1 2\nend\n");
  assert_null(rt_from_save(s, wrong, &why));
  assert_non_null(strstr(why, "damaged"));
  free(why);
  free(wrong);
  wrong = xasprintf("behind-the-screen save 1\nstory template\npath 0\nvotes 0 1 x\nend\n");
  assert_null(rt_from_save(s, wrong, &why));
  free(why);
  free(wrong);

  /* another language: the same tallies */
  assert_true(rt_respeak(rt, "fr", "Nour", GENDER_F));
  assert_int_equal(rt_votes(rt, 1, 0), 5);
  assert_int_equal(rt_votes(rt, 2, 0), 3);
  /* undo: the decision back on screen keeps its tally, the later one goes */
  assert_true(rt_undo(rt));
  assert_int_equal(rt_decision_count(rt), 2);
  assert_int_equal(rt_votes(rt, 1, 1), 5);
  assert_int_equal(rt_votes(rt, 2, 0), -1);
  /* the same reply again: nothing lost before it */
  assert_true(rt_choose(rt, 0));
  rt_run(rt);
  assert_int_equal(rt_votes(rt, 0, 0), 12);
  assert_int_equal(rt_votes(rt, 2, 0), -1);
  /* go back to the first choice: its tally stays, the rest goes */
  assert_true(rt_back_to(rt, 0));
  assert_int_equal(rt_choices_made(rt), 0);
  assert_int_equal(rt_state(rt), RT_CHOICE);
  assert_int_equal(rt_votes(rt, 0, 1), 7);
  assert_int_equal(rt_votes(rt, 1, 0), -1);
  assert_false(rt_back_to(rt, 0)); /* nothing chosen yet */
  /* another reply: the next decision is a new one */
  assert_true(rt_choose(rt, 1));
  rt_run(rt);
  assert_false(rt_voted(rt, 1));
  char *plain = rt_save_text(rt);
  assert_non_null(strstr(plain, "votes 0 12 7 0\n"));
  free(plain);
  free(save);
  rt_free(rt);
  story_free(s);
}

static void test_save_files(void **state) {
  (void)state;
  char dir[] = "/tmp/bts-home-XXXXXX";
  assert_non_null(mkdtemp(dir));
  setenv("BTS_HOME", dir, 1);
  Story *s = template_story();
  Runtime *rt = rt_new(s, "en", "Sam", GENDER_X);
  rt_run(rt);
  rt_choose(rt, 1);
  rt_run(rt);
  char *why = NULL;
  assert_true(save_write(rt, &why));
  Runtime *back = save_resume(s, &why);
  assert_non_null(back);
  assert_int_equal(rt_choices_made(back), 1);
  rt_free(back);
  /* A corrupt save is set aside, not overwritten, and reported. */
  char *path = save_path(s);
  FILE *f = fopen(path, "w");
  fputs("behind-the-screen save 1\nstory template\npath 9 9 9\nend\n", f);
  fclose(f);
  assert_null(save_resume(s, &why));
  assert_non_null(why);
  assert_non_null(strstr(why, ".bad-1"));
  free(why);
  char *aside = xasprintf("%s.bad-1", path);
  assert_true(is_file(aside));
  assert_false(is_file(path));
  free(aside);
  free(path);
  rt_free(rt);
  story_free(s);
}

static void test_text_fill(void **state) {
  (void)state;
  char *t = text_fill("Tu es {nu|nue}, {name} ({sûr|sûre|sûr·e})", NULL, NULL, "Alex", 'f');
  assert_string_equal(t, "Tu es nue, Alex (sûre)");
  free(t);
  t = text_fill("{nu|nue} {sûr|sûre|sûr·e}", NULL, NULL, "A", 'x');
  assert_string_equal(t, "nu/nue sûr·e");
  free(t);
  t = text_fill("{nu|nue}", NULL, NULL, "A", 'm');
  assert_string_equal(t, "nu");
  free(t);
  /* Integers without printf (buf_add_int), as "%lld" writes them. */
  Buf nb = {0};
  const long long ints[] = {0, 7, -7, 10, 1234567890123LL, -1000000000000000LL, LLONG_MAX, LLONG_MIN};
  Buf want = {0};
  for (size_t i = 0; i < sizeof ints / sizeof *ints; i++) {
    buf_add_int(&nb, ints[i]);
    buf_add(&nb, " ", 1);
    buf_addf(&want, "%lld ", ints[i]);
  }
  assert_string_equal(nb.s, want.s);
  free(nb.s);
  free(want.s);
  t = text_terminal_safe("a\x1b[2Jb\xff\xc2\x9b\xe2\x80\xae" "c\n");
  assert_null(strchr(t, 0x1b));
  assert_non_null(strstr(t, "c "));
  assert_null(strstr(t, "\xe2\x80\xae"));
  free(t);  /* The one filter (textsafe.h): refused characters, and what a language
   * or an emoji needs kept. */
  static const char *const refused[] = {
      "\x1b", "\x9b", "\xc2\x9b", "\xc2\x85", "\xe2\x80\xae", "\xe2\x80\x8f", "\xe2\x80\x8e",
      "\xd8\x9c", "\xe2\x81\xa6", "\xe2\x81\xa9", "\xe2\x80\xa8", "\xe2\x80\xa9", "\xe2\x80\x8b",
      "\xe2\x81\xa0", "\xef\xbb\xbf", "\xf3\xa0\x80\x81", "\xf3\xa0\x81\xa1", "\r", "\x7f",
      "a\xe2\x80\x8d" "b", NULL};
  for (const char *const *r = refused; *r; r++) {
    char *text = xasprintf("ok %s ok", *r);
    assert_int_not_equal(ts_find_unsafe(text, NULL), (size_t)-1);
    char *clean = ts_clean(text, TS_KEEP_LINES);
    assert_non_null(strstr(clean, "\xef\xbf\xbd"));
    assert_null(strstr(clean, *r));
    free(clean);
    free(text);
  }
  static const char *const kept[] = {
      "family \xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7", /* ZWJ emoji */
      "\xf0\x9f\x8f\xb4\xf3\xa0\x81\xa7\xf3\xa0\x81\xa2\xf3\xa0\x81\xb3\xf3\xa0\x81\xa3\xf3\xa0\x81\xb4\xf3\xa0\x81\xbf", /* flag */
      "\xd9\x85\xe2\x80\x8c\xd9\x8a", /* ZWNJ in Persian */
      "line one\nline two\ttab", "caf\xc3\xa9 \xe2\x9d\xa4\xef\xb8\x8f", NULL};
  for (const char *const *k = kept; *k; k++) {
    assert_int_equal(ts_find_unsafe(*k, NULL), (size_t)-1);
    char *clean = ts_clean(*k, TS_KEEP_LINES);
    assert_string_equal(clean, *k);
    free(clean);
  }
}

/* A terminal that shows no UTF-8: readable plain letters (textsafe.h). */
static void test_plain_letters(void **state) {
  (void)state;
  assert_int_equal(ts_charset_named("UTF-8"), TS_UTF8);
  assert_int_equal(ts_charset_named("utf8"), TS_UTF8);
  assert_int_equal(ts_charset_named("ISO-8859-1"), TS_LATIN1);
  assert_int_equal(ts_charset_named("ANSI_X3.4-1968"), TS_ASCII);
  assert_int_equal(ts_charset_named(NULL), TS_ASCII);
  static const char *const cases[][2] = {
      {"\xe2\x80\x9cOui\xe2\x80\x9d, dit Zo\xc3\xa9\xe2\x80\xa6", "\"Oui\", dit Zoe..."},
      {"\xc2\xab Bient\xc3\xb4t \xc2\xbb \xe2\x80\x93 \xc5\x93uf, \xc3\x87" "a, stra\xc3\x9f" "e", "\" Bientot \" - oeuf, Ca, strasse"},
      {"grazie \xf0\x9f\x99\x82 ciao \xf0\x9f\x98\x82", "grazie :) ciao xD"},
      {"\xe2\x9d\xa4\xef\xb8\x8f ok \xf0\x9f\x94\xa5!", "<3 ok !"},            /* a heart; fire is left out */
      {"\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7.", "."}, /* a ZWJ family: nothing */
      {"50\xc2\xa0\xe2\x82\xac, ami\xc2\xb7" "e\xc2\xb7s, carin\xc9\x99", "50 EUR, ami.e.s, carin*"},
      {"\xd0\x9f\xd1\x80\xd0\xb8", "???"},                                         /* a script it cannot show */
      {"\x1b[1mbold\x1b[0m", "\x1b[1mbold\x1b[0m"},                                      /* the game's own colours pass */
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char *p = ts_plain(cases[i][0], TS_ASCII);
    assert_string_equal(p, cases[i][1]);
    free(p);
  }
  char *l1 = ts_plain("Zo\xc3\xa9 \xc2\xab \xe2\x80\xa6 \xe2\x82\xac", TS_LATIN1); /* Latin-1 keeps its own */
  assert_string_equal(l1, "Zo\xe9 \xab ... EUR");
  free(l1);
  char *u = ts_plain("Zo\xc3\xa9", TS_UTF8);
  assert_string_equal(u, "Zo\xc3\xa9");
  free(u);
  char *cut = ts_plain("caf\xc3", TS_ASCII); /* cut short: no half letter */
  assert_string_equal(cut, "caf?");
  free(cut);
  /* the numero sign: each language's plain form, not "n deg7"; a degree stays one */
  static const char *const numero[][3] = {
      {"fr", "le n\xc2\xb0" "7 ? N\xc2\xb0 12, 17\xc2\xb0", "le no 7 ? No 12, 17 deg"},
      {"it", "il n\xc2\xb0" "7? 17\xc2\xb0", "il n. 7? 17 deg"},
      {"en", "number n\xc2\xb0" "7, 20\xc2\xb0, an\xc2\xb0", "number no. 7, 20 deg, an deg"},
  };
  for (size_t i = 0; i < sizeof numero / sizeof numero[0]; i++) {
    ts_plain_language(numero[i][0]);
    char *p = ts_plain(numero[i][1], TS_ASCII);
    assert_string_equal(p, numero[i][2]);
    free(p);
  }
  ts_plain_language(NULL);
}

/* The bottom module: one UTF-8 decoder, one placeholder iterator. */
static void test_scan(void **state) {
  (void)state;
  unsigned cp;
  assert_int_equal(utf8_decode("\xc3\xa9", &cp), 2);
  assert_int_equal(cp, 0xE9);
  assert_int_equal(utf8_decode("\xf0\x9f\x98\x8a", &cp), 4);
  assert_int_equal(cp, 0x1F60A);
  assert_int_equal(utf8_decode("\xc0\xaf", &cp), 0);     /* overlong */
  assert_int_equal(utf8_decode("\xed\xa0\x80", &cp), 0); /* surrogate */
  assert_int_equal(utf8_decode("\xe2\x82", &cp), 0);     /* cut short */
  assert_int_equal(utf8_count("In\xc3\xa8s"), 4);
  assert_int_equal(utf8_first("\xc3\x89lo"), 2);
  assert_int_equal(utf8_first(""), 0);
  assert_int_equal(utf8_cut("a\xc3\xa9", 2), 1);
  assert_int_equal(utf8_cut("ab", 10), 2);
  const char *text = "Hi {name}, {un|une|un·e} {open", *p = text;
  Placeholder ph;
  assert_true(placeholder_next(&p, &ph));
  assert_true(ph.closed && placeholder_is(&ph, "name") && ph.bars == 0 && ph.open == text + 3);
  assert_true(placeholder_next(&p, &ph));
  assert_true(ph.closed && ph.bars == 2 && ph.len == strlen("un|une|un·e"));
  assert_true(placeholder_next(&p, &ph));
  assert_false(ph.closed);
  assert_int_equal(ph.len, 4);
  assert_false(placeholder_next(&p, &ph));
}

/* A folder's names: only the suffix asked for, no hidden ones, sorted the
 * same on every file system; a missing folder is NULL, an empty one "". */
static void test_dir_names(void **state) {
  (void)state;
  char dir[] = "/tmp/bts-unit-XXXXXX";
  assert_non_null(mkdtemp(dir));
  const char *files[] = {"it.lua", ".hidden.lua", "en.lua", "fr.lua", "notes.txt", "zz.lua~", ".lua"};
  for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
    char *p = path_join(dir, files[i]);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    fclose(f);
    free(p);
  }
  int n;
  char **names = dir_names(dir, ".lua", &n);
  assert_int_equal(n, 3);
  assert_string_equal(names[0], "en.lua");
  assert_string_equal(names[1], "fr.lua");
  assert_string_equal(names[2], "it.lua");
  assert_null(names[3]);
  names_free(names);
  names = dir_names(dir, "", &n);
  assert_int_equal(n, 5); /* the hidden two left out */
  assert_string_equal(names[0], "en.lua");
  assert_string_equal(names[4], "zz.lua~");
  names_free(names);
  names = dir_names(dir, ".none", &n);
  assert_non_null(names);
  assert_int_equal(n, 0);
  names_free(names);
  for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
    char *p = path_join(dir, files[i]);
    unlink(p);
    free(p);
  }
  rmdir(dir);
  assert_null(dir_names(dir, "", &n));
  assert_int_equal(n, 0);
  assert_null(dir_names(NULL, "", &n));
}

static void test_settings(void **state) {
  (void)state;
  Settings s;
  settings_defaults(&s);
  s.text_scale = 150;
  s.high_contrast = true;
  snprintf(s.name, sizeof s.name, "Zoé");
  char *text = settings_format(&s);
  Settings back;
  settings_defaults(&back);
  char *why = NULL;
  assert_true(settings_parse(&back, text, &why));
  assert_int_equal(back.text_scale, 150);
  assert_true(back.high_contrast);
  assert_false(back.read_aloud);
  assert_string_equal(back.name, "Zoé");
  free(text);
  assert_false(settings_parse(&back, "# behind-the-screen settings 1\ntext_scale = 900\n", &why));
  free(why);
  assert_false(settings_parse(&back, "hello", &why));
  free(why);
  /* a country written by hand: the help data's spelling, and never a path */
  assert_true(settings_parse(&back, "# behind-the-screen settings 1\ncountry = fr\n", &why));
  assert_string_equal(back.country, "FR");
  assert_false(settings_parse(&back, "# behind-the-screen settings 1\ncountry = ..\n", &why));
  free(why);
}

/* One bad line loses only itself: a teen's 200% text and high contrast stay
 * when a line below them is wrong, and the note names the line and what it
 * said. */
static void test_settings_one_bad_line(void **state) {
  (void)state;
  Settings s;
  settings_defaults(&s);
  char *why = NULL;
  assert_false(settings_parse(&s,
                              "# behind-the-screen settings 1\ntext_scale = 200\nhigh_contrast = true\n"
                              "speed = very fast\nname = Zo\xc3\xa9\njust some words\nread_aloud = yes\n"
                              "dyslexic_font = 1\n",
                              &why));
  assert_int_equal(s.text_scale, 200);
  assert_true(s.high_contrast);
  assert_string_equal(s.name, "Zo\xc3\xa9");
  assert_true(s.dyslexic_font);
  assert_int_equal(s.speed, SPEED_NORMAL); /* the default: its line was left out */
  assert_false(s.read_aloud);
  assert_non_null(why);
  assert_non_null(strstr(why, "settings:4: warning: \"speed = very fast\" was left out (expected instant, normal or slow)"));
  assert_non_null(strstr(why, "settings:6: warning: \"just some words\" was left out (not \"key = value\")"));
  assert_non_null(strstr(why, "settings:7: warning: \"read_aloud = yes\" was left out (expected true or false)"));
  assert_null(strstr(why, "settings:2:"));
  free(why);
  why = NULL;
  /* a clean file says nothing */
  assert_true(settings_parse(&s, "# behind-the-screen settings 1\nspeed = slow\n", &why));
  assert_null(why);
  assert_int_equal(s.speed, SPEED_SLOW);
  /* not a settings file at all: nothing of it is used */
  s.text_scale = 120;
  assert_false(settings_parse(&s, "text_scale = 150\n", &why));
  assert_int_equal(s.text_scale, 120);
  free(why);
}

/* What settings.conf could not use, in the player's language (settingswords.h):
 * each line left out with its place and what a good value looks like, where
 * the file as it was is kept; French spacing set around the words, never
 * inside a Windows path ("C:\\..." keeps its colon). */
static void test_settings_words(void **state) {
  (void)state;
  Diag d;
  diag_init(&d);
  I18n *in = i18n_load(ROOT "/assets", &d);
  assert_non_null(in);
  SettingsDrop drops[] = {{.line = 3, .want = SET_WANT_TEXT_SCALE, .said = "text_scale = 900"},
                          {.line = 4, .want = SET_WANT_LINE, .said = "foo"}};
  SettingsNotes n = {.path = "C:\\Users\\Zo\xc3\xa9\\settings.conf", .drops = drops, .ndrops = 2,
                     .aside = "C:\\Users\\Zo\xc3\xa9\\settings.conf.bad-1"};
  char *fr = settings_notes_words(&n, in, "fr");
  assert_non_null(strstr(fr, "C:\\Users\\Zo\xc3\xa9\\settings.conf:3: La ligne \xc2\xab\xe2\x80\xaftext_scale = 900\xe2\x80\xaf\xc2\xbb"));
  assert_non_null(strstr(fr, "La taille du texte est un nombre de 100 \xc3\xa0 200."));
  assert_non_null(strstr(fr, "settings.conf:4: La ligne"));
  assert_non_null(strstr(fr, "gard\xc3\xa9 sous le nom C:\\Users\\Zo\xc3\xa9\\settings.conf.bad-1."));
  assert_null(strstr(fr, "left out"));
  assert_null(strstr(fr, "C\xe2\x80\xaf:")); /* no space inside the path */
  char *it = settings_notes_words(&n, in, "it");
  assert_non_null(strstr(it, "settings.conf:3: La riga \xc2\xabtext_scale = 900\xc2\xbb \xc3\xa8 stata lasciata da parte"));
  assert_non_null(strstr(it, "La dimensione del testo \xc3\xa8 un numero da 100 a 200."));
  assert_non_null(strstr(it, "conservato come C:\\Users"));
  char *en = settings_notes_words(&n, in, "en");
  assert_non_null(strstr(en, "settings.conf:4: The line \"foo\" was left out"));
  free(fr);
  free(it);
  free(en);
  /* the whole file unusable: the defaults, and where it is kept (or that it stays) */
  SettingsNotes whole = {.path = "/h/settings.conf", .unusable = true};
  char *stays = settings_notes_words(&whole, in, "it");
  assert_non_null(strstr(stays, "Il file delle impostazioni /h/settings.conf non si \xc3\xa8 potuto leggere"));
  assert_non_null(strstr(stays, "Resta dov'\xc3\xa8"));
  free(stays);
  SettingsNotes none = {.path = "/h/settings.conf"};
  assert_null(settings_notes_words(&none, in, "fr"));
  i18n_free(in);
  diag_free(&d);
}

/* The moment a scene is, as the printed sheets name it (moment.h): the
 * first line the player reads, with who says it and the clock; a long one
 * cut at a word; a line under a condition, a card or a line with no words
 * ("⏳ 39:00") is not the moment; the author's moment = "..." comes first; a
 * scene with no line of its own keeps its id. */
static void test_scene_moment(void **state) {
  (void)state;
  char dir[] = "/tmp/bts-unit-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char *path = path_join(dir, "story.lua");
  FILE *f = fopen(path, "w");
  fputs("story { id = \"m\", title = \"M\", start = \"a\" }\n"
        "local jo = character \"jo\" { name = \"Jo\" }\n"
        "scene \"a\" { clock \"21:42\", when \"true\" { narrate \"Sometimes.\" },\n"
        "  discuss { \"Why?\" }, jo \"\xE2\x8F\xB3 39:00 \xF0\x9F\x98\x8A\", jo \"hi {name}, you there?\",\n"
        "  choice \"Go\" { go = \"b\" } }\n"
        "scene \"b\" { narrate \"One two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen.\", choice \"Go\" { go = \"c\" } }\n"
        "scene \"c\" { choice \"Go\" { go = \"e\" } }\n"
        "scene \"e\" { moment = \"The next day: {name}'s choice\", jo \"so?\", choice \"Go\" { go = \"d\" } }\n"
        "ending \"d\" { title = \"D\", summary = \"S\", me \"bye\" }\n",
        f);
  fclose(f);
  Diag d;
  Story *st = load(dir, &d);
  if (!st) diag_print(&d, stderr);
  assert_non_null(st);
  I18n *in = i18n_load(ROOT "/assets", &d);
  assert_non_null(in);
  char *m = scene_moment(st, 0, NULL, in, "en");
  assert_string_equal(m, "21:42 \xC2\xB7 Jo: hi Sam, you there?");
  free(m);
  m = scene_moment(st, 1, NULL, in, "en");
  assert_true(strlen(m) <= 93);
  assert_non_null(strstr(m, "One two three"));
  assert_non_null(strstr(m, "\xE2\x80\xA6"));
  assert_null(strstr(m, "seventeen"));
  assert_true(m[strlen(m) - 4] != ' '); /* cut after a whole word */
  free(m);
  m = scene_moment(st, 2, NULL, in, "en");
  assert_string_equal(m, "Scene c"); /* no line of its own: its id */
  free(m);
  m = scene_moment(st, 3, NULL, in, "en");
  assert_string_equal(m, "The next day: Sam's choice"); /* the author's words first */
  free(m);
  m = scene_moment(st, 4, NULL, in, "fr");
  assert_string_equal(m, "Moi : bye"); /* the player, in the language's words */
  free(m);
  i18n_free(in);
  story_free(st);
  diag_free(&d);
  remove(path);
  free(path);
  rmdir(dir);
}

/* The story's texts live in an arena: pieces of any size, aligned for any
 * type, whole after many others, all freed at once. */
static void test_arena(void **state) {
  (void)state;
  Arena a = {0};
  char *first = arena_strdup(&a, "first");
  for (int i = 0; i < 5000; i++) {
    char *t = arena_strndup(&a, "abc", (size_t)(i % 4));
    assert_int_equal(strlen(t), (size_t)(i % 4));
    double *d = arena_alloc(&a, sizeof *d * (size_t)(i % 7 + 1));
    assert_int_equal((uintptr_t)d % _Alignof(max_align_t), 0);
    d[i % 7] = i;
  }
  char *big = arena_zalloc(&a, 3u << 20); /* larger than a block */
  assert_int_equal(big[(3u << 20) - 1], 0);
  assert_string_equal(first, "first");
  assert_true(a.total >= (3u << 20));
  arena_free(&a);
  assert_int_equal(a.total, 0);
  assert_string_equal(arena_strdup(&a, "again"), "again");
  arena_free(&a);
}

/* What a story word hands back says what it is (kind, text, line) and
 * cannot be changed. */
static void test_standins(void **state) {
  (void)state;
  expect_refused("local x = narrate \"hi\"\nassert(x.kind == \"narrate\" and x.text == \"hi\" and x.line == 1)\n"
                 "local c = choice \"A\" { go = \"b\" }\nassert(c.kind == \"choice\" and c.text == \"A\" and c.go == nil)\n"
                 "local w = when \"n > 1\" { x }\nassert(w.kind == \"when\" and w.cond == \"n > 1\" and w.body == nil)\n"
                 "local s = scene \"b\" { x, go \"b\" }\nassert(s.kind == \"scene\" and s.id == \"b\")\n"
                 "local t = narrate { \"opt\", typing = 1 }\nassert(t.kind == \"narrate\" and t.typing == 1)\n"
                 "x.text = \"changed\"\n",
                 "s.lua:11: what a story word made cannot be changed afterwards");
}

int main(void) {
  Diag d;
  diag_init(&d);
  cat = catalog_load(ROOT "/assets/advice.lua", &d);
  if (!cat) diag_print(&d, stderr);
  diag_free(&d);
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sandbox_forbidden),
      cmocka_unit_test(test_sandbox_limits),
      cmocka_unit_test(test_sandbox_vocabulary),
      cmocka_unit_test(test_story_errors),
      cmocka_unit_test(test_story_words),
      cmocka_unit_test(test_arena),
      cmocka_unit_test(test_standins),
      cmocka_unit_test(test_story_lua_after_load),
      cmocka_unit_test(test_checker_finds_loops),
      cmocka_unit_test(test_checker_clone_is_flat),
      cmocka_unit_test(test_runtime_determinism_and_undo),
      cmocka_unit_test(test_debrief_order),
      cmocka_unit_test(test_respeak),
      cmocka_unit_test(test_save_round_trip),
      cmocka_unit_test(test_votes),
      cmocka_unit_test(test_save_files),
      cmocka_unit_test(test_text_fill),
      cmocka_unit_test(test_scan),
      cmocka_unit_test(test_settings), cmocka_unit_test(test_settings_one_bad_line), cmocka_unit_test(test_settings_words), cmocka_unit_test(test_plain_letters),
      cmocka_unit_test(test_dir_names),
      cmocka_unit_test(test_scene_moment),
  };
  int failed = cmocka_run_group_tests(tests, NULL, NULL);
  catalog_free(cat);
  return failed;
}
