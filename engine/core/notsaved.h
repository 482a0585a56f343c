/* A file of the player's could not be written (their place in a story,
 * their settings, a summary) or read back: what they are told, in their
 * language. Both front ends say it: the window in its status line, the
 * terminal on stderr, each with the details (*why) for whoever fixes it. */
#ifndef BTS_NOTSAVED_H
#define BTS_NOTSAVED_H
#include "i18n.h"

/* "<what> <what went wrong, from files.h write_trouble()> <the game goes
 * on>", three sentences of the language's own words (caller frees). what:
 * S_PLACE_NOT_SAVED, S_SAVE_FAILED (the settings), S_SUMMARY_NOT_WRITTEN. */
char *not_saved_words(const I18n *in, const char *lang, StrId what);

#endif
