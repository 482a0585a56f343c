#include "i18n.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "luaread.h"
#include "sandbox.h"
#include "scan.h"
#include "typography.h"
#include "util.h"

typedef enum { TEXT, PLURAL } WordForm;

typedef struct {
  const char *section, *key;
  WordForm form;
} WordDecl;

static const WordDecl WORDS[S_COUNT] = {
#define I18N_DECL(id, section, key, form) [id] = {#section, key, form},
    I18N_WORDS(I18N_DECL)
#undef I18N_DECL
};

static const char *const SECTIONS[] = {"window", "terminal", "print", "app", NULL};
static const char *const FILE_KEYS[] = {"code", "name", "country", "plural", "elide", "typography",
                                        "window", "terminal", "print", "app", "speech", "numbers", NULL};
static const char *const SPEECH_KEYS[] = {"voice", "or", "dot", "at", "plus", "emoji", NULL};

/* How a language picks the "one" form of a plural (CLDR's rules, by name). */
typedef enum { PLURAL_ONE_IS_1, PLURAL_ONE_IS_0_1 } PluralRule;
static const char *const PLURAL_RULES[] = {"one-is-1", "one-is-0-1", NULL};

typedef struct {
  char *code, *name, *country, *typography;
  PluralRule plural;
  char **elide_words; /* "de": "de" + vowel -> "d'" */
  int nelide;
  char *vowels;       /* the letters a word elides before (UTF-8) */
  char *one[S_COUNT], *other[S_COUNT]; /* a TEXT word lives in other */
  SpeechWords speech; /* its strings are owned here */
  NumberStyle numbers; /* owned here */
} Lang;

struct I18n {
  Lang *langs;
  int n;
  int en;      /* English: stands in for a missing word */
  char *list;  /* "en, fr" */
};

static const char VOCABULARY[] =
    "_language = nil\n"
    "function language(code) return function(t) t.code = code; _language = t end end\n";

static void free_speech(SpeechWords *sw) {
  free((char *)sw->voice);
  free((char *)sw->or_word);
  free((char *)sw->dot);
  free((char *)sw->at);
  free((char *)sw->plus);
  for (int i = 0; i < sw->nemoji; i++) free((char *)sw->emoji[i].name);
  free((EmojiWord *)sw->emoji);
}

static void lang_free(Lang *l) {
  free(l->code);
  free(l->name);
  free(l->country);
  free(l->typography);
  for (int i = 0; i < l->nelide; i++) free(l->elide_words[i]);
  free(l->elide_words);
  free(l->vowels);
  for (int i = 0; i < S_COUNT; i++) {
    free(l->one[i]);
    free(l->other[i]);
  }
  free_speech(&l->speech);
  free((char *)l->numbers.group);
  free((char *)l->numbers.decimal);
}

/* One word of a section table at t. */
static void read_word(lua_State *L, int t, StrId id, Lang *l, const char *path, Diag *diag) {
  const WordDecl *w = &WORDS[id];
  int type = lr_field(L, t, w->key);
  if (type == LUA_TSTRING) {
    l->other[id] = xstrdup(lua_tostring(L, -1));
    if (w->form == PLURAL) l->one[id] = xstrdup(l->other[id]);
  } else if (type == LUA_TTABLE && w->form == PLURAL) {
    l->one[id] = lr_string(L, -1, "one");
    l->other[id] = lr_string(L, -1, "other");
    if (!l->one[id] || !l->other[id])
      diag_add(diag, DIAG_WARNING, path, 0, "%s.%s needs both forms: { one = \"...\", other = \"...\" }", w->section,
               w->key);
  } else if (type == LUA_TNIL) {
    diag_add(diag, DIAG_WARNING, path, 0, "missing word %s.%s (English is shown instead)", w->section, w->key);
  } else {
    diag_add(diag, DIAG_WARNING, path, 0, "%s.%s must be a text%s", w->section, w->key,
             w->form == PLURAL ? " or { one = \"...\", other = \"...\" }" : "");
  }
  lua_pop(L, 1);
}

/* Reports a key of a section that is no word (a typo hides a word). */
static void unknown_word(lua_State *L, int t, const char *section, const char *path, Diag *diag) {
  const char *known[S_COUNT + 1];
  int n = 0;
  for (int i = 0; i < S_COUNT; i++)
    if (strcmp(WORDS[i].section, section) == 0) known[n++] = WORDS[i].key;
  known[n] = NULL;
  const char *k = lr_unknown_key(L, t, known);
  if (!k) return;
  const char *hint = lr_suggest(k, known);
  if (hint) diag_add(diag, DIAG_WARNING, path, 0, "unknown word %s.%s (did you mean %s?)", section, k, hint);
  else diag_add(diag, DIAG_WARNING, path, 0, "unknown word %s.%s", section, k);
}

