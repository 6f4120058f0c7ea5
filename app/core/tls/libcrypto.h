#pragma once

#include "result.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QString>

// The libcrypto functions a self-signed certificate needs. Each is declared by
// OpenSSL's headers, which give its type; nothing links the library.
#define SOCKPIT_LIBCRYPTO_FUNCTIONS(X) \
    X(BIO_ctrl)                        \
    X(BIO_free_all)                    \
    X(BIO_new)                         \
    X(BIO_s_mem)                       \
    X(BN_bin2bn)                       \
    X(BN_free)                         \
    X(BN_to_ASN1_INTEGER)              \
    X(ERR_clear_error)                 \
    X(ERR_error_string_n)              \
    X(ERR_get_error)                   \
    X(EVP_PKEY_Q_keygen)               \
    X(EVP_PKEY_free)                   \
    X(EVP_sha256)                      \
    X(PEM_write_bio_PrivateKey)        \
    X(PEM_write_bio_X509)              \
    X(RAND_bytes)                      \
    X(X509V3_EXT_conf_nid)             \
    X(X509V3_set_ctx)                  \
    X(X509_EXTENSION_free)             \
    X(X509_NAME_add_entry_by_txt)      \
    X(X509_add_ext)                    \
    X(X509_free)                       \
    X(X509_get_serialNumber)           \
    X(X509_get_subject_name)           \
    X(X509_getm_notAfter)              \
    X(X509_getm_notBefore)             \
    X(X509_gmtime_adj)                 \
    X(X509_new)                        \
    X(X509_set_issuer_name)            \
    X(X509_set_pubkey)                 \
    X(X509_set_version)                \
    X(X509_sign)

namespace Sockpit {

/// OpenSSL's libcrypto, loaded when the first self-signed certificate is made
/// rather than with the program: linked, its relocations would cost every
/// start-up, and most runs make no certificate. Qt's TLS backend loads OpenSSL
/// at run time the same way. Each member is the function of the same name.
struct LibCrypto
{
#define SOCKPIT_LIBCRYPTO_MEMBER(name) decltype(&::name) name = nullptr;
    SOCKPIT_LIBCRYPTO_FUNCTIONS(SOCKPIT_LIBCRYPTO_MEMBER)
#undef SOCKPIT_LIBCRYPTO_MEMBER

    /// Loads the library (QLibrary's file name and version) and resolves every
    /// function; the reason when it cannot be loaded or lacks one. It stays loaded.
    static Result<LibCrypto> load(const QString &fileName, const QString &version);
    /// libcrypto.so.3, loaded on the first call that finds it.
    static Result<LibCrypto> system();
};

} // namespace Sockpit
