/* The strip at the bottom of the chat: 2-4 replies when the story waits for
 * one (numbered for the keyboard), the debrief button at an ending, and a
 * quiet hint while messages arrive. Buttons wrap their text, never clip it. */
#include <stdio.h>

#include "call_view.h"
#include "choices.h"
#include "draw.h"
#include "lesson.h"

static int columns(App *app, int width, int n) {
  return n >= 2 && width >= dp(app, 760) ? 2 : 1;
}

/* The replies in the strip, in order (shown indices): every waiting reply
 * but those the call screen shows as its buttons (Answer, Hang up...). */
static int strip_replies(App *app, int *out) {
  int n = 0, all = rt_choice_count(app->play.rt);
  for (int i = 0; i < all && n < STORY_CHOICES_MAX; i++)
    if (!call_shows_reply(app, i)) out[n++] = i;
  return n;
}

int strip_reply(App *app, int k) {
  int list[STORY_CHOICES_MAX];
  int n = play_waiting_choice(&app->play) ? strip_replies(app, list) : 0;
  return k >= 0 && k < n ? list[k] : -1;
}

/* The strip's k-th reply, numbered as the strip shows it (the keys 1-4). */
static void label(App *app, int k, int i, char *buf, size_t n) {
  /* classroom mode: the letter stands beside the text, large (lettered) */
  if (app->classroom) snprintf(buf, n, "%s", rt_choice_text(app->play.rt, i));
  else snprintf(buf, n, "%d.  %s", k + 1, rt_choice_text(app->play.rt, i));
}

/* The room a reply's letter takes at the left of its button. */
static int letter_w(App *app) { return app->classroom ? app->gfx.fonts.line[FONT_TITLE] + dp(app, 14) : 0; }

static int reply_height(App *app, const char *text, int bw) {
  int h = button_height(app, text, bw - letter_w(app), FONT_BODY);
  int lh = app->classroom ? app->gfx.fonts.line[FONT_TITLE] + dp(app, 8) : 0;
  return h > lh ? h : lh;
}

/* A reply in classroom mode: the class votes by letter (A-D), so the
 * letter is large, on the left; the text beside it. */
static void lettered(App *app, SDL_Rect r, const char *text, int i) {
  const Theme *t = &app->gfx.th;
  int lw = letter_w(app);
  button_colored(app, r, "", ACT_CHOICE, i, 0, t->button, t->button_text, t->button_border, FONT_BODY, 1);
  int zone = app->in.nzones - 1;
  char letter[2] = {lesson_letter(i), 0};
  TextBox *lb = text_layout(app, FONT_TITLE, letter, 0, t->button_text);
  draw_box(app, lb, r.x + (lw - lb->w) / 2 + dp(app, 4), r.y + (r.h - lb->h) / 2, r, t->button, t->button);
  /* on one line when it fits, as button_height measured it */
  TextBox *tb = text_layout(app, FONT_BODY, text, 0, t->button_text);
  if (tb->w > r.w - lw - dp(app, 8)) tb = text_layout(app, FONT_BODY, text, r.w - lw - dp(app, 14), t->button_text);
  draw_box(app, tb, text_x(tb, r.x + lw, r.w - lw - dp(app, 8)), r.y + (r.h - tb->h) / 2, r, t->button, t->button);
  if (zone >= 0 && app->in.zones[zone].action == ACT_CHOICE) app->in.zones[zone].label = tb->text; /* read aloud */
}

/* The replies' height at this width; *tallest: the tallest row's. */
static int replies_height(App *app, int width, int *tallest) {
  int pad = dp(app, 12), gap = dp(app, 10);
  int list[STORY_CHOICES_MAX];
  int n = strip_replies(app, list);
  *tallest = 0;
  if (!n) return 0; /* every reply is a button of the call */
  int cols = columns(app, width, n);
  int bw = (width - 2 * pad - (cols - 1) * gap) / cols;
  int h = 2 * pad;
  for (int i = 0; i < n; i += cols) {
    int row = 0;
    for (int k = i; k < i + cols && k < n; k++) {
      char buf[600];
      label(app, k, list[k], buf, sizeof buf);
      int bh = reply_height(app, buf, bw);
      if (bh > row) row = bh;
    }
    if (row > *tallest) *tallest = row;
    h += row + (i + cols < n ? gap : 0);
  }
  return h;
}

int choices_height(App *app, int width) {
  int pad = dp(app, 12), tallest;
  if (play_waiting_choice(&app->play)) return replies_height(app, width, &tallest);
  if (play_ended(&app->play)) return 2 * pad + button_height(app, S(app, S_SEE_DEBRIEF), width - 2 * pad, FONT_BOLD);
  if (app->nav.screen == SCR_CHAT && !play_call_state(&app->play, &(int){0}, &(bool){0})) return 0; /* the composer says it */
  int h = app->gfx.fonts.line[FONT_SMALL] + dp(app, 12) + 2 * pad;
  TextBox *b = text_layout(app, FONT_SMALL, S(app, S_TAP_TO_SKIP), width - 4 * pad, app->gfx.th.dim);
  if (b->h + dp(app, 12) + 2 * pad > h) h = b->h + dp(app, 12) + 2 * pad;
  return h;
}

/* The strip never takes the place of the conversation: above it, at least
 * two fifths of the room (and two lines) stay for the newest message, and
 * up to three fifths when that shows it whole; taller replies scroll
 * inside the strip. At least one reply shows whole. */
