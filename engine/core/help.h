/* Help resources per country (assets/help/<CC>.lua, plus ALL.lua shown for
 * every country), each entry with its source; and the country's words a
 * story borrows: which service plays which role ({help.youth-line}), its
 * currency ({money 200}) and its payment words ({payment.prepaid}). */
#ifndef BTS_HELP_H
#define BTS_HELP_H
#include <stdbool.h>

#include "diag.h"

/* The roles a story can name; see docs/story-language.md. */
typedef enum {
  HELP_YOUTH_LINE, HELP_REPORT_AUTHORITY, HELP_CRISIS, HELP_EMERGENCY, HELP_REMOVAL, HELP_ROLES
} HelpRole;

/* The payment words; {payment.prepaid} and so on. */
typedef enum { PAY_PREPAID, PAY_GIFTCARD, PAY_APP, PAY_KINDS } PaymentKind;

/* The school's words, where a story tells the player who to talk to at
 * school ({school.adult}, {school.staff}) or speaks of the player's school
 * ({school.at}: "au lycée", "à l'école", "at school"; {school.from}: "de
 * ton lycée", "de ton école", "from your school"): general vocabulary of
 * each country's schools, not services (no source needed; RESOURCES.md). */
typedef enum { SCHOOL_ADULT, SCHOOL_STAFF, SCHOOL_AT, SCHOOL_FROM, SCHOOL_WORDS } SchoolWord;

/* A text given in several languages (any language code: languages are
 * data): the runtime picks the story's. */
typedef struct {
  char **lang;
  char **text;
  int n;
} HelpWords;

typedef struct {
  char *name;    /* "3018", "Childline" */
  char *contact; /* "3018", "0800 1111", "internet-signalement.gouv.fr" */
  char *what;    /* one line, in the chosen language: what is true of it */
  char *hours;   /* "24/7", "every day 9:00-23:00" (chosen language), or "" */
  char *source;
  bool urgent;   /* answers now: emergency or crisis line */
  unsigned roles; /* bits of HelpRole */
  unsigned topics; /* bits of Topic (catalog.h) it is for; 0: every topic */
} HelpEntry;

typedef struct HelpList {
  char *code;     /* "FR" */
  char *name;     /* in the chosen language */
  char *lang;     /* the country's usual language ("fr") */
  HelpEntry *entries; /* crisis lines first, then the country's, then the ones for everybody */
  int count;
  double money_rate; /* units of the country's currency for one euro */
  double money_step; /* rounding of converted amounts (0: none) */
  HelpWords money;   /* "£#", "# €": '#' is the amount */
  HelpWords payment[PAY_KINDS];
  HelpWords school[SCHOOL_WORDS];
  const struct I18n *words; /* how each language writes numbers (help_use_words) */
} HelpList;

/* NULL (with diag) if the file is missing or broken. */
/* A country without a file of its own gets help/other.lua (no service, a
 * kind note) with the same code; help_has_country tells them apart. */
HelpList *help_load(const char *assets_dir, const char *country, const char *lang, Diag *diag);
bool help_has_country(const char *assets_dir, const char *country);
void help_free(HelpList *h);
/* The assets check: every localized text of every help file (and ALL.lua)
 * has a text in lang; what is missing goes to diag. */
void help_check_lang(const char *assets_dir, const char *lang, Diag *diag);
/* The country codes that have a file, sorted; caller frees each and the array. */
char **help_countries(const char *assets_dir, int *count);

/* Whether a story's debrief about `topic` (a Topic; -1 for every topic, the
 * help screen) lists e: crisis and emergency lines always; a story about
 * nothing in particular (TOPIC_NONE) adds the youth lines only; else what
 * is for every topic and what is tagged with this one. */
bool help_for_topic(const HelpEntry *e, int topic);

/* "youth-line" -> HELP_YOUTH_LINE, or -1. */
int help_role_from_name(const char *name, size_t n);
const char *help_role_name(HelpRole r);
/* "prepaid" -> PAY_PREPAID, or -1. */
int help_payment_from_name(const char *name, size_t n);
const char *help_payment_name(PaymentKind k);
/* "adult" -> SCHOOL_ADULT, or -1. */
int help_school_from_name(const char *name, size_t n);
const char *help_school_name(SchoolWord k);
/* The entry that plays role r, following the fallbacks documented in
 * docs/story-language.md (removal -> report-authority -> youth-line ...);
 * NULL only when the country has none of them. */
const HelpEntry *help_role(const HelpList *h, HelpRole r);
/* Words in lang, else English, else the first given; "" if none. */
const char *help_words(const HelpWords *w, const char *lang);
/* The game's languages: amounts are then written the way each one writes
 * numbers (without them, the English way). */
void help_use_words(HelpList *h, const struct I18n *words);
/* An amount given in euros, in the country's currency, rounded, written the
 * way lang writes it ("200 €", "£170", "CHF 190", "1 500 €"). Caller frees. */
char *help_money(const HelpList *h, double euros, const char *lang);

#endif
