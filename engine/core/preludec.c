/* The story language's busiest words, written in C for the prelude
 * (engine/lua/prelude.lua keeps the rest and every check of its own).
 * Each records what the story wrote straight into C (a Rec of the
 * Recorder, preludec.h) and raises the same messages at the same author's
 * line as the Lua words did. Story code gets a stand-in for each record:
 * a light userdata holding its number, which no story can change (its
 * metatable is the state's one for light userdata, set here). Before,
 * each line was a Lua table, a frozen proxy table and an entry of a weak
 * map from one to the other, all read back by the builder field by field:
 * half of a load. */
#include "preludec.h"

#include <lauxlib.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "words.h"

#define MAX_DEPTH 16    /* a when inside a when ... (the player keeps 32) */
#define MAX_LINES 20000 /* lines inside one when, counting shared ones each time */
#define ITEM_WORK 4     /* budget charged per item looked at (the Lua loop's instructions) */
#define DID_MOST 32     /* ids read from did = { ... } (the builder says when there are more) */

/* The upvalues of the words (make_words' arguments) and of the stand-ins'
 * metamethods; plain's and record's: the recorder, then the file cache. */
enum { UV_REC = 1, UV_SPEAKER_IDS, UV_WORD_NAMES, UV_FILE };

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

/* ---- the recorder ---- */

static const char RECORDER[] = "bts.recorder";

static Recorder *recorder(lua_State *L) { return lua_touserdata(L, lua_upvalueindex(UV_REC)); }

/* Counts bytes against the story's memory cap; past it, the story stops
 * (the sandbox says it used too much memory). */
static void charge(lua_State *L, size_t bytes) {
  if (!sandbox_charge_lua(L, bytes)) luaL_error(L, "not enough memory");
}

static void *rec_alloc(lua_State *L, Recorder *r, size_t n) {
  charge(L, n);
  return arena_alloc(&r->arena, n);
}

#define LONG_TEXT 1024 /* bytes: a text this long, given again, is not copied again */

/* A text of the story (the string at index i) in the arena; *cut when it
 * has an empty byte in it (Lua's "\0"), which C would stop at. A long
 * text given again (the same Lua string: `local big = ...` used in 40,000
 * lines) shares its first copy: the last LONG_KEPT of them are kept, each
 * Lua string anchored in the recorder's user values so that its address
 * is not reused while it is remembered. */
static const char *rec_text(lua_State *L, Recorder *r, int i, bool *cut) {
  size_t n;
  const char *s = lua_tolstring(L, i, &n);
  bool has_nul = strlen(s) != n;
  if (cut && has_nul) *cut = true;
  if (n < LONG_TEXT) {
    charge(L, n + 1);
    return arena_strndup(&r->arena, s, n);
  }
  for (int k = 0; k < LONG_KEPT; k++)
    if (r->long_lua[k] == s) return r->long_copy[k];
  charge(L, n + 1);
  int k = r->long_next++ % LONG_KEPT;
  i = lua_absindex(L, i);
  lua_pushvalue(L, i);
  lua_setiuservalue(L, lua_upvalueindex(UV_REC), 2 + k);
  r->long_lua[k] = s;
  r->long_copy[k] = arena_strndup(&r->arena, s, n);
  return r->long_copy[k];
}

/* A file's or character's name most records share: the last one, or a copy. */
static const char *rec_name(lua_State *L, Recorder *r, const char *s, const char **last) {
  if (!*last || strcmp(*last, s) != 0) {
    size_t n = strlen(s);
    charge(L, n + 1);
    *last = arena_strndup(&r->arena, s, n);
  }
  return *last;
}

