/* Which of SDL's video drivers the window may try. */
#ifndef BTS_VIDEODRIVERS_H
#define BTS_VIDEODRIVERS_H

/* Before SDL_Init(SDL_INIT_VIDEO): leaves out a driver that cannot reach
 * its display and would say so on stderr in English before the game can
 * say it in the player's words. Today: Wayland with no XDG_RUNTIME_DIR
 * (libwayland prints "error: XDG_RUNTIME_DIR is invalid or not set in the
 * environment." from an ssh session, su, a terminal server). The other
 * drivers are tried in SDL's order, as before; a driver the user chose
 * (SDL_VIDEODRIVER) is left alone. */
void video_drivers_reachable(void);

#endif
