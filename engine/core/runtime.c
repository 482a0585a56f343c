#include "runtime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "help.h"
#include "scan.h"
#include "text.h"
#include "typography.h"
#include "util.h"

#define MAX_DEPTH 32
#define MAX_SILENT 100000 /* steps without a visible beat: the story goes round in circles */
#define MAX_UNCHOSEN 20000 /* steps without a choice: scenes that go round with beats in them */
#define SAVE_VERSION 1
#define RT_STEP_SECONDS 1.0 /* CPU time for the conditions of one play step */
#define RT_REPLAY_SECONDS 2.0 /* for a whole replayed path */

typedef struct {
  const Item *items;
  int n, pos;
} Frame;

/* One choice point on the path: what was shown, what was taken, and the
 * class's votes (classroom mode), kept for the session summary. */
typedef struct {
  int scene;
  int nshown;
  int shown[STORY_CHOICES_MAX]; /* scene choice indices, in the order shown */
  int taken;                    /* scene choice index, -1 while on screen */
  bool voted;
  int votes[STORY_CHOICES_MAX]; /* by shown position */
} Decision;

struct Runtime {
  const Story *s;
  char *lang, *name;
  char gender;
  int scene;
  Frame stack[MAX_DEPTH];
  int depth;
  double *vars;
  int start;           /* the first scene: the story's, or --scene's */
  double *start_vars;  /* the variables at the start, NULL: the story's */
  uint32_t did;
  uint32_t offered; /* steps the path put in front of the player (shown as a choice, or done) */
  const HelpList *help; /* the player's country, or NULL */
  char *debrief_text[CATALOG_MAX][2]; /* filled step and why handed out */
  int order[CATALOG_MAX];
  int norder;
  int *path;
  int npath, cappath;
  Beat **hist;
  int nhist, caphist;
  Beat *scratch; /* the last beat when no history is kept */
  bool record;
  bool quiet;      /* no text filled (the checker, the map): quiet_beat only */
  Beat quiet_beat;
  RtState state;
  char *error;
  char clock[6];
  int day;
  bool in_call;
  bool in_voice_call;
  int thread; /* the open conversation: where the player's lines go; -1 none yet */
  int before_phone; /* the conversation open when a phone call began (-1: none, or no phone call) */
  int shown[STORY_CHOICES_MAX];
  int nshown;
  char *choice_text[STORY_CHOICES_MAX]; /* filled texts handed out, freed with the runtime */
  char *ending_title, *ending_summary;
  unsigned char *visited;
  int unchosen; /* steps since the last choice */
  double step_left; /* CPU seconds left to this play step's conditions */
  Decision *dec; /* recorded only with history (rt->record) */
  int ndec, capdec;
};

static bool replay(Runtime *rt, const int *path, int n);

/* A beat as the runtime keeps it: a line with nothing to fill in shows
 * the story's own text (borrowed: the story outlives its runtimes), with
 * no copy. */
typedef struct {
  Beat beat;
  bool borrowed; /* beat.text is the story's */
} OwnBeat;

static void free_beat(Beat *b) {
  if (!b) return;
  if (!((OwnBeat *)b)->borrowed) free(b->text);
  free(b->notes);
  free(b);
}

static void enter_scene(Runtime *rt, int scene) {
  const Scene *sc = &rt->s->scenes[scene];
  rt->scene = scene;
  rt->depth = 1;
  rt->stack[0] = (Frame){sc->items, sc->nitems, 0};
  if (sc->chat >= 0) rt->thread = sc->chat;
  if (rt->visited) rt->visited[scene] = 1;
}

static void fail(Runtime *rt, const char *file, int line, const char *msg) {
  free(rt->error);
  rt->error = line > 0 ? xasprintf("%s:%d: %s", file, line, msg) : xasprintf("%s: %s", file, msg);
  rt->state = RT_ERROR;
}

static void reset(Runtime *rt) {
  const Story *s = rt->s;
  for (int i = 0; i < rt->nhist; i++) free_beat(rt->hist[i]);
  rt->nhist = 0;
  free_beat(rt->scratch);
  rt->scratch = NULL;
  for (int i = 0; i < s->nvars; i++) rt->vars[i] = rt->start_vars ? rt->start_vars[i] : s->vars[i].start;
  rt->did = 0;
  rt->offered = 0;
  rt->norder = 0;
  rt->npath = 0;
  rt->state = RT_RUNNING;
  free(rt->error);
  rt->error = NULL;
  rt->clock[0] = 0;
  rt->day = 0;
  rt->in_call = rt->in_voice_call = false;
  rt->thread = -1;
  rt->before_phone = -1;
  rt->nshown = 0;
  rt->unchosen = 0;
  rt->step_left = RT_STEP_SECONDS;
  enter_scene(rt, rt->start);
}

Runtime *rt_new(const Story *s, const char *lang, const char *name, Gender g) {
  Runtime *rt = xcalloc(1, sizeof *rt);
  rt->s = s;
  rt->lang = xstrdup(lang && story_has_lang(s, lang) ? lang : s->language);
  rt->name = xstrdup(name && *name ? name : RT_DEFAULT_NAME);
  rt->gender = (char)(g == GENDER_F || g == GENDER_X ? g : GENDER_M);
  rt->vars = xcalloc((size_t)s->nvars + 1, sizeof(double));
  rt->record = true;
  rt->start = s->start;
  reset(rt);
  return rt;
}

void rt_start_at(Runtime *rt, int scene, const double *vars) {
  const Story *s = rt->s;
  rt->ndec = 0; /* another start: other decisions */
  rt->start = scene >= 0 && scene < s->nscenes ? scene : s->start;
  free(rt->start_vars);
  rt->start_vars = NULL;
  if (vars) {
    rt->start_vars = xcalloc((size_t)s->nvars + 1, sizeof(double));
    if (s->nvars) memcpy(rt->start_vars, vars, (size_t)s->nvars * sizeof(double));
  }
  reset(rt);
}

