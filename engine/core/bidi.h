/* bidi.c: right-to-left text (Arabic, Hebrew, ...) in the order it is
 * read, with GNU FriBidi (the Unicode bidirectional algorithm): the level
 * of each character, paragraph by paragraph, and the order in which the
 * runs of one line are drawn. No SDL: text.c lays out with it, the tests
 * call it directly. FriBidi is opened at the first right-to-left text
 * (lazylib.h); where it is missing (a cross build), a simpler rule of our
 * own: strong letters keep their direction, the rest follows them. */
#ifndef BTS_CORE_BIDI_H
#define BTS_CORE_BIDI_H
#include <stdbool.h>
#include <stddef.h>

/* In a level byte: the paragraph the character is in is right to left. */
enum { BIDI_PARA_RTL = 0x80, BIDI_LEVEL = 0x7F };

/* The embedding level of each byte of the UTF-8 text [text, text+n) (every
 * byte of a character has its level; odd is right to left), each with
 * BIDI_PARA_RTL when its paragraph ('\n' ends one) reads right to left.
 * A paragraph's direction is its first strong letter's. */
void bidi_levels(const char *text, size_t n, unsigned char *levels);

/* The visual order of n runs of one line given their levels in logical
 * order (rule L2: from the highest level down to the lowest odd one, each
 * sequence at that level or above is reversed): order[k] is the logical
 * index of the k-th run from the left. */
void bidi_order(const unsigned char *levels, int n, int *order);

#endif
