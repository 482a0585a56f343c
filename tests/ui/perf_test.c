/* What the window's speed work does and keeps (docs/performance.md): the
 * pixels of a rounded rectangle drawn as rows are the triangle fan's; the
 * fonts the first frame does not need are not looked for; a text laid out
 * once is not laid out again, and its texture is made from that layout; an
 * idle window asks for no frame. Behaviour only, never timings. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "app.h"
#include "ask_view.h"
#include "draw.h"
#include "headless.h"
#include "pads.h"
#include "paths.h"
#include "script.h"
#include "util.h"

static char home_root[256];
static int home_n;
static I18n *langs;
static Catalog *cat;

static bool ask_at_launch; /* UiOptions.ask_at_launch, as main sets it without a script */

static App *make_app(const char *story) {
  char dir[300];
  snprintf(dir, sizeof dir, "%s/h%d", home_root, home_n++);
  setenv("BTS_HOME", dir, 1);
  char path[600];
  UiOptions o = {.i18n = langs, .catalog = cat, .ask_at_launch = ask_at_launch};
  if (story) {
    snprintf(path, sizeof path, "%s/stories/%s", getenv("BTS_ROOT"), story);
    o.story = path;
  }
  SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, 1280, 720, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer *ren = SDL_CreateSoftwareRenderer(surf);
  char *why = NULL;
  App *app = app_new(&o, ren, NULL, 1280, 720, &why);
  if (!app) fail_msg("app_new: %s", why ? why : "?");
  app->gfx.surf = surf;
  return app;
}

static void free_app(App *app) {
  SDL_Surface *s = app->gfx.surf;
  SDL_Renderer *r = app->gfx.ren;
  app_free(app);
  SDL_DestroyRenderer(r);
  SDL_FreeSurface(s);
}

static void run(App *app, const char *script) {
  char *why = NULL;
  Script *sc = script_parse(script, &why);
  if (!sc || !script_run_headless(app, sc, &why)) fail_msg("script: %s", why);
  script_free(sc);
  app_tick(app, app->now);
  app_draw(app);
}

/* The fan fill_round drew before (its corners at SDL's integer points). */
static void fan(SDL_Renderer *ren, SDL_Rect r, int radius, SDL_Color c) {
  if (radius * 2 > r.w) radius = r.w / 2;
  if (radius * 2 > r.h) radius = r.h / 2;
  enum { SEG = 8 };
  SDL_Vertex v[4 * (SEG + 1) + 1];
  int n = 0;
  float cx[4] = {r.x + r.w - radius, (float)r.x + radius, (float)r.x + radius, r.x + r.w - radius};
  float cy[4] = {(float)r.y + radius, (float)r.y + radius, r.y + r.h - radius, r.y + r.h - radius};
  v[n++] = (SDL_Vertex){{r.x + r.w / 2.0f, r.y + r.h / 2.0f}, c, {0, 0}};
  for (int k = 0; k < 4; k++)
    for (int i = 0; i <= SEG; i++) {
      double a = (k * 90 + i * 90.0 / SEG) * 3.14159265358979 / 180.0;
      v[n++] = (SDL_Vertex){{cx[k] + (float)(cos(a) * radius), cy[k] - (float)(sin(a) * radius)}, c, {0, 0}};
    }
  int idx[3 * 4 * (SEG + 1)], m = 0;
  for (int i = 1; i < n; i++) {
    idx[m++] = 0;
    idx[m++] = i;
    idx[m++] = i + 1 < n ? i + 1 : 1;
  }
  SDL_RenderGeometry(ren, NULL, v, n, idx, m);
}

