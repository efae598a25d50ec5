#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

#include "cairo_functions.h"

/* The soname: cairo's ABI version, the contract the declarations above follow. poppler-glib
   depends on the same library, so a process that reads PDFs maps it once. */
static const char library_name[] = "libcairo.so.2";

static AuditCairoFunctions functions;
static int loaded;
static char failure[512];
static pthread_once_t once = PTHREAD_ONCE_INIT;

/* Each field of `functions` and the symbol it holds, resolved in order. */
static const struct {
    void *field;
    const char *symbol;
} symbols[] = {
    {&functions.pdf_surface_create_for_stream, "cairo_pdf_surface_create_for_stream"},
    {&functions.pdf_surface_set_size, "cairo_pdf_surface_set_size"},
    {&functions.image_surface_create, "cairo_image_surface_create"},
    {&functions.surface_write_to_png_stream, "cairo_surface_write_to_png_stream"},
    {&functions.surface_status, "cairo_surface_status"},
    {&functions.surface_finish, "cairo_surface_finish"},
    {&functions.surface_destroy, "cairo_surface_destroy"},
    {&functions.create, "cairo_create"},
    {&functions.destroy, "cairo_destroy"},
    {&functions.status, "cairo_status"},
    {&functions.status_to_string, "cairo_status_to_string"},
    {&functions.show_page, "cairo_show_page"},
    {&functions.save, "cairo_save"},
    {&functions.restore, "cairo_restore"},
    {&functions.scale, "cairo_scale"},
    {&functions.set_source_rgba, "cairo_set_source_rgba"},
    {&functions.set_line_width, "cairo_set_line_width"},
    {&functions.rectangle, "cairo_rectangle"},
    {&functions.move_to, "cairo_move_to"},
    {&functions.line_to, "cairo_line_to"},
    {&functions.fill, "cairo_fill"},
    {&functions.fill_preserve, "cairo_fill_preserve"},
    {&functions.stroke, "cairo_stroke"},
    {&functions.paint, "cairo_paint"},
    {&functions.select_font_face, "cairo_select_font_face"},
    {&functions.set_font_size, "cairo_set_font_size"},
    {&functions.show_text, "cairo_show_text"},
    {&functions.text_extents, "cairo_text_extents"},
    {&functions.font_extents, "cairo_font_extents"},
};

static void load(void) {
    void *library = dlopen(library_name, RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        snprintf(failure, sizeof failure, "%s", dlerror());
        return;
    }
    for (size_t index = 0; index < sizeof symbols / sizeof symbols[0]; index++) {
        void *address = dlsym(library, symbols[index].symbol);
        if (!address) {
            snprintf(failure, sizeof failure, "%s has no %s", library_name, symbols[index].symbol);
            return;
        }
        *(void **)symbols[index].field = address;
    }
    loaded = 1;
}

const AuditCairoFunctions *audit_cairo_functions(void) {
    pthread_once(&once, load);
    return loaded ? &functions : NULL;
}

const char *audit_cairo_failure(void) {
    pthread_once(&once, load);
    return loaded ? NULL : failure;
}
