#include "settings.h"

#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "forget.h"
#include "paths.h"
#include "files.h"
#include "util.h"

#define SETTINGS_MAX (64u << 10)

void settings_defaults(Settings *s) {
  memset(s, 0, sizeof *s);
  const char *loc = getenv("LC_ALL");
  if (!loc || !*loc) loc = getenv("LC_MESSAGES");
  if (!loc || !*loc) loc = getenv("LANG");
  if (!loc) loc = "";
  /* "fr_CA.UTF-8" -> fr and CA. Which languages exist is data (i18n.h):
   * i18n_settle turns a language without a file into English and fills a
   * country the locale left open ("fr" alone) from the language's file. */
  bool code = loc[0] >= 'a' && loc[0] <= 'z' && loc[1] >= 'a' && loc[1] <= 'z' && !(loc[2] >= 'a' && loc[2] <= 'z');
  snprintf(s->lang, sizeof s->lang, "%.2s", code ? loc : "en");
  const char *us = strchr(loc, '_');
  if (us && strlen(us) >= 3) {
    s->country[0] = us[1];
    s->country[1] = us[2];
    s->country[2] = 0;
  }
  if (strcmp(s->country, "UK") == 0) strcpy(s->country, "GB");
  snprintf(s->name, sizeof s->name, "%s", "Sam");
  s->gender = 'x';
  s->text_scale = 100;
  s->speed = SPEED_NORMAL;
}

static bool parse_bool(const char *v, bool *out) {
  if (strcmp(v, "true") == 0 || strcmp(v, "1") == 0) return *out = true, true;
  if (strcmp(v, "false") == 0 || strcmp(v, "0") == 0) return *out = false, true;
  return false;
}

/* What a good value looks like, in English: the details of *why (for logs
 * and tests). The player reads it in their own words (settingswords.c). */
static const char *const WANT_EN[] = {
    [SET_WANT_LANG] = "a language code such as en, fr or it",
    [SET_WANT_COUNTRY] = "a country code such as GB, FR or IT",
    [SET_WANT_NAME] = "a first name of at most 63 bytes",
    [SET_WANT_GENDER] = "m, f or x",
    [SET_WANT_TEXT_SCALE] = "a text size from 100 to 200",
    [SET_WANT_SPEED] = "instant, normal or slow",
    [SET_WANT_DISPLAY] = "a display number from 0 to 16",
    [SET_WANT_BOOL] = "true or false",
};

/* One "key = value" line over s. Returns SET_WANT_NONE if it was used (or
 * the key is unknown: a newer version's, ignored), else what a good value
 * looks like. */
static SettingsWant apply_line(Settings *s, const char *key, const char *v) {
  size_t vl = strlen(v);
  bool ok = true;
  SettingsWant want = SET_WANT_NONE;
  if (strcmp(key, "lang") == 0) {
    want = SET_WANT_LANG;
    ok = vl >= 2 && vl < sizeof s->lang && (snprintf(s->lang, sizeof s->lang, "%s", v), true);
  } else if (strcmp(key, "country") == 0) {
    /* the help data's spelling ("fr" written by hand is FR); letters only: it names a file */
    want = SET_WANT_COUNTRY;
    ok = vl >= 2 && vl < sizeof s->country;
    for (size_t i = 0; ok && i < vl; i++) ok = isalpha((unsigned char)v[i]);
    if (ok)
      for (size_t i = 0; i <= vl; i++) s->country[i] = (char)toupper((unsigned char)v[i]);
    if (ok && strcmp(s->country, "UK") == 0) strcpy(s->country, "GB"); /* as the locale's UK is */
  } else if (strcmp(key, "name") == 0) {
    want = SET_WANT_NAME;
    ok = vl < sizeof s->name && (snprintf(s->name, sizeof s->name, "%s", v), true);
  } else if (strcmp(key, "gender") == 0) {
    want = SET_WANT_GENDER;
    ok = vl == 1 && strchr("mfx", v[0]) && (s->gender = v[0], true);
  } else if (strcmp(key, "text_scale") == 0) {
    want = SET_WANT_TEXT_SCALE;
    int n = atoi(v);
    ok = n >= 100 && n <= 200;
    if (ok) s->text_scale = n;
  } else if (strcmp(key, "speed") == 0) {
    want = SET_WANT_SPEED;
    if (strcmp(v, "instant") == 0) s->speed = SPEED_INSTANT;
    else if (strcmp(v, "normal") == 0) s->speed = SPEED_NORMAL;
    else if (strcmp(v, "slow") == 0) s->speed = SPEED_SLOW;
    else ok = false;
  } else if (strcmp(key, "display") == 0) {
    want = SET_WANT_DISPLAY;
    int n = atoi(v);
    ok = n >= 0 && n <= 16;
    if (ok) s->display = n;
  } else {
    static const struct { const char *key; size_t at; } flags[] = {
        {"high_contrast", offsetof(Settings, high_contrast)}, {"dyslexic_font", offsetof(Settings, dyslexic_font)},
        {"reduced_motion", offsetof(Settings, reduced_motion)}, {"fullscreen", offsetof(Settings, fullscreen)},
        {"read_aloud", offsetof(Settings, read_aloud)},       {"discreet", offsetof(Settings, discreet)},
        {"classroom", offsetof(Settings, classroom)},         {"set_up", offsetof(Settings, set_up)},
    };
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
      if (strcmp(key, flags[i].key) == 0) {
        want = SET_WANT_BOOL;
        ok = parse_bool(v, (bool *)((char *)s + flags[i].at));
      }
    /* Unknown keys (from a newer version) are ignored. */
  }
  return ok ? SET_WANT_NONE : want;
}

