/* The UTF-8 file calls of win32.h: each converts the path to UTF-16 and
 * calls the wide C runtime or Win32 function. */
#include "win32.h"

#include <errno.h>
#include <stdlib.h>
#include <stdarg.h>
#include <string.h>
#define WIN32_LEAN_AND_MEAN
#include <windows.h>

/* This file implements the functions the macros point to: use the real ones. */
#undef open
#undef stat
#undef mkdir
#undef rename
#undef unlink
#undef access
#undef fopen
#undef mkstemp
#undef realpath
#undef DIR
#undef dirent
#undef opendir
#undef readdir
#undef closedir

char *win_utf8(const wchar_t *w) {
  int n = WideCharToMultiByte(CP_UTF8, 0, w, -1, NULL, 0, NULL, NULL);
  if (n <= 0) return NULL;
  char *s = malloc((size_t)n);
  if (s && WideCharToMultiByte(CP_UTF8, 0, w, -1, s, n, NULL, NULL) <= 0) {
    free(s);
    return NULL;
  }
  return s;
}

wchar_t *win_wide(const char *s) {
  int n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1, NULL, 0);
  if (n <= 0) {
    errno = EINVAL;
    return NULL;
  }
  wchar_t *w = malloc((size_t)n * sizeof *w);
  if (w && MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1, w, n) <= 0) {
    free(w);
    errno = EINVAL;
    return NULL;
  }
  return w;
}

char *win_exe_path(void) {
  wchar_t w[32768];
  DWORD n = GetModuleFileNameW(NULL, w, 32768);
  if (n == 0 || n >= 32768) return NULL;
  return win_utf8(w);
}

static UINT console_cp_was; /* the console's code page before the game, or 0 */

static void console_cp_back(void) {
  if (console_cp_was) SetConsoleOutputCP(console_cp_was);
}

void win_console_utf8(void) {
  UINT was = GetConsoleOutputCP(); /* 0: no console */
  if (!was || was == CP_UTF8 || console_cp_was) return;
  if (SetConsoleOutputCP(CP_UTF8)) {
    console_cp_was = was;
    atexit(console_cp_back); /* the prompt it returns to keeps its own code page */
  }
}

char *win_getenv(const char *name) {
  wchar_t *wn = win_wide(name);
  const wchar_t *v = wn ? _wgetenv(wn) : NULL;
  free(wn);
  return v ? win_utf8(v) : NULL;
}

static void set_errno_from_win(void) {
  switch (GetLastError()) {
  case ERROR_FILE_NOT_FOUND:
  case ERROR_PATH_NOT_FOUND: errno = ENOENT; break;
  case ERROR_ALREADY_EXISTS:
  case ERROR_FILE_EXISTS: errno = EEXIST; break;
  case ERROR_DISK_FULL: errno = ENOSPC; break;
  default: errno = EACCES;
  }
}

int win_open(const char *path, int flags, ...) {
  int mode = 0;
  if (flags & O_CREAT) {
    va_list ap;
    va_start(ap, flags);
    mode = va_arg(ap, int);
    va_end(ap);
  }
  wchar_t *w = win_wide(path);
  if (!w) return -1;
  /* Binary: saves and stories are read and written byte for byte (no \r\n).
   * Windows knows only "read-only or not" for the mode. */
  int fd = _wopen(w, flags | _O_BINARY | _O_NOINHERIT, (mode & 0200) ? _S_IREAD | _S_IWRITE : _S_IREAD);
  free(w);
  return fd;
}

int win_stat(const char *path, struct stat *st) {
  wchar_t *w = win_wide(path);
  if (!w) return -1;
  struct _stat64 s;
  int r = _wstat64(w, &s);
  free(w);
  if (r != 0) return r;
  memset(st, 0, sizeof *st);
  st->st_mode = s.st_mode;
  st->st_size = (off_t)s.st_size;
  st->st_mtime = (time_t)s.st_mtime;
  return 0;
}

int win_mkdir(const char *path) {
  wchar_t *w = win_wide(path);
  if (!w) return -1;
  int r = _wmkdir(w);
  free(w);
  return r;
}

static int move_file(const char *from, const char *to, DWORD flags) {
  wchar_t *a = win_wide(from), *b = win_wide(to);
  int r = -1;
  if (a && b) {
    if (MoveFileExW(a, b, flags | MOVEFILE_WRITE_THROUGH)) r = 0;
    else set_errno_from_win();
  }
  free(a);
  free(b);
  return r;
}

/* POSIX rename replaces the target (the atomic save relies on it); the C
 * runtime's refuses when the target exists. */
int win_rename(const char *from, const char *to) { return move_file(from, to, MOVEFILE_REPLACE_EXISTING); }

int win_rename_noreplace(const char *from, const char *to) { return move_file(from, to, 0); }

int win_unlink(const char *path) {
  wchar_t *w = win_wide(path);
  if (!w) return -1;
  int r = _wunlink(w);
  free(w);
  return r;
}

int win_access(const char *path, int mode) {
  wchar_t *w = win_wide(path);
  if (!w) return -1;
  int r = _waccess(w, mode & ~X_OK);
  free(w);
  return r;
}

