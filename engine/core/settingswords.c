#include "settingswords.h"

#include <stdio.h>
#include <stdlib.h>

#include "textsafe.h"
#include "util.h"

/* Each SettingsWant as the player reads it. */
static const StrId WANT_WORD[] = {
    [SET_WANT_LINE] = T_SET_WANT_LINE,           [SET_WANT_LANG] = T_SET_WANT_LANG,
    [SET_WANT_COUNTRY] = T_SET_WANT_COUNTRY,     [SET_WANT_NAME] = T_SET_WANT_NAME,
    [SET_WANT_GENDER] = T_SET_WANT_GENDER,       [SET_WANT_TEXT_SCALE] = T_SET_WANT_TEXT_SCALE,
    [SET_WANT_SPEED] = T_SET_WANT_SPEED,         [SET_WANT_DISPLAY] = T_SET_WANT_DISPLAY,
    [SET_WANT_BOOL] = T_SET_WANT_BOOL,
};

/* A word set by the language's typography (French spaces before : ; ! ?),
 * then {name} filled: a path such as C:\\Users is not a colon to space. */
static void add_word(Buf *b, const I18n *in, const char *lang, StrId id, const char *name) {
  char buf[4096];
  char *set = i18n_typography(in, lang, i18n_word(in, lang, id));
  buf_adds(b, i18n_fill_name(in, lang, set, name, buf, sizeof buf));
  free(set);
}

char *settings_notes_words(const SettingsNotes *n, const I18n *in, const char *lang) {
  if (!n->unusable && !n->ndrops) return NULL;
  Buf b = {0};
  if (n->unusable) {
    add_word(&b, in, lang, T_SET_UNUSABLE, n->path);
    buf_adds(&b, " ");
    if (n->aside) add_word(&b, in, lang, T_SET_KEPT_AS, n->aside);
    else add_word(&b, in, lang, T_SET_STAYS, "");
    return buf_take(&b);
  }
  for (int i = 0; i < n->ndrops; i++) {
    const SettingsDrop *d = &n->drops[i];
    /* file:line: where a person (or an editor) finds it */
    buf_addf(&b, "%s%s:%d: ", i ? "\n" : "", n->path, d->line);
    add_word(&b, in, lang, T_SET_LEFT_OUT, d->said);
    buf_adds(&b, " ");
    add_word(&b, in, lang, WANT_WORD[d->want], "");
  }
  if (n->aside) {
    buf_adds(&b, "\n");
    add_word(&b, in, lang, T_SET_KEPT_AS, n->aside);
  }
  return buf_take(&b);
}

bool settings_load_said(Settings *s, const I18n *in, const char *lang) {
  static bool said; /* once a run: the same file read again says the same */
  SettingsNotes n;
  bool ok = settings_read(s, &n);
  i18n_settle(in, s);
  char *words = said ? NULL : settings_notes_words(&n, in, lang && i18n_find(in, lang) >= 0 ? lang : s->lang);
  if (words) {
    bts_warn("%s", words);
    said = true;
  }
  free(words);
  settings_notes_free(&n);
  return ok;
}
