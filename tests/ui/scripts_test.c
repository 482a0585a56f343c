#define _XOPEN_SOURCE 700
/* Any script a teen writes, in the window (headless, software renderer):
 * Arabic read right to left with its lines ending at the right, a Latin
 * word kept in its place inside it, Japanese lines broken between
 * characters inside the bubble, and every letter of the scripts
 * scripts/install-deps brings drawn from a font that has it (never the
 * empty box of a missing glyph). The two test stories (tests/scripts)
 * played to their ends in the window's checks. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "checks.h"
#include "headless.h"
#include "scan.h"
#include "uscript.h"
#include "util.h"

static I18n *langs;
static Catalog *cat;
static char home[] = "/tmp/bts-scripts-XXXXXX";
static int home_n;

static App *make_app(const char *story, int w, int h) {
  char dir[300];
  snprintf(dir, sizeof dir, "%s/h%d", home, home_n++);
  setenv("BTS_HOME", dir, 1);
  UiOptions o = {.i18n = langs, .catalog = cat, .story = story};
  char *why;
  App *app = headless_app(&o, w, h, &why);
  if (!app) fail_msg("app_new: %s", why ? why : "?");
  return app;
}

static const SDL_Color INK = {0, 0, 0, 255};

/* The leftmost and rightmost columns with ink in rows [y0, y1) (-1: none). */
static void ink_span(SDL_Surface *s, int y0, int y1, int *left, int *right) {
  *left = *right = -1;
  for (int y = y0; y < y1 && y < s->h; y++) {
    const Uint32 *row = (const Uint32 *)((const Uint8 *)s->pixels + y * s->pitch);
    for (int x = 0; x < s->w; x++)
      if ((row[x] >> 24) > 96) {
        if (*left < 0 || x < *left) *left = x;
        if (x > *right) *right = x;
      }
  }
}

/* The x of the run that starts with the bytes of `start`. */
static int run_x(const TextBox *b, const char *start) {
  for (int i = 0; i < b->nruns; i++)
    if (strncmp(b->text + b->runs[i].a, start, strlen(start)) == 0) return b->runs[i].x;
  fail_msg("no run starts with %s in %s", start, b->text);
  return -1;
}

/* An Arabic paragraph wrapped on three lines: each line's ink ends at the
 * right edge of the box (a right-to-left paragraph is aligned right), the
 * short last line leaves the left side empty. An English one the other way. */
static void test_rtl_aligned_right(void **s) {
  (void)s;
  App *app = make_app(NULL, 1280, 720);
  const char *ar = "مرحبا، رأيت رسوماتك وهي جميلة جدا. هل تريد أن نتكلم قليلا عن الرسم؟";
  TextBox *b = text_layout(app, FONT_BODY, ar, 260, INK);
  int lh = app->gfx.fonts.line[FONT_BODY], lines = b->h / lh;
  assert_true(lines >= 3);
  assert_true(b->w <= 260);
  assert_false(b->broken);
  SDL_Surface *sf = text_surface(app, b);
  assert_non_null(sf);
  for (int l = 0; l < lines; l++) {
    int left, right;
    ink_span(sf, l * lh, (l + 1) * lh, &left, &right);
    assert_true(right >= b->w - 4);     /* ends at the right */
    if (l == lines - 1) assert_true(left > 10); /* the shorter last line leaves the left empty */
  }
  SDL_FreeSurface(sf);
  TextBox *en = text_layout(app, FONT_BODY, "Hello, I saw your drawings and they are really good. Do you want to talk? Yes", 260, INK);
  sf = text_surface(app, en);
  for (int l = 0; l < en->h / lh; l++) { /* every line starts at the left */
    int left, right;
    ink_span(sf, l * lh, (l + 1) * lh, &left, &right);
    assert_true(left >= 0 && left <= 3);
  }
  SDL_FreeSurface(sf);
  headless_free(app);
}

