/* choices.c: the reply strip under the chat. */
#ifndef BTS_UI_CHOICES_H
#define BTS_UI_CHOICES_H
#include "app.h"

int choices_height(App *app, int width);
/* The strip's height under content starting at y = top: the replies'
 * height, capped so the newest message (newest px tall with its margins;
 * 0 if none) keeps its room above. */
int strip_height(App *app, int width, int top, int newest);
/* The same under a screen that must keep `keep` px above the strip (a
 * call's name, caption and buttons): the strip gives up room down to one
 * whole reply, which then scrolls. */
int strip_height_keeping(App *app, int width, int top, int keep);
void draw_choices(App *app, SDL_Rect area);
/* The shown reply that is the strip's k-th (0-based; key k + 1), or -1:
 * the strip leaves out the replies that are a call's buttons. */
int strip_reply(App *app, int k);

#endif
