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
#define SANDBOX_SECONDS 1.0           /* CPU time per call into story code */

typedef enum { LIMIT_NONE, LIMIT_BUDGET, LIMIT_MEMORY } SandboxLimit;

typedef struct Sandbox {
  lua_State *L;
  size_t used, cap;
  long budget;            /* instructions left in the current call */
  double deadline;        /* process CPU seconds: the current call stops after it */
  SandboxLimit hit;
  char *root;             /* the story folder: include stays inside */
  int include_depth;
  int prints;             /* print() notes so far (capped) */
  char **files;           /* every file run, in order (interned) */
  int nfiles;
  unsigned long long fingerprint;
  Diag *diag;             /* where print() and errors go while running */
  int words;              /* registry ref: the story environment */
  int collected;          /* registry ref: what the prelude collected */
} Sandbox;

/* root: the story's folder. NULL if Lua could not start. */
Sandbox *sandbox_new(const char *root);
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

/* Describes the last error for a human: adds which limit was hit. */
void sandbox_report(Sandbox *sb, Diag *diag, const char *file, const char *msg);

/* For data files (catalogue, help resources): runs `words` (Lua that
 * defines the file's vocabulary in the environment) and then the file.
 * The file's results are whatever `words` collected. */
bool sandbox_run_data(Sandbox *sb, const char *words, const char *path, Diag *diag);

#endif
