#include "videodrivers.h"

#include <SDL.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#if defined(__unix__) && !defined(__EMSCRIPTEN__)
/* libwayland finds its socket in $XDG_RUNTIME_DIR, unless WAYLAND_DISPLAY
 * is a full path or WAYLAND_SOCKET hands it one already open. */
static int wayland_reachable(void) {
  const char *rt = getenv("XDG_RUNTIME_DIR"), *wd = getenv("WAYLAND_DISPLAY");
  return getenv("WAYLAND_SOCKET") || (rt && rt[0] == '/') || (wd && wd[0] == '/');
}
#endif

void video_drivers_reachable(void) {
#if defined(__unix__) && !defined(__EMSCRIPTEN__)
  const char *asked = getenv("SDL_VIDEODRIVER");
  if ((asked && *asked) || wayland_reachable()) return;
  /* SDL_HINT_VIDEODRIVER takes a list and tries it in order (SDL >= 2.0.22). */
  Buf list = {0};
  for (int i = 0; i < SDL_GetNumVideoDrivers(); i++) {
    const char *d = SDL_GetVideoDriver(i);
    if (d && strcmp(d, "wayland") != 0) buf_addf(&list, "%s%s", list.len ? "," : "", d);
  }
  if (list.len) SDL_SetHint(SDL_HINT_VIDEODRIVER, list.s);
  free(buf_take(&list));
#endif
}
