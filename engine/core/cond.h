/* Conditions ("trust > 2 and not did('talk')") compiled once into a small
 * program the runtime evaluates in C: no Lua call, no allocation, no clock
 * per condition (random playthroughs and --check evaluate millions).
 *
 * Only a plain subset is compiled: numbers, true/false/nil, variables,
 * did("id"), not, and, or, == ~= < <= > >=, + - * / and parentheses. Any
 * other expression (and every error) stays with the Lua function the story
 * builder compiled beside it, which remains the meaning of a condition: the
 * program gives the same value as Lua wherever it answers, and answers
 * COND_ASK_LUA where Lua would raise an error, so that Lua says which.
 * Its work is bounded by the expression's length (no loops, no calls), so
 * it needs no time budget. Depends on nothing but the C library. */
#ifndef BTS_COND_H
#define BTS_COND_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define COND_ASK_LUA (-2)

typedef struct CondProg CondProg;

/* How names resolve: a variable's index (*is_bool says its kind) or -1; an
 * advice id's bit (0-31) or -1. */
typedef struct {
  int (*var)(void *ud, const char *name, size_t len, bool *is_bool);
  int (*advice)(void *ud, const char *id, size_t len);
  void *ud;
} CondNames;

/* NULL when the expression is not in the subset (then Lua evaluates it). */
CondProg *cond_compile(const char *expr, const CondNames *names);
/* 1 true, 0 false, COND_ASK_LUA where Lua raises an error (comparing or
 * adding a boolean, ...). */
int cond_eval(const CondProg *p, const double *vars, uint32_t did);
void cond_free(CondProg *p);
/* Bytes it holds (the story's memory is counted). */
size_t cond_size(const CondProg *p);

#endif
