/* The autosave of each story: the runtime's save text in a file of the
 * user's (files.h writes and reads it safely). */
#ifndef BTS_SAVE_H
#define BTS_SAVE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "files.h"
#include "runtime.h"

/* The autosave of one story: <user>/saves/<story id>.save */
char *save_path(const Story *s);
bool save_write(const Runtime *rt, char **why);
/* The same, with the time the lesson has used so far (ms): a line
 * "lesson-ms N" that the runtime skips and save_resume_lesson reads back, so
 * the presenter's clock goes on after the game is reopened. */
bool save_write_lesson(const Runtime *rt, uint64_t lesson_ms, char **why);
/* Resumes from the autosave. Returns NULL when there is none (*why NULL) or
 * it could not be used (*why says why, the file has been set aside). */
Runtime *save_resume(const Story *s, char **why);
/* save_resume, and the lesson's time used so far (0 when the save has none). */
Runtime *save_resume_lesson(const Story *s, uint64_t *lesson_ms, char **why);
bool save_exists(const Story *s);
bool save_remove(const Story *s);
/* At an ending: the save becomes the story's last finished session
 * (<id>.ended.save), which --summary STORY prints after the bell; the next
 * start has no save to resume. Nothing with leave-no-trace. */
bool save_ended(const Runtime *rt, char **why);
/* The last finished session, played again to its ending; like save_resume. */
Runtime *save_resume_ended(const Story *s, char **why);

#endif
