#ifndef AUDIT_LIBGIT2_INIT_H
#define AUDIT_LIBGIT2_INIT_H

/* git_libgit2_init without the CA certificates: see libgit2_init.c. Returns what
   git_libgit2_init returns. */
int audit_git_init_without_certificates(void);

#endif