/* The file's lines over s, each on its own: a bad line is left out and noted
 * in *dropped ("<where>:<line>: warning: ..." lines; NULL if none) and in
 * notes (when not NULL), every good one is kept. Returns false only for a
 * text that is not a settings file of this game (then nothing is used). */
static bool parse_lines(Settings *s, const char *text, const char *where, char **dropped, SettingsNotes *notes_out) {
  Settings got = *s;
  Buf notes = {0};
  const char *line = text;
  int lineno = 0;
  bool header = false;
  while (line && *line) {
    lineno++;
    const char *eol = strchr(line, '\n');
    char *l = xstrndup(line, eol ? (size_t)(eol - line) : strlen(line));
    line = eol ? eol + 1 : NULL;
    size_t ll = strlen(l);
    while (ll && (l[ll - 1] == ' ' || l[ll - 1] == '\r')) l[--ll] = 0;
    char *key = l;
    while (*key == ' ') key++;
    if (*key == '#' || *key == 0) {
      if (strncmp(key, "# behind-the-screen settings", 28) == 0) header = true;
      free(l);
      continue;
    }
    char *said = xstrdup(key); /* the line as written, for a note */
    char *eq = strchr(key, '=');
    SettingsWant want = SET_WANT_NONE;
    if (eq) {
      char *kend = eq;
      while (kend > key && kend[-1] == ' ') kend--;
      *kend = 0;
      char *v = eq + 1;
      while (*v == ' ') v++;
      want = apply_line(&got, key, v);
    }
    if (!eq || want != SET_WANT_NONE) {
      /* the line quoted (cut short if long, never inside a letter), so the player finds it */
      size_t cut = strlen(said) > 60 ? 60 : strlen(said);
      while (cut > 0 && cut < strlen(said) && ((unsigned char)said[cut] & 0xC0) == 0x80) cut--;
      const char *more = cut < strlen(said) ? "..." : "";
      buf_addf(&notes, "%s%s:%d: warning: \"%.*s%s\" was left out (%s%s); the other settings are kept",
               notes.len ? "\n" : "", where, lineno, (int)cut, said, more, eq ? "expected " : "not \"key = value\"",
               eq ? WANT_EN[want] : "");
      if (notes_out) {
        notes_out->drops = xrealloc(notes_out->drops, (size_t)(notes_out->ndrops + 1) * sizeof *notes_out->drops);
        notes_out->drops[notes_out->ndrops++] =
            (SettingsDrop){.line = lineno, .want = eq ? want : SET_WANT_LINE, .said = xasprintf("%.*s%s", (int)cut, said, more)};
      }
    }
    free(said);
    free(l);
  }
  if (!header) {
    free(buf_take(&notes));
    *dropped = NULL;
    if (notes_out) settings_notes_free(notes_out);
    return false;
  }
  *s = got;
  *dropped = notes.len ? buf_take(&notes) : NULL;
  return true;
}

bool settings_parse(Settings *s, const char *text, char **why) {
  char *dropped = NULL;
  if (!parse_lines(s, text, "settings", &dropped, NULL)) {
    *why = xstrdup("not a settings file of this game");
    return false;
  }
  if (dropped) *why = dropped;
  return !dropped;
}

