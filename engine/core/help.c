#include "help.h"

#include <dirent.h>
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "luaread.h"
#include "sandbox.h"
#include "util.h"

static const char WORDS[] =
    "_country = nil\n"
    "function resource(t) t._resource = true; return t end\n"
    "function country(code) return function(t) t.code = code; _country = t end end\n";

/* A field that is a text, or a table of texts by language (English stands
 * in). strict: the assets check, where a missing language is reported. */
static char *localized(lua_State *L, int t, const char *key, const char *lang, const char *strict, Diag *diag) {
  int type = lr_field(L, t, key);
  char *out = NULL;
  if (type == LUA_TSTRING) {
    out = xstrdup(lua_tostring(L, -1));
  } else if (type == LUA_TTABLE) {
    out = lr_string(L, -1, lang);
    if (!out && strict) diag_add(diag, DIAG_WARNING, strict, 0, "%s has no text in \"%s\"", key, lang);
    if (!out) out = lr_string(L, -1, "en");
  }
  lua_pop(L, 1);
  return out;
}

static bool load_file(const char *path, const char *lang, HelpList *h, bool header, bool strict, Diag *diag) {
  const char *check = strict ? path : NULL;
  Sandbox *sb = sandbox_new(".");
  if (!sb) return false;
  bool ok = sandbox_run_data(sb, WORDS, path, diag);
  lua_State *L = sb->L;
  if (ok) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, sb->words);
    if (lr_field(L, -1, "_country") != LUA_TTABLE) {
      diag_add(diag, DIAG_ERROR, path, 0, "no country \"XX\" { ... } in this file");
      ok = false;
    } else {
      int t = lua_gettop(L);
      if (header) {
        h->code = lr_string(L, t, "code");
        h->name = localized(L, t, "name", lang, check, diag);
        h->lang = lr_string(L, t, "language");
        if (!h->name) h->name = xstrdup(h->code ? h->code : "?");
        if (!h->lang) h->lang = xstrdup("en");
      }
      int n = (int)lua_rawlen(L, t);
      for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, t, i);
        int r = lua_gettop(L);
        if (lua_type(L, r) == LUA_TTABLE) {
          HelpEntry e = {0};
          e.name = lr_string(L, r, "name");
          e.contact = lr_string(L, r, "contact");
          e.what = localized(L, r, "what", lang, check, diag);
          e.source = lr_string(L, r, "source");
          lr_field(L, r, "urgent");
          e.urgent = lua_toboolean(L, -1);
          lua_pop(L, 1);
          if (!e.name || !e.contact || !e.source) {
            diag_add(diag, DIAG_ERROR, path, 0, "resource %d needs a name, a contact and a source", i);
            free(e.name); free(e.contact); free(e.what); free(e.source);
            ok = false;
          } else {
            if (!e.what) e.what = xstrdup("");
            h->entries = xrealloc(h->entries, (size_t)(h->count + 1) * sizeof *h->entries);
            h->entries[h->count++] = e;
          }
        }
        lua_pop(L, 1);
      }
    }
  }
  sandbox_free(sb);
  return ok;
}

static bool valid_code(const char *c) {
  size_t n = strlen(c);
  if (n < 2 || n > 3) return false;
  for (size_t i = 0; i < n; i++)
    if (c[i] < 'A' || c[i] > 'Z') return false;
  return true;
}

HelpList *help_load(const char *assets_dir, const char *country, const char *lang, Diag *diag) {
  if (!country || !valid_code(country) || strcmp(country, "ALL") == 0) {
    diag_add(diag, DIAG_ERROR, assets_dir, 0, "unknown country code \"%s\"", country ? country : "");
    return NULL;
  }
  HelpList *h = xcalloc(1, sizeof *h);
  char *file = xasprintf("%s/help/%s.lua", assets_dir, country);
  bool ok = load_file(file, lang, h, true, false, diag);
  free(file);
  if (ok) {
    file = xasprintf("%s/help/ALL.lua", assets_dir);
    if (is_file(file)) ok = load_file(file, lang, h, false, false, diag);
    free(file);
  }
  if (!ok) {
    help_free(h);
    return NULL;
  }
  return h;
}

void help_free(HelpList *h) {
  if (!h) return;
  for (int i = 0; i < h->count; i++) {
    free(h->entries[i].name);
    free(h->entries[i].contact);
    free(h->entries[i].what);
    free(h->entries[i].source);
  }
  free(h->entries);
  free(h->code);
  free(h->name);
  free(h->lang);
  free(h);
}

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

char **help_countries(const char *assets_dir, int *count) {
  *count = 0;
  char *dir = path_join(assets_dir, "help");
  DIR *d = opendir(dir);
  free(dir);
  char **out = xcalloc(1, sizeof(char *));
  if (!d) return out;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    size_t n = strlen(e->d_name);
    if (n < 6 || strcmp(e->d_name + n - 4, ".lua") != 0) continue;
    char *code = xstrndup(e->d_name, n - 4);
    if (!valid_code(code) || strcmp(code, "ALL") == 0) {
      free(code);
      continue;
    }
    out = xrealloc(out, (size_t)(*count + 2) * sizeof(char *));
    out[(*count)++] = code;
    out[*count] = NULL;
  }
  closedir(d);
  qsort(out, (size_t)*count, sizeof(char *), cmp);
  return out;
}

void help_check_lang(const char *assets_dir, const char *lang, Diag *diag) {
  int n;
  char **codes = help_countries(assets_dir, &n);
  for (int i = 0; i <= n; i++) {
    char *file = xasprintf("%s/help/%s.lua", assets_dir, i < n ? codes[i] : "ALL");
    HelpList *h = xcalloc(1, sizeof *h);
    if (is_file(file)) load_file(file, lang, h, true, true, diag);
    help_free(h);
    free(file);
  }
  for (int i = 0; i < n; i++) free(codes[i]);
  free(codes);
}
