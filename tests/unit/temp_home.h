/* A user folder of its own for each test (BTS_HOME in /tmp), removed after
 * it, with "leave no trace" off: the cmocka setup and teardown of the tests
 * that write the user's files (test_answers.c, test_forget.c,
 * tests/files/files_test.c). */
#ifndef BTS_TEST_TEMP_HOME_H
#define BTS_TEST_TEMP_HOME_H

extern char temp_home[64]; /* the folder of the test running */

int temp_home_setup(void **state);
/* Also when the test took its rights away (chmod): it gives them back. */
int temp_home_teardown(void **state);

#endif
