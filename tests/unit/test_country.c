/* Country data and what stories borrow from it: every country has a crisis
 * line that answers now; {help.<role>}, {money N}, {payment.*} give the
 * player's country's words; French typography; the crisis card; judges and
 * "not needed on this path". */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalog.h"
#include "countryword.h"
#include "help.h"
#include "i18n.h"
#include "runtime.h"
#include "story.h"
#include "text.h"
#include "typography.h"
#include "util.h"

static Catalog *cat;
static I18n *langs; /* how each language writes numbers */

static HelpList *country(const char *code, const char *lang) {
  Diag d;
  diag_init(&d);
  HelpList *h = help_load(ROOT "/assets", code, lang, &d);
  if (!h) diag_print(&d, stderr);
  diag_free(&d);
  assert_non_null(h);
  help_use_words(h, langs);
  return h;
}

/* Every country file: an urgent crisis line, day and night, with a source. */
static void test_every_country_has_a_crisis_line(void **state) {
  (void)state;
  int n = 0;
  char **codes = help_countries(ROOT "/assets", &n);
  assert_true(n >= 7);
  for (int i = 0; i < n; i++) {
    HelpList *h = country(codes[i], "en");
    const HelpEntry *e = &h->entries[0]; /* crisis lines come first */
    bool crisis = (e->roles >> HELP_CRISIS) & 1u;
    if (!crisis || !e->urgent || !strstr(e->hours, "24/7") || !e->source[0])
      fail_msg("%s: the first entry must be an urgent 24/7 crisis line with a source (got %s)", codes[i], e->name);
    assert_ptr_equal(help_role(h, HELP_CRISIS), e);
    for (int r = 0; r < HELP_ROLES; r++)
      if (!help_role(h, (HelpRole)r)) fail_msg("%s: nothing plays %s", codes[i], help_role_name((HelpRole)r));
    for (int k = 0; k < PAY_KINDS; k++) assert_true(help_words(&h->payment[k], "fr")[0]);
    help_free(h);
    /* the school's words in every language the game speaks, not English
     * standing in: a French-speaking class in Quebec reads its own */
    static const char *langs_[] = {"en", "fr", "it"};
    for (size_t l = 0; l < 3; l++) {
      h = country(codes[i], langs_[l]);
      for (int k = 0; k < SCHOOL_WORDS; k++) {
        bool own = false;
        for (int j = 0; j < h->school[k].n; j++) own |= strcmp(h->school[k].lang[j], langs_[l]) == 0;
        if (!own) fail_msg("%s: {school.%s} has no words in %s", codes[i], help_school_name((SchoolWord)k), langs_[l]);
      }
      if (l < 2) help_free(h);
    }
    help_free(h);
    free(codes[i]);
  }
  free(codes);
}

static char *fill(const char *text, const HelpList *h, const char *lang) {
  return text_fill_local(text, NULL, NULL, "Sam", 'm', h, lang);
}

static void expect(const char *text, const char *code, const char *lang, const char *want) {
  HelpList *h = country(code, lang);
  char *got = fill(text, h, lang);
  if (strcmp(got, want) != 0) fail_msg("%s %s: \"%s\" gave \"%s\", not \"%s\"", code, lang, text, got, want);
  free(got);
  help_free(h);
}

