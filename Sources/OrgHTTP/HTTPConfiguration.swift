import Foundation
import Logging

/// How the HTTP backend talks to the server: timeouts, retries and the debug log.
public struct HTTPConfiguration: Sendable {
    /// The longest wait for a connection (and its TLS handshake) to be set up, in seconds.
    public var connectTimeout: Double
    /// The longest wait for one attempt's complete answer, in seconds.
    public var requestTimeout: Double
    /// When and how long to wait before repeating an idempotent request.
    public var retry: RetryPolicy
    /// Where requests and answers are logged (at `.debug`); credentials appear as `<redacted>`.
    public var logger: Logger
    /// Where the platform serves each operation (read from its OpenAPI document by `orgtui login`); nil: our paths.
    public var operations: OperationMap?
    /// The file of certificate authorities (PEM) to trust instead of the system's: `--cacert`, a profile's
    /// `cacert`, else `CURL_CA_BUNDLE` or `SSL_CERT_FILE` (`CertificateAuthorities.file`); nil: the system's.
    public var caFile: String?

    public init(
        connectTimeout: Double = 5,
        requestTimeout: Double = 15,
        retry: RetryPolicy = RetryPolicy(),
        logger: Logger = Logger(label: "orgtui.http", factory: { _ in SwiftLogNoOpLogHandler() }),
        operations: OperationMap? = nil,
        caFile: String? = CertificateAuthorities.file()
    ) {
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.retry = retry
        self.logger = logger
        self.operations = operations
        self.caFile = caFile
    }
}
