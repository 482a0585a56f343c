/* The before/after answers (engine/core/answers.c): counts only, stored in
 * <user>/answers/ and nowhere else, nothing at all with leave-no-trace,
 * removed by "Forget me", added up for --results without a session, a date
 * or a name. Runs in a temporary BTS_HOME. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "answers.h"
#include "forget.h"
#include "util.h"

#include "temp_home.h"

static int files_in(const char *rel) {
  char *p = path_join(temp_home, rel);
  DIR *d = opendir(p);
  free(p);
  if (!d) return 0;
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d))) n += e->d_name[0] != '.';
  closedir(d);
  return n;
}


static Questions *shipped(void) {
  Diag d;
  diag_init(&d);
  Questions *q = questions_load(ROOT "/assets", &d);
  assert_non_null(q);
  assert_int_equal(d.errors, 0);
  diag_free(&d);
  return q;
}

static void round_trip(void **st) {
  (void)st;
  Questions *q = shipped();
  assert_in_range(q->count, 3, 5);
  /* every question in every shipped language, English as the fallback */
  assert_string_not_equal(question_text(q, 0, "fr"), question_text(q, 0, "en"));
  assert_string_equal(question_text(q, 0, "zz"), question_text(q, 0, "en"));
  AnswerSession a, b;
  answers_begin(&a, q, "skype", true);
  answers_add(&a, ASK_BEFORE, 0, 2, 7);
  answers_add(&a, ASK_BEFORE, 0, 4, 3);
  answers_add(&a, ASK_AFTER, 0, 4, 10);
  answers_add(&a, ASK_AFTER, 0, 9, 1);   /* no such value: ignored */
  answers_add(&a, ASK_AFTER, 99, 1, 1);  /* no such question: ignored */
  answers_add(&a, ASK_AFTER, 1, 3, -5);  /* "-" below zero stays at zero */
  assert_int_equal(answers_total(&a, ASK_BEFORE, 0), 10);
  assert_true(answers_mean(&a, ASK_BEFORE, 0) > 2.59 && answers_mean(&a, ASK_BEFORE, 0) < 2.61);
  assert_int_equal(answers_total(&a, ASK_AFTER, 1), 0);
  char *text = answers_format(&a);
  assert_true(answers_parse(text, &b));
  assert_string_equal(b.story, "skype");
  assert_true(b.classroom);
  assert_int_equal(b.count, q->count);
  assert_memory_equal(a.counts, b.counts, sizeof a.counts);
  /* a file cut short or damaged is refused, never half-read */
  text[strlen(text) - 4] = 0;
  assert_false(answers_parse(text, &b));
  assert_false(answers_parse("behind-the-screen answers 1\nstory x\nbefore a 1 2 x 4 5\nend\n", &b));
  free(text);
  questions_free(q);
}

static void stored_here_only(void **st) {
  (void)st;
  Questions *q = shipped();
  AnswerSession a;
  answers_begin(&a, q, "template", false);
  char *why = NULL;
  /* nothing answered (all skipped): nothing stored */
  assert_true(answers_save(&a, &why));
  assert_int_equal(files_in("answers"), 0);
  answers_add(&a, ASK_BEFORE, 1, 3, 1);
  assert_true(answers_save(&a, &why));
  assert_int_equal(files_in("answers"), 1);
  int n;
  AnswerSession *all = answers_load_all("template", &n);
  assert_int_equal(n, 1);
  assert_int_equal(all[0].counts[ASK_BEFORE][1][2], 1);
  free(all);
  all = answers_load_all("skype", &n);
  assert_int_equal(n, 0);
  free(all);
  questions_free(q);
}

/* Two sessions begun in the same second (two windows, two players at two
 * accounts of one PC sharing BTS_HOME, a quick "Play again") have the same
 * stamp: the second must never write over the first's file, and a session
 * saved twice writes over its own file only. */
