/* The SDL front end: the window, and headless screenshots for tests. */
#ifndef BTS_UI_H
#define BTS_UI_H
#include <stdbool.h>

struct Catalog;
struct I18n;
struct SkinSet;
struct Story;

typedef struct {
  const struct I18n *i18n;       /* the game's words (loaded once, in main) */
  const struct Catalog *catalog; /* the advice catalogue (loaded once, in main) */
  const struct SkinSet *skins;   /* the apps' looks, or NULL: read from assets/skins */
  const char *story;      /* a story folder or id, or NULL for the menu */
  const char *library;    /* a class's folder (a story in each of its folders):
                             the menu shows them with the game's, or NULL */
  const char *lang;       /* overrides the settings, or NULL */
  const char *country;    /* overrides the settings, or NULL */
  bool fullscreen;
  bool classroom;         /* projector mode: large text, the class vote; the
                             notes only in the presenter view (lesson.h) */
  int display;            /* --display N: the display to project on (1-based), 0 = not given */
  const char *screenshot; /* write the last frame here (BMP) and exit */
  const char *scene;      /* --scene: start at this scene (author.h) */
  const char *sets;       /* --set: "var=value,..." at that start */
  bool watch;             /* --watch: reload when the story's files change */
  const char *script;     /* scripted input (docs/ui.md): virtual time with
                             --screenshot, SDL events pushed into a real
                             window otherwise (the window tests) */
  bool ask_at_launch;     /* a story named at launch asks the before
                             questions too, as one started from the menu
                             (main: not when a script plays the game) */
  struct Story *loaded;   /* `story`, already loaded (ui.c, before SDL starts): the App takes it */
} UiOptions;

#define UI_NO_DISPLAY 3   /* ui_run's answer when no window can be opened */
#define UI_NO_FONT 4      /* ... when no font can draw it (started from a terminal: it plays there) */

/* Returns the process exit code, or UI_NO_DISPLAY. */
int ui_run(const UiOptions *o);

#endif
