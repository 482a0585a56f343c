#include "cond.h"

#include <stdlib.h>
#include <string.h>

/* A stack machine. Values are Lua's: nil, a boolean or a number. */
typedef enum {
  OP_NUM, OP_TRUE, OP_FALSE, OP_NIL, OP_VAR, OP_BOOLVAR, OP_DID,
  OP_NOT, OP_NEG, OP_ADD, OP_SUB, OP_MUL, OP_DIV,
  OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE,
  OP_AND, /* falsy on top: keep it and jump; else drop it */
  OP_OR,  /* truthy on top: keep it and jump; else drop it */
} Op;

typedef struct {
  unsigned char op;
  int arg;     /* variable index, advice bit, jump target */
  double num;
} Ins;

#define MAX_DEPTH 64    /* nesting of the expression: deeper goes to Lua */
#define MAX_STACK 256   /* values on the machine's stack */
#define MAX_INT 2147483647.0 /* integer numerals: larger ones go to Lua */

struct CondProg {
  int n;
  Ins code[]; /* in the same block: one cache miss per evaluation, not two */
};

typedef enum { V_NIL, V_BOOL, V_NUM } VType;

typedef struct {
  const char *p;
  const CondNames *names;
  Ins *code;
  int n, cap;
  int depth, sp, maxsp;
  bool fail;
} Parser;

static void emit(Parser *ps, Op op, int arg, double num, int push) {
  if (ps->fail) return;
  if (ps->n == ps->cap) {
    int cap = ps->cap ? ps->cap * 2 : 16;
    Ins *code = realloc(ps->code, (size_t)cap * sizeof *code);
    if (!code) { ps->fail = true; return; }
    ps->code = code;
    ps->cap = cap;
  }
  ps->code[ps->n++] = (Ins){(unsigned char)op, arg, num};
  ps->sp += push;
  if (ps->sp > ps->maxsp) ps->maxsp = ps->sp;
  if (ps->maxsp > MAX_STACK) ps->fail = true;
}

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
static bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }

static void skip(Parser *ps) {
  while (is_space(*ps->p)) ps->p++;
}

/* The keyword or name at p, if it is exactly `w`. */
static bool word_at(const char *p, const char *w) {
  size_t n = strlen(w);
  return strncmp(p, w, n) == 0 && !is_alnum(p[n]);
}

static bool accept(Parser *ps, const char *tok) {
  skip(ps);
  size_t n = strlen(tok);
  if (is_alpha(tok[0]) ? !word_at(ps->p, tok) : strncmp(ps->p, tok, n) != 0) return false;
  ps->p += n;
  return true;
}

/* Static kinds, to refuse what doubles would not compute as Lua does:
 * the product of two integers (Lua wraps at 2^63). */
typedef enum { K_INT = 1, K_OTHER = 2 } Kind;

static int expr(Parser *ps);

/* did("id") / did "id": the id in quotes, without escapes. */
static int did_call(Parser *ps) {
  skip(ps);
  bool paren = *ps->p == '(';
  if (paren) { ps->p++; skip(ps); }
  char q = *ps->p;
  if (q != '"' && q != '\'') { ps->fail = true; return K_OTHER; }
  const char *start = ++ps->p;
  while (*ps->p && *ps->p != q && *ps->p != '\\' && *ps->p != '\n') ps->p++;
  if (*ps->p != q) { ps->fail = true; return K_OTHER; }
  size_t len = (size_t)(ps->p - start);
  ps->p++;
  if (paren && !accept(ps, ")")) { ps->fail = true; return K_OTHER; }
  int bit = ps->names->advice ? ps->names->advice(ps->names->ud, start, len) : -1;
  if (bit < 0 || bit > 31) { ps->fail = true; return K_OTHER; }
  emit(ps, OP_DID, bit, 0, 1);
  return K_OTHER;
}

static int number(Parser *ps) {
  const char *s = ps->p;
  bool integer = true;
  while (is_digit(*ps->p)) ps->p++;
  if (*ps->p == '.') {
    integer = false;
    ps->p++;
    while (is_digit(*ps->p)) ps->p++;
  }
  if (ps->p == s + 1 && *s == '.') { ps->fail = true; return K_OTHER; }
  if (*ps->p == 'e' || *ps->p == 'E') {
    integer = false;
    ps->p++;
    if (*ps->p == '+' || *ps->p == '-') ps->p++;
    if (!is_digit(*ps->p)) { ps->fail = true; return K_OTHER; }
    while (is_digit(*ps->p)) ps->p++;
  }
  /* "3a", "1.2.3", "0x10": Lua's own reading (or error) */
  if (is_alnum(*ps->p) || *ps->p == '.') { ps->fail = true; return K_OTHER; }
  char *end;
  double v = strtod(s, &end);
  if (end != ps->p || (integer && v > MAX_INT)) { ps->fail = true; return K_OTHER; }
  emit(ps, OP_NUM, 0, v, 1);
  return integer ? K_INT : K_OTHER;
}

