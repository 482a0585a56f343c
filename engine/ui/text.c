/* Text layout and the texture cache. SDL2_ttf 2.x has no fallback fonts,
 * so text is split into runs (main font, fallback font, colour emoji) and
 * wrapped here at word boundaries; a word wider than the line is broken
 * between characters so nothing ever spills out of its box. Each laid out
 * text becomes one texture, made the first time it is drawn. */
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "bidi.h"
#include "fontfind.h"
#include "scan.h"
#include "textsafe.h"
#include "uscript.h"
#include "util.h"

/* RUN_EXTRA + k: the extra font k of fontfind.c (a script the two fonts lack). */
enum { RUN_MAIN, RUN_FALLBACK, RUN_EMOJI, RUN_EXTRA };

/* The character at *p (U+FFFD for a byte that starts none), and *p past it. */
static Uint32 utf8_next(const char **p) {
  unsigned cp;
  int n = utf8_decode(*p, &cp);
  *p += n ? n : 1;
  return n ? cp : 0xFFFD;
}

/* Joiners, variation selectors, skin tones and the direction marks: they
 * belong to the run around them (HarfBuzz draws them as nothing). */
static bool invisible(Uint32 c) {
  return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
         (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F3FB && c <= 0x1F3FF);
}

/* The font a run of this kind is drawn with, at the style's size. */
static TTF_Font *kind_font(App *app, int style, int kind) {
  if (kind == RUN_FALLBACK) return app->gfx.fonts.fallback[style];
  if (kind >= RUN_EXTRA) return fonts_extra(&app->gfx.fonts, style, kind - RUN_EXTRA);
  return fonts_at(&app->gfx.fonts, style);
}

static int run_kind(App *app, int style, Uint32 c) {
  Fonts *fs = &app->gfx.fonts;
  if (c < 0x80) return RUN_MAIN;
  /* Pictographs in colour when we can, even if the main font has a
   * monochrome drawing of them. */
  if (c >= 0x1F000 && fonts_emoji(fs) && TTF_GlyphIsProvided32(fs->emoji_font, c)) return RUN_EMOJI;
  if (TTF_GlyphIsProvided32(fs->f[style], c)) return RUN_MAIN;
  if (c >= 0x2000 && fonts_emoji(fs) && TTF_GlyphIsProvided32(fs->emoji_font, c)) return RUN_EMOJI;
  TTF_Font *fb = fonts_fallback(fs, style);
  if (fb && TTF_GlyphIsProvided32(fb, c)) return RUN_FALLBACK;
  /* Another script (Japanese, Devanagari, Thai...): a font found for it. */
  bool first_missing = false;
  int k = fonts_extra_for(fs, style, c, &first_missing);
  if (k >= 0) return RUN_EXTRA + k;
  if (first_missing) bts_warn("%s (U+%04X)", S(app, S_NO_SCRIPT_FONT), (unsigned)c);
  return RUN_MAIN;
}

/* Colour emoji sit in the line like a capital letter with its descent:
 * the bitmap has its own margins, so a little larger than the ascent. */
static int emoji_size(App *app, int style) {
  int h = app->gfx.fonts.height[style];
  return h < app->gfx.fonts.line[style] ? h : app->gfx.fonts.line[style];
}

/* How HarfBuzz shapes the run [a, b): right to left (the glyphs of an
 * Arabic run in their visual order) or left to right, in the run's
 * script (Arabic letters join, Devanagari ones combine: SDL_ttf leaves
 * the script unknown, which shapes neither). The font's state, so set
 * before every size and every drawing. */
static void set_shaping(TTF_Font *f, bool rtl, bool plain, const char *a, const char *b) {
  if (!f) return;
  TTF_SetFontDirection(f, rtl ? TTF_DIRECTION_RTL : TTF_DIRECTION_LTR);
  const char *tag = plain ? NULL : us_script_tag(a, (size_t)(b - a));
  TTF_SetFontScriptName(f, tag ? tag : "Zzzz"); /* Zzzz: unknown, SDL_ttf's own default */
}

