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
/* A file of the story written to but not closed (or moved away) waits this
 * long for more of the save before the story is looked at anyway. */
#define WATCH_SETTLE_MS 30

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

/* What the inotify events queued since the last look say (read without
 * blocking): nothing about the story's files; one is being written (written
 * to, created, deleted or moved away, not closed yet); or a save is complete
 * (a file of the story closed after writing, or renamed over: how editors
 * save). Events on other files (swap files, temporary files) do not count. */
typedef enum { WATCH_QUIET, WATCH_WRITING, WATCH_SAVED } WatchSave;
WatchSave watch_take_events(Watch *w);
/* Sleeps until a save of the story's files is complete (true; then
 * watch_changed decides), or stop_fd (>= 0) is readable (false). A save
 * comes through at once; only a file written and left open waits
 * WATCH_SETTLE_MS of quiet. Without inotify: returns after WATCH_POLL_MS. */
bool watch_wait(Watch *w, int stop_fd);

#endif