static void read_rules(lua_State *L, int t, Lang *l, const char *path, Diag *diag) {
  char *plural = lr_string(L, t, "plural");
  if (plural) {
    int k = 0;
    while (PLURAL_RULES[k] && strcmp(PLURAL_RULES[k], plural) != 0) k++;
    if (PLURAL_RULES[k]) l->plural = (PluralRule)k;
    else diag_add(diag, DIAG_WARNING, path, 0, "unknown plural rule \"%s\" (one-is-1 or one-is-0-1)", plural);
    free(plural);
  }
  if (lr_field(L, t, "elide") == LUA_TTABLE) {
    int e = lua_gettop(L);
    l->vowels = lr_string(L, e, "vowels");
    if (lr_field(L, e, "words") == LUA_TTABLE) {
      int m = (int)lua_rawlen(L, -1);
      l->elide_words = xcalloc((size_t)m + 1, sizeof(char *));
      for (int j = 1; j <= m; j++) {
        lua_rawgeti(L, -1, j);
        if (lua_type(L, -1) == LUA_TSTRING) l->elide_words[l->nelide++] = xstrdup(lua_tostring(L, -1));
        lua_pop(L, 1);
      }
    }
    lua_pop(L, 1);
    if (l->nelide && !l->vowels) diag_add(diag, DIAG_WARNING, path, 0, "elide needs its vowels");
  }
  lua_pop(L, 1);
  l->typography = lr_string(L, t, "typography");
}

static int by_cp(const void *a, const void *b) {
  unsigned x = ((const EmojiWord *)a)->cp, y = ((const EmojiWord *)b)->cp;
  return (x > y) - (x < y);
}

/* speech = { voice = "fr", ["or"] = "ou", ..., emoji = { ["👍"] = "pouce levé" } } */
static void read_speech(lua_State *L, int t, Lang *l, const char *path, Diag *diag) {
  SpeechWords *sw = &l->speech;
  int type = lr_field(L, t, "speech");
  if (type != LUA_TTABLE) {
    if (type != LUA_TNIL) diag_add(diag, DIAG_WARNING, path, 0, "speech must be a table: speech = { voice = \"%s\", ... }", l->code ? l->code : "en");
    else diag_add(diag, DIAG_WARNING, path, 0, "missing table speech = { ... } (read aloud speaks English words instead)");
    lua_pop(L, 1);
    return;
  }
  int s = lua_gettop(L);
  const char *bad = lr_unknown_key(L, s, SPEECH_KEYS);
  if (bad) diag_add(diag, DIAG_WARNING, path, 0, "unknown field speech.%s", bad);
  sw->voice = lr_string(L, s, "voice");
  sw->or_word = lr_string(L, s, "or");
  sw->dot = lr_string(L, s, "dot");
  sw->at = lr_string(L, s, "at");
  sw->plus = lr_string(L, s, "plus");
  if (lr_field(L, s, "emoji") == LUA_TTABLE) {
    int e = lua_gettop(L);
    EmojiWord *list = NULL;
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, e)) {
      unsigned cp = 0;
      if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TSTRING &&
          utf8_decode(lua_tostring(L, -2), &cp) > 0 && cp >= 0x80) {
        list = xrealloc(list, (size_t)(n + 1) * sizeof *list);
        list[n++] = (EmojiWord){cp, xstrdup(lua_tostring(L, -1))};
      } else {
        diag_add(diag, DIAG_WARNING, path, 0, "speech.emoji: each entry is [\"emoji\"] = \"its name\"");
      }
      lua_pop(L, 1);
    }
    if (n) qsort(list, (size_t)n, sizeof *list, by_cp);
    sw->emoji = list;
    sw->nemoji = n;
  }
  lua_pop(L, 2);
}

