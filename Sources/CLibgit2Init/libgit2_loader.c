#include <git2.h>

#include "lazy_libraries.h"
#include "lazy_library.h"
#include "libgit2_init.h"

/* libgit2 is loaded with dlopen when the first store is opened rather than linked (issue 19):
   linked, it and the fourteen libraries it needs (libssh2, OpenSSL's libcrypto, GSSAPI with
   Kerberos, mbedTLS, PCRE2, http-parser) were mapped and relocated at the start of every
   command, `audit --version`, `plugins`, `rules` and `dups` over files included, which never
   read a store. Each libgit2 function the Swift wrappers call is defined below and forwards
   to the library's (see lazy_library.h), so Sources/Git calls libgit2 as if it were linked. */

#define LIBGIT2_FUNCTIONS(FUNCTION, PROCEDURE) \
    FUNCTION(int, git_blob_create_from_buffer, (git_oid *id, git_repository *repo, const void *buffer, size_t len), (id, repo, buffer, len)) \
    PROCEDURE(git_blob_free, (git_blob *blob), (blob)) \
    FUNCTION(const git_oid *, git_blob_id, (const git_blob *blob), (blob)) \
    FUNCTION(int, git_blob_lookup, (git_blob **blob, git_repository *repo, const git_oid *id), (blob, repo, id)) \
    FUNCTION(const void *, git_blob_rawcontent, (const git_blob *blob), (blob)) \
    FUNCTION(git_object_size_t, git_blob_rawsize, (const git_blob *blob), (blob)) \
    FUNCTION(int, git_branch_name_is_valid, (int *valid, const char *name), (valid, name)) \
    FUNCTION(const git_signature *, git_commit_author, (const git_commit *commit), (commit)) \
    FUNCTION(const git_signature *, git_commit_committer, (const git_commit *commit), (commit)) \
    FUNCTION(int, git_commit_create, (git_oid *id, git_repository *repo, const char *update_ref, const git_signature *author, const git_signature *committer, const char *message_encoding, const char *message, const git_tree *tree, size_t parent_count, const git_commit *parents[]), (id, repo, update_ref, author, committer, message_encoding, message, tree, parent_count, parents)) \
    PROCEDURE(git_commit_free, (git_commit *commit), (commit)) \
    FUNCTION(const git_oid *, git_commit_id, (const git_commit *commit), (commit)) \
    FUNCTION(int, git_commit_lookup, (git_commit **commit, git_repository *repo, const git_oid *id), (commit, repo, id)) \
    FUNCTION(const char *, git_commit_message, (const git_commit *commit), (commit)) \
    FUNCTION(const git_oid *, git_commit_parent_id, (const git_commit *commit, unsigned int n), (commit, n)) \
    FUNCTION(unsigned int, git_commit_parentcount, (const git_commit *commit), (commit)) \
    FUNCTION(const git_oid *, git_commit_tree_id, (const git_commit *commit), (commit)) \
    PROCEDURE(git_config_free, (git_config *cfg), (cfg)) \
    FUNCTION(const git_error *, git_error_last, (void), ()) \
    FUNCTION(int, git_libgit2_init, (void), ()) \
    FUNCTION(int, git_odb_exists, (git_odb *db, const git_oid *id), (db, id)) \
    PROCEDURE(git_odb_free, (git_odb *db), (db)) \
    FUNCTION(int, git_odb_hash, (git_oid *out, const void *data, size_t len, git_object_t type), (out, data, len, type)) \
    FUNCTION(int, git_oid_equal, (const git_oid *a, const git_oid *b), (a, b)) \
    FUNCTION(int, git_oid_fmt, (char *out, const git_oid *id), (out, id)) \
    FUNCTION(int, git_oid_fromstrn, (git_oid *out, const char *str, size_t length), (out, str, length)) \
    FUNCTION(int, git_reference_create, (git_reference **out, git_repository *repo, const char *name, const git_oid *id, int force, const char *log_message), (out, repo, name, id, force, log_message)) \
    FUNCTION(int, git_reference_create_matching, (git_reference **out, git_repository *repo, const char *name, const git_oid *id, int force, const git_oid *current_id, const char *log_message), (out, repo, name, id, force, current_id, log_message)) \
    PROCEDURE(git_reference_free, (git_reference *ref), (ref)) \
    PROCEDURE(git_reference_iterator_free, (git_reference_iterator *iter), (iter)) \
    FUNCTION(int, git_reference_iterator_glob_new, (git_reference_iterator **out, git_repository *repo, const char *glob), (out, repo, glob)) \
    FUNCTION(int, git_reference_lookup, (git_reference **out, git_repository *repo, const char *name), (out, repo, name)) \
    FUNCTION(int, git_reference_name_to_id, (git_oid *out, git_repository *repo, const char *name), (out, repo, name)) \
    FUNCTION(int, git_reference_next_name, (const char **out, git_reference_iterator *iter), (out, iter)) \
    FUNCTION(const char *, git_reference_symbolic_target, (const git_reference *ref), (ref)) \
    FUNCTION(const git_oid *, git_reference_target, (const git_reference *ref), (ref)) \
    FUNCTION(git_reference_t, git_reference_type, (const git_reference *ref), (ref)) \
    FUNCTION(int, git_repository_config_snapshot, (git_config **out, git_repository *repo), (out, repo)) \
    PROCEDURE(git_repository_free, (git_repository *repo), (repo)) \
    FUNCTION(int, git_repository_head_unborn, (git_repository *repo), (repo)) \
    FUNCTION(int, git_repository_init, (git_repository **out, const char *path, unsigned is_bare), (out, path, is_bare)) \
    FUNCTION(int, git_repository_is_bare, (const git_repository *repo), (repo)) \
    FUNCTION(int, git_repository_odb, (git_odb **out, git_repository *repo), (out, repo)) \
    FUNCTION(int, git_repository_open_bare, (git_repository **out, const char *bare_path), (out, bare_path)) \
    FUNCTION(const char *, git_repository_path, (const git_repository *repo), (repo)) \
    FUNCTION(int, git_repository_set_head, (git_repository *repo, const char *refname), (repo, refname)) \
    FUNCTION(int, git_signature_default, (git_signature **out, git_repository *repo), (out, repo)) \
    FUNCTION(int, git_signature_dup, (git_signature **dest, const git_signature *sig), (dest, sig)) \
    PROCEDURE(git_signature_free, (git_signature *sig), (sig)) \
    FUNCTION(int, git_signature_now, (git_signature **out, const char *name, const char *email), (out, name, email)) \
    FUNCTION(int, git_credential_ssh_key_from_agent, (git_credential **out, const char *username), (out, username)) \
    FUNCTION(int, git_fetch_options_init, (git_fetch_options *opts, unsigned int version), (opts, version)) \
    FUNCTION(int, git_graph_ahead_behind, (size_t *ahead, size_t *behind, git_repository *repo, const git_oid *local, const git_oid *upstream), (ahead, behind, repo, local, upstream)) \
    FUNCTION(int, git_graph_descendant_of, (git_repository *repo, const git_oid *commit, const git_oid *ancestor), (repo, commit, ancestor)) \
    FUNCTION(int, git_merge_base, (git_oid *out, git_repository *repo, const git_oid *one, const git_oid *two), (out, repo, one, two)) \
    FUNCTION(int, git_push_options_init, (git_push_options *opts, unsigned int version), (opts, version)) \
    FUNCTION(int, git_reference_remove, (git_repository *repo, const char *name), (repo, name)) \
    FUNCTION(int, git_remote_create_with_fetchspec, (git_remote **out, git_repository *repo, const char *name, const char *url, const char *fetch), (out, repo, name, url, fetch)) \
    FUNCTION(int, git_remote_fetch, (git_remote *remote, const git_strarray *refspecs, const git_fetch_options *opts, const char *reflog_message), (remote, refspecs, opts, reflog_message)) \
    PROCEDURE(git_remote_free, (git_remote *remote), (remote)) \
    FUNCTION(int, git_remote_list, (git_strarray *out, git_repository *repo), (out, repo)) \
    FUNCTION(int, git_remote_lookup, (git_remote **out, git_repository *repo, const char *name), (out, repo, name)) \
    FUNCTION(const char *, git_remote_name, (const git_remote *remote), (remote)) \
    FUNCTION(int, git_remote_name_is_valid, (int *valid, const char *remote_name), (valid, remote_name)) \
    FUNCTION(int, git_remote_push, (git_remote *remote, const git_strarray *refspecs, const git_push_options *opts), (remote, refspecs, opts)) \
    FUNCTION(const char *, git_remote_url, (const git_remote *remote), (remote)) \
    PROCEDURE(git_strarray_dispose, (git_strarray *array), (array)) \
    FUNCTION(const git_tree_entry *, git_tree_entry_byindex, (const git_tree *tree, size_t idx), (tree, idx)) \
    FUNCTION(const git_tree_entry *, git_tree_entry_byname, (const git_tree *tree, const char *filename), (tree, filename)) \
    FUNCTION(const git_oid *, git_tree_entry_id, (const git_tree_entry *entry), (entry)) \
    FUNCTION(const char *, git_tree_entry_name, (const git_tree_entry *entry), (entry)) \
    FUNCTION(size_t, git_tree_entrycount, (const git_tree *tree), (tree)) \
    PROCEDURE(git_tree_free, (git_tree *tree), (tree)) \
    FUNCTION(const git_oid *, git_tree_id, (const git_tree *tree), (tree)) \
    FUNCTION(int, git_tree_lookup, (git_tree **out, git_repository *repo, const git_oid *id), (out, repo, id)) \
    PROCEDURE(git_treebuilder_free, (git_treebuilder *bld), (bld)) \
    FUNCTION(int, git_treebuilder_insert, (const git_tree_entry **out, git_treebuilder *bld, const char *filename, const git_oid *id, git_filemode_t filemode), (out, bld, filename, id, filemode)) \
    FUNCTION(int, git_treebuilder_new, (git_treebuilder **out, git_repository *repo, const git_tree *source), (out, repo, source)) \
    FUNCTION(int, git_treebuilder_write, (git_oid *id, git_treebuilder *bld), (id, bld))

