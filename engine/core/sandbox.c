#define _GNU_SOURCE /* memmem */
#include "sandbox.h"

#include <dirent.h>
#include <strings.h>
#include <lauxlib.h>
#include <lualib.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "hint.h"
#include "preludec.h"
#include "luaread.h"
#include "util.h"
#include "words.h"
#include "textsafe.h"

typedef struct Sandbox {
  lua_State *L;
  size_t used, cap;
  long budget;            /* instructions left in the current call */
  double deadline;        /* process CPU seconds: the current call stops after it;
                             0: the clock has not started (no look yet) */
  double seconds;         /* the time the current job (or call) has */
  double clock_start;     /* process CPU seconds when its clock started */
  double next_look;       /* wall seconds: the CPU clock is not read before */
  SandboxLimit hit;
  char *root;             /* the story folder: include stays inside */
  int include_depth;
  int prints;             /* print() notes so far (capped) */
  char **files;           /* every file run, in order (interned) */
  int nfiles;
  unsigned long long fingerprint;
  Diag *diag;             /* where print() and errors go while running */
  int words;              /* registry ref: the story environment */
  int collected;          /* registry ref: what the prelude collected (the env for data) */
  bool out_of_memory;     /* Lua raised a memory error in this job (hit may be
                             cleared when Lua recovered by collecting) */
  size_t c_used;          /* the engine's own memory for this story (held to
                             a cap of the same size as Lua's: a story the
                             size of the 20,000-scene benchmark needs both) */
  int job_depth;          /* jobs nest: the outer one holds the budget */
  double bonus;           /* seconds the included text added */
  char **real_files;      /* canonical paths of the files run: each once */
  int nreal;
} Sandbox;

extern const char bts_prelude[];
extern const size_t bts_prelude_len;

#define HOOK_EVERY 1000
/* The count hook alone: Lua calls a call hook at every call (34,000 in a
 * 400-scene load, 3 % of it); the library functions whose C loops do much
 * work in one call charge the budget themselves (sandbox_work). */
#define HOOK_MASK LUA_MASKCOUNT
#define REP_MAX (1u << 20) /* string.rep result cap, bytes */
#define PRINT_MAX 100       /* print() notes per story: more are dropped */
#define SORT_MAX 100000    /* table.sort runs in C, out of the budget's reach */

/* CPU time, not wall time: a busy machine (a CI running tests in parallel)
 * must not stop a large but sound story. */
static double now_seconds(void) {
  struct timespec ts = {0, 0};
#ifdef __EMSCRIPTEN__
  /* A page has no process CPU clock; story code runs there without
   * yielding to the browser, so its wall time is its CPU time. */
  clock_gettime(CLOCK_MONOTONIC, &ts);
#else
  if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0) clock_gettime(CLOCK_MONOTONIC, &ts);
#endif
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Wall time from the vDSO: no system call. */
static double wall_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

#define LOOK_GAP 0.002 /* wall seconds between two readings of the CPU clock */

static void start_clock(Sandbox *sb, double now) {
  sb->clock_start = now;
  sb->deadline = now + sb->seconds;
}

/* The clock starts at the first look (a hook after 1000 instructions or 16
 * calls), not at each call into story code: most calls are conditions that
 * finish long before, and reading CPU time is a system call (on a virtual
 * machine, a few microseconds: it was a fifth of a load). So after a look,
 * the next one waits LOOK_GAP of wall time, read for free: the process
 * cannot use much more CPU than the wall time that passed, and a limit is
 * then seen at most 2 ms late. */
static bool past_deadline(Sandbox *sb) {
  double wall = wall_seconds();
  if (sb->deadline != 0 && wall < sb->next_look) return false;
  sb->next_look = wall + LOOK_GAP;
  double now = now_seconds();
  if (sb->deadline == 0) {
    start_clock(sb, now);
    return false;
  }
  return now > sb->deadline;
}

static void budget_hook(lua_State *L, lua_Debug *ar);
#define BIG_ALLOC (64u << 10)
#define LOAD_GC_PAUSE 400 /* % (Lua's default: 200) while a story file runs */

/* Pushes "file:line: " of the first frame from `level` up that runs a story
 * file (chunk names "@file"), or "". */
static void story_where(lua_State *L, int level) {
  lua_Debug ar;
  for (; lua_getstack(L, level, &ar); level++) {
    if (lua_getinfo(L, "Sl", &ar) && ar.source[0] == '@' && ar.currentline > 0) {
      lua_pushfstring(L, "%s:%d: ", ar.source + 1, ar.currentline);
      return;
    }
  }
  lua_pushliteral(L, "");
}

/* The allocator enforces the memory cap. When ptr is NULL, osize is a type
 * code, not a size. */
static void *limited_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  Sandbox *sb = ud;
  size_t old = ptr ? osize : 0;
  if (nsize == 0) {
    free(ptr);
    sb->used -= old;
    return NULL;
  }
  if (nsize > old && sb->used + (nsize - old) > sb->cap) {
    if (sb->hit == LIMIT_NONE) sb->hit = LIMIT_MEMORY;
    return NULL;
  }
  void *p = realloc(ptr, nsize);
  if (p) {
    sb->used = sb->used - old + nsize;
    /* Lua retries a refused allocation after a full collection: when that
     * works, the story did not run out of memory. */
    if (nsize > old && sb->hit == LIMIT_MEMORY) sb->hit = LIMIT_NONE;
    /* One instruction (a concatenation, string.rep) can copy a big block:
     * look at the budget and the clock at the next instruction. */
    if (nsize >= BIG_ALLOC && sb->L) lua_sethook(sb->L, budget_hook, HOOK_MASK, 1);
  }
  return p;
}

