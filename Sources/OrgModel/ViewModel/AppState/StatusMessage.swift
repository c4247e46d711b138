/// The one-line message under the body: what just happened, or what went wrong and what to do.
public struct StatusMessage: Hashable, Sendable {
    /// How the renderer colors it.
    public enum Kind: Hashable, Sendable { case info, success, error }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    /// What is happening, or a plain fact.
    static func info(_ text: String) -> StatusMessage { StatusMessage(.info, text) }

    /// What just succeeded.
    static func success(_ text: String) -> StatusMessage { StatusMessage(.success, text) }

    /// What went wrong or was refused.
    static func error(_ text: String) -> StatusMessage { StatusMessage(.error, text) }

    /// A failure as a sentence: what failed, why (`BackendError.message`), and for a load that may succeed
    /// later, that `r` retries.
    static func failure(_ error: BackendError, _ what: String, retryWithR: Bool = false) -> StatusMessage {
        let retry = retryWithR && error.isRetryable ? " Press r to retry." : ""
        return StatusMessage(.error, "\(what): \(error.message)\(retry)")
    }
}
