/* Conversations (engine/core/threads.c and the runtime's placing of each
 * line): which thread a line lands in, in-person lines, the contact's
 * state (request, blocked, reported), the inbox order and unread counts,
 * and the story errors of to = / chat = / members =. */
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
#include "runtime.h"
#include "story.h"
#include "threads.h"

static Catalog *cat;

static Story *load(const char *path) {
  Diag d;
  diag_init(&d);
  Story *s = story_load(path, cat, &d);
  if (!s || d.count) diag_print(&d, stderr);
  assert_non_null(s);
  assert_int_equal(d.count, 0);
  diag_free(&d);
  return s;
}

static bool has_diag(const Diag *d, int line, const char *words) {
  for (int i = 0; i < d->count; i++)
    if (d->entries[i].line == line && strstr(d->entries[i].message, words)) return true;
  diag_print(d, stderr);
  return false;
}

/* Beat i: its text, its conversation (by character id, "" for none). */
static void expect_beat(const Story *s, const Runtime *rt, int i, const char *text, const char *thread) {
  const Beat *b = rt_history(rt, i);
  assert_non_null(b);
  assert_string_equal(b->text, text);
  assert_string_equal(b->thread >= 0 ? s->chars[b->thread].id : "", thread);
}

static void test_lines_land_in_threads(void **state) {
  (void)state;
  Story *s = load(SRC "/fixtures/threads.lua");
  int ines = story_char_index(s, "ines"), fam = story_char_index(s, "fam"), sacha = story_char_index(s, "sacha");
  assert_true(story_is_member(s, fam, ines));
  assert_false(story_is_member(s, fam, sacha));
  Runtime *rt = rt_new(s, "en", "Sam", GENDER_X);
  assert_int_equal(rt_run(rt), RT_CHOICE);
  expect_beat(s, rt, 0, "Summer.", "fam");  /* chat = "fam": the scene opens the group */
  expect_beat(s, rt, 1, "hi all", "fam");   /* a member writes in the open group */
  expect_beat(s, rt, 2, "hello", "fam");
  expect_beat(s, rt, 3, "hey", "fam");      /* the player writes where it is open */
  expect_beat(s, rt, 4, "", "sacha");       /* sacha.request: Sacha's own conversation */
  expect_beat(s, rt, 5, "hi!", "sacha");
  expect_beat(s, rt, 6, "Who?", "sacha");   /* a thought stays where the player is */
  expect_beat(s, rt, 7, "psst", "ines");    /* not a group of hers open: her own */
  expect_beat(s, rt, 8, "what?", "ines");
  expect_beat(s, rt, 9, "Dinner!", "ines"); /* Mum is in the room: no conversation of hers */
  assert_true(rt_history(rt, 9)->in_person);
  assert_int_equal(rt_history(rt, 9)->typing_ms, 0);
  assert_false(rt_history(rt, 8)->in_person);
  expect_beat(s, rt, 10, "ok", "fam");      /* to = fam */
  assert_int_equal(threads_live(rt, 11), fam);
  assert_int_equal(threads_live(rt, 0), -1);
  assert_int_equal(threads_state(rt, 5, sacha), CONTACT_REQUEST);
  assert_int_equal(threads_state(rt, 4, sacha), CONTACT_OPEN);
  /* The replies answer Sacha (Accept writes to her), not the family where
   * the story is: the request card is hers alone. */
  assert_true(threads_answers(rt, sacha));
  assert_false(threads_answers(rt, fam));
  assert_false(threads_answers(rt, ines));
  assert_false(threads_answers(rt, -1));
  assert_true(rt_choose(rt, 0));
  rt_run(rt);
  expect_beat(s, rt, 11, "sure", "sacha"); /* the choice's to = "sacha" */
  assert_int_equal(threads_state(rt, 11, sacha), CONTACT_REQUEST);
  assert_int_equal(threads_state(rt, 12, sacha), CONTACT_OPEN); /* answering accepts */
  expect_beat(s, rt, 12, "great", "sacha");
  expect_beat(s, rt, 13, "", "sacha");
  assert_int_equal(rt_history(rt, 13)->kind, WORD_BLOCKED);
  assert_int_equal(threads_state(rt, 14, sacha), CONTACT_BLOCKED);
  /* scene "d" is in_person: everyone speaks in the room */
  expect_beat(s, rt, 14, "I'm here", "sacha");
  assert_true(rt_history(rt, 14)->in_person);
  assert_true(rt_history(rt, 15)->in_person);
  assert_int_equal(rt_history(rt, 16)->kind, WORD_REPORTED);
  assert_int_equal(threads_state(rt, 17, sacha), CONTACT_REPORTED);
  assert_int_equal(threads_state(rt, 17, ines), CONTACT_OPEN);
  assert_int_equal(rt_state(rt), RT_ENDED);
  assert_false(threads_answers(rt, sacha)); /* no replies on offer */
  /* Undo and a new language place every line the same way. */
  assert_true(rt_undo(rt));
  expect_beat(s, rt, 9, "Dinner!", "ines");
  assert_true(rt_respeak(rt, "en", "Alex", GENDER_F));
  expect_beat(s, rt, 10, "ok", "fam");
  rt_free(rt);
  story_free(s);
}