static Sandbox *from_state(lua_State *L) {
  void *ud;
  lua_getallocf(L, &ud);
  return ud;
}

/* The count hook: runs out the instruction budget, or the time limit (C
 * functions such as string concatenation do work the instruction count
 * does not see: big allocations and sandbox_work bring the hook to the next
 * instruction). Stays exhausted, and pcall cannot catch it (safe_pcall). */
static void budget_hook(lua_State *L, lua_Debug *ar) {
  Sandbox *sb = from_state(L);
  (void)ar;
  int every = lua_gethookcount(L);
  sb->budget -= every;
  if (every != HOOK_EVERY) lua_sethook(L, budget_hook, HOOK_MASK, HOOK_EVERY);
  if (sb->budget <= 0 || past_deadline(sb)) {
    sb->budget = 0;
    sb->hit = LIMIT_BUDGET;
    /* From now on every instruction fails: a story that catches the error
     * with pcall is stopped at its next instruction outside the pcall. */
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
    /* In a hook, level 0 is the function that was running: the story's
     * line is the first frame of a story file up the stack (the prelude's
     * words, "=prelude", are the engine's, not the author's). */
    story_where(L, 0);
    lua_pushliteral(L, "the story ran too long (an endless loop?) and was stopped");
    lua_concat(L, 2);
    lua_error(L);
  }
}

/* ---- work done in C that the instruction count does not see ----
 * A few library functions loop in C over a table or a text: one
 * table.insert(t, 1, x) moves a million elements in one instruction. Each
 * one here charges the budget with the elements it walks (one instruction
 * each), looks at the clock when the work is large, and calls the real
 * function (upvalue 1). With them, the count hook alone bounds the work:
 * no call hook is needed, which saves Lua's hook at each of the 34,000
 * calls of a 400-scene load. */
#define WORK_LOOK 4096 /* elements: more, and the clock is looked at now */

void sandbox_work(lua_State *L, lua_Integer n) {
  if (n <= 0) return;
  Sandbox *sb = from_state(L);
  long cost = n > 1000000000 ? 1000000000L : (long)n;
  sb->budget -= cost;
  if (sb->budget <= 0 || (cost >= WORK_LOOK && past_deadline(sb))) {
    /* The next instruction raises the error, with the story's line. */
    sb->budget = 0;
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
  }
}

/* The number of positions from i to j in a sequence of n (Lua's rules for
 * negative positions), 0 when empty. */
static lua_Integer span(lua_Integer n, lua_Integer i, lua_Integer j) {
  if (i < 0) i = n + i + 1;
  if (j < 0) j = n + j + 1;
  if (i < 1) i = 1;
  if (j > n) j = n;
  return j >= i ? j - i + 1 : 0;
}

static int call_real(lua_State *L) {
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
  return lua_gettop(L);
}

/* An integer argument, else def: a wrong one is the real function's to
 * report, with its own message. */
static lua_Integer int_arg(lua_State *L, int arg, lua_Integer def) {
  return lua_isinteger(L, arg) ? lua_tointeger(L, arg) : def;
}

static lua_Integer table_len(lua_State *L) {
  return lua_type(L, 1) == LUA_TTABLE ? (lua_Integer)lua_rawlen(L, 1) : 0;
}

/* table.insert(t, pos, v) and table.remove(t, pos) move the elements after pos. */
static int work_insert(lua_State *L) {
  if (lua_gettop(L) >= 3 && lua_isinteger(L, 2)) sandbox_work(L, table_len(L) - lua_tointeger(L, 2) + 1);
  return call_real(L);
}

static int work_remove(lua_State *L) {
  if (lua_gettop(L) >= 2 && lua_isinteger(L, 2)) sandbox_work(L, table_len(L) - lua_tointeger(L, 2) + 1);
  return call_real(L);
}

/* table.concat(t, sep, i, j), table.unpack(t, i, j): the elements from i to j. */
static int work_concat(lua_State *L) {
  lua_Integer i = int_arg(L, 3, 1), j = int_arg(L, 4, table_len(L));
  sandbox_work(L, j >= i ? j - i + 1 : 0);
  return call_real(L);
}

static int work_unpack(lua_State *L) {
  lua_Integer i = int_arg(L, 2, 1), j = int_arg(L, 3, table_len(L));
  sandbox_work(L, j >= i ? j - i + 1 : 0);
  return call_real(L);
}

/* string.byte(s, i, j), utf8.codepoint(s, i, j): j defaults to i. */
static int work_bytes(lua_State *L) {
  size_t len = 0;
  if (lua_type(L, 1) == LUA_TSTRING) lua_tolstring(L, 1, &len);
  lua_Integer i = int_arg(L, 2, 1), j = int_arg(L, 3, i);
  sandbox_work(L, span((lua_Integer)len, i, j));
  return call_real(L);
}

/* utf8.len(s, i, j) and utf8.offset(s, n, i) read the text from i on. */
static int work_text(lua_State *L) {
  size_t len = 0;
  if (lua_type(L, 1) == LUA_TSTRING) lua_tolstring(L, 1, &len);
  sandbox_work(L, (lua_Integer)len);
  return call_real(L);
}

/* string.rep without the C loop that the hook cannot interrupt. */
static int safe_rep(lua_State *L) {
  size_t l, lsep = 0;
  luaL_checklstring(L, 1, &l);
  lua_Integer n = luaL_checkinteger(L, 2);
  luaL_optlstring(L, 3, "", &lsep);
  lua_settop(L, 3); /* fixed slots: the calls below push above them */
  if (n > 0 && ((double)n * (double)(l + lsep) > REP_MAX || n > (lua_Integer)REP_MAX))
    return luaL_error(L, "string.rep: the result would be too long");
  lua_getglobal(L, "string"); /* the real library, outside the story env */
  lua_getfield(L, -1, "rep");
  lua_pushvalue(L, 1);
  lua_pushvalue(L, 2);
  lua_pushvalue(L, 3);
  lua_call(L, 3, 1);
  return 1;
}

