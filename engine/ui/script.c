/* Scripted input, for --screenshot, the tests and the docs. One command a
 * line; '#' starts a comment:
 *   size W H            textscale 100..200     contrast on|off
 *   dyslexic on|off     speed instant|normal|slow   motion reduced|full
 *   lang en|fr          country FR             classroom on|off
 *   setup NAME m|f|x    (answers the first-start questions)
 *   screen setup|menu|chat|settings|debrief|help|map
 *   choose N            (reply N, 1-based; reveals what is pending first)
 *   run                 (reveal everything up to the next choice or ending)
 *   end                 (always take the first reply until an ending)
 *   undo                wait MS         key NAME (SDL key name: F1, Return, 2;
 *                                       Shift+Tab with Shift held)
 *   text STRING         click X Y       scroll N [X Y] (wheel notches; + = up;
 *                       with the pointer moved to X Y first: over the list) 
 *   drag X Y DY         (press, move DY pixels, release: a finger's scroll)
 *   pad BUTTON (SDL gamepad name: a, b, dpdown)
 *   shot FILE.bmp       echo TEXT       quit
 *   notrace on|off      (leave no trace)   discreet on|off
 *   forget              (Settings' "Forget me", confirmed)
 *   votes N N [N N] [take]   (the class's counts for the replies on screen,
 *                       in order; take: then the reply with most votes)
 *   back N              ("Go back to a choice": to decision N, 1-based)
 *   presenter FILE.bmp  (the presenter view as it is now, 1280x720)
 *   inbox [requests]    (the list of conversations, or the app's requests
 *                       folder, opened as the header's button does)
 *   thread ID           (open the conversation with character ID)
 *   press NAME          (the call screen's button: answer, decline, hangup,
 *                       mute, camera, speaker, flip, effects; as a click)
 * Headless, time is virtual: `wait` advances the clock the app reads. In a
 * real window the same lines become SDL events pushed into the queue. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "scan.h"
#include "call_view.h"
#include "forget.h"
#include "lesson.h"
#include "presenter.h"
#include "map_view.h"
#include "script.h"
#include "util.h"

typedef enum {
  C_SIZE, C_TEXTSCALE, C_CONTRAST, C_DYSLEXIC, C_SPEED, C_MOTION, C_LANG, C_COUNTRY, C_CLASSROOM,
  C_SETUP, C_SCREEN, C_CHOOSE, C_RUN, C_END, C_UNDO, C_WAIT, C_KEY, C_TEXT, C_CLICK, C_SCROLL,
  C_PAD, C_SHOT, C_ECHO, C_QUIT, C_DRAG, C_NOTRACE, C_DISCREET, C_FORGET, C_VOTES, C_BACK, C_PRESENTER,
  C_INBOX, C_THREAD, C_PRESS
} Cmd;

static const char *const NAMES[] = {
  "size", "textscale", "contrast", "dyslexic", "speed", "motion", "lang", "country", "classroom",
  "setup", "screen", "choose", "run", "end", "undo", "wait", "key", "text", "click", "scroll",
  "pad", "shot", "echo", "quit", "drag", "notrace", "discreet", "forget", "votes", "back", "presenter",
  "inbox", "thread", "press"};

typedef struct {
  Cmd cmd;
  int a, b, c;
  bool at; /* scroll: the pointer moves to b, c first */
  char *s;
  int line;
} Line;

struct Script {
  Line *lines;
  int n, pc;
  Uint64 wait_until;
  bool waiting;
};

/* "12 5 3 take": up to four counts (kept in .s as they were written, the
 * count in .a), and take in .b. */
static bool parse_votes(const char *rest, Line *l) {
  const char *p = rest;
  while (*p) {
    while (*p == ' ' || *p == '\t') p++;
    if (!*p) break;
    if (strncmp(p, "take", 4) == 0 && (p[4] == 0 || p[4] == ' ')) { l->b = 1; p += 4; continue; }
    char *end;
    long v = strtol(p, &end, 10);
    if (end == p || v < 0 || v > RT_VOTES_MAX || l->a == STORY_CHOICES_MAX) return false;
    l->a++;
    p = end;
  }
  l->s = xstrdup(rest);
  return l->a > 0;
}

static bool onoff(const char *s) { return strcmp(s, "on") == 0 || strcmp(s, "1") == 0 || strcmp(s, "reduced") == 0; }

