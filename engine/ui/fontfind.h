/* fontfind.c: fonts for the scripts the game's two fonts do not draw
 * (Japanese, Chinese, Devanagari, Thai, ... in a story a teen wrote).
 * SDL2_ttf has no fallback fonts: text.c asks here for a character no
 * open font has, and fontconfig's best match for that one character (its
 * charset) is opened in the style's size and kept for the run. Nothing of
 * this runs for text the main fonts draw: a Latin story never starts
 * fontconfig here. */
#ifndef BTS_UI_FONTFIND_H
#define BTS_UI_FONTFIND_H
#include <SDL_ttf.h>
#include <stdbool.h>

#include "fonts.h"

enum { FONTS_EXTRA_MAX = 8 }; /* fonts a run can add: one per script is plenty */

/* The extra fonts a Fonts has opened, per style (fonts.h: Fonts.extra). */
typedef struct FontsExtra {
  TTF_Font *f[FONTS_EXTRA_MAX][FONT_COUNT];
} FontsExtra;

/* The index of an extra font that draws c in style, opened at the style's
 * size (looked for through fontconfig the first time c's block of 128
 * characters meets a character no font has), or -1: no installed font has
 * it. *first_missing is set true the first time in the run that happens,
 * so the caller says it once. */
int fonts_extra_for(Fonts *fs, int style, Uint32 c, bool *first_missing);
/* The extra font k in style, as fonts_extra_for opened it. */
TTF_Font *fonts_extra(Fonts *fs, int style, int k);
/* Closes a Fonts' extra fonts (fonts_close calls it at every reopen). */
void fonts_extra_close(Fonts *fs);

#endif