int rt_start_scene(const Runtime *rt) { return rt->start; }

bool rt_start_here(Runtime *rt, const char *scene_id, const char *sets, char **why) {
  const Story *s = rt->s;
  int scene = scene_id ? story_scene_index(s, scene_id) : s->start;
  if (scene < 0) {
    Buf ids = {0};
    for (int i = 0; i < s->nscenes && i < 12; i++) buf_addf(&ids, "%s%s", i ? ", " : "", s->scenes[i].id);
    if (s->nscenes > 12) buf_adds(&ids, ", ...");
    *why = xasprintf("--scene: the story has no scene \"%s\" (its scenes: %s)", scene_id, ids.s ? ids.s : "");
    free(ids.s);
    return false;
  }
  double *vars = xcalloc((size_t)s->nvars + 1, sizeof(double));
  bool ok = !sets || rt_parse_sets(s, sets, vars, why);
  if (ok) rt_start_at(rt, scene, sets ? vars : NULL);
  free(vars);
  return ok;
}

/* "trust=2, sent_photo=true": the values --set gives, checked against the
 * story's variables (their kind too) so a typo gets a clear message. */
bool rt_parse_sets(const Story *s, const char *sets, double *vars, char **why) {
  for (int i = 0; i < s->nvars; i++) vars[i] = s->vars[i].start;
  const char *p = sets;
  while (p && *p) {
    while (*p == ' ' || *p == ',') p++;
    if (!*p) break;
    const char *eq = strchr(p, '='), *end = strchr(p, ',');
    if (!end) end = p + strlen(p);
    if (!eq || eq > end) {
      *why = xasprintf("--set takes name=value pairs separated by commas, like trust=2,paid=true (not '%.*s')",
                       (int)(end - p), p);
      return false;
    }
    char *name = xstrndup(p, (size_t)(eq - p));
    char *value = xstrndup(eq + 1, (size_t)(end - eq - 1));
    int v = story_var_index(s, name);
    bool ok = v >= 0;
    if (!ok) *why = xasprintf("--set: the story has no variable '%s' (its variables are in the story card's vars)", name);
    else if (s->vars[v].is_bool) {
      ok = strcmp(value, "true") == 0 || strcmp(value, "false") == 0;
      if (ok) vars[v] = strcmp(value, "true") == 0;
      else *why = xasprintf("--set: %s is true or false, not '%s'", name, value);
    } else {
      char *num_end;
      double d = strtod(value, &num_end);
      ok = *value && !*num_end && d == d && d > -1e15 && d < 1e15;
      if (ok) vars[v] = d;
      else *why = xasprintf("--set: %s takes a number, not '%s'", name, value);
    }
    free(name);
    free(value);
    if (!ok) return false;
    p = end;
  }
  return true;
}

void rt_free(Runtime *rt) {
  if (!rt) return;
  for (int i = 0; i < rt->nhist; i++) free_beat(rt->hist[i]);
  free(rt->hist);
  free_beat(rt->scratch);
  free(rt->vars);
  free(rt->start_vars);
  free(rt->path);
  free(rt->dec);
  free(rt->error);
  free(rt->lang);
  free(rt->name);
  /* Only what was filled: --check frees a runtime per explored state, and
   * 72 calls of free(NULL) each were a tenth of checking a story. */
  for (int i = 0; i < STORY_CHOICES_MAX; i++)
    if (rt->choice_text[i]) free(rt->choice_text[i]);
  for (int i = 0; i < CATALOG_MAX; i++) {
    if (rt->debrief_text[i][0]) free(rt->debrief_text[i][0]);
    if (rt->debrief_text[i][1]) free(rt->debrief_text[i][1]);
  }
  free(rt->ending_title);
  free(rt->ending_summary);
  free(rt);
}

Runtime *rt_clone(const Runtime *rt) {
  /* Copied, not zeroed first (--check clones a runtime per state). */
  Runtime *c = xmalloc(sizeof *c);
  *c = *rt;
  c->lang = xstrdup(rt->lang);
  c->name = xstrdup(rt->name);
  size_t nvars = (size_t)rt->s->nvars + 1;
  c->vars = xmalloc(nvars * sizeof(double));
  memcpy(c->vars, rt->vars, nvars * sizeof(double));
  if (rt->start_vars) {
    c->start_vars = xmalloc(nvars * sizeof(double));
    memcpy(c->start_vars, rt->start_vars, nvars * sizeof(double));
  }
  c->path = xmalloc(((size_t)rt->npath + 1) * sizeof(int));
  if (rt->npath) memcpy(c->path, rt->path, (size_t)rt->npath * sizeof(int));
  c->cappath = rt->npath + 1;
  c->hist = NULL;
  c->nhist = c->caphist = 0;
  c->dec = NULL; /* no history, no decisions */
  c->ndec = c->capdec = 0;
  c->scratch = NULL;
  memset(c->choice_text, 0, sizeof c->choice_text); /* caches are not shared */
  memset(c->debrief_text, 0, sizeof c->debrief_text);
  c->ending_title = c->ending_summary = NULL;
  c->record = false;
  c->error = rt->error ? xstrdup(rt->error) : NULL;
  return c;
}

void rt_set_recording(Runtime *rt, bool keep) { rt->record = keep; }
void rt_set_quiet(Runtime *rt, bool quiet) {
  rt->quiet = quiet;
  if (quiet) rt->record = false;
}
void rt_set_visit_map(Runtime *rt, unsigned char *visited) {
  rt->visited = visited;
  if (visited) visited[rt->scene] = 1;
}

