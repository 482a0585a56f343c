#include "text.h"

#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "countryword.h"
#include "help.h"
#include "scan.h"
#include "story.h"
#include "util.h"

/* A bounded length whatever the value: "%.2f" of 1e300 is 300 digits, and
 * a text of many {v} would multiply them. */
static void add_number(Buf *out, double v) {
  if (v == floor(v) && fabs(v) < 1e15)
    buf_add_int(out, (long long)v); /* "%.0f", without printf; -0 is "0" */
  else if (fabs(v) < 1e15)
    buf_addf(out, "%.2f", v);
  else
    buf_addf(out, "%.6g", v);
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

/* A role's service as a story says it: "Childline (0800 1111)", "3018". */
static void add_role(Buf *out, const HelpList *help, const CountryWord *w, const char *open, size_t n) {
  const HelpEntry *e = help_role(help, (HelpRole)w->role);
  if (!e) {
    buf_add(out, open, n + 2);
    return;
  }
  bool same = strcasecmp(e->name, e->contact) == 0;
  if (w->contact_only) buf_adds(out, e->contact);
  else if (w->name_only || same) buf_adds(out, e->name);
  else buf_addf(out, "%s (%s)", e->name, e->contact);
}

/* {money VAR}: the variable's value now (its start before the story runs). */
static double money_var(const CountryWord *w, const Story *s, const double *vars) {
  if (!s) return 0;
  char *name = xstrndup(w->var, w->var_len);
  int k = story_var_index(s, name);
  free(name);
  if (k < 0 || s->vars[k].is_bool) return 0;
  return vars ? vars[k] : s->vars[k].start;
}

/* {help...}, {money ...}, {payment...}, {school...}: true when written to out. */
static bool add_country(Buf *out, const Placeholder *ph, const Story *s, const double *vars, const HelpList *help,
                        const char *lang) {
  CountryWord w = country_word(ph->inner, ph->len);
  if (w.kind == CW_NONE || w.kind == CW_BAD) return false;
  if (!help) {
    buf_add(out, ph->open, ph->len + 2);
  } else if (w.kind == CW_HELP) {
    add_role(out, help, &w, ph->open, ph->len);
  } else if (w.kind == CW_PAYMENT) {
    buf_adds(out, help_words(&help->payment[w.payment], lang));
  } else if (w.kind == CW_SCHOOL) {
    buf_adds(out, help_words(&help->school[w.school], lang));
  } else {
    char *m = help_money(help, w.var ? money_var(&w, s, vars) : w.amount, lang);
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
    } else if (add_country(&out, &ph, s, vars, help, lang)) {
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

