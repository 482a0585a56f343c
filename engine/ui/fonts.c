/* Fonts at a distribution's usual place, else found through fontconfig,
 * opened at the size the screen asks for. SDL2_ttf has no fallback fonts,
 * so we keep a second font and the colour emoji font beside the main one;
 * text.c picks one per run of glyphs.
 *
 * Start-up is the reason for the order: fontconfig reads its XML
 * configuration and every font cache before it answers (37 M instructions,
 * a quarter of the window's start, measured in docs/performance.md), where
 * DejaVu Sans where Debian, Fedora or Arch put it is three stat() calls.
 * What the first frame does not need is looked for when it is needed (the
 * second font at the first glyph the main font lacks, the emoji font at the
 * first pictograph, OpenDyslexic when the setting is on or shown), and
 * everything found is kept for the run (a presenter window asks again). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "fontfind.h"
#include "util.h"

/* What was found, once per run. */
static struct {
  bool core, symbols, emoji, dys; /* looked for */
  int family;                     /* 0: DejaVu Sans is the main font; 1: Noto Sans */
  char *regular, *bold, *italic, *symbols_file, *emoji_file, *dys_regular, *dys_bold;
} found;

static char *dup_or_null(const char *s) { return s ? xstrdup(s) : NULL; }

#ifdef BTS_BUNDLED_FONTS
/* Windows and the browser have no fontconfig: the fonts travel with the
 * game, in fonts/ beside stories/ and assets/ (the build copies them from
 * Debian's font packages). */
#include "paths.h"

static char *bundled(const char *dir, const char *file) {
  char *p = path_join(dir, file);
  if (is_file(p)) return p;
  free(p);
  return NULL;
}

static void find_core(void) {
  if (found.core) return;
  found.core = found.symbols = found.emoji = found.dys = true; /* all at once: no fontconfig to wait for */
  char *dir = path_join(paths_root(), "fonts");
  found.regular = bundled(dir, "DejaVuSans.ttf");
  found.bold = bundled(dir, "DejaVuSans-Bold.ttf");
  found.italic = bundled(dir, "DejaVuSans-Oblique.ttf");
  found.dys_regular = bundled(dir, "OpenDyslexic-Regular.otf");
  found.dys_bold = bundled(dir, "OpenDyslexic-Bold.otf");
  found.emoji_file = bundled(dir, "NotoColorEmoji.ttf");
  free(dir);
}
static void find_symbols(void) { find_core(); }
static void find_emoji(void) { find_core(); }
static void find_dys(void) { find_core(); }

static const char *core_missing(void) {
  static char msg[600];
  char *dir = path_join(paths_root(), "fonts");
  snprintf(msg, sizeof msg, "no usable font: %s/DejaVuSans.ttf is missing", dir);
  free(dir);
  return msg;
}

#else
#include <fontconfig/fontconfig.h>

#ifdef BTS_SONAME_FONTCONFIG
/* fontconfig (and its XML parser, libexpat) is opened the first time a
 * font is not where distributions put it (lazylib.h): linked, the two
 * cost every start of the window 0.2 MB of memory and their dynamic
 * linking, for a lookup that almost never runs (docs/performance.md). */
#include "lazylib.h"
#define FC_FUNCTIONS(X)                                                                                         \
  X(FcConfigDestroy) X(FcConfigSubstitute) X(FcDefaultSubstitute) X(FcFontMatch) X(FcInitLoadConfigAndFonts) \
  X(FcNameParse) X(FcPatternDestroy) X(FcPatternGetBool) X(FcPatternGetString)
static struct {
#define X(f) __typeof__(f) *f;
  FC_FUNCTIONS(X)
#undef X
} lfc;

static bool fc_ready(void) {
  static int state;
  static const char *const files[] = {BTS_SONAME_FONTCONFIG, NULL}; /* the library built against (cmake/lazylib.cmake) */
  static const LazyFn fns[] = {
#define X(f) {#f, (void **)&lfc.f},
      FC_FUNCTIONS(X)
#undef X
      {NULL, NULL}};
  const char *why = NULL;
  return lazy_open(&state, files, fns, &why);
}
#define FcConfigDestroy (*lfc.FcConfigDestroy)
#define FcConfigSubstitute (*lfc.FcConfigSubstitute)
#define FcDefaultSubstitute (*lfc.FcDefaultSubstitute)
#define FcFontMatch (*lfc.FcFontMatch)
#define FcInitLoadConfigAndFonts (*lfc.FcInitLoadConfigAndFonts)
#define FcNameParse (*lfc.FcNameParse)
#define FcPatternDestroy (*lfc.FcPatternDestroy)
#define FcPatternGetBool (*lfc.FcPatternGetBool)
#define FcPatternGetString (*lfc.FcPatternGetString)
#else
static bool fc_ready(void) { return true; }
#endif

