/* The terminal's line breaking (engine/text/wrap.h): words stay whole, a
 * continued line keeps its indent, its list number or its bar, colours and
 * emoji take the room they take on screen. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wrap.h"

/* text written (in pieces split at '|' when split is true) through a
 * wrapping stream of the given width; the caller frees */
static char *wrapped(const char *text, int width) {
  char *got = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&got, &len);
  Wrap *w = NULL;
  FILE *f = wrap_open(mem, width, &w);
  assert_non_null(f);
  assert_non_null(w);
  fputs(text, f);
  fclose(f);
  fclose(mem);
  return got;
}

static void assert_wrapped(const char *text, int width, const char *want) {
  char *got = wrapped(text, width);
  if (strcmp(got, want) != 0) fail_msg("width %d\n  got: \"%s\"\n want: \"%s\"", width, got, want);
  free(got);
}

static void words_stay_whole(void **state) {
  (void)state;
  assert_wrapped("nothing is sent anywhere at all\n", 20, "nothing is sent\nanywhere at all\n");
  /* a line that fits is left alone, spaces and all */
  assert_wrapped("short  line\n", 20, "short  line\n");
  /* exactly the width fits */
  assert_wrapped("abcde fghij\n", 11, "abcde fghij\n");
  assert_wrapped("abcde fghijk\n", 11, "abcde\nfghijk\n");
}

static void continuation_keeps_the_layout(void **state) {
  (void)state;
  /* the line's own indent */
  assert_wrapped("    one two three four\n", 16, "    one two\n    three four\n");
  /* a numbered reply continues under its text */
  assert_wrapped("  1) Reply to her right now\n", 16, "  1) Reply to\n     her right\n     now\n");
  assert_wrapped("  10. Tell someone you trust\n", 20, "  10. Tell someone\n      you trust\n");
  /* a bullet */
  assert_wrapped("  * Samaritans - 116 123\n", 16, "  * Samaritans -\n    116 123\n");
  /* a boxed line keeps its bar */
  assert_wrapped("  | You can call right now\n", 16, "  | You can call\n  | right now\n");
  /* a new line starts afresh */
  assert_wrapped("  1) aaa bbb ccc\nddd eee fff ggg\n", 12, "  1) aaa bbb\n     ccc\nddd eee fff\nggg\n");
}

static void colours_and_wide_characters(void **state) {
  (void)state;
  /* escape codes take no room */
  assert_wrapped("\033[1;35mjade\033[0m: hey you there\n", 15, "\033[1;35mjade\033[0m: hey you\nthere\n");
  /* an emoji takes two columns, an accent one */
  assert_wrapped("hé 😊 abc\n", 7, "hé 😊\nabc\n");
  assert_wrapped("hé ab abc\n", 7, "hé ab\nabc\n");
  /* the typing line is erased with a carriage return: a new line for us */
  assert_wrapped("jade is typing...\r\033[Kjade: hello there\n", 12, "jade is\ntyping...\r\033[Kjade: hello\nthere\n");
}

static void french_punctuation_stays(void **state) {
  (void)state;
  /* the space before a French colon, question mark... does not break */
  assert_wrapped("Sacha et Jade : hey\n", 12, "Sacha et\nJade : hey\n");
  assert_wrapped("tu es sûr ? oui\n", 10, "tu es\nsûr ? oui\n");
  /* nor the one after an opening quote */
  assert_wrapped("il dit « stop » net\n", 10, "il dit\n« stop »\nnet\n");
  /* other words still break at their spaces */
  assert_wrapped("aaa bbb ccc ddd\n", 8, "aaa bbb\nccc ddd\n");
}

static void a_prompt_shows_at_once(void **state) {
  (void)state;
  char *got = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&got, &len);
  Wrap *w = NULL;
  FILE *f = wrap_open(mem, 30, &w);
  assert_non_null(f);
  fputs("Your choice> ", f);
  fflush(f);
  fflush(mem);
  /* the prompt and its space are out before the player types */
  assert_string_equal(got, "Your choice> ");
  /* the player's Enter started a new line the stream did not see */
  wrap_line_typed(w);
  fputs("a b c d e f g h i j k l m n o p\n", f);
  fclose(f);
  fclose(mem);
  assert_string_equal(got, "Your choice> a b c d e f g h i j k l m n o\np\n");
  free(got);
}

static void a_word_longer_than_the_line(void **state) {
  (void)state;
  /* left to the terminal, and the next word still placed */
  assert_wrapped("see https://example.org/a/very/long/path now\n", 12,
                 "see\nhttps://example.org/a/very/long/path\nnow\n");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(words_stay_whole),
    cmocka_unit_test(continuation_keeps_the_layout),
    cmocka_unit_test(colours_and_wide_characters),
    cmocka_unit_test(french_punctuation_stays),
    cmocka_unit_test(a_prompt_shows_at_once),
    cmocka_unit_test(a_word_longer_than_the_line),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
