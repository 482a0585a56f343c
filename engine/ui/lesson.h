/* lesson.c: the teacher's panels in the window. The class vote (a count
 * of hands per reply, kept by the runtime per decision: rt_set_votes),
 * "Go back to a choice" (every earlier decision, not only the last), a
 * yes/no question (Start over? Continue or start over?), and the small
 * "Classroom" badge. A panel is modal like Help: only its buttons can be
 * pressed, and Esc closes it without counting towards the quick exit. */
#ifndef BTS_UI_LESSON_H
#define BTS_UI_LESSON_H
#include <stdbool.h>

#include "app.h"

/* The letter a reply shows in classroom mode: A, B, C, D. */
char lesson_letter(int reply);
/* Opens the tally for the choice on screen (false when none waits). */
bool lesson_open_vote(App *app);
/* The list of earlier decisions (false when there is none). */
bool lesson_open_back(App *app);
void lesson_ask(App *app, Ask what, int arg);
bool lesson_panel_open(const App *app);
/* Closes the open panel; true when one was open. */
bool lesson_close(App *app);
/* A key while a panel is open (true: used), or a classroom key on the
 * chat (V opens the vote, B the list of decisions). */
bool lesson_key(App *app, SDL_Keycode c);
/* A gamepad button for the teacher's panels (X opens the vote in class);
 * true when used. */
bool lesson_pad(App *app, Uint8 b);
void lesson_act(App *app, Action a, int arg, int arg2);
/* Sets the counts of the choice on screen, then takes the winner when
 * take is set (the scripted class); false when no choice waits, or on a
 * tie (nothing taken). */
bool lesson_votes(App *app, const int *counts, int n, bool take);
/* The open panel over the screen (modal), or nothing. */
void draw_lesson(App *app);
/* The small "Classroom" badge in a top bar (the chat's, the debrief's), its
 * right edge at `right`: the width it takes (0 when not in classroom mode),
 * so the bar's title leaves it room. */
int classroom_badge(App *app, int right, SDL_Rect bar, bool draw);

#endif