/* The first installed font matching pattern, or NULL. Only accepts a match
 * whose family really is the one asked for (fontconfig always answers). */
/* fontconfig's best match for a pattern ("DejaVu Sans:style=Bold"), or
 * NULL; FcPatternDestroy it. */
static FcPattern *best_match(FcConfig *cfg, const char *pattern) {
  FcPattern *p = FcNameParse((const FcChar8 *)pattern);
  if (!p) return NULL;
  FcConfigSubstitute(cfg, p, FcMatchPattern);
  FcDefaultSubstitute(p);
  FcResult res;
  FcPattern *m = FcFontMatch(cfg, p, &res);
  FcPatternDestroy(p);
  return m;
}

static char *find(FcConfig *cfg, const char *pattern, const char *family_want) {
  FcPattern *m = best_match(cfg, pattern);
  char *out = NULL;
  if (m) {
    FcChar8 *file = NULL, *fam = NULL;
    if (FcPatternGetString(m, FC_FILE, 0, &file) == FcResultMatch &&
        FcPatternGetString(m, FC_FAMILY, 0, &fam) == FcResultMatch &&
        strcasecmp((const char *)fam, family_want) == 0)
      out = xstrdup((const char *)file);
    FcPatternDestroy(m);
  }
  return out;
}

/* The family's file in `style`, or in `other` (fonts name the same style
 * differently: Book or Regular, Oblique or Italic). */
static char *find_style(FcConfig *cfg, const char *family, const char *style, const char *other) {
  char pat[64];
  char *f = NULL;
  for (int k = 0; k < 2 && !f; k++) {
    const char *st = k == 0 ? style : other;
    if (!st) break;
    snprintf(pat, sizeof pat, "%s:style=%s", family, st);
    f = find(cfg, pat, family);
  }
  return f;
}

/* The file fontconfig picks for "sans-serif" when it is scalable (an
 * outline font SDL_ttf can open at any size), and its family; or NULL. */
static char *any_sans(FcConfig *cfg, char **family) {
  FcPattern *m = best_match(cfg, "sans-serif:scalable=true");
  char *out = NULL;
  FcBool scalable = FcFalse;
  FcChar8 *file = NULL, *fam = NULL;
  if (m && FcPatternGetString(m, FC_FILE, 0, &file) == FcResultMatch &&
      FcPatternGetString(m, FC_FAMILY, 0, &fam) == FcResultMatch &&
      FcPatternGetBool(m, FC_SCALABLE, 0, &scalable) == FcResultMatch && scalable) {
    out = xstrdup((const char *)file);
    *family = xstrdup((const char *)fam);
  }
  if (m) FcPatternDestroy(m);
  return out;
}

/* Our own configuration for one look, released after it: no global state
 * left behind, and nothing of fontconfig kept in memory. */
static FcConfig *fc_start(void) { return fc_ready() ? FcInitLoadConfigAndFonts() : NULL; }

/* The first of paths that is a file, or NULL. */
static char *known(const char *const *paths) {
  if (getenv("FONTCONFIG_FILE") || getenv("FONTCONFIG_PATH")) return NULL; /* as find_core */
  for (; *paths; paths++)
    if (is_file(*paths)) return xstrdup(*paths);
  return NULL;
}

static void find_core(void) {
  if (found.core) return;
  found.core = true;
  /* DejaVu Sans where Debian/Ubuntu, Fedora and Arch install it, unless
   * fontconfig was set up on purpose (FONTCONFIG_FILE or _PATH): then it
   * decides, as it did before */
  bool asked = getenv("FONTCONFIG_FILE") || getenv("FONTCONFIG_PATH");
  static const char *const dirs[] = {"/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu-sans-fonts",
                                     "/usr/share/fonts/TTF", "/usr/share/fonts/dejavu"};
  for (size_t i = 0; i < sizeof dirs / sizeof dirs[0] && !asked; i++) {
    char *r = path_join(dirs[i], "DejaVuSans.ttf"), *b = path_join(dirs[i], "DejaVuSans-Bold.ttf"),
         *o = path_join(dirs[i], "DejaVuSans-Oblique.ttf");
    if (is_file(r) && is_file(b) && is_file(o)) {
      found.regular = r, found.bold = b, found.italic = o;
      return;
    }
    free(r), free(b), free(o);
  }
  FcConfig *cfg = fc_start();
  if (!cfg) return;
  static const char *families[] = {"DejaVu Sans", "Noto Sans"};
  for (int i = 0; i < 2 && !found.regular; i++) {
    found.regular = find_style(cfg, families[i], "Book", "Regular");
    if (!found.regular) continue;
    found.family = i;
    found.bold = find_style(cfg, families[i], "Bold", NULL);
    found.italic = find_style(cfg, families[i], "Oblique", "Italic");
  }
  if (!found.regular) {
    /* Neither family installed (a distribution without them, a trimmed
     * system): any font fontconfig gives for sans-serif that FreeType can
     * scale, rather than no window at all. */
    char *family = NULL;
    found.regular = any_sans(cfg, &family);
    if (found.regular) {
      found.bold = find_style(cfg, family, "Bold", NULL);
      found.italic = find_style(cfg, family, "Italic", "Oblique");
    }
    free(family);
  }
  FcConfigDestroy(cfg);
}

