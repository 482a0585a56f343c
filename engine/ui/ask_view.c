#include "ask_view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answers.h"
#include "draw.h"
#include "textsafe.h"
#include "util.h"

typedef struct QuestionsView {
  Questions *q;
  AnswerSession answers;
  bool started;        /* the before questions were shown this session */
  bool showing;
  AskWhen when;
  int index;           /* the question on screen */
  Action then;         /* what the player was doing when they came */
  int then_arg;
  float scroll, scroll_max;
} QuestionsView;

static QuestionsView *ask_get(App *app) {
  if (!app->qview) {
    QuestionsView *a = xcalloc(1, sizeof *a);
    Diag d;
    diag_init(&d);
    a->q = questions_load(app->lib.assets, &d); /* none: nothing is asked */
    diag_free(&d);
    app->qview = a;
  }
  return app->qview;
}

bool ask_showing(const App *app) { return app->qview && app->qview->showing; }

const AnswerSession *ask_answers(const App *app) {
  return app->qview && app->qview->started ? &app->qview->answers : NULL;
}

static void show(App *app, QuestionsView *a, AskWhen when, Action then, int arg) {
  a->showing = true;
  a->when = when;
  a->index = 0;
  a->then = then;
  a->then_arg = arg;
  a->scroll = 0;
  app->in.focus = -1;
  app->gfx.dirty = true;
}

bool ask_before(App *app, Action then, int arg) {
  QuestionsView *a = ask_get(app);
  if (!a->q || !a->q->count) return false;
  const Story *s = then == ACT_STORY && arg >= 0 && arg < app->lib.nstories ? app->lib.stories[arg].story : NULL;
  answers_begin(&a->answers, a->q, s ? s->id : "", app->classroom);
  a->started = true;
  show(app, a, ASK_BEFORE, then, arg);
  return true;
}

static void save(App *app, QuestionsView *a) {
  char *why = NULL;
  if (a->started && !answers_save(&a->answers, &why)) { /* nothing written with leave-no-trace */
    bts_warn("%s", why);
    free(why);
  }
  (void)app;
}

bool ask_after(App *app, Action then, int arg) {
  QuestionsView *a = app->qview;
  if (!a || !a->started || a->showing) return false;
  /* the story may have been named after the questions (command line) */
  if (!a->answers.story[0] && app->play.story)
    snprintf(a->answers.story, sizeof a->answers.story, "%s", app->play.story->id);
  show(app, a, ASK_AFTER, then, arg);
  return true;
}

static void next(App *app, QuestionsView *a, bool all) {
  a->index++;
  app->in.focus = -1;
  if (!all && a->index < a->q->count) return;
  a->showing = false;
  Action then = a->then;
  int arg = a->then_arg;
  if (a->when == ASK_AFTER) {
    /* the pair is complete: kept on this computer (or not at all), closed */
    save(app, a);
    a->started = false;
  }
  app_act(app, then, arg, 1); /* 1: asked already */
}

void ask_act(App *app, int arg, int arg2) {
  QuestionsView *a = app->qview;
  if (!a || !a->showing) return;
  app->gfx.dirty = true;
  if (arg >= 1 && arg <= ANSWER_VALUES) {
    /* counted in class: the file says so (the mode may be switched on late) */
    if (app->classroom) a->answers.classroom = true;
    answers_add(&a->answers, a->when, a->index, arg, arg2 < 0 ? -1 : 1);
    if (!app->classroom) next(app, a, false); /* one answer at home: on to the next */
  } else if (arg == 0 || arg == 6) {
    next(app, a, false);
  } else if (arg == 7) {
    next(app, a, true);
  }
}

bool ask_key(App *app, SDL_Keycode c, bool shift) {
  if (!ask_showing(app)) return false;
  int v = c >= SDLK_1 && c <= SDLK_5 ? (int)(c - SDLK_1) + 1 : c >= SDLK_KP_1 && c <= SDLK_KP_5 ? (int)(c - SDLK_KP_1) + 1 : 0;
  if (v) ask_act(app, v, shift ? -1 : 0);
  else if (c == SDLK_MINUS || c == SDLK_KP_MINUS) return true;
  return v != 0;
}

