/* The before/after questions (assets/questions.lua): a few short
 * self-efficacy statements ("I would know what to do first"), answered from
 * 1 (not true at all) to 5 (completely true) before the story and after the
 * debrief. Anonymous and local: counts only, no names, kept in
 * <user>/answers/ on this computer, nothing when "leave no trace" is on,
 * removed by "Forget me" (forget.c), never sent anywhere. At home a count
 * is one player's answer; in class it is the show of hands per answer. */
#ifndef BTS_ANSWERS_H
#define BTS_ANSWERS_H
#include <stdbool.h>

#include "diag.h"

#define QUESTIONS_MAX 5
#define ANSWER_VALUES 5
#define QUESTION_LANGS 8

typedef struct {
  char *id;
  char *lang[QUESTION_LANGS];
  char *text[QUESTION_LANGS];
  int nlang;
} Question;

typedef struct Questions {
  Question q[QUESTIONS_MAX];
  int count;
} Questions;

/* <assets>/questions.lua; NULL with diag when missing or broken. */
Questions *questions_load(const char *assets_dir, Diag *diag);
void questions_free(Questions *q);
/* In lang, else English, else the first given. */
const char *question_text(const Questions *q, int i, const char *lang);
/* The assets check: every question has a text in lang. */
void questions_check_lang(const Questions *q, const char *lang, const char *path, Diag *diag);

typedef enum { ASK_BEFORE, ASK_AFTER, ASK_WHEN } AskWhen;

/* One session's answers: counts[when][question][value-1]. */
typedef struct AnswerSession {
  char story[64];
  char stamp[20];  /* "20261130-081500": the file's name, never shown with a name */
  char file[112];  /* the file's name once saved ("skype-20261130-081500-2.answers"): the session's own */
  bool classroom;
  int count;       /* questions */
  char id[QUESTIONS_MAX][32];
  int counts[ASK_WHEN][QUESTIONS_MAX][ANSWER_VALUES];
} AnswerSession;

/* A new session for these questions (every count 0), stamped now. */
void answers_begin(AnswerSession *a, const Questions *q, const char *story_id, bool classroom);
/* Counts for question i at `when`: one answer (value 1..5) or a show of hands. */
void answers_add(AnswerSession *a, AskWhen when, int i, int value, int how_many);
/* Answers at `when` for question i (0 if skipped), and their mean. */
int answers_total(const AnswerSession *a, AskWhen when, int i);
double answers_mean(const AnswerSession *a, AskWhen when, int i);
bool answers_any(const AnswerSession *a);

/* Writes <user>/answers/<story>-<stamp>.answers (atomically), or nothing
 * at all when leave-no-trace is on or nothing was answered: then true. A
 * session's first save takes a name no other file has (two sessions in the
 * same second: "-2", "-3"...), kept in a->file; its later saves write over
 * that file only. */
bool answers_save(AnswerSession *a, char **why);
/* Every session kept on this computer, oldest first; `story` NULL for all. */
AnswerSession *answers_load_all(const char *story, int *n);
/* Parses one file's text (for tests and answers_load_all). */
bool answers_parse(const char *text, AnswerSession *a);
char *answers_format(const AnswerSession *a);
/* --results: the counts added up per story, question and time, one CSV
 * row each; no session, date or name in it. Caller frees. */
char *answers_csv(const AnswerSession *all, int n);

#endif
