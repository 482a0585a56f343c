#define _XOPEN_SOURCE 700
/* Classroom mode, headless on the software renderer: the projected
 * screens never show a facilitator note, the presenter view does; the
 * projected text is at least 1.6 times the normal window's; the class
 * vote (keys and --script) takes the winning replies and the runtime keeps
 * the tallies; the teacher's controls (go back to any choice, Start over
 * asked, Continue or start over at launch, Esc closing a panel). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app.h"
#include "ask_view.h"
#include "headless.h"
#include "paths.h"
#include "lesson.h"
#include "presenter.h"
#include "save.h"
#include "script.h"
#include "settings_view.h"
#include "util.h"

static char home_root[256];
static I18n *langs;
static Catalog *cat;
static int home_n;
static bool launch_questions; /* UiOptions.ask_at_launch, as main sets it without a script */

/* The fixture's note (tests/ui/fixtures/story.lua.in), and its question. */
#define NOTE "let the class list clues"
#define QUESTION "What makes a profile look real?"

static int rm_one(const char *p, const struct stat *s, int f, struct FTW *w) {
  (void)s; (void)f; (void)w;
  return remove(p);
}

static void new_home(void) {
  char dir[300];
  snprintf(dir, sizeof dir, "%s/h%d", home_root, home_n++);
  setenv("BTS_HOME", dir, 1);
}

/* An app on the same user folder as the last one (keep_home) or a new one. */
static App *open_app(const char *story, int w, int h, bool classroom, bool keep_home) {
  if (!keep_home) new_home();
  UiOptions o = {.i18n = langs, .catalog = cat, .classroom = classroom, .ask_at_launch = launch_questions};
  char path[512];
  if (story) {
    snprintf(path, sizeof path, "%s/%s", FX_DIR, story);
    o.story = path;
  }
  char *why;
  App *app = headless_app(&o, w, h, &why);
  if (!app) fail_msg("app_new: %s", why ? why : "?");
  return app;
}

static void run(App *app, const char *script) {
  char *why;
  if (!headless_run(app, script, &why)) fail_msg("script: %s", why);
}

/* The text recorded in the frame just drawn that holds `words`, or NULL. */
static const TextRec *drawn(const Graphics *g, const char *words) {
  for (int i = 0; i < g->nrecs; i++)
    if (g->recs[i].str && strstr(g->recs[i].str, words)) return &g->recs[i];
  return NULL;
}

static int count_zones(const App *app, Action a) {
  int n = 0;
  for (int i = 0; i < app->in.nzones; i++) n += app->in.zones[i].action == a;
  return n;
}

/* Every text of the frame is inside the window (the panels at projector
 * size) and readable (4.5:1). */
static void all_inside(const App *app, const char *what) {
  for (int i = 0; i < app->gfx.nrecs; i++) {
    SDL_Rect r = app->gfx.recs[i].text;
    if (r.x < 0 || r.y < 0 || r.x + r.w > app->gfx.w || r.y + r.h > app->gfx.h)
      fail_msg("%s: text outside the window: \"%.60s\"", what, app->gfx.recs[i].str ? app->gfx.recs[i].str : "");
    const TextRec *t = &app->gfx.recs[i];
    if (contrast_ratio(t->fg, t->bg) < 4.5 || contrast_ratio(t->fg, t->bg2) < 4.5)
      fail_msg("%s: contrast below 4.5:1: \"%.60s\"", what, t->str ? t->str : "");
  }
}

static void shot(App *app, const char *name) {
  const char *dir = getenv("BTS_SHOTS"); /* to look at them: BTS_SHOTS=/tmp/x */
  if (!dir || !*dir) return;
  char p[600];
  snprintf(p, sizeof p, "%s/%s.bmp", dir, name);
  app_save_frame(app, p);
}

/* The projected screens: the chat with the discussion card, the vote,
 * the debrief. No note, ever; the presenter view has it. */
