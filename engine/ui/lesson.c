/* The teacher's panels: the class vote, "Go back to a choice", a yes/no
 * question, and the "Classroom" badge (lesson.h). The counts live in the
 * runtime (rt_set_votes), so they are in the save and the summary; the
 * panels only show and edit them. */
#include <stdio.h>
#include <string.h>

#include "ask_view.h"
#include "draw.h"
#include "inbox.h"
#include "lesson.h"
#include "save.h"
#include "util.h"

char lesson_letter(int reply) { return (char)('A' + reply); }

bool lesson_panel_open(const App *app) { return app->lesson.panel != PANEL_NONE; }

bool lesson_close(App *app) {
  if (app->lesson.panel == PANEL_NONE) return false;
  app->lesson.panel = PANEL_NONE;
  app->in.focus = -1;
  app->gfx.dirty = true;
  return true;
}

static void open_panel(App *app, Panel p, int sel) {
  app->lesson.panel = p;
  app->lesson.sel = sel;
  app->lesson.typed = false;
  app->in.focus = -1;
  app->gfx.dirty = true;
}

bool lesson_open_vote(App *app) {
  if (app->nav.screen != SCR_CHAT || !play_waiting_choice(&app->play)) return false;
  open_panel(app, PANEL_VOTE, 0);
  return true;
}

bool lesson_open_back(App *app) {
  if (!app->play.rt || rt_choices_made(app->play.rt) == 0) return false;
  open_panel(app, PANEL_BACK, rt_choices_made(app->play.rt) - 1);
  return true;
}

void lesson_ask(App *app, Ask what, int arg) {
  app->lesson.ask = what;
  app->lesson.ask_arg = arg;
  open_panel(app, PANEL_ASK, 0);
}

/* ---- the vote ---- */

static int vote_count(const App *app, int reply) {
  int v = rt_votes(app->play.rt, rt_choices_made(app->play.rt), reply);
  return v < 0 ? 0 : v;
}

static void set_count(App *app, int reply, int count) {
  if (count < 0) count = 0;
  if (count > RT_VOTES_MAX) count = RT_VOTES_MAX;
  rt_set_votes(app->play.rt, reply, count);
  app->gfx.dirty = true;
}

/* The reply the class takes: the one with most votes; on a tie, the
 * selected one when it is among the tied (the teacher decides). -1: none. */
static int vote_pick(const App *app) {
  int tied = 0, w = rt_vote_winner(app->play.rt, &tied);
  if (w >= 0) return w;
  if (tied < 2) return -1;
  int top = 0, n = rt_choice_count(app->play.rt);
  for (int i = 0; i < n; i++)
    if (vote_count(app, i) > top) top = vote_count(app, i);
  return app->lesson.sel >= 0 && app->lesson.sel < n && vote_count(app, app->lesson.sel) == top ? app->lesson.sel : -1;
}

static void vote_take(App *app, int reply) {
  if (reply < 0) {
    app_status(app, S(app, S_VOTE_TIE));
    return;
  }
  lesson_close(app);
  app_act(app, ACT_CHOICE, reply, 0);
}

bool lesson_votes(App *app, const int *counts, int n, bool take) {
  if (!app->play.rt) return false;
  if (!play_waiting_choice(&app->play)) app_play_run(app);
  if (!play_waiting_choice(&app->play)) return false;
  for (int i = 0; i < n && i < rt_choice_count(app->play.rt); i++) set_count(app, i, counts[i]);
  if (!take) return true;
  int w = rt_vote_winner(app->play.rt, NULL);
  if (w < 0) return false;
  return app_play_choose(app, w);
}

/* ---- keys ---- */

