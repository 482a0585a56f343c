/* The debrief after every ending: what happened, each right step as done,
 * not done or done in a risky order (a word and a mark, not colour alone),
 * why it matters, and where to get help. Never a "game over". */
#include <stdio.h>

#include "debrief.h"
#include "draw.h"
#include "help_view.h"

static int section(App *app, const char *text, int x, int y, int w, bool draw) {
  TextBox *b = text_layout(app, FONT_HEAD, text, w, app->gfx.th.text);
  if (draw) draw_box(app, b, x, y, (SDL_Rect){x, y, w, b->h}, app->gfx.th.bg, app->gfx.th.bg);
  return b->h + dp(app, 8);
}

static int step(App *app, const DebriefItem *it, int x, int y, int w, bool draw) {
  const Theme *t = &app->gfx.th;
  Verdict v = it->verdict;
  /* "not needed on this path" is not a failure: the calm colours of a card */
  SDL_Color fg = v == VERDICT_TAKEN ? t->ok : v == VERDICT_MISSED ? t->miss : v == VERDICT_NOT_NEEDED ? t->card_dim : t->warn;
  SDL_Color bg = v == VERDICT_TAKEN ? t->ok_bg : v == VERDICT_MISSED ? t->miss_bg : v == VERDICT_NOT_NEEDED ? t->card : t->warn_bg;
  const char *mark = v == VERDICT_TAKEN ? "✓" : v == VERDICT_MISSED ? "○" : v == VERDICT_NOT_NEEDED ? "☆" : "↺";
  StrId word = v == VERDICT_TAKEN ? S_TAKEN : v == VERDICT_MISSED ? S_MISSED : v == VERDICT_NOT_NEEDED ? S_NOT_NEEDED : S_WRONG_ORDER;
  char head[200], title[600];
  snprintf(head, sizeof head, "%s  %s", mark, S(app, word));
  /* response steps carry their place in the sequence */
  if (it->number > 0) snprintf(title, sizeof title, "%d. %s", it->number, it->step ? it->step : it->id);
  else snprintf(title, sizeof title, "%s", it->step ? it->step : it->id);
  int pad = dp(app, 14), inner = w - 2 * pad;
  TextBox *h1 = text_layout(app, FONT_BOLD, head, inner, fg);
  TextBox *st = text_layout(app, FONT_BOLD, title, inner, t->card_text);
  TextBox *why = text_layout(app, FONT_BODY, it->why ? it->why : "", inner, t->card_dim);
  int h = 2 * pad + h1->h + dp(app, 4) + st->h + dp(app, 4) + why->h;
  if (draw) {
    SDL_Rect r = {x, y, w, h};
    frame_round(app, r, dp(app, 10), 1, t->card_border, t->card);
    /* the mark's colour as a band on the left, the word says the same */
    fill_round(app, (SDL_Rect){x, y, dp(app, 6), h}, dp(app, 3), fg, fg);
    SDL_Rect chip = {x + pad - dp(app, 6), y + pad - dp(app, 3), h1->w + dp(app, 12), h1->h + dp(app, 6)};
    fill_round(app, chip, dp(app, 6), bg, bg);
    int yy = y + pad;
    draw_box(app, h1, x + pad, yy, r, bg, bg);
    yy += h1->h + dp(app, 4);
    draw_box(app, st, text_x(st, x + pad, inner), yy, r, t->card, t->card);
    yy += st->h + dp(app, 4);
    draw_box(app, why, text_x(why, x + pad, inner), yy, r, t->card, t->card);
  }
  return h;
}

/* The whole page; returns its height. */
static int page(App *app, int x, int y, int w, bool draw) {
  const Theme *t = &app->gfx.th;
  Runtime *rt = app->play.rt;
  int y0 = y;
  SDL_Rect col = {x, y, w, 1 << 20};
  if (rt_state(rt) == RT_ERROR) {
    y += draw ? draw_text(app, FONT_TITLE, S(app, S_ERROR), x, y, w, t->text, t->bg, col)
              : text_layout(app, FONT_TITLE, S(app, S_ERROR), w, t->text)->h;
    TextBox *e = text_layout(app, FONT_BODY, rt_error(rt) ? rt_error(rt) : "", w, t->text);
    if (draw) draw_box(app, e, x, y + dp(app, 8), col, t->bg, t->bg);
    return y + e->h + dp(app, 8) - y0;
  }
  TextBox *kick = text_layout(app, FONT_SMALL, S(app, S_ENDING), w, t->dim);
  TextBox *title = text_layout(app, FONT_TITLE, rt_ending_title(rt) ? rt_ending_title(rt) : "", w, t->text);
  if (draw) {
    draw_box(app, kick, x, y, col, t->bg, t->bg);
    draw_box(app, title, text_x(title, x, w), y + kick->h, col, t->bg, t->bg);
  }
  y += kick->h + title->h + dp(app, 16);
  y += section(app, S(app, S_WHAT_HAPPENED), x, y, w, draw);
  const char *sum = rt_ending_summary(rt);
  TextBox *sb = text_layout(app, FONT_BODY, sum ? sum : "", w, t->text);
  if (draw) draw_box(app, sb, text_x(sb, x, w), y, col, t->bg, t->bg);
  y += sb->h + dp(app, 20);
  DebriefItem items[CATALOG_MAX];
  int n = rt_debrief(rt, items, CATALOG_MAX);
  if (n > 0) {
    /* the response steps in the order that helps, then "next time" */
    y += section(app, S(app, S_RIGHT_STEPS), x, y, w, draw);
    bool next_time = false;
    for (int i = 0; i < n; i++) {
      if (items[i].prevention && !next_time) {
        y += dp(app, 10) + section(app, S(app, S_NEXT_TIME), x, y + dp(app, 10), w, draw);
        next_time = true;
      }
      y += step(app, &items[i], x, y, w, draw) + dp(app, 10);
    }
    y += dp(app, 10);
  }
  /* kind words before the contacts */
  int pad = dp(app, 14);
  /* the sextortion advice only where the story is about it */
  bool sextortion = !app->play.story || app->play.story->topic == TOPIC_SEXTORTION;
  TextBox *kind = text_layout(app, FONT_BOLD, S(app, sextortion ? S_NOT_YOUR_FAULT : S_NOT_YOUR_FAULT_ANY),
                              w - 2 * pad, t->discuss_text);
  if (draw) {
    SDL_Rect r = {x, y, w, kind->h + 2 * pad};
    fill_round(app, r, dp(app, 10), t->discuss_bg, t->discuss_bg);
    draw_box(app, kind, x + pad, y + pad, r, t->discuss_bg, t->discuss_bg);
  }
  y += kind->h + 2 * pad + dp(app, 20);
  y += section(app, S(app, S_HELP_TITLE), x, y, w, draw);
  y += help_list(app, x, y, w, draw, t->bg, app->play.story ? (int)app->play.story->topic : -1);
  /* the printable summary of the session (also Ctrl+P or F9) */
  char label[160];
  snprintf(label, sizeof label, "%s (Ctrl+P)", S(app, S_SUMMARY));
  int bh = button_height(app, label, w, FONT_BOLD);
  if (draw) button(app, (SDL_Rect){x, y + dp(app, 10), w, bh}, label, ACT_SUMMARY, 0, 0, false);
  y += bh + dp(app, 20);
  return y - y0 + dp(app, 10);
}