static void test_projected_has_no_notes(void **s) {
  (void)s;
  App *app = open_app("fx-plain", 1920, 1080, true, false);
  run(app, "setup Sam m\nrun\n");
  assert_true(play_waiting_choice(&app->play));
  assert_non_null(drawn(&app->gfx, QUESTION)); /* the card is there */
  assert_null(drawn(&app->gfx, NOTE));
  assert_null(drawn(&app->gfx, S(app, S_NOTES)));
  assert_non_null(drawn(&app->gfx, S(app, S_CLASSROOM))); /* the badge */
  shot(app, "classroom-chat");
  all_inside(app, "chat");

  Presenter *pv = presenter_open_headless(app, 1280, 720);
  assert_non_null(pv);
  presenter_draw(app, pv);
  const Graphics *g = presenter_gfx(pv);
  assert_non_null(drawn(g, NOTE));
  assert_non_null(drawn(g, QUESTION));
  assert_non_null(drawn(g, S(app, S_PRESENTER)));
  assert_non_null(drawn(g, "Take screenshots first")); /* the replies coming up */
  const char *dir = getenv("BTS_SHOTS");
  if (dir && *dir) {
    char p[600];
    snprintf(p, sizeof p, "%s/presenter.bmp", dir);
    presenter_save(app, pv, p);
  }
  /* the main window's frame is untouched by the presenter's */
  app_draw(app);
  assert_null(drawn(&app->gfx, NOTE));

  run(app, "key v\n");
  assert_int_equal(app->lesson.panel, PANEL_VOTE);
  assert_null(drawn(&app->gfx, NOTE));
  assert_non_null(drawn(&app->gfx, S(app, S_VOTE_TITLE)));
  all_inside(app, "vote");
  shot(app, "classroom-vote");
  run(app, "key Escape\nend\nkey Return\n");
  assert_int_equal(app->nav.screen, SCR_DEBRIEF);
  assert_null(drawn(&app->gfx, NOTE));
  shot(app, "classroom-debrief");
  all_inside(app, "classroom-debrief");
  presenter_draw(app, pv);
  assert_non_null(drawn(presenter_gfx(pv), NOTE)); /* the last card of the path, still */
  presenter_free(app, pv);
  headless_free(app);

  /* not in classroom mode either: the window never shows the notes */
  app = open_app("fx-plain", 1280, 720, false, false);
  run(app, "setup Sam m\nrun\n");
  assert_non_null(drawn(&app->gfx, QUESTION));
  assert_null(drawn(&app->gfx, NOTE));
  assert_null(drawn(&app->gfx, S(app, S_CLASSROOM)));
  headless_free(app);
}

/* At 1920x1080, classroom text is at least 1.6 times the normal window's,
 * measured on the same message; no sidebar; a letter on every reply. */
static void test_classroom_text_size(void **s) {
  (void)s;
  const char *msg = "did you see that new account?";
  App *normal = open_app("fx-skype", 1920, 1080, false, false);
  run(normal, "setup Sam m\nrun\n");
  const TextRec *a = drawn(&normal->gfx, msg);
  assert_non_null(a);
  App *room = open_app("fx-skype", 1920, 1080, true, false);
  run(room, "setup Sam m\nrun\n");
  const TextRec *b = drawn(&room->gfx, msg);
  assert_non_null(b);
  double ratio = (double)room->gfx.fonts.px[FONT_BODY] / normal->gfx.fonts.px[FONT_BODY];
  fprintf(stderr, "classroom text: %d px against %d px (%.2fx); line %d against %d\n", room->gfx.fonts.px[FONT_BODY],
          normal->gfx.fonts.px[FONT_BODY], ratio, b->text.h, a->text.h);
  assert_true(ratio >= 1.6 - 1e-9);
  assert_true((double)b->text.h >= 1.55 * a->text.h); /* rounding of the line height */
  /* the Skype skin's contact list is not projected */
  assert_non_null(drawn(&normal->gfx, SW(normal, SW_contacts)));
  assert_null(drawn(&room->gfx, SW(room, SW_contacts)));
  /* A, B, C on the replies, and the replies are the choice zones */
  assert_int_equal(count_zones(room, ACT_CHOICE), 3);
  int letters = 0;
  for (int i = 0; i < room->gfx.nrecs; i++)
    if (room->gfx.recs[i].str && strlen(room->gfx.recs[i].str) == 1 && strchr("ABC", room->gfx.recs[i].str[0])) letters++;
  assert_int_equal(letters, 3);
  all_inside(room, "classroom chat");
  headless_free(normal);
  headless_free(room);
}

