#ifndef SECRETTY_CCURL_SHIM_H
#define SECRETTY_CCURL_SHIM_H
#include <curl/curl.h>

/* CURL_GLOBAL_DEFAULT is a macro expression, which Swift does not import. */
static inline CURLcode secretty_curl_global_init_default(void) {
    return curl_global_init(CURL_GLOBAL_DEFAULT);
}

/* CURLVERSION_NOW and CURL_VERSION_THREADSAFE are macros: whether curl_global_init may run beside other threads. */
static inline int secretty_curl_version_is_threadsafe(void) {
    return (curl_version_info(CURLVERSION_NOW)->features & CURL_VERSION_THREADSAFE) != 0;
}

/* curl_easy_setopt is variadic: a typed entry for options that take a long. */
static inline CURLcode secretty_curl_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

/* curl_easy_setopt is variadic: a typed entry for options that take a string (libcurl copies it). */
static inline CURLcode secretty_curl_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

/* curl_easy_setopt is variadic: a typed entry for options that take an opaque pointer (callback data, buffers). */
static inline CURLcode secretty_curl_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

/* curl_easy_setopt is variadic: a typed entry for options that take a header list. */
static inline CURLcode secretty_curl_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

/* curl_easy_setopt is variadic: a typed entry for CURLOPT_WRITEFUNCTION and CURLOPT_HEADERFUNCTION. */
static inline CURLcode secretty_curl_easy_setopt_write_callback(CURL *handle, CURLoption option,
                                                                curl_write_callback callback) {
    return curl_easy_setopt(handle, option, callback);
}

/* curl_easy_setopt is variadic: a typed entry for CURLOPT_XFERINFOFUNCTION. */
static inline CURLcode secretty_curl_easy_setopt_xferinfo_callback(CURL *handle, curl_xferinfo_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, callback);
}

/* curl_easy_setopt is variadic: a typed entry for CURLOPT_PREREQFUNCTION (called once connected, before sending). */
static inline CURLcode secretty_curl_easy_setopt_prereq_callback(CURL *handle, curl_prereq_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_PREREQFUNCTION, callback);
}

/* curl_easy_getinfo is variadic: a typed entry for infos that fill a long. */
static inline CURLcode secretty_curl_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

/* curl_multi_setopt is variadic: a typed entry for multi options that take a long. */
static inline CURLMcode secretty_curl_multi_setopt_long(CURLM *multi, CURLMoption option, long value) {
    return curl_multi_setopt(multi, option, value);
}

#endif
