/* Fonts for the scripts the main fonts lack (fontfind.h). */
#include "fontfind.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The files found in this run (every window and text size shares them),
 * and the blocks of 128 characters already asked about: fontconfig is
 * asked at most once per block, found or not. */
static struct {
  char *file[FONTS_EXTRA_MAX];
  int n;
  unsigned char asked[0x110000 / 128 / 8];
  bool missing_said;
} run;

#ifdef BTS_BUNDLED_FONTS
/* Windows and the browser carry their fonts (fonts.c): no fontconfig to ask. */
static char *lookup(Uint32 c) {
  (void)c;
  return NULL;
}
#else
#include <fontconfig/fontconfig.h>

#ifdef BTS_SONAME_FONTCONFIG
/* Opened at first use, as fonts.c does (lazylib.h): a Latin story never loads it. */
#include "lazylib.h"
#define FF_FUNCTIONS(X)                                                                                    \
  X(FcInitLoadConfigAndFonts) X(FcNameParse) X(FcCharSetCreate) X(FcCharSetAddChar) X(FcCharSetDestroy) \
  X(FcCharSetHasChar) X(FcPatternAddCharSet) X(FcConfigSubstitute) X(FcDefaultSubstitute) X(FcFontMatch) \
  X(FcPatternDestroy) X(FcPatternGetString) X(FcPatternGetCharSet) X(FcPatternGetBool)
static struct {
#define X(f) __typeof__(f) *f;
  FF_FUNCTIONS(X)
#undef X
} ff;

static bool fc_ready(void) {
  static int state;
  static const char *const files[] = {BTS_SONAME_FONTCONFIG, NULL};
  static const LazyFn fns[] = {
#define X(f) {#f, (void **)&ff.f},
      FF_FUNCTIONS(X)
#undef X
      {NULL, NULL}};
  const char *why = NULL;
  return lazy_open(&state, files, fns, &why);
}
#define FC(f) (*ff.f)
#else
static bool fc_ready(void) { return true; }
#define FC(f) f
#endif

/* The language a character says its text is in, when it says one: kana
 * are Japanese, hangul Korean; fontconfig then prefers that language's
 * font for the Han characters around them (they are drawn differently). */
static const char *lang_of(Uint32 c) {
  if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9F)) return "ja";
  if ((c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F)) return "ko";
  return NULL;
}

/* fontconfig's sans-serif font that has c, outline only; or NULL. Its
 * configuration is kept once made: a story in one script meets the next
 * block soon (the Han characters after the kana). */
static char *lookup(Uint32 c) {
  static FcConfig *cfg;
  if (!cfg) {
    if (!fc_ready()) return NULL;
    cfg = FC(FcInitLoadConfigAndFonts)();
    if (!cfg) return NULL;
  }
  const char *lang = lang_of(c);
  FcPattern *p = FC(FcNameParse)((const FcChar8 *)(lang ? (lang[0] == 'j' ? "sans-serif:scalable=true:lang=ja"
                                                                           : "sans-serif:scalable=true:lang=ko")
                                                        : "sans-serif:scalable=true"));
  if (!p) return NULL;
  FcCharSet *want = FC(FcCharSetCreate)();
  FC(FcCharSetAddChar)(want, c);
  FC(FcPatternAddCharSet)(p, FC_CHARSET, want);
  FC(FcCharSetDestroy)(want);
  FC(FcConfigSubstitute)(cfg, p, FcMatchPattern);
  FC(FcDefaultSubstitute)(p);
  FcResult res;
  FcPattern *m = FC(FcFontMatch)(cfg, p, &res);
  FC(FcPatternDestroy)(p);
  if (!m) return NULL;
  /* fontconfig always answers: keep it only when it really has c */
  char *out = NULL;
  FcCharSet *has = NULL;
  FcChar8 *file = NULL;
  FcBool scalable = FcFalse;
  if (FC(FcPatternGetCharSet)(m, FC_CHARSET, 0, &has) == FcResultMatch && FC(FcCharSetHasChar)(has, c) &&
      FC(FcPatternGetBool)(m, FC_SCALABLE, 0, &scalable) == FcResultMatch && scalable &&
      FC(FcPatternGetString)(m, FC_FILE, 0, &file) == FcResultMatch)
    out = xstrdup((const char *)file);
  FC(FcPatternDestroy)(m);
  return out;
}
#endif

/* Bold styles in a bold the font does not have: SDL_ttf makes one. */
static int ttf_style(int style) {
  return style == FONT_BOLD || style == FONT_HEAD || style == FONT_TITLE ? TTF_STYLE_BOLD : TTF_STYLE_NORMAL;
}

TTF_Font *fonts_extra(Fonts *fs, int style, int k) {
  if (k < 0 || k >= run.n || !fs->f[style]) return NULL;
  if (!fs->extra) fs->extra = xcalloc(1, sizeof *fs->extra);
  TTF_Font **f = &fs->extra->f[k][style];
  if (!*f) {
    *f = TTF_OpenFont(run.file[k], fs->px[style]);
    if (*f) {
      TTF_SetFontHinting(*f, TTF_HINTING_LIGHT); /* the same pixels, run after run (fonts.c) */
      TTF_SetFontStyle(*f, ttf_style(style));
    }
  }
  return *f;
}

int fonts_extra_for(Fonts *fs, int style, Uint32 c, bool *first_missing) {
  for (int k = 0; k < run.n; k++) {
    TTF_Font *f = fonts_extra(fs, style, k);
    if (f && TTF_GlyphIsProvided32(f, c)) return k;
  }
  unsigned block = c / 128;
  if (c < 0x110000 && !(run.asked[block / 8] & (1u << (block % 8)))) {
    run.asked[block / 8] |= (unsigned char)(1u << (block % 8));
    char *file = run.n < FONTS_EXTRA_MAX ? lookup(c) : NULL;
    for (int k = 0; file && k < run.n; k++)
      if (strcmp(run.file[k], file) == 0) { /* one we have (it lacks c: asked again for nothing) */
        free(file);
        file = NULL;
      }
    if (file) {
      run.file[run.n++] = file;
      TTF_Font *f = fonts_extra(fs, style, run.n - 1);
      if (f && TTF_GlyphIsProvided32(f, c)) return run.n - 1;
    }
  }
  if (!run.missing_said && first_missing) {
    run.missing_said = true;
    *first_missing = true;
  }
  return -1;
}

void fonts_extra_close(Fonts *fs) {
  if (!fs->extra) return;
  for (int k = 0; k < FONTS_EXTRA_MAX; k++)
    for (int i = 0; i < FONT_COUNT; i++)
      if (fs->extra->f[k][i]) TTF_CloseFont(fs->extra->f[k][i]);
  free(fs->extra);
  fs->extra = NULL;
}