static void test_inbox(void **state) {
  (void)state;
  Story *s = load(SRC "/fixtures/threads.lua");
  int ines = story_char_index(s, "ines"), fam = story_char_index(s, "fam"), sacha = story_char_index(s, "sacha");
  int mum = story_char_index(s, "mum");
  Runtime *rt = rt_new(s, "en", "Sam", GENDER_X);
  rt_run(rt);
  Thread t[8];
  /* After "hi!" (beat 5): Sacha's request on top, then the family. */
  int n = threads_list(rt, 6, NULL, t, 8);
  assert_int_equal(n, 2);
  assert_int_equal(t[0].who, sacha);
  assert_int_equal(t[0].state, CONTACT_REQUEST);
  assert_true(t[0].request);
  assert_int_equal(t[0].preview, 5);
  assert_int_equal(t[0].unread, 0); /* seen = NULL: everything seen */
  assert_int_equal(t[1].who, fam);
  assert_int_equal(t[1].preview, 3);
  assert_false(t[1].request);
  /* The player looked at the family up to beat 2, at nothing else. */
  int seen[8] = {0};
  seen[fam] = 2;
  n = threads_list(rt, 11, seen, t, 8);
  assert_int_equal(n, 3); /* Mum has no conversation: she is in the room */
  assert_int_equal(t[0].who, fam);   /* "ok" (beat 10) is the latest */
  assert_int_equal(t[0].unread, 0);  /* "hello" from Papi, answered by the player's "hey": read */
  assert_int_equal(t[1].who, ines);
  assert_int_equal(t[1].preview, 8); /* Mum's "Dinner!" is not a message */
  assert_int_equal(t[1].unread, 0);  /* "psst", answered by "what?" */
  assert_int_equal(t[2].who, sacha);
  assert_int_equal(t[2].unread, 1);  /* the request itself is not counted, "hi!" is */
  seen[fam] = 0;
  n = threads_list(rt, 3, seen, t, 8); /* before the player's "hey" */
  assert_int_equal(t[0].who, fam);
  assert_int_equal(t[0].unread, 2);
  for (int i = 0; i < n; i++) assert_int_not_equal(t[i].who, mum);
  /* A short list keeps the most recent. */
  n = threads_list(rt, 11, seen, t, 2);
  assert_int_equal(n, 2);
  assert_int_equal(t[0].who, fam);
  assert_int_equal(t[1].who, ines);
  assert_true(threads_in(rt, 0, fam));
  assert_false(threads_in(rt, 5, fam));
  assert_true(threads_is_message(rt_history(rt, 5)));
  assert_false(threads_is_message(rt_history(rt, 9))); /* said in the room */
  assert_false(threads_is_message(rt_history(rt, 4))); /* the request card */
  rt_free(rt);
  story_free(s);
}

