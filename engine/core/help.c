#include "help.h"

#include <lauxlib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "catalog.h"
#include "i18n.h"
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

static const char *const ROLE_NAMES[HELP_ROLES + 1] = {"youth-line", "report-authority", "crisis", "emergency",
                                                       "removal", NULL};
static const char *const PAY_NAMES[PAY_KINDS] = {"prepaid", "giftcard", "app"};
static const char *const SCHOOL_NAMES[SCHOOL_WORDS] = {"adult", "staff", "at", "from"};
static void add_words(HelpWords *w, const char *lang, char *text) {
  w->lang = xrealloc(w->lang, (size_t)(w->n + 1) * sizeof *w->lang);
  w->text = xrealloc(w->text, (size_t)(w->n + 1) * sizeof *w->text);
  w->lang[w->n] = xstrdup(lang);
  w->text[w->n++] = text;
}

/* A field given as { en = "...", fr = "..." } (or one text for all). Every
 * key that is a language code counts. */
static void read_words(lua_State *L, int t, const char *key, HelpWords *w) {
  int type = lr_field(L, t, key);
  if (type == LUA_TSTRING) {
    add_words(w, "en", xstrdup(lua_tostring(L, -1)));
  } else if (type == LUA_TTABLE) {
    int tab = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, tab)) {
      size_t n;
      const char *code = lua_type(L, -2) == LUA_TSTRING ? lua_tolstring(L, -2, &n) : NULL;
      if (code && lua_type(L, -1) == LUA_TSTRING && i18n_is_code(code, n))
        add_words(w, code, xstrdup(lua_tostring(L, -1)));
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
}

/* A set of the country's words, key = { name = { en = "...", fr = "..." },
 * ... } with every name of `names` (payment, school); false, with an error
 * naming what is missing, when one is not there. */
static bool read_word_set(lua_State *L, int t, const char *key, const char *const *names, int n, HelpWords *out,
                          const char *path, Diag *diag) {
  bool ok = true;
  if (lr_field(L, t, key) == LUA_TTABLE) {
    for (int k = 0; k < n; k++) {
      read_words(L, lua_gettop(L), names[k], &out[k]);
      if (out[k].n == 0) {
        diag_add(diag, DIAG_ERROR, path, 0, "%s needs %s = { en = \"...\", fr = \"...\" }", key, names[k]);
        ok = false;
      }
    }
  } else {
    Buf all = {0};
    for (int k = 0; k < n; k++) buf_addf(&all, "%s%s = ...", k ? ", " : "", names[k]);
    diag_add(diag, DIAG_ERROR, path, 0, "no %s = { %s } in this country", key, all.s ? all.s : "");
    free(all.s);
    ok = false;
  }
  lua_pop(L, 1);
  return ok;
}

static void free_words(HelpWords *w) {
  for (int k = 0; k < w->n; k++) {
    free(w->lang[k]);
    free(w->text[k]);
  }
  free(w->lang);
  free(w->text);
  w->lang = w->text = NULL;
  w->n = 0;
}

/* One name of a list read by read_names, added to *set; false (said in
 * diag) when it is not one of its kind. */
typedef bool (*TakeName)(const char *name, size_t len, unsigned *set, const char *path, int i, Diag *diag);

/* key = "name" or key = { "name", ... }: each name given to take. False
 * when the field is neither, or a name was refused. */
static bool read_names(lua_State *L, int t, const char *key, TakeName take, unsigned *set, const char *path, int i,
                       Diag *diag) {
  int type = lr_field(L, t, key);
  int top = lua_gettop(L);
  int n = type == LUA_TSTRING ? 1 : type == LUA_TTABLE ? (int)lua_rawlen(L, top) : 0;
  bool ok = type == LUA_TNIL || type == LUA_TSTRING || type == LUA_TTABLE;
  for (int k = 1; k <= n; k++) {
    if (type == LUA_TTABLE) lua_rawgeti(L, top, k); else lua_pushvalue(L, top);
    size_t len = 0;
    const char *name = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &len) : "";
    if (!take(name, len, set, path, i, diag)) ok = false;
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return ok;
}