/* A new record of that type: its number. */
static int new_rec(lua_State *L, Recorder *r, RecType type) {
  if (r->n == r->cap) {
    int cap = r->cap ? r->cap * 2 : 256;
    charge(L, (size_t)(cap - r->cap) * sizeof *r->recs);
    r->recs = xrealloc(r->recs, (size_t)cap * sizeof *r->recs);
    r->cap = cap;
  }
  Rec *rec = &r->recs[r->n];
  memset(rec, 0, sizeof *rec);
  rec->type = (unsigned char)type;
  rec->file = "?";
  return r->n++;
}

/* The file and line on top of the stack (push_where's), popped, into record k. */
static void rec_where(lua_State *L, Recorder *r, int k) {
  const char *file = rec_name(L, r, lua_tostring(L, -2), &r->last_file);
  r->recs[k].file = file;
  r->recs[k].line = (int)lua_tointeger(L, -1);
  lua_pop(L, 2);
}

/* Pushes record k's stand-in. */
static void push_standin(lua_State *L, int k) { lua_pushlightuserdata(L, (void *)(uintptr_t)((size_t)k + 1)); }

/* The number of the record whose stand-in is at index i, or -1. */
static int standin(lua_State *L, Recorder *r, int i) {
  if (lua_type(L, i) != LUA_TLIGHTUSERDATA) return -1;
  uintptr_t v = (uintptr_t)lua_touserdata(L, i);
  return v >= 1 && v <= (uintptr_t)r->n ? (int)(v - 1) : -1;
}

void prelude_records_free(Recorder *r) {
  if (!r) return;
  free(r->recs);
  free(r->scenes);
  r->recs = NULL;
  r->scenes = NULL;
  r->n = r->cap = r->nscenes = r->capscenes = 0;
}

static int recorder_gc(lua_State *L) {
  Recorder *r = luaL_checkudata(L, 1, RECORDER);
  prelude_records_free(r);
  arena_free(&r->arena);
  return 0;
}

Recorder *prelude_recorder(lua_State *L, int collected) {
  lua_getfield(L, collected, "recorder");
  Recorder *r = luaL_testudata(L, -1, RECORDER);
  lua_pop(L, 1);
  return r;
}

/* record(t, kind): a line the prelude made in Lua (its table kept in the
 * recorder's list, read by the builder): its stand-in. */
static int prelude_record(lua_State *L) {
  Recorder *r = recorder(L);
  luaL_checktype(L, 1, LUA_TTABLE);
  int k = new_rec(L, r, REC_TABLE);
  int w = word_lookup(luaL_checkstring(L, 2));
  r->recs[k].word = (unsigned char)(w < 0 ? WORD_SET : w);
  lua_getiuservalue(L, lua_upvalueindex(UV_REC), 1);
  lua_Integer tab = (lua_Integer)lua_rawlen(L, -1) + 1;
  lua_pushvalue(L, 1);
  lua_rawseti(L, -2, tab);
  r->recs[k].u.tab = (int)tab;
  charge(L, 64);
  push_standin(L, k);
  return 1;
}

/* plain(value, kind, level[, who]): the common line `narrate "text"` or
 * `alex "text"` recorded in one C call: its stand-in; nothing when value
 * is not a text (the prelude then takes the { ... } form and says what is
 * wrong). level as where()'s. */
static int prelude_plain(lua_State *L) {
  if (lua_type(L, 1) != LUA_TSTRING) return 0;
  Recorder *r = recorder(L);
  const char *kind = lua_tostring(L, 2);
  if (!kind || kind != r->last_kind_name) { /* the same few strings: compared by address */
    int w = word_lookup(kind);
    if (w < 0) return luaL_error(L, "not a story word");
    r->last_kind_name = kind;
    r->last_kind = w;
  }
  int k = new_rec(L, r, REC_LINE);
  r->recs[k].word = (unsigned char)r->last_kind;
  bool cut = false;
  const char *text = rec_text(L, r, 1, &cut);
  r->recs[k].text = text;
  r->recs[k].cut = cut;
  if (lua_type(L, 4) == LUA_TSTRING) {
    const char *who = rec_name(L, r, lua_tostring(L, 4), &r->last_who);
    r->recs[k].u.who = who;
  }
  push_where(L, (int)lua_tointeger(L, 3), UV_FILE);
  rec_where(L, r, k);
  push_standin(L, k);
  return 1;
}