static int primary(Parser *ps) {
  skip(ps);
  const char *p = ps->p;
  if (*p == '(') {
    ps->p++;
    int k = expr(ps);
    if (!accept(ps, ")")) ps->fail = true;
    return k;
  }
  if (is_digit(*p) || (*p == '.' && is_digit(p[1]))) return number(ps);
  if (!is_alpha(*p)) { ps->fail = true; return K_OTHER; }
  const char *s = p;
  while (is_alnum(*ps->p)) ps->p++;
  size_t len = (size_t)(ps->p - s);
  if (word_at(s, "true")) { emit(ps, OP_TRUE, 0, 0, 1); return K_OTHER; }
  if (word_at(s, "false")) { emit(ps, OP_FALSE, 0, 0, 1); return K_OTHER; }
  if (word_at(s, "nil")) { emit(ps, OP_NIL, 0, 0, 1); return K_OTHER; }
  if (word_at(s, "did")) return did_call(ps);
  static const char *const keywords[] = {"and", "or", "not", "if", "then", "else", "elseif", "end", "function",
                                         "return", "local", "while", "do", "for", "in", "repeat", "until",
                                         "break", "goto", NULL};
  for (const char *const *k = keywords; *k; k++)
    if (word_at(s, *k)) { ps->fail = true; return K_OTHER; }
  bool is_bool = false;
  int v = ps->names->var ? ps->names->var(ps->names->ud, s, len, &is_bool) : -1;
  if (v < 0) { ps->fail = true; return K_OTHER; }
  emit(ps, is_bool ? OP_BOOLVAR : OP_VAR, v, 0, 1);
  return K_OTHER; /* variables are floats in the condition's environment */
}

/* Lua's unary operators bind tighter than every binary one but ^ (not in
 * the subset: "^" after a primary sends the whole condition to Lua). */
static int unary(Parser *ps) {
  if (++ps->depth > MAX_DEPTH) { ps->fail = true; return K_OTHER; }
  int k;
  if (accept(ps, "not")) {
    unary(ps);
    emit(ps, OP_NOT, 0, 0, 0);
    k = K_OTHER;
  } else {
    skip(ps);
    if (ps->p[0] == '-' && ps->p[1] != '-') { /* "--" starts a comment */
      ps->p++;
      k = unary(ps);
      emit(ps, OP_NEG, 0, 0, 0);
    } else {
      k = primary(ps);
    }
  }
  ps->depth--;
  return k;
}

static int mul(Parser *ps) {
  int k = unary(ps);
  for (;;) {
    skip(ps);
    if (ps->p[0] == '/' && ps->p[1] != '/') {
      ps->p++;
      unary(ps);
      emit(ps, OP_DIV, 0, 0, -1);
      k = K_OTHER;
    } else if (ps->p[0] == '*') {
      ps->p++;
      int r = unary(ps);
      if (k == K_INT && r == K_INT) ps->fail = true;
      emit(ps, OP_MUL, 0, 0, -1);
      k = K_OTHER;
    } else {
      return k;
    }
  }
}

static int add(Parser *ps) {
  int k = mul(ps);
  for (;;) {
    skip(ps);
    bool plus = ps->p[0] == '+', minus = ps->p[0] == '-' && ps->p[1] != '-';
    if (!plus && !minus) return k;
    ps->p++;
    int r = mul(ps);
    emit(ps, plus ? OP_ADD : OP_SUB, 0, 0, -1);
    k = k == K_INT && r == K_INT ? K_INT : K_OTHER;
  }
}

static int compare(Parser *ps) {
  int k = add(ps);
  for (;;) {
    skip(ps);
    Op op;
    const char *p = ps->p;
    if (p[0] == '<' && p[1] == '=') op = OP_LE, ps->p += 2;
    else if (p[0] == '>' && p[1] == '=') op = OP_GE, ps->p += 2;
    else if (p[0] == '=' && p[1] == '=') op = OP_EQ, ps->p += 2;
    else if (p[0] == '~' && p[1] == '=') op = OP_NE, ps->p += 2;
    else if (p[0] == '<' && p[1] != '<') op = OP_LT, ps->p += 1;
    else if (p[0] == '>' && p[1] != '>') op = OP_GT, ps->p += 1;
    else return k;
    add(ps);
    emit(ps, op, 0, 0, -1);
    k = K_OTHER;
  }
}

