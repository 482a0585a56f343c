/* theme.c: the game's colours, the app skins, high contrast. */
#ifndef BTS_UI_THEME_H
#define BTS_UI_THEME_H
#include <SDL.h>
#include <stdbool.h>

typedef struct {
  SDL_Color bg, text, dim;            /* the page */
  SDL_Color header, header_text, header_dim;
  SDL_Color sidebar, sidebar_text, sidebar_sel;
  SDL_Color in_bubble, in_text;       /* their messages */
  SDL_Color out_bubble, out_bubble2, out_text; /* mine; 2 = gradient end */
  SDL_Color narr_bg, narr_text;       /* narration card */
  SDL_Color thought_text;
  SDL_Color system_text, sep;
  SDL_Color card, card_text, card_dim, card_border;
  SDL_Color button, button_text, button_border;
  SDL_Color primary, primary_text;    /* the main button */
  SDL_Color focus;
  SDL_Color ok, warn, bad;            /* debrief marks (with words, never colour alone) */
  SDL_Color ok_bg, warn_bg, bad_bg;
  SDL_Color miss, miss_bg;            /* a step not taken: neutral, never a red cross */
  SDL_Color discuss_bg, discuss_text;
  SDL_Color call_bg, call_panel, call_text, call_dim, rec;
  SDL_Color dimmer;                   /* behind overlays */
  int radius;                         /* bubble corner radius (dp) */
  bool sidebar_on;                    /* Skype-like contact list */
  bool gradient;                      /* Instagram-like accents */
} Theme;

typedef enum { SKIN_GAME = -1 } SkinExtra; /* menus and debrief: the game's own look */
void theme_get(Theme *t, int skin, bool high_contrast);
double contrast_ratio(SDL_Color a, SDL_Color b);
SDL_Color color_parse(const char *hex, SDL_Color fallback);
/* Black or white, whichever reads better on bg. */
SDL_Color color_on(SDL_Color bg);

#endif
