/* fonts.c: the font files found through fontconfig, opened at the
 * current scale in every style. Styles drawn from the same file in the
 * same SDL_ttf style share one opened font, set to a style's size when it
 * is used (fonts_at): each opened font is a FreeType face and a HarfBuzz
 * face with copies of the file's tables, about 200 KB (docs/performance.md). */
#ifndef BTS_UI_FONTS_H
#define BTS_UI_FONTS_H
#include <SDL_ttf.h>
#include <stdbool.h>

typedef enum { FONT_BODY, FONT_SMALL, FONT_BOLD, FONT_ITALIC, FONT_HEAD, FONT_TITLE, FONT_COUNT } FontStyle;

typedef struct {
  char *regular, *bold, *italic;  /* the main font's files */
  /* Looked for when first needed (fonts.c says why), once per run: */
  char *dys_regular, *dys_bold;   /* OpenDyslexic, when installed */
  char *emoji;                    /* Noto Color Emoji, when installed */
  char *symbols;                  /* a second font for glyphs the main one lacks */
  bool looked_dys, looked_emoji, looked_symbols;
  TTF_Font *f[FONT_COUNT];        /* the font of each style, shared between styles (use fonts_at) */
  const char *file[FONT_COUNT];   /* the file each style is drawn from (one of the names above) */
  int owner[FONT_COUNT];          /* the first style sharing f[i]: the one that closes it */
  int size_now[FONT_COUNT];       /* for an owner: the pixel size f[i] is set to now */
  TTF_Font *fallback[FONT_COUNT]; /* opened by fonts_fallback */
  TTF_Font *emoji_font;           /* a fixed-size colour bitmap font, opened by fonts_emoji */
  struct FontsExtra *extra;       /* fonts for other scripts, opened by fontfind.c when met */
  bool fallback_tried[FONT_COUNT], emoji_tried;
  int px[FONT_COUNT];             /* pixel size of each style */
  int style[FONT_COUNT];          /* TTF_STYLE_* of each (bold or italic made by SDL_ttf) */
  bool file_bold[FONT_COUNT];     /* opened from a bold file (OpenDyslexic's fallback follows) */
  int line[FONT_COUNT];           /* line height */
  int height[FONT_COUNT], ascent[FONT_COUNT]; /* TTF_FontHeight and TTF_FontAscent at the style's size */
  bool dyslexic;                  /* the open set is OpenDyslexic */
  unsigned gen;                   /* bumps at every reopen: keys the text cache */
} Fonts;

/* The main font's files (false and *why when there is none). */
bool fonts_find(Fonts *fs, char **why);
/* (Re)opens every style at scale (1.0 = 100% text on a 96-dpi screen). */
bool fonts_open(Fonts *fs, double scale, bool dyslexic, char **why);
/* The font of style i, set to that style's size (styles share fonts:
 * take it again after using another style). */
TTF_Font *fonts_at(Fonts *fs, int i);
/* The second font in style i, or NULL; opened at the first call. */
TTF_Font *fonts_fallback(Fonts *fs, int i);
/* The colour emoji font, or NULL; opened at the first call. */
TTF_Font *fonts_emoji(Fonts *fs);
/* Is OpenDyslexic installed? (looks for it once) */
bool fonts_have_dyslexic(Fonts *fs);
void fonts_close(Fonts *fs);
void fonts_free(Fonts *fs);

#endif
