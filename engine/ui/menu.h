/* menu.c: the story menu. */
#ifndef BTS_UI_MENU_H
#define BTS_UI_MENU_H
#include "app.h"

/* Reads the stories folder the first time the menu shows. */
void menu_load(App *app);
void draw_menu(App *app);

#endif
