/* A window's App with no window, for the tests that drive the game headless
 * (render_test.c, matrix_test.c, classroom_test.c, the author's window
 * test): it draws on the software renderer into a surface it owns and
 * records what it draws (app.h TextRec, Zone, Marks) for the checks. No
 * cmocka here: each test fails in its own way with the *why given back. */
#ifndef BTS_TEST_UI_HEADLESS_H
#define BTS_TEST_UI_HEADLESS_H
#include "app.h"

/* What every headless test's main() does first: SDL's events and fonts
 * started, the game's words and advice catalogue loaded from assets/
 * (what is wrong printed). False when any of it failed. */
bool headless_start(I18n **langs, Catalog **cat);

/* An app of w x h pixels for these options; NULL with *why (owned by the
 * caller, or NULL) when it could not start. */
App *headless_app(const UiOptions *o, int w, int h, char **why);
/* The app, its renderer and its surface. */
void headless_free(App *app);
/* Runs a --script text (script.h) and draws the frame after it: one tick,
 * one draw. False with *why when the script does not parse or run. */
bool headless_run(App *app, const char *script, char **why);

#endif
