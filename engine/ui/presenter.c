/* The presenter view (presenter.h). It draws with the App's helpers by
 * lending the App its own Graphics for the frame: the helpers read
 * app->gfx, so for one frame app->gfx is the presenter's, and then the
 * projected window's again. It registers no buttons: the keys work in
 * either window (the teacher's hands are on the laptop). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "lesson.h"
#include "presenter.h"
#include "textsafe.h"
#include "util.h"

struct Presenter {
  Graphics gfx;
  bool headless;
};

#define LESSON_MINUTES 50 /* docs/facilitator.md: the plan of a lesson */

/* Lends p's graphics to the App for the length of a call. */
typedef struct {
  Graphics main;
  int nzones;
} Lent;

static Lent lend(App *app, Presenter *p) {
  Lent l = {app->gfx, app->in.nzones};
  app->gfx = p->gfx;
  return l;
}

static void give_back(App *app, Presenter *p, Lent l) {
  p->gfx = app->gfx;
  app->gfx = l.main;
  app->in.nzones = l.nzones; /* it adds none; kept safe all the same */
}

/* Text for a teacher at a laptop: the normal window's size (not the
 * projector's 1.6); the notes are read from close up. */
static void open_fonts(App *app, Presenter *p) {
  double font;
  app_scale(app, p->gfx.w, p->gfx.h, p->gfx.dpi, false, &font, &p->gfx.dp);
  if (p->gfx.fonts.f[0] && fabs(font - p->gfx.font_scale) < 1e-6) return;
  Lent l = lend(app, p);
  text_cache_clear(app);
  give_back(app, p, l);
  char *why = NULL;
  if (!fonts_open(&p->gfx.fonts, font, app->set.dyslexic_font, &why)) {
    bts_warn("%s", why);
    free(why);
  }
  p->gfx.font_scale = font;
}

static Presenter *make(App *app, int w, int h) {
  Presenter *p = xcalloc(1, sizeof *p);
  char *why = NULL;
  if (!fonts_find(&p->gfx.fonts, &why)) {
    bts_warn("%s", why);
    free(why);
  }
  p->gfx.w = w;
  p->gfx.h = h;
  p->gfx.dpi = 1;
  p->gfx.record = true; /* the tests read what was drawn */
  return p;
}

Presenter *presenter_open_headless(App *app, int w, int h) {
  Presenter *p = make(app, w, h);
  p->headless = true;
  p->gfx.surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
  p->gfx.ren = p->gfx.surf ? SDL_CreateSoftwareRenderer(p->gfx.surf) : NULL;
  if (!p->gfx.ren) {
    presenter_free(app, p);
    return NULL;
  }
  open_fonts(app, p);
  return p;
}

