/* Skins as data (skin.h): every assets/skins/<id>.lua runs in one data
 * sandbox, then its table is read field by field against the declarations
 * of skin.h; an error names the file and the line the key is written on. */
#include "skin.h"

#include <lauxlib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "luaread.h"
#include "lualex.h"
#include "sandbox.h"
#include "util.h"

_Static_assert(SC_COUNT <= 64, "Skin.color_set holds one bit per colour");
_Static_assert(S_APP_unmute - S_APP_label == SW_COUNT - 1, "the app words of i18n.h follow SkinWord's order");

static const char VOCABULARY[] =
    "_skin = nil\n"
    "function skin(id) return function(t) if type(t) == 'table' then t.id = id end; _skin = t end end\n";

static const char *const COLOR_NAMES[] = {
#define N(n) #n,
    SKIN_COLORS(N)
#undef N
        NULL};

static const char *const WORD_KEYS[] = {
#define N(n) #n,
    SKIN_WORDS(N)
#undef N
        NULL};

static const char *const CONTROL_NAMES[] = {
#define N(n) #n,
    SKIN_CONTROLS(N)
#undef N
        NULL};

typedef struct {
  const char *table, *key;
  int def, lo, hi;
} SizeDecl;
static const SizeDecl SIZES[SZ_COUNT] = {
#define D(t, k, d, lo, hi) {#t, #k, d, lo, hi},
    SKIN_SIZES(D)
#undef D
};

typedef struct {
  const char *table, *key;
  const char *names[6];
} ChoiceDecl;
static const ChoiceDecl CHOICES[SK_COUNT] = {
#define D(t, k, ...) {#t, #k, {__VA_ARGS__, NULL}},
    SKIN_CHOICES(D)
#undef D
};

typedef struct {
  const char *table, *key;
  bool def;
} FlagDecl;
static const FlagDecl FLAGS[SF_COUNT] = {
#define D(t, k, d) {#t, #k, d},
    SKIN_FLAGS(D)
#undef D
};

/* The tables of a skin file; call also has controls. */
static const char *const TABLES[] = {"colors", "bubble", "header", "inbox", "messages", "composer", "call", "words", NULL};
static const char *const TOP_KEYS[] = {"id", "colors", "bubble", "header", "inbox", "messages", "composer", "call",
                                       "words", NULL};

struct SkinSet {
  Skin *skins;
  int n;
  int plain;
  const I18n *in; /* the game's words: every app word's fallback (NULL: plain's) */
  char **broken; /* ids whose file had errors */
  int nbroken;
  char *list;
};

const char *skin_word_key(SkinWord w) { return w >= 0 && w < SW_COUNT ? WORD_KEYS[w] : ""; }
const char *skin_color_name(SkinColor c) { return c >= 0 && c < SC_COUNT ? COLOR_NAMES[c] : ""; }

bool skin_is_id(const char *s, int n) {
  if (!s || n < 1 || n > 40) return false;
  for (int i = 0; i < n; i++)
    if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || (s[i] == '-' && i > 0)))
      return false;
  return true;
}

static void skin_defaults(Skin *k) {
  memset(k, 0, sizeof *k);
  for (int i = 0; i < SZ_COUNT; i++) k->size[i] = SIZES[i].def;
  for (int i = 0; i < SF_COUNT; i++) k->flag[i] = FLAGS[i].def;
  k->controls[0] = CTL_mute;
  k->controls[1] = CTL_camera;
  k->controls[2] = CTL_hangup;
  k->ncontrols = 3;
}

static void skin_clear(Skin *k) {
  free(k->id);
  free(k->file);
  for (int w = 0; w < SW_COUNT; w++) {
    for (SkinText *t = k->words[w]; t && t->lang; t++) {
      free(t->lang);
      free(t->text);
    }
    free(k->words[w]);
  }
}

/* What reading one file needs: where errors go, and the file's text for
 * the lines. */
typedef struct {
  lua_State *L;
  const char *path, *text;
  Lexed lex; /* the file's tokens: where each key is written */
  Diag *diag;
  int errors;
  const char *const *langs;
} Reader;

/* The line of a key path ("colors", "in_bubble"): each key looked for in
 * the table that opens at or after the line of the one before (Lua keeps
 * no line per field; the lexer of lualex.h reads them from the text). */
static int line_of(Reader *r, const char *a, const char *b, const char *c) {
  const char *path[3] = {a, b, c};
  int line = 1;
  for (int i = 0; i < 3 && path[i]; i++) {
    int at = lualex_field_line(&r->lex, line, path[i]);
    if (at <= 0) break;
    line = at;
  }
  return line;
}

