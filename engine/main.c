/* behind-the-screen: the command line picks one front end. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "catalog.h"
#include "check.h"
#include "help.h"
#include "i18n.h"
#include "files.h"
#include "forget.h"
#include "newstory.h"
#include "storymap.h"
#include "storypack.h"
#include "paths.h"
#include "printing.h"
#include "settings.h"
#include "skin.h"
#include "speakable.h"
#include "story.h"
#include "text_player.h"
#include "textsafe.h"
#include "translate.h"
#include "ui.h"
#include "util.h"
#include "voice.h"

static const char USAGE[] =
    "Usage: behind-the-screen [STORY] [options]\n"
    "\n"
    "Plays branching chat stories about sextortion (webcam blackmail), so that\n"
    "young people learn to recognise it and know what to do.\n"
    "\n"
    "  behind-the-screen                    open the window at the story menu\n"
    "  behind-the-screen STORY              play one story (a folder, a .lua file, or an id)\n"
    "    --text                             play in the terminal (screen-reader friendly)\n"
    "    --lang CODE    --country FR|GB|... override the language (one of assets/lang) and help country\n"
    "    --name NAME    --gender m|f|x      the player's first name and grammar\n"
    "    --fullscreen   --classroom         projector / class mode\n"
    "    --display N                        the display to project on (1, 2, ...; remembered)\n"
    "    --no-trace                         leave no trace: write nothing on this computer (no save, no settings)\n"
    "    --watch                            reload the story when its files change (for authors)\n"
    "    --scene ID [--set var=value,...]   start at a scene (test from here)\n"
    "  behind-the-screen --check PATH...    check stories; exit 1 on any error\n"
    "  behind-the-screen --check-assets     check the game's data: languages, app skins (assets/)\n"
    "  behind-the-screen --graph STORY      the story map as Graphviz DOT\n"
    "  behind-the-screen --random N [--seed S] STORY   N random playthroughs\n"
    "  behind-the-screen --replay 1,2,1 STORY          play these choices: who said what, the replies taken,\n"
    "                                                  the ending, the steps and the help (--lang, --country)\n"
    "  behind-the-screen --replay 1,2,1 --ids STORY    the same path as ids: its ending, each step's verdict\n"
    "  behind-the-screen --summary OUT.html STORY      a printable summary of the session saved (or of\n"
    "                                                  --replay 1,2,1): decisions, map, debrief, help\n"
    "  behind-the-screen --handout STORY OUT.html      the facilitator's sheet: discussion points and notes\n"
    "  behind-the-screen --help-card COUNTRY OUT.html  help contacts on cards to give every pupil\n"
    "  behind-the-screen --results OUT.csv             the before/after answers kept here, added up\n"
    "  behind-the-screen --new FOLDER                  start a new story from the template\n"
    "  behind-the-screen --map OUT.svg STORY           the story map as a picture\n"
    "  behind-the-screen --translate LANG STORY        write or update translations/LANG.lua\n"
    "  behind-the-screen --pack STORY OUT.story        the story in one file to share; open it\n"
    "                                                  like a folder: behind-the-screen OUT.story\n"
    "  behind-the-screen --screenshot OUT.bmp STORY [--script FILE]\n"
    "  behind-the-screen --say TEXT [--lang fr] [--wav OUT.wav]\n"
    "                                       what read-aloud says for TEXT (printed; spoken into OUT.wav)\n"
    "  behind-the-screen --help | --version\n";


/* The story folders the game ships (each with a story.lua), by folder name,
 * as "forty-minutes, instagram, ...": what --help and a missing STORY name,
 * so they never fall behind the stories folder. Read, not loaded: fast. */
static char *shipped_stories(void) {
  char *dir = paths_stories();
  int n;
  char **names = dir_names(dir, "", &n);
  Buf b = {0};
  for (int i = 0, shown = 0; i < n; i++) {
    char *path = path_join(dir, names[i]);
    char *main_file = path_join(path, "story.lua");
    if (is_file(main_file)) buf_addf(&b, "%s%s", shown++ ? ", " : "", names[i]);
    free(main_file);
    free(path);
  }
  names_free(names);
  free(dir);
  return buf_take(&b);
}

/* --help: the usage, then what this copy of the game has. The names come
 * from folders a user may add, so they pass the terminal filter. */
static void print_usage(void) {
  fputs(USAGE, stdout);
  char *stories = shipped_stories();
  char *assets = paths_assets();
  Diag d;
  diag_init(&d);
  I18n *langs = i18n_load(assets, &d);
  diag_free(&d);
  free(assets);
  char *line = xasprintf("\nStories: %s\nLanguages: %s\n", *stories ? stories : "(none found in stories/)",
                         langs ? i18n_list(langs) : "en");
  ts_fputs(line, stdout);
  fputs("Writing one: docs/writing-guide.md, docs/story-language.md\n", stdout);
  free(line);
  i18n_free(langs);
  free(stories);
}