/* The class votes with the keys: V, a letter, digits, +/-, Enter. */
static void test_vote_keys(void **s) {
  (void)s;
  App *app = open_app("fx-plain", 1280, 720, true, false);
  run(app, "setup Sam m\nrun\nkey v\nkey 3\nkey b\nkey 1\nkey 2\nkey c\nkey 4\nkey -\nkey =\nkey Keypad +\n");
  assert_int_equal(app->lesson.panel, PANEL_VOTE);
  const Runtime *rt = app->play.rt;
  assert_int_equal(rt_votes(rt, 0, 0), 3);
  assert_int_equal(rt_votes(rt, 0, 1), 12);
  assert_int_equal(rt_votes(rt, 0, 2), 5);
  run(app, "key Return\n");
  assert_int_equal(app->lesson.panel, PANEL_NONE);
  assert_int_equal(rt_choices_made(app->play.rt), 1);
  assert_int_equal(rt_decision_taken(app->play.rt, 0), 1); /* B: most votes */
  assert_true(rt_did(app->play.rt, "evidence"));
  /* the tally is in the save */
  char *save = rt_save_text(app->play.rt);
  assert_non_null(strstr(save, "votes 0 3 12 5"));
  free(save);
  headless_free(app);

  /* a tie: Enter takes nothing until the teacher picks one of the tied */
  app = open_app("fx-plain", 1280, 720, true, false);
  run(app, "setup Sam m\nrun\nkey v\nkey a\nkey 7\nkey c\nkey 7\nkey b\nkey Return\n");
  assert_int_equal(app->lesson.panel, PANEL_VOTE);
  assert_int_equal(rt_choices_made(app->play.rt), 0);
  run(app, "key c\nkey Return\n");
  assert_int_equal(rt_choices_made(app->play.rt), 1);
  assert_int_equal(rt_decision_taken(app->play.rt, 0), 2);
  headless_free(app);

  /* the mouse: + on reply A twice, then the take button */
  app = open_app("fx-plain", 1280, 720, true, false);
  run(app, "setup Sam m\nrun\nkey v\n");
  for (int k = 0; k < 2; k++) {
    for (int i = 0; i < app->in.nzones; i++)
      if (app->in.zones[i].action == ACT_VOTE && app->in.zones[i].arg == 0 && app->in.zones[i].arg2 == 1) {
        app_act(app, ACT_VOTE, 0, 1);
        break;
      }
    app_draw(app);
  }
  assert_int_equal(rt_votes(app->play.rt, 0, 0), 2);
  assert_int_equal(count_zones(app, ACT_VOTE_TAKE), 1);
  app_act(app, ACT_VOTE_TAKE, 0, 0);
  assert_int_equal(rt_decision_taken(app->play.rt, 0), 0);
  headless_free(app);

  /* a gamepad: X opens the vote, down picks B, right is one hand more
   * (left one less), A takes the winner */
  app = open_app("fx-plain", 1280, 720, true, false);
  run(app, "setup Sam m\nrun\npad x\n");
  assert_int_equal(app->lesson.panel, PANEL_VOTE);
  run(app, "pad dpdown\npad dpright\npad dpright\npad dpright\npad dpleft\npad dpup\npad dpright\n");
  assert_int_equal(rt_votes(app->play.rt, 0, 0), 1);
  assert_int_equal(rt_votes(app->play.rt, 0, 1), 2);
  run(app, "pad a\n");
  assert_int_equal(app->lesson.panel, PANEL_NONE);
  assert_int_equal(rt_choices_made(app->play.rt), 1);
  assert_int_equal(rt_decision_taken(app->play.rt, 0), 1);
  headless_free(app);
}

/* A scripted class (--script's votes): the story takes the winning
 * replies, and the runtime keeps every tally, through "go back". */