/* Mixed lines: words in the order they are read, whichever direction. */
static void test_mixed_order(void **s) {
  (void)s;
  App *app = make_app(NULL, 1280, 720);
  /* a Latin line: "I said", the Arabic word, "today", left to right */
  TextBox *b = text_layout(app, FONT_BODY, "I said مرحبا today", 0, INK);
  assert_true(run_x(b, "I said") < run_x(b, "مرحبا"));
  assert_true(run_x(b, "مرحبا") < run_x(b, "today"));
  /* an Arabic line: its first word rightmost, the Latin word and the
   * number between, each itself left to right */
  b = text_layout(app, FONT_BODY, "عمري 15 وأحب manga جدا", 0, INK);
  assert_true(run_x(b, "عمري") > run_x(b, "15"));
  assert_true(run_x(b, "15") > run_x(b, "manga"));
  assert_true(run_x(b, "manga") > run_x(b, "جدا"));
  /* Hebrew too */
  b = text_layout(app, FONT_BODY, "שלום Sam", 0, INK);
  assert_true(run_x(b, "שלום") > run_x(b, "Sam"));
  headless_free(app);
}

/* Arabic letters joined: HarfBuzz gives a joined beh its short initial
 * and medial forms, narrower than three separate ones. */
static void test_arabic_joined(void **s) {
  (void)s;
  App *app = make_app(NULL, 1280, 720);
  int joined = text_layout(app, FONT_BODY, "ببب", 0, INK)->w;
  int one = text_layout(app, FONT_BODY, "ب", 0, INK)->w;
  assert_true(joined < 3 * one - 3);
  headless_free(app);
}

/* Japanese has no spaces: the line breaks between characters, inside the
 * width, and never before 。 or after 「. */
static void test_japanese_wraps(void **s) {
  (void)s;
  App *app = make_app(NULL, 1280, 720);
  const char *ja = "こんにちは、ケンです。あなたの絵を見ました。とても上手ですね。「わたしも」絵を描くのが大好きで、毎日練習しています。";
  TextBox *b = text_layout(app, FONT_BODY, ja, 240, INK);
  int lh = app->gfx.fonts.line[FONT_BODY];
  assert_true(b->w <= 240);
  assert_true(b->h / lh >= 3);
  assert_false(b->broken);
  for (int i = 0; i < b->nruns; i++) {
    const TextRun *r = &b->runs[i];
    if (r->x != 0 || r->line == 0) continue; /* a line's first run */
    assert_true(strncmp(b->text + r->a, "。", strlen("。")) != 0);
    assert_true(strncmp(b->text + r->a, "、", strlen("、")) != 0);
    if (r->a >= 3) assert_true(strncmp(b->text + r->a - 3, "「", 3) != 0);
  }
  headless_free(app);
}

/* Thai has no spaces between words either, and no break rule we can
 * apply without a dictionary: a long line is cut where it must, but
 * never between a letter and its vowel sign or tone mark (nor a
 * Devanagari letter and its spacing vowel sign, or inside a conjunct). */
static void test_clusters_kept(void **s) {
  (void)s;
  App *app = make_app(NULL, 1280, 720);
  const char *th = "สวัสดีครับผมชื่อสมชายผมชอบวาดรูปมากและอยากเป็นเพื่อนกับคุณนะครับสวัสดีครับ"
                   " नमस्तेमेरानामराहुलहैऔरमुझेचित्रबनानाबहुतपसंदहैक्याआपभीचित्रबनातेहैं"; /* Hindi, spaces left out */
  for (int w = 90; w <= 220; w += 3) { /* many widths: many places to cut */
    TextBox *b = text_layout(app, FONT_BODY, th, w, INK);
    assert_true(b->w <= w);
    assert_true(b->nruns >= 2);
    for (int i = 0; i < b->nruns; i++) {
      unsigned c = 0;
      utf8_decode(b->text + b->runs[i].a, &c);
      if (us_mark(c)) fail_msg("%d px: a line starts with the mark U+%04X", w, c);
    }
  }
  headless_free(app);
}

/* Every script scripts/install-deps brings a font for: drawn with a font
 * that has the letter, not as the box of a missing glyph (the pixels of
 * the main font's box for a character no font has). */
