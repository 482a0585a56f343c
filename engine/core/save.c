#include "save.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

bool atomic_write(const char *path, const char *data, size_t len, char **why) {
  char *tmp = xasprintf("%s.tmp", path);
  int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) {
    *why = xasprintf("cannot write %s: %s", tmp, strerror(errno));
    free(tmp);
    return false;
  }
  size_t done = 0;
  while (done < len) {
    ssize_t n = write(fd, data + done, len - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      *why = xasprintf("cannot write %s: %s", path, n < 0 ? strerror(errno) : "disk full");
      close(fd);
      unlink(tmp);
      free(tmp);
      return false;
    }
    done += (size_t)n;
  }
  if (fsync(fd) != 0 || close(fd) != 0) {
    *why = xasprintf("cannot write %s: %s", path, strerror(errno));
    unlink(tmp);
    free(tmp);
    return false;
  }
  if (rename(tmp, path) != 0) {
    *why = xasprintf("cannot replace %s: %s", path, strerror(errno));
    unlink(tmp);
    free(tmp);
    return false;
  }
  free(tmp);
  /* The rename itself is durable once the folder is synced. */
  char *dir = path_dirname(path);
  int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    fsync(dfd);
    close(dfd);
  }
  free(dir);
  return true;
}

char *set_aside(const char *path) {
  for (int n = 1; n < 1000; n++) {
    char *dest = xasprintf("%s.bad-%d", path, n);
    if (access(dest, F_OK) != 0) {
      if (rename(path, dest) == 0) return dest;
      free(dest);
      return NULL;
    }
    free(dest);
  }
  return NULL;
}

char *save_path(const Story *s) {
  char *user = paths_user();
  char *p = xasprintf("%s/saves/%s.save", user, s->id);
  free(user);
  return p;
}

bool save_write(const Runtime *rt, char **why) {
  const Story *s = rt_story(rt);
  char *path = save_path(s);
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
  bool ok = is_file(path);
  free(path);
  return ok;
}

bool save_remove(const Story *s) {
  char *path = save_path(s);
  bool ok = unlink(path) == 0 || errno == ENOENT;
  free(path);
  return ok;
}

Runtime *save_resume(const Story *s, char **why) {
  *why = NULL;
  char *path = save_path(s);
  if (!is_file(path)) {
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
  else rt = rt_from_save(s, text, &problem);
  if (!rt) {
    char *aside = set_aside(path);
    *why = xasprintf("the saved game %s could not be used (%s); it was kept as %s", path,
                     problem ? problem : "unknown problem", aside ? aside : "(could not rename it)");
    free(aside);
  }
  free(problem);
  free(text);
  free(path);
  return rt;
}
