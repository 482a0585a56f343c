#include "pads.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __linux__
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>
#endif

#define BTN_JOYSTICK_FIRST 0x120 /* linux/input-event-codes.h: BTN_JOYSTICK */
#define BTN_PAD_LAST 0x13f       /* BTN_GAMEPAD 0x130 .. BTN_THUMBR 0x13e */

static bool started, say;
#ifdef __linux__
static const char *sys_input = "/sys/class/input"; /* where the kernel says what a device is */
#endif

bool pads_started(void) { return started; }

static void start_sdl_pads(const char *why) {
  if (started) return;
  started = true;
  /* Optional: no pad support, no problem. */
  SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER);
  if (say) fprintf(stderr, "bts-ui: pads: started (%s)\n", why);
}

bool pads_key_caps(const char *line) {
  /* the words as the kernel prints them: the highest first */
  unsigned long long words[32];
  int n = 0;
  const char *p = line;
  while (*p && n < 32) {
    while (*p == ' ' || *p == '\t') p++;
    if (!*p || *p == '\n') break;
    char *end;
    words[n++] = strtoull(p, &end, 16);
    if (end == p) return false;
    p = end;
  }
  const int bits = (int)(sizeof(long) * 8);
  for (int b = BTN_JOYSTICK_FIRST; b <= BTN_PAD_LAST; b++) {
    int w = n - 1 - b / bits; /* the last word holds bits 0.. */
    if (w >= 0 && (words[w] >> (b % bits)) & 1) return true;
  }
  return false;
}

#ifdef __linux__
/* A name a pad's node can have: js0, event12. */
static bool pad_name(const char *name) {
  return strncmp(name, "js", 2) == 0 || strncmp(name, "event", 5) == 0;
}

static bool is_pad(const char *name, const char *sys_dir) {
  if (strncmp(name, "js", 2) == 0) return true; /* joydev makes these for joysticks and pads only */
  if (strncmp(name, "event", 5) != 0) return false;
  char path[512], line[1024];
  snprintf(path, sizeof path, "%s/%s/device/capabilities/key", sys_dir, name);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  ssize_t n = read(fd, line, sizeof line - 1);
  close(fd);
  if (n <= 0) return false;
  line[n] = 0;
  return pads_key_caps(line);
}

bool pads_present(const char *dev_dir, const char *sys_dir) {
  DIR *d = opendir(dev_dir);
  if (!d) return false;
  bool found = false;
  struct dirent *e;
  while (!found && (e = readdir(d))) found = is_pad(e->d_name, sys_dir);
  closedir(d);
  return found;
}

static int ino = -1, stop[2] = {-1, -1}, wd_dev = -1;
static char dev_dir[256];
static SDL_Thread *watcher;
static Uint32 plugged = (Uint32)-1;

#define PAD_EVENTS (IN_CREATE | IN_ATTRIB | IN_MOVED_TO)

/* The watch of /dev/input, or (a machine with no input device at all yet:
 * the kernel makes the folder with the first one) of /dev for it. */
static bool watch_dev(void) {
  wd_dev = inotify_add_watch(ino, dev_dir, PAD_EVENTS);
  if (wd_dev >= 0) return true;
  if (errno != ENOENT) return false;
  char parent[256];
  snprintf(parent, sizeof parent, "%s", dev_dir);
  char *slash = strrchr(parent, '/');
  if (!slash) return false;
  if (slash == parent) slash[1] = 0;
  else *slash = 0;
  return inotify_add_watch(ino, parent, IN_CREATE | IN_MOVED_TO) >= 0;
}

/* Sleeps in poll() until /dev/input changes; says "look now" once a pad is
 * there, and ends. It allocates nothing (no malloc arena of its own). */
static int watch_main(void *ud) {
  (void)ud;
  char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
  for (;;) {
    struct pollfd f[2] = {{.fd = ino, .events = POLLIN}, {.fd = stop[0], .events = POLLIN}};
    if (poll(f, 2, -1) < 0) {
      if (errno == EINTR) continue;
      return 0;
    }
    if (f[1].revents) return 0;
    ssize_t n = read(ino, buf, sizeof buf);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (n <= 0) return 0;
    bool look = false;
    for (char *p = buf; p < buf + n;) {
      const struct inotify_event *ev = (const struct inotify_event *)p;
      if (ev->len && (ev->wd != wd_dev || pad_name(ev->name))) look = true;
      p += sizeof *ev + ev->len;
    }
    if (!look) continue;
    if (wd_dev < 0 && (wd_dev = inotify_add_watch(ino, dev_dir, PAD_EVENTS)) < 0) continue; /* not it yet */
    if (pads_present(dev_dir, sys_input)) {
      SDL_Event e = {0};
      e.type = plugged;
      SDL_PushEvent(&e);
      return 0;
    }
  }
}

void pads_begin(void) {
  const char *tv = getenv("BTS_UI_TIMING");
  say = tv && *tv && strcmp(tv, "0") != 0;
  if (started || watcher) return;
  const char *dir = getenv("BTS_INPUT_DIR");
  snprintf(dev_dir, sizeof dev_dir, "%s", dir && *dir ? dir : "/dev/input");
  if (pads_present(dev_dir, sys_input)) {
    start_sdl_pads("one is plugged in");
    return;
  }
  /* None now: a watch for one plugged in later. Where the folder cannot be
   * watched, SDL looks itself, as before. */
  ino = inotify_init1(IN_CLOEXEC);
  if (ino >= 0 && watch_dev() && pipe(stop) == 0 && (plugged = SDL_RegisterEvents(1)) != (Uint32)-1 &&
      (watcher = SDL_CreateThreadWithStackSize(watch_main, "bts-pads", 64 * 1024, NULL))) {
    if (say) fprintf(stderr, "bts-ui: pads: none plugged in, watching %s\n", dev_dir);
    return;
  }
  pads_end();
  start_sdl_pads("cannot watch for one");
}

bool pads_event(const SDL_Event *e) {
  if (!watcher || e->type != plugged) return false;
  SDL_WaitThread(watcher, NULL); /* it has pushed its event and ended */
  watcher = NULL;
  pads_end();
  start_sdl_pads("one was plugged in");
  return true;
}

void pads_end(void) {
  if (watcher) {
    if (write(stop[1], "x", 1) != 1) {
    }
    SDL_WaitThread(watcher, NULL);
    watcher = NULL;
  }
  if (stop[0] >= 0) close(stop[0]);
  if (stop[1] >= 0) close(stop[1]);
  if (ino >= 0) close(ino);
  stop[0] = stop[1] = ino = wd_dev = -1;
}
#else
bool pads_present(const char *dev_dir, const char *sys_dir) {
  (void)dev_dir;
  (void)sys_dir;
  return false;
}

void pads_begin(void) {
  const char *tv = getenv("BTS_UI_TIMING");
  say = tv && *tv && strcmp(tv, "0") != 0;
  start_sdl_pads("after the first frame");
}

bool pads_event(const SDL_Event *e) {
  (void)e;
  return false;
}

void pads_end(void) {}
#endif
