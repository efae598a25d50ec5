#ifndef AUDIT_CAIRO_LOADER_H
#define AUDIT_CAIRO_LOADER_H

/* Loads cairo and resolves every function the drawings call, once per process (thread-safe):
   see cairo_loader.c. NULL when that worked, else why not. */
const char *_Nullable audit_cairo_failure(void);

#endif
