/* engine/core/cond.c: the compiled conditions give Lua's answer wherever
 * they answer, and hand every error back to Lua. Checked against Lua itself
 * on fixed cases and on thousands of generated expressions. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "cond.h"

/* Variables: a, b, c are numbers, p, q are booleans. Advice: talk = 0,
 * evidence = 3. */
static const char *const VARS[] = {"a", "b", "c", "p", "q"};
static const bool IS_BOOL[] = {false, false, false, true, true};

static int var_of(void *ud, const char *name, size_t len, bool *is_bool) {
  (void)ud;
  for (int i = 0; i < 5; i++)
    if (strlen(VARS[i]) == len && memcmp(VARS[i], name, len) == 0) {
      *is_bool = IS_BOOL[i];
      return i;
    }
  return -1;
}

static int advice_of(void *ud, const char *id, size_t len) {
  (void)ud;
  if (len == 4 && memcmp(id, "talk", 4) == 0) return 0;
  if (len == 8 && memcmp(id, "evidence", 8) == 0) return 3;
  return -1;
}

static const CondNames NAMES = {var_of, advice_of, NULL};

/* What Lua says: 1, 0, or -1 for an error (or no compile: -3). The
 * condition's environment works like story.c's. */
static double g_vars[5];
static uint32_t g_did;

static int env_index(lua_State *L) {
  const char *k = lua_tostring(L, 2);
  if (k && strcmp(k, "did") == 0) {
    lua_pushvalue(L, lua_upvalueindex(1));
    return 1;
  }
  bool is_bool;
  int v = k ? var_of(NULL, k, strlen(k), &is_bool) : -1;
  if (v < 0) return luaL_error(L, "unknown variable");
  if (is_bool) lua_pushboolean(L, g_vars[v] != 0);
  else lua_pushnumber(L, g_vars[v]);
  return 1;
}

static int env_did(lua_State *L) {
  size_t n;
  const char *id = luaL_checklstring(L, 1, &n);
  int a = advice_of(NULL, id, n);
  if (a < 0) return luaL_error(L, "unknown advice");
  lua_pushboolean(L, (g_did >> a) & 1u);
  return 1;
}

static lua_State *new_lua(void) {
  lua_State *L = luaL_newstate();
  lua_newtable(L); /* env, at index 1 */
  lua_newtable(L);
  lua_pushcfunction(L, env_did);
  lua_pushcclosure(L, env_index, 1);
  lua_setfield(L, -2, "__index");
  lua_setmetatable(L, -2);
  return L;
}

static int lua_answer(lua_State *L, const char *expr) {
  char code[4096];
  snprintf(code, sizeof code, "return (%s\n)", expr);
  if (luaL_loadbufferx(L, code, strlen(code), "=cond", "t") != LUA_OK) {
    lua_pop(L, 1);
    return -3;
  }
  lua_pushvalue(L, 1);
  lua_setupvalue(L, -2, 1);
  if (lua_pcall(L, 0, 1, 0) != LUA_OK) {
    lua_pop(L, 1);
    return -1;
  }
  int r = lua_toboolean(L, -1);
  lua_pop(L, 1);
  return r;
}

/* The same answer as Lua for these variable values; returns whether the
 * expression compiled. */
static bool agrees(lua_State *L, const char *expr, const double *vars, uint32_t did) {
  memcpy(g_vars, vars, sizeof g_vars);
  g_did = did;
  int want = lua_answer(L, expr);
  CondProg *p = cond_compile(expr, &NAMES);
  if (!p) return false;
  int got = cond_eval(p, vars, did);
  cond_free(p);
  if (want == -3) fail_msg("compiled what Lua refuses: %s", expr);
  if (want == -1 && got != COND_ASK_LUA) fail_msg("%s: Lua raises an error, the program says %d", expr, got);
  if (want >= 0 && got != want) fail_msg("%s: Lua says %d, the program %d (a=%g b=%g c=%g p=%g q=%g did=%u)", expr,
                                         want, got, vars[0], vars[1], vars[2], vars[3], vars[4], (unsigned)did);
  return true;
}

