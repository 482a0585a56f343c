/* The app: state, input, time and the one drawing function shared by the
 * window and the headless screenshots. Input is handled from events only
 * (pushed events behave like a person's), and time is fed in from outside. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/syscall.h>
#endif

#include "author.h"
#include "call_view.h"
#include "choices.h"
#include "map_view.h"
#include "chat_view.h"
#include "ask_view.h"
#include "summary_key.h"
#include "debrief.h"
#include "discreet.h"
#include "draw.h"
#include "help_view.h"
#include "inbox.h"
#include "lesson.h"
#include "menu.h"
#include "notsaved.h"
#include "paths.h"
#include "presenter.h"
#include "reader.h"
#include "save.h"
#include "scan.h"
#include "settings_view.h"
#include "settingswords.h"
#include "textsafe.h"
#include "util.h"

const char *S(const App *app, StrId id) { return i18n_word(app->opt.i18n, app->set.lang, id); }
const char *SW(const App *app, SkinWord w) { return skin_word(app->lib.skins, app->lib.skin, app->set.lang, w); }
const char *SWN(const App *app, SkinWord w, const char *name, char *buf, size_t n) {
  return skin_name_word(app->lib.skins, app->lib.skin, app->set.lang, w, name, buf, n);
}

/* Every skin of assets/skins, checked in the game's languages; a broken
 * file is reported on stderr (file:line) and its stories show as plain. */
static void load_skins(App *app) {
  if (app->opt.skins) {
    app->lib.skins = app->opt.skins;
    return;
  }
  Diag d;
  diag_init(&d);
  app->lib.skins = app->lib.own_skins = skins_load_game(app->lib.assets, app->opt.i18n, &d);
  if (d.errors) diag_print(&d, stderr);
  diag_free(&d);
}

/* The story's look: its app's skin, else plain, and the player is told. */
static void pick_skin(App *app, const Story *s) {
  bool fell_back = false;
  app->lib.skin = skins_for(app->lib.skins, s->app, &fell_back);
  if (fell_back) app_status(app, S(app, S_SKIN_FALLBACK));
}

void app_status(App *app, const char *text) {
  free(app->nav.status);
  app->nav.status = xstrdup(text);
  app->nav.status_until = app->now + 3500;
  app->gfx.dirty = true;
}

void app_reload_help(App *app) {
  if (app->lib.help) help_free(app->lib.help);
  Diag d;
  diag_init(&d);
  app->lib.help = help_load(app->lib.assets, app->set.country, app->set.lang, &d);
  if (!app->lib.help) {
    /* a country without a file still shows the contacts for everybody */
    app->lib.help = help_load(app->lib.assets, "ALL", app->set.lang, &d);
  }
  diag_free(&d);
  help_use_words(app->lib.help, app->opt.i18n); /* amounts written the language's way */
  /* the story speaks of the new country's services and currency */
  if (app->play.rt) rt_set_help(app->play.rt, app->lib.help);
}

/* How much a big window (a projector) enlarges everything. */
static double window_factor(int w, int h, double dpi) {
  double big = fmin(w / dpi / 1280.0, h / dpi / 720.0);
  if (big < 1) big = 1;
  if (big > 3) big = 3;
  return pow(big, 0.75);
}

/* Text grows with the chosen size, the screen's density, and a big window
 * (a projector); spacing grows half as fast as text so 200% still fits. */
static void compute_scale(App *app, double *font, double *unit, double *frame) {
  app_scale(app, app->gfx.w, app->gfx.h, app->gfx.dpi, app->classroom, font, unit);
  *frame = app->gfx.dpi * window_factor(app->gfx.w, app->gfx.h, app->gfx.dpi);
}

void app_scale(const App *app, int w, int h, double dpi, bool classroom, double *font, double *unit) {
  double big = window_factor(w, h, dpi);
  double text = app->set.text_scale / 100.0;
  if (text < 1) text = 1;
  if (text > 2) text = 2;
  /* a projector at the back of a room: 1.6 times the normal window's text
   * at the same size (the measure, tested in classroom_test.c) */
  if (classroom) text *= 1.6;
  *font = dpi * big * text;
  *unit = dpi * big * (1 + (text - 1) * 0.5);
}

static void ensure_fonts(App *app) {
  double font, unit, frame;
  compute_scale(app, &font, &unit, &frame);
  app->gfx.dp = unit;
  app->gfx.frame_dp = frame;
  bool dys = app->set.dyslexic_font;
  if (app->gfx.fonts.f[0] && fabs(font - app->gfx.font_scale) < 1e-6 && dys == app->gfx.font_dyslexic) return;
  char *why = NULL;
  text_cache_clear(app);
  if (!fonts_open(&app->gfx.fonts, font, dys, &why)) {
    bts_warn("%s", why);
    free(why);
  }
  app->gfx.font_scale = font;
  app->gfx.font_dyslexic = dys;
}

void app_set_size(App *app, int w, int h, double dpi) {
  if (w < 1) w = 1;
  if (h < 1) h = 1;
  app->gfx.w = w;
  app->gfx.h = h;
  app->gfx.dpi = dpi > 0 ? dpi : 1;
  ensure_fonts(app);
  app->gfx.dirty = true;
}