Script *script_parse(const char *text, char **why) {
  Script *sc = xcalloc(1, sizeof *sc);
  int cap = 0, lineno = 0;
  const char *p = text;
  while (*p) {
    const char *e = strchr(p, '\n');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    char *ln = xstrndup(p, len);
    p += len + (e ? 1 : 0);
    lineno++;
    char *c = ln;
    while (*c == ' ' || *c == '\t') c++;
    size_t L = strlen(c);
    while (L > 0 && (c[L - 1] == ' ' || c[L - 1] == '\r' || c[L - 1] == '\t')) c[--L] = 0;
    if (!*c || *c == '#') { free(ln); continue; }
    char word[32] = "";
    int used = 0;
    sscanf(c, "%31s%n", word, &used);
    const char *rest = c + used;
    while (*rest == ' ' || *rest == '\t') rest++;
    int k = -1;
    for (size_t i = 0; i < sizeof NAMES / sizeof NAMES[0]; i++)
      if (strcmp(word, NAMES[i]) == 0) k = (int)i;
    if (k < 0) {
      *why = xasprintf("script line %d: unknown command '%s'", lineno, word);
      free(ln);
      script_free(sc);
      return NULL;
    }
    Line l = {(Cmd)k, 0, 0, 0, false, NULL, lineno};
    bool ok = true;
    switch (l.cmd) {
    case C_SIZE: case C_CLICK: ok = sscanf(rest, "%d %d", &l.a, &l.b) == 2 && l.a > 0 && l.b > 0; break;
    case C_TEXTSCALE: case C_CHOOSE: case C_WAIT: case C_BACK: ok = sscanf(rest, "%d", &l.a) == 1; break;
    case C_SCROLL: {
      int k = sscanf(rest, "%d %d %d", &l.a, &l.b, &l.c);
      l.at = k == 3;
      ok = k == 1 || k == 3;
      break;
    }
    case C_VOTES: ok = parse_votes(rest, &l); break;
    case C_CONTRAST: case C_DYSLEXIC: case C_MOTION: case C_CLASSROOM: case C_NOTRACE: case C_DISCREET:
      l.a = onoff(rest);
      break;
    case C_RUN: case C_END: case C_UNDO: case C_QUIT: case C_FORGET: break;
    case C_INBOX:
      l.a = strcmp(rest, "requests") == 0;
      ok = !*rest || l.a;
      break;
    case C_DRAG: ok = sscanf(rest, "%d %d %d", &l.a, &l.b, &l.c) == 3; break;
    default: ok = *rest != 0; l.s = xstrdup(rest); break;
    }
    if (l.cmd == C_CLICK) ok = sscanf(rest, "%d %d", &l.a, &l.b) == 2;
    if (!ok) {
      *why = xasprintf("script line %d: '%s' needs arguments", lineno, word);
      free(l.s);
      free(ln);
      script_free(sc);
      return NULL;
    }
    if (sc->n == cap) {
      cap = cap ? cap * 2 : 32;
      sc->lines = xrealloc(sc->lines, (size_t)cap * sizeof *sc->lines);
    }
    sc->lines[sc->n++] = l;
    free(ln);
  }
  return sc;
}

Script *script_load(const char *path, char **why) {
  size_t len;
  ReadError err;
  char *text = read_file(path, 1 << 20, &len, &err);
  if (!text) {
    *why = xasprintf("%s: %s", path, read_error_text(err));
    return NULL;
  }
  Script *sc = script_parse(text, why);
  free(text);
  return sc;
}

void script_free(Script *sc) {
  if (!sc) return;
  for (int i = 0; i < sc->n; i++) free(sc->lines[i].s);
  free(sc->lines);
  free(sc);
}

bool script_done(const Script *sc) { return !sc || sc->pc >= sc->n; }

