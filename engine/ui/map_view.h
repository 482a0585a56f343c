/* map_view.c: the story map in the window (F6, or Map on a story's card):
 * scenes as boxes, endings marked, choices as arrows, the path played so
 * far highlighted; a click on a scene plays from there ("test from here",
 * nothing saved). Laid out by Graphviz (storymap.h); without it, a notice. */
#ifndef BTS_UI_MAP_VIEW_H
#define BTS_UI_MAP_VIEW_H
#include "app.h"

/* Opens the map of library story `index` (the one playing: with its path). */
void map_open(App *app, int index);
void map_close(App *app);
void draw_map(App *app);
/* Plays story `index` from scene `scene`. */
void map_play_from(App *app, int scene);

#endif
