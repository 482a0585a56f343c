/* The story language's busiest words in C, for the prelude
 * (engine/lua/prelude.lua): sandbox.c hands them to it. They record what
 * a story writes straight into C (a Recorder): no Lua table per line for
 * story.c's builder to read back. */
#ifndef BTS_PRELUDEC_H
#define BTS_PRELUDEC_H
#include <lua.h>
#include <stdbool.h>

#include "arena.h"

/* ---- what the words recorded ----
 * One Rec per line, when, choice, scene or ending a story made, in the
 * order made. Story code holds a stand-in for each (a light userdata: its
 * number), which nothing can change; a word that waits for its { ... }
 * (choice "x", when "...", scene "id") is a stand-in too, of a pending
 * record. Texts are in the recorder's arena (a text with an empty byte in
 * it is kept whole, `cut` set: the builder says so). */
typedef enum {
  REC_LINE,    /* word "text" or alex "text": text, who */
  REC_TABLE,   /* a line the prelude made in Lua (word { "text", option = ... }, set {...}, go "x"...):
                  its table is the tab-th of the recorder's list (the builder reads it) */
  REC_WHEN,    /* when "cond" { ... }: text = the condition, its body */
  REC_CHOICE,  /* choice "text" { ... } */
  REC_SCENE,   /* scene "id" { ... } or an ending (word = 1): text = the id */
  REC_PENDING, /* choice "x", when "...", scene "id" waiting for its { ... }: word = the REC_ type it makes
                  (REC_SCENE + ending), text, file, line its own */
} RecType;

/* One field of a set = { ... } / add = { ... }, or one id of did = { ... } */
typedef struct {
  const char *name; /* NULL: the key (did: the entry) is not a text */
  int type;         /* the value's Lua type */
  double value;     /* a number, or a boolean's 0/1 */
} RecPair;

/* set, add or did of a choice: absent (LUA_TNIL), a table or a text (read),
 * or another type (an error for the builder to say). */
typedef struct {
  int type;
  RecPair *pairs;   /* set/add: in next()'s order; did: the list, or the one text */
  int n;
  int len;          /* did: the list's length (more than fit is an error) */
} RecEffect;

typedef struct {
  const char *go, *when, *say, *to, *button; /* the texts given, NULL when absent or not a text */
  int when_type, to_type, button_type;        /* their Lua types (LUA_TNIL absent) */
  RecEffect set, add, did;
  const char *unknown; /* the first field the choice does not take, or NULL */
  bool cut;            /* an empty byte in go, say, when, to or button */
} RecChoice;

typedef struct Rec {
  unsigned char type; /* RecType */
  unsigned char word; /* REC_LINE, REC_TABLE: the Word; REC_SCENE: 1 for an ending; REC_PENDING: what it makes */
  bool cut;           /* an empty byte (\0) in text */
  int line;
  const char *file;   /* the recorder's copy */
  const char *text;
  union {
    const char *who;                                          /* REC_LINE: a character's id, or NULL */
    int tab;                                                  /* REC_TABLE */
    struct { int *body, n; long lines; int depth; } when;     /* REC_WHEN (body: record numbers) */
    RecChoice *choice;                                        /* REC_CHOICE */
    struct { int *items, nitems, *choices, nchoices, fields; } scene; /* REC_SCENE: fields = the tab-th table, -1 none */
  } u;
} Rec;

#define LONG_KEPT 4 /* long texts remembered (preludec.c's rec_text) */

typedef struct Recorder {
  Rec *recs;
  int n, cap;
  int *scenes;        /* record numbers of the scenes and endings, in the order made */
  int nscenes, capscenes;
  Arena arena;        /* the texts and lists: story.c takes it for the Story */
  const char *last_file, *last_who; /* copies most records share */
  const char *last_kind_name;       /* REC_LINE: the kind's Lua string last seen, and its Word */
  int last_kind;
  const char *long_lua[LONG_KEPT];  /* long texts last copied (Lua's strings, anchored) and their copies */
  const char *long_copy[LONG_KEPT];
  int long_next;
} Recorder;

/* The recorder of a story's sandbox (from what the prelude collected, at
 * the index given), or NULL. */
Recorder *prelude_recorder(lua_State *L, int collected);
/* Frees the records (the arena stays: its owner is whoever took it). */
void prelude_records_free(Recorder *r);

/* where(level): the file and line of the story code `level` calls above
 * the prelude word that asks (1 = the caller of the word). Upvalue 1: the
 * last file name (nil at first). */
int prelude_where(lua_State *L);
/* make_recorder() -> the recorder (a full userdata), record(table, kind)
 * (a line made in Lua: its stand-in), plain(value, kind, level[, who])
 * (a line written `word "text"` made in one call, or nothing for another
 * form), and the stand-ins' metatable set. */
int prelude_make_recorder(lua_State *L);
/* make_words(recorder, speaker_ids, word_names) -> choice, when, scene,
 * ending. */
int prelude_make_words(lua_State *L);

/* Defined by sandbox.c (which includes this file, not the other way round):
 * for C code that story code calls (a library function, a story word),
 * charges n units of work done in C (one instruction each) to the budget
 * of the sandbox that owns L; past the budget or the time limit, the story
 * stops at its next instruction. */
void sandbox_work(lua_State *L, lua_Integer n);
/* Also sandbox.c's: counts bytes of the engine's memory for the story
 * against the sandbox's cap; false past it (the story is out of memory). */
bool sandbox_charge_lua(lua_State *L, size_t bytes);

#endif