static void test_thread_errors(void **state) {
  (void)state;
  Diag d;
  diag_init(&d);
  Story *s = story_load(SRC "/fixtures/threads_bad.lua", cat, &d);
  assert_null(s);
  assert_true(has_diag(&d, 3, "members lists the characters of the group chat (\"nobody\" is not one)"));
  assert_true(has_diag(&d, 5, "chat = \"inez\": there is no such character (did you mean \"ines\"?)"));
  assert_true(has_diag(&d, 7, "\"fam\" is a group chat: its members write in it"));
  assert_true(has_diag(&d, 8, "me.blocked: this is about a character's account"));
  assert_true(has_diag(&d, 9, "sacha only writes in their own conversation or in a group they are in"));
  assert_true(has_diag(&d, 10, "to = \"me\""));
  assert_true(has_diag(&d, 11, "to needs a character's id in quotes"));
  assert_true(has_diag(&d, 12, "to = \"nobody\": there is no such character"));
  diag_free(&d);
}

static void test_bare_speaker_word(void **state) {
  (void)state;
  char dir[] = "/tmp/bts-threads-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char path[64];
  snprintf(path, sizeof path, "%s/story.lua", dir);
  FILE *f = fopen(path, "w");
  fputs("story { id = \"b\", title = \"B\", start = \"a\" }\nlocal x = character \"x\" { name = \"X\" }\n"
        "ending \"a\" {\n  title = \"A\", summary = \"S\",\n  x.blocked,\n}\n", f);
  fclose(f);
  Diag d;
  diag_init(&d);
  assert_null(story_load(dir, cat, &d));
  assert_true(has_diag(&d, 3, "is x.blocked without its text: write x.blocked \"...\""));
  diag_free(&d);
  unlink(path);
  rmdir(dir);
}

/* A story written in a temporary folder, loaded with its messages in d. */
static Story *load_text(const char *text, Diag *d, char *dir, size_t n) {
  snprintf(dir, n, "/tmp/bts-calls-XXXXXX");
  assert_non_null(mkdtemp(dir));
  char path[80];
  snprintf(path, sizeof path, "%s/story.lua", dir);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
  diag_init(d);
  Story *s = story_load(dir, cat, d);
  unlink(path);
  rmdir(dir);
  return s;
}

/* A phone call the player makes (voice = true, outgoing = true): the beat
 * says so; the lines in it are said aloud, in the caller's conversation;
 * after hangup, lines are messages again; in a video call they are typed. */
