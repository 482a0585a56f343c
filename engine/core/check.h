/* The story checker: exhaustive exploration of the reachable (scene,
 * variables, steps done) states, the story map, random playthroughs and
 * replays. Problems go to a Diag as file:line messages. */
#ifndef BTS_CHECK_H
#define BTS_CHECK_H
#include <stdbool.h>
#include <stdio.h>

#include "story.h"

#define CHECK_MAX_STATES 200000
#define CHECK_SECONDS 3.0            /* CPU time for one whole exploration at most */
#define CHECK_TOTAL_SECONDS 4.0      /* for the load and the exploration together */
#define CHECK_MIN_SECONDS 0.5        /* what exploring gets after a long load */
#define CHECK_MAX_BYTES (48u << 20)  /* memory for the exploration's own states */

typedef struct {
  int states;        /* choice points explored */
  int endings_seen;  /* distinct endings reached */
  bool complete;     /* false when the bound was hit */
} CheckSummary;

/* Explores the story; returns the number of errors added to diag. */
int check_explore(const Story *s, Diag *diag, int max_states, CheckSummary *sum);
/* The story map as Graphviz DOT; the scenes of `path` (in the order played,
 * NULL for none) and the steps between them are highlighted. */
void check_graph(const Story *s, const int *path, int npath, FILE *out);
/* The same with the choices in `lang` (NULL: as written) and `here` as the
 * label of the path's last scene (NULL: none), for a printed page; labels
 * (NULL, or one per scene, NULL for its id) name the scenes in the
 * reader's words: the moment of the story (moment.h). */
void check_graph_in(const Story *s, const int *path, int npath, const char *lang, const char *here,
                    const char *const *labels, FILE *out);
/* n random playthroughs from seed; prints the endings reached and any
 * failure with its seed and path. Returns the number of failures. */
int check_random(const Story *s, long n, unsigned long long seed, FILE *out);
/* Plays the given 1-based choice numbers; prints "ending ID" and one
 * "taken|missed|wrong-order ID" line per taught advice. Returns 0, or 1 if
 * the path does not fit the story (with a message on err). */
int check_replay(const Story *s, const char *lang, const int *choices, int n, FILE *out, FILE *err);

/* A help number the checker knows (from assets/help): its digits, the
 * service's name and the role to use instead ("youth-line"). */
typedef struct {
  char digits[24];
  const char *service, *role;
} CheckNumber;

/* Warns, with file:line, on a phone number, web or e-mail address or
 * amount of money written in a story text or its translations: what a
 * player is told to do comes from the country's data ({help.<role>},
 * {money N}). Returns the number of warnings added. */
int check_literals(const Story *s, const CheckNumber *known, int nknown, Diag *diag);

/* A warning when the story's id is the id of one of the game's stories in
 * another folder (a copy made by hand keeps its id): saves are named by id. */
void check_own_id(const Story *s, Diag *diag);
/* A choice with no text (the player sees an empty button) and two choices
 * of a scene with the same text and no condition (two buttons alike: which
 * one is it?), each at the choice's line. Returns the warnings added. */
int check_choice_texts(const Story *s, Diag *diag);
/* The same for two stories checked together (a class's folder): s has the
 * id of the story `other` (its folder, as shown) whose files differ
 * (other_fingerprint): the two would share one saved game. */
void check_id_shared(const Story *s, const char *other, unsigned long long other_fingerprint, Diag *diag);

/* A warning when a character has the player's default first name
 * (RT_DEFAULT_NAME): a player who keeps it would read two of them. */
void check_names(const Story *s, Diag *diag);

#endif
