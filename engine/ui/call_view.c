/* The video call: an incoming-call screen, then an abstract remote panel
 * (colours and the caller's initials, never a person), a timer, captions of
 * what is said, and the recording indicator once it has appeared. */
#include <stdio.h>
#include <string.h>

#include "avatar.h"
#include "call_view.h"
#include "draw.h"

static void chip(App *app, int x, int y, const char *text, SDL_Color bg, SDL_Color fg, SDL_Color dot, SDL_Rect *out) {
  TextBox *b = text_layout(app, FONT_BOLD, text, 0, fg);
  int pad = dp(app, 10), d = dot.a ? dp(app, 12) : 0;
  SDL_Rect r = {x, y, b->w + 2 * pad + (d ? d + dp(app, 8) : 0), b->h + dp(app, 8)};
  fill_round(app, r, r.h / 2, bg, bg);
  if (d) fill_circle(app, r.x + pad + d / 2, r.y + r.h / 2, d / 2, dot);
  draw_box(app, b, r.x + pad + (d ? d + dp(app, 8) : 0), r.y + dp(app, 4), r, bg, bg);
  if (out) *out = r;
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

static void ringing(App *app, const Beat *call, const Character *ch, SDL_Rect area) {
  const Theme *t = &app->gfx.th;
  /* under the top bar: the caller, their name, what the call is; the
   * circle shrinks and the name gets smaller before anything spills */
  int top = call_top_height(app);
  SDL_Rect room = {area.x + dp(app, 20), area.y + top, area.w - dp(app, 40), area.h - top};
  int w = room.w;
  const char *line = call->text && call->text[0] ? call->text : S(app, S_INCOMING);
  TextBox *l = text_layout(app, FONT_BODY, line, w, t->call_dim);
  int pulse = dp(app, 32) /* the pulse around the circle */, gap = dp(app, 6) + dp(app, 20);
  static const int styles[] = {FONT_TITLE, FONT_HEAD, FONT_BOLD};
  int name_room = room.h - l->h - gap - 2 * dp(app, 18) - pulse;
  TextBox *n = text_fit(app, styles, 3, ch ? ch->name : "", w, name_room > 0 ? name_room : 1, t->call_text);
  int r = area.h / 7;
  if (r > dp(app, 70)) r = dp(app, 70);
  int rmax = (room.h - n->h - l->h - gap - pulse) / 2;
  if (r > rmax) r = rmax;
  if (r < dp(app, 18)) r = dp(app, 18);
  int block = 2 * r + pulse + n->h + l->h + gap;
  int cx = area.x + area.w / 2, cy = room.y + (room.h - block) / 2 + pulse / 2 + r;
  if (cy - r - pulse / 2 < room.y) cy = room.y + pulse / 2 + r;
  if (!app->set.reduced_motion) {
    /* a slow pulse around the caller */
    int ph = (int)(app->now % 1500);
    int rr = r + dp(app, 6) + ph * dp(app, 26) / 1500;
    SDL_Color ring = t->call_panel;
    fill_circle(app, cx, cy, rr, ring);
  }
  avatar(app, cx, cy, r, ch);
  int y = cy + r + pulse / 2 + dp(app, 20);
  draw_box(app, n, cx - n->w / 2, y, room, t->call_bg, t->call_bg);
  y += n->h + dp(app, 6);
  draw_box(app, l, cx - l->w / 2, y, room, t->call_bg, t->call_bg);
}

static void connected(App *app, int call_beat, bool recording, const Character *ch, SDL_Rect area) {
  const Theme *t = &app->gfx.th;
  Play *p = &app->play;
  int top = app->gfx.fonts.line[FONT_BOLD] + dp(app, 24);
  if (top < dp(app, 56)) top = dp(app, 56);
  SDL_Rect panel = {area.x + dp(app, 12), area.y + top, area.w - dp(app, 24), area.h - top - dp(app, 12)};
  SDL_Color deep = {(Uint8)(t->call_panel.r / 2), (Uint8)(t->call_panel.g / 2), (Uint8)(t->call_panel.b / 2), 255};
  fill_round(app, panel, dp(app, 12), t->call_panel, deep);
  /* soft shapes: a room out of focus */
  SDL_Color soft = {(Uint8)(t->call_panel.r + 14), (Uint8)(t->call_panel.g + 14), (Uint8)(t->call_panel.b + 18), 255};
  if (!app->set.high_contrast) {
    fill_circle(app, panel.x + panel.w / 5, panel.y + panel.h / 3, panel.h / 6, soft);
    fill_circle(app, panel.x + panel.w * 4 / 5, panel.y + panel.h / 4, panel.h / 9, soft);
  }
  int r = panel.h / 8;
  if (r > dp(app, 56)) r = dp(app, 56);
  if (r < dp(app, 18)) r = dp(app, 18);
  avatar(app, panel.x + panel.w / 2, panel.y + panel.h / 3, r, ch);
  if (ch) {
    TextBox *nb = text_layout(app, FONT_BOLD, ch->name, panel.w - dp(app, 40), t->call_text);
    int ny = panel.y + panel.h / 3 + r + dp(app, 10);
    SDL_Rect nr = {panel.x + (panel.w - nb->w) / 2 - dp(app, 10), ny, nb->w + dp(app, 20), nb->h + dp(app, 6)};
    fill_round(app, nr, nr.h / 2, t->call_bg, t->call_bg);
    draw_box(app, nb, nr.x + dp(app, 10), ny + dp(app, 3), nr, t->call_bg, t->call_bg);
  }
  /* my own preview, bottom right: dark, just a label */
  int pw = panel.w / 6, ph = pw * 3 / 4;
  TextBox *you = text_layout(app, FONT_SMALL, S(app, S_YOU), pw - dp(app, 12), t->call_text);
  if (pw >= you->w + dp(app, 16) && ph > you->h + dp(app, 12)) {
    SDL_Rect me = {panel.x + panel.w - pw - dp(app, 12), panel.y + panel.h - ph - dp(app, 12), pw, ph};
    fill_round(app, me, dp(app, 8), t->call_bg, t->call_bg);
    draw_box(app, you, me.x + dp(app, 8), me.y + dp(app, 6), me, t->call_bg, t->call_bg);
  }
  /* captions: the last few things said in the call */
  int cap_w = panel.w - 2 * dp(app, 16) - (pw + dp(app, 12));
  if (cap_w < panel.w / 2) cap_w = panel.w - 2 * dp(app, 16);
  int y = panel.y + panel.h - dp(app, 16);
  int shown = 0;
  for (int i = p->shown - 1; i > call_beat && shown < 3; i--) {
    const Beat *b = rt_history(p->rt, i);
    if (!b->text || !b->text[0]) continue;
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
    TextBox *tb = text_layout(app, style, buf, cap_w - dp(app, 24), t->call_text);
    int h = tb->h + dp(app, 12);
    if (y - h < panel.y + panel.h / 3 + r + dp(app, 8) && shown > 0) break;
    y -= h;
    SDL_Rect cr = {panel.x + dp(app, 16), y, tb->w + dp(app, 24), h};
    if (shown == 0) {
      app->gfx.marks.last = cr; /* the newest caption */
      app->gfx.marks.view = panel;
    }
    fill_round(app, cr, dp(app, 6), t->call_bg, t->call_bg);
    draw_box(app, tb, cr.x + dp(app, 12), y + dp(app, 6), cr, t->call_bg, t->call_bg);
    y -= dp(app, 6);
    shown++;
  }
  /* the timer, top centre; the recording dot beside it */
  Uint64 secs = (app->now - p->call_since) / 1000;
  char tm[16];
  snprintf(tm, sizeof tm, "%02u:%02u", (unsigned)(secs / 60 % 100), (unsigned)(secs % 60));
  SDL_Rect tr;
  chip(app, panel.x + dp(app, 12), panel.y + dp(app, 12), tm, t->call_bg, t->call_text, (SDL_Color){0, 0, 0, 0}, &tr);
  if (recording) chip(app, tr.x + tr.w + dp(app, 10), tr.y, S(app, S_REC), t->call_bg, t->call_text, t->rec, NULL);
}

void draw_call(App *app, int call_beat, bool recording, SDL_Rect area) {
  const Theme *t = &app->gfx.th;
  Play *p = &app->play;
  fill_rect(app, area, t->call_bg);
  const Beat *call = rt_history(p->rt, call_beat);
  const Character *ch = call->who >= 0 && call->who < p->story->nchars ? &p->story->chars[call->who] : NULL;
  int state = play_call_state(&app->play, &call_beat, &recording);
  if (state == 1) ringing(app, call, ch, area);
  else connected(app, call_beat, recording, ch, area);
  top_buttons(app, area);
}
