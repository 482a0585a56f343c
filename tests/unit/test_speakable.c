/* What read-aloud says: emoji by name or not at all, neutral forms and
 * inclusive dots as a person reads them, help numbers digit by digit, who
 * sent each message. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "speakable.h"

/* The languages' speech words come from their files (assets/lang). */
static I18n *langs;
#define L(code) i18n_speech(langs, code)

static int load_langs(void **st) {
  (void)st;
  Diag d;
  diag_init(&d);
  langs = i18n_load(ROOT "/assets", &d);
  diag_free(&d);
  return langs ? 0 : -1;
}

static int free_langs(void **st) {
  (void)st;
  i18n_free(langs);
  return 0;
}

#define SAYS(expr, want)                   \
  do {                                     \
    char *got_ = (expr);                   \
    assert_non_null(got_);                 \
    assert_string_equal(got_, want);       \
    free(got_);                            \
  } while (0)

static void emoji_by_name_never_by_code(void **st) {
  (void)st;
  SAYS(speak_clean("coucou 😄", L("fr")), "coucou, grand sourire");
  SAYS(speak_clean("hi 🙈", L("en")), "hi, monkey hiding its eyes");
  SAYS(speak_clean("ciao 🙈", L("it")), "ciao, scimmietta che si copre gli occhi");
  /* repeated, with a selector or a skin tone: said once */
  SAYS(speak_clean("lol 😂😂😂", L("en")), "lol, tears of joy");
  SAYS(speak_clean("ok 👍🏽!", L("en")), "ok, thumbs up!");
  SAYS(speak_clean("☀️ good morning", L("en")), "sun, good morning");
  /* one the table does not know is skipped, not spelled */
  SAYS(speak_clean("see you 🦩 soon", L("en")), "see you soon");
  char *s = speak_clean("a 🫠 b 🧑‍🤝‍🧑 c", L("en"));
  assert_null(strstr(s, "U+"));
  assert_null(strstr(s, "1F"));
  assert_string_equal(s, "a b c");
  free(s);
}

static void forms_and_dots_as_read(void **st) {
  (void)st;
  SAYS(speak_clean("Tu n'es pas seul·e.", L("fr")), "Tu n'es pas seule.");
  SAYS(speak_clean("Tu es nu/nue ?", L("fr")), "Tu es nu ou nue?"); /* no space before punctuation: nothing to say */
  SAYS(speak_clean("You are ready/set", L("en")), "You are ready or set");
  SAYS(speak_clean("Sei pronto/pronta", L("it")), "Sei pronto o pronta");
  SAYS(speak_clean("FR · France", L("en")), "FR, France");
  /* a leftover placeholder brace is not read as a brace */
  SAYS(speak_clean("{name}", L("en")), "name");
  /* control characters and broken UTF-8 are not read */
  SAYS(speak_clean("a\tb\x01" "c\xff" "d", L("en")), "a b c d");
  SAYS(speak_clean("", L("en")), "");
  SAYS(speak_clean(NULL, NULL), "");
}

static void numbers_digit_by_digit(void **st) {
  (void)st;
  SAYS(speak_digits("3018", L("fr")), "3 0 1 8");
  SAYS(speak_digits("0800 1111", L("en")), "0 8 0 0, 1 1 1 1");
  SAYS(speak_digits("116 000", L("en")), "1 1 6, 0 0 0");
  SAYS(speak_digits("+41 147", L("en")), "plus 4 1, 1 4 7");
  SAYS(speak_digits("internet-signalement.gouv.fr", L("fr")), "internet-signalement point gouv point fr");
  SAYS(speak_digits("report.example.org", L("it")), "report punto example punto org");
}

