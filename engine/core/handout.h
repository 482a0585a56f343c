/* --handout: the facilitator's sheet for one story: every discussion point
 * with its notes, in story order, with the scene it belongs to, the story
 * map and the help contacts (html.h). Never projected: it holds the notes. */
#ifndef BTS_HANDOUT_H
#define BTS_HANDOUT_H
#include <stdbool.h>

#include "i18n.h"
#include "story.h"

struct HelpList;

/* The page; story texts in `lang` where the story has it. Caller frees. */
char *handout_html(const Story *s, const struct HelpList *help, const I18n *in, const char *lang);
bool handout_write(const char *path, const Story *s, const struct HelpList *help, const I18n *in, const char *lang,
                   char **why);

#endif
