#include "ccurl.h"

// CURLOPT_PROTOCOLS is deprecated, and used only where libcurl is older than CURLOPT_PROTOCOLS_STR (7.85).
#define CURL_DISABLE_DEPRECATION
#include <curl/curl.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// libcurl's entry points, resolved once from whichever libcurl the system has.
static struct {
    CURLcode (*global_init)(long);
    CURL *(*easy_init)(void);
    void (*easy_reset)(CURL *);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_perform)(CURL *);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
    CURLSH *(*share_init)(void);
    CURLSHcode (*share_setopt)(CURLSH *, CURLSHoption, ...);
} curl;
static int loaded;
static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static CURLSH *share;
static pthread_mutex_t share_locks[CURL_LOCK_DATA_LAST];

static void share_lock(CURL *handle, curl_lock_data data, curl_lock_access access, void *user) {
    (void)handle; (void)access; (void)user;
    pthread_mutex_lock(&share_locks[data]);
}

static void share_unlock(CURL *handle, curl_lock_data data, void *user) {
    (void)handle; (void)user;
    pthread_mutex_unlock(&share_locks[data]);
}

#define RESOLVE(field, name) if (!(curl.field = dlsym(library, name))) return

static void load(void) {
    static const char *const names[] = {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl-nss.so.4", "libcurl.so"};
    void *library = NULL;
    for (size_t i = 0; i < sizeof names / sizeof *names && !library; i++) library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!library) return;
    RESOLVE(global_init, "curl_global_init");
    RESOLVE(easy_init, "curl_easy_init");
    RESOLVE(easy_reset, "curl_easy_reset");
    RESOLVE(easy_setopt, "curl_easy_setopt");
    RESOLVE(easy_perform, "curl_easy_perform");
    RESOLVE(easy_getinfo, "curl_easy_getinfo");
    RESOLVE(easy_cleanup, "curl_easy_cleanup");
    RESOLVE(easy_strerror, "curl_easy_strerror");
    RESOLVE(slist_append, "curl_slist_append");
    RESOLVE(slist_free_all, "curl_slist_free_all");
    RESOLVE(share_init, "curl_share_init");
    RESOLVE(share_setopt, "curl_share_setopt");
    if (curl.global_init(CURL_GLOBAL_ALL) != CURLE_OK) return;
    // DNS answers and TLS sessions are shared by every exchange, which libcurl supports from several threads
    // at once. Connections are not (libcurl documents a shared connection cache as unsafe across threads):
    // each pooled easy handle keeps its own instead (see take_handle).
    share = curl.share_init();
    if (share) {
        for (int i = 0; i < CURL_LOCK_DATA_LAST; i++) pthread_mutex_init(&share_locks[i], NULL);
        curl.share_setopt(share, CURLSHOPT_LOCKFUNC, share_lock);
        curl.share_setopt(share, CURLSHOPT_UNLOCKFUNC, share_unlock);
        curl.share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
        curl.share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
    }
    loaded = 1;
}

// Idle easy handles, most recently used last. An easy handle keeps its connections between transfers, so
// consecutive requests reuse a warm connection; a handle is used by one thread at a time, which is all
// libcurl asks of it.
enum { POOL_SIZE = 8 };
static CURL *idle_handles[POOL_SIZE];
static size_t idle_count;
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;

static CURL *take_handle(void) {
    pthread_mutex_lock(&pool_lock);
    CURL *easy = idle_count ? idle_handles[--idle_count] : NULL;
    pthread_mutex_unlock(&pool_lock);
    if (!easy) return curl.easy_init();
    curl.easy_reset(easy);  // every option back to its default; the connections and caches stay
    return easy;
}

static void give_back(CURL *easy) {
    pthread_mutex_lock(&pool_lock);
    int kept = idle_count < POOL_SIZE;
    if (kept) idle_handles[idle_count++] = easy;
    pthread_mutex_unlock(&pool_lock);
    if (!kept) curl.easy_cleanup(easy);
}

