/* Filling in a story text: {name}, {variable}, and gendered forms
 * {masculine|feminine|neutral}. */
#ifndef BTS_TEXT_H
#define BTS_TEXT_H

struct Story;

/* Returns a new string. gender is 'm', 'f' or 'x'. A neutral player with
 * only two forms given sees both ("nu/nue"). */
char *text_fill(const char *text, const struct Story *s, const double *vars, const char *name, char gender);

#endif
