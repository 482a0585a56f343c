/* text.c: text laid out in a style and width, and the texture cache that
 * keeps it (named textbox.h: engine/core/text.h is the story text filler). */
#ifndef BTS_UI_TEXTBOX_H
#define BTS_UI_TEXTBOX_H
#include <SDL.h>
#include <SDL_ttf.h>
#include <stdbool.h>

struct App;

/* One run of glyphs of one font as the layout placed it: drawing the
 * texture later replays these (nothing is measured twice). */
typedef struct {
  int a, b;          /* bytes of the box's text */
  int x, line;       /* where: pixels from the left, line number */
  unsigned char kind; /* main font, fallback font, colour emoji (text.c) */
  unsigned char level; /* bidi level (bidi.h): odd is shaped right to left */
} TextRun;

typedef struct TextBox {
  unsigned long long key;
  int w, h;           /* laid out size in pixels */
  SDL_Texture *tex;   /* made on first draw */
  unsigned last_used; /* frame number */
  char *text;         /* kept for rasterising later */
  TextRun *runs;      /* the layout, for rasterising later */
  int nruns;
  int style, wrap;
  SDL_Color color;
  /* A word had to be cut between two letters (it is wider than the whole
   * line), or a line starts with a closing bracket: the render tests
   * forbid both, so a label's box must be made wide enough. */
  bool broken;
  /* Its first paragraph reads right to left (Arabic, Hebrew): its lines
   * end at the right, and where it goes it is aligned right (text_x). */
  bool rtl;
} TextBox;

/* Where box b starts in a place [x, x + w) that text starts at the left
 * of: there, or at the right end for a right-to-left text. */
static inline int text_x(const TextBox *b, int x, int w) { return b->rtl ? x + w - b->w : x; }

/* Lays out text in style, wrapped at wrap px (0 = one line). Cached by
 * text, style, wrap, colour and font generation. */
TextBox *text_layout(struct App *app, int style, const char *text, int wrap, SDL_Color color);
void text_cache_clear(struct App *app);
void text_cache_trim(struct App *app);
int text_width(struct App *app, int style, const char *text);
SDL_Texture *text_texture(struct App *app, TextBox *b);
/* The box drawn on a new surface (what text_texture uploads; the render
 * tests read its pixels). SDL_FreeSurface it. */
SDL_Surface *text_surface(struct App *app, const TextBox *b);
/* The font a run of a box in style is drawn with (the tests check it has
 * the run's glyphs). */
TTF_Font *text_run_font(struct App *app, int style, const TextRun *r);

#endif