static bool vote_key(App *app, SDL_Keycode c) {
  Lesson *l = &app->lesson;
  int n = rt_choice_count(app->play.rt);
  if (n == 0) return lesson_close(app);
  if (c >= SDLK_a && c < SDLK_a + n) { l->sel = (int)(c - SDLK_a); l->typed = false; }
  else if (c == SDLK_UP) { l->sel = (l->sel + n - 1) % n; l->typed = false; }
  else if (c == SDLK_DOWN || c == SDLK_TAB) { l->sel = (l->sel + 1) % n; l->typed = false; }
  else if ((c >= SDLK_0 && c <= SDLK_9) || (c >= SDLK_KP_1 && c <= SDLK_KP_0)) {
    int d = c >= SDLK_0 && c <= SDLK_9 ? (int)(c - SDLK_0) : c == SDLK_KP_0 ? 0 : (int)(c - SDLK_KP_1) + 1;
    int now = l->typed ? vote_count(app, l->sel) : 0;
    if (now * 10 + d <= RT_VOTES_MAX) set_count(app, l->sel, now * 10 + d);
    l->typed = true;
  } else if (c == SDLK_BACKSPACE) set_count(app, l->sel, vote_count(app, l->sel) / 10);
  else if (c == SDLK_PLUS || c == SDLK_EQUALS || c == SDLK_KP_PLUS) { set_count(app, l->sel, vote_count(app, l->sel) + 1); l->typed = false; }
  else if (c == SDLK_MINUS || c == SDLK_KP_MINUS) { set_count(app, l->sel, vote_count(app, l->sel) - 1); l->typed = false; }
  else if (c == SDLK_RETURN || c == SDLK_KP_ENTER) vote_take(app, vote_pick(app));
  else return false;
  app->gfx.dirty = true;
  return true;
}

static bool back_key(App *app, SDL_Keycode c) {
  Lesson *l = &app->lesson;
  int n = rt_choices_made(app->play.rt);
  if (c == SDLK_UP) l->sel = l->sel > 0 ? l->sel - 1 : 0;
  else if (c == SDLK_DOWN || c == SDLK_TAB) l->sel = l->sel + 1 < n ? l->sel + 1 : n - 1;
  else if (c == SDLK_RETURN || c == SDLK_KP_ENTER) lesson_act(app, ACT_BACK_TO, l->sel, 0);
  else return false;
  app->gfx.dirty = true;
  return true;
}

bool lesson_key(App *app, SDL_Keycode c) {
  switch (app->lesson.panel) {
  case PANEL_VOTE: vote_key(app, c); return true; /* modal: other keys do nothing */
  case PANEL_BACK: back_key(app, c); return true;
  case PANEL_ASK: {
    /* Tab and the arrows move between its two answers, Enter or Space
     * press the one in focus; Enter with none in focus is the first */
    bool focus = app->in.focus_visible && app->in.focus >= 0 && app->in.focus < app->in.nzones;
    if ((c == SDLK_RETURN || c == SDLK_KP_ENTER) && !focus) {
      lesson_act(app, ACT_ASK, 1, 0);
      return true;
    }
    return !(c == SDLK_TAB || c == SDLK_LEFT || c == SDLK_RIGHT || c == SDLK_UP || c == SDLK_DOWN ||
             c == SDLK_RETURN || c == SDLK_KP_ENTER || c == SDLK_SPACE);
  }
  case PANEL_NONE: break;
  }
  if (!app->classroom || app->nav.screen != SCR_CHAT || app->nav.help_open) return false;
  if (c == SDLK_v) return lesson_open_vote(app);
  if (c == SDLK_b) return lesson_open_back(app);
  return false;
}

/* A gamepad in class: X opens the vote (Y is Help), and in the vote the
 * d-pad does what the keys do (up/down pick a reply, right/left one hand
 * more or less, A takes the winner); in the list of decisions up/down and
 * A. Other panels and buttons: the focus moves as usual. */
bool lesson_pad(App *app, Uint8 b) {
  static const struct { Uint8 pad; SDL_Keycode key; } keys[] = {
      {SDL_CONTROLLER_BUTTON_DPAD_UP, SDLK_UP}, {SDL_CONTROLLER_BUTTON_DPAD_DOWN, SDLK_DOWN},
      {SDL_CONTROLLER_BUTTON_DPAD_RIGHT, SDLK_PLUS}, {SDL_CONTROLLER_BUTTON_DPAD_LEFT, SDLK_MINUS},
      {SDL_CONTROLLER_BUTTON_A, SDLK_RETURN}};
  Panel p = app->lesson.panel;
  if (p == PANEL_VOTE || p == PANEL_BACK) {
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
      if (keys[i].pad == b) {
        if (p == PANEL_BACK && (keys[i].key == SDLK_PLUS || keys[i].key == SDLK_MINUS)) return true;
        return lesson_key(app, keys[i].key);
      }
    return false; /* B closes, shoulders scroll: as everywhere */
  }
  if (p == PANEL_NONE && b == SDL_CONTROLLER_BUTTON_X && app->classroom && app->nav.screen == SCR_CHAT &&
      !app->nav.help_open)
    return lesson_open_vote(app);
  return false;
}

