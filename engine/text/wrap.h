/* Words kept whole on a terminal narrower than the text.
 *
 * The terminal prints a long line to the edge and carries on in the middle
 * of a word ("nothing is sent an / ywhere"). The text player writes through
 * a stream that breaks lines between words at the terminal's width instead;
 * a continued line keeps the line's indent, a numbered reply or a list item
 * continues under its text, a boxed line ("  | ") keeps its bar. Colours
 * (escape sequences) take no room; wide characters (emoji) take two.
 * Only a terminal gets it: a pipe, a file or a screen reader's transcript
 * keeps the lines as they are. */
#ifndef BTS_WRAP_H
#define BTS_WRAP_H
#include <stdio.h>

typedef struct Wrap Wrap;

/* The terminal's width in columns (out must be a terminal), or 0 when it
 * does not say. */
int wrap_terminal_width(FILE *out);

/* A stream that writes to out, breaking lines at width columns; NULL where
 * the C library cannot make one (then write to out as it is). *w gets its
 * state for wrap_line_typed. Closing the stream flushes it; out stays open. */
FILE *wrap_open(FILE *out, int width, Wrap **w);

/* The player typed a line and pressed Enter: the cursor is at the start of
 * a line (the stream did not see the echo). */
void wrap_line_typed(Wrap *w);

#endif
