/* uscript.c: what the layout needs to know about a character's script,
 * without SDL: where Chinese and Japanese lines may break (they have no
 * spaces between words), and which letters are written right to left. */
#ifndef BTS_CORE_USCRIPT_H
#define BTS_CORE_USCRIPT_H
#include <stdbool.h>
#include <stddef.h>

/* Chinese, Japanese (kana, Han, their punctuation and full-width forms):
 * characters a line may break before or after, spaces or not. */
bool us_cjk(unsigned c);
/* May a line break between a and b, with no space between them? Only
 * beside a CJK character, and never before a closing mark or small kana
 * ("。", "」", "っ", "ー") or after an opening one ("「", "（"): the
 * Japanese rules (kinsoku) every phone keeps. */
bool us_break_between(unsigned a, unsigned b);
/* Does c belong with the character before it, so that no line may break
 * between them? Combining marks (accents, Arabic vowels, Devanagari and
 * Thai vowel signs, the kana voicing marks), joiners, variation
 * selectors, skin tones. */
bool us_mark(unsigned c);
/* Does c join the character after it (a virama, which makes a Devanagari
 * conjunct; a zero-width joiner)? No break after it either. */
bool us_joins_next(unsigned c);

/* A letter written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko,
 * their presentation forms, ...): bidi classes R and AL. */
bool us_rtl(unsigned c);
/* Does the UTF-8 text [s, s+n) have any right-to-left letter? (The fast
 * answer for every Latin text: bidi work only when this says yes.) */
bool us_has_rtl(const char *s, size_t n);

/* The ISO 15924 tag of the script of the first letter of [s, s+n) that
 * has one ("Arab", "Hebr", "Deva", "Thai", "Hani"...), or NULL for text
 * with none of those (Latin, digits, punctuation). HarfBuzz shapes a run
 * by its script: Arabic letters join, Devanagari letters combine. */
const char *us_script_tag(const char *s, size_t n);

#endif
