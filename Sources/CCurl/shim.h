#ifndef SECRETTY_CCURL_SHIM_H
#define SECRETTY_CCURL_SHIM_H
#include <curl/curl.h>
#endif
