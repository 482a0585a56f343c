#include "forget.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "paths.h"
#include "util.h"

static bool no_trace;

void trace_set_off(bool on) { no_trace = on; }
bool trace_is_off(void) { return no_trace; }

/* name, name.tmp, name.bad-N */
static bool is_copy_of(const char *file, const char *name) {
  size_t n = strlen(name);
  if (strncmp(file, name, n) != 0) return false;
  const char *rest = file + n;
  if (!*rest || strcmp(rest, ".tmp") == 0) return true;
  if (strncmp(rest, ".bad-", 5) != 0 || !rest[5]) return false;
  for (const char *p = rest + 5; *p; p++)
    if (*p < '0' || *p > '9') return false;
  return true;
}

/* A save is "<story id>.save" (and its copies). */
static bool is_save(const char *file) {
  const char *dot = strstr(file, ".save");
  if (!dot || dot == file) return false;
  char *name = xstrndup(file, (size_t)(dot - file) + 5);
  bool yes = is_copy_of(file, name);
  free(name);
  return yes;
}

static void removed(Forgotten *f, const char *path) {
  f->paths = xrealloc(f->paths, (size_t)(f->count + 1) * sizeof *f->paths);
  f->paths[f->count++] = xstrdup(path);
}

static bool remove_file(Forgotten *f, const char *path, int *counter, Buf *errors) {
  if (unlink(path) == 0) {
    removed(f, path);
    (*counter)++;
    return true;
  }
  buf_addf(errors, "%s%s: %s", errors->len ? "; " : "", path, strerror(errno));
  return false;
}

/* Every regular file in dir that match() accepts. */
static void sweep(Forgotten *f, const char *dir, bool (*match)(const char *), int *counter, Buf *errors) {
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *e;
  char **names = NULL;
  int n = 0;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.' || !match(e->d_name)) continue;
    names = xrealloc(names, (size_t)(n + 1) * sizeof *names);
    names[n++] = xstrdup(e->d_name);
  }
  closedir(d);
  for (int i = 0; i < n; i++) {
    char *p = path_join(dir, names[i]);
    if (is_file(p)) remove_file(f, p, counter, errors);
    free(p);
    free(names[i]);
  }
  free(names);
}

static bool is_settings(const char *file) { return is_copy_of(file, "settings.conf"); }
static bool any_file(const char *file) { (void)file; return true; }

bool forget_me(Forgotten *f, char **why) {
  memset(f, 0, sizeof *f);
  f->folder = paths_user();
  Buf errors = {0};
  sweep(f, f->folder, is_settings, &f->settings, &errors);
  char *saves = path_join(f->folder, "saves");
  sweep(f, saves, is_save, &f->saves, &errors);
  char *answers = path_join(f->folder, "answers");
  sweep(f, answers, any_file, &f->answers, &errors);
  /* the folders the game made go too, when nothing else is in them */
  rmdir(saves);
  rmdir(answers);
  f->folder_removed = rmdir(f->folder) == 0;
  free(saves);
  free(answers);
  if (errors.len) {
    *why = xasprintf("could not remove %s", errors.s);
    free(errors.s);
    return false;
  }
  free(errors.s);
  return true;
}

void forgotten_free(Forgotten *f) {
  for (int i = 0; i < f->count; i++) free(f->paths[i]);
  free(f->paths);
  free(f->folder);
  memset(f, 0, sizeof *f);
}
