#include "author.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "draw.h"
#include "inbox.h"
#include "paths.h"
#include "textsafe.h"
#include "util.h"
#include "watch.h"

#define MAX_SHOWN_ERRORS 6

typedef struct Author {
  Watch *watch;
  char **errors;       /* "file:line: error: message" of the last bad save */
  int nerrors, more;
  SDL_Thread *waker;   /* sleeps in poll() until the folder moves */
  int wake[2];         /* a pipe: wakes the waker to stop */
  SDL_sem *ack;        /* one wake-up event in flight at a time */
  Uint32 event;
} Author;

static void clear_errors(Author *a) {
  for (int i = 0; i < a->nerrors; i++) free(a->errors[i]);
  free(a->errors);
  a->errors = NULL;
  a->nerrors = a->more = 0;
}

/* The waker never touches the Watch: it only says "look now", and waits
 * until the main loop has looked, so the Watch stays single-threaded and an
 * idle author's window still sleeps (0% CPU). */
static int waker_main(void *ud) {
  App *app = ud;
  Author *a = app->author;
  /* A save wakes it at once (a file closed after writing, or renamed over
   * it); only a file written and left open waits for the writer to go
   * quiet (watch.h): no fixed delay before every reload. */
  while (watch_wait(a->watch, a->wake[0])) {
    SDL_Event e = {0};
    e.type = a->event;
    SDL_PushEvent(&e);
    SDL_SemWait(a->ack);
  }
  return 0;
}

bool author_begin(App *app, char **why) {
  const UiOptions *o = &app->opt;
  if (!o->watch && !o->scene && !o->sets) return true;
  int idx = app->lib.story_index;
  if (idx < 0) {
    *why = xstrdup("--watch, --scene and --set need a STORY");
    return false;
  }
  Story *s = app->lib.stories[idx].story;
  Author *a = xcalloc(1, sizeof *a);
  app->author = a;
  a->wake[0] = a->wake[1] = -1;
  if (o->scene || o->sets) { /* checked once, up front: a clear refusal */
    Runtime *probe = rt_new(s, NULL, NULL, GENDER_X);
    bool ok = rt_start_here(probe, o->scene, o->sets, why);
    rt_free(probe);
    if (!ok) return false;
  }
  if (o->watch) {
    a->watch = watch_new(s);
    if (app->gfx.win && pipe(a->wake) == 0) {
      a->event = SDL_RegisterEvents(1);
      a->ack = SDL_CreateSemaphore(0);
      if (a->event != (Uint32)-1 && a->ack) a->waker = SDL_CreateThread(waker_main, "bts-watch", app);
    }
  }
  if (app->play.rt) author_story_started(app);
  return true;
}

void author_end(App *app) {
  Author *a = app->author;
  if (!a) return;
  if (a->waker) {
    if (write(a->wake[1], "x", 1) != 1) {
    }
    SDL_SemPost(a->ack);
    SDL_WaitThread(a->waker, NULL);
  }
  if (a->wake[0] >= 0) close(a->wake[0]);
  if (a->wake[1] >= 0) close(a->wake[1]);
  if (a->ack) SDL_DestroySemaphore(a->ack);
  watch_free(a->watch);
  clear_errors(a);
  free(a);
  app->author = NULL;
}

void author_story_started(App *app) {
  Author *a = app->author;
  if (!a || !app->play.rt) return;
  app->play.no_save = true; /* the player's save of this story stays as it is */
  const UiOptions *o = &app->opt;
  char *why = NULL;
  if ((o->scene || o->sets) && rt_start_here(app->play.rt, o->scene, o->sets, &why)) {
    app->play.shown = 0;
    app->play.reveal_at = 0;
    inbox_reset(app);
  }
  free(why); /* checked in author_begin */
}

int author_error_count(const App *app) { return app->author ? app->author->nerrors : 0; }

void author_check(App *app) {
  Author *a = app->author;
  if (!a || !a->watch || !watch_changed(a->watch)) return;
  int idx = app->lib.story_index;
  if (idx < 0) return;
  StoryEntry *e = &app->lib.stories[idx];
  char *path = xstrdup(e->story->path);
  Diag d;
  diag_init(&d);
  Story *ns = story_load(path, app->lib.catalog, &d);
  story_settle(ns);
  free(path);
  clear_errors(a);
  app->gfx.dirty = true;
  if (!ns) {
    for (int i = 0; i < d.count; i++) {
      const DiagEntry *de = &d.entries[i];
      if (de->level != DIAG_ERROR) continue;
      if (a->nerrors == MAX_SHOWN_ERRORS) {
        a->more++;
        continue;
      }
      a->errors = xrealloc(a->errors, (size_t)(a->nerrors + 1) * sizeof *a->errors);
      const char *base = strrchr(de->file, '/');
      a->errors[a->nerrors++] = de->line > 0 ? xasprintf("%s:%d: %s", base ? base + 1 : de->file, de->line, de->message)
                                              : xasprintf("%s: %s", base ? base + 1 : de->file, de->message);
    }
    if (!a->nerrors) a->errors = xcalloc(1, sizeof *a->errors), a->errors[a->nerrors++] = xstrdup("?");
    diag_free(&d);
    return;
  }
  diag_free(&d);
  Story *old = e->story;
  if (app->play.story == old && app->play.rt) {
    Runtime *rt = rt_follow(ns, app->play.rt, NULL);
    play_replace(&app->play, ns, rt);
    inbox_reset(app);
  }
  e->story = ns;
  story_free(old);
  watch_follow(a->watch, ns);
  app->nav.scroll[SCR_CHAT] = 0;
}

bool author_event(App *app, const SDL_Event *e) {
  Author *a = app->author;
  if (!a || !a->waker || e->type != a->event) return false;
  author_check(app);
  SDL_SemPost(a->ack);
  return true;
}

/* A panel at the top of the window: what is wrong and where, in the words
 * of the game; the story underneath is the last version that worked. */
void author_draw(App *app) {
  Author *a = app->author;
  if (!a || !a->nerrors) return;
  SDL_Color bg = {255, 244, 229, 255}, fg = {90, 30, 0, 255}, border = {196, 72, 0, 255};
  int pad = dp(app, 12), w = app->gfx.w - 2 * dp(app, 24);
  Buf text = {0};
  buf_adds(&text, S(app, S_WATCH_ERRORS));
  for (int i = 0; i < a->nerrors; i++) buf_addf(&text, "\n%s", a->errors[i]);
  if (a->more) buf_addf(&text, "\n(+%d)", a->more);
  TextBox *b = text_layout(app, FONT_SMALL, text.s, w - 2 * pad, fg);
  free(text.s);
  SDL_Rect r = {dp(app, 24), dp(app, 70), w, b->h + 2 * pad};
  if (r.y + r.h > app->gfx.h) r.h = app->gfx.h - r.y;
  frame_round(app, r, dp(app, 8), dp(app, 3), border, bg);
  draw_box(app, b, r.x + pad, r.y + pad, r, bg, bg);
}
