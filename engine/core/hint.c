#include "hint.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "lualex.h"
#include "util.h"

/* "path:12: text": the line and where the text starts, or 0. */
static int split_message(const char *msg, const char **text) {
  for (const char *p = strchr(msg, ':'); p; p = strchr(p + 1, ':')) {
    const char *q = p + 1;
    int line = 0, digits = 0;
    while (isdigit((unsigned char)*q) && digits < 9) line = line * 10 + (*q++ - '0'), digits++;
    if (digits && *q == ':') {
      *text = q + 1 + (q[1] == ' ');
      return line;
    }
  }
  return 0;
}

/* The token Lua names at the end of its message: near 'x' (copied), or
 * "<eof>", or NULL. */
static char *near_token(const char *text) {
  const char *n = NULL;
  for (const char *p = strstr(text, " near "); p; p = strstr(p + 1, " near ")) n = p + 6;
  if (!n) return NULL;
  if (strncmp(n, "<eof>", 5) == 0) return xstrdup("<eof>");
  if (*n != '\'') return NULL;
  const char *end = strrchr(n + 1, '\'');
  return end && end > n ? xstrndup(n + 1, (size_t)(end - n - 1)) : NULL;
}

/* "(to close '{' at line 3)": the line, or 0. */
static int closes_line(const char *text, char *opener) {
  const char *p = strstr(text, "(to close '");
  if (!p || !p[11] || strncmp(p + 12, "' at line ", 10) != 0) return 0;
  *opener = p[11];
  return atoi(p + 22);
}

char *hint_syntax(const char *code, size_t len, const char *msg, int *line) {
  if (!msg) return NULL;
  const char *text = NULL;
  int at = split_message(msg, &text);
  if (!at) return NULL;
  char *tok = near_token(text);
  char *out = NULL;
  *line = at;
  char opener = 0;
  int opened = closes_line(text, &opener);
  if (tok && strcmp(tok, "goto") == 0) {
    out = xstrdup("'goto' is not a word of the story language: to move on to a scene, write go = \"scene-id\" "
                  "in a choice, or go \"scene-id\" as the last line of a scene");
  } else if (strstr(text, "unfinished string")) {
    out = xstrdup("a text in quotes is not closed on this line (unfinished string): add the closing \" (a text "
                  "cannot go over two lines; write \\n for a new line)");
  } else if (tok && strcmp(tok, "<eof>") == 0 && opened) {
    *line = opened;
    out = xasprintf("the '%c' opened at line %d is never closed: add a '%c' where it ends", opener, opened,
                    opener == '{' ? '}' : opener == '(' ? ')' : ']');
  } else if (tok && strcmp(tok, "=") == 0 && (strstr(text, "'}' expected") || strstr(text, "unexpected symbol"))) {
    out = xstrdup("'=' cannot follow a text here: a field has a plain name (go = \"b\"), and a translation's "
                  "text goes in square brackets: [\"hello\"] = \"salut\"");
  } else if (tok && strcmp(tok, "<eof>") != 0 && strstr(text, "expected") &&
             (strstr(text, "'}' expected") || strstr(text, "')' expected"))) {
    /* Lua stops at the first word after the one that lacks its comma. */
    Lexed x = lualex(code, len, 0);
    int i = 0;
    while (i < x.count && (x.tokens[i].line < at || x.tokens[i].len != strlen(tok) ||
                           memcmp(x.tokens[i].start, tok, x.tokens[i].len) != 0))
      i++;
    if (i < x.count && i > 0) {
      int prev = x.tokens[i - 1].line;
      if (prev < at) {
        *line = prev;
        out = xasprintf("missing a comma at the end of line %d? Every line inside { } ends with a comma", prev);
      } else {
        out = xasprintf("missing a comma before '%s'? Two things inside { } are separated by a comma", tok);
      }
    }
    lualex_free(&x);
  }
  free(tok);
  return out;
}

/* The condition with its quoted texts blanked, so that an operator inside
 * quotes is not taken for one. */
static char *unquoted(const char *cond) {
  char *c = xstrdup(cond);
  for (char *p = c; *p; p++)
    if (*p == '"' || *p == '\'') {
      char q = *p;
      for (p++; *p && *p != q; p++) *p = ' ';
      if (!*p) break;
    }
  return c;
}

const char *hint_condition(const char *cond) {
  char *c = unquoted(cond);
  const char *why = NULL;
  for (char *p = c; *p && !why; p++) {
    if (p[0] == '&' && p[1] == '&') why = "write 'and' instead of '&&' (trust > 1 and not paid)";
    else if (p[0] == '|' && p[1] == '|') why = "write 'or' instead of '||' (paid or scared)";
    else if (p[0] == '!' && p[1] == '=') why = "write '~=' for \"is not\" instead of '!=' (trust ~= 2)";
    else if (p[0] == '!') why = "write 'not' instead of '!' (not paid)";
    else if (p[0] == '=' && p[1] == '=') p++;
    else if (p[0] == '=' && (p == c || !strchr("<>~=", p[-1])))
      why = "use '==' to compare (trust == 2): a single '=' gives a value, and a condition only looks";
  }
  free(c);
  return why;
}

int hint_bare_condition(const char *cond, char **name) {
  *name = NULL;
  const char *p = cond, *end = cond + strlen(cond);
  while (isspace((unsigned char)*p)) p++;
  while (end > p && isspace((unsigned char)end[-1])) end--;
  while (end > p && *p == '(' && end[-1] == ')') {
    p++, end--;
    while (isspace((unsigned char)*p)) p++;
    while (end > p && isspace((unsigned char)end[-1])) end--;
  }
  if (p == end) return 0;
  const char *q = p;
  if (isdigit((unsigned char)*q) || (*q == '-' && isdigit((unsigned char)q[1]))) {
    for (q++; q < end && (isdigit((unsigned char)*q) || *q == '.'); q++) {}
    return q == end;
  }
  if (!isalpha((unsigned char)*q) && *q != '_') return 0;
  while (q < end && (isalnum((unsigned char)*q) || *q == '_')) q++;
  if (q != end) return 0;
  *name = xstrndup(p, (size_t)(end - p));
  return 1;
}
