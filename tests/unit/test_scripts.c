/* Text in any script (engine/core/uscript.c, bidi.c): where Chinese and
 * Japanese lines may break, which letters read right to left, the levels
 * FriBidi gives a mixed line, and the order a line's runs are drawn in. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "bidi.h"
#include "uscript.h"

static void test_cjk_breaks(void **s) {
  (void)s;
  assert_true(us_cjk(0x3042));   /* あ */
  assert_true(us_cjk(0x6F22));   /* 漢 */
  assert_false(us_cjk('a'));
  assert_false(us_cjk(0xAC00));  /* 가: Korean breaks at its spaces */
  assert_true(us_break_between(0x3042, 0x3044));   /* あ|い */
  assert_true(us_break_between('a', 0x3042));      /* "Samさん": Sam|さ */
  assert_false(us_break_between(0x3042, 0x3002));  /* never before 。 */
  assert_false(us_break_between(0x3042, 0x3063));  /* never before small っ */
  assert_false(us_break_between(0x3042, 0x30FC));  /* never before ー */
  assert_false(us_break_between(0x300C, 0x3042));  /* never after 「 */
  assert_false(us_break_between(0xFF08, 0x305F));  /* never after （ */
  assert_false(us_break_between('a', 'b'));        /* Latin: only at spaces */
}

/* Marks stay with their letter: no break between them, CJK or not. */
static void test_marks(void **s) {
  (void)s;
  assert_true(us_mark(0x0301));   /* combining acute */
  assert_true(us_mark(0x0E34));   /* Thai sara i */
  assert_true(us_mark(0x093F));   /* Devanagari vowel sign i */
  assert_true(us_mark(0x064E));   /* Arabic fatha */
  assert_true(us_mark(0x3099));   /* kana voicing mark */
  assert_false(us_mark(0x0915)); /* Devanagari ka: a letter */
  assert_false(us_mark(0x0E01));  /* Thai ko kai: a letter */
  assert_false(us_mark('e'));
  assert_true(us_joins_next(0x094D)); /* virama */
  assert_false(us_break_between(0x304B, 0x3099)); /* か + voicing mark */
}

static void test_rtl_letters(void **s) {
  (void)s;
  assert_true(us_rtl(0x0627));   /* ا */
  assert_true(us_rtl(0x05D0));   /* א */
  assert_true(us_rtl(0xFEFB));   /* a presentation form */
  assert_false(us_rtl(0x0661));  /* Arabic-Indic digit one: a number */
  assert_false(us_rtl('A'));
  const char *ar = "hello \xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7"; /* hello مرحبا */
  assert_true(us_has_rtl(ar, strlen(ar)));
  const char *fr = "Élodie a écrit: ça va? 😊 日本";
  assert_false(us_has_rtl(fr, strlen(fr)));
}

/* The level of the first byte of each of the words of text. */
static void levels_of(const char *text, unsigned char *out) {
  size_t n = strlen(text);
  unsigned char lv[256];
  assert_true(n < sizeof lv);
  bidi_levels(text, n, lv);
  int k = 0;
  for (size_t i = 0; i < n; i++)
    if (text[i] != ' ' && (i == 0 || text[i - 1] == ' ')) out[k++] = lv[i];
}

static void test_levels(void **s) {
  (void)s;
  unsigned char w[8];
  /* A Latin line with an Arabic word: left to right, the word at level 1. */
  levels_of("I said \xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 today", w);
  assert_int_equal(w[0], 0);
  assert_int_equal(w[2], 1);
  assert_int_equal(w[3], 0);
  /* An Arabic line (its first letter): right to left, with a Latin word
   * and a number at level 2, the paragraph flagged right to left. */
  levels_of("\xD8\xB9\xD9\x85\xD8\xB1\xD9\x8A 15 manga \xD8\xB3\xD9\x86\xD8\xA9", w); /* عمري 15 manga سنة */
  assert_int_equal(w[0], BIDI_PARA_RTL | 1);
  assert_int_equal(w[1], BIDI_PARA_RTL | 2);
  assert_int_equal(w[2], BIDI_PARA_RTL | 2);
  assert_int_equal(w[3], BIDI_PARA_RTL | 1);
  /* Each paragraph has its own direction. */
  const char *two = "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\nhi"; /* שלום \n hi */
  unsigned char lv[32];
  bidi_levels(two, strlen(two), lv);
  assert_int_equal(lv[0], BIDI_PARA_RTL | 1);
  assert_int_equal(lv[strlen(two) - 1], 0);
}

static void test_order(void **s) {
  (void)s;
  int o[4];
  /* left to right: as read */
  unsigned char ltr[] = {0, 1, 0};
  bidi_order(ltr, 3, o);
  assert_int_equal(o[0], 0);
  assert_int_equal(o[1], 1);
  assert_int_equal(o[2], 2);
  /* right to left with a Latin word: the Latin word stays in the middle,
   * the first Arabic run goes right */
  unsigned char rtl[] = {1, 2, 1};
  bidi_order(rtl, 3, o);
  assert_int_equal(o[0], 2);
  assert_int_equal(o[1], 1);
  assert_int_equal(o[2], 0);
  /* two Latin runs read in order inside a right-to-left line */
  unsigned char two[] = {1, 2, 2, 1};
  bidi_order(two, 4, o);
  assert_int_equal(o[0], 3);
  assert_int_equal(o[1], 1);
  assert_int_equal(o[2], 2);
  assert_int_equal(o[3], 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cjk_breaks),
      cmocka_unit_test(test_marks),
      cmocka_unit_test(test_rtl_letters),
      cmocka_unit_test(test_levels),
      cmocka_unit_test(test_order),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
