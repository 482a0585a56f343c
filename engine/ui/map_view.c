#include "map_view.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "inbox.h"
#include "storymap.h"
#include "textbox.h"
#include "util.h"

typedef struct MapState {
  int story;         /* library index */
  StoryMap *map;     /* NULL: could not be laid out (why) */
  char *why;         /* the details, in English: for whoever fixes it */
  bool too_big;      /* the story's size, not this copy of the game */
} MapState;

void map_close(App *app) {
  MapState *m = app->map;
  if (!m) return;
  map_free(m->map);
  free(m->why);
  free(m);
  app->map = NULL;
}

/* The scenes entered so far, in order, from the runtime's history. */
static int *played_path(const App *app, const Story *s, int *n) {
  *n = 0;
  if (!app->play.rt || app->play.story != s) return NULL;
  int cap = rt_choices_made(app->play.rt) + 2;
  int *path = xcalloc((size_t)cap, sizeof(int));
  path[(*n)++] = rt_start_scene(app->play.rt);
  /* replay the choices on a copy to learn the scenes they led to */
  Runtime *walk = rt_new(s, rt_lang(app->play.rt), "x", GENDER_X);
  rt_start_at(walk, rt_start_scene(app->play.rt), NULL);
  rt_set_quiet(walk, true);
  int np;
  const int *choices = rt_path(app->play.rt, &np);
  for (int i = 0; i < np && *n < cap; i++) {
    if (rt_run(walk) != RT_CHOICE || !rt_choose_index(walk, choices[i])) break;
    rt_run(walk);
    int sc = (int)(rt_scene(walk) - s->scenes);
    if (sc != path[*n - 1]) path[(*n)++] = sc;
  }
  rt_free(walk);
  return path;
}

void map_open(App *app, int index) {
  if (index < 0 || index >= app->lib.nstories) return;
  map_close(app);
  MapState *m = xcalloc(1, sizeof *m);
  app->map = m;
  m->story = index;
  const Story *s = app->lib.stories[index].story;
  int n;
  int *path = played_path(app, s, &n);
  m->map = map_layout(s, path, n, &m->why);
  m->too_big = !m->map && map_too_big();
  free(path);
  if (app->nav.screen != SCR_MAP) app->nav.back_to = app->nav.screen;
  app->nav.screen = SCR_MAP;
  app->nav.scroll[SCR_MAP] = 0;
  app->in.focus = -1;
  app->gfx.dirty = true;
}

void map_play_from(App *app, int scene) {
  MapState *m = app->map;
  if (!m) return;
  int index = m->story;
  app_open_story(app, index, false);
  if (app->play.rt) {
    app->play.no_save = true; /* trying a scene is not the player's game */
    rt_start_at(app->play.rt, scene, NULL);
    app->play.shown = 0;
    app->play.reveal_at = 0;
    inbox_reset(app);
  }
  map_close(app);
  app_go(app, SCR_CHAT);
}

/* A cubic Bézier chain (Graphviz's edges) as short straight lines. */
static void draw_curve(App *app, const MapEdge *e, double k, int ox, int oy, int width, SDL_Color c) {
  SDL_SetRenderDrawColor(app->gfx.ren, c.r, c.g, c.b, 255);
  for (int off = 0; off < width; off++) {
    double dx = off - width / 2.0;
    double px = -1, py = -1;
    for (int i = 0; i + 3 < e->npoints; i += 3) {
      const double *p = &e->points[2 * i];
      for (int step = 0; step <= 10; step++) {
        double t = step / 10.0, u = 1 - t;
        double x = u * u * u * p[0] + 3 * u * u * t * p[2] + 3 * u * t * t * p[4] + t * t * t * p[6];
        double y = u * u * u * p[1] + 3 * u * u * t * p[3] + 3 * u * t * t * p[5] + t * t * t * p[7];
        double sx = ox + x * k + dx, sy = oy + y * k;
        if (px >= 0) SDL_RenderDrawLine(app->gfx.ren, (int)px, (int)py, (int)sx, (int)sy);
        px = sx, py = sy;
      }
    }
    if (e->has_end && px >= 0) {
      /* the arrow: a line to the tip and two barbs */
      double tx = ox + e->end_x * k + dx, ty = oy + e->end_y * k;
      SDL_RenderDrawLine(app->gfx.ren, (int)px, (int)py, (int)tx, (int)ty);
      double ang = atan2(ty - py, tx - px), len = 9 * k + 4;
      for (int side = -1; side <= 1; side += 2)
        SDL_RenderDrawLine(app->gfx.ren, (int)tx, (int)ty, (int)(tx - len * cos(ang + side * 0.45)),
                           (int)(ty - len * sin(ang + side * 0.45)));
    }
  }
}