/* string.find, plain only: pattern matching runs in C where no budget
 * reaches it (a few characters can run for minutes). The search is glibc's
 * memmem (two-way: linear in both lengths), not a loop that is O(n*m) on
 * "aaaa...b" inputs. */
static int safe_find(lua_State *L) {
  size_t ls, lp;
  const char *s = luaL_checklstring(L, 1, &ls);
  const char *p = luaL_checklstring(L, 2, &lp);
  lua_Integer init = luaL_optinteger(L, 3, 1);
  if (init < 0) init = (lua_Integer)ls + init + 1;
  if (init < 1) init = 1;
  if ((size_t)init > ls + 1) { lua_pushnil(L); return 1; }
  if (lp == 0) { lua_pushinteger(L, init); lua_pushinteger(L, init - 1); return 2; }
  sandbox_work(L, (lua_Integer)(ls - (size_t)(init - 1)) / 8); /* memmem reads about 8 bytes per step */
  const char *at = memmem(s + init - 1, ls - (size_t)(init - 1), p, lp);
  if (at) {
    lua_pushinteger(L, (lua_Integer)(at - s) + 1);
    lua_pushinteger(L, (lua_Integer)(at - s) + (lua_Integer)lp);
    return 2;
  }
  lua_pushnil(L);
  return 1;
}

/* print() does not reach the terminal: it becomes a note in the report,
 * with the story's line. */
static int safe_print(lua_State *L) {
  Sandbox *sb = from_state(L);
  int n = lua_gettop(L);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  for (int i = 1; i <= n; i++) {
    if (i > 1) luaL_addchar(&b, ' ');
    size_t len;
    const char *s = luaL_tolstring(L, i, &len);
    luaL_addvalue(&b);
    (void)s;
    (void)len;
  }
  luaL_pushresult(&b);
  if (sb->diag) {
    lua_Debug ar;
    const char *file = "?";
    int line = 0;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "Sl", &ar)) {
      file = ar.source[0] == '@' ? ar.source + 1 : ar.short_src;
      line = ar.currentline;
    }
    if (sb->prints < PRINT_MAX)
      diag_add(sb->diag, DIAG_NOTE, file, line, "print: %.200s", lua_tostring(L, -1));
    else if (sb->prints == PRINT_MAX)
      diag_add(sb->diag, DIAG_NOTE, file, line, "print: more than %d lines; the rest is not shown", PRINT_MAX);
    sb->prints++;
  }
  return 0;
}

/* True when a caught error must go on: a limit (budget, time, memory). */
static bool limit_error(Sandbox *sb, int st) {
  if (st == LUA_ERRMEM) sb->out_of_memory = true;
  return st == LUA_ERRMEM || (st != LUA_OK && (sb->hit != LIMIT_NONE || sb->out_of_memory));
}

/* pcall that cannot catch the limits: a story looping on pcall around an
 * endless loop would otherwise never stop. */
static int safe_pcall(lua_State *L) {
  Sandbox *sb = from_state(L);
  luaL_checkany(L, 1);
  int st = lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0);
  if (limit_error(sb, st)) return lua_error(L);
  lua_pushboolean(L, st == LUA_OK);
  lua_insert(L, 1);
  return lua_gettop(L);
}

/* xpcall with the handler called after the unwinding, not as a Lua message
 * handler: Lua runs message handlers with hooks off, so a handler that
 * loops would never be stopped. */
static int safe_xpcall(lua_State *L) {
  Sandbox *sb = from_state(L);
  int n = lua_gettop(L);
  luaL_checkany(L, 1);
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_pushvalue(L, 1);
  for (int i = 3; i <= n; i++) lua_pushvalue(L, i);
  int st = lua_pcall(L, n - 2, LUA_MULTRET, 0);
  if (limit_error(sb, st)) return lua_error(L);
  if (st != LUA_OK) {
    lua_pushvalue(L, 2);
    lua_insert(L, -2);
    lua_call(L, 1, 1);
    lua_pushboolean(L, 0);
    lua_insert(L, -2);
    return 2;
  }
  lua_pushboolean(L, 1);
  lua_insert(L, n + 1);
  return lua_gettop(L) - n;
}

/* table.sort of a bounded size: with the default order it runs in C. */
static int safe_sort(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_Unsigned n = lua_rawlen(L, 1);
  if (n > SORT_MAX) return luaL_error(L, "table.sort: more than %d elements", SORT_MAX);
  lua_Integer work = 0; /* about n log2 n comparisons */
  for (lua_Unsigned k = n; k > 1; k >>= 1) work += (lua_Integer)n;
  sandbox_work(L, work);
  lua_getglobal(L, "table"); /* the real library, outside the story env */
  lua_getfield(L, -1, "sort");
  lua_remove(L, -2);
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 0);
  return 0;
}

/* The name check in story_include is textual; a symbolic link inside the
 * folder could still lead outside. Compares the real paths. */
bool sandbox_inside_root(const char *root, const char *full) {
  char *real = realpath(full, NULL);
  if (!real) return true; /* missing: read_file says so */
  char *real_root = realpath(root, NULL);
  size_t n = real_root ? strlen(real_root) : 0;
  bool inside = real_root && strncmp(real, real_root, n) == 0 && (real[n] == '/' || n == 1);
  free(real);
  free(real_root);
  return inside;
}

/* Each file runs once, whatever its spelling ("a.lua", "./a.lua",
 * "sub/../a.lua", a link): compared by canonical path. Returns false when it
 * already ran; records it otherwise. */