static void test_round_rows_are_the_fan(void **state) {
  (void)state;
  SDL_Surface *a = SDL_CreateRGBSurfaceWithFormat(0, 320, 240, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Surface *b = SDL_CreateRGBSurfaceWithFormat(0, 320, 240, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer *ra = SDL_CreateSoftwareRenderer(a), *rb = SDL_CreateSoftwareRenderer(b);
  App *app = calloc(1, sizeof *app);
  app->gfx.ren = ra;
  SDL_Color c = {200, 40, 90, 255};
  static const int cases[][5] = {
    {10, 10, 200, 60, 12}, {5, 7, 33, 21, 10}, {0, 0, 320, 240, 40}, {-20, -15, 100, 80, 18}, /* cut by the window */
    {40, 100, 61, 61, 30}, /* a circle */ {250, 200, 90, 70, 9}, {3, 3, 9, 200, 6}, {100, 50, 150, 40, 2},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    SDL_Rect r = {cases[i][0], cases[i][1], cases[i][2], cases[i][3]};
    SDL_FillRect(a, NULL, 0xFFFFFFFF);
    SDL_FillRect(b, NULL, 0xFFFFFFFF);
    fill_round(app, r, cases[i][4], c, c);
    SDL_RenderFlush(ra);
    fan(rb, r, cases[i][4], c);
    SDL_RenderFlush(rb);
    long off = 0;
    for (int y = 0; y < a->h; y++)
      off += memcmp((Uint8 *)a->pixels + y * a->pitch, (Uint8 *)b->pixels + y * b->pitch, (size_t)a->w * 4) != 0;
    if (off) fail_msg("case %zu: %ld rows differ from the fan", i, off);
  }
  free(app);
  SDL_DestroyRenderer(ra);
  SDL_DestroyRenderer(rb);
  SDL_FreeSurface(a);
  SDL_FreeSurface(b);
}

/* The menu's first frame opens the main font only: the second font, the
 * emoji font and OpenDyslexic are looked for when first needed, and what
 * was found is kept for the run; fontconfig's library is not even loaded
 * when the fonts are where distributions put them. */
static bool mapped(const char *lib) {
  FILE *f = fopen("/proc/self/maps", "r");
  if (!f) return false;
  char line[512];
  bool found = false;
  while (!found && fgets(line, sizeof line, f)) found = strstr(line, lib) != NULL;
  fclose(f);
  return found;
}

static void test_fonts_on_demand(void **state) {
  (void)state;
  App *app = make_app(NULL);
  run(app, "setup Sam m\n");
#ifdef BTS_SONAME_FONTCONFIG
  /* fontconfig is opened when a font is not where distributions put it */
  if (!getenv("FONTCONFIG_FILE") && !getenv("FONTCONFIG_PATH")) assert_false(mapped("libfontconfig"));
#endif
  Fonts *fs = &app->gfx.fonts;
  assert_false(fs->looked_symbols);
  assert_false(fs->looked_dys);
  assert_false(fs->emoji_tried);
  assert_null(fs->fallback[FONT_BODY]);
  if (is_file("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf")) { /* scripts/install-deps installs it */
    text_layout(app, FONT_BODY, "hi \xF0\x9F\x98\x8A", 0, (SDL_Color){0, 0, 0, 255});
    assert_true(fs->emoji_tried);
    assert_non_null(fs->emoji_font);
  }
  if (is_file("/usr/share/fonts/opentype/opendyslexic/OpenDyslexic-Regular.otf")) assert_true(fonts_have_dyslexic(fs));
  char *first = xstrdup(fs->regular);
  free_app(app);
  app = make_app(NULL);
  assert_string_equal(app->gfx.fonts.regular, first);
  free(first);
  free_app(app);
}

/* Styles drawn from one file share one opened font (each is a FreeType
 * and a HarfBuzz face, about 200 KB): three for the six styles. Switching
 * between them changes nothing: each style measures and draws as a font
 * opened at its own size alone, whatever was used just before. */
static void test_styles_share_fonts(void **state) {
  (void)state;
  App *app = make_app(NULL);
  Fonts *fs = &app->gfx.fonts;
  int distinct = 0;
  for (int i = 0; i < FONT_COUNT; i++) {
    bool seen = false;
    for (int k = 0; k < i; k++) seen |= fs->f[k] == fs->f[i];
    distinct += !seen;
  }
  if (fs->bold && fs->italic) assert_int_equal(distinct, 3); /* regular, bold, italic */
  assert_ptr_equal(fs->f[FONT_BODY], fs->f[FONT_SMALL]);
  const char *words = "Hélène wrote: \"did you see it?\" 12:45";
  for (int round = 0; round < 2; round++)
    for (int i = 0; i < FONT_COUNT; i++) {
      int j = (i + 1 + round) % FONT_COUNT; /* another style just before */
      int w0, h0, w, h;
      assert_int_equal(TTF_SizeUTF8(fonts_at(fs, j), words, &w0, &h0), 0);
      TTF_Font *alone = TTF_OpenFont(fs->file[i], fs->px[i]);
      assert_non_null(alone);
      TTF_SetFontHinting(alone, TTF_HINTING_LIGHT);
      TTF_SetFontStyle(alone, fs->style[i]);
      int wa, ha;
      assert_int_equal(TTF_SizeUTF8(alone, words, &wa, &ha), 0);
      assert_int_equal(TTF_SizeUTF8(fonts_at(fs, i), words, &w, &h), 0);
      assert_int_equal(w, wa);
      assert_int_equal(h, ha);
      assert_int_equal(fs->line[i], TTF_FontLineSkip(alone));
      assert_int_equal(fs->ascent[i], TTF_FontAscent(alone));
      assert_int_equal(fs->height[i], TTF_FontHeight(alone));
      SDL_Color c = {20, 30, 40, 255};
      SDL_Surface *a = TTF_RenderUTF8_Blended(alone, words, c), *b = TTF_RenderUTF8_Blended(fonts_at(fs, i), words, c);
      assert_non_null(a);
      assert_non_null(b);
      assert_int_equal(a->w, b->w);
      assert_int_equal(a->h, b->h);
      for (int y = 0; y < a->h; y++)
        assert_memory_equal((Uint8 *)a->pixels + y * a->pitch, (Uint8 *)b->pixels + y * b->pitch, (size_t)a->w * 4);
      SDL_FreeSurface(a);
      SDL_FreeSurface(b);
      TTF_CloseFont(alone);
    }
  free_app(app);
}

/* The questions asked before a story cover the whole window: the screen
 * under them is not drawn, so none of its texts is made into a texture
 * (at launch that was a quarter of the window's text memory). Every text
 * with a texture is one the questions drew. */
static void test_covered_screen_not_drawn(void **state) {
  (void)state;
  ask_at_launch = true;
  App *app = make_app("skype");
  ask_at_launch = false;
  run(app, "setup Sam m\nspeed instant\n");
  assert_true(ask_showing(app));
  app->gfx.record = true; /* every text drawn is recorded */
  app_draw(app);
  int textures = 0;
  for (int i = 0; i < app->gfx.cache_cap; i++) {
    TextBox *b = app->gfx.cache[i];
    if (!b || !b->tex || b->last_used != app->gfx.frame) continue; /* drawn in this frame */
    textures++;
    bool drawn = false;
    for (int k = 0; k < app->gfx.nrecs && !drawn; k++)
      drawn = app->gfx.recs[k].str && strcmp(app->gfx.recs[k].str, b->text) == 0;
    if (!drawn) fail_msg("\"%s\" has a texture but the questions did not draw it", b->text);
  }
  assert_true(textures > 0);
  run(app, "key Escape\n"); /* the rest skipped: the story's screen is drawn again */
  assert_false(ask_showing(app));
  assert_true(app->gfx.nrecs > 0);
  free_app(app);
}

/* A frame drawn again lays nothing out and makes no texture; scrolling
 * back over messages seen lays none out again. */
static void test_text_laid_out_once(void **state) {
  (void)state;
  App *app = make_app("skype");
  run(app, "setup Sam m\nspeed instant\nrun\nchoose 1\nrun\n");
  unsigned laid = app->gfx.laid_out, made = app->gfx.rasterised;
  assert_true(laid > 0 && made > 0);
  app_draw(app);
  assert_int_equal(app->gfx.laid_out, laid);
  assert_int_equal(app->gfx.rasterised, made);
  run(app, "scroll 6\n");
  unsigned after = app->gfx.laid_out;
  run(app, "scroll -6\n");
  run(app, "scroll 6\n");
  assert_int_equal(app->gfx.laid_out, after);
  /* a texture comes from the layout: the same size, runs kept */
  TextBox *b = text_layout(app, FONT_BODY, "a few words, then \xF0\x9F\x98\x8A and more words to wrap", 120,
                           (SDL_Color){0, 0, 0, 255});
  assert_true(b->nruns > 1);
  SDL_Texture *t = text_texture(app, b);
  int w, h;
  assert_int_equal(SDL_QueryTexture(t, NULL, NULL, &w, &h), 0);
  assert_int_equal(w, b->w);
  assert_int_equal(h, b->h);
  free_app(app);
}

/* Waiting for a reply, nothing animates: no deadline and no frame asked
 * for, however long the window stays open (the loop sleeps in SDL). */
static void test_idle_asks_no_frame(void **state) {
  (void)state;
  App *app = make_app("skype");
  run(app, "setup Sam m\nspeed instant\nrun\n");
  app->gfx.dirty = false;
  for (Uint64 t = 1000; t <= 600000; t *= 10) {
    assert_int_equal(app_tick(app, app->now + t), 0);
    assert_false(app->gfx.dirty);
  }
  free_app(app);
}

static void put(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
}

/* A pad is told from a keyboard or a mouse by its buttons (the window
 * starts SDL's pads only when one is there: pads.h). The lines are the
 * kernel's capabilities/key of real devices. */
static void test_pads_told_apart(void **state) {
  (void)state;
  assert_true(pads_key_caps("7cdb000000000000 0 0 0 0\n"));       /* Xbox 360 pad: BTN_GAMEPAD.. */
  assert_true(pads_key_caps("ffff00000000 0 0 0 0\n"));           /* a joystick: BTN_TRIGGER.. */
  assert_true(pads_key_caps("7fff000000000000 0 0 0 0\n"));
  assert_false(pads_key_caps("1f0000 0 0 0 0\n"));                /* a mouse: BTN_LEFT.. */
  assert_false(pads_key_caps("402000000 3803078f800d001 feffffdfffefffff fffffffffffffffe\n")); /* keyboard */
  assert_false(pads_key_caps("0\n"));
  assert_false(pads_key_caps(""));
  char dev[300], sys[300], path[400];
  snprintf(dev, sizeof dev, "%s/pads-dev", home_root);
  snprintf(sys, sizeof sys, "%s/pads-sys", home_root);
  mkdir(home_root, 0700); /* (the tests above may have emptied it) */
  assert_int_equal(mkdir(dev, 0700), 0);
  assert_int_equal(mkdir(sys, 0700), 0);
  assert_false(pads_present(dev, sys));
  snprintf(path, sizeof path, "%s/event0", dev);
  put(path, "");
  snprintf(path, sizeof path, "%s/event0", sys);
  assert_int_equal(mkdir(path, 0700), 0);
  snprintf(path, sizeof path, "%s/event0/device", sys);
  assert_int_equal(mkdir(path, 0700), 0);
  snprintf(path, sizeof path, "%s/event0/device/capabilities", sys);
  assert_int_equal(mkdir(path, 0700), 0);
  snprintf(path, sizeof path, "%s/event0/device/capabilities/key", sys);
  put(path, "402000000 3803078f800d001 feffffdfffefffff fffffffffffffffe\n");
  assert_false(pads_present(dev, sys)); /* a keyboard */
  put(path, "7cdb000000000000 0 0 0 0\n");
  assert_true(pads_present(dev, sys)); /* a pad, known by its buttons */
  put(path, "0\n");
  snprintf(path, sizeof path, "%s/js0", dev);
  put(path, "");
  assert_true(pads_present(dev, sys)); /* joydev's node */
  assert_false(pads_present("/nonexistent/input", sys));
}

int main(void) {
  snprintf(home_root, sizeof home_root, "%s/bts-perf-test-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  if (!mkdtemp(home_root)) return 1;
  if (!headless_start(&langs, &cat)) return 1;
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_round_rows_are_the_fan),
    cmocka_unit_test(test_fonts_on_demand),
    cmocka_unit_test(test_styles_share_fonts),
    cmocka_unit_test(test_covered_screen_not_drawn),
    cmocka_unit_test(test_text_laid_out_once),
    cmocka_unit_test(test_idle_asks_no_frame),
    cmocka_unit_test(test_pads_told_apart),
  };
  int failed = cmocka_run_group_tests(tests, NULL, NULL);
  char *cmd = xasprintf("rm -rf '%s'", home_root);
  if (system(cmd) != 0) failed++;
  free(cmd);
  i18n_free(langs);
  catalog_free(cat);
  TTF_Quit();
  SDL_Quit();
  return failed;
}
