#include "countryword.h"

#include <stdlib.h>
#include <string.h>

#include "help.h"

static bool is(const char *s, size_t n, const char *word) { return n == strlen(word) && memcmp(s, word, n) == 0; }

static CountryWord bad(const char *why) { return (CountryWord){.kind = CW_BAD, .why = why}; }

static CountryWord help_word(const char *role, const char *end) {
  const char *dot = memchr(role, '.', (size_t)(end - role));
  size_t rl = dot ? (size_t)(dot - role) : (size_t)(end - role);
  int r = help_role_from_name(role, rl);
  if (r < 0) return bad("not a help role: use youth-line, report-authority, crisis, emergency or removal");
  CountryWord w = {.kind = CW_HELP, .role = r};
  if (dot) {
    size_t fl = (size_t)(end - dot - 1);
    w.name_only = is(dot + 1, fl, "name");
    w.contact_only = is(dot + 1, fl, "contact");
    if (!w.name_only && !w.contact_only) return bad("after the role, only .name or .contact");
  }
  return w;
}

static CountryWord money_word(const char *arg, size_t n) {
  static const char *const HOW =
      "{money N} needs an amount in euros or a number variable, like {money 200} or {money paid_total}";
  if (n == 0) return bad(HOW);
  char buf[64];
  if (n < sizeof buf) {
    memcpy(buf, arg, n);
    buf[n] = 0;
    char *end;
    double v = strtod(buf, &end);
    if (end != buf && *end == 0) {
      if (!(v >= 0 && v < 1e9)) return bad(HOW);
      return (CountryWord){.kind = CW_MONEY, .amount = v};
    }
  }
  /* a variable's name: letters, digits and _ */
  for (size_t i = 0; i < n; i++) {
    char c = arg[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return bad(HOW);
  }
  return (CountryWord){.kind = CW_MONEY, .var = arg, .var_len = n};
}

CountryWord country_word(const char *inner, size_t n) {
  const char *end = inner + n;
  if (n > 5 && memcmp(inner, "help.", 5) == 0) return help_word(inner + 5, end);
  if (n > 8 && memcmp(inner, "payment.", 8) == 0) {
    int k = help_payment_from_name(inner + 8, n - 8);
    if (k < 0) return bad("not a payment word: use payment.prepaid, payment.giftcard or payment.app");
    return (CountryWord){.kind = CW_PAYMENT, .payment = k};
  }
  if (n > 7 && memcmp(inner, "school.", 7) == 0) {
    int k = help_school_from_name(inner + 7, n - 7);
    if (k < 0) return bad("not a school word: use school.adult (who to talk to), school.staff (the adults there), "
                       "school.at (at school) or school.from (from your school)");
    return (CountryWord){.kind = CW_SCHOOL, .school = k};
  }
  if (n >= 5 && memcmp(inner, "money", 5) == 0 && (n == 5 || inner[5] == ' '))
    return money_word(n > 6 ? inner + 6 : inner + n, n > 6 ? n - 6 : 0);
  return (CountryWord){.kind = CW_NONE};
}