static int usage_error(const char *fmt, const char *arg) {
  char *msg = xasprintf(fmt, arg);
  bts_warn("%s", msg); /* filtered: the argument may be a folder's name */
  free(msg);
  fputs("Try 'behind-the-screen --help'.\n", stderr);
  return 2;
}

/* A country as typed (--country fr, --help-card gb) in the help data's
 * spelling ("FR", kept in `out`): "fr" showed an error where the help
 * contacts should be. A code the game has no data for yet (ES) is fine (the
 * help says so, kindly); anything but two or three letters is a usage error
 * that lists the countries the game has help for. */
static bool known_country(const char *typed, const char *option, char out[4]) {
  size_t n = strlen(typed);
  bool letters = n >= 2 && n <= 3;
  for (size_t i = 0; letters && i < n; i++) {
    char c = typed[i];
    letters = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    out[i] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
  }
  out[letters ? n : 0] = 0;
  /* what people in the United Kingdom type: its help is under GB (ISO) */
  if (letters && strcmp(out, "UK") == 0) strcpy(out, "GB");
  if (letters) return true;
  char *assets = paths_assets();
  int count = 0;
  char **codes = help_countries(assets, &count);
  free(assets);
  Buf list = {0};
  for (int i = 0; i < count; i++) {
    buf_addf(&list, "%s%s", i ? ", " : "", codes[i]);
    free(codes[i]);
  }
  free(codes);
  char *fmt = xasprintf("%s '%%s' is not a country code: two letters, like %s", option, list.s ? list.s : "FR");
  usage_error(fmt, typed);
  free(fmt);
  free(list.s);
  return false;
}

/* What was printed must have arrived: `--graph > map.dot` or `--check >
 * report.txt` on a full disk (or a closed output) is said, with exit 1,
 * never a silent empty file and a 0. */
static void close_stdout(void) {
  bool bad = ferror(stdout) != 0;
  int e = 0;
  if (fflush(stdout) != 0) bad = true, e = errno;
  if (!bad) return;
  fprintf(stderr, "behind-the-screen: what was printed could not all be written%s%s\n", e ? ": " : "",
          e ? file_error_words(e) : "");
  _exit(1);
}

/* Packs opened in this run: unpacked into private folders removed at exit. */
static char *opened_packs[8];
static int nopened;

static void remove_opened_packs(void) {
  diag_alias(NULL, NULL);
  for (int i = 0; i < nopened; i++) {
    pack_remove(opened_packs[i]);
    free(opened_packs[i]);
  }
  nopened = 0;
}

/* A folder, a .lua file, a .story pack, or the id of a shipped story.
 * NULL (the error printed) when a pack cannot be opened. */
static char *resolve_story(const char *arg) {
  if (pack_is_pack(arg) && is_file(arg)) {
    if (nopened == (int)(sizeof opened_packs / sizeof *opened_packs)) {
      bts_warn("too many story packs at once");
      return NULL;
    }
    Diag d;
    diag_init(&d);
    char *tmp;
    char *root = pack_open(arg, &tmp, &d);
    diag_print(&d, stderr);
    diag_free(&d);
    if (!root) return NULL;
    diag_alias(root, arg);
    if (!nopened) atexit(remove_opened_packs);
    opened_packs[nopened++] = tmp;
    return root;
  }
  return paths_story(arg);
}

static Catalog *load_catalog(void) {
  char *assets = paths_assets();
  char *path = path_join(assets, "advice.lua");
  free(assets);
  Diag d;
  diag_init(&d);
  Catalog *c = catalog_load(path, &d);
  if (!c) diag_print(&d, stderr);
  diag_free(&d);
  free(path);
  return c;
}

/* Every help number of every country (assets/help), for the checker's
 * literal-number warning: "3018" -> the 3018, role youth-line. */
static CheckNumber *known_numbers(HelpList ***lists, int *nlists, int *count) {
  char *assets = paths_assets();
  int nc = 0;
  char **codes = help_countries(assets, &nc);
  *lists = xcalloc((size_t)nc + 1, sizeof **lists);
  *nlists = 0;
  CheckNumber *out = NULL;
  *count = 0;
  for (int c = 0; c < nc; c++) {
    Diag d;
    diag_init(&d);
    HelpList *h = help_load(assets, codes[c], "en", &d);
    diag_free(&d);
    free(codes[c]);
    if (!h) continue;
    (*lists)[(*nlists)++] = h;
    for (int i = 0; i < h->count; i++) {
      const HelpEntry *e = &h->entries[i];
      const char *role = "youth-line";
      for (int r = 0; r < HELP_ROLES; r++)
        if ((e->roles >> r) & 1u) { role = help_role_name((HelpRole)r); break; }
      /* "19696; 114", "117 / 112": each part on its own */
      for (const char *p = e->contact; *p;) {
        CheckNumber k = {.service = e->name, .role = role};
        size_t nd = 0;
        while (*p && *p != ';' && *p != '/') {
          if (*p >= '0' && *p <= '9' && nd < sizeof k.digits - 1) k.digits[nd++] = *p;
          else if (*p >= 'a' && *p <= 'z') nd = sizeof k.digits; /* a site, not a number */
          p++;
        }
        if (*p) p++;
        if (nd >= 3 && nd < sizeof k.digits) {
          out = xrealloc(out, (size_t)(*count + 1) * sizeof *out);
          out[(*count)++] = k;
        }
      }
    }
  }
  free(codes);
  free(assets);
  return out;
}

