#define _GNU_SOURCE
#include <dlfcn.h>
#include <git2.h>

#include "libgit2_init.h"

/* Debian builds libgit2 with mbedTLS, whose initialisation in git_libgit2_init parses every CA
   certificate of /etc/ssl/certs/ca-certificates.crt (base64 and X.509, a few milliseconds of
   every command's start) and offers no option to skip it. Only push, pull and clone over https
   open a TLS stream, so this executable defines the mbedTLS function libgit2 calls for it: while
   git_libgit2_init runs, the file is left unread and the chain empty, which makes any TLS
   connection fail its certificate check rather than trust anything. After initialisation the
   call reaches mbedTLS as usual, so the first https transport loads the certificates with
   GIT_OPT_SET_SSL_CERT_LOCATIONS (Sources/Git/Transfer.swift). With a libgit2 built on OpenSSL (which loads certificates
   lazily) this function is never called. */

struct mbedtls_x509_crt;

static int initialising;

/* mbedTLS's own function. libgit2 is loaded with dlopen (libgit2_loader.c), so mbedTLS is not
   in the global scope RTLD_NEXT searches; libgit2's handle searches it and its dependencies,
   never this executable. */
static void *mbedtls_parse_file(void) {
    void *libgit2 = dlopen(audit_libgit2_soname(), RTLD_LAZY | RTLD_NOLOAD);
    void *found = libgit2 ? dlsym(libgit2, "mbedtls_x509_crt_parse_file") : NULL;
    if (libgit2) dlclose(libgit2);
    return found ? found : dlsym(RTLD_NEXT, "mbedtls_x509_crt_parse_file");
}

int mbedtls_x509_crt_parse_file(struct mbedtls_x509_crt *chain, const char *path) {
    if (initialising) return 0;
    int (*parse)(struct mbedtls_x509_crt *, const char *);
    *(void **)&parse = mbedtls_parse_file();
    return parse ? parse(chain, path) : -1;
}

int audit_git_init_without_certificates(void) {
    initialising = 1;
    int result = git_libgit2_init();
    initialising = 0;
    return result;
}
