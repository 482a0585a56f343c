#define _XOPEN_SOURCE 700
/* The structural checks shared by the render tests (checks.h). */
#include <stdio.h>
#include <stdlib.h>

#include "checks.h"
#include "draw.h"
#include "headless.h"
#include "threads.h"
#include "util.h"

static bool inside(SDL_Rect a, SDL_Rect b, int tol) {
  return a.x >= b.x - tol && a.y >= b.y - tol && a.x + a.w <= b.x + b.w + tol && a.y + a.h <= b.y + b.h + tol;
}

static bool empty(SDL_Rect r) { return r.w <= 0 || r.h <= 0; }

/* What must never be hidden (app.h Marks): the help button, whole and
 * pressable (no other button over it); the header, with no reply over it;
 * the newest message in view, above the reply strip. */
static int check_marks(App *app, const char *what) {
  const Marks *m = &app->gfx.marks;
  SDL_Rect win = {0, 0, app->gfx.w, app->gfx.h}, x;
  int bad = 0;
  int help = -1;
  for (int i = 0; i < app->in.nzones; i++)
    if ((app->in.zones[i].action == ACT_HELP || app->in.zones[i].action == ACT_HELP_CLOSE) &&
        SDL_RectEquals(&app->in.zones[i].r, &m->help))
      help = i;
  if (help < 0 || empty(m->help) || !inside(m->help, win, 0)) {
    fprintf(stderr, "%s: no help button in the window\n", what);
    bad++;
  } else {
    for (int i = 0; i < app->in.nzones; i++)
      if (i != help && SDL_IntersectRect(&app->in.zones[i].r, &m->help, &x)) {
        fprintf(stderr, "%s: a button (action %d) over the help button\n", what, app->in.zones[i].action);
        bad++;
      }
  }
  if (!app->nav.help_open) {
    if (empty(m->header) || !inside(m->header, win, 0)) {
      fprintf(stderr, "%s: no header in the window\n", what);
      bad++;
    }
    for (int i = 0; i < app->in.nzones; i++)
      if (app->in.zones[i].action == ACT_CHOICE && SDL_IntersectRect(&app->in.zones[i].r, &m->header, &x)) {
        fprintf(stderr, "%s: a reply over the header\n", what);
        bad++;
      }
  }
  /* a call's buttons, with their words: whole, in the window, above the
   * strip, under the header */
  if (!app->nav.help_open && !empty(m->controls)) {
    if (!inside(m->controls, win, 0)) {
      fprintf(stderr, "%s: the call's buttons are not all in the window\n", what);
      bad++;
    }
    if (!empty(m->strip) && SDL_IntersectRect(&m->controls, &m->strip, &x)) {
      fprintf(stderr, "%s: the reply strip covers the call's buttons\n", what);
      bad++;
    }
    if (SDL_IntersectRect(&m->controls, &m->header, &x) || SDL_IntersectRect(&m->controls, &m->view, &x)) {
      fprintf(stderr, "%s: the call's buttons over its header or captions\n", what);
      bad++;
    }
    SDL_Rect seen = {0};
    if (!empty(m->last) && (!SDL_IntersectRect(&m->last, &m->view, &seen) || seen.h < app->gfx.fonts.line[FONT_BODY])) {
      fprintf(stderr, "%s: less than a line of the newest caption shows (%d px)\n", what, seen.h);
      bad++;
    }
    if (SDL_IntersectRect(&m->view, &m->header, &x)) {
      fprintf(stderr, "%s: the captions over the call's header (the caller's name)\n", what);
      bad++;
    }
  }
  /* the status line has a band of its own: no button and no other text
   * under it, however many lines it wraps to */
  if (!empty(m->status)) {
    for (int i = 0; i < app->in.nzones; i++)
      if (SDL_IntersectRect(&app->in.zones[i].r, &m->status, &x)) {
        fprintf(stderr, "%s: a button (action %d) under the status line\n", what, app->in.zones[i].action);
        bad++;
      }
    for (int i = 0; i < app->gfx.nrecs; i++) {
      const TextRec *r = &app->gfx.recs[i];
      if (!inside(r->box, m->status, 0) && SDL_IntersectRect(&r->text, &m->status, &x)) {
        fprintf(stderr, "%s: text under the status line: \"%.60s\"\n", what, r->str ? r->str : "");
        bad++;
      }
    }
  }
  if (!app->nav.help_open && app->nav.screen == SCR_CHAT && !empty(m->last) && app->nav.scroll[SCR_CHAT] == 0) {
    /* at the bottom of the conversation the newest message is in view: all
     * of it, or as much as the view holds */
    SDL_Rect seen = {0};
    SDL_IntersectRect(&m->last, &m->view, &seen);
    int need = m->last.h < m->view.h ? m->last.h : m->view.h;
    /* taller than the room left above the typing dots: its end, and at
     * least half the view */
    bool end_seen = m->last.y + m->last.h <= m->view.y + m->view.h && seen.h >= m->view.h / 2;
    if (seen.h < need - dp(app, 12) - 1 && !end_seen) {
      fprintf(stderr, "%s: the newest message is hidden (%d of %d px seen, view %d px)\n", what, seen.h, m->last.h, m->view.h);
      bad++;
    }
    if (!empty(m->strip) && SDL_IntersectRect(&m->view, &m->strip, &x)) {
      fprintf(stderr, "%s: the reply strip covers the conversation\n", what);
      bad++;
    }
  }
  return bad;
}