#define SKIN_ERR(r, line, ...)                                    \
  do {                                                            \
    diag_add((r)->diag, DIAG_ERROR, (r)->path, line, __VA_ARGS__); \
    (r)->errors++;                                                \
  } while (0)

/* "no such key" with a suggestion, for every unknown string key of table t. */
static void unknown_keys(Reader *r, int t, const char *table, const char *const *known, const char *what) {
  lua_State *L = r->L;
  t = lua_absindex(L, t);
  lua_pushnil(L);
  while (lua_next(L, t)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING) {
      if (lua_type(L, -1) != LUA_TNUMBER || strcmp(table, "controls") != 0)
        SKIN_ERR(r, line_of(r, table, NULL, NULL), "%s: every key is a name (key = value)", table);
      continue;
    }
    const char *k = lua_tostring(L, -1);
    bool ok = false;
    for (const char *const *n = known; *n; n++)
      if (strcmp(*n, k) == 0) ok = true;
    if (ok) continue;
    const char *hint = lr_suggest(k, known);
    int line = table[0] ? line_of(r, table, k, NULL) : line_of(r, k, NULL, NULL);
    if (hint) SKIN_ERR(r, line, "%s%s%s is not %s (did you mean %s?)", table, table[0] ? "." : "", k, what, hint);
    else SKIN_ERR(r, line, "%s%s%s is not %s", table, table[0] ? "." : "", k, what);
  }
}

static bool parse_hex(const char *s, uint32_t *out) {
  if (!s || s[0] != '#' || strlen(s) != 7) return false;
  uint32_t v = 0;
  for (int i = 1; i < 7; i++) {
    char c = s[i];
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0) return false;
    v = v << 4 | (uint32_t)d;
  }
  *out = v;
  return true;
}

static void read_colors(Reader *r, int t, Skin *k) {
  lua_State *L = r->L;
  unknown_keys(r, t, "colors", COLOR_NAMES, "a colour of a skin");
  for (int c = 0; c < SC_COUNT; c++) {
    int type = lr_field(L, t, COLOR_NAMES[c]);
    if (type == LUA_TSTRING) {
      if (parse_hex(lua_tostring(L, -1), &k->color[c])) k->color_set |= 1ull << c;
      else
        SKIN_ERR(r, line_of(r, "colors", COLOR_NAMES[c], NULL), "colors.%s: \"%s\" is not a colour like \"#1f2328\"",
                 COLOR_NAMES[c], lua_tostring(L, -1));
    } else if (type != LUA_TNIL) {
      SKIN_ERR(r, line_of(r, "colors", COLOR_NAMES[c], NULL), "colors.%s is a colour like \"#1f2328\"", COLOR_NAMES[c]);
    }
    lua_pop(L, 1);
  }
}

/* The keys a layout table may hold: its sizes, choices and switches. */
static int table_keys(const char *table, const char **out, int cap) {
  int n = 0;
  for (int i = 0; i < SZ_COUNT && n < cap - 1; i++)
    if (strcmp(SIZES[i].table, table) == 0) out[n++] = SIZES[i].key;
  for (int i = 0; i < SK_COUNT && n < cap - 1; i++)
    if (strcmp(CHOICES[i].table, table) == 0) out[n++] = CHOICES[i].key;
  for (int i = 0; i < SF_COUNT && n < cap - 1; i++)
    if (strcmp(FLAGS[i].table, table) == 0) out[n++] = FLAGS[i].key;
  if (strcmp(table, "call") == 0 && n < cap - 1) out[n++] = "controls";
  out[n] = NULL;
  return n;
}

