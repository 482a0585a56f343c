/* Terminal-safe text: the one filter every print of text that comes from a
 * story, a translation, a folder name, a save or the environment goes
 * through, and the rule the checker applies to story texts.
 *
 * Refused (replaced by U+FFFD when printed, an error in a story text): C0
 * controls (except newline and tab), DEL, C1 controls (0x80-0x9F, also as
 * U+0080-U+009F, e.g. the CSI 0x9B), invalid UTF-8, direction marks and
 * overrides (U+061C, U+200E/F, U+202A-202E, U+2066-2069), the line and
 * paragraph separators U+2028/2029, invisible characters (U+200B, U+2060-2064,
 * U+206A-206F, U+FEFF, U+180E, U+FFF9-FFFB) and tag characters
 * (U+E0000-E007F). Allowed where a language or an emoji needs them: the
 * zero-width joiners U+200C/U+200D between two emoji or two letters of a
 * script that joins (Arabic, Indic...), and tag characters inside a flag
 * sequence (after U+1F3F4). */
#ifndef BTS_TEXTSAFE_H
#define BTS_TEXTSAFE_H
#include <stddef.h>
#include <stdio.h>


/* Byte offset of the first character a story text may not contain (newline
 * and tab are allowed), or (size_t)-1; *cp gets that code point (0xFFFD for
 * invalid UTF-8). */
size_t ts_find_unsafe(const char *text, unsigned *cp);

#define TS_KEEP_LINES 1u /* keep newlines and tabs (else they become spaces) */
/* A new string where every refused character is U+FFFD. */
char *ts_clean(const char *text, unsigned flags);
/* ts_clean for a text shown on one line: newlines and tabs become spaces. */
char *text_terminal_safe(const char *text);

/* Print through the filter (newlines and tabs kept). ts_fprintf filters the
 * whole formatted text: use it for any line that quotes a story, a path or
 * a save; never for the program's own escape codes (colours). */
void ts_fputs(const char *text, FILE *out);
void ts_fprintf(FILE *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A message for the person at the terminal, on stderr through the filter:
 * "behind-the-screen: <message>" and a newline. */
void bts_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
