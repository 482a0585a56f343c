/* A headless App for the window's tests (headless.h). */
#include "headless.h"

#include "paths.h"
#include "script.h"
#include "util.h"

bool headless_start(I18n **langs, Catalog **cat) {
  if (SDL_Init(SDL_INIT_EVENTS) != 0 || TTF_Init() != 0) return false;
  char *assets = paths_assets();
  char *adv = path_join(assets, "advice.lua");
  Diag d;
  diag_init(&d);
  *langs = i18n_load(assets, &d);
  *cat = catalog_load(adv, &d);
  diag_print(&d, stderr);
  diag_free(&d);
  free(adv);
  free(assets);
  return *langs && *cat;
}

App *headless_app(const UiOptions *o, int w, int h, char **why) {
  *why = NULL;
  SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer *ren = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
  App *app = ren ? app_new(o, ren, NULL, w, h, why) : NULL;
  if (!app) {
    if (!*why) *why = xstrdup(SDL_GetError());
    if (ren) SDL_DestroyRenderer(ren);
    if (surf) SDL_FreeSurface(surf);
    return NULL;
  }
  app->gfx.surf = surf;
  app->gfx.record = true;
  return app;
}

void headless_free(App *app) {
  SDL_Surface *s = app->gfx.surf;
  SDL_Renderer *r = app->gfx.ren;
  app_free(app);
  SDL_DestroyRenderer(r);
  SDL_FreeSurface(s);
}

bool headless_run(App *app, const char *script, char **why) {
  *why = NULL;
  Script *sc = script_parse(script, why);
  bool ok = sc && script_run_headless(app, sc, why);
  script_free(sc);
  if (!ok) return false;
  app_tick(app, app->now);
  app_draw(app);
  return true;
}
