#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <stdio.h>
#include <unistd.h>

#include "lazy_library.h"

enum { NOT_TRIED, LOADED, FAILED };

/* Lazy: the functions of the libraries it needs are bound when first called (most never
   are), a seventh of what loading libgit2 with its fourteen libraries costs. */
static void *open_any(AuditLazyLibrary *library, char *reason, size_t size) {
    for (const char *const *soname = library->sonames; *soname; soname++) {
        void *handle = dlopen(*soname, RTLD_LAZY | RTLD_LOCAL | (library->own_scope_first ? RTLD_DEEPBIND : 0));
        if (handle) return handle;
        if (soname == library->sonames) snprintf(reason, size, "%s", dlerror());
    }
    return NULL;
}

static int open_library(AuditLazyLibrary *library) {
    char reason[384];
    void *handle = open_any(library, reason, sizeof reason);
    for (size_t index = 0; handle && index < library->count; index++) {
        const AuditLazySymbol *symbol = &library->symbols[index];
        *symbol->address = dlsym(handle, symbol->name);
        if (!*symbol->address) {
            snprintf(reason, sizeof reason, "it has no %s", symbol->name);
            handle = NULL;
        }
    }
    if (handle) return 1;
    snprintf(library->failure, sizeof library->failure, "cannot load %s (install the Debian package %s): %s",
             library->sonames[0], library->package, reason);
    return 0;
}

const char *audit_lazy_failure(AuditLazyLibrary *library) {
    int state = atomic_load_explicit(&library->state, memory_order_acquire);
    if (state == NOT_TRIED) {
        pthread_mutex_lock(&library->lock);
        state = atomic_load_explicit(&library->state, memory_order_relaxed);
        if (state == NOT_TRIED) {
            state = open_library(library) ? LOADED : FAILED;
            atomic_store_explicit(&library->state, state, memory_order_release);
        }
        pthread_mutex_unlock(&library->lock);
    }
    return state == LOADED ? NULL : library->failure;
}

void audit_lazy_require(AuditLazyLibrary *library) {
    const char *failure = audit_lazy_failure(library);
    if (!failure) return;
    fprintf(stderr, "audit: %s\n", failure);
    _exit(2);
}
