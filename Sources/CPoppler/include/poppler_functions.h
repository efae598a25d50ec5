#ifndef AUDIT_POPPLER_FUNCTIONS_H
#define AUDIT_POPPLER_FUNCTIONS_H

#include <stddef.h>
#include <stdint.h>

/* The part of poppler-glib's C API (libpoppler-glib.so.8, and the GLib calls it needs) that
   Sources/PDF uses, loaded with dlopen when the first PDF is read rather than linked: linked,
   poppler and the libraries it needs (44 of the 80 the executable loaded) were mapped and
   relocated at the start of every command, though most never read a PDF. The types are those of poppler-glib's and GLib's
   headers (poppler-page.h, gerror.h, glist.h), whose layout is part of the library's ABI. */

typedef struct _PopplerDocument PopplerDocument;
typedef struct _PopplerPage PopplerPage;
typedef struct _GBytes GBytes;

typedef struct {
    uint32_t domain;
    int code;
    char *_Nullable message;
} GError;

typedef struct _GList {
    void *_Nullable data;
    struct _GList *_Nullable next;
    struct _GList *_Nullable prev;
} GList;

typedef struct {
    double x1, y1, x2, y2;
} PopplerRectangle;

typedef struct {
    char *_Nullable font_name;
    double font_size;
    int is_underlined;
    struct {
        uint16_t red, green, blue;
    } color;
    int start_index;
    int end_index;
} PopplerTextAttributes;

enum {
    POPPLER_ERROR_INVALID,
    POPPLER_ERROR_ENCRYPTED,
    POPPLER_ERROR_OPEN_FILE,
    POPPLER_ERROR_BAD_CATALOG,
    POPPLER_ERROR_DAMAGED
};

typedef struct {
    PopplerDocument *_Nullable (*_Nonnull document_new_from_bytes)(GBytes *_Nonnull bytes, const char *_Nullable password, GError *_Nullable *_Nullable error);
    int (*_Nonnull document_get_n_pages)(PopplerDocument *_Nonnull document);
    PopplerPage *_Nullable (*_Nonnull document_get_page)(PopplerDocument *_Nonnull document, int index);
    void (*_Nonnull page_get_size)(PopplerPage *_Nonnull page, double *_Nonnull width, double *_Nonnull height);
    char *_Nullable (*_Nonnull page_get_text)(PopplerPage *_Nonnull page);
    int (*_Nonnull page_get_text_layout)(PopplerPage *_Nonnull page, PopplerRectangle *_Nullable *_Nonnull rectangles, unsigned *_Nonnull count);
    GList *_Nullable (*_Nonnull page_get_text_attributes)(PopplerPage *_Nonnull page);
    void (*_Nonnull page_free_text_attributes)(GList *_Nullable list);
    GList *_Nullable (*_Nonnull page_get_image_mapping)(PopplerPage *_Nonnull page);
    void (*_Nonnull page_free_image_mapping)(GList *_Nullable list);
    uint32_t (*_Nonnull error_quark)(void);
    GBytes *_Nonnull (*_Nonnull bytes_new)(const void *_Nullable data, size_t size);
    void (*_Nonnull bytes_unref)(GBytes *_Nonnull bytes);
    void (*_Nonnull object_unref)(void *_Nonnull object);
    void (*_Nonnull free_memory)(void *_Nullable memory);
    void (*_Nonnull error_free)(GError *_Nonnull error);
    /* Draws the page as vectors on a cairo context (a `cairo_t *`, Sources/CCairo), as for printing. */
    void (*_Nonnull page_render_for_printing)(PopplerPage *_Nonnull page, void *_Nonnull cairo);
} AuditPopplerFunctions;

/* Loads the library and resolves every function once per process (thread-safe). Returns NULL
   when the library or one of its functions is missing; `audit_poppler_failure` then says why. */
const AuditPopplerFunctions *_Nullable audit_poppler_functions(void);
const char *_Nullable audit_poppler_failure(void);

#endif
