/* ask_view.c: the before/after questions in the window (answers.h), a page
 * like the settings: at home the player taps 1-5 (or skips), in class the
 * teacher counts the hands for each answer (a tap or keys 1-5 add one,
 * "-" takes one back). Asked before a story started from the menu and, when
 * those were asked, again on leaving the debrief; kept only on this
 * computer, never with leave-no-trace. */
#ifndef BTS_UI_ASK_VIEW_H
#define BTS_UI_ASK_VIEW_H
#include "app.h"

/* Shows the before questions, then does `then` (arg). False when there is
 * nothing to ask (no questions file): do `then` now. */
bool ask_before(App *app, Action then, int arg);
/* On leaving the debrief: the after questions, then `then`. False when the
 * before ones were not asked this session (nothing to pair them with). */
bool ask_after(App *app, Action then, int arg);
bool ask_showing(const App *app);
void draw_ask(App *app);
/* ACT_QUESTION: arg 1..5 an answer (in class: one more hand, arg2 -1: one less),
 * 0 skip this question, 6 next (class), 7 skip them all. */
void ask_act(App *app, int arg, int arg2);
/* Keys 1-5 while the questions show; true when used. */
bool ask_key(App *app, SDL_Keycode c, bool shift);
/* The session's answers so far (the summary shows them), or NULL. */
const struct AnswerSession *ask_answers(const App *app);
/* Saves what was answered and frees (at exit). */
void ask_close(App *app);

#endif