static void test_country_placeholders(void **state) {
  (void)state;
  expect("{help.youth-line}", "GB", "en", "Childline (0800 1111)");
  expect("{help.youth-line}", "FR", "fr", "3018");
  expect("{help.report-authority}", "FR", "en", "PHAROS (internet-signalement.gouv.fr)");
  expect("{help.report-authority.name}", "GB", "en", "CEOP Safety Centre");
  expect("{help.crisis.contact}", "GB", "en", "116 123");
  expect("{help.removal.name}", "CA", "en", "NeedHelpNow.ca / AidezMoiSVP.ca");
  /* a country without a police platform in RESOURCES.md: the line that helps */
  expect("{help.report-authority.name}", "BE", "fr", "Child Focus");
  expect("{help.emergency.contact}", "US", "en", "988");
  /* a name in the player's language ("Urgences / Emergency" read English in French) */
  expect("{help.emergency.name}", "GB", "fr", "Urgence");
  expect("{help.emergency.name}", "BE", "fr", "Urgence");
  expect("{help.emergency.name}", "GB", "en", "Emergency");
  expect("{money 200}", "FR", "fr", "200\xC2\xA0€");
  expect("{money 200}", "FR", "en", "€200");
  expect("{money 200}", "GB", "en", "£170");
  expect("{money 200}", "CH", "en", "CHF\xC2\xA0" "190");
  expect("{money 200}", "CA", "en", "CA$270");
  expect("{money 120}", "GB", "en", "£100");
  expect("{money 1500}", "FR", "fr", "1\xE2\x80\xAF" "500\xC2\xA0€");
  expect("{money 1500}", "GB", "en", "£1,275");
  expect("{money 1500}", "CH", "it", "CHF\xC2\xA0" "1.425"); /* each language groups digits its own way */
  /* without the languages, the English way */
  Diag d;
  diag_init(&d);
  HelpList *fr = help_load(ROOT "/assets", "FR", "fr", &d);
  diag_free(&d);
  char *plain = help_money(fr, 1500, "fr");
  assert_string_equal(plain, "1,500\xC2\xA0€");
  free(plain);
  help_free(fr);
  expect("{payment.prepaid}", "GB", "en", "prepaid vouchers from the corner shop");
  expect("{payment.app}", "CH", "fr", "TWINT");
  /* who to talk to at school: the country's own school words */
  expect("to {school.adult}", "GB", "en", "to your form tutor or your head of year");
  expect("{school.adult}", "US", "en", "your school counselor or a teacher you trust");
  expect("{school.adult}", "CA", "fr",
         "un adulte de ton école, comme ton ou ta TES (technicien ou technicienne en éducation spécialisée)");
  expect("(parent, {school.staff}, coach)", "FR", "fr",
         "(parent, CPE, infirmière ou infirmier scolaire, professeur principal, psychologue de l'Éducation nationale, coach)");
  expect("{school.staff}", "BE", "fr", "éducateur ou éducatrice, titulaire de classe, centre PMS (psycho-médico-social)");
  /* without a country they stay as written; unknown ones too */
  char *t = fill("{help.crisis} {money 5} {payment.app}", NULL, "en");
  assert_string_equal(t, "{help.crisis} {money 5} {payment.app}");
  free(t);
  CountryWord w = country_word("help.hotline", 12);
  assert_int_equal(w.kind, CW_BAD);
  assert_non_null(strstr(w.why, "youth-line"));
  assert_int_equal(country_word("money -5", 8).kind, CW_BAD);
  assert_int_equal(country_word("money 2 0", 9).kind, CW_BAD);
  assert_int_equal(country_word("money", 5).kind, CW_BAD);
  assert_int_equal(country_word("payment.cash", 12).kind, CW_BAD);
  w = country_word("school.nurse", 12);
  assert_int_equal(w.kind, CW_BAD);
  assert_non_null(strstr(w.why, "school.adult"));
  assert_int_equal(country_word("school.staff", 12).kind, CW_SCHOOL);
  assert_int_equal(country_word("help.crisis.phone", 17).kind, CW_BAD);
  w = country_word("help.crisis.name", 16);
  assert_int_equal(w.kind, CW_HELP);
  assert_true(w.name_only);
  w = country_word("money 200", 9);
  assert_int_equal(w.kind, CW_MONEY);
  assert_true(w.amount == 200 && !w.var);
  w = country_word("money paid_total", 16); /* a variable: the story checks it is one */
  assert_int_equal(w.kind, CW_MONEY);
  assert_int_equal((int)w.var_len, 10);
  assert_int_equal(country_word("name", 4).kind, CW_NONE);
}

