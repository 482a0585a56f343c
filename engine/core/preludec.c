/* The story language's busiest words, written in C for the prelude
 * (engine/lua/prelude.lua keeps the rest and every check of its own).
 * Each builds exactly the tables the Lua words built (the real table the
 * engine reads, its frozen stand-in registered in real_of) and raises the
 * same messages at the same author's line. In Lua, each line of a story
 * was a Lua call of the prelude with a dozen of its instructions and three
 * or four C calls (type, where, setmetatable, copy_table): a third of a
 * 400-scene load with the sandbox's count hook stepping in at every
 * instruction. */
#include "preludec.h"

#include <lauxlib.h>
#include <stdbool.h>
#include <string.h>

#define MAX_DEPTH 16    /* a when inside a when ... (the player keeps 32) */
#define MAX_LINES 20000 /* lines inside one when, counting shared ones each time */
#define ITEM_WORK 4     /* budget charged per item looked at (the Lua loop's instructions) */

/* The upvalues every word shares (make_words' arguments), then a curried
 * word's own: its text (or condition, or id), file, line, kind. */
enum { UV_FROZEN = 1, UV_REAL_OF, UV_SHAPE, UV_SPEAKER_IDS, UV_WORD_NAMES, UV_COLLECTED, UV_COPY, UV_FILE, UV_SHARED = UV_FILE };
enum { UV_TEXT = UV_SHARED + 1, UV_AT_FILE, UV_AT_LINE, UV_KIND };

/* Pushes the file and line of the story code `level` calls above the
 * function asking (0: its caller), the file's name kept in upvalue `cache`
 * from call to call (most lines come from the same file). "?" and 0 when
 * there is none. */
static void push_where(lua_State *L, int level, int cache) {
  lua_Debug ar;
  if (level < 0 || !lua_getstack(L, level + 1, &ar) || !lua_getinfo(L, "Sl", &ar) || ar.currentline < 0) {
    lua_pushliteral(L, "?");
    lua_pushinteger(L, 0);
    return;
  }
  const char *src = ar.source[0] == '@' ? ar.source + 1 : ar.source;
  const char *last = lua_tostring(L, lua_upvalueindex(cache));
  if (!last || strcmp(last, src) != 0) {
    lua_pushstring(L, src);
    lua_replace(L, lua_upvalueindex(cache));
  }
  lua_pushvalue(L, lua_upvalueindex(cache));
  lua_pushinteger(L, ar.currentline);
}

/* where(level): 1 = the caller of the prelude word that asks. In C: with
 * debug.getinfo every line of a story made a table and two strings. */
int prelude_where(lua_State *L) {
  push_where(L, (int)luaL_checkinteger(L, 1), 1);
  return 2;
}

/* Lua's type() of argument i ("nil" for none). */
static const char *type_of(lua_State *L, int i) { return lua_typename(L, lua_type(L, i) == LUA_TNONE ? LUA_TNIL : lua_type(L, i)); }

/* Raises the message on top of the stack at the author's line (the caller
 * of the C word), as the prelude's fail(msg, 1). */
static int fail(lua_State *L) {
  luaL_where(L, 1);
  lua_insert(L, -2);
  lua_concat(L, 2);
  return lua_error(L);
}

/* The stand-in of the real table on top: replaces it on the stack, the
 * pair registered in real_of (upvalue). */
static void freeze(lua_State *L, int frozen, int real_of) {
  lua_createtable(L, 0, 0);
  lua_pushvalue(L, frozen);
  lua_setmetatable(L, -2);
  lua_pushvalue(L, -1);
  lua_rotate(L, -3, -1); /* real, proxy, proxy -> proxy, proxy, real */
  lua_rawset(L, real_of);
}

/* Pushes real_of[v] (nil for what no story word made); returns its type. */
static int real_of(lua_State *L, int v) {
  lua_pushvalue(L, v);
  return lua_rawget(L, lua_upvalueindex(UV_REAL_OF));
}

/* The kind of the real table at index r ("" when it has none). */
static const char *kind_of(lua_State *L, int r) {
  lua_getfield(L, r, "kind");
  const char *k = lua_tostring(L, -1);
  lua_pop(L, 1); /* a field of a live table: the string stays */
  return k ? k : "";
}

static bool not_item(const char *k) { return !strcmp(k, "choice") || !strcmp(k, "scene") || !strcmp(k, "ending"); }