/* Width of bytes [a, b) drawn with one kind, in one direction. */
static int run_width(App *app, int style, int kind, bool rtl, bool plain, const char *a, const char *b) {
  if (b <= a) return 0;
  if (kind == RUN_EMOJI) {
    int n = 0;
    for (const char *p = a; p < b;) if (!invisible(utf8_next(&p))) n++;
    return n * (emoji_size(app, style) + 2);
  }
  TTF_Font *f = kind_font(app, style, kind);
  char *tmp = xstrndup(a, (size_t)(b - a));
  int w = 0, h = 0;
  set_shaping(f, rtl, plain, a, b);
  TTF_SizeUTF8(f, tmp, &w, &h);
  free(tmp);
  return w;
}

typedef struct {
  const char *a, *b;
  int kind, w;
} Measured;

typedef struct {
  App *app;
  int style, wrap, lh;
  SDL_Surface *dst; /* NULL: measure only */
  SDL_Color color;
  int x, line, maxw;
  /* The open run: words of one font on one line, drawn as one string so
   * spacing and kerning are the font's own; its width is always measured
   * as a whole, so layout and drawing agree to the pixel. */
  const char *pa, *pb;
  int pkind, px;
  const char *last; /* the end of what was placed last, any font */
  bool broken;      /* a word cut between letters (TextBox.broken) */
  /* The runs placed, relative to text (measuring only: drawing replays them). */
  const char *text;
  TextRun *runs;
  int nruns, caprun;
  /* The last two widths measured: a word joining a run is measured whole
   * once to see whether it fits, and placed with the same width. */
  Measured memo[2];
  int memo_next;
  /* Right-to-left text (bidi.h), when the text has any (else NULL): the
   * level of each byte; the widths of the runs noted; where the current
   * line's runs start; each line's width and direction. */
  bool plain; /* no character from U+0340 on (plain(): no script, CJK or right-to-left work) */
  unsigned char *levels;
  int *runw;
  int line_first, space_w;
  int *linew;
  bool *line_rtl;
  int caplines;
} Lay;

/* Text with no character from U+0340 on (Latin, Greek's start, most
 * punctuation before it): nothing to shape by script, no CJK, no
 * right-to-left; the common case, kept as fast as before. */
static bool plain(const char *s) {
  for (; *s; s++)
    if ((unsigned char)*s >= 0xCD) return false;
  return true;
}

/* The bidi level byte of the character at p (0: left to right). */
static unsigned char level_at(const Lay *L, const char *p) { return L->levels ? L->levels[p - L->text] : 0; }

/* run_width, remembering the last two answers. */
static int measure(Lay *L, int kind, const char *a, const char *b) {
  for (int i = 0; i < 2; i++)
    if (L->memo[i].a == a && L->memo[i].b == b && L->memo[i].kind == kind) return L->memo[i].w;
  int w = run_width(L->app, L->style, kind, level_at(L, a) & 1, L->plain, a, b);
  L->memo[L->memo_next] = (Measured){a, b, kind, w};
  L->memo_next ^= 1;
  return w;
}

/* Notes a run of width w placed at x0 on the current line (measuring only). */
static void note_run(Lay *L, int kind, const char *a, const char *b, int x0, int w) {
  if (L->dst || !L->text) return;
  if (L->nruns == L->caprun) {
    L->caprun = L->caprun ? 2 * L->caprun : 4;
    L->runs = xrealloc(L->runs, (size_t)L->caprun * sizeof *L->runs);
    if (L->levels) L->runw = xrealloc(L->runw, (size_t)L->caprun * sizeof *L->runw);
  }
  if (L->levels) L->runw[L->nruns] = w;
  L->runs[L->nruns++] = (TextRun){(int)(a - L->text), (int)(b - L->text), x0, L->line, (unsigned char)kind,
                                  (unsigned char)(level_at(L, a) & BIDI_LEVEL)};
}

