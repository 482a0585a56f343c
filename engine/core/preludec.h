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
/* make_words(frozen, real_of, shape, speaker_ids, word_names, collected,
 * copy_table) -> choice, when, scene, ending (a scene goes at the end of
 * collected.scenes). */
int prelude_make_words(lua_State *L);

/* Defined by sandbox.c (which includes this file, not the other way round):
 * for C code that story code calls (a library function, a story word),
 * charges n units of work done in C (one instruction each) to the budget
 * of the sandbox that owns L; past the budget or the time limit, the story
 * stops at its next instruction. */
void sandbox_work(lua_State *L, lua_Integer n);

#endif
