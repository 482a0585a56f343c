/* The chat screen: a header with the contact, the conversation (only the
 * visible messages are drawn; each is laid out once through the cache),
 * and the choices strip. During a call the call view takes the middle. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "avatar.h"
#include "call_view.h"
#include "chat_view.h"
#include "choices.h"
#include "draw.h"
#include "inbox.h"
#include "lesson.h"
#include "scan.h"
#include "util.h"

typedef struct {
  SDL_Rect area;      /* the scrolling viewport */
  int x, w;           /* content column */
  int bubble_max;     /* widest bubble text */
  char clock[6];      /* last time shown */
  int last_me;        /* index of my last message */
  bool seen;          /* someone wrote after it */
  int prev;           /* the beat drawn before this one in the conversation, -1 */
  bool group;         /* a group chat: who writes is named above their messages */
  int last_seen;      /* my messages before this index have been read */
  const Story *s;
} Ctx;

static const Character *who_char(const Story *s, int who) {
  return who >= 0 && who < s->nchars ? &s->chars[who] : NULL;
}

/* Centred small text (system lines, clocks). */
static int centered(App *app, Ctx *c, int y, bool draw, int style, const char *text, SDL_Color fg) {
  TextBox *b = text_layout(app, style, text, c->w - dp(app, 40), fg);
  if (draw) {
    SDL_Rect box = {c->x, y, c->w, b->h};
    draw_box(app, b, c->x + (c->w - b->w) / 2, y, box, app->gfx.th.bg, app->gfx.th.bg);
  }
  return b->h;
}

/* The skin's layout (assets/skins): sizes in dp, choices, switches. */
#define KSIZE(app, n) dp(app, (app)->gfx.th.skin->size[SZ_##n])
#define KCHOICE(app, n) ((app)->gfx.th.skin->choice[SK_##n])
#define KFLAG(app, n) ((app)->gfx.th.skin->flag[SF_##n])

/* Where their messages start: after the avatar column when the app shows one. */
static int avatar_col(App *app) { return KFLAG(app, bubble_avatars) ? dp(app, 40) : 0; }

static int stamp(App *app, Ctx *c, const Beat *b, int y, bool draw, bool right) {
  if (!b->clock[0] || strcmp(b->clock, c->clock) == 0) return 0;
  memcpy(c->clock, b->clock, sizeof c->clock);
  TextBox *t = text_layout(app, FONT_SMALL, b->clock, 0, app->gfx.th.dim);
  if (draw) {
    int x = right ? c->x + c->w - t->w : c->x + avatar_col(app);
    draw_box(app, t, x, y + dp(app, 2), (SDL_Rect){c->x, y, c->w, t->h + dp(app, 2)}, app->gfx.th.bg, app->gfx.th.bg);
  }
  return t->h + dp(app, 2);
}

/* The first of a run of messages from the same person. */
static bool first_of_run(App *app, const Beat *b, int i) {
  const Beat *prev = i > 0 ? rt_history(app->play.rt, i - 1) : NULL;
  return !prev || prev->who != b->who || (prev->kind != WORD_MSG && prev->kind != WORD_PHOTO);
}

static int bubble(App *app, Ctx *c, const Beat *b, int i, int y, bool draw) {
  const Theme *t = &app->gfx.th;
  bool me = b->who == WHO_ME;
  /* "bar": no bubble, a line in the sender's colour at the left (a
   * disappearing-messages app); "round": a bubble each side. */
  bool bar = KCHOICE(app, bubble_style) == 1;
  int px = KSIZE(app, bubble_pad_x), py = KSIZE(app, bubble_pad_y);
  bool photo = b->kind == WORD_PHOTO;
  SDL_Color bg = me ? t->out_bubble : t->in_bubble, bg2 = me ? t->out_bubble2 : t->in_bubble;
  SDL_Color fg = me ? t->out_text : t->in_text;
  if (bar) bg = bg2 = t->bg, fg = t->text;
  SDL_Color mark = me ? t->me_name : t->them_name;
  bool first = first_of_run(app, b, i);
  /* the sender's name above a run, when the app shows names */
  TextBox *name = NULL;
  int name_h = 0;
  if (first && (KCHOICE(app, messages_names) == 1 || (c->group && !me))) { /* a group chat names who writes */
    const Character *ch = who_char(c->s, b->who);
    name = text_layout(app, FONT_BOLD, me ? SW(app, SW_me_label) : ch ? ch->name : "", c->bubble_max, mark);
    name_h = name->h + dp(app, 2);
  }
  bool tk = me && KCHOICE(app, messages_receipts) == 1;
  int tick_w = tk ? dp(app, 16) + dp(app, 6) : 0;
  /* Text on a gradient is checked against both ends. */
  int inner = c->bubble_max;
  TextBox *tb = text_layout(app, photo ? FONT_ITALIC : FONT_BODY, b->text, inner - tick_w, fg);
  int art_w = 0, art_h = 0, label_h = 0;
  TextBox *label = NULL;
  if (photo) {
    art_w = inner < dp(app, 280) ? inner : dp(app, 280);
    art_h = art_w * 3 / 5;
    label = text_layout(app, FONT_SMALL, S(app, S_PHOTO), inner, fg);
    label_h = label->h + dp(app, 4);
  }
  int w = tb->w + tick_w;
  if (art_w > w) w = art_w;
  if (label && label->w > w) w = label->w;
  w += 2 * px;
  int h = tb->h + 2 * py + (photo ? art_h + dp(app, 8) + label_h : 0);
  int ax = c->x + avatar_col(app);
  int x = me && !bar ? c->x + c->w - w : ax;
  if (draw) {
    if (name) {
      int nx = bar ? ax : me ? c->x + c->w - name->w : ax;
      draw_box(app, name, nx, y, (SDL_Rect){c->x, y, c->w, name_h}, t->bg, t->bg);
    }
    int by = y + name_h;
    SDL_Rect r = {x, by, w, h};
    if (bar) fill_rect(app, (SDL_Rect){x, by, dp(app, 3) > 1 ? dp(app, 3) : 2, h}, mark);
    else fill_round(app, r, dp(app, t->radius), bg, bg2);
    int yy = by + py;
    if (photo) {
      photo_art(app, (SDL_Rect){x + px, yy, art_w, art_h},
                color_parse(who_char(c->s, b->who) ? who_char(c->s, b->who)->color : NULL, t->primary));
      yy += art_h + dp(app, 8);
      draw_box(app, label, x + px, yy, r, bg, bg2);
      yy += label_h;
    }
    draw_box(app, tb, x + px, yy, r, bg, bg2);
    if (tk) draw_ticks(app, x + w - px - dp(app, 16), by + h - py - dp(app, 10), i < c->last_seen, true);
    if (!me && first && KFLAG(app, bubble_avatars)) /* the avatar beside the first of a run */
      avatar(app, c->x + dp(app, 16), by + dp(app, 16), KSIZE(app, messages_avatar_size), who_char(c->s, b->who));
  }
  int used = name_h + h;
  if (me && i == c->last_me && KCHOICE(app, messages_receipts) == 0) {
    TextBox *m = text_layout(app, FONT_SMALL, SW(app, c->seen ? SW_seen : SW_delivered), 0, t->dim);
    int mx = bar ? ax + px : c->x + c->w - m->w; /* under the message, on its side */
    if (draw)
      draw_box(app, m, mx, y + used + dp(app, 2), (SDL_Rect){c->x, y + used, c->w, m->h + dp(app, 2)}, t->bg, t->bg);
    used += m->h + dp(app, 2);
  }
  return used;
}

