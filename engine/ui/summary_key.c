#include "summary_key.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "answers.h"
#include "ask_view.h"
#include "forget.h"
#include "summary.h"
#include "util.h"

char *summary_key_path(const App *app) {
  /* $BTS_SUMMARY_DIR (tests), else Documents, else home, else here */
  const char *home = getenv("HOME");
#ifdef _WIN32
  if (!home) home = getenv("USERPROFILE");
#endif
  char *dir = getenv("BTS_SUMMARY_DIR") ? xstrdup(getenv("BTS_SUMMARY_DIR")) : NULL;
  if (!dir && home) {
    dir = path_join(home, "Documents");
    if (!is_dir(dir)) {
      free(dir);
      dir = xstrdup(home);
    }
  }
  if (!dir) dir = xstrdup(".");
  char stamp[32];
  local_time_text(stamp, sizeof stamp, "%Y-%m-%d-%H%M");
  const Story *s = app->play.story;
  char *name = xasprintf("summary-%s-%s.html", s ? s->id : "story", stamp);
  for (char *p = name; *p; p++)
    if (*p == '/' || *p == '\\') *p = '_';
  char *path = path_join(dir, name);
  free(name);
  free(dir);
  return path;
}

void summary_key(App *app) {
  if (app->nav.screen != SCR_DEBRIEF || !app->play.rt) return;
  if (trace_is_off()) {
    app_status(app, S(app, S_NO_TRACE_ON));
    return;
  }
  char *path = summary_key_path(app);
  Questions *q = NULL;
  if (ask_answers(app)) {
    Diag d;
    diag_init(&d);
    q = questions_load(app->lib.assets, &d);
    diag_free(&d);
  }
  SummaryInput si = {.rt = app->play.rt, .help = app->lib.help, .i18n = app->opt.i18n, .lang = app->set.lang,
                     .answers = ask_answers(app), .questions = q};
  char *why = NULL;
  if (summary_write(path, &si, &why)) {
    char *msg = xasprintf("%s %s", S(app, S_SUMMARY_WROTE), path);
    app_status(app, msg);
    free(msg);
  } else {
    app_not_saved(app, S_SUMMARY_NOT_WRITTEN, why);
    free(why);
  }
  questions_free(q);
  free(path);
}
