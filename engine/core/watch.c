#include "watch.h"

#include <errno.h>
#include <poll.h>
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
  int wd;           /* the inotify watch of its folder, or -1 */
  const char *base; /* its name in that folder (inside path) */
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
    const char *slash = strrchr(f->path, '/');
    f->base = slash ? slash + 1 : f->path;
    f->wd = -1;
    sign(f);
#ifdef __linux__
    if (w->fd >= 0) {
      char *dir = path_dirname(files[i]);
      f->wd = inotify_add_watch(w->fd, dir,
                                IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB);
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
  watch_take_events(w); /* drained: the signatures below decide */
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

#ifdef __linux__
/* The story's file an event names, or NULL (a swap file, an editor's
 * temporary file before its rename, another file of the folder). */
static const FileSig *named(const Watch *w, const struct inotify_event *ev) {
  if (!ev->len) return NULL;
  for (int i = 0; i < w->nfiles; i++)
    if (w->files[i].wd == ev->wd && strcmp(w->files[i].base, ev->name) == 0) return &w->files[i];
  return NULL;
}
#endif

WatchSave watch_take_events(Watch *w) {
  WatchSave got = WATCH_QUIET;
#ifdef __linux__
  if (w->fd < 0) return got;
  /* aligned for struct inotify_event, as inotify(7) does it */
  char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
  ssize_t n;
  while ((n = read(w->fd, buf, sizeof buf)) > 0) {
    for (char *p = buf; p < buf + n;) {
      const struct inotify_event *ev = (const struct inotify_event *)p;
      p += sizeof *ev + ev->len;
      if (ev->mask & IN_Q_OVERFLOW) {
        got = WATCH_SAVED; /* events were lost: look now */
        continue;
      }
      if (!named(w, ev)) continue;
      if (ev->mask & (IN_CLOSE_WRITE | IN_MOVED_TO)) got = WATCH_SAVED;
      else if (got == WATCH_QUIET) got = WATCH_WRITING;
    }
  }
#else
  (void)w;
#endif
  return got;
}

bool watch_wait(Watch *w, int stop_fd) {
  if (w->fd < 0) { /* no inotify: look every WATCH_POLL_MS */
    struct pollfd p = {stop_fd, POLLIN, 0};
    int r = poll(&p, stop_fd >= 0 ? 1 : 0, WATCH_POLL_MS);
    if (r < 0) return errno == EINTR;
    return r == 0 || !p.revents;
  }
  bool writing = false;
  for (;;) {
    struct pollfd fds[2] = {{w->fd, POLLIN, 0}, {stop_fd, POLLIN, 0}};
    int r = poll(fds, stop_fd >= 0 ? 2 : 1, writing ? WATCH_SETTLE_MS : -1);
    if (r < 0) {
      if (errno == EINTR) return true; /* a signal: the caller looks, and may stop */
      return false; /* cannot wait: as if stopped (never a busy loop) */
    }
    if (stop_fd >= 0 && fds[1].revents) return false;
    if (r == 0) return true; /* a writer went quiet without closing: look now */
    WatchSave got = watch_take_events(w);
    if (got == WATCH_SAVED) return true;
    if (got == WATCH_WRITING) writing = true;
  }
}
