/* Files the user owns (saves, settings, translations): written atomically
 * (temp file, fsync, rename); a corrupt or foreign file is set aside
 * (renamed), never overwritten. Depends only on util. */
#ifndef BTS_FILES_H
#define BTS_FILES_H
#include <stdbool.h>
#include <stddef.h>

/* Two writers, one rule each; both write a temporary file, flush it and
 * rename it over the target, so a full disk or a crash leaves the old file
 * or none, never half a file. On failure *why (caller frees) says what.
 *
 * atomic_write: the game's own files (saves, settings, answers), 0600, in a
 * folder that must be the user's and not writable by others; a damaged file
 * kept aside is never written over. */
bool atomic_write(const char *path, const char *data, size_t len, char **why);
/* The same for a file that must be new (one session's answers): a file
 * already at path is never replaced; then false with errno EEXIST and
 * write_trouble() WRITE_REFUSED, so the caller picks another name. */
bool atomic_write_new(const char *path, const char *data, size_t len, char **why);
/* write_file: a file the user named (a map, a pack, a sheet, a sound): in
 * any folder the user can write to (they chose it), with the umask's mode. */
bool write_file(const char *path, const void *data, size_t len, char **why);
/* Why the last write that failed (atomic_write, write_file, make_dirs) did,
 * in the terms a player is told: the front ends say it in the player's
 * language (notsaved.h); *why keeps the details (path, system error) for
 * whoever fixes it. */
typedef enum { WRITE_REFUSED, WRITE_DISK_FULL, WRITE_NOT_ALLOWED } WriteTrouble;
WriteTrouble write_trouble(void);
/* What a failed write's errno means, in words for the person who named the
 * file ("its folder does not exist", "a folder has that name", "the disk is
 * full"), for the messages of every writer; strerror's otherwise. */
const char *file_error_words(int err);
/* Renames a bad file to "<path>.bad-<n>"; returns the new path (caller frees). */
char *set_aside(const char *path);
/* Reads one of the game's own small text files (a save, the settings) and
 * hands its text to parse, which fills `out` or returns false with a
 * *problem (caller frees). A file that cannot be read or parsed is set aside
 * (never lost, never written over) and *why says so: "<what> <path> could not
 * be used (<problem>); it was kept as <path>.bad-1<then>". A missing file is
 * no problem: true, *found false. *kept (when not NULL): where the file was
 * set aside, NULL when it stays in place (caller frees), so a front end can
 * say it in the player's words. */
typedef bool (*OwnParse)(const char *text, void *out, char **problem);
bool own_file_read(const char *path, size_t max_bytes, const char *what, const char *then, OwnParse parse,
                   void *out, bool *found, char **why, char **kept);
/* mkdir -p. */
bool make_dirs(const char *path, char **why);
/* A damaged file that could not be set aside: kept where it is, never
 * written over or removed. */
bool file_kept(const char *path);

#endif