static void draw_run(Lay *L, int kind, bool rtl, const char *a, const char *b, int x0) {
  App *app = L->app;
  int y0 = L->line * L->lh;
  if (kind == RUN_EMOJI) {
    int sz = emoji_size(app, L->style), x = x0, step = sz + 2;
    if (rtl) { /* read from the right: the first one rightmost */
      int n = 0;
      for (const char *p = a; p < b;) n += !invisible(utf8_next(&p));
      x = x0 + (n - 1) * step;
      step = -step;
    }
    for (const char *p = a; p < b;) {
      Uint32 c = utf8_next(&p);
      if (invisible(c)) continue;
      SDL_Surface *g = TTF_RenderGlyph32_Blended(app->gfx.fonts.emoji_font, c, L->color);
      if (g) {
        SDL_Rect d = {x + 1, y0 + (L->lh - sz) / 2, sz, sz};
        SDL_SetSurfaceBlendMode(g, SDL_BLENDMODE_BLEND);
        SDL_BlitScaled(g, NULL, L->dst, &d);
        SDL_FreeSurface(g);
      }
      x += step;
    }
    return;
  }
  TTF_Font *f = kind_font(app, L->style, kind);
  char *tmp = xstrndup(a, (size_t)(b - a));
  set_shaping(f, rtl, L->plain, a, b);
  SDL_Surface *s = TTF_RenderUTF8_Blended(f, tmp, L->color);
  free(tmp);
  if (s) {
    /* Fallback glyphs sit on the main font's baseline. */
    int dy = app->gfx.fonts.ascent[L->style] - TTF_FontAscent(f);
    SDL_Rect d = {x0, y0 + dy, s->w, s->h};
    SDL_SetSurfaceBlendMode(s, SDL_BLENDMODE_BLEND);
    SDL_BlitSurface(s, NULL, L->dst, &d);
    SDL_FreeSurface(s);
  }
}

static void flush(Lay *L) {
  if (L->pa && L->pb > L->pa) {
    /* the open run is always the last thing placed: it ends at x */
    if (L->dst) draw_run(L, L->pkind, level_at(L, L->pa) & 1, L->pa, L->pb, L->px);
    else note_run(L, L->pkind, L->pa, L->pb, L->px, L->x - L->px);
  }
  L->pa = L->pb = NULL;
}

static void grow(Lay *L) {
  if (L->x > L->maxw) L->maxw = L->x;
}

/* The line's runs in the order they are seen (bidi.h): laid out in
 * reading order, they are placed again from the left in visual order,
 * keeping the space that was between two runs read one after the other.
 * Notes the line's width and whether its paragraph reads right to left
 * (text_layout then aligns it right). */
static void end_line(Lay *L) {
  if (!L->levels || L->dst) return;
  if (L->line >= L->caplines) {
    int cap = L->caplines ? 2 * L->caplines : 8;
    while (cap <= L->line) cap *= 2;
    L->linew = xrealloc(L->linew, (size_t)cap * sizeof *L->linew);
    L->line_rtl = xrealloc(L->line_rtl, (size_t)cap * sizeof *L->line_rtl);
    for (int i = L->caplines; i < cap; i++) L->linew[i] = 0, L->line_rtl[i] = false;
    L->caplines = cap;
  }
  int first = L->line_first, n = L->nruns - first;
  L->line_first = L->nruns;
  L->linew[L->line] = L->x;
  if (n <= 0) return;
  TextRun *r = L->runs + first;
  const int *w = L->runw + first;
  L->line_rtl[L->line] = (L->levels[r[0].a] & BIDI_PARA_RTL) != 0;
  bool mixed = false;
  for (int i = 0; i < n; i++) mixed |= r[i].level != 0;
  if (!mixed) return;
  int *gap = xmalloc((size_t)n * sizeof *gap), *order = xmalloc((size_t)n * sizeof *order);
  unsigned char *lv = xmalloc((size_t)n);
  for (int i = 0; i < n; i++) {
    gap[i] = i == 0 ? 0 : r[i].x - (r[i - 1].x + w[i - 1]);
    lv[i] = r[i].level;
  }
  bidi_order(lv, n, order);
  int x = 0;
  for (int k = 0; k < n; k++) {
    int j = order[k];
    if (k > 0) {
      int u = order[k - 1], hi = u > j ? u : j, lo = u < j ? u : j;
      /* read one after the other: the space between them; else the space
       * at the edge of the run of runs that was turned round */
      int g = hi - lo == 1 ? gap[hi] : (gap[hi] > gap[lo + 1] ? gap[hi] : gap[lo + 1]);
      x += g > 0 ? g : 0;
    }
    r[j].x = x;
    x += w[j];
  }
  L->linew[L->line] = x;
  if (x > L->maxw) L->maxw = x;
  free(gap);
  free(order);
  free(lv);
}

static void newline(Lay *L) {
  flush(L);
  end_line(L);
  L->line++;
  L->x = 0;
}

/* Does a run starting at a continue the open run (same font, same
 * direction, same line, one space or nothing between)? */