/* plain(value, kind, level[, who]): the common line `narrate "text"` or
 * `alex "text"` in one C call. When value is a text: the line's table
 * { text, kind, file, line[, who] } with [1] = true (made here: no option
 * of the author's in it, so the builder has no unknown field to look
 * for), its stand-in registered in real_of and returned; otherwise
 * nothing (the prelude then takes the { ... } form and says what is
 * wrong). level as where()'s. Upvalues: frozen, real_of, the file cache. */
static int prelude_plain(lua_State *L) {
  if (lua_type(L, 1) != LUA_TSTRING) return 0;
  push_where(L, (int)lua_tointeger(L, 3), 3);
  lua_createtable(L, 1, 5);
  lua_pushboolean(L, 1);
  lua_rawseti(L, -2, 1);
  lua_pushvalue(L, 1);
  lua_setfield(L, -2, "text");
  lua_pushvalue(L, 2);
  lua_setfield(L, -2, "kind");
  lua_rotate(L, -3, 1); /* file, line, table -> table, file, line */
  lua_setfield(L, -3, "line");
  lua_setfield(L, -2, "file");
  if (lua_type(L, 4) == LUA_TSTRING) {
    lua_pushvalue(L, 4);
    lua_setfield(L, -2, "who");
  }
  freeze(L, lua_upvalueindex(1), lua_upvalueindex(2));
  return 1;
}

int prelude_make_plain(lua_State *L) {
  lua_settop(L, 2);
  lua_pushnil(L); /* the file cache */
  lua_pushcclosure(L, prelude_plain, 3);
  return 1;
}

/* A curried word's second half: the shared upvalues, then its text, the
 * author's file and line, and kind (nil when it has none). */
static void push_curried(lua_State *L, lua_CFunction f, int kind) {
  for (int i = 1; i <= UV_SHARED; i++) lua_pushvalue(L, lua_upvalueindex(i));
  lua_pushvalue(L, 1);
  push_where(L, 0, UV_FILE);
  if (kind) lua_pushvalue(L, kind);
  else lua_pushnil(L);
  lua_pushcclosure(L, f, UV_KIND);
}

/* copy(v) of the prelude: a story's table (set = {...}) copied, so that
 * later changes to it do not reach the engine; anything else as it is. */
static void copy_field(lua_State *L, int t, const char *key) {
  if (lua_getfield(L, t, key) == LUA_TTABLE && real_of(L, -1) == LUA_TNIL) {
    lua_pop(L, 1);
    lua_pushvalue(L, lua_upvalueindex(UV_COPY));
    lua_insert(L, -2);
    lua_call(L, 1, 1);
    lua_setfield(L, t, key);
  } else {
    lua_settop(L, t);
  }
}

/* choice "text" { go = "scene", when = "...", set = {...}, add = {...}, did = "...", say = true, to = ines } */
static int choice_options(lua_State *L) {
  if (lua_type(L, 1) != LUA_TTABLE) {
    lua_pushliteral(L, "choice \"");
    lua_pushvalue(L, lua_upvalueindex(UV_TEXT));
    lua_pushliteral(L, "\" needs { go = \"scene\" } after it");
    lua_concat(L, 3);
    return fail(L);
  }
  lua_settop(L, 1);
  lua_pushvalue(L, lua_upvalueindex(UV_COPY));
  lua_pushvalue(L, 1);
  lua_pushinteger(L, 4); /* room for text, kind, file, line */
  lua_call(L, 2, 1);
  int t = lua_gettop(L);
  lua_pushvalue(L, lua_upvalueindex(UV_TEXT));
  lua_setfield(L, t, "text");
  lua_pushliteral(L, "choice");
  lua_setfield(L, t, "kind");
  lua_pushvalue(L, lua_upvalueindex(UV_AT_FILE));
  lua_setfield(L, t, "file");
  lua_pushvalue(L, lua_upvalueindex(UV_AT_LINE));
  lua_setfield(L, t, "line");
  if (lua_getfield(L, t, "to") == LUA_TTABLE && lua_rawget(L, lua_upvalueindex(UV_SPEAKER_IDS)) != LUA_TNIL)
    lua_setfield(L, t, "to"); /* to = ines: the character's id */
  lua_settop(L, t);
  if (lua_getfield(L, t, "say") == LUA_TBOOLEAN && lua_toboolean(L, -1)) {
    lua_pushvalue(L, lua_upvalueindex(UV_TEXT));
    lua_setfield(L, t, "say");
  }
  lua_settop(L, t);
  copy_field(L, t, "set");
  copy_field(L, t, "add");
  copy_field(L, t, "did");
  freeze(L, lua_upvalueindex(UV_FROZEN), lua_upvalueindex(UV_REAL_OF));
  return 1;
}

