#include "html.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "files.h"
#include "help.h"
#include "storymap.h"

void html_text(Buf *b, const char *s) {
  if (!s) return;
  for (const char *p = s; *p; p++) {
    switch (*p) {
    case '&': buf_adds(b, "&amp;"); break;
    case '<': buf_adds(b, "&lt;"); break;
    case '>': buf_adds(b, "&gt;"); break;
    case '"': buf_adds(b, "&quot;"); break;
    case '\'': buf_adds(b, "&#39;"); break;
    default:
      /* control bytes (a story's stray escape) have no place in a page */
      if ((unsigned char)*p < 0x20 && *p != '\n' && *p != '\t') break;
      buf_add(b, p, 1);
    }
  }
}

void html_lines(Buf *b, const char *s) {
  if (!s) return;
  for (const char *p = s; *p;) {
    const char *nl = strchr(p, '\n');
    size_t n = nl ? (size_t)(nl - p) : strlen(p);
    char *line = xstrndup(p, n);
    html_text(b, line);
    free(line);
    if (!nl) break;
    buf_adds(b, "<br>");
    p = nl + 1;
  }
}

/* One style for the three pages. Sizes in pt and mm print the same on A4
 * and Letter: the page's size is the printer's (no @page size), only the
 * margins are set. Grey text stays dark enough for a photocopy. */
static const char STYLE[] =
    "@page { margin: 14mm 14mm 16mm; }\n"
    "html { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 10.5pt; color: #1b1b1b; }\n"
    "body { margin: 0 auto; max-width: 190mm; padding: 8mm; line-height: 1.4; }\n"
    "@media print { body { padding: 0; max-width: none; } }\n"
    "h1 { font-size: 18pt; margin: 0 0 2pt; }\n"
    "h2 { font-size: 13pt; margin: 14pt 0 4pt; border-bottom: 1.5pt solid #d9480f; padding-bottom: 2pt;"
    " break-after: avoid; page-break-after: avoid; }\n"
    "h3 { font-size: 11pt; margin: 8pt 0 2pt; break-after: avoid; page-break-after: avoid; }\n"
    ".meta { color: #444; margin: 0 0 8pt; }\n"
    ".keep { break-inside: avoid; page-break-inside: avoid; }\n"
    ".map { break-inside: avoid; page-break-inside: avoid; }\n"
    ".map svg { display: block; width: 100%; height: auto; max-height: 225mm; margin: 0 auto; }\n"
    ".hint { color: #444; font-size: 9pt; }\n"
    "ol, ul { margin: 2pt 0 4pt; padding-left: 18pt; }\n"
    "li { margin: 1pt 0; }\n"
    ".taken { font-weight: bold; }\n"
    ".taken::before { content: '\\2714\\00a0'; color: #d9480f; }\n"
    ".votes { color: #444; white-space: nowrap; }\n"
    ".verdict { font-weight: bold; }\n"
    ".v-taken { color: #1d6b35; } .v-missed { color: #8a4b00; } .v-wrong-order { color: #8a4b00; }"
    " .v-not-needed { color: #444; }\n"
    ".why { color: #333; font-size: 9.5pt; }\n"
    ".help li { margin: 3pt 0; list-style: none; }\n"
    ".help { padding-left: 0; }\n"
    ".contact { font-weight: bold; font-size: 11.5pt; }\n"
    ".first { border: 1.5pt solid #d9480f; border-radius: 4pt; padding: 3pt 6pt; }\n"
    ".notes { border: 1pt solid #999; border-radius: 4pt; padding: 0 4mm 4mm; }\n"
    ".notes div { height: 8mm; border-bottom: 0.5pt solid #999; }\n"
    ".foot { color: #444; font-size: 8.5pt; margin-top: 12pt; }\n"
    "table { border-collapse: collapse; }\n"
    "th, td { border: 0.75pt solid #999; padding: 2pt 5pt; text-align: left; vertical-align: top; }\n"
    "td.n { text-align: right; }\n";

