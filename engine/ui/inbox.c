/* The conversations in the window: see inbox.h. The story decides where each
 * line lands (Beat.thread); this file keeps what the player looks at and
 * draws the inbox, the request card and the composer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "avatar.h"
#include "draw.h"
#include "inbox.h"
#include "scan.h"
#include "util.h"

#define ROWS_MAX 64

static const Character *char_at(const App *app, int who) {
  const Story *s = app->play.story;
  return s && who >= 0 && who < s->nchars ? &s->chars[who] : NULL;
}

/* seen[] holds one entry per character of the story being played. */
static void ensure_seen(App *app) {
  int n = app->play.story ? app->play.story->nchars : 0;
  if (app->inbox.nseen >= n && app->inbox.seen) return;
  app->inbox.seen = xrealloc(app->inbox.seen, (size_t)(n + 1) * sizeof(int));
  for (int i = app->inbox.nseen; i < n; i++) app->inbox.seen[i] = 0;
  app->inbox.nseen = n;
}

void inbox_reset(App *app) {
  app->inbox.view = -1;
  app->inbox.drawn = -2;
  app->inbox.open = false;
  app->inbox.folder = false;
  ensure_seen(app);
  /* what is shown at once (a resumed story, an undo) counts as read */
  for (int i = 0; i < app->inbox.nseen; i++) app->inbox.seen[i] = app->play.shown;
}

int inbox_typing_thread(const App *app) {
  const Play *p = &app->play;
  if (!p->rt || !p->typing) return -1;
  const Beat *b = rt_history(p->rt, p->shown);
  return b ? b->thread : -1;
}

int inbox_view(App *app) {
  const Play *p = &app->play;
  if (!p->rt) return -1;
  ensure_seen(app);
  int live = threads_live(p->rt, p->shown);
  /* With no list beside the chat, the view goes where a message is typed
   * (else its typing would show nowhere); the very first one too. */
  int typing = inbox_typing_thread(app);
  if (typing >= 0 && (live < 0 || !app->inbox.listed)) live = typing;
  int view = app->inbox.view >= 0 ? app->inbox.view : live;
  if (view >= 0 && view < app->inbox.nseen) app->inbox.seen[view] = p->shown;
  return view;
}

void inbox_open(App *app, int who) {
  const Play *p = &app->play;
  int live = p->rt ? threads_live(p->rt, p->shown) : -1;
  app->inbox.view = who == live ? -1 : who;
  app->inbox.open = false;
  app->inbox.folder = false;
  app->nav.scroll[SCR_CHAT] = 0;
  app->gfx.dirty = true;
}

ContactState inbox_state(const App *app, int who) {
  return app->play.rt ? threads_state(app->play.rt, app->play.shown, who) : CONTACT_OPEN;
}

static int list(const App *app, Thread *out, int max) {
  const Play *p = &app->play;
  if (!p->rt) return 0;
  return threads_list(p->rt, p->shown, app->inbox.seen, out, max);
}

int inbox_count(const App *app) {
  Thread t[ROWS_MAX];
  return list(app, t, ROWS_MAX);
}

int inbox_unread_elsewhere(const App *app, int view) {
  Thread t[ROWS_MAX];
  int n = list(app, t, ROWS_MAX), unread = 0;
  for (int i = 0; i < n; i++)
    if (t[i].who != view) unread += t[i].unread;
  return unread;
}

/* The first n characters of text (UTF-8). */
static void prefix(const char *text, long n, char *buf, size_t size) {
  size_t at = 0;
  for (long k = 0; k < n && text[at]; k++) at += utf8_first(text + at);
  snprintf(buf, size, "%.*s", (int)at, text);
}

/* text cut to one line of width w, with "…" when it had to be. */
static const char *one_line(App *app, int style, const char *text, int w, char *buf, size_t n) {
  if (text_width(app, style, text) <= w) return text;
  long lo = 0, hi = (long)utf8_count(text);
  while (lo < hi) { /* the most characters that fit with the ellipsis */
    long mid = (lo + hi + 1) / 2;
    prefix(text, mid, buf, n - 4);
    strcat(buf, "…");
    if (text_width(app, style, buf) <= w) lo = mid;
    else hi = mid - 1;
  }
  prefix(text, lo, buf, n - 4);
  strcat(buf, "…");
  return buf;
}