static bool joins(const Lay *L, int kind, const char *a) {
  return L->pa && kind != RUN_EMOJI && kind == L->pkind && (a == L->pb || (a == L->pb + 1 && *L->pb == ' ')) &&
         level_at(L, a) == level_at(L, L->pa);
}

/* A closing bracket or quote (after no-break spaces): it never starts a line. */
static bool closes(const char *a, const char *b) {
  while (b - a >= 2 && (unsigned char)a[0] == 0xC2 && (unsigned char)a[1] == 0xA0) a += 2;
  return a < b && (*a == ')' || *a == ']' || *a == '}' || strncmp(a, "\xC2\xBB", 2) == 0);
}

/* Where a word wider than the line may break without cutting a word:
 * after a hyphen or a slash ("Éloïse-|Marchand", a link's "/"). */
static bool soft_break_after(const char *p, const char *start) { return p > start && (p[-1] == '-' || p[-1] == '/'); }

/* Places [a, b) of one kind at the end of the line (the caller checked it fits). */
static void place(Lay *L, int kind, const char *a, const char *b, int space_w) {
  if (L->x == 0 && L->line > 0 && closes(a, b)) L->broken = true;
  if (joins(L, kind, a)) {
    L->pb = b;
    L->x = L->px + measure(L, kind, L->pa, b);
  } else {
    bool spaced = L->last && a > L->last && L->x > 0;
    flush(L);
    if (spaced) L->x += space_w;
    int w = measure(L, kind, a, b);
    if (kind == RUN_EMOJI) {
      if (L->dst) draw_run(L, kind, level_at(L, a) & 1, a, b, L->x);
      else note_run(L, kind, a, b, L->x, w);
    } else {
      L->pa = a;
      L->pb = b;
      L->pkind = kind;
      L->px = L->x;
    }
    L->x += w;
  }
  L->last = b;
  grow(L);
}

/* The end of the run that starts at p (within the word [p, b)): one
 * font, one direction. */
static const char *run_end(Lay *L, const char *p, const char *b, int *kind) {
  const char *q = p;
  *kind = run_kind(L->app, L->style, utf8_next(&q));
  unsigned char lv = level_at(L, p);
  while (q < b) {
    const char *r = q;
    Uint32 c = utf8_next(&r);
    if (level_at(L, q) != lv) break;
    if (!invisible(c) && run_kind(L->app, L->style, c) != *kind) break;
    q = r;
  }
  return q;
}

/* *p past the character there and what belongs with it, within end: its
 * combining marks, the letter after a virama (a Devanagari conjunct),
 * what a joiner joins. A line never breaks inside one. */
static void cluster_next(const char **p, const char *end) {
  Uint32 c = utf8_next(p);
  while (*p < end) {
    const char *r = *p;
    Uint32 d = utf8_next(&r);
    if (!us_mark(d) && !us_joins_next(c)) break;
    *p = r;
    c = d;
  }
}

/* A word wider than a whole line: broken between characters (whole
 * clusters: a Thai vowel sign stays on its letter). */
static void put_long(Lay *L, int kind, const char *p, const char *q, int space_w) {
  App *app = L->app;
  const char *s = p;
  while (s < q) {
    int room = L->wrap - L->x - (L->x > 0 ? space_w : 0);
    const char *e = s, *fit = s, *soft = NULL;
    while (e < q) {
      const char *n = e;
      cluster_next(&n, q);
      if (run_width(app, L->style, kind, level_at(L, s) & 1, L->plain, s, n) > room) break;
      fit = n;
      e = n;
      if (soft_break_after(n, s) && n < q) soft = n;
    }
    if (fit == s) {
      if (L->x > 0) {
        newline(L);
        continue;
      }
      cluster_next(&fit, q); /* one glyph wider than the line: it goes alone */
    }
    if (fit < q) {
      if (soft) fit = soft;       /* at the last hyphen or slash that fits */
      else if (kind != RUN_EMOJI) L->broken = true;
    }
    flush(L);
    place(L, kind, s, fit, space_w);
    flush(L); /* the next piece starts a new run */
    s = fit;
    if (s < q) newline(L);
  }
}

