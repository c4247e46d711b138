import OrgModel

/// A backend's refusal compared whole, its kind and its detail: every backend words a refusal alike (the
/// store's rules in `OrganizationRules`, the input's in `Validation`, the profile's in `UserUpdate`), and an
/// HTTP backend reads the detail its server sent, so a backend whose words drift from the others fails.
public enum Refusal {
    /// The `BackendError` that `body` threw, or nil when it succeeded; any other error is thrown on.
    public static func of(_ body: () async throws -> Void) async throws -> BackendError? {
        do {
            try await body()
            return nil
        } catch let error as BackendError {
            return error
        }
    }
}