static void same_second_sessions_both_kept(void **st) {
  (void)st;
  Questions *q = shipped();
  AnswerSession a, b;
  answers_begin(&a, q, "template", false);
  b = a; /* the same story and the same stamp, whatever the clock says */
  answers_add(&a, ASK_BEFORE, 0, 1, 1);
  answers_add(&b, ASK_BEFORE, 0, 5, 1);
  char *why = NULL;
  assert_true(answers_save(&a, &why));
  assert_true(answers_save(&b, &why));
  assert_int_equal(files_in("answers"), 2);
  assert_string_not_equal(a.file, b.file);
  /* the first session's after answers go to its own file */
  answers_add(&a, ASK_AFTER, 0, 4, 1);
  assert_true(answers_save(&a, &why));
  assert_int_equal(files_in("answers"), 2);
  int n;
  AnswerSession *all = answers_load_all("template", &n);
  assert_int_equal(n, 2);
  int ones = 0, fives = 0, afters = 0;
  for (int i = 0; i < n; i++) {
    ones += all[i].counts[ASK_BEFORE][0][0];
    fives += all[i].counts[ASK_BEFORE][0][4];
    afters += all[i].counts[ASK_AFTER][0][3];
    assert_string_equal(all[i].stamp, a.stamp); /* "-2" is not part of the time */
  }
  assert_int_equal(ones, 1);
  assert_int_equal(fives, 1);
  assert_int_equal(afters, 1);
  free(all);
  questions_free(q);
}

static void no_trace_stores_nothing(void **st) {
  (void)st;
  Questions *q = shipped();
  trace_set_off(true);
  AnswerSession a;
  answers_begin(&a, q, "template", false);
  answers_add(&a, ASK_BEFORE, 0, 5, 1);
  answers_add(&a, ASK_AFTER, 0, 5, 1);
  char *why = NULL;
  assert_true(answers_save(&a, &why));
  struct stat sb;
  char *dir = path_join(temp_home, "answers");
  assert_int_not_equal(stat(dir, &sb), 0); /* not even the folder */
  free(dir);
  trace_set_off(false);
  questions_free(q);
}

static void forget_me_removes_them(void **st) {
  (void)st;
  Questions *q = shipped();
  AnswerSession a;
  answers_begin(&a, q, "skype", false);
  answers_add(&a, ASK_AFTER, 2, 4, 1);
  char *why = NULL;
  assert_true(answers_save(&a, &why));
  assert_int_equal(files_in("answers"), 1);
  Forgotten f;
  assert_true(forget_me(&f, &why));
  assert_int_equal(f.answers, 1);
  forgotten_free(&f);
  assert_int_equal(files_in("answers"), 0);
  trace_set_off(false);
  questions_free(q);
}

static void csv_adds_up(void **st) {
  (void)st;
  Questions *q = shipped();
  AnswerSession s[3];
  answers_begin(&s[0], q, "skype", true);
  answers_add(&s[0], ASK_BEFORE, 0, 2, 10);
  answers_add(&s[0], ASK_AFTER, 0, 4, 8);
  answers_begin(&s[1], q, "skype", false);
  answers_add(&s[1], ASK_BEFORE, 0, 2, 1);
  answers_begin(&s[2], q, "=cmd|evil", false); /* a story id a spreadsheet would run */
  answers_add(&s[2], ASK_BEFORE, 1, 1, 1);
  char *csv = answers_csv(s, 3);
  char want[512];
  snprintf(want, sizeof want,
           "story,question,when,sessions,answered_1,answered_2,answered_3,answered_4,answered_5,answers,average\n"
           "skype,%s,before,2,0,11,0,0,0,11,2.00\n"
           "\"'=cmd|evil\",%s,before,1,1,0,0,0,0,1,1.00\n"
           "skype,%s,after,1,0,0,0,8,0,8,4.00\n",
           q->q[0].id, q->q[1].id, q->q[0].id);
  assert_string_equal(csv, want);
  /* no date, no time: the sessions' stamps never reach the export */
  assert_null(strstr(csv, s[0].stamp));
  free(csv);
  questions_free(q);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(round_trip),
      cmocka_unit_test_setup_teardown(stored_here_only, temp_home_setup, temp_home_teardown),
      cmocka_unit_test_setup_teardown(same_second_sessions_both_kept, temp_home_setup, temp_home_teardown),
      cmocka_unit_test_setup_teardown(no_trace_stores_nothing, temp_home_setup, temp_home_teardown),
      cmocka_unit_test_setup_teardown(forget_me_removes_them, temp_home_setup, temp_home_teardown),
      cmocka_unit_test(csv_adds_up),
  };
  return cmocka_run_group_tests_name("answers", tests, NULL, NULL);
}