/* Builds the SDL event a line stands for; false if it is not an input. */
static bool make_event(App *app, const Line *l, SDL_Event *ev, SDL_Event *ev2) {
  memset(ev, 0, sizeof *ev);
  memset(ev2, 0, sizeof *ev2);
  switch (l->cmd) {
  case C_KEY:
    ev->type = SDL_KEYDOWN;
    ev->key.state = SDL_PRESSED;
    /* "Shift+Tab": the key with Shift held */
    bool shift = strncmp(l->s, "Shift+", 6) == 0;
    ev->key.keysym.sym = SDL_GetKeyFromName(l->s + (shift ? 6 : 0));
    ev->key.keysym.mod = shift ? KMOD_LSHIFT : KMOD_NONE;
    ev->key.keysym.scancode = SDL_GetScancodeFromKey(ev->key.keysym.sym);
    *ev2 = *ev;
    ev2->type = SDL_KEYUP;
    ev2->key.state = SDL_RELEASED;
    return ev->key.keysym.sym != SDLK_UNKNOWN;
  case C_TEXT:
    ev->type = SDL_TEXTINPUT;
    /* SDL's event holds 31 bytes: cut between characters, as SDL does */
    snprintf(ev->text.text, utf8_cut(l->s, sizeof ev->text.text - 1) + 1, "%s", l->s);
    return true;
  case C_CLICK:
    ev->type = SDL_MOUSEBUTTONDOWN;
    ev->button.button = SDL_BUTTON_LEFT;
    ev->button.state = SDL_PRESSED;
    ev->button.clicks = 1;
    ev->button.x = l->a;
    ev->button.y = l->b;
    *ev2 = *ev;
    ev2->type = SDL_MOUSEBUTTONUP;
    ev2->button.state = SDL_RELEASED;
    return true;
  case C_SCROLL:
    if (l->at) { /* the pointer over X Y, then the wheel */
      ev->type = SDL_MOUSEMOTION;
      ev->motion.x = l->b;
      ev->motion.y = l->c;
      ev2->type = SDL_MOUSEWHEEL;
      ev2->wheel.y = l->a;
      return true;
    }
    ev->type = SDL_MOUSEWHEEL;
    ev->wheel.y = l->a;
    return true;
  case C_PAD:
    ev->type = SDL_CONTROLLERBUTTONDOWN;
    ev->cbutton.button = (Uint8)SDL_GameControllerGetButtonFromString(l->s);
    ev->cbutton.state = SDL_PRESSED;
    return true;
  default:
    (void)app;
    return false;
  }
}

/* Press, move in ten steps, release: what a finger or a mouse drag sends. */
static int drag_events(const Line *l, SDL_Event *seq) {
  int n = 0;
  memset(seq, 0, 12 * sizeof *seq);
  seq[n].type = SDL_MOUSEBUTTONDOWN;
  seq[n].button.button = SDL_BUTTON_LEFT;
  seq[n].button.state = SDL_PRESSED;
  seq[n].button.x = l->a;
  seq[n++].button.y = l->b;
  for (int i = 1; i <= 10; i++) {
    seq[n].type = SDL_MOUSEMOTION;
    seq[n].motion.state = SDL_BUTTON_LMASK;
    seq[n].motion.x = l->a;
    seq[n].motion.y = l->b + l->c * i / 10;
    seq[n++].motion.yrel = l->c / 10;
  }
  seq[n].type = SDL_MOUSEBUTTONUP;
  seq[n].button.button = SDL_BUTTON_LEFT;
  seq[n].button.state = SDL_RELEASED;
  seq[n].button.x = l->a;
  seq[n++].button.y = l->b + l->c;
  return n;
}

