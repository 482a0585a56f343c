/* The call, in the app's own layout (the skin's call table): an incoming
 * call with Answer and Decline, then a video call (the caller as an abstract
 * panel: colours and initials, never a person; the player's own tile a
 * neutral silhouette, never an image of them) or a voice call (the caller's
 * avatar large); the app's buttons with their words and a red hang-up; a
 * timer, captions of what is said, and the REC mark once, only when the
 * story says `recording`. The buttons are the app's look: the player's
 * replies stay in the strip below, where every choice is. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "avatar.h"
#include "call_view.h"
#include "draw.h"

#define KSIZE(app, n) dp(app, (app)->gfx.th.skin->size[SZ_##n])
#define KCHOICE(app, n) ((app)->gfx.th.skin->choice[SK_##n])

/* A button's word: the words of the buttons are in the buttons' order. */
_Static_assert(SW_hangup - SW_mute == CTL_hangup - CTL_mute && SW_camera - SW_mute == CTL_camera - CTL_mute &&
                   SW_effects - SW_mute == CTL_effects - CTL_mute,
               "SKIN_WORDS lists the call's buttons in SKIN_CONTROLS' order");
static const char *control_word(App *app, SkinControl c) { return SW(app, (SkinWord)(SW_mute + (c - CTL_mute))); }


static void chip(App *app, int x, int y, const char *text, SDL_Color bg, SDL_Color fg, SDL_Color dot, SDL_Rect *out) {
  TextBox *b = text_layout(app, FONT_BOLD, text, 0, fg);
  int pad = dp(app, 10), d = dot.a ? dp(app, 12) : 0;
  SDL_Rect r = {x, y, b->w + 2 * pad + (d ? d + dp(app, 8) : 0), b->h + dp(app, 8)};
  fill_round(app, r, r.h / 2, bg, bg);
  if (d) fill_circle(app, r.x + pad + d / 2, r.y + r.h / 2, d / 2, dot);
  draw_box(app, b, r.x + pad + (d ? d + dp(app, 8) : 0), r.y + dp(app, 4), r, bg, bg);
  if (out) *out = r;
}

bool call_rec_redundant(const App *app, const char *text) {
  if (!text) return true;
  while (*text == ' ') text++;
  if (!*text) return true;
  size_t n = strlen(text);
  while (n && text[n - 1] == ' ') n--;
  /* in any language of the game: a story's "Recording" stays redundant
   * when the player reads it in French */
  int nl = i18n_count(app->opt.i18n);
  for (int l = -1; l < nl; l++) {
    const char *lang = l < 0 ? app->set.lang : i18n_code(app->opt.i18n, l);
    const char *words[2] = {i18n_word(app->opt.i18n, lang, S_REC), i18n_word(app->opt.i18n, lang, S_RECORDING)};
    for (int i = 0; i < 2; i++)
      if (strlen(words[i]) == n && strncasecmp(words[i], text, n) == 0) return true;
  }
  return false;
}

/* ---- icons: shapes only, so no font can miss a glyph ---- */

/* A thick line through points (rounded joints). */
static void stroke(App *app, const SDL_FPoint *p, int n, float w, SDL_Color c) {
  for (int i = 0; i + 1 < n; i++) {
    float dx = p[i + 1].x - p[i].x, dy = p[i + 1].y - p[i].y, len = sqrtf(dx * dx + dy * dy);
    if (len <= 0) continue;
    float nx = -dy / len * w / 2, ny = dx / len * w / 2;
    SDL_Vertex v[4] = {{{p[i].x + nx, p[i].y + ny}, c, {0, 0}}, {{p[i + 1].x + nx, p[i + 1].y + ny}, c, {0, 0}},
                       {{p[i + 1].x - nx, p[i + 1].y - ny}, c, {0, 0}}, {{p[i].x - nx, p[i].y - ny}, c, {0, 0}}};
    int idx[6] = {0, 1, 2, 0, 2, 3};
    SDL_RenderGeometry(app->gfx.ren, NULL, v, 4, idx, 6);
  }
  for (int i = 0; i < n; i++) fill_circle(app, (int)lroundf(p[i].x), (int)lroundf(p[i].y), (int)(w / 2), c);
}

