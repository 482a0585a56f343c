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
#include <stdbool.h>
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
/* Terminals that show no UTF-8. The locale (LC_ALL, LC_CTYPE, LANG: "C",
 * "POSIX", "fr_FR.ISO-8859-1") is the user's word for what their terminal
 * shows, as for every terminal program; there the text is written in what
 * it can show: Latin-1 bytes, or plain ASCII. */
typedef enum { TS_UTF8, TS_LATIN1, TS_ASCII } TsCharset;
/* A codeset's name ("UTF-8", "utf8", "ISO-8859-1", "ANSI_X3.4-1968"). */
TsCharset ts_charset_named(const char *codeset);
/* The environment's (nl_langinfo(CODESET), found once; UTF-8 on Windows). */
TsCharset ts_locale_charset(void);
/* text (UTF-8) in cs: letters without their accents ("é" -> "e", "œ" ->
 * "oe"), typographic marks in their typewriter forms ("“” «»" -> "\"",
 * "…" -> "...", "–" -> "-"), "€" -> "EUR", a few faces as ":)" ":(" "<3",
 * other emoji left out, any other character "?". Latin-1 keeps its own
 * letters. A new string. */
char *ts_plain(const char *text, TsCharset cs);
/* The language plain letters are for, where a sign has no one plain form:
 * "n°7" is "no 7" in fr, "n. 7" in it, "no. 7" otherwise. The terminal
 * player sets it once it knows the player's language. */
void ts_plain_language(const char *lang);
/* Whether out is a terminal whose locale shows no UTF-8 (a file or a pipe
 * gets UTF-8, as written). ts_fputs and bts_warn then print plain letters
 * on their own; the terminal player prints through ts_plain_stream. */
bool ts_terminal_plain(FILE *out);
/* A stream that writes everything through ts_plain (the locale's charset)
 * to `to`, a character cut between two writes kept whole; NULL where the C
 * library cannot make one. fclose it at the end; `to` stays open. */
FILE *ts_plain_stream(FILE *to);
/* A line typed at the terminal in (a name): on a Latin-1 terminal its
 * letters are Latin-1 bytes, made UTF-8 here, in place (cut to fit n). */
void ts_typed(FILE *in, char *buf, size_t n);

/* A message for the person at the terminal, on stderr through the filter:
 * "behind-the-screen: <message>" and a newline. */
void bts_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
