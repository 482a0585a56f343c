/* presenter.c: the presenter view, classroom mode's second window on the
 * teacher's own display (the projector shows no facilitator notes). It
 * shows the current discussion question and its notes, the replies on
 * screen with the class's votes, the path so far, the time used against
 * the lesson plan, and the keys. It has its own renderer, fonts and text
 * cache (its own Graphics) and draws with the same helpers as the App. */
#ifndef BTS_UI_PRESENTER_H
#define BTS_UI_PRESENTER_H
#include <stdbool.h>

#include "app.h"

typedef struct Presenter Presenter;

/* A window on display `display` (0-based). NULL and *why when it cannot. */
Presenter *presenter_open_window(App *app, int display, char **why);
/* A software surface of w x h (the tests, --script's `presenter FILE`). */
Presenter *presenter_open_headless(App *app, int w, int h);
void presenter_free(App *app, Presenter *p);
/* Draws the view (and shows it, in a window). */
void presenter_draw(App *app, Presenter *p);
/* Every text drawn in the last frame (for the tests), and the frame. */
const Graphics *presenter_gfx(const Presenter *p);
bool presenter_save(App *app, Presenter *p, const char *path);
unsigned presenter_window_id(const Presenter *p);
void presenter_resized(App *app, Presenter *p);
void presenter_hide(Presenter *p);
/* When the clock it shows changes next (absolute ms), 0 when never. */
Uint64 presenter_next(const App *app);

/* The window loop's part: the presenter window opens in classroom mode
 * when there are two displays (the other one than the projected window's)
 * and closes when classroom mode is switched off. */
void presenter_sync(App *app);

#endif