/* The game's words in every language (assets/lang). A broken file is
 * reported; a missing word is not (English stands in for it, and the test
 * assets.languages names it), so players and authors are not told about
 * a translation that lags behind. */
static I18n *load_languages(void) {
  char *assets = paths_assets();
  Diag d;
  diag_init(&d);
  I18n *in = i18n_load(assets, &d);
  if (d.errors) diag_print(&d, stderr);
  diag_free(&d);
  free(assets);
  return in;
}


/* A class's folder: no story.lua in it, but folders that have one (each
 * pupil's story). The stories in it, by name, as if each had been given
 * (NULL when `dir` is no such folder); *n their number. */
static char **class_stories(const char *dir, int *n) {
  *n = 0;
  char *own = is_dir(dir) ? path_join(dir, "story.lua") : NULL;
  bool is_class = own && !is_file(own) && !pack_is_pack(dir);
  free(own);
  if (!is_class) return NULL;
  int count;
  char **names = dir_names(dir, "", &count);
  char **out = xcalloc((size_t)count + 1, sizeof *out);
  for (int i = 0; i < count; i++) {
    char *sub = path_join(dir, names[i]);
    char *entry = path_join(sub, "story.lua");
    if (is_file(entry)) out[(*n)++] = sub;
    else free(sub);
    free(entry);
  }
  names_free(names);
  if (*n) return out;
  free(out);
  return NULL;
}

static int cmd_check(char **given, int ngiven, const I18n *langs) {
  /* `--check workshop/` with a story in each of its folders checks each */
  int n = 0;
  char **paths = NULL, **owned = NULL;
  int nowned = 0;
  for (int i = 0; i < ngiven; i++) {
    int k;
    char **stories = class_stories(given[i], &k);
    paths = xrealloc(paths, (size_t)(n + (stories ? k : 1)) * sizeof *paths);
    if (!stories) {
      paths[n++] = given[i];
      continue;
    }
    owned = xrealloc(owned, (size_t)(nowned + k) * sizeof *owned);
    for (int j = 0; j < k; j++) paths[n++] = owned[nowned++] = stories[j];
    free(stories);
  }
  Catalog *cat = load_catalog();
  if (!cat) return 1;
  /* The apps' looks: a story whose skin is missing or broken is told so,
   * with the skin's own file:line messages. */
  char *assets = paths_assets();
  Diag skin_diag;
  diag_init(&skin_diag);
  SkinSet *skins = skins_load_game(assets, langs, &skin_diag);
  free(assets);
  HelpList **lists;
  int nlists, nknown;
  CheckNumber *known = known_numbers(&lists, &nlists, &nknown);
  int status = 0;
  /* the ids seen so far: two stories of a class with one id share a save */
  typedef struct {
    char *id, *shown;
    unsigned long long fingerprint;
  } Seen;
  Seen *seen = xcalloc((size_t)n + 1, sizeof *seen);
  int nseen = 0;
  for (int i = 0; i < n; i++) {
    char *path = resolve_story(paths[i]);
    if (!path) {
      status = 1;
      continue;
    }
    const char *shown = pack_is_pack(paths[i]) ? paths[i] : path;
    Diag d;
    diag_init(&d);
    Story *s = story_load(path, cat, &d);
    CheckSummary sum = {0};
    if (s) skins_check_story(skins, &skin_diag, s->app, s->app_file, s->app_line, &d);
    if (s) check_literals(s, known, nknown, &d);
    if (s) check_own_id(s, &d);
    if (s) check_names(s, &d);
    if (s) check_choice_texts(s, &d);
    for (int k = 0; s && s->id && k < nseen; k++)
      if (strcmp(seen[k].id, s->id) == 0) {
        check_id_shared(s, seen[k].shown, seen[k].fingerprint, &d);
        break;
      }
    if (s && s->id) seen[nseen++] = (Seen){xstrdup(s->id), xstrdup(shown), s->fingerprint};
    if (s) check_explore(s, &d, CHECK_MAX_STATES, &sum);
    diag_print(&d, stderr);
    if (d.errors) status = 1;
    if (s) {
      int endings = 0;
      for (int k = 0; k < s->nscenes; k++) endings += s->scenes[k].is_ending;
      /* The folder's name is the user's or the story's: filtered too. */
      ts_fprintf(stdout, "%s: %d %s, %d %s (%d reached), %d choice %s explored%s: %d %s, %d %s\n", shown, s->nscenes,
                 PLURAL_EN(s->nscenes, "scene"), endings, PLURAL_EN(endings, "ending"), sum.endings_seen, sum.states,
                 PLURAL_EN(sum.states, "point"), sum.complete ? "" : " (partial)", d.errors, PLURAL_EN(d.errors, "error"),
                 d.warnings, PLURAL_EN(d.warnings, "warning"));
    } else {
      ts_fprintf(stdout, "%s: %d %s, %d %s\n", shown, d.errors, PLURAL_EN(d.errors, "error"), d.warnings,
                 PLURAL_EN(d.warnings, "warning"));
    }
    diag_free(&d);
    if (i == n - 1) story_free_at_exit(s);
    else story_free(s);
    free(path);
  }
  for (int k = 0; k < nseen; k++) free(seen[k].id), free(seen[k].shown);
  free(seen);
  free(known);
  for (int i = 0; i < nlists; i++) help_free(lists[i]);
  free(lists);
  catalog_free(cat);
  skins_free(skins);
  diag_free(&skin_diag);
  for (int i = 0; i < nowned; i++) free(owned[i]);
  free(owned);
  free(paths);
  return status;
}