static int word_choice(lua_State *L) {
  if (lua_type(L, 1) != LUA_TSTRING) return luaL_error(L, "choice needs a text in quotes, got %s", type_of(L, 1));
  push_curried(L, choice_options, 0);
  return 1;
}

static int when_body(lua_State *L);

/* `choice "x",` in a list, its { ... } left out: what stands in the list
 * is the word's second half, waiting for its table. Said at the choice's
 * own line (not at the list's, which is where Lua is when it sees it);
 * returns 0 when the value at v is no such half. */
static int unfinished_word(lua_State *L, int v) {
  lua_CFunction f = lua_tocfunction(L, v);
  if (!f || (f != choice_options && f != when_body)) return 0;
  lua_getupvalue(L, v, UV_AT_FILE);
  lua_getupvalue(L, v, UV_AT_LINE);
  lua_getupvalue(L, v, UV_TEXT);
  const char *file = lua_tostring(L, -3), *text = lua_tostring(L, -1);
  if (f == choice_options)
    lua_pushfstring(L, "%s:%d: choice \"%s\" needs { go = \"scene\" } after it, before the comma: choice \"%s\" { go = \"...\" },",
                    file ? file : "?", (int)lua_tointeger(L, -2), text ? text : "", text ? text : "");
  else
    lua_pushfstring(L, "%s:%d: when \"%s\" needs a { ... } list after it, before the comma", file ? file : "?",
                    (int)lua_tointeger(L, -2), text ? text : "");
  return lua_error(L);
}

/* when "condition" { items... }: the body is copied now (only lines made
 * by story words), its depth and size bounded: shared lines count each
 * time they appear. shape[real when] = { lines, depth }. */
static int when_body(lua_State *L) {
  if (lua_type(L, 1) != LUA_TTABLE || real_of(L, 1) != LUA_TNIL) {
    lua_pushliteral(L, "when \"...\" needs a { ... } list after it");
    return fail(L);
  }
  lua_settop(L, 1);
  /* A story cannot give its tables a metatable: # and [i] are raw. */
  lua_Integer n = (lua_Integer)lua_rawlen(L, 1);
  sandbox_work(L, ITEM_WORK * n);
  lua_createtable(L, n > 0 && n < 1000000 ? (int)n : 0, 0);
  int list = lua_gettop(L);
  lua_Integer lines = 1, depth = 1;
  for (lua_Integer i = 1; i <= n; i++) {
    lua_rawgeti(L, 1, i);
    int v = lua_gettop(L);
    bool is_real = real_of(L, v) != LUA_TNIL;
    const char *k = is_real ? kind_of(L, v + 1) : "";
    if (!is_real || not_item(k)) {
      if (!is_real) unfinished_word(L, v);
      if (is_real && !strcmp(k, "choice")) {
        lua_pushliteral(L, "choices go at the end of a scene, not inside when \"...\" { }");
        return fail(L);
      }
      lua_pushfstring(L, "when: item %I is not a story word (got a %s)", (lua_Integer)i, type_of(L, v));
      return fail(L);
    }
    lua_pushvalue(L, -1);
    lua_rawseti(L, list, i);
    if (lua_rawget(L, lua_upvalueindex(UV_SHAPE)) == LUA_TTABLE) { /* shape[r] */
      lua_rawgeti(L, -1, 1);
      lua_rawgeti(L, -2, 2);
      lines += lua_tointeger(L, -2);
      if (lua_tointeger(L, -1) + 1 > depth) depth = lua_tointeger(L, -1) + 1;
    } else {
      lines++;
    }
    lua_settop(L, list);
    if (lines > MAX_LINES) {
      lua_pushfstring(L, "this when holds more than %d lines (the same lines used many times?)", MAX_LINES);
      return fail(L);
    }
  }
  if (depth > MAX_DEPTH) {
    lua_pushfstring(L, "when inside when: more than %d levels", MAX_DEPTH);
    return fail(L);
  }
  lua_createtable(L, 1, 5);
  int t = lua_gettop(L);
  lua_pushboolean(L, 1); /* made here whole: no field of the author's (as plain()'s) */
  lua_rawseti(L, t, 1);
  lua_pushvalue(L, lua_upvalueindex(UV_TEXT));
  lua_setfield(L, t, "cond");
  lua_pushvalue(L, list);
  lua_setfield(L, t, "body");
  lua_pushliteral(L, "when");
  lua_setfield(L, t, "kind");
  lua_pushvalue(L, lua_upvalueindex(UV_AT_FILE));
  lua_setfield(L, t, "file");
  lua_pushvalue(L, lua_upvalueindex(UV_AT_LINE));
  lua_setfield(L, t, "line");
  lua_pushvalue(L, t);
  lua_createtable(L, 2, 0);
  lua_pushinteger(L, lines);
  lua_rawseti(L, -2, 1);
  lua_pushinteger(L, depth);
  lua_rawseti(L, -2, 2);
  lua_rawset(L, lua_upvalueindex(UV_SHAPE));
  freeze(L, lua_upvalueindex(UV_FROZEN), lua_upvalueindex(UV_REAL_OF));
  return 1;
}