static bool first_run(Sandbox *sb, const char *full) {
  char *real = realpath(full, NULL);
  if (!real) return true; /* missing: read_file says so */
  for (int i = 0; i < sb->nreal; i++)
    if (strcmp(sb->real_files[i], real) == 0) {
      free(real);
      return false;
    }
  sb->real_files = xrealloc(sb->real_files, (size_t)(sb->nreal + 1) * sizeof *sb->real_files);
  sb->real_files[sb->nreal++] = real;
  return true;
}

/* Compiles a file of the story read into code (its name kept for the
 * sandbox's life, its bytes in the fingerprint). A syntax error is said
 * for a beginner where hint.h can ("'}' expected near 'alex'" becomes what
 * to write), as "file:line: text". Returns a Lua status, with the chunk or
 * the message on top; *name is the file's interned name. */
static int load_story_file(Sandbox *sb, const char *path, const char *code, size_t len, const char **name) {
  lua_State *L = sb->L;
  *name = sandbox_intern_file(sb, path);
  sb->fingerprint = fnv1a(code, len, sb->fingerprint);
  /* An empty byte (NUL) is never text: a file saved as "Unicode" (UTF-16)
   * by Notepad, or not a text file at all; inside quotes it would cut the
   * text short without a word. */
  const char *nul = memchr(code, 0, len);
  if (nul) {
    int line = 1;
    for (const char *p = code; p < nul; p++) line += *p == '\n';
    lua_pushfstring(L, "%s:%d: this file has empty bytes (NUL) in it: it was saved as \"Unicode\" (UTF-16) or is "
                    "not a text file; save it as UTF-8 (in the editor's \"Save as\", the encoding)", *name, line);
    return LUA_ERRSYNTAX;
  }
  char *chunk = xasprintf("@%s", *name);
  int st = sandbox_load(sb, code, len, chunk, -1);
  free(chunk);
  if (st == LUA_ERRSYNTAX) {
    int line = 0;
    char *better = hint_syntax(code, len, lua_tostring(L, -1), &line);
    if (better) {
      lua_pop(L, 1);
      lua_pushfstring(L, "%s:%d: %s", *name, line, better);
      free(better);
    }
  }
  return st;
}

/* include "part.lua": another file of the same folder. */
/* The file beside `path` whose name is the same but for capitals, or
 * close to it ("Part2.lua" for "part2.lua", "scene1.lua" for
 * "scenes1.lua"), or NULL: what an author meant when an include is not
 * found. */
static char *near_file(const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash) return NULL;
  char *dir = xstrndup(path, (size_t)(slash - path));
  DIR *d = opendir(dir);
  free(dir);
  if (!d) return NULL;
  enum { MOST = 200 };
  char *names[MOST + 1];
  int n = 0;
  char *same = NULL;
  for (struct dirent *e; n < MOST && (e = readdir(d));) {
    if (e->d_name[0] == '.') continue;
    if (!same && strcasecmp(e->d_name, slash + 1) == 0) same = xstrdup(e->d_name);
    names[n++] = xstrdup(e->d_name);
  }
  closedir(d);
  names[n] = NULL;
  const char *close = same ? NULL : lr_suggest(slash + 1, (const char *const *)names);
  char *out = same ? same : close ? xstrdup(close) : NULL;
  for (int i = 0; i < n; i++) free(names[i]);
  return out;
}

/* "scenes/b.lua" when the file that says include "b.lua" is in scenes/
 * and b.lua is beside it (an include names files from the story's folder),
 * or NULL. */
static char *beside_includer(lua_State *L, const Sandbox *sb, const char *rel) {
  lua_Debug ar;
  if (!lua_getstack(L, 1, &ar) || !lua_getinfo(L, "S", &ar) || ar.source[0] != '@') return NULL;
  const char *from = ar.source + 1, *slash = strrchr(from, '/');
  size_t rootlen = strlen(sb->root);
  if (!slash || strncmp(from, sb->root, rootlen) != 0 || from[rootlen] != '/' || slash <= from + rootlen) return NULL;
  char *sub = xstrndup(from + rootlen + 1, (size_t)(slash - from - rootlen - 1));
  char *there = xasprintf("%s/%s", sub, rel), *full = path_join(sb->root, there);
  free(sub);
  bool found = sandbox_inside_root(sb->root, full) && is_file(full);
  free(full);
  if (found) return there;
  free(there);
  return NULL;
}