/* The advice texts name services only through placeholders, valid ones. */
static void test_advice_placeholders(void **state) {
  (void)state;
  for (int i = 0; i < cat->count; i++)
    for (int k = 0; k < cat->items[i].nlang; k++) {
      const char *w = cat->items[i].why[k];
      for (const char *p = strchr(w, '{'); p; p = strchr(p + 1, '{')) {
        const char *e = strchr(p, '}');
        assert_non_null(e);
        CountryWord cw = country_word(p + 1, (size_t)(e - p - 1));
        if (cw.kind == CW_NONE || cw.kind == CW_BAD || cw.var) /* no story variable in advice */
          fail_msg("advice %s: {%.*s} is not a country placeholder", cat->items[i].id, (int)(e - p - 1), p + 1);
      }
    }
}

/* An advice text names each service once in every country and language:
 * Belgium has no police reporting platform, so {help.report-authority}
 * falls back to Child Focus, and "let {help.youth-line} or
 * {help.report-authority} look at it" read "Child Focus or Child Focus". */
static void test_advice_names_a_service_once(void **state) {
  (void)state;
  int n = 0;
  char **codes = help_countries(ROOT "/assets", &n);
  static const char *const lang_codes[] = {"en", "fr", "it"};
  for (int c = 0; c < n; c++) {
    for (size_t l = 0; l < 3; l++) {
      HelpList *h = country(codes[c], lang_codes[l]);
      for (int i = 0; i < cat->count; i++)
        for (int k = 0; k < cat->items[i].nlang; k++) {
          char *why = text_fill_local(cat->items[i].why[k], NULL, NULL, "Sam", 'x', h, lang_codes[l]);
          for (int e = 0; e < h->count; e++) {
            const char *name = h->entries[e].name;
            if (strlen(name) < 4) continue;
            const char *first = strstr(why, name);
            if (first && strstr(first + strlen(name), name))
              fail_msg("%s, %s: advice %s names %s twice: %s", codes[c], lang_codes[l], cat->items[i].id, name, why);
          }
          free(why);
        }
      help_free(h);
    }
    free(codes[c]);
  }
  free(codes);
}

/* "24 h/24, 7 j/7": a number and its unit never part at the end of a line
 * (the window and the terminal wrap at ordinary spaces): a no-break space
 * between them in every country's French hours. */
static void test_french_hours_hold_together(void **state) {
  (void)state;
  int n = 0;
  char **codes = help_countries(ROOT "/assets", &n);
  for (int c = 0; c < n; c++) {
    HelpList *h = country(codes[c], "fr");
    for (int e = 0; e < h->count; e++) {
      const char *t = h->entries[e].hours ? h->entries[e].hours : "";
      for (const char *p = t; p[0] && p[1] && p[2]; p++)
        if (p[0] >= '0' && p[0] <= '9' && p[1] == ' ' && (p[2] == 'h' || p[2] == 'j') &&
            !((p[3] >= 'a' && p[3] <= 'z') || (unsigned char)p[3] >= 0x80))
          fail_msg("%s, %s: \"%s\" can break between a number and its unit", codes[c], h->entries[e].name, t);
    }
    help_free(h);
    free(codes[c]);
  }
  free(codes);
}

static void typo(const char *in, const char *want) {
  char *got = text_typography(in, "fr");
  if (strcmp(got, want) != 0) fail_msg("\"%s\" gave \"%s\", not \"%s\"", in, got, want);
  free(got);
}

