#ifndef AUDIT_LAZY_LIBRARY_H
#define AUDIT_LAZY_LIBRARY_H

#include <pthread.h>
#include <stddef.h>

/* A C library loaded with dlopen when it is first needed rather than linked (issue 19): a linked
   library and everything it needs is mapped and relocated at the start of every command. A
   loader (libgit2_loader.c, xlsxwriter_loader.c) lists the library's functions it forwards as
   FUNCTION(result, name, (parameters), (arguments)) and PROCEDURE(name, (parameters), (arguments))
   and applies the macros below to the list: one pointer per function, the table of symbols that
   loading fills, and a definition of each function under its own name and signature (checked
   against the library's header, which declares it) that calls the loader's `require_library`
   (audit_lazy_require of its library) and then the library's function. The Swift wrappers call
   the library as if it were linked. */

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

/* One library: its soname and the symbols to resolve, then the state of loading it, which
   happens once per process, at the first call of either function below (thread-safe). */
typedef struct {
    const char *name;
    const AuditLazySymbol *symbols;
    size_t count;
    pthread_mutex_t lock;
    _Atomic int state;
    char failure[512];
} AuditLazyLibrary;

#define AUDIT_LAZY_LIBRARY(soname, symbol_table) \
    {soname, symbol_table, sizeof symbol_table / sizeof symbol_table[0], PTHREAD_MUTEX_INITIALIZER, 0, ""}

/* NULL once the library is loaded and every symbol found; else why not (no library, a missing
   symbol). */
const char *audit_lazy_failure(AuditLazyLibrary *library);

/* For a forwarder: when the library cannot be loaded (the Swift wrapper asks
   audit_lazy_failure first, so only a new call path gets here), ends the process the way a
   failed command does, one line on stderr and status 2, rather than calling through NULL. */
void audit_lazy_require(AuditLazyLibrary *library);

#endif
