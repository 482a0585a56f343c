/* Only sourced help reaches a player: every phone number and web address
 * in a country's help data (its contacts and what is said of them, in
 * every language) is one RESOURCES.md gives for that country (or for all),
 * as copied in tests/stories/resources-contacts.txt. A number typed wrong,
 * or one from another country, fails here before a frightened teen dials
 * it. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "help.h"
#include "util.h"

typedef struct {
  char code[4];
  char *contact;
} Sourced;

static Sourced *list;
static int nlist, failures, checked;

/* "1-800-668-6868" -> "18006686868"; "ceop.police.uk" -> itself, lower case. */
static void norm(const char *a, size_t n, char *out, size_t size) {
  size_t k = 0;
  bool digits = true;
  for (size_t i = 0; i < n; i++)
    if (isalpha((unsigned char)a[i])) digits = false;
  for (size_t i = 0; i < n && k + 1 < size; i++) {
    unsigned char c = (unsigned char)a[i];
    if (digits ? isdigit(c) : (isalnum(c) || c == '.' || c == '-')) out[k++] = (char)tolower(c);
  }
  out[k] = 0;
}

static bool sourced(const char *code, const char *piece) {
  for (int i = 0; i < nlist; i++) {
    if (strcmp(list[i].code, code) != 0 && strcmp(list[i].code, "ALL") != 0) continue;
    char want[128];
    norm(list[i].contact, strlen(list[i].contact), want, sizeof want);
    if (strcmp(want, piece) == 0) return true;
    /* "1-800-CALL-FBI": its digits and letters as written */
    char raw[128];
    snprintf(raw, sizeof raw, "%s", list[i].contact);
    for (char *p = raw; *p; p++) *p = (char)tolower((unsigned char)*p);
    if (strcmp(raw, piece) == 0) return true;
  }
  return false;
}

static void fail(const char *code, const char *lang, const char *entry, const char *piece, const char *text) {
  if (failures++ < 30)
    fprintf(stderr, "FAIL: %s (%s) %s: \"%s\" is not a contact RESOURCES.md gives for %s: %s\n", code, lang, entry,
            piece, code, text);
}

/* Every number (three digits or more, spaces, dots and hyphens inside; not
 * a time of day) and every web address in text. */
static void scan(const char *code, const char *lang, const char *entry, const char *text) {
  if (!text) return;
  size_t n = strlen(text);
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)text[i];
    if (isalnum(c)) {
      size_t j = i;
      while (j < n && (isalnum((unsigned char)text[j]) || strchr(".-", text[j]) ||
                       (text[j] == ' ' && j + 1 < n && isdigit((unsigned char)text[j + 1]) && isdigit((unsigned char)text[j - 1]))))
        j++;
      while (j > i && strchr(".-", text[j - 1])) j--; /* the sentence's full stop */
      size_t len = j - i;
      char tok[160];
      snprintf(tok, sizeof tok, "%.*s", (int)(len < 150 ? len : 150), text + i);
      bool has_alpha = false, has_dot = false;
      int digits = 0, group = 0, longest = 0; /* "12-25" (ages): no group of 3 digits */
      for (char *p = tok; *p; p++) {
        has_alpha |= isalpha((unsigned char)*p) != 0;
        has_dot |= *p == '.';
        digits += isdigit((unsigned char)*p) != 0;
        group = isdigit((unsigned char)*p) ? group + 1 : 0;
        if (group > longest) longest = group;
      }
      if (longest < 3 && !has_alpha) digits = 0;
      bool timeofday = (i > 0 && text[i - 1] == ':') || (j < n && text[j] == ':');
      char piece[160];
      if (has_alpha && has_dot && isalpha((unsigned char)tok[strlen(tok) - 1])) { /* a web address */
        norm(tok, strlen(tok), piece, sizeof piece);
        checked++;
        if (!sourced(code, piece)) fail(code, lang, entry, tok, text);
      } else if (!has_alpha && digits >= 3 && !timeofday) { /* a phone number */
        norm(tok, strlen(tok), piece, sizeof piece);
        checked++;
        if (!sourced(code, piece)) fail(code, lang, entry, tok, text);
      } else if (has_alpha && digits >= 3 && strchr(tok, '-')) { /* 1-800-CALL-FBI */
        char low[160];
        snprintf(low, sizeof low, "%s", tok);
        for (char *p = low; *p; p++) *p = (char)tolower((unsigned char)*p);
        checked++;
        if (!sourced(code, low)) fail(code, lang, entry, tok, text);
      }
      i = j > i ? j : i + 1;
    } else i++;
  }
}

int main(void) {
  FILE *f = fopen(ROOT "/tests/stories/resources-contacts.txt", "r");
  if (!f) { perror("resources-contacts.txt"); return 2; }
  char line[256];
  while (fgets(line, sizeof line, f)) {
    line[strcspn(line, "\n")] = 0;
    if (!line[0] || line[0] == '#') continue;
    char *sp = strchr(line, ' ');
    if (!sp) continue;
    *sp = 0;
    list = xrealloc(list, (size_t)(nlist + 1) * sizeof *list);
    snprintf(list[nlist].code, sizeof list[nlist].code, "%.3s", line);
    list[nlist++].contact = xstrdup(sp + 1);
  }
  fclose(f);
  static const char *const LANGS[] = {"en", "fr", "it"};
  int n = 0;
  char **codes = help_countries(ROOT "/assets", &n);
  Diag d;
  diag_init(&d);
  for (int c = 0; c < n; c++) {
    for (size_t l = 0; l < sizeof LANGS / sizeof *LANGS; l++) {
      HelpList *h = help_load(ROOT "/assets", codes[c], LANGS[l], &d);
      if (!h) continue;
      for (int k = 0; k < h->count; k++) {
        scan(h->code, LANGS[l], h->entries[k].name, h->entries[k].contact);
        scan(h->code, LANGS[l], h->entries[k].name, h->entries[k].what);
      }
      help_free(h);
    }
    free(codes[c]);
  }
  free(codes);
  diag_print(&d, stderr);
  diag_free(&d);
  for (int i = 0; i < nlist; i++) free(list[i].contact);
  free(list);
  printf("%d countries x 3 languages: %d numbers and addresses checked against RESOURCES.md, %d not sourced\n", n,
         checked, failures);
  return failures || checked == 0 ? 1 : 0;
}
