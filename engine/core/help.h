/* Help resources per country (assets/help/<CC>.lua, plus ALL.lua shown for
 * every country), each entry with its source. */
#ifndef BTS_HELP_H
#define BTS_HELP_H
#include <stdbool.h>

#include "diag.h"

typedef struct {
  char *name;    /* "3018", "Childline" */
  char *contact; /* "3018", "0800 1111", "internet-signalement.gouv.fr" */
  char *what;    /* one line, in the chosen language */
  char *source;
  bool urgent;   /* an emergency number */
} HelpEntry;

typedef struct {
  char *code;     /* "FR" */
  char *name;     /* in the chosen language */
  char *lang;     /* the country's usual language ("fr") */
  HelpEntry *entries; /* the country's, then the ones for everybody */
  int count;
} HelpList;

/* NULL (with diag) if the file is missing or broken. */
HelpList *help_load(const char *assets_dir, const char *country, const char *lang, Diag *diag);
void help_free(HelpList *h);
/* The assets check: every localized text of every help file (and ALL.lua)
 * has a text in lang; what is missing goes to diag. */
void help_check_lang(const char *assets_dir, const char *lang, Diag *diag);
/* The country codes that have a file, sorted; caller frees each and the array. */
char **help_countries(const char *assets_dir, int *count);

#endif