static void put_word(Lay *L, const char *a, const char *b, int space_w) {
  /* where the word would end on this line */
  int end = L->x, alone = 0, first = 1;
  for (const char *p = a; p < b; first = 0) {
    int kind;
    const char *q = run_end(L, p, b, &kind);
    int w = measure(L, kind, p, q);
    alone += w;
    if (first && joins(L, kind, p)) end = L->px + measure(L, kind, L->pa, q);
    else end += (first && L->x > 0 && p > L->last ? space_w : 0) + w;
    p = q;
  }
  if (L->wrap > 0 && L->x > 0 && end > L->wrap) newline(L);
  for (const char *p = a; p < b;) {
    int kind;
    const char *q = run_end(L, p, b, &kind);
    if (L->wrap > 0 && alone > L->wrap) {
      put_long(L, kind, p, q, space_w);
    } else {
      place(L, kind, p, q, space_w);
    }
    p = q;
  }
}

/* The end of the piece of the word [p, e) that starts at p: the first
 * place a line may break inside it, else e. Only text with a CJK
 * character has such places (its lead bytes are 0xE2 and up). */
static const char *cjk_piece_end(const char *p, const char *e) {
  const char *q = p;
  Uint32 a = utf8_next(&q);
  while (q < e) {
    const char *r = q;
    Uint32 b = utf8_next(&r);
    if ((a >= 0x2000 || b >= 0x2000) && us_break_between(a, b)) return q;
    a = b;
    q = r;
  }
  return e;
}

static void lay(Lay *L, const char *text) {
  App *app = L->app;
  int space_w = 0, h = 0;
  TTF_SizeUTF8(fonts_at(&app->gfx.fonts, L->style), " ", &space_w, &h);
  const char *p = text;
  while (*p) {
    if (*p == '\n') {
      newline(L);
      p++;
      continue;
    }
    if (*p == ' ' || *p == '\t' || *p == '\r') {
      p++;
      continue;
    }
    const char *e = p;
    while (*e && *e != ' ' && *e != '\n' && *e != '\t' && *e != '\r') e++;
    /* Chinese and Japanese have no spaces: a line may break between
     * their characters (uscript.h), so each piece is a word of its own,
     * joined to the one before with no space. */
    for (const char *w = p; w < e;) {
      const char *cut = L->plain ? e : cjk_piece_end(w, e);
      put_word(L, w, cut, space_w);
      w = cut;
    }
    p = e;
  }
  flush(L);
  end_line(L);
}

static unsigned long long box_key(App *app, int style, const char *text, int wrap, SDL_Color c) {
  unsigned long long h = fnv1a(text, strlen(text), FNV_SEED);
  unsigned long long extra[2] = {((unsigned long long)style << 48) ^ ((unsigned long long)app->gfx.fonts.gen << 32) ^ (unsigned)wrap,
                                 ((unsigned long long)c.r << 24) | (c.g << 16) | (c.b << 8) | c.a};
  return fnv1a(extra, sizeof extra, h);
}

static void cache_insert(App *app, TextBox *b);

static void cache_grow(App *app) {
  TextBox **old = app->gfx.cache;
  int oldcap = app->gfx.cache_cap;
  app->gfx.cache_cap = oldcap ? oldcap * 2 : 1024;
  app->gfx.cache = xcalloc((size_t)app->gfx.cache_cap, sizeof *app->gfx.cache);
  app->gfx.cache_count = 0;
  for (int i = 0; i < oldcap; i++) if (old[i]) cache_insert(app, old[i]);
  free(old);
}

static void cache_insert(App *app, TextBox *b) {
  if ((app->gfx.cache_count + 1) * 2 > app->gfx.cache_cap) cache_grow(app);
  int mask = app->gfx.cache_cap - 1;
  int i = (int)(b->key & (unsigned)mask);
  while (app->gfx.cache[i]) i = (i + 1) & mask;
  app->gfx.cache[i] = b;
  app->gfx.cache_count++;
}

static void box_free(App *app, TextBox *b) {
  if (b->tex) {
    SDL_DestroyTexture(b->tex);
    app->gfx.tex_count--;
  }
  free(b->text);
  free(b->runs);
  free(b);
}

void text_cache_clear(App *app) {
  for (int i = 0; i < app->gfx.cache_cap; i++)
    if (app->gfx.cache[i]) box_free(app, app->gfx.cache[i]);
  free(app->gfx.cache);
  app->gfx.cache = NULL;
  app->gfx.cache_cap = app->gfx.cache_count = 0;
}