void rt_set_help(Runtime *rt, const HelpList *help) {
  rt->help = help; /* even the same address: a reloaded list may reuse it */
  if (rt->nhist == 0 && rt->npath == 0) return;
  /* Tell again what was told, with the country's words. */
  int n = rt->npath;
  int *path = xcalloc((size_t)n + 1, sizeof(int));
  if (n) memcpy(path, rt->path, (size_t)n * sizeof(int));
  replay(rt, path, n);
  free(path);
}

RtState rt_state(const Runtime *rt) { return rt->state; }
const char *rt_error(const Runtime *rt) { return rt->error; }
const Story *rt_story(const Runtime *rt) { return rt->s; }
const char *rt_lang(const Runtime *rt) { return rt->lang; }
const Scene *rt_scene(const Runtime *rt) { return &rt->s->scenes[rt->scene]; }
int rt_choices_made(const Runtime *rt) { return rt->npath; }

/* Every text the player reads: translated, filled, and written the way its
 * language writes it. */
static char *fill_text(const Runtime *rt, const char *translated) {
  char *filled = text_fill_local(translated, rt->s, rt->vars, rt->name, rt->gender, rt->help, rt->lang);
  if (!typography_changes(rt->lang)) return filled; /* no second copy */
  char *typed = text_typography(filled, rt->lang);
  free(filled);
  return typed;
}

static char *fill(const Runtime *rt, const char *text) { return fill_text(rt, story_tr(rt->s, rt->lang, text)); }

static void apply(Runtime *rt, const Effects *e) {
  for (int i = 0; i < e->neffects; i++) {
    const Effect *f = &e->effects[i];
    if (f->op == EFF_SET) rt->vars[f->var] = f->value;
    else rt->vars[f->var] += f->value;
  }
  rt->offered |= e->did;
  for (int i = 0; i < e->ndid; i++) {
    int a = e->did_order[i];
    if ((rt->did >> a) & 1u) continue; /* the first time counts for the order */
    rt->did |= 1u << a;
    if (rt->norder < CATALOG_MAX) rt->order[rt->norder++] = a;
  }
}

/* The conversation a line lands in (the rule is in runtime.h), and whether
 * it is said in the room. Moves the open conversation. */
static void place(Runtime *rt, Beat *b, int to) {
  const Story *s = rt->s;
  bool spoken = b->kind == WORD_MSG || b->kind == WORD_PHOTO;
  b->in_person = spoken && (s->scenes[rt->scene].in_person || (b->who >= 0 && s->chars[b->who].in_person));
  int t = rt->thread;
  if (to >= 0) t = to;
  else if (b->who >= 0 && word_is(b->kind, WF_SPEAKER))
    t = story_is_member(s, rt->thread, b->who) ? rt->thread : b->who;
  if (b->in_person) t = rt->thread; /* the room is not a conversation */
  rt->thread = t;
  b->thread = t;
}

static const Beat *push_beat(Runtime *rt, Word kind, int who, const char *text, const char *notes,
                             int typing, int to, const char *file, int line) {
  if (rt->quiet) { /* where the story goes, not what it says */
    rt->quiet_beat = (Beat){.kind = kind, .who = who, .typing_ms = typing, .day = rt->day, .in_call = rt->in_call,
                            .in_voice_call = rt->in_voice_call,
                            .choice_point = rt->npath, .file = file, .line = line};
    place(rt, &rt->quiet_beat, to);
    return &rt->quiet_beat;
  }
  OwnBeat *own;
  if (!rt->record && rt->scratch) { /* no history: the last beat's block serves the next (one calloc and free less per beat) */
    own = (OwnBeat *)rt->scratch;
    rt->scratch = NULL;
    if (!own->borrowed) free(own->beat.text);
    free(own->beat.notes);
    memset(own, 0, sizeof *own);
  } else {
    own = xcalloc(1, sizeof *own);
  }
  Beat *b = &own->beat;
  b->kind = kind;
  b->who = who;
  place(rt, b, to);
  const char *shown = story_tr(rt->s, rt->lang, text ? text : "");
  /* Nothing to fill in ({...}) and nothing the language's typography
   * changes: the text as it is (most lines; no copy per beat). */
  if (!strchr(shown, '{') && typography_plain(shown, rt->lang)) {
    b->text = (char *)shown;
    own->borrowed = true;
  } else {
    b->text = fill_text(rt, shown);
  }
  b->notes = notes ? fill(rt, notes) : NULL;
  if (kind == WORD_MSG && who >= 0 && !b->in_person) {
    if (typing >= 0) {
      b->typing_ms = typing;
    } else { /* about the time it takes to type it, kept short */
      int ms = 500 + 45 * (int)utf8_count(b->text);
      b->typing_ms = ms < 900 ? 900 : ms > 4500 ? 4500 : ms;
    }
  }
  memcpy(b->clock, rt->clock, sizeof b->clock);
  b->day = rt->day;
  b->in_call = rt->in_call;
  b->in_voice_call = rt->in_voice_call;
  b->choice_point = rt->npath;
  b->file = file;
  b->line = line;
  if (rt->record) {
    if (rt->nhist == rt->caphist) {
      rt->caphist = rt->caphist ? rt->caphist * 2 : 64;
      rt->hist = xrealloc(rt->hist, (size_t)rt->caphist * sizeof *rt->hist);
    }
    rt->hist[rt->nhist++] = b;
  } else {
    free_beat(rt->scratch);
    rt->scratch = b;
  }
  return b;
}

/* The crisis line of the player's country, as the card shows it:
 * "Samaritans · 116 123 · 24/7". */
static char *crisis_line(const Runtime *rt) {
  const HelpEntry *e = help_role(rt->help, HELP_CRISIS);
  if (!e) return NULL;
  Buf b = {0};
  buf_adds(&b, e->name);
  if (strcmp(e->name, e->contact) != 0) buf_addf(&b, " \xC2\xB7 %s", e->contact);
  if (e->hours && e->hours[0]) buf_addf(&b, " \xC2\xB7 %s", e->hours);
  return buf_take(&b);
}

