/* The start screen: a discreet title, one card per story (title, app,
 * length, a one-line content note), continue when a save exists, settings,
 * help, and the quick-exit keys. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "forget.h"
#include "menu.h"
#include "paths.h"
#include "save.h"
#include "util.h"

static int cmp_entry(const void *a, const void *b) {
  const StoryEntry *x = a, *y = b;
  return strcmp(x->story->id ? x->story->id : "", y->story->id ? y->story->id : "");
}

static bool same_place(const char *a, const char *b) {
  char ra[PATH_MAX], rb[PATH_MAX];
  if (!realpath(a, ra) || !realpath(b, rb)) return strcmp(a, b) == 0;
  return strcmp(ra, rb) == 0;
}

/* Every story folder under the stories directory, loaded the first time
 * the menu shows (a story played from the command line does not wait for
 * the others). A story already in the list is not loaded twice. */
void menu_load(App *app) {
  if (app->lib.menu_loaded) {
    for (int i = 0; i < app->lib.nstories; i++) app->lib.stories[i].has_save = save_exists(app->lib.stories[i].story);
    return;
  }
  app->lib.menu_loaded = true;
  const Story *playing = app->lib.story_index >= 0 ? app->lib.stories[app->lib.story_index].story : NULL;
  /* a class's folder first (each pupil's story), then the game's */
  for (int d = 0; d < 2; d++) {
  if (d == 0 && !app->opt.library) continue;
  char *dir = d == 0 ? xstrdup(app->opt.library) : paths_stories();
  int n;
  char **names = dir_names(dir, "", &n);
  for (int k = 0; k < n; k++) {
    char *path = path_join(dir, names[k]);
    char *main_file = path_join(path, "story.lua");
    bool known = false;
    for (int i = 0; i < app->lib.nstories && !known; i++) known = same_place(app->lib.stories[i].story->path, path);
    if (!known && is_file(main_file)) {
      Diag dg;
      diag_init(&dg);
      Story *s = story_load(path, app->lib.catalog, &dg);
      if (s) {
        app->lib.stories = xrealloc(app->lib.stories, (size_t)(app->lib.nstories + 1) * sizeof *app->lib.stories);
        app->lib.stories[app->lib.nstories++] = (StoryEntry){s, false};
      } else {
        diag_print(&dg, stderr);
      }
      diag_free(&dg);
    }
    free(main_file);
    free(path);
  }
  names_free(names);
  free(dir);
  }
  qsort(app->lib.stories, (size_t)app->lib.nstories, sizeof *app->lib.stories, cmp_entry);
  for (int i = 0; i < app->lib.nstories; i++) {
    app->lib.stories[i].has_save = save_exists(app->lib.stories[i].story);
    if (app->lib.stories[i].story == playing) app->lib.story_index = i; /* sorted: follow it */
  }
}

/* What the story's app is called (its skin's word, else the language
 * file's app word; plain's when the skin is missing). */
static const char *app_label(const App *app, const Story *s) {
  return skin_word(app->lib.skins, skins_for(app->lib.skins, s->app, NULL), app->set.lang, SW_label);
}

static int card(App *app, int i, int x, int y, int w, int h, bool draw) {
  const Theme *t = &app->gfx.th;
  const Story *s = app->lib.stories[i].story;
  const char *lang = app->set.lang;
  int pad = dp(app, 16), inner = w - 2 * pad;
  char meta[120], mins[32];
  i18n_count_word(app->opt.i18n, app->set.lang, S_MINUTES, s->minutes, mins, sizeof mins);
  snprintf(meta, sizeof meta, "%s · %s", app_label(app, s), mins);
  TextBox *mb = text_layout(app, FONT_SMALL, meta, inner, t->card_dim);
  TextBox *tb = text_layout(app, FONT_HEAD, story_tr(s, lang, s->title ? s->title : s->id), inner, t->card_text);
  TextBox *nb = s->note ? text_layout(app, FONT_BODY, story_tr(s, lang, s->note), inner, t->card_dim) : NULL;
  bool save = app->lib.stories[i].has_save;
  const char *l1 = S(app, save ? S_RESUME : S_PLAY), *l2 = S(app, S_START_OVER);
  int b1w = text_width(app, FONT_BOLD, l1) + dp(app, 40), b2w = text_width(app, FONT_BOLD, l2) + dp(app, 40);
  bool two_rows = save && b1w + b2w + dp(app, 10) > inner;
  if (b1w > inner) b1w = inner;
  if (b2w > inner) b2w = inner;
  int bh1 = button_height(app, l1, b1w, FONT_BOLD), bh2 = save ? button_height(app, l2, b2w, FONT_BOLD) : 0;
  int bh = bh1 > bh2 ? bh1 : bh2;
  /* the story map, for teachers and authors: a quieter button below */
  const char *l3 = S(app, S_MAP);
  int b3w = text_width(app, FONT_BOLD, l3) + dp(app, 40);
  if (b3w > inner) b3w = inner;
  int bh3 = button_height(app, l3, b3w, FONT_BOLD);
  int need = 2 * pad + mb->h + dp(app, 4) + tb->h + dp(app, 6) + (nb ? nb->h : 0) + dp(app, 14) +
             (two_rows ? bh1 + dp(app, 10) + bh2 : bh) + dp(app, 10) + bh3;
  if (!draw) return need;
  SDL_Rect r = {x, y, w, h};
  frame_round(app, r, dp(app, 12), 1, t->card_border, t->card);
  int yy = y + pad;
  draw_box(app, mb, x + pad, yy, r, t->card, t->card);
  yy += mb->h + dp(app, 4);
  draw_box(app, tb, x + pad, yy, r, t->card, t->card);
  yy += tb->h + dp(app, 6);
  if (nb) draw_box(app, nb, x + pad, yy, r, t->card, t->card);
  int by = y + h - pad - bh3 - dp(app, 10) - (two_rows ? bh1 + dp(app, 10) + bh2 : bh);
  button(app, (SDL_Rect){x + pad, by, b1w, bh}, l1, save ? ACT_RESUME : ACT_STORY, i, 0, true);
  if (save) {
    SDL_Rect r2 = two_rows ? (SDL_Rect){x + pad, by + bh1 + dp(app, 10), b2w, bh2}
                           : (SDL_Rect){x + pad + b1w + dp(app, 10), by, b2w, bh};
    button(app, r2, l2, ACT_STORY, i, 0, false);
  }
  button(app, (SDL_Rect){x + pad, y + h - pad - bh3, b3w, bh3}, l3, ACT_MAP, i, 0, false);
  return h;
}

