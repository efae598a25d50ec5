#include "child_process.h"

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

int audit_child_die_with_parent(pid_t parent) {
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) return -1;
    return getppid() == parent ? 0 : -1;
}
