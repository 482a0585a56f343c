/* Game pads: SDL's game-controller subsystem started only when a pad is
 * there. Its start maps libudev and SDL's joystick code and loads the
 * controller mappings (0.2-0.4 MB of the window's memory, docs/performance.md)
 * for a pad most players never plug in. On Linux the window looks in
 * /dev/input itself (a js* node, or an event* device whose keys are a pad's
 * buttons) and, when none is there, a thread sleeps on an inotify watch of
 * that folder and wakes the window when one is plugged in (the window keeps
 * sleeping: idle CPU 0 %). Elsewhere SDL's pads start after the first frame,
 * as before. BTS_INPUT_DIR names another folder than /dev/input (tests). */
#ifndef BTS_PADS_H
#define BTS_PADS_H

#include <SDL.h>
#include <stdbool.h>

/* After the first frame: starts SDL's pads if one is there, else watches. */
void pads_begin(void);
/* True when the event was the watcher's "a pad was plugged in": SDL's pads
 * are then started, and the pads already plugged in arrive as
 * SDL_CONTROLLERDEVICEADDED events. */
bool pads_event(const SDL_Event *e);
/* Whether SDL's game-controller subsystem has been started. */
bool pads_started(void);
/* Stops the watcher (before SDL_Quit). */
void pads_end(void);

/* Whether a pad is in dev_dir (a js* node, or an event* node whose
 * sys_dir/<name>/device/capabilities/key has a joystick or pad button,
 * BTN_JOYSTICK..BTN_THUMBR). */
bool pads_present(const char *dev_dir, const char *sys_dir);
/* Whether a capabilities/key line (hex words, the highest bits first, each
 * a `long` wide) has a joystick or pad button. */
bool pads_key_caps(const char *line);

#endif