/* role = "crisis" or role = { "youth-line", "removal" } */
static bool take_role(const char *name, size_t len, unsigned *roles, const char *path, int i, Diag *diag) {
  int r = help_role_from_name(name, len);
  if (r < 0) {
    const char *hint = lr_suggest(name, ROLE_NAMES);
    diag_add(diag, DIAG_ERROR, path, 0, "resource %d: \"%s\" is not a role%s%s%s", i, name,
             hint ? " (did you mean \"" : " (youth-line, report-authority, crisis, emergency, removal)",
             hint ? hint : "", hint ? "\"?)" : "");
    return false;
  }
  *roles |= 1u << r;
  return true;
}

/* topics = "sextortion" or topics = { "sextortion", "scam" }: the stories'
 * topics an entry is for (none given: every topic). */
static bool take_topic(const char *name, size_t len, unsigned *topics, const char *path, int i, Diag *diag) {
  (void)len;
  int tp = topic_from_name(name);
  if (tp < 0 || tp == TOPIC_NONE) {
    diag_add(diag, DIAG_ERROR, path, 0, "resource %d: \"%s\" is not a topic (%s)", i, name,
             "sextortion, cyberbullying, grooming, scam");
    return false;
  }
  *topics |= 1u << tp;
  return true;
}

bool help_for_topic(const HelpEntry *e, int topic) {
  if (topic < 0 || topic >= TOPIC_COUNT) return true;
  if (e->urgent || (e->roles & (1u << HELP_CRISIS | 1u << HELP_EMERGENCY))) return true;
  if (topic == TOPIC_NONE) return (e->roles >> HELP_YOUTH_LINE) & 1u;
  return e->topics == 0 || ((e->topics >> topic) & 1u);
}

