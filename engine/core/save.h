/* The autosave of each story: the runtime's save text in a file of the
 * user's (files.h writes and reads it safely). */
#ifndef BTS_SAVE_H
#define BTS_SAVE_H
#include <stdbool.h>
#include <stddef.h>

#include "files.h"
#include "runtime.h"

/* The autosave of one story: <user>/saves/<story id>.save */
char *save_path(const Story *s);
bool save_write(const Runtime *rt, char **why);
/* Resumes from the autosave. Returns NULL when there is none (*why NULL) or
 * it could not be used (*why says why, the file has been set aside). */
Runtime *save_resume(const Story *s, char **why);
bool save_exists(const Story *s);
bool save_remove(const Story *s);
/* At an ending: the save becomes the story's last finished session
 * (<id>.ended.save), which --summary STORY prints after the bell; the next
 * start has no save to resume. Nothing with leave-no-trace. */
bool save_ended(const Runtime *rt, char **why);
/* The last finished session, played again to its ending; like save_resume. */
Runtime *save_resume_ended(const Story *s, char **why);

#endif
