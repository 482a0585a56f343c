/* What went wrong with settings.conf, told to the person at the terminal in
 * their language, once per run. The language can come from that very file,
 * so settings_read gives facts (settings.h) and this puts them into words
 * after the language is settled. Both front ends use it. */
#ifndef BTS_SETTINGSWORDS_H
#define BTS_SETTINGSWORDS_H
#include <stdbool.h>

#include "i18n.h"
#include "settings.h"

/* settings_read, then i18n_settle; what could not be used is said on stderr
 * in `lang` (--lang) or else the settled language, the first time in this
 * run only: the window, then the terminal it falls back to (or a second
 * read of a file that leave-no-trace does not rewrite) say nothing again.
 * Returns settings_read's answer. */
bool settings_load_said(Settings *s, const I18n *in, const char *lang);

/* The message itself, one line per thing left out (caller frees; NULL when
 * there is nothing to say). */
char *settings_notes_words(const SettingsNotes *n, const I18n *in, const char *lang);

#endif
