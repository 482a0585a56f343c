#include "helpcard.h"

#include <stdlib.h>
#include <string.h>

#include "help.h"
#include "html.h"
#include "util.h"

/* Two cards on one sheet, cut along the dashed line: each half of the
 * printable height of A4 or Letter (whichever is smaller), the contacts in
 * two columns. A card never hides a contact: the render test checks that
 * nothing overflows it. */
static const char CARD_CSS[] =
    "@page { margin: 8mm; }\n"
    "body { padding: 0; max-width: none; }\n"
    ".card { box-sizing: border-box; height: 129mm; overflow: hidden; padding: 5mm 6mm 3mm;"
    " border: 0.75pt dashed #888; font-size: 8.5pt; line-height: 1.3; break-inside: avoid; page-break-inside: avoid; }\n"
    ".card h1 { font-size: 14pt; margin: 0 0 2pt; }\n"
    ".card p { margin: 0 0 5pt; }\n"
    ".card .help { columns: 2; column-gap: 7mm; margin: 0; }\n"
    ".card .help li { margin: 0 0 4pt; break-inside: avoid; page-break-inside: avoid; }\n"
    ".card .contact { font-size: 10pt; }\n"
    ".card .why { font-size: 8pt; }\n"
    ".card .foot { margin: 4pt 0 0; font-size: 7.5pt; }\n";

char *helpcard_html(const struct HelpList *help, const I18n *in, const char *lang) {
  Buf b = {0};
  char *head = xasprintf("%s \xE2\x80\x94 %s", i18n_word(in, lang, P_HELP_CARD), help ? help->name : "");
  html_open(&b, lang, head, CARD_CSS);
  free(head);
  Buf card = {0};
  buf_adds(&card, "<div class=\"card\"><h1>");
  html_text(&card, i18n_word(in, lang, P_HELP_CARD));
  buf_adds(&card, "</h1>\n<p>");
  html_text(&card, i18n_word(in, lang, P_HELP_CARD_SUB));
  buf_adds(&card, "</p>\n");
  html_help(&card, help, in, lang);
  buf_adds(&card, "<p class=\"foot\">");
  html_text(&card, i18n_word(in, lang, P_COUNTRY));
  buf_adds(&card, " ");
  html_text(&card, help ? help->name : "");
  buf_adds(&card, "</p></div>\n");
  buf_adds(&b, "<div class=\"sheet\">\n");
  for (int i = 0; i < HELPCARD_PER_PAGE; i++) buf_adds(&b, card.s);
  buf_adds(&b, "</div>\n");
  free(card.s);
  html_close(&b);
  return buf_take(&b);
}

bool helpcard_write(const char *path, const struct HelpList *help, const I18n *in, const char *lang, char **why) {
  Buf b = {0};
  b.s = helpcard_html(help, in, lang);
  b.len = strlen(b.s);
  bool ok = html_write(path, &b, why);
  free(b.s);
  return ok;
}