/* ---- actions ---- */

void lesson_act(App *app, Action a, int arg, int arg2) {
  Lesson *l = &app->lesson;
  app->gfx.dirty = true;
  switch (a) {
  case ACT_VOTE: /* arg: the reply; arg2: -1, +1, or 0 to select it */
    if (l->panel != PANEL_VOTE || arg < 0 || arg >= rt_choice_count(app->play.rt)) break;
    l->sel = arg;
    l->typed = false;
    if (arg2) set_count(app, arg, vote_count(app, arg) + arg2);
    break;
  case ACT_VOTE_OPEN: lesson_open_vote(app); break;
  case ACT_VOTE_TAKE: vote_take(app, vote_pick(app)); break;
  case ACT_PANEL_CLOSE: lesson_close(app); break;
  case ACT_BACK_SHOW: /* arg: a decision out of view, selected (so drawn) */
    if (l->panel == PANEL_BACK && app->play.rt && arg >= 0 && arg < rt_choices_made(app->play.rt)) l->sel = arg;
    break;
  case ACT_BACK_TO: {
    lesson_close(app);
    if (play_back_to(&app->play, arg)) {
      inbox_reset(app);
      app->nav.scroll[SCR_CHAT] = 0;
      app_go(app, SCR_CHAT);
    }
    break;
  }
  case ACT_ASK: {
    Ask what = l->ask;
    int story = l->ask_arg;
    lesson_close(app);
    /* Starting over is a fresh start, in class and at home: the before
     * questions come first, as when the story is picked the first time
     * (the abandoned run's answers were never paired with after ones). */
    bool over = (what == ASK_START_OVER && arg == 1) || (what == ASK_RESUME && arg == 0);
    if (what == ASK_RESUME && arg == 1) app_open_story(app, app->lib.story_index, true);
    else if (over) {
      int k = what == ASK_RESUME ? app->lib.story_index : story;
      if (!ask_before(app, ACT_STORY, k)) app_open_story(app, k, false);
    }
    break;
  }
  default: break;
  }
}

/* ---- drawing ---- */

/* The card the panels are drawn on, centred over a dimmed screen. */
static SDL_Rect card(App *app, int want_w, int h) {
  int m = dp(app, 16);
  int w = app->gfx.w - 2 * m;
  if (w > want_w) w = want_w;
  if (h > app->gfx.h - 2 * m) h = app->gfx.h - 2 * m;
  return (SDL_Rect){(app->gfx.w - w) / 2, (app->gfx.h - h) / 2, w, h};
}

/* The screen dimmed, the card, its title and hint (either may be NULL):
 * the height they take. */
static int panel_top(App *app, SDL_Rect c, TextBox *title, TextBox *hint, int x, int y) {
  const Theme *t = &app->gfx.th;
  fill_rect(app, (SDL_Rect){0, 0, app->gfx.w, app->gfx.h}, t->dimmer);
  frame_round(app, c, dp(app, 14), dp(app, 2), t->card_border, t->card);
  if (!title) return 0;
  draw_box(app, title, x, y, c, t->card, t->card);
  if (hint) draw_box(app, hint, x, y + title->h, c, t->card, t->card);
  return title->h + (hint ? hint->h : 0) + dp(app, 12);
}

