/* Play state: where the player is in a story, the variables, the advice
 * steps done (in order), the history of beats shown, undo, save/restore.
 * Plain C, no SDL: every front end drives this same API.
 *
 * A front end loop:
 *   while (rt_state(rt) == RT_RUNNING) show(rt_step(rt));
 *   RT_CHOICE -> show rt_choice_text(rt, i) for i < rt_choice_count(rt),
 *                then rt_choose(rt, i)
 *   RT_ENDED  -> rt_ending_title/summary, rt_debrief()
 *   RT_ERROR  -> rt_error(rt) ("file:line: message")
 * Everything is deterministic: the same choices give the same beats. */
#ifndef BTS_RUNTIME_H
#define BTS_RUNTIME_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "story.h"

struct HelpList;

/* A beat's kind is the story word that made it (words.h, WF_SHOWN):
 *   WORD_MSG        who, text, typing_ms
 *   WORD_PHOTO      who, text: a description, never an image
 *   WORD_CALL       who calls; text: the call line ("Incoming video call")
 *   WORD_RECORDING  the recording indicator appears; text may be empty
 *   WORD_HANGUP     the call ends; text: "Call ended"
 *   WORD_NARRATE    text
 *   WORD_THINK      the player's inner voice (who = WHO_ME); text
 *   WORD_LATER      text: "The next day" (a day separator)
 *   WORD_CLOCK      text: "21:40"; later beats carry it in .clock
 *   WORD_SYSTEM     an app line: "Missed video call"
 *   WORD_DISCUSS    text: the question; notes: for the facilitator
 *   WORD_CRISIS     a calm card: text (the story's words, hope) and notes: the
 *                   crisis line of the player's country ("3114 · 24 h/24"), or
 *                   NULL when no country is set
 *   WORD_REQUEST    who asks to be a contact / sends a message request; text
 *                   may be empty (the app's words then)
 *   WORD_BLOCKED    the player blocked who; text may be empty
 *   WORD_REPORTED   the player reported who: "no longer available"
 *
 * Every beat lands in a conversation (.thread, a character index; threads.h
 * says how the app shows them): a character's line in their own one (or in
 * the group chat that is open, when they are in it), the player's and the
 * app's lines in the open one; `to = "id"` on a line, or `chat = "id"` on a
 * scene, names it. Lines said in the room (.in_person: a scene or a
 * character with in_person = true) are not messages: they stay in the open
 * conversation's timeline as narration, and do not open one. */

typedef struct {
  Word kind;        /* a WF_SHOWN word */
  int who;          /* character index, WHO_ME, or WHO_NOBODY */
  char *text;       /* translated, {name}/{var}/{a|b} filled in */
  char *notes;      /* WORD_DISCUSS only, else NULL */
  int typing_ms;    /* WORD_MSG from a character: typing indicator time */
  char clock[6];    /* time of day shown with the beat, "" if none yet */
  int day;          /* 0 at the start, +1 at every time skip */
  bool in_call;     /* happened during a call */
  bool in_voice_call; /* ... a voice call: its lines are said, not typed */
  unsigned char call_kind; /* WORD_CALL: CALL_APP (the app's kind), CALL_VOICE or CALL_VIDEO */
  bool call_out;    /* WORD_CALL: the player makes the call (no Answer / Decline) */
  int thread;       /* the conversation it belongs to (character index), -1 before any */
  bool in_person;   /* said in the room (msg, photo): narration, not a message */
  int choice_point; /* how many choices had been made before this beat */
  const char *file; /* the author's text */
  int line;
} Beat;

/* A line said aloud, not typed: in the room (in_person), or in a voice
 * call (a message between `call { voice = true }` and `hangup`): both front
 * ends show it as what was said ("Karim, on the call: ..."), never as a
 * chat bubble. In a video call the chat stays open beside the picture, and
 * what a contact sends there is typed (Sacha's "my mic doesn't work, I'll
 * write here"): those stay messages. */
static inline bool beat_said_aloud(const Beat *b) {
  return b->in_person || (b->in_voice_call && b->kind == WORD_MSG);
}

typedef enum { RT_RUNNING, RT_CHOICE, RT_ENDED, RT_ERROR } RtState;