static void test_vote_script(void **s) {
  (void)s;
  App *app = open_app("fx-plain", 1280, 720, true, false);
  run(app, "setup Sam m\nvotes 20 4 2 take\nvotes 3 25 take\nvotes 1 2 take\n");
  const Runtime *rt = app->play.rt;
  /* the call (A), stay on the call (B), block right away (B) */
  assert_int_equal(rt_choices_made(rt), 3);
  assert_int_equal(rt_decision_taken(rt, 0), 0);
  assert_int_equal(rt_decision_taken(rt, 1), 1);
  assert_int_equal(rt_decision_taken(rt, 2), 1);
  assert_true(rt_did(rt, "block"));
  assert_int_equal(rt_votes(rt, 1, 1), 25);
  /* a tie in a script takes nothing */
  headless_free(app);
  app = open_app("fx-plain", 1280, 720, true, false);
  run(app, "setup Sam m\nvotes 5 5 0 take\n");
  assert_int_equal(rt_choices_made(app->play.rt), 0);
  assert_int_equal(rt_votes(app->play.rt, 0, 1), 5);
  headless_free(app);
  /* a bad votes line is refused with its line number */
  char *why = NULL;
  assert_null(script_parse("votes 1 x\n", &why));
  assert_non_null(strstr(why, "line 1"));
  free(why);
  assert_null(script_parse("votes 1 2 3 4 5\n", &why));
  free(why);
}

/* "Go back to a choice" lists every decision; Start over asks; a save at
 * launch asks Continue / Start over; Esc closing a panel is not half of a
 * quick exit. */
static void test_teacher_controls(void **s) {
  (void)s;
  App *app = open_app("fx-plain", 1280, 720, true, false);
  run(app, "setup Sam m\nvotes 20 4 2 take\nvotes 3 25 take\nvotes 1 2 take\nrun\nkey Return\n");
  assert_int_equal(app->nav.screen, SCR_DEBRIEF);
  assert_int_equal(count_zones(app, ACT_UNDO), 1);
  app_act(app, ACT_UNDO, 0, 1); /* the debrief's button */
  app_draw(app);
  assert_int_equal(app->lesson.panel, PANEL_BACK);
  assert_int_equal(count_zones(app, ACT_BACK_TO), 3);
  assert_null(drawn(&app->gfx, NOTE));
  shot(app, "classroom-back");
  all_inside(app, "classroom-back");
  app_act(app, ACT_BACK_TO, 1, 0); /* the second decision */
  app_draw(app);
  assert_int_equal(app->nav.screen, SCR_CHAT);
  assert_int_equal(rt_choices_made(app->play.rt), 1);
  assert_true(play_waiting_choice(&app->play));
  assert_int_equal(rt_votes(app->play.rt, 0, 0), 20); /* kept */
  assert_int_equal(rt_votes(app->play.rt, 1, 1), 25);
  run(app, "back 1\n"); /* the script's way: the first decision */
  assert_int_equal(rt_choices_made(app->play.rt), 0);
  assert_int_equal(rt_votes(app->play.rt, 0, 0), 20);

  /* Esc closes the vote; a second Esc soon after is not a quick exit */
  run(app, "key v\nkey Escape\nwait 100\nkey Escape\n");
  assert_false(app->nav.quit);
  assert_int_equal(app->lesson.panel, PANEL_NONE);
  run(app, "wait 100\nkey Escape\n");
  assert_true(app->nav.quit); /* nothing open: the two Esc are an exit */
  headless_free(app);

  /* Start over on the menu asks first; the save stays until it is said */
  app = open_app("fx-plain", 1280, 720, false, false);
  run(app, "setup Sam m\nchoose 2\nscreen menu\n");
  int idx = -1;
  for (int i = 0; i < app->in.nzones; i++)
    if (app->in.zones[i].action == ACT_RESUME) idx = app->in.zones[i].arg;
  assert_true(idx >= 0);
  app_act(app, ACT_STORY, idx, 0);
  app_draw(app);
  assert_int_equal(app->lesson.panel, PANEL_ASK);
  assert_int_equal(count_zones(app, ACT_ASK), 2);
  assert_true(save_exists(app->lib.stories[idx].story));
  app_act(app, ACT_ASK, 0, 0); /* cancel */
  assert_true(save_exists(app->lib.stories[idx].story));
  assert_int_equal(app->nav.screen, SCR_MENU);
  app_act(app, ACT_STORY, idx, 0);
  app_act(app, ACT_ASK, 1, 0); /* yes */
  /* a fresh start: the before questions first, as for a story picked anew */
  assert_true(ask_showing(app));
  assert_true(save_exists(app->lib.stories[idx].story)); /* until the story starts */
  run(app, "key 4\nkey Escape\n");
  assert_false(ask_showing(app));
  assert_int_equal(app->nav.screen, SCR_CHAT);
  assert_int_equal(rt_choices_made(app->play.rt), 0);
  run(app, "choose 2\n");
  headless_free(app);

  /* Launched with a story that has a save: Continue or Start over */
  app = open_app("fx-plain", 1280, 720, false, true);
  app_draw(app);
  assert_int_equal(app->lesson.panel, PANEL_ASK);
  assert_int_equal(app->lesson.ask, ASK_RESUME);
  assert_non_null(drawn(&app->gfx, S(app, S_ASK_RESUME)));
  shot(app, "ask-resume");
  all_inside(app, "ask-resume");
  run(app, "key Return\n"); /* Continue */
  assert_int_equal(app->nav.screen, SCR_CHAT);
  assert_int_equal(rt_choices_made(app->play.rt), 1);
  headless_free(app);
  app = open_app("fx-plain", 1280, 720, false, true);
  run(app, "key Tab\nkey Tab\nkey Return\n"); /* the keyboard: to Start over, pressed */
  assert_true(ask_showing(app)); /* starting over asks the before questions too */
  run(app, "key Escape\n");
  assert_int_equal(app->nav.screen, SCR_CHAT);
  assert_int_equal(rt_choices_made(app->play.rt), 0);
  headless_free(app);
}

