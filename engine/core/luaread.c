#include "luaread.h"

#include <stdio.h>
#include <string.h>

#include "util.h"

int lr_field(lua_State *L, int t, const char *key) {
  t = lua_absindex(L, t);
  lua_pushstring(L, key);
  return lua_rawget(L, t);
}

char *lr_string(lua_State *L, int t, const char *key) {
  char *out = NULL;
  if (lr_field(L, t, key) == LUA_TSTRING) {
    size_t n;
    const char *s = lua_tolstring(L, -1, &n);
    out = xstrndup(s, n);
  }
  lua_pop(L, 1);
  return out;
}

bool lr_number(lua_State *L, int t, const char *key, double *out) {
  bool ok = lr_field(L, t, key) == LUA_TNUMBER;
  if (ok) *out = lua_tonumber(L, -1);
  lua_pop(L, 1);
  return ok;
}

static char unknown_buf[64];

const char *lr_unknown_key(lua_State *L, int t, const char *const *known) {
  t = lua_absindex(L, t);
  const char *found = NULL;
  lua_pushnil(L);
  while (lua_next(L, t)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING) continue;
    const char *k = lua_tostring(L, -1);
    bool ok = false;
    /* The first byte first: every field of every line is looked up here. */
    for (const char *const *n = known; *n && !ok; n++) ok = (*n)[0] == k[0] && strcmp(*n, k) == 0;
    if (!ok && !found) {
      snprintf(unknown_buf, sizeof unknown_buf, "%.60s", k);
      found = unknown_buf;
    }
  }
  return found;
}

static int distance(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  if (la > 40 || lb > 40) return 99;
  int d[41][41];
  for (size_t i = 0; i <= la; i++) d[i][0] = (int)i;
  for (size_t j = 0; j <= lb; j++) d[0][j] = (int)j;
  for (size_t i = 1; i <= la; i++)
    for (size_t j = 1; j <= lb; j++) {
      int c = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
      if (d[i - 1][j] + 1 < c) c = d[i - 1][j] + 1;
      if (d[i][j - 1] + 1 < c) c = d[i][j - 1] + 1;
      d[i][j] = c;
    }
  return d[la][lb];
}

const char *lr_suggest(const char *word, const char *const *known) {
  const char *best = NULL;
  size_t len = strlen(word);
  if (len > 40) return NULL; /* distance() says 99: no need to look (a story's word may be megabytes) */
  int bestd = len <= 4 ? 2 : 3; /* short words are all close to each other */
  for (const char *const *n = known; *n; n++) {
    int dd = distance(word, *n);
    if (dd < bestd) {
      bestd = dd;
      best = *n;
    }
  }
  return best;
}

