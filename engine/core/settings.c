#include "settings.h"

#include <ctype.h>
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

bool settings_parse(Settings *s, const char *text, char **why) {
  const char *line = text;
  int lineno = 0;
  bool header = false;
  while (line && *line) {
    lineno++;
    const char *eol = strchr(line, '\n');
    char *l = xstrndup(line, eol ? (size_t)(eol - line) : strlen(line));
    line = eol ? eol + 1 : NULL;
    char *key = l;
    while (*key == ' ') key++;
    if (*key == '#' || *key == 0) {
      if (strncmp(key, "# behind-the-screen settings", 28) == 0) header = true;
      free(l);
      continue;
    }
    char *eq = strchr(key, '=');
    if (!eq) {
      *why = xasprintf("line %d is not \"key = value\"", lineno);
      free(l);
      return false;
    }
    char *kend = eq;
    while (kend > key && kend[-1] == ' ') kend--;
    *kend = 0;
    char *v = eq + 1;
    while (*v == ' ') v++;
    size_t vl = strlen(v);
    while (vl && (v[vl - 1] == ' ' || v[vl - 1] == '\r')) v[--vl] = 0;
    bool ok = true;
    if (strcmp(key, "lang") == 0) ok = vl >= 2 && vl < sizeof s->lang && (snprintf(s->lang, sizeof s->lang, "%s", v), true);
    else if (strcmp(key, "country") == 0) {
      /* the help data's spelling ("fr" written by hand is FR); letters only: it names a file */
      ok = vl >= 2 && vl < sizeof s->country;
      for (size_t i = 0; ok && i < vl; i++) ok = isalpha((unsigned char)v[i]);
      if (ok)
        for (size_t i = 0; i <= vl; i++) s->country[i] = (char)toupper((unsigned char)v[i]);
    }
    else if (strcmp(key, "name") == 0) ok = vl < sizeof s->name && (snprintf(s->name, sizeof s->name, "%s", v), true);
    else if (strcmp(key, "gender") == 0) ok = vl == 1 && strchr("mfx", v[0]) && (s->gender = v[0], true);
    else if (strcmp(key, "text_scale") == 0) {
      int n = atoi(v);
      ok = n >= 100 && n <= 200;
      if (ok) s->text_scale = n;
    } else if (strcmp(key, "speed") == 0) {
      if (strcmp(v, "instant") == 0) s->speed = SPEED_INSTANT;
      else if (strcmp(v, "normal") == 0) s->speed = SPEED_NORMAL;
      else if (strcmp(v, "slow") == 0) s->speed = SPEED_SLOW;
      else ok = false;
    } else if (strcmp(key, "high_contrast") == 0) ok = parse_bool(v, &s->high_contrast);
    else if (strcmp(key, "dyslexic_font") == 0) ok = parse_bool(v, &s->dyslexic_font);
    else if (strcmp(key, "reduced_motion") == 0) ok = parse_bool(v, &s->reduced_motion);
    else if (strcmp(key, "fullscreen") == 0) ok = parse_bool(v, &s->fullscreen);
    else if (strcmp(key, "read_aloud") == 0) ok = parse_bool(v, &s->read_aloud);
    else if (strcmp(key, "discreet") == 0) ok = parse_bool(v, &s->discreet);
    else if (strcmp(key, "classroom") == 0) ok = parse_bool(v, &s->classroom);
    else if (strcmp(key, "display") == 0) {
      int n = atoi(v);
      ok = n >= 0 && n <= 16;
      if (ok) s->display = n;
    }
    else if (strcmp(key, "set_up") == 0) ok = parse_bool(v, &s->set_up);
    /* Unknown keys (from a newer version) are ignored. */
    if (!ok) {
      *why = xasprintf("line %d: bad value for %s", lineno, key);
      free(l);
      return false;
    }
    free(l);
  }
  if (!header) {
    *why = xstrdup("not a settings file of this game");
    return false;
  }
  return true;
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

static bool parse_settings(const char *text, void *out, char **problem) {
  return settings_parse(out, text, problem);
}

bool settings_load(Settings *s, char **why) {
  settings_defaults(s);
  char *path = settings_path();
  Settings parsed = *s;
  bool found;
  bool ok = own_file_read(path, SETTINGS_MAX, "the settings file", " and the defaults are used", parse_settings,
                          &parsed, &found, why);
  if (ok && found) *s = parsed;
  free(path);
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