/* A handset: an arc with its two ends, turned by `turn` degrees (0: lying
 * down, the hang-up sign; -135: lifted, the answer sign). */
static void handset(App *app, int cx, int cy, int s, double turn, SDL_Color c) {
  SDL_FPoint p[9];
  double rad = s * 0.62, t = turn * M_PI / 180;
  for (int i = 0; i < 9; i++) {
    double a = (160 - i * 140.0 / 8) * M_PI / 180; /* over the top, left to right */
    double x = cos(a) * rad, y = -sin(a) * rad + rad * 0.55;
    /* the ends bend down like ear and mouth pieces */
    if (i == 0 || i == 8) y += s * 0.12;
    p[i] = (SDL_FPoint){(float)(cx + x * cos(t) - y * sin(t)), (float)(cy + x * sin(t) + y * cos(t))};
  }
  stroke(app, p, 9, (float)s * 0.2f, c);
  /* the ear and mouth pieces: wider ends */
  for (int e = 0; e < 9; e += 8) fill_circle(app, (int)lroundf(p[e].x), (int)lroundf(p[e].y), (int)(s * 0.2), c);
}

static void icon(App *app, SkinControl k, int cx, int cy, int r, SDL_Color c) {
  int s = r; /* the icon's size: the circle's radius */
  float w = (float)(s * 0.16 > 1.5 ? s * 0.16 : 1.5);
  switch (k) {
  case CTL_mute: { /* a microphone */
    fill_round(app, (SDL_Rect){cx - s / 5, cy - s / 2, 2 * (s / 5), s * 3 / 5}, s / 5, c, c);
    SDL_FPoint u[7];
    for (int i = 0; i < 7; i++) {
      double a = (180 + i * 30) * M_PI / 180;
      u[i] = (SDL_FPoint){(float)(cx + cos(a) * s * 0.36), (float)(cy - s * 0.02 - sin(a) * s * 0.36)};
    }
    stroke(app, u, 7, w, c);
    SDL_FPoint st[2] = {{(float)cx, (float)(cy + s * 0.34)}, {(float)cx, (float)(cy + s * 0.5)}};
    stroke(app, st, 2, w, c);
    break;
  }
  case CTL_camera: /* a camera: a body and a lens to the right */
    fill_round(app, (SDL_Rect){cx - s / 2, cy - s / 4, s * 3 / 5, s / 2}, s / 10, c, c);
    {
      SDL_Vertex v[3] = {{{(float)(cx + s * 0.12), (float)cy}, c, {0, 0}},
                         {{(float)(cx + s * 0.5), (float)(cy - s * 0.25)}, c, {0, 0}},
                         {{(float)(cx + s * 0.5), (float)(cy + s * 0.25)}, c, {0, 0}}};
      SDL_RenderGeometry(app->gfx.ren, NULL, v, 3, NULL, 0);
    }
    break;
  case CTL_speaker: { /* a loudspeaker and a wave */
    fill_rect(app, (SDL_Rect){cx - s / 2, cy - s / 7, s / 5, 2 * (s / 7)}, c);
    SDL_Vertex v[3] = {{{(float)(cx - s * 0.35), (float)cy}, c, {0, 0}},
                       {{(float)(cx + s * 0.05), (float)(cy - s * 0.4)}, c, {0, 0}},
                       {{(float)(cx + s * 0.05), (float)(cy + s * 0.4)}, c, {0, 0}}};
    SDL_RenderGeometry(app->gfx.ren, NULL, v, 3, NULL, 0);
    SDL_FPoint a[5];
    for (int i = 0; i < 5; i++) {
      double an = (-45 + i * 22.5) * M_PI / 180;
      a[i] = (SDL_FPoint){(float)(cx + s * 0.05 + cos(an) * s * 0.38), (float)(cy - sin(an) * s * 0.38)};
    }
    stroke(app, a, 5, w, c);
    break;
  }
  case CTL_flip: { /* a turning arrow */
    SDL_FPoint a[9];
    for (int i = 0; i < 9; i++) {
      double an = (30 + i * 33.75) * M_PI / 180;
      a[i] = (SDL_FPoint){(float)(cx + cos(an) * s * 0.4), (float)(cy - sin(an) * s * 0.4)};
    }
    stroke(app, a, 9, w, c);
    SDL_FPoint e = a[8];
    SDL_Vertex v[3] = {{{e.x - s * 0.18f, e.y - s * 0.12f}, c, {0, 0}},
                       {{e.x + s * 0.18f, e.y - s * 0.12f}, c, {0, 0}},
                       {{e.x, e.y + s * 0.16f}, c, {0, 0}}};
    SDL_RenderGeometry(app->gfx.ren, NULL, v, 3, NULL, 0);
    break;
  }
  case CTL_effects: { /* a sparkle */
    SDL_Vertex v[6] = {{{(float)cx, (float)(cy - s * 0.5)}, c, {0, 0}}, {{(float)(cx + s * 0.12), (float)cy}, c, {0, 0}},
                       {{(float)(cx - s * 0.12), (float)cy}, c, {0, 0}}, {{(float)(cx - s * 0.5), (float)cy}, c, {0, 0}},
                       {{(float)cx, (float)(cy - s * 0.12)}, c, {0, 0}}, {{(float)cx, (float)(cy + s * 0.12)}, c, {0, 0}}};
    SDL_Vertex m[6] = {v[0], v[1], v[2], v[3], v[4], v[5]};
    m[0].position.y = (float)(cy + s * 0.5);
    m[3].position.x = (float)(cx + s * 0.5);
    SDL_RenderGeometry(app->gfx.ren, NULL, v, 6, NULL, 0);
    SDL_RenderGeometry(app->gfx.ren, NULL, m, 6, NULL, 0);
    break;
  }
  case CTL_hangup:
  default: handset(app, cx, cy, s, 0, c); break;
  }
}