static void test_phone_call(void **state) {
  (void)state;
  char dir[40];
  Diag d;
  Story *s = load_text("story { id = \"p\", title = \"P\", start = \"a\" }\n"
                       "local k = character \"k\" { name = \"Karim\" }\n"
                       "local m = character \"m\" { name = \"Mia\" }\n"
                       "scene \"a\" {\n"
                       "  narrate \"You phone the helpline.\",\n"
                       "  k.call { \"Voice call\", voice = true, outgoing = true },\n"
                       "  k \"Hello, I am listening.\",\n"
                       "  me \"hi\",\n"
                       "  hangup \"Call ended\",\n"
                       "  m \"how did it go?\",\n"
                       "  m.call \"Incoming video call\",\n"
                       "  m \"my mic doesn't work, I'll type here\",\n"
                       "  choice \"Go\" { go = \"b\" },\n"
                       "}\n"
                       "ending \"b\" { title = \"B\", summary = \"S\" }\n",
                       &d, dir, sizeof dir);
  assert_non_null(s);
  assert_int_equal(d.count, 0);
  diag_free(&d);
  Runtime *rt = rt_new(s, "en", "Sam", GENDER_X);
  assert_int_equal(rt_run(rt), RT_CHOICE);
  const Beat *call = rt_history(rt, 1);
  assert_int_equal(call->kind, WORD_CALL);
  assert_int_equal(call->call_kind, CALL_VOICE);
  assert_true(call->call_out);
  assert_true(beat_said_aloud(rt_history(rt, 2))); /* Karim, on the call */
  assert_true(beat_said_aloud(rt_history(rt, 3))); /* the player, in the call */
  assert_int_equal(rt_history(rt, 2)->thread, story_char_index(s, "k"));
  assert_false(beat_said_aloud(rt_history(rt, 5))); /* after hangup: a message */
  const Beat *video = rt_history(rt, 6);
  assert_int_equal(video->call_kind, CALL_APP); /* the app's own kind */
  assert_false(video->call_out);
  /* in a video call the chat stays open: what Mia sends there is typed */
  assert_true(rt_history(rt, 7)->in_call);
  assert_false(beat_said_aloud(rt_history(rt, 7)));
  /* In the list: Karim's is a call, not a chat (nothing was typed there);
   * what he said is no message: no preview, no unread badge. Mia's has
   * messages: a chat. */
  assert_false(threads_is_message(rt_history(rt, 2)));
  Thread t[4];
  int seen[4] = {0};
  int n = threads_list(rt, rt_history_len(rt), seen, t, 4), k = story_char_index(s, "k"), m = story_char_index(s, "m");
  assert_int_equal(n, 2);
  for (int i = 0; i < n; i++) {
    if (t[i].who == k) {
      assert_true(t[i].calls_only);
      assert_int_equal(t[i].unread, 0);
      assert_int_equal(t[i].preview, 1); /* the call itself */
    } else {
      assert_int_equal(t[i].who, m);
      assert_false(t[i].calls_only);
      assert_int_equal(t[i].unread, 2); /* "how did it go?" and the typed line, not the call */
    }
  }
  Thread one;
  assert_true(threads_get(rt, rt_history_len(rt), k, &one));
  assert_true(one.calls_only);
  assert_false(threads_get(rt, 1, m, &one));
  rt_free(rt);
  story_free(s);
}

/* A phone call is not made in the chat app: once it is over, the app's
 * open conversation is the one before it (the player's next line goes
 * there), and the caller's record holds the call alone. */
static void test_phone_call_keeps_chat(void **state) {
  (void)state;
  char dir[40];
  Diag d;
  Story *s = load_text("story { id = \"p\", title = \"P\", start = \"a\" }\n"
                       "local k = character \"k\" { name = \"Karim\" }\n"
                       "local sa = character \"sa\" { name = \"Sacha\" }\n"
                       "scene \"a\" {\n"
                       "  chat = \"sa\",\n"
                       "  sa \"so?\",\n"
                       "  k.call { \"Voice call\", voice = true, outgoing = true },\n"
                       "  k \"Hello, I am listening.\",\n"
                       "  me \"hi\",\n"
                       "  hangup \"Call ended\",\n"
                       "  think \"That helped.\",\n"
                       "  me \"I told someone\",\n"
                       "  choice \"Go\" { go = \"b\" },\n"
                       "}\n"
                       "ending \"b\" { title = \"B\", summary = \"S\" }\n",
                       &d, dir, sizeof dir);
  assert_non_null(s);
  assert_int_equal(d.count, 0);
  diag_free(&d);
  Runtime *rt = rt_new(s, "en", "Sam", GENDER_X);
  assert_int_equal(rt_run(rt), RT_CHOICE);
  expect_beat(s, rt, 1, "Voice call", "k");
  expect_beat(s, rt, 3, "hi", "k");          /* said in the call: the call's record */
  expect_beat(s, rt, 4, "Call ended", "k");
  expect_beat(s, rt, 5, "That helped.", "sa"); /* the phone put down: the chat that was open */
  expect_beat(s, rt, 6, "I told someone", "sa");
  assert_int_equal(threads_live(rt, 7), story_char_index(s, "sa"));
  rt_free(rt);
  story_free(s);
}

