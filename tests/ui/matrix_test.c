#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
/* The structural render matrix: every screen x every skin (as loaded from
 * assets/skins, so a new skin is tested without a line here) x text size
 * (100%, 200%) x font (normal, dyslexia), plus high contrast, at one window
 * size given on the command line (ctest runs one process per size). Each
 * frame goes through checks.h: Help, the header and the newest message in
 * view, every text inside its box, no word cut, contrast 4.5:1 (7:1 in high
 * contrast); on the screens with buttons, the focus ring after a Tab; on
 * those with the list of conversations, every row reachable (it scrolls);
 * on the call screens, Tab reaching each of the call's buttons, ring shown.
 *   ui_matrix_test W H [--corners] [--shots DIR]
 * --corners: only 100 % normal and 200 % dyslexia (the 4K run, to keep
 * `make test` short); --shots: every frame kept as a BMP.
 * Screens that look the same in every skin (menu, settings, help page,
 * debrief, map) are drawn once per variant, not once per skin. */
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "app.h"
#include "call_view.h"
#include "checks.h"
#include "headless.h"
#include "notsaved.h"
#include "paths.h"
#include "util.h"

static char root[256];
static const char *shots;
static I18n *langs;
static Catalog *cat;
static SkinSet *skins; /* assets/skins, read once as main does: every skin there is tested */
static int home_n;

typedef struct {
  const char *name, *script;
  bool per_skin; /* drawn in the story's app skin */
  bool ring;     /* also check the focus ring after a Tab */
  bool italian;  /* also in Italian at 200% (the longest words) */
  bool inbox;    /* in the inbox fixture (a group, friends, a blocked account, a request) */
  int calls;     /* a call screen: 1 + the button (ACT_CALL arg) that must be a control, each reached by Tab */
  bool status;   /* with the longest status line the game says (three sentences: a place not saved) */
} Screen_;

static const Screen_ SCREENS[] = {
  {"chat", "run\nscroll 3\n", true, false, false, false, 0, false},
  {"choices", "run\n", true, true, false, false, 0, false},
  {"typing", "wait 4500\n", true, false, false, false, 0, false},
  /* Each app's call screens: ringing (Answer and Decline), and in the call
   * (the caller's name as the header, the newest caption, the app's
   * buttons with their words, REC). */
  {"ringing", "choose 1\nwait 900\n", true, false, false, false, 1 + CALL_ANSWER, false},
  {"call", "choose 1\nrun\nwait 5000\n", true, true, false, false, 1 + CTL_hangup, false},
  /* a phone call the player makes (voice = true, outgoing = true) */
  {"phone", "choose 3\nrun\n", true, true, false, false, 1 + CTL_hangup, false},
  {"ended", "end\n", true, true, false, false, 0, false},
  {"help", "run\nscreen help\n", false, true, true, false, 0, false},
  {"setup", "screen setup\n", false, true, true, false, 0, false},
  {"menu", "screen menu\n", false, true, true, false, 0, false},
  {"settings", "screen settings\n", false, true, true, false, 0, false},
  {"settings-end", "screen settings\nkey End\n", false, false, true, false, 0, false},
  {"debrief", "end\nscreen debrief\n", false, true, true, false, 0, false},
  {"debrief-end", "end\nscreen debrief\nkey End\n", false, false, false, false, 0, false},
  {"map", "screen map\n", false, true, false, false, 0, false},
  /* the inbox: the request card above Accept / Decline, the list of
   * conversations in the app's look, an app's requests folder, a blocked
   * contact's conversation */
  {"request", "run\n", true, true, false, true, 0, false},
  {"inbox", "run\ninbox\n", true, true, false, true, 0, false},
  {"requests", "run\ninbox requests\n", true, false, false, true, 0, false},
  {"blocked", "run\nthread alex\n", true, false, false, true, 0, false},
  /* a status line that wraps: in a band of its own, over no reply */
  {"status", "run\n", true, false, true, false, 0, true},
  {"status-call", "choose 1\nrun\nwait 5000\n", true, false, false, false, 0, true},
};

typedef struct {
  int scale;
  bool dyslexic, contrast;
} Variant;

static const Variant VARIANTS[] = {
  {100, false, false}, {200, false, false}, {100, true, false}, {200, true, false}, {200, false, true},
};

static int rm_one(const char *p, const struct stat *s, int f, struct FTW *w) {
  (void)s; (void)f; (void)w;
  return remove(p);
}

