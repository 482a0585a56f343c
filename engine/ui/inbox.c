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
/* Rows scrolled out of view keep their button (Tab reaches them) while
 * this many buttons leave room for what is drawn after the list: the
 * replies, the message box, the header (app.h: Input.zones). A story with
 * more conversations than that is scrolled to with the wheel. */
#define ZONES_FOR_ROWS 64
_Static_assert(ZONES_FOR_ROWS + 24 <= (int)(sizeof ((Input *)0)->zones / sizeof ((Input *)0)->zones[0]),
               "room for the buttons drawn after the list");

/* The skin's inbox settings (assets/skins: inbox = { ... }, messages = { ... }). */
#define ICHOICE(app, n) ((app)->gfx.th.skin ? (app)->gfx.th.skin->choice[SK_##n] : 0)
#define IFLAG(app, n) ((app)->gfx.th.skin ? (app)->gfx.th.skin->flag[SF_##n] : false)

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
  app->inbox.scroll = 0;
  app->inbox.kept_view = -2;
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

/* A call in the list, as the apps log one: "📞 Voice call · 3 min", in the
 * app's words (the story's call line is what the call screen says). Its
 * length once it is over: on the story's clock when a `clock` line moved
 * it, else the time its lines take at the normal pace ("40 sec"). */
static const char *call_entry(App *app, int i, char *buf, size_t n) {
  const Beat *b = rt_history(app->play.rt, i);
  bool voice = b->call_kind ? b->call_kind == CALL_VOICE : ICHOICE(app, call_kind) == 1;
  char len[64] = "";
  int end = threads_call_end(app->play.rt, app->play.shown, i);
  if (end >= 0) {
    int min = threads_call_minutes(app->play.rt, i, end);
    int secs = min > 0 ? min * 60 : play_call_paced_ms(&app->play, i, end) / 1000;
    if (secs >= 60) i18n_count_word(app->opt.i18n, app->set.lang, S_CALL_MINUTES, (secs + 30) / 60, len, sizeof len);
    else if (secs > 0) i18n_count_word(app->opt.i18n, app->set.lang, S_CALL_SECONDS, secs, len, sizeof len);
  }
  snprintf(buf, n, "%s %s%s%s", voice ? "📞" : "📹", SW(app, voice ? SW_voice_call : SW_video_call),
           len[0] ? " \xC2\xB7 " : "", len);
  return buf;
}

