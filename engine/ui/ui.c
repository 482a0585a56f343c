/* ui_run: the window (an event loop that sleeps until the next deadline)
 * or a headless screenshot drawn by the software renderer on a surface. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h> /* malloc_trim */
#endif

#include "app.h"
#include "diag.h"
#include "pads.h"
#include "paths.h"
#include "story.h"
#include "presenter.h"
#include "script.h"
#include "settingswords.h"
#include "textsafe.h"
#include "videodrivers.h"
#include "util.h"

/* BTS_UI_TIMING=1: one stderr line for the first frame (since ui_run and
 * since the process started) and one per frame drawn, for tests/bench. */
static bool timing;
static Uint64 t_run;

static double ms_since(Uint64 t) { return (SDL_GetPerformanceCounter() - t) * 1000.0 / SDL_GetPerformanceFrequency(); }

static double process_age_ms(void) {
#ifdef __linux__
  FILE *f = fopen("/proc/self/stat", "r");
  char line[1024];
  size_t n = f ? fread(line, 1, sizeof line - 1, f) : 0;
  if (f) fclose(f);
  line[n] = 0;
  char *p = strrchr(line, ')');
  unsigned long long start = 0;
  if (!p || sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %*u %*u %*d %*d %*d %*d %*d %*d %llu", &start) != 1)
    return -1;
  struct timespec now;
  clock_gettime(CLOCK_BOOTTIME, &now);
  return (now.tv_sec + now.tv_nsec / 1e9) * 1000.0 - start * 1000.0 / sysconf(_SC_CLK_TCK);
#else
  return -1;
#endif
}

static void stage(const char *what) {
  if (timing) fprintf(stderr, "bts-ui: %s at %.1f ms\n", what, ms_since(t_run));
}

/* For the bench: the last key or click not drawn yet (the ms it waited in
 * SDL's queue, and when it was handled), and the story last drawn (a
 * --watch reload replaces it). */
static double input_queued_ms = -1;
static Uint64 input_handled;
static const Story *drawn_story;

static const Story *story_shown(const App *app) {
  int i = app->lib.story_index;
  return i >= 0 ? app->lib.stories[i].story : NULL;
}

static void note_input(const SDL_Event *ev) {
  if (timing && (ev->type == SDL_KEYDOWN || ev->type == SDL_MOUSEBUTTONDOWN) && input_queued_ms < 0) {
    input_queued_ms = (double)(SDL_GetTicks() - ev->common.timestamp);
    input_handled = SDL_GetPerformanceCounter();
  }
}

static void frame_timed(App *app, Uint64 t0, int *frames) {
  if (!timing) return;
  if ((*frames)++ == 0)
    fprintf(stderr, "bts-ui: first frame %.1f ms after ui_run, %.0f ms after the process started\n", ms_since(t_run),
            process_age_ms());
  fprintf(stderr, "bts-ui: frame %d: %.2f ms (%dx%d)\n", *frames, ms_since(t0), app->gfx.w, app->gfx.h);
  if (input_queued_ms >= 0) {
    fprintf(stderr, "bts-ui: input to frame %.2f ms\n", input_queued_ms + ms_since(input_handled));
    input_queued_ms = -1;
  }
  const Story *s = story_shown(app);
  if (*frames > 1 && s != drawn_story) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    fprintf(stderr, "bts-ui: story reloaded, drawn at %.6f s (epoch)\n", now.tv_sec + now.tv_nsec / 1e9);
  }
  drawn_story = s;
}

static int run_headless(const UiOptions *o, Script *sc) {
  char *why = NULL;
  if (SDL_Init(SDL_INIT_EVENTS) != 0 || TTF_Init() != 0) {
    bts_warn("%s", SDL_GetError());
    return 1;
  }
  int rc = 0;
  SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, 1280, 720, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer *ren = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
  App *app = ren ? app_new(o, ren, NULL, 1280, 720, &why) : NULL;
  if (!app) {
    bts_warn("%s", why ? why : SDL_GetError());
    free(why);
    rc = 1;
  } else {
    app->gfx.surf = surf;
    if (sc && !script_run_headless(app, sc, &why)) {
      bts_warn("%s", why);
      free(why);
      rc = 1;
    }
    app_tick(app, app->now);
    Uint64 f0 = SDL_GetPerformanceCounter();
    int frames = 0;
    app_draw(app);
    frame_timed(app, f0, &frames);
    if (!app_save_frame(app, o->screenshot)) {
      bts_warn("cannot write %s: %s", o->screenshot, SDL_GetError());
      rc = 1;
    }
    surf = app->gfx.surf;
    ren = app->gfx.ren;
    app_free(app);
  }
  if (ren) SDL_DestroyRenderer(ren);
  if (surf) SDL_FreeSurface(surf);
  TTF_Quit();
  SDL_Quit();
  return rc;
}

