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

const char *paths_root(void) {
  static char *root;
  if (root) return root;
  const char *env = getenv("BTS_ROOT");
  if (env && *env) return root = xstrdup(env);
  /* Next to the binary when installed (bin/../share/behind-the-screen). */
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = 0;
    char *bin = path_dirname(exe);
    char *share = xasprintf("%s/../share/behind-the-screen", bin);
    free(bin);
    if (has_data(share)) return root = share;
    free(share);
  }
  if (has_data(BTS_SHARE_DIR)) return root = xstrdup(BTS_SHARE_DIR);
  return root = xstrdup(BTS_SOURCE_DIR);
}

char *paths_assets(void) { return path_join(paths_root(), "assets"); }
char *paths_stories(void) { return path_join(paths_root(), "stories"); }

/* An absolute folder owned by the user and closed to others, or NULL. */
static bool private_dir(const char *dir) {
  struct stat st;
  return dir && dir[0] == '/' && stat(dir, &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == geteuid() &&
         !(st.st_mode & 077);
}

char *paths_user(void) {
  const char *env = getenv("BTS_HOME");
  if (env && *env) return xstrdup(env);
  const char *xdg = getenv("XDG_DATA_HOME");
  if (xdg && *xdg == '/') return path_join(xdg, "behind-the-screen");
  const char *home = getenv("HOME");
  if (home && *home == '/') return xasprintf("%s/.local/share/behind-the-screen", home);
  /* Without a home, never a shared folder like /tmp (another user could
   * prepare it): the session's private runtime folder, or nothing. */
  const char *run = getenv("XDG_RUNTIME_DIR");
  if (private_dir(run)) return path_join(run, "behind-the-screen");
  return NULL;
}
