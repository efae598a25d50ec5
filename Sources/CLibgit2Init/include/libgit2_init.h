#ifndef AUDIT_LIBGIT2_INIT_H
#define AUDIT_LIBGIT2_INIT_H

/* Loads libgit2 and resolves every function the store calls, once per process (thread-safe):
   see libgit2_loader.c. NULL when that worked, else why not (no library, a missing function). */
const char *_Nullable audit_libgit2_failure(void);

/* The soname of the libgit2 loaded: "libgit2.so.1.5". */
const char *_Nonnull audit_libgit2_soname(void);

/* git_libgit2_init without the CA certificates: see libgit2_init.c. Returns what
   git_libgit2_init returns. */
int audit_git_init_without_certificates(void);

/* git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, 1): the variadic call fixed for Swift. */
int audit_git_enable_fsync_gitdir(void);

/* git_libgit2_opts(GIT_OPT_SET_SSL_CERT_LOCATIONS, file, NULL): the CA bundle for https. */
int audit_git_set_certificate_file(const char *_Nonnull file);

#endif