/* A round button of the app with its word under it; returns its height. */
/* Does the word fit under a button of this cell on one line? (A word
 * never breaks: without room, the row shows its buttons alone.) */
static bool word_fits(App *app, const char *word, int cell) { return text_width(app, FONT_SMALL, word) <= cell - dp(app, 4); }

static int round_button(App *app, int cx, int y, int r, int cell, SkinControl k, SDL_Color fill, const char *word,
                        bool answer, bool draw) {
  const Theme *t = &app->gfx.th;
  TextBox *l = word ? text_layout(app, FONT_SMALL, word, 0, t->call_text) : NULL;
  if (draw) {
    fill_circle(app, cx, y + r, r, fill);
    /* an icon needs 3:1: white on the app's green and red, as phones draw it */
    SDL_Color white = {255, 255, 255, 255};
    SDL_Color ink = contrast_ratio(white, fill) >= 3 ? white : color_on(fill);
    if (answer) handset(app, cx, y + r, r, -30, ink);
    else icon(app, k, cx, y + r, r, ink);
    if (l) {
      SDL_Rect box = {cx - cell / 2, y + 2 * r + dp(app, 6), cell, l->h};
      draw_box(app, l, cx - l->w / 2, box.y, box, t->call_bg, t->call_bg);
    }
  }
  return 2 * r + (l ? dp(app, 6) + l->h : 0);
}

/* The app's buttons in a row at the bottom of area; returns the row's
 * height (measured when draw is false). */