/* The decision on screen now, recorded at its place on the path. A replay
 * (undo, respeak, a country set) meets the same decision again and keeps
 * its votes; another scene or other replies there make it a new decision. */
static void note_decision(Runtime *rt) {
  int d = rt->npath;
  if (d + 1 > rt->capdec) {
    rt->capdec = d + 16;
    rt->dec = xrealloc(rt->dec, (size_t)rt->capdec * sizeof *rt->dec);
  }
  for (int i = rt->ndec; i < d; i++) /* recording turned on mid-path: unknown */
    rt->dec[i] = (Decision){.scene = -1, .taken = rt->path[i]};
  Decision *k = &rt->dec[d];
  bool same = d < rt->ndec && k->scene == rt->scene && k->nshown == rt->nshown &&
              memcmp(k->shown, rt->shown, (size_t)rt->nshown * sizeof *rt->shown) == 0;
  if (!same) {
    *k = (Decision){.scene = rt->scene, .nshown = rt->nshown, .taken = -1};
    memcpy(k->shown, rt->shown, (size_t)rt->nshown * sizeof *rt->shown);
    rt->ndec = d + 1; /* what followed another decision is gone */
  } else if (rt->ndec < d + 1) {
    rt->ndec = d + 1;
  }
}

static void compute_choices(Runtime *rt) {
  const Scene *sc = &rt->s->scenes[rt->scene];
  rt->nshown = 0;
  for (int i = 0; i < sc->nchoices; i++) {
    char *err = NULL;
    int ok = story_eval(rt->s, sc->choices[i].cond, rt->vars, rt->did, &err);
    if (ok < 0) {
      fail(rt, sc->choices[i].file, 0, err);
      /* err already carries file:line from Lua */
      free(rt->error);
      rt->error = err;
      return;
    }
    if (ok && rt->nshown == STORY_CHOICES_MAX) {
      /* A scene may declare more choices when their conditions exclude
       * each other; the checker explores every state to find this one. */
      char *msg = xasprintf("scene \"%s\": more than %d choices would show at once here (%d fit on screen): make "
                            "their conditions exclude each other",
                            sc->id, STORY_CHOICES_MAX, STORY_CHOICES_MAX);
      fail(rt, sc->file, sc->line, msg);
      free(msg);
      return;
    }
    if (ok) {
      rt->shown[rt->nshown++] = i;
      rt->offered |= sc->choices[i].eff.did;
    }
  }
  if (rt->nshown == 0) {
    char *msg = xasprintf("scene \"%s\": no choice can be shown here (every condition is false)", sc->id);
    fail(rt, sc->file, sc->line, msg);
    free(msg);
    return;
  }
  rt->state = RT_CHOICE;
  if (rt->record) note_decision(rt);
}

static const Beat *step(Runtime *rt);

/* A play step (from one choice to the next, however many beats the front
 * end asks for one by one) is one job: every condition it evaluates shares
 * one time and memory budget. Inside --check's job, the checker's budget
 * holds, and nothing is measured here. The job's clock starts when the
 * sandbox first looks at a condition's work (sandbox.h): a step whose
 * conditions are quick reads no clock at all (it read it three times per
 * beat, a system call each: half of a random playthrough). */
const Beat *rt_step(Runtime *rt) {
  bool own = story_job_begin(rt->s, rt->step_left);
  const Beat *b = step(rt);
  if (own) rt->step_left -= story_job_used(rt->s);
  story_job_end(rt->s);
  return b;
}

size_t rt_memory(const Runtime *rt) {
  return sizeof *rt + ((size_t)rt->s->nvars + 1) * sizeof(double) + (size_t)rt->cappath * sizeof(int) +
         (size_t)rt->caphist * sizeof(Beat *) + (size_t)rt->nhist * sizeof(Beat) +
         (size_t)rt->capdec * sizeof(Decision);
}

static const Beat *step(Runtime *rt) {
  int silent = 0;
  while (rt->state == RT_RUNNING) {
    if (rt->depth == 0) {
      if (rt->s->scenes[rt->scene].is_ending) rt->state = RT_ENDED;
      else compute_choices(rt);
      return NULL;
    }
    Frame *f = &rt->stack[rt->depth - 1];
    if (f->pos >= f->n) {
      rt->depth--;
      continue;
    }
    const Item *it = &f->items[f->pos++];
    if (++rt->unchosen > MAX_UNCHOSEN) {
      fail(rt, it->file, it->line, "the story goes round in circles (go leads back here) without ever asking for a choice");
      return NULL;
    }
    if (word_is(it->kind, WF_SHOWN)) {
      /* What a beat changes for the beats after it. */
      switch (it->kind) {
        case WORD_CALL:
          rt->in_call = true;
          rt->in_voice_call = it->call_kind == CALL_VOICE;
          if (rt->in_voice_call) rt->before_phone = rt->thread;
          break;
        case WORD_LATER: /* the next day: a call is over (a phone call as at its hangup) */
          if (rt->in_voice_call && rt->before_phone >= 0) rt->thread = rt->before_phone;
          rt->before_phone = -1;
          rt->day++;
          rt->in_call = rt->in_voice_call = false;
          break;
        case WORD_CLOCK: snprintf(rt->clock, sizeof rt->clock, "%s", it->text); break;
        default: break;
      }
      Beat *b = (Beat *)push_beat(rt, it->kind, it->who, it->text, it->notes, it->typing_ms, it->to, it->file, it->line);
      b->call_kind = it->call_kind; /* what kind of call, who makes it */
      b->call_out = it->call_out;
      if (it->kind == WORD_CRISIS && !rt->quiet) b->notes = crisis_line(rt); /* the player's country's line */
      if (it->kind == WORD_HANGUP) {
        /* A phone call (voice = true) is not made in the chat app: its
         * lines stay in the caller's record, and once it is over the app
         * shows the conversation that was open before it, as a phone put
         * down would. */
        if (rt->in_voice_call && rt->before_phone >= 0) rt->thread = rt->before_phone;
        rt->before_phone = -1;
        rt->in_call = rt->in_voice_call = false; /* the hang-up itself is still in the call */
      }
      return b;
    }
    switch (it->kind) {
      case WORD_SET:
      case WORD_ADD:
      case WORD_DID: apply(rt, &it->eff); break;
      case WORD_GO: enter_scene(rt, it->target); break;
      case WORD_WHEN: {
        char *err = NULL;
        int ok = story_eval(rt->s, it->cond, rt->vars, rt->did, &err);
        if (ok < 0) {
          fail(rt, it->file, it->line, err);
          free(rt->error);
          rt->error = err;
          return NULL;
        }
        if (ok && rt->depth < MAX_DEPTH) rt->stack[rt->depth++] = (Frame){it->body, it->nbody, 0};
        break;
      }
      default: break;
    }
    if (++silent > MAX_SILENT) {
      fail(rt, it->file, it->line, "the story goes round in circles (go after go) without showing anything");
      return NULL;
    }
  }
  return NULL;
}

