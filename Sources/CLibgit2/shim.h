#include <git2.h>

#include <stdio.h>
#include <zlib.h>

/* libgit2 up to at least 1.5 loops forever inflating a truncated loose object (libgit2 issue
   7342, fixed upstream by pull request 7346): Z_BUF_ERROR is taken as "retry" with no more input
   to come. This inflates the file to the end first: 1 when it is one complete zlib stream, 0
   when it is truncated or damaged, -1 when it cannot be opened (not a loose object). */
static inline int audit_zlib_file_is_complete(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) return -1;
    z_stream stream = {0};
    if (inflateInit(&stream) != Z_OK) {
        fclose(file);
        return -1;
    }
    unsigned char input[16384], output[65536];
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        stream.avail_in = (uInt)fread(input, 1, sizeof input, file);
        if (stream.avail_in == 0) break;
        stream.next_in = input;
        do {
            stream.avail_out = sizeof output;
            stream.next_out = output;
            status = inflate(&stream, Z_NO_FLUSH);
            if (status == Z_NEED_DICT || status == Z_DATA_ERROR || status == Z_MEM_ERROR || status == Z_STREAM_ERROR) {
                inflateEnd(&stream);
                fclose(file);
                return 0;
            }
        } while (stream.avail_out == 0 && status != Z_STREAM_END);
    }
    inflateEnd(&stream);
    fclose(file);
    return status == Z_STREAM_END ? 1 : 0;
}
