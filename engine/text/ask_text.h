/* The before/after questions in the terminal (answers.h): at home the
 * player answers 1-5, in class the teacher types the show of hands for each
 * answer. Enter skips a question, s skips them all; nothing is required. */
#ifndef BTS_ASK_TEXT_H
#define BTS_ASK_TEXT_H
#include <stdbool.h>
#include <stdio.h>

#include "answers.h"
#include "wrap.h"

struct I18n;

typedef struct {
  FILE *in, *out;
  bool echo;        /* input from a pipe: echo it, so the transcript reads like a session */
  Wrap *wrap;       /* out's line breaking (the player's Enter starts a line), or NULL */
  bool classroom;
  const struct I18n *words;
  const char *lang;
} AskTerm;

/* Asks every question at `when` into a; false when the input ended. */
bool ask_text(const AskTerm *t, const Questions *q, AnswerSession *a, AskWhen when);

#endif