static void read_controls(Reader *r, int t, Skin *k) {
  lua_State *L = r->L;
  int type = lr_field(L, t, "controls");
  if (type == LUA_TTABLE) {
    int m = (int)lua_rawlen(L, -1);
    int line = line_of(r, "call", "controls", NULL);
    if (m < 1 || m > SKIN_CONTROLS_MAX) SKIN_ERR(r, line, "call.controls lists 1 to %d buttons", SKIN_CONTROLS_MAX);
    k->ncontrols = 0;
    bool hangup = false;
    for (int j = 1; j <= m && j <= SKIN_CONTROLS_MAX; j++) {
      lua_rawgeti(L, -1, j);
      const char *name = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "";
      int c = 0;
      while (CONTROL_NAMES[c] && strcmp(CONTROL_NAMES[c], name) != 0) c++;
      if (CONTROL_NAMES[c]) {
        k->controls[k->ncontrols++] = (SkinControl)c;
        hangup |= c == CTL_hangup;
      } else {
        const char *hint = lr_suggest(name, CONTROL_NAMES);
        SKIN_ERR(r, line, "call.controls: \"%s\" is not a call button (%s%s%s)", name, hint ? "did you mean " : "",
                 hint ? hint : "mute, camera, speaker, flip, effects, hangup", hint ? "?" : "");
      }
      lua_pop(L, 1);
    }
    if (m >= 1 && !hangup) SKIN_ERR(r, line, "call.controls needs \"hangup\": every call screen has a way to hang up");
  } else if (type != LUA_TNIL) {
    SKIN_ERR(r, line_of(r, "call", "controls", NULL), "call.controls is a list like { \"mute\", \"camera\", \"hangup\" }");
  }
  lua_pop(L, 1);
}

static void read_layout(Reader *r, int t, const char *table, Skin *k) {
  lua_State *L = r->L;
  const char *known[32];
  table_keys(table, known, 32);
  unknown_keys(r, t, table, known, "a setting of a skin");
  for (int i = 0; i < SZ_COUNT; i++) {
    if (strcmp(SIZES[i].table, table) != 0) continue;
    int type = lr_field(L, t, SIZES[i].key);
    int line = line_of(r, table, SIZES[i].key, NULL);
    if (type == LUA_TNUMBER) {
      double v = lua_tonumber(L, -1);
      if (v != floor(v) || v < SIZES[i].lo || v > SIZES[i].hi)
        SKIN_ERR(r, line, "%s.%s is a whole number from %d to %d", table, SIZES[i].key, SIZES[i].lo, SIZES[i].hi);
      else k->size[i] = (int)v;
    } else if (type != LUA_TNIL) {
      SKIN_ERR(r, line, "%s.%s is a number (layout units)", table, SIZES[i].key);
    }
    lua_pop(L, 1);
  }
  for (int i = 0; i < SK_COUNT; i++) {
    if (strcmp(CHOICES[i].table, table) != 0) continue;
    int type = lr_field(L, t, CHOICES[i].key);
    if (type != LUA_TNIL) {
      const char *v = type == LUA_TSTRING ? lua_tostring(L, -1) : "";
      int c = 0;
      while (CHOICES[i].names[c] && strcmp(CHOICES[i].names[c], v) != 0) c++;
      if (CHOICES[i].names[c]) {
        k->choice[i] = c;
      } else {
        Buf b = {0};
        for (int j = 0; CHOICES[i].names[j]; j++) buf_addf(&b, "%s\"%s\"", j ? " or " : "", CHOICES[i].names[j]);
        char *names = buf_take(&b);
        SKIN_ERR(r, line_of(r, table, CHOICES[i].key, NULL), "%s.%s is %s", table, CHOICES[i].key, names);
        free(names);
      }
    }
    lua_pop(L, 1);
  }
  for (int i = 0; i < SF_COUNT; i++) {
    if (strcmp(FLAGS[i].table, table) != 0) continue;
    int type = lr_field(L, t, FLAGS[i].key);
    if (type == LUA_TBOOLEAN) k->flag[i] = lua_toboolean(L, -1);
    else if (type != LUA_TNIL)
      SKIN_ERR(r, line_of(r, table, FLAGS[i].key, NULL), "%s.%s is true or false", table, FLAGS[i].key);
    lua_pop(L, 1);
  }
  if (strcmp(table, "call") == 0) read_controls(r, t, k);
}

static bool is_lang(const char *code, const char *const *langs) {
  for (const char *const *l = langs; l && *l; l++)
    if (strcmp(*l, code) == 0) return true;
  return false;
}