static int narration(App *app, Ctx *c, const Beat *b, int y, bool draw) {
  const Theme *t = &app->gfx.th;
  int px = dp(app, 16), py = dp(app, 10);
  int w = c->w - dp(app, 40);
  if (w > dp(app, 640)) w = dp(app, 640);
  TextBox *tb = text_layout(app, FONT_BODY, b->text, w - 2 * px, t->narr_text);
  int h = tb->h + 2 * py;
  if (draw) {
    SDL_Rect r = {c->x + (c->w - w) / 2, y, w, h};
    fill_round(app, r, dp(app, 6), t->narr_bg, t->narr_bg);
    fill_rect(app, (SDL_Rect){r.x, r.y, dp(app, 4), r.h}, t->sep);
    draw_box(app, tb, text_x(tb, r.x + px, w - 2 * px), y + py, r, t->narr_bg, t->narr_bg);
  }
  return h;
}

static int thought(App *app, Ctx *c, const Beat *b, int y, bool draw) {
  const Theme *t = &app->gfx.th;
  int w = c->w - dp(app, 80);
  if (w > dp(app, 560)) w = dp(app, 560);
  char buf[1024];
  /* the brackets hug the words, as in print ("(She must be from around
   * here.)"); lines break only at spaces, so ")" never goes alone */
  snprintf(buf, sizeof buf, "(%s)", b->text);
  TextBox *tb = text_layout(app, FONT_ITALIC, buf, w, t->thought_text);
  if (draw) {
    SDL_Rect box = {c->x + (c->w - w) / 2, y, w, tb->h};
    draw_box(app, tb, c->x + (c->w - tb->w) / 2, y, box, t->bg, t->bg);
  }
  return tb->h;
}

static int separator(App *app, Ctx *c, const char *text, int y, bool draw) {
  const Theme *t = &app->gfx.th;
  int pad = dp(app, 12);
  TextBox *tb = text_layout(app, FONT_BOLD, text, c->w - dp(app, 80), t->dim);
  int h = tb->h + dp(app, 12);
  if (draw) {
    int cx = c->x + c->w / 2, ly = y + h / 2;
    fill_rect(app, (SDL_Rect){c->x, ly, c->w, 1 > dp(app, 1) ? 1 : dp(app, 1)}, t->sep);
    SDL_Rect chip = {cx - tb->w / 2 - pad, y, tb->w + 2 * pad, h};
    fill_round(app, chip, h / 2, t->bg, t->bg);
    draw_box(app, tb, cx - tb->w / 2, y + dp(app, 6), chip, t->bg, t->bg);
  }
  return h;
}

/* A card set apart from the chat (the discussion card, the crisis card):
 * texts stacked in a frame, each `gap` below the one before; its height,
 * drawn when asked. */
typedef struct {
  TextBox *tb;
  int gap;
} CardLine;

typedef struct {
  int w, px, py, radius;
  SDL_Color border, bg;
} CardLook;

