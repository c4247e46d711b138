import OrgModel

/// What a new store's organization is called.
public struct OrganizationSeed: Hashable, Sendable {
    /// The organization's display name, such as "Acme Robotics".
    public var name: String
    /// The organization's short name, such as "acme".
    public var shortName: String

    public init(name: String, shortName: String) {
        self.name = name
        self.shortName = shortName
    }

    /// Refuses (422) a new store for this organization with an invalid name or short name, or `admin`, its
    /// first admin, when invalid.
    public func check(admin: MemberSeed) throws(BackendError) {
        if let problem = Validation.nameProblem(name, called: "Organization name")
            ?? Validation.shortNameProblem(shortName) ?? admin.problem
        {
            throw .invalid(problem)
        }
    }
}
