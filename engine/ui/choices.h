/* choices.c: the reply strip under the chat. */
#ifndef BTS_UI_CHOICES_H
#define BTS_UI_CHOICES_H
#include "app.h"

int choices_height(App *app, int width);
void draw_choices(App *app, SDL_Rect area);

#endif
