#ifndef AUDIT_LAZY_LIBRARIES_H
#define AUDIT_LAZY_LIBRARIES_H

/* Every library loaded at first use (lazy_library.h): the sonames it is looked for under and
   the Debian package that installs it, as AUDIT_LAZY_LIBRARY takes them. A soname is the ABI
   of the headers compiled against, so the versioned ones are built from those headers' version
   macros, which the loader including this has included. */

#define AUDIT_LAZY_STRINGIFIED(x) #x
#define AUDIT_LAZY_VERSION(major, minor) AUDIT_LAZY_STRINGIFIED(major) "." AUDIT_LAZY_STRINGIFIED(minor)

/* libgit2's ABI changes with each minor version, and so does Debian's package name. */
#define AUDIT_LIBGIT2_LIBRARY \
    (const char *const[]){"libgit2.so." AUDIT_LAZY_VERSION(LIBGIT2_VER_MAJOR, LIBGIT2_VER_MINOR), NULL}, \
    "libgit2-" AUDIT_LAZY_VERSION(LIBGIT2_VER_MAJOR, LIBGIT2_VER_MINOR)

#define AUDIT_XLSXWRITER_LIBRARY \
    (const char *const[]){"libxlsxwriter.so." LXW_SOVERSION, NULL}, "libxlsxwriter" LXW_SOVERSION

/* GLib's functions are found through poppler-glib's handle: dlsym searches the library's own
   dependencies, and libpoppler-glib depends on GLib and GObject. */
#define AUDIT_POPPLER_LIBRARY (const char *const[]){"libpoppler-glib.so.8", NULL}, "libpoppler-glib8"

/* poppler-glib depends on the same library, so a process that reads PDFs maps it once. */
#define AUDIT_CAIRO_LIBRARY (const char *const[]){"libcairo.so.2", NULL}, "libcairo2"

#endif
