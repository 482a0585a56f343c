/* Diagnostics: compiler-style "file:line: error: message" lists. */
#ifndef BTS_DIAG_H
#define BTS_DIAG_H
#include <stdio.h>

typedef enum { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } DiagLevel;

typedef struct {
  DiagLevel level;
  char *file;
  int line;
  char *message;
} DiagEntry;

typedef struct {
  DiagEntry *entries;
  int count, cap;
  int errors, warnings;
  int dropped; /* past the list's bound: counted, not kept */
} Diag;

void diag_init(Diag *d);
void diag_free(Diag *d);
void diag_add(Diag *d, DiagLevel level, const char *file, int line,
              const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* Adds a message that already starts with "file:line: " (a Lua error). */
void diag_add_lua(Diag *d, DiagLevel level, const char *msg, const char *fallback_file);
void diag_print(const Diag *d, FILE *out);
/* From now on, messages about files under `folder` name them "shown: rel"
 * (an unpacked story pack). NULL, NULL forgets it. */
void diag_alias(const char *folder, const char *shown);

#endif