/* A render fixture (in, with @APP@) in this skin, in root/prefix-skin. */
static char *fixture(const char *in, const char *prefix, const char *skin) {
  size_t len = 0;
  ReadError err;
  char *text = read_file(in, 1 << 20, &len, &err);
  if (!text) {
    fprintf(stderr, "%s: cannot read\n", in);
    exit(1);
  }
  char *dir = xasprintf("%s/%s-%s", root, prefix, skin);
  mkdir(dir, 0700);
  char *file = xasprintf("%s/story.lua", dir);
  FILE *f = fopen(file, "w");
  if (!f) exit(1);
  for (const char *p = text; *p;) {
    const char *at = strstr(p, "@APP@");
    if (!at) { fputs(p, f); break; }
    fwrite(p, 1, (size_t)(at - p), f);
    fputs(skin, f);
    p = at + 5;
  }
  fclose(f);
  free(file);
  free(text);
  return dir;
}

static App *make_app(const char *story, int w, int h) {
  char home[300];
  snprintf(home, sizeof home, "%s/h%d", root, home_n++);
  setenv("BTS_HOME", home, 1);
  UiOptions o = {.i18n = langs, .catalog = cat, .story = story, .skins = skins};
  char *why;
  App *app = headless_app(&o, w, h, &why);
  if (!app) {
    fprintf(stderr, "app_new: %s\n", why ? why : "?");
    exit(1);
  }
  return app;
}

static int run(App *app, const char *text) {
  char *why;
  if (headless_run(app, text, &why)) return 0;
  fprintf(stderr, "script: %s\n", why ? why : "?");
  free(why);
  return 1;
}

/* Back to the start of the story, nothing open, no focus. */
static void reset(App *app) {
  app->nav.help_open = false;
  app->in.focus = -1;
  app->in.focus_visible = false;
  app_open_story(app, app->lib.story_index, false);
}

static int frames;

/* A call screen: its buttons are controls (Answer while it rings, the
 * reply marked button = "hangup" in the call: must), and Tab reaches each
 * one, in the order they are on screen, with a visible ring. */
static int call_rings(App *app, const char *what, int must) {
  int n = 0, bad = 0, seen = 0, last_x = -1, last_y = -1;
  bool found = false;
  for (int i = 0; i < app->in.nzones; i++) {
    n += app->in.zones[i].action == ACT_CALL;
    found |= app->in.zones[i].action == ACT_CALL && app->in.zones[i].arg == must;
  }
  if (!found) {
    fprintf(stderr, "%s: the call's button %d cannot be pressed\n", what, must);
    return 1;
  }
  app->in.focus = -1;
  for (int k = 0; k < app->in.nzones + 2 && seen < n; k++) {
    bad += run(app, "key Tab\n");
    if (app->in.focus < 0 || app->in.zones[app->in.focus].action != ACT_CALL) continue;
    const Zone *z = &app->in.zones[app->in.focus];
    char ring[240];
    snprintf(ring, sizeof ring, "%s-call%d", what, z->arg);
    if (z->full.y == last_y && z->full.x <= last_x) { /* in one row: left to right */
      fprintf(stderr, "%s: Tab goes back to the left along the call's buttons\n", ring);
      bad++;
    }
    last_x = z->full.x;
    last_y = z->full.y;
    frames++;
    bad += check_ring(app, ring, root);
    seen++;
  }
  if (seen < n) {
    fprintf(stderr, "%s: Tab reached %d of the %d call buttons\n", what, seen, n);
    bad++;
  }
  return bad;
}

static int one(App *app, const Screen_ *sc, const char *skin, const Variant *v, const char *lang) {
  char what[200];
  snprintf(what, sizeof what, "%s-%s-%dx%d-%d%s%s%s%s", sc->name, skin, app->gfx.w, app->gfx.h, v->scale,
           v->dyslexic ? "-dys" : "", v->contrast ? "-hc" : "", lang ? "-" : "", lang ? lang : "");
  reset(app);
  int bad = run(app, sc->script);
  if (sc->status) {
    char *msg = not_saved_words(app->opt.i18n, app->set.lang, S_PLACE_NOT_SAVED);
    app_status(app, msg);
    free(msg);
    bad += run(app, "wait 10\n");
  }
  frames++;
  bad += check_frame(app, what, root);
  if (shots) {
    char *p = xasprintf("%s/%s.bmp", shots, what);
    app_save_frame(app, p);
    free(p);
  }
  /* the list of conversations (the inbox screens): every row reachable,
   * however few fit (the list scrolls) */
  if (sc->inbox) bad += check_list(app, what);
  if (sc->ring && app->in.nzones > 0) {
    bad += run(app, "key Tab\n");
    frames++;
    char ring[220];
    snprintf(ring, sizeof ring, "%s-ring", what);
    bad += check_ring(app, ring, root);
  }
  if (sc->calls) bad += call_rings(app, what, sc->calls - 1);
  return bad;
}