/* A font file where distributions put it, else where fontconfig finds the
 * family (its lookup costs more than the whole first frame: only then). */
static char *known_or_found(const char *const *paths, const char *family) {
  char *file = known(paths);
  if (file) return file;
  FcConfig *cfg = fc_start();
  if (!cfg) return NULL;
  file = find(cfg, family, family);
  FcConfigDestroy(cfg);
  return file;
}

/* The second font: the other family of the two. */
static void find_symbols(void) {
  if (found.symbols) return;
  found.symbols = true;
  static const char *const noto[] = {"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
                                     "/usr/share/fonts/google-noto/NotoSans-Regular.ttf",
                                     "/usr/share/fonts/noto/NotoSans-Regular.ttf", NULL};
  static const char *const dejavu[] = {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                                       "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
                                       "/usr/share/fonts/TTF/DejaVuSans.ttf", NULL};
  found.symbols_file = known_or_found(found.family == 0 ? noto : dejavu, found.family == 0 ? "Noto Sans" : "DejaVu Sans");
}

static void find_emoji(void) {
  if (found.emoji) return;
  found.emoji = true;
  static const char *const paths[] = {"/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf",
                                      "/usr/share/fonts/google-noto-emoji/NotoColorEmoji.ttf",
                                      "/usr/share/fonts/noto/NotoColorEmoji.ttf", NULL};
  found.emoji_file = known_or_found(paths, "Noto Color Emoji");
}

static void find_dys(void) {
  if (found.dys) return;
  found.dys = true;
  static const char *const reg[] = {"/usr/share/fonts/opentype/opendyslexic/OpenDyslexic-Regular.otf", NULL};
  static const char *const bold[] = {"/usr/share/fonts/opentype/opendyslexic/OpenDyslexic-Bold.otf", NULL};
  found.dys_regular = known(reg);
  found.dys_bold = known(bold);
  if (found.dys_regular && found.dys_bold) return;
  FcConfig *cfg = fc_start();
  if (!cfg) return;
  if (!found.dys_regular) found.dys_regular = find(cfg, "OpenDyslexic:style=Regular", "OpenDyslexic");
  if (!found.dys_bold) found.dys_bold = find(cfg, "OpenDyslexic:style=Bold", "OpenDyslexic");
  FcConfigDestroy(cfg);
}

static const char *core_missing(void) {
  return "no usable font: install DejaVu Sans or Noto Sans (Debian: apt install fonts-dejavu-core)";
}

#endif


bool fonts_find(Fonts *fs, char **why) {
  memset(fs, 0, sizeof *fs);
  find_core();
  if (!found.regular) {
    *why = xstrdup(core_missing());
    return false;
  }
  fs->regular = xstrdup(found.regular);
  fs->bold = dup_or_null(found.bold);
  fs->italic = dup_or_null(found.italic);
  return true;
}

/* The optional files, copied from what the run found when first asked. */
static void need_symbols(Fonts *fs) {
  if (fs->looked_symbols) return;
  fs->looked_symbols = true;
  find_symbols();
  fs->symbols = dup_or_null(found.symbols_file);
}

static void need_emoji(Fonts *fs) {
  if (fs->looked_emoji) return;
  fs->looked_emoji = true;
  find_emoji();
  fs->emoji = dup_or_null(found.emoji_file);
}

static void need_dys(Fonts *fs) {
  if (fs->looked_dys) return;
  fs->looked_dys = true;
  find_dys();
  fs->dys_regular = dup_or_null(found.dys_regular);
  fs->dys_bold = dup_or_null(found.dys_bold);
}

bool fonts_have_dyslexic(Fonts *fs) {
  need_dys(fs);
  return fs->dys_regular != NULL;
}

static TTF_Font *open_at(const char *path, int px, int style) {
  if (!path) return NULL;
  TTF_Font *f = TTF_OpenFont(path, px);
  if (!f) return NULL;
  /* Explicit hinting: the same pixels on the same packages, run after run. */
  TTF_SetFontHinting(f, TTF_HINTING_LIGHT);
  TTF_SetFontStyle(f, style);
  return f;
}