int prelude_make_recorder(lua_State *L) {
  Recorder *r = lua_newuserdatauv(L, sizeof *r, 1 + LONG_KEPT);
  memset(r, 0, sizeof *r);
  if (luaL_newmetatable(L, RECORDER)) {
    lua_pushcfunction(L, recorder_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
  }
  lua_setmetatable(L, -2);
  lua_newtable(L); /* the tables of REC_TABLE records and of scenes' fields */
  lua_setiuservalue(L, -2, 1);
  int ud = lua_gettop(L);
  lua_pushvalue(L, ud);
  lua_pushcclosure(L, prelude_record, 1);
  /* plain's upvalues as the words': the recorder, two unused, the file cache */
  lua_pushvalue(L, ud);
  lua_pushnil(L);
  lua_pushnil(L);
  lua_pushnil(L);
  lua_pushcclosure(L, prelude_plain, UV_FILE);
  return 3;
}

/* ---- what a word left waiting for its { ... } ---- */


/* A pending record made by the word named `kind`: the text at index 1 and
 * the author's place. */
static int pending(lua_State *L, RecType makes, bool ending) {
  Recorder *r = recorder(L);
  int k = new_rec(L, r, REC_PENDING);
  r->recs[k].word = (unsigned char)(makes + (ending ? 1 : 0));
  bool cut = false;
  const char *text = rec_text(L, r, 1, &cut);
  r->recs[k].text = text;
  r->recs[k].cut = cut;
  push_where(L, 0, UV_FILE);
  rec_where(L, r, k);
  push_standin(L, k);
  return 1;
}

static RecType pending_makes(const Rec *p) { return p->word == REC_SCENE + 1 ? REC_SCENE : (RecType)p->word; }

/* `choice "x",` in a list, its { ... } left out: what stands in the list
 * is the word waiting for its table. Said at the choice's own line (not at
 * the list's, which is where Lua is when it sees it). Returns 0 when
 * record k is no such choice or when. */
static int unfinished_word(lua_State *L, const Rec *p) {
  if (p->type != REC_PENDING || pending_makes(p) == REC_SCENE) return 0;
  if (pending_makes(p) == REC_CHOICE)
    lua_pushfstring(L, "%s:%d: choice \"%s\" needs { go = \"scene\" } after it, before the comma: choice \"%s\" { go = \"...\" },",
                    p->file, p->line, p->text, p->text);
  else
    lua_pushfstring(L, "%s:%d: when \"%s\" needs a { ... } list after it, before the comma", p->file, p->line, p->text);
  return lua_error(L);
}

/* ---- choice ---- */

/* set = { ... } or add = { ... }: the pairs, in next()'s order. */
static void read_pairs(lua_State *L, Recorder *r, int t, RecEffect *e, bool *cut) {
  int n = 0;
  lua_pushnil(L);
  while (lua_next(L, t)) {
    n++;
    lua_pop(L, 1);
  }
  sandbox_work(L, ITEM_WORK * n);
  e->pairs = rec_alloc(L, r, (size_t)n * sizeof *e->pairs);
  lua_pushnil(L);
  while (lua_next(L, t) && e->n < n) {
    RecPair *p = &e->pairs[e->n++];
    p->name = lua_type(L, -2) == LUA_TSTRING ? rec_text(L, r, -2, cut) : NULL;
    p->type = lua_type(L, -1);
    p->value = p->type == LUA_TNUMBER ? lua_tonumber(L, -1) : lua_toboolean(L, -1);
    lua_pop(L, 1);
  }
}

/* did = "id" or did = { "id", ... } */
static void read_did(lua_State *L, Recorder *r, int v, RecEffect *e, bool *cut) {
  if (e->type == LUA_TSTRING) {
    e->pairs = rec_alloc(L, r, sizeof *e->pairs);
    e->pairs[0] = (RecPair){rec_text(L, r, v, cut), LUA_TSTRING, 0};
    e->n = e->len = 1;
    return;
  }
  lua_Unsigned len = lua_rawlen(L, v);
  e->len = len > 1000000 ? 1000000 : (int)len;
  if (len > DID_MOST) return; /* too many: the builder says so */
  e->pairs = rec_alloc(L, r, (size_t)len * sizeof *e->pairs);
  for (int i = 1; i <= (int)len; i++) {
    lua_rawgeti(L, v, i);
    e->pairs[e->n++] = (RecPair){lua_type(L, -1) == LUA_TSTRING ? rec_text(L, r, -1, cut) : NULL, lua_type(L, -1), 0};
    lua_pop(L, 1);
  }
}

static bool is_field(const char *k, size_t n, const char *name) { return strlen(name) == n && memcmp(k, name, n) == 0; }

/* choice "text" { go = "scene", when = "...", set = {...}, add = {...}, did = "...", say = true, to = ines, button = "answer" } */
static int choice_options(lua_State *L, int p) {
  Recorder *r = recorder(L);
  if (lua_type(L, 2) != LUA_TTABLE) {
    lua_pushfstring(L, "choice \"%s\" needs { go = \"scene\" } after it", r->recs[p].text);
    return fail(L);
  }
  lua_settop(L, 2);
  RecChoice *c = rec_alloc(L, r, sizeof *c);
  memset(c, 0, sizeof *c);
  long fields = 0;
  lua_pushnil(L);
  while (lua_next(L, 2)) {
    fields++;
    int v = lua_gettop(L), type = lua_type(L, v);
    if (lua_type(L, -2) != LUA_TSTRING) { /* [1] = ...: not a field (as before, nothing said) */
      lua_pop(L, 1);
      continue;
    }
    size_t n;
    const char *k = lua_tolstring(L, -2, &n);
    bool str = type == LUA_TSTRING;
    switch (k[0]) {
      case 'g':
        if (is_field(k, n, "go")) { if (str) c->go = rec_text(L, r, v, &c->cut); goto next; }
        break;
      case 'w':
        if (is_field(k, n, "when")) { c->when_type = type; if (str) c->when = rec_text(L, r, v, &c->cut); goto next; }
        break;
      case 's':
        if (is_field(k, n, "say")) {
          if (str) c->say = rec_text(L, r, v, &c->cut);
          else if (type == LUA_TBOOLEAN && lua_toboolean(L, v)) c->say = r->recs[p].text;
          goto next;
        }
        if (is_field(k, n, "set")) {
          c->set.type = type;
          if (type == LUA_TTABLE) read_pairs(L, r, v, &c->set, &c->cut);
          goto next;
        }
        break;
      case 'a':
        if (is_field(k, n, "add")) {
          c->add.type = type;
          if (type == LUA_TTABLE) read_pairs(L, r, v, &c->add, &c->cut);
          goto next;
        }
        break;
      case 'd':
        if (is_field(k, n, "did")) {
          c->did.type = type;
          if (type == LUA_TTABLE || str) read_did(L, r, v, &c->did, &c->cut);
          goto next;
        }
        break;
      case 't':
        if (is_field(k, n, "to")) {
          c->to_type = type;
          if (str) c->to = rec_text(L, r, v, &c->cut);
          else if (type == LUA_TTABLE) { /* to = ines: the character's id */
            lua_pushvalue(L, v);
            if (lua_rawget(L, lua_upvalueindex(UV_SPEAKER_IDS)) == LUA_TSTRING) {
              c->to = rec_text(L, r, -1, NULL);
              c->to_type = LUA_TSTRING;
            }
            lua_pop(L, 1);
          }
          goto next;
        }
        if (is_field(k, n, "text")) goto next; /* the word's own fields, overwritten by it */
        break;
      case 'b':
        if (is_field(k, n, "button")) { c->button_type = type; if (str) c->button = rec_text(L, r, v, &c->cut); goto next; }
        break;
      case 'k':
        if (is_field(k, n, "kind")) goto next;
        break;
      case 'f':
        if (is_field(k, n, "file")) goto next;
        break;
      case 'l':
        if (is_field(k, n, "line")) goto next;
        break;
      default:
        break;
    }
    if (!c->unknown) c->unknown = rec_text(L, r, -2, NULL);
  next:
    lua_settop(L, v - 1);
  }
  sandbox_work(L, ITEM_WORK * fields);
  int k = new_rec(L, r, REC_CHOICE);
  Rec *pr = &r->recs[p], *rec = &r->recs[k];
  rec->text = pr->text;
  rec->cut = pr->cut;
  rec->file = pr->file;
  rec->line = pr->line;
  rec->u.choice = c;
  push_standin(L, k);
  return 1;
}

static int word_choice(lua_State *L) {
  if (lua_type(L, 1) != LUA_TSTRING) return luaL_error(L, "choice needs a text in quotes, got %s", type_of(L, 1));
  return pending(L, REC_CHOICE, false);
}

/* ---- when ---- */

/* when "condition" { items... }: the body's lines listed now (only lines
 * made by story words), its depth and size bounded: shared lines count
 * each time they appear. */
static int when_body(lua_State *L, int p) {
  Recorder *r = recorder(L);
  if (lua_type(L, 2) != LUA_TTABLE) {
    lua_pushliteral(L, "when \"...\" needs a { ... } list after it");
    return fail(L);
  }
  lua_settop(L, 2);
  /* A story cannot give its tables a metatable: # and [i] are raw. */
  lua_Integer n = (lua_Integer)lua_rawlen(L, 2);
  sandbox_work(L, ITEM_WORK * n);
  if (n > MAX_LINES) n = MAX_LINES + 1; /* past the limit below */
  int *body = rec_alloc(L, r, (size_t)n * sizeof *body);
  long lines = 1;
  int depth = 1, nbody = 0;
  for (lua_Integer i = 1; i <= n; i++) {
    lua_rawgeti(L, 2, i);
    int k = standin(L, r, -1);
    const Rec *it = k >= 0 ? &r->recs[k] : NULL;
    if (!it || (it->type != REC_LINE && it->type != REC_TABLE && it->type != REC_WHEN)) {
      if (it && it->type == REC_CHOICE) {
        lua_pushliteral(L, "choices go at the end of a scene, not inside when \"...\" { }");
        return fail(L);
      }
      if (it) unfinished_word(L, it);
      lua_pushfstring(L, "when: item %I is not a story word (got a %s)", (lua_Integer)i,
                      !it ? type_of(L, -1) : it->type == REC_SCENE ? (it->word ? "ending" : "scene") : "function");
      return fail(L);
    }
    lua_pop(L, 1);
    body[nbody++] = k;
    if (it->type == REC_WHEN) {
      lines += it->u.when.lines;
      if (it->u.when.depth + 1 > depth) depth = it->u.when.depth + 1;
    } else {
      lines++;
    }
    if (lines > MAX_LINES) {
      lua_pushfstring(L, "this when holds more than %d lines (the same lines used many times?)", MAX_LINES);
      return fail(L);
    }
  }
  if (depth > MAX_DEPTH) {
    lua_pushfstring(L, "when inside when: more than %d levels", MAX_DEPTH);
    return fail(L);
  }
  int k = new_rec(L, r, REC_WHEN);
  Rec *pr = &r->recs[p], *rec = &r->recs[k];
  rec->text = pr->text;
  rec->cut = pr->cut;
  rec->file = pr->file;
  rec->line = pr->line;
  rec->u.when.body = body;
  rec->u.when.n = nbody;
  rec->u.when.lines = lines;
  rec->u.when.depth = depth;
  push_standin(L, k);
  return 1;
}

static int word_when(lua_State *L) {
  if (lua_type(L, 1) != LUA_TSTRING) return luaL_error(L, "when needs a text in quotes, got %s", type_of(L, 1));
  return pending(L, REC_WHEN, false);
}

/* ---- scene and ending ---- */

/* Pushes `kind "id"` (the start of a scene's messages). */
static void push_scene_name(lua_State *L, const Rec *p) {
  lua_pushfstring(L, "%s \"%s\"", p->word == REC_SCENE + 1 ? "ending" : "scene", p->text);
}

/* The message on top, after `kind "id": item i is `, raised. */
static int item_fail(lua_State *L, const Rec *p, lua_Integer i) {
  push_scene_name(L, p);
  lua_pushfstring(L, ": item %I is ", (lua_Integer)i);
  lua_rotate(L, -3, 2);
  lua_concat(L, 3);
  return fail(L);
}

/* A scene's own fields, set by the words: a story cannot give them. */
static bool scene_own_field(const char *k) {
  return k && (!strcmp(k, "id") || !strcmp(k, "kind") || !strcmp(k, "file") || !strcmp(k, "line") ||
               !strcmp(k, "items") || !strcmp(k, "choices"));
}

/* scene "id" { items..., choices..., chat = ines, ... } and ending "id" { ... } */
static int scene_body(lua_State *L, int p) {
  Recorder *r = recorder(L);
  if (lua_type(L, 2) != LUA_TTABLE) {
    push_scene_name(L, &r->recs[p]);
    lua_pushliteral(L, " needs a { ... } list after it");
    lua_concat(L, 2);
    return fail(L);
  }
  lua_settop(L, 2);
  /* The named fields (chat = ines, title = "..."), raw, in next()'s order,
   * into a table of their own for the builder (none: no table). */
  long fields = 0;
  int tab = -1;
  lua_pushnil(L);
  while (lua_next(L, 2)) {
    fields++;
    if (lua_type(L, -2) != LUA_TNUMBER) {
      if (lua_type(L, -2) == LUA_TSTRING && scene_own_field(lua_tostring(L, -2))) {
        push_scene_name(L, &r->recs[p]);
        lua_pushliteral(L, ": ");
        lua_pushvalue(L, -4);
        lua_pushliteral(L, " is given by the story words, not set by hand");
        lua_concat(L, 4);
        return fail(L);
      }
      if (tab < 0) { /* 3: the fields' table */
        lua_createtable(L, 0, 4);
        lua_insert(L, 3);
        tab = 0;
      }
      lua_pushvalue(L, -2);
      lua_pushvalue(L, -2);
      if (lua_rawget(L, lua_upvalueindex(UV_SPEAKER_IDS)) == LUA_TNIL) { /* chat = ines: the id */
        lua_pop(L, 1);
        lua_pushvalue(L, -2);
      }
      lua_rawset(L, 3);
    }
    lua_pop(L, 1);
  }
  if (tab == 0) {
    lua_getiuservalue(L, lua_upvalueindex(UV_REC), 1);
    tab = (int)lua_rawlen(L, -1) + 1;
    lua_pushvalue(L, 3);
    lua_rawseti(L, -2, tab);
    charge(L, 64 + 32 * (size_t)fields);
  }
  lua_settop(L, 2);
  lua_Integer n = (lua_Integer)lua_rawlen(L, 2);
  sandbox_work(L, 2 * fields + ITEM_WORK * n);
  if (n > 10000000) n = 10000000;
  int *items = rec_alloc(L, r, (size_t)n * sizeof *items), *choices = NULL;
  int nitems = 0, nchoices = 0;
  for (lua_Integer i = 1; i <= n; i++) {
    lua_rawgeti(L, 2, i);
    int v = lua_gettop(L), k = standin(L, r, v);
    const Rec *it = k >= 0 ? &r->recs[k] : NULL;
    if (it && it->type == REC_CHOICE) {
      if (!choices) choices = rec_alloc(L, r, (size_t)(n - i + 1) * sizeof *choices);
      choices[nchoices++] = k;
    } else if (it && (it->type == REC_LINE || it->type == REC_TABLE || it->type == REC_WHEN)) {
      items[nitems++] = k;
    } else {
      const Rec *pr = &r->recs[p];
      if (it) unfinished_word(L, it);
      if (lua_pushvalue(L, v), lua_rawget(L, lua_upvalueindex(UV_WORD_NAMES)) == LUA_TSTRING) {
        /* alex.blocked written without its text */
        lua_pushliteral(L, " without its text: write ");
        lua_pushvalue(L, -2);
        lua_pushliteral(L, " \"...\" (or \"\" for the app's own words)");
        lua_concat(L, 4);
        return item_fail(L, pr, i);
      }
      lua_settop(L, v);
      if (lua_type(L, v) == LUA_TSTRING) {
        size_t len;
        const char *s = lua_tolstring(L, v, &len);
        lua_pushliteral(L, "a bare text (\"");
        lua_pushlstring(L, s, len < 30 ? len : 30);
        lua_pushliteral(L, "\"). Say who says it: narrate \"...\", me \"...\", or a character");
        lua_concat(L, 3);
        return item_fail(L, pr, i);
      }
      if (it && it->type == REC_SCENE) { /* a scene or an ending written inside this one: a beginner's slip */
        const char *kind = it->word ? "ending" : "scene";
        lua_pushfstring(L, "%s \"%s\", written inside it. Write each scene and ending on its own, after the closing }, "
                        "and lead to it with choice \"...\" { go = \"%s\" }", kind, it->text, it->text);
        return item_fail(L, pr, i);
      }
      lua_pushfstring(L, "not a story word (got a %s)", it ? "function" : type_of(L, v));
      return item_fail(L, pr, i);
    }
    lua_settop(L, 2);
  }
  int k = new_rec(L, r, REC_SCENE);
  Rec *pr = &r->recs[p], *rec = &r->recs[k];
  rec->word = pr->word == REC_SCENE + 1;
  rec->text = pr->text;
  rec->cut = pr->cut;
  rec->file = pr->file;
  rec->line = pr->line;
  rec->u.scene.items = items;
  rec->u.scene.nitems = nitems;
  rec->u.scene.choices = choices;
  rec->u.scene.nchoices = nchoices;
  rec->u.scene.fields = tab;
  if (r->nscenes == r->capscenes) {
    int cap = r->capscenes ? r->capscenes * 2 : 64;
    charge(L, (size_t)(cap - r->capscenes) * sizeof *r->scenes);
    r->scenes = xrealloc(r->scenes, (size_t)cap * sizeof *r->scenes);
    r->capscenes = cap;
  }
  r->scenes[r->nscenes++] = k;
  push_standin(L, k);
  return 1;
}

/* scene "id" and ending "id" (upvalue UV_FILE + 1: true for an ending). */
static int word_scene(lua_State *L) {
  bool ending = lua_toboolean(L, lua_upvalueindex(UV_FILE + 1));
  if (lua_type(L, 1) != LUA_TSTRING)
    return luaL_error(L, "%s needs a text in quotes, got %s", ending ? "ending" : "scene", type_of(L, 1));
  return pending(L, REC_SCENE, ending);
}

/* ---- the stand-ins' metatable ---- */

/* stand-in { ... }: a pending word gets its table; a finished line is
 * followed by something it cannot take (two lines without a comma). */
static int standin_call(lua_State *L) {
  Recorder *r = recorder(L);
  int k = standin(L, r, 1);
  if (k >= 0 && r->recs[k].type == REC_PENDING) {
    switch (pending_makes(&r->recs[k])) {
      case REC_CHOICE: return choice_options(L, k);
      case REC_WHEN: return when_body(L, k);
      default: return scene_body(L, k);
    }
  }
  lua_pushliteral(L, "two things follow each other with nothing between them, like alex \"hi\" \"there\" or a line "
                     "then { }: put a comma between two lines, and a line's options inside its own { }: alex { \"hi\", "
                     "typing = 2 }");
  return fail(L);
}

/* stand-in.field: what a line says of itself (kind, text, file, line,
 * who; a scene's id), never a table. */
static int standin_index(lua_State *L) {
  Recorder *r = recorder(L);
  int k = standin(L, r, 1);
  const char *key = lua_tostring(L, 2);
  if (k < 0 || !key) return 0;
  const Rec *rec = &r->recs[k];
  if (rec->type == REC_TABLE) {
    lua_getiuservalue(L, lua_upvalueindex(UV_REC), 1);
    lua_rawgeti(L, -1, rec->u.tab);
    lua_pushvalue(L, 2);
    return lua_rawget(L, -2) == LUA_TTABLE ? 0 : 1;
  }
  const char *kind = rec->type == REC_LINE ? word_name((Word)rec->word)
                     : rec->type == REC_WHEN ? "when"
                     : rec->type == REC_CHOICE ? "choice"
                     : rec->type == REC_SCENE ? (rec->word ? "ending" : "scene")
                                              : NULL;
  if (!kind) return 0;
  if (!strcmp(key, "kind")) lua_pushstring(L, kind);
  else if (!strcmp(key, "file")) lua_pushstring(L, rec->file);
  else if (!strcmp(key, "line")) lua_pushinteger(L, rec->line);
  else if (!strcmp(key, rec->type == REC_SCENE ? "id" : rec->type == REC_WHEN ? "cond" : "text")) lua_pushstring(L, rec->text);
  else if (!strcmp(key, "who") && rec->type == REC_LINE && rec->u.who) lua_pushstring(L, rec->u.who);
  else return 0;
  return 1;
}

static int standin_newindex(lua_State *L) {
  lua_pushliteral(L, "what a story word made cannot be changed afterwards");
  return fail(L);
}

int prelude_make_words(lua_State *L) {
  lua_settop(L, UV_WORD_NAMES);
  lua_pushnil(L); /* UV_FILE: the file cache */
  /* the metatable of every light userdata of this state: the stand-ins */
  lua_pushlightuserdata(L, NULL);
  lua_createtable(L, 0, 4);
  static const struct {
    const char *name;
    lua_CFunction f;
  } META[] = {{"__call", standin_call}, {"__index", standin_index}, {"__newindex", standin_newindex}};
  for (size_t i = 0; i < sizeof META / sizeof *META; i++) {
    for (int u = 1; u <= UV_FILE; u++) lua_pushvalue(L, u);
    lua_pushcclosure(L, META[i].f, UV_FILE);
    lua_setfield(L, -2, META[i].name);
  }
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
  lua_pop(L, 1);
  for (int u = 1; u <= UV_FILE; u++) lua_pushvalue(L, u);
  lua_pushcclosure(L, word_choice, UV_FILE);
  for (int u = 1; u <= UV_FILE; u++) lua_pushvalue(L, u);
  lua_pushcclosure(L, word_when, UV_FILE);
  for (int u = 1; u <= UV_FILE; u++) lua_pushvalue(L, u);
  lua_pushboolean(L, 0);
  lua_pushcclosure(L, word_scene, UV_FILE + 1);
  for (int u = 1; u <= UV_FILE; u++) lua_pushvalue(L, u);
  lua_pushboolean(L, 1);
  lua_pushcclosure(L, word_scene, UV_FILE + 1);
  return 4;
}