static void fixed_cases(void **state) {
  (void)state;
  lua_State *L = new_lua();
  static const char *const compiled[] = {
    "a > 2", "a >= 2 and p", "not p", "not not q", "a == 1", "a ~= 1", "p == true", "p == 1", "nil == nil",
    "a + b * c > 3", "-a < 2", "- -a < 2", "a / 0 > 1", "(a or 2) > 1", "p and a", "p or a", "false or nil",
    "did(\"talk\")", "did('evidence') and not did \"talk\"", "did ( 'talk' ) or a<-1", "a < b < c",
    "p < 1", "p + 1 > 0", "nil > 1", "-p", "(p and 1 or 2) == 1", "a-b>0", "1.5e1 > a", ".5 < a", "3. == 3",
    "not a == p", "a>=b==p", "a * 2 == 4", "(((a)))>0", "a ~= nil", "2147483647 > a",
  };
  double vals[][5] = {{0, 0, 0, 0, 0}, {3, 1, 2, 1, 0}, {-2, 5, 5, 0, 1}, {2, -1, 0.5, 1, 1}};
  for (size_t i = 0; i < sizeof compiled / sizeof *compiled; i++)
    for (size_t v = 0; v < 4; v++)
      for (uint32_t did = 0; did < 16; did += 9)
        if (!agrees(L, compiled[i], vals[v], did)) fail_msg("not compiled: %s", compiled[i]);
  /* Outside the subset (Lua keeps them): each is still evaluated right by
   * Lua, the program simply declines. */
  static const char *const declined[] = {
    "a % 2 == 0", "a ^ 2 > 1", "a // 2 > 1", "#a", "a .. 'x'", "'x' == 'x'", "did(a)", "did('nope')",
    "did", "unknown > 1", "name == 1", "a > 2 -- comment", "a > 0x10", "3a", "1..2", "2 * 3 == 6",
    "a) or (b", "", "a >", "(a", "a = 1", "a << 1", "a ~ 1", "a & 1", "function() end", "a[1]",
    "a:b()", "{}", "2 * 3 == 6.0", "2147483648 > a", "did(\"ta\\lk\")", "[[x]] == a", "a or", "not", "\"x\"",
  };
  for (size_t i = 0; i < sizeof declined / sizeof *declined; i++) {
    CondProg *p = cond_compile(declined[i], &NAMES);
    if (p) fail_msg("compiled what it should leave to Lua: %s", declined[i]);
  }
  lua_close(L);
}

/* ---- generated expressions ---- */

static uint64_t rng = 88172645463325252ULL;
static unsigned next(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (unsigned)(rng >> 11);
}

static void put(char *out, size_t cap, const char *s) {
  size_t n = strlen(out), k = strlen(s);
  if (n + k < cap) memcpy(out + n, s, k + 1);
}

/* Appends a random expression to out (depth bounds its size). */
static void gen(char *out, size_t cap, int depth) {
  static const char *const atoms[] = {"a", "b", "c", "p", "q", "0", "1", "2", "-1", "0.5", "true", "false",
                                      "nil", "did('talk')", "did \"evidence\"", "3e0", "10"};
  static const char *const bin[] = {" and ", " or ", " == ", " ~= ", " < ", " <= ", " > ", " >= ", " + ",
                                    " - ", " * ", " / "};
  unsigned pick = depth > 4 ? 0 : next() % 5;
  switch (pick) {
    case 0: put(out, cap, atoms[next() % (sizeof atoms / sizeof *atoms)]); break;
    case 1: put(out, cap, "not "); gen(out, cap, depth + 1); break;
    case 2: put(out, cap, "("); gen(out, cap, depth + 1); put(out, cap, ")"); break;
    case 3: put(out, cap, "- "); gen(out, cap, depth + 1); break;
    default:
      gen(out, cap, depth + 1);
      put(out, cap, bin[next() % (sizeof bin / sizeof *bin)]);
      gen(out, cap, depth + 1);
  }
}

static void generated(void **state) {
  (void)state;
  lua_State *L = new_lua();
  int compiled = 0;
  for (int i = 0; i < 20000; i++) {
    char expr[2048] = "";
    gen(expr, sizeof expr, 0);
    double vars[5];
    for (int k = 0; k < 5; k++) vars[k] = k >= 3 ? (double)(next() % 2) : (double)((int)(next() % 7) - 3);
    compiled += agrees(L, expr, vars, next() % 16);
  }
  /* Nearly all of them are in the subset (the rest: integer products). */
  assert_true(compiled > 15000);
  lua_close(L);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(fixed_cases),
    cmocka_unit_test(generated),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