static int card(App *app, Ctx *c, const CardLook *k, const CardLine *lines, int n, int y, bool draw) {
  int h = 2 * k->py;
  for (int i = 0; i < n; i++) h += lines[i].gap + lines[i].tb->h;
  if (draw) {
    SDL_Rect r = {c->x + (c->w - k->w) / 2, y, k->w, h};
    frame_round(app, r, k->radius, dp(app, 2) > 0 ? dp(app, 2) : 1, k->border, k->bg);
    int yy = y + k->py;
    for (int i = 0; i < n; i++) {
      yy += lines[i].gap;
      draw_box(app, lines[i].tb, text_x(lines[i].tb, r.x + k->px, k->w - 2 * k->px), yy, r, k->bg, k->bg);
      yy += lines[i].tb->h;
    }
  }
  return h;
}

/* The discussion card. Its facilitator notes are never drawn here: in
 * classroom mode this window is the projected one; the notes are in the
 * presenter view (presenter.c) or on the printed handout. In classroom
 * mode the card is wide and its question large, for the back of the room. */
static int discuss(App *app, Ctx *c, const Beat *b, int y, bool draw) {
  const Theme *t = &app->gfx.th;
  CardLook k = {c->w - dp(app, 20), dp(app, 16), dp(app, 12), dp(app, 10), t->discuss_text, t->discuss_bg};
  if (k.w > dp(app, app->classroom ? 900 : 680)) k.w = dp(app, app->classroom ? 900 : 680);
  int inner = k.w - 2 * k.px;
  CardLine lines[] = {
      {text_layout(app, FONT_BOLD, S(app, S_DISCUSS), inner, t->discuss_text), 0},
      {text_layout(app, app->classroom ? FONT_HEAD : FONT_BODY, b->text, inner, t->discuss_text), dp(app, 6)},
  };
  return card(app, c, &k, lines, 2, y, draw);
}

/* A calm card for the moment fear gets heavy: the story's words of hope,
 * then the crisis line of the player's country, large. */
static int crisis(App *app, Ctx *c, const Beat *b, int y, bool draw) {
  const Theme *t = &app->gfx.th;
  CardLook k = {c->w - dp(app, 20), dp(app, 18), dp(app, 14), dp(app, 12), t->card_border, t->card};
  if (k.w > dp(app, 640)) k.w = dp(app, 640);
  int inner = k.w - 2 * k.px;
  CardLine lines[3] = {{text_layout(app, FONT_BODY, b->text, inner, t->card_text), 0}};
  int n = 1;
  if (b->notes && b->notes[0]) {
    lines[n++] = (CardLine){text_layout(app, FONT_SMALL, S(app, S_CRISIS_CALL), inner, t->card_dim), dp(app, 10)};
    lines[n++] = (CardLine){text_layout(app, FONT_HEAD, b->notes, inner, t->card_text), 0};
  }
  return card(app, c, &k, lines, n, y, draw);
}

/* Said in the room (in_person): narration with who says it on top, never a
 * chat bubble. */
static int in_person(App *app, Ctx *c, const Beat *b, int y, bool draw) {
  const Theme *t = &app->gfx.th;
  int px = dp(app, 16), py = dp(app, 10);
  int w = c->w - dp(app, 40);
  if (w > dp(app, 640)) w = dp(app, 640);
  char buf[300];
  const Character *ch = who_char(c->s, b->who);
  const char *label = b->who == WHO_ME ? S(app, T_ALOUD)
                                       : i18n_name_word(app->opt.i18n, app->set.lang, b->in_person ? T_IN_PERSON : T_ON_CALL,
                                                        ch ? ch->name : "", buf, sizeof buf);
  /* who speaks, once for a run of their lines */
  const Beat *before = c->prev >= 0 ? rt_history(app->play.rt, c->prev) : NULL;
  bool again = before && beat_said_aloud(before) && before->in_person == b->in_person && before->who == b->who;
  TextBox *head = text_layout(app, FONT_BOLD, label, w - 2 * px, t->narr_text);
  TextBox *tb = text_layout(app, b->kind == WORD_PHOTO ? FONT_ITALIC : FONT_BODY, b->text, w - 2 * px, t->narr_text);
  int hh = again ? 0 : head->h;
  int h = hh + tb->h + 2 * py;
  if (draw) {
    SDL_Rect r = {c->x + (c->w - w) / 2, y, w, h};
    fill_round(app, r, dp(app, 6), t->narr_bg, t->narr_bg);
    SDL_Color bar = b->who == WHO_ME ? t->sep : color_parse(ch ? ch->color : NULL, t->sep);
    fill_rect(app, (SDL_Rect){r.x, r.y, dp(app, 4), r.h}, bar);
    if (!again) draw_box(app, head, text_x(head, r.x + px, w - 2 * px), y + py, r, t->narr_bg, t->narr_bg);
    draw_box(app, tb, text_x(tb, r.x + px, w - 2 * px), y + py + hh, r, t->narr_bg, t->narr_bg);
  }
  return h;
}

/* A contact or message request in the conversation: their avatar, their
 * name, what the app says. */