static int vote_rows(App *app, int x, int y, int w, int style, bool draw) {
  const Theme *t = &app->gfx.th;
  int n = rt_choice_count(app->play.rt), y0 = y, gap = dp(app, 8), pad = dp(app, 10);
  int lw = app->gfx.fonts.line[FONT_TITLE] + dp(app, 12);
  int bw = app->gfx.fonts.line[FONT_HEAD] + dp(app, 16);
  int cw = text_width(app, FONT_TITLE, "0000") + dp(app, 8);
  int tw = w - lw - 2 * bw - cw - 5 * pad;
  for (int i = 0; i < n; i++) {
    const char *txt = rt_choice_text(app->play.rt, i);
    TextBox *tb = text_layout(app, style, txt ? txt : "", tw, t->card_text);
    int h = tb->h + 2 * pad;
    if (h < app->gfx.fonts.line[FONT_TITLE] + 2 * pad) h = app->gfx.fonts.line[FONT_TITLE] + 2 * pad;
    if (draw) {
      SDL_Rect row = {x, y, w, h};
      bool sel = i == app->lesson.sel;
      frame_round(app, row, dp(app, 10), sel ? dp(app, 3) : 1, sel ? t->focus : t->card_border, t->card);
      zone_add(app, row, ACT_VOTE, i, 0);
      char letter[2] = {lesson_letter(i), 0};
      TextBox *lb = text_layout(app, FONT_TITLE, letter, 0, t->card_text);
      draw_box(app, lb, x + pad + (lw - lb->w) / 2, y + (h - lb->h) / 2, row, t->card, t->card);
      draw_box(app, tb, x + pad + lw + pad, y + (h - tb->h) / 2, row, t->card, t->card);
      int cx = x + w - pad - bw - cw - bw - dp(app, 4);
      SDL_Rect minus = {cx, y + (h - bw) / 2, bw, bw};
      button(app, minus, "\xE2\x88\x92", ACT_VOTE, i, -1, false);
      char num[16];
      snprintf(num, sizeof num, "%d", vote_count(app, i));
      TextBox *nb = text_layout(app, FONT_TITLE, num, 0, t->card_text);
      SDL_Rect cr = {cx + bw, y, cw, h};
      draw_box(app, nb, cr.x + (cw - nb->w) / 2, y + (h - nb->h) / 2, cr, t->card, t->card);
      button(app, (SDL_Rect){cx + bw + cw, minus.y, bw, bw}, "+", ACT_VOTE, i, 1, false);
    }
    y += h + gap;
  }
  return y - y0;
}

/* What Enter would do now, in words. */
static const char *vote_state(App *app, char *buf, size_t n) {
  int tied = 0, w = rt_vote_winner(app->play.rt, &tied);
  if (w >= 0) {
    char letter[2] = {lesson_letter(w), 0};
    return i18n_name_word(app->opt.i18n, app->set.lang, S_VOTE_MOST, letter, buf, n);
  }
  return S(app, tied >= 2 ? S_VOTE_TIE : S_VOTE_NONE);
}

static void draw_vote(App *app) {
  const Theme *t = &app->gfx.th;
  int pad = dp(app, 20), inner_max = dp(app, 980);
  SDL_Rect c = card(app, inner_max, app->gfx.h);
  int w = c.w - 2 * pad;
  TextBox *title = text_layout(app, FONT_TITLE, S(app, S_VOTE_TITLE), w, t->card_text);
  TextBox *hint = text_layout(app, FONT_SMALL, S(app, S_VOTE_HINT), w, t->card_dim);
  char sbuf[200];
  TextBox *state = text_layout(app, FONT_BOLD, vote_state(app, sbuf, sizeof sbuf), w, t->card_text);
  const char *tl = S(app, S_VOTE_TAKE), *cl = S(app, S_CLOSE);
  int tbw = text_width(app, FONT_BOLD, tl) + dp(app, 40), cbw = text_width(app, FONT_BOLD, cl) + dp(app, 40);
  if (tbw + cbw + dp(app, 10) > w) tbw = cbw = (w - dp(app, 10)) / 2;
  int bh = button_height(app, tl, tbw, FONT_BOLD);
  if (button_height(app, cl, cbw, FONT_BOLD) > bh) bh = button_height(app, cl, cbw, FONT_BOLD);
  int fixed = 2 * pad + title->h + hint->h + dp(app, 12) + dp(app, 12) + state->h + dp(app, 12) + bh;
  /* long replies at projector size: the smaller font before anything is cut */
  int style = FONT_BODY;
  if (fixed + vote_rows(app, 0, 0, w, style, false) > app->gfx.h - dp(app, 32)) style = FONT_SMALL;
  int h = fixed + vote_rows(app, 0, 0, w, style, false);
  c = card(app, inner_max, h);
  int x = c.x + pad, y = c.y + pad + panel_top(app, c, title, hint, x, c.y + pad);
  y += vote_rows(app, x, y, w, style, true) + dp(app, 4);
  draw_box(app, state, x, y, c, t->card, t->card);
  y += state->h + dp(app, 12);
  button(app, (SDL_Rect){x, y, tbw, bh}, tl, ACT_VOTE_TAKE, 0, 0, true);
  button(app, (SDL_Rect){x + tbw + dp(app, 10), y, cbw, bh}, cl, ACT_PANEL_CLOSE, 0, 0, false);
}