#define N "\xE2\x80\xAF"
static void test_french_typography(void **state) {
  (void)state;
  typo("Ça va ? Oui !", "Ça va" N "? Oui" N "!");
  typo("Ça va? Oui!", "Ça va" N "? Oui" N "!");
  typo("quoi ?!", "quoi" N "?!");
  typo("Attention : voilà ; bon", "Attention" N ": voilà" N "; bon");
  typo("« Signaler »", "«" N "Signaler" N "»");
  typo("«Signaler»", "«" N "Signaler" N "»");
  typo("à 22:15, live:.sacha, https://x.fr/?a=1 :)", "à 22:15, live:.sacha, https://x.fr/?a=1 :)");
  typo("déjà" N "?", "déjà" N "?");
  char *same = text_typography("What? Now!", "en");
  assert_string_equal(same, "What? Now!");
  free(same);
}

/* Loads a story from its text; NULL with the problems in *d. */
static Story *story_from(const char *code, Diag *d) {
  char dir[] = "/tmp/bts-country-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char *path = path_join(dir, "story.lua");
  FILE *f = fopen(path, "w");
  fputs(code, f);
  fclose(f);
  diag_init(d);
  Story *s = story_load(path, cat, d);
  unlink(path);
  free(path);
  rmdir(dir);
  return s;
}

static Story *story(const char *code) {
  char dir[] = "/tmp/bts-country-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char *path = path_join(dir, "story.lua");
  FILE *f = fopen(path, "w");
  fputs(code, f);
  fclose(f);
  Diag d;
  diag_init(&d);
  Story *s = story_load(path, cat, &d);
  if (!s) diag_print(&d, stderr);
  diag_free(&d);
  unlink(path);
  free(path);
  rmdir(dir);
  assert_non_null(s);
  return s;
}

/* A crisis card carries the crisis line of the player's country. */
static void test_crisis_card(void **state) {
  (void)state;
  Story *s = story("story { id = \"c\", title = \"C\", start = \"e\", teaches = { \"talk\" } }\n"
                   "ending \"e\" { title = \"E\", summary = \"S\",\n"
                   "  crisis \"Someone can listen, now.\",\n"
                   "}\n");
  HelpList *h = country("GB", "en");
  Runtime *rt = rt_new(s, "en", "Sam", GENDER_M);
  rt_set_help(rt, h);
  const Beat *b = rt_step(rt);
  assert_non_null(b);
  assert_int_equal(b->kind, WORD_CRISIS);
  assert_string_equal(b->text, "Someone can listen, now.");
  assert_string_equal(b->notes, "Samaritans \xC2\xB7 116 123 \xC2\xB7 24/7");
  rt_free(rt);
  help_free(h);
  story_free(s);
}

/* Steps never offered are "not needed on this path"; judges names some;
 * the debrief lists response steps in the catalogue's order, numbered,
 * then prevention. */
static void test_judges_and_not_needed(void **state) {
  (void)state;
  Story *s = story("story { id = \"j\", title = \"J\", start = \"a\",\n"
                   "  teaches = { \"boundaries\", \"talk\", \"evidence\", \"no-pay\", \"block\" } }\n"
                   "scene \"a\" { narrate \"x\",\n"
                   "  choice \"Block\" { go = \"end\", did = \"block\" },\n"
                   "  choice \"Keep evidence\" { go = \"end\", did = \"evidence\" },\n"
                   "}\n"
                   "ending \"end\" { title = \"E\", summary = \"S\", judges = { \"talk\" } }\n");
  Runtime *rt = rt_new(s, "en", "Sam", GENDER_M);
  assert_int_equal(rt_run(rt), RT_CHOICE);
  rt_choose(rt, 0);
  assert_int_equal(rt_run(rt), RT_ENDED);
  DebriefItem it[CATALOG_MAX];
  int n = rt_debrief(rt, it, CATALOG_MAX);
  assert_int_equal(n, 5);
  const char *order[] = {"no-pay", "evidence", "block", "talk", "boundaries"};
  const Verdict want[] = {VERDICT_NOT_NEEDED, VERDICT_MISSED, VERDICT_WRONG_ORDER, VERDICT_MISSED, VERDICT_NOT_NEEDED};
  for (int i = 0; i < n; i++) {
    assert_string_equal(it[i].id, order[i]);
    assert_int_equal(it[i].verdict, want[i]);
    assert_int_equal(it[i].number, i < 4 ? i + 1 : 0);
    assert_int_equal(it[i].prevention, i == 4);
  }
  rt_free(rt);
  story_free(s);
  /* judges names only advice the story teaches */
  Diag d;
  diag_init(&d);
  char dir[] = "/tmp/bts-country-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char *path = path_join(dir, "story.lua");
  FILE *f = fopen(path, "w");
  fputs("story { id = \"j\", title = \"J\", teaches = { \"talk\" } }\n"
        "ending \"end\" { title = \"E\", summary = \"S\", judges = { \"evidense\", \"block\" } }\n", f);
  fclose(f);
  assert_null(story_load(path, cat, &d));
  bool hint = false, teach = false;
  for (int i = 0; i < d.count; i++) {
    hint |= strstr(d.entries[i].message, "did you mean \"evidence\"") != NULL && d.entries[i].line == 2;
    teach |= strstr(d.entries[i].message, "judges \"block\": add it to teaches") != NULL;
  }
  assert_true(hint);
  assert_true(teach);
  diag_free(&d);
  unlink(path);
  free(path);
  rmdir(dir);
}