static int story_include(lua_State *L) {
  Sandbox *sb = from_state(L);
  const char *rel = luaL_checkstring(L, 1);
  size_t n = strlen(rel);
  if (rel[0] == '/' || strstr(rel, "..") || strchr(rel, '\\') || n < 5 ||
      strcmp(rel + n - 4, ".lua") != 0 || strlen(rel) != lua_rawlen(L, 1))
    return luaL_error(L, "include \"%s\": give the name of a .lua file in the story's folder", rel);
  if (sb->include_depth >= SANDBOX_INCLUDE_DEPTH)
    return luaL_error(L, "include \"%s\": files include each other too deeply (a loop?)", rel);
  if (sb->nreal >= SANDBOX_MAX_FILES)
    return luaL_error(L, "include \"%s\": a story has at most %d files", rel, SANDBOX_MAX_FILES);
  char *full = path_join(sb->root, rel);
  size_t len;
  bool inside = sandbox_inside_root(sb->root, full);
  if (inside && !first_run(sb, full)) {
    free(full);
    return luaL_error(L, "include \"%s\": this file was already included", rel);
  }
  ReadError err = READ_OK;
  char *code = inside ? read_file(full, SANDBOX_FILE_CAP, &len, &err) : NULL;
  if (!code) {
    char *near = inside && err == READ_NOT_FOUND ? near_file(full) : NULL;
    char *beside = inside && err == READ_NOT_FOUND && !near ? beside_includer(L, sb, rel) : NULL;
    luaL_where(L, 1);
    if (beside)
      lua_pushfstring(L, "include \"%s\": file not found; \"%s\" is there: an include names a file from the story's "
                      "folder (where story.lua is), even inside another folder: write include \"%s\"", rel, beside,
                      beside);
    else if (near)
      lua_pushfstring(L, "include \"%s\": file not found; the folder has \"%s\": write its name exactly as it is, "
                      "capitals included (Windows does not mind, other computers do)", rel, near);
    else
      lua_pushfstring(L, "include \"%s\": %s", rel,
                      inside ? read_error_text(err) : "it leads outside the story's folder (a link?)");
    lua_concat(L, 2);
    free(near);
    free(beside);
    free(full);
    return lua_error(L);
  }
  /* Sound work grows with the text: each included file adds to the time
   * limit in proportion to its size (1 s per MB), so a story of 10,000
   * scenes in many files loads, while a short runaway loop still stops.
   * Bounded: each file counts once, and all of them at most
   * SANDBOX_BONUS_MAX. */
  if (sb->deadline == 0) start_clock(sb, now_seconds());
  double bonus = SANDBOX_SECONDS * (double)len / SANDBOX_FILE_CAP;
  if (sb->bonus + bonus > SANDBOX_BONUS_MAX) bonus = SANDBOX_BONUS_MAX - sb->bonus;
  sb->bonus += bonus;
  sb->deadline += bonus;
  sb->budget += (long)(SANDBOX_BUDGET * (bonus / SANDBOX_SECONDS)); /* instructions too */
  const char *name;
  int st = load_story_file(sb, full, code, len, &name);
  free(full);
  free(code);
  if (st != LUA_OK) return lua_error(L);
  sb->include_depth++;
  lua_call(L, 0, 0); /* errors propagate to the outer protected call */
  sb->include_depth--;
  return 0;
}

static void copy_fields(lua_State *L, const char *lib, const char *const *names, int dest) {
  lua_getglobal(L, lib);
  lua_newtable(L);
  for (const char *const *n = names; *n; n++) {
    lua_getfield(L, -2, *n);
    lua_setfield(L, -2, *n);
  }
  lua_setfield(L, dest, lib);
  lua_pop(L, 1);
}

static const char *const BASE_SAFE[] = {"assert", "error", "ipairs", "next", "pairs", "select",
                                        "tonumber", "tostring", "type", "pcall", "xpcall", NULL};
static const char *const STRING_SAFE[] = {"byte", "char", "format", "len", "lower", "upper",
                                          "reverse", "sub", NULL};
static const char *const TABLE_SAFE[] = {"concat", "insert", "remove", "unpack", "sort", NULL};
static const char *const MATH_SAFE[] = {"abs", "ceil", "floor", "fmod", "huge", "max", "maxinteger",
                                        "min", "mininteger", "modf", "pi", "sqrt", "tointeger",
                                        "type", "ult", "exp", "log", "sin", "cos", "tan", NULL};
static const char *const UTF8_SAFE[] = {"char", "charpattern", "codepoint", "codes", "len",
                                        "offset", NULL};

/* Reading a name that does not exist is almost always a typo in a story
 * ("narate", a character never declared): say so, with a suggestion,
 * instead of Lua's "attempt to call a nil value". */
static int unknown_word(lua_State *L) {
  const char *key = lua_tostring(L, 2);
  if (!key) return 0;
  const char *names[256];
  int n = 0;
  lua_pushnil(L);
  while (n < 255 && lua_next(L, 1)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) == LUA_TSTRING && lua_tostring(L, -1)[0] != '_') names[n++] = lua_tostring(L, -1);
  }
  names[n] = NULL;
  /* A character declared in another file of the story: `local jay =
   * character "jay"` in story.lua is not seen in an included file (Lua's
   * locals belong to their file), and a group writing one file each meets
   * that first. The character itself, found by its id. */
  lua_rawgeti(L, LUA_REGISTRYINDEX, from_state(L)->collected);
  if (lua_type(L, -1) == LUA_TTABLE) {
    lua_pushliteral(L, "speakers");
    if (lua_rawget(L, -2) == LUA_TTABLE) {
      lua_pushvalue(L, 2);
      if (lua_rawget(L, -2) != LUA_TNIL) return 1;
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  const char *hint = lr_suggest(key, names);
  if (hint) return luaL_error(L, "'%s' is not a word of the story language (did you mean '%s'?)", key, hint);
  return luaL_error(L,
                    "'%s' is not a word of the story language, nor a character declared above (if it is a text or "
                    "an id, put it in quotes: \"%s\")",
                    key, key);
}

/* Our C functions, in the story environment and over its libraries'
 * (they replace the standard ones of the same name). */
static const luaL_Reg ENV_FUNCS[] = {
    {"print", safe_print}, {"pcall", safe_pcall}, {"xpcall", safe_xpcall}, {"include", story_include}, {NULL, NULL}};
static const luaL_Reg STRING_FUNCS[] = {{"rep", safe_rep}, {"find", safe_find}, {NULL, NULL}};
static const luaL_Reg TABLE_FUNCS[] = {{"sort", safe_sort}, {NULL, NULL}};
static const luaL_Reg WORDS_META[] = {{"__index", unknown_word}, {NULL, NULL}};

/* The prelude's copy_table(t): a shallow copy of a story's table, made
 * in C. In Lua, pairs() called next() once per field (each call one the
 * sandbox's hook looks at) and the new table grew one key at a time: the
 * copies of every choice's options and effects were a tenth of a load.
 * Raw: a story's __pairs does not run inside the trusted prelude. The
 * fields count against the instruction budget as the Lua loop's did. */
static int prelude_copy_table(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  /* copy_table(t, extra): room for `extra` more fields (a choice's text,
   * kind, file and line: no second resize of the new table) */
  int extra = lua_isinteger(L, 2) && lua_tointeger(L, 2) > 0 && lua_tointeger(L, 2) < 64 ? (int)lua_tointeger(L, 2) : 0;
  lua_settop(L, 1);
  /* One pass: a story's options table has a few fields (room for 4, and
   * Lua grows the copy past them); counting them first was a second walk. */
  lua_createtable(L, 0, 4 + extra);
  long n = 0;
  lua_pushnil(L);
  while (lua_next(L, 1)) {
    n++;
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, 2);
  }
  from_state(L)->budget -= 4L * n;
  return 1;
}