typedef enum { GENDER_M = 'm', GENDER_F = 'f', GENDER_X = 'x' } Gender;

/* NOT_NEEDED: the path never put this step in front of the player and the
 * ending does not judge it: "not needed on this path — remember it". */
typedef enum { VERDICT_TAKEN, VERDICT_MISSED, VERDICT_WRONG_ORDER, VERDICT_NOT_NEEDED } Verdict;

typedef struct {
  int advice;       /* catalogue index */
  const char *id;
  Verdict verdict;
  const char *step; /* in the runtime's language, the country's words filled in */
  const char *why;
  bool prevention;  /* "next time" group (verify, boundaries) */
  int number;       /* 1, 2, ... among the response steps; 0 for prevention */
} DebriefItem;

typedef struct Runtime Runtime;

Runtime *rt_new(const Story *s, const char *lang, const char *name, Gender g);
void rt_free(Runtime *rt);
/* The player's country: {help.*}, {money N} and {payment.*} in every text
 * come from it (not owned; keep it alive while the runtime lives). The lines
 * already told are told again with it. NULL leaves those placeholders as
 * written (the checker). */
void rt_set_help(Runtime *rt, const struct HelpList *help);

RtState rt_state(const Runtime *rt);
/* Runs the story to its next visible beat, appends it to the history and
 * returns it (valid until the runtime is freed or undone past it). Returns
 * NULL when the state is not RT_RUNNING after the call. */
const Beat *rt_step(Runtime *rt);
/* Runs until a choice, an ending or an error. */
RtState rt_run(Runtime *rt);

int rt_choice_count(const Runtime *rt);
/* The texts below are filled (translated, {name}, the country's words) when
 * asked and kept until the next call: the runtime is not const for them. */
const char *rt_choice_text(Runtime *rt, int i); /* translated */
/* i counts the choices shown; returns false if i is out of range. */
bool rt_choose(Runtime *rt, int i);
/* Goes back to the previous choice point (the choices shown again);
 * rt_back_to goes back further. */
bool rt_can_undo(const Runtime *rt);
bool rt_undo(Runtime *rt);
int rt_choices_made(const Runtime *rt);

int rt_history_len(const Runtime *rt);
const Beat *rt_history(const Runtime *rt, int i);

const char *rt_error(const Runtime *rt);
const Story *rt_story(const Runtime *rt);
const char *rt_lang(const Runtime *rt);
const Scene *rt_scene(const Runtime *rt);

/* Endings. */
const char *rt_ending_id(const Runtime *rt);
const char *rt_ending_title(Runtime *rt);   /* translated */
const char *rt_ending_summary(Runtime *rt); /* translated */
/* Fills items: the taught response steps numbered in the catalogue's order
 * (the agreed sequence), then the prevention steps; returns the count. */
int rt_debrief(Runtime *rt, DebriefItem *items, int max);
bool rt_did(const Runtime *rt, const char *advice_id);
double rt_var(const Runtime *rt, const char *name); /* 0 for an unknown name */

/* The same path replayed with another language, name or gender, so every
 * line already shown speaks the new way. False (rt unchanged) if it cannot. */
bool rt_respeak(Runtime *rt, const char *lang, const char *name, Gender g);

/* ---- Decisions and class votes (classroom mode) ----
 * Decision d is the d-th choice point on the path: 0 is the first; the
 * decisions made are 0 .. rt_choices_made()-1 and, while the state is
 * RT_CHOICE, decision rt_choices_made() is the one on screen now.
 * rt_decision_count() counts both. A tally is the show-of-hands count for
 * each reply shown at a decision. It stays with its decision through undo,
 * rt_back_to, rt_respeak and the save text; it is dropped when the path is
 * changed before it (the class is then at another decision). A runtime that
 * keeps no history (rt_set_recording false, rt_clone) keeps no decisions. */
int rt_decision_count(const Runtime *rt);
/* The replies shown at decision d, as indices into that scene's full choice
 * list (up to STORY_CHOICES_MAX); returns how many, 0 for a bad d. */
int rt_decision_replies(const Runtime *rt, int d, int *scene_choices);
/* The scene of decision d (NULL for a bad d). */
const Scene *rt_decision_scene(const Runtime *rt, int d);
/* Which of the replies shown at decision d was taken (a shown index), or -1
 * when d is the decision on screen now (or a bad d). */