/* {money VAR}: a number variable's value now; a flag or an unknown name
 * is an error at its line. */
static void test_money_from_a_variable(void **state) {
  (void)state;
  Story *s = story("story { id = \"v\", title = \"V\", start = \"a\", teaches = { \"talk\" },\n"
                   "  vars = { paid = 0 } }\n"
                   "scene \"a\" { add { paid = 200 }, narrate \"{money paid} so far\",\n"
                   "  choice \"Next\" { go = \"end\" } }\n"
                   "ending \"end\" { title = \"E\", summary = \"S\" }\n");
  HelpList *gb = country("GB", "en");
  Runtime *rt = rt_new(s, "en", "Sam", GENDER_M);
  rt_set_help(rt, gb);
  rt_run(rt);
  assert_string_equal(rt_history(rt, 0)->text, "£170 so far");
  rt_free(rt);
  help_free(gb);
  story_free(s);
  Diag d;
  s = story_from("story { id = \"v\", title = \"V\", start = \"a\", teaches = { \"talk\" },\n"
                 "  vars = { paid = 0, scared = false } }\n"
                 "scene \"a\" { narrate \"{money scared}\",\n"
                 "  narrate \"{money payd}\", choice \"Next\" { go = \"end\" } }\n"
                 "ending \"end\" { title = \"E\", summary = \"S\" }\n",
                 &d);
  assert_null(s);
  int found = 0;
  for (int i = 0; i < d.count; i++)
    if (strstr(d.entries[i].message, "needs a number variable") && (d.entries[i].line == 3 || d.entries[i].line == 4))
      found++;
  if (found != 2) diag_print(&d, stderr);
  assert_int_equal(found, 2);
  diag_free(&d);
}

/* A country reloaded mid-story: the lines already told speak of it. */
static void test_country_changes_mid_story(void **state) {
  (void)state;
  Story *s = story("story { id = \"m\", title = \"M\", language = \"fr\", start = \"a\", teaches = { \"talk\" } }\n"
                   "scene \"a\" { narrate \"Call {help.youth-line.name}. Pay {money 200}?\",\n"
                   "  choice \"Next\" { go = \"end\" } }\n"
                   "ending \"end\" { title = \"E\", summary = \"S\" }\n");
  HelpList *fr = country("FR", "fr"), *gb = country("GB", "en");
  Runtime *rt = rt_new(s, "fr", "Sam", GENDER_M);
  rt_set_help(rt, fr);
  rt_run(rt);
  assert_string_equal(rt_history(rt, 0)->text, "Call 3018. Pay 200\xC2\xA0€" N "?");
  rt_set_help(rt, gb);
  assert_int_equal(rt_state(rt), RT_CHOICE);
  assert_string_equal(rt_history(rt, 0)->text, "Call Childline. Pay 170\xC2\xA0£" N "?");
  rt_free(rt);
  help_free(fr);
  help_free(gb);
  story_free(s);
}