static int and_expr(Parser *ps) {
  int k = compare(ps);
  while (accept(ps, "and")) {
    int at = ps->n;
    emit(ps, OP_AND, 0, 0, -1);
    compare(ps);
    if (!ps->fail) ps->code[at].arg = ps->n;
    k = K_INT; /* either side: as careful as an integer */
  }
  return k;
}

static int expr(Parser *ps) {
  if (++ps->depth > MAX_DEPTH) { ps->fail = true; return K_OTHER; }
  int k = and_expr(ps);
  while (accept(ps, "or")) {
    int at = ps->n;
    emit(ps, OP_OR, 0, 0, -1);
    and_expr(ps);
    if (!ps->fail) ps->code[at].arg = ps->n;
    k = K_INT;
  }
  ps->depth--;
  return k;
}

CondProg *cond_compile(const char *text, const CondNames *names) {
  Parser ps = {.p = text, .names = names};
  expr(&ps);
  skip(&ps);
  if (*ps.p || ps.fail || ps.sp != 1) {
    free(ps.code);
    return NULL;
  }
  CondProg *p = malloc(sizeof *p + (size_t)ps.n * sizeof *ps.code);
  if (p) {
    p->n = ps.n;
    memcpy(p->code, ps.code, (size_t)ps.n * sizeof *ps.code);
  }
  free(ps.code);
  return p;
}

size_t cond_size(const CondProg *p) { return sizeof *p + (size_t)p->n * sizeof p->code[0]; }

void cond_free(CondProg *p) { free(p); }

typedef struct {
  unsigned char t; /* VType */
  double n;        /* the number, or 0/1 for a boolean */
} Val;

static bool truthy(Val v) { return v.t == V_NUM || (v.t == V_BOOL && v.n != 0); }

int cond_eval(const CondProg *p, const double *vars, uint32_t did) {
  Val st[MAX_STACK + 1];
  int sp = 0;
  for (int pc = 0; pc < p->n; pc++) {
    const Ins *in = &p->code[pc];
    switch ((Op)in->op) {
      case OP_NUM: st[sp++] = (Val){V_NUM, in->num}; break;
      case OP_TRUE: st[sp++] = (Val){V_BOOL, 1}; break;
      case OP_FALSE: st[sp++] = (Val){V_BOOL, 0}; break;
      case OP_NIL: st[sp++] = (Val){V_NIL, 0}; break;
      case OP_VAR: st[sp++] = (Val){V_NUM, vars[in->arg]}; break;
      case OP_BOOLVAR: st[sp++] = (Val){V_BOOL, vars[in->arg] != 0}; break;
      case OP_DID: st[sp++] = (Val){V_BOOL, (double)((did >> in->arg) & 1u)}; break;
      case OP_NOT: st[sp - 1] = (Val){V_BOOL, !truthy(st[sp - 1])}; break;
      case OP_NEG:
        if (st[sp - 1].t != V_NUM) return COND_ASK_LUA;
        st[sp - 1].n = -st[sp - 1].n;
        break;
      case OP_AND:
        if (!truthy(st[sp - 1])) pc = in->arg - 1;
        else sp--;
        break;
      case OP_OR:
        if (truthy(st[sp - 1])) pc = in->arg - 1;
        else sp--;
        break;
      case OP_EQ:
      case OP_NE: {
        Val b = st[--sp], a = st[sp - 1];
        bool eq = a.t == b.t && (a.t == V_NIL || a.n == b.n);
        st[sp - 1] = (Val){V_BOOL, (in->op == OP_EQ) == eq};
        break;
      }
      default: { /* arithmetic and order: numbers only, as in Lua */
        Val b = st[--sp], a = st[sp - 1];
        if (a.t != V_NUM || b.t != V_NUM) return COND_ASK_LUA;
        double x = a.n, y = b.n, r;
        switch ((Op)in->op) {
          case OP_ADD: r = x + y; break;
          case OP_SUB: r = x - y; break;
          case OP_MUL: r = x * y; break;
          case OP_DIV: r = x / y; break;
          case OP_LT: st[sp - 1] = (Val){V_BOOL, x < y}; continue;
          case OP_LE: st[sp - 1] = (Val){V_BOOL, x <= y}; continue;
          case OP_GT: st[sp - 1] = (Val){V_BOOL, x > y}; continue;
          default: st[sp - 1] = (Val){V_BOOL, x >= y}; continue;
        }
        st[sp - 1] = (Val){V_NUM, r};
        break;
      }
    }
  }
  return truthy(st[sp - 1]);
}