void app_apply_settings(App *app) {
  ensure_fonts(app);
  app_reload_help(app);
  if (app->gfx.win) {
    /* --fullscreen (a projector) holds whatever the saved setting says */
    bool want = app->set.fullscreen || app->opt.fullscreen;
    bool fs = (SDL_GetWindowFlags(app->gfx.win) & SDL_WINDOW_FULLSCREEN) != 0;
    if (fs != want) SDL_SetWindowFullscreen(app->gfx.win, want ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    app_window_identity(app);
  }
  app->gfx.dirty = true;
}

/* A file could not be written (or read back): the player reads what
 * happened in their language, and that the game goes on; the system's
 * details go to stderr once, for whoever fixes it. */
void app_not_saved(App *app, StrId what, const char *why) {
  char *msg = what == S_SAVE_UNREADABLE ? xstrdup(S(app, what)) : not_saved_words(app->opt.i18n, app->set.lang, what);
  app_status(app, msg);
  app->nav.status_until = app->now + 9000; /* three sentences: time to read them */
  if (why && !app->nav.told_not_saved) bts_warn("%s (%s)", msg, why); /* the player's words, then the details */
  free(msg);
  app->nav.told_not_saved = true;
}

void app_save_settings(App *app) {
  char *why = NULL;
  if (!settings_save(&app->set, &why)) app_not_saved(app, S_SAVE_FAILED, why);
  free(why);
}

/* ---- the story, driven for the view ---- */

static PlayWho who(const App *app) {
  return (PlayWho){app->set.lang, app->set.name[0] ? app->set.name : "Sam", app->set.gender, app->lib.help};
}

/* Something new in the chat: at the bottom the view follows. */
static void chat_follows(App *app) {
  app->nav.scroll[SCR_CHAT] = 0;
  app->gfx.dirty = true;
}

static void play_due(App *app, Uint64 *next) {
  bool changed;
  Uint64 n = play_tick(&app->play, app->now, app->set.speed, &changed);
  if (changed) app->gfx.dirty = true; /* scrolled up, the view stays put */
  if (next) *next = n;
}

static bool start_story(App *app, Story *s, bool resume) {
  char *why = NULL;
  bool ok = play_start(&app->play, s, false, resume, who(app), app->now, &why);
  if (why) app_not_saved(app, S_SAVE_UNREADABLE, why); /* a save that could not be resumed, set aside */
  free(why);
  if (ok) {
    pick_skin(app, s);
    app->chat.total = 0;
    app->nav.scroll[SCR_CHAT] = 0;
    inbox_reset(app);
    author_story_started(app);
  }
  return ok;
}

void app_play_run(App *app) {
  if (!app->play.rt) return;
  play_run(&app->play, app->now);
  chat_follows(app);
}

bool app_play_choose(App *app, int i) {
  char *why = NULL;
  if (!play_choose(&app->play, i, app->now, &why)) return false;
  app->inbox.view = -1; /* the reply is sent where the story is: the view follows it again */
  app->inbox.open = false;
  app->inbox.folder = false;
  if (why) app_not_saved(app, S_PLACE_NOT_SAVED, why); /* the game goes on; the player is told */
  free(why);
  chat_follows(app);
  play_due(app, NULL);
  return true;
}

void app_respeak(App *app) {
  if (play_respeak(&app->play, who(app), app->now)) {
    inbox_reset(app);
    chat_follows(app);
  }
}

/* The focused button as an id, or fallback when nothing has the focus. */
static ZoneId focused_id(const App *app, Action fallback, int arg) {
  if (app->in.focus >= 0 && app->in.focus < app->in.nzones) {
    const Zone *z = &app->in.zones[app->in.focus];
    return (ZoneId){z->action, z->arg, z->arg2, true};
  }
  return (ZoneId){fallback, arg, 0, true};
}

void app_go(App *app, Screen s) {
  if (s == SCR_CHAT && !app->play.rt) {
    app_enter_chat(app);
    return;
  }
  if (s == SCR_DEBRIEF && !app->play.rt) return;
  if (s == SCR_SETTINGS && app->nav.screen != SCR_SETTINGS) {
    app->nav.back_to = app->nav.screen;
    app->nav.page_opener = focused_id(app, ACT_SETTINGS, 0);
  }
  if (s != SCR_SETTINGS) {
    app->nav.forget_step = 0; /* "Forget me" asks again next time */
    free(app->nav.forget_report);
    app->nav.forget_report = NULL;
  }
  if (s == SCR_MENU) menu_load(app);
  app->nav.screen = s;
  if (s != SCR_CHAT) app->nav.scroll[s] = 0;
  app->in.focus = -1;
  app->in.editing = false;
  app->gfx.dirty = true;
}

/* The story from the command line, or the last one played. */
void app_enter_chat(App *app) {
  if (!app->play.rt) {
    if (app->lib.story_index < 0 || app->lib.story_index >= app->lib.nstories) return;
    StoryEntry *e = &app->lib.stories[app->lib.story_index];
    bool author = app->opt.watch || app->opt.scene || app->opt.sets; /* the author's loop keeps its own start */
    if (save_exists(e->story) && !author) {
      /* a saved place: the player (or the teacher) says what to do */
      app_go(app, SCR_MENU);
      lesson_ask(app, ASK_RESUME, app->lib.story_index);
      return;
    }
    /* a story named at launch: the before questions, as from the menu */
    if (!author && app->opt.ask_at_launch && ask_before(app, ACT_STORY, app->lib.story_index)) {
      app->opt.ask_at_launch = false; /* once: the next start is the player's own */
      return;
    }
    if (!start_story(app, e->story, false)) return;
  }
  app->nav.screen = SCR_CHAT;
  app->in.focus = -1;
  app->gfx.dirty = true;
}

void app_open_story(App *app, int index, bool resume) {
  if (index < 0 || index >= app->lib.nstories) return;
  StoryEntry *e = &app->lib.stories[index];
  if (!resume) save_remove(e->story);
  app->lib.story_index = index;
  if (start_story(app, e->story, resume)) {
    app->nav.screen = SCR_CHAT;
    app->nav.scroll[SCR_CHAT] = 0;
    app->in.focus = -1;
    app->gfx.dirty = true;
    play_due(app, NULL);
  }
}

/* F12, or Esc twice: gone at once, no question asked. Settings and the
 * story are already saved after every change, so nothing is lost. */
void app_quick_exit(App *app) {
  reader_stop(app); /* silence first */
  presenter_hide(app->lesson.presenter);
  app->nav.quit = true;
  app->nav.exit_code = 0;
  if (app->gfx.win) {
    /* Hidden at once; the X server or compositor drops the rest when the
     * process goes. No teardown to wait for, not even the sanitizers'
     * exit hooks (which _exit runs): exit_group ends the process now. */
    SDL_SetWindowTitle(app->gfx.win, ""); /* a taskbar or window list keeps nothing */
    SDL_HideWindow(app->gfx.win);
    fflush(NULL);
#ifdef __linux__
    syscall(SYS_exit_group, 0);
#endif
    _exit(0);
  }
}

void app_act(App *app, Action a, int arg, int arg2) {
  app->gfx.dirty = true;
  switch (a) {
  case ACT_NONE: break;
  case ACT_CHOICE:
    if (app_play_choose(app, arg)) app->in.focus = -1;
    break;
  case ACT_SKIP: play_skip(&app->play, app->now); break;
  case ACT_CALL: call_press(app, arg); break;
  case ACT_DEBRIEF:
    if (app->play.story) play_keep_ended(&app->play);
    app_go(app, SCR_DEBRIEF);
    break;
  case ACT_HELP:
    if (!app->nav.help_open) app->nav.help_opener = focused_id(app, ACT_HELP, 0);
    else app->in.want = app->nav.help_opener;
    app->nav.help_open = !app->nav.help_open;
    app->nav.help_scroll = 0;
    app->in.focus = -1;
    break;
  case ACT_HELP_CLOSE:
    app->nav.help_open = false;
    app->in.focus = -1;
    app->in.want = app->nav.help_opener;
    break;
  case ACT_MENU:
    /* leaving the debrief: the after questions first, when the before ones were asked */
    if (app->nav.screen == SCR_DEBRIEF && ask_after(app, ACT_MENU, 0)) break;
    play_stop(&app->play);
    app_go(app, SCR_MENU);
    break;
  case ACT_SETTINGS: app_go(app, SCR_SETTINGS); break;
  case ACT_BACK:
    if (app->nav.screen == SCR_MAP) map_close(app);
    app_go(app, app->nav.back_to == SCR_SETTINGS || app->nav.back_to == SCR_MAP ? SCR_MENU : app->nav.back_to);
    app->in.want = app->nav.page_opener;
    break;
  case ACT_MAP:
    app->nav.page_opener = focused_id(app, ACT_MAP, arg);
    map_open(app, arg);
    break;
  case ACT_MAP_SCENE: map_play_from(app, arg); break;
  case ACT_STORY:
    /* arg2 1: the before questions were asked (after "Start over" was
     * confirmed, when a save is there): the story starts */
    if (arg2) app_open_story(app, arg, false);
    /* Start over loses a saved place: asked first (then lesson.c asks the
     * before questions, as here) */
    else if (arg >= 0 && arg < app->lib.nstories && save_exists(app->lib.stories[arg].story)) lesson_ask(app, ASK_START_OVER, arg);
    /* a new story: the before questions first */
    else if (!ask_before(app, ACT_STORY, arg)) app_open_story(app, arg, false);
    break;
  case ACT_QUESTION: ask_act(app, arg, arg2); break;
  case ACT_SUMMARY: summary_key(app); break;
  case ACT_RESUME: app_open_story(app, arg, true); break;
  case ACT_UNDO:
    /* arg2 1: the list of every earlier decision (the debrief's button) */
    if (arg2 == 1 && lesson_open_back(app)) break;
    if (play_undo(&app->play)) {
      inbox_reset(app);
      chat_follows(app);
      app_go(app, SCR_CHAT);
    }
    break;
  case ACT_PLAY_AGAIN:
    if (app->nav.screen == SCR_DEBRIEF && ask_after(app, ACT_PLAY_AGAIN, 0)) break;
    /* In class, playing again is a new session (the guide plays a story
     * twice): the teacher counts the hands before it as before the first,
     * so the summary and --results pair each run's before and after. At
     * home the player has just answered the after questions: the same
     * questions again at once would only nag, so the story simply starts. */
    if (app->classroom && app->lib.story_index >= 0 && app->lib.story_index < app->lib.nstories &&
        app->play.story == app->lib.stories[app->lib.story_index].story &&
        ask_before(app, ACT_STORY, app->lib.story_index))
      break;
    if (app->play.story) {
      Story *s = app->play.story;
      save_remove(s);
      start_story(app, s, false);
      app_go(app, SCR_CHAT);
      play_due(app, NULL);
    }
    break;
  case ACT_SETTING: setting_change(app, (SettingId)arg, arg2); break;
  case ACT_SETUP_DONE:
    app->set.set_up = true;
    app_save_settings(app);
    if (app->lib.story_index >= 0) app_enter_chat(app);
    else app_go(app, SCR_MENU);
    break;
  case ACT_NAME_FIELD: setting_change(app, SET_NAME, 0); break;
  case ACT_QUIT: app->nav.quit = true; break;
  case ACT_LATEST: app->nav.scroll[SCR_CHAT] = 0; break;
  case ACT_THREAD: inbox_open(app, arg); break;
  case ACT_INBOX:
    /* the header's button opens and closes the list; the folder's row opens the folder, its back row leaves it */
    if (arg == 1) app->inbox.folder = true;
    else if (arg == 2) app->inbox.folder = false;
    else { app->inbox.open = !app->inbox.open; app->inbox.folder = false; }
    app->inbox.scroll = 0; /* another list: from its top (the open row then comes into view) */
    app->inbox.kept_view = -2;
    app->gfx.dirty = true;
    break;
  case ACT_FORGET:
    if (arg == 1) app_forget(app);
    else app->nav.forget_step = arg == 0 ? 1 : 0;
    break;
  case ACT_VOTE: case ACT_VOTE_OPEN: case ACT_VOTE_TAKE: case ACT_PANEL_CLOSE: case ACT_BACK_TO: case ACT_BACK_SHOW:
  case ACT_ASK:
    lesson_act(app, a, arg, arg2);
    break;
  }
}

/* ---- input ---- */

static void scroll_by(App *app, float up) {
  if (app->nav.help_open) app->nav.help_scroll -= up;
  else if (app->nav.screen == SCR_CHAT) app->nav.scroll[SCR_CHAT] += up;
  else app->nav.scroll[app->nav.screen] -= up;
  app->gfx.dirty = true;
}

static void scroll_end(App *app, bool top) {
  float *s = app->nav.help_open ? &app->nav.help_scroll : &app->nav.scroll[app->nav.screen];
  float max = app->nav.help_open ? app->nav.help_scroll_max : app->nav.scroll_max[app->nav.screen];
  bool from_bottom = !app->nav.help_open && app->nav.screen == SCR_CHAT;
  *s = (top != from_bottom) ? 0 : max;
  app->gfx.dirty = true;
}

static void scroll_strip(App *app, float up);

/* PageUp, PageDown, Home and End scroll what has the keyboard's focus: the
 * list of conversations when one of its rows has it, the reply strip when
 * one of its replies has it (and it scrolls), else the page. A page is
 * most of what the focused part shows. */
static void page_key(App *app, SDL_Keycode c) {
  int scroller = SCROLLER_PAGE;
  if (!app->nav.help_open && app->in.focus_visible && app->in.focus >= 0 && app->in.focus < app->in.nzones &&
      app->in.zones[app->in.focus].scrolls)
    scroller = app->in.zones[app->in.focus].scroller;
  void (*by)(App *, float) = NULL;
  float page = 0, all = 0;
  if (scroller == SCROLLER_LIST && app->inbox.area.h > 0) {
    by = inbox_scroll;
    page = app->inbox.area.h * 0.8f;
    all = app->inbox.scroll_max + 1;
  } else if (scroller == SCROLLER_STRIP && app->nav.strip_scroll_max > 0) {
    by = scroll_strip;
    page = app->gfx.marks.strip.h * 0.8f;
    all = app->nav.strip_scroll_max + 1;
  }
  if (!by) {
    if (c == SDLK_PAGEUP || c == SDLK_PAGEDOWN) scroll_by(app, (c == SDLK_PAGEUP ? 1 : -1) * app->gfx.h * 0.7f);
    else scroll_end(app, c == SDLK_HOME);
    return;
  }
  /* these scroll from their top: up is back toward it */
  by(app, c == SDLK_PAGEUP ? page : c == SDLK_PAGEDOWN ? -page : c == SDLK_HOME ? all : -all);
}

/* The reply strip scrolls on its own (when the replies are taller than it). */
static void scroll_strip(App *app, float up) {
  app->nav.strip_scroll -= up;
  if (app->nav.strip_scroll > app->nav.strip_scroll_max) app->nav.strip_scroll = app->nav.strip_scroll_max;
  if (app->nav.strip_scroll < 0) app->nav.strip_scroll = 0;
  app->gfx.dirty = true;
}

/* The list of conversations scrolls on its own (inbox.c). */
static bool on_list(const App *app, int x, int y) {
  return !app->nav.help_open && app->nav.screen == SCR_CHAT && rect_has(app->inbox.area, x, y);
}

static bool on_strip(const App *app, int x, int y) {
  return !app->nav.help_open && app->nav.screen == SCR_CHAT && app->nav.strip_scroll_max > 0 &&
         rect_has(app->gfx.marks.strip, x, y);
}

static bool focusable(const Zone *z) { return z->action != ACT_SKIP; }

/* A button reached by the keyboard but scrolled away comes into view. */
static void reveal_focus(App *app) {
  if (app->in.focus < 0 || app->in.focus >= app->in.nzones) return;
  const Zone *z = &app->in.zones[app->in.focus];
  if (!z->scrolls) return;
  int m = dp(app, 12);
  void (*by)(App *, float) = z->scroller == SCROLLER_STRIP ? scroll_strip : z->scroller == SCROLLER_LIST ? inbox_scroll : scroll_by;
  if (z->full.h + 2 * m > z->view.h) m = 0;
  /* taller than the view: its first line comes first */
  if (z->full.y < z->view.y || z->full.h > z->view.h) by(app, (float)(z->view.y - z->full.y + m));
  else if (z->full.y + z->full.h > z->view.y + z->view.h)
    by(app, -(float)(z->full.y + z->full.h - (z->view.y + z->view.h) + m));
}

/* The name field takes typing as soon as it has the focus; leaving it
 * keeps what was typed. */
static void end_editing(App *app) {
  if (!app->in.editing) return;
  app->in.editing = false;
  SDL_StopTextInput();
  app_save_settings(app);
  app_respeak(app);
}

static void focus_landed(App *app) {
  reveal_focus(app);
  const Zone *z = &app->in.zones[app->in.focus];
  bool name = z->action == ACT_SETTING && z->arg == SET_NAME;
  if (name && !app->in.editing) {
    app->in.editing = true;
    SDL_StartTextInput();
  } else if (!name) {
    end_editing(app);
  }
}

static void focus_move(App *app, int dir) {
  app->gfx.dirty = true;
  if (!app->in.focus_visible || app->in.focus < 0 || app->in.focus >= app->in.nzones) {
    app->in.focus_visible = true;
    /* start on the first reply when there are replies, else on a call's
     * button (a call that rings with Answer and Decline only) */
    for (int i = 0; i < app->in.nzones; i++)
      if (app->in.zones[i].action == ACT_CHOICE) { app->in.focus = i; focus_landed(app); return; }
    for (int i = 0; i < app->in.nzones; i++)
      if (app->in.zones[i].action == ACT_CALL) { app->in.focus = i; focus_landed(app); return; }
    for (int i = 0; i < app->in.nzones; i++)
      if (focusable(&app->in.zones[i])) { app->in.focus = i; focus_landed(app); return; }
    app->in.focus = -1;
    return;
  }
  for (int k = 1; k <= app->in.nzones; k++) {
    int i = ((app->in.focus + dir * k) % app->in.nzones + app->in.nzones) % app->in.nzones;
    if (focusable(&app->in.zones[i])) { app->in.focus = i; focus_landed(app); return; }
  }
}

/* The gap between [a0, a1) and [b0, b1); 0 when they overlap. */
static int apart(int a0, int a1, int b0, int b1) { return b0 >= a1 ? b0 - a1 : a0 >= b1 ? a0 - b1 : 0; }

/* Arrow keys and the d-pad move on screen: to the nearest button whose
 * centre lies that way, the one most in line first (Right goes right, Down
 * goes down, in a grid of replies too). Nothing that way: the focus stays.
 * Buttons scrolled out of view count where they are, and come into view. */
static void focus_dir(App *app, int dx, int dy) {
  app->gfx.dirty = true;
  if (!app->in.focus_visible || app->in.focus < 0 || app->in.focus >= app->in.nzones) {
    focus_move(app, 1); /* the first press shows where the focus is */
    return;
  }
  SDL_Rect a = app->in.zones[app->in.focus].full;
  int best = -1;
  long best_score = 0;
  for (int i = 0; i < app->in.nzones; i++) {
    const Zone *z = &app->in.zones[i];
    if (i == app->in.focus || !focusable(z) || z->full.w <= 0) continue;
    SDL_Rect b = z->full;
    long along, across;
    if (dx) {
      int d = dx > 0 ? (b.x + b.w / 2) - (a.x + a.w / 2) : (a.x + a.w / 2) - (b.x + b.w / 2);
      if (d <= 0 || apart(a.x, a.x + a.w, b.x, b.x + b.w) == 0) continue;
      along = apart(a.x, a.x + a.w, b.x, b.x + b.w);
      across = apart(a.y, a.y + a.h, b.y, b.y + b.h);
    } else {
      int d = dy > 0 ? (b.y + b.h / 2) - (a.y + a.h / 2) : (a.y + a.h / 2) - (b.y + b.h / 2);
      if (d <= 0 || apart(a.y, a.y + a.h, b.y, b.y + b.h) == 0) continue;
      along = apart(a.y, a.y + a.h, b.y, b.y + b.h);
      across = apart(a.x, a.x + a.w, b.x, b.x + b.w);
    }
    long score = along + 3 * across;
    if (best < 0 || score < best_score) { best = i; best_score = score; }
  }
  if (best >= 0) {
    app->in.focus = best;
    focus_landed(app);
  }
}

/* A setting about to change through z: after the change z stays where it
 * was on screen (the page scrolls to make up for rows that grew or shrank),
 * so the pointer is still on it for the next press. */
static void anchor(App *app, const Zone *z) {
  if (z->action != ACT_SETTING) return;
  app->in.anchor = (ZoneId){z->action, z->arg, z->arg2, true};
  app->in.anchor_y = z->full.y;
}

static void activate_focus(App *app) {
  if (app->in.focus_visible && app->in.focus >= 0 && app->in.focus < app->in.nzones) {
    Zone z = app->in.zones[app->in.focus];
    anchor(app, &z);
    app_act(app, z.action, z.arg, z.arg2);
  } else if (app->nav.screen == SCR_CHAT && play_ended(&app->play)) {
    app_act(app, ACT_DEBRIEF, 0, 0); /* Enter goes on to the debrief */
  } else if (app->nav.screen == SCR_CHAT) {
    if (play_skip(&app->play, app->now)) app->gfx.dirty = true;
  }
}

/* Esc once: closes what is open. True when something was closed. */
static bool back_once(App *app) {
  bool closed = true;
  if (app->in.editing) { app->in.editing = false; SDL_StopTextInput(); }
  else if (app->nav.help_open) app_act(app, ACT_HELP_CLOSE, 0, 0);
  else if (lesson_close(app)) {}
  else if (app->nav.screen == SCR_SETTINGS) app_act(app, ACT_BACK, 0, 0);
  else closed = false;
  app->gfx.dirty = true;
  return closed;
}

static void click(App *app, int x, int y) {
  if (app->in.editing) {
    app->in.editing = false;
    SDL_StopTextInput();
    app_save_settings(app);
    app_respeak(app);
  }
  for (int i = app->in.nzones - 1; i >= 0; i--) {
    if (rect_has(app->in.zones[i].r, x, y)) {
      Zone z = app->in.zones[i];
      app->in.focus = i;
      anchor(app, &z);
      app_act(app, z.action, z.arg, z.arg2);
      return;
    }
  }
}

static void key(App *app, const SDL_KeyboardEvent *k) {
  SDL_Keycode c = k->keysym.sym;
  if (c == SDLK_F12) { app_quick_exit(app); return; }
  if (c == SDLK_ESCAPE) {
    if (app->in.last_esc && app->now - app->in.last_esc < 700) { app_quick_exit(app); return; }
    /* An Esc that closes a panel is not the first of a quick exit: the
     * next Esc closes the next thing, or starts the count (F12 is instant).
     * On the questions, Esc skips them. */
    bool closed = true;
    if (ask_showing(app)) ask_act(app, 7, 0);
    else closed = back_once(app);
    app->in.last_esc = closed ? 0 : app->now ? app->now : 1;
    return;
  }
  if (ask_key(app, c, (k->keysym.mod & KMOD_SHIFT) != 0)) return;
  /* Ctrl+P or F9 at the debrief: the printable summary */
  if ((c == SDLK_F9 || (c == SDLK_p && (k->keysym.mod & KMOD_CTRL))) && app->nav.screen == SCR_DEBRIEF &&
      !ask_showing(app)) {
    summary_key(app);
    return;
  }
  if (app->in.editing) {
    size_t n = strlen(app->set.name);
    if (c == SDLK_BACKSPACE && n > 0) {
      app->set.name[utf8_cut(app->set.name, n - 1)] = 0; /* one whole character less */
      app->gfx.dirty = true;
    } else if (c == SDLK_RETURN || c == SDLK_KP_ENTER) {
      end_editing(app);
      app->gfx.dirty = true;
    } else if (c == SDLK_TAB || c == SDLK_UP || c == SDLK_DOWN) {
      end_editing(app); /* and on to the next control */
      if (c == SDLK_TAB) focus_move(app, (k->keysym.mod & KMOD_SHIFT) ? -1 : 1);
      else focus_dir(app, 0, c == SDLK_UP ? -1 : 1);
    }
    return;
  }
  if (!app->nav.help_open && lesson_key(app, c)) return;
  switch (c) {
  case SDLK_F1: app_act(app, ACT_HELP, 0, 0); return;
  case SDLK_F2: if (!app->nav.help_open) app_go(app, SCR_SETTINGS); return;
  case SDLK_F3: /* read aloud on or off, from any screen */
    reader_set(app, !app->reader);
    app_save_settings(app);
    app->gfx.dirty = true;
    return;
  case SDLK_F4: reader_repeat(app); return;
  case SDLK_F6: /* the story map of what is playing (or was last) */
    if (!app->nav.help_open && app->lib.story_index >= 0) {
      app->nav.page_opener = focused_id(app, ACT_MAP, app->lib.story_index);
      map_open(app, app->lib.story_index);
    }
    return;
  case SDLK_TAB: focus_move(app, (k->keysym.mod & KMOD_SHIFT) ? -1 : 1); return;
  case SDLK_UP: focus_dir(app, 0, -1); return;
  case SDLK_DOWN: focus_dir(app, 0, 1); return;
  case SDLK_LEFT: focus_dir(app, -1, 0); return;
  case SDLK_RIGHT: focus_dir(app, 1, 0); return;
  case SDLK_RETURN: case SDLK_KP_ENTER: case SDLK_SPACE: activate_focus(app); return;
  case SDLK_PAGEUP: case SDLK_PAGEDOWN: case SDLK_HOME: case SDLK_END: page_key(app, c); return;
  default: break;
  }
  int digit = -1;
  /* SDLK_1..9 and SDLK_KP_1..9 follow each other */
  if (c >= SDLK_1 && c < SDLK_1 + STORY_CHOICES_MAX) digit = c - SDLK_1;
  if (c >= SDLK_KP_1 && c < SDLK_KP_1 + STORY_CHOICES_MAX) digit = c - SDLK_KP_1;
  if (app->nav.screen == SCR_CHAT && !app->nav.help_open) {
    if (digit >= 0 && play_waiting_choice(&app->play)) app_act(app, ACT_CHOICE, strip_reply(app, digit), 0);
    else if (play_skip(&app->play, app->now)) app->gfx.dirty = true; /* any other key skips the typing */
  }
}

static void pad_button(App *app, Uint8 b) {
  if (lesson_pad(app, b)) return; /* the class vote and the list of decisions */
  switch (b) {
  case SDL_CONTROLLER_BUTTON_DPAD_UP: focus_dir(app, 0, -1); break;
  case SDL_CONTROLLER_BUTTON_DPAD_DOWN: focus_dir(app, 0, 1); break;
  case SDL_CONTROLLER_BUTTON_DPAD_LEFT: focus_dir(app, -1, 0); break;
  case SDL_CONTROLLER_BUTTON_DPAD_RIGHT: focus_dir(app, 1, 0); break;
  case SDL_CONTROLLER_BUTTON_A: activate_focus(app); break;
  case SDL_CONTROLLER_BUTTON_B: (void)back_once(app); break;
  case SDL_CONTROLLER_BUTTON_Y: app_act(app, ACT_HELP, 0, 0); break;
  case SDL_CONTROLLER_BUTTON_LEFTSHOULDER: scroll_by(app, app->gfx.h * 0.7f); break;
  case SDL_CONTROLLER_BUTTON_RIGHTSHOULDER: scroll_by(app, -app->gfx.h * 0.7f); break;
  default: break;
  }
}

/* Mouse events come in window points; the drawing is in output pixels. */
static void to_pixels(App *app, int *x, int *y) {
  if (!app->gfx.win) return;
  int ww, wh;
  SDL_GetWindowSize(app->gfx.win, &ww, &wh);
  if (ww > 0 && wh > 0) {
    *x = *x * app->gfx.w / ww;
    *y = *y * app->gfx.h / wh;
  }
}

void app_handle(App *app, const SDL_Event *e) {
  if (author_event(app, e)) return;
  switch (e->type) {
  case SDL_QUIT: app->nav.quit = true; break;
  case SDL_WINDOWEVENT:
    if (e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED || e->window.event == SDL_WINDOWEVENT_RESIZED) {
      int w, h, ww, wh;
      SDL_GetRendererOutputSize(app->gfx.ren, &w, &h);
      SDL_GetWindowSize(app->gfx.win, &ww, &wh);
      app_set_size(app, w, h, ww > 0 ? (double)w / ww : 1);
    }
    app->gfx.dirty = true;
    break;
  case SDL_KEYDOWN: key(app, &e->key); break;
  case SDL_TEXTINPUT:
    if (app->in.editing) {
      /* whole, valid characters only, each while it fits: an input method
       * or a paste cut in the middle of a letter never leaves half of it
       * (drawn as a replacement box, saved in the settings) */
      size_t n = strlen(app->set.name);
      for (const char *p = e->text.text; *p;) {
        unsigned cp;
        int k = utf8_decode(p, &cp);
        if (k == 0) { p++; continue; }
        if (cp >= 0x20 && cp != 0x7f && n + (size_t)k < sizeof app->set.name) {
          memcpy(app->set.name + n, p, (size_t)k);
          n += (size_t)k;
          app->set.name[n] = 0;
        }
        p += k;
      }
      app->gfx.dirty = true;
    }
    break;
  case SDL_MOUSEBUTTONDOWN:
    if (e->button.button == SDL_BUTTON_LEFT) {
      int x = e->button.x, y = e->button.y;
      to_pixels(app, &x, &y);
      app->in.mouse_x = x;
      app->in.mouse_y = y;
      app->in.dragging = true;
      app->in.drag_moved = false;
      app->in.drag_strip = on_strip(app, x, y);
      app->in.drag_list = on_list(app, x, y);
      app->in.drag_y = y;
    }
    break;
  case SDL_MOUSEMOTION: {
    int x = e->motion.x, y = e->motion.y;
    to_pixels(app, &x, &y);
    app->in.mouse_x = x;
    app->in.mouse_y = y;
    if (app->in.dragging) {
      int d = y - app->in.drag_y;
      if (app->in.drag_moved || abs(d) > dp(app, 8)) {
        app->in.drag_moved = true;
        /* the content follows the finger */
        if (app->in.drag_strip) scroll_strip(app, (float)d);
        else if (app->in.drag_list) inbox_scroll(app, (float)d);
        else scroll_by(app, (float)d);
        app->in.drag_y = y;
      }
    }
    break;
  }
  case SDL_MOUSEBUTTONUP:
    if (e->button.button == SDL_BUTTON_LEFT) {
      int x = e->button.x, y = e->button.y;
      to_pixels(app, &x, &y);
      bool was_drag = app->in.drag_moved;
      app->in.dragging = app->in.drag_moved = false;
      if (!was_drag) click(app, x, y);
    }
    break;
  case SDL_MOUSEWHEEL:
    if (on_strip(app, app->in.mouse_x, app->in.mouse_y)) scroll_strip(app, (float)(e->wheel.y * dp(app, 60)));
    else if (on_list(app, app->in.mouse_x, app->in.mouse_y)) inbox_scroll(app, (float)(e->wheel.y * dp(app, 60)));
    else scroll_by(app, (float)(e->wheel.y * dp(app, 60)));
    break;
  case SDL_CONTROLLERDEVICEADDED:
    for (int i = 0; i < 4; i++)
      if (!app->in.pads[i]) { app->in.pads[i] = SDL_GameControllerOpen(e->cdevice.which); break; }
    break;
  case SDL_CONTROLLERBUTTONDOWN: pad_button(app, e->cbutton.button); break;
  default: break;
  }
}

/* ---- time ---- */

static Uint64 sooner(Uint64 a, Uint64 b) { return !a ? b : !b ? a : a < b ? a : b; }

Uint64 app_tick(App *app, Uint64 now) {
  Uint64 elapsed = now > app->last_tick ? now - app->last_tick : 0;
  app->now = now;
  app->last_tick = now;
  Play *p = &app->play;
  Uint64 next = 0;
  if (p->rt) {
    if (app->nav.help_open || app->nav.screen != SCR_CHAT) {
      /* paused: the player reads help or settings, the story waits */
      if (p->reveal_at) p->reveal_at += elapsed, p->reveal_from += elapsed;
      if (p->call_since) p->call_since += elapsed;
    } else {
      bool anim = !app->set.reduced_motion;
      p->compose = anim; /* reduced motion: the reply is sent, not typed out */
      play_due(app, &next);
      if (p->typing && anim) next = sooner(next, now + 350 - now % 350);
      if (p->composing) { /* the composer fills letter by letter */
        next = sooner(next, now + 40);
        app->gfx.dirty = true;
      }
      int cb;
      bool rec;
      int call = play_call_state(&app->play, &cb, &rec);
      if (call == 1 && anim) next = sooner(next, now + 100);
      if (call == 2) next = sooner(next, now + 1000 - (now - p->call_since) % 1000);
      if ((p->typing && anim) || call) app->gfx.dirty = true;
    }
  }
  if (app->nav.status) {
    if (now >= app->nav.status_until) {
      free(app->nav.status);
      app->nav.status = NULL;
      app->gfx.dirty = true;
    } else {
      next = sooner(next, app->nav.status_until);
    }
  }
  return next;
}

/* ---- drawing ---- */

/* The status line ("Reading aloud: on", a file that could not be saved)
 * is a band of its own at the bottom of the window, and the screen is laid
 * out in the room above it while it shows: however many lines it wraps to
 * (a small window, 200 % text, three sentences), it covers no reply, no
 * button and no message. At most half the window; in a call, the room
 * the call leaves (the caller's name, the newest caption, the buttons with
 * their words and a reply come first), a longer status shortened after a
 * whole word ("…"; stderr has the whole of a file's trouble). The room
 * for it, in pixels of text. */
static int status_room(App *app) {
  int most = app->gfx.h / 2;
  if (app->nav.screen == SCR_CHAT && !app->nav.help_open && app->play.rt &&
      play_call_state(&app->play, &(int){0}, &(bool){0}) == 2) {
    Theme was = app->gfx.th; /* the call is measured in its app's skin, as draw_chat draws it */
    theme_get(&app->gfx.th, app->lib.skin, app->set.high_contrast);
    int top = call_top_height(app), need = call_need(app, app->gfx.w);
    int spare = app->gfx.h - top - need - strip_height_keeping(app, app->gfx.w, top, need);
    app->gfx.th = was;
    if (spare < most) most = spare;
  }
  return most - dp(app, 16);
}

static TextBox *status_text(App *app, SDL_Color fg) {
  int room = status_room(app);
  static const int small[] = {FONT_SMALL};
  return text_fit(app, small, 1, app->nav.status, app->gfx.w - dp(app, 40), room > 1 ? room : 1, fg);
}

/* Its height, 0 when there is none, or when a call leaves no room for a
 * line: then it waits for the call to end (and still shows its time). */
static int status_band(App *app) {
  if (!app->nav.status) return 0;
  if (status_room(app) < app->gfx.fonts.line[FONT_SMALL]) {
    if (app->nav.status_until < app->now + 3500) app->nav.status_until = app->now + 3500;
    return 0;
  }
  Theme th;
  theme_get(&th, SKIN_GAME, app->set.high_contrast);
  return status_text(app, th.bg)->h + dp(app, 16);
}

/* band: status_band's, the window's bottom band. */
static void draw_status(App *app, int band) {
  if (!app->nav.status || band <= 0) return;
  Theme game;
  theme_get(&game, SKIN_GAME, app->set.high_contrast);
  SDL_Color bg = game.text, fg = game.bg;
  TextBox *b = status_text(app, fg);
  theme_get(&app->gfx.th, SKIN_GAME, app->set.high_contrast);
  SDL_Rect r = {0, app->gfx.h - band, app->gfx.w, band};
  fill_rect(app, r, bg);
  clip_push(app, r);
  draw_box(app, b, (app->gfx.w - b->w) / 2, r.y + dp(app, 8), r, bg, bg);
  clip_pop(app);
  app->gfx.marks.status = r;
}

static int find_zone(const App *app, ZoneId id) {
  for (int i = 0; i < app->in.nzones; i++) {
    const Zone *z = &app->in.zones[i];
    if (z->action == id.action && z->arg == id.arg && z->arg2 == id.arg2) return i;
  }
  return -1;
}

/* The button that opened a panel gets the focus back when it closes. */
static void settle_want(App *app) {
  if (!app->in.want.set) return;
  int i = find_zone(app, app->in.want);
  app->in.want.set = false;
  if (i < 0) return;
  app->in.focus = i;
  if (app->in.focus_visible) reveal_focus(app);
}

/* A setting changed by a button: the page scrolls by what the rows above
 * it grew or shrank, so the button is where it was. True: draw again. */
static bool settle_anchor(App *app) {
  if (!app->in.anchor.set) return false;
  ZoneId id = app->in.anchor;
  app->in.anchor.set = false;
  Screen s = app->nav.screen;
  int i = find_zone(app, id);
  if (i < 0 || app->nav.help_open || (s != SCR_SETTINGS && s != SCR_SETUP)) return false;
  app->in.focus = i;
  int moved = app->in.zones[i].full.y - app->in.anchor_y;
  float before = app->nav.scroll[s];
  float want = before + (float)moved;
  if (want > app->nav.scroll_max[s]) want = app->nav.scroll_max[s];
  if (want < 0) want = 0;
  app->nav.scroll[s] = want;
  return want != before;
}

/* The focused button before this frame drew the new ones: when the control
 * now at its place is another one, the focus follows the button; a call's
 * button gone with its call hands the focus to the first reply (or none). */
static void settle_focus(App *app, ZoneId was) {
  if (!was.set || app->in.focus < 0) return;
  if (app->in.focus < app->in.nzones && find_zone(app, was) == app->in.focus) return;
  int i = find_zone(app, was);
  if (i >= 0) app->in.focus = i;
  else if (was.action == ACT_CALL) app->in.focus = find_zone(app, (ZoneId){ACT_CHOICE, strip_reply(app, 0), 0, true});
}

void app_draw(App *app) {
  ensure_fonts(app);
  /* while a status line shows, every screen is laid out above its band */
  int full_h = app->gfx.h, band = status_band(app);
  app->gfx.h = full_h - band;
  ZoneId was = {0};
  if (app->in.focus >= 0 && app->in.focus < app->in.nzones) {
    const Zone *z = &app->in.zones[app->in.focus];
    was = (ZoneId){z->action, z->arg, z->arg2, true};
  }
  app->gfx.frame++;
  app->in.nzones = 0;
  app->gfx.nrecs = 0;
  app->gfx.marks = (Marks){0};
  app->inbox.area = (SDL_Rect){0, 0, 0, 0}; /* drawn again, or there is no list */
  app->gfx.scroller = SCROLLER_PAGE;
  SDL_RenderSetClipRect(app->gfx.ren, NULL);
  app->gfx.clipping = false;
  /* The questions cover the whole window (draw_ask fills it first): the
   * screen under them is not drawn, so its texts get no textures (a
   * quarter of the window's text memory at launch, and its drawing time). */
  bool covered = ask_showing(app);
  if (!covered) switch (app->nav.screen) {
  case SCR_SETUP: draw_setup(app); break;
  case SCR_MENU: draw_menu(app); break;
  case SCR_CHAT:
    if (app->play.rt) draw_chat(app);
    else draw_menu(app);
    break;
  case SCR_DEBRIEF: draw_debrief(app); break;
  case SCR_SETTINGS: draw_settings(app); break;
  case SCR_MAP:
    if (app->map) draw_map(app);
    else draw_menu(app);
    break;
  case SCR_COUNT: break;
  }
  if (!covered) draw_lesson(app);
  if (covered) {
    /* the questions cover the screen: only they can be pressed */
    app->in.nzones = 0;
    app->gfx.nrecs = 0;
    draw_ask(app);
  }
  if (app->nav.help_open) {
    /* modal: only the overlay can be pressed, only its text is checked */
    app->in.nzones = 0;
    app->gfx.nrecs = 0;
    app->gfx.marks = (Marks){0};
    draw_help(app);
  }
  if (settle_anchor(app)) {
    app->gfx.h = full_h;
    app_draw(app); /* once more, scrolled so the control stays put */
    return;
  }
  settle_focus(app, was);
  settle_want(app);
  author_draw(app);
  app->gfx.h = full_h;
  draw_status(app, band);
  if (app->in.focus >= app->in.nzones) app->in.focus = -1;
  draw_focus_ring(app);
  reader_frame(app); /* zones and labels are this frame's */
  text_cache_trim(app);
  SDL_RenderFlush(app->gfx.ren);
}

/* ---- setup ---- */

static int add_story(App *app, const char *path, Story *loaded) {
  Story *s = loaded;
  if (!s) {
    Diag d;
    diag_init(&d);
    s = story_load(path, app->lib.catalog, &d);
    if (!s) {
      diag_print(&d, stderr);
      diag_free(&d);
      return -1;
    }
    diag_free(&d);
    story_settle(s);
  }
  app->lib.stories = xrealloc(app->lib.stories, (size_t)(app->lib.nstories + 1) * sizeof *app->lib.stories);
  app->lib.stories[app->lib.nstories] = (StoryEntry){s, save_exists(s)};
  return app->lib.nstories++;
}

App *app_new(const UiOptions *o, SDL_Renderer *ren, SDL_Window *win, int w, int h, char **why) {
  App *app = xcalloc(1, sizeof *app);
  app->inbox.view = -1; /* the story's own conversation */
  app->opt = *o;
  app->gfx.ren = ren;
  app->gfx.win = win;
  app->in.focus = -1;
  app->in.mouse_x = app->in.mouse_y = -1;
  app->lib.story_index = -1;
  app->lesson.display = -1;
  settings_defaults(&app->set);
  settings_load_said(&app->set, o->i18n, o->lang);
  app->classroom = o->classroom || app->set.classroom; /* --classroom, or the setting */
  if (o->lang) snprintf(app->set.lang, sizeof app->set.lang, "%s", o->lang);
  if (o->country) snprintf(app->set.country, sizeof app->set.country, "%s", o->country);
  app->opt.loaded = NULL; /* taken below, once */
  if (!fonts_find(&app->gfx.fonts, why)) {
    story_free(o->loaded);
    app_free(app);
    return NULL;
  }
  app_set_size(app, w, h, 1);
  if (!app->gfx.fonts.f[0]) {
    *why = xstrdup("the fonts could not be opened");
    story_free(o->loaded);
    app_free(app);
    return NULL;
  }
  app->lib.assets = paths_assets();
  app->lib.catalog = o->catalog;
  app->lib.countries = help_countries(app->lib.assets, &app->lib.ncountries);
  load_skins(app);
  app_reload_help(app);
  if (o->story) {
    char *p = paths_story(o->story);
    app->lib.story_index = add_story(app, p, o->loaded);
    free(p);
    if (app->lib.story_index < 0) {
      *why = xasprintf("%s: the story could not be loaded", o->story);
      app_free(app);
      return NULL;
    }
  }
  if (!app->set.set_up) app->nav.screen = SCR_SETUP;
  else if (app->lib.story_index >= 0) app_enter_chat(app);
  else app_go(app, SCR_MENU);
  if (!author_begin(app, why)) {
    app_free(app);
    return NULL;
  }
  app_window_identity(app); /* a discreet title and icon from the first frame */
  reader_start(app);
  app->gfx.dirty = true;
  return app;
}

void app_free(App *app) {
  if (!app) return;
  author_end(app);
  presenter_free(app, app->lesson.presenter);
  map_close(app);
  ask_close(app);
  reader_free(app);
  play_stop(&app->play);
  text_cache_clear(app);
  fonts_free(&app->gfx.fonts);
  for (int i = 0; i < app->lib.nstories; i++) story_free(app->lib.stories[i].story);
  free(app->lib.stories);
  for (int i = 0; i < app->lib.ncountries; i++) free(app->lib.countries[i]);
  free(app->lib.countries);
  if (app->lib.help) help_free(app->lib.help);
  for (int i = 0; i < 4; i++) if (app->in.pads[i]) SDL_GameControllerClose(app->in.pads[i]);
  free(app->lib.assets);
  skins_free(app->lib.own_skins);
  free(app->nav.status);
  free(app->nav.forget_report);
  free(app->gfx.pending_shot);
  SDL_free(app->gfx.recs);
  free(app->chat.h);
  free(app->inbox.seen);
  free(app->chat.clk);
  free(app);
}

/* Headless: a new surface and software renderer at the new size. */
bool app_headless_resize(App *app, int w, int h) {
  /* 8K at most (a frame of 256 MB); the new surface first, so a size that
   * cannot be made leaves the app drawing on the old one, never on none */
  if (!app->gfx.surf || w < 1 || h < 1 || w > 8192 || h > 8192) return false;
  SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer *ren = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
  if (!ren) {
    SDL_FreeSurface(surf);
    return false;
  }
  text_cache_clear(app); /* textures belong to the old renderer */
  SDL_DestroyRenderer(app->gfx.ren);
  SDL_FreeSurface(app->gfx.surf);
  app->gfx.surf = surf;
  app->gfx.ren = ren;
  app_set_size(app, w, h, 1);
  return true;
}

bool app_save_frame(App *app, const char *path) {
  SDL_Surface *s = app->gfx.surf;
  bool own = false;
  if (!s) {
    s = SDL_CreateRGBSurfaceWithFormat(0, app->gfx.w, app->gfx.h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!s) return false;
    own = true;
    if (SDL_RenderReadPixels(app->gfx.ren, NULL, SDL_PIXELFORMAT_ARGB8888, s->pixels, s->pitch) != 0) {
      SDL_FreeSurface(s);
      return false;
    }
  }
  bool ok = SDL_SaveBMP(s, path) == 0;
  if (own) SDL_FreeSurface(s);
  return ok;
}
