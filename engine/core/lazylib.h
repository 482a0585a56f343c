/* Libraries only a few commands need (libzip for story packs, Graphviz for
 * the story map, espeak-ng for reading aloud) are opened when first used,
 * not when the program starts: loaded at start they and theirs (libcrypto,
 * the Graphviz plugins' libraries, ...) cost every start of the window and
 * of the terminal 2 MB of memory and their dynamic linking (docs/performance.md).
 * Linux builds only (BTS_SONAME_<LIB>, read by cmake/lazylib.cmake from the
 * library pkg-config found); the Windows and browser builds link what they
 * have as before. */
#ifndef BTS_LAZYLIB_H
#define BTS_LAZYLIB_H
#include <stdbool.h>

typedef struct {
  const char *name; /* NULL ends the list */
  void **fn;        /* where the function's address goes */
} LazyFn;

/* Opens the first of `files` (NULL-terminated sonames) that loads and has
 * every function of `fns`. Each module calls it at each use and keeps the
 * answer in *state (0 not yet, 1 open, -1 missing). False when no file
 * loads; *why then says which library is missing (static text). */
bool lazy_open(int *state, const char *const *files, const LazyFn *fns, const char **why);

#endif
