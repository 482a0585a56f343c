/* Drawing helpers shared by the views: shapes, text that records where it
 * went (for the tests), buttons that register where they can be pressed. */
#ifndef BTS_UI_DRAW_H
#define BTS_UI_DRAW_H
#include "app.h"

int dp(const App *app, double units);
/* Units that do not grow with the text size: where a page's column and its
 * controls stand (a setting's button stays under the pointer while the
 * text size changes). */
int dp_frame(const App *app, double units);
void fill_rect(App *app, SDL_Rect r, SDL_Color c);
void fill_round(App *app, SDL_Rect r, int radius, SDL_Color top, SDL_Color bottom);
void fill_circle(App *app, int cx, int cy, int radius, SDL_Color c);
/* A border of width bw around r, then the inside filled. */
void frame_round(App *app, SDL_Rect r, int radius, int bw, SDL_Color border, SDL_Color inside);

/* Sent and read, as a phone messenger shows them: two ticks at x, y (their
 * top), coloured once read (the theme's tick, tick_read). Returns their width. */
int draw_ticks(App *app, int x, int y, bool read, bool draw);

/* Draws a laid out text at x, y; box is the container it must stay in,
 * bg/bg2 what it is drawn over (for the contrast check). */
void draw_box(App *app, TextBox *b, int x, int y, SDL_Rect box, SDL_Color bg, SDL_Color bg2);
/* Draws b centred in area, scaled down (proportions kept) when it is
 * larger: the story map's scene names when the map is drawn small. */
void draw_box_within(App *app, TextBox *b, SDL_Rect area, SDL_Color bg, SDL_Color bg2);
/* Lays out and draws; returns the height used. */
int draw_text(App *app, int style, const char *text, int x, int y, int wrap, SDL_Color fg,
              SDL_Color bg, SDL_Rect box);

/* Text that must fit a place (a header's title, a name under an avatar):
 * laid out in the first of styles[0..n) in which it fits w x max_h
 * (max_h 0: any height) with no word cut; failing all, in the last style,
 * shortened after a whole word with "…". */
TextBox *text_fit(App *app, const int *styles, int n, const char *text, int w, int max_h, SDL_Color fg);

void zone_add(App *app, SDL_Rect r, Action a, int arg, int arg2);
/* Height a button needs for label at width w. */
int button_height(App *app, const char *label, int w, int style);
/* A button: label wrapped and centred, zone registered, focus ring drawn. */
void button(App *app, SDL_Rect r, const char *label, Action a, int arg, int arg2, bool primary);
/* The same with explicit colours (choice buttons, call buttons). */
void button_colored(App *app, SDL_Rect r, const char *label, Action a, int arg, int arg2,
                    SDL_Color bg, SDL_Color fg, SDL_Color border, int style, int align_left);
/* The help button in a bar of height h whose right edge is at right;
 * returns its rect. */
SDL_Rect help_button(App *app, int right, int y, int h, SDL_Color bg, SDL_Color fg, SDL_Color border);

void clip_push(App *app, SDL_Rect r);
void clip_pop(App *app);
SDL_Rect rect_inset(SDL_Rect r, int d);
bool rect_has(SDL_Rect r, int x, int y);
void draw_focus_ring(App *app);
/* A slim bar at the right of view when its content is taller: there is more. */
void scrollbar(App *app, SDL_Rect view, float top, float max, SDL_Color c);
/* How far a view of height view_h scrolls over content: sets *max and keeps
 * *scroll within 0..*max. */
void scroll_clamp(float *scroll, float *max, int content, int view_h);
/* A column of width w at x that scrolls inside view, shared by the menu,
 * the debrief and the settings: body(app, x, y, w, draw) returns its height
 * (measured first, then drawn clipped to view at top - *scroll), with a
 * margin of bottom below it and a scrollbar in colour bar. */
typedef int (*ColumnBody)(App *app, int x, int y, int w, bool draw);
void scroll_column(App *app, SDL_Rect view, int x, int w, int top, int bottom, float *scroll, float *max,
                   ColumnBody body, SDL_Color bar);
/* Page header with a title and the help button; returns its height. */
int page_header(App *app, const char *title, bool back);

#endif
