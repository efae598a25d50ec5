#ifndef AUDIT_XLSXWRITER_LOADER_H
#define AUDIT_XLSXWRITER_LOADER_H

/* Loads libxlsxwriter and resolves every function the working papers call, once per process
   (thread-safe): see xlsxwriter_loader.c. NULL when that worked, else why not. */
const char *_Nullable audit_xlsxwriter_failure(void);

#endif
