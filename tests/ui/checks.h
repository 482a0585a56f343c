/* The structural checks on a frame just drawn, shared by the render tests
 * (render_test.c: behaviour and goldens; matrix_test.c: every screen x skin
 * x size x text size x font). They read what the app recorded (app.h:
 * TextRec, Zone, Marks), not pixels, except where only pixels can tell
 * (what surrounds the focus ring). */
#ifndef BTS_TEST_UI_CHECKS_H
#define BTS_TEST_UI_CHECKS_H
#include "app.h"

/* Every text inside its box and the window, no word cut in two, contrast
 * 4.5:1 (7:1 in high contrast); Help, the header and the newest message in
 * view; every button in the window. Prints each failure and keeps the frame
 * in keep_dir; returns the number of failures. */
int check_frame(App *app, const char *what, const char *keep_dir);
/* The focus ring: drawn, at least 3 px, 3:1 against what surrounds it. */
int check_ring(App *app, const char *what, const char *keep_dir);

/* The list of conversations on screen (app->inbox.area; none: 0): every
 * conversation it lists can be reached, Tab after Tab (each row comes whole
 * into the list's view when it has the focus) and with the wheel over the
 * list, notch by notch from the top. Runs key and scroll lines on app. */
int check_list(App *app, const char *what);

#endif