static int request_item(App *app, Ctx *c, const Beat *b, int y, bool draw) {
  const Theme *t = &app->gfx.th;
  const Character *ch = who_char(c->s, b->who);
  int pad = dp(app, 14), rr = dp(app, 26);
  int w = c->w - dp(app, 40);
  if (w > dp(app, 420)) w = dp(app, 420);
  char buf[300];
  const char *line = b->text[0] ? b->text
                                : SWN(app, SW_request_from, ch ? ch->name : "", buf, sizeof buf);
  TextBox *name = text_layout(app, FONT_BOLD, ch ? ch->name : "", w - 2 * pad, t->request_text);
  TextBox *tb = text_layout(app, FONT_SMALL, line, w - 2 * pad, t->request_text);
  int h = pad + 2 * rr + dp(app, 8) + name->h + tb->h + pad;
  if (draw) {
    SDL_Rect r = {c->x + (c->w - w) / 2, y, w, h};
    frame_round(app, r, dp(app, 12), 1, t->sep, t->request_bg);
    avatar(app, r.x + w / 2, y + pad + rr, rr, ch);
    int yy = y + pad + 2 * rr + dp(app, 8);
    draw_box(app, name, r.x + (w - name->w) / 2, yy, r, t->request_bg, t->request_bg);
    draw_box(app, tb, r.x + (w - tb->w) / 2, yy + name->h, r, t->request_bg, t->request_bg);
  }
  return h;
}

/* An app's notice ("… took a screenshot"), in the app's own look: a chip
 * with a border in the notice colour. */
static int notice(App *app, Ctx *c, const char *text, int y, bool draw) {
  const Theme *t = &app->gfx.th;
  int pad = dp(app, 12), bw = dp(app, 2) > 1 ? dp(app, 2) : 1;
  TextBox *tb = text_layout(app, FONT_BOLD, text, c->w - dp(app, 40) - 2 * pad, t->notice);
  int h = tb->h + dp(app, 12);
  if (draw) {
    SDL_Rect r = {c->x + (c->w - tb->w) / 2 - pad, y, tb->w + 2 * pad, h};
    frame_round(app, r, h / 2 < dp(app, 14) ? h / 2 : dp(app, 14), bw, t->notice, t->bg);
    draw_box(app, tb, r.x + pad, y + dp(app, 6), r, t->bg, t->bg);
  }
  return h;
}

/* One beat: its height, and drawn when draw is set. */
static int item(App *app, Ctx *c, int i, int y, bool draw) {
  const Beat *b = rt_history(app->play.rt, i);
  const Theme *t = &app->gfx.th;
  char buf[600];
  if (beat_said_aloud(b)) return in_person(app, c, b, y, draw); /* in the room, or in a call */
  switch (b->kind) {
  case WORD_REQUEST: return request_item(app, c, b, y, draw);
  case WORD_BLOCKED:
    return centered(app, c, y, draw, FONT_SMALL, b->text[0] ? b->text : SW(app, SW_blocked), t->system_text);
  case WORD_REPORTED:
    return centered(app, c, y, draw, FONT_SMALL, b->text[0] ? b->text : SW(app, SW_unavailable), t->system_text);
  case WORD_MSG:
  case WORD_PHOTO: {
    int h = stamp(app, c, b, y, draw, b->who == WHO_ME && KCHOICE(app, bubble_style) != 1);
    return h + bubble(app, c, b, i, y + h, draw);
  }
  case WORD_CALL: {
    bool voice = b->call_kind ? b->call_kind == CALL_VOICE : KCHOICE(app, call_kind) == 1;
    snprintf(buf, sizeof buf, "%s %s", voice ? "📞" : "📹",
             b->text && b->text[0] ? b->text : SW(app, b->call_out ? SW_calling : voice ? SW_incoming_voice : SW_incoming_video));
    return centered(app, c, y, draw, FONT_SMALL, buf, t->system_text);
  }
  case WORD_RECORDING:
    /* the mark once: "● REC", and the story's words only when they say more */
    if (call_rec_redundant(app, b->text)) snprintf(buf, sizeof buf, "● %s", S(app, S_REC));
    else if (strstr(b->text, S(app, S_REC))) snprintf(buf, sizeof buf, "● %s", b->text); /* REC written by the story */
    else snprintf(buf, sizeof buf, "● %s · %s", S(app, S_REC), b->text);
    return centered(app, c, y, draw, FONT_SMALL, buf, t->system_text);
  case WORD_SYSTEM:
    if (KCHOICE(app, messages_system) == 1) return notice(app, c, b->text, y, draw);
    return centered(app, c, y, draw, FONT_SMALL, b->text, t->system_text);
  case WORD_HANGUP:
    return centered(app, c, y, draw, FONT_SMALL, b->text, t->system_text);
  case WORD_NARRATE:
  default: /* a shown word with no look of its own reads as narration */
    return narration(app, c, b, y, draw);
  case WORD_THINK: return thought(app, c, b, y, draw);
  case WORD_LATER: return separator(app, c, b->text, y, draw);
  case WORD_CLOCK:
    memcpy(c->clock, b->clock, sizeof c->clock);
    return centered(app, c, y, draw, FONT_SMALL, b->text[0] ? b->text : b->clock, t->dim);
  case WORD_DISCUSS: return discuss(app, c, b, y, draw);
  case WORD_CRISIS: return crisis(app, c, b, y, draw);
  }
}

/* "Messages disappear after they are seen", with a small timer drawn
 * before it (a ring and a hand: no glyph to miss in a font). */
