/* choices.c: the reply strip under the chat. */
#ifndef BTS_UI_CHOICES_H
#define BTS_UI_CHOICES_H
#include "app.h"

int choices_height(App *app, int width);
/* The strip's height under content starting at y = top: the replies'
 * height, capped so the newest message (newest px tall with its margins;
 * 0 if none) keeps its room above. */
int strip_height(App *app, int width, int top, int newest);
void draw_choices(App *app, SDL_Rect area);

#endif