/* The story language: the prelude is trusted; it gets where() (for
 * file:line), the environment to fill with the story words, and the simple
 * words and a character's words of words.h. Leaves what it collects on the stack. */
static bool run_prelude(lua_State *L, int env) {
  if (luaL_loadbufferx(L, bts_prelude, bts_prelude_len, "=prelude", "t") != LUA_OK) return false;
  lua_pushnil(L);
  lua_pushcclosure(L, prelude_where, 1);
  lua_pushcfunction(L, prelude_copy_table);
  lua_pushvalue(L, env);
  lua_getglobal(L, "string");
  lua_getfield(L, -1, "match"); /* for the prelude's own fixed patterns */
  lua_remove(L, -2);
  lua_newtable(L); /* the simple words, from words.h */
  for (int w = 0, n = 0; w < WORD_COUNT; w++)
    if (word_is((Word)w, WF_SIMPLE)) {
      lua_pushstring(L, word_name((Word)w));
      lua_rawseti(L, -2, ++n);
    }
  lua_newtable(L); /* a character's words (alex.photo): name -> may its text be empty */
  for (int w = 0; w < WORD_COUNT; w++)
    if (word_is((Word)w, WF_SPEAKER) && w != WORD_MSG) {
      lua_pushboolean(L, word_is((Word)w, WF_EMPTY_OK));
      lua_setfield(L, -2, word_name((Word)w));
    }
  lua_pushcfunction(L, prelude_make_recorder);
  lua_pushcfunction(L, prelude_make_words);
  return lua_pcall(L, 8, 1, 0) == LUA_OK;
}

/* The library functions of the story environment that charge their
 * work (sandbox_work), each a closure over the real one. */
static void wrap_work(lua_State *L, int env) {
  static const struct {
    const char *lib, *name;
    lua_CFunction f;
  } WORK[] = {{"table", "insert", work_insert}, {"table", "remove", work_remove}, {"table", "concat", work_concat},
              {"table", "unpack", work_unpack}, {"string", "byte", work_bytes},   {"utf8", "codepoint", work_bytes},
              {"utf8", "len", work_text},       {"utf8", "offset", work_text}};
  for (size_t i = 0; i < sizeof WORK / sizeof *WORK; i++) {
    lua_getfield(L, env, WORK[i].lib);
    lua_getfield(L, -1, WORK[i].name);
    lua_pushcclosure(L, WORK[i].f, 1);
    lua_setfield(L, -2, WORK[i].name);
    lua_pop(L, 1);
  }
}

/* Builds the environment: safe functions plus the vocabulary (words.h). */
static bool build_env(Sandbox *sb, const char *words) {
  lua_State *L = sb->L;
  lua_newtable(L);
  int env = lua_gettop(L);
  lua_getglobal(L, "_G");
  for (const char *const *n = BASE_SAFE; *n; n++) {
    lua_getfield(L, -1, *n);
    lua_setfield(L, env, *n);
  }
  lua_pop(L, 1);
  copy_fields(L, "string", STRING_SAFE, env);
  copy_fields(L, "table", TABLE_SAFE, env);
  copy_fields(L, "math", MATH_SAFE, env);
  copy_fields(L, "utf8", UTF8_SAFE, env);
  wrap_work(L, env);
  lua_getfield(L, env, "string");
  luaL_setfuncs(L, STRING_FUNCS, 0);
  /* Strings' methods ("x"):rep() go through a copy of the safe table that
   * no story can reach: a story replacing string.sub in its own `string`
   * changes nothing for the prelude or the conditions (which use methods).
   * The metatable cannot be read or changed. */
  lua_newtable(L);
  lua_pushnil(L);
  while (lua_next(L, -3)) {
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, -4);
  }
  lua_pushliteral(L, "");
  lua_getmetatable(L, -1);
  lua_pushvalue(L, -3);
  lua_setfield(L, -2, "__index");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 4);
  luaL_setfuncs(L, ENV_FUNCS, 0);
  lua_getfield(L, env, "table");
  luaL_setfuncs(L, TABLE_FUNCS, 0);
  lua_pop(L, 1);
  lua_pushvalue(L, env);
  lua_setfield(L, env, "_G");

  if (!words) {
    if (!run_prelude(L, env)) return false;
  } else {
    lua_pushvalue(L, env); /* a data file's words leave their results in the env */
  }
  sb->collected = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_newtable(L);
  luaL_setfuncs(L, WORDS_META, 0);
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
  sb->words = luaL_ref(L, LUA_REGISTRYINDEX);
  /* A data file's words are ours too: they run once, under the limits. */
  if (words && (sandbox_load(sb, words, strlen(words), "=words", -1) != LUA_OK || sandbox_pcall(sb, 0, 0) != LUA_OK))
    return false;
  return true;
}

