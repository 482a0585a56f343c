/* Shapes (rounded rectangles as rows of filled rectangles, the rest through
 * SDL_RenderGeometry), text from the cache, and the zones a click or a key can press. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "lesson.h"

int dp(const App *app, double units) { return (int)lround(units * app->gfx.dp); }
int dp_frame(const App *app, double units) { return (int)lround(units * app->gfx.frame_dp); }

SDL_Rect rect_inset(SDL_Rect r, int d) { return (SDL_Rect){r.x + d, r.y + d, r.w - 2 * d, r.h - 2 * d}; }

bool rect_has(SDL_Rect r, int x, int y) { return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h; }

void fill_rect(App *app, SDL_Rect r, SDL_Color c) {
  SDL_SetRenderDrawBlendMode(app->gfx.ren, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
  SDL_SetRenderDrawColor(app->gfx.ren, c.r, c.g, c.b, c.a);
  SDL_RenderFillRect(app->gfx.ren, &r);
}

static SDL_Color mix(SDL_Color a, SDL_Color b, float t) {
  return (SDL_Color){(Uint8)(a.r + (b.r - a.r) * t), (Uint8)(a.g + (b.g - a.g) * t),
                     (Uint8)(a.b + (b.b - a.b) * t), (Uint8)(a.a + (b.a - a.a) * t)};
}

/* The x where the edges of chain v[from..to] cross the row at yc (the
 * chain runs monotonically in y), or def when none does. */
static float chain_x(const SDL_Point *v, int from, int to, float yc, float def) {
  for (int i = from; i < to; i++) {
    const SDL_Point *a = &v[i], *b = &v[i + 1];
    int y0 = a->y < b->y ? a->y : b->y, y1 = a->y < b->y ? b->y : a->y;
    if (y0 == y1 || yc < y0 || yc >= y1) continue;
    return a->x + (b->x - a->x) * (yc - a->y) / (float)(b->y - a->y);
  }
  return def;
}

/* A convex rounded rectangle (each corner eight straight segments); colours
 * run from top to bottom (a gradient when they differ). Drawn as rows of
 * pixels, filled rectangles: SDL's software renderer fills a triangle by
 * testing every pixel of its bounding box (and, when blending, through a
 * temporary surface per triangle), which made a fan of 36 thin triangles
 * per bubble 88 % of a 1080p frame. The pixels are the fan's: its corners
 * at SDL's integer points, a pixel in when its centre is (left edges in,
 * right edges out), in the renderer's current blend mode as the fan was. */
void fill_round(App *app, SDL_Rect r, int radius, SDL_Color top, SDL_Color bottom) {
  if (r.w <= 0 || r.h <= 0) return;
  if (radius * 2 > r.w) radius = r.w / 2;
  if (radius * 2 > r.h) radius = r.h / 2;
  bool flat = memcmp(&top, &bottom, sizeof top) == 0;
  if (radius <= 1 && flat) {
    fill_rect(app, r, top);
    return;
  }
  enum { SEG = 8, N = 4 * (SEG + 1), BATCH = 128 };
  /* k = 0 top right, 1 top left, 2 bottom left, 3 bottom right; each from
   * its first to its last angle, as the fan had them */
  SDL_Point v[N];
  float cx[4] = {r.x + r.w - radius, (float)r.x + radius, (float)r.x + radius, r.x + r.w - radius};
  float cy[4] = {(float)r.y + radius, (float)r.y + radius, r.y + r.h - radius, r.y + r.h - radius};
  for (int k = 0, n = 0; k < 4; k++)
    for (int i = 0; i <= SEG; i++, n++) {
      double a = (k * 90 + i * 90.0 / SEG) * 3.14159265358979 / 180.0;
      v[n] = (SDL_Point){(int)(cx[k] + (float)(cos(a) * radius)), (int)(cy[k] - (float)(sin(a) * radius))};
    }
  SDL_Renderer *ren = app->gfx.ren;
  if (flat) SDL_SetRenderDrawColor(ren, top.r, top.g, top.b, top.a);
  SDL_Rect rows[BATCH];
  int nrows = 0;
  int ytop = v[SEG].y, ybot = v[3 * (SEG + 1) - 1].y;          /* the top and bottom edges */
  int mid0 = v[0].y, mid1 = v[N - 1].y;                        /* the straight sides */
  for (int y = ytop; y < ybot; y++) {
    float yc = y + 0.5f;
    float xl, xr;
    int span = 1;
    if (yc >= mid0 && yc < mid1) { /* between the corners: one rectangle */
      xl = (float)v[2 * (SEG + 1) - 1].x;
      xr = (float)v[0].x;
      span = mid1 - y;
    } else if (yc < mid0) {
      xr = chain_x(v, 0, SEG, yc, (float)v[0].x);
      xl = chain_x(v, SEG + 1, 2 * SEG + 1, yc, (float)v[2 * (SEG + 1) - 1].x);
    } else {
      xl = chain_x(v, 2 * (SEG + 1), 3 * SEG + 2, yc, (float)v[2 * (SEG + 1)].x);
      xr = chain_x(v, 3 * (SEG + 1), N - 1, yc, (float)v[N - 1].x);
    }
    int x0 = (int)ceilf(xl - 0.5f), x1 = (int)ceilf(xr - 0.5f);
    if (x1 > x0) {
      SDL_Rect row = {x0, y, x1 - x0, span};
      if (flat) {
        rows[nrows++] = row;
        if (nrows == BATCH) {
          SDL_RenderFillRects(ren, rows, nrows);
          nrows = 0;
        }
      } else {
        /* the fan's colours are linear in y: one colour per row */
        for (int j = 0; j < span; j++) {
          SDL_Color c = mix(top, bottom, (y + j + 0.5f - r.y) / (float)r.h);
          SDL_SetRenderDrawColor(ren, c.r, c.g, c.b, c.a);
          SDL_RenderFillRect(ren, &(SDL_Rect){x0, y + j, x1 - x0, 1});
        }
      }
    }
    y += span - 1;
  }
  if (nrows) SDL_RenderFillRects(ren, rows, nrows);
}