/* "Play again" on the debrief: in class a new run with its own before
 * questions (after the after ones); at home the story simply starts again. */
static void test_play_again_questions(void **s) {
  (void)s;
  for (int classroom = 0; classroom <= 1; classroom++) {
    launch_questions = true;
    App *app = open_app("fx-plain", 1280, 720, classroom, false);
    run(app, "setup Sam m\n");
    assert_true(ask_showing(app));
    run(app, "key Escape\nend\nscreen debrief\n");
    app_act(app, ACT_PLAY_AGAIN, 0, 0);
    assert_true(ask_showing(app)); /* the after questions */
    run(app, "key Escape\n");
    if (classroom) {
      assert_true(ask_showing(app)); /* the next run's before questions */
      run(app, "key Escape\n");
    }
    assert_false(ask_showing(app));
    assert_int_equal(app->nav.screen, SCR_CHAT);
    assert_int_equal(rt_choices_made(app->play.rt), 0);
    assert_int_equal(rt_state(app->play.rt) == RT_ENDED, 0);
    headless_free(app);
  }
  launch_questions = false;
}

/* The switch in Settings, and the display remembered. */
static void test_settings(void **s) {
  (void)s;
  App *app = open_app("fx-plain", 1280, 720, false, false);
  run(app, "setup Sam m\nscreen settings\n");
  assert_false(app->classroom);
  setting_change(app, SET_CLASSROOM, 1);
  assert_true(app->classroom);
  Settings back;
  char *why = NULL;
  assert_true(settings_load(&back, &why));
  assert_true(back.classroom);
  headless_free(app);
  app = open_app("fx-plain", 1280, 720, false, true);
  assert_true(app->classroom); /* remembered */
  headless_free(app);
  Settings st;
  settings_defaults(&st);
  assert_true(settings_parse(&st, "# behind-the-screen settings 1\ndisplay = 2\nclassroom = true\n", &why));
  assert_int_equal(st.display, 2);
  char *text = settings_format(&st);
  assert_non_null(strstr(text, "display = 2"));
  free(text);
  assert_false(settings_parse(&st, "# behind-the-screen settings 1\ndisplay = -3\n", &why));
  free(why);
}

/* The presenter's clock goes on after the game is closed and the story
 * resumed (it started again at 0 before); the list of decisions always
 * shows the selected one, with a line for those out of view. */