Sandbox *sandbox_new(const char *root, const char *words) {
  Sandbox *sb = xcalloc(1, sizeof *sb);
  sb->cap = SANDBOX_MEMORY_CAP;
  sb->fingerprint = FNV_SEED;
  sb->root = xstrdup(root ? root : ".");
  sb->L = lua_newstate(limited_alloc, sb);
  if (!sb->L) {
    sandbox_free(sb);
    return NULL;
  }
  luaL_openlibs(sb->L); /* the full libraries stay outside the story env */
  /* Set before any coroutine exists: new ones copy it. */
  lua_sethook(sb->L, budget_hook, HOOK_MASK, HOOK_EVERY);
  sb->budget = SANDBOX_BUDGET;
  sb->seconds = SANDBOX_SECONDS;
  sb->deadline = 0; /* set at the first look */
  if (!build_env(sb, words)) {
    bts_warn("internal error: %s", lua_tostring(sb->L, -1));
    sandbox_free(sb);
    return NULL;
  }
  return sb;
}

void sandbox_free(Sandbox *sb) {
  if (!sb) return;
  if (sb->L) {
    sb->budget = SANDBOX_BUDGET; /* collection at close is under the budget too */
    sb->seconds = SANDBOX_SECONDS;
    sb->deadline = 0; /* set at the first look */
    lua_close(sb->L);
  }
  for (int i = 0; i < sb->nfiles; i++) free(sb->files[i]);
  free(sb->files);
  for (int i = 0; i < sb->nreal; i++) free(sb->real_files[i]);
  free(sb->real_files);
  free(sb->root);
  free(sb);
}

const char *sandbox_intern_file(Sandbox *sb, const char *file) {
  for (int i = 0; i < sb->nfiles; i++)
    if (strcmp(sb->files[i], file) == 0) return sb->files[i];
  sb->files = xrealloc(sb->files, (size_t)(sb->nfiles + 1) * sizeof *sb->files);
  sb->files[sb->nfiles] = xstrdup(file);
  return sb->files[sb->nfiles++];
}

int sandbox_load(Sandbox *sb, const char *code, size_t len, const char *chunkname, int env_index) {
  lua_State *L = sb->L;
  int env_abs = env_index == -1 ? 0 : lua_absindex(L, env_index);
  /* A byte order mark: Windows' Notepad and other editors may start a UTF-8
   * file with one, and Lua's own loadfile skips it too (the lines stay the
   * same: it is on the first one). */
  if (len >= 3 && memcmp(code, "\xEF\xBB\xBF", 3) == 0) code += 3, len -= 3;
  int st = luaL_loadbufferx(L, code, len, chunkname, "t");
  if (st != LUA_OK) return st;
  if (env_abs)
    lua_pushvalue(L, env_abs);
  else
    lua_rawgeti(L, LUA_REGISTRYINDEX, sb->words);
  lua_setupvalue(L, -2, 1); /* _ENV */
  return LUA_OK;
}

static int traceback_free(lua_State *L) {
  /* Keep the message; an error object that is not a string is described. */
  if (!lua_isstring(L, 1)) {
    /* Say where: the first frame of story code. */
    story_where(L, 1);
    lua_pushfstring(L, "error object is a %s", luaL_typename(L, 1));
    lua_concat(L, 2);
  }
  return 1;
}

bool sandbox_job_begin(Sandbox *sb, double seconds) {
  if (sb->job_depth++ > 0) return false;
  /* Instructions in proportion to the time given (a --check job runs many
   * conditions). */
  sb->budget = seconds > SANDBOX_SECONDS ? (long)(SANDBOX_BUDGET * (seconds / SANDBOX_SECONDS)) : SANDBOX_BUDGET;
  /* Its clock starts at the first look too: a play step whose conditions
   * the engine evaluates itself (cond.h) never reads it. */
  sb->seconds = seconds;
  sb->deadline = 0;
  sb->hit = LIMIT_NONE;
  sb->out_of_memory = false;
  return true;
}

void sandbox_job_end(Sandbox *sb) {
  if (sb->job_depth > 0) sb->job_depth--;
}

double sandbox_job_used(Sandbox *sb) { return sb->deadline == 0 ? 0 : now_seconds() - sb->clock_start; }

bool sandbox_job_over(Sandbox *sb) {
  if (sb->budget <= 0 || sb->hit == LIMIT_BUDGET) return true;
  if (past_deadline(sb)) { /* the first look starts the clock */
    sb->budget = 0;
    sb->hit = LIMIT_BUDGET;
    return true;
  }
  return false;
}

bool sandbox_charge(Sandbox *sb, size_t bytes) {
  bytes += 16; /* each block costs malloc's header and rounding too */
  if (sb->c_used + bytes > sb->cap) {
    sb->hit = LIMIT_MEMORY;
    sb->out_of_memory = true;
    return false;
  }
  sb->c_used += bytes;
  return true;
}

bool sandbox_charge_lua(lua_State *L, size_t bytes) { return sandbox_charge(from_state(L), bytes); }

double sandbox_cpu_seconds(void) { return now_seconds(); }

bool sandbox_hit_memory(const Sandbox *sb) { return sb->out_of_memory || sb->hit == LIMIT_MEMORY; }

