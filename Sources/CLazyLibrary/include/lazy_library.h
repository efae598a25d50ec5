#ifndef AUDIT_LAZY_LIBRARY_H
#define AUDIT_LAZY_LIBRARY_H

#include <pthread.h>
#include <stddef.h>

/* A C library loaded with dlopen when it is first needed rather than linked (issue 19): a linked
   library and everything it needs is mapped and relocated at the start of every command. A
   loader (libgit2_loader.c, xlsxwriter_loader.c, poppler_loader.c, cairo_loader.c) lists the
   library's functions it forwards as FUNCTION(result, name, (parameters), (arguments)) and
   PROCEDURE(name, (parameters), (arguments)) and applies the macros below to the list: one
   pointer per function, the table of symbols that loading fills, and a definition of each
   function under its own name and signature (checked against the library's header, which
   declares it) that calls the loader's `require_library` (audit_lazy_require of its library)
   and then the library's function. The Swift wrappers call the library as if it were linked.
   Where each library is found and which package installs it: lazy_libraries.h. */

#define AUDIT_LAZY_POINTER_TO_FUNCTION(result, name, parameters, arguments) static result (*name##_found) parameters;
#define AUDIT_LAZY_POINTER_TO_PROCEDURE(name, parameters, arguments) static void (*name##_found) parameters;
#define AUDIT_LAZY_SYMBOL_OF_FUNCTION(result, name, parameters, arguments) {#name, (void **)&name##_found},
#define AUDIT_LAZY_SYMBOL_OF_PROCEDURE(name, parameters, arguments) {#name, (void **)&name##_found},
#define AUDIT_LAZY_FORWARD_FUNCTION(result, name, parameters, arguments) \
    result name parameters { require_library(); return name##_found arguments; }
#define AUDIT_LAZY_FORWARD_PROCEDURE(name, parameters, arguments) \
    void name parameters { require_library(); name##_found arguments; }
typedef struct {
    const char *name;
    void **address;
} AuditLazySymbol;

/* One library: the sonames it may have (NULL-terminated, tried in order), the Debian package
   that installs it, the symbols to resolve, then the state of loading it, which happens once
   per process, at the first call of either function below (thread-safe). */
typedef struct {
    const char *const *sonames;
    const char *package;
    const AuditLazySymbol *symbols;
    size_t count;
    int own_scope_first;
    pthread_mutex_t lock;
    _Atomic int state;
    char failure[512];
} AuditLazyLibrary;

/* `where` is one of lazy_libraries.h's: its sonames and package. */
#define AUDIT_LAZY_LIBRARY(where, symbol_table) \
    {where, symbol_table, sizeof symbol_table / sizeof symbol_table[0], 0, PTHREAD_MUTEX_INITIALIZER, 0, ""}

/* A whole loader from its list of functions, `where` the library is found (lazy_libraries.h)
   and the name of the function the Swift wrapper asks before its first call (NULL, or why the
   library cannot be loaded): the pointers, the symbol table, the library, that function,
   `require_library` and the forwarders. The library binds its own calls within its own scope first
   (RTLD_DEEPBIND): the release executable exports these forwarders, and GLib's constructors
   calling g_free while poppler-glib is being loaded would otherwise reach the forwarder and
   wait for ever on the loading under way. A loader with more to it (libgit2_loader.c, with a
   variadic function) spells the parts out. */
#define AUDIT_LAZY_LOADER(FUNCTIONS, where, failure_function) \
    FUNCTIONS(AUDIT_LAZY_POINTER_TO_FUNCTION, AUDIT_LAZY_POINTER_TO_PROCEDURE) \
    static const AuditLazySymbol symbols[] = {FUNCTIONS(AUDIT_LAZY_SYMBOL_OF_FUNCTION, AUDIT_LAZY_SYMBOL_OF_PROCEDURE)}; \
    static AuditLazyLibrary library = {where, symbols, sizeof symbols / sizeof symbols[0], 1, PTHREAD_MUTEX_INITIALIZER, 0, ""}; \
    const char *failure_function(void) { return audit_lazy_failure(&library); } \
    static void require_library(void) { audit_lazy_require(&library); } \
    FUNCTIONS(AUDIT_LAZY_FORWARD_FUNCTION, AUDIT_LAZY_FORWARD_PROCEDURE)

/* NULL once the library is loaded and every symbol found; else one line saying which library
   could not be loaded, why (no library, a missing symbol), and the package to install. */
const char *audit_lazy_failure(AuditLazyLibrary *library);

/* For a forwarder: when the library cannot be loaded (the Swift wrapper asks
   audit_lazy_failure first, so only a new call path gets here), ends the process the way a
   failed command does, `audit: ` and that line on stderr and status 2, rather than calling
   through NULL. */
void audit_lazy_require(AuditLazyLibrary *library);

#endif
