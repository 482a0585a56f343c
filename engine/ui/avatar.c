/* Avatars are initials in a coloured circle, never a picture of a person. */
#include "avatar.h"

void avatar(App *app, int cx, int cy, int r, const Character *c) {
  SDL_Color col = color_parse(c ? c->color : NULL, (SDL_Color){0x6B, 0x7B, 0x8C, 255});
  if (app->set.high_contrast) col = (SDL_Color){0x33, 0x33, 0x33, 255};
  const char *ini = c && c->initials && c->initials[0] ? c->initials : "?";
  /* The box is the square inside the circle; the biggest style that fits. */
  int sq = (int)(r * 1.42);
  static const int styles[] = {FONT_TITLE, FONT_HEAD, FONT_BOLD, FONT_SMALL};
  TextBox *b = NULL;
  for (int i = 0; i < 4; i++) {
    if (styles[i] == FONT_TITLE && r < dp(app, 40)) continue;
    b = text_layout(app, styles[i], ini, 0, color_on(col));
    if (b->w <= sq && b->h <= sq + dp(app, 4)) break;
  }
  /* A font with tall lines (OpenDyslexic at 200%): the circle grows a little. */
  if (b->h > 2 * r) r = (b->h + 1) / 2;
  if (b->w > 2 * r) r = (b->w + 1) / 2;
  fill_circle(app, cx, cy, r, col);
  SDL_Rect box = {cx - sq / 2, cy - sq / 2, sq, sq};
  if (b->h > box.h || b->w > box.w) box = (SDL_Rect){cx - r, cy - r, 2 * r, 2 * r};
  draw_box(app, b, cx - b->w / 2, cy - b->h / 2, box, col, col);
}

/* The photo placeholder: soft colours and a sun over hills, nothing more. */
void photo_art(App *app, SDL_Rect r, SDL_Color tint) {
  SDL_Color top = {(Uint8)((tint.r + 3 * 255) / 4), (Uint8)((tint.g + 3 * 255) / 4), (Uint8)((tint.b + 3 * 255) / 4), 255};
  SDL_Color bot = {(Uint8)((tint.r + 255) / 2), (Uint8)((tint.g + 255) / 2), (Uint8)((tint.b + 255) / 2), 255};
  if (app->set.high_contrast) top = bot = (SDL_Color){0x26, 0x26, 0x26, 255};
  fill_round(app, r, dp(app, 10), top, bot);
  SDL_Color ink = app->set.high_contrast ? (SDL_Color){0xE6, 0xE6, 0xE6, 255} : (SDL_Color){255, 255, 255, 200};
  fill_circle(app, r.x + r.w * 3 / 4, r.y + r.h / 3, r.h / 9, ink);
  SDL_Vertex v[6] = {
    {{(float)r.x + r.w * 0.08f, (float)r.y + r.h * 0.85f}, ink, {0, 0}},
    {{(float)r.x + r.w * 0.35f, (float)r.y + r.h * 0.45f}, ink, {0, 0}},
    {{(float)r.x + r.w * 0.62f, (float)r.y + r.h * 0.85f}, ink, {0, 0}},
    {{(float)r.x + r.w * 0.45f, (float)r.y + r.h * 0.85f}, ink, {0, 0}},
    {{(float)r.x + r.w * 0.68f, (float)r.y + r.h * 0.58f}, ink, {0, 0}},
    {{(float)r.x + r.w * 0.92f, (float)r.y + r.h * 0.85f}, ink, {0, 0}},
  };
  SDL_SetRenderDrawBlendMode(app->gfx.ren, SDL_BLENDMODE_BLEND);
  SDL_RenderGeometry(app->gfx.ren, NULL, v, 6, NULL, 0);
}