#ifdef __EMSCRIPTEN__
/* In the browser the window is the page's canvas, whatever its size (a
 * phone in portrait too: no minimum). SDL 2.26's emscripten framebuffer is
 * sized in window units, so a high-DPI canvas would be drawn in a corner. */
#define WINDOW_FLAGS SDL_WINDOW_RESIZABLE
#else
#define WINDOW_FLAGS (SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI)
#endif

/* Where the window first opens: 1280x720, but never more than 90% of the
 * display's usable part (without its panels and docks), centred in it; a
 * laptop at 1366x768 with a taskbar gets a window that fits. On display
 * disp (0-based). */
static SDL_Rect first_window(int disp) {
  SDL_Rect u, r = {(int)SDL_WINDOWPOS_CENTERED_DISPLAY(disp), (int)SDL_WINDOWPOS_CENTERED_DISPLAY(disp), 1280, 720};
  if (SDL_GetDisplayUsableBounds(disp, &u) != 0 || u.w <= 0 || u.h <= 0) return r;
  if (r.w > u.w * 9 / 10) r.w = u.w * 9 / 10;
  if (r.h > u.h * 9 / 10) r.h = u.h * 9 / 10;
  r.x = u.x + (u.w - r.w) / 2;
  r.y = u.y + (u.h - r.h) / 2;
  return r;
}

/* The size the window really has (fullscreen, a window manager's say):
 * the layout follows it even when no resize event came. */
static void follow_size(App *app) {
  int w, h, ww, wh;
  if (SDL_GetRendererOutputSize(app->gfx.ren, &w, &h) != 0 || (w == app->gfx.w && h == app->gfx.h)) return;
  SDL_GetWindowSize(app->gfx.win, &ww, &wh);
  app_set_size(app, w, h, ww > 0 ? (double)w / ww : 1);
}

/* Events of the presenter window: its size and closing are its own, its
 * keys are the game's (the teacher's hands are on the laptop), its mouse
 * has nothing to press. True when the event was the presenter's. */
static bool presenter_event(App *app, const SDL_Event *e) {
  Presenter *p = app->lesson.presenter;
  unsigned id = presenter_window_id(p);
  if (!id) return false;
  unsigned wid = 0;
  switch (e->type) {
  case SDL_WINDOWEVENT: wid = e->window.windowID; break;
  case SDL_MOUSEBUTTONDOWN: case SDL_MOUSEBUTTONUP: wid = e->button.windowID; break;
  case SDL_MOUSEMOTION: wid = e->motion.windowID; break;
  case SDL_MOUSEWHEEL: wid = e->wheel.windowID; break;
  default: return false;
  }
  if (wid != id) return false;
  if (e->type == SDL_WINDOWEVENT && e->window.event == SDL_WINDOWEVENT_CLOSE) {
    presenter_free(app, p);
    app->lesson.presenter = NULL;
    app->lesson.presenter_closed = true;
  } else if (e->type == SDL_WINDOWEVENT) {
    presenter_draw(app, p);
  }
  return true;
}

static void handle(App *app, const SDL_Event *e) {
  if (pads_event(e)) return; /* a pad plugged in: SDL's pads started */
  note_input(e);
  if (presenter_event(app, e)) return;
  /* With the presenter view open, closing the projected window is not the
   * last window closed: SDL sends no SDL_QUIT, so the close itself quits. */
  if (e->type == SDL_WINDOWEVENT && e->window.event == SDL_WINDOWEVENT_CLOSE &&
      e->window.windowID == SDL_GetWindowID(app->gfx.win))
    app->nav.quit = true;
  app_handle(app, e);
}

