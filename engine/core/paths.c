#include "paths.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

static bool has_data(const char *dir) {
  char *a = path_join(dir, "assets/advice.lua");
  bool ok = is_file(a);
  free(a);
  return ok;
}

/* The folder the running binary is in (forward slashes), or NULL when the
 * system cannot tell (then only the compiled-in places are tried). */
static char *exe_dir(void) {
#ifdef _WIN32
  char *exe = win_exe_path(); /* engine/compat/win32.h */
  if (!exe) return NULL;
  for (char *p = exe; *p; p++)
    if (*p == '\\') *p = '/';
#elif defined(__linux__)
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return NULL;
  buf[n] = 0;
  char *exe = xstrdup(buf);
#else
  char *exe = NULL;
  return exe;
#endif
  char *dir = path_dirname(exe);
  free(exe);
  return dir;
}

/* Where the data is, first match wins:
 *   $BTS_ROOT;
 *   next to the binary (the Windows zip: the .exe beside stories/, assets/);
 *   bin/../share/behind-the-screen (installed anywhere, or an unpacked
 *     Linux tarball, wherever it was moved);
 *   the source tree when the binary is the one in its build tree;
 *   the install prefix it was configured with;
 *   the source tree it was built from. */
const char *paths_root(void) {
  static char *root;
  if (root) return root;
  const char *env = getenv("BTS_ROOT");
  if (env && *env) return root = xstrdup(env);
  char *bin = exe_dir();
  if (bin) {
    char *prefix = path_dirname(bin);
    char *share = path_join(prefix, "share/behind-the-screen");
    free(prefix);
    bool here = has_data(bin), installed = !here && has_data(share);
    bool build_tree = strcmp(bin, BTS_BINARY_DIR) == 0 && has_data(BTS_SOURCE_DIR);
    char *found = here ? xstrdup(bin) : installed ? xstrdup(share) : NULL;
    free(share);
    free(bin);
    if (found) return root = found;
    if (build_tree) return root = xstrdup(BTS_SOURCE_DIR);
  }
  if (has_data(BTS_SHARE_DIR)) return root = xstrdup(BTS_SHARE_DIR);
  return root = xstrdup(BTS_SOURCE_DIR);
}

char *paths_assets(void) { return path_join(paths_root(), "assets"); }
char *paths_stories(void) { return path_join(paths_root(), "stories"); }

#ifndef _WIN32
/* An absolute folder owned by the user and closed to others, or NULL. */
static bool private_dir(const char *dir) {
  struct stat st;
  return dir && dir[0] == '/' && stat(dir, &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == geteuid() &&
         !(st.st_mode & 077);
}
#endif

char *paths_user(void) {
  const char *env = getenv("BTS_HOME");
  if (env && *env) return xstrdup(env);
#ifdef _WIN32
  /* %APPDATA% (the roaming profile), read as UTF-16 so a user name with
   * accents survives (the narrow getenv gives the ANSI code page). */
  char *appdata = win_getenv("APPDATA");
  char *user = appdata && *appdata ? path_join(appdata, "behind-the-screen") : NULL;
  free(appdata);
  return user;
#else
  const char *xdg = getenv("XDG_DATA_HOME");
  if (xdg && *xdg == '/') return path_join(xdg, "behind-the-screen");
  const char *home = getenv("HOME");
  if (home && *home == '/') return xasprintf("%s/.local/share/behind-the-screen", home);
  /* Without a home, never a shared folder like /tmp (another user could
   * prepare it): the session's private runtime folder, or nothing. */
  const char *run = getenv("XDG_RUNTIME_DIR");
  if (private_dir(run)) return path_join(run, "behind-the-screen");
  return NULL;
#endif
}

char *paths_user_file(const char *name) {
  char *user = paths_user();
  if (!user) return NULL;
  char *p = path_join(user, name);
  free(user);
  return p;
}

char *paths_story(const char *arg) {
  if (is_dir(arg) || is_file(arg)) return xstrdup(arg);
  if (!strchr(arg, '/')) {
    char *stories = paths_stories();
    char *p = path_join(stories, arg);
    free(stories);
    if (is_dir(p)) return p;
    free(p);
  }
  return xstrdup(arg);
}
