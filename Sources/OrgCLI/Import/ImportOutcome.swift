import OrgModel

/// How one row of an import ended.
enum ImportOutcome: Hashable, Sendable {
    /// The invitation was sent and accepted (201).
    case invited
    /// Not sent again: the email is a member or already invited (409), or an earlier run of the same file
    /// ended this row; the reason says which.
    case skipped(String)
    /// The row was refused, invalid, or failed in a way that was not retried; the reason says why.
    case failed(String)
    /// The run stopped (Ctrl-C, or a failure that every row would meet) before this row was sent.
    case notSent

    /// The word the report and the summary use.
    var label: String {
        switch self {
        case .invited: "invited"
        case .skipped: "skipped"
        case .failed: "failed"
        case .notSent: "not-sent"
        }
    }

    /// Why, for all but `invited`.
    var reason: String {
        switch self {
        case .invited: ""
        case .skipped(let reason), .failed(let reason): reason
        case .notSent: "The run stopped before this row was sent; run the same file again to send it."
        }
    }

    /// The outcome of a row whose last attempt ended with `error`: a 409 is a skip, anything else a failure.
    init(_ error: BackendError) {
        if case .conflict(let detail) = error { self = .skipped(detail) } else { self = .failed(error.message) }
    }

    /// Whether a later run must not send the row again.
    var isFinal: Bool {
        switch self {
        case .invited, .skipped: true
        case .failed, .notSent: false
        }
    }
}
