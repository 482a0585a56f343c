/* Memory that lives and dies at once (a story's texts, its recorded
 * lines): taken in large blocks, handed out in small pieces, freed in one
 * call. No malloc per text, no free per text. */
#ifndef BTS_ARENA_H
#define BTS_ARENA_H
#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
  ArenaBlock *block; /* the block being filled, its older ones behind it */
  size_t used, size; /* in the block being filled */
  size_t total;      /* bytes taken from the system, all blocks */
} Arena;

/* n bytes aligned for any type (zeroed when zero is true); never NULL. */
void *arena_alloc(Arena *a, size_t n);
void *arena_zalloc(Arena *a, size_t n);
/* A copy of s (n bytes, then a 0). */
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_strdup(Arena *a, const char *s);
/* Frees every block; the arena is empty and usable again. */
void arena_free(Arena *a);

#endif
