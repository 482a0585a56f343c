/* The story language's busiest words in C, for the prelude
 * (engine/lua/prelude.lua): sandbox.c hands them to it. */
#ifndef BTS_PRELUDEC_H
#define BTS_PRELUDEC_H
#include <lua.h>

/* where(level): the file and line of the story code `level` calls above
 * the prelude word that asks (1 = the caller of the word). Upvalue 1: the
 * last file name (nil at first). */
int prelude_where(lua_State *L);
/* make_plain(frozen, real_of) -> plain(value, kind, level[, who]): a line
 * written `word "text"` made in one call, or nothing for another form. */
int prelude_make_plain(lua_State *L);
/* make_words(frozen, real_of, shape, speaker_ids, word_names, scenes,
 * copy_table) -> choice, when, scene, ending. */
int prelude_make_words(lua_State *L);

#endif