static int disappear_note(App *app, Ctx *c, int y, bool draw) {
  const Theme *t = &app->gfx.th;
  int icon = dp(app, 14), gap = dp(app, 8);
  TextBox *tb = text_layout(app, FONT_SMALL, SW(app, SW_disappear_note), c->w - dp(app, 40) - icon - gap, t->dim);
  int h = tb->h + dp(app, 8);
  if (draw) {
    int x = c->x + (c->w - tb->w - icon - gap) / 2;
    int cy = y + dp(app, 4) + tb->h / 2;
    fill_circle(app, x + icon / 2, cy, icon / 2, t->dim);
    fill_circle(app, x + icon / 2, cy, icon / 2 - (dp(app, 2) > 1 ? dp(app, 2) : 1), t->bg);
    fill_rect(app, (SDL_Rect){x + icon / 2 - 1, cy - icon / 3, dp(app, 2) > 1 ? dp(app, 2) : 1, icon / 3 + 1}, t->dim);
    draw_box(app, tb, x + icon + gap, y + dp(app, 4), (SDL_Rect){c->x, y, c->w, h}, t->bg, t->bg);
  }
  return h;
}

static int typing_item(App *app, Ctx *c, int y, bool draw) {
  int h = dp(app, 34), w = dp(app, 64);
  if (draw) {
    const Theme *t = &app->gfx.th;
    SDL_Rect r = {c->x + avatar_col(app), y, w, h};
    SDL_Color bub = KCHOICE(app, bubble_style) == 1 ? t->sep : t->in_bubble;
    fill_round(app, r, h / 2, bub, bub);
    int phase = app->set.reduced_motion ? -1 : (int)((app->now / 350) % 3);
    for (int k = 0; k < 3; k++) {
      SDL_Color d = k == phase ? t->in_text : t->dim;
      fill_circle(app, r.x + w / 2 + (k - 1) * dp(app, 14), y + h / 2, dp(app, 4), d);
    }
    const Beat *b = rt_history(app->play.rt, app->play.shown);
    if (KFLAG(app, bubble_avatars))
      avatar(app, c->x + dp(app, 16), y + dp(app, 16), KSIZE(app, messages_avatar_size), who_char(c->s, b ? b->who : 0));
  }
  return h;
}

/* The contact's name in the header: bold, or larger (header.name_font). */
static int header_font(App *app) {
  static const int FONTS[] = {FONT_BOLD, FONT_HEAD, FONT_TITLE};
  return FONTS[KCHOICE(app, header_name_font)];
}

static int chat_header(App *app, SDL_Rect bar, int contact, bool listed) {
  const Theme *t = &app->gfx.th;
  const Story *s = app->play.story;
  fill_rect(app, bar, t->header);
  app->gfx.marks.header = bar;
  if (KCHOICE(app, header_line) == 2) /* a thin rule under a light header */
    fill_rect(app, (SDL_Rect){bar.x, bar.y + bar.h - 1, bar.w, 1}, t->sep);
  if (t->gradient) {
    /* Instagram-like: a thin gradient under a white header */
    SDL_Rect line = {bar.x, bar.y + bar.h - dp(app, 3), bar.w, dp(app, 3)};
    SDL_Vertex v[4] = {{{line.x, line.y}, t->out_bubble, {0, 0}}, {{line.x + line.w, line.y}, t->out_bubble2, {0, 0}},
                       {{line.x + line.w, line.y + line.h}, t->out_bubble2, {0, 0}}, {{line.x, line.y + line.h}, t->out_bubble, {0, 0}}};
    int idx[6] = {0, 1, 2, 0, 2, 3};
    SDL_RenderGeometry(app->gfx.ren, NULL, v, 4, idx, 6);
  }
  int x = bar.x + dp(app, 12);
  const char *ml = S(app, S_MENU);
  int mw = text_width(app, FONT_BOLD, ml) + dp(app, 32); /* rounding at large sizes: never "Men u" */
  int bh = dp(app, 40) > bar.h - dp(app, 12) ? bar.h - dp(app, 12) : dp(app, 40);
  if (bh < app->gfx.fonts.line[FONT_BOLD] + dp(app, 8)) bh = app->gfx.fonts.line[FONT_BOLD] + dp(app, 8);
  button_colored(app, (SDL_Rect){x, bar.y + (bar.h - bh) / 2, mw, bh}, ml, ACT_MENU, 0, 0, t->header,
                 t->header_text, t->header_text, FONT_BOLD, 0);
  x += mw + dp(app, 14);
  SDL_Rect hb = help_button(app, bar.x + bar.w - dp(app, 12), bar.y, bar.h, t->header, t->header_text, t->header_text);
  /* classroom mode: the badge beside Help when the name keeps its room */
  int badge = classroom_badge(app, 0, bar, false);
  if (badge && hb.x - badge - x > dp(app, 160)) hb.x -= classroom_badge(app, hb.x - dp(app, 10), bar, true);
  /* No list beside the chat: "Chats (2)" opens the conversations, with the
   * unread count; a phone app's list (inbox.kind = "list") is always one
   * press away. Open, the header is the list's: "‹ Back" and its title. */
  bool list_open = !listed && app->inbox.open;
  int need = KCHOICE(app, inbox_kind) == 2 ? 1 : 2;
  if (!listed && (list_open || inbox_count(app) >= need)) {
    int unread = inbox_unread_elsewhere(app, contact);
    char il[96];
    if (list_open) snprintf(il, sizeof il, "‹ %s", S(app, S_BACK));
    else if (unread) snprintf(il, sizeof il, "%s (%d)", SW(app, SW_chats), unread);
    else snprintf(il, sizeof il, "%s", SW(app, SW_chats));
    int iw = text_width(app, FONT_BOLD, il) + dp(app, 28);
    if (hb.x - x - iw > dp(app, 120) || list_open) {
      button_colored(app, (SDL_Rect){x, bar.y + (bar.h - bh) / 2, iw, bh}, il, ACT_INBOX, 0, 0, t->header,
                     t->header_text, t->header_text, FONT_BOLD, 0);
      x += iw + dp(app, 10);
    }
  }
  if (list_open) {
    /* the list's own title: the app's word for its chats, or its requests folder */
    int room = hb.x - dp(app, 10) - x;
    const int styles[] = {header_font(app)};
    const char *title = SW(app, inbox_in_folder(app) ? SW_requests : SW_chats);
    if (text_width(app, styles[0], title) <= room) { /* on one line, or not at all: the list says it too */
      TextBox *tb = text_layout(app, styles[0], title, 0, t->header_text);
      draw_box(app, tb, x, bar.y + (bar.h - tb->h) / 2, (SDL_Rect){x, bar.y, room, bar.h}, t->header, t->header);
    }
    return bar.h;
  }
  int r = KSIZE(app, header_avatar_size);
  const Character *ch = who_char(s, contact);
  if (KFLAG(app, header_avatar) && hb.x - x > dp(app, 140)) {
    ContactState cs = inbox_state(app, contact);
    Character grey = ch ? *ch : (Character){0};
    if (ch && (cs == CONTACT_BLOCKED || cs == CONTACT_REPORTED)) grey.color = "#8A9199"; /* blocked, gone */
    avatar(app, x + r, bar.y + bar.h / 2, r, ch ? &grey : NULL);
    x += 2 * r + dp(app, 10);
  }
  int room = hb.x - dp(app, 10) - x;
  /* one line, as the apps do: shortened after a whole word if need be */
  const int styles[] = {header_font(app)};
  TextBox *name = text_fit(app, styles, 1, ch ? ch->name : s->title, room, app->gfx.fonts.line[FONT_BOLD], t->header_text);
  char buf[300];
  const char *st = ch ? inbox_status(app, contact, buf, sizeof buf) : "";
  /* an app that shows the handle under the name: "clara.vbs · Active now" */
  char handle[400];
  if (!app->play.typing && KCHOICE(app, header_subtitle) == 1 && ch && ch->username) {
    snprintf(handle, sizeof handle, st[0] ? "%s · %s" : "%s", ch->username, st);
    st = handle;
  }
  TextBox *sub = text_layout(app, FONT_SMALL, st, room, t->header_dim);
  int th = name->h + sub->h;
  SDL_Rect box = {x, bar.y, room, bar.h};
  if (th <= bar.h && st[0]) {
    int y = bar.y + (bar.h - th) / 2;
    draw_box(app, name, x, y, box, t->header, t->header);
    draw_box(app, sub, x, y + name->h, box, t->header, t->header);
  } else {
    draw_box(app, name, x, bar.y + (bar.h - name->h) / 2, box, t->header, t->header);
  }
  return bar.h;
}