static int word_when(lua_State *L) {
  if (lua_type(L, 1) != LUA_TSTRING) return luaL_error(L, "when needs a text in quotes, got %s", type_of(L, 1));
  push_curried(L, when_body, 0);
  return 1;
}

/* Pushes `kind "id"` (the start of a scene's messages). */
static void push_scene_name(lua_State *L) {
  lua_pushvalue(L, lua_upvalueindex(UV_KIND));
  lua_pushliteral(L, " \"");
  lua_pushvalue(L, lua_upvalueindex(UV_TEXT));
  lua_pushliteral(L, "\"");
  lua_concat(L, 4);
}

/* The message on top, after `kind "id": item i is `, raised. */
static int item_fail(lua_State *L, lua_Integer i) {
  push_scene_name(L);
  lua_pushfstring(L, ": item %I is ", (lua_Integer)i);
  lua_rotate(L, -3, 2);
  lua_concat(L, 3);
  return fail(L);
}

/* scene "id" { items..., choices..., chat = ines, ... } and ending "id" { ... } */
static int scene_body(lua_State *L) {
  if (lua_type(L, 1) != LUA_TTABLE || real_of(L, 1) != LUA_TNIL) {
    push_scene_name(L);
    lua_pushliteral(L, " needs a { ... } list after it");
    lua_concat(L, 2);
    return fail(L);
  }
  lua_settop(L, 1);
  lua_createtable(L, 0, 8);
  int scene = lua_gettop(L);
  lua_pushvalue(L, lua_upvalueindex(UV_TEXT));
  lua_setfield(L, scene, "id");
  lua_pushvalue(L, lua_upvalueindex(UV_KIND));
  lua_setfield(L, scene, "kind");
  lua_pushvalue(L, lua_upvalueindex(UV_AT_FILE));
  lua_setfield(L, scene, "file");
  lua_pushvalue(L, lua_upvalueindex(UV_AT_LINE));
  lua_setfield(L, scene, "line");
  lua_Integer n = (lua_Integer)lua_rawlen(L, 1);
  lua_createtable(L, n > 0 && n < 1000000 ? (int)n : 0, 0);
  int items = lua_gettop(L);
  lua_pushvalue(L, items);
  lua_setfield(L, scene, "items");
  lua_createtable(L, 4, 0);
  int choices = lua_gettop(L);
  lua_pushvalue(L, choices);
  lua_setfield(L, scene, "choices");
  /* The named fields (chat = ines, title = "..."), raw, in next()'s order. */
  long fields = 0;
  lua_pushnil(L);
  while (lua_next(L, 1)) {
    fields++;
    if (lua_type(L, -2) != LUA_TNUMBER) {
      lua_pushvalue(L, -2);
      if (lua_rawget(L, scene) != LUA_TNIL) {
        push_scene_name(L);
        lua_pushliteral(L, ": ");
        luaL_tolstring(L, -5, NULL);
        lua_pushliteral(L, " is given by the story words, not set by hand");
        lua_concat(L, 4);
        return fail(L);
      }
      lua_pop(L, 1);
      lua_pushvalue(L, -2);
      lua_pushvalue(L, -2);
      if (lua_rawget(L, lua_upvalueindex(UV_SPEAKER_IDS)) == LUA_TNIL) { /* chat = ines: the id */
        lua_pop(L, 1);
        lua_pushvalue(L, -2);
      }
      lua_rawset(L, scene);
    }
    lua_pop(L, 1);
  }
  sandbox_work(L, 2 * fields + ITEM_WORK * n);
  lua_Integer nitems = 0, nchoices = 0;
  for (lua_Integer i = 1; i <= n; i++) {
    lua_rawgeti(L, 1, i);
    int v = lua_gettop(L);
    bool is_real = real_of(L, v) != LUA_TNIL;
    const char *k = is_real ? kind_of(L, v + 1) : NULL;
    if (k && !strcmp(k, "choice")) {
      lua_rawseti(L, choices, ++nchoices);
    } else if (k && !not_item(k)) {
      lua_rawseti(L, items, ++nitems);
    } else {
      lua_settop(L, v);
      unfinished_word(L, v);
      if (lua_pushvalue(L, v), lua_rawget(L, lua_upvalueindex(UV_WORD_NAMES)) == LUA_TSTRING) {
        /* alex.blocked written without its text */
        lua_pushliteral(L, " without its text: write ");
        lua_pushvalue(L, -2);
        lua_pushliteral(L, " \"...\" (or \"\" for the app's own words)");
        lua_concat(L, 4);
        return item_fail(L, i);
      }
      lua_settop(L, v);
      if (lua_type(L, v) == LUA_TSTRING) {
        size_t len;
        const char *s = lua_tolstring(L, v, &len);
        lua_pushliteral(L, "a bare text (\"");
        lua_pushlstring(L, s, len < 30 ? len : 30);
        lua_pushliteral(L, "\"). Say who says it: narrate \"...\", me \"...\", or a character");
        lua_concat(L, 3);
        return item_fail(L, i);
      }
      if (k) { /* a scene or an ending written inside this one: a beginner's slip */
        real_of(L, v);
        lua_getfield(L, -1, "id");
        const char *id = luaL_tolstring(L, -1, NULL);
        lua_pushfstring(L, "%s \"%s\", written inside it. Write each scene and ending on its own, after the closing }, "
                        "and lead to it with choice \"...\" { go = \"%s\" }", k, id, id);
        return item_fail(L, i);
      }
      lua_pushfstring(L, "not a story word (got a %s)", type_of(L, v));
      return item_fail(L, i);
    }
    lua_settop(L, choices);
  }
  /* collected.scenes looked up each time, not kept: once the story is
   * built the engine empties `collected` (story.c's forget_collected) and
   * the scenes must then be garbage, not held by this word. */
  if (lua_getfield(L, lua_upvalueindex(UV_COLLECTED), "scenes") == LUA_TTABLE) {
    lua_pushvalue(L, scene);
    lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
  }
  lua_settop(L, scene);
  freeze(L, lua_upvalueindex(UV_FROZEN), lua_upvalueindex(UV_REAL_OF));
  return 1;
}