int sandbox_pcall(Sandbox *sb, int nargs, int nresults) {
  lua_State *L = sb->L;
  if (sb->job_depth == 0) {
    /* A call outside any job is a job of its own. */
    sb->budget = SANDBOX_BUDGET;
    sb->seconds = SANDBOX_SECONDS;
    sb->deadline = 0; /* set at the first look */
    sb->hit = LIMIT_NONE;
    sb->out_of_memory = false;
  } else if (sb->hit != LIMIT_NONE || sb->out_of_memory || sandbox_job_over(sb)) {
    /* The job's budget is spent: nothing more runs in it (a short
     * condition would otherwise finish before the hook looks). */
    lua_pop(L, nargs + 1);
    if (sb->out_of_memory || sb->hit == LIMIT_MEMORY)
      lua_pushliteral(L, "not enough memory");
    else
      lua_pushliteral(L, "the story ran too long (an endless loop?) and was stopped");
    return LUA_ERRRUN;
  }
  lua_sethook(L, budget_hook, HOOK_MASK, HOOK_EVERY);
  int base = lua_gettop(L) - nargs;
  lua_pushcfunction(L, traceback_free);
  lua_insert(L, base);
  int st = lua_pcall(L, nargs, nresults, base);
  lua_remove(L, base);
  if (st == LUA_ERRMEM) sb->out_of_memory = true;
  return st;
}

/* Lua shortens a long file name in its messages to "...end/of/story.lua"
 * (LUA_IDSIZE): put back the full name of the file it must be, so that a
 * story in a deep folder still gets a path an editor can open. */
static char *untruncate(const Sandbox *sb, const char *msg) {
  if (strncmp(msg, "...", 3) != 0) return NULL;
  const char *tail = msg + 3, *colon = strchr(tail, ':');
  if (!colon) return NULL;
  size_t n = (size_t)(colon - tail);
  for (int i = 0; i < sb->nfiles; i++) {
    size_t len = strlen(sb->files[i]);
    if (len >= n && memcmp(sb->files[i] + len - n, tail, n) == 0) return xasprintf("%s%s", sb->files[i], colon);
  }
  return NULL;
}

void sandbox_report(Sandbox *sb, Diag *diag, const char *file, const char *msg) {
  if (sandbox_hit_memory(sb)) {
    diag_add(diag, DIAG_ERROR, file, 0,
             "the story used more than %u MB of memory and was stopped (a table or text that grows without end?)",
             SANDBOX_MEMORY_CAP >> 20);
  } else {
    char *full = msg ? untruncate(sb, msg) : NULL;
    char *said = hint_runtime(full ? full : msg); /* Lua's words, for a beginner (hint.h) */
    diag_add_lua(diag, DIAG_ERROR, said ? said : full ? full : msg ? msg : "unknown error", file);
    free(said);
    free(full);
  }
}

bool sandbox_run_file(Sandbox *sb, const char *path, Diag *diag) {
  size_t len;
  ReadError err;
  if (!first_run(sb, path)) return true; /* each file once (a translation listed twice) */
  char *code = read_file(path, SANDBOX_FILE_CAP, &len, &err);
  if (!code) {
    if (err == READ_TOO_LARGE)
      diag_add(diag, DIAG_ERROR, path, 0, "the file is larger than %u KB: story files must be smaller",
               SANDBOX_FILE_CAP >> 10);
    else
      diag_add(diag, DIAG_ERROR, path, 0, "cannot read the file: %s", read_error_text(err));
    return false;
  }
  sb->diag = diag;
  const char *name;
  int st = load_story_file(sb, path, code, len, &name);
  free(code);
  /* A story file mostly builds what stays (its scenes): the collector
   * waits for the heap to grow 4 times, not 2, while it runs (fewer cycles
   * marking the same live tables). The memory cap still holds: a refused
   * allocation makes Lua collect everything and try again. (Stopping the
   * collector altogether was a sixth faster on 2,000 scenes, but lauxlib's
   * buffers, string.rep's and table.concat's, allocate without that
   * retry: garbage filling the cap then read as a story out of memory.) */
  int pause = lua_gc(sb->L, LUA_GCSETPAUSE, LOAD_GC_PAUSE);
  if (st == LUA_OK) st = sandbox_pcall(sb, 0, 0);
  lua_gc(sb->L, LUA_GCSETPAUSE, pause);
  if (st != LUA_OK) {
    sandbox_report(sb, diag, name, lua_tostring(sb->L, -1));
    lua_pop(sb->L, 1);
  }
  sb->diag = NULL;
  /* no full collection per file: each would mark every scene kept so far
   * (20 files of 10,000 scenes: 20 passes over a growing heap); the
   * collector runs as it goes, and story_settle collects for a session */
  return st == LUA_OK;
}

Sandbox *sandbox_data_file(const char *path, const char *words, Diag *diag) {
  Sandbox *sb = sandbox_new(".", words);
  if (!sb) {
    diag_add(diag, DIAG_ERROR, path, 0, "cannot start Lua");
    return NULL;
  }
  if (!sandbox_run_file(sb, path, diag)) {
    sandbox_free(sb);
    return NULL;
  }
  return sb;
}

bool sandbox_run_data(Sandbox *sb, const char *words, const char *path, Diag *diag) {
  lua_State *L = sb->L;
  if (sandbox_load(sb, words, strlen(words), "=words", -1) != LUA_OK || sandbox_pcall(sb, 0, 0) != LUA_OK) {
    diag_add(diag, DIAG_ERROR, path, 0, "internal error: %s", lua_tostring(L, -1));
    lua_pop(L, 1);
    return false;
  }
  return sandbox_run_file(sb, path, diag);
}

lua_State *sandbox_lua(Sandbox *sb) { return sb->L; }

void sandbox_push_collected(Sandbox *sb) { lua_rawgeti(sb->L, LUA_REGISTRYINDEX, sb->collected); }

SandboxLimit sandbox_limit(const Sandbox *sb) { return sb->hit; }

const char *const *sandbox_files(const Sandbox *sb, int *n) {
  *n = sb->nfiles;
  return (const char *const *)sb->files;
}

unsigned long long sandbox_fingerprint(const Sandbox *sb) { return sb->fingerprint; }
