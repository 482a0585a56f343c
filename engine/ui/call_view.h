/* call_view.c: the video call over the chat. */
#ifndef BTS_UI_CALL_VIEW_H
#define BTS_UI_CALL_VIEW_H
#include "app.h"

/* The height of the call's top bar (Menu, Help). */
int call_top_height(App *app);
void draw_call(App *app, int call_beat, bool recording, SDL_Rect area);

#endif
