import OrgModel

extension Style {
    /// How a status message of `kind` is colored, on the status line and among the recent messages.
    init(_ kind: StatusMessage.Kind) {
        switch kind {
        case .info: self = .normal
        case .success: self = .success
        case .error: self = .error
        }
    }
}