/* --check-assets: the game's own data files, every message shown (a
 * translation missing is a warning here, so the assets test sees it). */
static int cmd_check_assets(void) {
  char *assets = paths_assets();
  Diag d;
  diag_init(&d);
  I18n *in = i18n_load(assets, &d);
  SkinSet *skins = skins_load_game(assets, in, &d);
  diag_print(&d, stderr);
  ts_fprintf(stdout, "%s: %d %s (%s), %d %s, %d %s\n", assets, skins_count(skins), PLURAL_EN(skins_count(skins), "skin"),
             skins_list(skins), d.errors, PLURAL_EN(d.errors, "error"), d.warnings, PLURAL_EN(d.warnings, "warning"));
  int status = d.errors ? 1 : 0;
  skins_free(skins);
  i18n_free(in);
  diag_free(&d);
  free(assets);
  return status;
}

/* `replay` is the file to write for RUN_PACK and RUN_MAP. */
typedef enum { RUN_GRAPH, RUN_RANDOM, RUN_PACK, RUN_MAP } StoryCommand;

static int cmd_story(StoryCommand cmd, const char *arg, long n, unsigned long long seed, const char *replay,
                     const char *lang) {
  Catalog *cat = load_catalog();
  if (!cat) return 1;
  char *path = resolve_story(arg);
  Diag d;
  diag_init(&d);
  Story *s = path ? story_load(path, cat, &d) : NULL;
  diag_print(&d, stderr);
  diag_free(&d);
  free(path);
  int status = 1;
  if (s) {
    if (cmd == RUN_PACK) {
      char *why = NULL;
      if (pack_write(s, replay, &why)) {
        int nfiles;
        story_files(s, &nfiles);
        ts_fprintf(stdout, "%s: the story \"%s\" in one file (%d %s). Open it with: behind-the-screen %s\n", replay,
                   s->id, nfiles, PLURAL_EN(nfiles, "file"), replay);
        status = 0;
      } else {
        bts_warn("%s", why);
        free(why);
      }
    } else if (cmd == RUN_MAP) {
      char *why = NULL;
      if (map_write_svg(s, NULL, 0, replay, &why)) {
        ts_fprintf(stdout, "%s: the map of \"%s\" (%d %s); open it in a web browser\n", replay, s->id, s->nscenes,
                   PLURAL_EN(s->nscenes, "scene"));
        status = 0;
      } else {
        bts_warn("%s", why);
        free(why);
      }
    } else if (cmd == RUN_GRAPH) {
      check_graph(s, NULL, 0, stdout);
      status = 0;
    } else if (cmd == RUN_RANDOM) {
      status = check_random(s, n, seed, stdout) ? 1 : 0;
    }
  }
  story_free_at_exit(s);
  catalog_free(cat);
  return status;
}

/* --replay PATH STORY: the transcript a teacher reads (text_player.h); with
 * --ids, the ending and each step's verdict as ids, one a line (scripts, the
 * .play tests). `path` is a resolved story. */
