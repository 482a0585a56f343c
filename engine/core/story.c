#include "story.h"

#include <ctype.h>
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "cond.h"
#include "countryword.h"
#include "files.h"
#include "hint.h"
#include "luaread.h"
#include "lualex.h"
#include "preludec.h"
#include "sandbox.h"
#include "skin.h"
#include "scan.h"
#include "textsafe.h"
#include "trcheck.h"
#include "util.h"

/* What the condition functions read while they run (Story.eval: the
 * story owns it; the conditions' environment points at it). */
typedef struct EvalCtx {
  const Story *story;
  const double *vars;
  uint32_t did;
} EvalCtx;

typedef struct {
  Story *s;
  Sandbox *sb;
  lua_State *L;
  Diag *diag;
  int conds;        /* stack index of the table of compiled conditions */
  int cond_env;     /* stack index of the conditions' environment */
  int capconds;     /* room in the story's cond_* arrays */
  struct SeenCond *seen; /* compiled programs by their text (a power of 2 of slots) */
  size_t capseen, nseen;
  StoryText *texts;   /* every translatable text, for the translation check */
  int ntexts, captexts;
  struct SceneId *scene_ids; /* scene ids sorted, for lookups in O(log n) */
  int nscene_ids;
  /* The builder is C code working for a story: it has limits of its own. */
  long built;       /* lines, choices, scenes built so far */
  bool stop;        /* a limit was reached: build no more */
  unsigned tr_broken; /* bit i: the file of translations[i + 1] is there but has errors (said) */
  Recorder *rec;    /* what the story words recorded (preludec.h) */
  int tables;       /* stack index: the recorder's list of tables (REC_TABLE lines, scenes' fields) */
  Arena *arena;     /* the story's: texts of scenes, lines and choices */
  const char *last_rec_file, *last_rec_interned; /* the last file a record named: the recorder's name, the sandbox's */
  int depth;        /* of when inside when, while building */
  const char *last_file; /* the last file interned (most items share it) */
  int last_line;         /* and the last line read: where a limit is reported */
  const char *card_file; /* the story card's place, for what concerns it all */
  int card_line;
  char *lex_file, *lex_code; /* the file last read for field_line(), and its tokens */
  int field_lookups;
  int scene_hints; /* "did you mean" for scene ids given so far (each one compares with every id) */
  Lexed lex;
} Builder;

#define STORY_MAX_LINES 500000   /* lines (items) in a whole story */
#define STORY_MAX_SCENES 100000
#define STORY_MAX_CHARS 1000
#define STORY_MAX_VARS 1000
#define STORY_MAX_WHEN_DEPTH 24
#define STORY_MAX_NUMBER 1e12    /* variables and amounts: |x| at most this */
#define STORY_MAX_DID 32

typedef struct SceneId {
  const char *id;
  int index;
} SceneId;

static int cmp_scene_id(const void *a, const void *b) {
  const SceneId *x = a, *y = b;
  int c = strcmp(x->id, y->id);
  return c ? c : x->index - y->index;
}

/* story_scene_index in O(log n) once the ids are known (a linear search
 * per target made building a story quadratic in its scenes). The first
 * scene of that id, like story_scene_index. */
