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

/* What a country placeholder's inside ("help.crisis", "money 200") is:
 * 0 = not one, 1 = a valid one, -1 = one with a problem (*why, static). */
int text_country_placeholder(const char *inner, size_t n, const struct Story *s, const char **why);

/* The text as `lang` writes it: for French, a narrow no-break space before
 * ? ! ; : and inside « », and a no-break space before a closing bracket's
 * last word. Other languages come back unchanged. Returns a new string. */
char *text_typography(const char *text, const char *lang);

/* Makes a story text safe for a terminal: control characters (C0, C1, DEL),
 * bidirectional overrides and invalid UTF-8 become U+FFFD or a space. */
char *text_terminal_safe(const char *text);

#endif
