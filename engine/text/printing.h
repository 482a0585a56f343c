/* The command-line side of the printable pages and the answers:
 *   --summary OUT.html STORY           the saved session of STORY
 *   --replay 1,2,1 STORY --summary OUT.html   that path
 *   --handout STORY OUT.html           the facilitator's sheet
 *   --help-card COUNTRY OUT.html       cards of help contacts
 *   --results OUT.csv                  the before/after answers, added up
 * The pages are built by the core (summary.h, handout.h, helpcard.h); this
 * settles the language and country like the players do, and reports. */
#ifndef BTS_PRINTING_H
#define BTS_PRINTING_H
#include <stdbool.h>
#include <stdio.h>

struct Catalog;
struct I18n;
struct HelpList;
struct Runtime;
struct AnswerSession;

typedef struct {
  const struct I18n *i18n;
  const struct Catalog *catalog;
  const char *lang;    /* NULL: from the settings */
  const char *country; /* NULL: from the settings */
} PrintOptions;

/* Each returns the exit code: 0, 1 when the file could not be made (one
 * line on stderr says why), 2 for a bad argument. */
int print_summary(const PrintOptions *o, const char *story, const char *replay, const char *out);
int print_handout(const PrintOptions *o, const char *story, const char *out);
int print_help_card(const PrintOptions *o, const char *country, const char *out);
int print_results(const char *out);

/* For the players: the summary of their runtime with the session's
 * before/after answers (NULL: none). False and *why (caller frees). */
bool print_session(struct Runtime *rt, const struct HelpList *help, const struct I18n *in, const char *lang,
                   const struct AnswerSession *answers, const char *out, char **why);

#endif