/* Textures not drawn in the last frames go; their layout stays. */
void text_cache_trim(App *app) {
  if (app->gfx.cache_count > 6000) {
    text_cache_clear(app);
    return;
  }
  if (app->gfx.tex_count < 400) return;
  for (int i = 0; i < app->gfx.cache_cap; i++) {
    TextBox *b = app->gfx.cache[i];
    if (b && b->tex && app->gfx.frame - b->last_used > 2) {
      SDL_DestroyTexture(b->tex);
      b->tex = NULL;
      app->gfx.tex_count--;
    }
  }
}

TextBox *text_layout(App *app, int style, const char *text, int wrap, SDL_Color color) {
  if (!text) text = "";
  if (wrap < 0) wrap = 1;
  unsigned long long key = box_key(app, style, text, wrap, color);
  if (app->gfx.cache_cap) {
    int mask = app->gfx.cache_cap - 1;
    for (int i = (int)(key & (unsigned)mask); app->gfx.cache[i]; i = (i + 1) & mask)
      if (app->gfx.cache[i]->key == key) return app->gfx.cache[i];
  }
  TextBox *b = xcalloc(1, sizeof *b);
  b->key = key;
  b->text = xstrdup(text);
  b->style = style;
  b->wrap = wrap;
  b->color = color;
  Lay L = {.app = app, .style = style, .wrap = wrap, .lh = app->gfx.fonts.line[style], .text = b->text};
  size_t len = strlen(b->text);
  L.plain = plain(b->text);
  if (!L.plain && us_has_rtl(b->text, len)) { /* Arabic, Hebrew...: the reading order of each line (bidi.h) */
    L.levels = xmalloc(len + 1);
    bidi_levels(b->text, len, L.levels);
  }
  lay(&L, b->text);
  b->rtl = L.levels && (L.levels[0] & BIDI_PARA_RTL);
  /* A right-to-left paragraph's lines end at the right. */
  for (int i = 0; L.levels && i < L.nruns; i++)
    if (L.line_rtl[L.runs[i].line]) L.runs[i].x += L.maxw - L.linew[L.runs[i].line];
  free(L.levels);
  free(L.runw);
  free(L.linew);
  free(L.line_rtl);
  b->runs = L.runs;
  b->nruns = L.nruns;
  app->gfx.laid_out++;
  b->w = L.maxw;
  b->h = (L.line + 1) * L.lh;
  b->broken = L.broken;
  if (b->w == 0) b->w = 1;
  cache_insert(app, b);
  return b;
}

int text_width(App *app, int style, const char *text) {
  return text_layout(app, style, text, 0, (SDL_Color){0, 0, 0, 255})->w;
}

TTF_Font *text_run_font(App *app, int style, const TextRun *r) {
  return r->kind == RUN_EMOJI ? app->gfx.fonts.emoji_font : kind_font(app, style, r->kind);
}

SDL_Surface *text_surface(App *app, const TextBox *b) {
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, b->w, b->h, 32, SDL_PIXELFORMAT_ARGB8888);
  if (!s) return NULL;
  /* The text colour at alpha 0: blending glyph edges onto it keeps their
   * colour instead of darkening towards black. */
  SDL_FillRect(s, NULL, SDL_MapRGBA(s->format, b->color.r, b->color.g, b->color.b, 0));
  Lay L = {.app = app, .style = b->style, .wrap = b->wrap, .lh = app->gfx.fonts.line[b->style],
           .dst = s, .color = b->color, .plain = plain(b->text)};
  for (int i = 0; i < b->nruns; i++) { /* as text_layout placed them */
    const TextRun *r = &b->runs[i];
    L.line = r->line;
    draw_run(&L, r->kind, r->level & 1, b->text + r->a, b->text + r->b, r->x);
  }
  return s;
}

/* Makes the texture (draw.c calls this when the box becomes visible). */
SDL_Texture *text_texture(App *app, TextBox *b) {
  if (b->tex) return b->tex;
  SDL_Surface *s = text_surface(app, b);
  if (!s) return NULL;
  b->tex = SDL_CreateTextureFromSurface(app->gfx.ren, s);
  SDL_FreeSurface(s);
  app->gfx.rasterised++;
  if (b->tex) {
    SDL_SetTextureBlendMode(b->tex, SDL_BLENDMODE_BLEND);
    app->gfx.tex_count++;
  }
  return b->tex;
}
