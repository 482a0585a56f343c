/* Discretion on a shared computer (docs/ui.md): a neutral window title and
 * icon, and Settings' "Forget me". Leave no trace itself lives in the core
 * (engine/core/forget.c): the saves and settings code asks it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "discreet.h"
#include "forget.h"
#include "paths.h"
#include "save.h"
#include "util.h"
#include "textsafe.h"

/* A plain icon: a grey rounded square with three light lines, like any
 * notes or documents program. */
static SDL_Surface *neutral_icon(void) {
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, 32, 32, 32, SDL_PIXELFORMAT_ARGB8888);
  if (!s) return NULL;
  SDL_FillRect(s, NULL, 0x00000000);
  SDL_Rect body = {3, 2, 26, 28};
  SDL_FillRect(s, &body, 0xFF6B7280);
  for (int i = 0; i < 3; i++) {
    SDL_Rect line = {8, 9 + i * 6, i == 2 ? 10 : 16, 2};
    SDL_FillRect(s, &line, 0xFFF3F4F6);
  }
  return s;
}

void app_window_identity(App *app) {
  if (!app->gfx.win) return;
  SDL_SetWindowTitle(app->gfx.win, S(app, app->set.discreet ? S_NEUTRAL_TITLE : S_GAME));
  if (app->set.discreet) {
    SDL_Surface *icon = neutral_icon();
    if (icon) {
      SDL_SetWindowIcon(app->gfx.win, icon);
      SDL_FreeSurface(icon);
    }
  }
}

char *app_files_note(App *app) {
  char *folder = paths_user();
  char *note = xasprintf("%s\n%s\n%s", S(app, S_FILES_WHERE), folder ? folder : "?", S(app, S_FILES_REMOVE));
  free(folder);
  return note;
}

void app_forget(App *app) {
  Forgotten f;
  char *why = NULL;
  bool ok = forget_me(&f, &why);
  /* Nothing more is written this session: a setting changed now would put
   * the file back. */
  trace_set_off(true);
  Buf b = {0};
  if (f.count == 0 && ok) {
    buf_adds(&b, S(app, S_FORGOT_NOTHING));
  } else {
    buf_adds(&b, S(app, S_FORGOT));
    const char *sep = " ";
    char word[160];
    if (f.settings) {
      buf_addf(&b, "%s%s", sep, S(app, S_FORGOT_SETTINGS));
      sep = ", ";
    }
    if (f.saves) {
      buf_addf(&b, "%s%s", sep, i18n_count_word(app->opt.i18n, app->set.lang, S_FORGOT_SAVES, f.saves, word, sizeof word));
      sep = ", ";
    }
    if (f.answers)
      buf_addf(&b, "%s%s", sep, i18n_count_word(app->opt.i18n, app->set.lang, S_FORGOT_ANSWERS, f.answers, word, sizeof word));
    buf_adds(&b, ".");
  }
  if (!ok) buf_addf(&b, "\n%s", why);
  buf_addf(&b, "\n%s", S(app, S_FORGOT_AFTER));
  for (int i = 0; i < f.count; i++) bts_warn("%s %s", S(app, S_FORGOT), f.paths[i]);
  free(why);
  forgotten_free(&f);
  free(app->nav.forget_report);
  app->nav.forget_report = buf_take(&b);
  app->nav.forget_step = 2;
  /* the menu's "Continue" buttons go with the saves */
  for (int i = 0; i < app->lib.nstories; i++) app->lib.stories[i].has_save = save_exists(app->lib.stories[i].story);
  app->gfx.dirty = true;
}