void fill_circle(App *app, int cx, int cy, int radius, SDL_Color c) {
  fill_round(app, (SDL_Rect){cx - radius, cy - radius, radius * 2, radius * 2}, radius, c, c);
}

void frame_round(App *app, SDL_Rect r, int radius, int bw, SDL_Color border, SDL_Color inside) {
  fill_round(app, r, radius, border, border);
  fill_round(app, rect_inset(r, bw), radius > bw ? radius - bw : 0, inside, inside);
}

static SDL_Rect clip_to(const App *app, SDL_Rect r) {
  SDL_Rect win = {0, 0, app->gfx.w, app->gfx.h}, out;
  if (!SDL_IntersectRect(&r, &win, &out)) return (SDL_Rect){0, 0, 0, 0};
  if (app->gfx.clipping) {
    SDL_Rect o2;
    if (!SDL_IntersectRect(&out, &app->gfx.clip, &o2)) return (SDL_Rect){0, 0, 0, 0};
    out = o2;
  }
  return out;
}

static void record(App *app, SDL_Rect text, SDL_Rect box, SDL_Color fg, SDL_Color bg, SDL_Color bg2, const char *str,
                   bool broken) {
  if (!app->gfx.record) return;
  SDL_Rect vis = clip_to(app, text);
  if (vis.w <= 0 || vis.h <= 0) return;
  if (app->gfx.nrecs == app->gfx.caprecs) {
    app->gfx.caprecs = app->gfx.caprecs ? app->gfx.caprecs * 2 : 256;
    app->gfx.recs = SDL_realloc(app->gfx.recs, (size_t)app->gfx.caprecs * sizeof *app->gfx.recs);
  }
  /* The visible part of the box: a bubble half scrolled away still has its
   * text inside what remains of it. */
  SDL_Rect vbox = clip_to(app, box);
  bool clipped = vis.w != text.w || vis.h != text.h;
  app->gfx.recs[app->gfx.nrecs++] = (TextRec){vis, clipped ? vbox : box, fg, bg, bg2, clipped, broken, str};
}

void draw_box(App *app, TextBox *b, int x, int y, SDL_Rect box, SDL_Color bg, SDL_Color bg2) {
  SDL_Rect d = {x, y, b->w, b->h};
  b->last_used = app->gfx.frame;
  SDL_Rect vis = clip_to(app, d);
  if (vis.w <= 0 || vis.h <= 0) return; /* not visible: not rasterised */
  SDL_Texture *t = text_texture(app, b);
  if (t) SDL_RenderCopy(app->gfx.ren, t, NULL, &d);
  record(app, d, box, b->color, bg, bg2, b->text, b->broken);
}

