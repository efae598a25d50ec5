#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

#include "poppler_functions.h"

/* The soname: poppler-glib's ABI version, the contract the declarations above follow. */
static const char library_name[] = "libpoppler-glib.so.8";

static AuditPopplerFunctions functions;
static int loaded;
static char failure[512];
static pthread_once_t once = PTHREAD_ONCE_INIT;

/* GLib's functions are found through the handle too: dlsym searches the library's own
   dependencies, and libpoppler-glib depends on GLib and GObject. */
static int resolve(void *library, void *field, const char *symbol) {
    void *address = dlsym(library, symbol);
    if (!address) {
        snprintf(failure, sizeof failure, "%s has no %s", library_name, symbol);
        return 0;
    }
    *(void **)field = address;
    return 1;
}

static void load(void) {
    void *library = dlopen(library_name, RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        snprintf(failure, sizeof failure, "%s", dlerror());
        return;
    }
    loaded = resolve(library, &functions.document_new_from_bytes, "poppler_document_new_from_bytes")
        && resolve(library, &functions.document_get_n_pages, "poppler_document_get_n_pages")
        && resolve(library, &functions.document_get_page, "poppler_document_get_page")
        && resolve(library, &functions.page_get_size, "poppler_page_get_size")
        && resolve(library, &functions.page_get_text, "poppler_page_get_text")
        && resolve(library, &functions.page_get_text_layout, "poppler_page_get_text_layout")
        && resolve(library, &functions.page_get_text_attributes, "poppler_page_get_text_attributes")
        && resolve(library, &functions.page_free_text_attributes, "poppler_page_free_text_attributes")
        && resolve(library, &functions.page_get_image_mapping, "poppler_page_get_image_mapping")
        && resolve(library, &functions.page_free_image_mapping, "poppler_page_free_image_mapping")
        && resolve(library, &functions.error_quark, "poppler_error_quark")
        && resolve(library, &functions.bytes_new, "g_bytes_new")
        && resolve(library, &functions.bytes_unref, "g_bytes_unref")
        && resolve(library, &functions.object_unref, "g_object_unref")
        && resolve(library, &functions.free_memory, "g_free")
        && resolve(library, &functions.error_free, "g_error_free")
        && resolve(library, &functions.page_render_for_printing, "poppler_page_render_for_printing");
}

const AuditPopplerFunctions *audit_poppler_functions(void) {
    pthread_once(&once, load);
    return loaded ? &functions : NULL;
}

const char *audit_poppler_failure(void) {
    pthread_once(&once, load);
    return loaded ? NULL : failure;
}