/* A time marker dates the lines after it: "Later that evening" written
 * just before a line to another conversation shows there (and in every
 * conversation it dates), not in the one the story leaves; with nothing
 * after it yet, where the story is. */
static void test_time_markers(void **state) {
  (void)state;
  char dir[40];
  Diag d;
  Story *s = load_text("story { id = \"t\", title = \"T\", start = \"a\" }\n"
                       "local lou = character \"lou\" { name = \"Lou\" }\n"
                       "local alex = character \"alex\" { name = \"Alex\" }\n"
                       "local mum = character \"mum\" { name = \"Mum\" }\n"
                       "scene \"a\" {\n"
                       "  chat = \"lou\",\n"
                       "  clock \"18:40\",\n"
                       "  lou \"hi\",\n"
                       "  later \"Later that evening\",\n"
                       "  clock \"21:40\",\n"
                       "  me { \"are you there?\", to = \"alex\" },\n"
                       "  alex \"yes\",\n"
                       "  mum \"dinner!\",\n"
                       "  clock \"22:10\",\n"
                       "  choice \"Go\" { go = \"b\" },\n"
                       "}\n"
                       "ending \"b\" { title = \"B\", summary = \"S\" }\n",
                       &d, dir, sizeof dir);
  assert_non_null(s);
  assert_int_equal(d.count, 0);
  diag_free(&d);
  int lou = story_char_index(s, "lou"), alex = story_char_index(s, "alex"), mum = story_char_index(s, "mum");
  Runtime *rt = rt_new(s, "en", "Sam", GENDER_X);
  assert_int_equal(rt_run(rt), RT_CHOICE);
  assert_int_equal(rt_history_len(rt), 8);
  assert_true(threads_is_time(rt_history(rt, 2)));
  assert_false(threads_is_time(rt_history(rt, 1)));
  /* 18:40 dates Lou's "hi" only */
  assert_true(threads_in(rt, 0, lou));
  assert_false(threads_in(rt, 0, alex));
  /* "Later that evening" and 21:40 come before the lines to Alex and Mum:
   * they show in both, not in Lou's conversation the story left */
  for (int i = 2; i <= 3; i++) {
    assert_false(threads_in(rt, i, lou));
    assert_true(threads_in(rt, i, alex));
    assert_true(threads_in(rt, i, mum));
  }
  /* 22:10, nothing after it yet: where the story is (Mum's) */
  assert_true(threads_in(rt, 7, mum));
  assert_false(threads_in(rt, 7, alex));
  assert_false(threads_in(rt, 7, lou));
  /* a marker makes no conversation the most recent: Lou's last line is "hi" */
  Thread t[4];
  int n = threads_list(rt, 8, NULL, t, 4);
  assert_int_equal(n, 3);
  assert_int_equal(t[0].who, mum);
  assert_int_equal(t[2].who, lou);
  assert_int_equal(t[2].last, 1);
  rt_free(rt);
  story_free(s);
}

/* The checker on calls: the flags are true or false, never both kinds; a
 * third character speaking during a call is warned about. */
