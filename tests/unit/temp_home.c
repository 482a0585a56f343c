#define _XOPEN_SOURCE 700 /* mkdtemp, setenv */
/* A temporary user folder per test (temp_home.h). */
#include "temp_home.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "forget.h"

char temp_home[64];

int temp_home_setup(void **state) {
  (void)state;
  snprintf(temp_home, sizeof temp_home, "/tmp/bts-home-XXXXXX");
  if (!mkdtemp(temp_home)) return -1;
  setenv("BTS_HOME", temp_home, 1);
  trace_set_off(false);
  return 0;
}

int temp_home_teardown(void **state) {
  (void)state;
  char cmd[200];
  snprintf(cmd, sizeof cmd, "chmod -R u+rwx '%s' 2>/dev/null; rm -rf '%s'", temp_home, temp_home);
  int rc = system(cmd);
  trace_set_off(false);
  return rc == 0 ? 0 : -1;
}
