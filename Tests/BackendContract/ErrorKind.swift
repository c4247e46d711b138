import OrgModel

/// The kind of a `BackendError` without its detail, which differs between backends.
public enum ErrorKind: Hashable, Sendable {
    case unauthorized, forbidden, notFound, invalid, conflict, other

    public init(_ error: BackendError) {
        switch error {
        case .unauthorized: self = .unauthorized
        case .forbidden: self = .forbidden
        case .notFound: self = .notFound
        case .invalid: self = .invalid
        case .conflict: self = .conflict
        default: self = .other
        }
    }

    /// The kind of error `body` threw, or nil when it succeeded.
    public static func of(_ body: () async throws -> Void) async -> ErrorKind? {
        do {
            try await body()
            return nil
        } catch let error as BackendError {
            return ErrorKind(error)
        } catch {
            return .other
        }
    }

    /// The detail of the error `body` threw, or nil when it succeeded or the error has none.
    public static func detail(of body: () async throws -> Void) async -> String? {
        do {
            try await body()
            return nil
        } catch BackendError.invalid(let detail), BackendError.conflict(let detail) {
            return detail
        } catch {
            return nil
        }
    }
}
