#include <cairo/cairo.h>
#include <cairo/cairo-pdf.h>

#include "cairo_loader.h"
#include "lazy_libraries.h"
#include "lazy_library.h"

/* cairo is loaded with dlopen when the first page is drawn rather than linked (issue 19): only
   `audit report --output FILE.pdf` and a page's picture draw, and a linked cairo (with pixman,
   freetype, fontconfig, libpng) would be mapped at the start of every command. Each function
   Sources/Cairo calls is defined below and forwards to the library's (see lazy_library.h). */

#define CAIRO_FUNCTIONS(FUNCTION, PROCEDURE) \
    FUNCTION(cairo_surface_t *, cairo_pdf_surface_create_for_stream, (cairo_write_func_t write_func, void *closure, double width_in_points, double height_in_points), (write_func, closure, width_in_points, height_in_points)) \
    PROCEDURE(cairo_pdf_surface_set_size, (cairo_surface_t *surface, double width_in_points, double height_in_points), (surface, width_in_points, height_in_points)) \
    FUNCTION(cairo_surface_t *, cairo_image_surface_create, (cairo_format_t format, int width, int height), (format, width, height)) \
    FUNCTION(cairo_status_t, cairo_surface_write_to_png_stream, (cairo_surface_t *surface, cairo_write_func_t write_func, void *closure), (surface, write_func, closure)) \
    FUNCTION(cairo_status_t, cairo_surface_status, (cairo_surface_t *surface), (surface)) \
    PROCEDURE(cairo_surface_finish, (cairo_surface_t *surface), (surface)) \
    PROCEDURE(cairo_surface_destroy, (cairo_surface_t *surface), (surface)) \
    FUNCTION(cairo_t *, cairo_create, (cairo_surface_t *target), (target)) \
    PROCEDURE(cairo_destroy, (cairo_t *cr), (cr)) \
    FUNCTION(cairo_status_t, cairo_status, (cairo_t *cr), (cr)) \
    FUNCTION(const char *, cairo_status_to_string, (cairo_status_t status), (status)) \
    PROCEDURE(cairo_show_page, (cairo_t *cr), (cr)) \
    PROCEDURE(cairo_save, (cairo_t *cr), (cr)) \
    PROCEDURE(cairo_restore, (cairo_t *cr), (cr)) \
    PROCEDURE(cairo_scale, (cairo_t *cr, double sx, double sy), (cr, sx, sy)) \
    PROCEDURE(cairo_set_source_rgba, (cairo_t *cr, double red, double green, double blue, double alpha), (cr, red, green, blue, alpha)) \
    PROCEDURE(cairo_set_line_width, (cairo_t *cr, double width), (cr, width)) \
    PROCEDURE(cairo_rectangle, (cairo_t *cr, double x, double y, double width, double height), (cr, x, y, width, height)) \
    PROCEDURE(cairo_move_to, (cairo_t *cr, double x, double y), (cr, x, y)) \
    PROCEDURE(cairo_line_to, (cairo_t *cr, double x, double y), (cr, x, y)) \
    PROCEDURE(cairo_fill, (cairo_t *cr), (cr)) \
    PROCEDURE(cairo_stroke, (cairo_t *cr), (cr)) \
    PROCEDURE(cairo_paint, (cairo_t *cr), (cr)) \
    PROCEDURE(cairo_select_font_face, (cairo_t *cr, const char *family, cairo_font_slant_t slant, cairo_font_weight_t weight), (cr, family, slant, weight)) \
    PROCEDURE(cairo_set_font_size, (cairo_t *cr, double size), (cr, size)) \
    PROCEDURE(cairo_show_text, (cairo_t *cr, const char *utf8), (cr, utf8)) \
    PROCEDURE(cairo_text_extents, (cairo_t *cr, const char *utf8, cairo_text_extents_t *extents), (cr, utf8, extents)) \
    PROCEDURE(cairo_font_extents, (cairo_t *cr, cairo_font_extents_t *extents), (cr, extents))

AUDIT_LAZY_LOADER(CAIRO_FUNCTIONS, AUDIT_CAIRO_LIBRARY, audit_cairo_failure)
