#include "catalog.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "luaread.h"
#include "sandbox.h"
#include "util.h"

static const char WORDS[] =
    "_advice = {}\n"
    "function advice(id) return function(t) t.id = id; _advice[#_advice + 1] = t end end\n";

/* Table order is not stable: the languages are kept sorted by code. */
static void sort_langs(Advice *a) {
  for (int i = 1; i < a->nlang; i++)
    for (int j = i; j > 0 && strcmp(a->lang[j - 1], a->lang[j]) > 0; j--) {
      char *l = a->lang[j], *st = a->step[j], *w = a->why[j];
      a->lang[j] = a->lang[j - 1], a->step[j] = a->step[j - 1], a->why[j] = a->why[j - 1];
      a->lang[j - 1] = l, a->step[j - 1] = st, a->why[j - 1] = w;
    }
}

Catalog *catalog_load(const char *path, Diag *diag) {
  Sandbox *sb = sandbox_data_file(path, WORDS, diag);
  if (!sb) return NULL;
  lua_State *L = sandbox_lua(sb);
  Catalog *c = xcalloc(1, sizeof *c);
  sandbox_push_collected(sb);
  lr_field(L, -1, "_advice");
  int list = lua_gettop(L);
  int n = (int)lua_rawlen(L, list);
  char **before_names[CATALOG_MAX] = {0};
  int nbefore[CATALOG_MAX] = {0};
  for (int i = 1; i <= n && c->count < CATALOG_MAX; i++) {
    lua_rawgeti(L, list, i);
    int t = lua_gettop(L);
    Advice *a = &c->items[c->count];
    a->id = lr_string(L, t, "id");
    a->source = lr_string(L, t, "source");
    char *group = lr_string(L, t, "group");
    if (group && strcmp(group, "prevention") != 0 && strcmp(group, "response") != 0)
      diag_add(diag, DIAG_ERROR, path, 0, "advice number %d: group is \"response\" or \"prevention\", not \"%s\"", i, group);
    a->prevention = group && strcmp(group, "prevention") == 0;
    free(group);
    /* Every language the entry has: a key that is a language code ("en",
     * "fr") holding a table. The languages are data (assets/lang). */
    lua_pushnil(L);
    while (lua_next(L, t)) {
      const char *code = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "";
      if (lua_type(L, -1) == LUA_TTABLE && i18n_is_code(code, strlen(code))) {
        if (a->nlang == CATALOG_LANGS) {
          diag_add(diag, DIAG_ERROR, path, 0, "advice \"%s\": more than %d languages", a->id ? a->id : "?",
                   CATALOG_LANGS);
        } else {
          int k = a->nlang++;
          a->lang[k] = xstrdup(code);
          a->step[k] = lr_string(L, -1, "step");
          a->why[k] = lr_string(L, -1, "why");
          if (!a->step[k] || !a->why[k])
            diag_add(diag, DIAG_ERROR, path, 0, "advice \"%s\" (%s) needs step and why", a->id ? a->id : "?", code);
        }
      }
      lua_pop(L, 1);
    }
    sort_langs(a);
    if (lr_field(L, t, "before") == LUA_TTABLE) {
      int m = (int)lua_rawlen(L, -1);
      before_names[c->count] = xcalloc((size_t)m + 1, sizeof(char *));
      for (int j = 1; j <= m; j++) {
        lua_rawgeti(L, -1, j);
        if (lua_type(L, -1) == LUA_TSTRING) before_names[c->count][nbefore[c->count]++] = xstrdup(lua_tostring(L, -1));
        lua_pop(L, 1);
      }
    }
    lua_pop(L, 2);
    if (!a->id || a->nlang == 0) {
      diag_add(diag, DIAG_ERROR, path, 0, "advice number %d needs an id and texts", i);
      continue;
    }
    c->count++;
  }
  for (int i = 0; i < c->count; i++) {
    for (int j = 0; j < nbefore[i]; j++) {
      int k = catalog_index(c, before_names[i][j]);
      if (k < 0)
        diag_add(diag, DIAG_ERROR, path, 0, "advice \"%s\": unknown id \"%s\" in before", c->items[i].id,
                 before_names[i][j]);
      else
        c->items[i].before |= 1u << k;
      free(before_names[i][j]);
    }
    free(before_names[i]);
  }
  sandbox_free(sb);
  if (diag->errors) {
    catalog_free(c);
    return NULL;
  }
  return c;
}

static const char *const TOPICS[TOPIC_COUNT] = {"sextortion", "cyberbullying", "grooming", "scam", "none"};

int topic_from_name(const char *name) {
  for (int t = 0; name && t < TOPIC_COUNT; t++)
    if (strcmp(TOPICS[t], name) == 0) return t;
  return -1;
}

const char *topic_name(Topic t) { return t >= 0 && t < TOPIC_COUNT ? TOPICS[t] : "?"; }

const char *topic_list(void) { return "sextortion, cyberbullying, grooming, scam, none"; }

Catalog *catalog_copy(const Catalog *c) {
  Catalog *out = xcalloc(1, sizeof *out);
  *out = *c;
  for (int i = 0; i < c->count; i++) {
    Advice *a = &out->items[i];
    a->id = xstrdup(a->id);
    a->source = a->source ? xstrdup(a->source) : NULL;
    for (int k = 0; k < a->nlang; k++) {
      a->lang[k] = a->lang[k] ? xstrdup(a->lang[k]) : NULL;
      a->step[k] = a->step[k] ? xstrdup(a->step[k]) : NULL;
      a->why[k] = a->why[k] ? xstrdup(a->why[k]) : NULL;
    }
  }
  return out;
}

void catalog_free(Catalog *c) {
  if (!c) return;
  for (int i = 0; i < c->count; i++) {
    Advice *a = &c->items[i];
    free(a->id);
    free(a->source);
    for (int k = 0; k < a->nlang; k++) {
      free(a->lang[k]);
      free(a->step[k]);
      free(a->why[k]);
    }
  }
  free(c);
}

int catalog_index(const Catalog *c, const char *id) {
  for (int i = 0; i < c->count; i++)
    if (strcmp(c->items[i].id, id) == 0) return i;
  return -1;
}

static int lang_slot(const Advice *a, const char *lang) {
  for (int k = 0; k < a->nlang; k++)
    if (lang && strcmp(a->lang[k], lang) == 0) return k;
  for (int k = 0; k < a->nlang; k++)
    if (strcmp(a->lang[k], "en") == 0) return k;
  return 0;
}

const char *catalog_step(const Catalog *c, int i, const char *lang) {
  const Advice *a = &c->items[i];
  return a->step[lang_slot(a, lang)];
}

const char *catalog_why(const Catalog *c, int i, const char *lang) {
  const Advice *a = &c->items[i];
  return a->why[lang_slot(a, lang)];
}