void draw_box_within(App *app, TextBox *b, SDL_Rect area, SDL_Color bg, SDL_Color bg2) {
  double k = 1;
  if (b->w > area.w) k = (double)area.w / b->w;
  if (b->h * k > area.h) k = (double)area.h / b->h;
  if (k >= 1) {
    draw_box(app, b, area.x + (area.w - b->w) / 2, area.y + (area.h - b->h) / 2, area, bg, bg2);
    return;
  }
  SDL_Rect d = {0, 0, (int)(b->w * k), (int)(b->h * k)};
  d.x = area.x + (area.w - d.w) / 2;
  d.y = area.y + (area.h - d.h) / 2;
  b->last_used = app->gfx.frame;
  SDL_Rect vis = clip_to(app, d);
  if (vis.w <= 0 || vis.h <= 0) return;
  SDL_Texture *t = text_texture(app, b);
  if (t) SDL_RenderCopy(app->gfx.ren, t, NULL, &d);
  record(app, d, area, b->color, bg, bg2, b->text, b->broken);
}

int draw_text(App *app, int style, const char *text, int x, int y, int wrap, SDL_Color fg,
              SDL_Color bg, SDL_Rect box) {
  TextBox *b = text_layout(app, style, text, wrap, fg);
  draw_box(app, b, x, y, box, bg, bg);
  return b->h;
}

static bool fits(const TextBox *b, int w, int max_h) { return !b->broken && b->w <= w && (max_h <= 0 || b->h <= max_h); }

TextBox *text_fit(App *app, const int *styles, int n, const char *text, int w, int max_h, SDL_Color fg) {
  TextBox *b = NULL;
  for (int i = 0; i < n; i++) {
    b = text_layout(app, styles[i], text, w, fg);
    if (fits(b, w, max_h)) return b;
  }
  int style = styles[n - 1];
  char buf[520];
  snprintf(buf, 500, "%s", text ? text : "");
  for (;;) {
    char *sp = strrchr(buf, ' ');
    while (sp && sp > buf && sp[-1] == ' ') sp--;
    if (!sp || sp == buf) return b; /* one word, too long: it wraps between letters rather than spill */
    memcpy(sp, "\xE2\x80\xA6", 4); /* "…" after the last whole word that fits */
    TextBox *t = text_layout(app, style, buf, w, fg);
    if (fits(t, w, max_h)) return t;
    *sp = 0;
  }
}

void zone_add(App *app, SDL_Rect r, Action a, int arg, int arg2) {
  if (app->in.nzones >= (int)(sizeof app->in.zones / sizeof app->in.zones[0])) return;
  Zone z = {r, r, {0, 0, app->gfx.w, app->gfx.h}, false, app->gfx.scroller, a, arg, arg2, NULL};
  if (app->gfx.clipping) {
    /* kept even when scrolled away, so Tab can reach it */
    if (!SDL_IntersectRect(&r, &app->gfx.clip, &z.r)) z.r = (SDL_Rect){0, 0, 0, 0};
    z.view = app->gfx.clip;
    z.scrolls = true;
  }
  app->in.zones[app->in.nzones++] = z;
}

static int pad_x(App *app) { return dp(app, 14); }
static int pad_y(App *app) { return dp(app, 9); }

/* A button's label laid out for a button w wide. One that fits on one line
 * stays whole even when the padding was rounded a pixel short of its
 * width (no "Men/u"); a longer one wraps inside the padding. */
static TextBox *label_box(App *app, int style, const char *label, int w, SDL_Color fg) {
  TextBox *b = text_layout(app, style, label, 0, fg);
  if (b->w > w - 2 * dp(app, 4) || strchr(label, '\n')) b = text_layout(app, style, label, w - 2 * pad_x(app), fg);
  return b;
}

int button_height(App *app, const char *label, int w, int style) {
  TextBox *b = label_box(app, style, label, w, (SDL_Color){0, 0, 0, 255});
  int h = b->h + 2 * pad_y(app);
  int min = dp(app, 44); /* a finger's width */
  return h < min ? min : h;
}