int strip_height(App *app, int width, int top, int newest) {
  int content = choices_height(app, width);
  int avail = app->gfx.h - top;
  int keep = avail * 2 / 5, lines = app->gfx.fonts.line[FONT_BODY] * 2 + dp(app, 24);
  if (keep < lines) keep = lines;
  if (newest > keep) keep = newest < avail * 3 / 5 ? newest : avail * 3 / 5;
  int max = avail - keep;
  /* one whole reply, if two lines of the conversation still show */
  int tallest = dp(app, 44);
  if (play_waiting_choice(&app->play)) replies_height(app, width, &tallest);
  int one = tallest + 2 * dp(app, 12);
  if (one > avail - lines) one = avail - lines;
  if (max < one) max = one;
  return content < max ? content : max;
}

int strip_height_keeping(App *app, int width, int top, int keep) {
  int h = strip_height(app, width, top, 0);
  int avail = app->gfx.h - top;
  if (avail - h >= keep) return h;
  /* down to one whole reply (the rest scroll), or the skip line */
  int tallest = dp(app, 44);
  int one = play_waiting_choice(&app->play) ? (replies_height(app, width, &tallest), tallest + 2 * dp(app, 12))
                                            : choices_height(app, width);
  int want = avail - keep;
  if (want < one) want = one;
  return want < h ? want : h;
}

void draw_choices(App *app, SDL_Rect area) {
  const Theme *t = &app->gfx.th;
  int pad = dp(app, 12), gap = dp(app, 10);
  SDL_Color strip = app->play.rt && play_call_state(&app->play, &(int){0}, &(bool){0}) ? t->call_bg : t->bg;
  fill_rect(app, area, strip);
  fill_rect(app, (SDL_Rect){area.x, area.y, area.w, dp(app, 1) > 0 ? dp(app, 1) : 1}, t->sep);
  app->gfx.marks.strip = area;
  if (play_waiting_choice(&app->play)) {
    int list[STORY_CHOICES_MAX];
    int n = strip_replies(app, list);
    if (!n) return;
    int cols = columns(app, area.w, n);
    int bw = (area.w - 2 * pad - (cols - 1) * gap) / cols;
    /* new replies start at the top of the strip */
    int at = rt_history_len(app->play.rt);
    if (app->nav.strip_at != at) app->nav.strip_scroll = 0;
    app->nav.strip_at = at;
    int content = choices_height(app, area.w);
    scroll_clamp(&app->nav.strip_scroll, &app->nav.strip_scroll_max, content, area.h);
    bool scrolls = app->nav.strip_scroll_max > 0;
    SDL_Rect view = {area.x, area.y + 1, area.w, area.h - 1};
    if (scrolls) {
      clip_push(app, view);
      app->gfx.scroller = SCROLLER_STRIP;
    }
    int y = area.y + pad - (int)app->nav.strip_scroll;
    for (int i = 0; i < n; i += cols) {
      int row = 0;
      char buf[4][600];
      for (int k = i; k < i + cols && k < n; k++) {
        label(app, k, list[k], buf[k - i], sizeof buf[0]);
        int bh = reply_height(app, buf[k - i], bw);
        if (bh > row) row = bh;
      }
      for (int k = i; k < i + cols && k < n; k++) {
        SDL_Rect r = {area.x + pad + (k - i) * (bw + gap), y, bw, row};
        /* The player's own voice: the out-bubble colours. */
        if (app->classroom) lettered(app, r, buf[k - i], list[k]);
        else button_colored(app, r, buf[k - i], ACT_CHOICE, list[k], 0, t->button, t->button_text, t->button_border, FONT_BODY, 1);
      }
      y += row + gap;
    }
    if (scrolls) {
      clip_pop(app);
      app->gfx.scroller = SCROLLER_PAGE;
      scrollbar(app, view, app->nav.strip_scroll, app->nav.strip_scroll_max, t->button_border);
    }
    return;
  }
  if (play_ended(&app->play)) {
    const char *l = S(app, S_SEE_DEBRIEF);
    int bh = button_height(app, l, area.w - 2 * pad, FONT_BOLD);
    int bw = text_width(app, FONT_BOLD, l) + dp(app, 48);
    if (bw > area.w - 2 * pad) bw = area.w - 2 * pad;
    button(app, (SDL_Rect){area.x + (area.w - bw) / 2, area.y + pad, bw, bh}, l, ACT_DEBRIEF, 0, 0, true);
    return;
  }
  if (area.h <= 0) return; /* in the chat, the composer says a click skips */
  /* during a call: what is happening, and that a click skips */
  SDL_Rect field = {area.x + pad, area.y + pad, area.w - 2 * pad, area.h - 2 * pad};
  SDL_Color fb = strip.r == t->call_bg.r && strip.g == t->call_bg.g && strip.b == t->call_bg.b ? t->call_bg : t->bg;
  SDL_Color ft = fb.r == t->call_bg.r && fb.g == t->call_bg.g && fb.b == t->call_bg.b ? t->call_dim : t->dim;
  frame_round(app, field, field.h / 2, 1, t->sep, fb);
  TextBox *b = text_layout(app, FONT_SMALL, S(app, S_TAP_TO_SKIP), field.w - 2 * pad, ft);
  draw_box(app, b, field.x + pad, field.y + (field.h - b->h) / 2, field, fb, fb);
  zone_add(app, field, ACT_SKIP, 0, 0);
}
