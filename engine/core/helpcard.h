/* --help-card: a page of identical small cards, one per pupil, with the
 * country's help contacts (the crisis line first), in one language (html.h). */
#ifndef BTS_HELPCARD_H
#define BTS_HELPCARD_H
#include <stdbool.h>

#include "i18n.h"

struct HelpList;

/* Cards per printed page. */
#define HELPCARD_PER_PAGE 2

char *helpcard_html(const struct HelpList *help, const I18n *in, const char *lang);
bool helpcard_write(const char *path, const struct HelpList *help, const I18n *in, const char *lang, char **why);

#endif
