#include "ask_text.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "textsafe.h"

static bool line_in(const AskTerm *t, char *buf, size_t n) {
  if (!fgets(buf, (int)n, t->in)) return false;
  buf[strcspn(buf, "\r\n")] = 0;
  if (t->echo) ts_fprintf(t->out, "%s\n", buf);
  else wrap_line_typed(t->wrap);
  return true;
}

/* "0 2 5 8 3": the hands for 1 to 5; false when it is not five counts. */
static bool hands(const char *line, int counts[ANSWER_VALUES]) {
  const char *p = line;
  for (int v = 0; v < ANSWER_VALUES; v++) {
    char *end;
    long n = strtol(p, &end, 10);
    if (end == p || n < 0 || n > 999) return false;
    counts[v] = (int)n;
    p = end;
    while (*p == ' ' || *p == ',' || *p == '\t') p++;
  }
  return *p == 0;
}

bool ask_text(const AskTerm *t, const Questions *q, AnswerSession *a, AskWhen when) {
  fprintf(t->out, "\n%s\n%s\n", i18n_word(t->words, t->lang, when == ASK_BEFORE ? T_Q_BEFORE : T_Q_AFTER),
          i18n_word(t->words, t->lang, t->classroom ? T_Q_CLASS : T_Q_SCALE));
  char line[128];
  for (int i = 0; i < q->count && i < a->count; i++) {
    for (;;) {
      ts_fprintf(t->out, "\n  %d/%d  %s\n%s> ", i + 1, q->count, question_text(q, i, t->lang),
                 i18n_word(t->words, t->lang, t->classroom ? T_Q_COUNT : T_Q_PROMPT));
      fflush(t->out);
      if (!line_in(t, line, sizeof line)) return false;
      if (!line[0]) break;                             /* this one skipped */
      if (strcmp(line, "s") == 0 || strcmp(line, "S") == 0) {
        fputs("\n", t->out);
        return true;                                   /* all the rest skipped */
      }
      if (t->classroom) {
        int c[ANSWER_VALUES];
        if (hands(line, c)) {
          for (int v = 0; v < ANSWER_VALUES; v++) answers_add(a, when, i, v + 1, c[v]);
          break;
        }
      } else if (line[0] >= '1' && line[0] <= '5' && !line[1]) {
        answers_add(a, when, i, line[0] - '0', 1);
        break;
      }
      /* anything else: the question again, with its scale */
      fprintf(t->out, "%s\n", i18n_word(t->words, t->lang, t->classroom ? T_Q_CLASS : T_Q_SCALE));
    }
  }
  fputs("\n", t->out);
  return true;
}
