/* Help resources for the chosen country: an overlay over any screen (the
 * place underneath is kept), and the same list inside the debrief. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <strings.h>

#include "discreet.h"
#include "draw.h"
#include "help_view.h"
#include "util.h"

/* The list of contacts in a column; returns its height. */
int help_list(App *app, int x, int y, int w, bool draw, SDL_Color bg, int topic) {
  const Theme *t = &app->gfx.th;
  int y0 = y;
  SDL_Rect col = {x, y, w, 1 << 20};
  if (!app->lib.help || app->lib.help->count == 0) {
    TextBox *b = text_layout(app, FONT_BODY, S(app, S_HELP_NONE), w, t->card_text);
    if (draw) draw_box(app, b, x, y, col, bg, bg);
    return b->h;
  }
  int pad = dp(app, 14);
  for (int i = 0; i < app->lib.help->count; i++) {
    const HelpEntry *e = &app->lib.help->entries[i];
    if (!help_for_topic(e, topic)) continue;
    int inner = w - 2 * pad;
    bool crisis = (e->roles >> HELP_CRISIS) & 1u;
    StrId tag_word = crisis ? S_CRISIS_TAG : S_URGENT;
    bool says_it = e->name && strcasecmp(e->name, S(app, tag_word)) == 0;
    TextBox *tag = e->urgent && !says_it ? text_layout(app, FONT_SMALL, S(app, tag_word), inner, t->bad) : NULL;
    TextBox *name = text_layout(app, FONT_BOLD, e->name ? e->name : "", inner, t->card_text);
    bool same = e->contact && e->name && strcasecmp(e->contact, e->name) == 0;
    TextBox *contact = e->contact && !same ? text_layout(app, FONT_HEAD, e->contact, inner, t->card_text) : NULL;
    TextBox *hours = e->hours && e->hours[0] ? text_layout(app, FONT_SMALL, e->hours, inner, t->card_text) : NULL;
    TextBox *what = e->what ? text_layout(app, FONT_BODY, e->what, inner, t->card_dim) : NULL;
    int h = 2 * pad + (tag ? tag->h + dp(app, 4) : 0) + name->h + (contact ? contact->h : 0) +
            (hours ? hours->h : 0) + (what ? what->h + dp(app, 4) : 0);
    if (draw) {
      SDL_Rect r = {x, y, w, h};
      frame_round(app, r, dp(app, 10), e->urgent ? dp(app, 3) : 1, e->urgent ? t->bad : t->card_border, t->card);
      int yy = y + pad;
      if (tag) { draw_box(app, tag, x + pad, yy, r, t->card, t->card); yy += tag->h + dp(app, 4); }
      draw_box(app, name, x + pad, yy, r, t->card, t->card);
      yy += name->h;
      if (contact) { draw_box(app, contact, x + pad, yy, r, t->card, t->card); yy += contact->h; }
      if (hours) { draw_box(app, hours, x + pad, yy, r, t->card, t->card); yy += hours->h; }
      if (what) draw_box(app, what, x + pad, yy + dp(app, 4), r, t->card, t->card);
    }
    y += h + dp(app, 10);
  }
  return y - y0;
}

void draw_help(App *app) {
  theme_get(&app->gfx.th, SKIN_GAME, app->set.high_contrast);
  const Theme *t = &app->gfx.th;
  fill_rect(app, (SDL_Rect){0, 0, app->gfx.w, app->gfx.h}, t->dimmer);
  int m = dp(app, 24);
  if (m > app->gfx.w / 20) m = app->gfx.w / 20 > 6 ? app->gfx.w / 20 : 6;
  int w = app->gfx.w - 2 * m;
  if (w > dp(app, 760)) w = dp(app, 760);
  SDL_Rect panel = {(app->gfx.w - w) / 2, m, w, app->gfx.h - 2 * m};
  fill_round(app, panel, dp(app, 14), t->bg, t->bg);
  int pad = dp(app, 20);
  if (pad > w / 12) pad = w / 12;
  int inner = w - 2 * pad;
  /* fixed bottom: the close button */
  const char *cl = S(app, S_CLOSE);
  int bh = button_height(app, cl, inner, FONT_BOLD);
  int bw = text_width(app, FONT_BOLD, cl) + dp(app, 48);
  if (bw > inner) bw = inner;
  int foot = bh + 2 * dp(app, 12);
  SDL_Rect view = {panel.x, panel.y + dp(app, 6), panel.w, panel.h - foot - dp(app, 6)};
  char title[200];
  snprintf(title, sizeof title, "%s%s%s", S(app, S_HELP_TITLE), app->lib.help && app->lib.help->name ? " · " : "",
           app->lib.help && app->lib.help->name ? app->lib.help->name : "");
  TextBox *tb = text_layout(app, FONT_TITLE, title, inner, t->text);
  TextBox *sub = text_layout(app, FONT_BODY, S(app, S_HELP_SUB), inner, t->text);
  /* the keys and where the game keeps its files, after the contacts */
  char *files = app_files_note(app);
  char *more = xasprintf("%s\n\n%s", S(app, S_READ_KEYS), files);
  free(files);
  TextBox *keys = text_layout(app, FONT_SMALL, more, inner, t->dim);
  free(more);
  int content = pad + tb->h + dp(app, 6) + sub->h + dp(app, 14) + help_list(app, 0, 0, inner, false, t->bg, -1) +
                dp(app, 6) + keys->h + pad;
  scroll_clamp(&app->nav.help_scroll, &app->nav.help_scroll_max, content, view.h);
  clip_push(app, view);
  int y = view.y + pad - (int)app->nav.help_scroll;
  int x = panel.x + pad;
  SDL_Rect col = {x, view.y - (int)app->nav.help_scroll, inner, content};
  draw_box(app, tb, x, y, col, t->bg, t->bg);
  y += tb->h + dp(app, 6);
  draw_box(app, sub, x, y, col, t->bg, t->bg);
  y += sub->h + dp(app, 14);
  y += help_list(app, x, y, inner, true, t->bg, -1) + dp(app, 6);
  draw_box(app, keys, x, y, col, t->bg, t->bg);
  clip_pop(app);
  if (app->nav.help_scroll_max > 0) {
    /* a slim bar says there is more below */
    int track = view.h - dp(app, 20);
    int th = track * view.h / content;
    int ty = view.y + dp(app, 10) + (int)((track - th) * app->nav.help_scroll / app->nav.help_scroll_max);
    fill_round(app, (SDL_Rect){panel.x + panel.w - dp(app, 8), ty, dp(app, 4), th}, dp(app, 2), t->dim, t->dim);
  }
  fill_rect(app, (SDL_Rect){panel.x, panel.y + panel.h - foot, panel.w, 1}, t->sep);
  SDL_Rect close = {panel.x + (panel.w - bw) / 2, panel.y + panel.h - foot + dp(app, 12), bw, bh};
  button(app, close, cl, ACT_HELP_CLOSE, 0, 0, true);
  /* the overlay's landmarks: its title (scrolled with the list) and its way out */
  app->gfx.marks.header = (SDL_Rect){panel.x, view.y, panel.w, pad + tb->h};
  app->gfx.marks.help = close;
}
