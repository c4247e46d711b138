import OrgModel

/// The exit statuses of `orgtui`'s commands, one per kind of failure a script may want to tell apart.
/// `BackendError`s are mapped here and nowhere else.
public enum ExitStatus: Int32, CaseIterable, Sendable {
    /// The command did what it was asked.
    case success = 0
    /// Any other failure: an unusable store, a server error, an answer that could not be read.
    case failure = 1
    /// Some of the ids (or rows) a command was given failed, the others succeeded.
    case someRowsFailed = 2
    /// The user (or resource) does not exist (404).
    case notFound = 3
    /// Not signed in, or signed in without the rights for this (401, 403).
    case notAllowed = 4
    /// The request conflicts with the organization's state (409), or a role change's base is stale (412).
    case conflict = 5
    /// The service is unavailable, rate limited, timed out or unreachable (5xx, 429, a network failure).
    case unavailable = 6
    /// A bad option or argument, or a request the service rejected as invalid (422); ArgumentParser's EX_USAGE.
    case usage = 64
    /// Stopped by Ctrl-C (SIGINT) before it finished, as shells report 128 + SIGINT.
    case interrupted = 130

    /// The status for a command that failed with `error`.
    public init(_ error: BackendError) {
        switch error {
        case .unauthorized, .forbidden: self = .notAllowed
        case .notFound: self = .notFound
        case .conflict, .rolesChanged: self = .conflict
        case .invalid: self = .usage
        case .rateLimited, .unavailable, .network: self = .unavailable
        case .unusableStore, .failed, .decoding, .unsupported: self = .failure
        }
    }

    /// What the status means, as the README and `orgtui --help` list it.
    public var meaning: String {
        switch self {
        case .success: "success"
        case .failure: "any other failure (unusable store, server error, unreadable answer)"
        case .someRowsFailed: "some of the ids or rows failed, the others succeeded"
        case .notFound: "not found (404)"
        case .notAllowed: "not signed in or not allowed (401, 403)"
        case .conflict: "conflict with the organization's state, or roles changed meanwhile (409, 412)"
        case .unavailable: "service unavailable, rate limited, timed out or unreachable (5xx, 429)"
        case .usage: "usage: a bad option or argument, or a request rejected as invalid (422)"
        case .interrupted: "interrupted (Ctrl-C) before it finished"
        }
    }

    /// The table of every status and its meaning, one line each.
    public static var table: String {
        allCases.map { String($0.rawValue).padding(toLength: 4, withPad: " ", startingAt: 0) + $0.meaning }
            .joined(separator: "\n")
    }
}