// Sets an option, or says which one libcurl refused: every option set here is part of what the exchange
// promises (only http(s), verified TLS, no redirects, no proxy for loopback, bounded time and size).
#define SET(option, value) \
    if ((code = curl.easy_setopt(easy, option, value)) != CURLE_OK) { refused = #option; goto refuse; }

static CURLcode set_protocols(CURL *easy) {
    CURLcode code = curl.easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    if (code != CURLE_UNKNOWN_OPTION) return code;
    return curl.easy_setopt(easy, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
}

typedef struct {
    unsigned char *bytes;
    size_t length, capacity, limit;
    int overflowed;
} buffer;

static int append(buffer *target, const void *bytes, size_t length) {
    if (target->limit && target->length + length > target->limit) {
        target->overflowed = 1;
        return 0;
    }
    if (target->length + length + 1 > target->capacity) {
        size_t capacity = target->capacity ? target->capacity : 4096;
        while (capacity < target->length + length + 1) capacity *= 2;
        unsigned char *grown = realloc(target->bytes, capacity);
        if (!grown) return 0;
        target->bytes = grown;
        target->capacity = capacity;
    }
    memcpy(target->bytes + target->length, bytes, length);
    target->length += length;
    target->bytes[target->length] = 0;
    return 1;
}

static size_t write_body(char *data, size_t size, size_t count, void *user) {
    return append(user, data, size * count) ? size * count : 0;
}

// Keeps only the last answer's headers: a status line (after a 100 Continue, say) starts them afresh.
static size_t write_header(char *data, size_t size, size_t count, void *user) {
    buffer *headers = user;
    size_t length = size * count;
    if (length >= 5 && memcmp(data, "HTTP/", 5) == 0) {
        headers->length = 0;
        return length;
    }
    if (length == 2 && data[0] == '\r') return length;
    return append(headers, data, length) ? length : 0;
}

static int progress(void *flag, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow) {
    (void)dltotal; (void)dlnow; (void)ultotal; (void)ulnow;
    return __atomic_load_n((int *)flag, __ATOMIC_ACQUIRE);
}

void ccurl_cancel(int *flag) { __atomic_store_n(flag, 1, __ATOMIC_RELEASE); }

static ccurl_failure failure(CURLcode code, const int *cancelled) {
    switch (code) {
    case CURLE_OK: return CCURL_OK;
    case CURLE_COULDNT_RESOLVE_HOST: case CURLE_COULDNT_RESOLVE_PROXY: return CCURL_RESOLVE;
    case CURLE_COULDNT_CONNECT: return CCURL_CONNECT;
    case CURLE_OPERATION_TIMEDOUT: return CCURL_TIMEOUT;
    case CURLE_SSL_CONNECT_ERROR: case CURLE_SSL_CIPHER: return CCURL_HANDSHAKE;
    case CURLE_PEER_FAILED_VERIFICATION: case CURLE_SSL_CERTPROBLEM: case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR: case CURLE_SSL_PINNEDPUBKEYNOTMATCH: case CURLE_SSL_INVALIDCERTSTATUS:
        return CCURL_TLS;
    case CURLE_SEND_ERROR: case CURLE_RECV_ERROR: case CURLE_GOT_NOTHING: case CURLE_PARTIAL_FILE:
    case CURLE_WEIRD_SERVER_REPLY: case CURLE_HTTP2: case CURLE_HTTP2_STREAM: return CCURL_RESET;
    case CURLE_ABORTED_BY_CALLBACK: return __atomic_load_n(cancelled, __ATOMIC_ACQUIRE) ? CCURL_CANCELLED : CCURL_OTHER;
    default: return CCURL_OTHER;
    }
}

ccurl_failure ccurl_perform(const ccurl_request *request, ccurl_response *response) {
    memset(response, 0, sizeof *response);
    pthread_once(&load_once, load);
    if (!loaded) {
        strcpy(response->message, "libcurl (libcurl.so.4) cannot be loaded; install it, e.g. apt-get install libcurl4");
        return CCURL_UNAVAILABLE;
    }
    CURL *easy = take_handle();
    if (!easy) {
        strcpy(response->message, "libcurl could not start a transfer");
        return CCURL_OTHER;
    }
    buffer headers = {0}, body = {.limit = request->max_body_length};
    struct curl_slist *lines = NULL;
    for (size_t i = 0; i < request->header_count; i++) lines = curl.slist_append(lines, request->headers[i]);
    // No header of libcurl's own that the request did not ask for.
    lines = curl.slist_append(lines, "Expect:");
    if (!request->body) lines = curl.slist_append(lines, "Content-Type:");

    char error[CURL_ERROR_SIZE] = "";
    const char *refused = NULL;
    CURLcode code;
    ccurl_failure result;
    if ((code = set_protocols(easy)) != CURLE_OK) { refused = "CURLOPT_PROTOCOLS_STR"; goto refuse; }
    SET(CURLOPT_URL, request->url);
    SET(CURLOPT_CUSTOMREQUEST, request->method);
    SET(CURLOPT_HTTPHEADER, lines);
    if (request->body || strcmp(request->method, "POST") == 0 || strcmp(request->method, "PUT") == 0 ||
        strcmp(request->method, "PATCH") == 0) {
        SET(CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)request->body_length);
        SET(CURLOPT_POSTFIELDS, request->body ? (const char *)request->body : "");
    }
    // A proxy from the environment is used (with its no_proxy), but never for this machine's own addresses.
    if (request->direct) SET(CURLOPT_NOPROXY, "*");
    SET(CURLOPT_FOLLOWLOCATION, 0L);
    SET(CURLOPT_SSL_VERIFYPEER, 1L);
    SET(CURLOPT_SSL_VERIFYHOST, 2L);
    if (request->ca_file) SET(CURLOPT_CAINFO, request->ca_file);
    SET(CURLOPT_NOSIGNAL, 1L);
    SET(CURLOPT_CONNECTTIMEOUT_MS, request->connect_timeout_ms);
    SET(CURLOPT_TIMEOUT_MS, request->timeout_ms);
    SET(CURLOPT_ERRORBUFFER, error);
    SET(CURLOPT_WRITEFUNCTION, write_body);
    SET(CURLOPT_WRITEDATA, &body);
    SET(CURLOPT_HEADERFUNCTION, write_header);
    SET(CURLOPT_HEADERDATA, &headers);
    SET(CURLOPT_NOPROGRESS, 0L);
    SET(CURLOPT_XFERINFOFUNCTION, progress);
    SET(CURLOPT_XFERINFODATA, request->cancelled);
    if (share) SET(CURLOPT_SHARE, share);

    code = curl.easy_perform(easy);
    result = body.overflowed ? CCURL_TOO_LARGE : failure(code, request->cancelled);
    if (result == CCURL_OK) {
        curl.easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &response->status);
        response->headers = (char *)headers.bytes;
        response->headers_length = headers.length;
        response->body = body.bytes;
        response->body_length = body.length;
    } else {
        const char *message = error[0] ? error : curl.easy_strerror(code);
        strncpy(response->message, message, sizeof response->message - 1);
        free(headers.bytes);
        free(body.bytes);
    }
    curl.slist_free_all(lines);
    give_back(easy);
    return result;

refuse:
    snprintf(response->message, sizeof response->message, "libcurl refused %s (%s); the request was not sent",
             refused, curl.easy_strerror(code));
    curl.slist_free_all(lines);
    curl.easy_cleanup(easy);
    return CCURL_REFUSED;
}

void ccurl_response_free(ccurl_response *response) {
    free(response->headers);
    free(response->body);
    response->headers = NULL;
    response->body = NULL;
}
