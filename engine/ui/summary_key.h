/* summary_key.c: at the debrief, Ctrl+P (or F9) writes the printable
 * summary of the session (engine/core/summary.h) to the user's Documents
 * folder (else their home folder) and says where in the status line. With
 * leave-no-trace on nothing is written, and the status line says so. */
#ifndef BTS_UI_SUMMARY_KEY_H
#define BTS_UI_SUMMARY_KEY_H
#include "app.h"

void summary_key(App *app);
/* Where it goes: "<Documents>/summary-<story>-<date>.html" (caller frees). */
char *summary_key_path(const App *app);

#endif
