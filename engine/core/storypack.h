/* Story packs (.story): one zip file holding a story's folder, to share. */
#ifndef BTS_STORYPACK_H
#define BTS_STORYPACK_H
#include <stdbool.h>

#include "diag.h"
#include "story.h"

/* Packs the files the (clean) story ran. Atomic: a failed write leaves no
 * file. On failure *why (caller frees) says what went wrong. */
bool pack_write(const Story *s, const char *out, char **why);

/* Unpacks a pack into a new private folder and returns the story folder
 * inside it (caller frees); *tmp is the folder to give pack_remove when done
 * (caller frees). NULL with an error in diag when the pack is damaged or
 * hostile; then nothing is left on disk. */
char *pack_open(const char *file, char **tmp, Diag *diag);
void pack_remove(const char *tmp);

/* True for a path ending in ".story". */
bool pack_is_pack(const char *path);

#endif