RtState rt_run(Runtime *rt) {
  while (rt->state == RT_RUNNING) rt_step(rt);
  return rt->state;
}

int rt_choice_count(const Runtime *rt) { return rt->state == RT_CHOICE ? rt->nshown : 0; }

const char *rt_choice_text(Runtime *rt, int i) {
  if (rt->state != RT_CHOICE || i < 0 || i >= rt->nshown) return NULL;
  /* Filled into a per-runtime buffer: choices are few and short-lived. */
  free(rt->choice_text[i]);
  rt->choice_text[i] = fill(rt, rt->s->scenes[rt->scene].choices[rt->shown[i]].text);
  return rt->choice_text[i];
}

int rt_choice_index(const Runtime *rt, int shown) {
  if (rt->state != RT_CHOICE || shown < 0 || shown >= rt->nshown) return -1;
  return rt->shown[shown];
}

int rt_choice_button(const Runtime *rt, int button) {
  if (rt->state != RT_CHOICE || button <= BUTTON_NONE) return -1;
  for (int i = 0; i < rt->nshown; i++)
    if (rt->s->scenes[rt->scene].choices[rt->shown[i]].button == button) return i;
  return -1;
}

int rt_choice_button_of(const Runtime *rt, int shown) {
  if (rt->state != RT_CHOICE || shown < 0 || shown >= rt->nshown) return BUTTON_NONE;
  return rt->s->scenes[rt->scene].choices[rt->shown[shown]].button;
}

bool rt_choose_index(Runtime *rt, int k) {
  if (rt->state != RT_CHOICE) return false;
  bool visible = false;
  for (int i = 0; i < rt->nshown; i++) visible |= rt->shown[i] == k;
  if (!visible) return false;
  const Choice *c = &rt->s->scenes[rt->scene].choices[k];
  if (rt->npath == rt->cappath) {
    rt->cappath = rt->cappath ? rt->cappath * 2 : 16;
    rt->path = xrealloc(rt->path, (size_t)rt->cappath * sizeof(int));
  }
  int d = rt->npath;
  if (d < rt->ndec && rt->dec[d].taken != k) {
    rt->dec[d].taken = k; /* another reply: the decisions after it are others */
    rt->ndec = d + 1;
  }
  rt->path[rt->npath++] = k;
  rt->unchosen = 0;
  rt->step_left = RT_STEP_SECONDS;
  apply(rt, &c->eff);
  rt->state = RT_RUNNING;
  if (c->say) push_beat(rt, WORD_MSG, WHO_ME, c->say, NULL, 0, c->to, c->file, c->line);
  enter_scene(rt, c->target);
  return true;
}

bool rt_choose(Runtime *rt, int i) {
  int k = rt_choice_index(rt, i);
  return k >= 0 && rt_choose_index(rt, k);
}

/* Replays a path of scene choice indices from the start. */
/* Replaying a path (a resumed save, an undo, a change of language) is one
 * job, not one per choice: a save of 1,000 choices through conditions that
 * each take most of a second would otherwise take 1,000 seconds. */
static bool replay(Runtime *rt, const int *path, int n) {
  story_job_begin(rt->s, RT_REPLAY_SECONDS);
  reset(rt);
  bool ok = true;
  for (int i = 0; i < n && ok; i++) ok = rt_run(rt) == RT_CHOICE && rt_choose_index(rt, path[i]);
  if (ok) rt_run(rt);
  story_job_end(rt->s);
  /* The next play step has its own budget again. */
  rt->step_left = RT_STEP_SECONDS;
  return ok && rt->state != RT_ERROR;
}

bool rt_can_undo(const Runtime *rt) { return rt->npath > 0; }

bool rt_undo(Runtime *rt) { return rt->npath > 0 && rt_back_to(rt, rt->npath - 1); }

bool rt_back_to(Runtime *rt, int d) {
  if (d < 0 || d >= rt->npath) return false;
  int *path = xcalloc((size_t)d + 1, sizeof(int));
  memcpy(path, rt->path, (size_t)d * sizeof(int));
  bool ok = replay(rt, path, d);
  free(path);
  /* Decision d is on screen again: its votes stay, the ones after go. */
  if (rt->ndec > d + 1) rt->ndec = d + 1;
  if (d < rt->ndec) rt->dec[d].taken = -1;
  return ok;
}

/* ---- decisions and class votes ---- */

int rt_decision_count(const Runtime *rt) {
  int n = rt->npath + (rt->state == RT_CHOICE);
  return rt->ndec < n ? rt->ndec : n;
}

static const Decision *decision(const Runtime *rt, int d) {
  return d >= 0 && d < rt_decision_count(rt) && rt->dec[d].scene >= 0 ? &rt->dec[d] : NULL;
}