/* What a language leaves out of speech, English says. */
static void speech_fill(SpeechWords *sw, const SpeechWords *en) {
  const char **mine[] = {&sw->voice, &sw->or_word, &sw->dot, &sw->at, &sw->plus};
  const char *const theirs[] = {en->voice, en->or_word, en->dot, en->at, en->plus};
  static const char *const BUILT_IN[] = {"en", "or", "dot", "at", "plus"};
  for (size_t i = 0; i < sizeof mine / sizeof mine[0]; i++)
    if (!*mine[i]) *mine[i] = xstrdup(theirs[i] ? theirs[i] : BUILT_IN[i]);
  if (!sw->nemoji && en->nemoji && sw != en) {
    EmojiWord *copy = xcalloc((size_t)en->nemoji, sizeof *copy);
    for (int i = 0; i < en->nemoji; i++) copy[i] = (EmojiWord){en->emoji[i].cp, xstrdup(en->emoji[i].name)};
    sw->emoji = copy;
    sw->nemoji = en->nemoji;
  }
}

/* numbers = { group = ",", decimal = "." } */
static void read_numbers(lua_State *L, int t, Lang *l, const char *path, Diag *diag) {
  int type = lr_field(L, t, "numbers");
  if (type == LUA_TTABLE) {
    l->numbers.group = lr_string(L, -1, "group");
    l->numbers.decimal = lr_string(L, -1, "decimal");
  }
  if (type != LUA_TTABLE || !l->numbers.group || !l->numbers.decimal)
    diag_add(diag, DIAG_WARNING, path, 0,
             "numbers = { group = \",\", decimal = \".\" } says how the language writes 1,500.50 (English's is used)");
  lua_pop(L, 1);
}

/* Every file runs in the same sandbox (a Lua state costs more than a
 * language file): the vocabulary is run again first, so each file starts
 * from _language = nil. */
static bool read_language(Sandbox *sb, const char *path, const char *code, Lang *l, Diag *diag) {
  lua_State *L = sandbox_lua(sb);
  int top = lua_gettop(L);
  bool ok = sandbox_run_data(sb, VOCABULARY, path, diag);
  if (ok) {
    sandbox_push_collected(sb);
    if (lr_field(L, -1, "_language") != LUA_TTABLE) {
      diag_add(diag, DIAG_ERROR, path, 0, "no language \"%s\" { ... } in this file", code);
      ok = false;
    } else {
      int t = lua_gettop(L);
      l->code = lr_string(L, t, "code");
      if (!l->code || strcmp(l->code, code) != 0) {
        diag_add(diag, DIAG_ERROR, path, 0, "this file is for language \"%s\": it must say language \"%s\"", code,
                 code);
        ok = false;
      }
      l->name = lr_string(L, t, "name");
      if (!l->name) diag_add(diag, DIAG_WARNING, path, 0, "the language needs its own name (name = \"...\")");
      l->country = lr_string(L, t, "country");
      const char *bad = lr_unknown_key(L, t, FILE_KEYS);
      if (bad) diag_add(diag, DIAG_WARNING, path, 0, "unknown field \"%s\"", bad);
      read_rules(L, t, l, path, diag);
      read_speech(L, t, l, path, diag);
      read_numbers(L, t, l, path, diag);
      for (const char *const *sec = SECTIONS; *sec; sec++) {
        if (lr_field(L, t, *sec) != LUA_TTABLE) {
          diag_add(diag, DIAG_WARNING, path, 0, "missing table %s = { ... } (English is shown instead)", *sec);
        } else {
          int s = lua_gettop(L);
          for (int i = 0; i < S_COUNT; i++)
            if (strcmp(WORDS[i].section, *sec) == 0) read_word(L, s, (StrId)i, l, path, diag);
          unknown_word(L, s, *sec, path, diag);
        }
        lua_pop(L, 1);
      }
    }
  }
  lua_settop(L, top);
  if (!l->name) l->name = xstrdup(code);
  return ok;
}

bool i18n_is_code(const char *c, size_t n) {
  if (n < 2 || n > 3) return false;
  for (size_t i = 0; i < n; i++)
    if (c[i] < 'a' || c[i] > 'z') return false;
  return true;
}

static int by_code(const void *a, const void *b) {
  return strcmp(((const Lang *)a)->code, ((const Lang *)b)->code);
}