char *settings_format(const Settings *s) {
  static const char *speeds[] = {"instant", "normal", "slow"};
  Buf b = {0};
  buf_adds(&b, "# behind-the-screen settings 1\n");
  buf_addf(&b, "lang = %s\n", s->lang);
  if (s->country[0]) buf_addf(&b, "country = %s\n", s->country); /* open until i18n_settle */
  buf_adds(&b, "name = ");
  buf_add_line(&b, s->name);
  buf_addf(&b, "\ngender = %c\ntext_scale = %d\nspeed = %s\n", s->gender, s->text_scale, speeds[s->speed]);
  buf_addf(&b, "high_contrast = %s\ndyslexic_font = %s\nreduced_motion = %s\nfullscreen = %s\nset_up = %s\n",
           s->high_contrast ? "true" : "false", s->dyslexic_font ? "true" : "false",
           s->reduced_motion ? "true" : "false", s->fullscreen ? "true" : "false", s->set_up ? "true" : "false");
  buf_addf(&b, "read_aloud = %s\ndiscreet = %s\n", s->read_aloud ? "true" : "false", s->discreet ? "true" : "false");
  buf_addf(&b, "classroom = %s\n", s->classroom ? "true" : "false");
  if (s->display > 0) buf_addf(&b, "display = %d\n", s->display);
  return buf_take(&b);
}

static char *settings_path(void) { return paths_user_file("settings.conf"); }

typedef struct {
  Settings *s;
  const char *path;
  char *dropped; /* the lines left out, or NULL */
  SettingsNotes *notes;
} Parsing;

static bool parse_settings(const char *text, void *out, char **problem) {
  Parsing *p = out;
  if (!parse_lines(p->s, text, p->path, &p->dropped, p->notes)) {
    *problem = xstrdup("not a settings file of this game");
    return false;
  }
  return true;
}

/* Some lines were left out: the file as it was is kept aside (renamed, so
 * not one byte is lost) and the good values are written back, so the next
 * start says nothing. If they cannot be written (a full disk), the file
 * goes back where it was: it is read the same way next time. */
static char *keep_original(const Settings *s, const char *path) {
  if (trace_is_off()) return NULL; /* leave no trace: not even a rename */
  char *aside = set_aside(path);
  if (!aside) return NULL;
  char *text = settings_format(s), *werr = NULL;
  bool ok = atomic_write(path, text, strlen(text), &werr);
  free(text);
  free(werr);
  if (!ok && rename(aside, path) == 0) {
    free(aside);
    return NULL;
  }
  return aside;
}

void settings_notes_free(SettingsNotes *n) {
  for (int i = 0; i < n->ndrops; i++) free(n->drops[i].said);
  free(n->drops);
  free(n->path);
  free(n->aside);
  free(n->details);
  memset(n, 0, sizeof *n);
}

bool settings_read(Settings *s, SettingsNotes *n) {
  memset(n, 0, sizeof *n);
  settings_defaults(s);
  char *path = settings_path();
  Settings parsed = *s;
  Parsing p = {&parsed, path ? path : "settings.conf", NULL, n};
  bool found;
  bool ok = own_file_read(path, SETTINGS_MAX, "the settings file", " and the defaults are used", parse_settings,
                          &p, &found, &n->details, &n->aside);
  n->path = xstrdup(p.path);
  if (ok && found) *s = parsed;
  if (!ok) {
    n->unusable = true; /* nothing of it used: no line to name */
    for (int i = 0; i < n->ndrops; i++) free(n->drops[i].said);
    free(n->drops);
    n->drops = NULL;
    n->ndrops = 0;
  }
  if (ok && p.dropped) {
    n->aside = keep_original(s, path);
    n->details = n->aside ? xasprintf("%s\n%s: the file as it was is kept as %s", p.dropped, path, n->aside)
                          : xstrdup(p.dropped);
    ok = false;
  }
  free(p.dropped);
  free(path);
  return ok;
}

bool settings_load(Settings *s, char **why) {
  SettingsNotes n;
  bool ok = settings_read(s, &n);
  *why = n.details;
  n.details = NULL;
  settings_notes_free(&n);
  return ok;
}

bool settings_save(const Settings *s, char **why) {
  if (trace_is_off()) return true; /* leave no trace: changes last this session */
  char *user = paths_user();
  if (!user) {
    *why = xstrdup(PATHS_NO_HOME);
    return false;
  }
  bool ok = make_dirs(user, why);
  free(user);
  if (!ok) return false;
  char *path = settings_path();
  char *text = settings_format(s);
  ok = atomic_write(path, text, strlen(text), why);
  free(text);
  free(path);
  return ok;
}
