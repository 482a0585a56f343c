/* Files the user owns: written atomically (temp file, fsync, rename); a
 * corrupt or foreign file is set aside (renamed), never overwritten. */
#ifndef BTS_SAVE_H
#define BTS_SAVE_H
#include <stdbool.h>
#include <stddef.h>

#include "runtime.h"

/* Writes data to path through path.tmp + fsync + rename. On failure the old
 * file is untouched and *why (caller frees) says what went wrong. */
bool atomic_write(const char *path, const char *data, size_t len, char **why);
/* Renames a bad file to "<path>.bad-<n>"; returns the new path (caller frees). */
char *set_aside(const char *path);
/* Reads one of the game's own small text files (a save, the settings) and
 * hands its text to parse, which fills `out` or returns false with a
 * *problem (caller frees). A file that cannot be read or parsed is set aside
 * (never lost, never written over) and *why says so: "<what> <path> could not
 * be used (<problem>); it was kept as <path>.bad-1<then>". A missing file is
 * no problem: true, *found false. */
typedef bool (*OwnParse)(const char *text, void *out, char **problem);
bool own_file_read(const char *path, size_t max_bytes, const char *what, const char *then, OwnParse parse,
                   void *out, bool *found, char **why);
/* mkdir -p. */
bool make_dirs(const char *path, char **why);

/* The autosave of one story: <user>/saves/<story id>.save */
char *save_path(const Story *s);
bool save_write(const Runtime *rt, char **why);
/* Resumes from the autosave. Returns NULL when there is none (*why NULL) or
 * it could not be used (*why says why, the file has been set aside). */
Runtime *save_resume(const Story *s, char **why);
bool save_exists(const Story *s);
bool save_remove(const Story *s);

#endif