static void test_call_errors(void **state) {
  (void)state;
  char dir[40];
  Diag d;
  Story *s = load_text("story { id = \"p\", title = \"P\", start = \"a\" }\n"
                       "local k = character \"k\" { name = \"Karim\" }\n"
                       "local m = character \"m\" { name = \"Mia\" }\n"
                       "scene \"a\" {\n"
                       "  k.call { \"x\", voice = true, video = true },\n"
                       "  k.call { \"x\", outgoing = \"yes\" },\n"
                       "  k.call { \"x\", phone = true },\n"
                       "  choice \"Go\" { go = \"b\" },\n"
                       "}\n"
                       "ending \"b\" { title = \"B\", summary = \"S\" }\n",
                       &d, dir, sizeof dir);
  assert_null(s);
  assert_true(has_diag(&d, 5, "a call is voice = true or video = true, not both"));
  assert_true(has_diag(&d, 6, "outgoing is true or false"));
  assert_true(has_diag(&d, 7, "phone"));
  diag_free(&d);
  s = load_text("story { id = \"p\", title = \"P\", start = \"a\" }\n"
                "local k = character \"k\" { name = \"Karim\" }\n"
                "local m = character \"m\" { name = \"Mia\" }\n"
                "scene \"a\" {\n"
                "  k.call { \"Voice call\", voice = true, outgoing = true },\n"
                "  m \"who is it?\",\n"
                "  hangup \"Call ended\",\n"
                "  m \"ok\",\n"
                "  choice \"Go\" { go = \"b\" },\n"
                "}\n"
                "ending \"b\" { title = \"B\", summary = \"S\" }\n",
                &d, dir, sizeof dir);
  assert_non_null(s);
  assert_int_equal(d.errors, 0);
  assert_int_equal(d.count, 1); /* line 6 only: after hangup Mia may write */
  assert_true(has_diag(&d, 6, "m speaks during k's call"));
  diag_free(&d);
  story_free(s);
}

/* button = "answer" | "decline" | "hangup": the call screen's button of
 * that name is the choice (rt_choice_button finds it among the shown
 * replies); any other value is a file:line error naming the three. */
