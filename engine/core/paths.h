/* Where things are: the game's data (stories, assets) and the user's own
 * folder for saves and settings (XDG on Linux). */
#ifndef BTS_PATHS_H
#define BTS_PATHS_H

/* The folder holding stories/ and assets/: $BTS_ROOT, else the install
 * prefix's share folder, else the source tree this binary was built from. */
const char *paths_root(void);
char *paths_assets(void);  /* caller frees */
char *paths_stories(void); /* caller frees */
/* $BTS_HOME, else $XDG_DATA_HOME/behind-the-screen, else
 * ~/.local/share/behind-the-screen, else (no HOME) the private
 * $XDG_RUNTIME_DIR/behind-the-screen; NULL when there is none of these
 * (never /tmp: nothing is saved, and PATHS_NO_HOME says why). Created on
 * demand by save code. */
char *paths_user(void);
/* A file or folder in it ("settings.conf", "answers"); NULL when there is
 * no user folder. Caller frees. */
char *paths_user_file(const char *name);
/* A story named on the command line: a folder or a .lua file as given,
 * else the id of a shipped story (stories/<id>), else the name itself (the
 * story's loading says it is missing). Caller frees. */
char *paths_story(const char *arg);
#define PATHS_NO_HOME \
  "there is no folder for saved games and settings (HOME is not set): nothing is saved; set HOME or BTS_HOME"

#endif