/* What a row says under the name. */
static const char *preview(App *app, const Thread *t, char *buf, size_t n) {
  const Character *c = char_at(app, t->who);
  if (inbox_typing_thread(app) == t->who) {
    const Beat *b = rt_history(app->play.rt, app->play.shown);
    const Character *typist = char_at(app, b ? b->who : -1);
    return SWN(app, SW_typing, typist ? typist->name : "", buf, n);
  }
  if (t->state == CONTACT_BLOCKED) return SW(app, SW_blocked);
  if (t->state == CONTACT_REPORTED) return SW(app, SW_unavailable);
  const Beat *b = t->preview >= 0 ? rt_history(app->play.rt, t->preview) : NULL;
  if (!b) return "";
  if (t->state == CONTACT_REQUEST && b->kind == WORD_REQUEST)
    return SWN(app, SW_request_from, c ? c->name : "", buf, n);
  if (b->kind == WORD_CALL) return call_entry(app, t->preview, buf, n);
  const char *text = b->kind == WORD_PHOTO ? S(app, S_PHOTO) : b->text;
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

/* A colour that reads on bg (the skin's, else the text's). */
static SDL_Color readable(SDL_Color want, SDL_Color bg, SDL_Color fallback) {
  return contrast_ratio(want, bg) >= 4.5 ? want : fallback;
}

/* What a disappearing-messages app says under the name instead of the text
 * (inbox.preview = "status"): "New chat", "Received", "Delivered", or the
 * account's state. */
static const char *status_line(App *app, const Thread *t, char *buf, size_t n) {
  const char *typing = NULL;
  if (inbox_typing_thread(app) == t->who) typing = preview(app, t, buf, n);
  if (typing) return typing;
  if (t->state == CONTACT_BLOCKED) return SW(app, SW_blocked);
  if (t->state == CONTACT_REPORTED) return SW(app, SW_unavailable);
  if (t->state == CONTACT_REQUEST) {
    const Character *c = char_at(app, t->who);
    return SWN(app, SW_request_from, c ? c->name : "", buf, n);
  }
  const Beat *b = t->preview >= 0 ? rt_history(app->play.rt, t->preview) : NULL;
  if (b && b->kind == WORD_CALL) return call_entry(app, t->preview, buf, n);
  if (t->unread > 0) return SW(app, SW_new_chat);
  if (b && b->who == WHO_ME) return SW(app, SW_delivered);
  return SW(app, SW_received);
}

/* One conversation's row: avatar (greyed when blocked; a presence dot with
 * inbox.presence), the name, the last message (or the app's status words),
 * the time (inbox.time), the unread count or dot (inbox.unread). */
static int thread_row(App *app, const Thread *t, SDL_Rect r, int y, int view, SDL_Color bg, SDL_Color fg,
                      SDL_Color sel, bool draw) {
  const Theme *th = &app->gfx.th;
  const Character *c = char_at(app, t->who);
  if (!c) return 0;
  int pad = dp(app, 14), rr = dp(app, 18);
  SDL_Color dim = readable(th->dim, bg, fg);
  bool unread = t->unread > 0 && t->who != view;
  bool status = ICHOICE(app, inbox_preview) == 1, dot = ICHOICE(app, inbox_unread) == 1;
  const Beat *last = t->preview >= 0 ? rt_history(app->play.rt, t->preview) : NULL;
  /* the right column: the time over the unread mark */
  TextBox *time = NULL;
  if (IFLAG(app, inbox_time) && last && last->clock[0])
    time = text_layout(app, FONT_SMALL, last->clock, 0, unread ? readable(th->unread, bg, fg) : dim);
  /* the status's square is the unread mark of an app that shows one */
  bool mark = unread && !status;
  char badge[16] = "";
  if (mark && !dot) snprintf(badge, sizeof badge, "%d", t->unread);
  TextBox *bt = badge[0] ? text_layout(app, FONT_SMALL, badge, 0, th->unread_text) : NULL;
  int bh = bt ? (bt->h + dp(app, 4) > dp(app, 22) ? bt->h + dp(app, 4) : dp(app, 22)) : 0;
  int bw = bt ? bt->w + dp(app, 12) : 0;
  if (bt && bw < bh) bw = bh;
  int dotr = dp(app, 5);
  int markw = bt ? bw : mark && dot ? 2 * dotr : 0;
  int rightw = time && time->w > markw ? time->w : markw;
  int tx = r.x + pad + 2 * rr + dp(app, 10);
  int inner = r.x + r.w - pad - tx - (rightw ? rightw + dp(app, 8) : 0);
  if (inner < dp(app, 40)) inner = dp(app, 40);
  char nb[256], pb[512], cut[512];
  const char *name = one_line(app, unread ? FONT_BOLD : FONT_BODY, c->name, inner, nb, sizeof nb);
  TextBox *nm = text_layout(app, unread ? FONT_BOLD : FONT_BODY, name, 0, fg);
  /* the line under the name: ticks before my own last message (an app with
   * ticks), a coloured square before the status (an app that shows one) */
  bool mine = last && last->who == WHO_ME && threads_is_message(last) && t->state == CONTACT_OPEN &&
              inbox_typing_thread(app) != t->who;
  bool ticks = !status && mine && ICHOICE(app, messages_receipts) == 1;
  int sq = status ? dp(app, 10) : 0;
  int lead = ticks ? draw_ticks(app, 0, 0, false, false) + dp(app, 6) : sq ? sq + dp(app, 8) : 0;
  const char *line = status ? status_line(app, t, pb, sizeof pb) : preview(app, t, pb, sizeof pb);
  if (ticks && strncmp(line, S(app, S_YOU), strlen(S(app, S_YOU))) == 0 && last) line = last->kind == WORD_PHOTO ? S(app, S_PHOTO) : last->text;
  const char *pv = one_line(app, FONT_SMALL, line, inner - lead, cut, sizeof cut);
  TextBox *sub = pv[0] ? text_layout(app, FONT_SMALL, pv, 0, unread ? fg : dim) : NULL;
  int th_ = nm->h + (sub ? sub->h : 0);
  int rowh = (th_ > 2 * rr ? th_ : 2 * rr) + dp(app, 14);
  int rh = (time ? time->h : 0) + (markw ? bh > 2 * dotr ? bh : 2 * dotr : 0) + dp(app, 4);
  if (rh + dp(app, 14) > rowh) rowh = rh + dp(app, 14);
  SDL_Rect row = {r.x, y, r.w, rowh};
  if (!draw) return rowh;
  SDL_Color rb = t->who == view ? sel : bg;
  fill_rect(app, row, rb);
  int acx = r.x + pad + rr, acy = y + rowh / 2;
  row_avatar(app, acx, acy, rr, c, t->state);
  if (IFLAG(app, inbox_presence) && t->state == CONTACT_OPEN && !c->nmembers && !t->calls_only) {
    /* online: a dot on the avatar's corner, ringed in the row's colour */
    int pr = dp(app, 5), px = acx + rr * 7 / 10, py = acy + rr * 7 / 10;
    fill_circle(app, px, py, pr + dp(app, 2), rb);
    fill_circle(app, px, py, pr, th->online);
  }
  int ty = y + (rowh - th_) / 2;
  draw_box(app, nm, tx, ty, row, rb, rb);
  if (sub) {
    int sy = ty + nm->h;
    if (ticks) draw_ticks(app, tx, sy + (sub->h - dp(app, 9)) / 2, false, true);
    if (sq) {
      SDL_Rect box = {tx, sy + (sub->h - sq) / 2, sq, sq};
      SDL_Color sc = readable(th->unread, rb, fg);
      if (unread) fill_rect(app, box, sc);
      else frame_round(app, box, 0, dp(app, 2) > 1 ? dp(app, 2) : 1, sc, rb);
    }
    draw_box(app, sub, tx + lead, sy, row, rb, rb);
  }
  int rx = r.x + r.w - pad;
  int ry = y + (rowh - rh) / 2 + dp(app, 2);
  if (time) {
    draw_box(app, time, rx - time->w, ry, row, rb, rb);
    ry += time->h + dp(app, 2);
  }
  if (bt) {
    /* the unread count: a pill in the app's unread colour */
    SDL_Rect pill = {rx - bw, ry, bw, bh};
    fill_round(app, pill, bh / 2, th->unread, th->unread);
    draw_box(app, bt, pill.x + (bw - bt->w) / 2, pill.y + (bh - bt->h) / 2, pill, th->unread, th->unread);
  } else if (mark && dot) {
    fill_circle(app, rx - dotr, ry + (time ? dotr : rh / 2 - dp(app, 2)), dotr, readable(th->unread, rb, fg));
  }
  zone_add(app, row, ACT_THREAD, t->who, 0);
  return rowh;
}

/* A line of the list that is not a conversation: the requests folder's
 * row ("Message requests (1) ›"), its way back ("‹ Chats"). */
static int link_row(App *app, SDL_Rect r, int y, const char *text, SDL_Color bg, SDL_Color fg, int arg, bool draw) {
  int pad = dp(app, 14);
  char cut[256];
  TextBox *tb = text_layout(app, FONT_BOLD, one_line(app, FONT_BOLD, text, r.w - 2 * pad, cut, sizeof cut), 0, fg);
  SDL_Rect row = {r.x, y, r.w, tb->h + dp(app, 20)};
  if (!draw) return row.h;
  fill_rect(app, row, bg);
  draw_box(app, tb, r.x + pad, y + dp(app, 10), row, bg, bg);
  fill_rect(app, (SDL_Rect){r.x + pad, y + row.h - 1, r.w - 2 * pad, 1}, app->gfx.th.sep);
  zone_add(app, row, ACT_INBOX, arg, 0);
  return row.h;
}

bool inbox_in_folder(const App *app) {
  return app->inbox.folder && ICHOICE(app, inbox_requests) == 1;
}

int inbox_requests(const App *app) {
  Thread t[ROWS_MAX];
  int n = list(app, t, ROWS_MAX), k = 0;
  for (int i = 0; i < n; i++) k += t[i].state == CONTACT_REQUEST;
  return k;
}

/* The list's content from y: the folder's rows, then one row per
 * conversation. Measured (draw false), or drawn; rows wholly outside the
 * viewport r are not drawn, but keep their button, so that Tab reaches
 * them and brings them into view. *sel_y, *sel_h: where the open
 * conversation's row is (-1: not in this list). Returns the height. */
static int rows(App *app, SDL_Rect r, int y, const Thread *t, int n, int view, SDL_Color bg, SDL_Color fg,
                SDL_Color sel, bool draw, int *sel_y, int *sel_h) {
  int top = y;
  *sel_y = -1;
  *sel_h = 0;
  /* An app with a requests folder (inbox.requests = "folder") keeps
   * requests out of its list: one row opens them, apart; a desktop app
   * mixes them in, with "wants to contact you" under the name. */
  bool folder = ICHOICE(app, inbox_requests) == 1;
  int nreq = 0;
  for (int i = 0; i < n; i++) nreq += t[i].state == CONTACT_REQUEST;
  bool inside = folder && app->inbox.folder;
  char text[256];
  if (inside) {
    snprintf(text, sizeof text, "‹ %s", SW(app, SW_chats));
    y += link_row(app, r, y, text, bg, fg, 2, draw);
    int pad = dp(app, 14);
    TextBox *hint = text_layout(app, FONT_SMALL, SW(app, SW_request_hint), r.w - 2 * pad, readable(app->gfx.th.dim, bg, fg));
    SDL_Rect box = {r.x, y, r.w, hint->h + dp(app, 16)};
    if (draw) draw_box(app, hint, r.x + pad, y + dp(app, 8), box, bg, bg);
    y += box.h;
  } else if (folder && nreq) {
    snprintf(text, sizeof text, "%s (%d) ›", SW(app, SW_requests), nreq);
    y += link_row(app, r, y, text, bg, fg, 1, draw);
  }
  for (int i = 0; i < n; i++) {
    if (folder && (t[i].state == CONTACT_REQUEST) != inside) continue;
    int h = thread_row(app, &t[i], r, y, view, bg, fg, sel, false);
    if (draw && y + h > r.y && y < r.y + r.h) thread_row(app, &t[i], r, y, view, bg, fg, sel, true);
    else if (draw && app->in.nzones < ZONES_FOR_ROWS) zone_add(app, (SDL_Rect){r.x, y, r.w, h}, ACT_THREAD, t[i].who, 0);
    if (t[i].who == view) {
      *sel_y = y - top;
      *sel_h = h;
    }
    y += h;
  }
  /* room under the last row for its focus ring */
  return y - top + dp(app, 6);
}

void inbox_scroll(App *app, float up) {
  app->inbox.scroll -= up;
  if (app->inbox.scroll > app->inbox.scroll_max) app->inbox.scroll = app->inbox.scroll_max;
  if (app->inbox.scroll < 0) app->inbox.scroll = 0;
  app->gfx.dirty = true;
}

void inbox_list(App *app, SDL_Rect r, SDL_Color bg, SDL_Color fg, SDL_Color sel) {
  Thread t[ROWS_MAX];
  int n = list(app, t, ROWS_MAX);
  int view = inbox_view(app);
  /* The list scrolls, as the apps' lists do: measured first, then drawn
   * in its viewport, with a scrollbar when there are more rows than fit
   * (a small window, large text, the dyslexia font). */
  int sel_y, sel_h;
  int content = rows(app, r, 0, t, n, view, bg, fg, sel, false, &sel_y, &sel_h);
  Inbox *ib = &app->inbox;
  scroll_clamp(&ib->scroll, &ib->scroll_max, content, r.h);
  /* The open conversation's row comes into view whenever it changes, moves
   * (a new message puts it on top) or the list changes size; between
   * those, the player scrolls where they like. */
  if (sel_y >= 0 && (view != ib->kept_view || sel_y != ib->kept_y || r.h != ib->kept_h)) {
    if (sel_h > r.h || sel_y < ib->scroll) ib->scroll = (float)sel_y;
    else if (sel_y + sel_h > ib->scroll + r.h) ib->scroll = (float)(sel_y + sel_h - r.h);
    scroll_clamp(&ib->scroll, &ib->scroll_max, content, r.h);
  }
  ib->kept_view = view;
  ib->kept_y = sel_y;
  ib->kept_h = r.h;
  ib->area = r;
  clip_push(app, r);
  app->gfx.scroller = SCROLLER_LIST;
  rows(app, r, r.y - (int)ib->scroll, t, n, view, bg, fg, sel, true, &sel_y, &sel_h);
  app->gfx.scroller = SCROLLER_PAGE;
  clip_pop(app);
  /* more rows than fit: the scrollbar says so, and where the view is */
  scrollbar(app, r, ib->scroll, ib->scroll_max, readable(app->gfx.th.dim, bg, fg));
}

/* ---- the header's second line ---- */

const char *inbox_status(App *app, int view, char *buf, size_t n) {
  const Play *p = &app->play;
  if (p->typing && inbox_typing_thread(app) == view) {
    const Beat *b = rt_history(p->rt, p->shown);
    const Character *typist = char_at(app, b ? b->who : -1);
    return SWN(app, SW_typing, typist ? typist->name : "", buf, n);
  }
  ContactState st = inbox_state(app, view);
  if (st == CONTACT_BLOCKED) return SW(app, SW_blocked);
  if (st == CONTACT_REPORTED) return SW(app, SW_unavailable);
  if (st == CONTACT_REQUEST) return ""; /* not a contact yet: no "Online" */
  Thread t;
  if (p->rt && threads_get(p->rt, p->shown, view, &t) && t.calls_only) return ""; /* a phone call, no chat */
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
  /* the request itself is in the conversation above: here, what answering means */
  const char *head = SW(app, SW_request_hint);
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
