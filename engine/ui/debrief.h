/* debrief.c: the ending, the steps that help, and where to get help. */
#ifndef BTS_UI_DEBRIEF_H
#define BTS_UI_DEBRIEF_H
#include "app.h"

void draw_debrief(App *app);

#endif
