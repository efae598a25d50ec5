#include <dlfcn.h>
#include <stdatomic.h>
#include <stdio.h>
#include <unistd.h>

#include "lazy_library.h"

enum { NOT_TRIED, LOADED, FAILED };

static int open_library(AuditLazyLibrary *library) {
    /* Lazy: the functions of the libraries it needs are bound when first called (most never
       are), a seventh of what loading libgit2 with its fourteen libraries costs. */
    void *handle = dlopen(library->name, RTLD_LAZY | RTLD_LOCAL);
    if (!handle) {
        snprintf(library->failure, sizeof library->failure, "%s", dlerror());
        return 0;
    }
    for (size_t index = 0; index < library->count; index++) {
        const AuditLazySymbol *symbol = &library->symbols[index];
        *symbol->address = dlsym(handle, symbol->name);
        if (!*symbol->address) {
            snprintf(library->failure, sizeof library->failure, "%s has no %s", library->name, symbol->name);
            return 0;
        }
    }
    return 1;
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
    fprintf(stderr, "audit: cannot load %s: %s\n", library->name, failure);
    _exit(2);
}
