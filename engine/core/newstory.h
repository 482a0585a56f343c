/* --new NAME: a new story folder copied from the template. */
#ifndef BTS_NEWSTORY_H
#define BTS_NEWSTORY_H
#include <stdbool.h>

/* The story id a folder name gives ("My Story!" -> "my-story"); caller frees. */
char *newstory_id(const char *folder);
/* Makes `folder` (which must not exist). On failure *why (caller frees). */
bool newstory_create(const char *folder, char **why);

#endif
