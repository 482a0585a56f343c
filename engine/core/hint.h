/* Errors a beginner understands: Lua's own words ("'}' expected near
 * 'alex'") turned into what to do ("missing a comma at the end of line
 * 7?"), and the usual slips in a condition (=, &&, ||, !) caught before
 * Lua reads it. Each hint says where and what to write instead. */
#ifndef BTS_HINT_H
#define BTS_HINT_H
#include <stddef.h>

/* A Lua syntax error ("file:12: '}' expected near 'alex'") in `code`, said
 * for a beginner: the message (caller frees) and its line in *line; NULL
 * when there is nothing better to say than Lua's words. */
char *hint_syntax(const char *code, size_t len, const char *msg, int *line);

/* A Lua error raised while a story file runs ("file:12: attempt to call a
 * table value"), said for a beginner with the same "file:12: " in front
 * (caller frees); NULL when there is nothing better to say. */
char *hint_runtime(const char *msg);

/* What is wrong with a condition that uses another language's operators
 * (= for ==, &&, ||, !, !=), or NULL. Static text. */
const char *hint_condition(const char *cond);

/* A condition that is always true in Lua: a bare number ("2"), or a bare
 * name (`disturbances`); *name gets the name (caller frees), or NULL. */
int hint_bare_condition(const char *cond, char **name);

#endif
