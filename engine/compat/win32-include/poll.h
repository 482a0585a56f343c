/* <poll.h> for the Windows build (engine/compat/win32-include is on its
 * include path only). The terminal player waits on its input and, in --watch
 * mode, wakes up every so often to look at the story's files: that is all
 * poll() is asked for, so this waits on the console/pipe handle of each fd
 * with a timeout. */
#ifndef BTS_COMPAT_POLL_H
#define BTS_COMPAT_POLL_H

#define POLLIN 0x0001
#define POLLOUT 0x0004
#define POLLERR 0x0008
#define POLLHUP 0x0010
#define POLLNVAL 0x0020

typedef unsigned long nfds_t;
struct pollfd {
  int fd;
  short events;
  short revents;
};

int win_poll(struct pollfd *fds, nfds_t n, int timeout_ms);
#define poll(f, n, t) win_poll(f, n, t)

#endif
