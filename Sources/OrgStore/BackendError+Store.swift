import GRDB
import OrgModel

extension BackendError {
    /// The backend error for anything a store operation threw: a `BackendError` stays as it is; an
    /// SQLite error becomes `.unavailable` with what SQLite said.
    init(storeError error: any Error) {
        switch error {
        case let error as BackendError:
            self = error
        case let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED:
            self = .unavailable("The store is busy: another process held it for more than 5 s.")
        case let error as DatabaseError:
            self = .unavailable("The store failed: \(error.message ?? "\(error.resultCode)").")
        default:
            self = .unavailable("The store failed: \(error).")
        }
    }
}
