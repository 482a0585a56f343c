/* theme.c: the game's colours, an app's skin (assets/skins, skin.h) over
 * them, high contrast. */
#ifndef BTS_UI_THEME_H
#define BTS_UI_THEME_H
#include <SDL.h>
#include <stdbool.h>

#include "skin.h"

typedef struct {
  /* One colour per name of skin.h's SKIN_COLORS: bg, text, header, in_bubble... */
#define THEME_COLOR_FIELD(n) SDL_Color n;
  SKIN_COLORS(THEME_COLOR_FIELD)
#undef THEME_COLOR_FIELD
  /* The game's own, never a skin's: */
  SDL_Color focus;
  SDL_Color ok, warn, bad;            /* debrief marks (with words, never colour alone) */
  SDL_Color ok_bg, warn_bg, bad_bg;
  SDL_Color miss, miss_bg;            /* a step not taken: neutral, never a red cross */
  SDL_Color discuss_bg, discuss_text;
  SDL_Color dimmer;                   /* behind overlays */
  int radius;                         /* bubble corner radius (dp) */
  bool sidebar_on;                    /* a desktop contact list beside the chat */
  bool gradient;                      /* a gradient line under the header */
  const Skin *skin;                   /* the app's layout and words; NULL on the game's screens */
} Theme;

/* The game's own look: menus, settings, help, the debrief. */
#define SKIN_GAME ((const Skin *)0)
void theme_get(Theme *t, const Skin *skin, bool high_contrast);
double contrast_ratio(SDL_Color a, SDL_Color b);
SDL_Color color_parse(const char *hex, SDL_Color fallback);
/* Black or white, whichever reads better on bg. */
SDL_Color color_on(SDL_Color bg);

#endif
