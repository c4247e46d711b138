extension AppState {
    /// Shows a failure as a sentence: what failed, why (`BackendError.message`), and for a load that
    /// may succeed later, that `r` retries.
    mutating func report(_ error: BackendError, _ what: String, retryWithR: Bool = false) {
        let retry = retryWithR && error.isRetryable ? " Press r to retry." : ""
        status = StatusMessage(.error, "\(what): \(error.message)\(retry)")
    }

    mutating func inform(_ text: String) { status = StatusMessage(.info, text) }

    mutating func succeed(_ text: String) { status = StatusMessage(.success, text) }

    mutating func fail(_ text: String) { status = StatusMessage(.error, text) }
}
