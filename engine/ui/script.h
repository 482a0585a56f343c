/* script.c: scripted input (docs/ui.md) for screenshots and the window tests. */
#ifndef BTS_UI_SCRIPT_H
#define BTS_UI_SCRIPT_H
#include "app.h"

typedef struct Script Script;
Script *script_load(const char *path, char **why);
Script *script_parse(const char *text, char **why);
void script_free(Script *s);
/* Headless: runs every line against app, writing shots as asked. */
bool script_run_headless(App *app, Script *s, char **why);
/* Window: runs due lines; returns the next deadline (0 = done). */
Uint64 script_step_window(App *app, Script *s);
bool script_done(const Script *s);

#endif
