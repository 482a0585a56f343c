/* chat_view.c: the conversation in the story's app skin. */
#ifndef BTS_UI_CHAT_VIEW_H
#define BTS_UI_CHAT_VIEW_H
#include "app.h"

void draw_chat(App *app);

#endif
