/* The advice catalogue (assets/advice.lua): the right steps, their order
 * rules, and the words the debrief shows for each, per language. */
#ifndef BTS_CATALOG_H
#define BTS_CATALOG_H
#include <stdbool.h>
#include <stdint.h>

#include "diag.h"

#define CATALOG_MAX 32
#define CATALOG_LANGS 16

typedef struct {
  char *id;
  char *source;
  uint32_t before; /* bits of the steps this one must come before */
  bool prevention; /* group = "prevention": for next time, not a response step */
  char *lang[CATALOG_LANGS];
  char *step[CATALOG_LANGS];
  char *why[CATALOG_LANGS];
  int nlang;
} Advice;

/* The catalogue's order is the order the debrief teaches: the response
 * steps as police and helplines agree on them, then prevention. */
typedef struct Catalog {
  Advice items[CATALOG_MAX];
  int count;
} Catalog;

Catalog *catalog_load(const char *path, Diag *diag);
void catalog_free(Catalog *c);
int catalog_index(const Catalog *c, const char *id);
/* Falls back to English, then to the first language given. */
const char *catalog_step(const Catalog *c, int i, const char *lang);
const char *catalog_why(const Catalog *c, int i, const char *lang);

#endif