/* scene "id" and ending "id" (upvalue UV_SHARED + 1: the kind). */
static int word_scene(lua_State *L) {
  if (lua_type(L, 1) != LUA_TSTRING)
    return luaL_error(L, "%s needs a text in quotes, got %s", lua_tostring(L, lua_upvalueindex(UV_SHARED + 1)), type_of(L, 1));
  push_curried(L, scene_body, lua_upvalueindex(UV_SHARED + 1));
  return 1;
}

int prelude_make_words(lua_State *L) {
  lua_settop(L, UV_COPY);
  lua_pushnil(L); /* UV_FILE: the file cache */
  for (int i = 1; i <= UV_SHARED; i++) lua_pushvalue(L, i);
  lua_pushcclosure(L, word_choice, UV_SHARED);
  for (int i = 1; i <= UV_SHARED; i++) lua_pushvalue(L, i);
  lua_pushcclosure(L, word_when, UV_SHARED);
  for (int i = 1; i <= UV_SHARED; i++) lua_pushvalue(L, i);
  lua_pushliteral(L, "scene");
  lua_pushcclosure(L, word_scene, UV_SHARED + 1);
  for (int i = 1; i <= UV_SHARED; i++) lua_pushvalue(L, i);
  lua_pushliteral(L, "ending");
  lua_pushcclosure(L, word_scene, UV_SHARED + 1);
  return 4;
}