static int controls(App *app, SDL_Rect area, bool draw) {
  const Theme *t = &app->gfx.th;
  const Skin *k = t->skin;
  int n = k->ncontrols;
  int cell = (area.w - dp(app, 24)) / (n > 0 ? n : 1);
  if (cell > dp(app, 110)) cell = dp(app, 110);
  int r = KSIZE(app, call_control);
  if (r > cell / 2 - dp(app, 4)) r = cell / 2 - dp(app, 4);
  bool words = true;
  for (int i = 0; i < n; i++) words &= word_fits(app, control_word(app, k->controls[i]), cell);
  int h = 0;
  for (int i = 0; i < n; i++) {
    int bh = round_button(app, 0, 0, r, cell, k->controls[i], t->control, words ? control_word(app, k->controls[i]) : NULL,
                          false, false);
    if (bh > h) h = bh;
  }
  h += dp(app, 20);
  if (draw) {
    int x0 = area.x + (area.w - n * cell) / 2 + cell / 2;
    int y = area.y + area.h - h + dp(app, 8);
    for (int i = 0; i < n; i++) {
      SkinControl c = k->controls[i];
      round_button(app, x0 + i * cell, y, r, cell, c, c == CTL_hangup ? t->decline : t->control,
                   words ? control_word(app, c) : NULL, false, true);
    }
  }
  return h;
}

static int top_button_height(App *app) {
  int bh = app->gfx.fonts.line[FONT_BOLD] + dp(app, 16);
  return bh < dp(app, 44) ? dp(app, 44) : bh;
}

int call_top_height(App *app) { return top_button_height(app) + dp(app, 12); }

static void top_buttons(App *app, SDL_Rect area) {
  const Theme *t = &app->gfx.th;
  int bh = top_button_height(app);
  app->gfx.marks.header = (SDL_Rect){area.x, area.y, area.w, call_top_height(app)};
  const char *ml = S(app, S_MENU);
  int mw = text_width(app, FONT_BOLD, ml) + dp(app, 28);
  button_colored(app, (SDL_Rect){area.x + dp(app, 12), area.y + dp(app, 10), mw, bh - dp(app, 8)}, ml, ACT_MENU, 0, 0,
                 t->call_bg, t->call_text, t->call_text, FONT_BOLD, 0);
  help_button(app, area.x + area.w - dp(app, 12), area.y + dp(app, 6), bh, t->call_bg, t->call_text, t->call_text);
}

static int top_height(App *app) {
  int top = app->gfx.fonts.line[FONT_BOLD] + dp(app, 24);
  return top < dp(app, 56) ? dp(app, 56) : top;
}

static bool voice(App *app) { return KCHOICE(app, call_kind) == 1; }

static void ringing(App *app, const Beat *call, const Character *ch, SDL_Rect area) {
  const Theme *t = &app->gfx.th;
  /* Answer and Decline at the bottom, as the phone shows them */
  int cell = area.w / 2 - dp(app, 20);
  if (cell > dp(app, 160)) cell = dp(app, 160);
  int br = KSIZE(app, call_control) + dp(app, 4);
  if (br > cell / 2 - dp(app, 4)) br = cell / 2 - dp(app, 4);
  const char *dw = SW(app, SW_decline), *aw = SW(app, SW_answer);
  if (!word_fits(app, dw, cell) || !word_fits(app, aw, cell)) dw = aw = NULL;
  int bh = round_button(app, 0, 0, br, cell, CTL_hangup, t->decline, dw, false, false);
  int ah = round_button(app, 0, 0, br, cell, CTL_hangup, t->answer, aw, true, false);
  if (ah > bh) bh = ah;
  int by = area.y + area.h - bh - dp(app, 16);
  int top = area.y + top_height(app);
  int room = by - top;
  int r = room / 6;
  if (r > dp(app, 70)) r = dp(app, 70);
  if (r < dp(app, 20)) r = dp(app, 20);
  int cx = area.x + area.w / 2, cy = top + r + dp(app, 30);
  if (!app->set.reduced_motion) {
    /* a slow pulse around the caller */
    int ph = (int)(app->now % 1500);
    int rr = r + dp(app, 6) + ph * dp(app, 26) / 1500;
    fill_circle(app, cx, cy, rr, t->call_panel);
  }
  avatar(app, cx, cy, r, ch);
  int w = area.w - dp(app, 40);
  int y = cy + r + dp(app, 20);
  TextBox *n = text_layout(app, FONT_TITLE, ch ? ch->name : "", w, t->call_text);
  SDL_Rect box = {area.x + dp(app, 20), y, w, area.y + area.h - y};
  draw_box(app, n, cx - n->w / 2, y, box, t->call_bg, t->call_bg);
  y += n->h + dp(app, 6);
  const char *line = call->text && call->text[0] ? call->text : SW(app, voice(app) ? SW_incoming_voice : SW_incoming_video);
  TextBox *l = text_layout(app, FONT_BODY, line, w, t->call_dim);
  draw_box(app, l, cx - l->w / 2, y, box, t->call_bg, t->call_bg);
  /* Decline on the left, Answer on the right, a thumb's distance apart */
  int off = cell * 3 / 4 + dp(app, 20);
  if (cx + off + cell / 2 > area.x + area.w - dp(app, 8)) off = area.x + area.w - dp(app, 8) - cell / 2 - cx;
  round_button(app, cx - off, by, br, cell, CTL_hangup, t->decline, dw, false, true);
  round_button(app, cx + off, by, br, cell, CTL_hangup, t->answer, aw, true, true);
}

