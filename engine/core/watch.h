/* The author's loop (--watch): notices when a story's files change. On Linux
 * an inotify descriptor wakes the front end (it sleeps otherwise); elsewhere
 * the front end polls every WATCH_POLL_MS. A change is decided by each
 * file's size, time and inode, so an editor's swap files and saves that
 * change nothing do not reload the story. */
#ifndef BTS_WATCH_H
#define BTS_WATCH_H
#include <stdbool.h>

#include "story.h"

#define WATCH_POLL_MS 200

typedef struct Watch Watch;

/* Watches the files story s was loaded from (and their folders). */
Watch *watch_new(const Story *s);
void watch_free(Watch *w);
/* A descriptor that becomes readable when something in the folders moves,
 * or -1: then call watch_changed every WATCH_POLL_MS. */
int watch_fd(const Watch *w);
/* True once per change of the story's files since the last call. */
bool watch_changed(Watch *w);
/* After a reload: watch the files of the new version. */
void watch_follow(Watch *w, const Story *s);

#endif
