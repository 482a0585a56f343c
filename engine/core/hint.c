#include "hint.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "lualex.h"
#include "scan.h"
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

/* The first character of `line` (1-based) outside quotes and comments that
 * is not ASCII: where Lua stopped with "near '<\226>'". NULL if none. */
static const char *stray_character(const char *code, size_t len, int line) {
  const char *p = code, *end = code + len;
  for (int l = 1; l < line && p < end; p++)
    if (*p == '\n') l++;
  char quote = 0;
  if (p == code && len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) p += 3; /* a byte order mark: skipped by the loader */
  for (; p < end && *p != '\n'; p++) {
    if (quote) {
      if (*p == '\\' && p + 1 < end && p[1] != '\n') p++;
      else if (*p == quote) quote = 0;
    } else if (*p == '"' || *p == '\'') {
      quote = *p;
    } else if (*p == '-' && p + 1 < end && p[1] == '-') {
      return NULL;
    } else if ((unsigned char)*p >= 0x80) {
      return p;
    }
  }
  return NULL;
}


static bool name_byte(unsigned char c) { return isalnum(c) || c == '_' || c >= 0x80; }

/* What to say about a character that cannot stand outside quotes in a story
 * file (Lua reads only ASCII there): the curly quotes and dashes a phone or a
 * word processor puts in, an invisible space, an accent in a name. */
static char *stray_hint(const char *code, size_t len, const char *at) {
  unsigned cp = 0;
  int n = utf8_decode(at, &cp);
  if (n == 0)
    return xstrdup("this line has a byte that is not UTF-8 text: save the file as UTF-8 (in the editor's "
                   "\"Save as\", the encoding), then check the line");
  char ch[8] = {0};
  memcpy(ch, at, (size_t)n);
  if (cp == 0xFEFF)
    return xstrdup("the file has an invisible mark (a byte order mark) here: delete it, or save the file as "
                   "\"UTF-8\" without BOM");
  if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F || cp == 0xAB || cp == 0xBB || cp == 0xFF02 ||
      cp == 0x2033)
    return xasprintf("%s is a curly quote: a text goes between straight quotes \"like this\" (phones and word "
                     "processors curl them: type the story in a plain text editor, or type the \" key again)", ch);
  if (cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B || cp == 0x2032)
    return xasprintf("%s is a curly quote: a text goes between straight quotes \"like this\" (phones and word "
                     "processors curl them; inside a text, any apostrophe is fine)", ch);
  if (cp == 0xA0 || cp == 0x202F || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x3000)
    return xstrdup("there is a special space here (a non-breaking space, often pasted from a web page or a "
                   "word processor): delete it and type a normal space");
  if (cp == 0x2013 || cp == 0x2014 || cp == 0x2212)
    return xasprintf("%s is a long dash: a comment starts with two minus signs (--), and a negative number with "
                     "one (-)", ch);
  /* A letter inside a name: the whole name, and the name without accents. */
  const char *b = at, *e = at + n;
  while (b > code && name_byte((unsigned char)b[-1]) && b[-1] != '\n') b--;
  while (e < code + len && name_byte((unsigned char)*e)) e++;
  if (b < at || e > at + n || scan_plain_letter(cp)) {
    Buf word = {0}, plain = {0};
    bool all = true;
    for (const char *q = b; q < e && word.len < 60;) {
      unsigned c = 0;
      int k = utf8_decode(q, &c);
      if (k == 0) k = 1, c = '?';
      buf_add(&word, q, (size_t)k);
      if (c < 0x80) buf_add(&plain, q, 1);
      else if (scan_plain_letter(c)) buf_add(&plain, &(char){scan_plain_letter(c)}, 1);
      else all = false;
      q += k;
    }
    char *out = all && plain.s
                    ? xasprintf("'%s': a name in the story's code (a variable, a character after local) uses the "
                                "letters a to z without accents, digits and _: write '%s' (a text in quotes may "
                                "use any letter)", word.s, plain.s)
                    : xasprintf("'%s' cannot be here, outside quotes: a name in the story's code uses the letters a "
                                "to z, digits and _, and a text goes between \"quotes\" (is a quote missing?)", word.s);
    free(word.s);
    free(plain.s);
    return out;
  }
  return xasprintf("'%s' cannot be here, outside quotes: a text goes between \"quotes\" (is a quote missing "
                   "before it?)", ch);
}

