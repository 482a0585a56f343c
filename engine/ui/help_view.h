/* help_view.c: the help overlay (F1) and the help list the debrief shares. */
#ifndef BTS_UI_HELP_VIEW_H
#define BTS_UI_HELP_VIEW_H
#include "app.h"

void draw_help(App *app);
/* The country's help contacts at x, y in width w; returns the height. */
/* topic: a story's Topic (its debrief: that topic's help, the crisis lines
 * always), or -1 for every entry (the help screen). */
int help_list(App *app, int x, int y, int w, bool draw, SDL_Color bg, int topic);

#endif
