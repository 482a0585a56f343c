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

static char *saves_file(const Story *s, const char *suffix) {
  char *user = paths_user();
  if (!user) return NULL;
  char *p = xasprintf("%s/saves/%s%s", user, s->id, suffix);
  free(user);
  return p;
}

char *save_path(const Story *s) { return saves_file(s, ".save"); }

/* The last session played to its end: "<id>.ended.save" ends in ".save", so
 * Forget me sweeps it with the saves (forget.c). */
static char *ended_path(const Story *s) { return saves_file(s, ".ended.save"); }

static bool write_save_text(const Runtime *rt, char *path, const char *extra, char **why) {
  if (!path) {
    *why = xstrdup(PATHS_NO_HOME);
    return false;
  }
  char *dir = path_dirname(path);
  bool ok = make_dirs(dir, why);
  if (ok) {
    char *text = rt_save_text(rt);
    if (extra) { /* before the closing "end" line */
      size_t n = strlen(text);
      char *more = n >= 4 && strcmp(text + n - 4, "end\n") == 0 ? xasprintf("%.*s%send\n", (int)(n - 4), text, extra) : NULL;
      if (more) free(text), text = more;
    }
    ok = atomic_write(path, text, strlen(text), why);
    free(text);
  }
  free(dir);
  free(path);
  return ok;
}

bool save_write(const Runtime *rt, char **why) {
  if (trace_is_off()) return true; /* leave no trace: the place lives in memory only */
  return write_save_text(rt, save_path(rt_story(rt)), NULL, why);
}

bool save_write_lesson(const Runtime *rt, uint64_t lesson_ms, char **why) {
  if (trace_is_off()) return true;
  char line[48];
  snprintf(line, sizeof line, "lesson-ms %llu\n", (unsigned long long)lesson_ms);
  return write_save_text(rt, save_path(rt_story(rt)), line, why);
}

bool save_ended(const Runtime *rt, char **why) {
  if (trace_is_off()) return true;
  const Story *s = rt_story(rt);
  bool ok = write_save_text(rt, ended_path(s), NULL, why);
  if (!save_remove(s) && ok) {
    *why = xstrdup("the saved game could not be removed");
    ok = false;
  }
  return ok;
}

bool save_exists(const Story *s) {
  char *path = save_path(s);
  /* anything there, even a folder: resuming sets it aside and says so */
  struct stat st;
  bool ok = path && stat(path, &st) == 0;
  free(path);
  return ok;
}

bool save_remove(const Story *s) {
  if (trace_is_off()) return true;
  char *path = save_path(s);
  if (!path) return true;
  bool ok = !file_kept(path) && (unlink(path) == 0 || errno == ENOENT);
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

typedef struct {
  const Story *s;
  Runtime *rt;
  uint64_t lesson_ms;
} Resume;

static bool parse_save(const char *text, void *out, char **problem) {
  Resume *r = out;
  r->rt = rt_from_save(r->s, text, problem);
  if (r->rt && !same_fingerprint(r->s, text)) {
    rt_free(r->rt);
    r->rt = NULL;
    *problem = xstrdup("the story's files have changed since this save was made");
  }
  const char *l = strstr(text, "\nlesson-ms ");
  r->lesson_ms = l ? strtoull(l + 11, NULL, 10) : 0;
  if (r->lesson_ms > 24ull * 3600 * 1000) r->lesson_ms = 0; /* not a lesson's length: start the clock again */
  return r->rt != NULL;
}

static Runtime *resume_from(const Story *s, char *path, uint64_t *lesson_ms, char **why) {
  Resume r = {s, NULL, 0};
  bool found;
  own_file_read(path, SAVE_MAX, "the saved game", "", parse_save, &r, &found, why, NULL);
  free(path);
  if (lesson_ms) *lesson_ms = r.rt ? r.lesson_ms : 0;
  return r.rt;
}

Runtime *save_resume(const Story *s, char **why) { return resume_from(s, save_path(s), NULL, why); }

Runtime *save_resume_lesson(const Story *s, uint64_t *lesson_ms, char **why) {
  return resume_from(s, save_path(s), lesson_ms, why);
}

Runtime *save_resume_ended(const Story *s, char **why) { return resume_from(s, ended_path(s), NULL, why); }
