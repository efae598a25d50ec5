#ifndef AUDIT_CHILD_PROCESS_H
#define AUDIT_CHILD_PROCESS_H

#include <sys/types.h>

/// Asks the kernel to SIGKILL the calling process when the thread that forked it dies, then
/// closes the race with a parent that died before the request: returns 0 when the parent
/// `parent` is still alive, -1 otherwise (the caller must then exit). prctl is variadic, so
/// Swift cannot call it directly.
int audit_child_die_with_parent(pid_t parent);

#endif