static int cmd_replay(const I18n *langs, const Catalog *cat, const char *path, const char *replay, const char *lang,
                      const char *country, const char *name, char gender, bool ids) {
  int *choices = xcalloc(strlen(replay) + 1, sizeof(int));
  int count = 0;
  for (const char *p = replay; *p;) {
    char *end;
    long v = strtol(p, &end, 10);
    if (end == p || v < 1 || v > STORY_CHOICES_MAX) {
      bts_warn("--replay takes choice numbers like 1,2,1");
      free(choices);
      return 2;
    }
    choices[count++] = (int)v;
    p = end;
    while (*p == ',' || *p == ' ') p++;
  }
  int status = 1;
  if (ids) {
    Diag d;
    diag_init(&d);
    Story *s = story_load(path, cat, &d);
    diag_print(&d, stderr);
    diag_free(&d);
    if (s) status = check_replay(s, lang, choices, count, stdout, stderr);
    story_free(s);
  } else {
    TextOptions o = {.i18n = langs, .catalog = cat, .story = path, .lang = lang, .country = country, .name = name,
                     .gender = gender, .out = stdout};
    status = text_replay(&o, choices, count);
  }
  free(choices);
  return status;
}

/* --translate: the file a translator fills in, and a one-line account. */
static int cmd_translate(const char *lang, const char *arg) {
  if (!lang_code_ok(lang)) return usage_error("--translate needs a language code such as fr, en or it, not '%s'", lang);
  Catalog *cat = load_catalog();
  if (!cat) return 1;
  char *path = resolve_story(arg);
  Diag d;
  diag_init(&d);
  Story *s = story_load(path, cat, &d);
  /* Missing translations are what this command is for: show errors only. */
  for (int i = 0; i < d.count; i++)
    if (d.entries[i].level == DIAG_ERROR) {
      Diag one = {.entries = &d.entries[i], .count = 1, .cap = 1, .errors = 1};
      diag_print(&one, stderr);
    }
  diag_free(&d);
  free(path);
  int status = 1;
  if (s) {
    TranslateReport rep;
    char *why = NULL;
    if (translate_write(s, lang, &rep, &why)) {
      ts_fprintf(stdout, "%s: %d translated, %d to translate (TODO), %d no longer in the story (kept at the end)\n", rep.path,
             rep.kept, rep.todo, rep.stale);
      if (rep.todo) ts_fprintf(stdout, "Replace each TODO \"...\" with the translation, then: behind-the-screen --check %s\n", arg);
      free(rep.path);
      status = 0;
    } else {
      bts_warn("%s", why);
      free(why);
    }
  }
  story_free(s);
  catalog_free(cat);
  return status;
}

/* --new: the folder, and what to do next, in the words of a first-timer. */
static int cmd_new(const char *folder) {
  char *why = NULL;
  if (!newstory_create(folder, &why)) {
    bts_warn("%s", why);
    free(why);
    return 1;
  }
  char *id = newstory_id(folder);
  /* Shown as the user would type it: quoted when it has spaces. */
  char *q = strpbrk(folder, " '\"&;()$") ? xasprintf("\"%s\"", folder) : xstrdup(folder);
  ts_fprintf(stdout,
             "Your new story is in %s (its id is \"%s\").\n"
             "  1. Open %s/story.lua in a text editor and change the texts: the comments explain each line.\n"
             "  2. Check it:   behind-the-screen --check %s\n"
             "  3. Play it:    behind-the-screen %s      (or --text %s in the terminal)\n"
             "  4. Its map:    behind-the-screen --map map.svg %s\n"
             "The guide: docs/story-language.md\n",
             folder, id, folder, q, q, q, q);
  free(q);
  free(id);
  return 0;
}

/* --say: the text as read-aloud says it, and its sound in a WAV file.
 * The languages are the installed language files (their speech words). */
static int cmd_say(const char *text, const char *lang, const char *wav) {
  I18n *langs = load_languages();
  if (!langs) return 1;
  if (lang && i18n_find(langs, lang) < 0) {
    char *msg = xasprintf("--say speaks %s, not '%%s'", i18n_list(langs));
    i18n_free(langs);
    int rc = usage_error(msg, lang);
    free(msg);
    return rc;
  }
  Settings s;
  settings_defaults(&s);
  i18n_settle(langs, &s); /* the locale's language, or English */
  const SpeechWords *sw = i18n_speech(langs, lang ? lang : s.lang);
  char *said = speak_clean(text, sw);
  printf("%s\n", said);
  int status = 0;
  char *why = NULL;
  if (wav && !voice_wav(said, sw->voice, voice_wpm(SPEED_NORMAL), wav, &why)) {
    bts_warn("%s", why);
    free(why);
    status = 1;
  }
  free(said);
  i18n_free(langs);
  return status;
}

/* True when `path`, the file an option writes, ends in `ext` (any
 * capitals); else says so with an example, and the caller stops (exit 2). */
static bool output_named(const char *opt, const char *path, const char *ext, const char *example) {
  size_t n = strlen(path), e = strlen(ext);
  if (n > e && strcasecmp(path + n - e, ext) == 0) return true;
  char *fmt = xasprintf("%s writes a %s file: give a name ending in %s, like %s (not '%%s')", opt, ext, ext, example);
  usage_error(fmt, path);
  free(fmt);
  return false;
}

