/* The terminal player: numbered choices, plain lines in reading order (also
 * the screen-reader-friendly way to play). */
#ifndef BTS_TEXT_PLAYER_H
#define BTS_TEXT_PLAYER_H
#include <stdbool.h>
#include <stdio.h>

struct Catalog;
struct I18n;

typedef struct {
  const struct I18n *i18n;       /* the game's words (loaded once, in main) */
  const struct Catalog *catalog; /* the advice catalogue (loaded once, in main) */
  const char *story;    /* a resolved story path */
  const char *lang;     /* NULL: from the settings */
  const char *country;  /* NULL: from the settings */
  const char *name;     /* NULL: from the settings */
  char gender;          /* 0: from the settings */
  bool classroom;       /* show facilitator notes */
  bool instant;         /* no typing pauses */
  const char *scene;    /* --scene: start at this scene (test from here) */
  const char *sets;     /* --set: "var=value,..." at that start */
  bool watch;           /* --watch: reload when the story's files change */
  const char *summary;  /* --summary: the printable summary written at the debrief (and on s) */
  bool no_window;       /* the window could not open: say so, in the player's words, before the story */
  FILE *in, *out;
} TextOptions;

/* Returns the exit code (0, or 1 when the story cannot be played). */
int text_play(const TextOptions *o);

/* --replay: plays the path (1-based choice numbers) and prints its
 * transcript: every line with who says it, each decision with its replies
 * and the one taken, the ending, the steps and the help, in the story's
 * language (o->lang) for the country (o->country). 1 (a message on stderr)
 * when the path does not fit the story. */
int text_replay(const TextOptions *o, const int *path, int n);

#endif