int rt_decision_replies(const Runtime *rt, int d, int *scene_choices) {
  const Decision *k = decision(rt, d);
  if (!k) return 0;
  memcpy(scene_choices, k->shown, (size_t)k->nshown * sizeof *k->shown);
  return k->nshown;
}

const Scene *rt_decision_scene(const Runtime *rt, int d) {
  const Decision *k = decision(rt, d);
  return k ? &rt->s->scenes[k->scene] : NULL;
}

int rt_decision_taken(const Runtime *rt, int d) {
  const Decision *k = decision(rt, d);
  if (!k || d >= rt->npath) return -1;
  for (int i = 0; i < k->nshown; i++)
    if (k->shown[i] == rt->path[d]) return i;
  return -1;
}

char *rt_decision_text(const Runtime *rt, int d, int shown) {
  const Decision *k = decision(rt, d);
  if (!k || shown < 0 || shown >= k->nshown) return NULL;
  return fill(rt, rt->s->scenes[k->scene].choices[k->shown[shown]].text);
}

bool rt_set_votes(Runtime *rt, int shown, int count) {
  if (rt->state != RT_CHOICE || shown < 0 || shown >= rt->nshown || count < 0 || count > RT_VOTES_MAX) return false;
  Decision *k = (Decision *)decision(rt, rt->npath);
  if (!k) return false; /* no history kept */
  if (!k->voted) memset(k->votes, 0, sizeof k->votes);
  k->voted = true;
  k->votes[shown] = count;
  return true;
}

int rt_votes(const Runtime *rt, int d, int shown) {
  const Decision *k = decision(rt, d);
  return k && k->voted && shown >= 0 && shown < k->nshown ? k->votes[shown] : -1;
}

bool rt_voted(const Runtime *rt, int d) {
  const Decision *k = decision(rt, d);
  return k && k->voted;
}

int rt_vote_winner(const Runtime *rt, int *tied) {
  const Decision *k = rt->state == RT_CHOICE ? decision(rt, rt->npath) : NULL;
  int top = 0, best = -1, n = 0;
  for (int i = 0; k && k->voted && i < k->nshown; i++) {
    if (k->votes[i] > top) top = k->votes[i], best = i, n = 1;
    else if (k->votes[i] == top && top > 0) n++;
  }
  if (tied) *tied = n;
  return n == 1 ? best : -1;
}

int rt_history_len(const Runtime *rt) { return rt->nhist; }
const Beat *rt_history(const Runtime *rt, int i) { return i >= 0 && i < rt->nhist ? rt->hist[i] : NULL; }

const char *rt_ending_id(const Runtime *rt) {
  return rt->state == RT_ENDED ? rt->s->scenes[rt->scene].id : NULL;
}

const char *rt_ending_title(Runtime *rt) {
  if (rt->state != RT_ENDED) return NULL;
  free(rt->ending_title);
  rt->ending_title = fill(rt, rt->s->scenes[rt->scene].title);
  return rt->ending_title;
}

const char *rt_ending_summary(Runtime *rt) {
  if (rt->state != RT_ENDED) return NULL;
  free(rt->ending_summary);
  rt->ending_summary = fill(rt, rt->s->scenes[rt->scene].summary);
  return rt->ending_summary;
}

static int position(const Runtime *rt, int a) {
  for (int i = 0; i < rt->norder; i++)
    if (rt->order[i] == a) return i;
  return -1;
}

int rt_debrief(Runtime *rt, DebriefItem *items, int max) {
  const Catalog *c = rt->s->catalog;
  uint32_t judged = rt->offered;
  if (rt->state == RT_ENDED) judged |= rt->s->scenes[rt->scene].judges;
  int n = 0, number = 0;
  for (int pass = 0; pass < 2; pass++)
  for (int a = 0; a < c->count && n < max; a++) {
    if (!((rt->s->teaches >> a) & 1u) || c->items[a].prevention != (pass == 1)) continue;
    Verdict v = (judged >> a) & 1u ? VERDICT_MISSED : VERDICT_NOT_NEEDED;
    int pa = position(rt, a);
    if (pa >= 0) {
      v = VERDICT_TAKEN;
      /* Any step that must come before this one and did not: wrong order. */
      for (int b = 0; b < c->count; b++) {
        if (!((c->items[b].before >> a) & 1u) || !((rt->s->teaches >> b) & 1u)) continue;
        int pb = position(rt, b);
        if (pb < 0 || pb > pa) v = VERDICT_WRONG_ORDER;
      }
    }
    for (int k = 0; k < 2 && !rt->quiet; k++) {
      free(rt->debrief_text[a][k]);
      const char *text = k ? catalog_why(c, a, rt->lang) : catalog_step(c, a, rt->lang);
      /* a story's own step is the story's text, in the story's translations */
      if (c->items[a].own) text = story_tr(rt->s, rt->lang, text);
      rt->debrief_text[a][k] = fill_text(rt, text);
    }
    items[n++] = (DebriefItem){a, c->items[a].id, v, rt->debrief_text[a][0], rt->debrief_text[a][1],
                               c->items[a].prevention, pass == 0 ? ++number : 0};
  }
  return n;
}

bool rt_did(const Runtime *rt, const char *id) {
  int a = catalog_index(rt->s->catalog, id);
  return a >= 0 && ((rt->did >> a) & 1u);
}

const int *rt_path(const Runtime *rt, int *n) {
  *n = rt->npath;
  return rt->path;
}

double rt_var(const Runtime *rt, const char *name) {
  int v = story_var_index(rt->s, name);
  return v >= 0 ? rt->vars[v] : 0;
}