int rt_decision_taken(const Runtime *rt, int d);
/* Reply `shown` of decision d, translated and filled (caller frees); NULL
 * for a bad d or shown. */
char *rt_decision_text(const Runtime *rt, int d, int shown);
/* The class's count for reply `shown` (0-based, as rt_choice_text counts) at
 * the decision on screen now; 0..RT_VOTES_MAX. False when there is no choice
 * on screen or shown/count is out of range. */
#define RT_VOTES_MAX 9999

/* The player's first name when none was given (the first-start question
 * offers it): the check warns on a character who has it (check_names). */
#define RT_DEFAULT_NAME "Sam"
bool rt_set_votes(Runtime *rt, int shown, int count);
/* The count for reply `shown` at decision d; -1 when no tally was entered
 * at that decision (a vote of 0 is 0). */
int rt_votes(const Runtime *rt, int d, int shown);
bool rt_voted(const Runtime *rt, int d);
/* The decision on screen now: the shown reply with the most votes, or -1
 * when no vote was counted or the top is shared (the teacher decides);
 * *tied (may be NULL) gets how many replies share the top count. */
int rt_vote_winner(const Runtime *rt, int *tied);
/* "Go back to a choice": back to decision d (< rt_choices_made), its
 * replies shown again; the tallies up to d are kept. */
bool rt_back_to(Runtime *rt, int d);

/* Save: a small text ("key value" lines) that replays the choices. */
char *rt_save_text(const Runtime *rt);
/* Rebuilds a runtime from a save text; NULL and *why (caller frees) if the
 * save is foreign, from a future version, or no longer fits the story. */
Runtime *rt_from_save(const Story *s, const char *text, char **why);

/* "Test from here" (--scene, --set): starts again at `scene` with these
 * variable values (NULL: the story's); undo and saves count from there. */
void rt_start_at(Runtime *rt, int scene, const double *vars);
int rt_start_scene(const Runtime *rt);
/* --scene ID and --set "a=1,b=true" (either may be NULL) applied to rt:
 * one call for every front end. False and *why (caller frees) when the
 * scene is not in the story (its scenes are listed) or a value is bad. */
bool rt_start_here(Runtime *rt, const char *scene, const char *sets, char **why);
/* Parses "trust=2,paid=true" into vars (one per story variable, the others
 * at their start value). False and *why (caller frees) on a bad pair. */
bool rt_parse_sets(const Story *s, const char *sets, double *vars, char **why);
/* The author's loop (--watch): a runtime on the edited story `s` at the
 * same place as `old` (on the old story), replaying each choice by its text
 * (else its place) as far as it still fits; *replayed choices were. */
Runtime *rt_follow(const Story *s, const Runtime *old, int *replayed);

/* Low-level, for the checker and the map: the choice indices (into the
 * scene's full list) taken so far, a shown choice's index in that list, and
 * the state fingerprint. */
const int *rt_path(const Runtime *rt, int *n);
int rt_choice_index(const Runtime *rt, int shown); /* shown -> scene index */
/* The shown reply that is the call screen's button (ChoiceButton), or -1;
 * and the button a shown reply is (BUTTON_NONE when none). */
int rt_choice_button(const Runtime *rt, int button);
int rt_choice_button_of(const Runtime *rt, int shown);
unsigned long long rt_state_key(const Runtime *rt);
/* A copy without history, for exploring choices side by side. */
Runtime *rt_clone(const Runtime *rt);
/* Bytes this runtime holds (the checker bounds its memory). */
size_t rt_memory(const Runtime *rt);
/* Keep no history (the checker runs millions of steps). */
void rt_set_recording(Runtime *rt, bool keep_history);
/* Quiet: no history and no text at all (a beat's text and notes are NULL,
 * rt_debrief's step and why too): where the story goes, for the checker
 * and the map. Clones stay quiet. */
void rt_set_quiet(Runtime *rt, bool quiet);
/* Marks visited[scene] = 1 for every scene entered from now on. */
void rt_set_visit_map(Runtime *rt, unsigned char *visited);
/* Chooses by index in the scene's full choice list (must be shown). */
bool rt_choose_index(Runtime *rt, int scene_choice);

#endif
