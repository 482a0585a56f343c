/* Fonts found through fontconfig, opened at the size the screen asks for.
 * SDL2_ttf has no fallback fonts, so we keep a second font and the colour
 * emoji font beside the main one; text.c picks one per run of glyphs. */
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "util.h"

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

bool fonts_find(Fonts *fs, char **why) {
  memset(fs, 0, sizeof *fs);
  char *dir = path_join(paths_root(), "fonts");
  fs->regular = bundled(dir, "DejaVuSans.ttf");
  fs->bold = bundled(dir, "DejaVuSans-Bold.ttf");
  fs->italic = bundled(dir, "DejaVuSans-Oblique.ttf");
  fs->dys_regular = bundled(dir, "OpenDyslexic-Regular.otf");
  fs->dys_bold = bundled(dir, "OpenDyslexic-Bold.otf");
  fs->emoji = bundled(dir, "NotoColorEmoji.ttf");
  if (!fs->regular) *why = xasprintf("no usable font: %s/DejaVuSans.ttf is missing", dir);
  free(dir);
  return fs->regular != NULL;
}
#else
#include <fontconfig/fontconfig.h>

/* The first installed font matching pattern, or NULL. Only accepts a match
 * whose family really is the one asked for (fontconfig always answers). */
static char *find(FcConfig *cfg, const char *pattern, const char *family_want) {
  FcPattern *p = FcNameParse((const FcChar8 *)pattern);
  if (!p) return NULL;
  FcConfigSubstitute(cfg, p, FcMatchPattern);
  FcDefaultSubstitute(p);
  FcResult res;
  FcPattern *m = FcFontMatch(cfg, p, &res);
  char *out = NULL;
  if (m) {
    FcChar8 *file = NULL, *fam = NULL;
    if (FcPatternGetString(m, FC_FILE, 0, &file) == FcResultMatch &&
        FcPatternGetString(m, FC_FAMILY, 0, &fam) == FcResultMatch &&
        strcasecmp((const char *)fam, family_want) == 0)
      out = xstrdup((const char *)file);
    FcPatternDestroy(m);
  }
  FcPatternDestroy(p);
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

bool fonts_find(Fonts *fs, char **why) {
  memset(fs, 0, sizeof *fs);
  /* Our own configuration, released below: no global state left behind. */
  FcConfig *cfg = FcInitLoadConfigAndFonts();
  if (!cfg) {
    *why = xstrdup("fontconfig could not start");
    return false;
  }
  static const char *families[] = {"DejaVu Sans", "Noto Sans"};
  for (size_t i = 0; i < 2 && !fs->regular; i++) {
    fs->regular = find_style(cfg, families[i], "Book", "Regular");
    if (!fs->regular) continue;
    fs->bold = find_style(cfg, families[i], "Bold", NULL);
    fs->italic = find_style(cfg, families[i], "Oblique", "Italic");
    fs->symbols = find(cfg, i == 0 ? "Noto Sans" : "DejaVu Sans", i == 0 ? "Noto Sans" : "DejaVu Sans");
  }
  if (fs->regular) {
    fs->dys_regular = find(cfg, "OpenDyslexic:style=Regular", "OpenDyslexic");
    fs->dys_bold = find(cfg, "OpenDyslexic:style=Bold", "OpenDyslexic");
    fs->emoji = find(cfg, "Noto Color Emoji", "Noto Color Emoji");
  }
  FcConfigDestroy(cfg);
  if (!fs->regular) {
    *why = xstrdup("no usable font: install DejaVu Sans or Noto Sans "
                   "(Debian: apt install fonts-dejavu-core)");
    return false;
  }
  return true;
}

#endif

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
    if (fs->f[i]) TTF_CloseFont(fs->f[i]);
    if (fs->fallback[i]) TTF_CloseFont(fs->fallback[i]);
    fs->f[i] = fs->fallback[i] = NULL;
  }
  if (fs->emoji_font) TTF_CloseFont(fs->emoji_font);
  fs->emoji_font = NULL;
}

bool fonts_open(Fonts *fs, double scale, bool dyslexic, char **why) {
  fonts_close(fs);
  static const int base[FONT_COUNT] = {17, 14, 17, 17, 20, 26};
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
    fs->f[i] = open_at(file, px, style);
    if (!fs->f[i]) {
      *why = xasprintf("cannot open the font %s: %s", file, TTF_GetError());
      return false;
    }
    /* OpenDyslexic lacks letters the stories use (the schwa ə of the
     * Italian neutral forms, among others): the game's own font fills them
     * in, in the same weight. */
    const char *fallback = fs->symbols;
    if (dys) fallback = file == fs->dys_bold && fs->bold ? fs->bold : fs->regular;
    fs->fallback[i] = open_at(fallback, px, style);
    fs->px[i] = px;
    fs->line[i] = TTF_FontLineSkip(fs->f[i]);
  }
  /* Noto Color Emoji only has a 109 px bitmap strike: rendered there and
   * scaled down by text.c. */
  if (fs->emoji) fs->emoji_font = TTF_OpenFont(fs->emoji, 109);
  fs->dyslexic = dys;
  fs->gen++;
  return true;
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