static void read_words(Reader *r, int t, Skin *k) {
  lua_State *L = r->L;
  unknown_keys(r, t, "words", WORD_KEYS, "a word of a skin");
  for (int w = 0; w < SW_COUNT; w++) {
    int type = lr_field(L, t, WORD_KEYS[w]);
    int line = line_of(r, "words", WORD_KEYS[w], NULL);
    if (type == LUA_TTABLE) {
      int wt = lua_gettop(L);
      int n = 0;
      SkinText *texts = xcalloc(1, sizeof *texts);
      lua_pushnil(L);
      while (lua_next(L, wt)) {
        const char *code = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        if (!code || lua_type(L, -1) != LUA_TSTRING) {
          SKIN_ERR(r, line, "words.%s is { en = \"...\", fr = \"...\", it = \"...\" }", WORD_KEYS[w]);
        } else {
          if (r->langs && !is_lang(code, r->langs))
            diag_add(r->diag, DIAG_WARNING, r->path, line_of(r, "words", WORD_KEYS[w], code),
                     "words.%s.%s: \"%s\" is not a language of the game", WORD_KEYS[w], code, code);
          texts = xrealloc(texts, (size_t)(n + 2) * sizeof *texts);
          texts[n].lang = xstrdup(code);
          texts[n].text = xstrdup(lua_tostring(L, -1));
          n++;
          texts[n] = (SkinText){NULL, NULL};
        }
        lua_pop(L, 1);
      }
      k->words[w] = texts;
      /* who types, who asks: a word that names the person keeps the hole */
      if (w == SW_typing || w == SW_request_from || w == SW_reply_to)
        for (int i = 0; i < n; i++)
          if (!strstr(texts[i].text, "{name}"))
            diag_add(r->diag, DIAG_WARNING, r->path, line_of(r, "words", WORD_KEYS[w], texts[i].lang),
                     "words.%s.%s must contain {name} (the person's name), like \"{name} is typing…\"", WORD_KEYS[w],
                     texts[i].lang);
      for (const char *const *l = r->langs; l && *l; l++) {
        bool has = false;
        for (int i = 0; i < n; i++) has |= strcmp(texts[i].lang, *l) == 0;
        if (!has)
          diag_add(r->diag, DIAG_WARNING, r->path, line, "words.%s has no text in \"%s\" (every language of the game needs it)",
                   WORD_KEYS[w], *l);
      }
    } else if (type != LUA_TNIL) {
      SKIN_ERR(r, line, "words.%s is { en = \"...\", fr = \"...\", it = \"...\" }", WORD_KEYS[w]);
    }
    lua_pop(L, 1);
  }
}

/* Text on its background, pairs the skin gives both of: WCAG's ratio. */
static double lin(uint32_t c8) {
  double s = c8 / 255.0;
  return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4);
}

double skin_contrast(uint32_t a, uint32_t b) {
  double la = 0.2126 * lin(a >> 16 & 255) + 0.7152 * lin(a >> 8 & 255) + 0.0722 * lin(a & 255);
  double lb = 0.2126 * lin(b >> 16 & 255) + 0.7152 * lin(b >> 8 & 255) + 0.0722 * lin(b & 255);
  if (la < lb) { double t = la; la = lb; lb = t; }
  return (la + 0.05) / (lb + 0.05);
}

static void check_contrast(Reader *r, const Skin *k) {
  static const SkinColor PAIRS[][2] = {
      {SC_text, SC_bg},           {SC_dim, SC_bg},           {SC_system_text, SC_bg},
      {SC_header_text, SC_header}, {SC_header_dim, SC_header}, {SC_in_text, SC_in_bubble},
      {SC_out_text, SC_out_bubble}, {SC_out_text, SC_out_bubble2}, {SC_narr_text, SC_narr_bg},
      {SC_sidebar_text, SC_sidebar}, {SC_sidebar_text, SC_sidebar_sel}, {SC_call_text, SC_call_bg},
      {SC_call_dim, SC_call_bg},   {SC_call_text, SC_call_panel}, {SC_control_text, SC_call_bg},
      {SC_me_name, SC_bg},         {SC_them_name, SC_bg},     {SC_notice, SC_bg},
      {SC_blocked_text, SC_bg},    {SC_composer_text, SC_composer}, {SC_request_text, SC_request_bg},
      {SC_primary_text, SC_primary}, {SC_button_text, SC_button}, {SC_thought_text, SC_bg},
      {SC_unread_text, SC_unread},
  };
  for (size_t i = 0; i < sizeof PAIRS / sizeof PAIRS[0]; i++) {
    SkinColor f = PAIRS[i][0], b = PAIRS[i][1];
    if (!(k->color_set >> f & 1) || !(k->color_set >> b & 1)) continue;
    double c = skin_contrast(k->color[f], k->color[b]);
    if (c < 4.5)
      diag_add(r->diag, DIAG_WARNING, r->path, line_of(r, "colors", COLOR_NAMES[f], NULL),
               "colors.%s on colors.%s: contrast %.1f:1, text needs 4.5:1", COLOR_NAMES[f], COLOR_NAMES[b], c);
  }
}

