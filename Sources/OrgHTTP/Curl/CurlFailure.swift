import CCurl

/// An exchange that ended without a complete answer, with libcurl's description of why.
struct CurlFailure: Error, Sendable {
    enum Kind: Sendable {
        case unavailable, refused, resolve, connect, tls, handshake, timeout, reset, cancelled, tooLarge, other

        init(_ failure: ccurl_failure) {
            self =
                switch failure {
                case CCURL_UNAVAILABLE: .unavailable
                case CCURL_REFUSED: .refused
                case CCURL_RESOLVE: .resolve
                case CCURL_CONNECT: .connect
                case CCURL_TLS: .tls
                case CCURL_HANDSHAKE: .handshake
                case CCURL_TIMEOUT: .timeout
                case CCURL_RESET: .reset
                case CCURL_CANCELLED: .cancelled
                case CCURL_TOO_LARGE: .tooLarge
                default: .other
                }
        }
    }

    var kind: Kind
    var message: String

    /// Whether the exchange failed before a complete answer arrived in a way that repeating it may help.
    var isRetryable: Bool { [.resolve, .connect, .reset].contains(kind) }
}