static bool load_file(const char *path, const char *lang, HelpList *h, bool header, bool strict, Diag *diag) {
  const char *check = strict ? path : NULL;
  Sandbox *sb = sandbox_new(".", WORDS);
  if (!sb) return false;
  bool ok = sandbox_run_file(sb, path, diag);
  lua_State *L = sandbox_lua(sb);
  if (ok) {
    sandbox_push_collected(sb);
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
        /* a country's own words; ALL.lua has none */
        if (strcmp(h->code ? h->code : "", "ALL") != 0) {
          if (lr_field(L, t, "money") == LUA_TTABLE) {
            int m = lua_gettop(L);
            if (!lr_number(L, m, "rate", &h->money_rate) || !(h->money_rate > 0 && h->money_rate < 1e6)) {
              diag_add(diag, DIAG_ERROR, path, 0, "money needs rate = (the country's units for one euro)");
              ok = false;
            }
            lr_number(L, m, "step", &h->money_step);
            if (!(h->money_step >= 0 && h->money_step < 1e6)) h->money_step = 0;
            read_words(L, m, "say", &h->money);
            if (h->money.n == 0) {
              diag_add(diag, DIAG_ERROR, path, 0, "money needs say = { en = \"£#\", fr = \"# £\" } ('#' is the amount)");
              ok = false;
            }
          } else {
            diag_add(diag, DIAG_ERROR, path, 0, "no money = { rate = ..., say = { ... } } in this country");
            ok = false;
          }
          lua_pop(L, 1);
          ok &= read_word_set(L, t, "payment", PAY_NAMES, PAY_KINDS, h->payment, path, diag);
          ok &= read_word_set(L, t, "school", SCHOOL_NAMES, SCHOOL_WORDS, h->school, path, diag);
        }
      }
      int n = (int)lua_rawlen(L, t);
      for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, t, i);
        int r = lua_gettop(L);
        if (lua_type(L, r) == LUA_TTABLE) {
          HelpEntry e = {0};
          /* one text, or one per language (an entry that is advice rather
           * than a service: "In danger right now?") */
          e.name = localized(L, r, "name", lang, NULL, diag);
          e.contact = localized(L, r, "contact", lang, NULL, diag);
          e.what = localized(L, r, "what", lang, check, diag);
          e.hours = localized(L, r, "hours", lang, NULL, diag);
          e.source = lr_string(L, r, "source");
          lr_field(L, r, "urgent");
          e.urgent = lua_toboolean(L, -1);
          lua_pop(L, 1);
          bool roles_ok = read_names(L, r, "role", take_role, &e.roles, path, i, diag) &&
                          read_names(L, r, "topics", take_topic, &e.topics, path, i, diag);
          if (!e.name || !e.contact || !e.source || !roles_ok) {
            if (roles_ok) diag_add(diag, DIAG_ERROR, path, 0, "resource %d needs a name, a contact and a source", i);
            free(e.name); free(e.contact); free(e.what); free(e.hours); free(e.source);
            ok = false;
          } else {
            if (!e.what) e.what = xstrdup("");
            if (!e.hours) e.hours = xstrdup("");
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
  /* A country without checked data (a locale's es_ES): other.lua says so
   * kindly and gives the stories words to say, with the contacts for
   * every country after it; never an error or an empty list. */
  bool other = !is_file(file);
  if (other) {
    free(file);
    file = xasprintf("%s/help/other.lua", assets_dir);
  }
  bool ok = load_file(file, lang, h, true, false, diag);
  free(file);
  if (ok && other) {
    free(h->code);
    h->code = xstrdup(country);
  }
  if (ok) {
    file = xasprintf("%s/help/ALL.lua", assets_dir);
    if (is_file(file)) ok = load_file(file, lang, h, false, false, diag);
    free(file);
  }
  if (ok) {
    /* Crisis lines first, on every screen that lists help (stable). */
    HelpEntry *sorted = xcalloc((size_t)h->count + 1, sizeof *sorted);
    int n = 0;
    for (int pass = 0; pass < 2; pass++)
      for (int i = 0; i < h->count; i++)
        if (((h->entries[i].roles >> HELP_CRISIS) & 1u) == (pass == 0)) sorted[n++] = h->entries[i];
    free(h->entries);
    h->entries = sorted;
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
    free(h->entries[i].hours);
    free(h->entries[i].source);
  }
  free_words(&h->money);
  for (int k = 0; k < PAY_KINDS; k++) free_words(&h->payment[k]);
  for (int k = 0; k < SCHOOL_WORDS; k++) free_words(&h->school[k]);
  free(h->entries);
  free(h->code);
  free(h->name);
  free(h->lang);
  free(h);
}

char **help_countries(const char *assets_dir, int *count) {
  *count = 0;
  char *dir = path_join(assets_dir, "help");
  int n;
  char **names = dir_names(dir, ".lua", &n);
  free(dir);
  char **out = xcalloc((size_t)n + 1, sizeof(char *));
  for (int i = 0; i < n; i++) {
    char *code = xstrndup(names[i], strlen(names[i]) - 4);
    if (strlen(code) < 2 || !valid_code(code) || strcmp(code, "ALL") == 0) free(code);
    else out[(*count)++] = code;
  }
  names_free(names);
  return out;
}

void help_check_lang(const char *assets_dir, const char *lang, Diag *diag) {
  int n;
  char **codes = help_countries(assets_dir, &n);
  for (int i = 0; i <= n + 1; i++) {
    char *file = xasprintf("%s/help/%s.lua", assets_dir, i < n ? codes[i] : i == n ? "ALL" : "other");
    HelpList *h = xcalloc(1, sizeof *h);
    if (is_file(file)) load_file(file, lang, h, true, true, diag);
    help_free(h);
    free(file);
  }
  for (int i = 0; i < n; i++) free(codes[i]);
  free(codes);
}

int help_role_from_name(const char *name, size_t n) {
  for (int r = 0; r < HELP_ROLES; r++)
    if (strlen(ROLE_NAMES[r]) == n && strncmp(ROLE_NAMES[r], name, n) == 0) return r;
  return -1;
}

const char *help_role_name(HelpRole r) { return r >= 0 && r < HELP_ROLES ? ROLE_NAMES[r] : "?"; }

int help_payment_from_name(const char *name, size_t n) {
  for (int k = 0; k < PAY_KINDS; k++)
    if (strlen(PAY_NAMES[k]) == n && strncmp(PAY_NAMES[k], name, n) == 0) return k;
  return -1;
}

const char *help_payment_name(PaymentKind k) { return k >= 0 && k < PAY_KINDS ? PAY_NAMES[k] : "?"; }

int help_school_from_name(const char *name, size_t n) {
  for (int k = 0; k < SCHOOL_WORDS; k++)
    if (strlen(SCHOOL_NAMES[k]) == n && strncmp(SCHOOL_NAMES[k], name, n) == 0) return k;
  return -1;
}

const char *help_school_name(SchoolWord k) { return k >= 0 && k < SCHOOL_WORDS ? SCHOOL_NAMES[k] : "?"; }

static const HelpEntry *first_with(const HelpList *h, HelpRole r) {
  for (int i = 0; i < h->count; i++)
    if ((h->entries[i].roles >> r) & 1u) return &h->entries[i];
  return NULL;
}

const HelpEntry *help_role(const HelpList *h, HelpRole r) {
  if (!h) return NULL;
  /* Where a country has no service for a role, the nearest one that helps:
   * a young person is never left with nothing to call. */
  static const HelpRole FALLBACK[HELP_ROLES][3] = {
      [HELP_YOUTH_LINE] = {HELP_YOUTH_LINE, HELP_CRISIS, HELP_EMERGENCY},
      [HELP_REPORT_AUTHORITY] = {HELP_REPORT_AUTHORITY, HELP_YOUTH_LINE, HELP_EMERGENCY},
      [HELP_CRISIS] = {HELP_CRISIS, HELP_YOUTH_LINE, HELP_EMERGENCY},
      [HELP_EMERGENCY] = {HELP_EMERGENCY, HELP_CRISIS, HELP_YOUTH_LINE},
      [HELP_REMOVAL] = {HELP_REMOVAL, HELP_REPORT_AUTHORITY, HELP_YOUTH_LINE},
  };
  for (int k = 0; k < 3; k++) {
    const HelpEntry *e = first_with(h, FALLBACK[r][k]);
    if (e) return e;
  }
  return NULL;
}

const char *help_words(const HelpWords *w, const char *lang) {
  for (int k = 0; k < w->n; k++)
    if (lang && strcmp(w->lang[k], lang) == 0) return w->text[k];
  for (int k = 0; k < w->n; k++)
    if (strcmp(w->lang[k], "en") == 0) return w->text[k];
  return w->n ? w->text[0] : "";
}

void help_use_words(HelpList *h, const I18n *words) {
  if (h) h->words = words;
}

char *help_money(const HelpList *h, double euros, const char *lang) {
  double v = euros * h->money_rate;
  if (h->money_step > 0) v = round(v / h->money_step) * h->money_step;
  if (!(fabs(v) < 1e12)) v = 0;
  static const NumberStyle ENGLISH = {",", "."};
  const NumberStyle *ns = h->words ? i18n_numbers(h->words, lang) : &ENGLISH;
  /* The digits, grouped by thousands the way the language writes them. */
  char digits[32];
  snprintf(digits, sizeof digits, "%.0f", fabs(floor(fabs(v) + 0.5)));
  Buf num = {0};
  if (v < 0) buf_adds(&num, "-");
  size_t nd = strlen(digits);
  const char *sep = ns->group;
  for (size_t i = 0; i < nd; i++) {
    if (i > 0 && (nd - i) % 3 == 0 && nd > 3) buf_adds(&num, sep);
    buf_add(&num, &digits[i], 1);
  }
  double cents = fabs(v) - floor(fabs(v));
  if (h->money_step <= 0 && cents > 0.004) buf_addf(&num, "%s%02d", ns->decimal, (int)round(cents * 100) % 100);
  char *amount = buf_take(&num);
  Buf out = {0};
  const char *fmt = help_words(&h->money, lang);
  if (!*fmt) fmt = "# EUR";
  for (const char *p = fmt; *p; p++) {
    if (*p == '#') buf_adds(&out, amount);
    else if (*p == ' ') buf_adds(&out, "\xC2\xA0"); /* the amount and its currency stay on one line */
    else buf_add(&out, p, 1);
  }
  free(amount);
  return buf_take(&out);
}

bool help_has_country(const char *assets_dir, const char *country) {
  if (!country || !valid_code(country) || strcmp(country, "ALL") == 0) return false;
  char *file = xasprintf("%s/help/%s.lua", assets_dir, country);
  bool yes = is_file(file);
  free(file);
  return yes;
}
