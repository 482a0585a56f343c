/* --summary: one printable page about a session: the story and the date,
 * each decision with its replies, the reply taken and the class's votes,
 * the story map with the path played, the debrief, the discussion
 * questions met, the before/after answers, the help contacts (crisis line
 * first) and room for notes. Built from the runtime alone (html.h). */
#ifndef BTS_SUMMARY_H
#define BTS_SUMMARY_H
#include <stdbool.h>

#include "i18n.h"
#include "runtime.h"

struct HelpList;
struct AnswerSession;
struct Questions;

typedef struct {
  Runtime *rt;              /* played to its end, or as far as it went */
  const struct HelpList *help;    /* the country's contacts, or NULL */
  const I18n *i18n;
  const char *lang;               /* the game's words on the page */
  const struct AnswerSession *answers;  /* the before/after answers, or NULL */
  const struct Questions *questions;    /* their texts, or NULL */
} SummaryInput;

/* The page; caller frees. */
char *summary_html(const SummaryInput *in);
/* The same, written to `path` whole or not at all; *why (caller frees). */
bool summary_write(const char *path, const SummaryInput *in, char **why);

#endif