static void test_clock_and_long_back_list(void **s) {
  (void)s;
  App *app = open_app("fx-plain", 1280, 720, true, false);
  run(app, "setup Sam m\nrun\nwait 420000\nchoose 1\n"); /* seven minutes, then a reply: saved */
  assert_true(play_lesson_ms(&app->play, app->now) >= 420000);
  headless_free(app);
  app = open_app("fx-plain", 1280, 720, true, true);
  app_draw(app);
  assert_int_equal(app->lesson.ask, ASK_RESUME);
  run(app, "key Return\n"); /* Continue */
  assert_int_equal(rt_choices_made(app->play.rt), 1);
  assert_true(play_lesson_ms(&app->play, app->now) >= 420000);
  assert_true(play_lesson_ms(&app->play, app->now) < 3600000);
  headless_free(app);

  /* a small window at 200 %: not every decision fits */
  app = open_app("fx-plain", 800, 480, false, false);
  run(app, "setup Sam m\ntextscale 200\nchoose 1\nchoose 2\nchoose 2\nrun\n");
  app_act(app, ACT_UNDO, 0, 1);
  app_draw(app);
  assert_int_equal(app->lesson.panel, PANEL_BACK);
  int shown = count_zones(app, ACT_BACK_TO);
  shot(app, "classroom-back-long");
  all_inside(app, "classroom-back-long"); /* the selected decision and Close stay in the window */
  assert_true(shown >= 1 && shown < 3); /* the window is too small for three */
  bool last = false, first = false;
  for (int i = 0; i < app->in.nzones; i++)
    if (app->in.zones[i].action == ACT_BACK_TO) last |= app->in.zones[i].arg == 2, first |= app->in.zones[i].arg == 0;
  assert_true(last && !first);
  assert_non_null(drawn(&app->gfx, "\xE2\x86\x91")); /* "↑ 2 earlier choices" */
  /* that line is a control: a click brings the nearest earlier one into view */
  int show = -1;
  for (int i = 0; i < app->in.nzones; i++)
    if (app->in.zones[i].action == ACT_BACK_SHOW) show = i;
  assert_true(show >= 0);
  SDL_Rect more = app->in.zones[show].r;
  char click[96];
  snprintf(click, sizeof click, "click %d %d\n", more.x + more.w / 2, more.y + more.h / 2);
  run(app, click);
  assert_int_equal(app->lesson.panel, PANEL_BACK); /* still the list: nothing was taken */
  bool earlier = false;
  for (int i = 0; i < app->in.nzones; i++)
    if (app->in.zones[i].action == ACT_BACK_TO) earlier |= app->in.zones[i].arg < 2 && app->in.zones[i].arg == app->lesson.sel;
  assert_true(earlier);
  assert_int_equal(rt_choices_made(app->play.rt), 3);
  all_inside(app, "classroom-back-long, scrolled");
  run(app, "key Up\nkey Up\n");
  first = false;
  for (int i = 0; i < app->in.nzones; i++)
    if (app->in.zones[i].action == ACT_BACK_TO) first |= app->in.zones[i].arg == 0;
  assert_true(first); /* the selected one came into view */
  assert_non_null(drawn(&app->gfx, "\xE2\x86\x93")); /* "↓ ... later" */
  run(app, "key Return\n");
  assert_int_equal(rt_choices_made(app->play.rt), 0);
  headless_free(app);
}

/* A story named at launch (behind-the-screen --classroom skype) asks the
 * before questions too, as one started from the menu; the after ones come
 * when the debrief is left. */
static void test_questions_at_launch(void **s) {
  (void)s;
  launch_questions = true;
  App *app = open_app("fx-plain", 1280, 720, false, false);
  run(app, "setup Sam m\n");
  assert_true(ask_showing(app));
  assert_null(app->play.rt);
  run(app, "key 2\nkey 3\nkey Escape\n"); /* two answers, then the rest skipped */
  assert_false(ask_showing(app));
  assert_non_null(app->play.rt);
  assert_int_equal(app->nav.screen, SCR_CHAT);
  run(app, "end\nscreen debrief\n");
  app_act(app, ACT_MENU, 0, 0);
  assert_true(ask_showing(app)); /* the after questions */
  headless_free(app);
  launch_questions = false;
}

int main(void) {
  snprintf(home_root, sizeof home_root, "%s/bts-classroom-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  if (!mkdtemp(home_root)) return 1;
  setenv("SDL_VIDEODRIVER", "dummy", 1);
  if (!headless_start(&langs, &cat)) return 1;
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_projected_has_no_notes), cmocka_unit_test(test_classroom_text_size),
    cmocka_unit_test(test_vote_keys),              cmocka_unit_test(test_vote_script),
    cmocka_unit_test(test_teacher_controls),       cmocka_unit_test(test_settings),
    cmocka_unit_test(test_clock_and_long_back_list),
    cmocka_unit_test(test_questions_at_launch),    cmocka_unit_test(test_play_again_questions),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  catalog_free(cat);
  i18n_free(langs);
  nftw(home_root, rm_one, 16, FTW_DEPTH | FTW_PHYS);
  TTF_Quit();
  SDL_Quit();
  return rc;
}