Presenter *presenter_open_window(App *app, int display, char **why) {
  SDL_Rect b;
  if (SDL_GetDisplayUsableBounds(display, &b) != 0 && SDL_GetDisplayBounds(display, &b) != 0) {
    *why = xasprintf("display %d: %s", display + 1, SDL_GetError());
    return NULL;
  }
  int w = b.w * 9 / 10 < 1280 ? b.w * 9 / 10 : 1280, h = b.h * 9 / 10 < 800 ? b.h * 9 / 10 : 800;
  Presenter *p = make(app, w, h);
  /* The title says what it is: the teacher must not drag it to the projector. */
  p->gfx.win = SDL_CreateWindow(S(app, S_PRESENTER), SDL_WINDOWPOS_CENTERED_DISPLAY(display),
                                SDL_WINDOWPOS_CENTERED_DISPLAY(display), w, h,
                                SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (p->gfx.win) p->gfx.ren = SDL_CreateRenderer(p->gfx.win, -1, SDL_RENDERER_SOFTWARE);
  if (!p->gfx.ren) {
    *why = xasprintf("the presenter view: %s", SDL_GetError());
    presenter_free(app, p);
    return NULL;
  }
  presenter_resized(app, p);
  return p;
}

void presenter_resized(App *app, Presenter *p) {
  if (!p->gfx.win) return;
  int w, h, ww, wh;
  SDL_GetRendererOutputSize(p->gfx.ren, &w, &h);
  SDL_GetWindowSize(p->gfx.win, &ww, &wh);
  p->gfx.w = w > 0 ? w : 1;
  p->gfx.h = h > 0 ? h : 1;
  p->gfx.dpi = ww > 0 ? (double)w / ww : 1;
  open_fonts(app, p);
  p->gfx.dirty = true;
}

void presenter_free(App *app, Presenter *p) {
  if (!p) return;
  Lent l = lend(app, p);
  text_cache_clear(app);
  give_back(app, p, l);
  fonts_free(&p->gfx.fonts);
  SDL_free(p->gfx.recs);
  if (p->gfx.ren) SDL_DestroyRenderer(p->gfx.ren);
  if (p->gfx.win) SDL_DestroyWindow(p->gfx.win);
  if (p->gfx.surf) SDL_FreeSurface(p->gfx.surf);
  free(p);
}

void presenter_hide(Presenter *p) {
  if (p && p->gfx.win) SDL_HideWindow(p->gfx.win);
}

unsigned presenter_window_id(const Presenter *p) { return p && p->gfx.win ? SDL_GetWindowID(p->gfx.win) : 0; }

const Graphics *presenter_gfx(const Presenter *p) { return &p->gfx; }

bool presenter_save(App *app, Presenter *p, const char *path) {
  Lent l = lend(app, p);
  bool ok = app_save_frame(app, path);
  give_back(app, p, l);
  return ok;
}

Uint64 presenter_next(const App *app) {
  if (!app->lesson.presenter || !app->play.rt) return 0;
  Uint64 since = play_lesson_ms(&app->play, app->now);
  return app->now + 60000 - since % 60000;
}

/* ---- what it shows ---- */

/* A heading and a gap: the height used. */
static int heading(App *app, const char *text, int x, int y, int w, SDL_Rect box) {
  const Theme *t = &app->gfx.th;
  return draw_text(app, FONT_BOLD, text, x, y, w, t->primary, t->bg, box) + dp(app, 4);
}

/* The question being discussed: the last discussion card shown. */
static int discussion(App *app, int x, int y, int w, SDL_Rect box) {
  const Theme *t = &app->gfx.th;
  const Play *p = &app->play;
  const Beat *card = NULL;
  for (int i = p->shown - 1; i >= 0 && !card; i--)
    if (rt_history(p->rt, i)->kind == WORD_DISCUSS) card = rt_history(p->rt, i);
  int y0 = y;
  y += heading(app, S(app, S_PV_QUESTION), x, y, w, box);
  if (!card) return y - y0 + draw_text(app, FONT_BODY, S(app, S_PV_NO_QUESTION), x, y, w, t->dim, t->bg, box);
  int pad = dp(app, 14);
  TextBox *q = text_layout(app, FONT_HEAD, card->text, w - 2 * pad, t->discuss_text);
  TextBox *nh = text_layout(app, FONT_BOLD, S(app, S_NOTES), w - 2 * pad, t->discuss_text);
  TextBox *nt = text_layout(app, FONT_BODY, card->notes && card->notes[0] ? card->notes : "—", w - 2 * pad, t->discuss_text);
  SDL_Rect r = {x, y, w, 2 * pad + q->h + dp(app, 10) + nh->h + nt->h};
  fill_round(app, r, dp(app, 10), t->discuss_bg, t->discuss_bg);
  draw_box(app, q, x + pad, y + pad, r, t->discuss_bg, t->discuss_bg);
  draw_box(app, nh, x + pad, y + pad + q->h + dp(app, 10), r, t->discuss_bg, t->discuss_bg);
  draw_box(app, nt, x + pad, y + pad + q->h + dp(app, 10) + nh->h, r, t->discuss_bg, t->discuss_bg);
  return y + r.h - y0;
}

/* A reply as the class sees it: its letter, large, then its text and the
 * votes counted for it. The height used. */
static int reply_line(App *app, int i, const char *text, int votes, int x, int y, int w, SDL_Rect box) {
  const Theme *t = &app->gfx.th;
  char letter[2] = {lesson_letter(i), 0}, line[700];
  int lw = app->gfx.fonts.line[FONT_HEAD] + dp(app, 6);
  TextBox *lb = text_layout(app, FONT_HEAD, letter, 0, t->text);
  if (votes >= 0) snprintf(line, sizeof line, "%s   (%d)", text ? text : "", votes);
  else snprintf(line, sizeof line, "%s", text ? text : "");
  TextBox *tb = text_layout(app, FONT_BODY, line, w - lw, t->text);
  int h = lb->h > tb->h ? lb->h : tb->h;
  draw_box(app, lb, x, y + (h - lb->h) / 2, box, t->bg, t->bg);
  draw_box(app, tb, x + lw, y + (h - tb->h) / 2, box, t->bg, t->bg);
  return h;
}

/* What the class has in front of it: the replies (with their votes), the
 * ending, or messages still arriving. */
static int coming_up(App *app, int x, int y, int w, SDL_Rect box) {
  const Theme *t = &app->gfx.th;
  Runtime *rt = app->play.rt;
  int y0 = y;
  y += heading(app, S(app, S_PV_UPCOMING), x, y, w, box);
  if (play_waiting_choice(&app->play)) {
    int d = rt_choices_made(rt);
    for (int i = 0; i < rt_choice_count(rt); i++)
      y += reply_line(app, i, rt_choice_text(rt, i), rt_votes(rt, d, i), x, y, w, box) + dp(app, 4);
  } else if (play_ended(&app->play)) {
    const char *title = rt_ending_title(rt);
    y += draw_text(app, FONT_BODY, title ? title : S(app, S_ENDING), x, y, w, t->text, t->bg, box);
  } else {
    y += draw_text(app, FONT_BODY, S(app, S_PV_RUNNING), x, y, w, t->dim, t->bg, box);
  }
  return y - y0;
}

static int path_so_far(App *app, int x, int y, int w, int bottom, SDL_Rect box) {
  const Theme *t = &app->gfx.th;
  const Runtime *rt = app->play.rt;
  int y0 = y, n = rt_choices_made(rt);
  y += heading(app, S(app, S_PV_PATH), x, y, w, box);
  if (n == 0) return y - y0 + draw_text(app, FONT_SMALL, S(app, S_PV_NO_PATH), x, y, w, t->dim, t->bg, box);
  /* The latest decisions that fit (a long path keeps the recent ones). */
  int first = n, used = 0;
  char line[600];
  while (first > 0) {
    int d = first - 1, k = rt_decision_taken(rt, d);
    char *txt = rt_decision_text(rt, d, k);
    snprintf(line, sizeof line, "%d. %c  %s", d + 1, k >= 0 ? lesson_letter(k) : '?', txt ? txt : "");
    free(txt);
    int h = text_layout(app, FONT_SMALL, line, w, t->text)->h + dp(app, 2);
    if (y + used + h > bottom) break;
    used += h;
    first--;
  }
  for (int d = first; d < n; d++) {
    int k = rt_decision_taken(rt, d);
    char *txt = rt_decision_text(rt, d, k);
    int v = rt_voted(rt, d) && k >= 0 ? rt_votes(rt, d, k) : -1;
    if (v >= 0) snprintf(line, sizeof line, "%d. %c  %s  (%d)", d + 1, k >= 0 ? lesson_letter(k) : '?', txt ? txt : "", v);
    else snprintf(line, sizeof line, "%d. %c  %s", d + 1, k >= 0 ? lesson_letter(k) : '?', txt ? txt : "");
    free(txt);
    y += draw_text(app, FONT_SMALL, line, x, y, w, t->text, t->bg, box) + dp(app, 2);
  }
  return y - y0;
}

static int clock_part(App *app, int x, int y, int w, SDL_Rect box) {
  const Theme *t = &app->gfx.th;
  int y0 = y;
  char buf[200];
  long used = (long)(play_lesson_ms(&app->play, app->now) / 60000);
  y += heading(app, S(app, S_PV_TIME), x, y, w, box);
  const char *u = i18n_count_word(app->opt.i18n, app->set.lang, S_PV_USED, used, buf, sizeof buf);
  y += draw_text(app, FONT_HEAD, u, x, y, w, t->text, t->bg, box);
  int story = app->play.story ? app->play.story->minutes : 0;
  const char *plan = i18n_count_word(app->opt.i18n, app->set.lang, S_PV_PLAN, story, buf, sizeof buf);
  y += draw_text(app, FONT_SMALL, plan, x, y, w, t->dim, t->bg, box);
  return y - y0;
}

static void body(App *app) {
  theme_get(&app->gfx.th, SKIN_GAME, app->set.high_contrast);
  const Theme *t = &app->gfx.th;
  int W = app->gfx.w, H = app->gfx.h, m = dp(app, 20), gap = dp(app, 28);
  fill_rect(app, (SDL_Rect){0, 0, W, H}, t->bg);
  /* the bar says what this is, in the header colours */
  const Story *s = app->play.story;
  char title[300];
  snprintf(title, sizeof title, "%s%s%s", S(app, S_PRESENTER), s ? "  ·  " : "",
           s && s->title ? story_tr(s, app->play.rt ? rt_lang(app->play.rt) : s->language, s->title) : "");
  TextBox *tb = text_layout(app, FONT_BOLD, title, W - 2 * m, t->header_text);
  SDL_Rect bar = {0, 0, W, tb->h + dp(app, 20)};
  fill_rect(app, bar, t->header);
  draw_box(app, tb, m, (bar.h - tb->h) / 2, bar, t->header, t->header);
  int top = bar.h + dp(app, 16);
  SDL_Rect box = {0, top, W, H - top};
  /* keys at the bottom, everything else above */
  TextBox *keys = text_layout(app, FONT_SMALL, S(app, S_PV_KEYS), W - 2 * m, t->dim);
  int keys_y = H - keys->h - dp(app, 12);
  fill_rect(app, (SDL_Rect){0, keys_y - dp(app, 8), W, 1}, t->sep);
  draw_box(app, keys, m, keys_y, (SDL_Rect){0, keys_y, W, keys->h}, t->bg, t->bg);
  box.h = keys_y - dp(app, 12) - top;
  if (!app->play.rt) {
    draw_text(app, FONT_BODY, S(app, S_PV_NO_STORY), m, top, W - 2 * m, t->dim, t->bg, box);
    return;
  }
  bool two = W >= dp(app, 900);
  int lw = two ? (W - 2 * m - gap) * 3 / 5 : W - 2 * m;
  int rx = two ? m + lw + gap : m, rw = two ? W - m - rx : W - 2 * m;
  int y = top;
  clip_push(app, box);
  y += discussion(app, m, y, lw, box) + dp(app, 20);
  y += coming_up(app, m, y, lw, box) + dp(app, 20);
  int ry = two ? top : y;
  ry += clock_part(app, rx, ry, rw, box) + dp(app, 20);
  path_so_far(app, rx, ry, rw, box.y + box.h, box);
  clip_pop(app);
}

void presenter_draw(App *app, Presenter *p) {
  if (!p) return;
  if (p->gfx.win) presenter_resized(app, p);
  Lent l = lend(app, p);
  app->gfx.frame++;
  app->gfx.nrecs = 0;
  SDL_RenderSetClipRect(app->gfx.ren, NULL);
  app->gfx.clipping = false;
  body(app);
  text_cache_trim(app);
  SDL_RenderFlush(app->gfx.ren);
  if (app->gfx.win) SDL_RenderPresent(app->gfx.ren);
  app->gfx.dirty = false;
  give_back(app, p, l);
}

void presenter_sync(App *app) {
  Lesson *l = &app->lesson;
  if (!app->gfx.win) return;
  if (!app->classroom) {
    if (l->presenter) {
      presenter_free(app, l->presenter);
      l->presenter = NULL;
    }
    return;
  }
  if (l->presenter || l->presenter_closed || SDL_GetNumVideoDisplays() < 2) return;
  /* the display chosen for the projector (SDL's own answer can be wrong
   * when two displays share an origin, as separate X screens do) */
  int here = l->display >= 0 ? l->display : SDL_GetWindowDisplayIndex(app->gfx.win);
  int other = here == 0 ? 1 : 0;
  char *why = NULL;
  l->presenter = presenter_open_window(app, other, &why);
  if (!l->presenter) {
    bts_warn("%s", why);
    free(why);
    l->presenter_closed = true; /* tried once; the notes stay hidden */
    return;
  }
  SDL_RaiseWindow(app->gfx.win);
  presenter_draw(app, l->presenter);
}
