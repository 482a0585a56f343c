/* discreet.c: a neutral window, Settings' "Forget me", and where the files
 * are (docs/ui.md, "Discretion on a shared computer"). Leave no trace itself
 * is in the core (engine/core/forget.h). */
#ifndef BTS_UI_DISCREET_H
#define BTS_UI_DISCREET_H
#include "app.h"

void app_window_identity(App *app);     /* title and icon from the settings */
void app_forget(App *app);              /* deletes, then reports in nav.forget_report */
char *app_files_note(App *app);         /* where the files are, how to remove them */

#endif