unsigned long long rt_state_key(const Runtime *rt) {
  unsigned long long h = FNV_SEED;
  h = fnv1a(&rt->scene, sizeof rt->scene, h);
  h = fnv1a(&rt->state, sizeof rt->state, h);
  for (int i = 0; i < rt->depth; i++) {
    h = fnv1a(&rt->stack[i].items, sizeof rt->stack[i].items, h);
    h = fnv1a(&rt->stack[i].pos, sizeof rt->stack[i].pos, h);
  }
  h = fnv1a(rt->vars, (size_t)rt->s->nvars * sizeof(double), h);
  /* The order of the steps matters only where the catalogue orders them
   * (evidence before block): keep which steps were done, and for each
   * ordered pair whether it came in order. Far fewer states to explore. */
  h = fnv1a(&rt->did, sizeof rt->did, h);
  const Catalog *c = rt->s->catalog;
  unsigned long long in_order = 0;
  int bit = 0;
  for (int b = 0; b < c->count; b++)
    for (uint32_t before = c->items[b].before; before; before &= before - 1) { /* its set bits, lowest first */
      int a = __builtin_ctz(before);
      int pb = position(rt, b), pa = position(rt, a);
      if (pa >= 0 && (pb < 0 || pb > pa) && bit < 64) in_order |= 1ULL << bit;
      bit++;
    }
  h = fnv1a(&in_order, sizeof in_order, h);
  return h;
}

/* ---- saves ---- */

bool rt_respeak(Runtime *rt, const char *lang, const char *name, Gender g) {
  Runtime *fresh = rt_new(rt->s, lang, name, g);
  fresh->help = rt->help; /* the player's country: the crisis line, the country words */
  if (rt->start != rt->s->start || rt->start_vars) rt_start_at(fresh, rt->start, rt->start_vars); /* --scene, --set */
  if (!replay(fresh, rt->path, rt->npath)) { /* the same story: cannot happen, but keep what we have */
    rt_free(fresh);
    return false;
  }
  /* The caller keeps its pointer: the new state moves into rt, with the
   * decisions and their votes (the same path, so the same decisions). */
  Decision *dec = fresh->dec;
  int ndec = fresh->ndec, capdec = fresh->capdec;
  fresh->dec = rt->dec, fresh->ndec = rt->ndec, fresh->capdec = rt->capdec;
  rt->dec = dec, rt->ndec = ndec, rt->capdec = capdec;
  fresh->visited = rt->visited;
  fresh->record = rt->record;
  Runtime old = *rt;
  *rt = *fresh;
  *fresh = old;
  rt_free(fresh);
  return true;
}

char *rt_save_text(const Runtime *rt) {
  Buf b = {0};
  buf_addf(&b, "behind-the-screen save %d\n", SAVE_VERSION);
  buf_addf(&b, "story %s\n", rt->s->id);
  buf_addf(&b, "fingerprint %016llx\n", rt->s->fingerprint);
  buf_addf(&b, "lang %s\n", rt->lang);
  buf_addf(&b, "gender %c\n", rt->gender);
  buf_adds(&b, "name ");
  buf_add_line(&b, rt->name);
  buf_adds(&b, "\n");
  if (rt->start != rt->s->start) buf_addf(&b, "start %s\n", rt->s->scenes[rt->start].id);
  for (int i = 0; rt->start_vars && i < rt->s->nvars; i++)
    if (rt->start_vars[i] != rt->s->vars[i].start) buf_addf(&b, "set %s %.17g\n", rt->s->vars[i].name, rt->start_vars[i]);
  buf_adds(&b, "path");
  for (int i = 0; i < rt->npath; i++) buf_addf(&b, " %d", rt->path[i]);
  buf_adds(&b, "\n");
  /* The class's votes: "votes DECISION count-per-reply-shown" (an older
   * version skips these lines: it ignores the keys it does not know). */
  for (int d = 0; d < rt_decision_count(rt); d++) {
    if (!rt_voted(rt, d)) continue;
    buf_addf(&b, "votes %d", d);
    for (int i = 0; i < rt->dec[d].nshown; i++) buf_addf(&b, " %d", rt->dec[d].votes[i]);
    buf_adds(&b, "\n");
  }
  buf_adds(&b, "end\n");
  return buf_take(&b);
}

