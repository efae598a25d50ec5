#include <git2.h>

/* git_libgit2_opts is variadic, and Swift cannot call C variadic functions;
   each wrapper below fixes the arguments of one option the Swift code needs. */
static inline int audit_git_enable_fsync_gitdir(void) {
    return git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, 1);
}
