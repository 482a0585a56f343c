#include "watch.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __linux__
#include <fcntl.h>
#include <sys/inotify.h>
#endif

#include "util.h"

typedef struct {
  char *path;
  long long size, mtime_ns;
  unsigned long long ino;
  bool exists;
} FileSig;

struct Watch {
  FileSig *files;
  int nfiles;
  int fd; /* inotify, or -1 */
};

static void sign(FileSig *f) {
  struct stat st;
  f->exists = stat(f->path, &st) == 0;
  f->size = f->exists ? (long long)st.st_size : -1;
#ifdef __linux__
  f->mtime_ns = f->exists ? (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec : 0;
#else
  f->mtime_ns = f->exists ? (long long)st.st_mtime * 1000000000LL : 0;
#endif
  f->ino = f->exists ? (unsigned long long)st.st_ino : 0;
}

static void forget(Watch *w) {
  for (int i = 0; i < w->nfiles; i++) free(w->files[i].path);
  free(w->files);
  w->files = NULL;
  w->nfiles = 0;
}

/* The files, and (inotify) the folders they are in: editors often save by
 * writing a new file and renaming it over the old one. */
static void take(Watch *w, const Story *s) {
  forget(w);
  int nfiles;
  const char *const *files = story_files(s, &nfiles);
  w->files = xcalloc((size_t)nfiles + 1, sizeof *w->files);
  for (int i = 0; i < nfiles; i++) {
    FileSig *f = &w->files[w->nfiles++];
    f->path = xstrdup(files[i]);
    sign(f);
#ifdef __linux__
    if (w->fd >= 0) {
      char *dir = path_dirname(files[i]);
      inotify_add_watch(w->fd, dir, IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB);
      free(dir);
    }
#endif
  }
}

Watch *watch_new(const Story *s) {
  Watch *w = xcalloc(1, sizeof *w);
  w->fd = -1;
#ifdef __linux__
  w->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
#endif
  take(w, s);
  return w;
}

void watch_free(Watch *w) {
  if (!w) return;
  forget(w);
  if (w->fd >= 0) close(w->fd);
  free(w);
}

int watch_fd(const Watch *w) { return w->fd; }

bool watch_changed(Watch *w) {
#ifdef __linux__
  if (w->fd >= 0) { /* drain: the signatures below decide */
    char buf[4096];
    while (read(w->fd, buf, sizeof buf) > 0) {
    }
  }
#endif
  bool changed = false;
  for (int i = 0; i < w->nfiles; i++) {
    FileSig now = w->files[i];
    sign(&now);
    FileSig *was = &w->files[i];
    if (now.exists != was->exists || now.size != was->size || now.mtime_ns != was->mtime_ns || now.ino != was->ino) {
      changed = true;
      *was = now;
    }
  }
  return changed;
}

void watch_follow(Watch *w, const Story *s) { take(w, s); }
