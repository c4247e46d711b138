import OrgModel

/// A fresh backend under test, holding exactly `ContractData.users` in an organization named
/// `ContractData.organizationName`, with no pending invitations.
public struct ContractFixture: Sendable {
    /// The backend acting as the member with this id; nil gives a credential that belongs to nobody.
    public var backend: @Sendable (_ userID: String?) -> any Backend
    /// Whether the backend keeps invitations it can list and withdraw (a store, `orgtui serve`); else (the
    /// platform) both answer `.unsupported(BackendError.noInvitations)`.
    public var keepsInvitations: Bool

    public init(keepsInvitations: Bool = true, backend: @escaping @Sendable (_ userID: String?) -> any Backend) {
        self.backend = backend
        self.keepsInvitations = keepsInvitations
    }

    /// Acting as `ContractData.me`, the only admin.
    public var admin: any Backend { backend(ContractData.me.id) }
    /// Acting as `ContractData.member`, a developer.
    public var member: any Backend { backend(ContractData.member.id) }
    /// Acting with a credential that belongs to nobody.
    public var stranger: any Backend { backend(nil) }
}