int main(int argc, char **argv) {
  int w = argc > 2 ? atoi(argv[1]) : 0, h = argc > 2 ? atoi(argv[2]) : 0;
  if (w < 320 || h < 240) {
    fprintf(stderr, "usage: ui_matrix_test W H [--shots DIR]\n");
    return 2;
  }
  bool corners = false;
  for (int i = 3; i < argc; i++) {
    if (strcmp(argv[i], "--corners") == 0) corners = true;
    else if (strcmp(argv[i], "--shots") == 0 && i + 1 < argc) shots = argv[++i];
  }
  snprintf(root, sizeof root, "%s/bts-matrix-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  if (!mkdtemp(root)) return 1;
  setenv("SDL_VIDEODRIVER", "dummy", 1);
  if (!headless_start(&langs, &cat)) return 1;
  Diag d;
  diag_init(&d);
  char *assets = paths_assets();
  skins = skins_load_game(assets, langs, &d);
  free(assets);
  diag_print(&d, stderr);
  int errors = d.errors;
  diag_free(&d);
  if (!skins || errors) return 1; /* a shipped skin with errors fails here, with its file:line */
  int nskins = skins_count(skins);
  char **ids = xcalloc((size_t)nskins, sizeof *ids);
  char **dirs = xcalloc((size_t)nskins, sizeof *dirs);
  char **inbox_dirs = xcalloc((size_t)nskins, sizeof *inbox_dirs);
  for (int s = 0; s < nskins; s++) {
    ids[s] = xstrdup(skins_at(skins, s)->id);
    dirs[s] = fixture(FIXTURE_IN, "fx", ids[s]);
    inbox_dirs[s] = fixture(INBOX_IN, "fx-inbox", ids[s]);
  }
  clock_t t0 = clock();
  int bad = 0;
  for (size_t v = 0; v < sizeof VARIANTS / sizeof VARIANTS[0]; v++) {
    const Variant *vr = &VARIANTS[v];
    if (corners && !((vr->scale == 100 && !vr->dyslexic && !vr->contrast) || (vr->scale == 200 && vr->dyslexic)))
      continue;
    char pre[200];
    snprintf(pre, sizeof pre, "textscale %d\ndyslexic %s\ncontrast %s\nsetup Sam x\n", vr->scale,
             vr->dyslexic ? "on" : "off", vr->contrast ? "on" : "off");
    for (int s = 0; s < nskins; s++) {
      App *app = make_app(dirs[s], w, h);
      bad += run(app, pre);
      for (size_t k = 0; k < sizeof SCREENS / sizeof SCREENS[0]; k++) {
        const Screen_ *sc = &SCREENS[k];
        if (!sc->per_skin && s > 0) continue; /* the game's own look: once */
        if (sc->inbox) continue;              /* below, in the inbox fixture */
        bad += one(app, sc, ids[s], vr, NULL);
        if (sc->italian && vr->scale == 200 && !vr->contrast) {
          run(app, "lang it\ncountry IT\n");
          bad += one(app, sc, ids[s], vr, "it");
          run(app, "lang en\ncountry GB\n");
        }
      }
      headless_free(app);
      app = make_app(inbox_dirs[s], w, h);
      bad += run(app, pre);
      for (size_t k = 0; k < sizeof SCREENS / sizeof SCREENS[0]; k++)
        if (SCREENS[k].inbox) bad += one(app, &SCREENS[k], ids[s], vr, NULL);
      headless_free(app);
    }
  }
  printf("%dx%d: %d frames, %d skins (", w, h, frames, nskins);
  for (int s = 0; s < nskins; s++) printf("%s%s", s ? " " : "", ids[s]);
  printf("), %.1f s of CPU, %d failures\n", (double)(clock() - t0) / CLOCKS_PER_SEC, bad);
  for (int s = 0; s < nskins; s++) {
    free(ids[s]);
    free(dirs[s]);
    free(inbox_dirs[s]);
  }
  free(ids);
  free(dirs);
  free(inbox_dirs);
  skins_free(skins);
  TTF_Quit();
  SDL_Quit();
  catalog_free(cat);
  i18n_free(langs);
  if (bad == 0) nftw(root, rm_one, 16, FTW_DEPTH | FTW_PHYS);
  else fprintf(stderr, "failing frames kept in %s\n", root);
  return bad ? 1 : 0;
}
