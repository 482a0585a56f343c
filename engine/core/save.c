#define _GNU_SOURCE /* renameat2 */
#include "save.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "forget.h"
#include "paths.h"
#include "util.h"

#define SAVE_MAX (1u << 20)

bool make_dirs(const char *path, char **why) {
  char *p = xstrdup(path);
  for (char *s = p + 1; *s; s++) {
    if (*s != '/') continue;
    *s = 0;
    if (mkdir(p, 0700) != 0 && errno != EEXIST) break;
    *s = '/';
  }
  bool ok = mkdir(p, 0700) == 0 || (errno == EEXIST && is_dir(p));
  if (!ok && why) *why = xasprintf("cannot create the folder %s: %s", p, strerror(errno));
  free(p);
  return ok;
}

/* Files that could not be set aside: never written over, never removed
 * (a damaged save is kept, as promised, even when .bad-N cannot be made). */
static char **blocked;
static int nblocked;

static bool is_blocked(const char *path) {
  for (int i = 0; i < nblocked; i++)
    if (strcmp(blocked[i], path) == 0) return true;
  return false;
}

static void block(const char *path) {
  if (is_blocked(path)) return;
  blocked = xrealloc(blocked, (size_t)(nblocked + 1) * sizeof *blocked);
  blocked[nblocked++] = xstrdup(path);
}

/* The folder must be the user's and not writable by everyone: in a folder
 * another user can write to, a file planted at our temporary name could
 * redirect the write. */
static bool own_folder(int dfd, const char *dir, char **why) {
  struct stat st;
  if (fstat(dfd, &st) != 0) {
    *why = xasprintf("cannot use the folder %s: %s", dir, strerror(errno));
    return false;
  }
  if (st.st_uid != geteuid() || (st.st_mode & S_IWOTH)) {
    *why = xasprintf("the folder %s belongs to another user or anyone can write to it: nothing is written there", dir);
    return false;
  }
  return true;
}

bool atomic_write(const char *path, const char *data, size_t len, char **why) {
  if (is_blocked(path)) {
    *why = xasprintf("%s is a damaged file that could not be set aside: it is kept, not written over", path);
    return false;
  }
  char *dir = path_dirname(path);
  const char *slash = strrchr(path, '/');
  const char *base = slash ? slash + 1 : path;
  char *tmp = xasprintf("%s.tmp", base);
  int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  bool ok = false;
  int fd = -1;
  if (dfd < 0) {
    *why = xasprintf("cannot write %s: %s", path, strerror(errno));
    goto out;
  }
  if (!own_folder(dfd, dir, why)) goto out;
  /* A new file, never an existing one nor a link: O_EXCL and O_NOFOLLOW.
   * A leftover from a crash (the folder is ours) is removed once. */
  for (int attempt = 0; attempt < 2 && fd < 0; attempt++) {
    fd = openat(dfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0 && errno == EEXIST && attempt == 0 && unlinkat(dfd, tmp, 0) == 0) continue;
    if (fd < 0) break;
  }
  if (fd < 0) {
    *why = xasprintf("cannot write %s/%s: %s", dir, tmp, strerror(errno));
    goto out;
  }
  size_t done = 0;
  while (done < len) {
    ssize_t n = write(fd, data + done, len - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      *why = xasprintf("cannot write %s: %s", path, n < 0 ? strerror(errno) : "disk full");
      close(fd);
      unlinkat(dfd, tmp, 0);
      goto out;
    }
    done += (size_t)n;
  }
  if (fsync(fd) != 0 || close(fd) != 0) {
    *why = xasprintf("cannot write %s: %s", path, strerror(errno));
    unlinkat(dfd, tmp, 0);
    goto out;
  }
  if (renameat(dfd, tmp, dfd, base) != 0) {
    *why = xasprintf("cannot replace %s: %s", path, strerror(errno));
    unlinkat(dfd, tmp, 0);
    goto out;
  }
  /* The rename itself is durable once the folder is synced. */
  fsync(dfd);
  ok = true;
out:
  if (dfd >= 0) close(dfd);
  free(tmp);
  free(dir);
  return ok;
}

