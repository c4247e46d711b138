import OrgModel
import PostgresNIO

extension BackendError {
    /// The backend error for anything a PostgreSQL operation threw: a `BackendError` stays as it is; what the
    /// server or the connection reported becomes `.unavailable`.
    init(postgresError error: any Error) {
        switch error {
        case let error as BackendError:
            self = error
        case let error as PSQLError:
            if let message = error.serverInfo?[.message] {
                self = .unavailable("The database failed: \(message).")
            } else {
                self = .unavailable("The database cannot be reached (\(error.code)).")
            }
        default:
            self = .unavailable("The database failed: \(error).")
        }
    }
}
