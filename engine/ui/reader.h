/* reader.c: read aloud. The reader looks at each drawn frame and says what
 * is new: beats, the replies when they appear, the focused control, the
 * debrief, the help contacts, the notices (docs/ui.md, "Read aloud"). */
#ifndef BTS_UI_READER_H
#define BTS_UI_READER_H
#include <stdbool.h>

#include "app.h"

void reader_start(App *app);            /* at start, if the setting is on */
void reader_set(App *app, bool on);     /* the setting or F3 */
void reader_frame(App *app);            /* after each drawn frame */
void reader_repeat(App *app);           /* F4 */
void reader_stop(App *app);             /* quick exit: silence now */
void reader_free(App *app);

#endif
