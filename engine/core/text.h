/* Filling in a story text: {name}, {variable}, and gendered forms
 * {masculine|feminine|neutral}. */
#ifndef BTS_TEXT_H
#define BTS_TEXT_H

#include <stdbool.h>
#include <stddef.h>

struct Story;
struct HelpList;

/* Returns a new string. gender is 'm', 'f' or 'x'. A neutral player with
 * only two forms given sees both ("nu/nue"). */
char *text_fill(const char *text, const struct Story *s, const double *vars, const char *name, char gender);

/* text_fill, plus the player's country (docs/story-language.md):
 * {help.<role>} (name and contact), {help.<role>.name}, {help.<role>.contact},
 * {money N} / {money VAR} (euros, shown in the country's currency) and
 * {payment.prepaid|giftcard|app}. lang picks the country words. Without a
 * country (help NULL) these stay as written. */
char *text_fill_local(const char *text, const struct Story *s, const double *vars, const char *name, char gender,
                      const struct HelpList *help, const char *lang);


#endif