void button_colored(App *app, SDL_Rect r, const char *label, Action a, int arg, int arg2,
                    SDL_Color bg, SDL_Color fg, SDL_Color border, int style, int align_left) {
  int rad = dp(app, 10);
  if (memcmp(&bg, &border, sizeof bg) == 0) fill_round(app, r, rad, bg, bg);
  else frame_round(app, r, rad, dp(app, 1.5) > 0 ? dp(app, 1.5) : 1, border, bg);
  TextBox *b = label_box(app, style, label, r.w, fg);
  int lpad = (r.w - b->w) / 2 < pad_x(app) ? (r.w - b->w) / 2 : pad_x(app);
  int x = align_left ? text_x(b, r.x + lpad, r.w - 2 * lpad) : r.x + (r.w - b->w) / 2;
  draw_box(app, b, x, r.y + (r.h - b->h) / 2, r, bg, bg);
  int n = app->in.nzones;
  zone_add(app, r, a, arg, arg2);
  if (app->in.nzones > n) app->in.zones[n].label = b->text; /* read aloud when focused */
}

void button(App *app, SDL_Rect r, const char *label, Action a, int arg, int arg2, bool primary) {
  const Theme *t = &app->gfx.th;
  if (primary) button_colored(app, r, label, a, arg, arg2, t->primary, t->primary_text, t->primary, FONT_BOLD, 0);
  else button_colored(app, r, label, a, arg, arg2, t->button, t->button_text, t->button_border, FONT_BOLD, 0);
}

SDL_Rect help_button(App *app, int right, int y, int h, SDL_Color bg, SDL_Color fg, SDL_Color border) {
  const char *label = S(app, S_HELP);
  int w = text_width(app, FONT_BOLD, label) + dp(app, 30);
  int bh = h - dp(app, 16);
  if (bh < dp(app, 30)) bh = h - dp(app, 4);
  SDL_Rect r = {right - w, y + (h - bh) / 2, w, bh};
  int rad = bh / 2;
  frame_round(app, r, rad, dp(app, 1.5) > 0 ? dp(app, 1.5) : 1, border, bg);
  TextBox *b = text_layout(app, FONT_BOLD, label, 0, fg);
  draw_box(app, b, r.x + (r.w - b->w) / 2, r.y + (r.h - b->h) / 2, r, bg, bg);
  int n = app->in.nzones;
  zone_add(app, r, ACT_HELP, 0, 0);
  if (app->in.nzones > n) app->in.zones[n].label = b->text;
  app->gfx.marks.help = r;
  return r;
}

void clip_push(App *app, SDL_Rect r) {
  app->gfx.clip = r;
  app->gfx.clipping = true;
  SDL_RenderSetClipRect(app->gfx.ren, &r);
}

void clip_pop(App *app) {
  app->gfx.clipping = false;
  SDL_RenderSetClipRect(app->gfx.ren, NULL);
}

/* A rounded ring of width bw just outside r (the focus ring). */
static void ring_round(App *app, SDL_Rect r, int radius, int bw, SDL_Color c) {
  enum { SEG = 8, N = 4 * (SEG + 1) };
  SDL_Vertex v[2 * N];
  int idx[6 * N], m = 0;
  float cx[4] = {(float)(r.x + r.w - radius), (float)(r.x + radius), (float)(r.x + radius), (float)(r.x + r.w - radius)};
  float cy[4] = {(float)(r.y + radius), (float)(r.y + radius), (float)(r.y + r.h - radius), (float)(r.y + r.h - radius)};
  for (int k = 0, n = 0; k < 4; k++)
    for (int i = 0; i <= SEG; i++, n++) {
      double a = (k * 90 + i * 90.0 / SEG) * 3.14159265358979 / 180.0;
      float ca = (float)cos(a), sa = (float)sin(a);
      v[2 * n] = (SDL_Vertex){{cx[k] + ca * radius, cy[k] - sa * radius}, c, {0, 0}};
      v[2 * n + 1] = (SDL_Vertex){{cx[k] + ca * (radius + bw), cy[k] - sa * (radius + bw)}, c, {0, 0}};
    }
  for (int n = 0; n < N; n++) {
    int a = 2 * n, b = 2 * n + 1, c2 = 2 * ((n + 1) % N), d = 2 * ((n + 1) % N) + 1;
    idx[m++] = a; idx[m++] = b; idx[m++] = d;
    idx[m++] = a; idx[m++] = d; idx[m++] = c2;
  }
  SDL_RenderGeometry(app->gfx.ren, NULL, v, 2 * N, idx, m);
}

