#ifndef AUDIT_CHILD_PROCESS_H
#define AUDIT_CHILD_PROCESS_H

#include <stddef.h>
#include <sys/types.h>

/// Asks the kernel to SIGKILL the calling process when the thread that forked it dies, then
/// closes the race with a parent that died before the request: returns 0 when the parent
/// `parent` is still alive, -1 otherwise (the caller must then exit). prctl is variadic, so
/// Swift cannot call it directly.
int audit_child_die_with_parent(pid_t parent);

/// An anonymous in-memory file holding `bytes`, sealed against every change, positioned at
/// its start: the stdin of external checkers, which can neither block the engine (as a pipe
/// the child does not read would) nor alter what the next checker reads. -1 with errno set.
int audit_sealed_file(const void *bytes, size_t count);

/// Limits and descriptors of one external checker's process.
typedef struct {
    int stdin_fd;
    int stdout_fd;
    int stderr_fd;
    /// CPU seconds (SIGXCPU at the soft limit, SIGKILL one second later); 0 for none.
    unsigned long cpu_seconds;
    /// Address space; 0 for none.
    unsigned long long memory_bytes;
} audit_spawn_limits;

/// Starts `argv` (argv[0] looked up on PATH unless it holds a slash) in `directory`, as the
/// leader of a new process group so that the group can be killed whole, with the descriptors
/// given as 0, 1 and 2 and every other descriptor closed, default signal handling, the
/// limits applied, and SIGKILL when the calling thread dies. Only async-signal-safe calls run
/// between fork and exec. Returns the child's pid, or -1 with `*error` set to the errno of
/// the step that failed (fork, or in the child chdir / exec, reported back through a
/// close-on-exec pipe); the child has then already been reaped.
pid_t audit_spawn(const char *const argv[], const char *directory, const audit_spawn_limits *limits, int *error);

/// 1 when the child `pid` has ended, 0 while it runs, -1 on error; the child is left to be
/// reaped (waitid WNOWAIT), so its pid, and so its process group's id, cannot be reused yet.
int audit_child_has_ended(pid_t pid);

#endif
