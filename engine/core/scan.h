/* The bottom of the core: reading UTF-8 and finding {placeholders} in a
 * text. Depends on nothing but the C library, so every module (diag, story,
 * text, the front ends) can use it without an include cycle. Its neighbour
 * textsafe.h (the terminal-safe filter) reads UTF-8 through it. */
#ifndef BTS_SCAN_H
#define BTS_SCAN_H
#include <stdbool.h>
#include <stddef.h>

/* ---- UTF-8 ---- */

/* Length (1-4) of the valid UTF-8 sequence at s, its code point in *cp; 0
 * for an invalid one (overlong, surrogate, beyond U+10FFFF, cut short). At
 * the end of the string: 1 and *cp = 0. */
int utf8_decode(const char *s, unsigned *cp);
/* An accented Latin letter without its accent (U+00C0-U+00FF: "e" for "é"), or 0. */
char scan_plain_letter(unsigned cp);
/* Characters in s (continuation bytes are not counted). */
size_t utf8_count(const char *s);
/* Bytes of the first character of s (0 for ""), continuation bytes after it
 * included: a whole character even when the text is not valid UTF-8. */
size_t utf8_first(const char *s);
/* The longest start of s, at most max bytes, that does not cut a
 * character in two. */
size_t utf8_cut(const char *s, size_t max);

/* ---- {placeholders} ---- */

typedef struct {
  const char *open;  /* the '{' */
  const char *inner; /* after it */
  size_t len;        /* up to the first '}' after the '{' (the '}' excluded) */
  bool closed;       /* false: a '{' with no '}' after it (inner runs to the end) */
  int bars;          /* '|' inside: gendered forms {masc|fem|neutral} */
} Placeholder;

/* Finds the next placeholder at or after *p and moves *p past it (to the end
 * of the text for an unclosed one). Returns false when there is no '{' left.
 *   const char *p = text; Placeholder ph;
 *   while (placeholder_next(&p, &ph)) ... */
bool placeholder_next(const char **p, Placeholder *ph);
/* True when the placeholder's inside is exactly `word`. */
bool placeholder_is(const Placeholder *ph, const char *word);

#endif
