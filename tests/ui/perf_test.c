/* What the window's speed work keeps the same (docs/performance.md): the
 * pixels of a rounded rectangle drawn as rows are the triangle fan's. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "draw.h"

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

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_round_rows_are_the_fan),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
