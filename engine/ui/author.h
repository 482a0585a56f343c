/* The author's loop in the window: --watch reloads the story when its files
 * change (at the same place, within a frame), --scene/--set start "from
 * here". While a saved version has errors, a panel lists them (file:line)
 * over the last version that worked; it goes when the story is fixed. */
#ifndef BTS_UI_AUTHOR_H
#define BTS_UI_AUTHOR_H
#include <SDL.h>
#include <stdbool.h>

struct App;

/* At start: nothing to do unless opt.watch, opt.scene or opt.sets. False
 * (and *why) when --scene or --set do not fit the story. */
bool author_begin(struct App *app, char **why);
void author_end(struct App *app);
/* A story just started: "from here" applies, and nothing is saved. */
void author_story_started(struct App *app);
/* The waker thread's event: true when it was one (handled). */
bool author_event(struct App *app, const SDL_Event *e);
/* Looks at the files now (the event does this; tests call it). */
void author_check(struct App *app);
void author_draw(struct App *app);
/* The errors shown, or 0. */
int author_error_count(const struct App *app);

#endif