/* The player's own tile: a neutral silhouette (a head and shoulders in one
 * grey), never an image of them, and their word "You". */
static void self_tile(App *app, SDL_Rect me) {
  const Theme *t = &app->gfx.th;
  fill_round(app, me, dp(app, 8), t->call_bg, t->call_bg);
  SDL_Color sil = t->call_panel;
  int hr = me.h / 6;
  int cx = me.x + me.w / 2, hy = me.y + me.h * 9 / 20;
  clip_push(app, me);
  fill_round(app, (SDL_Rect){cx - hr * 2, hy + hr + hr / 3, hr * 4, hr * 3}, hr * 3 / 2, sil, sil);
  fill_circle(app, cx, hy, hr, sil);
  clip_pop(app);
  TextBox *you = text_layout(app, FONT_SMALL, S(app, S_YOU), me.w - dp(app, 12), t->call_text);
  if (me.w >= you->w + dp(app, 16) && me.h > you->h + dp(app, 12))
    draw_box(app, you, me.x + dp(app, 8), me.y + dp(app, 6), me, t->call_bg, t->call_bg);
}

/* The last few things said in the call, bottom up from y, no higher than
 * floor (the newest always shows). Not drawing: the newest one's height. */
static int captions(App *app, int call_beat, int x, int y, int w, int floor, bool draw) {
  const Theme *t = &app->gfx.th;
  Play *p = &app->play;
  int shown = 0;
  for (int i = p->shown - 1; i > call_beat && shown < 3; i--) {
    const Beat *b = rt_history(p->rt, i);
    if (!b->text || !b->text[0]) continue;
    if (b->kind == WORD_RECORDING && call_rec_redundant(app, b->text)) continue; /* the REC chip says it */
    char buf[1200];
    int style = FONT_BODY;
    if (b->kind == WORD_MSG && b->who >= 0)
      snprintf(buf, sizeof buf, "%s: %s", p->story->chars[b->who].name, b->text);
    else if (b->kind == WORD_MSG)
      snprintf(buf, sizeof buf, "%s: %s", S(app, S_YOU), b->text);
    else {
      snprintf(buf, sizeof buf, "%s", b->text);
      style = FONT_ITALIC;
    }
    TextBox *tb = text_layout(app, style, buf, w - dp(app, 24), t->call_text);
    int h = tb->h + dp(app, 12);
    if (!draw) return h + dp(app, 6);
    if (y - h < floor && shown > 0) break;
    y -= h;
    SDL_Rect cr = {x, y, tb->w + dp(app, 24), h};
    if (shown == 0) {
      app->gfx.marks.last = cr; /* the newest caption, for the render tests */
      int top = floor < cr.y ? floor : cr.y; /* the newest always shows */
      app->gfx.marks.view = (SDL_Rect){x, top, w, cr.y + cr.h - top};
    }
    fill_round(app, cr, dp(app, 6), t->call_bg, t->call_bg);
    draw_box(app, tb, cr.x + dp(app, 12), y + dp(app, 6), cr, t->call_bg, t->call_bg);
    y -= dp(app, 6);
    shown++;
  }
  return 0;
}