FILE *win_fopen(const char *path, const char *mode) {
  wchar_t *w = win_wide(path), *m = win_wide(mode);
  FILE *f = w && m ? _wfopen(w, m) : NULL;
  free(w);
  free(m);
  return f;
}

int win_mkstemp(char *tmpl) {
  size_t n = strlen(tmpl);
  if (n < 6 || strcmp(tmpl + n - 6, "XXXXXX") != 0) {
    errno = EINVAL;
    return -1;
  }
  static const char set[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  for (int attempt = 0; attempt < 100; attempt++) {
    unsigned v = (unsigned)GetTickCount() ^ ((unsigned)GetCurrentProcessId() << 16) ^ (unsigned)(attempt * 2654435761u);
    for (int i = 0; i < 6; i++, v /= 36) tmpl[n - 6 + i] = set[v % 36];
    int fd = win_open(tmpl, O_RDWR | O_CREAT | O_EXCL, 0600);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1;
}

char *win_realpath(const char *path, char *resolved) {
  wchar_t *w = win_wide(path);
  if (!w) return NULL;
  wchar_t full[32768];
  DWORD n = GetFullPathNameW(w, 32768, full, NULL);
  DWORD attr = n && n < 32768 ? GetFileAttributesW(full) : INVALID_FILE_ATTRIBUTES;
  free(w);
  if (attr == INVALID_FILE_ATTRIBUTES) {
    errno = ENOENT;
    return NULL;
  }
  /* Long form, and forward slashes: the callers compare paths as text. */
  wchar_t longer[32768];
  DWORD m = GetLongPathNameW(full, longer, 32768);
  char *u = win_utf8(m && m < 32768 ? longer : full);
  if (!u) return NULL;
  for (char *p = u; *p; p++)
    if (*p == '\\') *p = '/';
  size_t len = strlen(u);
  while (len > 3 && u[len - 1] == '/') u[--len] = 0;
  if (!resolved) return u;
  if (len >= PATH_MAX) {
    free(u);
    errno = ENAMETOOLONG;
    return NULL;
  }
  memcpy(resolved, u, len + 1);
  free(u);
  return resolved;
}

#include "win32-include/poll.h"
#undef poll

int win_poll(struct pollfd *fds, nfds_t n, int timeout_ms) {
  HANDLE h[8];
  nfds_t map[8];
  DWORD count = 0;
  for (nfds_t i = 0; i < n; i++) {
    fds[i].revents = 0;
    if (fds[i].fd < 0 || count == 8) continue;
    HANDLE one = (HANDLE)_get_osfhandle(fds[i].fd);
    if (one == INVALID_HANDLE_VALUE) {
      fds[i].revents = POLLNVAL;
      continue;
    }
    map[count] = i;
    h[count++] = one;
  }
  if (count == 0) {
    Sleep(timeout_ms < 0 ? INFINITE : (DWORD)timeout_ms);
    return 0;
  }
  DWORD r = WaitForMultipleObjects(count, h, FALSE, timeout_ms < 0 ? INFINITE : (DWORD)timeout_ms);
  if (r == WAIT_TIMEOUT) return 0;
  if (r < WAIT_OBJECT_0 + count) { /* WAIT_OBJECT_0 is 0 */
    fds[map[r - WAIT_OBJECT_0]].revents = POLLIN;
    return 1;
  }
  errno = EINVAL;
  return -1;
}

struct WinDir {
  _WDIR *w;
  struct win_dirent ent;
};

WinDir *win_opendir(const char *path) {
  wchar_t *w = win_wide(path);
  _WDIR *wd = w ? _wopendir(w) : NULL;
  free(w);
  if (!wd) return NULL;
  WinDir *d = calloc(1, sizeof *d);
  if (!d) {
    _wclosedir(wd);
    return NULL;
  }
  d->w = wd;
  return d;
}

struct win_dirent *win_readdir(WinDir *d) {
  struct _wdirent *e;
  while ((e = _wreaddir(d->w)) != NULL) {
    if (WideCharToMultiByte(CP_UTF8, 0, e->d_name, -1, d->ent.d_name, (int)sizeof d->ent.d_name, NULL, NULL) > 0)
      return &d->ent;
    /* a name that does not fit is skipped, like one that cannot exist */
  }
  return NULL;
}

int win_closedir(WinDir *d) {
  int r = _wclosedir(d->w);
  free(d);
  return r;
}

/* Knuth-Morris-Pratt: O(hl + nl) whatever the text. */
void *win_memmem(const void *hay, size_t hl, const void *needle, size_t nl) {
  const unsigned char *h = hay, *n = needle;
  if (nl == 0) return (void *)h;
  if (nl > hl) return NULL;
  size_t *fail = malloc(nl * sizeof *fail);
  if (!fail) return NULL;
  fail[0] = 0;
  for (size_t i = 1, k = 0; i < nl; i++) {
    while (k && n[i] != n[k]) k = fail[k - 1];
    if (n[i] == n[k]) k++;
    fail[i] = k;
  }
  void *found = NULL;
  for (size_t i = 0, k = 0; i < hl; i++) {
    while (k && h[i] != n[k]) k = fail[k - 1];
    if (h[i] == n[k]) k++;
    if (k == nl) {
      found = (void *)(h + i + 1 - nl);
      break;
    }
  }
  free(fail);
  return found;
}