/* Runs one file and reads its table into k; false on errors. */
static bool read_skin(Sandbox *sb, const char *path, const char *id, Skin *k, const char *const *langs, Diag *diag) {
  lua_State *L = sandbox_lua(sb);
  int top = lua_gettop(L);
  skin_defaults(k);
  k->id = xstrdup(id);
  k->file = xstrdup(path);
  size_t len = 0;
  ReadError rerr;
  char *text = read_file(path, 1u << 20, &len, &rerr);
  Reader r = {.L = L, .path = path, .text = text, .diag = diag, .langs = langs};
  if (text) r.lex = lualex(text, len, 0);
  bool ok = text && sandbox_run_data(sb, VOCABULARY, path, diag);
  if (!text) diag_add(diag, DIAG_ERROR, path, 0, "cannot read the skin: %s", read_error_text(rerr));
  if (ok) {
    sandbox_push_collected(sb);
    int type = lr_field(L, -1, "_skin");
    if (type != LUA_TTABLE) {
      SKIN_ERR(&r, 1, "no skin \"%s\" { ... } in this file", id);
    } else {
      int t = lua_gettop(L);
      char *sid = lr_string(L, t, "id");
      if (!sid || strcmp(sid, id) != 0)
        SKIN_ERR(&r, line_of(&r, NULL, NULL, NULL), "this file is the skin \"%s\": it must say skin \"%s\" { ... }", id, id);
      free(sid);
      unknown_keys(&r, t, "", TOP_KEYS, "a part of a skin");
      for (const char *const *tb = TABLES; *tb; tb++) {
        int ty = lr_field(L, t, *tb);
        if (ty == LUA_TTABLE) {
          int s = lua_gettop(L);
          if (strcmp(*tb, "colors") == 0) read_colors(&r, s, k);
          else if (strcmp(*tb, "words") == 0) read_words(&r, s, k);
          else read_layout(&r, s, *tb, k);
        } else if (ty != LUA_TNIL) {
          SKIN_ERR(&r, line_of(&r, *tb, NULL, NULL), "%s is a table: %s = { ... }", *tb, *tb);
        }
        lua_pop(L, 1);
      }
      check_contrast(&r, k);
    }
  }
  lua_settop(L, top);
  lualex_free(&r.lex);
  free(text);
  return ok && r.errors == 0;
}

static int by_id(const void *a, const void *b) { return strcmp(((const Skin *)a)->id, ((const Skin *)b)->id); }

SkinSet *skins_load(const char *assets_dir, const char *const *langs, Diag *diag) {
  SkinSet *set = xcalloc(1, sizeof *set);
  set->plain = -1;
  char *dir = path_join(assets_dir, "skins");
  int nfiles;
  char **files = dir_names(dir, ".lua", &nfiles);
  Sandbox *sb = files ? sandbox_new(".", VOCABULARY) : NULL;
  if (!files) diag_add(diag, DIAG_ERROR, dir, 0, "cannot open the folder of skins");
  for (int f = 0; sb && f < nfiles; f++) {
    char *id = xstrndup(files[f], strlen(files[f]) - 4);
    char *path = path_join(dir, files[f]);
    if (!skin_is_id(id, (int)strlen(id))) {
      diag_add(diag, DIAG_ERROR, path, 0, "a skin's file name is its id: lowercase letters, digits and '-'");
    } else {
      Skin k;
      if (read_skin(sb, path, id, &k, langs, diag)) {
        set->skins = xrealloc(set->skins, (size_t)(set->n + 1) * sizeof *set->skins);
        set->skins[set->n++] = k;
      } else {
        skin_clear(&k);
        set->broken = xrealloc(set->broken, (size_t)(set->nbroken + 1) * sizeof *set->broken);
        set->broken[set->nbroken++] = xstrdup(id);
      }
    }
    free(path);
    free(id);
  }
  names_free(files);
  sandbox_free(sb);
  if (!skins_find(set, "plain")) {
    /* plain is where every story lands: always there, with the game's own
     * colours when its file is missing or broken */
    Skin k;
    skin_defaults(&k);
    k.id = xstrdup("plain");
    k.file = xstrdup("(built in)");
    set->skins = xrealloc(set->skins, (size_t)(set->n + 1) * sizeof *set->skins);
    set->skins[set->n++] = k;
  }
  qsort(set->skins, (size_t)set->n, sizeof *set->skins, by_id);
  for (int i = 0; i < set->n; i++)
    if (strcmp(set->skins[i].id, "plain") == 0) set->plain = i;
  Buf b = {0};
  for (int i = 0; i < set->n; i++) buf_addf(&b, "%s%s", i ? ", " : "", set->skins[i].id);
  set->list = buf_take(&b);
  free(dir);
  return set;
}