/* Commands that change state directly (the same in both modes). */
static void apply(App *app, const Line *l) {
  Settings *s = &app->set;
  switch (l->cmd) {
  case C_TEXTSCALE: s->text_scale = l->a < 100 ? 100 : l->a > 200 ? 200 : l->a; app_apply_settings(app); break;
  case C_CONTRAST: s->high_contrast = l->a; app_apply_settings(app); break;
  case C_DYSLEXIC: s->dyslexic_font = l->a; app_apply_settings(app); break;
  case C_MOTION: s->reduced_motion = l->a; app->gfx.dirty = true; break;
  case C_CLASSROOM: app->classroom = l->a; app_apply_settings(app); break;
  case C_SPEED:
    s->speed = strcmp(l->s, "instant") == 0 ? SPEED_INSTANT : strcmp(l->s, "slow") == 0 ? SPEED_SLOW : SPEED_NORMAL;
    break;
  case C_LANG: snprintf(s->lang, sizeof s->lang, "%s", l->s); app_apply_settings(app); break;
  case C_COUNTRY: snprintf(s->country, sizeof s->country, "%s", l->s); app_apply_settings(app); break;
  case C_SETUP: {
    char name[64] = "", g = 'x';
    sscanf(l->s, "%63s %c", name, &g);
    snprintf(s->name, sizeof s->name, "%s", name);
    s->gender = (g == 'm' || g == 'f') ? g : 'x';
    s->set_up = true;
    if (app->nav.screen == SCR_SETUP) app_act(app, ACT_SETUP_DONE, 0, 0);
    break;
  }
  case C_SCREEN:
    if (strcmp(l->s, "help") == 0) { app->nav.help_open = true; app->gfx.dirty = true; }
    else if (strcmp(l->s, "setup") == 0) app_go(app, SCR_SETUP);
    else if (strcmp(l->s, "menu") == 0) app_go(app, SCR_MENU);
    else if (strcmp(l->s, "chat") == 0 || strcmp(l->s, "call") == 0) app_go(app, SCR_CHAT);
    else if (strcmp(l->s, "settings") == 0) app_go(app, SCR_SETTINGS);
    else if (strcmp(l->s, "map") == 0 && app->lib.story_index >= 0) map_open(app, app->lib.story_index);
    else if (strcmp(l->s, "debrief") == 0) { app_play_run(app); if (play_ended(&app->play)) app_go(app, SCR_DEBRIEF); }
    break;
  case C_CHOOSE: app_act(app, ACT_CHOICE, l->a - 1, 0); break;
  case C_RUN: app_play_run(app); break;
  case C_END:
    for (int i = 0; i < 500 && app->play.rt; i++) {
      app_play_run(app);
      if (play_ended(&app->play)) break;
      if (!app_play_choose(app, 0)) break;
    }
    app_play_run(app);
    break;
  case C_UNDO: app_act(app, ACT_UNDO, 0, 0); break;
  case C_ECHO: printf("%s\n", l->s); fflush(stdout); break;
  case C_QUIT: app->nav.quit = true; break;
  case C_NOTRACE: trace_set_off(l->a); app->gfx.dirty = true; break;
  case C_DISCREET: app->set.discreet = l->a; app_apply_settings(app); app_save_settings(app); break;
  case C_VOTES: {
    int counts[STORY_CHOICES_MAX] = {0}, n = 0;
    const char *p = l->s;
    while (n < l->a) {
      char *end;
      long v = strtol(p, &end, 10);
      if (end == p) { p++; continue; }
      counts[n++] = (int)v;
      p = end;
    }
    if (!lesson_votes(app, counts, n, l->b) && l->b) {
      fprintf(stderr, "script line %d: no reply taken (no choice waits, or a tie)\n", l->line);
    }
    break;
  }
  case C_BACK: lesson_act(app, ACT_BACK_TO, l->a - 1, 0); break;
  case C_PRESENTER: {
    Presenter *pv = app->lesson.presenter ? app->lesson.presenter : presenter_open_headless(app, 1280, 720);
    if (pv) {
      presenter_draw(app, pv);
      if (!presenter_save(app, pv, l->s)) fprintf(stderr, "script line %d: cannot write %s\n", l->line, l->s);
      if (pv != app->lesson.presenter) presenter_free(app, pv);
    }
    break;
  }
  case C_INBOX:
    app->inbox.open = true;
    app->inbox.folder = l->a;
    app->gfx.dirty = true;
    break;
  case C_THREAD: {
    int who = app->play.story ? story_char_index(app->play.story, l->s) : -1;
    if (who >= 0) app_act(app, ACT_THREAD, who, 0);
    else fprintf(stderr, "script line %d: no character \"%s\" in this story\n", l->line, l->s);
    break;
  }
  case C_PRESS: { /* through the button on screen: the press a click makes */
    app_draw(app); /* this moment's buttons (a window draws when it is dirty) */
    int which = strcmp(l->s, "answer") == 0 ? CALL_ANSWER : strcmp(l->s, "decline") == 0 ? CALL_DECLINE : -1;
    for (int c = 0; c < CTL_COUNT && which < 0; c++)
      if (strcmp(l->s, skin_word_key((SkinWord)(SW_mute + c))) == 0) which = c;
    int z = -1;
    for (int i = 0; i < app->in.nzones && which >= 0; i++)
      if (app->in.zones[i].action == ACT_CALL && app->in.zones[i].arg == which) z = i;
    if (z >= 0) {
      app->in.focus = z;
      app_act(app, ACT_CALL, which, 0);
    } else {
      fprintf(stderr, "script line %d: no call button \"%s\" to press on screen\n", l->line, l->s);
    }
    break;
  }
  case C_FORGET:
    app_go(app, SCR_SETTINGS);
    app_act(app, ACT_FORGET, 0, 0); /* the question */
    app_act(app, ACT_FORGET, 1, 0); /* yes */
    break;
  default: break;
  }
}