int main(int argc, char **argv) {
#ifdef _WIN32
  win_console_utf8(); /* engine/compat: accents and emoji as written, not as code page 850 */
#endif
  const char *story = NULL, *lang = NULL, *country = NULL, *name = NULL, *script = NULL, *shot = NULL;
  const char *replay = NULL, *translate = NULL, *pack = NULL, *map = NULL, *new_story = NULL;
  const char *say = NULL, *wav = NULL;
  const char *summary = NULL, *handout = NULL, *help_card = NULL, *results = NULL, *print_out = NULL;
  const char *scene = NULL, *sets = NULL;
  bool watch = false, ids = false;
  char gender = 0;
  bool text = false, fullscreen = false, classroom = false, check = false, graph = false, check_assets = false;
  int display = 0;
  long random_n = -1;
  unsigned long long seed = 1;
  char *check_paths[argc + 1]; /* no allocation: usage errors return early */
  int ncheck = 0;
  atexit(close_stdout);
#ifdef SIGXFSZ
  /* A file-size limit (ulimit -f, a school's quota) must fail the write,
   * which says "the disk is full" and keeps the old file, not kill the game
   * mid-story. */
  signal(SIGXFSZ, SIG_IGN);
#endif
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *next = i + 1 < argc ? argv[i + 1] : NULL;
/* What an option writes ends in its kind of file: `--map story.lua s` (the
 * order mixed up) would otherwise write the map over the story. */
#define OUTPUT(ext, example) \
  do { if (!output_named(a, next, ext, example)) return 2; } while (0)
#define NEED_VALUE()                                              \
  do {                                                            \
    if (!next) return usage_error("%s needs a value", a);         \
    i++;                                                          \
  } while (0)
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      print_usage();
      return 0;
    } else if (strcmp(a, "--version") == 0) {
      printf("behind-the-screen %s\n", BTS_VERSION);
      return 0;
    } else if (strcmp(a, "--text") == 0) text = true;
    else if (strcmp(a, "--fullscreen") == 0) fullscreen = true;
    else if (strcmp(a, "--no-trace") == 0) trace_set_off(true);
    else if (strcmp(a, "--classroom") == 0) classroom = true;
    else if (strcmp(a, "--display") == 0) {
      NEED_VALUE();
      char *end;
      long v = strtol(next, &end, 10);
      if (end == next || *end || v < 1 || v > 16) return usage_error("--display takes a display number from 1 to 16, not '%s'", next);
      display = (int)v;
    }
    else if (strcmp(a, "--check") == 0) check = true;
    else if (strcmp(a, "--check-assets") == 0) check_assets = true;
    else if (strcmp(a, "--graph") == 0) graph = true;
    else if (strcmp(a, "--lang") == 0) { NEED_VALUE(); lang = next; }
    else if (strcmp(a, "--country") == 0) { NEED_VALUE(); country = next; }
    else if (strcmp(a, "--name") == 0) { NEED_VALUE(); name = next; }
    else if (strcmp(a, "--gender") == 0) {
      NEED_VALUE();
      if (strlen(next) != 1 || !strchr("mfx", next[0])) return usage_error("--gender is m, f or x, not '%s'", next);
      gender = next[0];
    } else if (strcmp(a, "--script") == 0) { NEED_VALUE(); script = next; }
    else if (strcmp(a, "--screenshot") == 0) { NEED_VALUE(); OUTPUT(".bmp", "end.bmp"); shot = next; }
    else if (strcmp(a, "--replay") == 0) { NEED_VALUE(); replay = next; }
    else if (strcmp(a, "--ids") == 0) ids = true;
    else if (strcmp(a, "--say") == 0) { NEED_VALUE(); say = next; }
    else if (strcmp(a, "--wav") == 0) { NEED_VALUE(); OUTPUT(".wav", "hello.wav"); wav = next; }
    else if (strcmp(a, "--translate") == 0) { NEED_VALUE(); translate = next; }
    else if (strcmp(a, "--map") == 0) { NEED_VALUE(); OUTPUT(".svg", "map.svg"); map = next; }
    else if (strcmp(a, "--new") == 0) { NEED_VALUE(); new_story = next; }
    else if (strcmp(a, "--watch") == 0) watch = true;
    else if (strcmp(a, "--scene") == 0) { NEED_VALUE(); scene = next; }
    else if (strcmp(a, "--set") == 0) { NEED_VALUE(); sets = next; }
    else if (strcmp(a, "--summary") == 0) { NEED_VALUE(); OUTPUT(".html", "summary.html"); summary = next; }
    else if (strcmp(a, "--results") == 0) { NEED_VALUE(); OUTPUT(".csv", "results.csv"); results = next; }
    else if (strcmp(a, "--handout") == 0 || strcmp(a, "--help-card") == 0) {
      /* --handout STORY OUT.html, --help-card COUNTRY OUT.html: two values */
      bool is_handout = strcmp(a, "--handout") == 0;
      if (i + 2 >= argc)
        return usage_error("%s", is_handout ? "--handout needs a STORY and the file to write: --handout skype sheet.html"
                                            : "--help-card needs a COUNTRY and the file to write: --help-card FR cards.html");
      if (is_handout) story = argv[++i];
      else help_card = argv[++i];
      print_out = argv[++i];
      if (!output_named(a, print_out, ".html", is_handout ? "sheet.html" : "cards.html")) return 2;
      if (is_handout) handout = print_out;
    }
    else if (strcmp(a, "--pack") == 0) {
      /* --pack STORY OUT.story: two values */
      if (i + 2 >= argc) return usage_error("%s", "--pack needs a STORY and the file to write: --pack my-story my-story.story");
      story = argv[++i];
      pack = argv[++i];
      if (!output_named(a, pack, ".story", "my-story.story")) return 2;
    }
    else if (strcmp(a, "--random") == 0) {
      NEED_VALUE();
      char *end;
      random_n = strtol(next, &end, 10);
      if (*end || random_n < 1) return usage_error("--random needs a number of playthroughs, not '%s'", next);
      /* a million takes seconds; a typo's extra zeros would take hours */
      if (random_n > 10000000) return usage_error("--random plays at most 10000000 stories at once, not '%s'", next);
    } else if (strcmp(a, "--seed") == 0) {
      NEED_VALUE();
      char *end;
      seed = strtoull(next, &end, 10);
      if (*end) return usage_error("--seed needs a number, not '%s'", next);
    } else if (a[0] == '-' && a[1]) {
      return usage_error("unknown option '%s'", a);
    } else if (check) {
      check_paths[ncheck++] = argv[i];
    } else if (story) {
      return usage_error("one story at a time ('%s')", a);
    } else {
      story = a;
    }