/* The window has drawn and now waits for the player with no deadline: the
 * heap's free pages go back to the system. What the start left (the story's
 * load, SDL's and the fonts' set-up, the screens drawn before) is freed in
 * the middle of the heap, where malloc keeps it; it would count in the
 * window's memory for as long as the player reads (docs/performance.md).
 * Once per settled frame: a few system calls, well under a millisecond. */
static void settle_heap(void) {
#if defined(__GLIBC__)
  malloc_trim(0);
  if (timing) fprintf(stderr, "bts-ui: settled: free heap given back, %zu KB in use\n", mallinfo2().uordblks / 1024);
#endif
}

/* Sleeps until the next deadline or event; draws only what changed. */
static int window_loop(App *app, Script *sc) {
  SDL_Renderer *ren = app->gfx.ren;
  Uint64 t0 = SDL_GetTicks64();
  bool script_started = false, pads = false, drawn = false;
  int frames = 0;
  while (!app->nav.quit) {
    app->now = SDL_GetTicks64() - t0;
    Uint64 snext = 0;
    if (sc && script_started && !script_done(sc)) snext = script_step_window(app, sc);
    /* input first: a key (F12) is handled before any frame is drawn */
    SDL_Event ev;
    while (!app->nav.quit && SDL_PollEvent(&ev)) handle(app, &ev);
    if (app->nav.quit) break;
    presenter_sync(app); /* classroom mode with two displays: the presenter view */
    Uint64 next = app_tick(app, app->now);
    if (snext && (!next || snext < next)) next = snext;
    Uint64 pnext = presenter_next(app);
    if (pnext && (!next || pnext < next)) next = pnext;
    if (pnext && app->now >= app->lesson.presenter_at) { /* its clock moved on a minute */
      app->lesson.presenter_at = pnext;
      presenter_draw(app, app->lesson.presenter);
    }
    follow_size(app);
    if (app->gfx.dirty || app->gfx.pending_shot) {
      Uint64 f0 = SDL_GetPerformanceCounter();
      app_draw(app);
      if (app->gfx.pending_shot) {
        if (!app_save_frame(app, app->gfx.pending_shot))
          bts_warn("cannot write %s: %s", app->gfx.pending_shot, SDL_GetError());
        free(app->gfx.pending_shot);
        app->gfx.pending_shot = NULL;
      }
      SDL_RenderPresent(ren);
      frame_timed(app, f0, &frames);
      app->gfx.dirty = false;
      drawn = true;
      if (!pads) {
        /* Game pads after the first frame (their start is 5 M instructions
         * the first frame does not need), and only once one is plugged in
         * (pads.h); the pads already plugged in arrive as events. */
        pads_begin();
        pads = true;
      }
      presenter_draw(app, app->lesson.presenter); /* what changed there shows here */
      if (sc && !script_started) {
        /* the events queued at window creation go first */
        SDL_Event e;
        while (SDL_PollEvent(&e)) handle(app, &e);
        script_started = true;
        continue;
      }
    }
    if (app->nav.quit) break;
    Uint64 now = SDL_GetTicks64() - t0;
    int timeout = -1;
    if (next) timeout = next > now ? (int)(next - now) : 0;
    if (timeout < 0 && drawn && !SDL_HasEvents(SDL_FIRSTEVENT, SDL_LASTEVENT)) {
      settle_heap();
      drawn = false;
    }
    SDL_Event e;
    if (SDL_WaitEventTimeout(&e, timeout)) {
      app->now = SDL_GetTicks64() - t0;
      handle(app, &e);
      while (!app->nav.quit && SDL_PollEvent(&e)) handle(app, &e);
    }
  }
  return app->nav.exit_code;
}

static bool from_terminal(void) {
#ifdef _WIN32
  return false; /* a Windows game has no console to play in */
#else
  return isatty(0);
#endif
}

/* No font at all: a window would show nothing. Said before one opens, in
 * the player's language: what is missing and how to get it; started from a
 * terminal the story then plays there (main.c), else a message box says it
 * (SDL draws one without SDL_ttf). */