static int header_height(App *app) {
  int h = app->gfx.fonts.line[header_font(app)] + app->gfx.fonts.line[FONT_SMALL] + dp(app, 16);
  return h < KSIZE(app, header_min_height) ? KSIZE(app, header_min_height) : h;
}

/* Skype-like contact list: the conversations of the story. */
static void sidebar(App *app, SDL_Rect r) {
  const Theme *t = &app->gfx.th;
  fill_rect(app, r, t->sidebar);
  fill_rect(app, (SDL_Rect){r.x + r.w - 1, r.y, 1, r.h}, t->sep);
  int y = r.y + dp(app, 14);
  int inner = r.w - dp(app, 28);
  int rr = dp(app, 16);
  /* the player's own profile on top, as in a desktop messenger */
  {
    Character me = {.name = app->set.name, .color = "#5b6b7c"};
    char ini[8] = "?";
    if (app->set.name[0]) snprintf(ini, sizeof ini, "%.*s", (int)utf8_first(app->set.name), app->set.name);
    me.initials = ini;
    TextBox *n = text_layout(app, FONT_BOLD, app->set.name[0] ? app->set.name : S(app, S_YOU), inner - 2 * rr - dp(app, 10), t->sidebar_text);
    TextBox *st = text_layout(app, FONT_SMALL, SW(app, SW_status), inner - 2 * rr - dp(app, 10), t->sidebar_text);
    int h = n->h + st->h > 2 * rr ? n->h + st->h : 2 * rr;
    avatar(app, r.x + dp(app, 14) + rr, y + h / 2, rr, &me);
    fill_circle(app, r.x + dp(app, 14) + rr * 2 - dp(app, 3), y + h / 2 + rr - dp(app, 3), dp(app, 5), (SDL_Color){0x2E, 0xA0, 0x43, 255});
    int tx = r.x + dp(app, 24) + 2 * rr;
    SDL_Rect box = {tx, y, inner - 2 * rr - dp(app, 10), h};
    draw_box(app, n, tx, y + (h - n->h - st->h) / 2, box, t->sidebar, t->sidebar);
    draw_box(app, st, tx, y + (h - n->h - st->h) / 2 + n->h, box, t->sidebar, t->sidebar);
    y += h + dp(app, 14);
    fill_rect(app, (SDL_Rect){r.x + dp(app, 14), y, inner, 1}, t->sep);
    y += dp(app, 12);
  }
  y += draw_text(app, FONT_BOLD, SW(app, SW_contacts), r.x + dp(app, 14), y, inner, t->sidebar_text, t->sidebar, r);
  y += dp(app, 10);
  inbox_list(app, (SDL_Rect){r.x, y, r.w - 1, r.y + r.h - y}, t->sidebar, t->sidebar_text, t->sidebar_sel);
}

