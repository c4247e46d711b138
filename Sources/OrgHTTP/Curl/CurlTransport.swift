import CCurl
import Foundation
import HTTPTypes
import OpenAPIRuntime

/// The generated client's transport: each exchange runs through libcurl on a thread of its own.
///
/// libcurl is loaded on the first request, so starting orgtui on a local store never pays for it.
/// Redirects are never followed (the 3xx answer comes back, and the Authorization header never reaches
/// another origin), TLS certificates and host names are verified, and only http and https are spoken.
/// Connections are kept and reused between exchanges. A loopback address is never reached through a
/// proxy. When libcurl refuses an option one of these promises rests on, nothing is sent.
struct CurlTransport: ClientTransport {
    /// The longest wait for a connection to be set up, in seconds.
    var connectTimeout: Double
    /// libcurl's own bound on a whole exchange, in seconds: a backstop behind `TimeoutMiddleware`.
    var transferTimeout: Double
    /// The certificate authorities' file to trust instead of the system's, if any.
    var caFile: String? = nil

    /// The transport `configuration` asks for: its connect timeout, a transfer bound a second past its
    /// timeouts, and its certificate authorities.
    init(configuration: HTTPConfiguration) {
        connectTimeout = configuration.connectTimeout
        transferTimeout = max(configuration.connectTimeout, configuration.requestTimeout).rounded(.up) + 1
        caFile = configuration.caFile
    }

    init(connectTimeout: Double, transferTimeout: Double) {
        self.connectTimeout = connectTimeout
        self.transferTimeout = transferTimeout
    }

    /// The most of a request body that is sent.
    static let maxRequestBytes = 8 << 20
    /// The most of an answer's body that is read: a page of users is well under 1 MiB.
    static let maxResponseBytes = 32 << 20

    func send(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String
    ) async throws -> (HTTPResponse, HTTPBody?) {
        if let caFile { try CertificateAuthorities.checkReadable(caFile) }
        let bytes: [UInt8]? =
            if let body { try await [UInt8](collecting: body, upTo: Self.maxRequestBytes) } else { nil }
        let exchange = CurlExchange(
            url: Self.url(baseURL, request.path ?? "/"),
            direct: Loopback.contains(baseURL),
            method: request.method.rawValue,
            headers: request.headerFields.map { "\($0.name): \($0.value)" },
            body: bytes,
            connectTimeout: connectTimeout,
            transferTimeout: transferTimeout,
            caFile: caFile
        )
        let answer = try await exchange.perform()
        return (
            HTTPResponse(status: .init(code: answer.status), headerFields: answer.headers),
            answer.body.isEmpty ? nil : HTTPBody(answer.body)
        )
    }

    /// The base URL with the request's path (and query) after it.
    static func url(_ baseURL: URL, _ path: String) -> String {
        var base = baseURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        return base + (path.hasPrefix("/") ? path : "/" + path)
    }
}