static bool fonts_there(const UiOptions *o, const Settings *peek) {
  Fonts probe;
  char *why = NULL;
  bool have = fonts_find(&probe, &why);
  fonts_free(&probe);
  if (have) return true;
  const char *lang = o->lang ? o->lang : peek->lang;
#ifdef _WIN32
  /* the fonts come with the game: its folder is damaged (the details after) */
  char *words = xasprintf("%s\n\n(%s)", i18n_word(o->i18n, lang, S_NO_FONT_FOLDER), why ? why : "");
  const char *said = words;
#else
  char *words = NULL;
  const char *said = i18n_word(o->i18n, lang, S_NO_FONT);
#endif
  if (from_terminal()) {
    bts_warn("%s %s", said, i18n_word(o->i18n, lang, S_NO_FONT_TERMINAL));
  } else {
    bts_warn("%s", said);
    SDL_ShowSimpleMessageBox(SDL_MESSAGEBOX_ERROR, i18n_word(o->i18n, lang, S_GAME), said, NULL);
  }
  free(words);
  free(why);
  return false;
}

static int run_window(const UiOptions *o, Script *sc) {
  char *why = NULL;
  SDL_Window *win = NULL;
  SDL_Renderer *ren = NULL;
  App *app = NULL;
  bool sdl = false, ttf = false, app_tried = false;
  int rc = UI_NO_DISPLAY;
  Settings peek;
  settings_defaults(&peek);
  /* Said here, in the player's language: this first read sets a damaged
   * file aside (or writes back the good lines of one with a bad line), so
   * app_new's read finds it clean (and says nothing again either way). */
  settings_load_said(&peek, o->i18n, o->lang);
  bool fs = o->fullscreen || peek.fullscreen;
  if (peek.discreet) {
    /* The window list and the taskbar group windows by their class. SDL
     * 2.26 reads these from the environment when the video starts (not as
     * hints); one the user set wins. */
    SDL_setenv("SDL_VIDEO_X11_WMCLASS", "stories", 0); /* SDL's: Windows has no setenv */
    SDL_setenv("SDL_VIDEO_WAYLAND_WMCLASS", "stories", 0);
  }
  /* The story is loaded before SDL starts: its load's transient memory
   * (Lua's parser, the prelude's tables, the build's tokens and line
   * indexes, about 0.6 MB for the longest story) is freed before SDL, the
   * fonts and the texts allocate, and they reuse it: the window's heap
   * peaks at the larger of the two, not at their sum (docs/performance.md).
   * Only where a window can open; a story that fails here is loaded again
   * by app_new, which says why, as before. */
  UiOptions opts = *o;
  if (o->story && !o->loaded && (getenv("DISPLAY") || getenv("WAYLAND_DISPLAY") || getenv("SDL_VIDEODRIVER"))) {
    char *path = paths_story(o->story);
    Diag d;
    diag_init(&d);
    opts.loaded = story_load(path, o->catalog, &d);
    story_settle(opts.loaded); /* its garbage freed before SDL's buffers come */
    diag_free(&d);
    free(path);
    if (opts.loaded) stage("story loaded, before SDL");
  }
  o = &opts;
  /* The window draws little and only when something changes: SDL's
   * software renderer is enough (a 1080p frame of 200 messages in ~3 ms)
   * and, on a school PC without a GPU driver, avoids loading Mesa's GL
   * (measured under Xvfb: first frame 48 ms and 12 MB instead of 270 ms
   * and 110 MB). SDL_RENDER_DRIVER / SDL_FRAMEBUFFER_ACCELERATION in the
   * environment still win. */
  SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
  video_drivers_reachable(); /* no English noise from a display that cannot be reached */
  if (SDL_Init(SDL_INIT_VIDEO) != 0) goto done;
  sdl = true;
  stage("video up");
  /* With no display SDL 2.26 falls back to its invisible "offscreen"
   * driver: a window nobody sees. Unless asked for, that is no display. */
  const char *drv = SDL_GetCurrentVideoDriver();
  const char *asked = getenv("SDL_VIDEODRIVER");
  if (drv && (strcmp(drv, "offscreen") == 0 || strcmp(drv, "dummy") == 0) && !(asked && *asked)) goto done;
  if (!fonts_there(o, &peek)) {
    rc = from_terminal() ? UI_NO_FONT : 1;
    goto done;
  }
  if (TTF_Init() != 0) {
    bts_warn("%s", TTF_GetError());
    rc = 1;
    goto done;
  }
  ttf = true;
  /* Classroom mode projects on --display N, else the display chosen last
   * time, else (two displays: a laptop and a projector) the second one;
   * the presenter view then opens on the other (presenter.c). */
  int ndisp = SDL_GetNumVideoDisplays(), disp = 0;
  bool projected = false;
  bool classroom = o->classroom || peek.classroom;
  if (o->display > 0 || (classroom && ndisp >= 2)) {
    int want = o->display > 0 ? o->display : peek.display > 0 ? peek.display : 2;
    disp = want - 1 < ndisp ? want - 1 : ndisp - 1;
    if (disp < 0) disp = 0;
    if (o->display > 0 && o->display > ndisp) {
      char said[256];
      bts_warn("--display %d: %s", o->display,
               i18n_count_word(o->i18n, o->lang ? o->lang : peek.lang, T_DISPLAY_MISSING, ndisp, said, sizeof said));
    }
    if (o->display > 0 && peek.display != o->display) {
      /* remembered for next time (settings.conf) */
      Settings keep;
      char *kwhy = NULL;
      settings_load(&keep, &kwhy);
      free(kwhy);
      keep.display = o->display;
      if (!settings_save(&keep, &kwhy)) {
        bts_warn("%s (%s)", i18n_word(o->i18n, o->lang ? o->lang : peek.lang, S_SAVE_FAILED), kwhy ? kwhy : "");
        free(kwhy);
      }
    }
    projected = classroom && ndisp >= 2;
    if (projected) fs = true; /* the projector shows the story, whole */
  }
  SDL_Rect at = first_window(disp);
  win = SDL_CreateWindow(i18n_word(o->i18n, o->lang ? o->lang : peek.lang, peek.discreet ? S_NEUTRAL_TITLE : S_GAME),
                         at.x, at.y, at.w, at.h, WINDOW_FLAGS | (fs ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0));
  if (!win) goto done;
#ifndef __EMSCRIPTEN__
  /* 640x480 at least, unless the display itself is smaller */
  SDL_SetWindowMinimumSize(win, at.w < 640 ? at.w : 640, at.h < 480 ? at.h : 480);
#endif
  const char *want = getenv("SDL_RENDER_DRIVER");
  ren = SDL_CreateRenderer(win, -1, want && *want ? 0 : SDL_RENDERER_SOFTWARE);
  if (!ren) ren = SDL_CreateRenderer(win, -1, 0);
  if (!ren) goto done;
  stage("window and renderer");
  int w, h, ww, wh;
  SDL_GetRendererOutputSize(ren, &w, &h);
  SDL_GetWindowSize(win, &ww, &wh);
  app_tried = true;
  app = app_new(o, ren, win, w, h, &why);
  stage("fonts, catalogue, help and story loaded");
  if (!app) {
    bts_warn("%s", why);
    rc = 1;
    goto done;
  }
  app_set_size(app, w, h, ww > 0 ? (double)w / ww : 1);
  if (projected) app->opt.fullscreen = true; /* a change of settings keeps it full screen */
  app->lesson.display = o->display > 0 || projected ? disp : -1;
  rc = window_loop(app, sc);
done: /* one way out: each resource is released if it was taken */
  free(why);
  if (!app && !app_tried) story_free(opts.loaded); /* app_new takes it, even when it fails */
  app_free(app);
  pads_end();
  if (ren) SDL_DestroyRenderer(ren);
  if (win) SDL_DestroyWindow(win);
  if (ttf) TTF_Quit();
  if (sdl) SDL_Quit();
  return rc;
}

int ui_run(const UiOptions *o) {
  const char *tv = getenv("BTS_UI_TIMING");
  timing = tv && *tv && strcmp(tv, "0") != 0;
  t_run = SDL_GetPerformanceCounter();
  /* --script: read once, for either mode (docs/ui.md) */
  Script *sc = NULL;
  char *why = NULL;
  if (o->script && !(sc = script_load(o->script, &why))) {
    bts_warn("%s", why);
    free(why);
    return 1;
  }
  int rc = o->screenshot ? run_headless(o, sc) : run_window(o, sc);
  script_free(sc);
  return rc;
}