Runtime *rt_from_save(const Story *s, const char *text, char **why) {
  *why = NULL;
  int version = 0;
  if (sscanf(text, "behind-the-screen save %d", &version) != 1) {
    *why = xstrdup("this is not a Behind the Screen save");
    return NULL;
  }
  if (version > SAVE_VERSION) {
    *why = xasprintf("this save comes from a newer version of the game (format %d)", version);
    return NULL;
  }
  char *story = NULL, *lang = NULL, *name = NULL, *start = NULL;
  char gender = 'm';
  double *start_vars = NULL;
  int *path = NULL, npath = 0;
  Decision *votes = NULL; /* .scene holds the decision number here */
  int nvotes = 0;
  bool ended = false, bad = false;
  const char *line = strchr(text, '\n');
  while (line && *++line) {
    const char *eol = strchr(line, '\n');
    if (!eol) break; /* a line without its newline: the file was cut short */
    char *l = xstrndup(line, (size_t)(eol - line));
    size_t ll = strlen(l);
    if (ll && l[ll - 1] == '\r') l[--ll] = 0; /* a save edited on Windows (CRLF) */
    if (strncmp(l, "story ", 6) == 0) { free(story); story = xstrdup(l + 6); }
    else if (strncmp(l, "lang ", 5) == 0) { free(lang); lang = xstrdup(l + 5); }
    else if (strncmp(l, "name ", 5) == 0) { free(name); name = xstrdup(l + 5); }
    else if (strncmp(l, "gender ", 7) == 0) gender = l[7];
    else if (strncmp(l, "start ", 6) == 0) { free(start); start = xstrdup(l + 6); }
    else if (strncmp(l, "set ", 4) == 0) {
      /* a start with variables set (--scene/--set): "set name value" */
      char *sp = strchr(l + 4, ' ');
      char *num_end = NULL;
      double d = sp ? strtod(sp + 1, &num_end) : 0;
      if (sp) *sp = 0;
      int v = sp ? story_var_index(s, l + 4) : -1;
      if (v < 0 || !num_end || *num_end || d != d) bad = true;
      else {
        if (!start_vars) {
          start_vars = xcalloc((size_t)s->nvars + 1, sizeof(double));
          for (int i = 0; i < s->nvars; i++) start_vars[i] = s->vars[i].start;
        }
        start_vars[v] = d;
      }
    }
    else if (strncmp(l, "path", 4) == 0) {
      char *p = l + 4;
      while (*p) {
        char *end;
        long v = strtol(p, &end, 10);
        if (end == p) { if (*p != ' ') bad = true; break; }
        if (v < 0 || v > 64 || npath > 100000) { bad = true; break; }
        path = xrealloc(path, (size_t)(npath + 1) * sizeof(int));
        path[npath++] = (int)v;
        p = end;
      }
    } else if (strncmp(l, "votes ", 6) == 0) {
      Decision v = {0};
      char *p = l + 6, *end;
      long d = strtol(p, &end, 10);
      if (end == p || d < 0 || d > 100000 || nvotes > 100000) bad = true;
      for (p = end; !bad && *p;) {
        long c = strtol(p, &end, 10);
        if (end == p || c < 0 || c > RT_VOTES_MAX || v.nshown == STORY_CHOICES_MAX) { bad = true; break; }
        v.votes[v.nshown++] = (int)c;
        p = end;
      }
      if (!bad) {
        v.scene = (int)d;
        votes = xrealloc(votes, (size_t)(nvotes + 1) * sizeof *votes);
        votes[nvotes++] = v;
      }
    } else if (strcmp(l, "end") == 0) ended = true;
    free(l);
    line = eol;
  }
  Runtime *rt = NULL;
  if (!ended || bad) *why = xstrdup("the save is damaged (cut short or garbled)");
  else if (!story || strcmp(story, s->id) != 0) *why = xasprintf("this save belongs to another story (%s)", story ? story : "none");
  else if (start && story_scene_index(s, start) < 0) *why = xstrdup("the story has changed since this save: it can no longer be replayed");
  else {
    rt = rt_new(s, lang, name, (Gender)gender);
    if (start || start_vars) rt_start_at(rt, start ? story_scene_index(s, start) : s->start, start_vars);
    if (!replay(rt, path, npath)) {
      rt_free(rt);
      rt = NULL;
      *why = xstrdup("the story has changed since this save: it can no longer be replayed");
    }
    /* Votes for a decision the path does not have, or for another number of
     * replies, do not belong to this path. */
    for (int i = 0; rt && i < nvotes; i++) {
      int d = votes[i].scene;
      const Decision *k = decision(rt, d);
      if (!k || k->nshown != votes[i].nshown) {
        rt_free(rt);
        rt = NULL;
        *why = xstrdup("the save is damaged (its class votes do not fit its path)");
        break;
      }
      rt->dec[d].voted = true;
      memcpy(rt->dec[d].votes, votes[i].votes, sizeof votes[i].votes);
    }
  }
  free(votes);
  free(story);
  free(lang);
  free(name);
  free(start);
  free(start_vars);
  free(path);
  return rt;
}

/* ---- the author's loop: the same place in an edited story ---- */

Runtime *rt_follow(const Story *s, const Runtime *old, int *replayed) {
  Runtime *rt = rt_new(s, old->lang, old->name, (Gender)old->gender);
  rt->help = old->help; /* the same country: nothing told yet, so no retelling */
  /* The start carries over when its scene is still there. */
  const Story *os = old->s;
  int start = old->start != os->start ? story_scene_index(s, os->scenes[old->start].id) : -1;
  double *vars = NULL;
  if (old->start_vars) {
    vars = xcalloc((size_t)s->nvars + 1, sizeof(double));
    for (int i = 0; i < s->nvars; i++) {
      int ov = story_var_index(os, s->vars[i].name);
      vars[i] = ov >= 0 ? old->start_vars[ov] : s->vars[i].start;
    }
  }
  if (start >= 0 || vars) rt_start_at(rt, start >= 0 ? start : s->start, vars);
  free(vars);
  /* Walk the old path beside the new story: the same choice by its text
   * (the author may have added or moved choices), else by its place. */
  Runtime *walk = rt_new(os, old->lang, old->name, (Gender)old->gender);
  if (old->start != os->start || old->start_vars) rt_start_at(walk, old->start, old->start_vars);
  rt_set_recording(walk, false);
  int done = 0;
  for (int i = 0; i < old->npath; i++) {
    if (rt_run(walk) != RT_CHOICE || rt_run(rt) != RT_CHOICE) break;
    const char *taken = os->scenes[walk->scene].choices[old->path[i]].text;
    int pick = -1;
    for (int k = 0; k < rt->nshown && pick < 0; k++)
      if (strcmp(s->scenes[rt->scene].choices[rt->shown[k]].text, taken) == 0) pick = rt->shown[k];
    /* By place only for a choice whose text was edited: not when the text
     * now at that place is another of the old scene's choices (a move). */
    const Scene *was = &os->scenes[walk->scene], *now = &s->scenes[rt->scene];
    if (pick < 0 && old->path[i] < now->nchoices && strcmp(was->id, now->id) == 0) {
      bool moved = false;
      for (int k = 0; k < was->nchoices; k++) moved |= strcmp(was->choices[k].text, now->choices[old->path[i]].text) == 0;
      for (int k = 0; k < rt->nshown && !moved; k++)
        if (rt->shown[k] == old->path[i]) pick = old->path[i];
    }
    if (pick < 0 || !rt_choose_index(rt, pick) || !rt_choose_index(walk, old->path[i])) break;
    done++;
  }
  rt_free(walk);
  rt_run(rt);
  if (replayed) *replayed = done;
  return rt;
}