/* The ring's colour: the theme's, unless it stands out less than 3:1 from
 * what the ring covers (read back under it, along each side: a header, a
 * card, the page, a call), then black or white, whichever stands out more
 * from all of it. */
static SDL_Color ring_color(App *app, SDL_Rect r, int bw) {
  int d = 1 + bw / 2;
  int xs[2] = {r.x + r.w / 3, r.x + r.w * 2 / 3}, ys[2] = {r.y + r.h / 3, r.y + r.h * 2 / 3};
  SDL_Point p[8] = {{xs[0], r.y - d}, {xs[1], r.y - d}, {xs[0], r.y + r.h - 1 + d}, {xs[1], r.y + r.h - 1 + d},
                    {r.x - d, ys[0]}, {r.x - d, ys[1]}, {r.x + r.w - 1 + d, ys[0]}, {r.x + r.w - 1 + d, ys[1]}};
  SDL_Color seen[8];
  int n = 0;
  for (int i = 0; i < 8; i++) {
    if (p[i].x < 0 || p[i].y < 0 || p[i].x >= app->gfx.w || p[i].y >= app->gfx.h) continue;
    Uint32 px = 0;
    SDL_Rect one = {p[i].x, p[i].y, 1, 1};
    if (SDL_RenderReadPixels(app->gfx.ren, &one, SDL_PIXELFORMAT_ARGB8888, &px, 4) != 0) continue;
    seen[n++] = (SDL_Color){(Uint8)(px >> 16), (Uint8)(px >> 8), (Uint8)px, 255};
  }
  SDL_Color cand[3] = {app->gfx.th.focus, {0, 0, 0, 255}, {255, 255, 255, 255}};
  int best = 0;
  double best_min = -1;
  for (int c = 0; c < 3; c++) {
    double lo = 21;
    for (int i = 0; i < n; i++) {
      double k = contrast_ratio(cand[c], seen[i]);
      if (k < lo) lo = k;
    }
    if (c == 0 && lo >= 3.0) return cand[0];
    if (lo > best_min) { best_min = lo; best = c; }
  }
  return cand[best];
}

/* Only once a key or a gamepad has been used: a mouse user sees no ring. */
void draw_focus_ring(App *app) {
  if (!app->in.focus_visible || app->in.focus < 0 || app->in.focus >= app->in.nzones) return;
  SDL_Rect r = app->in.zones[app->in.focus].r;
  if (r.w <= 0 || r.h <= 0) return;
  int bw = dp(app, 3) > 3 ? dp(app, 3) : 3; /* never thinner than 3 px */
  int rad = dp(app, 10);
  if (rad * 2 > r.h) rad = r.h / 2;
  SDL_Rect in = rect_inset(r, -1);
  SDL_Color c = ring_color(app, in, bw);
  SDL_SetRenderDrawBlendMode(app->gfx.ren, SDL_BLENDMODE_NONE);
  ring_round(app, in, rad + 1, bw, c);
  app->gfx.marks.ring = rect_inset(in, -bw);
  app->gfx.marks.ring_width = bw;
  app->gfx.marks.ring_color = c;
}

void scrollbar(App *app, SDL_Rect view, float top, float max, SDL_Color c) {
  if (max <= 0 || view.h <= 0) return;
  int track = view.h - dp(app, 16);
  int th = (int)(track * view.h / (view.h + max));
  if (th < dp(app, 24)) th = dp(app, 24);
  int ty = view.y + dp(app, 8) + (int)((track - th) * (top / max));
  fill_round(app, (SDL_Rect){view.x + view.w - dp(app, 7), ty, dp(app, 4), th}, dp(app, 2), c, c);
}

void scroll_clamp(float *scroll, float *max, int content, int view_h) {
  *max = content > view_h ? (float)(content - view_h) : 0;
  if (*scroll > *max) *scroll = *max;
  if (*scroll < 0) *scroll = 0;
}

void scroll_column(App *app, SDL_Rect view, int x, int w, int top, int bottom, float *scroll, float *max,
                   ColumnBody body, SDL_Color bar) {
  scroll_clamp(scroll, max, body(app, x, 0, w, false) + bottom, view.h);
  clip_push(app, view);
  body(app, x, view.y + top - (int)*scroll, w, true);
  clip_pop(app);
  scrollbar(app, view, *scroll, *max, bar);
}