static void draw_back(App *app) {
  const Theme *t = &app->gfx.th;
  const Runtime *rt = app->play.rt;
  int pad = dp(app, 20);
  SDL_Rect c = card(app, dp(app, 900), app->gfx.h);
  int w = c.w - 2 * pad, gap = dp(app, 8);
  TextBox *title = text_layout(app, FONT_TITLE, S(app, S_UNDO), w, t->card_text);
  TextBox *hint = text_layout(app, FONT_SMALL, S(app, S_BACK_HINT), w, t->card_dim);
  const char *cl = S(app, S_CLOSE);
  int cbw = text_width(app, FONT_BOLD, cl) + dp(app, 40);
  if (cbw > w) cbw = w;
  int cbh = button_height(app, cl, cbw, FONT_BOLD);
  int n = rt_choices_made(rt);
  char (*labels)[400] = xcalloc((size_t)n + 1, sizeof *labels);
  int *hs = xcalloc((size_t)n + 1, sizeof *hs);
  for (int d = 0; d < n; d++) {
    char *txt = rt_decision_text(rt, d, rt_decision_taken(rt, d));
    snprintf(labels[d], sizeof labels[d], "%d.  %s", d + 1, txt ? txt : "");
    free(txt);
    hs[d] = button_height(app, labels[d], w, FONT_BODY);
  }
  /* As many decisions as fit, the selected one always among them: the
   * latest first (a long path keeps the recent ones in view), and Up or the
   * d-pad past the top brings the earlier ones in. A line
   * says how many are out of view above and below. */
  char more[2][160];
  int sel = app->lesson.sel < 0 ? 0 : app->lesson.sel >= n ? n - 1 : app->lesson.sel;
  int fixed = app->gfx.h - dp(app, 32) - 2 * pad - dp(app, 12) - cbh - dp(app, 12) -
              2 * (button_height(app, "\xE2\x86\x91", w, FONT_SMALL) + gap); /* the ↑ and ↓ lines */
  int room = fixed - title->h - hint->h;
  /* Large text on a small screen: the selected decision and Close come
   * before the explanation (the title says what the list is) */
  if (room < hs[sel] + gap) {
    hint = NULL;
    room = fixed - title->h;
  }
  if (room < hs[sel] + gap) { /* still not: a smaller title */
    title = text_layout(app, FONT_HEAD, S(app, S_UNDO), w, t->card_text);
    room = fixed - title->h;
  }
  int first = n, last = n, used = 0;
  while (first > 0 && used + hs[first - 1] + gap <= room) used += hs[--first] + gap;
  if (sel < first) {
    first = last = sel;
    used = 0;
    while (last < n && (last == first || used + hs[last] + gap <= room)) used += hs[last++] + gap;
  }
  /* The lines for the decisions out of view are controls, as they look:
   * a click brings the nearest hidden one into view (selected), as Up or
   * Down past the edge does. */
  const char *above = NULL, *below = NULL;
  int ah = 0, bh = 0;
  if (first > 0) {
    above = i18n_count_word(app->opt.i18n, app->set.lang, S_BACK_ABOVE, first, more[0], sizeof more[0]);
    ah = button_height(app, above, w, FONT_SMALL);
  }
  if (last < n) {
    below = i18n_count_word(app->opt.i18n, app->set.lang, S_BACK_BELOW, n - last, more[1], sizeof more[1]);
    bh = button_height(app, below, w, FONT_SMALL);
  }
  int h = 2 * pad + title->h + (hint ? hint->h : 0) + dp(app, 12) + used + dp(app, 4) + cbh + (above ? ah + gap : 0) +
          (below ? bh + gap : 0);
  c = card(app, dp(app, 900), h);
  int x = c.x + pad, y = c.y + pad + panel_top(app, c, title, hint, x, c.y + pad);
  if (above) {
    button_colored(app, (SDL_Rect){x, y, w, ah}, above, ACT_BACK_SHOW, first - 1, 0, t->card, t->card_dim,
                   t->button_border, FONT_SMALL, 1);
    y += ah + gap;
  }
  for (int d = first; d < last; d++) {
    SDL_Rect r = {x, y, w, hs[d]};
    bool sel = d == app->lesson.sel;
    button_colored(app, r, labels[d], ACT_BACK_TO, d, 0, sel ? t->primary : t->button, sel ? t->primary_text : t->button_text,
                   sel ? t->primary : t->button_border, FONT_BODY, 1);
    y += hs[d] + gap;
  }
  if (below) {
    button_colored(app, (SDL_Rect){x, y, w, bh}, below, ACT_BACK_SHOW, last, 0, t->card, t->card_dim,
                   t->button_border, FONT_SMALL, 1);
    y += bh + gap;
  }
  y += dp(app, 4);
  button(app, (SDL_Rect){x, y, cbw, cbh}, cl, ACT_PANEL_CLOSE, 0, 0, false);
  free(labels);
  free(hs);
}

