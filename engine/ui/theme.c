/* Colours: the game's own calm look for menus and the debrief, one skin per
 * story app, and a high-contrast variant of each. Text colours are chosen
 * against the background they sit on; the render tests check every pair
 * (4.5:1, and 7:1 in high contrast). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "app.h"

static SDL_Color hex(unsigned v) {
  return (SDL_Color){(Uint8)(v >> 16), (Uint8)(v >> 8), (Uint8)v, 255};
}

/* The one formula, in the core (skin.c): the checker rates skins with it. */
double contrast_ratio(SDL_Color a, SDL_Color b) {
  return skin_contrast((Uint32)a.r << 16 | (Uint32)a.g << 8 | a.b, (Uint32)b.r << 16 | (Uint32)b.g << 8 | b.b);
}

SDL_Color color_on(SDL_Color bg) {
  SDL_Color black = hex(0x000000), white = hex(0xFFFFFF);
  return contrast_ratio(black, bg) >= contrast_ratio(white, bg) ? black : white;
}

SDL_Color color_parse(const char *s, SDL_Color fallback) {
  unsigned v;
  if (!s || s[0] != '#' || strlen(s) != 7 || sscanf(s + 1, "%6x", &v) != 1) return fallback;
  return hex(v);
}

static void game(Theme *t) {
  t->bg = hex(0xF4F1EC); t->text = hex(0x1F2328); t->dim = hex(0x4F5761);
  t->header = hex(0x26323F); t->header_text = hex(0xFFFFFF); t->header_dim = hex(0xD5DCE3);
  t->sidebar = hex(0xE9E5DE); t->sidebar_text = hex(0x1F2328); t->sidebar_sel = hex(0xD9D3C8);
  t->in_bubble = hex(0xFFFFFF); t->in_text = hex(0x1F2328);
  t->out_bubble = t->out_bubble2 = hex(0x2F5D8A); t->out_text = hex(0xFFFFFF);
  t->narr_bg = hex(0xE9E5DE); t->narr_text = hex(0x2B2F36);
  t->thought_text = hex(0x4B3F72);
  t->system_text = hex(0x4F5761); t->sep = hex(0xD0CBC2);
  t->card = hex(0xFFFFFF); t->card_text = hex(0x1F2328); t->card_dim = hex(0x525A64); t->card_border = hex(0xD0CBC2);
  t->button = hex(0xFFFFFF); t->button_text = hex(0x1F2328); t->button_border = hex(0x8C959F);
  t->primary = hex(0x2F5D8A); t->primary_text = hex(0xFFFFFF);
  t->focus = hex(0xD9480F);
  t->ok = hex(0x116329); t->warn = hex(0x7A4A00); t->bad = hex(0x9F1239);
  t->ok_bg = hex(0xE6F4EA); t->warn_bg = hex(0xFFF4D6); t->bad_bg = hex(0xFDECEF);
  t->miss = hex(0x2F4B6E); t->miss_bg = hex(0xE8EEF5);
  t->discuss_bg = hex(0xFFF4D6); t->discuss_text = hex(0x3D2E00);
  t->call_bg = hex(0x0F1720); t->call_panel = hex(0x233345); t->call_text = hex(0xFFFFFF);
  t->call_dim = hex(0xC9D1D9); t->rec = hex(0xE5484D);
  t->answer = hex(0x1B7F3B); t->decline = hex(0xC62828);
  t->control = hex(0x33475B); t->control_text = hex(0xFFFFFF);
  t->tick = hex(0x4F5761); t->tick_read = hex(0x1565C0); t->online = hex(0x2EA043);
  t->me_name = hex(0x1F2328); t->them_name = hex(0x1F2328); t->notice = hex(0x4F5761);
  t->blocked_text = hex(0x4F5761);
  t->composer = hex(0xFFFFFF); t->composer_text = hex(0x4F5761);
  t->request_bg = hex(0xFFFFFF); t->request_text = hex(0x1F2328);
  t->unread = t->primary; t->unread_text = t->primary_text;
  t->dimmer = (SDL_Color){0, 0, 0, 150};
  t->radius = 14;
  t->sidebar_on = false;
  t->gradient = false;
}

/* The skin's colours over the game's, and its layout (assets/skins). */
static void skin(Theme *t, const Skin *k) {
#define SKIN_COLOR_COPY(n) \
  if (k->color_set >> SC_##n & 1) t->n = hex(k->color[SC_##n]);
  SKIN_COLORS(SKIN_COLOR_COPY)
#undef SKIN_COLOR_COPY
  if (k->choice[SK_bubble_fill] == 0) t->out_bubble2 = t->out_bubble; /* flat */
  /* the inbox's unread marks: the app's main colour unless it says */
  if (!(k->color_set >> SC_unread & 1)) t->unread = t->primary;
  if (!(k->color_set >> SC_unread_text & 1)) t->unread_text = t->primary_text;
  t->radius = k->size[SZ_bubble_radius];
  t->sidebar_on = k->choice[SK_inbox_kind] == 1;
  t->gradient = k->choice[SK_header_line] == 1;
  t->skin = k;
}

/* Black page, white text, yellow for what you can press. */
static void contrast(Theme *t) {
  SDL_Color k = hex(0x000000), w = hex(0xFFFFFF), y = hex(0xFFE500), c = hex(0x00E5FF);
  t->bg = k; t->text = w; t->dim = hex(0xE6E6E6);
  t->header = k; t->header_text = w; t->header_dim = hex(0xE6E6E6);
  t->sidebar = k; t->sidebar_text = w; t->sidebar_sel = hex(0x1F1F1F);
  t->in_bubble = hex(0x1A1A1A); t->in_text = w;
  t->out_bubble = t->out_bubble2 = y; t->out_text = k;
  t->narr_bg = hex(0x1A1A1A); t->narr_text = w;
  t->thought_text = hex(0xB9F6CA);
  t->system_text = hex(0xE6E6E6); t->sep = w;
  t->card = k; t->card_text = w; t->card_dim = hex(0xE6E6E6); t->card_border = w;
  t->button = k; t->button_text = w; t->button_border = w;
  t->primary = y; t->primary_text = k;
  t->focus = c;
  t->ok = hex(0x7CFF9B); t->warn = y; t->bad = hex(0xFF9EA8);
  t->ok_bg = t->warn_bg = t->bad_bg = k;
  t->miss = hex(0x9FD3FF); t->miss_bg = k;
  t->discuss_bg = k; t->discuss_text = y;
  t->call_bg = k; t->call_panel = hex(0x1A1A1A); t->call_text = w; t->call_dim = hex(0xE6E6E6);
  t->rec = hex(0xFF5C5C);
  t->answer = hex(0x7CFF9B); t->decline = hex(0xFF9EA8);
  t->control = hex(0x1A1A1A); t->control_text = w;
  t->tick = hex(0xE6E6E6); t->tick_read = c; t->online = hex(0x7CFF9B);
  t->me_name = y; t->them_name = c; t->notice = y; t->blocked_text = hex(0xE6E6E6);
  t->composer = k; t->composer_text = hex(0xE6E6E6);
  t->request_bg = k; t->request_text = w;
  t->unread = y; t->unread_text = k;
  t->gradient = false;
}

void theme_get(Theme *t, const Skin *k, bool high_contrast) {
  memset(t, 0, sizeof *t);
  game(t);
  if (k) skin(t, k);
  if (high_contrast) contrast(t);
}