static void test_call_buttons(void **state) {
  (void)state;
  char dir[40];
  Diag d;
  Story *s = load_text("story { id = \"p\", title = \"P\", start = \"a\" }\n"
                       "local m = character \"m\" { name = \"Mia\" }\n"
                       "scene \"a\" {\n"
                       "  m.call \"Incoming video call\",\n"
                       "  choice \"Not now\" { go = \"b\", button = \"decline\" },\n"
                       "  choice \"Say you are busy\" { go = \"b\" },\n"
                       "  choice \"Pick up\" { go = \"b\", button = \"answer\" },\n"
                       "}\n"
                       "ending \"b\" { title = \"B\", summary = \"S\" }\n",
                       &d, dir, sizeof dir);
  assert_non_null(s);
  assert_int_equal(d.count, 0);
  diag_free(&d);
  assert_int_equal(s->scenes[0].choices[0].button, BUTTON_decline);
  assert_int_equal(s->scenes[0].choices[1].button, BUTTON_NONE);
  assert_int_equal(s->scenes[0].choices[2].button, BUTTON_answer);
  assert_string_equal(choice_button_name(BUTTON_hangup), "hangup");
  assert_int_equal(choice_button_lookup("hangup"), BUTTON_hangup);
  assert_int_equal(choice_button_lookup("Answer"), BUTTON_NONE); /* the story's word, as written */
  Runtime *rt = rt_new(s, "en", "Sam", GENDER_X);
  assert_int_equal(rt_run(rt), RT_CHOICE);
  assert_int_equal(rt_choice_button(rt, BUTTON_answer), 2);
  assert_int_equal(rt_choice_button(rt, BUTTON_decline), 0);
  assert_int_equal(rt_choice_button(rt, BUTTON_hangup), -1);
  assert_int_equal(rt_choice_button(rt, BUTTON_NONE), -1);
  assert_int_equal(rt_choice_button_of(rt, 2), BUTTON_answer);
  assert_int_equal(rt_choice_button_of(rt, 1), BUTTON_NONE);
  assert_int_equal(rt_choice_button_of(rt, 7), BUTTON_NONE);
  assert_true(rt_choose(rt, rt_choice_button(rt, BUTTON_answer)));
  assert_int_equal(rt_choice_button(rt, BUTTON_answer), -1); /* no reply is waiting */
  rt_free(rt);
  story_free(s);

  s = load_text("story { id = \"p\", title = \"P\", start = \"a\" }\n"
                "local m = character \"m\" { name = \"Mia\" }\n"
                "scene \"a\" {\n"
                "  m.call \"Incoming video call\",\n"
                "  choice \"Pick up\" { go = \"b\", button = \"pick-up\" },\n"
                "  choice \"Later\" { go = \"b\", button = true },\n"
                "}\n"
                "ending \"b\" { title = \"B\", summary = \"S\" }\n",
                &d, dir, sizeof dir);
  assert_null(s);
  assert_int_equal(d.errors, 2);
  assert_true(has_diag(&d, 5, "choice \"Pick up\": button = \"pick-up\": a call's button is \"answer\", \"decline\" or \"hangup\""));
  assert_true(has_diag(&d, 6, "choice \"Later\": button = (not a word): a call's button is"));
  assert_true(strstr(d.entries[0].file, "story.lua") != NULL);
  diag_free(&d);

  /* a mark where that button is not on screen: a warning, at the choice */
  s = load_text("story { id = \"p\", title = \"P\", start = \"a\" }\n"
                "local m = character \"m\" { name = \"Mia\" }\n"
                "scene \"a\" {\n"
                "  m.call \"Incoming video call\",\n"
                "  m \"hi\",\n"
                "  choice \"Pick up\" { go = \"b\", button = \"answer\" },\n"
                "  choice \"Hang up\" { go = \"b\", button = \"hangup\" },\n"
                "  choice \"Hang up now\" { go = \"b\", button = \"hangup\" },\n"
                "}\n"
                "scene \"b\" {\n"
                "  hangup \"Call ended\",\n"
                "  choice \"Hang up\" { go = \"c\", button = \"hangup\" },\n"
                "}\n"
                "scene \"c\" {\n"
                "  m.call \"Incoming video call\",\n"
                "  choice \"Hang up\" { go = \"d\", button = \"hangup\" },\n"
                "}\n"
                "scene \"d\" {\n"
                "  m.call { \"Calling\", outgoing = true },\n"
                "  choice \"Decline\" { go = \"e\", button = \"decline\" },\n"
                "}\n"
                "scene \"e\" {\n"
                "  choice \"Hang up\" { go = \"f\", button = \"hangup\" },\n"
                "}\n"
                "ending \"f\" { title = \"B\", summary = \"S\" }\n",
                &d, dir, sizeof dir);
  assert_non_null(s);
  assert_int_equal(d.errors, 0);
  assert_true(has_diag(&d, 6, "button = \"answer\": the call is answered before these choices (line 5 is in the call)"));
  assert_true(has_diag(&d, 8, "button = \"hangup\" again"));
  assert_true(has_diag(&d, 12, "the call has ended (hangup, line 11) before these choices"));
  assert_true(has_diag(&d, 16, "the call still rings when these choices show"));
  assert_true(has_diag(&d, 20, "the player makes this call (outgoing = true)"));
  assert_int_equal(d.count, 5); /* scene "e" is entered in a call: left alone */
  diag_free(&d);
  story_free(s);
}

int main(void) {
  Diag d;
  diag_init(&d);
  cat = catalog_load(ROOT "/assets/advice.lua", &d);
  if (!cat) {
    diag_print(&d, stderr);
    return 1;
  }
  diag_free(&d);
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_lines_land_in_threads),
      cmocka_unit_test(test_inbox),
      cmocka_unit_test(test_thread_errors),
      cmocka_unit_test(test_bare_speaker_word),
      cmocka_unit_test(test_phone_call),
      cmocka_unit_test(test_phone_call_keeps_chat),
      cmocka_unit_test(test_time_markers),
      cmocka_unit_test(test_call_errors),
      cmocka_unit_test(test_call_buttons),
  };
  int r = cmocka_run_group_tests(tests, NULL, NULL);
  catalog_free(cat);
  return r;
}