static int body(App *app, int x, int y, int w, bool draw) {
  QuestionsView *a = app->qview;
  const Theme *t = &app->gfx.th;
  int y0 = y;
  SDL_Rect col = {x, y, w, 1 << 20};
  TextBox *intro = text_layout(app, FONT_BODY, S(app, app->classroom ? S_Q_CLASS : S_Q_INTRO), w, t->dim);
  if (draw) draw_box(app, intro, x, y, col, t->bg, t->bg);
  y += intro->h + dp(app, 16);
  /* the statement on a card, with where it stands among the others */
  char count[32];
  snprintf(count, sizeof count, "%d / %d", a->index + 1, a->q->count);
  int pad = dp(app, 18);
  TextBox *cn = text_layout(app, FONT_SMALL, count, w - 2 * pad, t->card_dim);
  TextBox *qt = text_layout(app, FONT_HEAD, question_text(a->q, a->index, app->set.lang), w - 2 * pad, t->card_text);
  int ch = 2 * pad + cn->h + dp(app, 6) + qt->h;
  if (draw) {
    SDL_Rect r = {x, y, w, ch};
    frame_round(app, r, dp(app, 12), 1, t->card_border, t->card);
    draw_box(app, cn, x + pad, y + pad, r, t->card, t->card);
    draw_box(app, qt, x + pad, y + pad + cn->h + dp(app, 6), r, t->card, t->card);
  }
  y += ch + dp(app, 18);
  /* 1 to 5, the words at both ends under them */
  int gap = dp(app, 10), bw = (w - 4 * gap) / ANSWER_VALUES, bh = 0;
  char labels[ANSWER_VALUES][32];
  for (int v = 0; v < ANSWER_VALUES; v++) {
    if (app->classroom) snprintf(labels[v], sizeof labels[v], "%d  \xE2\x9C\x8B %d", v + 1, a->answers.counts[a->when][a->index][v]);
    else snprintf(labels[v], sizeof labels[v], "%d", v + 1);
    int h = button_height(app, labels[v], bw, FONT_HEAD);
    if (h > bh) bh = h;
  }
  if (bh < dp(app, 56)) bh = dp(app, 56);
  for (int v = 0; v < ANSWER_VALUES; v++)
    if (draw) button(app, (SDL_Rect){x + v * (bw + gap), y, bw, bh}, labels[v], ACT_QUESTION, v + 1, 0, false);
  y += bh + dp(app, 6);
  if (app->classroom) {
    int mh = button_height(app, "\xE2\x88\x92", bw, FONT_BOLD);
    for (int v = 0; v < ANSWER_VALUES; v++)
      if (draw) button(app, (SDL_Rect){x + v * (bw + gap), y, bw, mh}, "\xE2\x88\x92", ACT_QUESTION, v + 1, -1, false);
    y += mh + dp(app, 6);
  }
  TextBox *lo = text_layout(app, FONT_SMALL, S(app, S_Q_LOW), w / 2 - gap, t->dim);
  TextBox *hi = text_layout(app, FONT_SMALL, S(app, S_Q_HIGH), w / 2 - gap, t->dim);
  if (draw) {
    draw_box(app, lo, x, y, col, t->bg, t->bg);
    draw_box(app, hi, x + w - hi->w, y, col, t->bg, t->bg);
  }
  y += (lo->h > hi->h ? lo->h : hi->h) + dp(app, 24);
  /* skip this one; in class, next once the hands are counted */
  const char *skip = S(app, S_Q_SKIP), *nx = S(app, S_Q_NEXT);
  int sw = app->classroom ? (w - gap) / 2 : w;
  int sh = button_height(app, skip, sw, FONT_BOLD);
  if (draw) {
    button(app, (SDL_Rect){x, y, sw, sh}, skip, ACT_QUESTION, 0, 0, false);
    if (app->classroom) button(app, (SDL_Rect){x + sw + gap, y, sw, sh}, nx, ACT_QUESTION, 6, 0, true);
  }
  y += sh + dp(app, 20);
  return y - y0;
}

void draw_ask(App *app) {
  QuestionsView *a = app->qview;
  theme_get(&app->gfx.th, SKIN_GAME, app->set.high_contrast);
  fill_rect(app, (SDL_Rect){0, 0, app->gfx.w, app->gfx.h}, app->gfx.th.bg);
  int hh = page_header(app, S(app, a->when == ASK_BEFORE ? S_Q_BEFORE : S_Q_AFTER), false);
  SDL_Rect view = {0, hh, app->gfx.w, app->gfx.h - hh};
  int w = app->gfx.w - 2 * dp(app, 24);
  if (w > dp(app, 760)) w = dp(app, 760);
  int x = (app->gfx.w - w) / 2;
  scroll_column(app, view, x, w, dp(app, 24), dp(app, 24), &a->scroll, &a->scroll_max, body, app->gfx.th.dim);
}

void ask_close(App *app) {
  QuestionsView *a = app->qview;
  if (!a) return;
  /* before answers with no after ones (the window closed) still count */
  save(app, a);
  questions_free(a->q);
  free(a);
  app->qview = NULL;
}