/* The structural checks on the frame just drawn; returns the failures. */
int check_frame(App *app, const char *what, const char *keep_dir) {
  int bad = 0;
  double need = app->set.high_contrast ? 7.0 : 4.5;
  SDL_Rect win = {0, 0, app->gfx.w, app->gfx.h};
  if (app->gfx.nrecs < 3) {
    fprintf(stderr, "%s: only %d texts drawn\n", what, app->gfx.nrecs);
    bad++;
  }
  for (int i = 0; i < app->gfx.nrecs; i++) {
    const TextRec *r = &app->gfx.recs[i];
    const char *s = r->str ? r->str : "";
    if (!inside(r->text, r->box, 1)) {
      fprintf(stderr, "%s: text outside its box: \"%.60s\" at %d,%d %dx%d, box %d,%d %dx%d\n", what, s, r->text.x,
              r->text.y, r->text.w, r->text.h, r->box.x, r->box.y, r->box.w, r->box.h);
      bad++;
    }
    if (!inside(r->text, win, 0)) {
      fprintf(stderr, "%s: text outside the window: \"%.60s\"\n", what, s);
      bad++;
    }
    if (r->broken) {
      fprintf(stderr, "%s: a word cut in two (or a bracket alone): \"%.60s\" in a box %d px wide\n", what, s, r->box.w);
      bad++;
    }
    double c1 = contrast_ratio(r->fg, r->bg), c2 = contrast_ratio(r->fg, r->bg2);
    if (c1 < need || c2 < need) {
      fprintf(stderr, "%s: contrast %.2f/%.2f < %.1f: \"%.60s\" #%02x%02x%02x on #%02x%02x%02x\n", what, c1, c2, need, s,
              r->fg.r, r->fg.g, r->fg.b, r->bg.r, r->bg.g, r->bg.b);
      bad++;
    }
  }
  bad += check_marks(app, what);
  for (int i = 0; i < app->in.nzones; i++) {
    if (!inside(app->in.zones[i].r, win, 0)) {
      fprintf(stderr, "%s: a button outside the window (action %d)\n", what, app->in.zones[i].action);
      bad++;
    }
  }
  if (bad) {
    char *path = xasprintf("%s/fail-%s.bmp", keep_dir, what);
    app_save_frame(app, path);
    fprintf(stderr, "%s: frame kept in %s\n", what, path);
    free(path);
  }
  return bad;
}


static SDL_Color pixel(SDL_Surface *s, int x, int y) {
  Uint32 p = ((Uint32 *)((Uint8 *)s->pixels + y * s->pitch))[x];
  SDL_Color c;
  SDL_GetRGB(p, s->format, &c.r, &c.g, &c.b);
  c.a = 255;
  return c;
}

int check_ring(App *app, const char *what, const char *keep_dir) {
  const Marks *m = &app->gfx.marks;
  SDL_Surface *s = app->gfx.surf;
  if (m->ring.w <= 0 || m->ring.h <= 0) {
    fprintf(stderr, "%s: no focus ring drawn\n", what);
    return 1;
  }
  int bad = 0;
  if (m->ring_width < 3) {
    fprintf(stderr, "%s: the focus ring is %d px wide\n", what, m->ring_width);
    bad++;
  }
  /* The ring's pixels against the same pixels without it (WCAG's focus
   * appearance): the frame drawn again with no visible focus, read along
   * the middle of the ring's band on each side (away from the corners). */
  SDL_Color ring = m->ring_color;
  SDL_Rect r = m->ring;
  int d = m->ring_width / 2;
  int xs[2] = {r.x + r.w / 3, r.x + r.w * 2 / 3}, ys[2] = {r.y + r.h / 3, r.y + r.h * 2 / 3};
  SDL_Point p[8] = {{xs[0], r.y + d}, {xs[1], r.y + d}, {xs[0], r.y + r.h - 1 - d}, {xs[1], r.y + r.h - 1 - d},
                    {r.x + d, ys[0]}, {r.x + d, ys[1]}, {r.x + r.w - 1 - d, ys[0]}, {r.x + r.w - 1 - d, ys[1]}};
  for (int i = 0; i < 8; i++)
    if (p[i].x >= 0 && p[i].y >= 0 && p[i].x < s->w && p[i].y < s->h && contrast_ratio(pixel(s, p[i].x, p[i].y), ring) > 1.01) {
      fprintf(stderr, "%s: the focus ring is not where it says (%d,%d)\n", what, p[i].x, p[i].y);
      bad++;
      break;
    }
  app->in.focus_visible = false;
  app_draw(app);
  for (int i = 0; i < 8; i++) {
    if (p[i].x < 0 || p[i].y < 0 || p[i].x >= s->w || p[i].y >= s->h) continue;
    SDL_Color c = pixel(s, p[i].x, p[i].y);
    double k = contrast_ratio(ring, c);
    if (k < 3.0) {
      fprintf(stderr, "%s: focus ring #%02x%02x%02x on #%02x%02x%02x at %d,%d: %.2f < 3:1\n", what, ring.r, ring.g,
              ring.b, c.r, c.g, c.b, p[i].x, p[i].y, k);
      bad++;
      break;
    }
  }
  app->in.focus_visible = true;
  app_draw(app);
  if (bad) {
    char *path = xasprintf("%s/fail-%s.bmp", keep_dir, what);
    app_save_frame(app, path);
    fprintf(stderr, "%s: frame kept in %s\n", what, path);
    free(path);
  }
  return bad;
}