/* Moves path to dest unless dest exists (atomically: a kept file is never
 * replaced, even by a race). */
static int move_no_replace(const char *path, const char *dest) {
#ifdef RENAME_NOREPLACE
  if (renameat2(AT_FDCWD, path, AT_FDCWD, dest, RENAME_NOREPLACE) == 0) return 0;
  if (errno != EINVAL && errno != ENOSYS) return -1;
#endif
  /* A file system without renameat2: link() never replaces either. */
  if (link(path, dest) != 0) return -1;
  return unlink(path);
}

char *set_aside(const char *path) {
  if (trace_is_off()) return xstrdup(path); /* leave no trace: not even a rename */
  for (int n = 1; n <= 100000; n++) {
    char *dest = xasprintf("%s.bad-%d", path, n);
    if (move_no_replace(path, dest) == 0) return dest;
    int err = errno;
    free(dest);
    if (err != EEXIST) break;
  }
  /* Kept where it is: nothing may write over it or remove it now. */
  block(path);
  return NULL;
}

char *save_path(const Story *s) {
  char *user = paths_user();
  if (!user) return NULL;
  char *p = xasprintf("%s/saves/%s.save", user, s->id);
  free(user);
  return p;
}

bool save_write(const Runtime *rt, char **why) {
  if (trace_is_off()) return true; /* leave no trace: the place lives in memory only */
  const Story *s = rt_story(rt);
  char *path = save_path(s);
  if (!path) {
    *why = xstrdup(PATHS_NO_HOME);
    return false;
  }
  char *dir = path_dirname(path);
  bool ok = make_dirs(dir, why);
  if (ok) {
    char *text = rt_save_text(rt);
    ok = atomic_write(path, text, strlen(text), why);
    free(text);
  }
  free(dir);
  free(path);
  return ok;
}

bool save_exists(const Story *s) {
  char *path = save_path(s);
  bool ok = path && is_file(path);
  free(path);
  return ok;
}

bool save_remove(const Story *s) {
  if (trace_is_off()) return true;
  char *path = save_path(s);
  if (!path) return true;
  bool ok = !is_blocked(path) && (unlink(path) == 0 || errno == ENOENT);
  free(path);
  return ok;
}

/* The save names the story's fingerprint (a hash of every file's bytes):
 * a save made with other story files is not replayed into these. */
static bool same_fingerprint(const Story *s, const char *text) {
  const char *p = strstr(text, "\nfingerprint ");
  if (!p) return false;
  char want[32];
  snprintf(want, sizeof want, "%016llx", s->fingerprint);
  p += strlen("\nfingerprint ");
  return strncmp(p, want, 16) == 0 && (p[16] == '\n' || p[16] == '\r');
}

Runtime *save_resume(const Story *s, char **why) {
  *why = NULL;
  char *path = save_path(s);
  if (!path || !is_file(path)) {
    free(path);
    return NULL;
  }
  const char *err;
  size_t len;
  char *text = read_file(path, SAVE_MAX, &len, &err);
  Runtime *rt = NULL;
  char *problem = NULL;
  if (!text) problem = xstrdup(err);
  else if (strlen(text) != len) problem = xstrdup("the save is damaged (it contains binary data)");
  else if ((rt = rt_from_save(s, text, &problem)) && !same_fingerprint(s, text)) {
    rt_free(rt);
    rt = NULL;
    problem = xstrdup("the story's files have changed since this save was made");
  }
  if (!rt) {
    char *aside = set_aside(path);
    if (aside)
      *why = xasprintf("the saved game %s could not be used (%s); it was kept as %s", path,
                       problem ? problem : "unknown problem", aside);
    else
      *why = xasprintf("the saved game %s could not be used (%s); it could not be renamed, so it stays where it "
                       "is and the game will not save over it", path, problem ? problem : "unknown problem");
    free(aside);
  }
  free(problem);
  free(text);
  free(path);
  return rt;
}
