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
/* The call screen's buttons as controls (ACT_CALL's arg): a SkinControl
 * (the app's buttons and Hang up), or these two while a call rings. */
enum { CALL_ANSWER = CTL_COUNT, CALL_DECLINE };
/* A call button pressed: Answer, Decline and Hang up are the story's reply
 * marked button = "answer" / "decline" / "hangup" (Answer with no reply
 * waiting answers at once); the app's other buttons turn on and off. */
void call_press(App *app, int which);
/* True when the shown reply i is a button of the call on screen (then it
 * is not in the reply strip too). Classroom mode keeps every reply in the
 * strip: the class votes by letter. */
bool call_shows_reply(App *app, int i);
/* What read aloud says for reply i when it is a button of the call:
 * "Hang up" (its word), or "Hang up: Say no and hang up" when the reply
 * says more; NULL when it is a reply of the strip. Caller frees. */
char *call_reply_said(App *app, int i);
void draw_call(App *app, int call_beat, bool recording, SDL_Rect area);
/* A `recording` text that only says "REC" or "Recording" again (or
 * nothing): the mark is shown once, without it. */
bool call_rec_redundant(const App *app, const char *text);

#endif
