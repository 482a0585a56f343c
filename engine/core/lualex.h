/* A small reader of Lua source text, for what Lua's own parser does not
 * keep: the line of each entry of a table. A translation's entries are
 * found by their ["source text"] key, a story card's fields by their name,
 * and a syntax error's previous token (the line that lacks a comma). It
 * never runs anything; a text it cannot read ends the token list early. */
#ifndef BTS_LUALEX_H
#define BTS_LUALEX_H
#include <stddef.h>

typedef enum { LEX_NAME, LEX_STRING, LEX_NUMBER, LEX_SYMBOL } LexKind;

typedef struct {
  LexKind kind;
  int line;
  const char *start; /* in the source text */
  size_t len;        /* of the token as written */
  char *value;       /* LEX_STRING: the text it stands for (escapes read); else NULL */
  size_t vlen;
} LexToken;

typedef struct {
  LexToken *tokens;
  int count;
} Lexed;

/* Reads the tokens of code (at most max_tokens of them, 0 for no bound). */
Lexed lualex(const char *code, size_t len, int max_tokens);
void lualex_free(Lexed *x);
/* True when token i is the symbol `sym` ("=", "{", "]"). */
int lualex_is(const Lexed *x, int i, const char *sym);

/* Each ["key"] = ... of a text, with its line, sorted by key (lines in
 * order for a key written twice). */
typedef struct {
  char *key;
  int line;
} KeyLine;

KeyLine *lualex_keys(const char *code, size_t len, int *count);
void lualex_keys_free(KeyLine *k, int count);
/* The line of the last ["key"] with this text, or 0. */
int lualex_key_line(const KeyLine *k, int count, const char *key);

/* The line where `field = ` is written directly inside the first table that
 * opens at or after line `from` (a story card, an ending), or 0. */
int lualex_field_line(const Lexed *x, int from, const char *field);

#endif