/* A word that holds {n} or {name} in English must hold it everywhere. */
static void check_holes(const I18n *in, const char *dir, Diag *diag) {
  static const char *const HOLES[] = {"{n}", "{name}"};
  const Lang *en = &in->langs[in->en];
  for (int k = 0; k < in->n; k++) {
    if (k == in->en) continue;
    const Lang *l = &in->langs[k];
    for (int i = 0; i < S_COUNT; i++)
      for (size_t h = 0; h < 2; h++) {
        char *forms[2] = {l->one[i], l->other[i]};
        for (int f = 0; f < 2; f++)
          if (forms[f] && en->other[i] && strstr(en->other[i], HOLES[h]) && !strstr(forms[f], HOLES[h])) {
            char *file = xasprintf("%s/%s.lua", dir, l->code);
            diag_add(diag, DIAG_WARNING, file, 0, "%s.%s must contain %s, as in English", WORDS[i].section,
                     WORDS[i].key, HOLES[h]);
            free(file);
          }
      }
  }
}

I18n *i18n_load(const char *assets_dir, Diag *diag) {
  char *dir = path_join(assets_dir, "lang");
  int nfiles;
  char **files = dir_names(dir, ".lua", &nfiles);
  if (!files) {
    diag_add(diag, DIAG_ERROR, dir, 0, "cannot open the folder of languages");
    free(dir);
    return NULL;
  }
  Sandbox *sb = sandbox_new(".", VOCABULARY);
  if (!sb) {
    diag_add(diag, DIAG_ERROR, dir, 0, "cannot start Lua");
    names_free(files);
    free(dir);
    return NULL;
  }
  I18n *in = xcalloc(1, sizeof *in);
  for (int f = 0; f < nfiles; f++) {
    size_t n = strlen(files[f]);
    if (!i18n_is_code(files[f], n - 4)) continue;
    char *code = xstrndup(files[f], n - 4);
    char *path = path_join(dir, files[f]);
    Lang l = {0};
    if (read_language(sb, path, code, &l, diag)) {
      in->langs = xrealloc(in->langs, (size_t)(in->n + 1) * sizeof *in->langs);
      in->langs[in->n++] = l;
    } else {
      lang_free(&l);
    }
    free(path);
    free(code);
  }
  names_free(files);
  sandbox_free(sb);
  if (in->n) qsort(in->langs, (size_t)in->n, sizeof *in->langs, by_code);
  in->en = i18n_find(in, "en");
  if (in->en < 0) {
    diag_add(diag, DIAG_ERROR, dir, 0, "no readable en.lua: English is the language every other falls back to");
    free(dir);
    i18n_free(in);
    return NULL;
  }
  check_holes(in, dir, diag);
  speech_fill(&in->langs[in->en].speech, &in->langs[in->en].speech);
  for (int i = 0; i < in->n; i++) speech_fill(&in->langs[i].speech, &in->langs[in->en].speech);
  for (int i = 0; i < in->n; i++) { /* English's, else the plain English way */
    NumberStyle *ns = &in->langs[i].numbers, *en = &in->langs[in->en].numbers;
    if (!ns->group) ns->group = xstrdup(en->group ? en->group : ",");
    if (!ns->decimal) ns->decimal = xstrdup(en->decimal ? en->decimal : ".");
  }
  free(dir);
  Buf b = {0};
  for (int i = 0; i < in->n; i++) buf_addf(&b, "%s%s", i ? ", " : "", in->langs[i].code);
  in->list = buf_take(&b);
  return in;
}

void i18n_free(I18n *in) {
  if (!in) return;
  for (int i = 0; i < in->n; i++) lang_free(&in->langs[i]);
  free(in->langs);
  free(in->list);
  free(in);
}

int i18n_count(const I18n *in) { return in ? in->n : 0; }
const char *i18n_code(const I18n *in, int i) { return in->langs[i].code; }
const char *i18n_name(const I18n *in, int i) { return in->langs[i].name; }
const char *i18n_list(const I18n *in) { return in ? in->list : ""; }

int i18n_find(const I18n *in, const char *code) {
  if (!in || !code) return -1;
  for (int i = 0; i < in->n; i++)
    if (strcmp(in->langs[i].code, code) == 0) return i;
  return -1;
}

/* The language that has word id: lang's, else English. */
static const Lang *holder(const I18n *in, const char *lang, StrId id) {
  int k = i18n_find(in, lang);
  if (k >= 0 && in->langs[k].other[id]) return &in->langs[k];
  return &in->langs[in->en];
}

const char *i18n_word(const I18n *in, const char *lang, StrId id) {
  if (!in || id < 0 || id >= S_COUNT) return "";
  const char *s = holder(in, lang, id)->other[id];
  return s ? s : "";
}