void draw_debrief(App *app) {
  theme_get(&app->gfx.th, SKIN_GAME, app->set.high_contrast);
  const Theme *t = &app->gfx.th;
  fill_rect(app, (SDL_Rect){0, 0, app->gfx.w, app->gfx.h}, t->bg);
  /* the three ways on, fixed at the bottom */
  const char *labels[3] = {S(app, S_UNDO), S(app, S_PLAY_AGAIN), S(app, S_MENU)};
  Action acts[3] = {ACT_UNDO, ACT_PLAY_AGAIN, ACT_MENU};
  bool can_undo = rt_can_undo(app->play.rt);
  int pad = dp(app, 12), gap = dp(app, 10);
  int avail = app->gfx.w - 2 * pad;
  int first = can_undo ? 0 : 1, n = 3 - first;
  /* All in one row if they fit; else the first alone and the others side
   * by side; else one per row. Rects are relative to the bar's top. */
  SDL_Rect rect[3];
  int rows = 0;
  /* A bar taller than a third of the window would crowd out the page (and
   * the header's Help): then all in one row, their labels wrapped. */
  int max_foot = app->gfx.h / 3;
  for (int layout = 0; layout < 4 && !rows; layout++) {
    int per_row[3], nr = 0;
    if (layout == 0 || layout == 3) { per_row[0] = n; nr = 1; }
    else if (layout == 1 && n == 3) { per_row[0] = 1; per_row[1] = 2; nr = 2; }
    else if (layout == 1) continue;
    else { for (int k = 0; k < n; k++) per_row[k] = 1; nr = n; }
    bool fits = true;
    int y = pad, i = first;
    for (int r = 0; r < nr; r++) {
      int bw = (avail - (per_row[r] - 1) * gap) / per_row[r], bh = 0;
      for (int k = 0; k < per_row[r]; k++) {
        if (text_width(app, FONT_BOLD, labels[i + k]) + dp(app, 28) > bw && layout < 2) fits = false;
        int h = button_height(app, labels[i + k], bw, FONT_BOLD);
        if (h > bh) bh = h;
      }
      for (int k = 0; k < per_row[r]; k++) rect[i + k] = (SDL_Rect){pad + k * (bw + gap), y, bw, bh};
      y += bh + gap;
      i += per_row[r];
    }
    if (layout < 3 && y - gap + pad > max_foot) fits = false;
    if (fits) rows = nr;
  }
  int foot = 0;
  for (int i = first; i < 3; i++)
    if (rect[i].y + rect[i].h + pad > foot) foot = rect[i].y + rect[i].h + pad;
  const Story *st = app->play.story;
  int hh = page_header(app, st && st->title ? story_tr(st, rt_lang(app->play.rt), st->title) : S(app, S_GAME), false);
  SDL_Rect view = {0, hh, app->gfx.w, app->gfx.h - hh - foot};
  int w = app->gfx.w - 2 * dp(app, 20);
  if (w > dp(app, 820)) w = dp(app, 820);
  int x = (app->gfx.w - w) / 2;
  scroll_column(app, view, x, w, dp(app, 20), dp(app, 40), &app->nav.scroll[SCR_DEBRIEF],
                &app->nav.scroll_max[SCR_DEBRIEF], page, t->dim);
  SDL_Rect bar = {0, app->gfx.h - foot, app->gfx.w, foot};
  fill_rect(app, bar, t->bg);
  fill_rect(app, (SDL_Rect){0, bar.y, app->gfx.w, 1}, t->sep);
  for (int i = first; i < 3; i++) {
    SDL_Rect r = rect[i];
    r.y += bar.y;
    button(app, r, labels[i], acts[i], 0, acts[i] == ACT_UNDO, i == first); /* arg2 1: the list of decisions */
  }
}
