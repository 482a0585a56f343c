/* call_view.c: the video call over the chat. */
#ifndef BTS_UI_CALL_VIEW_H
#define BTS_UI_CALL_VIEW_H
#include "app.h"

/* The height of the call's top bar (Menu, Help). */
int call_top_height(App *app);
/* The height a connected call needs under its top bar to show the caller's
 * name, the newest caption and the buttons with their words (0 when no
 * call is connected): the reply strip leaves it. */
int call_need(App *app, int w);
void draw_call(App *app, int call_beat, bool recording, SDL_Rect area);
/* A `recording` text that only says "REC" or "Recording" again (or
 * nothing): the mark is shown once, without it. */
bool call_rec_redundant(const App *app, const char *text);

#endif