void draw_chat(App *app) {
  Play *p = &app->play;
  const Story *s = p->story;
  if (!app->lib.skin) app->lib.skin = skins_for(app->lib.skins, s->app, NULL);
  theme_get(&app->gfx.th, app->lib.skin, app->set.high_contrast);
  const Theme *t = &app->gfx.th;
  fill_rect(app, (SDL_Rect){0, 0, app->gfx.w, app->gfx.h}, t->bg);
  int left = 0;
  if (t->sidebar_on && !app->classroom && app->gfx.w >= KSIZE(app, inbox_min_window)) { /* classroom: the chat takes the width */
    left = app->gfx.w / 4;
    if (left > KSIZE(app, inbox_width)) left = KSIZE(app, inbox_width);
    if (left < dp(app, 220)) left = dp(app, 220);
  }
  /* With the conversations beside the chat, a message typed elsewhere shows
   * "typing…" in its row; with none, the view goes where it is typed. */
  app->inbox.listed = left > 0;
  int contact = inbox_view(app);
  if (contact != app->inbox.drawn) { /* another conversation: from its latest message */
    app->inbox.drawn = contact;
    app->nav.scroll[SCR_CHAT] = 0;
    app->chat.total = 0;
  }
  int hh = header_height(app);
  int int_w = app->gfx.w - left;
  /* the list over the chat hides the card: it belongs to the conversation */
  int rq = !left && app->inbox.open ? 0 : request_card_height(app, int_w, contact);
  /* a small window with large text: the replies (Accept, Decline) before
   * the card that explains them; the request stays in the conversation */
  if (rq > app->gfx.h / 5) rq = 0;
  /* A phone app's list over the chat is a screen of its own, as in the
   * apps: the whole height for the conversations, no replies nor message
   * box under it (a conversation opened, or Back, brings them back). */
  bool list_screen = !left && app->inbox.open;
  int ch = list_screen ? 0 : composer_height(app);
  int call_beat;
  bool rec;
  int call = play_call_state(&app->play, &call_beat, &rec);
  if (call) {
    /* a call fills the window above the strip */
    int sh = strip_height_keeping(app, app->gfx.w, call_top_height(app), call_need(app, app->gfx.w));
    SDL_Rect area = {0, 0, app->gfx.w, app->gfx.h - sh};
    draw_call(app, call_beat, rec, area);
    draw_choices(app, (SDL_Rect){0, app->gfx.h - sh, app->gfx.w, sh});
    return;
  }
  SDL_Rect mid = {left, hh, int_w, 0}; /* its height once measured */
  if (left) sidebar(app, (SDL_Rect){0, 0, left, app->gfx.h});
  Ctx c = {.area = mid, .s = s, .last_me = -1, .prev = -1};
  c.group = contact >= 0 && s->chars[contact].nmembers > 0;
  int margin = dp(app, 16);
  c.w = mid.w - 2 * margin;
  if (c.w > dp(app, 900)) c.w = dp(app, 900);
  c.x = mid.x + (mid.w - c.w) / 2;
  c.bubble_max = (c.w - dp(app, 40)) * 3 / 4 - dp(app, 24);
  if (c.bubble_max > KSIZE(app, bubble_max_width)) c.bubble_max = KSIZE(app, bubble_max_width);
  for (int i = 0; i < p->shown; i++) {
    if (!threads_in(p->rt, i, contact)) continue;
    const Beat *b = rt_history(p->rt, i);
    if (beat_said_aloud(b)) continue;
    if (b->kind == WORD_MSG && b->who == WHO_ME) { c.last_me = i; c.seen = false; }
    else if (c.last_me >= 0 && b->who >= 0 && threads_is_message(b)) c.seen = true;
    if (b->who >= 0 && threads_is_message(b)) c.last_seen = i;
  }
  /* Measure the conversation on screen (layouts are cached), then draw
   * what is visible. The other conversations' beats take no room. */
  if (p->shown > app->chat.cap) {
    app->chat.cap = p->shown + 64;
    app->chat.h = xrealloc(app->chat.h, (size_t)app->chat.cap * sizeof *app->chat.h);
    app->chat.clk = xrealloc(app->chat.clk, (size_t)app->chat.cap * sizeof *app->chat.clk);
  }
  int gap = dp(app, 10), total = dp(app, 12);
  /* an app whose messages disappear says so above the conversation */
  int note_h = KFLAG(app, messages_disappear) ? disappear_note(app, &c, 0, false) + gap : 0;
  total += note_h;
  for (int i = 0; i < p->shown; i++) {
    memcpy(app->chat.clk[i], c.clock, sizeof c.clock);
    if (!threads_in(p->rt, i, contact)) {
      app->chat.h[i] = -1;
      continue;
    }
    app->chat.h[i] = item(app, &c, i, 0, false);
    c.prev = i;
    total += app->chat.h[i] + gap;
  }
  bool typing_here = p->typing && (inbox_typing_thread(app) == contact || inbox_typing_thread(app) < 0);
  int newest = dp(app, 12) + (p->shown && app->chat.h[p->shown - 1] > 0 ? app->chat.h[p->shown - 1] + gap : 0);
  if (typing_here) {
    int th = typing_item(app, &c, 0, false) + gap;
    total += th;
    newest += th;
  }
  /* The replies are sent where the story is: in another conversation they
   * wait behind one button that goes back there ("Reply to Nina"), so no
   * reply ever looks like an answer to the wrong person. */
  int live = p->rt ? threads_live(p->rt, p->shown) : -1;
  bool elsewhere = !list_screen && play_waiting_choice(p) && live >= 0 && contact != live;
  char back[300] = "";
  if (elsewhere) SWN(app, SW_reply_to, s->chars[live].name, back, sizeof back);
  int bw = int_w - 2 * dp(app, 12);
  int sh = list_screen ? 0
         : elsewhere  ? button_height(app, back, bw, FONT_BOLD) + 2 * dp(app, 12)
                      : strip_height(app, int_w, hh + rq + ch, newest);
  mid.h = app->gfx.h - hh - sh - rq - ch;
  /* Reading back up: what arrives below must not move what is being read. */
  if (app->nav.scroll[SCR_CHAT] > 0 && app->chat.total > 0 && total > app->chat.total)
    app->nav.scroll[SCR_CHAT] += (float)(total - app->chat.total);
  app->chat.total = total;
  float max = total > mid.h ? (float)(total - mid.h) : 0;
  app->nav.scroll_max[SCR_CHAT] = max;
  if (app->nav.scroll[SCR_CHAT] > max) app->nav.scroll[SCR_CHAT] = max;
  if (app->nav.scroll[SCR_CHAT] < 0) app->nav.scroll[SCR_CHAT] = 0;
  int y = total > mid.h ? mid.y + mid.h - total + (int)app->nav.scroll[SCR_CHAT] : mid.y;
  y += dp(app, 12);
  zone_add(app, mid, ACT_SKIP, 0, 0); /* a click on the chat skips the typing */
  clip_push(app, mid);
  c.prev = -1;
  app->gfx.marks.view = mid;
  if (note_h) {
    if (y + note_h >= mid.y) disappear_note(app, &c, y, true);
    y += note_h;
  }
  for (int i = 0; i < p->shown; i++) {
    int h = app->chat.h[i];
    if (h < 0) continue;
    if (i == p->shown - 1) app->gfx.marks.last = (SDL_Rect){c.x, y, c.w, h};
    if (y + h >= mid.y && y <= mid.y + mid.h) {
      memcpy(c.clock, app->chat.clk[i], sizeof c.clock); /* the time as it stood */
      item(app, &c, i, y, true);
    }
    c.prev = i;
    y += h + gap;
  }
  if (typing_here) typing_item(app, &c, y, true);
  clip_pop(app);
  /* chat scroll counts from the bottom */
  scrollbar(app, mid, max - app->nav.scroll[SCR_CHAT], max, t->sep);
  if (app->nav.scroll[SCR_CHAT] > dp(app, 40)) {
    /* reading back up: one press to the latest messages */
    const char *l = S(app, S_LATEST);
    int bw = text_width(app, FONT_BOLD, l) + dp(app, 32);
    if (bw > mid.w - dp(app, 24)) bw = mid.w - dp(app, 24);
    int bh = button_height(app, l, bw, FONT_BOLD);
    SDL_Rect r = {mid.x + (mid.w - bw) / 2, mid.y + mid.h - bh - dp(app, 10), bw, bh};
    button_colored(app, r, l, ACT_LATEST, 0, 0, t->primary, t->primary_text, t->primary, FONT_BOLD, 0);
  }
  if (!left && app->inbox.open) {
    /* the conversations, over the chat */
    /* in the list's own colours when the app has them (colors.sidebar...) */
    bool own = t->skin && (t->skin->color_set >> SC_sidebar & 1);
    SDL_Color lb = own ? t->sidebar : t->bg, lt = own ? t->sidebar_text : t->text, ls = own ? t->sidebar_sel : t->narr_bg;
    fill_rect(app, mid, lb);
    inbox_list(app, (SDL_Rect){mid.x, mid.y + dp(app, 8), mid.w, mid.h - dp(app, 8)}, lb, lt, ls);
  }
  chat_header(app, (SDL_Rect){left, 0, int_w, hh}, contact, left > 0);
  if (rq) draw_request_card(app, (SDL_Rect){left, mid.y + mid.h, int_w, rq}, contact);
  if (elsewhere) {
    SDL_Rect strip = {left, mid.y + mid.h + rq, int_w, sh};
    fill_rect(app, strip, t->bg);
    fill_rect(app, (SDL_Rect){strip.x, strip.y, strip.w, 1}, t->sep);
    app->gfx.marks.strip = strip;
    button_colored(app, (SDL_Rect){left + dp(app, 12), strip.y + dp(app, 12), bw, sh - 2 * dp(app, 12)}, back, ACT_THREAD,
                   live, 0, t->primary, t->primary_text, t->primary, FONT_BOLD, 0);
  } else if (!list_screen) {
    draw_choices(app, (SDL_Rect){left, mid.y + mid.h + rq, int_w, sh});
  }
  if (ch) draw_composer(app, (SDL_Rect){left, app->gfx.h - ch, int_w, ch}, contact);
}
