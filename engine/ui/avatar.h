#ifndef BTS_UI_AVATAR_H
#define BTS_UI_AVATAR_H
#include "draw.h"
void avatar(App *app, int cx, int cy, int r, const Character *c);
void photo_art(App *app, SDL_Rect r, SDL_Color tint);
#endif
