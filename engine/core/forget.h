/* Discretion on a shared computer: "leave no trace" (nothing is written to
 * the user's folder during the session) and "Forget me" (every file the game
 * wrote for this user is removed, and nothing else). */
#ifndef BTS_FORGET_H
#define BTS_FORGET_H
#include <stdbool.h>

/* Leave no trace: from now on settings_save, save_write and save_remove do
 * nothing (they answer true), and a damaged file is left where it is. The
 * switch itself is never written down. */
void trace_set_off(bool no_trace);
bool trace_is_off(void);

typedef struct {
  int settings;   /* settings.conf and its kept-aside copies */
  int saves;      /* saves/<story>.save and theirs */
  int answers;    /* answers/ (the before/after answers) */
  char **paths;   /* every file removed */
  int count;
  char *folder;   /* the user's folder */
  bool folder_removed;
} Forgotten;

/* Removes the game's files from the user's folder (paths_user()): the
 * settings, every save, the answers, their temporary and kept-aside copies,
 * then the folders the game made if they are left empty. Files the game did
 * not write are left. Returns false with *why (caller frees) when a file
 * could not be removed (the others still are). */
bool forget_me(Forgotten *f, char **why);
void forgotten_free(Forgotten *f);

#endif
