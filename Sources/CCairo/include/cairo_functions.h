#ifndef AUDIT_CAIRO_FUNCTIONS_H
#define AUDIT_CAIRO_FUNCTIONS_H

#include <stdint.h>

/* The part of cairo's C API (libcairo.so.2) that Sources/Cairo uses, loaded with dlopen when
   the first page is drawn rather than linked, as poppler is (poppler_functions.h): only
   `audit report --output FILE.pdf` and a page's picture draw, and a linked cairo (with
   pixman, freetype, fontconfig, libpng) would be mapped at the start of every command. The
   types are cairo.h's, whose layout is part of the library's ABI. */

typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;
typedef int cairo_status_t;

enum {
    AUDIT_CAIRO_STATUS_SUCCESS = 0,
    AUDIT_CAIRO_STATUS_WRITE_ERROR = 11,
    AUDIT_CAIRO_FORMAT_ARGB32 = 0,
    AUDIT_CAIRO_FONT_SLANT_NORMAL = 0,
    AUDIT_CAIRO_FONT_WEIGHT_NORMAL = 0,
    AUDIT_CAIRO_FONT_WEIGHT_BOLD = 1
};

typedef struct {
    double x_bearing, y_bearing, width, height, x_advance, y_advance;
} audit_cairo_text_extents_t;

typedef struct {
    double ascent, descent, height, max_x_advance, max_y_advance;
} audit_cairo_font_extents_t;

typedef cairo_status_t (*audit_cairo_write_func_t)(void *_Nullable closure, const unsigned char *_Nullable data, unsigned int length);

typedef struct {
    cairo_surface_t *_Nonnull (*_Nonnull pdf_surface_create_for_stream)(audit_cairo_write_func_t _Nullable write, void *_Nullable closure, double width, double height);
    void (*_Nonnull pdf_surface_set_size)(cairo_surface_t *_Nonnull surface, double width, double height);
    cairo_surface_t *_Nonnull (*_Nonnull image_surface_create)(int format, int width, int height);
    cairo_status_t (*_Nonnull surface_write_to_png_stream)(cairo_surface_t *_Nonnull surface, audit_cairo_write_func_t _Nullable write, void *_Nullable closure);
    cairo_status_t (*_Nonnull surface_status)(cairo_surface_t *_Nonnull surface);
    void (*_Nonnull surface_finish)(cairo_surface_t *_Nonnull surface);
    void (*_Nonnull surface_destroy)(cairo_surface_t *_Nonnull surface);
    cairo_t *_Nonnull (*_Nonnull create)(cairo_surface_t *_Nonnull surface);
    void (*_Nonnull destroy)(cairo_t *_Nonnull cr);
    cairo_status_t (*_Nonnull status)(cairo_t *_Nonnull cr);
    const char *_Nonnull (*_Nonnull status_to_string)(cairo_status_t status);
    void (*_Nonnull show_page)(cairo_t *_Nonnull cr);
    void (*_Nonnull save)(cairo_t *_Nonnull cr);
    void (*_Nonnull restore)(cairo_t *_Nonnull cr);
    void (*_Nonnull scale)(cairo_t *_Nonnull cr, double sx, double sy);
    void (*_Nonnull set_source_rgba)(cairo_t *_Nonnull cr, double red, double green, double blue, double alpha);
    void (*_Nonnull set_line_width)(cairo_t *_Nonnull cr, double width);
    void (*_Nonnull rectangle)(cairo_t *_Nonnull cr, double x, double y, double width, double height);
    void (*_Nonnull move_to)(cairo_t *_Nonnull cr, double x, double y);
    void (*_Nonnull line_to)(cairo_t *_Nonnull cr, double x, double y);
    void (*_Nonnull fill)(cairo_t *_Nonnull cr);
    void (*_Nonnull fill_preserve)(cairo_t *_Nonnull cr);
    void (*_Nonnull stroke)(cairo_t *_Nonnull cr);
    void (*_Nonnull paint)(cairo_t *_Nonnull cr);
    void (*_Nonnull select_font_face)(cairo_t *_Nonnull cr, const char *_Nonnull family, int slant, int weight);
    void (*_Nonnull set_font_size)(cairo_t *_Nonnull cr, double size);
    void (*_Nonnull show_text)(cairo_t *_Nonnull cr, const char *_Nonnull utf8);
    void (*_Nonnull text_extents)(cairo_t *_Nonnull cr, const char *_Nonnull utf8, audit_cairo_text_extents_t *_Nonnull extents);
    void (*_Nonnull font_extents)(cairo_t *_Nonnull cr, audit_cairo_font_extents_t *_Nonnull extents);
} AuditCairoFunctions;

/* Loads the library and resolves every function once per process (thread-safe). Returns NULL
   when the library or one of its functions is missing; `audit_cairo_failure` then says why. */
const AuditCairoFunctions *_Nullable audit_cairo_functions(void);
const char *_Nullable audit_cairo_failure(void);

#endif
