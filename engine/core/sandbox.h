/* The Lua state a story runs in: a safe subset of the standard library, an
 * instruction budget, a memory cap, text-only chunks, and `include` that
 * cannot leave the story's folder. Stories are untrusted code. */
#ifndef BTS_SANDBOX_H
#define BTS_SANDBOX_H
#include <lua.h>
#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

#define SANDBOX_MEMORY_CAP (64u << 20)     /* bytes */
#define SANDBOX_BUDGET 20000000L           /* VM instructions per call into story code */
#define SANDBOX_FILE_CAP (1u << 20)        /* a story file larger than this is refused */
#define SANDBOX_INCLUDE_DEPTH 16
#define SANDBOX_SECONDS 1.0           /* CPU time per job (a load, a play step) */
#define SANDBOX_MAX_FILES 1000        /* files a story may run */
/* Seconds the included text may add to a load: with the base second, a
 * whole load stays under 5 s of CPU whatever a story does with the extra
 * time (the 20,000-scene benchmark story loads in about 2.5 s). */
#define SANDBOX_BONUS_MAX 2.5

typedef enum { LIMIT_NONE, LIMIT_BUDGET, LIMIT_MEMORY } SandboxLimit;

typedef struct Sandbox Sandbox; /* opaque: sandbox.c alone knows its fields */

/* root: the story's folder. words: the vocabulary the sandbox offers its
 * files besides the safe library: SANDBOX_STORY for the story language
 * (the prelude), or Lua lines that define a data file's few words (they
 * run once in the environment and leave what they collect there). NULL if
 * Lua could not start. */
#define SANDBOX_STORY NULL
Sandbox *sandbox_new(const char *root, const char *words);
void sandbox_free(Sandbox *sb);

/* Runs one file of the story (path relative to root or absolute inside it).
 * Errors go to diag as file:line. Returns false on error. */
bool sandbox_run_file(Sandbox *sb, const char *path, Diag *diag);

/* Calls the function on top of the stack with nargs arguments under the
 * budget (protected). Returns a lua status; on error the message is on top. */
int sandbox_pcall(Sandbox *sb, int nargs, int nresults);

/* Compiles a text chunk with the given environment table index (text only). */
int sandbox_load(Sandbox *sb, const char *code, size_t len, const char *chunkname, int env_index);

/* True when full, links resolved, lies inside root (or does not exist). */
bool sandbox_inside_root(const char *root, const char *full);

/* Interns a file name so items can point at it for the sandbox's lifetime. */
const char *sandbox_intern_file(Sandbox *sb, const char *file);

/* One time and memory budget for a whole job: a whole load, a whole
 * --check, a play step. Every call into story code inside it (files,
 * conditions) shares the budget; a job inside a job is part of it. */
bool sandbox_job_begin(Sandbox *sb, double seconds); /* true: a new job (not inside one) */
void sandbox_job_end(Sandbox *sb);
/* True when the current job's time or instructions are spent (for loops in
 * C that work for a story: building it, exploring it). */
bool sandbox_job_over(Sandbox *sb);
/* CPU seconds the current job has used since its clock started (0 when no
 * look started it: its story code never ran long enough to be looked at). */
double sandbox_job_used(Sandbox *sb);
/* Counts bytes of the engine's own memory for this story against a cap of
 * SANDBOX_MEMORY_CAP (apart from Lua's, which a large story fills too);
 * false (and the memory limit marked) when it would go past. */
bool sandbox_charge(Sandbox *sb, size_t bytes);
/* Process CPU seconds (the clock every limit reads). */
double sandbox_cpu_seconds(void);
/* True when the last error was the memory cap. */
bool sandbox_hit_memory(const Sandbox *sb);

/* Describes the last error for a human: adds which limit was hit. */
void sandbox_report(Sandbox *sb, Diag *diag, const char *file, const char *msg);

/* A data sandbox offering `words` that has run the one file at path (the
 * advice catalogue, the questions, a country's help); NULL, said in diag,
 * when Lua could not start or the file has errors. */
Sandbox *sandbox_data_file(const char *path, const char *words, Diag *diag);

/* For a data sandbox that reads several files: runs `words` again (so each
 * file starts from what they set) and then the file. */
bool sandbox_run_data(Sandbox *sb, const char *words, const char *path, Diag *diag);

/* The Lua state, to read what the files made (never to run code: that goes
 * through sandbox_load and sandbox_pcall, under the limits). */
lua_State *sandbox_lua(Sandbox *sb);
/* Pushes what the story language collected (story, characters, scenes,
 * translations), or for a data sandbox its environment (where the data
 * words left their results). */
void sandbox_push_collected(Sandbox *sb);
/* Which limit stopped the last call (LIMIT_NONE if none). */
SandboxLimit sandbox_limit(const Sandbox *sb);
/* Every file run so far, in order (interned: valid while the sandbox
 * lives), and the fingerprint of their bytes. */
const char *const *sandbox_files(const Sandbox *sb, int *n);
unsigned long long sandbox_fingerprint(const Sandbox *sb);

#endif
