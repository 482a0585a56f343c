/* The printable pages (--summary, --handout, --help-card): one
 * self-contained HTML file each, with no script, no network and no other
 * file. This module holds what they share: escaping, the page and its print
 * style, the story map as inline SVG, the help contacts, and writing the
 * file. Each page has its own module (summary.c, handout.c, helpcard.c). */
#ifndef BTS_HTML_H
#define BTS_HTML_H
#include <stdbool.h>

#include "i18n.h"
#include "story.h"
#include "util.h"

struct HelpList;

/* Text from a story, a help file or the user, escaped for HTML. */
void html_text(Buf *b, const char *s);
/* The same, with its line breaks kept as <br>. */
void html_lines(Buf *b, const char *s);
/* <!DOCTYPE html> to <body>, with the print style; `extra_css` may be NULL. */
void html_open(Buf *b, const char *lang, const char *title, const char *extra_css);
void html_close(Buf *b);
/* A story's page opened: "<kind> — <title>" as the page's title, the
 * story's title as <h1>, and the line under it begun with the kind of page
 * (<p class="meta">kind): the page adds the rest of that line and its </p>. */
void html_story_page(Buf *b, const char *lang, const char *kind, const char *title);
/* An element around a text, the text escaped: html_wrapped(b, "<h2>", word, "</h2>\n"). */
void html_wrapped(Buf *b, const char *open, const char *text, const char *close);
/* A story's page opened: "<kind> — <title>" as the page's title, the
 * story's title as <h1>, and the line under it begun with the kind of page
 * (<p class="meta">kind): the page adds the rest of that line and its </p>. */
void html_story_page(Buf *b, const char *lang, const char *kind, const char *title);
/* open, the text escaped, close: html_wrapped(b, "<h2>", word, "</h2>\n"). */
void html_wrapped(Buf *b, const char *open, const char *text, const char *close);
/* The story map with the scenes in `path` highlighted, its choices in the
 * story's `lang`, as an inline <svg>
 * that fits the page's width. False (nothing added, *why set, caller frees)
 * when the build has no map. */
bool html_map(Buf *b, const Story *s, const int *path, int npath, const char *lang, const char *const *labels,
              char **why);
/* The country's help contacts as a list, the crisis line first; `lang` is
 * the language of the words around them. */
void html_help(Buf *b, const struct HelpList *h, const I18n *in, const char *lang);
/* Today's date as the language writes it ("30 November 2026"). */
void html_date(Buf *b, const char *lang);
/* Writes the page to `path` whole or not at all; *why (caller frees). */
bool html_write(const char *path, Buf *b, char **why);

#endif
