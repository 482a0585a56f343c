/* A language's typography, applied to a finished text. Depends only on
 * util: the runtime (story texts) and i18n (the game's words) share it. */
#ifndef BTS_TYPOGRAPHY_H
#define BTS_TYPOGRAPHY_H
#include <stdbool.h>

/* The text as `lang` writes it: for French, a narrow no-break space before
 * ? ! ; : and inside « », and a no-break space before a closing bracket's
 * last word. Other languages come back unchanged. Returns a new string. */
char *text_typography(const char *text, const char *lang);
/* False when text_typography(text, lang) is always the text itself. */
bool typography_changes(const char *lang);
/* True when text_typography(text, lang) would be the text itself. */
bool typography_plain(const char *text, const char *lang);

#endif
