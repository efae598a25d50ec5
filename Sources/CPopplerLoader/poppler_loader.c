#include <poppler.h>

#include "lazy_libraries.h"
#include "lazy_library.h"
#include "poppler_loader.h"

/* poppler-glib is loaded with dlopen when the first PDF is read rather than linked (issue 19):
   linked, poppler and the libraries it needs (44 of the 80 the executable loaded) were mapped
   and relocated at the start of every command, though most never read a PDF. Each poppler and
   GLib function Sources/PDF calls is defined below and forwards to the library's (see
   lazy_library.h). */

#define POPPLER_FUNCTIONS(FUNCTION, PROCEDURE) \
    FUNCTION(PopplerDocument *, poppler_document_new_from_bytes, (GBytes *bytes, const char *password, GError **error), (bytes, password, error)) \
    FUNCTION(int, poppler_document_get_n_pages, (PopplerDocument *document), (document)) \
    FUNCTION(PopplerPage *, poppler_document_get_page, (PopplerDocument *document, int index), (document, index)) \
    PROCEDURE(poppler_page_get_size, (PopplerPage *page, double *width, double *height), (page, width, height)) \
    FUNCTION(char *, poppler_page_get_text, (PopplerPage *page), (page)) \
    FUNCTION(gboolean, poppler_page_get_text_layout, (PopplerPage *page, PopplerRectangle **rectangles, guint *n_rectangles), (page, rectangles, n_rectangles)) \
    FUNCTION(GList *, poppler_page_get_text_attributes, (PopplerPage *page), (page)) \
    PROCEDURE(poppler_page_free_text_attributes, (GList *list), (list)) \
    FUNCTION(GList *, poppler_page_get_image_mapping, (PopplerPage *page), (page)) \
    PROCEDURE(poppler_page_free_image_mapping, (GList *list), (list)) \
    PROCEDURE(poppler_page_render_for_printing, (PopplerPage *page, cairo_t *cairo), (page, cairo)) \
    FUNCTION(GQuark, poppler_error_quark, (void), ()) \
    FUNCTION(GBytes *, g_bytes_new, (gconstpointer data, gsize size), (data, size)) \
    PROCEDURE(g_bytes_unref, (GBytes *bytes), (bytes)) \
    PROCEDURE(g_object_unref, (gpointer object), (object)) \
    PROCEDURE(g_free, (gpointer mem), (mem)) \
    PROCEDURE(g_error_free, (GError *error), (error))

AUDIT_LAZY_LOADER(POPPLER_FUNCTIONS, AUDIT_POPPLER_LIBRARY, audit_poppler_failure)