static int body(App *app, int x, int y, int w, bool draw) {
  const Theme *t = &app->gfx.th;
  int y0 = y;
  SDL_Rect col = {x, y, w, 1 << 20};
  TextBox *tag = text_layout(app, FONT_BODY, S(app, S_TAGLINE), w, t->dim);
  if (draw) draw_box(app, tag, x, y, col, t->bg, t->bg);
  y += tag->h + dp(app, 18);
  if (trace_is_off()) {
    /* said plainly, where the player starts */
    TextBox *nt = text_layout(app, FONT_BOLD, S(app, S_NO_TRACE_ON), w, t->text);
    if (draw) draw_box(app, nt, x, y, col, t->bg, t->bg);
    y += nt->h + dp(app, 18);
  }
  if (app->lib.nstories == 0) {
    TextBox *n = text_layout(app, FONT_BODY, S(app, S_NO_STORIES), w, t->text);
    if (draw) draw_box(app, n, x, y, col, t->bg, t->bg);
    y += n->h + dp(app, 18);
  }
  int gap = dp(app, 16);
  int cols = (w + gap) / (dp(app, 340) + gap);
  if (cols < 1) cols = 1;
  if (cols > 3) cols = 3;
  if (cols > app->lib.nstories && app->lib.nstories > 0) cols = app->lib.nstories;
  int cw = (w - (cols - 1) * gap) / cols;
  for (int i = 0; i < app->lib.nstories; i += cols) {
    int rowh = 0;
    for (int k = i; k < i + cols && k < app->lib.nstories; k++) {
      int h = card(app, k, 0, 0, cw, 0, false);
      if (h > rowh) rowh = h;
    }
    if (draw)
      for (int k = i; k < i + cols && k < app->lib.nstories; k++) card(app, k, x + (k - i) * (cw + gap), y, cw, rowh, true);
    y += rowh + gap;
  }
  y += dp(app, 6);
  TextBox *q = text_layout(app, FONT_BOLD, S(app, S_QUICK_EXIT), w, t->text);
  if (draw) draw_box(app, q, x, y, col, t->bg, t->bg);
  y += q->h + dp(app, 4);
  TextBox *k = text_layout(app, FONT_SMALL, S(app, S_KEYS_HINT), w, t->dim);
  if (draw) draw_box(app, k, x, y, col, t->bg, t->bg);
  y += k->h;
  return y - y0 + dp(app, 20);
}

void draw_menu(App *app) {
  menu_load(app);
  theme_get(&app->gfx.th, SKIN_GAME, app->set.high_contrast);
  const Theme *t = &app->gfx.th;
  fill_rect(app, (SDL_Rect){0, 0, app->gfx.w, app->gfx.h}, t->bg);
  /* header: the name, settings, help */
  const char *sl = S(app, S_SETTINGS);
  int sw = text_width(app, FONT_BOLD, sl) + dp(app, 30);
  int hw = text_width(app, FONT_BOLD, S(app, S_HELP)) + dp(app, 30);
  int room = app->gfx.w - dp(app, 16) * 2 - sw - hw - dp(app, 20);
  static const int styles[] = {FONT_HEAD, FONT_BOLD, FONT_SMALL};
  int two = 2 * app->gfx.fonts.line[FONT_BOLD];
  TextBox *title = text_fit(app, styles, 3, S(app, S_GAME), room, two, t->header_text);
  int hh = title->h + dp(app, 20);
  int minh = app->gfx.fonts.line[FONT_BOLD] + dp(app, 34);
  if (hh < minh) hh = minh;
  fill_rect(app, (SDL_Rect){0, 0, app->gfx.w, hh}, t->header);
  app->gfx.marks.header = (SDL_Rect){0, 0, app->gfx.w, hh};
  SDL_Rect hb = help_button(app, app->gfx.w - dp(app, 16), 0, hh, t->header, t->header_text, t->header_text);
  int bh = hb.h;
  button_colored(app, (SDL_Rect){hb.x - dp(app, 10) - sw, hb.y, sw, bh}, sl, ACT_SETTINGS, 0, 0, t->header,
                 t->header_text, t->header_text, FONT_BOLD, 0);
  draw_box(app, title, dp(app, 16), (hh - title->h) / 2, (SDL_Rect){dp(app, 16), 0, room, hh}, t->header, t->header);
  SDL_Rect view = {0, hh, app->gfx.w, app->gfx.h - hh};
  int w = app->gfx.w - 2 * dp(app, 24);
  if (w > dp(app, 1100)) w = dp(app, 1100);
  int x = (app->gfx.w - w) / 2;
  scroll_column(app, view, x, w, dp(app, 24), dp(app, 24), &app->nav.scroll[SCR_MENU], &app->nav.scroll_max[SCR_MENU],
                body, t->dim);
}
