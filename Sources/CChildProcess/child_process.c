#define _GNU_SOURCE
#include "child_process.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int audit_child_die_with_parent(pid_t parent) {
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) return -1;
    return getppid() == parent ? 0 : -1;
}

int audit_sealed_file(const void *bytes, size_t count) {
    int fd = memfd_create("audit-report-model", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (fd < 0) return -1;
    const char *cursor = bytes;
    size_t left = count;
    while (left > 0) {
        ssize_t written = write(fd, cursor, left);
        if (written < 0) {
            if (errno == EINTR) continue;
            int saved = errno;
            close(fd);
            errno = saved;
            return -1;
        }
        cursor += written;
        left -= (size_t)written;
    }
    if (fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL) != 0
        || lseek(fd, 0, SEEK_SET) != 0) {
        int saved = errno;
        close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

/// Closes every descriptor from `first` up, except `keep`; close_range when the kernel has it.
static void close_from(int first, int keep) {
    if (keep > first) {
        if (syscall(SYS_close_range, first, keep - 1, 0) != 0) {
            for (int fd = first; fd < keep; fd++) close(fd);
        }
    }
    int start = keep >= first ? keep + 1 : first;
    if (syscall(SYS_close_range, start, ~0U, 0) != 0) {
        long maximum = sysconf(_SC_OPEN_MAX);
        for (long fd = start; fd < (maximum > 0 ? maximum : 1024); fd++) close((int)fd);
    }
}

static void set_limit(int resource, rlim_t soft, rlim_t hard) {
    struct rlimit limit = {soft, hard};
    setrlimit(resource, &limit);
}

static void report_and_exit(int pipe_fd) {
    int saved = errno;
    while (write(pipe_fd, &saved, sizeof saved) < 0 && errno == EINTR) {}
    _exit(127);
}

static void run_child(const char *const argv[], const char *directory, const audit_spawn_limits *limits, pid_t parent, int status_fd) {
    if (audit_child_die_with_parent(parent) != 0) _exit(126);
    setpgid(0, 0);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    for (int signal = 1; signal < NSIG; signal++) {
        if (signal != SIGKILL && signal != SIGSTOP) sigaction(signal, &(struct sigaction){.sa_handler = SIG_DFL}, NULL);
    }
    if (limits->cpu_seconds > 0) set_limit(RLIMIT_CPU, limits->cpu_seconds, limits->cpu_seconds + 1);
    if (limits->memory_bytes > 0) set_limit(RLIMIT_AS, limits->memory_bytes, limits->memory_bytes);
    int sources[3] = {limits->stdin_fd, limits->stdout_fd, limits->stderr_fd};
    // Moved above 2 first, so that dup2 onto 0-2 cannot overwrite a source not yet copied.
    for (int index = 0; index < 3; index++) {
        sources[index] = fcntl(sources[index], F_DUPFD_CLOEXEC, 3);
        if (sources[index] < 0) report_and_exit(status_fd);
    }
    for (int index = 0; index < 3; index++) {
        if (dup2(sources[index], index) < 0) report_and_exit(status_fd);
    }
    close_from(3, status_fd);
    if (chdir(directory) != 0) report_and_exit(status_fd);
    execvp(argv[0], (char *const *)argv);
    report_and_exit(status_fd);
}

pid_t audit_spawn(const char *const argv[], const char *directory, const audit_spawn_limits *limits, int *error) {
    int status_pipe[2];
    if (pipe2(status_pipe, O_CLOEXEC) != 0) {
        *error = errno;
        return -1;
    }
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid == 0) {
        close(status_pipe[0]);
        run_child(argv, directory, limits, parent, status_pipe[1]);
    }
    int fork_error = errno;
    close(status_pipe[1]);
    if (pid < 0) {
        close(status_pipe[0]);
        *error = fork_error;
        return -1;
    }
    // Also set here: the parent may kill the group before the child's own setpgid has run.
    setpgid(pid, pid);
    int child_error = 0;
    ssize_t count;
    while ((count = read(status_pipe[0], &child_error, sizeof child_error)) < 0 && errno == EINTR) {}
    close(status_pipe[0]);
    if (count > 0) {
        while (waitpid(pid, NULL, 0) < 0 && errno == EINTR) {}
        *error = child_error;
        return -1;
    }
    *error = 0;
    return pid;
}

int audit_child_has_ended(pid_t pid) {
    siginfo_t info;
    memset(&info, 0, sizeof info);
    int result;
    while ((result = waitid(P_PID, (id_t)pid, &info, WEXITED | WNOHANG | WNOWAIT)) < 0 && errno == EINTR) {}
    if (result < 0) return -1;
    return info.si_pid != 0 ? 1 : 0;
}
