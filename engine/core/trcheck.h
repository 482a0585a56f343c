/* A translation's texts checked as strictly as the story's own: a broken
 * {…|…} group, a group with the wrong number of forms, a {placeholder} the
 * story does not know are errors at the entry's own line, because a player
 * would see braces or a blank; a {placeholder} the source has and the
 * translation lost is a warning. */
#ifndef BTS_TRCHECK_H
#define BTS_TRCHECK_H
#include <stddef.h>

#include "diag.h"

/* What the story knows of a {placeholder}'s inside: 1 a valid one, 0 not
 * one, -1 one with a problem (*why says it). The story's own rules. */
typedef int (*TrKnown)(const char *inner, size_t n, const char **why, const void *ctx);

/* dst, the `lang` translation of src (written at file:line), into diag.
 * names (NULL-terminated): the placeholders the story knows, for a "did
 * you mean". */
void trcheck_text(const char *lang, const char *src, const char *dst, const char *file, int line, TrKnown known,
                  const void *ctx, const char *const *names, Diag *diag);

#endif