LIBGIT2_FUNCTIONS(AUDIT_LAZY_POINTER_TO_FUNCTION, AUDIT_LAZY_POINTER_TO_PROCEDURE)
/* Variadic, so called only through the wrappers at the end of this file. */
static int (*git_libgit2_opts_found)(int option, ...);

static const AuditLazySymbol symbols[] = {
    LIBGIT2_FUNCTIONS(AUDIT_LAZY_SYMBOL_OF_FUNCTION, AUDIT_LAZY_SYMBOL_OF_PROCEDURE)
    {"git_libgit2_opts", (void **)&git_libgit2_opts_found},
};

static AuditLazyLibrary library = AUDIT_LAZY_LIBRARY(AUDIT_LIBGIT2_LIBRARY, symbols);

const char *audit_libgit2_soname(void) {
    return library.sonames[0];
}

const char *audit_libgit2_failure(void) {
    return audit_lazy_failure(&library);
}

static void require_library(void) {
    audit_lazy_require(&library);
}

LIBGIT2_FUNCTIONS(AUDIT_LAZY_FORWARD_FUNCTION, AUDIT_LAZY_FORWARD_PROCEDURE)

/* git_libgit2_opts is variadic, and Swift cannot call C variadic functions; each wrapper below
   fixes the arguments of one option the Swift code needs. */
int audit_git_enable_fsync_gitdir(void) {
    require_library();
    return git_libgit2_opts_found(GIT_OPT_ENABLE_FSYNC_GITDIR, 1);
}

/* CA certificates for https transports, loaded only when one is used (start-up skips them:
   libgit2_init.c). `file` is a PEM bundle. */
int audit_git_set_certificate_file(const char *file) {
    require_library();
    return git_libgit2_opts_found(GIT_OPT_SET_SSL_CERT_LOCATIONS, file, (const char *)0);
}