static void timer_text(App *app, char *tm, size_t n) {
  Uint64 secs = (app->now - app->play.call_since) / 1000;
  snprintf(tm, n, "%02u:%02u", (unsigned)(secs / 60 % 100), (unsigned)(secs % 60));
}

static void connected_video(App *app, int call_beat, bool recording, const Character *ch, SDL_Rect area) {
  const Theme *t = &app->gfx.th;
  int top = top_height(app);
  int ctl = controls(app, area, false);
  SDL_Rect panel = {area.x + dp(app, 12), area.y + top, area.w - dp(app, 24), area.h - top - ctl};
  SDL_Color deep = {(Uint8)(t->call_panel.r / 2), (Uint8)(t->call_panel.g / 2), (Uint8)(t->call_panel.b / 2), 255};
  fill_round(app, panel, dp(app, 12), t->call_panel, deep);
  /* soft shapes: a room out of focus */
  SDL_Color soft = {(Uint8)(t->call_panel.r + 14), (Uint8)(t->call_panel.g + 14), (Uint8)(t->call_panel.b + 18), 255};
  if (!app->set.high_contrast) {
    fill_circle(app, panel.x + panel.w / 5, panel.y + panel.h / 3, panel.h / 6, soft);
    fill_circle(app, panel.x + panel.w * 4 / 5, panel.y + panel.h / 4, panel.h / 9, soft);
  }
  /* under the timer row: the caller (avatar, name), then the captions;
   * a small panel (a small window at 200% text) keeps what fits */
  int below = panel.y + dp(app, 12) + app->gfx.fonts.line[FONT_BOLD] + dp(app, 8) + dp(app, 10);
  int caption = app->gfx.fonts.line[FONT_BODY] + dp(app, 12) + dp(app, 16);
  TextBox *nb = text_layout(app, FONT_BOLD, ch ? ch->name : "", panel.w - dp(app, 40), t->call_text);
  int name_h = ch ? nb->h + dp(app, 6) + dp(app, 10) : 0;
  int room = panel.y + panel.h - caption - below;
  int r = panel.h / 8;
  if (r > dp(app, 56)) r = dp(app, 56);
  if (2 * r + name_h > room) r = (room - name_h) / 2;
  int floor = below;
  if (r >= dp(app, 18)) {
    int cy = below + (room - 2 * r - name_h) / 3 + r;
    avatar(app, panel.x + panel.w / 2, cy, r, ch);
    floor = cy + r + dp(app, 10);
  }
  if (ch && name_h <= room) {
    SDL_Rect nr = {panel.x + (panel.w - nb->w) / 2 - dp(app, 10), floor, nb->w + dp(app, 20), nb->h + dp(app, 6)};
    fill_round(app, nr, nr.h / 2, t->call_bg, t->call_bg);
    draw_box(app, nb, nr.x + dp(app, 10), floor + dp(app, 3), nr, t->call_bg, t->call_bg);
    floor += nr.h + dp(app, 8);
  }
  /* my own tile, bottom right */
  int pw = 0;
  if (KCHOICE(app, call_self) == 0) {
    pw = panel.w / 5;
    if (pw > dp(app, 200)) pw = dp(app, 200);
    int ph = pw * 3 / 4;
    if (pw >= dp(app, 48) && ph < panel.h / 3) self_tile(app, (SDL_Rect){panel.x + panel.w - pw - dp(app, 12), panel.y + panel.h - ph - dp(app, 12), pw, ph});
    else pw = 0;
  }
  int cap_w = panel.w - 2 * dp(app, 16) - (pw ? pw + dp(app, 12) : 0);
  if (cap_w < panel.w / 2) cap_w = panel.w - 2 * dp(app, 16);
  captions(app, call_beat, panel.x + dp(app, 16), panel.y + panel.h - dp(app, 16), cap_w, floor, true);
  /* the timer, top left; the recording mark beside it */
  char tm[16];
  timer_text(app, tm, sizeof tm);
  SDL_Rect tr;
  chip(app, panel.x + dp(app, 12), panel.y + dp(app, 12), tm, t->call_bg, t->call_text, (SDL_Color){0, 0, 0, 0}, &tr);
  if (recording) chip(app, tr.x + tr.w + dp(app, 10), tr.y, S(app, S_REC), t->call_bg, t->call_text, t->rec, NULL);
  controls(app, area, true);
}

