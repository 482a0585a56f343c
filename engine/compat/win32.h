/* Windows (mingw-w64): the POSIX file calls the engine makes, taking UTF-8
 * paths. The C runtime's narrow functions read paths in the ANSI code page,
 * so a story or a user folder named "Thérèse" or "Документы" would not
 * open; these go through the wide (UTF-16) calls instead. The core has no
 * SDL (so SDL_RWFromFile is not an option here); this header is forced into
 * every file of the Windows build (-include) and changes nothing elsewhere.
 * No <windows.h> here: its macros (min, max, small, near...) would leak into
 * every file. */
#ifndef BTS_COMPAT_WIN32_H
#define BTS_COMPAT_WIN32_H
#ifdef _WIN32

/* C99 printf formats (%zu, %lld) from mingw's own stdio, not msvcrt's. */
#ifndef __USE_MINGW_ANSI_STDIO
#define __USE_MINGW_ANSI_STDIO 1
#endif

/* Every header whose names are redefined below comes first, so its own
 * declarations are not rewritten. */
#include <dirent.h>
#include <direct.h>
#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wchar.h>

/* UTF-8 <-> UTF-16, malloc'd; NULL on invalid input or no memory. */
char *win_utf8(const wchar_t *w);
wchar_t *win_wide(const char *s);
/* The running .exe's full path in UTF-8, malloc'd (NULL on failure). */
char *win_exe_path(void);
/* getenv that returns UTF-8 (malloc'd, NULL when unset). */
char *win_getenv(const char *name);
/* The console shows the game's UTF-8 as written: its output code page is
 * UTF-8 until the game exits (then the one it had comes back), so "é",
 * "à" and emoji are not read as code page 850/1252 ("Ã©"). Nothing when
 * there is no console (the window, a pipe). Called first thing in main. */
void win_console_utf8(void);

int win_open(const char *path, int flags, ...);
int win_stat(const char *path, struct stat *st);
int win_mkdir(const char *path);
int win_rename(const char *from, const char *to);
/* Like rename, but fails with EEXIST when "to" exists (never replaces). */
int win_rename_noreplace(const char *from, const char *to);
int win_unlink(const char *path);
int win_access(const char *path, int mode);
FILE *win_fopen(const char *path, const char *mode);
/* mkstemp on a UTF-8 template (binary, not inherited). */
int win_mkstemp(char *tmpl);
char *win_realpath(const char *path, char *resolved);

struct win_dirent {
  char d_name[260 * 4]; /* UTF-8 of a wide name of at most MAX_PATH (260) */
};
typedef struct WinDir WinDir;
WinDir *win_opendir(const char *path);
struct win_dirent *win_readdir(WinDir *d);
int win_closedir(WinDir *d);

#ifndef O_CLOEXEC
#define O_CLOEXEC 0 /* handles are not inherited by default */
#endif
#ifndef O_NONBLOCK
#define O_NONBLOCK 0 /* files only: nothing blocks on open */
#endif
#ifndef O_DIRECTORY
#define O_DIRECTORY 0 /* opening a folder fails, as the code expects off Linux */
#endif
#define open(...) win_open(__VA_ARGS__)
#undef stat
#define stat(p, st) win_stat(p, st)
#define lstat(p, st) win_stat(p, st) /* no symbolic links to tell apart */
#define mkdir(p, mode) win_mkdir(p)
#define rename(a, b) win_rename(a, b)
#define unlink(p) win_unlink(p)
#define access(p, m) win_access(p, m)
#define fopen(p, m) win_fopen(p, m)
#define realpath(p, r) win_realpath(p, r)
#define fsync(fd) _commit(fd)
#define mkstemp(t) win_mkstemp(t)
/* Windows files have no mode bits beyond read-only: nothing to change. */
/* No pipe() for the window's --watch waker: Windows cannot wait on an
 * anonymous pipe, so the author's window goes without it (no reload on
 * save; the terminal's --watch does look every so often). */
static inline int win_pipe(int fds[2]) {
  fds[0] = fds[1] = -1;
  errno = ENOSYS;
  return -1;
}
#define pipe(fds) win_pipe(fds)
static inline int win_fchmod(int fd, int mode) {
  (void)fd;
  (void)mode;
  return 0;
}
#define fchmod(fd, mode) win_fchmod(fd, mode)
/* No memmem in msvcrt: the same answer in linear time (a story may search
 * a megabyte for a long pattern: the sandbox's find must stay linear). */
void *win_memmem(const void *hay, size_t hl, const void *needle, size_t nl);
#define memmem(h, hl, n, nl) win_memmem(h, hl, n, nl)
#define DIR WinDir
#define dirent win_dirent
#define opendir(p) win_opendir(p)
#define readdir(d) win_readdir(d)
#define closedir(d) win_closedir(d)

#endif
#endif