static void contacts(void **st) {
  (void)st;
  HelpEntry e = {.name = "3018", .contact = "3018", .what = "Pour les jeunes, gratuit."};
  SAYS(speak_contact(&e, "Urgence", L("fr")), "3 0 1 8: Pour les jeunes, gratuit.");
  HelpEntry c = {.name = "Childline", .contact = "0800 1111", .what = "Free, any time"};
  SAYS(speak_contact(&c, "Emergency", L("en")), "Childline, 0 8 0 0, 1 1 1 1: Free, any time.");
  HelpEntry u = {.name = "Police", .contact = "999", .urgent = true};
  SAYS(speak_contact(&u, "Emergency", L("en")), "Emergency. Police, 9 9 9.");
  HelpEntry same = {.name = "Emergency", .contact = "112", .urgent = true};
  SAYS(speak_contact(&same, "emergency", L("en")), "Emergency, 1 1 2.");
}

static void beats_with_who_said_them(void **st) {
  (void)st;
  SpeakWords w = {"You", "Photo", "You think", "Recording", "Talk about it"};
  Beat b = {0};
  b.kind = WORD_MSG;
  b.who = 0;
  b.text = "coucou ! 😊";
  SAYS(speak_beat(&b, "Sacha", &w, L("fr")), "Sacha: coucou! sourire heureux");
  b.who = WHO_ME;
  b.text = "hey";
  SAYS(speak_beat(&b, NULL, &w, L("en")), "You: hey");
  b.who = WHO_NOBODY;
  b.kind = WORD_NARRATE;
  b.text = "The next morning.";
  SAYS(speak_beat(&b, NULL, &w, L("en")), "The next morning.");
  b.kind = WORD_THINK;
  b.text = "Weird.";
  SAYS(speak_beat(&b, NULL, &w, L("en")), "You think: Weird.");
  b.kind = WORD_PHOTO;
  b.who = 1;
  b.text = "a beach";
  SAYS(speak_beat(&b, "Léo", &w, L("en")), "Photo, Léo: a beach");
  b.kind = WORD_CALL;
  b.text = "Incoming video call";
  SAYS(speak_beat(&b, "Léo", &w, L("en")), "Léo: Incoming video call");
  b.kind = WORD_RECORDING;
  b.text = "";
  SAYS(speak_beat(&b, NULL, &w, L("en")), "Recording");
  b.text = "recording";
  SAYS(speak_beat(&b, NULL, &w, L("en")), "recording");
  b.kind = WORD_DISCUSS;
  b.who = WHO_NOBODY;
  b.text = "What would you do?";
  SAYS(speak_beat(&b, NULL, &w, L("en")), "Talk about it: What would you do?");
  b.kind = WORD_CLOCK;
  b.text = "21:40";
  assert_null(speak_beat(&b, NULL, &w, L("en")));
  b.kind = WORD_SYSTEM;
  b.text = "🙈";
  SAYS(speak_beat(&b, NULL, NULL, L("en")), "monkey hiding its eyes");
  b.text = "🦩";
  assert_null(speak_beat(&b, NULL, NULL, L("en"))); /* nothing left to say */
}

/* A language with no file speaks as English; without any data, plain
 * English words and no emoji names (never a code). */
static void languages_are_data(void **st) {
  (void)st;
  SAYS(speak_clean("hi/hello 👍", L("xx")), "hi or hello, thumbs up");
  SAYS(speak_clean("hi/hello 👍", NULL), "hi or hello");
  assert_string_equal(L("fr")->voice, "fr");
  assert_string_equal(L("it")->plus, "più");
  assert_string_equal(L("xx")->voice, "en");
}

static void choices(void **st) {
  (void)st;
  const char *c[] = {"Ignore it", "Reply: ok 👍", "Tell someone."};
  SAYS(speak_choices("Your replies", c, 3, L("en")), "Your replies: 1, Ignore it. 2, Reply: ok, thumbs up. 3, Tell someone.");
  SAYS(speak_choices(NULL, c, 1, L("en")), "1, Ignore it.");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(emoji_by_name_never_by_code), cmocka_unit_test(forms_and_dots_as_read),
      cmocka_unit_test(numbers_digit_by_digit),      cmocka_unit_test(contacts),
      cmocka_unit_test(beats_with_who_said_them),    cmocka_unit_test(choices),
      cmocka_unit_test(languages_are_data),
  };
  return cmocka_run_group_tests(tests, load_langs, free_langs);
}