void html_open(Buf *b, const char *lang, const char *title, const char *extra_css) {
  buf_adds(b, "<!DOCTYPE html>\n<html lang=\"");
  html_text(b, lang);
  buf_adds(b, "\">\n<head>\n<meta charset=\"utf-8\">\n"
              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
  html_text(b, title);
  buf_adds(b, "</title>\n<style>\n");
  buf_adds(b, STYLE);
  if (extra_css) buf_adds(b, extra_css);
  buf_adds(b, "</style>\n</head>\n<body>\n");
}

void html_close(Buf *b) { buf_adds(b, "</body>\n</html>\n"); }

void html_story_page(Buf *b, const char *lang, const char *kind, const char *title) {
  char *head = xasprintf("%s \xE2\x80\x94 %s", kind, title);
  html_open(b, lang, head, NULL);
  free(head);
  html_wrapped(b, "<h1>", title, "</h1>\n<p class=\"meta\">");
  html_text(b, kind);
}

void html_wrapped(Buf *b, const char *open, const char *text, const char *close) {
  buf_adds(b, open);
  html_text(b, text);
  buf_adds(b, close);
}

bool html_map(Buf *b, const Story *s, const int *path, int npath, const char *lang, const char *const *labels,
              char **why) {
  size_t len = 0;
  char *svg = map_svg(s, path, npath, true, lang, labels, &len, why);
  if (!svg) return false;
  /* Graphviz writes a whole SVG document: inline, only the <svg> element
   * is kept (no XML prolog, no DOCTYPE, no comments before it), and its
   * fixed size in points gives way to the viewBox so it fits the page. */
  const char *start = strstr(svg, "<svg");
  if (!start) {
    free(svg);
    *why = xstrdup("Graphviz gave a map without <svg>");
    return false;
  }
  const char *body = strchr(start, '>');
  char *open = xstrndup(start, body ? (size_t)(body - start) : strlen(start));
  Buf tag = {0};
  buf_adds(&tag, "<svg role=\"img\"");
  const char *vb = strstr(open, "viewBox=\"");
  if (vb) {
    const char *end = strchr(vb + 9, '"');
    if (end) {
      buf_adds(&tag, " ");
      buf_add(&tag, vb, (size_t)(end - vb) + 1);
      /* a small map stays its own size; a large one shrinks to the page */
      double x, y, w, h;
      if (sscanf(vb + 9, "%lf %lf %lf %lf", &x, &y, &w, &h) == 4 && w > 0)
        buf_addf(&tag, " style=\"max-width: %.0fpt\"", w);
    }
  }
  buf_adds(&tag, " xmlns=\"http://www.w3.org/2000/svg\" preserveAspectRatio=\"xMidYMin meet\"");
  free(open);
  buf_adds(b, tag.s);
  free(tag.s);
  /* the rest as Graphviz wrote it, without its comments (a scene's id may
   * hold "--", which would end an HTML comment early) */
  for (const char *p = body ? body : start + strlen(start); *p;) {
    const char *c = strstr(p, "<!--");
    if (!c) {
      buf_adds(b, p);
      break;
    }
    buf_add(b, p, (size_t)(c - p));
    const char *e = strstr(c + 4, "-->");
    p = e ? e + 3 : c + strlen(c);
  }
  buf_adds(b, "\n");
  free(svg);
  return true;
}

static void help_entry(Buf *b, const HelpEntry *e, const I18n *in, const char *lang, bool first) {
  buf_adds(b, first ? "<li class=\"keep first\">" : "<li class=\"keep\">");
  buf_adds(b, "<span class=\"contact\">");
  html_text(b, e->name);
  if (e->contact && strcmp(e->contact, e->name) != 0) {
    buf_adds(b, " \xC2\xB7 ");
    html_text(b, e->contact);
  }
  buf_adds(b, "</span>");
  if (e->hours && *e->hours) {
    html_wrapped(b, " <span class=\"hint\">(", e->hours, ")</span>");
  }
  /* as in the window's help: a crisis line is someone to talk to now, not
   * the emergency services; no tag that only repeats the name */
  const char *tag = i18n_word(in, lang, (e->roles >> HELP_CRISIS) & 1u ? S_CRISIS_TAG : S_URGENT);
  if (e->urgent && strcasecmp(tag, e->name) != 0) {
    html_wrapped(b, " <strong>", tag, "</strong>");
  }
  if (e->what && *e->what) {
    html_wrapped(b, "<br><span class=\"why\">", e->what, "</span>");
  }
  buf_adds(b, "</li>\n");
}

void html_help(Buf *b, const HelpList *h, const I18n *in, const char *lang) {
  if (!h || !h->count) {
    html_wrapped(b, "<p>", i18n_word(in, lang, S_HELP_NONE), "</p>\n");
    return;
  }
  /* the crisis line first: someone who needs it now finds it at once */
  const HelpEntry *crisis = help_role(h, HELP_CRISIS);
  if (crisis && !((crisis->roles >> HELP_CRISIS) & 1u)) crisis = NULL;
  buf_adds(b, "<ul class=\"help\">\n");
  if (crisis) help_entry(b, crisis, in, lang, true);
  for (int i = 0; i < h->count; i++)
    if (&h->entries[i] != crisis) help_entry(b, &h->entries[i], in, lang, false);
  buf_adds(b, "</ul>\n");
}

void html_date(Buf *b, const char *lang) {
  (void)lang;
  /* ISO 8601 (2026-11-30): read the same way in every country */
  char day[16];
  local_time_text(day, sizeof day, "%Y-%m-%d");
  buf_adds(b, day);
}

bool html_write(const char *path, Buf *b, char **why) {
  return write_file(path, b->s ? b->s : "", b->len, why);
}
