#define _DEFAULT_SOURCE /* getloadavg */
#define _XOPEN_SOURCE 700
/* The window's structural render tests, on the software renderer: every
 * screen at 1280x720 and 800x600, at 100% and 200% text, in both themes.
 * Each text drawn is recorded (app.h TextRec): it must lie inside its box
 * and the window, and contrast with what it is drawn on at 4.5:1 (7:1 in
 * high contrast). Plus input, timing and settings behaviour, headless. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <ftw.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scan.h"
#include "app.h"
#include "call_view.h"
#include "checks.h"
#include "draw.h"
#include "files.h"
#include "headless.h"
#include "inbox.h"
#include "paths.h"
#include "script.h"
#include "settings_view.h"
#include "util.h"

static char home_root[256];
static I18n *langs;   /* loaded once, as main does */
static Catalog *cat;
static int home_n;
static SkinSet *shared_skins;     /* loaded once, as main does with the words */
static const SkinSet *test_skins; /* what the next app gets (NULL: it reads assets/skins) */

static int rm_one(const char *p, const struct stat *s, int f, struct FTW *w) {
  (void)s; (void)f; (void)w;
  return remove(p);
}

/* A fresh user folder for each app: settings and saves never leak. */
static void fresh_home(void) {
  char dir[300];
  snprintf(dir, sizeof dir, "%s/h%d", home_root, home_n++);
  setenv("BTS_HOME", dir, 1);
}