void fonts_close(Fonts *fs) {
  for (int i = 0; i < FONT_COUNT; i++) {
    if (fs->f[i] && fs->owner[i] == i) TTF_CloseFont(fs->f[i]);
    if (fs->fallback[i]) TTF_CloseFont(fs->fallback[i]);
    fs->f[i] = fs->fallback[i] = NULL;
    fs->fallback_tried[i] = false;
  }
  if (fs->emoji_font) TTF_CloseFont(fs->emoji_font);
  fs->emoji_font = NULL;
  fonts_extra_close(fs);
  fs->emoji_tried = false;
}

/* Sets the shared font of style i to that style's size. A change of size
 * empties SDL_ttf's glyph cache of that font; text.c lays out and draws a
 * text box in one style and keeps what it made, so a change comes at most
 * once per new box. */
TTF_Font *fonts_at(Fonts *fs, int i) {
  int o = fs->owner[i];
  if (fs->f[i] && fs->size_now[o] != fs->px[i]) {
    TTF_SetFontSize(fs->f[i], fs->px[i]);
    fs->size_now[o] = fs->px[i];
  }
  return fs->f[i];
}

bool fonts_open(Fonts *fs, double scale, bool dyslexic, char **why) {
  fonts_close(fs);
  static const int base[FONT_COUNT] = {17, 14, 17, 17, 20, 26};
  if (dyslexic) need_dys(fs);
  bool dys = dyslexic && fs->dys_regular;
  for (int i = 0; i < FONT_COUNT; i++) {
    int px = (int)(base[i] * scale + 0.5);
    if (px < 8) px = 8;
    const char *file = dys ? fs->dys_regular : fs->regular;
    int style = TTF_STYLE_NORMAL;
    if (i == FONT_BOLD || i == FONT_HEAD || i == FONT_TITLE) {
      const char *b = dys ? fs->dys_bold : fs->bold;
      if (b) file = b;
      else style = TTF_STYLE_BOLD;
    } else if (i == FONT_ITALIC) {
      if (!dys && fs->italic) file = fs->italic;
      else style = TTF_STYLE_ITALIC;
    }
    /* The same file in the same style: one font for both, its size set
     * when used (fonts_at). */
    int o = i;
    for (int k = 0; k < i && o == i; k++)
      if (fs->file[k] == file && fs->style[k] == style) o = k;
    fs->owner[i] = o;
    fs->f[i] = o < i ? fs->f[o] : open_at(file, px, style);
    if (!fs->f[i]) {
      *why = xasprintf("cannot open the font %s: %s", file, TTF_GetError());
      return false;
    }
    fs->file[i] = file;
    fs->px[i] = px;
    fs->style[i] = style;
    if (o == i) fs->size_now[i] = px;
    fonts_at(fs, i);
    fs->file_bold[i] = dys && file == fs->dys_bold;
    fs->line[i] = TTF_FontLineSkip(fs->f[i]);
    fs->height[i] = TTF_FontHeight(fs->f[i]);
    fs->ascent[i] = TTF_FontAscent(fs->f[i]);
  }
  fs->dyslexic = dys;
  fs->gen++;
  return true;
}

TTF_Font *fonts_fallback(Fonts *fs, int i) {
  if (fs->fallback_tried[i] || !fs->f[i]) return fs->fallback[i];
  fs->fallback_tried[i] = true;
  /* OpenDyslexic lacks letters the stories use (the schwa ə of the
   * Italian neutral forms, among others): the game's own font fills them
   * in, in the same weight. */
  const char *file;
  if (fs->dyslexic) {
    file = fs->file_bold[i] && fs->bold ? fs->bold : fs->regular;
  } else {
    need_symbols(fs);
    file = fs->symbols;
  }
  fs->fallback[i] = open_at(file, fs->px[i], fs->style[i]);
  return fs->fallback[i];
}

TTF_Font *fonts_emoji(Fonts *fs) {
  if (fs->emoji_tried) return fs->emoji_font;
  fs->emoji_tried = true;
  need_emoji(fs);
  /* Noto Color Emoji only has a 109 px bitmap strike: rendered there and
   * scaled down by text.c. */
  if (fs->emoji) fs->emoji_font = TTF_OpenFont(fs->emoji, 109);
  return fs->emoji_font;
}

void fonts_free(Fonts *fs) {
  fonts_close(fs);
  free(fs->regular);
  free(fs->bold);
  free(fs->italic);
  free(fs->dys_regular);
  free(fs->dys_bold);
  free(fs->emoji);
  free(fs->symbols);
}
