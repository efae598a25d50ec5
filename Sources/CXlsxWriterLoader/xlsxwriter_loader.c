#include <xlsxwriter.h>

#include "lazy_libraries.h"
#include "lazy_library.h"
#include "xlsxwriter_loader.h"

/* libxlsxwriter is loaded with dlopen when the first workbook is made rather than linked
   (issue 19): linked, it and what it needs (minizip, and through it OpenSSL's libcrypto) were
   mapped and relocated at the start of every command, more than half of the symbol bindings of
   a static `audit --version`, though only XLSX outputs use it. Each function Sources/WorkingPapers
   calls is defined below and forwards to the library's (see lazy_library.h). */

#define XLSXWRITER_FUNCTIONS(FUNCTION, PROCEDURE) \
    PROCEDURE(format_set_bold, (lxw_format *format), (format)) \
    FUNCTION(char *, lxw_strerror, (lxw_error error_num), (error_num)) \
    PROCEDURE(lxw_workbook_free, (lxw_workbook *workbook), (workbook)) \
    FUNCTION(lxw_format *, workbook_add_format, (lxw_workbook *workbook), (workbook)) \
    FUNCTION(lxw_worksheet *, workbook_add_worksheet, (lxw_workbook *workbook, const char *sheetname), (workbook, sheetname)) \
    FUNCTION(lxw_error, workbook_close, (lxw_workbook *workbook), (workbook)) \
    FUNCTION(lxw_workbook *, workbook_new, (const char *filename), (filename)) \
    FUNCTION(lxw_error, workbook_validate_sheet_name, (lxw_workbook *workbook, const char *sheetname), (workbook, sheetname)) \
    FUNCTION(lxw_error, worksheet_autofilter, (lxw_worksheet *worksheet, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col), (worksheet, first_row, first_col, last_row, last_col)) \
    PROCEDURE(worksheet_freeze_panes, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col), (worksheet, row, col)) \
    FUNCTION(lxw_error, worksheet_set_column, (lxw_worksheet *worksheet, lxw_col_t first_col, lxw_col_t last_col, double width, lxw_format *format), (worksheet, first_col, last_col, width, format)) \
    FUNCTION(lxw_error, worksheet_write_number, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, double number, lxw_format *format), (worksheet, row, col, number, format)) \
    FUNCTION(lxw_error, worksheet_write_string, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, const char *string, lxw_format *format), (worksheet, row, col, string, format))

AUDIT_LAZY_LOADER(XLSXWRITER_FUNCTIONS, AUDIT_XLSXWRITER_LIBRARY, audit_xlsxwriter_failure)
