#ifndef SECRETTY_COPENSSL_SHIM_H
#define SECRETTY_COPENSSL_SHIM_H
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <openssl/err.h>
#include <openssl/kdf.h>
#include <openssl/crypto.h>

// The GCM control codes are macro aliases of other macros, which Swift does not import.
static inline int secretty_gcm_set_ivlen(void) { return EVP_CTRL_GCM_SET_IVLEN; }
static inline int secretty_gcm_get_tag(void) { return EVP_CTRL_GCM_GET_TAG; }
static inline int secretty_gcm_set_tag(void) { return EVP_CTRL_GCM_SET_TAG; }

// OPENSSL_INIT_NO_ATEXIT is a macro of a 64-bit constant, which Swift does not import.
static inline int secretty_openssl_init_no_atexit(void) {
    return OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, NULL);
}

// The error-string buffer length is a macro-free constant here so Swift can size its buffer.
static inline unsigned long secretty_err_get(void) { return ERR_get_error(); }
#endif