/* What a row says under the name. */
static const char *preview(App *app, const Thread *t, char *buf, size_t n) {
  const Character *c = char_at(app, t->who);
  if (inbox_typing_thread(app) == t->who) {
    const Beat *b = rt_history(app->play.rt, app->play.shown);
    const Character *typist = char_at(app, b ? b->who : -1);
    return i18n_name_word(app->opt.i18n, app->set.lang, S_IS_TYPING, typist ? typist->name : "", buf, n);
  }
  if (t->state == CONTACT_BLOCKED) return SW(app, SW_blocked);
  if (t->state == CONTACT_REPORTED) return SW(app, SW_unavailable);
  const Beat *b = t->preview >= 0 ? rt_history(app->play.rt, t->preview) : NULL;
  if (!b) return "";
  if (t->state == CONTACT_REQUEST && b->kind == WORD_REQUEST)
    return i18n_name_word(app->opt.i18n, app->set.lang, S_REQUEST_FROM, c ? c->name : "", buf, n);
  const char *text = b->kind == WORD_PHOTO ? S(app, S_PHOTO) : b->text;
  if (b->kind == WORD_CALL && !text[0]) text = S(app, S_INCOMING);
  if (b->who == WHO_ME) snprintf(buf, n, "%s: %s", S(app, S_YOU), text);
  else if (c && c->nmembers && b->who >= 0) snprintf(buf, n, "%s: %s", app->play.story->chars[b->who].name, text);
  else snprintf(buf, n, "%s", text);
  return buf;
}

/* A blocked or gone account's avatar: greyed. */
static void row_avatar(App *app, int cx, int cy, int r, const Character *c, ContactState st) {
  if (st == CONTACT_BLOCKED || st == CONTACT_REPORTED) {
    Character grey = *c;
    grey.color = "#8A9199";
    avatar(app, cx, cy, r, &grey);
  } else {
    avatar(app, cx, cy, r, c);
  }
}

void inbox_list(App *app, SDL_Rect r, SDL_Color bg, SDL_Color fg, SDL_Color sel) {
  const Theme *th = &app->gfx.th;
  Thread t[ROWS_MAX];
  int n = list(app, t, ROWS_MAX);
  int view = inbox_view(app);
  int pad = dp(app, 14), rr = dp(app, 18);
  int y = r.y;
  SDL_Color dim = contrast_ratio(th->dim, bg) >= 4.5 ? th->dim : fg;
  /* An app with a requests folder (a phone app) lists requests apart,
   * under their own heading; a desktop app mixes them in. */
  bool folder = th->skin && th->skin->choice[SK_inbox_requests] == 1;
  int nreq = 0;
  for (int i = 0; folder && i < n; i++) nreq += t[i].state == CONTACT_REQUEST;
  for (int k = 0; k < n + (nreq ? 1 : 0) && y < r.y + r.h - dp(app, 30); k++) {
    int i = k;
    if (folder) { /* the others, then the heading, then the requests */
      int others = n - nreq;
      if (k == others) {
        TextBox *hd = text_layout(app, FONT_BOLD, SW(app, SW_requests), r.w - 2 * pad, fg);
        SDL_Rect hr = {r.x, y + dp(app, 8), r.w, hd->h + dp(app, 8)};
        fill_rect(app, hr, bg);
        draw_box(app, hd, r.x + pad, hr.y, hr, bg, bg);
        y += hr.h + dp(app, 8);
        continue;
      }
      int want = k < others ? k : k - others - 1, seen_ = -1;
      bool req = k > others;
      for (i = 0; i < n; i++)
        if ((t[i].state == CONTACT_REQUEST) == req && ++seen_ == want) break;
      if (i >= n) continue;
    }
    const Character *c = char_at(app, t[i].who);
    if (!c) continue;
    bool unread = t[i].unread > 0 && t[i].who != view;
    char badge[16] = "";
    if (unread) snprintf(badge, sizeof badge, "%d", t[i].unread);
    int bw = badge[0] ? text_width(app, FONT_SMALL, badge) + dp(app, 12) : 0;
    if (bw && bw < dp(app, 22)) bw = dp(app, 22);
    int tx = r.x + pad + 2 * rr + dp(app, 10);
    int inner = r.x + r.w - pad - tx - (bw ? bw + dp(app, 8) : 0);
    if (inner < dp(app, 40)) inner = dp(app, 40);
    char nb[256], pb[512], cut[512];
    const char *name = one_line(app, unread ? FONT_BOLD : FONT_BODY, c->name, inner, nb, sizeof nb);
    TextBox *nm = text_layout(app, unread ? FONT_BOLD : FONT_BODY, name, 0, fg);
    const char *pv = one_line(app, FONT_SMALL, preview(app, &t[i], pb, sizeof pb), inner, cut, sizeof cut);
    TextBox *sub = pv[0] ? text_layout(app, FONT_SMALL, pv, 0, unread ? fg : dim) : NULL;
    int th_ = nm->h + (sub ? sub->h : 0);
    int rowh = (th_ > 2 * rr ? th_ : 2 * rr) + dp(app, 14);
    SDL_Rect row = {r.x, y, r.w, rowh};
    SDL_Color rb = t[i].who == view ? sel : bg;
    fill_rect(app, row, rb);
    row_avatar(app, r.x + pad + rr, y + rowh / 2, rr, c, t[i].state);
    int ty = y + (rowh - th_) / 2;
    draw_box(app, nm, tx, ty, row, rb, rb);
    if (sub) draw_box(app, sub, tx, ty + nm->h, row, rb, rb);
    if (bw) {
      /* the unread badge: a pill with the count, in the app's main colour */
      TextBox *bt = text_layout(app, FONT_SMALL, badge, 0, th->primary_text);
      int bh = bt->h + dp(app, 4) > dp(app, 22) ? bt->h + dp(app, 4) : dp(app, 22);
      SDL_Rect pill = {r.x + r.w - pad - bw, y + (rowh - bh) / 2, bw, bh};
      fill_round(app, pill, bh / 2, th->primary, th->primary);
      draw_box(app, bt, pill.x + (bw - bt->w) / 2, pill.y + (bh - bt->h) / 2, pill, th->primary, th->primary);
    }
    zone_add(app, row, ACT_THREAD, t[i].who, 0);
    y += rowh;
  }
}