static void test_no_missing_glyph(void **s) {
  (void)s;
  App *app = make_app(NULL, 1280, 720);
  SDL_Surface *box = text_surface(app, text_layout(app, FONT_BODY, "\xF4\x8F\xBF\xBD", 0, INK)); /* U+10FFFD */
  static const char *letters[] = {"あ", "カ", "漢", "字", "ا", "ש", "क", "ก", "ক", "த"};
  for (int style = 0; style < FONT_COUNT; style++) {
    for (size_t i = 0; i < sizeof letters / sizeof letters[0]; i++) {
      TextBox *b = text_layout(app, style, letters[i], 0, INK);
      assert_int_equal(b->nruns, 1);
      unsigned c = 0;
      utf8_decode(letters[i], &c);
      TTF_Font *f = text_run_font(app, style, &b->runs[0]);
      if (!f || !TTF_GlyphIsProvided32(f, c)) fail_msg("no font has %s (U+%04X) in style %d", letters[i], c, style);
      if (style != FONT_BODY) continue;
      SDL_Surface *sf = text_surface(app, b);
      bool same = sf->w == box->w && sf->h == box->h;
      for (int y = 0; same && y < sf->h; y++)
        same = memcmp((Uint8 *)sf->pixels + y * sf->pitch, (Uint8 *)box->pixels + y * box->pitch, (size_t)sf->w * 4) == 0;
      if (same) fail_msg("%s is drawn as the missing glyph's box", letters[i]);
      SDL_FreeSurface(sf);
    }
  }
  SDL_FreeSurface(box);
  headless_free(app);
}

/* The text recorded this frame that has `part`, or NULL. */
static const TextRec *drawn(App *app, const char *part) {
  for (int i = 0; i < app->gfx.nrecs; i++)
    if (app->gfx.recs[i].str && strstr(app->gfx.recs[i].str, part)) return &app->gfx.recs[i];
  return NULL;
}

/* Where the window puts Arabic: a reply's words and the narration at the
 * right of their box, the ending's title and summary at the right of the
 * debrief's column; English ones at the left. */
static void test_rtl_placed_right(void **s) {
  (void)s;
  char path[600];
  snprintf(path, sizeof path, "%s/tests/scripts/arabic", getenv("BTS_ROOT"));
  App *app = make_app(path, 1280, 720);
  char *why;
  if (!headless_run(app, "setup Sam m\nrun\n", &why)) fail_msg("%s", why);
  static const char *right[] = {"أرد عليه", "بعد الظهر"};
  for (size_t i = 0; i < sizeof right / sizeof right[0]; i++) {
    const TextRec *r = drawn(app, right[i]);
    if (!r) fail_msg("%s is not drawn", right[i]);
    int gap_right = r->box.x + r->box.w - (r->text.x + r->text.w), gap_left = r->text.x - r->box.x;
    if (gap_right >= gap_left) fail_msg("%s is not at the right of its box (%d px left, %d px right)", right[i], gap_left, gap_right);
  }
  if (!headless_run(app, "end\nscreen debrief\n", &why)) fail_msg("%s", why);
  const TextRec *title = drawn(app, "حافظت على حدودك"), *kick = drawn(app, "Ending");
  if (!title || !kick) fail_msg("no ending title or heading on the debrief");
  assert_true(title->text.x + title->text.w > kick->text.x + kick->text.w + 100); /* the column's right, the heading's left */
  headless_free(app);
}

/* The two stories in the window, start to debrief, at two sizes: every
 * text inside its box, no word cut in two (checks.c). */
static void test_stories(void **s) {
  (void)s;
  static const char *stories[] = {"arabic", "japanese"};
  static const char *scripts[] = {"setup Sam m\nrun\n", "setup Sam m\nrun\nchoose 1\nrun\n",
                                  "setup Sam m\nend\nscreen debrief\n"};
  int bad = 0;
  for (int st = 0; st < 2; st++)
    for (int sc = 0; sc < 3; sc++)
      for (int v = 0; v < 2; v++) {
        char path[600], what[100];
        snprintf(path, sizeof path, "%s/tests/scripts/%s", getenv("BTS_ROOT"), stories[st]);
        App *app = make_app(path, v ? 800 : 1280, v ? 600 : 720);
        char *script = xasprintf("textscale %d\n%s", v ? 200 : 100, scripts[sc]);
        char *why;
        if (!headless_run(app, script, &why)) fail_msg("%s: %s", stories[st], why);
        free(script);
        snprintf(what, sizeof what, "%s-%d-%s", stories[st], sc, v ? "800x600-200" : "1280x720");
        bad += check_frame(app, what, home);
        headless_free(app);
      }
  assert_int_equal(bad, 0);
}

int main(void) {
  if (!mkdtemp(home)) return 1;
  if (!headless_start(&langs, &cat)) return 1;
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_rtl_aligned_right), cmocka_unit_test(test_mixed_order),
      cmocka_unit_test(test_arabic_joined),     cmocka_unit_test(test_japanese_wraps),
      cmocka_unit_test(test_no_missing_glyph),  cmocka_unit_test(test_rtl_placed_right),
      cmocka_unit_test(test_clusters_kept),     cmocka_unit_test(test_stories),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