/* A voice call: no picture at all; the caller's avatar, the name and the
 * timer under it. */
static void connected_voice(App *app, int call_beat, bool recording, const Character *ch, SDL_Rect area) {
  const Theme *t = &app->gfx.th;
  int top = area.y + top_height(app);
  int ctl = controls(app, area, false);
  int bottom = area.y + area.h - ctl;
  int w = area.w - dp(app, 40);
  SDL_Rect box = {area.x + dp(app, 20), top, w, bottom - top};
  TextBox *n = text_layout(app, FONT_HEAD, ch ? ch->name : "", w, t->call_text);
  char tm[16];
  timer_text(app, tm, sizeof tm);
  TextBox *tb = text_layout(app, FONT_BODY, tm, w, t->call_dim);
  int rec_h = recording ? app->gfx.fonts.line[FONT_BOLD] + dp(app, 16) : 0;
  int cap_h = captions(app, call_beat, 0, 0, area.w - dp(app, 48), 0, false);
  /* the newest caption and the REC mark first; then the timer, the name, and
   * the avatar in what is left (a small window at 200% text) */
  bool named = bottom - top - cap_h - rec_h - tb->h - dp(app, 20) >= n->h + dp(app, 4);
  int words = (named ? n->h + dp(app, 4) : 0) + tb->h + dp(app, 8) + rec_h + cap_h;
  int r = (bottom - top - words - dp(app, 40)) / 2;
  if (r > dp(app, 64)) r = dp(app, 64);
  int cx = area.x + area.w / 2, y = top + dp(app, 8);
  if (r >= dp(app, 16)) {
    avatar(app, cx, y + r, r, ch);
    y += 2 * r + dp(app, 14);
  }
  if (named) {
    draw_box(app, n, cx - n->w / 2, y, box, t->call_bg, t->call_bg);
    y += n->h + dp(app, 4);
  }
  draw_box(app, tb, cx - tb->w / 2, y, box, t->call_bg, t->call_bg);
  y += tb->h + dp(app, 8);
  if (recording) {
    int cw = text_width(app, FONT_BOLD, S(app, S_REC)) + dp(app, 40);
    SDL_Rect cr;
    chip(app, cx - cw / 2, y, S(app, S_REC), t->call_panel, t->call_text, t->rec, &cr);
    y = cr.y + cr.h + dp(app, 8);
  }
  captions(app, call_beat, area.x + dp(app, 24), bottom - dp(app, 8), area.w - dp(app, 48), y, true);
  controls(app, area, true);
}

void draw_call(App *app, int call_beat, bool recording, SDL_Rect area) {
  const Theme *t = &app->gfx.th;
  Play *p = &app->play;
  fill_rect(app, area, t->call_bg);
  const Beat *call = rt_history(p->rt, call_beat);
  const Character *ch = call->who >= 0 && call->who < p->story->nchars ? &p->story->chars[call->who] : NULL;
  int state = play_call_state(&app->play, &call_beat, &recording);
  if (state == 1) ringing(app, call, ch, area);
  else if (voice(app)) connected_voice(app, call_beat, recording, ch, area);
  else connected_video(app, call_beat, recording, ch, area);
  top_buttons(app, area);
}
