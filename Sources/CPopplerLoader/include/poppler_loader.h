#ifndef AUDIT_POPPLER_LOADER_H
#define AUDIT_POPPLER_LOADER_H

/* Loads poppler-glib and resolves every function the PDF reader calls, once per process
   (thread-safe): see poppler_loader.c. NULL when that worked, else why not. */
const char *_Nullable audit_poppler_failure(void);

#endif