#undef NEED_VALUE
#undef OUTPUT
  }
  if (wav && !say) return usage_error("%s", "--wav goes with --say TEXT");
  if (say) {
    if (story) return usage_error("--say takes no story ('%s')", story);
    return cmd_say(say, lang, wav);
  }
  if (check_assets) {
    if (story) return usage_error("--check-assets takes no story ('%s')", story);
    return cmd_check_assets();
  }
  /* Both front ends share one catalogue and one set of languages. The
   * modes that print no word of the game's (--random, --graph,
   * --translate, --pack, --map, --new) do not read the language files:
   * three of them were a twentieth of loading a 400-scene story. */
  bool no_words = !check && !replay && !((summary && !text) || handout || help_card || results) &&
                  (graph || random_n > 0 || translate || pack || map || new_story);
  I18n *langs = no_words ? NULL : load_languages();
  if (!no_words && !langs) return 1;
  /* A story may be translated into a language the game has no words for
   * yet: the story speaks it, the game's words stand in English. */
  if (lang && !i18n_is_code(lang, strlen(lang))) {
    if (!langs && !(langs = load_languages())) return 1; /* for the list of languages */
    char *known = xasprintf("--lang is a language code (%s), not '%%s'", i18n_list(langs));
    i18n_free(langs);
    int rc = usage_error(known, lang);
    free(known);
    return rc;
  }
  /* a country the game has help for, however it was typed */
  static char country_code[4], card_code[4];
  if ((country && !known_country(country, "--country", country_code)) ||
      (help_card && !known_country(help_card, "--help-card", card_code))) {
    i18n_free(langs);
    return 2;
  }
  if (country) country = country_code;
  if (help_card) help_card = card_code;
  if ((summary && !text) || handout || help_card || results) {
    /* the printable pages and the answers (printing.h) */
    Catalog *cat = handout || summary ? load_catalog() : NULL;
    char *path = story ? resolve_story(story) : NULL;
    PrintOptions po = {.i18n = langs, .catalog = cat, .lang = lang, .country = country};
    int rc;
    if ((handout || summary) && !cat) rc = 1;
    else if ((handout || summary) && !story) rc = usage_error("%s", "--summary needs a STORY: --summary summary.html skype");
    else if ((handout || summary) && !path) rc = 1;
    else if (handout) rc = print_handout(&po, path, handout);
    else if (summary) {
      if (replay) {
        /* the path's transcript on the terminal, then the page */
        rc = cmd_replay(langs, cat, path, replay, lang, country, name, gender, ids);
        if (!rc) rc = print_summary(&po, path, replay, summary);
      } else {
        rc = print_summary(&po, path, NULL, summary);
      }
    } else if (help_card) rc = print_help_card(&po, help_card, print_out);
    else rc = print_results(results);
    free(path);
    catalog_free(cat);
    i18n_free(langs);
    return rc;
  }
  if (check) {
    if (story) check_paths[ncheck++] = (char *)story;
    int rc = ncheck ? cmd_check(check_paths, ncheck, langs) : usage_error("%s", "--check needs a story folder or file");
    i18n_free(langs);
    return rc;
  }
  if (ids && !replay) {
    i18n_free(langs);
    return usage_error("%s", "--ids goes with --replay 1,2,1");
  }
  if (replay && !graph && random_n <= 0 && !translate && !pack && !map) {
    int rc = 1;
    Catalog *cat = story ? load_catalog() : NULL;
    char *path = cat ? resolve_story(story) : NULL;
    if (!story) rc = usage_error("%s", "--replay needs a STORY: --replay 1,2,1 skype");
    else if (path) rc = cmd_replay(langs, cat, path, replay, lang, country, name, gender, ids);
    free(path);
    catalog_free(cat);
    i18n_free(langs);
    return rc;
  }
  if (graph || random_n > 0 || translate || pack || map) i18n_free(langs);
  if (translate) {
    if (!story) return usage_error("%s", "--translate needs a language and a STORY: --translate fr stories/my-story");
    return cmd_translate(translate, story);
  }
  if (new_story) {
    i18n_free(langs);
    return cmd_new(new_story);
  }
  if (pack) return cmd_story(RUN_PACK, story, 0, 0, pack, lang);
  if (map) {
    if (!story) return usage_error("%s", "--map needs the file to write and a STORY: --map map.svg stories/my-story");
    return cmd_story(RUN_MAP, story, 0, 0, map, lang);
  }
  if (graph || random_n > 0) {
    if (!story) return usage_error("%s", "this mode needs a STORY");
    return cmd_story(graph ? RUN_GRAPH : RUN_RANDOM, story, random_n, seed, NULL, lang);
  }
  if (text && !story) {
    i18n_free(langs);
    char *stories = shipped_stories();
    int rc = usage_error("--text needs a STORY (a folder, or one of: %s)", stories);
    free(stories);
    return rc;
  }
  Catalog *cat = load_catalog();
  if (!cat) {
    i18n_free(langs);
    return 1;
  }
  /* A class's folder (a story in each of its folders): the window's menu
   * shows them all; the terminal plays one story, so it names them. */
  int nclass = 0;
  char **class = story && !pack_is_pack(story) ? class_stories(story, &nclass) : NULL;
  const char *library = NULL;
  if (class) {
    if (text) {
      Buf names = {0};
      for (int i = 0; i < nclass; i++) buf_addf(&names, "%s%s", i ? ", " : "", class[i]);
      ts_fprintf(stderr, "behind-the-screen: %s holds %d %s, one in each folder (%s): play one of them, like "
                         "behind-the-screen --text \"%s\" (--check %s checks them all)\n",
                 story, nclass, nclass == 1 ? "story" : "stories", names.s, class[0], story);
      free(names.s);
      for (int i = 0; i < nclass; i++) free(class[i]);
      free(class);
      catalog_free(cat);
      i18n_free(langs);
      return 2;
    }
    library = story;
    story = NULL;
    for (int i = 0; i < nclass; i++) free(class[i]);
    free(class);
  }
  char *path = NULL;
  if (story && !(path = resolve_story(story))) {
    catalog_free(cat);
    i18n_free(langs);
    return 1;
  }
  int status;
  if (text) {
    TextOptions o = {.i18n = langs, .catalog = cat, .story = path, .lang = lang, .country = country, .name = name,
                     .gender = gender, .classroom = classroom, .scene = scene, .sets = sets, .watch = watch,
                     .summary = summary, .in = stdin, .out = stdout};
    status = text_play(&o);
  } else {
    UiOptions o = {.i18n = langs, .catalog = cat, .story = path, .library = library, .lang = lang, .country = country,
                   .fullscreen = fullscreen, .classroom = classroom, .display = display, .screenshot = shot, .scene = scene,
                   .sets = sets, .watch = watch, .script = script, .ask_at_launch = !script && !shot};
    status = ui_run(&o);
    if (status == UI_NO_DISPLAY || status == UI_NO_FONT) {
      if (shot) {
        status = 1;
      } else {
        char *fallback = path ? xstrdup(path) : paths_stories();
        if (!path) {
          char *p = path_join(fallback, "skype");
          free(fallback);
          fallback = p;
        }
        TextOptions to = {.i18n = langs, .catalog = cat, .story = fallback, .lang = lang, .country = country,
                          .name = name, .gender = gender, .classroom = classroom, .scene = scene, .sets = sets,
                          .watch = watch, .no_window = status == UI_NO_DISPLAY, .in = stdin, .out = stdout};
        status = text_play(&to);
        free(fallback);
      }
    }
  }
  free(path);
  catalog_free(cat);
  i18n_free(langs);
  return status;
}