/* ---- the header's second line ---- */

const char *inbox_status(App *app, int view, char *buf, size_t n) {
  const Play *p = &app->play;
  if (p->typing && inbox_typing_thread(app) == view) {
    const Beat *b = rt_history(p->rt, p->shown);
    const Character *typist = char_at(app, b ? b->who : -1);
    return i18n_name_word(app->opt.i18n, app->set.lang, S_IS_TYPING, typist ? typist->name : "", buf, n);
  }
  ContactState st = inbox_state(app, view);
  if (st == CONTACT_BLOCKED) return SW(app, SW_blocked);
  if (st == CONTACT_REPORTED) return SW(app, SW_unavailable);
  if (st == CONTACT_REQUEST) return ""; /* not a contact yet: no "Online" */
  const Character *c = char_at(app, view);
  if (c && c->nmembers) { /* a group: who is in it */
    Buf names = {0};
    for (int i = 0; i < c->nmembers; i++) buf_addf(&names, "%s, ", app->play.story->chars[c->members[i]].name);
    buf_adds(&names, S(app, S_YOU));
    snprintf(buf, n, "%s", names.s);
    free(names.s);
    return buf;
  }
  return SW(app, SW_status);
}

/* ---- the request card ---- */

/* The request the replies on screen answer, or NULL. The card belongs to
 * one conversation and to the replies that answer it: the replies are sent
 * where the story is (the live conversation), so the card shows only when
 * that is the one on screen, it is the requester's, and one of the replies
 * writes to them (accepting; declining writes nothing). Another
 * conversation opened while a request waits, or replies about something
 * else ("Ask for help"), show no card. */
const Beat *inbox_pending_request(const App *app, int view) {
  const Play *p = &app->play;
  if (view < 0 || !p->rt || !play_waiting_choice(p) || inbox_state(app, view) != CONTACT_REQUEST) return NULL;
  if (threads_live(p->rt, p->shown) != view || !threads_answers(p->rt, view)) return NULL;
  for (int i = p->shown - 1; i >= 0; i--) {
    const Beat *b = rt_history(p->rt, i);
    if (b->kind == WORD_REQUEST && b->who == view) return b;
  }
  return NULL;
}

static int request_card(App *app, SDL_Rect r, int view, bool draw) {
  const Beat *b = inbox_pending_request(app, view);
  if (!b) return 0;
  const Theme *t = &app->gfx.th;
  const Character *c = char_at(app, view);
  int pad = dp(app, 12), rr = dp(app, 20);
  int inner = r.w - 3 * pad - 2 * rr;
  char buf[512];
  /* the request itself is in the conversation above: here, what answering means */
  const char *head = i18n_name_word(app->opt.i18n, app->set.lang, S_REQUEST_FROM, c ? c->name : "", buf, sizeof buf);
  TextBox *name = text_layout(app, FONT_BOLD, c ? c->name : "", inner, t->request_text);
  TextBox *line = text_layout(app, FONT_SMALL, head, inner, t->request_text);
  int h = name->h + line->h;
  if (h < 2 * rr) h = 2 * rr;
  h += 2 * pad;
  if (draw) {
    fill_rect(app, r, t->request_bg);
    fill_rect(app, (SDL_Rect){r.x, r.y, r.w, dp(app, 1) > 0 ? dp(app, 1) : 1}, t->sep);
    avatar(app, r.x + pad + rr, r.y + h / 2, rr, c);
    int x = r.x + 2 * pad + 2 * rr, y = r.y + (h - name->h - line->h) / 2;
    SDL_Rect box = {x, r.y, inner, h};
    draw_box(app, name, x, y, box, t->request_bg, t->request_bg);
    draw_box(app, line, x, y + name->h, box, t->request_bg, t->request_bg);
  }
  return h;
}

