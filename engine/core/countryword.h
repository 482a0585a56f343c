/* The placeholders that speak the player's country in a story text
 * (docs/story-language.md): {help.<role>}, {help.<role>.name|contact},
 * {money N} or {money VAR}, {payment.prepaid|giftcard|app},
 * {school.adult|staff}. Read here once:
 * the story model checks them, text.c fills them. Depends on help.h (the
 * names of roles and payment words) and nothing of the story. */
#ifndef BTS_COUNTRYWORD_H
#define BTS_COUNTRYWORD_H
#include <stdbool.h>
#include <stddef.h>

typedef enum { CW_NONE, CW_HELP, CW_PAYMENT, CW_MONEY, CW_SCHOOL, CW_BAD } CountryWordKind;

typedef struct {
  CountryWordKind kind;
  int role;              /* CW_HELP: a HelpRole */
  bool name_only, contact_only;
  int payment;           /* CW_PAYMENT: a PaymentKind */
  int school;            /* CW_SCHOOL: a SchoolWord */
  double amount;         /* CW_MONEY with a number */
  const char *var;       /* CW_MONEY with a variable: its name (not NUL-ended) */
  size_t var_len;        /*   0 when the amount is a number */
  const char *why;       /* CW_BAD: what is wrong, for the author (static) */
} CountryWord;

/* What the inside of a placeholder ("help.crisis", "money 200") is. A
 * variable named by {money VAR} is not looked up here: the caller knows the
 * story's variables. */
CountryWord country_word(const char *inner, size_t n);

#endif