static int scene_lookup(Builder *b, const char *id) {
  if (!b->scene_ids) return story_scene_index(b->s, id);
  int lo = 0, hi = b->nscene_ids;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (strcmp(b->scene_ids[mid].id, id) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < b->nscene_ids && strcmp(b->scene_ids[lo].id, id) == 0 ? b->scene_ids[lo].index : -1;
}

/* " (did you mean \"intro\"?)" for a scene id that is not there, or "".
 * A letter of another alphabet that looks Latin (a Cyrillic "і" in
 * "іntro") is said: the two ids look the same. Each hint compares with every
 * id: a few per story, and none for very large ones. */
static char *scene_hint(Builder *b, const char *id) {
  if (b->nscene_ids > 2000 || ++b->scene_hints > 10) return xstrdup("");
  const char **names = xcalloc((size_t)b->nscene_ids + 1, sizeof *names);
  for (int i = 0; i < b->nscene_ids; i++) names[i] = b->scene_ids[i].id;
  const char *hint = lr_suggest(id, names);
  bool foreign = false;
  for (const char *p = id; *p; p++) foreign |= (unsigned char)*p >= 0x80;
  char *out = !hint ? xstrdup("")
              : foreign ? xasprintf(" (did you mean \"%s\"? a letter of \"%s\" comes from another alphabet and only "
                                    "looks the same: type the id again)", hint, id)
                        : xasprintf(" (did you mean \"%s\"?)", hint);
  free(names);
  return out;
}

#define COND_MAX 2000 /* characters in a condition */

/* The story card's, characters', scenes' and choices' fields are declared
 * with the story language (words.h); a step's here, with its reader. */
static const char *const STEP_KEYS[] = {"id", "title", "why", "before", "next_time", "file", "line", NULL};
static const char *const RESERVED[] = {"name", "did", "and", "or", "not", "true", "false", "nil",
                                       "if", "then", "else", "end", "function", "return", "local",
                                       "while", "do", "for", "in", "repeat", "until", "break",
                                       "goto", "elseif", NULL};

#define ERR(b, file, line, ...) diag_add((b)->diag, DIAG_ERROR, file, line, __VA_ARGS__)
#define WARN(b, file, line, ...) diag_add((b)->diag, DIAG_WARNING, file, line, __VA_ARGS__)

/* The line where `field = ...` is written in the table that starts at
 * file:line (Lua keeps one line per table, not per field), else `line`. */
static int field_line(Builder *b, const char *file, int line, const char *field) {
  /* Each lookup reads a table's tokens: a hostile story with thousands of
   * bad fields gets the table's line past this many. */
  if (!file || line <= 0 || ++b->field_lookups > 300) return line;
  if (!b->lex_file || strcmp(b->lex_file, file) != 0) {
    /* Reading and cutting a file again is work for the story: items
     * alternating between two 1 MB files would read one at each. Past the
     * load's budget, no more precise lines. */
    if (b->stop || sandbox_job_over(b->sb)) return line;
    lualex_free(&b->lex);
    free(b->lex_code);
    free(b->lex_file);
    b->lex_file = xstrdup(file);
    size_t len = 0;
    ReadError err;
    b->lex_code = read_file(file, SANDBOX_FILE_CAP, &len, &err);
    if (b->lex_code) b->lex = lualex(b->lex_code, len, 0);
  }
  int at = lualex_field_line(&b->lex, line, field);
  return at > 0 ? at : line;
}

/* Fields a story writes, for the list in an "unknown field" error (the
 * ones the prelude adds are left out). */
static bool internal_key(const char *k) {
  static const char *const INTERNAL[] = {"kind", "file", "line", "items", "choices", "id", "text", "who", "body",
                                         "cond", "target", NULL};
  for (const char *const *p = INTERNAL; *p; p++)
    if (strcmp(*p, k) == 0) return true;
  return false;
}

/* A field the table does not take is an error: what it meant to do (a
 * step, a condition) would be lost without a word. */
static void unknown_key(Builder *b, const char *k, const char *const *known, const char *what, const char *file,
                        int line) {
  int at = field_line(b, file, line, k);
  const char *hint = lr_suggest(k, known);
  if (hint && !internal_key(hint)) {
    ERR(b, file, at, "%s: unknown field '%s' (did you mean '%s'?)", what, k, hint);
    return;
  }
  Buf list = {0};
  for (const char *const *p = known; *p; p++)
    if (!internal_key(*p)) buf_addf(&list, "%s%s", list.len ? ", " : "", *p);
  if (list.len)
    ERR(b, file, at, "%s: unknown field '%s'; it takes: %s", what, k, list.s);
  else
    ERR(b, file, at, "%s: unknown field '%s'", what, k);
  free(list.s);
}

static void unknown_keys(Builder *b, int t, const char *const *known, const char *what, const char *file,
                         int line) {
  const char *k = lr_unknown_key(b->L, t, known);
  if (k) unknown_key(b, k, known, what, file, line);
}

/* An advice id the catalogue does not have: the closest one, and all of
 * them, so the author can pick ("did you mean", then the list). */
static void unknown_advice(Builder *b, const char *file, int line, const char *what, const char *id) {
  const Catalog *c = b->s->catalog;
  const char *names[CATALOG_MAX + 1];
  Buf list = {0};
  for (int k = 0; k < c->count; k++) {
    names[k] = c->items[k].id;
    buf_addf(&list, "%s%s", k ? ", " : "", c->items[k].id);
  }
  names[c->count] = NULL;
  const char *hint = lr_suggest(id, names);
  if (hint)
    ERR(b, file, line, "%s \"%s\" is not an advice id (did you mean \"%s\"?); the ids are: %s", what, id, hint,
        list.s ? list.s : "");
  else
    ERR(b, file, line, "%s \"%s\" is not an advice id; the ids are: %s", what, id, list.s ? list.s : "");
  free(list.s);
}

/* Control bytes (ANSI escapes), direction marks and overrides, invisible
 * characters and invalid UTF-8 are never meant: every front end would show
 * them differently, and a terminal would obey them (textsafe.h has the list
 * and what a language may still use, e.g. a joiner inside an emoji). */
static void check_safe_text(Builder *b, const char *text, const char *file, int line) {
  unsigned cp;
  size_t at = ts_find_unsafe(text, &cp);
  if (at == (size_t)-1) return;
  size_t keep = at > 40 ? 40 : at;
  while (keep > 0 && ((unsigned char)text[keep] & 0xC0) == 0x80) keep--;
  char *before = xstrndup(text, keep);
  if (cp == 0xFFFD) /* bytes that are not UTF-8: the file was saved in another encoding (Latin-1, Windows-1252) */
    ERR(b, file, line, "\"%s...\": the letter after this is not saved as UTF-8 text (players would see a box): save "
        "the file as UTF-8 (in the editor's \"Save as\", the encoding), then check it again", before);
  else
    ERR(b, file, line, "\"%s...\": an invisible character (U+%04X, a control or direction character) is hidden here: "
        "delete it and type the text again", before, cp);
  free(before);
}

static void add_text(Builder *b, const char *text, const char *file, int line) {
  if (!text || !*text) return;
  check_safe_text(b, text, file, line);
  if (b->ntexts == b->captexts) {
    b->captexts = b->captexts ? b->captexts * 2 : 256;
    b->texts = xrealloc(b->texts, (size_t)b->captexts * sizeof *b->texts);
  }
  b->texts[b->ntexts++] = (StoryText){text, file, line};
}

/* Stops the build at a limit, with one message. */
static void stop(Builder *b, const char *file, int line, const char *why) {
  if (b->stop) return;
  if (!file) { /* the last place read */
    file = b->last_file ? b->last_file : b->s->path;
    line = b->last_line;
  }
  b->stop = true;
  ERR(b, file, line, "%s", why);
}

/* Every 256 things built: the load's time budget, and the count. */
static bool keep_going(Builder *b, const char *file, int line) {
  if (b->stop) return false;
  if ((++b->built & 255) == 0 && sandbox_job_over(b->sb))
    stop(b, file, line, "the story took too long to load and was stopped (is it generated without end?)");
  else if (b->built > STORY_MAX_LINES)
    stop(b, file, line, "the story has more than 500000 lines, choices and scenes: it is too large");
  return !b->stop;
}

/* Counts the engine's memory for the story against the sandbox's cap. */
static bool charge(Builder *b, size_t bytes, const char *file, int line) {
  if (b->stop) return false;
  if (sandbox_charge(b->sb, bytes)) return true;
  char *why = xasprintf("the story used more than %u MB of memory and was stopped (a long text used many times?)",
                        SANDBOX_MEMORY_CAP >> 20);
  stop(b, file, line, why);
  free(why);
  return false;
}

/* A text with an empty byte in it ("hi\0there": Lua reads the escape \0
 * as one) would be cut short there by the engine, without a word: said at
 * file:line. */
static void say_cut(Builder *b, const char *s, const char *file, int line) {
  ERR(b, file, line, "\"%.40s...\": an empty byte (\\0) is in this text, and the game would cut the text there: "
      "delete the \\0", s);
}

/* True when the n bytes of s are whole (no empty byte); said otherwise. */
static bool whole_text(Builder *b, const char *s, size_t n, const char *file, int line) {
  if (strlen(s) == n) return true;
  say_cut(b, s, file, line);
  return false;
}

/* A string field copied into C memory, charged to the story; an empty
 * byte in it is said at file:line. */
static char *bstr(Builder *b, int t, const char *key, const char *file, int line) {
  char *v = NULL;
  if (lr_field(b->L, t, key) == LUA_TSTRING) {
    size_t n;
    const char *s = lua_tolstring(b->L, -1, &n);
    whole_text(b, s, n, file, line);
    v = xstrndup(s, n);
  }
  lua_pop(b->L, 1);
  if (v && !charge(b, strlen(v) + 1, NULL, 0)) {
    free(v);
    return NULL;
  }
  return v;
}

/* The same in the story's arena: a scene's, a line's or a choice's text
 * (freed with the story, all at once). */
static char *astr(Builder *b, int t, const char *key, const char *file, int line) {
  char *v = NULL;
  if (lr_field(b->L, t, key) == LUA_TSTRING) {
    size_t n;
    const char *s = lua_tolstring(b->L, -1, &n);
    whole_text(b, s, n, file, line);
    if (charge(b, n + 1, NULL, 0)) v = arena_strndup(b->arena, s, n);
  }
  lua_pop(b->L, 1);
  return v;
}

static const char *file_of(Builder *b, int t) {
  lua_State *L = b->L;
  const char *interned;
  if (lr_field(L, t, "file") == LUA_TSTRING) {
    const char *f = lua_tostring(L, -1);
    interned = b->last_file && strcmp(b->last_file, f) == 0 ? b->last_file : sandbox_intern_file(b->sb, f);
  } else {
    interned = sandbox_intern_file(b->sb, b->s->path);
  }
  lua_pop(L, 1);
  b->last_file = interned;
  return interned;
}

/* A line number from the story's tables: checked before it becomes an int
 * (NaN or 1e300 would be undefined behaviour). */
static int line_of(Builder *b, int t) {
  double d = 0;
  lr_number(b->L, t, "line", &d);
  return b->last_line = d >= 0 && d <= 100000000 ? (int)d : 0;
}

/* A number a story gives for a variable or an amount. */
static bool sane_number(double d) { return d >= -STORY_MAX_NUMBER && d <= STORY_MAX_NUMBER; }

/* ---- placeholders: {name}, {var}, {masc|fem|neutral} ---- */

/* {money VAR}: VAR is one of the story's number variables. */
static bool number_var(const Story *s, const char *name, size_t n) {
  char *v = xstrndup(name, n);
  int k = story_var_index(s, v);
  free(v);
  return k >= 0 && !s->vars[k].is_bool;
}

static void check_placeholders(Builder *b, const char *text, const char *file, int line) {
  const char *p = text;
  CountryWord cw;
  Placeholder ph;
  int errors_before = b->diag->errors;
  while (b->diag->errors - errors_before < 10 && placeholder_next(&p, &ph)) {
    if (!ph.closed) {
      ERR(b, file, line, "a '{' is never closed with '}' in \"%.40s\"", text);
      return;
    }
    char *inner = xstrndup(ph.inner, ph.len);
    if (ph.bars) {
      if (ph.bars > 2) ERR(b, file, line, "{%s}: give two or three forms (masculine|feminine|neutral)", inner);
    } else if ((cw = country_word(inner, strlen(inner))).kind != CW_NONE) {
      if (cw.kind == CW_BAD) ERR(b, file, line, "{%s}: %s", inner, cw.why);
      else if (cw.var && !number_var(b->s, cw.var, cw.var_len))
        ERR(b, file, line, "{%s}: {money VAR} needs a number variable from vars, like {money paid_total}", inner);
    } else if (strcmp(inner, "name") != 0 && story_var_index(b->s, inner) < 0) {
      ERR(b, file, line, "{%s}: not a variable; use {name} for the player's name or a variable from vars", inner);
    }
    free(inner);
  }
}

/* ---- conditions: Lua expressions over the variables ---- */

static int cond_index(lua_State *L) {
  EvalCtx *ctx = lua_touserdata(L, lua_upvalueindex(1));
  const char *key = lua_tostring(L, 2);
  if (!key) return luaL_error(L, "only variable names can be used in a condition");
  if (strcmp(key, "did") == 0) {
    lua_pushvalue(L, lua_upvalueindex(2));
    return 1;
  }
  int v = story_var_index(ctx->story, key);
  if (v < 0) return luaL_error(L, "unknown variable '%s' in a condition", key);
  if (ctx->story->vars[v].is_bool)
    lua_pushboolean(L, ctx->vars[v] != 0);
  else
    lua_pushnumber(L, ctx->vars[v]);
  return 1;
}

static int cond_did(lua_State *L) {
  EvalCtx *ctx = lua_touserdata(L, lua_upvalueindex(1));
  const char *id = luaL_checkstring(L, 1);
  int i = catalog_index(ctx->story->catalog, id);
  if (i < 0) return luaL_error(L, "did(\"%s\"): unknown advice id", id);
  lua_pushboolean(L, (ctx->did >> i) & 1u);
  return 1;
}

static int cond_newindex(lua_State *L) { return luaL_error(L, "a condition cannot change variables"); }

typedef struct SeenCond {
  const char *text; /* the story's cond_text */
  CondProg *prog;
} SeenCond;

/* The program already compiled for this text, if any: a story repeats its
 * conditions ("trust > 2" in many scenes), and one program for them all
 * stays in the cache while playing. */
static SeenCond *seen_slot(Builder *b, const char *text) {
  if (!b->capseen) return NULL;
  size_t mask = b->capseen - 1;
  for (size_t i = (size_t)fnv1a(text, strlen(text), FNV_SEED) & mask;; i = (i + 1) & mask)
    if (!b->seen[i].text || strcmp(b->seen[i].text, text) == 0) return &b->seen[i];
}

static void remember_prog(Builder *b, const char *text, CondProg *prog) {
  if (2 * (b->nseen + 1) > b->capseen) {
    SeenCond *old = b->seen;
    size_t oldcap = b->capseen;
    b->capseen = oldcap ? oldcap * 2 : 64;
    b->seen = xcalloc(b->capseen, sizeof *b->seen);
    for (size_t i = 0; i < oldcap; i++)
      if (old[i].text) *seen_slot(b, old[i].text) = old[i];
    free(old);
  }
  *seen_slot(b, text) = (SeenCond){text, prog};
  b->nseen++;
}

/* Upvalues of each: the EvalCtx, did() as a closure over it. */
static const luaL_Reg COND_META[] = {{"__index", cond_index}, {"__newindex", cond_newindex}, {NULL, NULL}};

static void make_cond_env(Builder *b, EvalCtx *ctx) {
  lua_State *L = b->L;
  lua_newtable(L); /* the env */
  lua_newtable(L); /* its metatable */
  lua_pushlightuserdata(L, ctx);
  lua_pushlightuserdata(L, ctx);
  lua_pushcclosure(L, cond_did, 1);
  luaL_setfuncs(L, COND_META, 2);
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
  b->cond_env = lua_gettop(L);
  /* Kept with the compiled conditions, for those compiled later, when
   * first needed (story_eval). */
  lua_pushvalue(L, b->cond_env);
  lua_setfield(L, b->conds, "env");
}

/* The names a compiled condition (cond.h) may use: the story's variables
 * and the catalogue's advice ids, as cond_index and cond_did read them. */
static int cond_var(void *ud, const char *name, size_t len, bool *is_bool) {
  const Story *s = ud;
  char key[80];
  if (len >= sizeof key) return -1;
  memcpy(key, name, len);
  key[len] = 0;
  int v = story_var_index(s, key);
  if (v >= 0) *is_bool = s->vars[v].is_bool;
  return v;
}

static int cond_advice(void *ud, const char *id, size_t len) {
  const Story *s = ud;
  char key[80];
  if (len >= sizeof key) return -1;
  memcpy(key, id, len);
  key[len] = 0;
  return catalog_index(s->catalog, key);
}

/* Identifiers in a condition must be variables (strings are skipped). */
static void check_cond_names(Builder *b, const char *cond, const char *file, int line) {
  const char *p = cond;
  /* At most 3 problems said per condition: each costs a suggestion, and
   * 10,000 conditions could each have hundreds. */
  int errors_before = b->diag->errors;
  while (*p && b->diag->errors - errors_before < 3) {
    if (*p == '"' || *p == '\'') {
      char q = *p++;
      const char *start = p;
      while (*p && *p != q) p++;
      /* did("x"): the id must exist */
      const char *before = start - 1;
      while (before > cond && (before[-1] == ' ' || before[-1] == '(')) before--;
      if (before - cond >= 3 && strncmp(before - 3, "did", 3) == 0) {
        char *id = xstrndup(start, (size_t)(p - start));
        if (catalog_index(b->s->catalog, id) < 0) unknown_advice(b, file, line, "did(...):", id);
        free(id);
      }
      if (*p) p++;
    } else if (isalpha((unsigned char)*p) || *p == '_') {
      const char *start = p;
      while (isalnum((unsigned char)*p) || *p == '_') p++;
      char *word = xstrndup(start, (size_t)(p - start));
      bool known = story_var_index(b->s, word) >= 0;
      for (const char *const *r = RESERVED; *r && !known; r++)
        if (strcmp(*r, word) == 0) known = true;
      if (!known && catalog_index(b->s->catalog, word) >= 0) {
        ERR(b, file, line, "\"%s\": a step's id goes in quotes: did(\"%s\")", cond, word);
      } else if (!known) {
        const char *names[256];
        int n = 0;
        for (int i = 0; i < b->s->nvars && n < 255; i++) names[n++] = b->s->vars[i].name;
        names[n] = NULL;
        const char *hint = lr_suggest(word, names);
        if (hint)
          ERR(b, file, line, "unknown variable '%s' in \"%s\" (did you mean '%s'?)", word, cond, hint);
        else
          ERR(b, file, line, "unknown variable '%s' in \"%s\": declare it in vars = { ... }", word, cond);
      }
      free(word);
    } else {
      p++;
    }
  }
}

/* when = "disturbances": in Lua a number is true, even 0, so the condition
 * never stops anything (a boolean variable alone is right). */
static void warn_always_true(Builder *b, const char *cond, const char *file, int line) {
  char *name;
  if (!hint_bare_condition(cond, &name)) return;
  int v = name ? story_var_index(b->s, name) : -1;
  if (!name)
    WARN(b, file, line, "the condition \"%s\" is always true: compare a variable, like trust > 1", cond);
  else if (v >= 0 && !b->s->vars[v].is_bool)
    WARN(b, file, line,
         "the condition \"%s\" is always true: '%s' is a number, and in a condition every number counts as true, "
         "even 0; compare it, like %s > 0",
         cond, name, name);
  free(name);
}

/* Condition number nconds: its Lua function (or false) is on the stack. */
static int add_cond(Builder *b, const char *cond, const char *file, int line, CondProg *prog) {
  Story *s = b->s;
  lua_rawseti(b->L, b->conds, s->nconds + 1);
  if (s->nconds == b->capconds) { /* grown by doubling: 30,000 conditions */
    b->capconds = b->capconds ? b->capconds * 2 : 64;
    s->cond_text = xrealloc(s->cond_text, (size_t)b->capconds * sizeof(char *));
    s->cond_file = xrealloc(s->cond_file, (size_t)b->capconds * sizeof(char *));
    s->cond_line = xrealloc(s->cond_line, (size_t)b->capconds * sizeof(int));
    s->cond_prog = xrealloc(s->cond_prog, (size_t)b->capconds * sizeof(CondProg *));
  }
  s->cond_text[s->nconds] = xstrdup(cond);
  s->cond_file[s->nconds] = file;
  s->cond_line[s->nconds] = line;
  s->cond_prog[s->nconds] = prog;
  return s->nconds++;
}

static int compile_cond(Builder *b, const char *cond, const char *file, int line) {
  Story *s = b->s;
  /* A condition is a short expression; its text is quoted by errors and
   * drawn on the story map. */
  if (strlen(cond) > COND_MAX) {
    ERR(b, file, line, "the condition is longer than %d characters: write a shorter one", COND_MAX);
    return -1;
  }
  size_t errors = (size_t)b->diag->errors;
  check_safe_text(b, cond, file, line);
  if ((size_t)b->diag->errors > errors) return -1;
  /* Another language's operators (=, &&, ||, !): said before Lua says
   * "')' expected". */
  const char *slip = hint_condition(cond);
  if (slip) {
    ERR(b, file, line, "the condition \"%s\": %s", cond, slip);
    return -1;
  }
  /* Most conditions compile into a program the engine runs itself (cond.h):
   * no Lua function then until one is needed (story_eval). Its syntax is a
   * part of Lua's, so what compiles here is valid Lua. */
  SeenCond *seen = seen_slot(b, cond);
  CondProg *prog = seen && seen->text ? seen->prog : NULL;
  bool fresh = !prog;
  if (fresh) {
    CondNames names = {cond_var, cond_advice, s};
    prog = cond_compile(cond, &names);
  }
  if (prog) {
    check_cond_names(b, cond, file, line);
    warn_always_true(b, cond, file, line);
    if (!charge(b, strlen(cond) + 64 + (fresh ? cond_size(prog) : 0), file, line)) {
      if (fresh) cond_free(prog);
      return -1;
    }
    if (fresh) { /* the story owns each program once */
      s->progs = xrealloc(s->progs, (size_t)(s->nprogs + 1) * sizeof *s->progs);
      s->progs[s->nprogs++] = prog;
    }
    lua_pushboolean(b->L, 0); /* no Lua function yet */
    int k = add_cond(b, cond, file, line, prog);
    if (fresh) remember_prog(b, s->cond_text[k], prog);
    return k;
  }
  /* No newlines in front to fake the line (30,000 conditions at line
   * 999999 were 30 GB): errors name the item's file and line instead. */
  Buf code = {0};
  buf_addf(&code, "return (%s\n)", cond);
  char *chunk = xasprintf("@%s", file);
  int st = sandbox_load(b->sb, code.s, code.len, chunk, b->cond_env);
  free(chunk);
  free(code.s);
  if (st != LUA_OK) {
    const char *msg = lua_tostring(b->L, -1);
    const char *tail = strstr(msg, ": ");
    ERR(b, file, line, "the condition \"%s\" is not valid: %s", cond, tail ? tail + 2 : msg);
    lua_pop(b->L, 1);
    return -1;
  }
  check_cond_names(b, cond, file, line);
  warn_always_true(b, cond, file, line);
  if (!charge(b, strlen(cond) + 64, file, line)) {
    lua_pop(b->L, 1);
    return -1;
  }
  return add_cond(b, cond, file, line, NULL);
}

/* ---- effects: set = {...}, add = {...}, did = "id" | {ids} ---- */

/* One advice id of did (id "?" when it is not a text). */
static void did_id(Builder *b, Effects *e, const char *id, const char *file, int line) {
  int a = catalog_index(b->s->catalog, id);
  if (a < 0) {
    unknown_advice(b, file, line, "did", id);
  } else if (!((b->s->teaches >> a) & 1u)) {
    ERR(b, file, line, "did \"%s\": add \"%s\" to teaches in the story card", id, id);
  } else if (!((e->did >> a) & 1u)) { /* an id twice counts once: at most CATALOG_MAX */
    e->did |= 1u << a;
    e->did_order[e->ndid++] = a;
  }
}

/* did's type and length first: false when there is nothing more to read. */
static bool did_shape(Builder *b, int type, lua_Unsigned len, const char *file, int line) {
  if (type == LUA_TTABLE && len > STORY_MAX_DID) {
    ERR(b, file, line, "did: at most %d advice ids", STORY_MAX_DID);
    return false;
  }
  if (type != LUA_TNIL && type != LUA_TSTRING && type != LUA_TTABLE) {
    ERR(b, file, line, "did needs an advice id like \"evidence\"");
    return false;
  }
  return true;
}

static void read_did(Builder *b, int t, Effects *e, const char *file, int line) {
  lua_State *L = b->L;
  int type = lr_field(L, t, "did");
  int top = lua_gettop(L);
  lua_Unsigned len = type == LUA_TTABLE ? lua_rawlen(L, top) : 0;
  int n = !did_shape(b, type, len, file, line) ? 0 : type == LUA_TSTRING ? 1 : (int)len;
  for (int i = 1; i <= n; i++) {
    if (type == LUA_TTABLE) lua_rawgeti(L, top, i); else lua_pushvalue(L, top);
    did_id(b, e, lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?", file, line);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}

/* One name = value of set or add (name NULL: not a text). */
static void effect_pair(Builder *b, const char *key, EffectOp op, Effects *e, const char *name, int type, double num,
                        const char *file, int line) {
  int v = name ? story_var_index(b->s, name) : -1;
  if (v < 0) {
    ERR(b, file, line, "%s: unknown variable '%s' (declare it in vars = { ... })", key, name ? name : "?");
    return;
  }
  const Var *var = &b->s->vars[v];
  double value = 0;
  bool ok;
  if (op == EFF_ADD) {
    ok = type == LUA_TNUMBER && !var->is_bool && sane_number(num);
    if (ok) value = num;
    else ERR(b, file, line, "add: '%s' must be a number variable and the amount a number from -1e12 to 1e12", name);
  } else if (var->is_bool) {
    ok = type == LUA_TBOOLEAN;
    value = num;
    if (!ok) ERR(b, file, line, "set: '%s' is true or false", name);
  } else {
    ok = type == LUA_TNUMBER && sane_number(num);
    if (ok) value = num;
    else ERR(b, file, line, "set: '%s' is a number from -1e12 to 1e12", name);
  }
  if (ok && e->neffects >= STORY_MAX_VARS) ok = false; /* each variable once at most, in a table */
  if (ok && charge(b, sizeof *e->effects, file, line)) {
    e->effects = xrealloc(e->effects, (size_t)(e->neffects + 1) * sizeof *e->effects);
    e->effects[e->neffects++] = (Effect){v, op, value};
  }
}

static void read_effect_table(Builder *b, int t, const char *key, EffectOp op, Effects *e,
                              const char *file, int line) {
  lua_State *L = b->L;
  int type = lr_field(L, t, key);
  if (type == LUA_TNIL) { lua_pop(L, 1); return; }
  if (type != LUA_TTABLE) {
    ERR(b, file, line, "%s needs a table like { name = value }", key);
    lua_pop(L, 1);
    return;
  }
  int tab = lua_gettop(L);
  lua_pushnil(L);
  while (lua_next(L, tab)) {
    int vt = lua_type(L, -1);
    effect_pair(b, key, op, e, lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL, vt,
                vt == LUA_TNUMBER ? lua_tonumber(L, -1) : lua_toboolean(L, -1), file, line);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}

static void read_effects(Builder *b, int t, Effects *e, const char *file, int line) {
  read_effect_table(b, t, "set", EFF_SET, e, file, line);
  read_effect_table(b, t, "add", EFF_ADD, e, file, line);
  read_did(b, t, e, file, line);
}

/* The same, from what a choice word recorded (preludec.h). */
static void rec_effect_table(Builder *b, const RecEffect *r, const char *key, EffectOp op, Effects *e, const char *file,
                             int line) {
  if (r->type == LUA_TNIL) return;
  if (r->type != LUA_TTABLE) {
    ERR(b, file, line, "%s needs a table like { name = value }", key);
    return;
  }
  for (int i = 0; i < r->n; i++) effect_pair(b, key, op, e, r->pairs[i].name, r->pairs[i].type, r->pairs[i].value, file, line);
}

static void rec_effects(Builder *b, const RecChoice *c, Effects *e, const char *file, int line) {
  rec_effect_table(b, &c->set, "set", EFF_SET, e, file, line);
  rec_effect_table(b, &c->add, "add", EFF_ADD, e, file, line);
  if (did_shape(b, c->did.type, (lua_Unsigned)c->did.len, file, line))
    for (int i = 0; i < c->did.n; i++) did_id(b, e, c->did.pairs[i].name ? c->did.pairs[i].name : "?", file, line);
}

/* ---- conversations: to = "id", chat = "id" ---- */

bool story_is_member(const Story *s, int group, int who) {
  if (group < 0 || group >= s->nchars) return false;
  for (int i = 0; i < s->chars[group].nmembers; i++)
    if (s->chars[group].members[i] == who) return true;
  return false;
}

/* The character a conversation field names (`key` = id, of that Lua
 * type), -1 when absent; an unknown one is an error. */
static int thread_of(Builder *b, int type, const char *id, const char *key, const char *file, int line) {
  int c = -1;
  if (type == LUA_TSTRING && id) {
    c = story_char_index(b->s, id);
    if (c < 0 && strcmp(id, "me") == 0) {
      ERR(b, file, line, "%s = \"me\": name the conversation by the character it is with", key);
    } else if (c < 0) {
      const char *names[256];
      int n = 0;
      for (int i = 0; i < b->s->nchars && n < 255; i++) names[n++] = b->s->chars[i].id;
      names[n] = NULL;
      const char *hint = lr_suggest(id, names);
      ERR(b, file, line, "%s = \"%.60s\": there is no such character%s%s%s", key, id, hint ? " (did you mean \"" : "",
          hint ? hint : "", hint ? "\"?)" : "");
    }
  } else if (type != LUA_TNIL) {
    ERR(b, file, line, "%s needs a character's id in quotes, like %s = \"alex\"", key, key);
  }
  return c;
}

/* The same for field `key` of table t. */
static int read_thread(Builder *b, int t, const char *key, const char *file, int line) {
  int type = lr_field(b->L, t, key);
  int c = thread_of(b, type, type == LUA_TSTRING ? lua_tostring(b->L, -1) : NULL, key, file, line);
  lua_pop(b->L, 1);
  return c;
}

/* key = true / false (absent: false). */
static bool read_flag(Builder *b, int t, const char *key, const char *file, int line) {
  int type = lr_field(b->L, t, key);
  bool on = type == LUA_TBOOLEAN && lua_toboolean(b->L, -1);
  if (type != LUA_TNIL && type != LUA_TBOOLEAN) ERR(b, file, line, "%s is true or false", key);
  lua_pop(b->L, 1);
  return on;
}

/* to = "id" on a line: a character writes only in their own conversation
 * or in a group they are in; the player and the app write anywhere. */
static int check_to(Builder *b, int to, int who, const char *file, int line) {
  if (to >= 0 && who >= 0 && to != who && !story_is_member(b->s, to, who))
    ERR(b, file, line, "to = \"%s\": %s only writes in their own conversation or in a group they are in (members = { ... })",
        b->s->chars[to].id, b->s->chars[who].id);
  return to;
}

static int read_to(Builder *b, int t, int who, const char *file, int line) {
  return check_to(b, read_thread(b, t, "to", file, line), who, file, line);
}

/* ---- items ---- */

/* In a call (from alex.call to hangup, in the scene's order), the lines are
 * what is said in it: the caller's and the player's. Another character's
 * line there is shown as said in the call too, which is rarely meant
 * (a message that arrives meanwhile, or someone in the room: hang up first,
 * or in_person = true). *caller: the caller, -1 outside a call. */
static void check_call_lines(Builder *b, const Item *items, int n, int *caller) {
  for (int i = 0; i < n; i++) {
    const Item *it = &items[i];
    if (it->kind == WORD_CALL) *caller = it->who;
    else if (it->kind == WORD_HANGUP || it->kind == WORD_LATER) *caller = -1;
    else if (it->kind == WORD_WHEN) {
      int inner = *caller;
      check_call_lines(b, it->body, it->nbody, &inner);
    } else if (*caller >= 0 && it->kind == WORD_MSG && it->who >= 0 && it->who != *caller &&
               !b->s->chars[it->who].in_person && !story_is_member(b->s, *caller, it->who))
      WARN(b, it->file, it->line,
           "%s speaks during %s's call: lines between %s.call and hangup are what is said in that call (hang up "
           "first, or give %s in_person = true if they are in the room)",
           b->s->chars[it->who].id, b->s->chars[*caller].id, b->s->chars[*caller].id, b->s->chars[it->who].id);
  }
}

/* A choice marked button = "..." is the call screen's button only where
 * that button is on screen when the choices show (the window's rule,
 * engine/ui/call_view.c): Answer and Decline while an incoming call rings
 * (the choices right after alex.call), Hang up in the call or while the
 * player's own call rings. Elsewhere it stays a reply: said here, where
 * the scene itself shows it. A scene entered in a call (no call nor
 * hangup in it) is left alone. */
static void check_call_buttons(Builder *b, const Scene *sc) {
  int state = -1, at = 0; /* -1 unknown, 0 no call, 1 ringing, 2 connected; the line that made it */
  bool out = false;
  for (int i = 0; i < sc->nitems; i++) {
    const Item *it = &sc->items[i];
    if (it->kind == WORD_CALL) { state = 1; out = it->call_out; at = it->line; }
    else if (it->kind == WORD_HANGUP) { state = 0; at = it->line; }
    else if (it->kind == WORD_WHEN && state >= 0) state = -1; /* depends on the path: not said */
    else if (state == 1 && it->kind != WORD_RECORDING && word_is((Word)it->kind, WF_SHOWN)) { state = 2; at = it->line; }
  }
  unsigned seen = 0;
  for (int k = 0; k < sc->nchoices; k++) {
    const Choice *c = &sc->choices[k];
    if (!c->button) continue;
    const char *name = choice_button_name((ChoiceButton)c->button);
    if (seen >> c->button & 1)
      WARN(b, c->file, c->line, "button = \"%s\" again: the call has one, an earlier choice of this scene; this one stays a reply", name);
    seen |= 1u << c->button;
    bool ring = c->button != BUTTON_hangup;
    if (state == 0)
      WARN(b, c->file, c->line, "button = \"%s\": the call has ended (hangup, line %d) before these choices; it stays a reply", name, at);
    else if (state == 1 && out && ring)
      WARN(b, c->file, c->line, "button = \"%s\": the player makes this call (outgoing = true): it has a Hang up button only; this stays a reply", name);
    else if (state == 1 && !out && !ring)
      WARN(b, c->file, c->line, "button = \"hangup\": the call still rings when these choices show: its buttons are answer and decline; this stays a reply");
    else if (state == 2 && ring)
      WARN(b, c->file, c->line, "button = \"%s\": the call is answered before these choices (line %d is in the call): answer and decline are the choices right after the call line; this stays a reply", name, at);
  }
}

static void build_items(Builder *b, const int *list, int n, Item **out, int *nout, const char *where_file,
                        int where_line);

/* A shown line's text, once it->text is set (NULL: ""): listed for the
 * translations, its placeholders and its emptiness checked. */
static void item_text(Builder *b, Item *it) {
  if (!it->text) it->text = arena_strdup(b->arena, "");
  if (!word_is(it->kind, WF_UNTRANSLATED)) add_text(b, it->text, it->file, it->line);
  check_placeholders(b, it->text, it->file, it->line);
  if (!it->text[0] && !word_is(it->kind, WF_EMPTY_OK))
    WARN(b, it->file, it->line, "this line has an empty text");
  if (it->kind == WORD_RECORDING && strstr(it->text, "REC"))
    WARN(b, it->file, it->line,
         "recording: the game shows REC by itself; write what the player cannot see, like \"Someone is recording "
         "on the other side\"");
}

/* A speaker's line: who (an id, "me", or NULL) is checked. */
static void item_who(Builder *b, Item *it, const char *who) {
  it->who = who && strcmp(who, "me") == 0 ? WHO_ME : story_char_index(b->s, who ? who : "");
  if (it->who == -1 && (!who || strcmp(who, "me") != 0)) {
    ERR(b, it->file, it->line, "unknown character '%s'", who ? who : "?");
    it->who = WHO_NOBODY;
  }
  if (it->kind == WORD_CALL && it->who == WHO_ME)
    ERR(b, it->file, it->line, "me.call: calls come from a character (alex.call)");
  if (word_is(it->kind, WF_CONTACT) && it->who == WHO_ME)
    ERR(b, it->file, it->line, "me.%s: this is about a character's account (alex.%s)", word_name(it->kind), word_name(it->kind));
  const Character *ch = it->who >= 0 ? &b->s->chars[it->who] : NULL;
  if (ch && ch->nmembers && !word_is(it->kind, WF_CONTACT))
    ERR(b, it->file, it->line, "\"%s\" is a group chat: its members write in it (%s { \"...\", to = \"%s\" })",
        ch->id, b->s->chars[ch->members[0]].id, ch->id);
}

static void item_start(Item *it, Word kind, const char *file, int line) {
  memset(it, 0, sizeof *it);
  it->kind = kind;
  it->file = file;
  it->line = line;
  it->cond = -1;
  it->target = -1;
  it->typing_ms = -1;
  it->who = WHO_NOBODY;
  it->to = -1;
}

/* A line the prelude made as a table (word { "text", option = ... }, set,
 * go ...): read field by field. */
static void build_item(Builder *b, int t, Item *it) {
  lua_State *L = b->L;
  int word = lr_field(L, t, "kind") == LUA_TSTRING ? word_lookup(lua_tostring(L, -1)) : -1;
  lua_pop(L, 1);
  const char *file = file_of(b, t);
  item_start(it, word < 0 ? WORD_SET : (Word)word, file, line_of(b, t));
  if (word < 0 || word == WORD_WHEN) {
    ERR(b, it->file, it->line, "not a story word");
    it->kind = WORD_SET;
    return;
  }
  unknown_keys(b, t, word_fields(it->kind), it->kind == WORD_MSG ? "a message" : word_name(it->kind), it->file, it->line);
  if (word_is(it->kind, WF_SHOWN)) {
    it->text = astr(b, t, "text", it->file, it->line);
    item_text(b, it);
  }
  if (it->kind == WORD_THINK) it->who = WHO_ME; /* the player's inner voice */
  if (word_is(it->kind, WF_SPEAKER)) {
    lr_field(L, t, "who");
    item_who(b, it, lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL);
    lua_pop(L, 1);
  }
  it->to = read_to(b, t, it->who, it->file, it->line);
  if (it->kind == WORD_CALL) {
    bool voice = read_flag(b, t, "voice", it->file, it->line), video = read_flag(b, t, "video", it->file, it->line);
    if (voice && video) ERR(b, it->file, it->line, "a call is voice = true or video = true, not both");
    it->call_kind = voice ? CALL_VOICE : video ? CALL_VIDEO : CALL_APP;
    it->call_out = read_flag(b, t, "outgoing", it->file, it->line);
  }
  int typing = lr_field(L, t, "typing");
  if (typing == LUA_TNUMBER) {
    double sec = lua_tonumber(L, -1);
    if (!(sec >= 0 && sec <= 30)) /* NaN too */
      ERR(b, it->file, it->line, "typing is a number of seconds from 0 to 30");
    else
      it->typing_ms = (int)(sec * 1000);
  } else if (typing != LUA_TNIL) { /* typing = "fast": the delay meant would be lost */
    const char *v = typing == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    ERR(b, it->file, it->line, "typing is a number of seconds from 0 to 30, like typing = 2%s%.20s%s", v ? " (not \"" : "",
        v ? v : "", v ? "\")" : "");
  }
  lua_pop(L, 1);
  if (it->kind == WORD_DISCUSS) {
    it->notes = astr(b, t, "notes", it->file, it->line);
    if (it->notes) add_text(b, it->notes, it->file, it->line);
  }
  if (word_is(it->kind, WF_EFFECT))
    read_effects(b, t, &it->eff, it->file, it->line);
  if (it->kind == WORD_GO) {
    it->text = astr(b, t, "target", it->file, it->line); /* resolved once every scene is known */
  }
}

/* The file a record names, as the sandbox interned it (the last one
 * kept: most records share it; file_of keeps its own). */
static const char *rec_file(Builder *b, const Rec *r) {
  if (r->file != b->last_rec_file) {
    b->last_rec_file = r->file;
    b->last_rec_interned = sandbox_intern_file(b->sb, r->file);
  }
  return b->last_file = b->last_rec_interned;
}

/* Line k of the recorder: its word's fields were read when it was written. */
static void build_rec_item(Builder *b, int k, Item *it) {
  const Rec *r = &b->rec->recs[k];
  if (r->type == REC_TABLE) {
    lua_rawgeti(b->L, b->tables, r->u.tab);
    build_item(b, lua_gettop(b->L), it);
    lua_pop(b->L, 1);
    return;
  }
  b->last_line = r->line;
  item_start(it, r->type == REC_WHEN ? WORD_WHEN : (Word)r->word, rec_file(b, r), r->line);
  if (r->type == REC_WHEN) {
    if (r->cut) say_cut(b, r->text, it->file, it->line);
    it->cond = compile_cond(b, r->text, it->file, it->line);
    if (b->depth >= STORY_MAX_WHEN_DEPTH) {
      stop(b, it->file, it->line, "when inside when: too many levels");
      return;
    }
    b->depth++;
    build_items(b, r->u.when.body, r->u.when.n, &it->body, &it->nbody, it->file, it->line);
    b->depth--;
    return;
  }
  /* word "text" or alex "text": a text, and who says it */
  if (r->cut) say_cut(b, r->text, it->file, it->line);
  it->text = (char *)r->text;
  item_text(b, it);
  if (it->kind == WORD_THINK) it->who = WHO_ME;
  if (word_is(it->kind, WF_SPEAKER)) item_who(b, it, r->u.who);
}

static void build_items(Builder *b, const int *list, int n, Item **out, int *nout, const char *where_file,
                        int where_line) {
  *out = NULL;
  *nout = 0;
  if (n > STORY_MAX_LINES) n = STORY_MAX_LINES + 1; /* keep_going stops there */
  if (!charge(b, ((size_t)n + 1) * sizeof **out, where_file, where_line)) return;
  *out = xcalloc((size_t)n + 1, sizeof **out);
  for (int i = 0; i < n && keep_going(b, where_file, where_line); i++) build_rec_item(b, list[i], &(*out)[(*nout)++]);
}

/* Resolves go targets, and checks a go comes last. */
static void resolve_items(Builder *b, Item *items, int n) {
  for (int i = 0; i < n; i++) {
    Item *it = &items[i];
    if (it->kind == WORD_GO) {
      it->target = scene_lookup(b, it->text ? it->text : "");
      if (it->target < 0) {
        char *hint = scene_hint(b, it->text ? it->text : "");
        ERR(b, it->file, it->line, "go \"%s\": there is no scene with that id%s", it->text ? it->text : "", hint);
        free(hint);
      }
      if (i != n - 1) WARN(b, it->file, it->line, "the lines after go \"%s\" are never shown", it->text ? it->text : "");
    }
    if (it->kind == WORD_WHEN) resolve_items(b, it->body, it->nbody);
  }
}

static bool ends_with_go(const Item *items, int n) { return n > 0 && items[n - 1].kind == WORD_GO; }

/* ---- the story card, characters, scenes ---- */

static bool valid_id(const char *id) {
  if (!id || !*id || strlen(id) > 64) return false;
  for (const char *p = id; *p; p++)
    if (!isalnum((unsigned char)*p) && *p != '-' && *p != '_') return false;
  return true;
}

static int cmp_var(const void *a, const void *b) {
  return strcmp(((const Var *)a)->name, ((const Var *)b)->name);
}

static void build_card(Builder *b, int card) {
  Story *s = b->s;
  lua_State *L = b->L;
  const char *file = file_of(b, card);
  int line = line_of(b, card);
  b->card_file = file;
  b->card_line = line;
  unknown_keys(b, card, STORY_FIELDS, "story", file, line);
  s->id = bstr(b, card, "id", file, line);
  if (!valid_id(s->id)) ERR(b, file, field_line(b, file, line, "id"), "story: id must be a short name of letters, digits and '-', like \"my-story\"");
  s->title = bstr(b, card, "title", file, line);
  if (!s->title) ERR(b, file, line, "story: give a title = \"...\"");
  else add_text(b, s->title, file, field_line(b, file, line, "title"));
  s->note = bstr(b, card, "note", file, line);
  if (s->note) add_text(b, s->note, file, field_line(b, file, line, "note"));
  s->language = bstr(b, card, "language", file, line);
  if (!s->language) s->language = xstrdup("en");
  else if (!lang_code_ok(s->language)) {
    char *low = xstrdup(s->language);
    for (char *p = low; *p; p++) *p = (char)tolower((unsigned char)*p);
    ERR(b, file, field_line(b, file, line, "language"),
        "story: language is a language's short code in small letters, like \"en\", \"fr\" or \"it\", not \"%.40s\"%s%s%s",
        s->language, lang_code_ok(low) ? " (write \"" : "", lang_code_ok(low) ? low : "",
        lang_code_ok(low) ? "\")" : "");
    free(low);
  }
  /* The skin is a file of assets/skins: whether it is there is the
   * checker's and the window's to say (skin.h); here only its shape. */
  s->app = lr_string(L, card, "app");
  s->app_file = file;
  s->app_line = s->app ? field_line(b, file, line, "app") : line;
  if (s->app && !skin_is_id(s->app, (int)strlen(s->app)))
    ERR(b, file, s->app_line, "story: app is the name of a skin, like \"plain\", \"skype\" or \"instagram\" (assets/skins), not \"%s\"", s->app);
  if (!s->app) s->app = xstrdup("plain");
  char *topic = lr_string(L, card, "topic");
  int tp = topic ? topic_from_name(topic) : TOPIC_SEXTORTION;
  if (tp < 0) {
    ERR(b, file, field_line(b, file, line, "topic"), "story: topic is one of %s, not \"%s\"", topic_list(), topic);
    tp = TOPIC_SEXTORTION;
  } else if (!topic && lr_field(L, card, "topic") != LUA_TNIL) {
    ERR(b, file, field_line(b, file, line, "topic"), "story: topic is a text in quotes, one of %s", topic_list());
    lua_pop(L, 1);
  } else if (!topic) {
    lua_pop(L, 1);
  }
  s->topic = (Topic)tp;
  free(topic);
  double minutes = 0;
  if (lr_number(L, card, "minutes", &minutes) && !(minutes >= 0 && minutes <= 1000)) {
    ERR(b, file, field_line(b, file, line, "minutes"), "story: minutes is a number from 1 to 1000");
    minutes = 0;
  }
  s->minutes = (int)minutes;
  /* vars */
  if (lr_field(L, card, "vars") == LUA_TTABLE) {
    int vars = lua_gettop(L);
    int vars_line = field_line(b, file, line, "vars");
    lua_pushnil(L);
    while (lua_next(L, vars)) {
      const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
      int type = lua_type(L, -1);
      bool reserved = false;
      for (const char *const *r = RESERVED; name && *r; r++)
        if (strcmp(*r, name) == 0) reserved = true;
      if (s->nvars >= STORY_MAX_VARS) {
        ERR(b, file, vars_line, "vars: more than %d variables", STORY_MAX_VARS);
        lua_pop(L, 2);
        break;
      } else if (!name || reserved || !valid_id(name) || strchr(name, '-')) {
        ERR(b, file, vars_line, "vars: '%s' cannot be a variable name: use letters, digits and _", name ? name : "?");
      } else if (type != LUA_TBOOLEAN && type != LUA_TNUMBER) {
        ERR(b, file, name ? field_line(b, file, vars_line, name) : vars_line, "vars: '%s' starts as true, false or a number", name);
      } else if (type == LUA_TNUMBER && !sane_number(lua_tonumber(L, -1))) {
        ERR(b, file, field_line(b, file, vars_line, name), "vars: '%s' starts as a number from -1e12 to 1e12", name);
      } else {
        s->vars = xrealloc(s->vars, (size_t)(s->nvars + 1) * sizeof *s->vars);
        s->vars[s->nvars++] = (Var){xstrdup(name), type == LUA_TBOOLEAN,
                                    type == LUA_TBOOLEAN ? lua_toboolean(L, -1) : lua_tonumber(L, -1)};
      }
      lua_pop(L, 1);
    }
    /* Sorted (in O(n log n)), so a story gives the same state layout every
     * run and variables are found by binary search. */
    if (s->nvars > 1) qsort(s->vars, (size_t)s->nvars, sizeof *s->vars, cmp_var);
  }
  lua_pop(L, 1);
  /* teaches */
  if (lr_field(L, card, "teaches") == LUA_TTABLE) {
    lua_Unsigned len = lua_rawlen(L, -1);
    if (len > CATALOG_MAX) ERR(b, file, line, "teaches: at most %d advice ids", CATALOG_MAX);
    int n = len > CATALOG_MAX ? 0 : (int)len;
    for (int i = 1; i <= n; i++) {
      lua_rawgeti(L, -1, i);
      const char *id = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?";
      int a = catalog_index(s->catalog, id);
      if (a < 0) unknown_advice(b, file, field_line(b, file, line, "teaches"), "teaches:", id);
      else s->teaches |= 1u << a;
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
}

/* step "id" { title = "...", why = "..." }: the story's own right steps,
 * added after the catalogue's in a copy of it that the story owns (the
 * debrief, did and judges then treat them like the others). They are
 * taught without being listed in teaches. */
static void build_steps(Builder *b, int list) {
  Story *s = b->s;
  lua_State *L = b->L;
  int n = (int)lua_rawlen(L, list);
  if (n == 0) return;
  Catalog *c = catalog_copy(s->catalog);
  int first = c->count;
  s->own_catalog = c;
  s->catalog = c;
  for (int i = 1; i <= n; i++) {
    lua_rawgeti(L, list, i);
    int t = lua_gettop(L);
    const char *file = file_of(b, t);
    int line = line_of(b, t);
    unknown_keys(b, t, STEP_KEYS, "step", file, line);
    char *id = lr_string(L, t, "id");
    char *title = lr_string(L, t, "title");
    char *why = lr_string(L, t, "why");
    if (!valid_id(id)) {
      ERR(b, file, line, "step \"%s\": an id is letters, digits and '-', like \"ask-admin\"", id ? id : "");
    } else if (catalog_index(c, id) >= 0) {
      ERR(b, file, line, "step \"%s\" is already a step%s: use it as it is, or give this one another id", id,
          catalog_index(c, id) < first ? " of the catalogue (assets/advice.lua)" : " of this story");
    } else if (!title || !why) {
      ERR(b, file, line, "step \"%s\" needs a title = \"...\" (what to do) and a why = \"...\" (why it helps)", id);
    } else if (c->count == CATALOG_MAX) {
      ERR(b, file, line, "step \"%s\": a story can add %d steps at most", id, CATALOG_MAX - first);
    } else {
      Advice *a = &c->items[c->count];
      memset(a, 0, sizeof *a);
      a->id = id;
      a->own = true;
      a->nlang = 1;
      a->lang[0] = NULL; /* the story's language, known once the card is read */
      a->step[0] = title;
      a->why[0] = why;
      lr_field(L, t, "next_time");
      a->prevention = lua_toboolean(L, -1);
      lua_pop(L, 1);
      s->teaches |= 1u << c->count;
      c->count++;
      id = title = why = NULL;
    }
    free(id);
    free(title);
    free(why);
    lua_pop(L, 1);
  }
}

/* Once the card is read: the steps' language, their texts checked and
 * listed for translation, and their before = { ... } order. */
static void finish_steps(Builder *b, int list) {
  Story *s = b->s;
  Catalog *c = s->own_catalog;
  lua_State *L = b->L;
  if (!c) return;
  int n = (int)lua_rawlen(L, list);
  for (int i = 1; i <= n; i++) {
    lua_rawgeti(L, list, i);
    int t = lua_gettop(L);
    char *id = lr_string(L, t, "id");
    int a = id ? catalog_index(c, id) : -1;
    if (a >= 0 && c->items[a].own && !c->items[a].lang[0]) {
      Advice *adv = &c->items[a];
      const char *file = file_of(b, t);
      int line = line_of(b, t);
      adv->lang[0] = xstrdup(s->language ? s->language : "en");
      int title_line = field_line(b, file, line, "title"), why_line = field_line(b, file, line, "why");
      add_text(b, adv->step[0], file, title_line);
      add_text(b, adv->why[0], file, why_line);
      check_placeholders(b, adv->step[0], file, title_line);
      check_placeholders(b, adv->why[0], file, why_line);
      int type = lr_field(L, t, "before");
      if (type == LUA_TTABLE) {
        int before = lua_gettop(L);
        int m = (int)lua_rawlen(L, before);
        for (int k = 1; k <= m; k++) {
          lua_rawgeti(L, before, k);
          const char *other = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?";
          int o = catalog_index(c, other);
          if (o < 0) unknown_advice(b, file, field_line(b, file, line, "before"), "before:", other);
          else if (o != a) adv->before |= 1u << o;
          lua_pop(L, 1);
        }
      } else if (type != LUA_TNIL) {
        ERR(b, file, field_line(b, file, line, "before"), "step \"%s\": before is a list like { \"block\" }", id);
      }
      lua_pop(L, 1);
    }
    free(id);
    lua_pop(L, 1);
  }
}

/* The length of a list the story collected (characters, scenes), or 0
 * when it has more than max: then an error at its first entry past max,
 * "the story <has> more than <max> <what>". */
static int capped_len(Builder *b, int list, int max, const char *has, const char *what) {
  lua_State *L = b->L;
  lua_Unsigned len = lua_rawlen(L, list);
  if (len <= (lua_Unsigned)max) return (int)len;
  lua_rawgeti(L, list, max + 1);
  const char *file = lua_type(L, -1) == LUA_TTABLE ? file_of(b, -1) : b->s->path;
  int line = lua_type(L, -1) == LUA_TTABLE ? line_of(b, -1) : 0;
  lua_pop(L, 1);
  ERR(b, file, line, "the story %s more than %d %s", has, max, what);
  return 0;
}

static void build_characters(Builder *b, int list) {
  Story *s = b->s;
  lua_State *L = b->L;
  int n = capped_len(b, list, STORY_MAX_CHARS, "declares", "characters");
  s->chars = xcalloc((size_t)n + 1, sizeof *s->chars);
  for (int i = 1; i <= n && keep_going(b, NULL, 0); i++) {
    lua_rawgeti(L, list, i);
    int t = lua_gettop(L);
    Character *c = &s->chars[s->nchars];
    c->file = file_of(b, t);
    c->line = line_of(b, t);
    c->id = bstr(b, t, "id", c->file, c->line);
    unknown_keys(b, t, CHARACTER_FIELDS, "character", c->file, c->line);
    if (!valid_id(c->id) || strcmp(c->id, "me") == 0) {
      ERR(b, c->file, c->line, "character \"%s\": the id must be letters, digits and '-' (and not \"me\")", c->id ? c->id : "");
    } else if (story_char_index(s, c->id) >= 0) {
      ERR(b, c->file, c->line, "character \"%s\" is declared twice", c->id);
    }
    c->name = bstr(b, t, "name", c->file, c->line);
    if (!c->name) {
      ERR(b, c->file, c->line, "character \"%s\" needs a name = \"...\"", c->id ? c->id : "");
      c->name = xstrdup(c->id ? c->id : "?");
    }
    check_safe_text(b, c->name, c->file, c->line);
    c->color = bstr(b, t, "color", c->file, c->line);
    if (!c->color) c->color = xstrdup("#6b7280");
    bool hex = strlen(c->color) == 7 && c->color[0] == '#';
    for (int k = 1; hex && k < 7; k++) hex = isxdigit((unsigned char)c->color[k]);
    if (!hex) ERR(b, c->file, c->line, "character \"%s\": color is like \"#e07a5f\"", c->id ? c->id : "");
    c->in_person = read_flag(b, t, "in_person", c->file, c->line);
    c->initials = bstr(b, t, "initials", c->file, c->line);
    if (!c->initials) {
      /* The first letter of the name (a whole UTF-8 character). */
      c->initials = xstrndup(c->name, utf8_first(c->name)); /* name = "" has none */
    } else {
      check_safe_text(b, c->initials, c->file, c->line);
    }
    /* the account's handle, under the name where the app shows it ("clara.vbs") */
    c->username = lr_string(L, t, "username");
    if (c->username) check_safe_text(b, c->username, c->file, c->line);
    if (!c->id) c->id = xstrdup("?");
    s->nchars++;
    lua_pop(L, 1);
  }
  /* Groups, once every character is known: members = { "ines", "papi" }. */
  for (int i = 1; i <= n; i++) {
    lua_rawgeti(L, list, i);
    Character *c = &s->chars[i - 1];
    int type = lr_field(L, -1, "members");
    if (type == LUA_TTABLE) {
      int m = (int)lua_rawlen(L, -1);
      c->members = xcalloc((size_t)m + 1, sizeof(int));
      for (int k = 1; k <= m; k++) {
        lua_rawgeti(L, -1, k);
        const char *id = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        int who = id ? story_char_index(s, id) : -1;
        if (who < 0 || who == i - 1)
          ERR(b, c->file, c->line, "character \"%s\": members lists the characters of the group chat (\"%.60s\" is not one)", c->id,
              id ? id : "?");
        else
          c->members[c->nmembers++] = who;
        lua_pop(L, 1);
      }
      if (!c->nmembers) ERR(b, c->file, c->line, "character \"%s\": a group chat needs members = { \"...\" }", c->id);
    } else if (type != LUA_TNIL) {
      ERR(b, c->file, c->line, "character \"%s\": members is a list like { \"ines\", \"papi\" }", c->id);
    }
    lua_pop(L, 2);
  }
  /* A group in a group: one level only, as the apps have it. */
  for (int i = 0; i < s->nchars; i++)
    for (int k = 0; k < s->chars[i].nmembers; k++)
      if (s->chars[s->chars[i].members[k]].nmembers)
        ERR(b, s->chars[i].file, s->chars[i].line, "character \"%s\": \"%s\" is a group itself", s->chars[i].id,
            s->chars[s->chars[i].members[k]].id);
}

/* choice "text" { ... }, as its word recorded it. */
static void build_choice(Builder *b, const Rec *r, Choice *c) {
  const RecChoice *o = r->u.choice;
  c->file = rec_file(b, r);
  c->line = b->last_line = r->line;
  c->cond = -1;
  if (o->unknown) unknown_key(b, o->unknown, CHOICE_FIELDS, "choice", c->file, c->line);
  c->text = (char *)r->text;
  if (r->cut || o->cut) say_cut(b, r->cut ? r->text : o->say ? o->say : o->go ? o->go : o->when ? o->when : "", c->file, c->line);
  add_text(b, c->text, c->file, c->line);
  check_placeholders(b, c->text, c->file, c->line);
  c->say = (char *)o->say;
  c->to = check_to(b, thread_of(b, o->to_type, o->to, "to", c->file, c->line), WHO_ME, c->file, c->line);
  /* button = "answer": the call screen's Answer is this choice */
  if (o->button_type != LUA_TNIL) {
    c->button = (unsigned char)choice_button_lookup(o->button);
    if (!c->button)
      ERR(b, c->file, c->line, "choice \"%s\": button = %s%.40s%s: a call's button is \"answer\", \"decline\" or \"hangup\"",
          c->text, o->button ? "\"" : "", o->button ? o->button : "(not a word)", o->button ? "\"" : "");
  }
  if (c->say && strcmp(c->say, c->text) != 0) add_text(b, c->say, c->file, c->line);
  if (c->say) check_placeholders(b, c->say, c->file, c->line);
  c->target = o->go ? scene_lookup(b, o->go) : -1;
  if (!o->go) ERR(b, c->file, c->line, "choice \"%s\" needs go = \"scene id\"", c->text);
  else if (c->target < 0) {
    char *hint = scene_hint(b, o->go);
    ERR(b, c->file, c->line, "choice \"%s\": there is no scene \"%s\"%s", c->text, o->go, hint);
    free(hint);
  }
  if (o->when) c->cond = compile_cond(b, o->when, c->file, c->line);
  else if (o->when_type != LUA_TNIL) /* when = trust > 2: Lua worked it out once, when the file ran */
    ERR(b, c->file, c->line, "choice \"%s\": when is a condition in quotes, like when = \"trust > 2\"", c->text);
  rec_effects(b, o, &c->eff, c->file, c->line);
}

/* judges = { "evidence", "talk" }: steps this ending names in its debrief
 * even where the path never offered them. */
static void read_judges(Builder *b, int t, Scene *sc) {
  lua_State *L = b->L;
  int type = lr_field(L, t, "judges");
  if (type == LUA_TTABLE) {
    int list = lua_gettop(L);
    lua_Unsigned len = lua_rawlen(L, list);
    if (len > STORY_MAX_DID) {
      ERR(b, sc->file, sc->line, "ending \"%s\": judges names at most %d advice ids", sc->id, STORY_MAX_DID);
      len = 0;
    }
    int n = (int)len;
    for (int i = 1; i <= n; i++) {
      lua_rawgeti(L, list, i);
      const char *id = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?";
      int a = catalog_index(b->s->catalog, id);
      if (a < 0) {
        char *what = xasprintf("ending \"%s\": judges", sc->id);
        unknown_advice(b, sc->file, field_line(b, sc->file, sc->line, "judges"), what, id);
        free(what);
      } else if (!((b->s->teaches >> a) & 1u)) {
        ERR(b, sc->file, field_line(b, sc->file, sc->line, "judges"), "ending \"%s\": judges \"%s\": add it to teaches in the story card", sc->id, id);
      } else {
        sc->judges |= 1u << a;
      }
      lua_pop(L, 1);
    }
  } else if (type != LUA_TNIL) {
    ERR(b, sc->file, sc->line, "ending \"%s\": judges is a list like { \"evidence\", \"talk\" }", sc->id);
  }
  lua_pop(L, 1);
}

static void build_scenes(Builder *b) {
  Story *s = b->s;
  lua_State *L = b->L;
  const Recorder *r = b->rec;
  int n = r->nscenes;
  if (n > STORY_MAX_SCENES) { /* at its first scene past the limit */
    const Rec *past = &r->recs[r->scenes[STORY_MAX_SCENES]];
    ERR(b, rec_file(b, past), past->line, "the story has more than %d scenes", STORY_MAX_SCENES);
    n = 0;
  }
  if (!charge(b, ((size_t)n + 1) * (sizeof *s->scenes + sizeof *b->scene_ids), NULL, 0)) n = 0;
  s->scenes = xcalloc((size_t)n + 1, sizeof *s->scenes);
  /* First the ids, so targets can be resolved in any order. */
  for (int i = 0; i < n && keep_going(b, NULL, 0); i++) {
    const Rec *rec = &r->recs[r->scenes[i]];
    Scene *sc = &s->scenes[i];
    sc->chat = -1;
    sc->file = rec_file(b, rec);
    sc->line = b->last_line = rec->line;
    sc->id = (char *)rec->text;
    if (rec->cut) say_cut(b, rec->text, sc->file, sc->line);
    sc->is_ending = rec->word != 0;
    if (!valid_id(sc->id))
      ERR(b, sc->file, sc->line, "scene \"%s\": ids are letters, digits and '-'", sc->id);
    s->nscenes++;
  }
  b->scene_ids = xcalloc((size_t)s->nscenes + 1, sizeof *b->scene_ids);
  for (int i = 0; i < s->nscenes; i++) b->scene_ids[i] = (SceneId){s->scenes[i].id, i};
  b->nscene_ids = s->nscenes;
  qsort(b->scene_ids, (size_t)s->nscenes, sizeof *b->scene_ids, cmp_scene_id);
  /* Duplicates are neighbours once sorted: one pass, the first of each run
   * remembered (walking back from each one was quadratic on 60,000 equal
   * ids). */
  const SceneId *first = b->scene_ids;
  for (int i = 1; i < s->nscenes; i++) {
    const SceneId *again = &b->scene_ids[i];
    if (strcmp(first->id, again->id) != 0) {
      first = again;
      continue;
    }
    if (!valid_id(again->id)) continue;
    const Scene *sc = &s->scenes[again->index], *one = &s->scenes[first->index];
    ERR(b, sc->file, sc->line, "scene \"%s\" is declared twice (the first is at %s:%d)", sc->id, one->file, one->line);
  }
  lua_newtable(L); /* a scene with no field of its own reads this one */
  int none = lua_gettop(L);
  for (int i = 0; i < s->nscenes && keep_going(b, NULL, 0); i++) {
    const Rec *rec = &r->recs[r->scenes[i]];
    Scene *sc = &s->scenes[i];
    if (rec->u.scene.fields > 0) lua_rawgeti(L, b->tables, rec->u.scene.fields);
    else lua_pushvalue(L, none);
    int t = lua_gettop(L);
    unknown_keys(b, t, SCENE_FIELDS, sc->is_ending ? "ending" : "scene", sc->file, sc->line);
    sc->chat = read_thread(b, t, "chat", sc->file, sc->line);
    sc->in_person = read_flag(b, t, "in_person", sc->file, sc->line);
    build_items(b, rec->u.scene.items, rec->u.scene.nitems, &sc->items, &sc->nitems, sc->file, sc->line);
    if (!sc->in_person) check_call_lines(b, sc->items, sc->nitems, &(int){-1});
    int all_choices = rec->u.scene.nchoices;
    if (all_choices) {
      /* More than STORY_CHOICES_DECLARED_MAX is an error below; no more are built. */
      int nc = all_choices > STORY_CHOICES_DECLARED_MAX ? STORY_CHOICES_DECLARED_MAX : all_choices;
      sc->choices = xcalloc((size_t)nc + 1, sizeof *sc->choices);
      for (int k = 0; k < nc && keep_going(b, sc->file, sc->line); k++)
        build_choice(b, &r->recs[rec->u.scene.choices[k]], &sc->choices[sc->nchoices++]);
    }
    check_call_buttons(b, sc);
    /* moment = "...": what the teacher's sheets call this moment (moment.h) */
    sc->moment = astr(b, t, "moment", sc->file, sc->line);
    if (sc->moment) {
      int ml = field_line(b, sc->file, sc->line, "moment");
      add_text(b, sc->moment, sc->file, ml);
      check_placeholders(b, sc->moment, sc->file, ml);
    }
    if (sc->is_ending) {
      sc->title = astr(b, t, "title", sc->file, sc->line);
      sc->summary = astr(b, t, "summary", sc->file, sc->line);
      if (!sc->title) ERR(b, sc->file, sc->line, "ending \"%s\" needs a title = \"...\"", sc->id);
      else {
        int at = field_line(b, sc->file, sc->line, "title");
        add_text(b, sc->title, sc->file, at);
        check_placeholders(b, sc->title, sc->file, at);
      }
      if (!sc->summary) ERR(b, sc->file, sc->line, "ending \"%s\" needs a summary = \"...\" for the debrief", sc->id);
      else {
        int at = field_line(b, sc->file, sc->line, "summary");
        add_text(b, sc->summary, sc->file, at);
        check_placeholders(b, sc->summary, sc->file, at);
      }
      if (sc->nchoices) ERR(b, sc->file, sc->line, "ending \"%s\" has choices: an ending is where the story stops", sc->id);
      read_judges(b, t, sc);
    } else {
      int has_title = lr_field(L, t, "title") != LUA_TNIL;
      int has_summary = lr_field(L, t, "summary") != LUA_TNIL;
      int has_judges = lr_field(L, t, "judges") != LUA_TNIL;
      lua_pop(L, 3);
      if (has_title || has_summary || has_judges)
        WARN(b, sc->file, field_line(b, sc->file, sc->line, has_title ? "title" : has_summary ? "summary" : "judges"),
             "scene \"%s\": title, summary and judges are for endings", sc->id);
      /* The limit is on the choices seen at once: more may be declared when
       * their conditions exclude each other (the checker proves it). */
      int always = 0;
      for (int k = 0; k < sc->nchoices; k++) always += sc->choices[k].cond < 0;
      if (all_choices > STORY_CHOICES_DECLARED_MAX)
        ERR(b, sc->file, sc->line, "scene \"%s\" has %d choices: %d at most fit on screen at once, and a scene may "
            "write %d at most", sc->id, all_choices, STORY_CHOICES_MAX, STORY_CHOICES_DECLARED_MAX);
      else if (always > STORY_CHOICES_MAX)
        ERR(b, sc->file, sc->line,
            "scene \"%s\" has %d choices with no condition: %d at most fit on screen (give the others a when = \"...\")",
            sc->id, always, STORY_CHOICES_MAX);
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1); /* none */
  for (int i = 0; i < s->nscenes; i++) {
    Scene *sc = &s->scenes[i];
    resolve_items(b, sc->items, sc->nitems);
    bool go = ends_with_go(sc->items, sc->nitems);
    if (go && sc->nchoices) ERR(b, sc->file, sc->line, "scene \"%s\" has both choices and go: keep one", sc->id);
    if (go && sc->is_ending) ERR(b, sc->file, sc->line, "ending \"%s\" has go: an ending is where the story stops", sc->id);
    if (!go && !sc->nchoices && !sc->is_ending)
      ERR(b, sc->file, sc->line, "scene \"%s\" is a dead end: add choices, go \"...\", or make it an ending", sc->id);
  }
}

/* ---- translations ---- */

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* trcheck's view of a story's {placeholders}: the player's name, a
 * variable, or one of the country's. */
static int known_placeholder(const char *inner, size_t n, const char **why, const void *ctx) {
  const Story *s = ctx;
  *why = NULL;
  CountryWord cw = country_word(inner, n);
  if (cw.kind == CW_BAD) {
    *why = cw.why;
    return -1;
  }
  if (cw.var && !number_var(s, cw.var, cw.var_len)) {
    *why = "{money VAR} needs a number variable from vars, like {money paid_total}";
    return -1;
  }
  if (cw.kind != CW_NONE) return 1;
  return strcmp(inner, "name") == 0 || story_var_index(s, inner) >= 0 ? 1 : 0;
}

static void split_where(const char *where, char **file, int *line) {
  const char *colon = strrchr(where, ':');
  *file = colon ? xstrndup(where, (size_t)(colon - where)) : xstrdup(where);
  *line = colon ? atoi(colon + 1) : 0;
}

/* Where a translation's entry is written, for messages in file order. */
typedef struct {
  const char *file; /* interned: the files in the order they were run */
  int line, pair;
} PairAt;

static int cmp_pair_at(const void *a, const void *b) {
  const PairAt *x = a, *y = b;
  int c = strcmp(x->file, y->file);
  if (c) return c;
  return x->line != y->line ? (x->line > y->line) - (x->line < y->line) : x->pair - y->pair;
}

static void build_translations(Builder *b, int map_of_langs, int where_of_langs) {
  Story *s = b->s;
  lua_State *L = b->L;
  lua_pushnil(L);
  while (lua_next(L, map_of_langs)) {
    const char *lang = lua_tostring(L, -2);
    int map = lua_gettop(L);
    lr_field(L, where_of_langs, lang);
    int where = lua_gettop(L);
    Translation *tr = NULL;
    s->translations = xrealloc(s->translations, (size_t)(s->ntranslations + 1) * sizeof *s->translations);
    tr = &s->translations[s->ntranslations++];
    memset(tr, 0, sizeof *tr);
    tr->lang = xstrdup(lang);
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, map)) { n++; lua_pop(L, 1); }
    if (!charge(b, ((size_t)n + 1) * 6 * sizeof(char *), NULL, 0)) n = 0;
    tr->src = xcalloc((size_t)n + 1, sizeof(char *));
    tr->dst = xcalloc((size_t)n + 1, sizeof(char *));
    tr->where = xcalloc((size_t)n + 1, sizeof(char *));
    /* Pairs sorted by source: gather, then sort indices. */
    char **pairs = xcalloc((size_t)n * 3 + 1, sizeof(char *));
    bool *cut = NULL;
    int k = 0;
    lua_pushnil(L);
    while (lua_next(L, map)) {
      size_t lk = lua_rawlen(L, -2), lv = lua_rawlen(L, -1);
      if (k >= n || !keep_going(b, NULL, 0) || !charge(b, lk + lv + 64, NULL, 0)) {
        lua_pop(L, 2);
        break;
      }
      pairs[k * 3] = xstrdup(lua_tostring(L, -2));
      pairs[k * 3 + 1] = xstrdup(lua_tostring(L, -1));
      if (strlen(pairs[k * 3]) != lk || strlen(pairs[k * 3 + 1]) != lv) {
        if (!cut) cut = xcalloc((size_t)n + 1, 1);
        cut[k] = true; /* an empty byte (\0) in it: said below, at its line */
      }
      lua_pushvalue(L, -2);
      lua_rawget(L, where);
      pairs[k * 3 + 2] = xstrdup(lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?");
      lua_pop(L, 2);
      k++;
    }
    /* Lua keeps no line per table entry: each entry's own line is found in
     * its file, so that every message about it points there. */
    char *keys_file = NULL;
    KeyLine *keys = NULL;
    int nkeys = 0;
    PairAt *at = xcalloc((size_t)k + 1, sizeof *at);
    for (int i = 0; i < k; i++) {
      char *file;
      int line;
      split_where(pairs[i * 3 + 2], &file, &line);
      if (!keys_file || strcmp(keys_file, file) != 0) {
        lualex_keys_free(keys, nkeys);
        free(keys_file);
        keys_file = xstrdup(file);
        size_t len;
        ReadError rerr;
        char *code = read_file(file, SANDBOX_FILE_CAP, &len, &rerr);
        keys = code ? lualex_keys(code, len, &nkeys) : NULL;
        if (!code) nkeys = 0;
        free(code);
      }
      int own = lualex_key_line(keys, nkeys, pairs[i * 3]);
      if (own > 0) {
        line = own;
        free(pairs[i * 3 + 2]);
        pairs[i * 3 + 2] = xasprintf("%s:%d", file, line);
      }
      at[i] = (PairAt){sandbox_intern_file(b->sb, file), line, i};
      free(file);
    }
    lualex_keys_free(keys, nkeys);
    free(keys_file);
    /* The messages in the order of the file (the pairs came in the order
     * of Lua's hash). */
    qsort(at, (size_t)k, sizeof *at, cmp_pair_at);
    for (int i = 0; i < k; i++) {
      int p = at[i].pair;
      if (cut && cut[p])
        ERR(b, at[i].file, at[i].line, "\"%.40s...\": an empty byte (\\0) is in this translation, and the game would cut "
            "the text there: delete the \\0", pairs[p * 3 + 1]);
      check_safe_text(b, pairs[p * 3 + 1], at[i].file, at[i].line);
    }
    free(at);
    free(cut);
    qsort(pairs, (size_t)k, 3 * sizeof(char *), cmp_str);
    for (int i = 0; i < k; i++) {
      tr->src[i] = pairs[i * 3];
      tr->dst[i] = pairs[i * 3 + 1];
      tr->where[i] = pairs[i * 3 + 2];
    }
    tr->count = k;
    free(pairs);
    lua_pop(L, 2);
  }
}

static int find_src(const Translation *tr, const char *text) {
  int lo = 0, hi = tr->count - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    int c = strcmp(tr->src[mid], text);
    if (c == 0) return mid;
    if (c < 0) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

static void check_translations(Builder *b, int declared) {
  Story *s = b->s;
  lua_State *L = b->L;
  lua_Unsigned len = declared ? lua_rawlen(L, declared) : 0;
  int n = len > 16 || b->stop ? 0 : (int)len;
  for (int i = 1; i <= n; i++) {
    lua_rawgeti(L, declared, i);
    const char *lang = lua_tostring(L, -1);
    Translation *tr = NULL;
    for (int k = 0; lang && k < s->ntranslations; k++)
      if (strcmp(s->translations[k].lang, lang) == 0) tr = &s->translations[k];
    if (!lang || !lang_code_ok(lang)) {
      ERR(b, b->card_file, field_line(b, b->card_file, b->card_line, "translations"),
          "translations: list language codes in small letters, like { \"fr\", \"it\" }%s%.40s%s", lang ? ", not \"" : "",
          lang ? lang : "", lang ? "\"" : "");
    } else if (!tr) {
      if (!(b->tr_broken & (1u << (i - 1)))) /* a file with errors: its errors said it */
      WARN(b, b->card_file, field_line(b, b->card_file, b->card_line, "translations"),
           "no \"%s\" translation: write translations/%s.lua (behind-the-screen --translate %s STORY writes it)", lang,
           lang, lang);
    } else {
      bool *used = xcalloc((size_t)tr->count + 1, sizeof(bool));
      int missing = 0;
      const char **names = xcalloc((size_t)s->nvars + 2, sizeof(char *));
      names[0] = "name";
      for (int v = 0; v < s->nvars; v++) names[v + 1] = s->vars[v].name;
      for (int t = 0; t < b->ntexts; t++) {
        int at = find_src(tr, b->texts[t].text);
        if (at < 0) {
          if (missing++ < 200)
            WARN(b, b->texts[t].file, b->texts[t].line, "missing \"%s\" translation of \"%.60s\"", lang, b->texts[t].text);
        } else {
          if (!used[at]) { /* a text said twice is checked once */
            char *file; int line;
            split_where(tr->where[at], &file, &line);
            trcheck_text(lang, tr->src[at], tr->dst[at], sandbox_intern_file(b->sb, file), line, known_placeholder, s,
                         names, b->diag);
            free(file);
          }
          used[at] = true;
        }
      }
      if (missing > 200) WARN(b, s->path, 0, "... and %d more missing \"%s\" translations", missing - 200, lang);
      /* stale entries in the order of their file, not of their text */
      PairAt *stale = xcalloc((size_t)tr->count + 1, sizeof *stale);
      int nstale = 0;
      for (int k = 0; k < tr->count; k++)
        if (!used[k]) {
          char *file; int line;
          split_where(tr->where[k], &file, &line);
          stale[nstale++] = (PairAt){sandbox_intern_file(b->sb, file), line, k};
          free(file);
        }
      qsort(stale, (size_t)nstale, sizeof *stale, cmp_pair_at);
      for (int k = 0; k < nstale; k++)
        WARN(b, stale[k].file, stale[k].line, "stale \"%s\" translation: \"%.60s\" is no longer in the story", lang,
             tr->src[stale[k].pair]);
      free(stale);
      free(used);
      free(names);
    }
    lua_pop(L, 1);
  }
}

/* ---- loading ---- */

static void run_translation_files(Builder *b, const char *root, int declared) {
  lua_State *L = b->L;
  lua_Unsigned len = declared ? lua_rawlen(L, declared) : 0;
  if (len > 16) {
    ERR(b, b->card_file, b->card_line, "translations: at most 16 languages");
    len = 0;
  }
  int n = (int)len;
  for (int i = 1; i <= n; i++) {
    lua_rawgeti(L, declared, i);
    const char *lang = lua_tostring(L, -1);
    bool again = false;
    for (int k = 1; lang && k < i && !again; k++) {
      lua_rawgeti(L, declared, k);
      again = lua_type(L, -1) == LUA_TSTRING && strcmp(lua_tostring(L, -1), lang) == 0;
      lua_pop(L, 1);
    }
    if (again) {
      ERR(b, b->card_file, b->card_line, "translations: \"%s\" is listed twice", lang);
    } else if (lang && valid_id(lang) && !b->stop) {
      char *rel = xasprintf("translations/%s.lua", lang);
      char *full = path_join(root, rel);
      if (!sandbox_inside_root(root, full))
        ERR(b, full, 0, "this translation file leads outside the story's folder (a link?)");
      else if (is_file(full) && !sandbox_run_file(b->sb, full, b->diag))
        b->tr_broken |= 1u << (i - 1);
      free(full);
      free(rel);
    }
    lua_pop(L, 1);
  }
}

/* The story is in C now: what the prelude collected (every scene, line
 * and translation as Lua tables and strings, 0.5 MB for the longest story)
 * is let go. The state keeps the prelude and the conditions Lua judges;
 * nothing runs the story's words after its load (a reload starts a new
 * state). Collecting it is story_settle's: a command that plays and exits
 * (--random, --check) has no use for the 23 ms it takes on 2,000 scenes. */
static void forget_collected(Builder *b) {
  lua_State *L = b->L;
  sandbox_push_collected(b->sb);
  if (lua_type(L, -1) == LUA_TTABLE) {
    lua_pushnil(L);
    while (lua_next(L, -2)) {
      lua_pop(L, 1);
      lua_pushvalue(L, -1);
      lua_pushnil(L);
      lua_rawset(L, -4); /* clearing a field during the traversal is allowed */
    }
  }
  lua_pop(L, 1);
}

void story_settle(Story *s) {
  if (s && s->sandbox) lua_gc(sandbox_lua(s->sandbox), LUA_GCCOLLECT);
}

static void build_story(Builder *b, const char *root, const char *entry) {
  Story *s = b->s;
  lua_State *L = b->L;
  sandbox_push_collected(b->sb);
  int col = lua_gettop(L);
  lua_newtable(L);
  b->conds = lua_gettop(L);
  s->eval = xcalloc(1, sizeof *s->eval);
  s->eval->story = s;
  make_cond_env(b, s->eval);
  /* What the story words recorded: the lines in C, and the tables of the
   * few made in Lua (preludec.h). Its texts are the story's: they live in
   * its arena until the sandbox closes (story_free). */
  b->rec = prelude_recorder(L, col);
  if (!b->rec) {
    diag_add(b->diag, DIAG_ERROR, entry, 0, "internal error: the story words recorded nothing");
    lua_settop(L, 0);
    return;
  }
  b->arena = &b->rec->arena;
  lua_getfield(L, col, "recorder");
  int recorder = lua_gettop(L);
  lua_getiuservalue(L, recorder, 1);
  b->tables = lua_gettop(L);
  lr_field(L, col, "steps");
  int steps = lua_gettop(L);
  if (lua_type(L, steps) == LUA_TTABLE) build_steps(b, steps);
  int card = 0;
  if (lr_field(L, col, "story") == LUA_TTABLE) {
    card = lua_gettop(L);
    build_card(b, card);
    if (lua_type(L, steps) == LUA_TTABLE) finish_steps(b, steps);
  } else {
    lua_pop(L, 1);
    diag_add(b->diag, DIAG_ERROR, entry, 0, "no story { ... } card: the story needs an id, a title and a start scene");
  }
  int declared = 0;
  if (card && lr_field(L, card, "translations") == LUA_TTABLE) declared = lua_gettop(L);
  else if (card) lua_pop(L, 1);
  if (card) run_translation_files(b, root, declared);
  lr_field(L, col, "characters");
  build_characters(b, lua_gettop(L));
  lua_pop(L, 1);
  build_scenes(b);
  if (card) {
    char *start = lr_string(L, card, "start");
    s->start = start ? scene_lookup(b, start) : -1;
    if (!start) diag_add(b->diag, DIAG_ERROR, s->path, 0, "story: give start = \"first scene id\"");
    else if (s->start < 0) {
      const char *file = file_of(b, card);
      char *hint = scene_hint(b, start);
      diag_add(b->diag, DIAG_ERROR, file, field_line(b, file, line_of(b, card), "start"),
               "story: start = \"%s\" but there is no such scene%s", start, hint);
      free(hint);
    }
    free(start);
    lr_field(L, col, "translations");
    int maps = lua_gettop(L);
    lr_field(L, col, "translation_where");
    build_translations(b, maps, lua_gettop(L));
    lua_pop(L, 2);
    check_translations(b, declared);
  }
  if (s->nscenes == 0) diag_add(b->diag, DIAG_ERROR, entry, 0, "the story has no scene");
  /* Keep the compiled conditions and their environment. */
  lua_pushvalue(L, b->conds);
  s->conds_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  /* The records are built: let them go (the texts stay, in the arena). */
  prelude_records_free(b->rec);
  lua_newtable(L);
  lua_setiuservalue(L, recorder, 1);
  lua_settop(L, 0);
  forget_collected(b);
}

Story *story_load(const char *path, const Catalog *catalog, Diag *diag) {
  int errors_before = diag->errors;
  char *root = NULL, *entry = NULL;
  Story *s = NULL;
  if (is_dir(path)) {
    root = xstrdup(path);
    entry = path_join(path, "story.lua");
    if (!is_file(entry)) {
      diag_add(diag, DIAG_ERROR, path, 0, "this folder has no story.lua (a story starts in story.lua)");
      goto out;
    }
    if (!sandbox_inside_root(root, entry)) {
      /* a story.lua that is a link to a file elsewhere on the machine */
      diag_add(diag, DIAG_ERROR, entry, 0, "story.lua leads outside the story's folder (a link?)");
      goto out;
    }
  } else if (is_file(path)) {
    root = path_dirname(path);
    entry = xstrdup(path);
  } else {
    diag_add(diag, DIAG_ERROR, path, 0, "no such story (give a folder with a story.lua, or a .lua file)");
    goto out;
  }
  s = xcalloc(1, sizeof *s);
  s->path = xstrdup(path);
  s->catalog = catalog;
  s->start = -1;
  s->sandbox = sandbox_new(root, SANDBOX_STORY);
  if (!s->sandbox) {
    diag_add(diag, DIAG_ERROR, path, 0, "cannot start Lua (out of memory?)");
    goto out;
  }
  Builder b = {.s = s, .sb = s->sandbox, .L = sandbox_lua(s->sandbox), .diag = diag};
  lua_settop(b.L, 0);
  /* One budget for the whole load: story.lua, every include, every
   * translation file, and the building in C. */
  double t0 = sandbox_cpu_seconds();
  sandbox_job_begin(b.sb, SANDBOX_SECONDS);
  if (sandbox_run_file(b.sb, entry, diag)) build_story(&b, root, entry);
  sandbox_job_end(b.sb);
  s->load_seconds = sandbox_cpu_seconds() - t0;
  s->fingerprint = sandbox_fingerprint(b.sb);
  lualex_free(&b.lex);
  free(b.lex_code);
  free(b.lex_file);
  s->texts = b.texts; /* --translate writes them in this order */
  s->ntexts = b.ntexts;
  free(b.scene_ids);
  free(b.seen);
out:
  free(root);
  free(entry);
  if (s && diag->errors > errors_before) {
    story_free(s);
    s = NULL;
  }
  return s;
}

static void free_effects(Effects *e) { free(e->effects); }

/* Texts of scenes, lines and choices are in the story words' arena
 * (preludec.h), freed when the sandbox closes. */
static void free_items(Item *items, int n) {
  for (int i = 0; i < n; i++) {
    free_effects(&items[i].eff);
    free_items(items[i].body, items[i].nbody);
  }
  free(items);
}

void story_free(Story *s) {
  if (!s) return;
  for (int i = 0; i < s->nscenes; i++) {
    Scene *sc = &s->scenes[i];
    free_items(sc->items, sc->nitems);
    for (int k = 0; k < sc->nchoices; k++) free_effects(&sc->choices[k].eff);
    free(sc->choices);
  }
  free(s->scenes);
  for (int i = 0; i < s->nchars; i++) {
    free(s->chars[i].id);
    free(s->chars[i].name);
    free(s->chars[i].color);
    free(s->chars[i].initials);
    free(s->chars[i].members);
    free(s->chars[i].username);
  }
  free(s->chars);
  for (int i = 0; i < s->nvars; i++) free(s->vars[i].name);
  free(s->vars);
  for (int i = 0; i < s->ntranslations; i++) {
    Translation *t = &s->translations[i];
    for (int k = 0; k < t->count; k++) {
      free(t->src[k]);
      free(t->dst[k]);
      free(t->where[k]);
    }
    free(t->src);
    free(t->dst);
    free(t->where);
    free(t->lang);
  }
  free(s->translations);
  free(s->texts);
  catalog_free(s->own_catalog);
  for (int i = 0; i < s->nconds; i++) free(s->cond_text[i]);
  free(s->cond_text);
  free(s->cond_file);
  free(s->cond_line);
  free(s->cond_prog);
  for (int i = 0; i < s->nprogs; i++) cond_free(s->progs[i]);
  free(s->progs);
  free(s->id);
  free(s->title);
  free(s->language);
  free(s->note);
  free(s->app);
  free(s->path);
  sandbox_free(s->sandbox); /* frees the interned file names too */
  free(s->eval);
  free(s);
}

void story_free_at_exit(Story *s) {
#if defined(__SANITIZE_ADDRESS__) || !defined(NDEBUG)
  story_free(s);
#else
  static Story *kept; /* one at a time: a second one frees the first */
  story_free(kept);
  kept = s;
#endif
}

int story_scene_index(const Story *s, const char *id) {
  for (int i = 0; i < s->nscenes; i++)
    if (s->scenes[i].id && strcmp(s->scenes[i].id, id) == 0) return i;
  return -1;
}

int story_char_index(const Story *s, const char *id) {
  for (int i = 0; i < s->nchars; i++)
    if (s->chars[i].id && strcmp(s->chars[i].id, id) == 0) return i;
  return -1;
}

/* Variables are sorted by name (build_card): binary search. */
int story_var_index(const Story *s, const char *name) {
  int lo = 0, hi = s->nvars - 1;
  while (lo <= hi) {
    int mid = lo + (hi - lo) / 2;
    int c = strcmp(s->vars[mid].name, name);
    if (c == 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

bool story_job_begin(const Story *s, double seconds) { return sandbox_job_begin(s->sandbox, seconds); }
void story_job_end(const Story *s) { sandbox_job_end(s->sandbox); }
bool story_job_over(const Story *s) { return sandbox_job_over(s->sandbox); }
double story_job_used(const Story *s) { return sandbox_job_used(s->sandbox); }

/* A Lua error from condition `cond` ("file:1: message", the chunk is the
 * condition alone) with the author's file and line instead. */
static char *cond_error(const Story *s, int cond, const char *msg) {
  const char *file = s->cond_file[cond];
  size_t fl = strlen(file);
  const char *rest = msg;
  if (strncmp(msg, file, fl) == 0 && msg[fl] == ':') {
    const char *p = msg + fl + 1;
    while (*p >= '0' && *p <= '9') p++;
    if (p > msg + fl + 1 && p[0] == ':' && p[1] == ' ') rest = p + 2;
  }
  return xasprintf("%s:%d: %s", file, s->cond_line[cond], rest);
}

/* Pushes condition cond's Lua function, compiling it the first time it is
 * needed (a compiled condition whose values Lua must judge): LUA_OK or an
 * error message pushed. */
static int cond_function(const Story *s, int cond) {
  lua_State *L = sandbox_lua(s->sandbox);
  lua_rawgeti(L, LUA_REGISTRYINDEX, s->conds_ref);
  if (lua_rawgeti(L, -1, cond + 1) == LUA_TFUNCTION) {
    lua_remove(L, -2);
    return LUA_OK;
  }
  lua_pop(L, 1);
  Buf code = {0};
  buf_addf(&code, "return (%s\n)", s->cond_text[cond]);
  char *chunk = xasprintf("@%s", s->cond_file[cond]);
  lua_getfield(L, -1, "env");
  int st = sandbox_load(s->sandbox, code.s, code.len, chunk, lua_gettop(L));
  free(chunk);
  free(code.s);
  lua_remove(L, -2); /* the env */
  if (st == LUA_OK) {
    lua_pushvalue(L, -1);
    lua_rawseti(L, -3, cond + 1);
  }
  lua_remove(L, -2); /* the table */
  return st;
}

int story_eval(const Story *s, int cond, const double *vars, uint32_t did, char **err) {
  if (cond < 0) return 1;
  if (s->cond_prog[cond]) { /* the engine's own answer, or Lua's where it raises an error */
    int r = cond_eval(s->cond_prog[cond], vars, did);
    if (r != COND_ASK_LUA) return r;
  }
  lua_State *L = sandbox_lua(s->sandbox);
  s->eval->vars = vars;
  s->eval->did = did;
  int st = cond_function(s, cond);
  if (st == LUA_OK) st = sandbox_pcall(s->sandbox, 0, 1);
  if (st != LUA_OK) {
    if (err) {
      if (sandbox_hit_memory(s->sandbox))
        *err = xasprintf("%s:%d: the condition \"%s\" used too much memory", s->cond_file[cond], s->cond_line[cond],
                         s->cond_text[cond]);
      else
        *err = cond_error(s, cond, lua_tostring(L, -1) ? lua_tostring(L, -1) : "error in a condition");
    }
    lua_pop(L, 1);
    return -1;
  }
  int r = lua_toboolean(L, -1);
  lua_pop(L, 1);
  return r;
}

const char *const *story_files(const Story *s, int *n) { return sandbox_files(s->sandbox, n); }

int story_lua_kb(const Story *s) { return lua_gc(sandbox_lua(s->sandbox), LUA_GCCOUNT); }

bool story_has_lang(const Story *s, const char *lang) {
  if (!lang || strcmp(lang, s->language) == 0) return true;
  for (int i = 0; i < s->ntranslations; i++)
    if (strcmp(s->translations[i].lang, lang) == 0) return true;
  return false;
}

const char *story_tr(const Story *s, const char *lang, const char *text) {
  if (!text || !lang || strcmp(lang, s->language) == 0) return text;
  for (int i = 0; i < s->ntranslations; i++) {
    if (strcmp(s->translations[i].lang, lang) != 0) continue;
    int at = find_src(&s->translations[i], text);
    return at >= 0 ? s->translations[i].dst[at] : text;
  }
  return text;
}
