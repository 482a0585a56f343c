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

static double lin(Uint8 c) {
  double s = c / 255.0;
  return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4);
}

static double luminance(SDL_Color c) {
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

double contrast_ratio(SDL_Color a, SDL_Color b) {
  double la = luminance(a), lb = luminance(b);
  if (la < lb) { double t = la; la = lb; lb = t; }
  return (la + 0.05) / (lb + 0.05);
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
  t->dimmer = (SDL_Color){0, 0, 0, 150};
  t->radius = 14;
  t->sidebar_on = false;
  t->gradient = false;
}

static void skype(Theme *t) {
  t->bg = hex(0xFFFFFF); t->text = hex(0x1B1B1B); t->dim = hex(0x595959);
  t->header = hex(0x0063B1); t->header_text = hex(0xFFFFFF); t->header_dim = hex(0xE3F0FB);
  t->sidebar = hex(0xEEF3F8); t->sidebar_text = hex(0x1B1B1B); t->sidebar_sel = hex(0xCFE3F5);
  t->in_bubble = hex(0xF0F0F0); t->in_text = hex(0x1B1B1B);
  t->out_bubble = t->out_bubble2 = hex(0xD3EBFF); t->out_text = hex(0x0B1F33);
  t->narr_bg = hex(0xF3F6F9); t->narr_text = hex(0x2B2F36);
  t->system_text = hex(0x595959); t->sep = hex(0xDADDE1);
  t->primary = hex(0x0063B1); t->primary_text = hex(0xFFFFFF);
  t->radius = 8;
  t->sidebar_on = true;
}

static void instagram(Theme *t) {
  t->bg = hex(0xFFFFFF); t->text = hex(0x262626); t->dim = hex(0x5E5E5E);
  t->header = hex(0xFFFFFF); t->header_text = hex(0x262626); t->header_dim = hex(0x5E5E5E);
  t->in_bubble = hex(0xEFEFEF); t->in_text = hex(0x262626);
  t->out_bubble = hex(0x7B2FD0); t->out_bubble2 = hex(0xB4237A); t->out_text = hex(0xFFFFFF);
  t->narr_bg = hex(0xF5F5F5); t->narr_text = hex(0x2B2B2B);
  t->system_text = hex(0x5E5E5E); t->sep = hex(0xDBDBDB);
  t->primary = hex(0x7B2FD0); t->primary_text = hex(0xFFFFFF);
  t->radius = 20;
  t->gradient = true;
}

static void plain(Theme *t) {
  t->bg = hex(0xECEFF1); t->text = hex(0x212121); t->dim = hex(0x4F5B62);
  t->header = hex(0x37474F); t->header_text = hex(0xFFFFFF); t->header_dim = hex(0xE0E6E9);
  t->in_bubble = hex(0xFFFFFF); t->in_text = hex(0x212121);
  t->out_bubble = t->out_bubble2 = hex(0xD7F5C8); t->out_text = hex(0x1B2B14);
  t->narr_bg = hex(0xDDE3E6); t->narr_text = hex(0x263238);
  t->system_text = hex(0x4F5B62); t->sep = hex(0xCFD8DC);
  t->radius = 12;
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
  t->gradient = false;
}

void theme_get(Theme *t, int skin, bool high_contrast) {
  memset(t, 0, sizeof *t);
  game(t);
  if (skin == APP_SKYPE) skype(t);
  else if (skin == APP_INSTAGRAM) instagram(t);
  else if (skin == APP_PLAIN) plain(t);
  if (high_contrast) contrast(t);
}