/* The conversations the list shows: all, or (an app with a requests
 * folder) the requests inside the folder and the others outside it. */
static int listed(App *app, bool *want, int max) {
  Thread t[64];
  int n = threads_list(app->play.rt, app->play.shown, app->inbox.seen, t, 64), k = 0;
  bool folder = app->gfx.th.skin && app->gfx.th.skin->choice[SK_inbox_requests] == 1;
  for (int i = 0; i < n; i++) {
    if (folder && (t[i].state == CONTACT_REQUEST) != app->inbox.folder) continue;
    if (t[i].who >= 0 && t[i].who < max && !want[t[i].who]) {
      want[t[i].who] = true;
      k++;
    }
  }
  return k;
}

static int keys(App *app, const char *lines) {
  char *why = NULL;
  if (headless_run(app, lines, &why)) return 0;
  fprintf(stderr, "script: %s\n", why ? why : "?");
  free(why);
  return 1;
}

/* The rows whole in the list's view now (a zone whose pressable part is
 * the whole row, inside the list). */
static int mark_whole(App *app, const bool *want, bool *got) {
  int k = 0;
  for (int i = 0; i < app->in.nzones; i++) {
    const Zone *z = &app->in.zones[i];
    if (z->action != ACT_THREAD || z->arg < 0 || z->arg >= 64 || !want[z->arg] || got[z->arg]) continue;
    if (!SDL_RectEquals(&z->r, &z->full) || !inside(z->full, app->inbox.area, 0)) continue;
    got[z->arg] = true;
    k++;
  }
  return k;
}

int check_list(App *app, const char *what) {
  if (empty(app->inbox.area) || !app->play.rt) return 0;
  bool want[64] = {0}, by_key[64] = {0}, by_wheel[64] = {0};
  int n = listed(app, want, 64), bad = 0, got = 0;
  /* Tab after Tab: each row, focused, is brought whole into view */
  int presses = app->in.nzones + 2;
  for (int k = 0; k < presses && got < n; k++) {
    bad += keys(app, "key Tab\n");
    const Zone *z = app->in.focus >= 0 && app->in.focus < app->in.nzones ? &app->in.zones[app->in.focus] : NULL;
    if (!z || z->action != ACT_THREAD || z->arg < 0 || z->arg >= 64 || !want[z->arg] || by_key[z->arg]) continue;
    if (SDL_RectEquals(&z->r, &z->full) && inside(z->full, app->inbox.area, 0)) {
      by_key[z->arg] = true;
      got++;
    }
  }
  if (got < n) {
    fprintf(stderr, "%s: %d of %d conversations cannot be reached with Tab in the list\n", what, n - got, n);
    bad++;
  }
  /* the wheel over the list, from its top */
  SDL_Rect a = app->inbox.area;
  char line[80];
  snprintf(line, sizeof line, "scroll 100 %d %d\n", a.x + a.w / 2, a.y + a.h / 2);
  bad += keys(app, line);
  snprintf(line, sizeof line, "scroll -1 %d %d\n", a.x + a.w / 2, a.y + a.h / 2);
  got = mark_whole(app, want, by_wheel);
  for (int k = 0; k < 200 && got < n; k++) {
    float before = app->inbox.scroll;
    bad += keys(app, line);
    got += mark_whole(app, want, by_wheel);
    if (app->inbox.scroll == before) break; /* at the end */
  }
  if (got < n) {
    fprintf(stderr, "%s: %d of %d conversations cannot be scrolled into the list's view\n", what, n - got, n);
    bad++;
  }
  return bad;
}