/* Copies text into buf, replacing the first `hole` with fill. */
static const char *fill_hole(const char *text, const char *hole, const char *fill, char *buf, size_t size) {
  const char *at = strstr(text, hole);
  if (!at) snprintf(buf, size, "%s", text);
  else snprintf(buf, size, "%.*s%s%s", (int)(at - text), text, fill, at + strlen(hole));
  return buf;
}

const char *i18n_count_word(const I18n *in, const char *lang, StrId id, long n, char *buf, size_t size) {
  if (!in || id < 0 || id >= S_COUNT || size == 0) return "";
  const Lang *l = holder(in, lang, id);
  bool one = l->plural == PLURAL_ONE_IS_0_1 ? (n == 0 || n == 1) : n == 1;
  const char *text = one && l->one[id] ? l->one[id] : l->other[id] ? l->other[id] : "";
  char num[32];
  snprintf(num, sizeof num, "%ld", n);
  return fill_hole(text, "{n}", num, buf, size);
}

/* Does name start with one of the UTF-8 letters in vowels? */
static bool starts_with_vowel(const char *name, const char *vowels) {
  for (const char *v = vowels; *v;) {
    size_t len = 1;
    while (v[len] && ((unsigned char)v[len] & 0xC0) == 0x80) len++;
    if (strncmp(name, v, len) == 0) return true;
    v += len;
  }
  return false;
}

/* {name} filled in text, elided by l's rule. */
static const char *fill_name(const Lang *l, const char *text, const char *name, char *buf, size_t size) {
  const char *at = strstr(text, "{name}");
  if (at && name[0] && l && l->vowels && starts_with_vowel(name, l->vowels)) {
    /* "... de {name}" -> "... d'Inès": the word before the hole loses its
     * last letter and the space. */
    for (int i = 0; i < l->nelide; i++) {
      size_t wl = strlen(l->elide_words[i]);
      size_t before = (size_t)(at - text);
      if (wl < 2 || before < wl + 1 || at[-1] != ' ' || strncmp(at - 1 - wl, l->elide_words[i], wl) != 0) continue;
      if (before > wl + 1 && at[-2 - (long)wl] != ' ') continue; /* a whole word only */
      snprintf(buf, size, "%.*s'%s%s", (int)(before - 2), text, name, at + 6);
      return buf;
    }
  }
  return fill_hole(text, "{name}", name, buf, size);
}

const char *i18n_name_word(const I18n *in, const char *lang, StrId id, const char *name, char *buf, size_t size) {
  if (!in || id < 0 || id >= S_COUNT || size == 0) return "";
  const Lang *l = holder(in, lang, id);
  return fill_name(l, l->other[id] ? l->other[id] : "", name ? name : "", buf, size);
}

const char *i18n_fill_name(const I18n *in, const char *lang, const char *text, const char *name, char *buf, size_t size) {
  if (size == 0) return "";
  int k = in && lang ? i18n_find(in, lang) : -1;
  return fill_name(k >= 0 ? &in->langs[k] : NULL, text ? text : "", name ? name : "", buf, size);
}

char *i18n_typography(const I18n *in, const char *lang, const char *text) {
  /* A language's rule (Lang.typography): "french" sets the narrow no-break
   * spaces before ; : ! ? and inside « » (text_typography, the same rule the
   * runtime applies to story text); every rule keeps the meaning. */
  int k = in ? i18n_find(in, lang) : -1;
  const char *rule = k >= 0 ? in->langs[k].typography : NULL;
  if (rule && strcmp(rule, "french") == 0) return text_typography(text, "fr");
  return xstrdup(text);
}

void i18n_settle(const I18n *in, Settings *s) {
  if (!in) return;
  int k = i18n_find(in, s->lang);
  if (!s->country[0]) {
    const char *c = in->langs[k >= 0 ? k : in->en].country;
    if (!c) c = in->langs[in->en].country;
    snprintf(s->country, sizeof s->country, "%s", c ? c : "GB");
  }
  if (k < 0) snprintf(s->lang, sizeof s->lang, "%s", "en");
}

const SpeechWords *i18n_speech(const I18n *in, const char *lang) {
  int i = lang ? i18n_find(in, lang) : -1;
  return &in->langs[i >= 0 ? i : in->en].speech;
}

const NumberStyle *i18n_numbers(const I18n *in, const char *lang) {
  int i = lang ? i18n_find(in, lang) : -1;
  return &in->langs[i >= 0 ? i : in->en].numbers;
}
