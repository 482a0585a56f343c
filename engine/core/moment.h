/* The moment of a story a scene is, in the player's words: what a teacher
 * reads on the printed sheets (the handout's discussion points, the
 * summary's decisions) instead of the scene's internal id: the scene's
 * own label when the story gives one (moment = "The made-up picture"),
 * else the first line the player reads in the scene, with who says it and
 * the story's clock when the scene starts with one: "21:42 · Jade: you
 * thought you had to send something?". A scene with no line of its own
 * (only choices) is named by the id, as before. */
#ifndef BTS_MOMENT_H
#define BTS_MOMENT_H
#include "i18n.h"
#include "story.h"

struct HelpList;

/* The words for scene k in lang (translated, {name} as "Sam", the
 * country's words filled in), at most about 90 characters (cut at a word,
 * with "…"); never NULL. Caller frees. */
char *scene_moment(const Story *s, int k, const struct HelpList *help, const I18n *in, const char *lang);

/* Every scene's words for a printed map: an ending by its title, any
 * other scene by its moment (above). One per scene; scene_labels_free. */
char **scene_labels(const Story *s, const struct HelpList *help, const I18n *in, const char *lang);
void scene_labels_free(const Story *s, char **labels);

#endif