static const SDL_Color PATH = {217, 72, 15, 255};

static int body(App *app, int x, int y, int w, bool draw) {
  MapState *m = app->map;
  const Theme *t = &app->gfx.th;
  const Story *s = app->lib.stories[m->story].story;
  SDL_Rect col = {x, y, w, 1 << 20};
  if (!m->map) {
    /* in the player's words; the command line's details stay out */
    TextBox *b = text_layout(app, FONT_BODY, S(app, m->too_big ? S_MAP_TOO_BIG : S_MAP_NONE), w, t->text);
    if (draw) draw_box(app, b, x, y, col, t->bg, t->bg);
    return b->h + dp(app, 20);
  }
  const StoryMap *map = m->map;
  /* fit the width, never larger than the text size asks */
  double natural = app->gfx.dp, k = natural;
  if (map->width * k > w) k = w / map->width;
  int ox = x + (int)((w - map->width * k) / 2), oy = y;
  int h = (int)(map->height * k) + dp(app, 20);
  if (!draw) return h;
  for (int i = 0; i < map->nedges; i++) {
    const MapEdge *e = &map->edges[i];
    draw_curve(app, e, k, ox, oy, e->on_path ? dp(app, 3) : 1, e->on_path ? PATH : t->dim);
  }
  /* the choices' words where Graphviz made room for them, when legible */
  for (int i = 0; i < map->nedges && k > 0.85 * natural; i++) {
    const MapEdge *e = &map->edges[i];
    if (!e->label) continue;
    TextBox *b = text_layout(app, FONT_SMALL, e->label, w, e->on_path ? PATH : t->dim);
    int lx = ox + (int)(e->label_x * k) - b->w / 2, ly = oy + (int)(e->label_y * k) - b->h / 2;
    draw_box(app, b, lx, ly, (SDL_Rect){lx, ly, b->w, b->h}, t->bg, t->bg);
  }
  for (int i = 0; i < map->nnodes; i++) {
    const MapNode *n = &map->nodes[i];
    const Scene *sc = &s->scenes[n->scene];
    SDL_Rect r = {ox + (int)((n->x - n->w / 2) * k), oy + (int)((n->y - n->h / 2) * k), (int)(n->w * k),
                  (int)(n->h * k)};
    SDL_Color fill = sc->is_ending ? (SDL_Color){220, 252, 231, 255} : t->card;
    SDL_Color border = n->on_path ? PATH : n->scene == s->start ? t->text : t->card_border;
    frame_round(app, r, dp(app, 6), n->on_path || n->scene == s->start ? dp(app, 3) : 1, border, fill);
    SDL_Color fg = sc->is_ending ? (SDL_Color){20, 20, 20, 255} : t->card_text;
    /* the scene's name whole, on one line; smaller when the map is */
    TextBox *b = text_layout(app, FONT_SMALL, sc->id, 0, fg);
    draw_box_within(app, b, rect_inset(r, dp(app, 3)), fill, fill);
    zone_add(app, r, ACT_MAP_SCENE, n->scene, 0);
  }
  return h;
}

void draw_map(App *app) {
  MapState *m = app->map;
  theme_get(&app->gfx.th, SKIN_GAME, app->set.high_contrast);
  const Theme *t = &app->gfx.th;
  fill_rect(app, (SDL_Rect){0, 0, app->gfx.w, app->gfx.h}, t->bg);
  if (!m) return;
  const Story *s = app->lib.stories[m->story].story;
  char *title = xasprintf("%s: %s", S(app, S_MAP), story_tr(s, app->set.lang, s->title ? s->title : s->id));
  int hh = page_header(app, title, true);
  free(title);
  TextBox *hint = text_layout(app, FONT_SMALL, S(app, S_MAP_HINT), app->gfx.w - dp(app, 48), t->dim);
  SDL_Rect hr = {dp(app, 24), hh + dp(app, 8), app->gfx.w - dp(app, 48), hint->h};
  draw_box(app, hint, hr.x, hr.y, hr, t->bg, t->bg);
  int top = hh + hint->h + dp(app, 16);
  SDL_Rect view = {0, top, app->gfx.w, app->gfx.h - top};
  int w = app->gfx.w - 2 * dp(app, 24);
  scroll_column(app, view, dp(app, 24), w, dp(app, 8), dp(app, 24), &app->nav.scroll[SCR_MAP],
                &app->nav.scroll_max[SCR_MAP], body, t->dim);
}
