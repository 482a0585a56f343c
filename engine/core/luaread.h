/* Reading the tables a sandbox produced, without running story code: raw
 * access only (a story cannot attach metamethods, but a speaker object has
 * them, and must never be triggered from C). */
#ifndef BTS_LUAREAD_H
#define BTS_LUAREAD_H
#include <lua.h>
#include <stdbool.h>

/* Pushes t[key] (raw); returns its type. */
int lr_field(lua_State *L, int t, const char *key);
/* A string field copied with malloc, or NULL when absent or not a string. */
char *lr_string(lua_State *L, int t, const char *key);
bool lr_number(lua_State *L, int t, const char *key, double *out);
/* The name of the first key of t not in `known` (NULL-terminated), or NULL. */
const char *lr_unknown_key(lua_State *L, int t, const char *const *known);
/* Closest word of `known` to `word` within 2 edits, or NULL. */
const char *lr_suggest(const char *word, const char *const *known);

#endif