/* A payment word is ONE way to pay: the stories join it to others with their
 * own "or" ("in gift cards or through {payment.app}"), so a list in the data
 * read "par PayPal ou Lydia" after "ou", and "You send 50 EUR through PayPal
 * or Lydia" where one payment is made. */
static void test_payment_words_are_one_way(void **state) {
  (void)state;
  static const char *langs_[] = {"en", "fr", "it"};
  static const char *joins[] = {" or ", " ou ", " o ", " and ", " et ", " e ", ",", "/"};
  int n = 0;
  char **codes = help_countries(ROOT "/assets", &n);
  for (int i = 0; i < n; i++) {
    for (size_t l = 0; l < sizeof langs_ / sizeof *langs_; l++) {
      HelpList *h = country(codes[i], langs_[l]);
      for (int k = 0; k < PAY_KINDS; k++) {
        const char *w = help_words(&h->payment[k], langs_[l]);
        for (size_t j = 0; j < sizeof joins / sizeof *joins; j++)
          if (strstr(w, joins[j]))
            fail_msg("%s %s: {payment.%s} is a list (\"%s\"): name one way to pay", codes[i], langs_[l],
                     help_payment_name((PaymentKind)k), w);
      }
      help_free(h);
    }
    free(codes[i]);
  }
  free(codes);
}

/* In danger right now: every country's help says what to do. Where
 * RESOURCES.md sources an emergency number it is given; where it does not
 * (Italy, the USA) no number is invented: an entry says so kindly and
 * points to the line that answers day and night. */
static void test_in_danger_right_now(void **state) {
  (void)state;
  static const char *langs_[] = {"en", "fr", "it"};
  int n = 0;
  char **codes = help_countries(ROOT "/assets", &n);
  for (int i = 0; i < n; i++) {
    for (size_t l = 0; l < sizeof langs_ / sizeof *langs_; l++) {
      HelpList *h = country(codes[i], langs_[l]);
      bool sourced = false, said = false;
      const HelpEntry *crisis = &h->entries[0];
      char first[32];
      snprintf(first, sizeof first, "%s", crisis->contact);
      first[strcspn(first, ";/ ")] = 0; /* "19696; 114" -> "19696" */
      for (int k = 0; k < h->count; k++) {
        const HelpEntry *e = &h->entries[k];
        if ((e->roles >> HELP_EMERGENCY) & 1u) sourced = true;
        if (!e->roles && strcmp(e->name, e->contact) == 0 && strstr(e->what, first)) said = true;
        /* never a number RESOURCES.md does not give for that country */
        if (!strcmp(codes[i], "IT") || !strcmp(codes[i], "US")) {
          if (strstr(e->contact, "112") || strstr(e->contact, "911") || strstr(e->what, "112") || strstr(e->what, "911"))
            fail_msg("%s: an emergency number that RESOURCES.md does not source (%s)", codes[i], e->name);
        }
      }
      if (!sourced && !said)
        fail_msg("%s %s: nothing says what to do in danger right now (an emergency entry, or the kind note naming %s)",
                 codes[i], langs_[l], first);
      if (!sourced && !strcmp(langs_[l], "it")) {
        bool italian = false;
        for (int k = 0; k < h->count; k++) italian |= strstr(h->entries[k].name, "In pericolo adesso") != NULL;
        assert_true(italian);
      }
      help_free(h);
    }
    free(codes[i]);
  }
  free(codes);
}

/* A country the game has no data for (a locale's es_ES): never an error or
 * an empty list, never {braces} in the story; a kind note, the contacts for
 * every country, and no service or crisis number made up. */