/* Line `line` (1-based) of code: its first non-blank character and the
 * length to its end, or NULL. */
static const char *line_start(const char *code, size_t len, int line, size_t *n) {
  const char *p = code, *end = code + len;
  for (int l = 1; l < line && p < end; p++)
    if (*p == '\n') l++;
  if (p >= end) return NULL;
  while (p < end && (*p == ' ' || *p == '\t')) p++;
  const char *e = memchr(p, '\n', (size_t)(end - p));
  *n = (size_t)((e ? e : end) - p);
  return p;
}

/* A comment written as in another language (//, / *, #) at the start of
 * line `line` or the one before (Lua stops at the next word): the line, or 0. */
static int foreign_comment(const char *code, size_t len, int line, const char **mark) {
  for (int l = line; l >= line - 1 && l >= 1; l--) {
    size_t n = 0;
    const char *p = line_start(code, len, l, &n);
    if (!p || n == 0) continue;
    if (n >= 2 && p[0] == '/' && (p[1] == '/' || p[1] == '*')) *mark = p[1] == '/' ? "//" : "/*";
    else if (p[0] == '#') *mark = "#";
    else continue;
    return l;
  }
  return 0;
}

/* Lua's own words, which a story does not use (Lua reads them as its
 * keywords, so Lua's message is about syntax). */
static bool lua_keyword(const char *tok) {
  static const char *const KW[] = {"if", "then", "else", "elseif", "end", "for", "while", "do", "repeat",
                                   "until", "function", "return", "break", "in", "local", NULL};
  for (const char *const *k = KW; *k; k++)
    if (strcmp(tok, *k) == 0) return true;
  return false;
}

/* The index of the token `tok` Lua stopped at (the first one written at
 * line `at` or after), or -1. */
static int token_at(const Lexed *x, int at, const char *tok) {
  for (int i = 0; i < x->count; i++)
    if (x->tokens[i].line >= at && x->tokens[i].len == strlen(tok) && memcmp(x->tokens[i].start, tok, x->tokens[i].len) == 0)
      return i;
  return -1;
}

/* What a beginner meant, from the words around the place Lua stopped:
 * a comment of another language, a word of Lua itself, "alex: ...", a '}'
 * too many, an apostrophe closing a text in single quotes, ( ) or [ ] for
 * { }. NULL when none of these. */
