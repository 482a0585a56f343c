/* --translate: writes or updates a story's translations/LANG.lua, in story
 * order, new texts as TODO, stale entries kept at the end. */
#ifndef BTS_TRANSLATE_H
#define BTS_TRANSLATE_H
#include <stdbool.h>

#include "story.h"

typedef struct {
  char *path;          /* the file written (caller frees) */
  int kept, todo, stale;
} TranslateReport;

/* On failure *why (caller frees) says what to do; nothing was changed. */
bool translate_write(const Story *s, const char *lang, TranslateReport *rep, char **why);

#endif