static App *make_app(const char *story, int w, int h) {
  fresh_home();
  UiOptions o = {.i18n = langs, .catalog = cat, .skins = test_skins};
  char path[512];
  if (story) {
    /* "stories/..." is a shipped story (their translations are tested here
     * at 200%: Italian words are long); anything else a fixture. */
    const char *root = getenv("BTS_ROOT");
    if (story[0] == '/') snprintf(path, sizeof path, "%s", story);
    else if (strncmp(story, "stories/", 8) == 0 && root) snprintf(path, sizeof path, "%s/%s", root, story);
    else snprintf(path, sizeof path, "%s/%s", FX_DIR, story);
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

typedef struct {
  const char *name, *story, *script;
  int choices; /* reply buttons expected, -1 = do not check */
  bool large;  /* only the 200% variants (the language cases: long words) */
} Case;

static const Case CASES[] = {
  {"setup", NULL, "", -1, false},
  {"menu", NULL, "setup Sam m\n", -1, false},
  {"menu-fr", NULL, "lang fr\nsetup Sam f\n", -1, false},
  {"chat-skype", "fx-skype", "setup Sam m\nrun\nscroll 4\n", 3, false},
  {"chat-instagram", "fx-instagram", "setup Sam f\nrun\nscroll 4\n", 3, false},
  {"chat-plain", "fx-plain", "setup Sam x\nrun\nscroll 4\n", 3, false},
  {"chat-snapchat", "fx-snapchat", "setup Sam f\nrun\nscroll 4\n", 3, false},
  {"chat-whatsapp", "fx-whatsapp", "setup Sam m\nrun\nscroll 4\n", 3, false},
  {"chat-snapchat-end", "fx-snapchat", "setup Sam f\nrun\n", 3, false},
  {"chat-whatsapp-end", "fx-whatsapp", "setup Sam m\nrun\n", 3, false},
  {"choices", "fx-instagram", "setup Sam m\nrun\n", 3, false},
  {"typing", "fx-plain", "setup Sam m\nwait 4500\n", -1, false},
  {"ringing", "fx-instagram", "setup Sam m\nchoose 1\nwait 900\n", -1, false},
  {"call", "fx-skype", "setup Sam m\nchoose 1\nrun\nwait 5000\n", 1, false}, /* Hang up is the call's button */
  {"call-instagram", "fx-instagram", "setup Sam m\nchoose 1\nrun\nwait 5000\n", 1, false}, /* Hang up is the call's button */
  {"call-snapchat", "fx-snapchat", "setup Sam m\nchoose 1\nrun\nwait 5000\n", 1, false}, /* Hang up is the call's button */
  {"call-voice", "fx-whatsapp", "setup Sam m\nchoose 1\nrun\nwait 5000\n", 1, false}, /* Hang up is the call's button */
  {"ringing-voice", "fx-whatsapp", "setup Sam m\nchoose 1\nwait 900\n", -1, false},
  {"classroom", "fx-plain", "classroom on\nsetup Sam m\nrun\n", 3, false},
  {"dyslexic", "fx-skype", "dyslexic on\nsetup Sam m\nrun\n", 3, false},
  {"debrief", "fx-plain", "setup Sam m\nend\nscreen debrief\n", -1, false},
  {"debrief-end", "fx-skype", "setup Sam m\nend\nscreen debrief\nkey End\n", -1, false},
  {"menu-resume", "fx-plain", "setup Sam m\nchoose 2\nscreen menu\n", -1, false},
  {"settings", NULL, "setup Sam m\nscreen settings\n", -1, false},
  {"settings-end", NULL, "lang fr\nsetup Sam m\nscreen settings\nkey End\n", -1, false},
  {"help", "fx-skype", "setup Sam m\nrun\nscreen help\n", -1, false},
  {"help-fr", NULL, "lang fr\ncountry FR\nsetup Sam m\nscreen help\nkey End\n", -1, false},
  /* Italian, the longest words of the three languages, at 200% text. */
  {"setup-it", NULL, "lang it\ncountry IT\n", -1, true},
  {"settings-it", NULL, "lang it\nsetup Giulia x\nscreen settings\nkey End\n", -1, true},
  {"help-it", NULL, "lang it\ncountry IT\nsetup Giulia x\nscreen help\nkey End\n", -1, true},
  {"chat-skype-it", "stories/skype", "lang it\ncountry IT\nsetup Giulia x\nrun\nchoose 2\nrun\nchoose 1\nrun\n", -1, true},
  {"call-it", "fx-skype", "lang it\nsetup Giulia m\nchoose 1\nrun\nwait 5000\n", -1, true},
  {"debrief-it", "stories/instagram", "lang it\ncountry IT\nsetup Giulia m\nend\nscreen debrief\nkey End\n", -1, true},
};

typedef struct {
  int w, h, scale;
  bool contrast;
} Variant;

static const Variant VARIANTS[] = {
  {1280, 720, 100, false}, {1280, 720, 200, false}, {800, 600, 100, false},
  {800, 600, 200, false}, {1280, 720, 100, true}, {800, 600, 200, true},
};

static void test_screens(void **state) {
  const Case *c = *state;
  int bad = 0;
  for (size_t v = 0; v < sizeof VARIANTS / sizeof VARIANTS[0]; v++) {
    const Variant *vr = &VARIANTS[v];
    if (c->large && vr->scale < 200) continue;
    App *app = make_app(c->story, vr->w, vr->h);
    char pre[200], what[200];
    snprintf(pre, sizeof pre, "textscale %d\ncontrast %s\n", vr->scale, vr->contrast ? "on" : "off");
    char *script = xasprintf("%s%s", pre, c->script);
    run(app, script);
    free(script);
    snprintf(what, sizeof what, "%s-%dx%d-%d%s", c->name, vr->w, vr->h, vr->scale, vr->contrast ? "-hc" : "");
    bad += check_frame(app, what, home_root);
    if (c->choices >= 0) {
      int n = 0;
      for (int i = 0; i < app->in.nzones; i++) n += app->in.zones[i].action == ACT_CHOICE;
      if (n != c->choices) {
        fprintf(stderr, "%s: %d reply buttons, expected %d\n", what, n, c->choices);
        bad++;
      }
    }
    headless_free(app);
  }
  assert_int_equal(bad, 0);
}

/* ---- behaviour ---- */

static int count_zones(App *app, Action a) {
  int n = 0;
  for (int i = 0; i < app->in.nzones; i++) n += app->in.zones[i].action == a;
  return n;
}

static void test_contrast_math(void **s) {
  (void)s;
  SDL_Color k = {0, 0, 0, 255}, w = {255, 255, 255, 255};
  assert_true(contrast_ratio(k, w) > 20.9 && contrast_ratio(k, w) < 21.1);
  assert_true(contrast_ratio(w, w) < 1.01);
  SDL_Color mid = {0x77, 0x77, 0x77, 255};
  assert_true(contrast_ratio(color_on(mid), mid) >= 4.5);
}

/* The typing indicator lasts as long as the message asks (2 s here), on
 * the clock the test feeds in. */
static void test_typing_follows_clock(void **s) {
  (void)s;
  App *app = make_app("fx-plain", 1280, 720);
  run(app, "setup Sam m\n");
  /* find the beat with typing = 2 and stop just before it */
  bool seen_typing = false;
  for (int t = 0; t < 20000 && !play_waiting_choice(&app->play); t += 100) {
    run(app, "wait 100\n");
    if (app->play.typing) {
      const Beat *b = rt_history(app->play.rt, app->play.shown);
      if (b->typing_ms == 2000) {
        seen_typing = true;
        Uint64 due = app->play.reveal_at;
        assert_true(due > app->now);
        int shown = app->play.shown;
        run(app, "key space\n"); /* a key skips the typing */
        assert_true(app->play.shown > shown);
        break;
      }
    }
  }
  assert_true(seen_typing);
  headless_free(app);
}

/* Same script, same pixels. */
static void test_deterministic(void **s) {
  (void)s;
  Uint32 sum[2] = {0, 0};
  for (int k = 0; k < 2; k++) {
    App *app = make_app("fx-instagram", 800, 600);
    run(app, "setup Sam m\nwait 3000\n");
    SDL_Surface *f = app->gfx.surf;
    sum[k] = (Uint32)fnv1a(f->pixels, (size_t)f->pitch * f->h, FNV_SEED);
    headless_free(app);
  }
  assert_int_equal(sum[0], sum[1]);
}

static void test_keys_choose(void **s) {
  (void)s;
  App *app = make_app("fx-plain", 1280, 720);
  run(app, "setup Sam m\nrun\n");
  assert_true(play_waiting_choice(&app->play));
  assert_int_equal(count_zones(app, ACT_CHOICE), 3);
  run(app, "key 3\n"); /* "Tell Max" */
  assert_int_equal(rt_choices_made(app->play.rt), 1);
  assert_true(rt_did(app->play.rt, "talk"));
  headless_free(app);
}

static void test_mouse_choose(void **s) {
  (void)s;
  App *app = make_app("fx-skype", 1280, 720);
  run(app, "setup Sam m\nrun\n");
  SDL_Rect r = {0};
  for (int i = 0; i < app->in.nzones; i++)
    if (app->in.zones[i].action == ACT_CHOICE && app->in.zones[i].arg == 1) r = app->in.zones[i].r;
  assert_true(r.w > 0);
  char *cmd = xasprintf("click %d %d\n", r.x + r.w / 2, r.y + r.h / 2);
  run(app, cmd);
  free(cmd);
  assert_true(rt_did(app->play.rt, "evidence"));
  headless_free(app);
}

static void test_gamepad_and_arrows(void **s) {
  (void)s;
  App *app = make_app("fx-plain", 1280, 720);
  run(app, "setup Sam m\nrun\npad dpdown\npad dpright\npad a\n");
  /* first press lands on reply 1, the second moves right to reply 2 */
  assert_int_equal(rt_choices_made(app->play.rt), 1);
  assert_true(rt_did(app->play.rt, "evidence"));
  headless_free(app);
  app = make_app("fx-plain", 1280, 720);
  run(app, "setup Sam m\nrun\nkey Down\nkey Return\n");
  assert_int_equal(rt_choices_made(app->play.rt), 1);
  headless_free(app);
}

static void test_quick_exit(void **s) {
  (void)s;
  App *app = make_app(NULL, 800, 600);
  run(app, "setup Sam m\nkey F12\n");
  assert_true(app->nav.quit);
  headless_free(app);
  app = make_app(NULL, 800, 600);
  run(app, "setup Sam m\nkey Escape\nwait 1000\nkey Escape\n");
  assert_false(app->nav.quit); /* two slow presses: not an exit */
  run(app, "key Escape\nwait 200\nkey Escape\n");
  assert_true(app->nav.quit);
  headless_free(app);
}

/* Help opens over the chat and the story waits; closing it finds the same place. */
static void test_help_keeps_place(void **s) {
  (void)s;
  App *app = make_app("fx-plain", 1280, 720);
  run(app, "setup Sam m\nwait 1000\n");
  int shown = app->play.shown;
  run(app, "key F1\nwait 8000\n");
  assert_true(app->nav.help_open);
  assert_int_equal(app->play.shown, shown);
  assert_int_equal(count_zones(app, ACT_HELP_CLOSE), 1);
  run(app, "key Escape\n");
  assert_false(app->nav.help_open);
  assert_int_equal(app->nav.screen, SCR_CHAT);
  assert_int_equal(app->play.shown, shown);
  headless_free(app);
}

static void test_debrief_undo_again(void **s) {
  (void)s;
  App *app = make_app("fx-plain", 1280, 720);
  run(app, "setup Sam m\nend\nkey Return\n");
  assert_int_equal(app->nav.screen, SCR_DEBRIEF);
  assert_int_equal(count_zones(app, ACT_UNDO), 1);
  assert_int_equal(count_zones(app, ACT_PLAY_AGAIN), 1);
  assert_int_equal(count_zones(app, ACT_MENU), 1);
  app_act(app, ACT_UNDO, 0, 0);
  app_draw(app);
  assert_int_equal(app->nav.screen, SCR_CHAT);
  assert_true(play_waiting_choice(&app->play));
  app_act(app, ACT_PLAY_AGAIN, 0, 0);
  assert_int_equal(rt_choices_made(app->play.rt), 0);
  headless_free(app);
}

/* Settings go through settings_save: a new app reads them back. */
static void test_settings_saved(void **s) {
  (void)s;
  App *app = make_app(NULL, 1280, 720);
  run(app, "setup Sam m\nscreen settings\n");
  setting_change(app, SET_SCALE, 1);
  setting_change(app, SET_CONTRAST, 1);
  setting_change(app, SET_SPEED, 100 + 2);
  Settings back;
  settings_defaults(&back);
  char *why = NULL;
  assert_true(settings_load(&back, &why));
  assert_int_equal(back.text_scale, 125);
  assert_true(back.high_contrast);
  assert_int_equal(back.speed, SPEED_SLOW);
  headless_free(app);
}

/* A save that fails (a full disk: the file-size limit, which even root
 * meets; a folder the game may not write in) is told in the player's
 * language: what happened and that the game goes on, never the system's
 * English. */
static void status_says(App *app, const char *lang, StrId what, StrId because) {
  assert_non_null(app->nav.status);
  assert_non_null(strstr(app->nav.status, i18n_word(langs, lang, what)));
  assert_non_null(strstr(app->nav.status, i18n_word(langs, lang, because)));
  assert_non_null(strstr(app->nav.status, i18n_word(langs, lang, S_KEEP_PLAYING)));
  assert_null(strstr(app->nav.status, "cannot")); /* the core's words stay on stderr */
  assert_null(strstr(app->nav.status, "/"));      /* and its paths */
}

static void test_not_saved_in_my_language(void **s) {
  (void)s;
  App *app = make_app("fx-plain", 1280, 720);
  run(app, "lang fr\nsetup Sam f\nrun\n");
  struct rlimit was;
  getrlimit(RLIMIT_FSIZE, &was);
  signal(SIGXFSZ, SIG_IGN); /* a write past the limit fails with EFBIG, as on a full disk */
  struct rlimit full = {16, was.rlim_max};
  assert_int_equal(setrlimit(RLIMIT_FSIZE, &full), 0);
  run(app, "choose 1\n");
  status_says(app, "fr", S_PLACE_NOT_SAVED, S_DISK_FULL);
  assert_true(app->play.rt != NULL); /* the game goes on */
  run(app, "lang it\nscreen settings\n");
  setting_change(app, SET_CONTRAST, 1);
  status_says(app, "it", S_SAVE_FAILED, S_DISK_FULL);
  assert_true(app->set.high_contrast); /* the setting applies all the same */
  assert_int_equal(setrlimit(RLIMIT_FSIZE, &was), 0);
  signal(SIGXFSZ, SIG_DFL);
  /* a folder the game may not write in (as root, every folder is writable) */
  if (geteuid() != 0) {
    char *dir = paths_user();
    assert_int_equal(chmod(dir, 0500), 0);
    run(app, "lang fr\nscreen chat\nchoose 1\n");
    status_says(app, "fr", S_PLACE_NOT_SAVED, S_FOLDER_LOCKED);
    chmod(dir, 0700);
    free(dir);
  }
  headless_free(app);
}

static void test_first_start(void **s) {
  (void)s;
  App *app = make_app(NULL, 1280, 720);
  run(app, "");
  assert_int_equal(app->nav.screen, SCR_SETUP);
  /* type a name the way a person does: focus the field, type, Enter */
  SDL_Rect r = {0};
  for (int i = 0; i < app->in.nzones; i++)
    if (app->in.zones[i].action == ACT_SETTING && app->in.zones[i].arg == SET_NAME) r = app->in.zones[i].r;
  assert_true(r.w > 0);
  char *cmd = xasprintf("click %d %d\n%stext Zoé\nkey Return\n", r.x + 5, r.y + 5,
                        "key Backspace\nkey Backspace\nkey Backspace\nkey Backspace\n");
  run(app, cmd);
  free(cmd);
  assert_string_equal(app->set.name, "Zoé");
  app_act(app, ACT_SETUP_DONE, 0, 0);
  assert_int_equal(app->nav.screen, SCR_MENU);
  Settings back;
  settings_defaults(&back);
  char *why = NULL;
  assert_true(settings_load(&back, &why));
  assert_true(back.set_up);
  assert_string_equal(back.name, "Zoé");
  headless_free(app);
}

/* Nothing animates on the menu: the loop may sleep until an event. */
static void test_idle_no_deadline(void **s) {
  (void)s;
  App *app = make_app(NULL, 1280, 720);
  run(app, "setup Sam m\n");
  assert_int_equal(app_tick(app, app->now + 10), 0);
  headless_free(app);
  app = make_app("fx-plain", 1280, 720);
  run(app, "setup Sam m\nrun\n");
  assert_int_equal(app_tick(app, app->now + 10), 0); /* waiting for a reply */
  headless_free(app);
}

/* Golden images: a 5x smaller average of the frame (small files, blind to
 * the last pixel of hinting, sharp on layout), compared channel by channel.
 * BTS_UPDATE_GOLDENS=1 rewrites them after an intended change. */
static void write_four(char *dir, size_t n);

static SDL_Surface *shrink(SDL_Surface *src, int k) {
  SDL_Surface *in = SDL_ConvertSurfaceFormat(src, SDL_PIXELFORMAT_ARGB8888, 0);
  SDL_Surface *out = SDL_CreateRGBSurfaceWithFormat(0, in->w / k, in->h / k, 24, SDL_PIXELFORMAT_RGB24);
  for (int y = 0; y < out->h; y++)
    for (int x = 0; x < out->w; x++) {
      unsigned sum[3] = {0, 0, 0};
      for (int j = 0; j < k; j++)
        for (int i = 0; i < k; i++) {
          Uint32 p = ((Uint32 *)((Uint8 *)in->pixels + (y * k + j) * in->pitch))[x * k + i];
          sum[0] += (p >> 16) & 255;
          sum[1] += (p >> 8) & 255;
          sum[2] += p & 255;
        }
      Uint8 *o = (Uint8 *)out->pixels + y * out->pitch + x * 3;
      for (int c = 0; c < 3; c++) o[c] = (Uint8)(sum[c] / (unsigned)(k * k));
    }
  SDL_FreeSurface(in);
  return out;
}

static void test_goldens(void **s) {
  (void)s;
  static const struct { const char *name, *story, *script; } G[] = {
    {"golden-chat-plain", "fx-plain", "setup Sam m\nrun\n"},
    {"golden-chat-instagram", "fx-instagram", "setup Sam f\nrun\nscroll 4\n"},
    {"golden-call-skype", "fx-skype", "setup Sam m\nchoose 1\nrun\nwait 5000\n"},
    {"golden-debrief", "fx-plain", "setup Sam m\nend\nscreen debrief\n"},
    /* the strip at its maximum, scrolled to the last reply by Tab */
    {"golden-strip-scrolled", "fx-four", "textscale 200\nsetup Sam m\nrun\nkey Tab\nkey Tab\nkey Tab\nkey Tab\n"},
    {"golden-chat-snapchat", "fx-snapchat", "setup Sam f\nrun\nscroll 4\n"},
    {"golden-chat-whatsapp", "fx-whatsapp", "setup Sam m\nrun\nscroll 4\n"},
    {"golden-call-whatsapp", "fx-whatsapp", "setup Sam m\nchoose 1\nrun\nwait 5000\n"},
    {"golden-ringing-instagram", "fx-instagram", "setup Sam m\nchoose 1\nwait 900\n"},
  };
  char four[400];
  write_four(four, sizeof four);
  bool update = getenv("BTS_UPDATE_GOLDENS") != NULL;
  int bad = 0;
  for (size_t g = 0; g < sizeof G / sizeof G[0]; g++) {
    App *app = make_app(strcmp(G[g].story, "fx-four") == 0 ? four : G[g].story, 800, 600);
    run(app, G[g].script);
    SDL_Surface *small = shrink(app->gfx.surf, 5);
    char *path = xasprintf("%s/%s.bmp", GOLDEN_DIR, G[g].name);
    SDL_Surface *gold = update ? NULL : SDL_LoadBMP(path);
    if (!gold) {
      if (!update) {
        fprintf(stderr, "%s: no golden image (BTS_UPDATE_GOLDENS=1 writes it)\n", path);
        bad++;
      } else {
        SDL_SaveBMP(small, path);
      }
    } else {
      SDL_Surface *gc = SDL_ConvertSurfaceFormat(gold, SDL_PIXELFORMAT_RGB24, 0);
      long off = 0, total = (long)small->w * small->h;
      if (gc->w != small->w || gc->h != small->h) off = total;
      for (int y = 0; y < small->h && off < total; y++)
        for (int x = 0; x < small->w; x++) {
          Uint8 *a = (Uint8 *)small->pixels + y * small->pitch + x * 3;
          Uint8 *b = (Uint8 *)gc->pixels + y * gc->pitch + x * 3;
          for (int c = 0; c < 3; c++)
            if (abs(a[c] - b[c]) > 24) { off++; break; }
        }
      /* up to 1% of the small pixels may differ (font hinting, emoji) */
      if (off * 100 > total) {
        char *got = xasprintf("%s/%s-got.bmp", home_root, G[g].name);
        SDL_SaveBMP(small, got);
        fprintf(stderr, "%s: %ld of %ld pixels differ; this frame is %s\n", G[g].name, off, total, got);
        free(got);
        bad++;
      }
      SDL_FreeSurface(gc);
      SDL_FreeSurface(gold);
    }
    free(path);
    SDL_FreeSurface(small);
    headless_free(app);
  }
  assert_int_equal(bad, 0);
}

static int texts_with(App *app, const char *part) {
  int n = 0;
  for (int i = 0; i < app->gfx.nrecs; i++) n += app->gfx.recs[i].str && strstr(app->gfx.recs[i].str, part) != NULL;
  return n;
}

static int texts_equal(App *app, const char *text) {
  int n = 0;
  for (int i = 0; i < app->gfx.nrecs; i++) n += app->gfx.recs[i].str && strcmp(app->gfx.recs[i].str, text) == 0;
  return n;
}

/* Each app's call screen: Answer and Decline while it rings, the app's
 * buttons and a hang-up once connected, the REC mark once and only after
 * the story says `recording`. */
static void test_call_screens(void **s) {
  (void)s;
  static const char *const APPS[] = {"fx-plain", "fx-skype", "fx-instagram", "fx-snapchat", "fx-whatsapp"};
  for (size_t i = 0; i < sizeof APPS / sizeof APPS[0]; i++) {
    App *app = make_app(APPS[i], 1280, 720);
    run(app, "setup Sam m\nchoose 1\nwait 900\n");
    if (texts_equal(app, SW(app, SW_answer)) != 1 || texts_equal(app, SW(app, SW_decline)) != 1)
      fail_msg("%s ringing: no Answer and Decline", APPS[i]);
    assert_int_equal(texts_with(app, "REC"), 0);
    run(app, "run\nwait 5000\n");
    assert_int_equal(texts_equal(app, SW(app, SW_answer)), 0);
    /* the hang-up carries the reply's words ("Say no and hang up") */
    if (texts_equal(app, "Say no and hang up") != 1) fail_msg("%s: no hang-up button with its reply's words", APPS[i]);
    const Skin *k = app->lib.skin;
    for (int c = 0; c < k->ncontrols; c++) assert_true(k->controls[c] >= 0 && k->controls[c] < CTL_COUNT);
    if (texts_with(app, "REC") != 1) fail_msg("%s: REC shown %d times", APPS[i], texts_with(app, "REC"));
    assert_int_equal(texts_with(app, "Recording"), 0); /* the story's "Recording" says it again: not shown */
    headless_free(app);
  }
}

/* A phone call the player makes (voice = true, outgoing = true), in every
 * app: while it rings, the hang-up alone (no Answer, no Decline); then the
 * voice-call screen (no video tile of the player), a phone's buttons with
 * their words, the lines as captions; after hangup the conversation shows
 * them as said in the call, not as chat bubbles. */
static void test_phone_call(void **s) {
  (void)s;
  static const char *const APPS[] = {"fx-plain", "fx-skype", "fx-instagram", "fx-snapchat", "fx-whatsapp"};
  for (size_t i = 0; i < sizeof APPS / sizeof APPS[0]; i++) {
    App *app = make_app(APPS[i], 1280, 720);
    run(app, "setup Sam m\nchoose 3\n");
    int cb, state = 0;
    bool rec;
    for (int k = 0; k < 200 && state != 1; k++) {
      run(app, "wait 100\n");
      state = play_call_state(&app->play, &cb, &rec);
    }
    assert_int_equal(state, 1);
    if (texts_equal(app, SW(app, SW_hangup)) != 1 || texts_equal(app, SW(app, SW_answer)) != 0 ||
        texts_equal(app, SW(app, SW_decline)) != 0)
      fail_msg("%s: an outgoing call rings with the hang-up alone", APPS[i]);
    assert_int_equal(check_frame(app, "phone-ringing", home_root), 0);
    run(app, "run\n");
    assert_int_equal(play_call_state(&app->play, &cb, &rec), 2);
    assert_int_equal(texts_equal(app, "Thank Lou and hang up"), 1); /* the reply's words under Hang up */
    assert_int_equal(texts_equal(app, SW(app, SW_mute)), 1);
    assert_int_equal(texts_equal(app, SW(app, SW_speaker)), 1);
    assert_int_equal(texts_equal(app, S(app, S_YOU)), 0); /* no video tile */
    assert_true(texts_with(app, "Lou: Thank you for calling") == 1);
    assert_int_equal(check_frame(app, "phone-call", home_root), 0);
    run(app, "choose 1\nrun\n");
    assert_int_equal(play_call_state(&app->play, &cb, &rec), 0);
    app_act(app, ACT_THREAD, story_char_index(app->play.story, "lou"), 0); /* Lou's conversation */
    run(app, "scroll 3\n");
    if (texts_with(app, "Lou, on the call") < 1) fail_msg("%s: the call's lines are not shown as said in it", APPS[i]);
    headless_free(app);
  }
}

/* A skin file with errors: its story plays in plain, and the player is
 * told (the file:line messages are the checker's, test_skin.c). */
static void test_skin_fallback(void **s) {
  (void)s;
  char *dir = xasprintf("%s/broken-skins", home_root);
  char *sk = xasprintf("%s/skins", dir);
  assert_true(make_dirs(sk, NULL));
  char *cmd = xasprintf("cp '%s/assets/skins/plain.lua' '%s/' && printf 'skin \"skype\" {\\n  colors = { bg = \"blue\" },\\n}\\n' > '%s/skype.lua'",
                        getenv("BTS_ROOT"), sk, sk);
  assert_int_equal(system(cmd), 0);
  Diag d;
  diag_init(&d);
  SkinSet *set = skins_load_game(dir, langs, &d);
  assert_int_equal(d.errors, 1);
  assert_true(skins_broken(set, "skype"));
  test_skins = set;
  App *app = make_app("fx-skype", 800, 600);
  run(app, "setup Sam m\nrun\n");
  assert_string_equal(app->lib.skin->id, "plain");
  assert_non_null(app->nav.status);
  assert_string_equal(app->nav.status, S(app, S_SKIN_FALLBACK));
  assert_int_equal(check_frame(app, "skin-fallback", home_root), 0);
  headless_free(app);
  /* a story whose skin is fine is not told anything (its own reading) */
  test_skins = NULL;
  app = make_app("fx-instagram", 800, 600);
  run(app, "setup Sam m\nrun\n");
  assert_string_equal(app->lib.skin->id, "instagram");
  assert_true(!app->nav.status || strcmp(app->nav.status, S(app, S_SKIN_FALLBACK)) != 0);
  headless_free(app);
  test_skins = shared_skins;
  skins_free(set);
  diag_free(&d);
  free(cmd);
  free(sk);
  free(dir);
}

/* Reading back up while messages arrive: the text being read stays put. */
static void test_scroll_keeps_reading(void **s) {
  (void)s;
  App *app = make_app("fx-plain", 800, 600);
  run(app, "textscale 200\nsetup Sam m\nwait 6000\nkey Home\n");
  assert_true(app->nav.scroll[SCR_CHAT] > 0);
  assert_true(app->nav.scroll[SCR_CHAT] == app->nav.scroll_max[SCR_CHAT]);
  run(app, "scroll -1\n");
  float s1 = app->nav.scroll[SCR_CHAT];
  int t1 = app->chat.total;
  run(app, "wait 9000\n");
  assert_true(app->chat.total > t1);
  assert_int_equal((int)(app->chat.total - app->nav.scroll[SCR_CHAT]), (int)(t1 - s1));
  run(app, "key End\n");
  assert_true(app->nav.scroll[SCR_CHAT] == 0);
  /* a finger dragging down shows earlier messages, and presses nothing */
  int made = rt_choices_made(app->play.rt);
  run(app, "drag 400 300 200\n");
  assert_true(app->nav.scroll[SCR_CHAT] >= 150);
  assert_int_equal(rt_choices_made(app->play.rt), made);
  headless_free(app);
}

/* A new name (or language, or gender) mid-story: the lines already shown
 * are told again the new way, at the same place. */
static void test_respeak(void **s) {
  (void)s;
  App *app = make_app("fx-plain", 1280, 720);
  run(app, "setup Sam m\nchoose 1\nrun\n");
  int len = rt_history_len(app->play.rt), made = rt_choices_made(app->play.rt);
  bool before = false;
  for (int i = 0; i < len; i++) before |= strstr(rt_history(app->play.rt, i)->text, "hey Sam") != NULL;
  assert_true(before);
  snprintf(app->set.name, sizeof app->set.name, "Zoé");
  app_respeak(app);
  bool after = false;
  for (int i = 0; i < rt_history_len(app->play.rt); i++)
    after |= strstr(rt_history(app->play.rt, i)->text, "hey Zoé") != NULL;
  assert_true(after);
  assert_int_equal(rt_history_len(app->play.rt), len);
  assert_int_equal(rt_choices_made(app->play.rt), made);
  assert_true(play_waiting_choice(&app->play));
  headless_free(app);
}

/* Tab reaches buttons scrolled out of view, and brings them in. */
static void test_tab_scrolls(void **s) {
  (void)s;
  App *app = make_app("fx-plain", 800, 600);
  run(app, "textscale 200\nsetup Sam m\nscreen settings\n");
  assert_true(app->nav.scroll_max[SCR_SETTINGS] > 0);
  bool scrolled = false;
  for (int i = 0; i < 40; i++) {
    run(app, "key Tab\n");
    const Zone *z = &app->in.zones[app->in.focus];
    assert_true(z->r.w > 0 && z->r.h > 0); /* the focused button is on screen */
    if (app->nav.scroll[SCR_SETTINGS] > 0) scrolled = true;
  }
  assert_true(scrolled);
  headless_free(app);
}

/* A save shows as Continue / Start over on the story's card. */
static void test_menu_resume(void **s) {
  (void)s;
  App *app = make_app("fx-plain", 1280, 720);
  run(app, "setup Sam m\nchoose 2\nscreen menu\n");
  assert_int_equal(app->nav.screen, SCR_MENU);
  assert_int_equal(count_zones(app, ACT_RESUME), 1);
  int idx = -1;
  for (int i = 0; i < app->in.nzones; i++)
    if (app->in.zones[i].action == ACT_RESUME) idx = app->in.zones[i].arg;
  app_act(app, ACT_RESUME, idx, 0);
  assert_int_equal(app->nav.screen, SCR_CHAT);
  assert_int_equal(rt_choices_made(app->play.rt), 1);
  assert_true(rt_did(app->play.rt, "evidence"));
  headless_free(app);
}

/* Laid out once: the same text, width and style give the same cached box. */
static void test_text_cache(void **s) {
  (void)s;
  App *app = make_app(NULL, 1280, 720);
  SDL_Color c = {0, 0, 0, 255};
  TextBox *a = text_layout(app, FONT_BODY, "hello 😊 wörld", 300, c);
  TextBox *b = text_layout(app, FONT_BODY, "hello 😊 wörld", 300, c);
  assert_ptr_equal(a, b);
  TextBox *n = text_layout(app, FONT_BODY, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 120, c);
  assert_true(n->w <= 120);
  assert_true(n->h > app->gfx.fonts.line[FONT_BODY]);
  headless_free(app);
}

/* The budget: a frame with 200 messages of history at 1920x1080 in under
 * 4 ms (software renderer, optimised build). Later frames reuse the cached
 * layouts and textures; only visible messages are drawn. */
/* Every letter of the Italian neutral forms has a glyph in every font, the
 * dyslexia-friendly one included (it has no schwa of its own). */
static void test_schwa_glyph(void **s) {
  (void)s;
  for (int dys = 0; dys < 2; dys++) {
    App *app = make_app(NULL, 800, 600);
    run(app, dys ? "dyslexic on\nlang it\nsetup Sam x\n" : "lang it\nsetup Sam x\n");
    for (int i = 0; i < FONT_COUNT; i++) {
      bool main = TTF_GlyphIsProvided32(app->gfx.fonts.f[i], 0x259);
      TTF_Font *fbf = fonts_fallback(&app->gfx.fonts, i);
      bool fb = fbf && TTF_GlyphIsProvided32(fbf, 0x259);
      if (!main && !fb) fail_msg("font %d%s: no glyph for U+0259 (schwa)", i, dys ? " (dyslexic)" : "");
    }
    headless_free(app);
  }
}

static void test_frame_time(void **s) {
  (void)s;
  char dir[400], file[450];
  snprintf(dir, sizeof dir, "%s/fx-long", home_root);
  mkdir(dir, 0700);
  snprintf(file, sizeof file, "%s/story.lua", dir);
  FILE *f = fopen(file, "w");
  assert_non_null(f);
  fputs("story { id = \"fx-long\", title = \"Long\", app = \"instagram\", language = \"en\", start = \"a\",\n"
        "  minutes = 1, note = \"n\", teaches = { \"talk\" } }\n"
        "local k = character \"k\" { name = \"Kim\", color = \"#e07a5f\", initials = \"K\" }\n"
        "scene \"a\" {\n", f);
  for (int i = 0; i < 200; i++)
    fprintf(f, i % 3 ? "  k \"message %d, with a few words to wrap now and then 😊\",\n" : "  me \"reply %d\",\n", i);
  fputs("  choice \"Talk\" { go = \"e\", did = \"talk\" },\n  choice \"Wait\" { go = \"e\" },\n}\n"
        "ending \"e\" { title = \"End\", summary = \"s\" }\n", f);
  fclose(f);
  fresh_home();
  UiOptions o = {.i18n = langs, .catalog = cat, .story = dir};
  SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, 1920, 1080, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer *ren = SDL_CreateSoftwareRenderer(surf);
  char *why = NULL;
  App *app = app_new(&o, ren, NULL, 1920, 1080, &why);
  if (!app) fail_msg("%s", why);
  app->gfx.surf = surf;
  run(app, "setup Sam m\nrun\n");
  assert_int_equal(rt_history_len(app->play.rt), 200);
  double best = 1e9, total = 0;
  enum { N = 30 };
  for (int i = 0; i < N; i++) {
    Uint64 t0 = SDL_GetPerformanceCounter();
    app_draw(app);
    double ms = (SDL_GetPerformanceCounter() - t0) * 1000.0 / SDL_GetPerformanceFrequency();
    total += ms;
    if (ms < best) best = ms;
  }
  printf("frame with 200 messages at 1920x1080: best %.2f ms, mean %.2f ms\n", best, total / N);
  /* No assertion on the time: tests check behaviour, and a busy machine
   * (CI, parallel builds) makes any bound flaky. tests/bench measures it. */
  headless_free(app);
}

/* ---- conversations (inbox.c) ---- */

/* Was this text drawn in the frame just made? */
static bool drawn(App *app, const char *text) {
  for (int i = 0; i < app->gfx.nrecs; i++)
    if (app->gfx.recs[i].str && strcmp(app->gfx.recs[i].str, text) == 0) return true;
  return false;
}

/* How many times text was drawn this frame. */
static int drawn_times(App *app, const char *text) {
  int n = 0;
  for (int i = 0; i < app->gfx.nrecs; i++) n += app->gfx.recs[i].str && strcmp(app->gfx.recs[i].str, text) == 0;
  return n;
}

/* The zone that opens conversation `who`, or NULL. */
static const Zone *thread_row(App *app, int who) {
  for (int i = 0; i < app->in.nzones; i++)
    if (app->in.zones[i].action == ACT_THREAD && app->in.zones[i].arg == who) return &app->in.zones[i];
  return NULL;
}

/* Waits (100 ms at a time) until `who` types; false if they never do. */
static bool wait_typing(App *app, int who) {
  for (int t = 0; t < 60000 && !play_waiting_choice(&app->play); t += 100) {
    run(app, "wait 100\n");
    const Beat *b = app->play.typing ? rt_history(app->play.rt, app->play.shown) : NULL;
    if (b && b->who == who) return true;
  }
  return false;
}

/* Skype: the family group, then Sacha's request. The header names the
 * conversation on screen and whoever types in it; a row opens another
 * conversation; blocked at the end, the contact is shown blocked. */
static void test_threads(void **s) {
  (void)s;
  App *app = make_app("stories/skype", 1280, 720);
  run(app, "lang en\nsetup Sam f\n");
  const Story *st = app->play.story;
  int ines = story_char_index(st, "ines"), papi = story_char_index(st, "papi");
  int family = story_char_index(st, "famille"), sacha = story_char_index(st, "sacha");
  assert_true(wait_typing(app, ines));
  assert_true(drawn(app, "Bretagne ⛺🌊"));     /* the group's name in the header */
  assert_true(drawn(app, "Inès is typing…"));   /* who types, by name */
  assert_true(wait_typing(app, papi));
  assert_true(drawn(app, "Jacques is typing…"));
  assert_false(drawn(app, "Inès is typing…"));
  assert_true(drawn(app, "Inès"));              /* her name above her messages in the group */
  run(app, "run\n");                            /* Sacha's request */
  assert_true(drawn(app, "Sacha ☀"));
  assert_true(drawn(app, "New contact request: Sacha ☀"));
  assert_true(drawn(app, SW(app, SW_request_hint))); /* the card above Accept / Decline */
  assert_false(drawn(app, "so jealous 😭 it's 32 here and i've got nothing to do")); /* the group's */
  /* The family's row opens the group; Sacha's request stays where it is. */
  const Zone *row = thread_row(app, family);
  assert_non_null(row);
  assert_non_null(thread_row(app, sacha));
  char *click = xasprintf("click %d %d\n", row->r.x + row->r.w / 2, row->r.y + row->r.h / 2);
  run(app, click);
  free(click);
  assert_int_equal(inbox_view(app), family);
  assert_true(drawn(app, "so jealous 😭 it's 32 here and i've got nothing to do"));
  assert_false(drawn(app, SW(app, SW_request_hint)));
  /* A reply goes back to the story's conversation. The cut-off path:
   * Sacha blocked, a new account, blocked again. */
  run(app, "choose 1\nrun\nchoose 1\nrun\nchoose 3\nrun\nchoose 1\nrun\nchoose 1\nrun\nchoose 3\nrun\n"
           "choose 2\nrun\nchoose 2\nrun\nchoose 1\nrun\n");
  assert_true(play_ended(&app->play));
  assert_string_equal(rt_ending_id(app->play.rt), "coupe-sans-preuve");
  assert_int_equal(inbox_view(app), sacha);
  assert_int_equal(inbox_state(app, sacha), CONTACT_BLOCKED);
  assert_true(drawn(app, "You blocked this account")); /* under the name, and instead of the message box */
  for (int i = 0; i < app->gfx.nrecs; i++) /* "Online" is only the player's own, in the list */
    if (app->gfx.recs[i].str && strcmp(app->gfx.recs[i].str, "Online") == 0) assert_true(app->gfx.recs[i].text.x < app->gfx.w / 3);
  headless_free(app);
}

/* The request card belongs to its conversation and to the replies that
 * answer it: shown above Accept / Decline in the requester's conversation;
 * gone when the player opens another conversation; gone above replies
 * that do not write to the requester, though the request still waits. */
static void test_request_card(void **s) {
  (void)s;
  App *app = make_app("fx-inbox-plain", 1280, 720);
  run(app, "lang en\nsetup Sam f\nrun\n");
  const Story *st = app->play.story;
  int nina = story_char_index(st, "nina"), lou = story_char_index(st, "lou");
  assert_int_equal(inbox_view(app), nina);
  assert_non_null(inbox_pending_request(app, nina));
  /* the request in the conversation, and the card above the replies:
   * what answering means */
  const char *hint = SW(app, SW_request_hint);
  assert_int_equal(drawn_times(app, "Nina Rose wants to contact you"), 1);
  assert_true(drawn(app, hint));
  const Zone *row = NULL;
  run(app, "inbox\n");
  for (int i = 0; i < app->in.nzones; i++)
    if (app->in.zones[i].action == ACT_THREAD && app->in.zones[i].arg == lou) row = &app->in.zones[i];
  assert_non_null(row);
  char *click = xasprintf("click %d %d\n", row->r.x + row->r.w / 2, row->r.y + row->r.h / 2);
  run(app, click);
  free(click);
  assert_int_equal(inbox_view(app), lou);
  assert_null(inbox_pending_request(app, lou));
  assert_false(drawn(app, hint));
  /* Decline: Nina writes again, the request still waits, the replies are
   * about asking a friend: no card above them. */
  run(app, "choose 2\nrun\n");
  assert_int_equal(inbox_view(app), nina);
  assert_int_equal(inbox_state(app, nina), CONTACT_REQUEST);
  assert_true(drawn(app, "?? 🥺"));
  assert_null(inbox_pending_request(app, nina));
  assert_true(drawn(app, "Nina Rose wants to contact you")); /* the request, no card */
  assert_false(drawn(app, hint));
  headless_free(app);
}

/* The inbox fixture played through in every app skin, as a player would:
 * who types is named (in the app's words), the list opens in the app's
 * look and switches conversations, the blocked account is shown blocked,
 * the request is accepted by answering it (the card goes, the reply is
 * sent, the contact is a contact). */
static void test_inbox_playthrough(void **s) {
  (void)s;
  static const char *const APPS[] = {"instagram", "plain", "skype", "snapchat", "whatsapp"};
  for (size_t a = 0; a < sizeof APPS / sizeof APPS[0]; a++) {
    char fx[64];
    snprintf(fx, sizeof fx, "fx-inbox-%s", APPS[a]);
    App *app = make_app(fx, 1280, 720);
    run(app, "lang en\nsetup Sam f\n");
    const Story *st = app->play.story;
    int nina = story_char_index(st, "nina"), lou = story_char_index(st, "lou"), alex = story_char_index(st, "alex");
    char typing[128];
    SWN(app, SW_typing, "Nina Rose", typing, sizeof typing);
    assert_non_null(strstr(typing, "Nina Rose")); /* every app names who types */
    assert_true(wait_typing(app, nina));
    assert_true(drawn(app, typing));
    run(app, "run\n");
    assert_true(play_waiting_choice(&app->play));
    assert_int_equal(inbox_view(app), nina);
    assert_true(drawn(app, SW(app, SW_request_hint))); /* the card above Accept / Decline */
    /* the list, in the app's look; a folder app keeps Nina behind its requests row */
    run(app, "inbox\n");
    bool folder = app->gfx.th.skin->choice[SK_inbox_requests] == 1;
    assert_non_null(thread_row(app, lou));
    assert_int_equal(thread_row(app, nina) != NULL, !folder);
    if (folder) {
      run(app, "inbox requests\n");
      assert_non_null(thread_row(app, nina));
      assert_null(thread_row(app, lou));
    }
    run(app, "thread lou\n");
    assert_int_equal(inbox_view(app), lou);
    assert_false(app->inbox.open);
    assert_true(drawn(app, "did you see the new account that follows everyone in our class?"));
    run(app, "thread alex\n");
    assert_int_equal(inbox_state(app, alex), CONTACT_BLOCKED);
    assert_true(drawn(app, SW(app, SW_blocked)));
    /* the replies are Nina's: here, one button back to her conversation */
    char reply[128];
    SWN(app, SW_reply_to, "Nina Rose", reply, sizeof reply);
    assert_true(drawn(app, reply));
    const Zone *back = NULL;
    for (int i = 0; i < app->in.nzones; i++)
      if (app->in.zones[i].action == ACT_THREAD && app->in.zones[i].arg == nina) back = &app->in.zones[i];
    assert_non_null(back);
    char *click = xasprintf("click %d %d\n", back->r.x + back->r.w / 2, back->r.y + back->r.h / 2);
    run(app, click);
    free(click);
    assert_int_equal(inbox_view(app), nina);
    assert_false(drawn(app, reply));
    /* accept by answering */
    run(app, "choose 1\nrun\n");
    assert_int_equal(inbox_state(app, nina), CONTACT_OPEN);
    assert_true(drawn(app, "hi! do we know each other?"));
    assert_true(drawn(app, "not yet 😇 i'm new in town"));
    assert_false(drawn(app, SW(app, SW_request_hint)));
    assert_true(play_ended(&app->play));
    headless_free(app);
  }
}

/* The list of conversations scrolls: at the smallest window with the
 * largest text and the dyslexia font the rows do not all fit, and every one
 * can be reached (Tab, the wheel: checks.c); the conversation the player
 * opened is in view when the list opens again, in every app. */
static void test_list_scrolls(void **s) {
  (void)s;
  static const char *const APPS[] = {"instagram", "plain", "skype", "snapchat", "whatsapp"};
  int sidebars = 0;
  for (size_t a = 0; a < sizeof APPS / sizeof APPS[0]; a++) {
    char fx[64], what[80];
    snprintf(fx, sizeof fx, "fx-inbox-%s", APPS[a]);
    for (int wide = 0; wide < 2; wide++) {
      /* 640x480 at 200 %: the list over the chat; 960x480: the sidebar of a
       * desktop app (it needs the width of 900 layout units) */
      App *app = make_app(fx, wide ? 960 : 640, 480);
      run(app, wide ? "lang en\ndyslexic on\nsetup Sam x\nrun\n" : "lang en\ntextscale 200\ndyslexic on\nsetup Sam x\nrun\n");
      bool sidebar = app->inbox.area.w > 0;
      if (wide && !sidebar) {
        headless_free(app);
        continue;
      }
      if (!sidebar) run(app, "inbox\n");
      snprintf(what, sizeof what, "list-%s-%s", APPS[a], wide ? "960x480" : "640x480");
      assert_true(app->inbox.area.w > 0);
      assert_true(app->inbox.scroll_max > 0); /* more rows than fit: the case tested */
      sidebars += wide;
      assert_int_equal(check_list(app, what), 0);
      /* the oldest conversation (the last row), opened: in view when the list opens again */
      Thread t[16];
      int n = threads_list(app->play.rt, app->play.shown, NULL, t, 16);
      int last = t[n - 1].who;
      char line[80];
      snprintf(line, sizeof line, "scroll 100 %d %d\nthread %s\n", app->inbox.area.x + 4, app->inbox.area.y + 4,
               app->play.story->chars[last].id);
      run(app, line);
      assert_int_equal(inbox_view(app), last);
      if (!sidebar) run(app, "inbox\n");
      const Zone *row = NULL;
      for (int i = 0; i < app->in.nzones; i++)
        if (app->in.zones[i].action == ACT_THREAD && app->in.zones[i].arg == last &&
            SDL_RectEquals(&app->in.zones[i].r, &app->in.zones[i].full))
          row = &app->in.zones[i];
      assert_non_null(row);
      SDL_Rect in;
      assert_true(SDL_IntersectRect(&row->full, &app->inbox.area, &in) && SDL_RectEquals(&in, &row->full));
      headless_free(app);
    }
  }
  assert_true(sidebars > 0); /* the desktop app's sidebar was tested too */
}

/* A story with more conversations than the window has buttons for: the
 * replies drawn after the list can still be pressed, and the wheel reaches
 * the oldest conversation. */
static void test_many_conversations(void **s) {
  (void)s;
  char *dir = xasprintf("%s/many", home_root);
  mkdir(dir, 0700);
  char *path = xasprintf("%s/story.lua", dir);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs("story { id = \"many\", title = \"Many\", app = \"skype\", language = \"en\", start = \"a\" }\n", f);
  for (int i = 0; i < 60; i++) fprintf(f, "local c%d = character \"c%d\" { name = \"Friend %d\" }\n", i, i, i);
  fputs("scene \"a\" {\n", f);
  for (int i = 0; i < 60; i++) fprintf(f, "  c%d \"hi from %d\",\n", i, i);
  fputs("  choice \"One\" { go = \"b\" },\n  choice \"Two\" { go = \"b\" },\n}\n", f);
  fputs("ending \"b\" { title = \"B\", summary = \"S\" }\n", f);
  fclose(f);
  App *app = make_app(dir, 1280, 720);
  run(app, "lang en\nsetup Sam x\nrun\n");
  assert_true(app->inbox.area.w > 0);
  int replies = 0;
  for (int i = 0; i < app->in.nzones; i++) replies += app->in.zones[i].action == ACT_CHOICE;
  assert_int_equal(replies, 2);
  char line[64];
  snprintf(line, sizeof line, "scroll -1000 %d %d\n", app->inbox.area.x + 10, app->inbox.area.y + 10);
  run(app, line);
  assert_true(app->inbox.scroll > 0 && app->inbox.scroll == app->inbox.scroll_max);
  const Zone *oldest = thread_row(app, story_char_index(app->play.story, "c0"));
  assert_non_null(oldest);
  assert_true(SDL_RectEquals(&oldest->r, &oldest->full)); /* whole, in view */
  headless_free(app);
  unlink(path);
  rmdir(dir);
  free(path);
  free(dir);
}

/* A call in the list says how long it lasted, on the story's clock when a
 * clock line moved it (past midnight too), in the player's language. */
static void test_call_length(void **s) {
  (void)s;
  char *dir = xasprintf("%s/calllen", home_root);
  mkdir(dir, 0700);
  char *path = xasprintf("%s/story.lua", dir);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs("story { id = \"calllen\", title = \"C\", app = \"skype\", language = \"en\", start = \"a\" }\n"
        "local lou = character \"lou\" { name = \"Lou\" }\n"
        "local max = character \"max\" { name = \"Max\" }\n"
        "local kim = character \"kim\" { name = \"Kim\" }\n"
        "scene \"a\" {\n  clock \"21:40\",\n  max \"hey\",\n"
        "  lou.call { \"Voice call\", voice = true, outgoing = true },\n  lou \"hello\",\n  clock \"21:52\",\n"
        "  hangup \"Call ended\",\n  clock \"23:55\",\n  kim.call { \"Call\", voice = true, outgoing = true },\n"
        "  kim \"hi\",\n  clock \"00:10\",\n  hangup \"Call ended\",\n  max \"ok\",\n"
        "  choice \"One\" { go = \"b\" },\n  choice \"Two\" { go = \"b\" },\n}\n"
        "ending \"b\" { title = \"B\", summary = \"S\" }\n",
        f);
  fclose(f);
  for (int l = 0; l < 2; l++) {
    App *app = make_app(dir, 1280, 720);
    run(app, l ? "lang fr\nsetup Sam x\nrun\n" : "lang en\nsetup Sam x\nrun\n");
    assert_true(app->inbox.area.w > 0);
    char want[128], len[64];
    snprintf(want, sizeof want, "📞 %s · %s", SW(app, SW_voice_call),
             i18n_count_word(app->opt.i18n, app->set.lang, S_CALL_MINUTES, 12, len, sizeof len));
    assert_true(drawn(app, want));
    snprintf(want, sizeof want, "📞 %s · %s", SW(app, SW_voice_call),
             i18n_count_word(app->opt.i18n, app->set.lang, S_CALL_MINUTES, 15, len, sizeof len));
    assert_true(drawn(app, want)); /* 23:55 to 00:10 */
    headless_free(app);
  }
  unlink(path);
  rmdir(dir);
  free(path);
  free(dir);
}

/* PageUp, PageDown, Home and End scroll what has the focus: with a row of
 * the list of conversations focused, the list (a desktop app's sidebar
 * and a phone app's list screen), not the chat behind it; with nothing
 * focused, the chat. */
static void test_page_keys_follow_focus(void **s) {
  (void)s;
  static const char *const FX[] = {"fx-inbox-skype", "fx-inbox-whatsapp"};
  for (int f = 0; f < 2; f++) {
    App *app = make_app(FX[f], f ? 640 : 960, 480);
    run(app, f ? "lang en\ntextscale 200\ndyslexic on\nsetup Sam x\nrun\ninbox\n"
               : "lang en\ndyslexic on\nsetup Sam x\nrun\n");
    assert_true(app->inbox.area.w > 0);
    assert_true(app->inbox.scroll_max > 0); /* more rows than fit */
    app->inbox.scroll = 0;
    /* the focus on a row of the list that is in view */
    int row = -1;
    for (int i = 0; i < app->in.nzones && row < 0; i++)
      if (app->in.zones[i].action == ACT_THREAD && SDL_RectEquals(&app->in.zones[i].r, &app->in.zones[i].full)) row = i;
    assert_true(row >= 0);
    app->in.focus = row;
    app->in.focus_visible = true;
    float chat = app->nav.scroll[SCR_CHAT];
    run(app, "key PageDown\n");
    assert_true(app->inbox.scroll > 0);
    assert_true(app->nav.scroll[SCR_CHAT] == chat); /* the chat stays where it was */
    run(app, "key End\n");
    assert_true(app->inbox.scroll == app->inbox.scroll_max);
    run(app, "key PageUp\n");
    assert_true(app->inbox.scroll < app->inbox.scroll_max);
    run(app, "key Home\n");
    assert_true(app->inbox.scroll == 0);
    assert_true(app->nav.scroll[SCR_CHAT] == chat);
    if (!f) {
      /* no focus: the keys scroll the chat, the list stays */
      app->in.focus = -1;
      app->in.focus_visible = false;
      run(app, "key PageUp\n");
      assert_true(app->inbox.scroll == 0);
      assert_true(app->nav.scroll[SCR_CHAT] > chat || app->nav.scroll_max[SCR_CHAT] == 0);
    }
    headless_free(app);
  }
}

/* A phone call (voice = true) opens no chat: after it, the app shows the
 * conversation that was open before; the caller is in the list as a call
 * ("📞 Voice call", in the app's words), not as someone online, with no
 * caption of the call as its last message and no unread badge. */
static void test_phone_call_entry(void **s) {
  (void)s;
  App *app = make_app("fx-skype", 1280, 720);
  run(app, "lang en\nsetup Sam m\nrun\n");
  const Story *st = app->play.story;
  int lou = story_char_index(st, "lou"), max = story_char_index(st, "max");
  assert_int_equal(inbox_view(app), max);
  run(app, "choose 3\nrun\nchoose 1\nrun\n");
  assert_int_equal(threads_live(app->play.rt, app->play.shown), max);
  assert_int_equal(inbox_view(app), max);
  char entry[128];
  /* with its length, as the apps log a call: here the time its lines take */
  snprintf(entry, sizeof entry, "📞 %s · ", SW(app, SW_voice_call));
  assert_non_null(thread_row(app, lou));
  assert_int_equal(texts_with(app, entry), 1);
  Thread t;
  assert_true(threads_get(app->play.rt, app->play.shown, lou, &t));
  assert_true(t.calls_only);
  assert_int_equal(t.unread, 0);
  assert_false(drawn(app, "Thank you for calling. It is not your fault. Keep the messages; we can help you report the account."));
  run(app, "thread lou\n");
  char buf[128];
  assert_string_equal(inbox_status(app, lou, buf, sizeof buf), ""); /* not "Online" */
  headless_free(app);
}

/* Reduced motion: the reply is sent, not typed into the message box. */
static void test_composer(void **s) {
  (void)s;
  for (int motion = 0; motion < 2; motion++) {
    App *app = make_app("stories/skype", 1280, 720);
    run(app, motion ? "lang en\nmotion reduced\nsetup Sam m\nrun\nchoose 2\nwait 300\n"
                    : "lang en\nsetup Sam m\nrun\nchoose 2\nwait 300\n");
    bool typed = false;
    for (int i = 0; i < app->gfx.nrecs; i++)
      typed |= app->gfx.recs[i].str && strncmp(app->gfx.recs[i].str, "do we", 5) == 0 && strchr(app->gfx.recs[i].str, '|');
    assert_int_equal(typed, !motion);
    assert_int_equal(app->play.composing, !motion);
    run(app, "wait 3000\n");
    assert_true(drawn(app, "do we know each other?")); /* sent: a bubble */
    headless_free(app);
  }
}

/* Four long replies at 640x480, 200% text, the dyslexia font: the strip
 * stops at its maximum and scrolls; Help, the header and the newest
 * message stay in view; Tab reaches the last reply and brings it in; the
 * wheel over the strip scrolls the strip, not the conversation. */
/* A story of four long replies (the strip at its maximum), in fx-four. */
static void write_four(char *dir, size_t n) {
  char file[450];
  snprintf(dir, n, "%s/fx-four", home_root);
  mkdir(dir, 0700);
  snprintf(file, sizeof file, "%s/story.lua", dir);
  FILE *f = fopen(file, "w");
  assert_non_null(f);
  fputs("story { id = \"fx-four\", title = \"Four\", app = \"skype\", language = \"en\", start = \"a\",\n"
        "  minutes = 1, note = \"n\", teaches = { \"talk\" } }\n"
        "local k = character \"k\" { name = \"Kim\", color = \"#e07a5f\", initials = \"K\" }\n"
        "scene \"a\" {\n  k \"first\",\n  k \"the newest message stays in view above the replies\",\n", f);
  for (int i = 0; i < 4; i++)
    fprintf(f, "  choice \"Reply %d, a long one that wraps over several lines at this size, as real ones do\" { go = \"e\" },\n", i + 1);
  fputs("}\nending \"e\" { title = \"End\", summary = \"s\" }\n", f);
  fclose(f);
}

static void test_strip_scrolls(void **s) {
  (void)s;
  char dir[400];
  write_four(dir, sizeof dir);
  fresh_home();
  UiOptions o = {.i18n = langs, .catalog = cat, .story = dir};
  SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, 640, 480, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer *ren = SDL_CreateSoftwareRenderer(surf);
  char *why = NULL;
  App *app = app_new(&o, ren, NULL, 640, 480, &why);
  if (!app) fail_msg("%s", why);
  app->gfx.surf = surf;
  app->gfx.record = true;
  run(app, "textscale 200\ndyslexic on\nsetup Sam m\nrun\n");
  assert_true(play_waiting_choice(&app->play));
  assert_true(app->nav.strip_scroll_max > 0);
  assert_int_equal(check_frame(app, "strip-640x480-200-dys", home_root), 0);
  /* the wheel over the strip */
  SDL_Rect st = app->gfx.marks.strip;
  char *cmd = xasprintf("click %d %d\nscroll -2\n", st.x + 2, st.y + 3);
  run(app, cmd);
  free(cmd);
  assert_true(app->nav.strip_scroll > 0);
  assert_true(app->nav.scroll[SCR_CHAT] == 0);
  assert_int_equal(rt_choices_made(app->play.rt), 0);
  /* Tab to the last reply: it comes into view, whole */
  run(app, "key Home\n");
  for (int i = 0; i < 12; i++) {
    run(app, "key Tab\n");
    const Zone *z = &app->in.zones[app->in.focus];
    if (z->action == ACT_CHOICE && z->arg == 3) break;
  }
  const Zone *z = &app->in.zones[app->in.focus];
  assert_int_equal(z->action, ACT_CHOICE);
  assert_int_equal(z->arg, 3);
  /* whole, or as much of it as the strip holds (two lines of the
   * conversation come first) */
  int can = z->full.h < z->view.h ? z->full.h : z->view.h;
  if (z->r.h < can - 1) {
    fail_msg("reply 4 at %d,%d %dx%d, seen %d,%d %dx%d, strip %d,%d %dx%d scroll %g/%g", z->full.x, z->full.y, z->full.w,
             z->full.h, z->r.x, z->r.y, z->r.w, z->r.h, st.x, st.y, st.w, st.h, app->nav.strip_scroll, app->nav.strip_scroll_max);
  }
  assert_int_equal(check_frame(app, "strip-640x480-200-dys-tab", home_root), 0);
  run(app, "key Return\n");
  assert_int_equal(rt_choices_made(app->play.rt), 1);
  headless_free(app);
}

static int zone_of(App *app, Action a, int arg) {
  for (int i = 0; i < app->in.nzones; i++)
    if (app->in.zones[i].action == a && app->in.zones[i].arg == arg) return i;
  return -1;
}

/* Arrow keys move on screen: with the replies in two columns (1280 wide),
 * Right goes to the reply on the right, Down to the one below, Left back;
 * Up from the replies reaches the header. */
static void test_arrows_on_screen(void **s) {
  (void)s;
  App *app = make_app("fx-plain", 1280, 720);
  run(app, "setup Sam m\nrun\nkey Down\n");
  assert_int_equal(app->in.focus, zone_of(app, ACT_CHOICE, 0));
  SDL_Rect r0 = app->in.zones[app->in.focus].r;
  run(app, "key Right\n");
  assert_int_equal(app->in.focus, zone_of(app, ACT_CHOICE, 1));
  assert_true(app->in.zones[app->in.focus].r.x > r0.x);
  run(app, "key Right\n"); /* nothing further right: it stays */
  assert_int_equal(app->in.focus, zone_of(app, ACT_CHOICE, 1));
  run(app, "key Left\nkey Down\n");
  assert_int_equal(app->in.focus, zone_of(app, ACT_CHOICE, 2));
  assert_true(app->in.zones[app->in.focus].r.y > r0.y);
  run(app, "key Up\nkey Up\n");
  Action a = app->in.zones[app->in.focus].action;
  assert_true(a == ACT_MENU || a == ACT_HELP || a == ACT_SKIP ? a != ACT_SKIP : false);
  headless_free(app);
}

/* Closing a panel gives the focus back to the button that opened it. */
static void test_focus_returns(void **s) {
  (void)s;
  App *app = make_app("fx-plain", 1280, 720);
  run(app, "setup Sam m\nscreen menu\n");
  int st = zone_of(app, ACT_SETTINGS, 0);
  assert_true(st >= 0);
  /* Tab to Settings, open it, go back: the focus is on Settings again */
  for (int i = 0; i < 20 && app->in.focus != st; i++) run(app, "key Tab\n");
  assert_int_equal(app->in.focus, st);
  run(app, "key Return\n");
  assert_int_equal(app->nav.screen, SCR_SETTINGS);
  run(app, "key Escape\nwait 1000\n");
  assert_int_equal(app->nav.screen, SCR_MENU);
  assert_int_equal(app->in.focus, zone_of(app, ACT_SETTINGS, 0));
  /* Help from its button, closed with Escape: back on Help */
  int hb = zone_of(app, ACT_HELP, 0);
  for (int i = 0; i < 20 && app->in.focus != hb; i++) run(app, "key Tab\n");
  run(app, "key Return\n");
  assert_true(app->nav.help_open);
  run(app, "wait 1000\nkey Escape\n");
  assert_false(app->nav.help_open);
  assert_int_equal(app->in.focus, zone_of(app, ACT_HELP, 0));
  /* the story map from a card's button, and back */
  int mb = zone_of(app, ACT_MAP, app->lib.story_index);
  assert_true(mb >= 0);
  for (int i = 0; i < 30 && app->in.focus != mb; i++) run(app, "key Tab\n");
  assert_int_equal(app->in.focus, mb);
  run(app, "key Return\n");
  assert_int_equal(app->nav.screen, SCR_MAP);
  run(app, "key Tab\n");
  int back = zone_of(app, ACT_BACK, 0);
  for (int i = 0; i < 30 && app->in.focus != back; i++) run(app, "key Tab\n");
  run(app, "key Return\n");
  assert_int_equal(app->nav.screen, SCR_MENU);
  assert_int_equal(app->in.focus, zone_of(app, ACT_MAP, app->lib.story_index));
  headless_free(app);
}

/* The name field takes typing as soon as Tab reaches it; Tab goes on. */
static void test_name_field_focus(void **s) {
  (void)s;
  App *app = make_app(NULL, 1280, 720);
  run(app, "");
  assert_int_equal(app->nav.screen, SCR_SETUP);
  int nf = zone_of(app, ACT_SETTING, SET_NAME);
  assert_true(nf >= 0);
  for (int i = 0; i < 30 && app->in.focus != nf; i++) run(app, "key Tab\n");
  assert_int_equal(app->in.focus, nf);
  assert_true(app->in.editing);
  for (int i = 0; i < 12; i++) run(app, "key Backspace\n");
  run(app, "text Zoé\nkey Tab\n");
  assert_string_equal(app->set.name, "Zoé");
  assert_false(app->in.editing);
  assert_true(app->in.focus != nf);
  headless_free(app);
}

/* A setting changed with the mouse: the button stays under the pointer,
 * even when the change (a language, the text size) reflows the rows
 * above it; the on/off buttons keep their width. */
static void test_settings_stay_put(void **s) {
  (void)s;
  App *app = make_app(NULL, 1280, 720);
  run(app, "setup Sam m\nscreen settings\n");
  /* the text size's "›" */
  SDL_Rect r = {0};
  for (int i = 0; i < app->in.nzones; i++)
    if (app->in.zones[i].action == ACT_SETTING && app->in.zones[i].arg == SET_SCALE && app->in.zones[i].arg2 == 1)
      r = app->in.zones[i].r;
  assert_true(r.w > 0);
  int x = r.x + r.w / 2, y = r.y + r.h / 2;
  for (int k = 0; k < 4; k++) {
    char *cmd = xasprintf("click %d %d\n", x, y);
    run(app, cmd);
    free(cmd);
  }
  assert_int_equal(app->set.text_scale, 200); /* four presses landed on it */
  /* an on/off switch keeps its place and width when it flips */
  run(app, "textscale 100\n");
  int m = zone_of(app, ACT_SETTING, SET_MOTION);
  SDL_Rect before = app->in.zones[m].r;
  char *cmd = xasprintf("click %d %d\n", before.x + 2, before.y + 2);
  run(app, cmd);
  free(cmd);
  assert_true(app->set.reduced_motion);
  m = zone_of(app, ACT_SETTING, SET_MOTION);
  assert_true(SDL_RectEquals(&before, &app->in.zones[m].r));
  headless_free(app);
}

/* The name field takes whole characters only: an input event cut in the
 * middle of a letter (an input method, a paste, a script's 31 bytes) never
 * leaves half of it in the name that the stories and the settings use. */
static void test_name_whole_characters(void **s) {
  (void)s;
  App *app = make_app("fx-plain", 640, 480);
  app->in.editing = true;
  app->set.name[0] = 0;
  SDL_Event e = {.type = SDL_TEXTINPUT};
  snprintf(e.text.text, sizeof e.text.text, "Zo\xC3\xAB\xF0\x9F\x98"); /* "Zoë" and 3 bytes of an emoji */
  app_handle(app, &e);
  assert_string_equal(app->set.name, "Zo\xC3\xAB");
  snprintf(e.text.text, sizeof e.text.text, "\x1b[31m!");
  app_handle(app, &e);
  assert_string_equal(app->set.name, "Zo\xC3\xAB[31m!"); /* no control byte */
  /* a long name typed by a script: cut between characters */
  app->set.name[0] = 0;
  char *why = NULL;
  assert_true(headless_run(app, "text \xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\n", &why));
  for (const char *p = app->set.name; *p;) {
    unsigned cp;
    int k = utf8_decode(p, &cp);
    assert_true(k == 4);
    p += k;
  }
  app->in.editing = false;
  headless_free(app);
}

static void test_script_errors(void **s) {
  (void)s;
  char *why = NULL;
  assert_null(script_parse("choose\n", &why));
  assert_non_null(strstr(why, "line 1"));
  free(why);
  why = NULL;
  assert_null(script_parse("# ok\nfly away\n", &why));
  assert_non_null(strstr(why, "line 2"));
  free(why);
  /* a size no surface can have: said with its line, and the app still
   * draws on the one it had (it crashed on a renderer gone) */
  App *app = make_app("fx-plain", 640, 480);
  why = NULL;
  assert_false(headless_run(app, "setup Sam f\nsize 100000 100000\n", &why));
  assert_non_null(strstr(why, "line 2"));
  free(why);
  why = NULL;
  assert_true(headless_run(app, "run\n", &why));
  headless_free(app);
}

/* The zone of a call button (ACT_CALL, which), or -1. */
static int call_zone(App *app, int which) { return zone_of(app, ACT_CALL, which); }

/* The call's buttons are controls: Answer answers (the story goes on into
 * the call), Decline with no reply of its own is drawn but not a control;
 * in the call Mute turns on and off (its word and what is read aloud
 * change, the story does not), Hang up is the reply marked button =
 * "hangup" and leaves the strip (whose replies are numbered anew); at
 * 640x480 and 200 % text Tab reaches it with a visible ring, Enter takes it. */
static void test_call_buttons(void **s) {
  (void)s;
  App *app = make_app("fx-skype", 1280, 720);
  run(app, "setup Sam m\nchoose 1\nwait 900\n");
  int cb;
  bool rec;
  assert_int_equal(play_call_state(&app->play, &cb, &rec), 1);
  int a = call_zone(app, CALL_ANSWER);
  assert_true(a >= 0);
  assert_string_equal(app->in.zones[a].label, SW(app, SW_answer));
  assert_int_equal(call_zone(app, CALL_DECLINE), -1); /* no reply of its own: drawn only */
  assert_int_equal(texts_equal(app, SW(app, SW_decline)), 1);
  run(app, "press answer\nwait 10\n");
  assert_int_equal(play_call_state(&app->play, &cb, &rec), 2); /* answered at once */
  run(app, "run\nwait 10\n");
  int m = call_zone(app, CTL_mute), h = call_zone(app, CTL_hangup);
  assert_true(m >= 0 && h >= 0);
  char want[200];
  /* said by its state, as a person says it: "Microphone on", never "Mute: Off" */
  assert_string_equal(app->in.zones[m].label, S(app, S_MIC_ON));
  /* the reply says more than the app's word: the button carries it, and
   * read aloud says both */
  assert_int_equal(texts_equal(app, "Say no and hang up"), 1);
  snprintf(want, sizeof want, "%s: %s", SW(app, SW_hangup), "Say no and hang up");
  assert_string_equal(app->in.zones[h].label, want);
  assert_int_equal(count_zones(app, ACT_CHOICE), 1); /* "Stay on the call" only */
  assert_int_equal(texts_with(app, "1.  Stay on the call"), 1);
  int made = rt_choices_made(app->play.rt);
  run(app, "press mute\nwait 10\n");
  assert_true(app->play.call_on >> CTL_mute & 1);
  assert_int_equal(texts_equal(app, SW(app, SW_unmute)), 1);
  m = call_zone(app, CTL_mute);
  assert_string_equal(app->in.zones[m].label, S(app, S_MIC_OFF));
  assert_int_equal(rt_choices_made(app->play.rt), made); /* the story did not move */
  assert_int_equal(check_frame(app, "call-muted", home_root), 0);
  headless_free(app);

  /* 640x480 at 200 %: Tab reaches Hang up, the ring shows, Enter takes it */
  app = make_app("fx-skype", 640, 480);
  run(app, "textscale 200\nsetup Sam m\nchoose 1\nrun\nwait 5000\n");
  assert_int_equal(play_call_state(&app->play, &cb, &rec), 2);
  int tabs = 0;
  while (app->in.focus != call_zone(app, CTL_hangup) && tabs++ < 20) run(app, "key Tab\n");
  assert_true(tabs < 20);
  assert_int_equal(check_ring(app, "call-hangup-ring-640x480-200", home_root), 0);
  assert_int_equal(check_frame(app, "call-hangup-640x480-200", home_root), 0);
  /* Shift-Tab goes back along the buttons, right to left */
  run(app, "key Shift+Tab\n");
  assert_int_equal(app->in.zones[app->in.focus].action, ACT_CALL);
  assert_true(app->in.zones[app->in.focus].r.x < app->in.zones[call_zone(app, CTL_hangup)].r.x);
  run(app, "key Tab\nkey Return\nrun\n");
  int n;
  const int *path = rt_path(app->play.rt, &n);
  assert_true(n >= 2);
  assert_int_equal(path[1], 0); /* the reply "Say no and hang up", by its button */
  assert_int_equal(play_call_state(&app->play, &cb, &rec), 0);
  headless_free(app);

  /* the player's own call: Hang up while it rings does nothing (drawn
   * hollow), then it is "Thank Lou and hang up" */
  app = make_app("fx-whatsapp", 1280, 720);
  run(app, "setup Sam m\nchoose 3\n");
  for (int k = 0; k < 200 && play_call_state(&app->play, &cb, &rec) != 1; k++) run(app, "wait 100\n");
  assert_int_equal(call_zone(app, CTL_hangup), -1);
  run(app, "run\nwait 10\n");
  h = call_zone(app, CTL_hangup);
  assert_true(h >= 0);
  snprintf(want, sizeof want, "%s: Thank Lou and hang up", SW(app, SW_hangup));
  assert_string_equal(app->in.zones[h].label, want);
  run(app, "press speaker\nkey 1\nrun\n"); /* key 1: the strip's first reply, "Ask what happens next" */
  path = rt_path(app->play.rt, &n);
  assert_int_equal(path[n - 1], 1);
  headless_free(app);
}

/* A call answered by its button: the story's choices right after the
 * call are Answer and Decline themselves (no reply buttons for them), the
 * unmarked one stays a reply; when the story ends the call by itself, the
 * focus on Mute goes to the first reply; a new call starts unmuted. */
static void write_calls(char *dir, size_t n) {
  char file[450];
  snprintf(dir, n, "%s/fx-calls", home_root);
  mkdir(dir, 0700);
  snprintf(file, sizeof file, "%s/story.lua", dir);
  FILE *f = fopen(file, "w");
  assert_non_null(f);
  fputs("story { id = \"fx-calls\", title = \"Calls\", app = \"skype\", language = \"en\", start = \"a\",\n"
        "  minutes = 1, note = \"n\", teaches = { \"talk\" } }\n"
        "local k = character \"k\" { name = \"Kim\", color = \"#e07a5f\", initials = \"K\" }\n"
        "scene \"a\" {\n  k \"are you there?\",\n  k.call \"Incoming video call\",\n"
        "  choice \"Pick up\" { go = \"on\", button = \"answer\" },\n"
        "  choice \"Let it ring\" { go = \"e\", button = \"decline\" },\n"
        "  choice \"Text them: who is this?\" { go = \"e\" },\n}\n"
        "scene \"on\" {\n  k \"hi!\",\n  k \"can you hear me?\",\n  narrate \"The call goes on.\",\n"
        "  hangup \"Call ended\",\n  k.call \"Incoming video call\",\n"
        "  choice \"Answer again\" { go = \"e\", button = \"answer\" },\n"
        "  choice \"Block\" { go = \"e\" },\n}\n"
        "ending \"e\" { title = \"End\", summary = \"s\" }\n", f);
  fclose(f);
}

static void test_call_answer_by_button(void **s) {
  (void)s;
  char dir[400];
  write_calls(dir, sizeof dir);
  App *app = make_app(dir, 1280, 720);
  run(app, "setup Sam m\nrun\nwait 10\n");
  int cb;
  bool rec;
  assert_int_equal(play_call_state(&app->play, &cb, &rec), 1);
  assert_true(call_zone(app, CALL_ANSWER) >= 0 && call_zone(app, CALL_DECLINE) >= 0);
  assert_int_equal(count_zones(app, ACT_CHOICE), 1); /* "Text them: who is this?" */
  /* Answer and Decline carry the replies' words, and read aloud says both */
  assert_int_equal(texts_equal(app, "Pick up"), 1);
  assert_int_equal(texts_equal(app, "Let it ring"), 1);
  assert_string_equal(app->in.zones[call_zone(app, CALL_ANSWER)].label, "Answer: Pick up");
  assert_int_equal(check_frame(app, "call-answer-decline", home_root), 0);
  /* Tab order as on screen: Menu, Help, Decline, Answer, the reply */
  int order[8], no = 0;
  run(app, "key Tab\n"); /* the first Tab shows the focus on the first reply */
  for (int i = 0; i < 6 && no < 8; i++) {
    run(app, "key Tab\n");
    order[no++] = app->in.focus;
  }
  int d = call_zone(app, CALL_DECLINE), an = call_zone(app, CALL_ANSWER);
  int pd = -1, pa = -1;
  for (int i = 0; i < no; i++) {
    if (order[i] == d && pd < 0) pd = i;
    if (order[i] == an && pa < 0) pa = i;
  }
  assert_true(pd >= 0 && pa == pd + 1); /* Decline (left) then Answer (right) */
  while (app->in.focus != an) run(app, "key Tab\n");
  run(app, "key Return\nwait 10\n");
  int n;
  const int *path = rt_path(app->play.rt, &n);
  assert_int_equal(n, 1);
  assert_int_equal(path[0], 0); /* "Pick up", by the Answer button */
  /* in the call: focus on Mute, muted; the story hangs up by itself */
  for (int i = 0; i < 200 && play_call_state(&app->play, &cb, &rec) != 2; i++) run(app, "wait 100\n");
  assert_int_equal(play_call_state(&app->play, &cb, &rec), 2);
  int first = cb;
  int m = call_zone(app, CTL_mute);
  assert_true(m >= 0);
  app->in.focus = m;
  run(app, "key Return\nwait 10\n");
  assert_true(app->play.call_on >> CTL_mute & 1);
  assert_int_equal(app->in.zones[app->in.focus].action, ACT_CALL); /* the focus stays on Mute */
  assert_int_equal(app->in.zones[app->in.focus].arg, CTL_mute);
  run(app, "run\nwait 10\n");
  assert_int_equal(play_call_state(&app->play, &cb, &rec), 1); /* the next call rings */
  assert_true(cb != first);
  assert_int_equal(app->play.call_on, 0);                        /* unmuted */
  assert_int_equal(app->in.zones[app->in.focus].action, ACT_CHOICE); /* the focus on the reply "Block" */
  assert_int_equal(app->in.zones[app->in.focus].arg, 1);
  run(app, "key 1\n"); /* key 1: the strip's first reply, "Block" */
  path = rt_path(app->play.rt, &n);
  assert_int_equal(n, 2);
  assert_int_equal(path[1], 1);
  headless_free(app);
}

int main(void) {
  snprintf(home_root, sizeof home_root, "%s/bts-ui-test-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  if (!mkdtemp(home_root)) return 1;
  setenv("SDL_VIDEODRIVER", "dummy", 1);
  if (!headless_start(&langs, &cat)) return 1;
  char *assets = paths_assets();
  Diag d;
  diag_init(&d);
  test_skins = shared_skins = skins_load_game(assets, langs, &d);
  free(assets);
  diag_print(&d, stderr);
  diag_free(&d);
  enum { NC = sizeof CASES / sizeof CASES[0] };
  enum { NM = 42 }; /* the behaviour tests below */
  struct CMUnitTest tests[NC + NM];
  for (int i = 0; i < NC; i++)
    tests[i] = (struct CMUnitTest){CASES[i].name, test_screens, NULL, NULL, (void *)&CASES[i]};
  const struct CMUnitTest more[] = {
    cmocka_unit_test(test_contrast_math),      cmocka_unit_test(test_typing_follows_clock),
    cmocka_unit_test(test_deterministic),      cmocka_unit_test(test_keys_choose),
    cmocka_unit_test(test_mouse_choose),       cmocka_unit_test(test_gamepad_and_arrows),
    cmocka_unit_test(test_quick_exit),         cmocka_unit_test(test_help_keeps_place),
    cmocka_unit_test(test_debrief_undo_again), cmocka_unit_test(test_settings_saved), cmocka_unit_test(test_not_saved_in_my_language),
    cmocka_unit_test(test_first_start),        cmocka_unit_test(test_idle_no_deadline),
    cmocka_unit_test(test_text_cache),         cmocka_unit_test(test_script_errors), cmocka_unit_test(test_name_whole_characters),
    cmocka_unit_test(test_frame_time),         cmocka_unit_test(test_scroll_keeps_reading),
    cmocka_unit_test(test_schwa_glyph),
    cmocka_unit_test(test_goldens),            cmocka_unit_test(test_menu_resume),
    cmocka_unit_test(test_respeak),            cmocka_unit_test(test_tab_scrolls),
    cmocka_unit_test(test_threads),            cmocka_unit_test(test_composer),
    cmocka_unit_test(test_request_card),       cmocka_unit_test(test_inbox_playthrough),
    cmocka_unit_test(test_list_scrolls),       cmocka_unit_test(test_phone_call_entry),
    cmocka_unit_test(test_many_conversations), cmocka_unit_test(test_page_keys_follow_focus),
    cmocka_unit_test(test_call_length),
    cmocka_unit_test(test_strip_scrolls),      cmocka_unit_test(test_arrows_on_screen),
    cmocka_unit_test(test_focus_returns),      cmocka_unit_test(test_name_field_focus),
    cmocka_unit_test(test_settings_stay_put),
    cmocka_unit_test(test_skin_fallback),      cmocka_unit_test(test_call_screens),
    cmocka_unit_test(test_call_buttons),       cmocka_unit_test(test_call_answer_by_button),
    cmocka_unit_test(test_phone_call),
  };
  _Static_assert(sizeof more / sizeof more[0] == NM, "NM counts the behaviour tests");
  for (int i = 0; i < NM; i++) tests[NC + i] = more[i];
  int rc = _cmocka_run_group_tests("ui", tests, NC + NM, NULL, NULL);
  TTF_Quit();
  SDL_Quit();
  catalog_free(cat);
  skins_free(shared_skins);
  i18n_free(langs);
  if (rc == 0) nftw(home_root, rm_one, 16, FTW_DEPTH | FTW_PHYS);
  return rc;
}
