// One HTTP exchange through libcurl, which is loaded with dlopen on first use: a program that never
// makes a request never loads libcurl or the TLS, LDAP and Kerberos libraries it links.
#ifndef CCURL_H
#define CCURL_H

#include <stddef.h>

/// What kind of failure ended an exchange; `CCURL_OK` when an answer (of any status) arrived.
typedef enum {
    CCURL_OK = 0,
    CCURL_UNAVAILABLE,  ///< libcurl could not be loaded
    CCURL_RESOLVE,      ///< the host name is unknown
    CCURL_CONNECT,      ///< no connection could be made
    CCURL_TLS,          ///< the server's certificate is not trusted
    CCURL_HANDSHAKE,    ///< the TLS handshake failed before any certificate was checked
    CCURL_TIMEOUT,      ///< a timeout of libcurl's own expired
    CCURL_RESET,        ///< the connection broke, or the answer was cut off or malformed
    CCURL_CANCELLED,    ///< `ccurl_cancel` was called
    CCURL_TOO_LARGE,    ///< the answer's body passed `max_body_length`
    CCURL_REFUSED,      ///< libcurl refused an option the exchange relies on; nothing was sent
    CCURL_OTHER,
} ccurl_failure;

typedef struct {
    const char *url;
    const char *method;
    const char *const *headers;  ///< "Name: value" lines
    size_t header_count;
    const unsigned char *body;   ///< NULL when the request has no body
    size_t body_length;
    size_t max_body_length;      ///< a longer answer ends the exchange with `CCURL_TOO_LARGE`
    long connect_timeout_ms;
    long timeout_ms;
    int *cancelled;              ///< polled during the exchange; set it with `ccurl_cancel`
    int direct;                  ///< 1: never through a proxy (the URL's host is a loopback address)
    const char *ca_file;         ///< the certificate authorities to trust (CURLOPT_CAINFO); NULL: the system's
} ccurl_request;

typedef struct {
    long status;
    char *headers;               ///< the final answer's header lines, "Name: value\r\n" each
    size_t headers_length;
    unsigned char *body;
    size_t body_length;
    char message[256];           ///< libcurl's description of a failure
} ccurl_response;

/// Performs one exchange, blocking the calling thread; safe from several threads at once (each exchange
/// takes an easy handle of its own from a small pool, whose connections later exchanges reuse). Free the response with `ccurl_response_free`.
ccurl_failure ccurl_perform(const ccurl_request *request, ccurl_response *response);

/// Frees what `ccurl_perform` allocated in `response`.
void ccurl_response_free(ccurl_response *response);

/// Asks the exchange polling `flag` to stop; safe from any thread.
void ccurl_cancel(int *flag);

#endif
