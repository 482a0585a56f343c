#include "text.h"

#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "help.h"
#include "scan.h"
#include "story.h"
#include "util.h"

static void add_number(Buf *out, double v) {
  if (v == floor(v) && fabs(v) < 1e15)
    buf_addf(out, "%.0f", v);
  else
    buf_addf(out, "%.2f", v);
}

static void add_form(Buf *out, const char *inner, size_t n, char gender) {
  const char *forms[3];
  size_t lens[3];
  int count = 0;
  const char *p = inner, *end = inner + n;
  while (count < 3) {
    const char *bar = memchr(p, '|', (size_t)(end - p));
    forms[count] = p;
    lens[count] = bar ? (size_t)(bar - p) : (size_t)(end - p);
    count++;
    if (!bar) break;
    p = bar + 1;
  }
  int pick = gender == 'f' ? 1 : gender == 'x' ? 2 : 0;
  if (pick < count) {
    buf_add(out, forms[pick], lens[pick]);
  } else if (count >= 2) { /* neutral with two forms: both */
    buf_add(out, forms[0], lens[0]);
    buf_add(out, "/", 1);
    buf_add(out, forms[1], lens[1]);
  } else {
    buf_add(out, forms[0], lens[0]);
  }
}

/* The value of {money ...}'s argument: a number, or a story variable. */
static bool money_value(const char *arg, size_t n, const Story *s, const double *vars, double *out) {
  char *a = xstrndup(arg, n);
  char *end;
  double v = strtod(a, &end);
  bool ok = end != a && *end == 0 && v >= 0 && v < 1e9;
  if (!ok && s) {
    int k = story_var_index(s, a);
    if (k >= 0 && !s->vars[k].is_bool) {
      ok = true;
      v = vars ? vars[k] : s->vars[k].start;
    }
  }
  free(a);
  if (ok) *out = v;
  return ok;
}

int text_country_placeholder(const char *inner, size_t n, const Story *s, const char **why) {
  *why = NULL;
  if (n > 5 && memcmp(inner, "help.", 5) == 0) {
    const char *role = inner + 5, *end = inner + n;
    const char *dot = memchr(role, '.', (size_t)(end - role));
    size_t rl = dot ? (size_t)(dot - role) : (size_t)(end - role);
    if (help_role_from_name(role, rl) < 0) {
      *why = "not a help role: use youth-line, report-authority, crisis, emergency or removal";
      return -1;
    }
    if (dot && !((size_t)(end - dot) == 5 && memcmp(dot, ".name", 5) == 0) &&
        !((size_t)(end - dot) == 8 && memcmp(dot, ".contact", 8) == 0)) {
      *why = "after the role, only .name or .contact";
      return -1;
    }
    return 1;
  }
  if (n > 8 && memcmp(inner, "payment.", 8) == 0) {
    if (help_payment_from_name(inner + 8, n - 8) < 0) {
      *why = "not a payment word: use payment.prepaid, payment.giftcard or payment.app";
      return -1;
    }
    return 1;
  }
  if (n >= 5 && memcmp(inner, "money", 5) == 0 && (n == 5 || inner[5] == ' ')) {
    double v;
    if (n < 7 || !money_value(inner + 6, n - 6, s, NULL, &v)) {
      *why = "{money N} needs an amount in euros or a number variable, like {money 200} or {money paid_total}";
      return -1;
    }
    return 1;
  }
  return 0;
}

/* A role's service as a story says it: "Childline (0800 1111)", "3018". */
static void add_role(Buf *out, const HelpList *help, const char *inner, size_t n) {
  const char *role = inner + 5, *end = inner + n;
  const char *dot = memchr(role, '.', (size_t)(end - role));
  int r = help_role_from_name(role, dot ? (size_t)(dot - role) : (size_t)(end - role));
  const HelpEntry *e = r >= 0 ? help_role(help, (HelpRole)r) : NULL;
  if (!e) {
    buf_add(out, inner - 1, n + 2);
    return;
  }
  bool name_only = dot && dot[1] == 'n', contact_only = dot && dot[1] == 'c';
  bool same = strcasecmp(e->name, e->contact) == 0;
  if (contact_only) buf_adds(out, e->contact);
  else if (name_only || same) buf_adds(out, e->name);
  else buf_addf(out, "%s (%s)", e->name, e->contact);
}

/* {help...}, {money ...}, {payment...}: true when written to out. */
static bool add_country(Buf *out, const char *inner, size_t n, const Story *s, const double *vars,
                        const HelpList *help, const char *lang) {
  const char *why;
  if (text_country_placeholder(inner, n, s, &why) != 1) return false;
  if (!help) {
    buf_add(out, inner - 1, n + 2);
  } else if (inner[0] == 'h') {
    add_role(out, help, inner, n);
  } else if (inner[0] == 'p') {
    int k = help_payment_from_name(inner + 8, n - 8);
    buf_adds(out, help_words(&help->payment[k], lang));
  } else {
    double v = 0;
    money_value(inner + 6, n - 6, s, vars, &v);
    char *m = help_money(help, v, lang);
    buf_adds(out, m);
    free(m);
  }
  return true;
}

char *text_fill(const char *text, const Story *s, const double *vars, const char *name, char gender) {
  return text_fill_local(text, s, vars, name, gender, NULL, NULL);
}

char *text_fill_local(const char *text, const Story *s, const double *vars, const char *name, char gender,
                      const HelpList *help, const char *lang) {
  /* Most lines have no placeholder: one copy (the runtime fills every
   * line it shows, millions in --random and --check). */
  if (!strchr(text, '{')) return xstrdup(text);
  Buf out = {0};
  const char *p = text;
  Placeholder ph;
  for (;;) {
    const char *from = p;
    if (!placeholder_next(&p, &ph)) {
      buf_adds(&out, from);
      break;
    }
    buf_add(&out, from, (size_t)(ph.open - from));
    if (!ph.closed) { /* shown as written */
      buf_adds(&out, ph.open);
      break;
    }
    if (ph.bars) {
      add_form(&out, ph.inner, ph.len, gender);
    } else if (add_country(&out, ph.inner, ph.len, s, vars, help, lang)) {
      /* written */
    } else if (placeholder_is(&ph, "name")) {
      buf_adds(&out, name ? name : "");
    } else {
      char var[128]; /* longer is no variable name (valid_id: 64 bytes at most) */
      int v = -1;
      if (s && ph.len < sizeof var) {
        memcpy(var, ph.inner, ph.len);
        var[ph.len] = 0;
        v = story_var_index(s, var);
      }
      if (v >= 0 && vars) {
        if (s->vars[v].is_bool)
          buf_adds(&out, vars[v] != 0 ? "true" : "false");
        else
          add_number(&out, vars[v]);
      } else {
        buf_add(&out, ph.open, ph.len + 2);
      }
    }
  }
  return buf_take(&out);
}

