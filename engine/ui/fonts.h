/* fonts.c: the font files found through fontconfig, opened at the
 * current scale in every style. */
#ifndef BTS_UI_FONTS_H
#define BTS_UI_FONTS_H
#include <SDL_ttf.h>
#include <stdbool.h>

typedef enum { FONT_BODY, FONT_SMALL, FONT_BOLD, FONT_ITALIC, FONT_HEAD, FONT_TITLE, FONT_COUNT } FontStyle;

typedef struct {
  char *regular, *bold, *italic;  /* files found through fontconfig */
  char *dys_regular, *dys_bold;   /* OpenDyslexic, when installed */
  char *emoji;                    /* Noto Color Emoji, when installed */
  char *symbols;                  /* a second font for glyphs the main one lacks */
  TTF_Font *f[FONT_COUNT];
  TTF_Font *fallback[FONT_COUNT];
  TTF_Font *emoji_font;           /* a fixed-size colour bitmap font */
  int px[FONT_COUNT];             /* pixel size of each style */
  int line[FONT_COUNT];           /* line height */
  bool dyslexic;                  /* the open set is OpenDyslexic */
  unsigned gen;                   /* bumps at every reopen: keys the text cache */
} Fonts;

bool fonts_find(Fonts *fs, char **why);
/* (Re)opens every style at scale (1.0 = 100% text on a 96-dpi screen). */
bool fonts_open(Fonts *fs, double scale, bool dyslexic, char **why);
void fonts_close(Fonts *fs);
void fonts_free(Fonts *fs);

#endif