int page_header(App *app, const char *title, bool back) {
  const Theme *t = &app->gfx.th;
  int hbw = text_width(app, FONT_BOLD, S(app, S_HELP)) + dp(app, 30);
  const char *bl = S(app, S_BACK);
  int bw = back ? text_width(app, FONT_BOLD, bl) + dp(app, 30) : 0;
  int x = dp(app, 16) + (back ? bw + dp(app, 14) : 0);
  int room = app->gfx.w - dp(app, 28) - hbw - x;
  int badge = app->nav.screen == SCR_DEBRIEF ? classroom_badge(app, 0, (SDL_Rect){0}, false) : 0;
  if (room - badge < dp(app, 200)) badge = 0; /* a narrow window: the title first */
  room -= badge; /* classroom mode: the badge beside Help */
  /* at most two lines, in a smaller style or shortened if need be: the
   * header never pushes the page away */
  static const int styles[] = {FONT_HEAD, FONT_BOLD, FONT_SMALL};
  int two = 2 * app->gfx.fonts.line[FONT_BOLD];
  if (two < app->gfx.fonts.line[FONT_HEAD]) two = app->gfx.fonts.line[FONT_HEAD];
  TextBox *tb = text_fit(app, styles, 3, title, room, two, t->header_text);
  int bh = app->gfx.fonts.line[FONT_BOLD] + dp(app, 18);
  if (bh < dp(app, 44)) bh = dp(app, 44);
  int h = tb->h > bh ? tb->h : bh;
  h += dp(app, 20);
  if (h < dp(app, 56)) h = dp(app, 56);
  SDL_Rect bar = {0, 0, app->gfx.w, h};
  fill_rect(app, bar, t->header);
  app->gfx.marks.header = bar;
  if (back) {
    SDL_Rect br = {dp(app, 16), (h - bh) / 2, bw, bh};
    button_colored(app, br, bl, ACT_BACK, 0, 0, t->header, t->header_text, t->header_text, FONT_BOLD, 0);
  }
  SDL_Rect hb = help_button(app, app->gfx.w - dp(app, 16), (h - bh - dp(app, 16)) / 2, bh + dp(app, 16), t->header,
                            t->header_text, t->header_text);
  if (badge) classroom_badge(app, hb.x - dp(app, 10), bar, true);
  draw_box(app, tb, x, (h - tb->h) / 2, (SDL_Rect){x, 0, room, h}, t->header, t->header);
  return h;
}

/* A tick: a short stroke down-right, a long one up-right (w wide, h high). */
static void tick(App *app, float x, float y, float w, float h, float th, SDL_Color c) {
  SDL_FPoint p[3] = {{x, y + h * 0.55f}, {x + w * 0.35f, y + h}, {x + w, y}};
  for (int s = 0; s < 2; s++) {
    SDL_FPoint a = p[s], b = p[s + 1];
    float dx = b.x - a.x, dy = b.y - a.y, len = sqrtf(dx * dx + dy * dy);
    float nx = -dy / len * th / 2, ny = dx / len * th / 2;
    SDL_Vertex v[4] = {{{a.x + nx, a.y + ny}, c, {0, 0}}, {{b.x + nx, b.y + ny}, c, {0, 0}},
                       {{b.x - nx, b.y - ny}, c, {0, 0}}, {{a.x - nx, a.y - ny}, c, {0, 0}}};
    int idx[6] = {0, 1, 2, 0, 2, 3};
    SDL_RenderGeometry(app->gfx.ren, NULL, v, 4, idx, 6);
  }
}

/* Sent and read, as a phone messenger shows them: two ticks, coloured once
 * read. Returns the width they take. */
int draw_ticks(App *app, int x, int y, bool read, bool draw) {
  int w = dp(app, 16), h = dp(app, 9);
  if (draw) {
    const Theme *t = &app->gfx.th;
    SDL_Color c = read ? t->tick_read : t->tick;
    float th = (float)(dp(app, 2) > 1 ? dp(app, 2) : 1.5);
    tick(app, (float)x, (float)y, (float)w * 0.62f, (float)h, th, c);
    tick(app, (float)x + w * 0.38f, (float)y, (float)w * 0.62f, (float)h, th, c);
  }
  return w;
}