void skins_free(SkinSet *set) {
  if (!set) return;
  for (int i = 0; i < set->n; i++) skin_clear(&set->skins[i]);
  free(set->skins);
  for (int i = 0; i < set->nbroken; i++) free(set->broken[i]);
  free(set->broken);
  free(set->list);
  free(set);
}

int skins_count(const SkinSet *set) { return set ? set->n : 0; }
const Skin *skins_at(const SkinSet *set, int i) { return &set->skins[i]; }
const char *skins_list(const SkinSet *set) { return set ? set->list : ""; }

const Skin *skins_find(const SkinSet *set, const char *id) {
  if (!set || !id) return NULL;
  for (int i = 0; i < set->n; i++)
    if (strcmp(set->skins[i].id, id) == 0) return &set->skins[i];
  return NULL;
}

const Skin *skins_for(const SkinSet *set, const char *id, bool *fell_back) {
  const Skin *k = skins_find(set, id ? id : "plain");
  if (fell_back) *fell_back = !k;
  return k ? k : &set->skins[set->plain];
}

bool skins_broken(const SkinSet *set, const char *id) {
  for (int i = 0; set && id && i < set->nbroken; i++)
    if (strcmp(set->broken[i], id) == 0) return true;
  return false;
}

static const char *text_in(const SkinText *t, const char *lang) {
  for (; t && t->lang; t++)
    if (strcmp(t->lang, lang) == 0) return t->text;
  return NULL;
}

const char *skin_word(const SkinSet *set, const Skin *skin, const char *lang, SkinWord w) {
  if (w < 0 || w >= SW_COUNT) return "";
  if (!lang) lang = "en";
  /* the app's own wording in the player's language; else the language
   * file's word for every app; the skin's English only when the game has
   * no language file at hand (the checker's own reading) */
  const char *s = skin ? text_in(skin->words[w], lang) : NULL;
  if (s) return s;
  if (set && set->in) return i18n_word(set->in, lang, (StrId)(S_APP_label + w));
  const Skin *plain = set && set->plain >= 0 ? &set->skins[set->plain] : NULL;
  const Skin *order[2] = {skin, plain};
  for (int i = 0; i < 2; i++) {
    if (!order[i]) continue;
    if (i == 1 && (s = text_in(order[i]->words[w], lang))) return s;
    if ((s = text_in(order[i]->words[w], "en"))) return s;
  }
  return "";
}

const char *skin_name_word(const SkinSet *set, const Skin *skin, const char *lang, SkinWord w, const char *name,
                           char *buf, size_t size) {
  return i18n_fill_name(set ? set->in : NULL, lang, skin_word(set, skin, lang, w), name, buf, size);
}

SkinSet *skins_load_game(const char *assets_dir, const I18n *in, Diag *diag) {
  int n = i18n_count(in);
  const char **codes = xcalloc((size_t)n + 1, sizeof *codes);
  for (int i = 0; i < n; i++) codes[i] = i18n_code(in, i);
  SkinSet *set = skins_load(assets_dir, n ? codes : NULL, diag);
  set->in = in;
  free(codes);
  return set;
}

/* Is path the file of skin id ("<...>/skins/<id>.lua")? */
static bool is_skin_file(const char *path, const char *id) {
  char *tail = xasprintf("skins/%s.lua", id);
  size_t lp = strlen(path), lt = strlen(tail);
  bool yes = lp >= lt && strcmp(path + lp - lt, tail) == 0 && (lp == lt || path[lp - lt - 1] == '/');
  free(tail);
  return yes;
}

int skins_check_story(const SkinSet *set, const Diag *skin_diag, const char *app, const char *file, int line, Diag *out) {
  if (!app) return 0;
  int before = out->errors;
  for (int i = 0; skin_diag && i < skin_diag->count; i++) {
    const DiagEntry *e = &skin_diag->entries[i];
    if (e->file && is_skin_file(e->file, app)) diag_add(out, e->level, e->file, e->line, "%s", e->message);
  }
  if (skins_broken(set, app))
    diag_add(out, DIAG_ERROR, file, line, "story: the skin \"%s\" has errors (above): the game shows this story as a plain chat",
             app);
  else if (!skins_find(set, app))
    diag_add(out, DIAG_ERROR, file, line, "story: there is no skin \"%s\" (assets/skins has %s)", app, skins_list(set));
  return out->errors - before;
}