static void draw_yes_no(App *app) {
  const Theme *t = &app->gfx.th;
  int pad = dp(app, 24);
  SDL_Rect c = card(app, dp(app, 720), app->gfx.h);
  int w = c.w - 2 * pad;
  bool resume = app->lesson.ask == ASK_RESUME;
  /* which story: the question comes over the menu of every story */
  int k = resume ? app->lib.story_index : app->lesson.ask_arg;
  const Story *st = k >= 0 && k < app->lib.nstories ? app->lib.stories[k].story : NULL;
  const char *name = st && st->title ? story_tr(st, app->set.lang, st->title) : "";
  TextBox *sn = text_layout(app, FONT_BOLD, name, w, t->card_dim);
  TextBox *q = text_layout(app, FONT_HEAD, S(app, resume ? S_ASK_RESUME : S_ASK_START_OVER), w, t->card_text);
  const char *yes = S(app, resume ? S_CONTINUE : S_START_OVER), *no = S(app, resume ? S_START_OVER : S_CANCEL);
  int bw = (w - dp(app, 10)) / 2;
  int bh = button_height(app, yes, bw, FONT_BOLD);
  if (button_height(app, no, bw, FONT_BOLD) > bh) bh = button_height(app, no, bw, FONT_BOLD);
  c = card(app, dp(app, 720), 2 * pad + sn->h + dp(app, 6) + q->h + dp(app, 20) + bh);
  panel_top(app, c, NULL, NULL, 0, 0);
  int x = c.x + pad, y = c.y + pad;
  draw_box(app, sn, x, y, c, t->card, t->card);
  y += sn->h + dp(app, 6);
  draw_box(app, q, x, y, c, t->card, t->card);
  y += q->h + dp(app, 20);
  button(app, (SDL_Rect){x, y, bw, bh}, yes, ACT_ASK, 1, 0, true);
  button(app, (SDL_Rect){x + bw + dp(app, 10), y, bw, bh}, no, ACT_ASK, 0, 0, false);
}

void draw_lesson(App *app) {
  if (app->lesson.panel == PANEL_NONE) return;
  /* modal: only the panel can be pressed, only its text is checked */
  app->in.nzones = 0;
  app->gfx.nrecs = 0;
  theme_get(&app->gfx.th, SKIN_GAME, app->set.high_contrast);
  switch (app->lesson.panel) {
  case PANEL_VOTE:
    if (play_waiting_choice(&app->play)) draw_vote(app);
    else app->lesson.panel = PANEL_NONE;
    break;
  case PANEL_BACK:
    if (app->play.rt && rt_choices_made(app->play.rt) > 0) draw_back(app);
    else app->lesson.panel = PANEL_NONE;
    break;
  case PANEL_ASK: draw_yes_no(app); break;
  case PANEL_NONE: break;
  }
}

int classroom_badge(App *app, int right, SDL_Rect bar, bool draw) {
  if (!app->classroom) return 0;
  Theme th;
  theme_get(&th, SKIN_GAME, app->set.high_contrast);
  TextBox *b = text_layout(app, FONT_SMALL, S(app, S_CLASSROOM), 0, th.primary_text);
  int px = dp(app, 10), py = dp(app, 3);
  int w = b->w + 2 * px, h = b->h + 2 * py;
  if (draw) {
    SDL_Rect r = {right - w, bar.y + (bar.h - h) / 2, w, h};
    fill_round(app, r, h / 2, th.primary, th.primary);
    draw_box(app, b, r.x + px, r.y + py, r, th.primary, th.primary);
  }
  return w + dp(app, 10);
}