static char *beginner_slip(const char *code, size_t len, const char *text, const char *tok, int *line) {
  const char *mark = NULL;
  int at = *line;
  if (strstr(text, "too many local variables"))
    return xstrdup("more than 200 names declared with local in one file: a character can be declared without "
                   "local (character \"alex\" { name = \"Alex\" } is enough), or the story split into files with "
                   "include \"part2.lua\"");
  int cl = foreign_comment(code, len, at, &mark);
  if (cl) {
    *line = cl;
    return xasprintf("%s does not start a comment in a story: a comment starts with two minus signs, -- like "
                     "this", mark);
  }
  if (!tok) return NULL;
  bool unexpected = strstr(text, "unexpected symbol") || strstr(text, "expected");
  if (unexpected && lua_keyword(tok)) {
    if (strcmp(tok, "if") == 0 || strcmp(tok, "then") == 0 || strcmp(tok, "else") == 0 || strcmp(tok, "elseif") == 0)
      return xasprintf("'%s' is not a word of the story language: lines that happen only sometimes go in when "
                       "\"trust > 1\" { ... }, and a choice shown only sometimes has when = \"trust > 1\"", tok);
    return xasprintf("'%s' is a word of the Lua language, not of a story (a story is scenes, their lines and "
                     "choices): if it is a text or an id, put it in quotes: \"%s\"", tok, tok);
  }
  if ((strcmp(tok, "}") == 0 || strcmp(tok, ")") == 0 || strcmp(tok, "]") == 0) &&
      (strstr(text, "unexpected symbol") || strstr(text, "'<eof>' expected")))
    return xasprintf("this '%s' closes nothing: remove it (or add the '%c' it should close, before)", tok,
                     tok[0] == '}' ? '{' : tok[0] == ')' ? '(' : '[');
  if (strcmp(tok, "=") == 0 && strstr(text, "')' expected"))
    return xstrdup("a choice's fields go between curly brackets { }, not ( ): choice \"Yes\" { go = \"next\" }");
  if (strstr(text, "']' expected"))
    return xstrdup("square brackets [ ] cannot hold a scene's lines or a choice's fields: use curly brackets { }");
  Lexed x = lualex(code, len, 0);
  int i = token_at(&x, at, tok);
  char *out = NULL;
  if (i > 1 && strstr(text, "<name> expected") && lualex_is(&x, i - 1, ":") && x.tokens[i - 2].kind == LEX_NAME) {
    const LexToken *who = &x.tokens[i - 2];
    out = xasprintf("no ':' after %.*s: a line is written %.*s \"text\" (the name, a space, the text in quotes)",
                    (int)who->len, who->start, (int)who->len, who->start);
  } else if (i > 0 && x.tokens[i].kind == LEX_NAME && x.tokens[i - 1].kind == LEX_STRING &&
             x.tokens[i - 1].start[0] == '\'' && x.tokens[i - 1].start + x.tokens[i - 1].len == x.tokens[i].start) {
    out = xstrdup("the apostrophe ends this text, which started with one: put a text with an apostrophe between "
                  "double quotes, \"like it's this\"");
  }
  lualex_free(&x);
  return out;
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
  const char *stray = tok && strncmp(tok, "<\\", 2) == 0 ? stray_character(code, len, at) : NULL;
  if ((out = beginner_slip(code, len, text, tok, line))) {
    /* said */
  } else if (stray) {
    /* Lua names the byte ("near '<\226>'"): name the character instead. */
    out = stray_hint(code, len, stray);
  } else if (tok && strcmp(tok, "goto") == 0) {
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

char *hint_runtime(const char *msg) {
  if (!msg) return NULL;
  const char *text = NULL;
  if (!split_message(msg, &text)) return NULL;
  const char *why = NULL;
  char *field = NULL;
  if (strncmp(text, "attempt to call a table value", 29) == 0) {
    why = "two things follow each other with nothing between them, like alex \"hi\" \"there\" or a line then { }: "
          "put a comma between two lines, and a line's options inside its own { }: alex { \"hi\", typing = 2 }";
  } else if (strncmp(text, "attempt to perform arithmetic on a table value", 46) == 0 ||
             strncmp(text, "attempt to concatenate a table value", 36) == 0 ||
             /* what a story word made (a stand-in: preludec.h) */
             strncmp(text, "attempt to perform arithmetic on a userdata value", 49) == 0 ||
             strncmp(text, "attempt to concatenate a userdata value", 39) == 0) {
    why = "a line of a story is one text in quotes: no +, - or .. after it (to show a variable's value, write "
          "{amount} inside the text)";
  } else if (strncmp(text, "attempt to index a function value (field '", 42) == 0) {
    const char *f = text + 42, *e = strchr(f, '\'');
    if (e) field = xstrndup(f, (size_t)(e - f));
  }
  char *out = NULL;
  if (why || field) {
    size_t prefix = (size_t)(text - msg);
    if (field)
      out = xasprintf("%.*s'.%s' takes its text in quotes right after it, like alex.%s \"...\": nothing else goes "
                      "after it", (int)prefix, msg, field, field);
    else
      out = xasprintf("%.*s%s", (int)prefix, msg, why);
  }
  free(field);
  return out;
}