static void test_country_without_data(void **state) {
  (void)state;
  HelpList *h = country("ES", "fr");
  assert_string_equal(h->code, "ES");
  bool note = false, every = false;
  for (int i = 0; i < h->count; i++) {
    const HelpEntry *e = &h->entries[i];
    note |= strstr(e->name, "Pas encore de contacts") != NULL;
    every |= strcmp(e->name, "Take It Down") == 0;
    assert_false((e->roles >> HELP_CRISIS) & 1u); /* no made-up crisis line */
  }
  assert_true(note && every);
  help_free(h);
  expect("{money 200}", "ES", "en", "€200");
  expect("{payment.app}", "ES", "fr", "une appli de paiement");
  expect("{school.adult}", "ES", "fr", "un adulte de ton école en qui tu as confiance");
  expect("{help.youth-line}", "ES", "fr", "un adulte de confiance");
  expect("{help.report-authority}", "DE", "it", "un adulto di fiducia");
  assert_false(help_has_country(ROOT "/assets", "ES"));
  assert_true(help_has_country(ROOT "/assets", "FR"));
  assert_false(help_has_country(ROOT "/assets", "ALL"));
}


/* A country file without its school words (or with one missing) is an
 * error that says what to add, like one without its payment words. */
static void test_school_words_required(void **state) {
  (void)state;
  char dir[] = "/tmp/bts-country-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char *help = xasprintf("%s/help", dir), *file = xasprintf("%s/help/ZZ.lua", dir);
  assert_int_equal(mkdir(help, 0700), 0);
  static const char *bodies[] = {
      "",
      "school = { adult = { en = \"a teacher\" } },\n",
  };
  static const char *want[] = {"no school = { adult = ..., staff = ..., at = ..., from = ... } in this country",
                               "school needs staff = { en = \"...\", fr = \"...\" }"};
  for (int i = 0; i < 2; i++) {
    FILE *f = fopen(file, "w");
    assert_non_null(f);
    fprintf(f, "country \"ZZ\" {\n  name = \"Z\",\n  money = { rate = 1, say = \"#\" },\n"
               "  payment = { prepaid = \"p\", giftcard = \"g\", app = \"a\" },\n%s}\n", bodies[i]);
    fclose(f);
    Diag d;
    diag_init(&d);
    HelpList *h = help_load(dir, "ZZ", "en", &d);
    assert_null(h);
    bool said = false;
    for (int k = 0; k < d.count; k++) said |= strstr(d.entries[k].message, want[i]) != NULL;
    if (!said) {
      diag_print(&d, stderr);
      fail_msg("no \"%s\"", want[i]);
    }
    diag_free(&d);
  }
  remove(file);
  rmdir(help);
  rmdir(dir);
  free(help);
  free(file);
}

int main(void) {
  Diag d;
  diag_init(&d);
  cat = catalog_load(ROOT "/assets/advice.lua", &d);
  langs = i18n_load(ROOT "/assets", &d);
  if (!cat) diag_print(&d, stderr);
  diag_free(&d);
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_every_country_has_a_crisis_line),
      cmocka_unit_test(test_country_placeholders),
      cmocka_unit_test(test_payment_words_are_one_way),
      cmocka_unit_test(test_in_danger_right_now),
      cmocka_unit_test(test_country_without_data),
      cmocka_unit_test(test_school_words_required),
      cmocka_unit_test(test_advice_placeholders),
      cmocka_unit_test(test_advice_names_a_service_once),
      cmocka_unit_test(test_french_hours_hold_together),
      cmocka_unit_test(test_french_typography),
      cmocka_unit_test(test_crisis_card),
      cmocka_unit_test(test_judges_and_not_needed),
      cmocka_unit_test(test_country_changes_mid_story),
      cmocka_unit_test(test_money_from_a_variable),
  };
  int failed = cmocka_run_group_tests(tests, NULL, NULL);
  catalog_free(cat);
  i18n_free(langs);
  return failed;
}
