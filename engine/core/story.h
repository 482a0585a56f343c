/* The story model: built from the tables a story's Lua files produce,
 * validated, every element carrying the file and line it came from. */
#ifndef BTS_STORY_H
#define BTS_STORY_H
#include <stdbool.h>
#include <stdint.h>

#include "catalog.h"
#include "diag.h"
#include "words.h"

typedef struct Sandbox Sandbox;
typedef struct Catalog Catalog;

/* Choices a scene may offer: what fits on a phone screen, and keys 1-4. */
#define STORY_CHOICES_MAX 4
/* Choices a scene may declare, when conditions keep at most
 * STORY_CHOICES_MAX of them on screen at once (the checker proves it). */
#define STORY_CHOICES_DECLARED_MAX 16

#define WHO_ME (-1)
#define WHO_NOBODY (-2)

typedef enum { EFF_SET, EFF_ADD } EffectOp;

typedef struct {
  int var;      /* index into Story.vars */
  EffectOp op;
  double value; /* booleans are 0/1 */
} Effect;

typedef struct {
  Effect *effects;
  int neffects;
  uint32_t did; /* advice bits (catalogue indices) */
  uint8_t did_order[CATALOG_MAX]; /* the order the ids were written in, each once (bytes: a
                                     smaller Item, fewer cache lines per scene while playing) */
  int ndid;
} Effects;

typedef struct Item {
  Word kind;          /* words.h */
  int who;            /* character index, WHO_ME or WHO_NOBODY */
  char *text;         /* source language text */
  char *notes;        /* discuss */
  int typing_ms;      /* msg: -1 = automatic */
  int to;             /* msg, photo, call, system: the conversation named (character index), -1 */
  int cond;           /* when: condition index, -1 = none */
  Effects eff;        /* set/add/did */
  int target;         /* go: scene index */
  struct Item *body;  /* when */
  int nbody;
  const char *file;   /* interned in Story.files */
  int line;
  unsigned char call_kind; /* call: CALL_APP, CALL_VOICE (voice = true), CALL_VIDEO (video = true) */
  bool call_out;      /* call: outgoing = true, the player makes the call */
} Item;

typedef struct {
  char *text;
  char *say;          /* sent as the player's message, or NULL */
  int to;             /* the conversation the say goes to, -1: the open one */
  unsigned char button; /* ChoiceButton (words.h): on the call screen, the button that is this choice */
  int target;
  int cond;           /* -1 = always */
  Effects eff;
  const char *file;
  int line;
} Choice;

typedef struct {
  char *id;
  bool is_ending;
  Item *items;
  int nitems;
  Choice *choices;
  int nchoices;
  char *title;        /* endings */
  char *summary;      /* endings */
  char *moment;       /* moment = "...": the moment of the story in a few words, for the
                         teacher's printed sheets (moment.h), or NULL */
  uint32_t judges;    /* endings: advice bits this ending judges even if never offered */
  int chat;           /* chat = "id": the conversation it opens (character index), -1 */
  bool in_person;     /* its people speak in the room, not in an app */
  const char *file;
  int line;
} Scene;

/* A contact of the app. With members, a group chat: its members write in
 * it, and it never writes itself. */
typedef struct {
  char *id, *name, *color, *initials;
  int *members;       /* character indices, NULL when not a group */
  int nmembers;
  bool in_person;     /* only ever met in the room: their lines are narration */
  char *username;     /* the account's handle, or NULL (an app may show it under the name) */
  const char *file;
  int line;
} Character;

typedef struct {
  char *name;
  bool is_bool;
  double start;
} Var;

/* A text that translations must cover, where the story first says it. */
typedef struct {
  const char *text; /* owned by the story's scenes, card or characters */
  const char *file;
  int line;
} StoryText;

typedef struct {
  char *lang;
  char **src, **dst; /* sorted by src */
  char **where;
  int count;
} Translation;

typedef struct Story {
  char *path;      /* the folder (or the single file) */
  char *id, *title, *language, *note;
  char *app;       /* the skin's id (assets/skins/<app>.lua): "plain" when not given */
  const char *app_file; /* where the card says it (the checker's "no such skin") */
  int app_line;
  int minutes;
  int start;       /* scene index */
  uint32_t teaches; /* advice bits */
  Topic topic;     /* what the story is about: the debrief's help follows it */
  Catalog *own_catalog; /* the catalogue and the story's own steps (catalog points here), or NULL */
  Character *chars;
  int nchars;
  Scene *scenes;
  int nscenes;
  Var *vars;
  int nvars;
  Translation *translations;
  int ntranslations;
  StoryText *texts; /* every translatable text, in story order (repeats kept) */
  int ntexts;
  unsigned long long fingerprint; /* of every file's bytes: saves know their story */
  double load_seconds; /* CPU time the load took (--check gives the rest of its budget to exploring) */
  const Catalog *catalog;
  Sandbox *sandbox; /* conditions are Lua, evaluated on demand */
  int nconds;
  int conds_ref;   /* the compiled conditions and their environment, in the sandbox's registry */
  struct EvalCtx *eval; /* what the conditions read while they run (story.c) */
  char **cond_text;
  const char **cond_file; /* where each condition is written (interned) */
  int *cond_line;
  struct CondProg **cond_prog; /* each compiled by the engine (cond.h), or NULL: Lua only */
  struct CondProg **progs;     /* the distinct programs (the same text shares one) */
  int nprogs;
} Story;

/* Loads and validates a story folder (story.lua inside) or a single .lua
 * file. Problems go to diag. Returns NULL when there are errors. */
Story *story_load(const char *path, const Catalog *catalog, Diag *diag);
void story_free(Story *s);
/* story_free for a story the process keeps until it exits (a command-line
 * mode's last story): in a release build the operating system takes the
 * memory back at once, so the story is only kept reachable (valgrind calls
 * it "still reachable", not a leak; freeing a 2,000-scene story was 4 % of
 * `--random 1`); debug and sanitizer builds free it, so their leak checks
 * stay exact. */
void story_free_at_exit(Story *s);

int story_scene_index(const Story *s, const char *id);
int story_char_index(const Story *s, const char *id);
/* True when character `who` writes in group chat `group`. */
bool story_is_member(const Story *s, int group, int who);
int story_var_index(const Story *s, const char *name);

/* Evaluates condition `cond` with the variable values and advice done;
 * returns 1 true, 0 false, -1 error (message in *err, caller frees). */
int story_eval(const Story *s, int cond, const double *vars, uint32_t did, char **err);

/* One time and memory budget for a whole job (a play step, a whole
 * --check): the conditions evaluated inside share it. Jobs nest: the outer
 * one holds the budget. story_job_over: the job's budget is spent. */
bool story_job_begin(const Story *s, double seconds); /* true: a new job */
void story_job_end(const Story *s);
bool story_job_over(const Story *s);
double story_job_used(const Story *s); /* CPU seconds since the job's clock started, 0 before */

/* Text in `lang`: the translation if there is one, else the source text. */
const char *story_tr(const Story *s, const char *lang, const char *text);
bool story_has_lang(const Story *s, const char *lang);
/* Every file the story read, in order (valid while the story lives). */
const char *const *story_files(const Story *s, int *n);
/* The KB the story's Lua state holds once loaded (the prelude and the
 * conditions Lua judges: the story itself is in C). */
int story_lua_kb(const Story *s);

#endif