static void advance(App *app, Uint64 target) {
  for (int guard = 0; guard < 100000; guard++) {
    Uint64 next = app_tick(app, app->now);
    if (next && next <= target && next > app->now) app->now = next;
    else break;
  }
  app->now = target;
  app_tick(app, app->now);
}

bool script_run_headless(App *app, Script *sc, char **why) {
  for (sc->pc = 0; sc->pc < sc->n && !app->nav.quit; sc->pc++) {
    const Line *l = &sc->lines[sc->pc];
    app_tick(app, app->now);
    /* fresh zones for clicks and focus; other lines need no frame (read
     * aloud speaks what each frame shows: it gets them all) */
    if (app->reader || l->cmd == C_KEY || l->cmd == C_CLICK || l->cmd == C_SCROLL || l->cmd == C_PAD || l->cmd == C_DRAG ||
        l->cmd == C_TEXT)
      app_draw(app);
    SDL_Event ev, ev2;
    if (l->cmd == C_SIZE) {
      if (!app_headless_resize(app, l->a, l->b)) {
        *why = xasprintf("script line %d: cannot make a %dx%d surface", l->line, l->a, l->b);
        return false;
      }
    } else if (l->cmd == C_WAIT) {
      advance(app, app->now + (Uint64)(l->a > 0 ? l->a : 0));
    } else if (l->cmd == C_SHOT) {
      app_tick(app, app->now);
      app_draw(app);
      if (!app_save_frame(app, l->s)) {
        *why = xasprintf("script line %d: cannot write %s", l->line, l->s);
        return false;
      }
    } else if (l->cmd == C_DRAG) {
      SDL_Event seq[12];
      int n = drag_events(l, seq);
      for (int i = 0; i < n; i++) app_handle(app, &seq[i]);
    } else if (make_event(app, l, &ev, &ev2)) {
      app_handle(app, &ev);
      if (ev2.type) app_handle(app, &ev2);
    } else {
      apply(app, l);
    }
  }
  app_tick(app, app->now);
  return true;
}

/* Window mode: runs the lines that are due; returns when to come back. */
Uint64 script_step_window(App *app, Script *sc) {
  while (sc->pc < sc->n && !app->nav.quit) {
    if (app->gfx.pending_shot) return app->now + 1; /* the frame is saved first */
    const Line *l = &sc->lines[sc->pc];
    if (l->cmd == C_WAIT) {
      if (!sc->waiting) {
        sc->waiting = true;
        sc->wait_until = app->now + (Uint64)(l->a > 0 ? l->a : 0);
      }
      if (app->now < sc->wait_until) return sc->wait_until;
      sc->waiting = false;
      sc->pc++;
      continue;
    }
    sc->pc++;
    SDL_Event ev, ev2;
    if (l->cmd == C_SIZE) {
      SDL_SetWindowSize(app->gfx.win, l->a, l->b);
    } else if (l->cmd == C_SHOT) {
      free(app->gfx.pending_shot);
      app->gfx.pending_shot = xstrdup(l->s);
      app->gfx.dirty = true;
    } else if (l->cmd == C_DRAG) {
      SDL_Event seq[12];
      int n = drag_events(l, seq);
      for (int i = 0; i < n; i++) SDL_PushEvent(&seq[i]);
      return app->now + 1;
    } else if (make_event(app, l, &ev, &ev2)) {
      /* through the real queue, as a person's input would come */
      if (l->cmd == C_KEY) {
        ev.key.windowID = ev2.key.windowID = SDL_GetWindowID(app->gfx.win);
      }
      SDL_PushEvent(&ev);
      if (ev2.type) SDL_PushEvent(&ev2);
      return app->now + 1; /* let the loop handle them before the next line */
    } else {
      apply(app, l);
      app->gfx.dirty = true;
    }
  }
  return 0;
}