int request_card_height(App *app, int w, int view) {
  return request_card(app, (SDL_Rect){0, 0, w, 0}, view, false);
}

void draw_request_card(App *app, SDL_Rect r, int view) { request_card(app, r, view, true); }

/* ---- the composer ---- */

int composer_height(App *app) {
  return app->gfx.fonts.line[FONT_BODY] + dp(app, 16) + dp(app, 16);
}

void draw_composer(App *app, SDL_Rect r, int view) {
  const Theme *t = &app->gfx.th;
  const Play *p = &app->play;
  int pad = dp(app, 8);
  fill_rect(app, r, t->bg);
  fill_rect(app, (SDL_Rect){r.x, r.y, r.w, dp(app, 1) > 0 ? dp(app, 1) : 1}, t->sep);
  ContactState st = inbox_state(app, view);
  if (st == CONTACT_BLOCKED || st == CONTACT_REPORTED) {
    /* no message box: the account is blocked or gone */
    const char *w = SW(app, st == CONTACT_BLOCKED ? SW_blocked : SW_unavailable);
    TextBox *b = text_layout(app, FONT_SMALL, w, r.w - 4 * pad, t->blocked_text);
    draw_box(app, b, r.x + (r.w - b->w) / 2, r.y + (r.h - b->h) / 2, r, t->bg, t->bg);
    return;
  }
  int send = r.h - 2 * pad;
  SDL_Rect field = {r.x + 2 * pad, r.y + pad, r.w - 5 * pad - send, r.h - 2 * pad};
  int shape = t->skin ? t->skin->choice[SK_composer_shape] : 0; /* pill, box, line */
  if (shape == 2) fill_rect(app, (SDL_Rect){field.x, field.y + field.h - 1, field.w, 1}, t->sep);
  else frame_round(app, field, shape == 1 ? dp(app, 6) : field.h / 2, 1, t->sep, t->composer);
  SDL_Color fbg = shape == 2 ? t->bg : t->composer;
  char typed[1024] = "";
  if (p->composing && p->rt && p->reveal_at > p->reveal_from) {
    const Beat *b = rt_history(p->rt, p->shown);
    double f = (double)(app->now - p->reveal_from) / (double)(p->reveal_at - p->reveal_from);
    if (f < 0) f = 0;
    if (f > 1) f = 1;
    long chars = (long)(utf8_count(b->text) * f + 0.5);
    prefix(b->text, chars, typed, sizeof typed - 4);
    strcat(typed, "|"); /* the caret */
  }
  int inner = field.w - 2 * dp(app, 14);
  TextBox *tb;
  if (typed[0]) {
    /* a long reply: its end, where the caret is, stays in view */
    char cut[1024];
    const char *show = typed;
    while (text_width(app, FONT_BODY, show) > inner && *show) show += utf8_first(show);
    snprintf(cut, sizeof cut, "%s", show);
    tb = text_layout(app, FONT_BODY, cut, 0, t->text);
  } else if (!play_waiting_choice(p) && !play_ended(p) && p->rt && p->shown < rt_history_len(p->rt)) {
    /* messages are arriving: a click, or a key, skips the wait */
    char cut[512];
    tb = text_layout(app, FONT_SMALL, one_line(app, FONT_SMALL, S(app, S_TAP_TO_SKIP), inner, cut, sizeof cut), 0, t->composer_text);
    zone_add(app, field, ACT_SKIP, 0, 0);
  } else {
    char cut[256];
    tb = text_layout(app, FONT_BODY, one_line(app, FONT_BODY, SW(app, SW_composer), inner, cut, sizeof cut), 0, t->composer_text);
  }
  draw_box(app, tb, field.x + dp(app, 14), field.y + (field.h - tb->h) / 2, field, fbg, fbg);
  /* the send button: a circle with an arrow, lit while a message is typed */
  SDL_Color c = typed[0] ? t->primary : t->sep;
  int cx = field.x + field.w + pad + send / 2, cy = r.y + r.h / 2;
  fill_circle(app, cx, cy, send / 2, c);
  SDL_Color a = typed[0] ? t->primary_text : t->dim;
  float s = (float)send / 5.0f;
  SDL_Vertex v[3] = {{{cx - s, cy - s}, a, {0, 0}}, {{cx + s * 1.2f, cy}, a, {0, 0}}, {{cx - s, cy + s}, a, {0, 0}}};
  SDL_RenderGeometry(app->gfx.ren, NULL, v, 3, NULL, 0);
}
