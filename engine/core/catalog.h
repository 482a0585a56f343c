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
  bool own;        /* a story's own step: its texts are the story's, translated with it */
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

/* What a story is about: its debrief shows that topic's help (the crisis
 * lines always). */
typedef enum { TOPIC_SEXTORTION, TOPIC_CYBERBULLYING, TOPIC_GROOMING, TOPIC_SCAM, TOPIC_NONE, TOPIC_COUNT } Topic;
/* "scam" -> TOPIC_SCAM, or -1. */
int topic_from_name(const char *name);
const char *topic_name(Topic t);
/* "sextortion, cyberbullying, grooming, scam, none" (static). */
const char *topic_list(void);

Catalog *catalog_load(const char *path, Diag *diag);
/* A copy that a story extends with its own steps (catalog_free frees it). */
Catalog *catalog_copy(const Catalog *c);
void catalog_free(Catalog *c);
int catalog_index(const Catalog *c, const char *id);
/* Falls back to English, then to the first language given. */
const char *catalog_step(const Catalog *c, int i, const char *lang);
const char *catalog_why(const Catalog *c, int i, const char *lang);

#endif
